// Sequential tracing (OTP seq_trace docs, erl_bif_trace.c erts_seq_trace/erl_seq_trace_info, erl_trace.c
// seq_trace_update_serial/seq_trace_output): erlang:seq_trace/2, seq_trace_info/1, seq_trace_print/1,2,
// the token's propagation (send, receive, spawn) and the {seq_trace, Label, Info} messages to the system
// tracer (erlang:system_flag(sequential_tracer, T), set by seq_trace:set_system_tracer/1).
//
// Serial numbers follow erl: each process has a clock and a last count. Before a token leaves (send,
// spawn, a matching print) the process's token gets Serial := ++clock, LastCnt := lastcnt, From := self.
// Taking a message out of the queue makes its token the process's token (a message without one
// clears it), sets lastcnt := Serial and clock := max(clock, Serial).
#include <atomic>

#include "bifs/bif.hpp"
#include "bifs/trace_internal.hpp"
#include "vm/bignum.hpp"
#include "vm/compare.hpp"
#include "vm/copy.hpp"
#include "vm/messages.hpp"

namespace ember::vm {

std::atomic<std::uint64_t> g_seq_epoch{1};

}  // namespace ember::vm

namespace ember::bifs {

using namespace ember::vm;

namespace {

constexpr std::uint32_t kSeqSend = 1, kSeqReceive = 2, kSeqPrint = 4, kSeqNowTs = 8, kSeqStrictTs = 16,
                        kSeqMonoTs = 32;

std::atomic<Term> g_seq_tracer{am_false};

// The trace-flag bits (vm/trace.hpp) that select the same timestamp as the token's flags.
std::uint32_t ts_flags(std::uint32_t seq_flags) {
    std::uint32_t f = 0;
    if (seq_flags & kSeqNowTs) f |= kTraceTimestamp;
    if (seq_flags & kSeqStrictTs) f |= kTraceStrictMonotonicTs;
    if (seq_flags & kSeqMonoTs) f |= kTraceMonotonicTs;
    return f;
}

// Sends {seq_trace, Label, Info} (or {seq_trace, Label, Info, Timestamp}) to the system tracer, where
// Info = {Kind, {LastCnt, Serial}, From, To, Msg}. Built in its own fragment; the message carries no token.
void output(const SeqToken& t, Term kind, Term from, Term to, Term msg) {
    Term tracer = g_seq_tracer.load(std::memory_order_relaxed);
    if (!is_local_pid(tracer)) return;
    static const Term seq_trace = atom("seq_trace");
    Term label = t.label.get();
    Word words = 6 + 3 + 5 + term_size(label) + term_size(msg) + trace::kTimestampWords;
    HeapFragment* f = HeapFragment::create(words);
    FragmentAllocator a(f);
    Term serial = make_tuple2(a, make_integer(a, t.lastcnt), make_integer(a, t.serial));
    Term info = make_tuple5(a, kind, serial, from, to, copy_term(msg, a));
    Term ts = trace::timestamp(a, ts_flags(t.flags));
    Term m = ts == kNonValue ? make_tuple3(a, seq_trace, copy_term(label, a), info)
                             : make_tuple4(a, seq_trace, copy_term(label, a), info, ts);
    Signal* s = new Signal();
    s->kind = SignalKind::Message;
    s->payload = m;
    s->fragment = f;
    send_signal(tracer, s);
}

bool has_token(Process* p) { return live_token(p->seq_token); }

// A token p can change: its own copy (a new empty one, as erl's new_seq_trace_token, if it has none).
SeqToken& writable_token(Process* p) {
    auto t = std::make_shared<SeqToken>();
    if (has_token(p)) {
        *t = *p->seq_token;
    } else {
        t->label = OwnedTerm::copy_of(make_small(0));
        t->from = p->pid;
        t->lastcnt = p->seq_lastcnt;
        t->epoch = g_seq_epoch.load(std::memory_order_relaxed);
    }
    p->seq_token = t;
    return *t;
}

// seq_trace_update_serial: the token is about to be passed on or printed.
void update_serial(Process* p) {
    SeqToken& t = writable_token(p);
    t.from = p->pid;
    t.serial = ++p->seq_clock;
    t.lastcnt = p->seq_lastcnt;
}

std::uint32_t flag_of(Term key) {
    static const Term send = atom("send"), receive = atom("receive"), print = atom("print"),
                      timestamp = atom("timestamp"), strict = atom("strict_monotonic_timestamp"),
                      mono = atom("monotonic_timestamp");
    if (key == send) return kSeqSend;
    if (key == receive) return kSeqReceive;
    if (key == print) return kSeqPrint;
    if (key == timestamp) return kSeqNowTs;
    if (key == strict) return kSeqStrictTs;
    if (key == mono) return kSeqMonoTs;
    return 0;
}

// erlang:seq_trace(Key, Value): the old value.
EMBER_BIF(bif_seq_trace_2) {
    static const Term label = atom("label"), serial = atom("serial"), token = atom("sequential_trace_token");
    Term key = args[0], v = args[1];
    if (!is_atom(key)) return badarg(p);
    if (std::uint32_t flag = flag_of(key); flag && (v == am_true || v == am_false)) {
        SeqToken& t = writable_token(p);
        Term old = make_bool((t.flags & flag) != 0);
        t.flags = v == am_true ? t.flags | flag : t.flags & ~flag;
        return old;
    }
    if (key == label) {
        Term old = copy_term(writable_token(p).label.get(), *p);
        OwnedTerm l = OwnedTerm::copy_of(v);
        if (!l.is_value()) return badarg(p);
        writable_token(p).label = std::move(l);
        return old;
    }
    if (key == serial) {
        if (!is_tuple(v) || tuple_arity(v) != 2 || !is_small(tuple_element(v, 0)) || !is_small(tuple_element(v, 1)))
            return badarg(p);
        SeqToken& t = writable_token(p);
        Term old = make_tuple2(*p, make_integer(*p, t.lastcnt), make_integer(*p, t.serial));
        t.lastcnt = small_value(tuple_element(v, 0));
        t.serial = small_value(tuple_element(v, 1));
        p->seq_clock = t.serial;
        p->seq_lastcnt = t.lastcnt;
        return old;
    }
    if (key == token && v == kNil) {
        Term old = seq_token_of(p, *p);
        p->seq_token = nullptr;
        return old;
    }
    return badarg(p);
}

// erlang:seq_trace_info(Item).
EMBER_BIF(bif_seq_trace_info_1) {
    static const Term label = atom("label"), serial = atom("serial"), spawn = atom("spawn");
    Term item = args[0];
    if (!is_atom(item)) return badarg(p);
    std::uint32_t flag = flag_of(item);
    if (!has_token(p)) {
        if (flag || item == spawn) return make_tuple2(*p, item, am_false);
        if (item == label || item == serial) return kNil;
        return badarg(p);
    }
    const SeqToken& t = *p->seq_token;
    if (flag) return make_tuple2(*p, item, make_bool((t.flags & flag) != 0));
    if (item == label) return make_tuple2(*p, item, copy_term(t.label.get(), *p));
    if (item == serial)
        return make_tuple2(*p, item, make_tuple2(*p, make_integer(*p, t.lastcnt), make_integer(*p, t.serial)));
    return badarg(p);
}

Term print(Process* p, Term msg) {
    static const Term print_atom = atom("print");
    update_serial(p);
    const SeqToken& t = *p->seq_token;
    // A sensitive process's own events (print, send, receive) are not output; its serial still counts.
    if ((t.flags & kSeqPrint) && !p->sensitive.load(std::memory_order_relaxed)) output(t, print_atom, p->pid, kNil, msg);
    return am_true;
}

EMBER_BIF(bif_seq_trace_print_1) { return has_token(p) ? print(p, args[0]) : am_false; }

EMBER_BIF(bif_seq_trace_print_2) {
    if (!has_token(p) || !exact_equal(args[0], p->seq_token->label.get())) return am_false;
    return print(p, args[1]);
}

const vm::BifSpec kSeqTraceBifs[] = {
    {"erlang", "seq_trace", 2, bif_seq_trace_2, vm::kCapPure},
    {"erlang", "seq_trace_info", 1, bif_seq_trace_info_1, vm::kCapPure},
    {"erlang", "seq_trace_print", 1, bif_seq_trace_print_1, vm::kCapPure},
    {"erlang", "seq_trace_print", 2, bif_seq_trace_print_2, vm::kCapPure},
};

}  // namespace

std::span<const vm::BifSpec> seq_trace_bifs() { return kSeqTraceBifs; }

// erlang:system_flag(sequential_tracer, T) / system_info(sequential_tracer): T is a pid or false.
Term seq_tracer() { return g_seq_tracer.load(std::memory_order_relaxed); }
bool set_seq_tracer(Term t) {
    if (t != am_false && !is_local_pid(t)) return false;
    g_seq_tracer.store(t, std::memory_order_relaxed);
    return true;
}
// erlang:system_flag(reset_seq_trace, true): every token in the system becomes void.
void reset_seq_trace() { g_seq_epoch.fetch_add(1, std::memory_order_relaxed); }
// process_info(P, sequential_trace_token) of the running process q.
Term seq_token_of(Process* q, HeapAllocator& h) {
    if (!live_token(q->seq_token)) return kNil;
    const SeqToken& t = *q->seq_token;
    return make_tuple5(h, make_small(SWord(t.flags)), copy_term(t.label.get(), h), make_integer(h, t.serial), t.from,
                       make_integer(h, t.lastcnt));
}

}  // namespace ember::bifs

namespace ember::vm {

SeqTokenRef seq_trace_send(Process* p, Term to, Term msg) {
    static const Term send = bifs::atom("send");
    bifs::update_serial(p);
    const SeqToken& t = *p->seq_token;
    if ((t.flags & bifs::kSeqSend) && !p->sensitive.load(std::memory_order_relaxed)) bifs::output(t, send, p->pid, to, msg);
    return p->seq_token;
}

void seq_trace_receive(Process* p, const SeqTokenRef& t, Term msg) {
    static const Term receive = bifs::atom("receive");
    if (!live_token(t)) {
        p->seq_token = nullptr;
        return;
    }
    p->seq_token = t;
    p->seq_lastcnt = t->serial;
    if (t->serial > p->seq_clock) p->seq_clock = t->serial;
    if ((t->flags & bifs::kSeqReceive) && !p->sensitive.load(std::memory_order_relaxed))
        bifs::output(*t, receive, t->from, p->pid, msg);
}

void seq_trace_spawn(Process* parent, Process* child) {
    bifs::update_serial(parent);
    child->seq_token = parent->seq_token;
    child->seq_lastcnt = parent->seq_token->serial;
    child->seq_clock = parent->seq_token->serial;
}

}  // namespace ember::vm
