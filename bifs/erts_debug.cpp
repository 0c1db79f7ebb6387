// erts_debug's dirty-scheduler test BIFs (OTP erts/emulator/beam/erl_bif_info.c, erts_debug_dirty_cpu_2,
// erts_debug_dirty_io_2, erts_debug_dirty_3). They tell guest code which kind of thread ran a call, so
// the routing of dirty natives can be checked against erl:
//   erts_debug:dirty_cpu(scheduler, type) -> dirty_cpu     (runs on the dirty CPU pool)
//   erts_debug:dirty_io(scheduler, type)  -> dirty_io      (runs on the dirty IO pool)
//   erts_debug:dirty(Mode, A, B)          -> the same on the pool Mode names: normal | dirty_cpu | dirty_io
//   (wait, Ms)                            -> ok after blocking that thread Ms milliseconds (Ms < 0: at once)
//   (error, notsup | undef | badarith | noproc | system_limit) -> raises that error (other terms: badarg)
//   (copy, Term)                          -> a list of 1000 copies of Term, built on the caller's heap
//   (send, Pid)                           -> ok after sending {ok, Self} to Pid
//   (ready_wait6_done, Pid)               -> ok: {ready, Self} to Pid, six seconds, {done, Self}
// Any other arguments, and any other Mode, raise badarg. erl also accepts reschedule (which moves
// the call between the pools) and alive_waitexiting (which waits on its own exit from a dirty
// scheduler); Ember does not have them: badarg.
//
// And the internal-state switch OTP's test suites use (erl_bif_info.c, erts_debug_set_internal_state_2,
// erts_debug_get_internal_state_1). Both raise undef until set_internal_state(available_internal_state,
// true) (which returns the previous setting); then:
//   set (reds_left, Integer)       -> true (range-checked as erl; see below)
//   set (sleep | block | block_scheduler, Ms) -> true after blocking the caller's thread Ms ms
//   set (binary_loop_limit | re_loop_limit | unicode_loop_limit, N | default) -> the previous limit
//   set (wait, deallocations | thread_progress | aux_work | timer_cancellations) -> ok
//   set (ets_force_trap, _) -> notsup (as erl's release build)
//   set (test_long_gc_sleep, Ms) -> true; every collection sleeps Ms more (vm/system_monitor.hpp)
//   set (force_gc, Pid) -> true; Pid collects (major) at its next slice start, unanswered
//   set (gc_state, Bool) -> the caller's previous state; false defers collections other processes
//       request until true again (vm/process.hpp gc_disabled)
//   get available_internal_state | reds_left | {process_status, Pid} | {binary_info, Bin} | stack_check
//       | persistent_term (#{table => Slots}) | {internal_hash, Term} (OTP's make_internal_hash(Term, 0))
//       | force_heap_frags (false) | process_info_args (erl's item list)
//       | node_and_dist_references (scheduler/dist.hpp) | min_unique_monotonic_integer
//       | unique_monotonic_integer_state | {check_time_config, TimeCorrection, TimeWarpMode} (true)
//   set (unique_monotonic_integer_state, N) -> true (false if N is not a 64-bit integer); the next
//       unique_integer([monotonic]) is min_unique_monotonic_integer + N + 1 (bifs/bif.hpp)
// The loop limits are how many iterations erl's binary/re/unicode BIFs run before they trap; Ember's
// run to the end without trapping, so a limit is only kept (the suites set it to drive erl's trap paths,
// which give the same results). Ember frees memory at once and has no deferred work to wait for.
// Ember's interpreter counts the running slice in a register: get reds_left is the count saved when
// the process was last switched in, and set reds_left does not shorten the running slice.
// Other operations raise badarg, as erl does for the ones it does not know.
#include <pthread.h>

#include <atomic>
#include <chrono>
#include <shared_mutex>
#include <thread>

#include "bifs/bif.hpp"
#include "bifs/erlang_info.hpp"
#include "scheduler/dist.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/dirty.hpp"
#include "vm/system_monitor.hpp"
#include "vm/system_tasks.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/copy.hpp"
#include "vm/hash.hpp"
#include "vm/map.hpp"
#include "vm/messages.hpp"
#include "vm/process.hpp"
#include "vm/runtime_support.hpp"
#include "vm/scratch_heap.hpp"
#include "vm/services.hpp"
#include "vm/term_print.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// The operation itself, on whatever thread the caller was routed to.
Term dirty_test(Process* p, Term op, Term arg) {
    static const Term am_scheduler = atom("scheduler");
    static const Term am_wait = atom("wait");
    if (op == am_scheduler && arg == am_type) {
        switch (current_dirty_kind()) {
            case DirtyKind::Cpu: return atom("dirty_cpu");
            case DirtyKind::Io: return atom("dirty_io");
            case DirtyKind::None: return am_normal;
        }
    }
    if (op == am_wait && is_small(arg)) {
        SWord ms = small_value(arg);
        if (ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        return am_ok;
    }
    // error: raises the named error (badarg for any other term), from whatever thread runs it.
    if (op == atom("error")) {
        static const Term kRaisable[] = {atom("notsup"), am_undef, atom("badarith"), atom("noproc"),
                                         atom("system_limit")};
        for (Term e : kRaisable)
            if (arg == e) {
                raise_error_args(p, e);
                return kNonValue;
            }
        return badarg(p);
    }
    // copy: 1000 copies of arg built on the caller's heap.
    if (op == atom("copy")) {
        Term list = kNil;
        for (int i = 0; i < 1000; ++i) list = make_cons(*p, copy_term(arg, *p), list);
        return list;
    }
    // send: {ok, Self} to arg; ready_wait6_done: {ready, Self}, six seconds, {done, Self}.
    auto tell = [p](Term to, Term tag) {
        if (is_local_pid(to)) deliver_message(to, make_tuple2(*p, tag, p->pid));
    };
    if (op == atom("send")) {
        tell(arg, am_ok);
        return am_ok;
    }
    if (op == atom("ready_wait6_done")) {
        tell(arg, atom("ready"));
        std::this_thread::sleep_for(std::chrono::seconds(6));
        tell(arg, atom("done"));
        return am_ok;
    }
    return badarg(p);
}

EMBER_BIF(bif_erts_debug_dirty_cpu_2) { return dirty_test(p, args[0], args[1]); }
EMBER_BIF(bif_erts_debug_dirty_io_2) { return dirty_test(p, args[0], args[1]); }

// dirty/3 on a dirty pool: the arguments are still (Mode, Op, Arg).
Term dirty_3_on_pool(Process* p, const Term* args) { return dirty_test(p, args[1], args[2]); }
const BifSpec kDirty3Cpu{"erts_debug", "dirty", 3, dirty_3_on_pool, kCapPure, DirtyKind::Cpu};
const BifSpec kDirty3Io{"erts_debug", "dirty", 3, dirty_3_on_pool, kCapPure, DirtyKind::Io};

EMBER_BIF(bif_erts_debug_dirty_3) {
    static const Term am_dirty_cpu = atom("dirty_cpu");
    static const Term am_dirty_io = atom("dirty_io");
    if (args[0] == am_normal) return dirty_test(p, args[1], args[2]);
    if (args[0] == am_dirty_cpu) return schedule_dirty(p, &kDirty3Cpu);
    if (args[0] == am_dirty_io) return schedule_dirty(p, &kDirty3Io);
    return badarg(p);
}

// ---- internal state ------------------------------------------------------------------------------
std::atomic<bool> g_internal_state_available{false};

// erl warns through the system logger when the internal state is turned on (utils.c
// erts_send_warning_to_logger): {log, warning, "~s~n", [Text], Meta}, Meta as for the VM's crash
// reports with tag warning_msg. No logger process (Ember's own boot, or system_logger undefined): no
// warning.
void warn_internal_state_enabled(Process* p) {
    scheduler::Scheduler& sched = scheduler::Scheduler::global();
    Term logger = sched.system_logger();
    if (is_atom(logger) && logger != am_undefined) logger = sched.whereis(logger);
    if (!is_local_pid(logger) || !sched.is_alive(logger)) return;
    std::string text = "Process " + format_term_w(p->pid) +
                       " enabled access to the emulator internal state.\nNOTE: This is an erts internal test feature "
                       "and should *only* be used by OTP test-suites.\n";
    ScratchHeap heap;
    Term el_keys[] = {atom("emulator"), atom("tag")};
    Term el_values[] = {am_true, atom("warning_msg")};
    Term el = map_from_pairs(heap, el_keys, el_values, 2);
    auto now_us = std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::system_clock::now().time_since_epoch()).count();
    Term keys[] = {atom("error_logger"), atom("gl"), atom("pid"), atom("time")};
    Term values[] = {el, p->group_leader, p->pid, make_integer(heap, static_cast<std::int64_t>(now_us))};
    Term meta = map_from_pairs(heap, keys, values, 4);
    Term args = make_cons(heap, make_charlist(heap, text), kNil);
    deliver_message(logger, make_tuple5(heap, atom("log"), atom("warning"), make_charlist(heap, "~s~n"), args, meta));
}

// A loop limit: its setting (0 for binary's "derived from the reductions"), and erl's default.
struct LoopLimit {
    std::atomic<Word> value;
    Word initial;
};
LoopLimit g_binary_loop_limit{{0}, 0};       // erl_bif_binary.c: 0 until set
LoopLimit g_re_loop_limit{{40000}, 40000};   // erl_bif_re.c: CONTEXT_REDS * LOOP_FACTOR
LoopLimit g_unicode_loop_limit{{40000}, 40000};

bool non_negative_small(Term t, Word& out) {
    if (!is_small(t) || small_value(t) < 0) return false;
    out = Word(small_value(t));
    return true;
}

// Another process's status as erts_process_status reads it; undefined when it is gone.
Term process_status(Process* p, Term pid) {
    if (pid == p->pid) return am_running;
    std::shared_lock<std::shared_mutex> lock;
    Process* q = lookup_process(pid, lock);
    if (!q) return am_undefined;
    switch (q->status.load()) {
        case ProcessStatus::Running: return am_running;
        case ProcessStatus::Runnable: return q->suspend_count > 0 ? am_suspended : am_runnable;
        case ProcessStatus::Waiting: return q->suspend_count > 0 ? am_suspended : am_waiting;
        case ProcessStatus::Exiting: return atom("exiting");
        case ProcessStatus::Exited: return am_undefined;
    }
    return am_undefined;
}

// get_internal_state({binary_info, Bin}) (erl_bif_info.c): heap_binary, or for a refc binary (or a sub
// binary of one) {refc_binary, Size, {binary, AllocatedBytes}, Flags}: Size is the refc term's byte
// size, AllocatedBytes what its block holds (a writable block's whole capacity, as erl's orig_size),
// Flags erl's PB_IS_WRITABLE (1) | PB_ACTIVE_WRITER (2). Ember marks the writer active after any append,
// also a binary comprehension's private ones, where erl's flags stay 1.
Term binary_info(Process* p, Term bin) {
    Term original = binary_ref(bin).original;
    const Term* hp = boxed_ptr(original);
    if (header_subtag(hp[0]) != Subtag::RefcBinary) return atom("heap_binary");
    const Binary* b = reinterpret_cast<const Binary*>(hp[2]);
    SWord flags = 0;
    if (b->writable.load(std::memory_order_relaxed)) flags = b->active_writer ? 3 : 1;
    Term allocated = make_tuple2(p, am_binary, make_integer_u64(*p, b->size));
    return make_tuple4(*p, atom("refc_binary"), make_integer_u64(*p, hp[1]), allocated, make_small(flags));
}

// get_internal_state(stack_check): erl recurses on the C stack to its limit and returns the bytes used;
// Ember's natives do not recurse on the C stack for guest data, so this is the calling thread's stack
// headroom (its size less what is in use), which is what the check measures.
std::size_t native_stack_headroom() {
    pthread_attr_t attr;
    void* base = nullptr;
    std::size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    pthread_attr_getstack(&attr, &base, &size);
    pthread_attr_destroy(&attr);
    char here;
    auto used = reinterpret_cast<std::uintptr_t>(static_cast<char*>(base) + size) - reinterpret_cast<std::uintptr_t>(&here);
    return used < size ? size - used : 0;
}

EMBER_BIF(bif_erts_debug_set_internal_state_2) {
    static const Term am_available = atom("available_internal_state");
    static const Term am_reds_left = atom("reds_left");
    static const Term am_sleep = atom("sleep");
    static const Term am_block = atom("block");
    static const Term am_block_scheduler = atom("block_scheduler");
    static const Term am_binary_loop_limit = atom("binary_loop_limit");
    static const Term am_re_loop_limit = atom("re_loop_limit");
    static const Term am_unicode_loop_limit = atom("unicode_loop_limit");
    static const Term am_default = atom("default");
    static const Term am_wait = atom("wait");
    static const Term kWaitable[] = {atom("deallocations"), atom("thread_progress"), atom("aux_work"),
                                     atom("timer_cancellations")};
    const Term what = args[0], arg = args[1];
    if (what == am_available && (arg == am_true || arg == am_false)) {
        bool was = g_internal_state_available.exchange(arg == am_true);
        if (arg == am_true) warn_internal_state_enabled(p);
        return was ? am_true : am_false;
    }
    if (!g_internal_state_available.load()) {
        raise_error_args(p, am_undef);
        return kNonValue;
    }
    if (what == am_reds_left && is_small(arg)) {
        SWord reds = small_value(arg);
        if (reds >= 0 && reds <= kReductionsPerSlice) p->reductions_left = int(reds);
        return am_true;
    }
    if ((what == am_sleep || what == am_block || what == am_block_scheduler) && is_small(arg)) {
        if (small_value(arg) > 0) std::this_thread::sleep_for(std::chrono::milliseconds(small_value(arg)));
        return am_true;
    }
    LoopLimit* limit = what == am_binary_loop_limit    ? &g_binary_loop_limit
                       : what == am_re_loop_limit      ? &g_re_loop_limit
                       : what == am_unicode_loop_limit ? &g_unicode_loop_limit
                                                       : nullptr;
    if (limit) {
        Word n;
        if (arg == am_default) return make_small(SWord(limit->value.exchange(limit->initial)));
        if (non_negative_small(arg, n)) return make_small(SWord(limit->value.exchange(n)));
        return badarg(p);
    }
    // OTP's hook for delayed collections: false makes collections other processes ask for wait
    // until true (the process's own still run; vm/process.hpp). Returns the state before.
    if (what == atom("gc_state") && (arg == am_true || arg == am_false)) {
        bool was_enabled = !p->gc_disabled;
        p->gc_disabled = arg == am_false;
        return make_bool(was_enabled);
    }
    // force_gc, Pid: a major collection of Pid at its next safe slice start, unanswered (erl's
    // FORCE_GC flag); true, or false for a process that is not alive.
    if (what == atom("force_gc") && is_local_pid(arg)) {
        return make_bool(send_request_message(p, arg, [](Process* q, Term, HeapAllocator&) -> Term {
            if (q) force_gc(q);
            return kNonValue;
        }, kNil) && scheduler::Scheduler::global().is_alive(arg));
    }
    if (what == atom("unique_monotonic_integer_state")) {
        // A 64-bit value, signed or not, as erl's (a negative one wraps); false for another term.
        std::uint64_t state;
        std::int64_t signed_state;
        if (integer_to_int64(arg, &signed_state)) state = std::uint64_t(signed_state);
        else if (!integer_to_uint64(arg, &state)) return am_false;
        set_unique_integer_state(state);
        return am_true;
    }
    // OTP's hook for system_monitor long_gc tests: every collection sleeps Arg ms more (0: off).
    if (what == atom("test_long_gc_sleep")) {
        std::uint64_t ms;
        if (!integer_to_uint64(arg, &ms)) return badarg(p);
        g_test_long_gc_sleep_ms.store(ms);
        return am_true;
    }
    if (what == am_wait)
        for (Term w : kWaitable)
            if (arg == w) return am_ok;
    // erl 25 can force its signal queue buffers on (a contention optimisation that keeps the
    // ordering guarantees); Ember's inboxes have none, so there is nothing to switch.
    if (what == atom("proc_sig_buffers") && (arg == am_true || arg == am_false)) return am_true;
    // ETS forced trapping exists only in erl's debug emulators; its release build answers notsup for
    // any argument, and ets_SUITE takes that to mean "run without it".
    if (what == atom("ets_force_trap")) return atom("notsup");
    return badarg(p);
}

EMBER_BIF(bif_erts_debug_get_internal_state_1) {
    static const Term am_available = atom("available_internal_state");
    static const Term am_reds_left = atom("reds_left");
    static const Term am_process_status = atom("process_status");
    if (!g_internal_state_available.load()) {
        raise_error_args(p, am_undef);
        return kNonValue;
    }
    const Term what = args[0];
    if (what == am_available) return am_true;
    if (what == am_reds_left) return make_small(p->reductions_left);
    if (is_tuple(what) && tuple_arity(what) == 2 && tuple_element(what, 0) == am_process_status &&
        is_local_pid(tuple_element(what, 1)))
        return process_status(p, tuple_element(what, 1));
    if (is_tuple(what) && tuple_arity(what) == 2 && tuple_element(what, 0) == atom("binary_info") &&
        is_bitstring(tuple_element(what, 1)))
        return binary_info(p, tuple_element(what, 1));
    if (what == atom("stack_check")) return make_small(SWord(native_stack_headroom()));
    if (what == atom("process_info_args")) return process_info_args(*p);
    if (what == atom("node_and_dist_references")) return scheduler::dist::node_and_dist_references(*p);
    // erl's debug build can force every allocation into heap fragments; Ember never does.
    if (what == atom("force_heap_frags")) return am_false;
    if (what == atom("persistent_term")) return persistent_term_table_info(p);
    if (is_tuple(what) && tuple_arity(what) == 2 && tuple_element(what, 0) == atom("internal_hash"))
        return make_small(SWord(internal_hash(tuple_element(what, 1), 0)));
    if (what == atom("min_unique_monotonic_integer")) return make_small(kMinSmall);
    if (what == atom("unique_monotonic_integer_state")) return make_integer_u64(*p, unique_integer_state());
    // Every time warp mode works with and without time correction on Ember (bifs/clocks.hpp).
    if (is_tuple(what) && tuple_arity(what) == 3 && tuple_element(what, 0) == atom("check_time_config")) {
        Term tc = tuple_element(what, 1), mode = tuple_element(what, 2);
        if ((tc == am_true || tc == am_false) &&
            (mode == atom("no_time_warp") || mode == atom("single_time_warp") || mode == atom("multi_time_warp")))
            return am_true;
    }
    return badarg(p);
}

const BifSpec kBifs[] = {
    {"erts_debug", "dirty_cpu", 2, bif_erts_debug_dirty_cpu_2, kCapPure, DirtyKind::Cpu},
    {"erts_debug", "dirty_io", 2, bif_erts_debug_dirty_io_2, kCapPure, DirtyKind::Io},
    {"erts_debug", "dirty", 3, bif_erts_debug_dirty_3, kCapPure},
    {"erts_debug", "set_internal_state", 2, bif_erts_debug_set_internal_state_2, kCapSystem},
    {"erts_debug", "get_internal_state", 1, bif_erts_debug_get_internal_state_1, kCapSystem},
};

}  // namespace

std::span<const BifSpec> erts_debug_bifs() { return kBifs; }

}  // namespace ember::bifs
