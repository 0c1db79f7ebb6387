// Ports (OTP erts io.c, erl_port_task.c, sys_drivers.c; erlang:open_port/2 and the port BIFs): the
// port table, the entity rules (owner, links, monitors, exits, names) and the spawn/fd drivers, whose
// descriptors live on the I/O poller (scheduler/io_poller.hpp). docs/ports.md is the user-facing note.
//
// Threading: a Port's entity state is guarded by its mutex and may be read or changed from any thread
// (BIFs and signals run in the calling process's thread, driver events on the I/O thread). Its Asio
// objects and input buffer are touched only on the I/O thread. Every message a port sends is sent
// while holding its mutex, so a process sees a port's messages and exit signals in the order sent.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vm/owned_term.hpp"
#include "vm/term.hpp"

namespace ember::scheduler {

enum class PortKind : std::uint8_t { Spawn, SpawnExecutable, Fd, Driver };
enum class PortFraming : std::uint8_t { Stream, Packet, Line };

// Parsed open_port/2 settings (bifs/erlang_ports.cpp parses them with erl's badarg rules).
struct PortSpec {
    PortKind kind = PortKind::Spawn;
    std::string command;  // Spawn: the shell command; SpawnExecutable: the file
    std::string name;     // port_info(P, name)
    std::vector<std::string> args;
    std::optional<std::string> arg0;
    std::vector<std::pair<std::string, std::optional<std::string>>> env;  // nullopt: unset
    std::optional<std::string> cd;
    int fd_in = -1, fd_out = -1;
    PortFraming framing = PortFraming::Stream;
    unsigned packet_bytes = 0;  // 1, 2 or 4
    unsigned line_length = 0;
    bool binary = false, eof = false, exit_status = false, use_stdio = true;
    bool stderr_to_stdout = false, in = true, out = true, parallelism = false;
    // Ember-only options (docs/ports.md, "Ember's own port options"; erl rejects them as badarg):
    bool separate_stderr = false;           // ember_stderr: {Port, {stderr, Data}} from the child's fd 2
    std::optional<std::string> stdin_data;  // {ember_stdin, Data}: written to the child's stdin, then closed
    std::size_t collect_limit = 0;          // {ember_collect, Max}: stdout/stderr kept in the port (0: off)
};

// Opens a port whose owner (connected process) is `owner`, linked to it: the caller adds the port to
// its own links. Returns the port, or an errno value when the OS refused.
struct OpenResult {
    vm::Term port = vm::kNil;
    int error = 0;
};
OpenResult open_port(vm::Term owner, const PortSpec& spec);

// The live local port `t` names: a port term or a registered name; kNil when there is none.
vm::Term resolve_port(vm::Term t);
bool port_alive(vm::Term port);
// True for a port run by a driver other than spawn/fd (the inet drivers).
bool port_has_driver(vm::Term port);

enum class PortOp : std::uint8_t { Ok, Gone, BadData, NotOpenForOutput };
// port_command/2,3: queues `data` (already framed by packet mode here) for the driver. `caller` is
// the process a driver answers (the inet drivers send it {inet_reply, Port, Status}).
PortOp port_command(vm::Term port, std::string data, vm::Term caller = vm::kNil);
// {spawn_driver, Name} for the drivers Ember has ("tcp_inet", "udp_inet"); nullopt for any other name.
std::optional<OpenResult> open_named_driver(vm::Term owner, std::string_view name);
// port_control/3: the driver's reply bytes; nullopt when the port is gone or its driver has no
// control callback (the spawn and fd drivers) or refuses the request (badarg). *binary (if given) tells
// whether the reply is a binary (a dynamic driver's PORT_CONTROL_FLAG_BINARY) rather than a list.
std::optional<std::string> port_control(vm::Term port, vm::Term caller, std::uint32_t op, std::string_view data,
                                        bool* binary = nullptr);
// port_call/3: the driver's reply in the external term format; nullopt for badarg (no call callback,
// port gone, or the driver refused).
std::optional<std::string> port_call(vm::Term port, vm::Term caller, std::uint32_t op, std::string_view etf);
// port_close/1: the port ends with reason normal.
PortOp port_close(vm::Term port);
// port_connect/2: `pid` becomes the owner and is linked to the port.
PortOp port_connect(vm::Term port, vm::Term pid);

// port_info/1,2 data.
struct PortInfo {
    std::uint64_t id = 0;
    std::string name;
    vm::Term connected = vm::kNil;
    std::vector<vm::Term> links;
    std::vector<std::pair<std::uint64_t, vm::Term>> monitored_by;  // ref id -> watcher
    std::uint64_t input = 0, output = 0, queue_size = 0;
    long os_pid = -1;  // -1: undefined
    vm::Term registered_name = vm::kNil;
    bool parallelism = false;
};
bool port_info(vm::Term port, PortInfo& out);
// erlang:ports/0, in port number order.
std::vector<vm::Term> all_ports();
// erlang:halt/0,1,2 with {flush, true}: waits until the output queued on every port has been written
// (the I/O thread writes it), at most `max_wait`.
void flush_port_output(std::chrono::milliseconds max_wait);
// port_set_data/2, port_get_data/1.
bool port_set_data(vm::Term port, vm::OwnedTerm data);
// Sends signal `sig` to the process group of a spawn port's child (the child leads its own session,
// so this reaches what it started too). False when the port is gone, is not a spawn port or its child
// has already been reaped (no pid is signalled after it could have been reused).
bool signal_port_child(vm::Term port, int sig);
// What an {ember_collect, Max} port kept: the first Max bytes of stdout and of stderr (truncated when
// either had more), whether it finished (both streams at end and the child reaped) and the child's
// end once reaped. False when the port is gone or does not collect.
struct CollectedOutput {
    std::string out, err;
    bool truncated = false, finished = false, reaped = false;
    int exit_code = 0, term_signal = 0;  // term_signal != 0: ended by that signal
};
bool collected_output(vm::Term port, CollectedOutput& out);
std::optional<vm::OwnedTerm> port_get_data(vm::Term port);

// Registered names (Scheduler::register_name): sets the port's name when it has none (name != kNil)
// or clears it (name == kNil). False if the port is gone or already named.
bool set_port_name(vm::Term port, vm::Term name);
vm::Term port_name(vm::Term port);

// Installs the port layer's signal handler into vm/ (idempotent; called by the scheduler's start).
void install_port_layer();
// Whether an open port can still wake a process (the CLI's idle exit waits for those): a spawn or fd port
// (but not those of OTP's resolver service), and sockets with a pending request or in active mode.
bool any_port_can_wake();

}  // namespace ember::scheduler
