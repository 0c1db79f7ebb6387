// libember's host API: run Erlang code inside a C++ program (DESIGN.md "The product"; docs/host_api.md).
//
//   #include <ember/runtime.hpp>
//   ember::RuntimeConfig config;
//   config.schedulers = 4;
//   ember::Runtime rt(config);
//   rt.load_module("calc", beam_bytes);
//   ember::Pid pid = rt.spawn("calc", "add", {ember::term::integer(1), ember::term::integer(2)}).value();
//   ember::Outcome out = rt.run_until_exit(pid).value();   // out.result: 3
//
// One Runtime per OS process. The VM keeps process-wide state (atom table, code server, scheduler), so
// exactly one Runtime can ever be constructed in an OS process: a second construction, even after the
// first was destroyed, fails (the constructor throws std::logic_error; Runtime::create returns
// Errc::AlreadyCreated). Shut down, the VM cannot be restarted.
//
// Threads. Every member function may be called from any host thread at the same time as any other
// (shutdown() included). Calls do not need a scheduler thread; they never run guest code on the
// calling thread. Do not call them from inside a NIF or BIF running on a scheduler thread: a blocking
// call (run_until_exit) there would stall that scheduler.
//
// Ordering. Signals the host sends (send, terminate, set_trap_exit) from ONE host thread to one process
// arrive in the order they were sent, like signals between two Erlang processes; calls from different
// host threads are not ordered with each other.
//
// Errors are values (Result<T>), not exceptions; only the constructor throws (see above). Terms handed
// to and from the host are OwnedTerms (<ember/term.hpp>).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "ember/term.hpp"

namespace ember {

// ---- errors ------------------------------------------------------------------------------------------

enum class Errc : std::uint8_t {
    BadArg,          // an argument is not usable: a non-value term, a bad atom name, Pid{0}
    NoProc,          // the process is not alive (exited, or never spawned)
    NeverSpawned,    // run_until_exit: no process ever had this pid
    Evicted,         // run_until_exit: the process exited but its tombstone was evicted
    TimedOut,        // run_until_exit: the timeout passed first
    ShutDown,        // the runtime is shut down (shutdown() or a guest called erlang:halt)
    LoadFailed,      // load_module: the bytes are not a loadable module (message says why)
    AlreadyCreated,  // Runtime::create: a Runtime was already constructed in this OS process
    BootFailed,      // Runtime::create: the guest modules Ember boots with could not be loaded
    Running,         // outcome: the process has not exited yet
};

const char* errc_name(Errc code);  // "badarg", "noproc", "never_spawned", ...

struct Error {
    Errc code;
    std::string message;  // human-readable detail, may be empty
};

// A value or an Error. Access to the wrong side is a precondition violation (asserted in debug).
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_v); }
    Errc code() const { return error().code; }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    Errc code() const { return error().code; }

private:
    std::optional<Error> m_error;
};

// ---- configuration and outcomes ----------------------------------------------------------------------

// Zero means "the default", as for erl's flags.
struct RuntimeConfig {
    unsigned schedulers = 0;              // normal scheduler threads (erl +S); default: logical CPUs
    unsigned dirty_cpu = 0;               // dirty CPU threads (+SDcpu); default: `schedulers`
    unsigned dirty_io = 0;                // dirty IO threads (+SDio); default: 10
    std::size_t tombstone_capacity = 0;   // exit outcomes kept for run_until_exit; default 65,536
    // Directories searched for MODULE.beam when a module that is not loaded is called, in order, before
    // OTP's lib/*/ebin (like erl -pa). Modules given to load_module need no directory.
    std::vector<std::string> code_path;
    // OTP installation whose lib/*/ebin (stdlib, kernel, ...) is on the code path. Empty: the
    // EMBER_OTP_ROOT environment variable, else the OTP Ember was built against.
    std::string otp_root;
    bool otp_code_path = true;  // false: no OTP directories on the code path
    // Ember's own guest modules (ember_io_server, ember_init, ...), required to boot. Empty: the
    // EMBER_GUEST_EBIN environment variable, else ../lib/ember/ebin next to the executable, else the
    // build tree's directory when libember was built with EMBER_GUEST_EBIN defined.
    std::string guest_ebin;
};

// How a process ended (the tombstone the VM kept for it).
struct Outcome {
    OwnedTerm reason;               // exit reason: normal, {badarith, Stack}, killed, ...
    std::optional<OwnedTerm> result;  // the value its function returned (when reason is normal)
    bool normal() const;            // reason == normal
};

struct SpawnOptions {
    // Link the new process to this pid before it runs (host spawn_link). If that process is not
    // alive, the new one receives an exit signal `noproc` (and exits unless it traps exits).
    std::optional<Pid> link_to;
    // process_flag(trap_exit, true) before the process runs its first instruction.
    bool trap_exit = false;
    // The sandbox (docs/capabilities.md): the capabilities the process holds, by name ("file_read",
    // "clock", ...); nullopt = all of them, {} = none. Its children never hold more. An unknown name
    // is Errc::BadArg.
    std::optional<std::vector<std::string>> capabilities;
};

// ---- the runtime -------------------------------------------------------------------------------------

class Runtime {
public:
    // Boots the VM: registers the BIFs, sets the code path, starts the scheduler threads and Ember's
    // I/O server and init process (pids <0.1.0> and <0.2.0>). Throws std::logic_error if a Runtime was
    // already constructed in this OS process, std::runtime_error if booting fails.
    explicit Runtime(const RuntimeConfig& config = {});
    // The same without exceptions: Errc::AlreadyCreated or Errc::BootFailed.
    static Result<std::unique_ptr<Runtime>> create(const RuntimeConfig& config = {});
    ~Runtime();  // shutdown()
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    // Loads (or reloads: the new code becomes current, as code:load_binary/3) the module `name` from the
    // bytes of a .beam file (OTP 25 to 28, optionally gzip-compressed). Errc::LoadFailed when the bytes
    // are not a valid module or its name is not `name`; Errc::BadArg for a bad name.
    Result<void> load_module(std::string_view name, std::span<const std::uint8_t> beam);

    // erlang:spawn(Module, Function, Args): a new process running Module:Function(Args...) with the
    // terms copied into it. The function's return value is kept as Outcome::result. As in erl, an
    // undefined function is not an error here: the process exits with {undef, ...}. The module is
    // loaded from the code path on first call if it is not loaded yet.
    Result<Pid> spawn(std::string_view module, std::string_view function, const std::vector<OwnedTerm>& args = {});
    // spawn + link to `parent` (a process, e.g. one the host spawned): when either exits abnormally
    // the other gets the exit signal, exactly as after erlang:spawn_link in `parent`.
    Result<Pid> spawn_link(Pid parent, std::string_view module, std::string_view function,
                           const std::vector<OwnedTerm>& args = {});
    // spawn with trap_exit already set when the process starts: exit signals arrive as
    // {'EXIT', From, Reason} messages (optionally linked to `link_to`).
    Result<Pid> spawn_trapping(std::string_view module, std::string_view function,
                               const std::vector<OwnedTerm>& args = {}, std::optional<Pid> link_to = std::nullopt);
    Result<Pid> spawn(std::string_view module, std::string_view function, const std::vector<OwnedTerm>& args,
                      const SpawnOptions& options);

    // Pid ! Msg. Errc::NoProc if the process is not alive (for a guest, sending to a dead pid is
    // silently dropped; the host is told).
    Result<void> send(Pid to, const OwnedTerm& message);
    // Name ! Msg for a registered name. Errc::BadArg if no process is registered as `name` (as erl).
    Result<void> send(std::string_view registered_name, const OwnedTerm& message);
    // The pid registered as `name` (erlang:whereis/1), or nullopt.
    std::optional<Pid> whereis(std::string_view name);

    // erlang:exit(Pid, Reason) sent by the host. The sender is Pid{0} (<0.0.0>, never a process), so:
    //  - Reason `kill`: the process exits with reason `killed`, trapping or not;
    //  - the process traps exits: it gets the message {'EXIT', <0.0.0>, Reason};
    //  - Reason `normal` and not trapping: ignored (as exit/2 from another process);
    //  - otherwise it exits with Reason.
    // Errc::NoProc if the process is not alive.
    Result<void> terminate(Pid pid, const OwnedTerm& reason);
    // process_flag(trap_exit, On) done for the process, as a signal ordered after what this host thread
    // sent it before (a terminate sent earlier is handled with the old flag). Errc::NoProc if the
    // process is not alive.
    Result<void> set_trap_exit(Pid pid, bool on);

    // erlang:is_process_alive/1: false once the process has begun exiting.
    bool is_live(Pid pid);
    // Whether `b` is in `a`'s link set right now (what process_info(A, links) would show). Links are set
    // up by signals, so right after a link/unlink the other side may lag. Errc::NoProc if `a` is not alive.
    Result<bool> is_linked(Pid a, Pid b);

    // Blocks until `pid` has exited and returns its outcome; returns at once if it exited already (its
    // tombstone is kept until tombstone_capacity newer exits evict it). Errors: NeverSpawned (no process
    // ever had this pid), Evicted (it exited, its outcome is gone), TimedOut, ShutDown (the runtime
    // stopped first).
    Result<Outcome> run_until_exit(Pid pid);
    Result<Outcome> run_until_exit(Pid pid, std::chrono::milliseconds timeout);
    // Non-blocking: the outcome if the process has exited; else Errc::Running, NeverSpawned or Evicted.
    Result<Outcome> outcome(Pid pid);

    // Stops the scheduler threads (no process runs any further), wakes every run_until_exit waiter with
    // Errc::ShutDown and joins the threads. Idempotent; the destructor calls it. Processes still alive
    // are not run to completion: their links and monitors are not fired.
    void shutdown();
    bool is_shut_down() const;
    // The status a guest passed to erlang:halt/1 if one did (the runtime is then shut down).
    std::optional<int> halt_status() const;

    // Capability denials since the VM started (docs/capabilities.md): {name, count} for every
    // capability, in bit order.
    std::vector<std::pair<std::string, std::uint64_t>> capability_denials() const;

    unsigned scheduler_count() const;
    std::size_t process_count() const;  // processes alive, Ember's I/O server and init included

    struct Impl;

private:
    explicit Runtime(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ember
