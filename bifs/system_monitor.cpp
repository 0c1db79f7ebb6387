// erlang:system_monitor/0,1,2 and its events (vm/system_monitor.hpp; OTP erl_bif_trace.c,
// erl_trace.c monitor_long_gc, monitor_large_heap, monitor_long_schedule_proc).
#include "vm/system_monitor.hpp"

#include <chrono>
#include <mutex>
#include <thread>

#include "bifs/bif.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/bignum.hpp"
#include "vm/gc.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"
#include "vm/trace.hpp"

namespace ember::vm {

std::atomic<bool> g_system_monitor_gc{false};
std::atomic<std::uint64_t> g_system_monitor_long_schedule_ms{0};
std::atomic<std::uint64_t> g_test_long_gc_sleep_ms{0};

namespace {

// The settings. Written under g_mutex (a whole set at a time); the events read the atomics.
std::mutex g_mutex;
std::atomic<Term> g_monitor{kNil};  // the monitor process's pid, or kNil
std::atomic<std::uint64_t> g_long_gc_ms{0}, g_large_heap_words{0};
std::atomic<bool> g_busy_port{false}, g_busy_dist_port{false};

Term monitor_for(const Process* p) {
    Term to = g_monitor.load(std::memory_order_relaxed);
    return to == p->pid ? kNil : to;  // nothing about the monitor process itself
}

// {monitor, Pid, What, Info} to the monitor process, built in a scratch fragment and copied by send.
void send_event(Process* p, Term to, const char* what, HeapAllocator& a, Term info) {
    static const Term monitor = bifs::atom("monitor");
    Term msg = make_tuple4(a, monitor, p->pid, bifs::atom(what), info);
    send_signal(to, make_signal(SignalKind::Message, p->pid, msg));
}

// The heap part of erl's long_gc and large_heap lists, in erl's order, consed onto `tail`.
Term heap_info(Process* p, HeapAllocator& a, Term tail) {
    const auto items = gc_info_items(p, static_cast<Word>(p->heap_end - p->heap_start));
    static const char* const kKeys[] = {"old_heap_block_size", "heap_block_size", "mbuf_size", "stack_size",
                                        "old_heap_size", "heap_size"};
    Term list = tail;
    for (std::size_t k = std::size(kKeys); k-- > 0;)
        for (const auto& item : items)
            if (std::string_view(item.key) == kKeys[k])
                list = make_cons(a, make_tuple2(a, bifs::atom(kKeys[k]), make_integer_u64(a, item.value)), list);
    return list;
}

}  // namespace

void system_monitor_gc(Process* p, std::uint64_t ns) {
    Term to = monitor_for(p);
    if (to == kNil) return;
    std::uint64_t long_gc = g_long_gc_ms.load(std::memory_order_relaxed);
    std::uint64_t large_heap = g_large_heap_words.load(std::memory_order_relaxed);
    std::uint64_t ms = ns / 1'000'000;
    // Heap blocks: young, old and the fragments not yet merged (erl's large_heap size).
    Word blocks = static_cast<Word>(p->heap_end - p->heap_start) + static_cast<Word>(p->old_heap_end - p->old_heap_start) +
                  p->fragment_words;
    bool report_gc = long_gc != 0 && ms >= long_gc;
    bool report_heap = large_heap != 0 && blocks >= large_heap;
    if (!report_gc && !report_heap) return;
    // 7 items of at most a tuple, a cons and a two-word bignum each, and the message.
    HeapFragment* scratch = HeapFragment::create(7 * 7 + 8);
    FragmentAllocator a(scratch);
    if (report_gc) {
        static const Term timeout = bifs::atom("timeout");
        Term info = make_cons(a, make_tuple2(a, timeout, make_integer_u64(a, ms)), heap_info(p, a, kNil));
        send_event(p, to, "long_gc", a, info);
    }
    if (report_heap) send_event(p, to, "large_heap", a, heap_info(p, a, kNil));
    HeapFragment::destroy(scratch);
}

void system_monitor_long_schedule(Process* p, std::uint64_t ns, Term in) {
    std::uint64_t limit = g_system_monitor_long_schedule_ms.load(std::memory_order_relaxed);
    std::uint64_t ms = ns / 1'000'000;
    Term to = monitor_for(p);
    if (limit == 0 || ms < limit || to == kNil) return;
    HeapFragment* scratch = HeapFragment::create(32);
    FragmentAllocator a(scratch);
    Term out = p->status.load() == ProcessStatus::Exiting ? am_undefined : current_mfa(p, a);
    if (is_small(out)) out = am_undefined;
    if (is_small(in)) in = am_undefined;
    static const Term timeout = bifs::atom("timeout"), in_atom = bifs::atom("in"), out_atom = bifs::atom("out");
    Term info = make_cons(a, make_tuple2(a, out_atom, out), kNil);
    info = make_cons(a, make_tuple2(a, in_atom, in), info);
    info = make_cons(a, make_tuple2(a, timeout, make_integer_u64(a, ms)), info);
    send_event(p, to, "long_schedule", a, info);
    HeapFragment::destroy(scratch);
}

}  // namespace ember::vm

namespace ember::bifs {
namespace {

using namespace vm;

// The current setting as erlang:system_monitor/0 shows it: {Pid, Options} or undefined. A monitor
// process that has ended no longer counts (erl clears the setting at its exit). Under g_mutex.
Term current_setting(Process* p) {
    Term pid = g_monitor.load();
    if (pid == kNil) return am_undefined;
    if (!scheduler::Scheduler::global().is_alive(pid)) {
        g_monitor.store(kNil);
        g_system_monitor_gc.store(false);
        g_system_monitor_long_schedule_ms.store(0);
        return am_undefined;
    }
    // erl's order: busy_dist_port, busy_port, large_heap, long_schedule, long_gc.
    Term opts = kNil;
    if (std::uint64_t v = g_long_gc_ms.load())
        opts = make_cons(*p, make_tuple2(*p, atom("long_gc"), make_integer_u64(*p, v)), opts);
    if (std::uint64_t v = g_system_monitor_long_schedule_ms.load())
        opts = make_cons(*p, make_tuple2(*p, atom("long_schedule"), make_integer_u64(*p, v)), opts);
    if (std::uint64_t v = g_large_heap_words.load())
        opts = make_cons(*p, make_tuple2(*p, atom("large_heap"), make_integer_u64(*p, v)), opts);
    if (g_busy_port.load()) opts = make_cons(*p, atom("busy_port"), opts);
    if (g_busy_dist_port.load()) opts = make_cons(*p, atom("busy_dist_port"), opts);
    return make_tuple2(*p, pid, opts);
}

struct Setting {
    std::uint64_t long_gc = 0, large_heap = 0, long_schedule = 0;
    bool busy_port = false, busy_dist_port = false;
};

// Options: a proper list of busy_port | busy_dist_port | {long_gc | long_schedule | large_heap,
// 0..2^64-1}; a later option replaces an earlier one. Limits as erl's: long_gc and long_schedule at
// least 1 ms, large_heap at least 16384 words.
bool parse_options(Term list, Setting& s) {
    static const Term busy_port = atom("busy_port"), busy_dist_port = atom("busy_dist_port"),
                      long_gc = atom("long_gc"), long_schedule = atom("long_schedule"),
                      large_heap = atom("large_heap");
    for (; is_list(list); list = cdr(list)) {
        Term o = car(list);
        if (o == busy_port) {
            s.busy_port = true;
            continue;
        }
        if (o == busy_dist_port) {
            s.busy_dist_port = true;
            continue;
        }
        std::uint64_t v;
        if (!is_tuple(o) || tuple_arity(o) != 2 || !integer_to_uint64(tuple_element(o, 1), &v)) return false;
        Term key = tuple_element(o, 0);
        if (key == long_gc) s.long_gc = std::max<std::uint64_t>(v, 1);
        else if (key == long_schedule) s.long_schedule = std::max<std::uint64_t>(v, 1);
        else if (key == large_heap) s.large_heap = std::max<std::uint64_t>(v, 16384);
        else return false;
    }
    return list == kNil;
}

// system_monitor(Pid | undefined, Options): sets (an empty list, or undefined, turns it off) and
// returns the setting before.
Term set_monitor(Process* p, Term pid, Term options) {
    Setting s;
    bool off = pid == am_undefined;
    if (!off) {
        if (!is_local_pid(pid) || !parse_options(options, s) ||
            !scheduler::Scheduler::global().is_alive(pid))
            return badarg(p);
        off = options == kNil;
    }
    std::lock_guard lock(g_mutex);
    Term old = current_setting(p);
    g_monitor.store(kNil);  // events stop before the limits change
    g_long_gc_ms.store(s.long_gc);
    g_large_heap_words.store(s.large_heap);
    g_system_monitor_long_schedule_ms.store(off ? 0 : s.long_schedule);
    g_busy_port.store(s.busy_port);
    g_busy_dist_port.store(s.busy_dist_port);
    g_system_monitor_gc.store(!off && (s.long_gc != 0 || s.large_heap != 0));
    if (!off) g_monitor.store(pid);
    return old;
}

EMBER_BIF(bif_system_monitor_0) {
    std::lock_guard lock(g_mutex);
    return current_setting(p);
}

EMBER_BIF(bif_system_monitor_1) {
    Term arg = args[0];
    if (arg == am_undefined) return set_monitor(p, am_undefined, kNil);
    if (!is_tuple(arg) || tuple_arity(arg) != 2) return badarg(p);
    return set_monitor(p, tuple_element(arg, 0), tuple_element(arg, 1));
}

EMBER_BIF(bif_system_monitor_2) { return set_monitor(p, args[0], args[1]); }

const BifSpec kBifs[] = {
    {"erlang", "system_monitor", 0, bif_system_monitor_0, kCapPure},
    {"erlang", "system_monitor", 1, bif_system_monitor_1, kCapSystem},
    {"erlang", "system_monitor", 2, bif_system_monitor_2, kCapSystem},
};

}  // namespace

std::span<const BifSpec> system_monitor_bifs() { return kBifs; }

}  // namespace ember::bifs
