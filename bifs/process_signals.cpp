// The signal-based process BIFs of erts_internal that OTP 25's erlang.erl builds its front ends on
// (OTP erts bif.c, erl_proc_sig_queue.c, erl_process.c; erlang.erl spawn_request/1..5,
// process_flag/3, group_leader/2, garbage_collect/1,2, check_process_code/3, suspend_process/1,2):
// most send a request signal that the target answers in its own context, after every signal the
// caller sent it before, with a message {Ref, Answer} or {Op, ReqId, Answer} (vm/messages.hpp
// send_request_message). Shapes and return values are erl 25's (docs/processes.md).
#include <algorithm>
#include <cstdio>
#include <string>

#include "bifs/bif.hpp"
#include "bifs/erlang_info.hpp"
#include "scheduler/dist.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/gc.hpp"
#include "vm/capabilities.hpp"
#include "vm/external_ids.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"
#include "vm/system_tasks.hpp"

namespace ember::bifs {

using namespace ember::vm;
using scheduler::Scheduler;
using scheduler::SpawnOptions;

namespace {

Term new_ref(Process* p) { return make_ref(*p, Scheduler::global().next_ref_id()); }

// ---- spawn_request ----------------------------------------------------------------------------------

enum class Reply : std::uint8_t { Yes, No, ErrorOnly, SuccessOnly };

struct RequestOptions {
    SpawnOptions spawn;
    Term tag = kNil;  // reply tag; default spawn_reply
    Reply reply = Reply::Yes;
    bool bad = false;  // an element that is not a valid option (erl: the error reply badopt)
};

bool is_non_neg_small(Term t) { return is_small(t) && small_value(t) >= 0; }

// One element of spawn_request's option list (OTP erts_parse_spawn_opts). As erl 25 measured:
// scheduler takes 0..schedulers; a max_heap_size below the min_heap_size is checked after the list.
bool parse_request_option(Term e, RequestOptions& o) {
    static const Term reply_tag = atom("reply_tag"), reply = atom("reply"), yes = atom("yes"), no = atom("no"),
                      error_only = atom("error_only"), success_only = atom("success_only"),
                      fullsweep_after = atom("fullsweep_after"), min_heap_size = atom("min_heap_size"),
                      min_bin_vheap_size = atom("min_bin_vheap_size"), message_queue_data = atom("message_queue_data"),
                      off_heap = atom("off_heap"), scheduler = atom("scheduler"),
                      max_queue = atom("max_message_queue_len");
    if (e == am_link) return o.spawn.link = true;
    if (e == am_monitor) return o.spawn.monitor = true;
    if (!is_tuple(e) || tuple_arity(e) != 2) return false;
    Term k = tuple_element(e, 0), v = tuple_element(e, 1);
    if (k == am_monitor) return o.spawn.monitor = parse_monitor_options(v, o.spawn.monitor_alias, o.spawn.monitor_tag);
    if (k == reply_tag) {
        o.tag = v;
        return true;
    }
    if (k == reply) {
        if (v == yes) o.reply = Reply::Yes;
        else if (v == no) o.reply = Reply::No;
        else if (v == error_only) o.reply = Reply::ErrorOnly;
        else if (v == success_only) o.reply = Reply::SuccessOnly;
        else return false;
        return true;
    }
    if (k == am_priority) {
        static const Term names[] = {am_max, am_high, am_normal, am_low};
        for (int i = 0; i < 4; ++i)
            if (v == names[i]) {
                o.spawn.priority = static_cast<Priority>(i);
                return true;
            }
        return false;
    }
    if (k == min_heap_size) {
        if (!is_non_neg_small(v)) return false;
        o.spawn.min_heap_size = Word(small_value(v));
        return true;
    }
    if (k == fullsweep_after) {
        if (!is_non_neg_small(v)) return false;
        o.spawn.fullsweep_after = Word(small_value(v));
        return true;
    }
    if (k == am_max_heap_size) {
        MaxHeapSize limit;
        if (!parse_max_heap_size(v, limit)) return false;
        o.spawn.max_heap_size = limit;
        return true;
    }
    if (k == min_bin_vheap_size) return is_non_neg_small(v);  // checked, not applied
    if (k == message_queue_data) {
        if (v != off_heap && v != am_on_heap) return false;
        o.spawn.message_queue_off_heap = v == off_heap;
        return true;
    }
    if (k == scheduler) return is_non_neg_small(v) && small_value(v) <= SWord(Scheduler::global().scheduler_count());
    if (k == atom("capabilities")) {  // Ember's sandbox, as spawn_opt (docs/capabilities.md)
        CapabilitySet set;
        if (!parse_capability_list(v, set)) return false;
        o.spawn.capabilities &= set;
        return true;
    }
    if (k == max_queue) {  // Ember's overload protection, as spawn_opt
        if (!is_non_neg_small(v)) return false;
        o.spawn.max_message_queue_len = std::size_t(small_value(v));
        return true;
    }
    return false;
}

// Sends {Tag, Ref, ok | error, PidOrReason} to p unless its reply option filters it out.
void send_spawn_reply(Process* p, const RequestOptions& o, Term ref, bool ok, Term value) {
    if (o.reply == Reply::No || (ok && o.reply == Reply::ErrorOnly) || (!ok && o.reply == Reply::SuccessOnly)) return;
    Term tag = o.tag == kNil ? atom("spawn_reply") : o.tag;
    Term msg = make_tuple4(*p, tag, ref, ok ? am_ok : am_error, value);
    send_message(p, p->pid, msg);
}

// erts_internal:spawn_request(M, F, A, Opts): badarg (returned) for bad M/F/A; badopt (returned) for
// an improper option list; a bad option gives a ReqId and the error reply badopt. Otherwise the child
// is created with its link and monitor (the monitor's ref is ReqId) and the success reply is queued
// to the caller before the child can run, so it comes before the child's 'EXIT' or 'DOWN'.
EMBER_BIF(bif_spawn_request_4) {
    Term m = args[0], f = args[1], a = args[2], opts = args[3];
    if (!is_atom(m) || !is_atom(f) || list_length(a) < 0) return am_badarg;
    if (list_length(opts) < 0) return atom("badopt");
    RequestOptions o;
    for (Term t = opts; is_list(t); t = cdr(t))
        if (!parse_request_option(car(t), o)) o.bad = true;
    const auto& limit = o.spawn.max_heap_size;  // below the (rounded) min_heap_size: badopt, as erl
    if (limit && limit->size != 0 && limit->size < next_heap_size(std::max<Word>(o.spawn.min_heap_size, 233))) o.bad = true;
    std::uint64_t id = Scheduler::global().next_ref_id();
    Term ref = make_ref(*p, id);
    if (o.bad) {
        send_spawn_reply(p, o, ref, false, atom("badopt"));
        return ref;
    }
    if (o.spawn.monitor) o.spawn.monitor_id = id;  // the alias, if asked for, is made by spawn
    o.spawn.before_run = [p, &o, ref](Term child) { send_spawn_reply(p, o, ref, true, child); };
    Scheduler::global().spawn(p, m, f, a, o.spawn);
    return ref;
}

// A local spawn request is answered when it is made (as in erl 25, whose spawn_request_abandon/1 on a
// local request returns false); a remote one may still wait for its reply (scheduler/dist.hpp).
// Another node's reference is nobody's request here: false.
EMBER_BIF(bif_spawn_request_abandon_1) {
    if (is_external_ref(args[0])) return am_false;
    if (!is_local_ref(args[0])) return badarg(p);
    return make_bool(scheduler::dist::abandon_spawn_request(p, ref_id(args[0])));
}

// ---- process_flag/3, is_process_alive/2, group_leader/2,3 ---------------------------------------------

}  // namespace



// OTP process_flag_aux: the flags process_flag/3 may change (erl 25: save_calls 0..10000). Returns the
// old value or badarg.
Term process_flag_aux(Process* q, Term flag, Term value) {
    static const Term save_calls = atom("save_calls");
    if (flag != save_calls || !is_small(value) || small_value(value) < 0 || small_value(value) > 10000)
        return am_badarg;
    Term old = make_small(q->save_calls);
    q->save_calls = static_cast<std::uint16_t>(small_value(value));
    return old;
}

namespace {

// erts_internal:process_flag(Pid, Flag, Value): the caller's own flag at once; another live process
// answers {Ref, OldOrBadarg} (Ref returned); badtype for a bad or dead pid.
EMBER_BIF(bif_erts_internal_process_flag_3) {
    if (args[0] == p->pid) return process_flag_aux(p, args[1], args[2]);
    if (!is_local_pid(args[0]) || !Scheduler::global().is_alive(args[0])) return am_badtype;
    Term ref = new_ref(p);
    send_request_message(p, args[0], [](Process* q, Term req, HeapAllocator& h) -> Term {
        Term r = tuple_element(req, 0);
        return make_tuple2(h, r, q ? process_flag_aux(q, tuple_element(req, 1), tuple_element(req, 2)) : am_badarg);
    }, make_tuple3(*p, ref, args[1], args[2]));
    return ref;
}

// erts_internal:is_process_alive(Pid, Ref): ok; {Ref, Bool} arrives after every signal sent before.
EMBER_BIF(bif_erts_internal_is_process_alive_2) {
    if (!is_local_pid(args[0]) || !is_local_ref(args[1])) return badarg(p);
    send_request_message(p, args[0], [](Process* q, Term r, HeapAllocator& h) -> Term {
        return make_tuple2(h, r, make_bool(q != nullptr));
    }, args[1]);
    return am_ok;
}

// erts_internal:group_leader(GL, Pid): true when set at once (the caller itself, or a target that is
// not running and has no signal pending, so nothing is overtaken); false: use group_leader/3; badarg
// (returned) for bad arguments or a dead target.
EMBER_BIF(bif_erts_internal_group_leader_2) {
    Term gl = args[0], pid = args[1];
    if (!is_local_pid(gl) || !is_local_pid(pid)) return am_badarg;
    if (pid == p->pid) {
        p->group_leader = gl;
        return am_true;
    }
    std::shared_lock<std::shared_mutex> lock;
    Process* q = Scheduler::global().lookup(pid, lock);
    if (!q || q->status.load() == ProcessStatus::Exiting || q->status.load() == ProcessStatus::Exited) return am_badarg;
    if (!q->main_lock.try_lock()) return am_false;
    bool direct = !q->signal_pending.load(std::memory_order_acquire) && q->status.load() != ProcessStatus::Exiting;
    if (direct) q->group_leader = gl;
    q->main_lock.unlock();
    return make_bool(direct);
}

// erts_internal:group_leader(GL, Pid, Ref): ok; {Ref, true | badarg} comes from the target.
EMBER_BIF(bif_erts_internal_group_leader_3) {
    if (!is_local_pid(args[0]) || !is_local_pid(args[1]) || !is_local_ref(args[2])) return badarg(p);
    send_request_message(p, args[1], [](Process* q, Term req, HeapAllocator& h) -> Term {
        if (!q) return make_tuple2(h, tuple_element(req, 0), am_badarg);
        q->group_leader = tuple_element(req, 1);
        return make_tuple2(h, tuple_element(req, 0), am_true);
    }, make_tuple2(*p, args[2], args[0]));
    return am_ok;
}

// ---- system tasks ---------------------------------------------------------------------------------

// Whether q runs or will return into an old version of `module` (OTP check_process_code: the
// program counter and the continuation pointers on the stack).
bool runs_old_code(Process* q, Term module) {
    const Module* old = CodeServer::global().old_module(module);
    return old != nullptr && runs_code_of(q, old);
}

// {Op, ReqId, Arg, Requester}: answered to Requester as {Op, ReqId, Result}.
Term system_task(Process* q, Term req, HeapAllocator& h) {
    static const Term check_process_code = atom("check_process_code");
    Term op = tuple_element(req, 0), req_id = tuple_element(req, 1), arg = tuple_element(req, 2);
    Term requester = tuple_element(req, 3);
    static const Term garbage_collect = atom("garbage_collect");
    Term result = am_false;
    if (q && op == garbage_collect) {
        // answered after the collection; arg is major | minor (erlang:garbage_collect/2's type)
        request_gc(q, requester, make_tuple3(h, op, req_id, am_true), arg != atom("minor"));
        return kNonValue;
    }
    if (q) result = op == check_process_code ? make_bool(runs_old_code(q, arg)) : am_true;
    Term msg = make_tuple3(h, op, req_id, result);
    send_signal(requester, make_signal(SignalKind::Message, q ? q->pid : kNil, msg));
    return kNonValue;
}

// request_system_task(Target, Prio, {Op, ReqId, Arg, ...} | {system_task_test, ReqId, ...}) for
// Requester: ok, or badarg (raised).
Term request_task(Process* p, Term requester, Term target, Term prio, Term req) {
    static const Term inherit = atom("inherit"), check_process_code = atom("check_process_code"),
                      system_task_test = atom("system_task_test"), major = atom("major"), minor = atom("minor");
    if (!is_local_pid(target) || !is_local_pid(requester)) return badarg(p);
    if (prio != inherit && prio != am_max && prio != am_high && prio != am_normal && prio != am_low) return badarg(p);
    if (!is_tuple(req) || tuple_arity(req) < 2) return badarg(p);
    Term op = tuple_element(req, 0);
    Term arg = tuple_arity(req) >= 3 ? tuple_element(req, 2) : kNonValue;  // elements after it: ignored
    static const Term garbage_collect = atom("garbage_collect");
    bool ok = (op == garbage_collect && (arg == major || arg == minor)) ||
              (op == check_process_code && arg != kNonValue && is_atom(arg)) || op == system_task_test;
    if (arg == kNonValue) arg = kNil;
    if (!ok) return badarg(p);
    Term task = make_tuple4(*p, op, tuple_element(req, 1), arg, requester);
    send_request_message(p, target, system_task, task);
    // Run at the priority asked for (inherit: the caller's) when that is above the target's.
    Priority want = prio == am_max      ? Priority::Max
                    : prio == am_high   ? Priority::High
                    : prio == am_normal ? Priority::Normal
                    : prio == am_low    ? Priority::Low
                                        : p->priority;
    if (want != Priority::Low) {
        std::shared_lock<std::shared_mutex> lock;
        if (Process* q = Scheduler::global().lookup(target, lock)) Scheduler::global().raise_for_system_task(q, want);
    }
    return am_ok;
}

EMBER_BIF(bif_request_system_task_3) { return request_task(p, p->pid, args[0], args[1], args[2]); }
// The dirty-process signal handler's form: Ember's dirty processes handle their own signals when they
// come back, so the task is always queued to the target (never dirty_execution).
EMBER_BIF(bif_request_system_task_4) { return request_task(p, args[0], args[1], args[2], args[3]); }

// erl raises notsup unless erts_dirty_process_signal_handler calls it; Ember has no such process
// (a process on a dirty scheduler handles its signals when it returns), so every caller gets notsup.
EMBER_BIF(bif_dirty_process_handle_signals_1) {
    raise_error_args(p, atom("notsup"));
    return kNonValue;
}

// ---- suspend_process / resume_process --------------------------------------------------------------

// erts_internal:suspend_process(Pid, Opts) under erlang.erl's suspend_process/1,2: true once the
// target is suspended (the caller waits for it), false with unless_suspending when the caller
// already suspends it; asynchronous: true at once, {asynchronous, Tag}: {Tag, suspended | badarg}
// later; badopt for bad options, badarg (returned) for a bad, dead or own pid.
EMBER_BIF(bif_suspend_process_2) {
    static const Term unless_suspending = atom("unless_suspending"), asynchronous = atom("asynchronous");
    Term pid = args[0];
    if (p->request_id != 0) {  // called again with the answer of the synchronous request
        Term r = request_from(p, pid, handle_suspend, p->pid);
        if (r == kNonValue) return r;
        if (r != am_true) {
            auto& s = p->rel().suspending;
            auto it = s.find(pid);
            if (it != s.end() && --it->second == 0) s.erase(it);
        }
        return r;
    }
    bool unless = false, async = false;
    Term tag = kNonValue;
    Term t = args[1];
    for (; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (o == unless_suspending) unless = true;
        else if (o == asynchronous) async = true;
        else if (is_tuple(o) && tuple_arity(o) == 2 && tuple_element(o, 0) == asynchronous) {
            async = true;
            tag = tuple_element(o, 1);
        } else {
            return atom("badopt");
        }
    }
    if (t != kNil) return atom("badopt");
    if (!is_local_pid(pid) || pid == p->pid) return am_badarg;
    bool alive = Scheduler::global().is_alive(pid);
    if (!async && !alive) return am_badarg;
    auto& suspending = p->rel().suspending;
    if (unless && suspending.count(pid)) {
        if (async && tag != kNonValue) send_message(p, p->pid, make_tuple2(*p, tag, am_suspended));
        return am_false;
    }
    if (!alive) {
        if (tag != kNonValue) send_message(p, p->pid, make_tuple2(*p, tag, am_badarg));
        return am_true;
    }
    ++suspending[pid];
    if (!async) return request_from(p, pid, handle_suspend, p->pid);
    auto handler = [](Process* q, Term req, HeapAllocator& h) -> Term {
        // req: the suspender, or {Suspender, Tag} when an answer is wanted.
        Term r = handle_suspend(q, is_tuple(req) ? tuple_element(req, 0) : req, h);
        return is_tuple(req) ? make_tuple2(h, tuple_element(req, 1), r == am_true ? am_suspended : r) : kNonValue;
    };
    Term req = tag == kNonValue ? p->pid : make_tuple2(*p, p->pid, tag);
    send_request_message(p, pid, handler, req);
    return am_true;
}

// erlang:resume_process(Pid): undoes one suspend of the caller's; badarg if it holds none on Pid or
// Pid is gone.
EMBER_BIF(bif_resume_process_1) {
    Term pid = args[0];
    if (!is_local_pid(pid) || !p->relations) return badarg(p);
    auto& suspending = p->relations->suspending;
    auto it = suspending.find(pid);
    if (it == suspending.end()) return badarg(p);
    if (!Scheduler::global().is_alive(pid)) {  // its suspends ended with it (erl: badarg)
        suspending.erase(it);
        return badarg(p);
    }
    if (--it->second == 0) suspending.erase(it);
    send_request_message(p, pid, handle_resume, p->pid);
    return am_true;
}

// erts_internal:process_display(Pid, Type), under erlang.erl's process_display/2: the caller's own
// text is printed at once (true); another process prints it in its context and answers {Ref, true}
// (a Ref is returned); badopt for a Type other than backtrace, badarg for a bad or dead pid.
EMBER_BIF(bif_process_display_2) {
    static const Term backtrace = atom("backtrace");
    if (!is_local_pid(args[0])) return am_badarg;
    if (args[1] != backtrace) return atom("badopt");
    if (args[0] == p->pid) {
        std::string text = backtrace_text(p);
        std::fwrite(text.data(), 1, text.size(), stderr);
        return am_true;
    }
    if (!Scheduler::global().is_alive(args[0])) return am_badarg;
    Term ref = make_ref(*p, Scheduler::global().next_ref_id());
    send_request_message(p, args[0], [](Process* target, Term r, HeapAllocator& h) -> Term {
        if (!target) return make_tuple2(h, r, am_badarg);
        std::string text = backtrace_text(target);
        std::fwrite(text.data(), 1, text.size(), stderr);
        return make_tuple2(h, r, am_true);
    }, ref);
    return ref;
}

// ---- scheduler ------------------------------------------------------------------------------------

// erts_internal:scheduler_wall_time(Bool): the switch kernel_refc counts for
// system_flag(scheduler_wall_time, _); returns whether measuring was on.
// Anything but true turns it off (erl 25 does not check the argument).
EMBER_BIF(bif_scheduler_wall_time_1) {
    return make_bool(Scheduler::global().set_wall_time_raw(args[0] == am_true));
}

// The threads that answer erlang:memory's aux-work requests in erl: one per scheduler plus one
// (erl 25 gives 2, 3, 5, 9 at +S 1, 2, 4, 8). Ember computes memory natively; the count is erl's.
EMBER_BIF(bif_no_aux_work_threads_0) {
    return make_small(SWord(Scheduler::global().scheduler_count()) + 1);
}

const BifSpec kBifs[] = {
    {"erts_internal", "spawn_request", 4, bif_spawn_request_4, kCapProcess},
    {"erlang", "spawn_request_abandon", 1, bif_spawn_request_abandon_1, kCapProcess},
    {"erts_internal", "process_flag", 3, bif_erts_internal_process_flag_3, kCapSystem},
    {"erts_internal", "is_process_alive", 2, bif_erts_internal_is_process_alive_2, kCapPure},
    {"erts_internal", "group_leader", 2, bif_erts_internal_group_leader_2, kCapProcess},
    {"erts_internal", "group_leader", 3, bif_erts_internal_group_leader_3, kCapProcess},
    {"erts_internal", "request_system_task", 3, bif_request_system_task_3, kCapProcess},
    {"erts_internal", "request_system_task", 4, bif_request_system_task_4, kCapProcess},
    {"erts_internal", "dirty_process_handle_signals", 1, bif_dirty_process_handle_signals_1, kCapProcess},
    {"erts_internal", "suspend_process", 2, bif_suspend_process_2, kCapProcess},
    {"erlang", "resume_process", 1, bif_resume_process_1, kCapProcess},
    {"erts_internal", "process_display", 2, bif_process_display_2, kCapProcess},
    {"erts_internal", "scheduler_wall_time", 1, bif_scheduler_wall_time_1, kCapSystem},
    {"erts_internal", "no_aux_work_threads", 0, bif_no_aux_work_threads_0, kCapPure},
};

}  // namespace

std::span<const BifSpec> process_signal_bifs() { return kBifs; }

}  // namespace ember::bifs
