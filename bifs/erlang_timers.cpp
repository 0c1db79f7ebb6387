// erlang:send_after/3,4, start_timer/3,4, cancel_timer/1,2, read_timer/1,2 (OTP erl_hl_timer.c
// semantics): timers live on the scheduler's timer heap; a TimerRef is a reference whose id names the
// timer. Times are in milliseconds; {abs, true} deadlines are erlang:monotonic_time(millisecond) values.
#include "bifs/bif.hpp"
#include "bifs/clocks.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/messages.hpp"

namespace ember::bifs {

using namespace ember::vm;
using scheduler::Scheduler;

namespace {

// Parses a timer start: time and options. Returns false for badarg: a time that is not a small
// integer, a negative relative time, an absolute time before the VM started, bad options.
bool deadline_of(Term time, Term options, std::uint64_t* deadline) {
    static const Term abs_atom = AtomTable::global().intern("abs");
    bool abs = false;
    Term t = options;
    for (; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (!is_tuple(o) || tuple_arity(o) != 2 || tuple_element(o, 0) != abs_atom || !is_boolean(tuple_element(o, 1)))
            return false;
        abs = tuple_element(o, 1) == am_true;
    }
    if (t != kNil || !is_small(time)) return false;
    SWord ms = small_value(time);
    std::uint64_t now = Scheduler::global().now_ns();
    constexpr SWord kMaxMs = SWord(1) << 42;  // about 139 years: far beyond any deadline that matters
    if (abs) {
        // {abs, true}: an erlang:monotonic_time(millisecond) value.
        if (ms < monotonic_start_ns() / 1'000'000 || ms > kMaxMs) return false;
        std::int64_t steady = steady_ns_of_monotonic(ms * 1'000'000);
        *deadline = steady > static_cast<std::int64_t>(now) ? static_cast<std::uint64_t>(steady) : now;
        return true;
    }
    if (ms < 0 || ms > kMaxMs) return false;
    *deadline = now + static_cast<std::uint64_t>(ms) * 1'000'000u;
    return true;
}

// A timer to a pid belongs to that process: one aimed at a pid that is already gone is dead at once
// (reading or cancelling it gives false), and one whose target exits is cancelled then (checked when
// it is read, cancelled or due).
Term start(Process* p, const Term* args, Term options, bool timeout_tuple) {
    Term dest = args[1];
    if (!is_local_pid(dest) && !is_atom(dest)) return badarg(p);
    std::uint64_t deadline;
    if (!deadline_of(args[0], options, &deadline)) return badarg(p);
    std::uint64_t id = Scheduler::global().start_message_timer(deadline, dest, args[2], timeout_tuple);
    return make_ref(*p, id);
}

EMBER_BIF(bif_send_after_3) { return start(p, args, kNil, false); }
EMBER_BIF(bif_send_after_4) { return start(p, args, args[3], false); }
EMBER_BIF(bif_start_timer_3) { return start(p, args, kNil, true); }
EMBER_BIF(bif_start_timer_4) { return start(p, args, args[3], true); }

// Result of cancel/read: milliseconds left (rounded up, as erl), or false.
Term time_left(std::int64_t ns) {
    if (ns < 0) return am_false;
    return make_small((ns + 999'999) / 1'000'000);
}

// cancel_timer options: {async, Bool} (reply as a message) and {info, Bool}; read_timer: {async, Bool}.
Term timer_op(Process* p, Term ref, Term options, bool cancel) {
    if (!is_local_ref(ref) || list_length(options) < 0) return badarg(p);
    bool async = false, info = true;
    AtomTable& atoms = AtomTable::global();
    for (Term t = options; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (!is_tuple(o) || tuple_arity(o) != 2 || !is_boolean(tuple_element(o, 1))) return badarg(p);
        if (tuple_element(o, 0) == atoms.intern("async")) async = tuple_element(o, 1) == am_true;
        else if (cancel && tuple_element(o, 0) == am_info) info = tuple_element(o, 1) == am_true;
        else return badarg(p);
    }
    std::uint64_t id = ref_id(ref);
    std::int64_t left = cancel ? Scheduler::global().cancel_message_timer(id) : Scheduler::global().read_message_timer(id);
    Term result = time_left(left);
    if (async) {
        if (info) {
            Term tag = atoms.intern(cancel ? "cancel_timer" : "read_timer");
            deliver_message(p->pid, make_tuple3(*p, tag, ref, result));
        }
        return am_ok;
    }
    return info ? result : am_ok;
}

EMBER_BIF(bif_cancel_timer_1) { return timer_op(p, args[0], kNil, true); }
EMBER_BIF(bif_cancel_timer_2) { return timer_op(p, args[0], args[1], true); }
EMBER_BIF(bif_read_timer_1) { return timer_op(p, args[0], kNil, false); }
EMBER_BIF(bif_read_timer_2) { return timer_op(p, args[0], args[1], false); }

const BifSpec kBifs[] = {
    {"erlang", "send_after", 3, bif_send_after_3, kCapTime},
    {"erlang", "send_after", 4, bif_send_after_4, kCapTime},
    {"erlang", "start_timer", 3, bif_start_timer_3, kCapTime},
    {"erlang", "start_timer", 4, bif_start_timer_4, kCapTime},
    {"erlang", "cancel_timer", 1, bif_cancel_timer_1, kCapTime},
    {"erlang", "cancel_timer", 2, bif_cancel_timer_2, kCapTime},
    {"erlang", "read_timer", 1, bif_read_timer_1, kCapTime},
    {"erlang", "read_timer", 2, bif_read_timer_2, kCapTime},
};

}  // namespace

std::span<const BifSpec> erlang_timer_bifs() { return kBifs; }

}  // namespace ember::bifs
