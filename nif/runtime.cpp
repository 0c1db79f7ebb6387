// The host API (include/ember/runtime.hpp) on top of the scheduler, the loader and the tombstone table.
//
// How each call reaches the VM:
//  - spawn*: Scheduler::spawn with no parent process, keep_result set (the return value becomes the
//    tombstone's result), link_to / trap_exit from the options;
//  - send / terminate / set_trap_exit: a signal into the target's inbox, from "no process" (kNil) for
//    messages and from <0.0.0> (pid number 0, never handed out) for exit and request signals, so they
//    keep the order one host thread sent them in;
//  - is_linked: reads the target's link set under its main_lock, taken with try_lock while holding the
//    process table shard's shared lock (never blocking on main_lock with the shard lock held: a
//    scheduler thread that is exiting that process holds main_lock and waits for the shard lock);
//  - run_until_exit / outcome: the scheduler's tombstone table (Scheduler::tombstones(), recorded by
//    exit_process before the process leaves the process table, with the result of keep_result
//    processes).
#include "ember/runtime.hpp"

#include <atomic>
#include <cstdlib>
#include <cassert>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <thread>

#include "loader/beam_file.hpp"
#include "loader/code_loader.hpp"
#include "nif/boot.hpp"
#include "nif/runtime_impl.hpp"
#include "scheduler/scheduler.hpp"
#include "scheduler/tombstones.hpp"
#include "vm/atom_table.hpp"
#include "vm/capabilities.hpp"
#include "vm/messages.hpp"

namespace ember {

using namespace ember::vm;
using scheduler::Scheduler;
using scheduler::TombstoneTable;

using host::error;
using host::kHostPid;
using host::kPidLimit;
using host::valid_pid;

namespace {

// 0: no Runtime was made in this OS process; 1: one was (or is being) made.
std::atomic<int> g_runtime_claimed{0};

// The request handler behind set_trap_exit; runs in the target's context (nullptr: it is gone).
Term set_trap_exit_handler(Process* target, Term on, HeapAllocator&) {
    if (target) target->trap_exit = on == am_true;
    return am_ok;
}

Outcome to_outcome(const scheduler::ExitOutcome& o) { return Outcome{o.reason, o.result}; }

}  // namespace

const char* errc_name(Errc code) {
    switch (code) {
    case Errc::BadArg: return "badarg";
    case Errc::NoProc: return "noproc";
    case Errc::NeverSpawned: return "never_spawned";
    case Errc::Evicted: return "evicted";
    case Errc::TimedOut: return "timed_out";
    case Errc::ShutDown: return "shut_down";
    case Errc::LoadFailed: return "load_failed";
    case Errc::AlreadyCreated: return "already_created";
    case Errc::BootFailed: return "boot_failed";
    case Errc::Running: return "running";
    case Errc::Duplicate: return "duplicate";
    case Errc::Closed: return "closed";
    case Errc::Conflict: return "conflict";
    case Errc::NotFound: return "not_found";
    case Errc::Corrupt: return "corrupt";
    case Errc::DiskFull: return "disk_full";
    case Errc::Busy: return "busy";
    case Errc::IoError: return "io_error";
    }
    return "unknown";
}

bool Outcome::normal() const { return reason.get() == am_normal; }

// Claims the one Runtime slot of the OS process, boots the VM and starts the threads. A failed boot
// gives the slot back (the code path keeps what was added; a retry only adds duplicates).
Result<std::unique_ptr<Runtime::Impl>> Runtime::Impl::boot(const RuntimeConfig& config) {
    int expected = 0;
    if (!g_runtime_claimed.compare_exchange_strong(expected, 1))
        return error(Errc::AlreadyCreated, "an ember::Runtime was already created in this process (the VM is a "
                                           "process-wide singleton; only one Runtime can ever exist)");
    nif::BootConfig boot;
    boot.pa = config.code_path;
    boot.guest_ebin = config.guest_ebin;
    if (boot.guest_ebin.empty()) {
        const char* env = std::getenv("EMBER_GUEST_EBIN");
#ifdef EMBER_GUEST_EBIN
        const std::string build_default = EMBER_GUEST_EBIN;
#else
        const std::string build_default;
#endif
        boot.guest_ebin = env && *env ? std::string(env) : nif::find_guest_ebin(nif::executable_dir(), build_default);
    }
    if (config.otp_code_path) boot.otp_root = config.otp_root.empty() ? nif::default_otp_root() : config.otp_root;
    boot.scheduler.schedulers = config.schedulers;
    boot.scheduler.dirty_cpu = config.dirty_cpu;
    boot.scheduler.dirty_io = config.dirty_io;
    boot.scheduler.tombstone_capacity = config.tombstone_capacity;
    boot.scheduler.exit_when_idle = false;  // a host runtime stays up until shutdown()
    boot.require_guest_modules = true;
    nif::BootResult booted = nif::boot(boot);
    if (!booted.ok) {
        g_runtime_claimed.store(0);
        return error(Errc::BootFailed, booted.error);
    }

    auto impl = std::make_unique<Impl>();
    Scheduler& sched = impl->sched;
    impl->tombstones = &sched.tombstones();
    sched.start();
    host::register_mailbox_native();
    impl->halt_watcher = std::thread([raw = impl.get()] { raw->watch_halt(); });
    return impl;
}

// Blocks until the scheduler halts (shutdown() or erlang:halt in a guest), then wakes the waiters.
void Runtime::Impl::watch_halt() {
    int status = sched.wait_for_halt();
    shut.store(true);
    if (!host_shutdown.load()) {
        std::lock_guard lock(status_mutex);
        halt_status = status;
    }
    tombstones->shutdown();
    host::shutdown_mailboxes();
}

void Runtime::Impl::shutdown() {
    std::lock_guard lock(shutdown_mutex);
    if (joined) return;
    host_shutdown.store(true);
    shut.store(true);
    sched.shutdown();  // halts (waking the watcher) and joins the scheduler and dirty threads
    tombstones->shutdown();
    if (halt_watcher.joinable()) halt_watcher.join();
    host::shutdown_mailboxes();
    host::stop_event_log();
    joined = true;
}

Result<Pid> Runtime::Impl::spawn(std::string_view module, std::string_view function,
                                 const std::vector<OwnedTerm>& args, const SpawnOptions& options,
                                 std::function<void(Term)> before_run) {
    if (shut.load()) return error(Errc::ShutDown);
    AtomTable& atoms = AtomTable::global();
    Term m = atoms.intern(module);
    Term f = atoms.intern(function);
    if (m == kNonValue || f == kNonValue) return error(Errc::BadArg, "module or function is not a valid atom name");
    if (options.link_to && !valid_pid(*options.link_to)) return error(Errc::BadArg, "link_to is not a pid");
    // The argument list's cells point into the OwnedTerms; spawn copies it all into the new heap.
    std::vector<Term> cells(2 * args.size());
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (!args[i].is_value()) return error(Errc::BadArg, "argument " + std::to_string(i + 1) + " is not a value");
        cells[2 * i] = args[i].get();
        cells[2 * i + 1] = i + 1 < args.size() ? make_list(&cells[2 * i + 2]) : kNil;
    }
    scheduler::SpawnOptions so;
    so.capabilities = options.capabilities;
    if (options.capability_names) {
        vm::CapabilitySet named = 0;
        for (const std::string& name : *options.capability_names) {
            vm::CapabilitySet bit = vm::capability_from_name(name);
            if (bit == 0) return error(Errc::BadArg, "unknown capability: " + name);
            named |= bit;
        }
        so.capabilities &= named;
    }
    so.trap_exit = options.trap_exit;
    so.keep_result = true;
    so.before_run = std::move(before_run);
    if (options.link_to) so.link_to = make_pid(options.link_to->number);
    Term pid = sched.spawn(nullptr, m, f, args.empty() ? kNil : make_list(cells.data()), so);
    return Pid{pid_number(pid)};
}

Result<Outcome> Runtime::Impl::wait(Pid pid, std::optional<std::chrono::steady_clock::time_point> deadline) {
    if (pid.number >= kPidLimit) return error(Errc::NeverSpawned);
    scheduler::LookupResult r = tombstones->wait(pid.number, deadline);
    switch (r.status) {
    case scheduler::PidStatus::Exited: return to_outcome(r.outcome);
    case scheduler::PidStatus::Evicted: return error(Errc::Evicted, "the outcome was evicted from the tombstone table");
    case scheduler::PidStatus::NeverSpawned: return error(Errc::NeverSpawned, pid.to_string() + " was never spawned");
    case scheduler::PidStatus::TimedOut: return error(Errc::TimedOut);
    case scheduler::PidStatus::ShuttingDown:
    case scheduler::PidStatus::Running: break;
    }
    return error(Errc::ShutDown, "the runtime shut down before the process exited");
}

// ---- Runtime ------------------------------------------------------------------------------------------

Runtime::Runtime(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Runtime::Runtime(const RuntimeConfig& config) {
    auto r = Impl::boot(config);
    if (!r.ok()) {
        if (r.code() == Errc::AlreadyCreated) throw std::logic_error("ember::Runtime: " + r.error().message);
        throw std::runtime_error("ember::Runtime: boot failed: " + r.error().message);
    }
    m_impl = std::move(r).value();
}

Result<std::unique_ptr<Runtime>> Runtime::create(const RuntimeConfig& config) {
    auto r = Impl::boot(config);
    if (!r.ok()) return r.error();
    return std::unique_ptr<Runtime>(new Runtime(std::move(r).value()));
}

Runtime::~Runtime() {
    if (m_impl) shutdown();
}

Result<void> Runtime::load_module(std::string_view name, std::span<const std::uint8_t> beam) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    AtomError atom_error;
    if (name.empty() || AtomTable::global().intern(name, &atom_error) == kNonValue)
        return error(Errc::BadArg, "bad module name");
    // Parsed once here to check the name before anything is published (load_module_bytes parses again).
    loader::BeamResult parsed = loader::parse_beam(beam, name);
    if (!parsed) return error(Errc::LoadFailed, parsed.error().to_string());
    if (parsed->module_name() != name)
        return error(Errc::LoadFailed, "the bytes hold module " + std::string(parsed->module_name()) + ", not " +
                                           std::string(name));
    std::string message;
    if (!loader::load_module_bytes(beam, name, &message)) return error(Errc::LoadFailed, message);
    return {};
}

Result<Pid> Runtime::spawn(std::string_view module, std::string_view function, const std::vector<OwnedTerm>& args) {
    return m_impl->spawn(module, function, args, SpawnOptions{});
}

Result<Pid> Runtime::spawn_link(Pid parent, std::string_view module, std::string_view function,
                                const std::vector<OwnedTerm>& args) {
    SpawnOptions options;
    options.link_to = parent;
    return m_impl->spawn(module, function, args, options);
}

Result<Pid> Runtime::spawn_trapping(std::string_view module, std::string_view function,
                                    const std::vector<OwnedTerm>& args, std::optional<Pid> link_to) {
    SpawnOptions options;
    options.link_to = link_to;
    options.trap_exit = true;
    return m_impl->spawn(module, function, args, options);
}

Result<Pid> Runtime::spawn(std::string_view module, std::string_view function, const std::vector<OwnedTerm>& args,
                           const SpawnOptions& options) {
    return m_impl->spawn(module, function, args, options);
}

Result<void> Runtime::send(Pid to, const OwnedTerm& message) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!message.is_value()) return error(Errc::BadArg, "the message is not a value");
    if (!valid_pid(to)) return error(Errc::NoProc);
    if (!send_signal(make_pid(to.number), make_signal(SignalKind::Message, kNil, message.get())))
        return error(Errc::NoProc, to.to_string() + " is not alive");
    return {};
}

Result<void> Runtime::send(std::string_view registered_name, const OwnedTerm& message) {
    std::optional<Pid> to = whereis(registered_name);
    if (!to) return error(Errc::BadArg, std::string(registered_name) + " is not a registered name");
    return send(*to, message);
}

std::optional<Pid> Runtime::whereis(std::string_view name) {
    Term atom = AtomTable::global().find(name);
    if (atom == kNonValue) return std::nullopt;
    Term pid = m_impl->sched.whereis(atom);
    if (!is_local_pid(pid)) return std::nullopt;
    return Pid{pid_number(pid)};
}

Result<void> Runtime::terminate(Pid pid, const OwnedTerm& reason) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!reason.is_value()) return error(Errc::BadArg, "the reason is not a value");
    if (!valid_pid(pid)) return error(Errc::NoProc);
    if (!send_signal(make_pid(pid.number), make_signal(SignalKind::Exit, kHostPid, reason.get())))
        return error(Errc::NoProc, pid.to_string() + " is not alive");
    return {};
}

Result<void> Runtime::set_trap_exit(Pid pid, bool on) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!valid_pid(pid)) return error(Errc::NoProc);
    // A request signal: ordered after what this thread sent before; its reply to <0.0.0> is dropped.
    Signal* s = make_signal(SignalKind::Request, kHostPid, make_bool(on), make_small(0));
    s->handler = set_trap_exit_handler;
    if (!send_signal(make_pid(pid.number), s)) return error(Errc::NoProc, pid.to_string() + " is not alive");
    return {};
}

bool Runtime::is_live(Pid pid) {
    return !m_impl->shut.load() && valid_pid(pid) && m_impl->sched.is_alive(make_pid(pid.number));
}

Result<bool> Runtime::is_linked(Pid a, Pid b) {
    if (!valid_pid(a)) return error(Errc::NoProc);
    Term other = b.number < kPidLimit ? make_pid(b.number) : kNil;
    for (unsigned attempt = 0;; ++attempt) {
        if (m_impl->shut.load()) return error(Errc::ShutDown);
        {
            std::shared_lock<std::shared_mutex> lock;
            Process* p = m_impl->sched.lookup(make_pid(a.number), lock);
            if (!p) return error(Errc::NoProc, a.to_string() + " is not alive");
            ProcessStatus st = p->status.load();
            if (st == ProcessStatus::Exiting || st == ProcessStatus::Exited)
                return error(Errc::NoProc, a.to_string() + " is not alive");
            if (p->main_lock.try_lock()) {
                bool linked = p->rel().links.count(other) != 0;
                p->main_lock.unlock();
                return linked;
            }
        }
        // Busy: running a slice (a few thousand reductions) or a dirty call. Back off without the lock.
        if (attempt < 64) std::this_thread::yield();
        else std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
}

Result<Outcome> Runtime::run_until_exit(Pid pid) { return m_impl->wait(pid, std::nullopt); }

Result<Outcome> Runtime::run_until_exit(Pid pid, std::chrono::milliseconds timeout) {
    return m_impl->wait(pid, std::chrono::steady_clock::now() + timeout);
}

Result<Outcome> Runtime::outcome(Pid pid) {
    if (pid.number >= kPidLimit) return error(Errc::NeverSpawned);
    scheduler::LookupResult r = m_impl->tombstones->lookup(pid.number);
    switch (r.status) {
    case scheduler::PidStatus::Exited: return to_outcome(r.outcome);
    case scheduler::PidStatus::Evicted: return error(Errc::Evicted);
    case scheduler::PidStatus::NeverSpawned: return error(Errc::NeverSpawned);
    default: return error(Errc::Running);
    }
}

void Runtime::shutdown() { m_impl->shutdown(); }

bool Runtime::is_shut_down() const { return m_impl->shut.load(); }

std::optional<int> Runtime::halt_status() const {
    std::lock_guard lock(m_impl->status_mutex);
    return m_impl->halt_status;
}

unsigned Runtime::scheduler_count() const { return m_impl->sched.scheduler_count(); }

std::vector<std::pair<std::string, std::uint64_t>> Runtime::capability_denials() const {
    std::array<std::uint64_t, vm::kCapabilityBits> counts = vm::capability_denials();
    std::vector<std::pair<std::string, std::uint64_t>> out;
    for (unsigned i = 0; i < vm::kCapabilityBits; ++i) out.emplace_back(vm::capability_name(i), counts[i]);
    return out;
}

std::size_t Runtime::process_count() const { return m_impl->sched.process_count(); }

}  // namespace ember
