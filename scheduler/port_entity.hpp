// Internal to scheduler/ports*.cpp: the Port entity and the driver hooks (see scheduler/ports.hpp).
#pragma once

#include <asio/posix/stream_descriptor.hpp>

#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "scheduler/ports.hpp"
#include "vm/process.hpp"

namespace ember::scheduler {

struct Port;
using PortPtr = std::shared_ptr<Port>;

// A driver that is not the spawn/fd driver (the inet drivers, scheduler/inet_socket.hpp): it owns
// its descriptors and answers output and control requests (OTP erl_driver.h's output/control/stop).
class PortDriver {
public:
    virtual ~PortDriver() = default;
    // Data from port_command/2,3 (`caller`: the process to answer, kNil for a `{command, D}` message).
    // Lock held; may end the port (terminate_port unlocks).
    virtual PortOp output(const PortPtr& port, std::unique_lock<std::mutex>& lock, vm::Term caller, std::string data) = 0;
    // port_control/3: the reply bytes, or nullopt when the request is badarg. Lock held.
    virtual std::optional<std::string> control(const PortPtr& port, std::unique_lock<std::mutex>& lock,
                                               vm::Term caller, std::uint32_t op, std::string_view data) = 0;
    // The port ended: release what the driver holds (lock not held).
    virtual void stop(const PortPtr& port) = 0;
    // True while the driver may send a message nobody asked for yet, or answer a pending request:
    // the CLI's idle exit waits for such ports (a passive socket nobody reads from cannot wake anyone).
    virtual bool can_wake() const = 0;
    // The last control reply is a binary rather than a list (PORT_CONTROL_FLAG_BINARY). Lock held.
    virtual bool control_binary() const { return false; }
    // port_call/3: the reply in the external term format, or nullopt for badarg. `etf` is the request
    // term in the external format. Lock held; may end the port (terminate_port unlocks).
    virtual std::optional<std::string> call(const PortPtr&, std::unique_lock<std::mutex>&, vm::Term /*caller*/,
                                            std::uint32_t /*op*/, std::string_view /*etf*/) {
        return std::nullopt;
    }
    // A process this port monitors ended ('DOWN' reached the port). Lock held; may end the port.
    virtual void monitor_down(const PortPtr&, std::unique_lock<std::mutex>&, std::uint64_t /*ref*/, vm::Term /*pid*/) {}
};

struct Port : std::enable_shared_from_this<Port> {
    // ---- under mutex ----
    std::mutex mutex;
    vm::Term id = vm::kNil;
    PortSpec spec;
    bool alive = true;
    vm::Term owner = vm::kNil;
    std::unordered_set<vm::Term> links;
    std::unordered_map<vm::Word, vm::Term> monitored_by;  // ref id -> watcher pid
    vm::Term registered_name = vm::kNil;
    std::uint64_t input = 0, output = 0, queue_bytes = 0;
    long os_pid = -1;
    vm::OwnedTerm data;  // port_set_data/2
    std::deque<std::string> out_queue;
    bool write_active = false;  // a write loop is posted or running on the I/O thread
    int direct_fd = -1;         // our non-blocking pipe end to the child: written directly while idle
    bool eof_seen = false, status_known = false, finished = false;
    int exit_status = 0;
    bool reaped = false;         // the child was waited for (set with the waitpid, under this mutex)
    int term_signal = 0;         // the signal that ended the child (0: it exited)
    bool err_eof_seen = true;    // false while an ember_stderr pipe is open
    std::string collected[2];    // {ember_collect, Max}: stdout, stderr (at most Max bytes each)
    bool collect_truncated = false;
    std::unique_ptr<PortDriver> driver;  // PortKind::Driver
    // The controller of a distribution connection (erlang:setnode/3): what it receives in active
    // mode goes to the distribution (scheduler/dist.hpp), not to its owner.
    bool dist_controller = false;

    // ---- I/O thread only ----
    std::unique_ptr<asio::posix::stream_descriptor> reader, writer, child_watch;
    std::vector<char> read_buf;
    std::unique_ptr<asio::posix::stream_descriptor> err_reader, stdin_feed;  // ember_stderr, ember_stdin
    std::vector<char> err_buf;
    std::string pending;  // line/packet reassembly
};

PortPtr find_port(vm::Term port);
// Takes the port out of the table (erlang:ports/0, lookups) ahead of terminate_port, so that a process
// that got the port's last message no longer finds it. Caller holds the lock.
void unlist_port(Port& port);
// Ends a live port (caller holds `lock` on its mutex): exit signals `reason` to its links, 'DOWN' to
// its monitors, leaves the table and its name, closes its descriptors. Unlocks `lock`.
void terminate_port(const PortPtr& port, std::unique_lock<std::mutex>& lock, vm::Term reason);
// Sends `msg` (built by the caller into fragment f) from the port to its owner. Caller holds the lock.
void send_from_port(Port& port, vm::Term msg, vm::HeapFragment* f);
// Sends {Port, Tail}: Tail is an atom or a term in a fresh fragment. Caller holds the lock.
void send_port_tuple(Port& port, vm::Term tail_atom);
// Opens a port run by `driver` (named `name` in port_info), owned by and linked to `owner`. The
// owner's side of the link is the caller's job (a BIF adds it to its own links; a driver opening a
// port for another process sends that process a Link signal).
vm::Term open_port_with_driver(vm::Term owner, std::string name, std::unique_ptr<PortDriver> driver);

// Driver side (scheduler/port_driver.cpp).
// Starts the OS side of a new port (child process or fds); returns 0 or an errno value.
int start_driver(const PortPtr& port);
// Schedules writing of the queued output on the I/O thread (caller holds the lock).
void kick_writer(const PortPtr& port);
// Closes the port's descriptors on the I/O thread (the child, if any, is still reaped).
void stop_driver(const PortPtr& port);

}  // namespace ember::scheduler
