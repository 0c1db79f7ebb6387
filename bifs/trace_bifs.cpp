// erts_internal:trace/3 (erlang:trace/3), erlang:trace_info/2 and erlang:trace_delivered/1
// (OTP erl_bif_trace.c; erlang module docs; docs/tracing.md).
#include <shared_mutex>
#include <vector>

#include "bifs/bif.hpp"
#include "bifs/trace_internal.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/messages.hpp"
#include "vm/services.hpp"

namespace ember::bifs {

Term trace_info_function(Process* p, Term mfa, Term item);  // bifs/trace_calls.cpp
Term trace_info_on_load(Process* p, Term item);             // bifs/trace_calls.cpp

namespace {

using namespace ember::vm;
using scheduler::Scheduler;

struct FlagName {
    const char* name;
    std::uint32_t bit;
};
// In the order erl's trace_info(Pid, flags) lists them.
constexpr FlagName kFlagNames[] = {
    {"running_procs", kTraceRunningProcs}, {"running_ports", kTraceRunningPorts},
    {"ports", kTracePorts},                {"scheduler_id", kTraceSchedulerId},
    {"silent", kTraceSilent},              {"return_to", kTraceReturnTo},
    {"arity", kTraceArity},                {"garbage_collection", kTraceGc},
    {"exiting", kTraceExiting},            {"running", kTraceRunning},
    {"set_on_first_link", kTraceSetOnFirstLink}, {"set_on_link", kTraceSetOnLink},
    {"set_on_first_spawn", kTraceSetOnFirstSpawn}, {"procs", kTraceProcs},
    {"call", kTraceCall},                  {"set_on_spawn", kTraceSetOnSpawn},
    {"receive", kTraceReceive},            {"send", kTraceSend},
    {"monotonic_timestamp", kTraceMonotonicTs}, {"strict_monotonic_timestamp", kTraceStrictMonotonicTs},
    {"timestamp", kTraceTimestamp},
};
constexpr std::uint32_t kAllFlags = [] {
    std::uint32_t all = 0;
    for (const FlagName& f : kFlagNames) all |= f.bit;
    return all;
}();

Term flag_list(Process* p, std::uint32_t flags) {
    Term list = kNil;
    for (std::size_t i = std::size(kFlagNames); i-- > 0;)
        if (flags & kFlagNames[i].bit) list = make_cons(*p, atom(kFlagNames[i].name), list);
    return list;
}

// The flag list of erlang:trace/3: the flag bits and the tracer (kNil if not given). false: badarg.
bool parse_trace_flags(Term list, std::uint32_t& flags, Term& tracer) {
    static const Term all = atom("all"), tracer_atom = atom("tracer");
    if (list_length(list) < 0) return false;
    for (Term l = list; is_list(l); l = cdr(l)) {
        Term e = car(l);
        if (e == all) {
            flags |= kAllFlags;
            continue;
        }
        if (is_tuple(e) && tuple_arity(e) == 2 && tuple_element(e, 0) == tracer_atom) {
            // A pid or port tracer ({tracer, Module, State} is not supported).
            if (!is_local_pid(tuple_element(e, 1)) && !is_local_port(tuple_element(e, 1))) return false;
            tracer = tuple_element(e, 1);
            continue;
        }
        if (!is_atom(e)) return false;
        bool known = false;
        for (const FlagName& f : kFlagNames)
            if (e == atom(f.name)) {
                flags |= f.bit;
                known = true;
            }
        if (!known) return false;  // cpu_timestamp and unknown flags
    }
    return true;
}

// Sets or clears `flags` on q with `tracer`. False when q already has another live tracer (erl:
// "can only have one tracer per process").
bool apply_to(Process* q, bool on, std::uint32_t flags, Term tracer) {
    std::uint32_t old = q->trace_flags.load(std::memory_order_relaxed);
    Term old_tracer = q->tracer.load(std::memory_order_relaxed);
    if (on) {
        if (old != 0 && old_tracer != tracer && trace::tracer_alive(old_tracer))
            return false;
        g_trace_ever_on.store(true, std::memory_order_relaxed);
        q->tracer.store(tracer, std::memory_order_relaxed);
        q->trace_flags.store((old_tracer == tracer ? old : 0) | flags, std::memory_order_relaxed);
    } else {
        std::uint32_t left = old & ~flags;
        q->trace_flags.store(left, std::memory_order_relaxed);
        if (left == 0) q->tracer.store(kNil, std::memory_order_relaxed);
    }
    return true;
}

// erts_internal:trace(PidSpec, How, FlagList): the number of processes whose flags were changed.
EMBER_BIF(bif_trace_3) {
    static const Term all = atom("all"), processes = atom("processes"), existing = atom("existing"),
                      existing_processes = atom("existing_processes"), new_ = atom("new"),
                      new_processes = atom("new_processes");
    Term spec = args[0], how = args[1];
    if (how != am_true && how != am_false) return badarg(p);
    bool on = how == am_true;
    std::uint32_t flags = 0;
    Term tracer = kNil;
    if (!parse_trace_flags(args[2], flags, tracer)) return badarg(p);
    if (tracer == kNil) tracer = p->pid;
    if (is_local_pid(spec)) {
        if (spec == p->pid) return apply_to(p, on, flags, tracer) ? make_small(1) : badarg(p);
        std::shared_lock<std::shared_mutex> lock;
        Process* q = lookup_process(spec, lock);
        if (!q || !apply_to(q, on, flags, tracer)) return badarg(p);
        return make_small(1);
    }
    bool do_existing = spec == all || spec == processes || spec == existing || spec == existing_processes;
    bool do_new = spec == all || spec == processes || spec == new_ || spec == new_processes;
    if (!do_existing && !do_new) return badarg(p);  // ports and port specs are not supported
    if (do_new) {
        std::uint32_t old = g_trace_new_processes.load(std::memory_order_relaxed);
        std::uint32_t now = on ? old | flags : old & ~flags;
        g_trace_new_tracer.store(now ? tracer : kNil, std::memory_order_relaxed);
        if (now != 0) g_trace_ever_on.store(true, std::memory_order_relaxed);
        g_trace_new_processes.store(now, std::memory_order_relaxed);
    }
    SWord count = 0;
    if (do_existing) {
        for (Term pid : Scheduler::global().all_pids()) {
            if (pid == p->pid) {
                count += apply_to(p, on, flags, tracer);
                continue;
            }
            std::shared_lock<std::shared_mutex> lock;
            Process* q = lookup_process(pid, lock);
            if (q && apply_to(q, on, flags, tracer)) ++count;
        }
    }
    return make_small(count);
}

// erlang:trace_info(PidOrFunc, Item).
EMBER_BIF(bif_trace_info_2) {
    static const Term flags_atom = atom("flags"), tracer_atom = atom("tracer"), new_ = atom("new"),
                      new_processes = atom("new_processes"), on_load = atom("on_load");
    Term what = args[0], item = args[1];
    if (is_tuple(what) && tuple_arity(what) == 3) return trace_info_function(p, what, item);
    if (what == on_load) return trace_info_on_load(p, item);
    if (item != flags_atom && item != tracer_atom) return badarg(p);
    std::uint32_t flags;
    Term tracer;
    if (what == new_ || what == new_processes) {
        flags = g_trace_new_processes.load(std::memory_order_relaxed);
        tracer = g_trace_new_tracer.load(std::memory_order_relaxed);
    } else if (is_local_pid(what)) {
        if (what == p->pid) {
            flags = p->trace_flags.load(std::memory_order_relaxed);
            tracer = p->tracer.load(std::memory_order_relaxed);
        } else {
            std::shared_lock<std::shared_mutex> lock;
            Process* q = lookup_process(what, lock);
            if (!q) return am_undefined;
            flags = q->trace_flags.load(std::memory_order_relaxed);
            tracer = q->tracer.load(std::memory_order_relaxed);
        }
    } else {
        return badarg(p);
    }
    if (flags != 0 && tracer != p->pid && !trace::tracer_alive(tracer)) {
        flags = 0;  // a dead tracer traces nothing (erl drops its tracees' flags when it notices)
        tracer = kNil;
    }
    if (item == flags_atom) return make_tuple2(*p, flags_atom, flag_list(p, flags));
    return make_tuple2(*p, tracer_atom, flags != 0 && tracer != kNil ? tracer : kNil);
}

// erlang:trace_delivered(Tracee): Ember puts a trace message into the tracer's inbox when the event
// happens, so every message Tracee generated so far is already delivered: the answer goes out at once.
EMBER_BIF(bif_trace_delivered_1) {
    static const Term all = atom("all"), trace_delivered = atom("trace_delivered");
    if (args[0] != all && !is_local_pid(args[0])) return badarg(p);
    Term ref = make_ref(*p, next_reference_id());
    deliver_message(p->pid, make_tuple3(*p, trace_delivered, args[0], ref));  // not a traced send
    return ref;
}

const vm::BifSpec kTraceBifs[] = {
    {"erts_internal", "trace", 3, bif_trace_3, vm::kCapSystem},
    {"erlang", "trace_info", 2, bif_trace_info_2, vm::kCapSystem},
    {"erlang", "trace_delivered", 1, bif_trace_delivered_1, vm::kCapSystem},
};

}  // namespace

std::span<const vm::BifSpec> trace_bifs() { return kTraceBifs; }

namespace trace {
bool parse_flags(Term list, std::uint32_t& flags, Term& tracer) { return parse_trace_flags(list, flags, tracer); }
bool set_match_trace(vm::Process* q, Term tracer, std::uint32_t off, std::uint32_t on, bool* changed) {
    Term held = q->tracer.load(std::memory_order_relaxed);
    if (tracer != kNil && tracer != held && held != kNil && tracer_alive(held)) return false;
    std::uint32_t old = q->trace_flags.load(std::memory_order_relaxed);
    std::uint32_t now = (old & ~off) | on;
    if (now != 0 && tracer != kNil) g_trace_ever_on.store(true, std::memory_order_relaxed);
    q->tracer.store(now != 0 ? tracer : kNil, std::memory_order_relaxed);
    q->trace_flags.store(now, std::memory_order_relaxed);
    *changed = now != old;
    return true;
}
std::atomic<std::uint32_t> g_control_word{0};
}  // namespace trace

}  // namespace ember::bifs
