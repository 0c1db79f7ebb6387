// erlang module BIFs about processes: spawn, links, monitors, exits, names, the process dictionary,
// send, apply, halt (OTP erts bif.c, erl_bif_info.c; semantics per the erlang module docs).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "bifs/bif.hpp"
#include "bifs/erlang_info.hpp"
#include "scheduler/dist.hpp"
#include "scheduler/ports.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/map.hpp"
#include "vm/bignum.hpp"
#include "vm/capabilities.hpp"
#include "vm/compare.hpp"
#include "vm/copy.hpp"
#include "vm/dist_hooks.hpp"
#include "vm/external_ids.hpp"
#include "vm/gc.hpp"
#include "vm/messages.hpp"
#include "vm/node_name.hpp"
#include "vm/term_print.hpp"
#include "vm/trace.hpp"

namespace ember::bifs {

using namespace ember::vm;
using scheduler::Scheduler;
using scheduler::SpawnOptions;

namespace {

Term do_spawn(Process* p, Term m, Term f, Term args, const SpawnOptions& o) {
    if (!is_atom(m) || !is_atom(f) || list_length(args) < 0) return badarg(p);
    Term ref = kNil;
    Term child = Scheduler::global().spawn(p, m, f, args, o, &ref);
    if (o.monitor) return make_tuple2(*p, child, ref);
    return child;
}

// Which funs a spawn BIF takes (OTP erlang.erl): spawn/1, spawn_link/1 and spawn_opt/2 take any fun
// or {M, F} with atoms, and the child's erlang:apply(Fun, []) exits with badarity or badfun;
// spawn_monitor/1 takes only a fun of arity 0.
enum class FunCheck { AnyFun, Arity0 };

Term spawn_fun(Process* p, Term fun, const SpawnOptions& o, FunCheck check = FunCheck::AnyFun) {
    bool ok = check == FunCheck::Arity0
                  ? is_fun(fun) && fun_arity(fun) == 0
                  : is_fun(fun) || (is_tuple(fun) && tuple_arity(fun) == 2 && is_atom(tuple_element(fun, 0)) &&
                                    is_atom(tuple_element(fun, 1)));
    if (!ok) return badarg(p);
    Term args = make_cons(*p, fun, make_cons(*p, kNil, kNil));
    return do_spawn(p, am_erlang, am_apply, args, o);
}

EMBER_BIF(bif_self) { return p->pid; }
EMBER_BIF(bif_spawn_1) { return spawn_fun(p, args[0], {}); }
EMBER_BIF(bif_spawn_3) { return do_spawn(p, args[0], args[1], args[2], {}); }
EMBER_BIF(bif_spawn_link_1) { return spawn_fun(p, args[0], {.link = true}); }
EMBER_BIF(bif_spawn_link_3) { return do_spawn(p, args[0], args[1], args[2], {.link = true}); }
EMBER_BIF(bif_spawn_monitor_1) { return spawn_fun(p, args[0], {.monitor = true}, FunCheck::Arity0); }
EMBER_BIF(bif_spawn_monitor_3) { return do_spawn(p, args[0], args[1], args[2], {.monitor = true}); }

Term max_queue_len_atom() {
    static const Term a = AtomTable::global().intern("max_message_queue_len");
    return a;
}

bool parse_spawn_opts(Term opts, SpawnOptions& o) {
    for (; is_list(opts); opts = cdr(opts)) {
        Term opt = car(opts);
        if (opt == am_link) o.link = true;
        else if (opt == am_monitor) o.monitor = true;
        else if (is_tuple(opt) && tuple_arity(opt) == 2 && tuple_element(opt, 0) == am_monitor) {
            if (!parse_monitor_options(tuple_element(opt, 1), o.monitor_alias, o.monitor_tag)) return false;
            o.monitor = true;
        }
        else if (is_tuple(opt) && tuple_arity(opt) == 2 && tuple_element(opt, 0) == am_priority) {
            Term pr = tuple_element(opt, 1);
            if (pr == am_low) o.priority = Priority::Low;
            else if (pr == am_normal) o.priority = Priority::Normal;
            else if (pr == am_high) o.priority = Priority::High;
            else if (pr == am_max) o.priority = Priority::Max;
            else return false;
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 && tuple_element(opt, 0) == max_queue_len_atom()) {
            // Ember's overload protection (docs/processes.md): a non-negative integer, 0 = off.
            Term n = tuple_element(opt, 1);
            if (!is_small(n) || small_value(n) < 0) return false;
            o.max_message_queue_len = static_cast<std::size_t>(small_value(n));
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 &&
                   (tuple_element(opt, 0) == atom("min_heap_size") || tuple_element(opt, 0) == atom("min_bin_vheap_size"))) {
            // A non-negative small integer (erl: badarg otherwise). min_bin_vheap_size is checked but,
            // as in erl 25 (process_info shows the default), not applied.
            Term n = tuple_element(opt, 1);
            if (!is_small(n) || small_value(n) < 0) return false;
            if (tuple_element(opt, 0) == atom("min_heap_size")) o.min_heap_size = Word(small_value(n));
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 && tuple_element(opt, 0) == atom("capabilities")) {
            // Ember: the child holds at most these (docs/capabilities.md); repeated options intersect.
            CapabilitySet set;
            if (!parse_capability_list(tuple_element(opt, 1), set)) return false;
            o.capabilities &= set;
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 && tuple_element(opt, 0) == atom("fullsweep_after")) {
            Term n = tuple_element(opt, 1);
            if (!is_small(n) || small_value(n) < 0) return false;
            o.fullsweep_after = Word(small_value(n));
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 && tuple_element(opt, 0) == atom("message_queue_data")) {
            Term v = tuple_element(opt, 1);
            if (v != atom("off_heap") && v != am_on_heap) return false;
            o.message_queue_off_heap = v == atom("off_heap");
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 && tuple_element(opt, 0) == am_max_heap_size) {
            MaxHeapSize v;
            if (!parse_max_heap_size(tuple_element(opt, 1), v)) return false;
            o.max_heap_size = v;
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 && is_atom(tuple_element(opt, 0))) {
            // Other erl options: accepted, not applied (docs/processes.md).
        } else {
            return false;
        }
    }
    // As erl (OTP erts_parse_spawn_opts): a max_heap_size below the min_heap_size the options give (233
    // by default, rounded up to a heap size) is a bad option, in whichever order they come.
    if (o.max_heap_size && o.max_heap_size->size != 0 && o.max_heap_size->size < next_heap_size(std::max<Word>(o.min_heap_size, 233)))
        return false;
    return opts == kNil;
}
EMBER_BIF(bif_spawn_opt_2) {
    SpawnOptions o;
    if (!parse_spawn_opts(args[1], o)) return badarg(p);
    return spawn_fun(p, args[0], o);
}
EMBER_BIF(bif_spawn_opt_4) {
    SpawnOptions o;
    if (!parse_spawn_opts(args[3], o)) return badarg(p);
    return do_spawn(p, args[0], args[1], args[2], o);
}

EMBER_BIF(bif_link) {
    Term pid = args[0];
    if (is_external_pid(pid)) {
        // A process of another node: the link is set here at once and the LINK goes over the
        // connection (made if needed); a node that cannot be reached answers noconnection.
        pid = intern_external(pid);
        if (!p->rel().links.insert(pid).second) return am_true;
        send_signal(pid, make_signal(SignalKind::Link, p->pid));
        return am_true;
    }
    if (!is_local_pid(pid) && !is_local_port(pid)) return badarg(p);
    if (pid == p->pid) return am_true;
    bool alive = is_local_port(pid) ? scheduler::port_alive(pid) : Scheduler::global().is_alive(pid);
    if (!alive) {
        // As erl 25: without trap_exit, error noproc; with it, true and {'EXIT', Pid, noproc}.
        if (!p->trap_exit) {
            raise_error(p, am_noproc);
            return kNonValue;
        }
        p->rel().links.insert(pid);
        Signal* s = make_signal(SignalKind::Exit, pid, am_noproc);
        s->linked_exit = true;
        send_signal(p->pid, s);
        return am_true;
    }
    p->rel().links.insert(pid);
    send_signal(pid, make_signal(SignalKind::Link, p->pid));
    // set_on_link applies to spawn_link only (erl 25: link/1 passes no trace flags on).
    if (p->trace_flags.load(std::memory_order_relaxed) & kTraceProcs) [[unlikely]]
        trace_proc_event(p, am_link, pid);
    return am_true;
}

EMBER_BIF(bif_unlink) {
    Term pid = args[0];
    if (is_external_pid(pid)) {
        pid = intern_external(pid);
        if (p->rel().links.erase(pid)) send_signal(pid, make_signal(SignalKind::Unlink, p->pid));
        return am_true;
    }
    if (!is_local_pid(pid) && !is_local_port(pid)) return badarg(p);
    p->rel().links.erase(pid);
    send_signal(pid, make_signal(SignalKind::Unlink, p->pid));
    if (p->trace_flags.load(std::memory_order_relaxed) & kTraceProcs) [[unlikely]]
        trace_proc_event(p, atom("unlink"), pid);
    return am_true;
}

// monitor/2,3. A monitor by name ({Name, Node} or Name) reports {Name, Node} in its 'DOWN' message;
// a monitor of the caller itself does nothing (erl creates none).
Term monitor_impl(Process* p, Term type, Term target, Term opts) {
    AliasMode alias = AliasMode::None;
    Term tag = kNil;
    static const Term am_time_offset = atom("time_offset"), am_clock_service = atom("clock_service");
    if (type == am_time_offset && target == am_clock_service && parse_monitor_options(opts, alias, tag)) {
        std::uint64_t id = Scheduler::global().next_ref_id();
        if (alias != AliasMode::None) Scheduler::global().activate_alias(p, id, alias);
        Process::MonitorInfo info{am_undefined, kNil, tag, alias, false, kNil};
        info.time_offset = true;
        p->rel().monitors[id] = info;
        add_time_offset_monitor(p->pid, id);
        return make_ref(*p, id);
    }
    if ((type != am_process && type != am_port) || !parse_monitor_options(opts, alias, tag)) return badarg(p);
    bool port = type == am_port;
    Term name = kNil;
    Term pid = target;
    Term node = kNil;  // another node's
    if (is_atom(target)) {
        name = target;
    } else if (is_tuple(target) && tuple_arity(target) == 2 && is_atom(tuple_element(target, 0)) &&
               is_atom(tuple_element(target, 1))) {
        name = tuple_element(target, 0);
        if (tuple_element(target, 1) != this_node()) {
            if (port) return badarg(p);
            node = tuple_element(target, 1);
        }
    } else if (!port && is_external_pid(target)) {
        pid = intern_external(target);
        node = external_node(target);
    } else if (port && is_external_port(target) && external_node(target) == this_node()) {
        // A port of an old incarnation of this node (its name, another creation): 'DOWN' noproc at
        // once, as erl answers. Another node's ports cannot be monitored (badarg, below).
        std::uint64_t id = Scheduler::global().next_ref_id();
        Term ref = make_ref(*p, id);
        if (alias != AliasMode::None) Scheduler::global().activate_alias(p, id, alias);
        Term old = intern_external(target);
        p->rel().monitors[id] = Process::MonitorInfo{old, kNil, tag, alias, true};
        send_signal(p->pid, make_signal(SignalKind::MonitorDown, old, am_noproc, make_small(SWord(id))));
        return ref;
    } else if (port ? !is_local_port(target) : !is_local_pid(target)) {
        return badarg(p);
    }
    if (node != kNil) {
        // A process of another node, by pid or name: MONITOR_P over the connection; 'DOWN'
        // noconnection if the node cannot be reached.
        std::uint64_t id = Scheduler::global().next_ref_id();
        Term ref = make_ref(*p, id);
        if (alias != AliasMode::None) Scheduler::global().activate_alias(p, id, alias);
        p->rel().monitors[id] = Process::MonitorInfo{name != kNil ? am_undefined : pid, name, tag, alias, false, node};
        Signal* s = make_signal(SignalKind::Monitor, p->pid, kNil, make_small(static_cast<SWord>(id)));
        if (name != kNil) {
            if (DistSignalHandler* h = dist_signal_handler()) h->node_signal(node, name, s);
            else delete s;
        } else {
            send_signal(pid, s);
        }
        return ref;
    }
    if (name != kNil) pid = Scheduler::global().whereis(name);
    // A name that holds no entity of the monitored type gets 'DOWN' noproc at once.
    if (name != kNil && pid != am_undefined && is_local_port(pid) != port) pid = am_undefined;
    std::uint64_t id = Scheduler::global().next_ref_id();
    Term ref = make_ref(*p, id);
    if (alias != AliasMode::None) Scheduler::global().activate_alias(p, id, alias);
    if (pid == p->pid) return ref;
    Term ref_id_term = make_small(static_cast<SWord>(id));
    p->rel().monitors[id] = Process::MonitorInfo{pid, name, tag, alias, port};
    if (pid == am_undefined) {
        // No such name: 'DOWN' with noproc at once.
        send_signal(p->pid, make_signal(SignalKind::MonitorDown, pid, am_noproc, ref_id_term));
        return ref;
    }
    // A dead or exiting target answers with 'DOWN' noproc (vm/messages.cpp answer_undeliverable).
    send_signal(pid, make_signal(SignalKind::Monitor, p->pid, kNil, ref_id_term));
    return ref;
}
EMBER_BIF(bif_monitor_2) { return monitor_impl(p, args[0], args[1], kNil); }
EMBER_BIF(bif_monitor_3) { return monitor_impl(p, args[0], args[1], args[2]); }

// alias/0,1 (options explicit_unalias | reply) and unalias/1.
EMBER_BIF(bif_alias_0) {
    std::uint64_t id = Scheduler::global().next_ref_id();
    Scheduler::global().activate_alias(p, id, AliasMode::ExplicitUnalias);
    return make_ref(*p, id);
}
EMBER_BIF(bif_alias_1) {
    static const Term explicit_unalias = AtomTable::global().intern("explicit_unalias");
    static const Term reply = AtomTable::global().intern("reply");
    AliasMode mode = AliasMode::ExplicitUnalias;
    Term t = args[0];
    for (; is_list(t); t = cdr(t)) {
        if (car(t) == explicit_unalias) mode = AliasMode::ExplicitUnalias;
        else if (car(t) == reply) mode = AliasMode::Reply;
        else return badarg(p);
    }
    if (t != kNil) return badarg(p);
    std::uint64_t id = Scheduler::global().next_ref_id();
    Scheduler::global().activate_alias(p, id, mode);
    return make_ref(*p, id);
}
EMBER_BIF(bif_unalias_1) {
    if (!is_local_ref(args[0])) return badarg(p);
    std::uint64_t id = ref_id(args[0]);
    bool active = p->aliases && p->aliases->count(id);
    if (active) deactivate_alias(p, id);
    return make_bool(active);
}

Term demonitor(Process* p, Term ref, bool flush, bool info) {
    if (!is_local_ref(ref)) return badarg(p);
    std::uint64_t id = ref_id(ref);
    auto it = p->rel().monitors.find(id);
    if (it != p->rel().monitors.end() && is_pending_spawn_monitor(it->second)) return info ? am_false : am_true;
    static const Term am_CHANGE = atom("CHANGE");
    bool time_offset = it != p->rel().monitors.end() && it->second.time_offset;
    Term tag = it == p->rel().monitors.end() || it->second.tag == kNil ? (time_offset ? am_CHANGE : am_DOWN)
                                                                      : it->second.tag;
    bool found = remove_monitor(p, id);
    // An active monitor has no 'DOWN' queued yet (fetch_signals turns the signal into a message only
    // for a monitor it still has, and drops it now): only a monitor already gone needs the scan. A
    // time offset monitor may have a 'CHANGE' queued while it stays active.
    if (flush && (!found || time_offset)) {
        // Remove a 'DOWN' (or tagged) message for this monitor already in the queue.
        fetch_signals(p);
        for (Message** m = &p->queue_head; *m; m = &(*m)->next) {
            Term msg = (*m)->term;
            if (is_tuple(msg) && tuple_arity(msg) == 5 && is_local_ref(tuple_element(msg, 1)) &&
                ref_id(tuple_element(msg, 1)) == id && exact_equal(tuple_element(msg, 0), tag)) {
                Message** saved = p->save;
                p->save = m;
                remove_current_message(p);
                p->save = saved == m ? &p->queue_head : saved;
                break;
            }
        }
    }
    return info ? make_bool(found) : am_true;
}
EMBER_BIF(bif_demonitor_1) { return demonitor(p, args[0], false, false); }
EMBER_BIF(bif_demonitor_2) {
    bool flush = false, info = false;
    Term opts = args[1];
    for (; is_list(opts); opts = cdr(opts)) {
        if (car(opts) == am_flush) flush = true;
        else if (car(opts) == am_info) info = true;
        else return badarg(p);
    }
    if (opts != kNil) return badarg(p);
    return demonitor(p, args[0], flush, info);
}

EMBER_BIF(bif_exit_1) {
    raise_exit(p, args[0]);
    return kNonValue;
}
EMBER_BIF(bif_exit_2) {
    Term pid = args[0];
    Term reason = args[1];
    if (is_external_pid(pid)) {
        send_signal(pid, make_signal(SignalKind::Exit, p->pid, reason));
        return am_true;
    }
    if (!is_local_pid(pid) && !is_local_port(pid)) return badarg(p);
    send_signal(pid, make_signal(SignalKind::Exit, p->pid, reason));
    if (pid == p->pid) {
        // A signal to self takes effect before exit/2 returns.
        if (!fetch_signals(p)) {
            p->exit_now = true;
            return kNonValue;
        }
    }
    return am_true;
}
EMBER_BIF(bif_error_1) {
    raise_error(p, args[0]);
    return kNonValue;
}
EMBER_BIF(bif_error_2) {
    raise_error(p, args[0]);
    p->exc_args = args[1];
    return kNonValue;
}
EMBER_BIF(bif_error_3) {
    // error(Reason, Args, Options): an {error_info, Map} option goes into the first frame's location.
    if (list_length(args[2]) < 0) return badarg(p);
    raise_error(p, args[0]);
    p->exc_args = args[1];
    std::vector<Term> info;
    for (Term t = args[2]; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (is_tuple(o) && tuple_arity(o) == 2 && tuple_element(o, 0) == am_error_info) info.push_back(o);
    }
    p->exc_error_info = make_list_of(*p, info.data(), info.size());
    return kNonValue;
}
EMBER_BIF(bif_throw) {
    raise_throw(p, args[0]);
    return kNonValue;
}
// raise/3's stacktrace as erl checks it (bif.c raise_3): a proper list of {M, F, Arity | Args, Loc},
// {Fun, Args, Loc} or the old forms {M, F, Arity | Args} and {Fun, Args}, M and F atoms, Loc a list.
// The old forms get an empty Loc, as erl stores them. kNonValue when malformed.
Term raise_stacktrace(Process* p, Term trace) {
    bool old_forms = false;
    Term l = trace;
    for (; is_list(l); l = cdr(l)) {
        Term t = car(l);
        if (!is_tuple(t)) return kNonValue;
        Term loc = kNil;
        switch (tuple_arity(t)) {
        case 2:
            if (!is_fun(tuple_element(t, 0))) return kNonValue;
            old_forms = true;
            break;
        case 3:
            if (is_fun(tuple_element(t, 0))) loc = tuple_element(t, 2);
            else if (is_atom(tuple_element(t, 0)) && is_atom(tuple_element(t, 1))) old_forms = true;
            else return kNonValue;
            break;
        case 4:
            if (!is_atom(tuple_element(t, 0)) || !is_atom(tuple_element(t, 1))) return kNonValue;
            loc = tuple_element(t, 3);
            break;
        default:
            return kNonValue;
        }
        if (loc != kNil && !is_list(loc)) return kNonValue;
    }
    if (l != kNil) return kNonValue;
    if (!old_forms) return trace;
    std::vector<Term> frames;
    for (l = trace; is_list(l); l = cdr(l)) {
        Term t = car(l);
        bool fun_frame = is_fun(tuple_element(t, 0));
        if (tuple_arity(t) == 2)
            t = make_tuple3(*p, tuple_element(t, 0), tuple_element(t, 1), kNil);
        else if (tuple_arity(t) == 3 && !fun_frame)
            t = make_tuple4(*p, tuple_element(t, 0), tuple_element(t, 1), tuple_element(t, 2), kNil);
        frames.push_back(t);
    }
    return make_list_of(*p, frames.data(), frames.size());
}

EMBER_BIF(bif_raise_3) {
    Term cls = args[0];
    ExceptionClass c;
    if (cls == am_error) c = ExceptionClass::Error;
    else if (cls == am_exit) c = ExceptionClass::Exit;
    else if (cls == am_throw) c = ExceptionClass::Throw;
    else return am_badarg;  // erl 25: raise/3 with a bad class returns badarg instead of raising
    Term trace = raise_stacktrace(p, args[2]);
    if (trace == kNonValue) return am_badarg;  // the same for a stacktrace erl would not give
    p->exc_class = c;
    p->exc_reason = args[1];
    p->exc_args = kNonValue;
    p->exc_bif = nullptr;
    p->exc_bif_frame = false;
    p->exc_stacktrace = trace;
    p->reraised = true;
    return kNonValue;
}

// The option set of process_flag({monitor_nodes, Opts}, Bool) as a small key (OTP erl_bif_info.c):
// Opts is a map of connection_id => boolean(), nodedown_reason => boolean(), node_type => visible |
// hidden | all; -1 if it is not one.
int node_monitor_options(Term opts) {
    if (!is_map(opts)) return -1;
    int key = 0;
    bool bad = false;
    map_foreach(opts, [&](Term k, Term v) {
        if (k == atom("connection_id") && is_boolean(v)) key |= v == am_true ? 1 : 0;
        else if (k == atom("nodedown_reason") && is_boolean(v)) key |= v == am_true ? 2 : 0;
        else if (k == atom("node_type") && v == atom("visible")) key |= 4;
        else if (k == atom("node_type") && v == atom("hidden")) key |= 8;
        else if (k == atom("node_type") && v == atom("all")) key |= 12;
        else if (k == atom("list") && v == am_true) key |= 16;  // net_kernel:monitor_nodes/2 with a list
        else bad = true;
    });
    return bad ? -1 : key;
}

// Returns `result` to the caller after giving up the rest of the slice: continues at a one-instruction
// stub that reschedules the process (vm/ops_calls.inc i_yield). Only for BIFs registered with traps.
Term yield_returning(Process* p, Term result) {
    static const Instr* yield_code = [] {
        static Instr code[1];
        code[0] = reinterpret_cast<Instr>(instruction_handlers()[static_cast<int>(Op::i_yield)]);
        return code;
    }();
    p->bif_x[0] = result;
    p->trap = yield_code;
    p->trap_arity = 1;
    return kNonValue;
}
EMBER_BIF(bif_process_flag) {
    Term flag = args[0], value = args[1];
    if (flag == atom("scheduler")) {
        // Binds the process to scheduler N (1-based; 0 unbinds) and returns the old binding. A new
        // binding takes effect at once: the process yields and goes to that scheduler's queue.
        unsigned n = Scheduler::global().scheduler_count();
        if (!is_small(value) || small_value(value) < 0 || small_value(value) > SWord(n)) return badarg(p);
        Term old = make_small(SWord(p->bound_scheduler.exchange(std::uint32_t(small_value(value)))));
        return small_value(value) == 0 ? old : yield_returning(p, old);
    }
    if (flag == am_trap_exit) {
        if (!is_boolean(value)) return badarg(p);
        Term old = make_bool(p->trap_exit);
        p->trap_exit = value == am_true;
        return old;
    }
    if (flag == atom("min_heap_size") || flag == atom("min_bin_vheap_size")) {
        // Returns the old value; the new one is rounded up to a heap size (OTP erl_process.c).
        if (!is_small(value) || small_value(value) < 0) return badarg(p);
        Word n = Word(small_value(value));
        if (flag == atom("min_heap_size")) {
            Word old = p->min_heap_size;
            p->min_heap_size = next_heap_size(std::max<Word>(n, 233));
            return make_integer_u64(*p, old);
        }
        Word old = p->min_bin_vheap_size;
        p->min_bin_vheap_size = next_heap_size(std::max<Word>(n, kMinBinVheapSize));  // erl: 50000 -> 75113
        if (p->bin_vheap_sz < p->min_bin_vheap_size) p->bin_vheap_sz = p->min_bin_vheap_size;
        return make_integer_u64(*p, old);
    }
    if (flag == am_max_heap_size) {
        // The old value as a map; the new one at least this process's min_heap_size unless 0 (OTP
        // erl_bif_info.c). It applies from the next garbage collection.
        MaxHeapSize v;
        if (!parse_max_heap_size(value, v) || (v.size != 0 && v.size < p->min_heap_size)) return badarg(p);
        Term old = max_heap_size_map(*p, p->max_heap);
        p->set_max_heap_size(v);
        return old;
    }
    if (flag == atom("save_calls")) {
        // Kept and reported (process_flag/3 of another process reads it too); Ember records no calls.
        Term old = process_flag_aux(p, flag, value);
        return old == am_badarg ? badarg(p) : old;
    }
    if (flag == atom("monitor_nodes") || (is_tuple(flag) && tuple_arity(flag) == 2 && tuple_element(flag, 0) == atom("monitor_nodes"))) {
        int key = -1;
        if (is_tuple(flag) && (key = node_monitor_options(tuple_element(flag, 1))) < 0) return badarg(p);
        if (!is_boolean(value)) return badarg(p);
        auto& mons = p->rel().node_monitors;
        auto it = std::find_if(mons.begin(), mons.end(), [key](const auto& e) { return e.first == key; });
        std::uint32_t old = it == mons.end() ? 0 : it->second;
        if (value == am_true) {
            if (it == mons.end()) mons.emplace_back(key, 1);
            else ++it->second;
        } else if (it != mons.end()) {
            mons.erase(it);  // false ends every monitor of this option set (erl answers the old count)
        }
        it = std::find_if(mons.begin(), mons.end(), [key](const auto& e) { return e.first == key; });
        scheduler::dist::set_node_subscription(p->pid, key, it == mons.end() ? 0 : it->second);
        return make_small(old);
    }
    if (flag == atom("error_handler")) {
        if (!is_atom(value)) return badarg(p);
        Term old = p->error_handler == kNil ? atom("error_handler") : p->error_handler;
        p->error_handler = value;
        return old;
    }
    if (flag == atom("sensitive")) {
        if (!is_boolean(value)) return badarg(p);
        Term old = make_bool(p->sensitive.exchange(value == am_true, std::memory_order_relaxed));
        return old;
    }
    if (flag == atom("message_queue_data")) {
        if (value != atom("on_heap") && value != atom("off_heap")) return badarg(p);
        Term old = p->message_queue_off_heap ? atom("off_heap") : atom("on_heap");
        p->message_queue_off_heap = value == atom("off_heap");
        return old;
    }
    if (flag == atom("fullsweep_after")) {
        if (!is_small(value) || small_value(value) < 0) return badarg(p);
        Word old = p->fullsweep_after;
        p->fullsweep_after = Word(small_value(value));
        return make_integer_u64(*p, old);
    }
    if (flag == am_priority) {
        static const Term names[] = {am_max, am_high, am_normal, am_low};
        Term old = names[static_cast<int>(p->priority)];
        for (int i = 0; i < 4; ++i)
            if (value == names[i]) {
                p->priority = static_cast<Priority>(i);
                return old;
            }
        return badarg(p);
    }
    return badarg(p);
}

EMBER_BIF(bif_register) {
    Term name = args[0], pid = args[1];
    if (!is_atom(name) || name == am_undefined || !(is_local_pid(pid) || is_local_port(pid))) return badarg(p);
    if (!Scheduler::global().register_name(name, pid)) return badarg(p);
    static const Term am_register = atom("register");
    trace_name_event(p, pid, am_register, name);
    return am_true;
}
EMBER_BIF(bif_unregister) {
    static const Term am_unregister = atom("unregister");
    // The holder is looked up only for a trace event (a race with another unregister costs nothing:
    // the event goes to whoever held the name just before).
    Term holder = is_atom(args[0]) && g_trace_ever_on.load(std::memory_order_relaxed) ? Scheduler::global().whereis(args[0]) : kNil;
    if (!is_atom(args[0]) || !Scheduler::global().unregister_name(args[0])) return badarg(p);
    trace_name_event(p, holder, am_unregister, args[0]);
    return am_true;
}
EMBER_BIF(bif_whereis) {
    if (!is_atom(args[0])) return badarg(p);
    return Scheduler::global().whereis(args[0]);
}
EMBER_BIF(bif_registered) {
    std::vector<Term> names = Scheduler::global().registered();
    return make_list_of(*p, names.data(), names.size());
}

// ---- process dictionary (keys compared with =:=, as erl) ----
std::vector<std::pair<Term, Term>>::iterator dict_find(Process* p, Term key) {
    auto& d = p->dictionary;
    for (auto it = d.begin(); it != d.end(); ++it)
        if (it->first == key || exact_equal(it->first, key)) return it;
    return d.end();
}
EMBER_BIF(bif_put) {
    // Terms in the dictionary live on the process heap (they are GC roots).
    auto it = dict_find(p, args[0]);
    if (it != p->dictionary.end()) {
        Term old = it->second;
        it->second = args[1];
        return old;
    }
    p->dictionary.emplace_back(args[0], args[1]);
    return am_undefined;
}
EMBER_BIF(bif_get_1) {
    auto it = dict_find(p, args[0]);
    return it == p->dictionary.end() ? am_undefined : it->second;
}
EMBER_BIF(bif_get_0) {
    std::vector<Term> items;
    for (auto it = p->dictionary.rbegin(); it != p->dictionary.rend(); ++it)
        items.push_back(make_tuple2(*p, it->first, it->second));
    return make_list_of(*p, items.data(), items.size());
}
EMBER_BIF(bif_get_keys_0) {
    std::vector<Term> items;
    for (auto it = p->dictionary.rbegin(); it != p->dictionary.rend(); ++it) items.push_back(it->first);
    return make_list_of(*p, items.data(), items.size());
}
EMBER_BIF(bif_get_keys_1) {
    std::vector<Term> items;
    for (auto it = p->dictionary.rbegin(); it != p->dictionary.rend(); ++it)
        if (it->second == args[0] || exact_equal(it->second, args[0])) items.push_back(it->first);
    return make_list_of(*p, items.data(), items.size());
}
EMBER_BIF(bif_erase_1) {
    auto it = dict_find(p, args[0]);
    if (it == p->dictionary.end()) return am_undefined;
    Term old = it->second;
    p->dictionary.erase(it);
    return old;
}
EMBER_BIF(bif_erase_0) {
    Term all = bif_get_0(p, args);
    p->dictionary.clear();
    return all;
}

EMBER_BIF(bif_make_ref) { return make_ref(*p, Scheduler::global().next_ref_id()); }
// Ordered after the signals the caller sent before (exit(P, kill) then is_process_alive(P) is false),
// as in OTP: a live target is asked in its own context.
EMBER_BIF(bif_is_process_alive) {
    if (!is_local_pid(args[0])) return badarg(p);
    if (args[0] == p->pid) return am_true;
    if (p->request_id == 0 && !Scheduler::global().is_alive(args[0])) return am_false;
    return request_from(p, args[0], [](Process* target, Term, HeapAllocator&) { return make_bool(target != nullptr); },
                        kNil);
}
EMBER_BIF(bif_group_leader_0) { return p->group_leader; }
EMBER_BIF(bif_group_leader_2) {
    Term leader = args[0], pid = args[1];
    // A leader on another node (rpc's callers, spawns from other nodes) is kept as its interned copy:
    // group_leader is no GC root.
    if (is_external_pid(leader)) leader = intern_external(leader);
    else if (!is_local_pid(leader)) return badarg(p);
    if (!is_local_pid(pid)) return badarg(p);  // group_leader/2 of another node's process: not supported
    if (pid == p->pid) {
        p->group_leader = leader;
        return am_true;
    }
    if (p->request_id == 0 && !Scheduler::global().is_alive(pid)) return badarg(p);
    // Set in the target's context; a target that died meanwhile still answers true, as erl does.
    return request_from(p, pid, [](Process* target, Term gl, HeapAllocator&) {
        if (target) target->group_leader = is_external_pid(gl) ? intern_external(gl) : gl;
        return am_true;
    }, leader);
}

EMBER_BIF(bif_send_2) {
    if (!send_message(p, args[0], args[1])) return kNonValue;
    return args[1];
}
// send/3: the options nosuspend and noconnect. A send never suspends here; with noconnect a message
// to a node with no connection (none being set up either) is not sent and the answer is noconnect.
EMBER_BIF(bif_send_3) {
    static const Term am_nosuspend = atom("nosuspend"), am_noconnect = atom("noconnect");
    bool noconnect = false;
    Term opts = args[2];
    for (; is_list(opts); opts = cdr(opts)) {
        if (car(opts) == am_noconnect) noconnect = true;
        else if (car(opts) != am_nosuspend) return badarg(p);
    }
    if (opts != kNil) return badarg(p);
    Term to = args[0];
    if (noconnect) {
        Term node = is_external_pid(to) || is_external_ref(to) ? external_node(to)
                    : is_tuple(to) && tuple_arity(to) == 2 && is_atom(tuple_element(to, 1)) ? tuple_element(to, 1)
                                                                                             : kNil;
        if (node != kNil && node != this_node() && !scheduler::dist::is_connected_or_pending(node)) return am_noconnect;
    }
    if (!send_message(p, to, args[1])) return kNonValue;
    return am_ok;
}

// apply/2,3 continue in Erlang code: the BIF loads the arguments into x registers and traps.
Term apply_args(Process* p, Term fun_or_module, Term function, Term arg_list, bool is_fun_apply) {
    std::int64_t n = list_length(arg_list);
    if (n < 0 || n > 255) return badarg(p);
    Term* x = const_cast<Term*>(p->bif_x);
    Term items[256];
    std::int64_t i = 0;
    for (Term t = arg_list; is_list(t); t = cdr(t)) items[i++] = car(t);
    for (i = 0; i < n; ++i) x[i] = items[i];
    const Instr* target;
    if (is_fun_apply) target = resolve_fun_call(p, fun_or_module, static_cast<std::uint32_t>(n), x);
    else {
        std::uint32_t arity = static_cast<std::uint32_t>(n);
        unwrap_apply(fun_or_module, function, arity, x);
        target = resolve_apply(p, fun_or_module, function, arity, x);
        p->trap_arity = arity;
    }
    if (!target) return kNonValue;
    p->trap = target;
    return kNonValue;
}
EMBER_BIF(bif_apply_2) { return apply_args(p, args[0], kNil, args[1], true); }
EMBER_BIF(bif_apply_3) { return apply_args(p, args[0], args[1], args[2], false); }

// halt/0,1,2 (erts/doc erlang.xml): an integer status exits after the output queued on ports is
// written (unless {flush, false}); a string is a slogan: written to stderr with a crash dump, no flush;
// abort dumps core.
Term halt_with(Process* p, Term status, bool flush) {
    int code;
    if (is_small(status) && small_value(status) >= 0) code = static_cast<int>(small_value(status) & 0xFF);
    else if (status == AtomTable::global().intern("abort")) std::abort();
    else if (is_list(status) || status == kNil) {
        std::string text;
        if (!latin1_string(status, text) && !unicode_list_to_utf8(status, text)) return badarg(p);
        // erl: the slogan on stderr, then a crash dump.
        std::fprintf(stderr, "%s\r\n", text.c_str());
        std::fflush(stdout);
        write_crash_dump(text);
        code = 1;
        flush = false;
    } else {
        return badarg(p);
    }
    if (flush) scheduler::flush_port_output(std::chrono::seconds(10));
    std::fflush(stdout);
    Scheduler::global().halt(code);
    p->exit_now = true;
    p->pending_exit = am_normal;
    return kNonValue;
}
EMBER_BIF(bif_halt_0) { return halt_with(p, make_small(0), true); }
EMBER_BIF(bif_halt_1) { return halt_with(p, args[0], true); }
EMBER_BIF(bif_halt_2) {
    bool flush = true;
    Term t = args[1];
    for (; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (!is_tuple(o) || tuple_arity(o) != 2 || tuple_element(o, 0) != atom("flush") || !is_boolean(tuple_element(o, 1)))
            return badarg(p);
        flush = tuple_element(o, 1) == am_true;
    }
    if (t != kNil) return badarg(p);
    return halt_with(p, args[0], flush);
}

EMBER_BIF(bif_display) {
    std::string s = format_term_display(args[0]);
    s += "\r\n";  // as erl 25 writes it
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fflush(stdout);
    return am_true;
}

EMBER_BIF(bif_processes) {
    std::vector<Term> pids = Scheduler::global().all_pids();
    return make_list_of(*p, pids.data(), pids.size());
}
EMBER_BIF(bif_node_0) { return this_node(); }
// node/1 takes a pid, port or reference; anything else is badarg.
EMBER_BIF(bif_node_1) {
    Term t = args[0];
    if (is_external_id(t)) return external_node(t);
    if (!is_local_pid(t) && !is_local_port(t) && !is_local_ref(t)) return badarg(p);
    return this_node();
}
EMBER_BIF(bif_nodes_0) { return scheduler::dist::connected_nodes(*p, true, false); }
EMBER_BIF(bif_is_alive) { return make_bool(node_alive()); }
EMBER_BIF(bif_yield) { return yield_returning(p, am_true); }
EMBER_BIF(bif_nif_error) {
    raise_error(p, args[0]);
    return kNonValue;
}

const BifSpec kBifs[] = {
    {"erlang", "self", 0, bif_self, kCapPure},
    {"erlang", "spawn", 1, bif_spawn_1, kCapProcess},
    {"erlang", "spawn", 3, bif_spawn_3, kCapProcess},
    {"erlang", "spawn_link", 1, bif_spawn_link_1, kCapProcess},
    {"erlang", "spawn_link", 3, bif_spawn_link_3, kCapProcess},
    {"erlang", "spawn_monitor", 1, bif_spawn_monitor_1, kCapProcess},
    {"erlang", "spawn_monitor", 3, bif_spawn_monitor_3, kCapProcess},
    {"erlang", "spawn_opt", 2, bif_spawn_opt_2, kCapProcess},
    {"erlang", "spawn_opt", 4, bif_spawn_opt_4, kCapProcess},
    {"erlang", "link", 1, bif_link, kCapProcess},
    {"erlang", "unlink", 1, bif_unlink, kCapProcess},
    {"erlang", "monitor", 2, bif_monitor_2, kCapPure},
    {"erlang", "monitor", 3, bif_monitor_3, kCapPure},
    {"erlang", "alias", 0, bif_alias_0, kCapPure},
    {"erlang", "alias", 1, bif_alias_1, kCapPure},
    {"erlang", "unalias", 1, bif_unalias_1, kCapPure},
    {"erlang", "demonitor", 1, bif_demonitor_1, kCapPure},
    {"erlang", "demonitor", 2, bif_demonitor_2, kCapPure},
    {"erlang", "exit", 1, bif_exit_1, kCapPure},
    {"erlang", "exit", 2, bif_exit_2, kCapProcess},
    {"erlang", "error", 1, bif_error_1, kCapPure},
    {"erlang", "error", 2, bif_error_2, kCapPure},
    {"erlang", "error", 3, bif_error_3, kCapPure},
    {"erlang", "throw", 1, bif_throw, kCapPure},
    {"erlang", "raise", 3, bif_raise_3, kCapPure},
    {"erlang", "nif_error", 1, bif_nif_error, kCapPure},
    {"erlang", "nif_error", 2, bif_nif_error, kCapPure},
    // traps: process_flag(scheduler, N) yields (yield_returning), so calls go through the export.
    {"erlang", "process_flag", 2, bif_process_flag, kCapPure, DirtyKind::None, /*traps=*/true},
    {"erlang", "register", 2, bif_register, kCapProcess},
    {"erlang", "unregister", 1, bif_unregister, kCapProcess},
    {"erlang", "whereis", 1, bif_whereis, kCapPure},
    {"erlang", "registered", 0, bif_registered, kCapProcess},
    {"erlang", "put", 2, bif_put, kCapPure},
    {"erlang", "get", 1, bif_get_1, kCapPure},
    {"erlang", "get", 0, bif_get_0, kCapPure},
    {"erlang", "get_keys", 0, bif_get_keys_0, kCapPure},
    {"erlang", "get_keys", 1, bif_get_keys_1, kCapPure},
    {"erlang", "erase", 1, bif_erase_1, kCapPure},
    {"erlang", "erase", 0, bif_erase_0, kCapPure},
    {"erlang", "make_ref", 0, bif_make_ref, kCapPure},
    {"erlang", "is_process_alive", 1, bif_is_process_alive, kCapPure},
    {"erlang", "group_leader", 0, bif_group_leader_0, kCapPure},
    {"erlang", "group_leader", 2, bif_group_leader_2, kCapProcess},
    {"erlang", "send", 2, bif_send_2, kCapPure},
    {"erlang", "send", 3, bif_send_3, kCapPure},
    {"erlang", "!", 2, bif_send_2, kCapPure},
    {"erlang", "apply", 2, bif_apply_2, kCapPure, DirtyKind::None, true},
    {"erlang", "apply", 3, bif_apply_3, kCapPure, DirtyKind::None, true},
    {"erlang", "halt", 0, bif_halt_0, kCapSystem},
    {"erlang", "halt", 1, bif_halt_1, kCapSystem},
    {"erlang", "halt", 2, bif_halt_2, kCapSystem},
    {"erlang", "display", 1, bif_display, kCapIo},
    {"erlang", "processes", 0, bif_processes, kCapProcess},
    {"erlang", "node", 0, bif_node_0, kCapPure},
    {"erlang", "node", 1, bif_node_1, kCapPure},
    {"erlang", "nodes", 0, bif_nodes_0, kCapPure},
    {"erlang", "is_alive", 0, bif_is_alive, kCapPure},
    {"erlang", "yield", 0, bif_yield, kCapPure, DirtyKind::None, /*traps=*/true},
};

}  // namespace

std::span<const BifSpec> erlang_process_bifs() { return kBifs; }

}  // namespace ember::bifs
