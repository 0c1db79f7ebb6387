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
// to and from the host are OwnedTerms (<ember/term.hpp>); JSON payloads convert with <ember/json.hpp>.
//
// Beyond spawn/send/wait: host natives (install_nifs), capability sandboxes (SpawnOptions), names and
// host-side groups, send_after timers, process inspection (list, info, labels, counters), host
// mailboxes (a pid whose messages the host receives) and an event log (docs/host_api.md).
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
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
#include "vm/native.hpp"

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
    Duplicate,       // install_nifs: M:F/A already has a native; register_name: the name or pid is taken
    Closed,          // Mailbox::receive: the mailbox was closed; HistoryStore: the run is closed
    // HistoryStore (<ember/workflow_store.hpp>):
    Conflict,        // append: the expected seq is not the run's next seq
    NotFound,        // no run with that id
    Corrupt,         // the database file is not a database, is damaged, or has an unknown schema
    DiskFull,        // the disk is full
    Busy,            // the database is locked by another connection
    IoError,         // any other failure to open, read or write a file
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

// Capabilities (DESIGN.md "Natives"; vm/native.hpp): the bits vm::kCapProcess, vm::kCapTime, ... A
// process carries a set; calling a native whose capabilities are not all in it raises
// error:{capability_denied, Capability, {M, F, A}} (docs/capabilities.md).
using CapabilitySet = vm::CapabilitySet;
inline constexpr CapabilitySet kAllCapabilities = vm::kCapAll;
inline constexpr CapabilitySet kNoCapabilities = vm::kCapPure;  // pure natives only
using DirtyKind = vm::DirtyKind;

struct SpawnOptions {
    // Link the new process to this pid before it runs (host spawn_link). If that process is not
    // alive, the new one receives an exit signal `noproc` (and exits unless it traps exits).
    std::optional<Pid> link_to;
    // process_flag(trap_exit, true) before the process runs its first instruction.
    bool trap_exit = false;
    // The sandbox (docs/capabilities.md), by name ("file_read", "clock", ...): nullopt = no
    // narrowing, {} = none. An unknown name is Errc::BadArg. Applied together with `capabilities`
    // below (the process holds what both allow); its children never hold more.
    std::optional<std::vector<std::string>> capability_names;
    // The process's capability set (a sandbox). A host-spawned process gets exactly this set; processes
    // it spawns get subsets of it.
    CapabilitySet capabilities = kAllCapabilities;
};

// What whereis_or_spawn spawns.
struct SpawnSpec {
    std::string module;
    std::string function;
    std::vector<OwnedTerm> args;
    SpawnOptions options;
};

// ---- host natives (install_nifs) ---------------------------------------------------------------------

// What a host native sees of its call. Valid only during the call, on the thread that runs it.
class NifContext {
public:
    Pid self() const { return m_self; }                 // the calling process
    CapabilitySet capabilities() const { return m_caps; }  // the calling process's set
    // Raising: return the value of one of these from the native; the call then raises instead of
    // returning (erlang:error/1, exit/1, throw/1; raise_badarg is error:badarg).
    OwnedTerm raise_error(const OwnedTerm& reason);
    OwnedTerm raise_exit(const OwnedTerm& reason);
    OwnedTerm raise_throw(const OwnedTerm& value);
    OwnedTerm raise_badarg();

    // Internal (nif/host_natives.cpp): what was raised.
    enum class Raise : std::uint8_t { None, Error, Exit, Throw };
    NifContext(Pid self, CapabilitySet caps) : m_self(self), m_caps(caps) {}
    Raise raised() const { return m_raise; }
    const OwnedTerm& raised_term() const { return m_raised; }

private:
    Pid m_self;
    CapabilitySet m_caps;
    Raise m_raise = Raise::None;
    OwnedTerm m_raised;
};

// A host native: gets copies of the arguments, returns the result (copied into the caller's heap) or
// the value of a NifContext::raise_* call. Returning a non-value without raising raises error:badarg; a
// C++ exception that escapes raises error:{host_native_exception, <<What>>}. Runs on a scheduler thread
// (a dirty one for DirtyKind::Cpu / Io): it must not block on the Runtime (run_until_exit,
// Mailbox::receive); sending is fine.
using NativeFn = std::function<OwnedTerm(NifContext&, std::span<const OwnedTerm>)>;

struct NativeSpec {
    std::string name;  // function name
    unsigned arity = 0;
    NativeFn fn;
    CapabilitySet capabilities = kNoCapabilities;  // what the caller's set must contain
    DirtyKind dirty = DirtyKind::None;
};

// ---- process inspection, events ----------------------------------------------------------------------

struct ProcessInfo {
    Pid pid;
    std::string status;                          // process_info status: running, runnable, waiting, suspended
    std::optional<OwnedTerm> label;              // the '$process_label' dictionary value (proc_lib:set_label/1)
    std::optional<std::string> registered_name;  // erlang:register/2 name
    std::size_t message_queue_len = 0;
    std::uint64_t reductions = 0;
    std::size_t memory = 0;                      // bytes (process_info memory)
    std::optional<std::string> current_function;  // "Module:Function/Arity"
    std::string initial_call;                    // "Module:Function/Arity"
    bool trap_exit = false;
    CapabilitySet capabilities = 0;
};

// Since the runtime was created (boot processes included).
struct Counters {
    std::uint64_t spawned = 0;
    std::uint64_t exited = 0;
    std::uint64_t dropped_messages = 0;  // sent to a process not alive, or left unreceived at its exit
};

// An exit signal the host delivers (erlang:exit(Pid, Reason) sent by `from`; see Runtime::terminate).
struct ExitSignal {
    OwnedTerm reason;
    Pid from = Pid::host();  // another sender: the rules of exit/2 from that pid (from == target: exit/1-like)
};

enum class EventLevel : std::uint8_t { Debug, Info, Warning, Error };
enum class EventKind : std::uint8_t { Spawn, Exit, DroppedMessage };
const char* event_kind_name(EventKind kind);  // "spawn", "exit", "dropped_message"

// Spawn: Debug. Exit: Debug for normal, Info for shutdown / {shutdown, _}, Error otherwise.
// DroppedMessage: Warning.
struct Event {
    EventKind kind;
    EventLevel level;
    Pid pid;              // spawned / exited process; the addressee of a dropped message
    std::string reason;   // Exit: the reason (~w, at most 1,000 bytes); Spawn: "M:F/A"; dropped: the message
    std::chrono::system_clock::time_point time;
};
using EventCallback = std::function<void(const Event&)>;

class Runtime;

// A host-side timer (send_after). Copyable; cancel() from any thread.
class TimerHandle {
public:
    TimerHandle() = default;
    explicit TimerHandle(std::uint64_t id) : m_id(id) {}
    // True if the timer was still pending (the message will not be sent); false if it fired or was
    // cancelled already.
    bool cancel() const;
    std::uint64_t id() const { return m_id; }

private:
    std::uint64_t m_id = 0;
};

// A pid whose messages the host receives (Runtime::open_mailbox). Backed by a guest process that
// traps exits (a linked process's exit arrives as {'EXIT', From, Reason}). Any host thread may receive;
// each message goes to exactly one receiver, in arrival order.
class Mailbox {
public:
    struct State;
    explicit Mailbox(std::shared_ptr<State> state);
    ~Mailbox();  // close()
    Mailbox(const Mailbox&) = delete;
    Mailbox& operator=(const Mailbox&) = delete;

    Pid pid() const;
    // The oldest message; blocks up to `timeout`. TimedOut, Closed, ShutDown.
    Result<OwnedTerm> receive(std::chrono::milliseconds timeout);
    // The oldest message for which `match` is true (others stay queued, as a selective receive).
    Result<OwnedTerm> receive_if(const std::function<bool(const OwnedTerm&)>& match,
                                 std::chrono::milliseconds timeout);
    std::size_t size() const;  // messages waiting
    // Kills the backing process and wakes every receiver with Closed. Idempotent.
    void close();

private:
    std::shared_ptr<State> m_state;
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
    // ---- host natives ----
    // Registers natives for `module`: a call to Module:F/A (remote calls, apply, fun M:F/A, spawn)
    // then runs the native, like a BIF, whether or not a beam of `module` is loaded, before or after.
    // The natives take precedence over the beam's functions of the same name and arity for every call
    // through the export; a local call inside that beam (F(...) without the module) still runs the
    // beam's own body (docs/host_api.md). Errors: Duplicate (naming M:F/A) if an MFA of the table is
    // already a native (a BIF or an earlier install) or appears twice; BadArg for a bad name, arity > 255,
    // an empty fn, or more than 4,096 host natives in all. Nothing is installed when a row fails.
    Result<void> install_nifs(std::string_view module, std::span<const NativeSpec> table);
    Result<void> install_nifs(std::string_view module, const std::vector<NativeSpec>& table) {
        return install_nifs(module, std::span<const NativeSpec>(table));
    }
    std::vector<std::string> registered_nif_modules() const;  // sorted

    // ---- names and groups ----
    // erlang:register(Name, Pid) / unregister(Name): the names guests see. Duplicate if the name is
    // taken or the pid has a name; NoProc if the pid is not alive; BadArg for `undefined` or a bad name.
    Result<void> register_name(std::string_view name, Pid pid);
    Result<void> unregister_name(std::string_view name);
    // The registered pid, or spawns `spec` registered as `name` before it runs its first instruction.
    // Atomic: concurrent calls (from any host threads) for one name make exactly one process.
    Result<Pid> whereis_or_spawn(std::string_view name, const SpawnSpec& spec);
    // Name ! Msg. BadArg if the name is not registered.
    Result<void> send_named(std::string_view name, const OwnedTerm& message);
    // Host-side process groups (an Ember table, not OTP's pg: guests do not see it). A pid may be in a
    // group more than once (as pg:join/2) and leave once per join; exited processes drop out.
    Result<void> join(std::string_view group, Pid pid);  // NoProc if not alive
    Result<void> leave(std::string_view group, Pid pid);  // BadArg if not a member
    std::vector<Pid> members(std::string_view group);    // alive members, once each, in join order
    std::vector<std::string> groups();                   // groups with alive members, sorted
    // exit(Pid, Reason) to every member (default kill); returns how many were signalled.
    Result<std::size_t> kill_group(std::string_view group, const OwnedTerm& reason = term::atom("kill"));

    // erlang:send_after(Ms, Dest, Msg): sends `message` after `delay` unless cancelled. For a name, the
    // pid is looked up when the timer fires (unregistered: dropped). NoProc if the pid is not alive.
    Result<TimerHandle> send_after(std::chrono::milliseconds delay, Pid to, const OwnedTerm& message);
    Result<TimerHandle> send_after(std::chrono::milliseconds delay, std::string_view name, const OwnedTerm& message);

    // ---- processes ----
    std::vector<Pid> list();  // erlang:processes()
    // A snapshot made in the process's own context (a request signal, ordered after what this thread
    // sent it). NoProc if not alive, TimedOut if it did not answer within `timeout` (busy in a long native).
    Result<ProcessInfo> info(Pid pid, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    // Sets the process's label as proc_lib:set_label/1 (OTP 27) does: put('$process_label', Label).
    Result<void> set_label(Pid pid, const OwnedTerm& label);
    Counters counters() const;
    // An exit signal as erlang:exit/2 (see terminate); NoProc if not alive.
    Result<void> deliver_signal(Pid pid, const ExitSignal& signal);
    // The highest pid number handed out so far: a pid above it was never spawned; at or below it and
    // not alive, it exited (outcome() tells whether its tombstone is still kept).
    std::uint64_t spawned_pid_watermark() const;

    // ---- host mailbox ----
    Result<std::unique_ptr<Mailbox>> open_mailbox();

    // ---- event log ----
    // Calls `callback` for every event of `min_level` or above, on one event thread of the Runtime, in
    // the order they happened (per process). An empty callback stops the log. Events that find more than
    // 65,536 undelivered ones queued are dropped (counted by dropped_events()).
    void set_event_callback(EventLevel min_level, EventCallback callback);
    std::uint64_t dropped_events() const;

    unsigned scheduler_count() const;
    std::size_t process_count() const;  // processes alive, Ember's I/O server and init included

    struct Impl;

private:
    explicit Runtime(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ember
