// Process trace events (OTP erl_trace.c: trace_send, trace_receive, trace_proc, trace_proc_spawn): the
// trace messages of erlang:trace/3's send, 'receive' and procs flags, with erl's shapes:
//   {trace, Pid, send, Msg, To} | {trace, Pid, send_to_non_existing_process, Msg, To}
//   {trace, Pid, 'receive', Msg}
//   {trace, Pid, spawn, Child, {M, F, Args}} / {trace, Child, spawned, Parent, {M, F, Args}}
//   {trace, Pid, exit | link | unlink | getting_linked | getting_unlinked | register | unregister, X}
// and {trace_ts, ..., Timestamp} when a timestamp flag is set.
#include <atomic>
#include <chrono>

#include "bifs/bif.hpp"
#include "bifs/clocks.hpp"
#include "bifs/trace_internal.hpp"
#include "scheduler/ports.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/bignum.hpp"
#include "vm/copy.hpp"
#include "vm/etf.hpp"
#include "vm/gc.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"
#include "vm/services.hpp"

namespace ember::bifs::trace {

using namespace ember::vm;
using bifs::atom;

namespace {

// erlang:now/0's rule for trace timestamps: microseconds of system time, strictly increasing.
std::int64_t unique_now_us() {
    static std::atomic<std::int64_t> last{0};
    std::int64_t now = std::chrono::duration_cast<std::chrono::microseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    std::int64_t prev = last.load(std::memory_order_relaxed), next;
    do {
        next = now > prev ? now : prev + 1;
    } while (!last.compare_exchange_weak(prev, next, std::memory_order_relaxed));
    return next;
}

std::atomic<std::int64_t> g_strict_unique{0};

}  // namespace

Term timestamp(HeapAllocator& h, std::uint32_t flags) {
    if (flags & kTraceTimestamp) {
        std::int64_t us = unique_now_us(), secs = us / 1'000'000;
        return make_tuple3(h, make_small(secs / 1'000'000), make_small(secs % 1'000'000), make_small(us % 1'000'000));
    }
    if (flags & kTraceStrictMonotonicTs)
        return make_tuple2(h, make_integer(h, monotonic_ns()),
                           make_integer(h, g_strict_unique.fetch_add(1, std::memory_order_relaxed)));
    if (flags & kTraceMonotonicTs) return make_integer(h, monotonic_ns());
    return kNonValue;
}

bool tracer_alive(Term tracer) {
    if (is_local_pid(tracer)) return scheduler::Scheduler::global().is_alive(tracer);
    return is_local_port(tracer) && scheduler::port_alive(tracer);
}

bool deliver(Term tracer, Term pid, std::uint32_t flags, Term what, std::initializer_list<Term> extra) {
    bool to_port = is_local_port(tracer);
    if (!is_local_pid(tracer) && !to_port) return false;
    bool ts = (flags & kTraceAnyTimestamp) != 0;
    Word words = 1 + 3 + extra.size() + (ts ? 1 + kTimestampWords : 0);
    for (Term t : extra) words += term_size(t);
    HeapFragment* f = HeapFragment::create(words);
    FragmentAllocator a(f);
    Term items[8];
    std::size_t n = 0;
    static const Term trace_atom = atom("trace"), trace_ts_atom = atom("trace_ts");
    items[n++] = ts ? trace_ts_atom : trace_atom;
    items[n++] = pid;
    items[n++] = what;
    for (Term t : extra) items[n++] = copy_term(t, a);
    if (ts) items[n++] = timestamp(a, flags);
    Term* hp = a.alloc(n + 1);
    hp[0] = make_header(n, Subtag::Tuple);
    for (std::size_t i = 0; i < n; ++i) hp[i + 1] = items[i];
    if (to_port) {
        std::vector<std::uint8_t> bytes;
        bool encoded = etf_encode(make_boxed(hp), bytes);
        release_fragment(f);
        if (!encoded) return true;  // nothing in a trace message fails to encode; dropped if it did
        return scheduler::port_command(tracer, std::string(bytes.begin(), bytes.end())) != scheduler::PortOp::Gone;
    }
    Signal* s = new Signal();
    s->kind = SignalKind::Message;
    s->from = pid;
    s->payload = make_boxed(hp);
    s->fragment = f;
    return send_signal(tracer, s);
}

void emit(Process* p, std::uint32_t needed_flag, Term what, std::initializer_list<Term> extra) {
    Term tracer = tracer_for(p, needed_flag);
    if (tracer == kNil) return;
    std::uint32_t flags = p->trace_flags.load(std::memory_order_relaxed);
    if (!deliver(tracer, p->pid, flags, what, extra)) {
        // The tracer is gone: stop tracing p (erl removes a dead tracer's flags when it notices).
        p->trace_flags.store(0, std::memory_order_relaxed);
        p->tracer.store(kNil, std::memory_order_relaxed);
    }
}

void inherit(Process* from, Process* to, std::uint32_t flags) {
    to->tracer.store(from->tracer.load(std::memory_order_relaxed), std::memory_order_relaxed);
    to->trace_flags.store(flags, std::memory_order_relaxed);
}

}  // namespace ember::bifs::trace

namespace ember::vm {

using bifs::trace::emit;

std::atomic<std::uint32_t> g_trace_new_processes{0};
std::atomic<bool> g_trace_ever_on{false};
std::atomic<Term> g_trace_new_tracer{kNil};

void trace_send(Process* p, Term to, Term msg) {
    Term tracer = bifs::trace::tracer_for(p, kTraceSend);
    if (tracer == kNil) return;
    static const Term non_existing = AtomTable::global().intern("send_to_non_existing_process"),
                      send = AtomTable::global().intern("send");
    Term what = send;
    if (is_local_pid(to) && to != p->pid && !scheduler::Scheduler::global().is_alive(to)) what = non_existing;
    emit(p, kTraceSend, what, {msg, to});
}

void trace_receive(Process* p, Term msg) {
    static const Term receive = AtomTable::global().intern("receive");
    emit(p, kTraceReceive, receive, {msg});
}

void trace_proc_event(Process* p, Term what, Term arg) { emit(p, kTraceProcs, what, {arg}); }

void trace_gc(Process* p, bool major, bool end, Word wordsize) {
    static const Term names[2][2] = {
        {AtomTable::global().intern("gc_minor_start"), AtomTable::global().intern("gc_minor_end")},
        {AtomTable::global().intern("gc_major_start"), AtomTable::global().intern("gc_major_end")}};
    static const Term wordsize_key = AtomTable::global().intern("wordsize");
    const auto items = gc_info_items(p, static_cast<Word>(p->heap_end - p->heap_start));
    // Per item: a 2-tuple (3 words), a cons (2) and, past a small integer, a one-digit bignum (2).
    HeapFragment* scratch = HeapFragment::create((items.size() + 1) * (3 + 2 + 2));
    FragmentAllocator a(scratch);
    Term info = kNil;
    for (std::size_t i = items.size(); i-- > 0;)
        info = make_cons(a, make_tuple2(a, AtomTable::global().intern(items[i].key), make_integer_u64(a, items[i].value)), info);
    info = make_cons(a, make_tuple2(a, wordsize_key, make_integer_u64(a, wordsize)), info);
    emit(p, kTraceGc, names[major][end], {info});
    HeapFragment::destroy(scratch);
}

void trace_spawn(Process* parent, Process* child, Term module, Term function, Term args, bool linked) {
    static const Term getting_linked = AtomTable::global().intern("getting_linked");
    if (std::uint32_t defaults = g_trace_new_processes.load(std::memory_order_relaxed)) {
        // erlang:trace(new | new_processes | all, true, ...): the defaults every new process starts with.
        child->tracer.store(g_trace_new_tracer.load(std::memory_order_relaxed), std::memory_order_relaxed);
        child->trace_flags.store(defaults, std::memory_order_relaxed);
    }
    std::uint32_t flags = parent ? parent->trace_flags.load(std::memory_order_relaxed) : 0;
    if (flags == 0) {
        if (child->trace_flags.load(std::memory_order_relaxed) & kTraceProcs) {
            HeapFragment* scratch = HeapFragment::create(4);  // the args stay where they are: deliver copies
            FragmentAllocator a(scratch);
            Term mfa = make_tuple3(a, module, function, args);
            emit(child, kTraceProcs, am_spawned, {parent ? parent->pid : am_undefined, mfa});
            HeapFragment::destroy(scratch);
        }
        return;
    }
    Term mfa = make_tuple3(*parent, module, function, args);
    emit(parent, kTraceProcs, am_spawn, {child->pid, mfa});
    if (linked) emit(parent, kTraceProcs, am_link, {child->pid});
    // set_on_first_spawn supersedes set_on_spawn and is used up by the first spawn (erlang:trace/3).
    if (flags & kTraceSetOnFirstSpawn) {
        bifs::trace::inherit(parent, child, flags & ~kTraceSetOnFirstSpawn);
        parent->trace_flags.fetch_and(~kTraceSetOnFirstSpawn, std::memory_order_relaxed);
    } else if (flags & kTraceSetOnSpawn) {
        bifs::trace::inherit(parent, child, flags);
    } else if (linked && (flags & (kTraceSetOnLink | kTraceSetOnFirstLink))) {
        trace_link_inherit(parent, child->pid);
    }
    emit(child, kTraceProcs, am_spawned, {parent->pid, mfa});
    if (linked) emit(child, kTraceProcs, getting_linked, {parent->pid});
}

void trace_link_inherit(Process* p, Term other) {
    std::uint32_t flags = p->trace_flags.load(std::memory_order_relaxed);
    if (!(flags & (kTraceSetOnLink | kTraceSetOnFirstLink)) || !is_local_pid(other)) return;
    std::shared_lock<std::shared_mutex> lock;
    Process* q = lookup_process(other, lock);
    if (!q || q == p) return;
    if (flags & kTraceSetOnFirstLink) {
        bifs::trace::inherit(p, q, flags & ~kTraceSetOnFirstLink);
        p->trace_flags.fetch_and(~kTraceSetOnFirstLink, std::memory_order_relaxed);
    } else {
        bifs::trace::inherit(p, q, flags);
    }
}

}  // namespace ember::vm

namespace ember::vm {

void trace_name_event(Process* caller, Term pid, Term what, Term name) {
    if (!is_local_pid(pid) || !g_trace_ever_on.load(std::memory_order_relaxed)) return;
    if (caller && caller->pid == pid) {
        trace_proc_event(caller, what, name);
        return;
    }
    std::shared_lock<std::shared_mutex> lock;
    Process* q = lookup_process(pid, lock);
    if (q && (q->trace_flags.load(std::memory_order_relaxed) & kTraceProcs)) trace_proc_event(q, what, name);
}

}  // namespace ember::vm

namespace ember::vm {

Term current_mfa(Process* p, HeapAllocator& h) {
    const Instr* pc = p->i;
    if (!pc) return make_small(0);
    if (Module* m = CodeServer::global().module_at(pc))
        if (const FunctionInfo* f = m->function_at(pc)) return make_tuple3(h, m->name, f->name, make_small(f->arity));
    // An export stub (a BIF's or an undefined function's): {Handler, Export*}.
    const void* const* handlers = instruction_handlers();
    if (pc[0] == reinterpret_cast<Instr>(handlers[static_cast<int>(Op::call_bif_stub)]) ||
        pc[0] == reinterpret_cast<Instr>(handlers[static_cast<int>(Op::call_error_handler)])) {
        const Export* ep = reinterpret_cast<const Export*>(pc[1]);
        return make_tuple3(h, ep->module, ep->function, make_small(ep->arity));
    }
    // The next slice of a BIF that yielded (vm/bif_yield.hpp): the process is in that BIF.
    if (pc[0] == reinterpret_cast<Instr>(handlers[static_cast<int>(Op::i_bif_continue)])) {
        const Export* ep = reinterpret_cast<const Export*>(pc[2]);
        return make_tuple3(h, ep->module, ep->function, make_small(ep->arity));
    }
    return make_small(0);
}

void trace_schedule(Process* p, bool in, unsigned scheduler_id) {
    static const Term in_atom = AtomTable::global().intern("in"), out_atom = AtomTable::global().intern("out");
    HeapFragment* scratch = HeapFragment::create(4);
    FragmentAllocator a(scratch);
    Term mfa = current_mfa(p, a);
    if (p->trace_flags.load(std::memory_order_relaxed) & kTraceSchedulerId)
        emit(p, kTraceRunning, in ? in_atom : out_atom, {mfa, make_small(SWord(scheduler_id))});
    else
        emit(p, kTraceRunning, in ? in_atom : out_atom, {mfa});
    HeapFragment::destroy(scratch);
}

}  // namespace ember::vm
