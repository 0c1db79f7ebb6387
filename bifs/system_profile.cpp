// erlang:system_profile/0,2 and its events (vm/system_profile.hpp; OTP erl_bif_trace.c system_profile,
// erl_trace.c profile_runnable_proc, profile_scheduler).
#include "vm/system_profile.hpp"

#include <mutex>

#include "bifs/bif.hpp"
#include "bifs/trace_internal.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"
#include "vm/trace.hpp"

namespace ember::vm {

std::atomic<bool> g_system_profile_procs{false};
std::atomic<bool> g_system_profile_schedulers{false};

namespace {

// The setting. Written under g_mutex (a whole set at a time); the events read the atomics.
std::mutex g_mutex;
std::atomic<Term> g_profiler{kNil};  // the profiler's pid, or kNil
std::atomic<std::uint32_t> g_ts_flags{kTraceTimestamp};  // trace flag bits of the timestamp option
std::atomic<bool> g_runnable_ports{false}, g_exclusive{false};

// Sends {profile, Items..., Ts} to `to`, built in a scratch fragment (copied by make_signal).
void send_profile(Term to, Term from, HeapAllocator& a, std::initializer_list<Term> items) {
    static const Term profile = bifs::atom("profile");
    Term elems[8];
    std::size_t n = 0;
    elems[n++] = profile;
    for (Term t : items) elems[n++] = t;
    elems[n++] = bifs::trace::timestamp(a, g_ts_flags.load(std::memory_order_relaxed));
    Term* hp = a.alloc(n + 1);
    hp[0] = make_header(n, Subtag::Tuple);
    for (std::size_t i = 0; i < n; ++i) hp[i + 1] = elems[i];
    send_signal(to, make_signal(SignalKind::Message, from, make_boxed(hp)));
}

}  // namespace

void system_profile_runnable(Process* p, bool active, bool exiting) {
    if (!g_system_profile_procs.load(std::memory_order_relaxed)) return;
    Term to = g_profiler.load(std::memory_order_relaxed);
    if (to == kNil || to == p->pid) return;  // nothing about the profiler itself
    static const Term am_active = bifs::atom("active"), am_inactive = bifs::atom("inactive");
    HeapFragment* scratch = HeapFragment::create(4 + 6 + bifs::trace::kTimestampWords + 1);
    FragmentAllocator a(scratch);
    Term where = exiting ? make_small(0) : current_mfa(p, a);
    send_profile(to, p->pid, a, {p->pid, active ? am_active : am_inactive, where});
    HeapFragment::destroy(scratch);
}

void system_profile_scheduler(unsigned id, bool active, unsigned awake) {
    if (!g_system_profile_schedulers.load(std::memory_order_relaxed)) return;
    Term to = g_profiler.load(std::memory_order_relaxed);
    if (to == kNil) return;
    static const Term am_scheduler = bifs::atom("scheduler"), am_active = bifs::atom("active"),
                      am_inactive = bifs::atom("inactive");
    HeapFragment* scratch = HeapFragment::create(7 + bifs::trace::kTimestampWords + 1);
    FragmentAllocator a(scratch);
    send_profile(to, to, a, {am_scheduler, make_small(SWord(id)), active ? am_active : am_inactive,
                             make_small(SWord(awake))});
    HeapFragment::destroy(scratch);
}

}  // namespace ember::vm

namespace ember::bifs {
namespace {

using namespace vm;

// system_profile/0: {Profiler, Options} in erl's order (exclusive, scheduler, runnable_procs,
// runnable_ports), or undefined. A profiler that has ended no longer counts. Under g_mutex.
Term current_setting(Process* p) {
    Term pid = g_profiler.load();
    if (pid == kNil) return am_undefined;
    if (!scheduler::Scheduler::global().is_alive(pid)) {
        g_profiler.store(kNil);
        g_system_profile_procs.store(false);
        g_system_profile_schedulers.store(false);
        return am_undefined;
    }
    Term opts = kNil;
    if (g_runnable_ports.load()) opts = make_cons(*p, atom("runnable_ports"), opts);
    if (g_system_profile_procs.load()) opts = make_cons(*p, atom("runnable_procs"), opts);
    if (g_system_profile_schedulers.load()) opts = make_cons(*p, atom("scheduler"), opts);
    if (g_exclusive.load()) opts = make_cons(*p, atom("exclusive"), opts);
    return make_tuple2(*p, pid, opts);
}

// system_profile(Profiler | undefined, Options): sets (undefined or [] turns it off) and returns the
// setting before. Options: a proper list of runnable_procs, runnable_ports, scheduler, exclusive,
// timestamp, monotonic_timestamp, strict_monotonic_timestamp (the last timestamp option wins).
Term set_profile(Process* p, Term profiler, Term options) {
    bool procs = false, ports = false, schedulers = false, exclusive = false;
    std::uint32_t ts = kTraceTimestamp;
    if (options == kNil) profiler = am_undefined;  // as erl: no options turn it off, whatever the profiler
    if (profiler != am_undefined) {
        if (!is_local_pid(profiler) || !scheduler::Scheduler::global().is_alive(profiler)) return badarg(p);
        Term list = options;
        for (; is_list(list); list = cdr(list)) {
            Term o = car(list);
            if (o == atom("runnable_procs")) procs = true;
            else if (o == atom("runnable_ports")) ports = true;
            else if (o == atom("scheduler")) schedulers = true;
            else if (o == atom("exclusive")) exclusive = true;
            else if (o == atom("timestamp")) ts = kTraceTimestamp;
            else if (o == atom("monotonic_timestamp")) ts = kTraceMonotonicTs;
            else if (o == atom("strict_monotonic_timestamp")) ts = kTraceStrictMonotonicTs;
            else return badarg(p);
        }
        if (list != kNil) return badarg(p);
    }
    std::lock_guard lock(g_mutex);
    Term old = current_setting(p);
    g_profiler.store(kNil);  // events stop before the options change
    g_system_profile_procs.store(procs);
    g_system_profile_schedulers.store(schedulers);
    g_runnable_ports.store(ports);
    g_exclusive.store(exclusive);
    g_ts_flags.store(ts);
    if (profiler != am_undefined) g_profiler.store(profiler);
    return old;
}

EMBER_BIF(bif_system_profile_0) {
    std::lock_guard lock(g_mutex);
    return current_setting(p);
}

EMBER_BIF(bif_system_profile_2) { return set_profile(p, args[0], args[1]); }

const BifSpec kBifs[] = {
    {"erlang", "system_profile", 0, bif_system_profile_0, kCapPure},
    {"erlang", "system_profile", 2, bif_system_profile_2, kCapSystem},
};

}  // namespace

std::span<const BifSpec> system_profile_bifs() { return kBifs; }

}  // namespace ember::bifs
