// Call tracing: erlang:trace_pattern/3 (erts_internal:trace_pattern/3), the breakpoints it sets and
// erlang:trace_info/2 for functions (OTP erl_bif_trace.c, beam_bp.c; docs/tracing.md).
//
// A breakpoint is per function and never freed (return-trace frames on stacks name it by index):
//  - local, meta, call_count and call_time breakpoints overwrite the function's entry word with i_trace_local's
//    handler; the original word is kept here and the handler continues with it. Every call (local or
//    remote) reaches the entry, as in OTP, where a breakpoint instruction sits at the function's start;
//  - global breakpoints point the export at a two-word trampoline (i_trace_global, this stub), so only
//    calls by the fully qualified name (and export funs, apply/3) are traced, as erl's global tracing;
//  - a BIF has no code of its own: its breakpoint owns a two-word block [call_bif_stub, Export*] that
//    stands for the BIF's entry (patched as above) and, while anything is traced, the export points at
//    that block or the trampoline. A BIF called in place (call_bif) checks the export's address and
//    goes through it when it is not the plain stub, as OTP's call_light_bif. BIFs run by the bif/gc_bif
//    instructions (guard BIFs, also in bodies) are not traced, as on erl.
// Untraced functions run exactly as before: nothing is checked on their calls.
//
// call_time (OTP beam_bp.c erts_trace_time_call/return, erts_schedule_time_break): a process traced
// with the call flag is charged, at any moment, to one call_time function (Process::call_time_bp). Its
// entry charges the time since the last switch to the function charged so far, counts the call, and
// pushes a frame [CP][that function] so the return switches back. Time while the process is scheduled
// out is charged to nobody. As on erl, an exception that leaves a call_time function does not switch
// back: the function that caught it keeps running on the thrower's account until the next switch.
#include <algorithm>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "bifs/bif.hpp"
#include "bifs/match_spec.hpp"
#include "bifs/trace_internal.hpp"
#include "vm/bignum.hpp"
#include "vm/bitsyntax.hpp"
#include "vm/copy.hpp"
#include "vm/module.hpp"
#include "vm/owned_term.hpp"
#include "vm/services.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

struct Breakpoint {
    Term module, function;
    std::uint32_t arity;
    const Instr* entry;           // the function's entry in its module's code
    Instr original = 0;           // the entry's own handler word (kept once known: a racing hit may use it)
    bool patched = false;         // the entry word is i_trace_local's
    Export* exp = nullptr;        // the export (global tracing), when the function is exported
    Export* bif = nullptr;        // a BIF's export: entry is bif_code, reached through the export only
    Instr bif_code[2] = {0, 0};   // a BIF's entry: [call_bif_stub (i_trace_local when patched), Export*]
    Instr stub[2] = {0, 0};       // global trampoline: i_trace_global, &stub[0]
    const Instr* global_target = nullptr;  // the export's address before the trampoline
    Term id;                      // small integer: index in Table::by_id
    // Settings (written under Table::mutex, read under its shared lock).
    bool global = false, local = false, meta = false, call_count = false, count_paused = false;
    bool call_time = false, time_paused = false;
    ms::MsPtr ms, meta_ms;        // nullptr: trace every call (match spec true / [])
    OwnedTerm ms_source, meta_ms_source;
    Term meta_tracer = kNil;
    std::atomic<std::uint64_t> count{0};
    struct CallTime {
        std::uint64_t calls = 0;
        std::uint64_t ns = 0;
    };
    std::mutex times_mutex;
    std::unordered_map<Term, CallTime> times;  // call_time, by pid (kept after the process ends, as erl)
};

struct PatternFlags {
    bool global = false, local = false, meta = false, call_count = false, call_time = false;
    Term meta_tracer = kNil;
};

// A pattern as trace_pattern/3 applies it to one function (also kept for trace_pattern(on_load, ...)).
struct Pattern {
    PatternFlags flags;
    bool on = false;
    Term spec = kNil;  // the MatchSpec argument when it is an atom (true, false, restart, pause)
    ms::MsPtr ms;
    OwnedTerm source;  // the match spec as given, when it is a list
};

struct Table {
    std::shared_mutex mutex;
    std::unordered_map<const Instr*, Breakpoint*> by_entry;
    std::unordered_map<const Instr*, Breakpoint*> by_stub;
    std::unordered_map<const Export*, Breakpoint*> by_bif;
    std::vector<std::unique_ptr<Breakpoint>> by_id;
    // trace_pattern(on_load, ...): the settings every function of a module loaded from now on starts
    // with (erl's default trace pattern). Never hit: only its settings are used.
    Breakpoint on_load;
};
Table& table() {
    static Table* t = new Table();
    return *t;
}

Instr handler_word(Op op) { return reinterpret_cast<Instr>(instruction_handlers()[static_cast<int>(op)]); }

void store_word(const Instr* at, Instr w) {
    __atomic_store_n(const_cast<Instr*>(at), w, __ATOMIC_RELEASE);
}

// A snapshot of what a hit needs, taken under the shared lock.
struct HitView {
    Breakpoint* bp = nullptr;
    bool trace = false, meta = false;
    bool local = false;  // a local call trace (the entry breakpoint), which return_to applies to
    ms::MsPtr ms, meta_ms;
    Term meta_tracer = kNil;
};

// The {M, F, A} of the function that called (CP, or the return address under trace frames).
Term caller_of(Process* p, const Instr* cp) {
    cp = resume_address(cp, p->stop);
    if (!cp) return am_undefined;
    Module* m = CodeServer::global().module_at(cp - 1);
    if (!m) return am_undefined;
    const FunctionInfo* f = m->function_at(cp - 1);
    if (!f) return am_undefined;
    return make_tuple3(*p, m->name, f->name, make_small(f->arity));
}

// caller_line/0 of a call trace match spec: {M, F, A, {File, Line}} of the return address, or
// undefined (no line information there).
Term caller_line_of(Process* p, const Instr* cp) {
    cp = resume_address(cp, p->stop);
    if (!cp) return am_undefined;
    Module* m = CodeServer::global().module_at(cp - 1);
    const FunctionInfo* f = m ? m->function_at(cp - 1) : nullptr;
    const LineRef* l = m ? m->line_at(cp - 1) : nullptr;
    if (!f || !l || l->line() == 0 || l->file() >= m->file_terms.size()) return am_undefined;
    Term where = make_tuple2(*p, tuple_element(m->file_terms[l->file()], 1), make_small(l->line()));
    return make_tuple4(*p, m->name, f->name, make_small(f->arity), where);
}

// Adds elapsed time (and calls) to p's entry of bp. A breakpoint whose call_time was turned off since
// keeps nothing (erl: get_time_break finds no time data).
void add_call_time(Breakpoint* bp, Term pid, std::uint64_t calls, std::uint64_t ns) {
    if (!bp->call_time) return;
    std::lock_guard lock(bp->times_mutex);
    Breakpoint::CallTime& t = bp->times[pid];
    t.calls += calls;
    t.ns += ns;
}

// Charges p's time since the last switch to the function it is charged to; returns now.
// Precondition: table().mutex held (shared).
std::int64_t charge_call_time(Process* p) {
    auto now = static_cast<std::int64_t>(monotonic_now_ns());
    if (p->call_time_bp >= 0 && std::size_t(p->call_time_bp) < table().by_id.size())
        add_call_time(table().by_id[std::size_t(p->call_time_bp)].get(), p->pid, 0,
                      std::uint64_t(std::max<std::int64_t>(now - p->call_time_since, 0)));
    return now;
}

constexpr SWord kFrameLocal = 1, kFrameMeta = 2;

// Runs one kind of call trace (the process's tracer, or the meta tracer) and reports whether the
// function asked for a return trace (kReturnTrace or kExceptionTrace) and whether the call message went
// out (kCallSent: return_to applies then, as erl's erts_call_trace).
constexpr int kReturnTrace = 1, kExceptionTrace = 2, kCallSent = 4;
int call_trace(Process* p, Breakpoint* bp, const ms::MsPtr& ms, Term tracer, std::uint32_t flags, const Instr* cp,
               Term* x, bool meta) {
    if (p->sensitive.load(std::memory_order_relaxed)) return 0;  // no call or meta trace (erl)
    Term arglist = kNil;
    for (std::uint32_t i = bp->arity; i-- > 0;) {
        // A function that continues a binary match gets the match context itself (the compiler passes
        // it on); the trace shows the rest of the binary, as erl does.
        Term arg = is_match_context(x[i]) ? bs_get_tail(*p, x[i]) : x[i];
        arglist = make_cons(*p, arg, arglist);
    }
    Term message = am_true;
    int ret = 0;
    if (ms) {
        ms::TraceCall call{caller_of(p, cp), am_undefined};
        if (ms::uses_caller_line(*ms)) call.caller_line = caller_line_of(p, cp);
        ms::RunOutcome r = ms::run(*ms, p, arglist, &call);
        if (!r.matched) return 0;
        // The spec may have changed the process's own flags ({trace, ...}): arity applies at once.
        if (!meta) flags = p->trace_flags.load(std::memory_order_relaxed);
        message = r.result;
        if (r.silent == 1) p->trace_flags.fetch_or(kTraceSilent, std::memory_order_relaxed);
        if (r.silent == 0) p->trace_flags.fetch_and(~kTraceSilent, std::memory_order_relaxed);
        if (r.exception_trace) ret = kExceptionTrace;
        else if (r.return_trace) ret = kReturnTrace;
    }
    // The silent flag mutes the process's own call trace; meta tracing ignores it (erl).
    if (message == am_false || (!meta && (p->trace_flags.load(std::memory_order_relaxed) & kTraceSilent))) return ret;
    ret |= kCallSent;
    Term mfa = make_tuple3(*p, bp->module, bp->function,
                           (flags & kTraceArity) ? make_small(bp->arity) : arglist);
    static const Term call = atom("call");
    if (message == am_true) trace::deliver(tracer, p->pid, flags, call, {mfa});
    else trace::deliver(tracer, p->pid, flags, call, {mfa, message});
    return ret;
}

void run_hit(Process* p, const HitView& v, const Instr* cp, Term* x, TraceHit& h) {
    int ret_local = 0, ret_meta = 0;
    if (v.trace) {
        Term tracer = trace::tracer_for(p, kTraceCall);
        if (tracer != kNil)
            ret_local = call_trace(p, v.bp, v.ms, tracer, p->trace_flags.load(std::memory_order_relaxed), cp, x, false);
    }
    if (v.meta && is_local_pid(v.meta_tracer) && !trace::tracer_alive(v.meta_tracer)) {
        // The first hit after the meta tracer is gone forgets it: trace_info shows [] from then on (erl).
        std::unique_lock lock(table().mutex);
        if (v.bp->meta_tracer == v.meta_tracer) v.bp->meta_tracer = kNil;
    } else if (v.meta && is_local_pid(v.meta_tracer) && v.meta_tracer != p->pid) {
        ret_meta = call_trace(p, v.bp, v.meta_ms, v.meta_tracer, kTraceTimestamp, cp, x, true);
    }
    if (v.local && (ret_local & kCallSent) && (p->trace_flags.load(std::memory_order_relaxed) & kTraceReturnTo))
        h.return_to = true;
    ret_local &= ~kCallSent;
    ret_meta &= ~kCallSent;
    if (ret_local || ret_meta) {
        SWord bits = (ret_local ? kFrameLocal : 0) | (ret_meta ? kFrameMeta : 0);
        h.frame_id = make_small((small_value(v.bp->id) << 2) | bits);
        h.return_code = ret_local == kExceptionTrace || ret_meta == kExceptionTrace ? exception_trace_code()
                                                                                  : return_trace_code();
    }
}

}  // namespace

}  // namespace ember::bifs

namespace ember::vm {

using bifs::Breakpoint;
using bifs::table;

Instr detail::g_trace_blocks[detail::kTraceBlocks];
using namespace detail;

namespace {
// The one-instruction code blocks trace frames return through: one word each, told apart by address
// (return_trace and exception_trace run the same instruction).
const Instr* trace_block(TraceBlock b) {
    static const bool filled = [] {
        g_trace_blocks[kReturnTraceBlock] = bifs::handler_word(Op::i_return_trace);
        g_trace_blocks[kExceptionTraceBlock] = bifs::handler_word(Op::i_return_trace);
        g_trace_blocks[kReturnTimeTraceBlock] = bifs::handler_word(Op::i_return_time_trace);
        g_trace_blocks[kReturnToTraceBlock] = bifs::handler_word(Op::i_return_to_trace);
        return true;
    }();
    (void)filled;
    return g_trace_blocks + b;
}
}  // namespace

const Instr* return_trace_code() { return trace_block(kReturnTraceBlock); }
const Instr* exception_trace_code() { return trace_block(kExceptionTraceBlock); }
const Instr* return_time_trace_code() { return trace_block(kReturnTimeTraceBlock); }
const Instr* return_to_trace_code() { return trace_block(kReturnToTraceBlock); }

void trace_time_return(Process* p, Term frame_id) {
    std::shared_lock lock(table().mutex);
    if (p->call_time_bp < 0) return;
    p->call_time_since = bifs::charge_call_time(p);
    p->call_time_bp = is_small(frame_id) ? small_value(frame_id) : -1;
}

void trace_time_schedule(Process* p, bool in) {
    if (in) {
        p->call_time_since = static_cast<std::int64_t>(monotonic_now_ns());
        return;
    }
    std::shared_lock lock(table().mutex);
    bifs::charge_call_time(p);
}

namespace {
// Words of the frame a trace block's code returns through (0: cp is no trace block).
int trace_frame_words(const Instr* cp) {
    if (!is_trace_block(cp)) return 0;
    return cp == g_trace_blocks + kReturnToTraceBlock ? 1 : 2;
}

// Follows the trace blocks from cp through their frames; `*return_to` (if given) tells whether one of
// them was a return_to block.
const Instr* walk_trace_frames(const Instr* cp, const Term* frames, bool* return_to) {
    while (int words = trace_frame_words(cp)) {
        if (return_to && cp == return_to_trace_code()) *return_to = true;
        cp = reinterpret_cast<const Instr*>(frames[0]);
        frames += words;
    }
    return cp;
}
}  // namespace


const Instr* resume_address(const Instr* cp, const Term* frames) { return walk_trace_frames(cp, frames, nullptr); }

bool return_to_pending(const Instr* cp, const Term* frames) {
    bool return_to = false;
    walk_trace_frames(cp, frames, &return_to);
    return return_to;
}

void trace_return_to(Process* p, const Instr* pc) {
    static const Term return_to = AtomTable::global().intern("return_to");
    if (!(p->trace_flags.load(std::memory_order_relaxed) & kTraceReturnTo)) return;
    Term mfa = am_undefined;
    if (Module* m = pc ? CodeServer::global().module_at(pc) : nullptr)
        if (const FunctionInfo* f = m->function_at(pc))
            mfa = make_tuple3(*p, m->name, f->name, make_small(f->arity));
    bifs::trace::emit(p, kTraceCall, return_to, {mfa});
}

Instr untraced_word(const Instr* at) {
    Instr w = *at;
    if (w != bifs::handler_word(Op::i_trace_local)) return w;
    std::shared_lock lock(table().mutex);
    auto it = table().by_entry.find(at);
    return it == table().by_entry.end() ? w : it->second->original;
}

TraceHit trace_local_hit(Process* p, const Instr* entry, const Instr* cp, Term* x) {
    TraceHit h;
    bifs::HitView v;
    {
        std::shared_lock lock(table().mutex);
        auto found = table().by_entry.find(entry);
        if (found == table().by_entry.end()) {
            // The code was retired (clear_module_breakpoints) after this call read the patched word; the
            // entry has its own word back.
            h.original = reinterpret_cast<const void*>(__atomic_load_n(entry, __ATOMIC_ACQUIRE));
            return h;
        }
        Breakpoint* bp = found->second;
        h.original = reinterpret_cast<const void*>(bp->original);
        h.arity = bp->arity;
        if (bp->call_count && !bp->count_paused) bp->count.fetch_add(1, std::memory_order_relaxed);
        if (bp->call_time && !bp->time_paused && (p->trace_flags.load(std::memory_order_relaxed) & kTraceCall)) {
            std::int64_t now = bifs::charge_call_time(p);
            bifs::add_call_time(bp, p->pid, 1, 0);
            h.time_code = return_time_trace_code();
            h.time_frame_id = p->call_time_bp >= 0 ? make_small(p->call_time_bp) : kNil;
            p->call_time_bp = small_value(bp->id);
            p->call_time_since = now;
        }
        v = {bp, bp->local, bp->meta, true, bp->ms, bp->meta_ms, bp->meta_tracer};
    }
    if (v.trace || v.meta) bifs::run_hit(p, v, cp, x, h);
    return h;
}

TraceHit trace_global_hit(Process* p, const Instr* stub, const Instr* cp, Term* x) {
    TraceHit h;
    bifs::HitView v;
    {
        std::shared_lock lock(table().mutex);
        Breakpoint* bp = table().by_stub.at(stub);
        h.target = bp->global_target;
        h.arity = bp->arity;
        v = {bp, bp->global, false, false, bp->ms, nullptr, kNil};
    }
    if (v.trace) bifs::run_hit(p, v, cp, x, h);
    return h;
}

namespace {
void return_event(Process* p, Term frame_id, Term what, Term value) {
    SWord id = small_value(frame_id);
    Breakpoint* bp;
    Term meta_tracer;
    {
        std::shared_lock lock(table().mutex);
        bp = table().by_id.at(std::size_t(id >> 2)).get();
        meta_tracer = bp->meta_tracer;
    }
    Term mfa = make_tuple3(*p, bp->module, bp->function, make_small(bp->arity));
    if (id & bifs::kFrameLocal) {
        Term tracer = bifs::trace::tracer_for(p, kTraceCall);
        if (tracer != kNil && !(p->trace_flags.load(std::memory_order_relaxed) & kTraceSilent))
            bifs::trace::deliver(tracer, p->pid, p->trace_flags.load(std::memory_order_relaxed), what, {mfa, value});
    }
    if ((id & bifs::kFrameMeta) && is_local_pid(meta_tracer) && !p->sensitive.load(std::memory_order_relaxed))
        bifs::trace::deliver(meta_tracer, p->pid, kTraceTimestamp, what, {mfa, value});
}
}  // namespace

void trace_return(Process* p, Term frame_id, Term value) {
    static const Term return_from = AtomTable::global().intern("return_from");
    return_event(p, frame_id, return_from, value);
}

void trace_exception(Process* p, Term frame_id) {
    static const Term exception_from = AtomTable::global().intern("exception_from");
    Term cls = p->exc_class == ExceptionClass::Error  ? am_error
               : p->exc_class == ExceptionClass::Exit ? am_exit
                                                      : am_throw;
    return_event(p, frame_id, exception_from, make_tuple2(*p, cls, p->exc_reason));
}

}  // namespace ember::vm

namespace ember::bifs {

namespace {

// ---- erts_internal:trace_pattern/3 -------------------------------------------------------------------

bool parse_pattern_flags(Process* p, Term flags, PatternFlags& f) {
    static const Term global = atom("global"), local = atom("local"), meta = atom("meta"),
                      call_count = atom("call_count"), call_time = atom("call_time");
    if (list_length(flags) < 0) return false;
    for (Term l = flags; is_list(l); l = cdr(l)) {
        Term e = car(l);
        if (e == global) f.global = true;
        else if (e == local) f.local = true;
        else if (e == meta) f.meta = true, f.meta_tracer = p->pid;
        else if (e == call_count) f.call_count = true;
        else if (e == call_time) f.call_time = true;
        else if (is_tuple(e) && tuple_arity(e) == 2 && tuple_element(e, 0) == meta && is_local_pid(tuple_element(e, 1)))
            f.meta = true, f.meta_tracer = tuple_element(e, 1);
        else return false;  // {meta, Module, State} and others: not supported (docs/tracing.md)
    }
    // erl: global cannot go with a breakpoint in the code (badarg, cause badopt).
    if (f.global && (f.local || f.meta || f.call_count || f.call_time)) return false;
    if (!f.local && !f.meta && !f.call_count && !f.call_time) f.global = true;
    return true;
}

// A function trace_pattern can set a breakpoint on: a function of a loaded module, or a BIF (its
// export; the module's stub function for it, as erlang.beam has, is never run).
struct Target {
    Module* module = nullptr;
    const FunctionInfo* fn = nullptr;
    Export* bif = nullptr;
};

// The BIFs of module m (indexed again when BIFs are added: host natives may be registered after boot).
// Takes no code lock: the module-loaded hook runs under it.
std::vector<Export*> module_bifs(Term m) {
    static std::mutex mutex;
    static std::size_t indexed = 0;
    static std::unordered_map<Term, std::vector<Export*>> by_module;
    std::vector<Export*> all = CodeServer::global().bif_exports();
    std::lock_guard lock(mutex);
    if (all.size() != indexed) {
        by_module.clear();
        for (Export* ep : all) by_module[ep->module].push_back(ep);
        indexed = all.size();
    }
    auto it = by_module.find(m);
    return it == by_module.end() ? std::vector<Export*>{} : it->second;
}

// The targets of one module: its functions (a BIF's stub function stands for the BIF) and the BIFs it
// has no function for. F kNonValue and A < 0 are wildcards.
void module_targets(Term name, Module* mod, Term f, SWord a, std::vector<Target>& out) {
    auto wanted = [&](Term fn, std::uint32_t arity) { return (f == kNonValue || fn == f) && (a < 0 || arity == std::uint32_t(a)); };
    std::vector<Export*> bifs = module_bifs(name);
    auto bif_of = [&](Term fn, std::uint32_t arity) -> Export* {
        for (Export* ep : bifs)
            if (ep->function == fn && ep->arity == arity) return ep;
        return nullptr;
    };
    std::size_t first = out.size();
    if (mod)
        for (const FunctionInfo& fi : mod->functions)
            if (wanted(fi.name, fi.arity)) out.push_back({mod, &fi, bif_of(fi.name, fi.arity)});
    for (Export* ep : bifs) {
        if (!wanted(ep->function, ep->arity)) continue;
        bool seen = std::any_of(out.begin() + std::ptrdiff_t(first), out.end(), [&](const Target& t) { return t.bif == ep; });
        if (!seen) out.push_back({mod, nullptr, ep});
    }
}

// The functions {M, F, A} selects ('_' wildcards; a wildcard module needs wildcard F and A): those of
// the loaded modules, and BIFs.
bool collect_targets(Term mfa, std::vector<Target>& out) {
    static const Term any = atom("_");
    if (!is_tuple(mfa) || tuple_arity(mfa) != 3) return false;
    Term m = tuple_element(mfa, 0), f = tuple_element(mfa, 1), a = tuple_element(mfa, 2);
    if (!is_atom(m) || !is_atom(f) || !(a == any || is_small(a))) return false;
    if ((m == any && (f != any || a != any)) || (f == any && a != any)) return false;
    if (a != any && small_value(a) < 0) return true;  // no function has it (erl: 0)
    CodeServer& cs = CodeServer::global();
    std::vector<Term> mods = m == any ? cs.loaded_modules() : std::vector<Term>{m};
    for (Term name : mods)
        module_targets(name, cs.find_module(name), f == any ? kNonValue : f, a == any ? -1 : small_value(a), out);
    return true;
}

// The export of a target: a BIF's, or the module's export of the function (nullptr: not exported).
Export* export_of(const Target& t) {
    if (t.bif) return t.bif;
    for (std::size_t i = 0; i < t.module->exports.size(); ++i)
        if (t.module->export_addresses[i] == t.fn->entry()) return t.module->exports[i];
    return nullptr;
}

// The breakpoint of a target, if it has one. Precondition: table().mutex held.
Breakpoint* existing_breakpoint(const Target& t) {
    Table& tb = table();
    if (t.bif) {
        auto it = tb.by_bif.find(t.bif);
        return it == tb.by_bif.end() ? nullptr : it->second;
    }
    auto it = tb.by_entry.find(t.fn->entry());
    return it == tb.by_entry.end() ? nullptr : it->second;
}

// The breakpoint of a target (made on first use). Precondition: table().mutex held exclusively.
Breakpoint* breakpoint_for(const Target& target) {
    if (Breakpoint* found = existing_breakpoint(target)) return found;
    Table& t = table();
    auto bp = std::make_unique<Breakpoint>();
    bp->id = make_small(SWord(t.by_id.size()));
    bp->stub[0] = handler_word(Op::i_trace_global);
    bp->stub[1] = reinterpret_cast<Instr>(&bp->stub[0]);
    if (Export* ep = target.bif) {
        bp->module = ep->module;
        bp->function = ep->function;
        bp->arity = ep->arity;
        bp->bif_code[0] = handler_word(Op::call_bif_stub);
        bp->bif_code[1] = reinterpret_cast<Instr>(ep);
        bp->entry = bp->bif_code;
        bp->exp = bp->bif = ep;
        t.by_bif[ep] = bp.get();
    } else {
        const FunctionInfo* fn = target.fn;
        bp->module = target.module->name;
        bp->function = fn->name;
        bp->arity = fn->arity;
        bp->entry = fn->entry();
        bp->exp = export_of(target);
    }
    Breakpoint* raw = bp.get();
    t.by_entry[raw->entry] = raw;
    t.by_stub[&raw->stub[0]] = raw;
    t.by_id.push_back(std::move(bp));
    return raw;
}

bool global_active(const Breakpoint* bp) {
    return bp->exp && bp->exp->address.load(std::memory_order_acquire) == &bp->stub[0];
}

// Makes the code match the settings: the entry patched while local/meta/call_count is on, the export
// through the trampoline while global is on.
void sync_code(Breakpoint* bp) {
    bool want_entry = bp->local || bp->meta || bp->call_count || bp->call_time;
    if (want_entry && !bp->patched) {
        if (bp->original == 0) bp->original = *bp->entry;
        store_word(bp->entry, handler_word(Op::i_trace_local));
        bp->patched = true;
    } else if (!want_entry && bp->patched) {
        store_word(bp->entry, bp->original);
        bp->patched = false;
    }
    if (bp->bif) {
        // The export leads to the trampoline (global), else to the BIF's entry block while it is patched,
        // else to the plain stub (so call_bif runs the BIF in place again).
        bp->global_target = bp->bif_code;
        const Instr* to = bp->global ? &bp->stub[0] : bp->patched ? bp->bif_code : bp->bif->stub;
        bp->bif->address.store(to, std::memory_order_release);
        return;
    }
    if (!bp->exp) return;
    if (bp->global && !global_active(bp)) {
        bp->global_target = bp->exp->address.load(std::memory_order_acquire);
        bp->exp->address.store(&bp->stub[0], std::memory_order_release);
    } else if (!bp->global && global_active(bp)) {
        bp->exp->address.store(bp->global_target, std::memory_order_release);
    }
}

// call_count and call_time follow the same rules (erl 25): false turns the counter off and clears it;
// pause stops a counter that is on and keeps its numbers; restart zeroes a counter that is on (paused
// or not) and runs it; true (or a match spec) starts it from zero. A counter that is off stays off
// under pause and restart. Returns whether the numbers are to be cleared.
bool apply_counter_spec(bool& on, bool& paused, bool turn_on, Term spec) {
    static const Term restart = atom("restart"), pause = atom("pause");
    if (!turn_on) {
        on = paused = false;
        return true;
    }
    if (spec == pause) {
        paused = on;
        return false;
    }
    if (spec == restart && !on) return false;
    on = true;
    paused = false;
    return true;
}

// Turns off the breakpoints in the code of bp's function (local, meta, call_count, call_time) and clears
// their data, as turning on global tracing does on erl. The code is made to match by sync_code.
void end_code_breakpoints(Breakpoint* bp) {
    bp->local = bp->meta = false;
    bp->meta_tracer = kNil;
    bp->meta_ms = nullptr;
    bp->meta_ms_source = OwnedTerm();
    bp->call_count = bp->count_paused = false;
    bp->count.store(0);
    bp->call_time = bp->time_paused = false;
    std::lock_guard lock(bp->times_mutex);
    bp->times.clear();
}

// Applies a pattern to a breakpoint's settings (under table().mutex, held exclusively); the code is
// made to match by sync_code.
void apply_settings(Breakpoint* bp, const Pattern& pat) {
    const PatternFlags& f = pat.flags;
    bool on = pat.on;
    if (f.global || f.local) {
        if (on) {
            bp->global = f.global;
            bp->local = f.local;
            bp->ms = pat.ms;
            bp->ms_source = OwnedTerm::copy_of(pat.source.get());
        } else {
            // Turning either off ends both (erl: a function is traced globally or locally).
            bp->global = bp->local = false;
            bp->ms = nullptr;
            bp->ms_source = OwnedTerm();
        }
    }
    // erl: turning on a breakpoint in the code (local, meta, call_count, call_time) ends the function's
    // global tracing (its export no longer goes through the trampoline), and turning on global tracing
    // ends every breakpoint in the code: local, meta, call counting and timing.
    if (on && !f.global) bp->global = false;
    if (on && f.global) end_code_breakpoints(bp);
    if (f.meta) {
        bp->meta = on;
        bp->meta_tracer = on ? f.meta_tracer : kNil;
        bp->meta_ms = on ? pat.ms : nullptr;
        bp->meta_ms_source = on ? OwnedTerm::copy_of(pat.source.get()) : OwnedTerm();
    }
    if (f.call_count && apply_counter_spec(bp->call_count, bp->count_paused, on, pat.spec)) bp->count.store(0);
    if (f.call_time && apply_counter_spec(bp->call_time, bp->time_paused, on, pat.spec)) {
        std::lock_guard lock(bp->times_mutex);
        bp->times.clear();
    }
}

void apply_pattern(Breakpoint* bp, const Pattern& pat) {
    apply_settings(bp, pat);
    sync_code(bp);
}

bool any_setting(const Breakpoint& bp) { return bp.global || bp.local || bp.meta || bp.call_count || bp.call_time; }

// The breakpoints in a module version that stops being current go (erl's erts_clear_module_break when
// code is made old): patched entries get their words back, so the old code runs untraced, and the
// breakpoints are no longer found by address (the code may be purged and its memory reused). Their ids
// stay valid for trace frames still on stacks. Precondition: table().mutex held exclusively.
void clear_module_breakpoints(Module* mod) {
    Table& t = table();
    const Instr* begin = mod->code.get();
    const Instr* end = begin + mod->code_words;
    for (auto it = t.by_entry.begin(); it != t.by_entry.end();) {
        Breakpoint* bp = it->second;
        if (bp->bif || it->first < begin || it->first >= end) {
            ++it;
            continue;
        }
        end_code_breakpoints(bp);
        bp->global = false;
        sync_code(bp);  // the export already leads to the new version (or the error handler)
        // by_stub keeps it: a call that took the trampoline before the export moved still finds it
        // (and runs the old code untraced); stubs are never reused, code addresses may be.
        it = t.by_entry.erase(it);
    }
}

// Gives every function of a module just loaded the on_load settings. Precondition: table().mutex held
// exclusively.
void apply_on_load_patterns(Module* mod) {
    const Breakpoint& d = table().on_load;
    if (!any_setting(d)) return;
    std::vector<Target> targets;
    module_targets(mod->name, mod, kNonValue, -1, targets);
    for (const Target& t : targets) {
        Breakpoint* bp = breakpoint_for(t);
        bp->global = d.global && bp->exp;  // global tracing applies to exported functions only
        bp->local = d.local;
        if (bp->global || bp->local) {
            bp->ms = d.ms;
            bp->ms_source = OwnedTerm::copy_of(d.ms_source.get());
        }
        if ((bp->meta = d.meta)) {
            bp->meta_tracer = d.meta_tracer;
            bp->meta_ms = d.meta_ms;
            bp->meta_ms_source = OwnedTerm::copy_of(d.meta_ms_source.get());
        }
        bp->call_count = d.call_count, bp->count_paused = d.count_paused;
        bp->call_time = d.call_time, bp->time_paused = d.time_paused;
        sync_code(bp);
    }
}

// CodeServer's code-change hook, run under the code lock (nothing here takes it).
void code_changed(Module* loaded, Module* retired) {
    std::unique_lock lock(table().mutex);
    if (retired) clear_module_breakpoints(retired);
    if (loaded) apply_on_load_patterns(loaded);
}

EMBER_BIF(bif_trace_pattern_3) {
    static const Term restart = atom("restart"), pause = atom("pause"), on_load = atom("on_load");
    Term mfa = args[0], spec = args[1];
    Pattern pat;
    if (!parse_pattern_flags(p, args[2], pat.flags)) return badarg(p);
    if (spec == am_false) pat.on = false;
    else if (spec == am_true || spec == restart || spec == pause || spec == kNil) pat.on = true;
    else {
        pat.on = true;
        bool too_deep = false;
        pat.ms = ms::compile(spec, ms::Dialect::Trace, nullptr, &too_deep);
        if (!pat.ms) {
            if (!too_deep) return badarg(p);
            raise_error_args(p, am_system_limit);  // as erl, for a spec that nests too deeply
            return kNonValue;
        }
    }
    pat.spec = is_atom(spec) ? spec : kNil;
    pat.source = OwnedTerm::copy_of(is_list(spec) ? spec : kNil);
    // From the first trace pattern on, code changes are followed (breakpoints of retired code go).
    static const bool hooked = (set_code_change_hook(code_changed), true);
    (void)hooked;
    if (mfa == on_load) {
        // erl: the pattern applies to modules loaded from now on; no loaded function matches (0).
        std::unique_lock lock(table().mutex);
        apply_settings(&table().on_load, pat);  // the same rules as for a function
        return make_small(0);
    }
    std::vector<Target> targets;
    if (!collect_targets(mfa, targets)) return badarg(p);
    std::unique_lock lock(table().mutex);
    SWord matched = 0;
    for (const Target& t : targets) {
        if (pat.flags.global && !pat.on && !existing_breakpoint(t)) {
            matched += export_of(t) != nullptr;
            continue;
        }
        Breakpoint* bp = breakpoint_for(t);
        if (pat.flags.global && !bp->exp) {
            // Global tracing applies to exported functions only (they are what is counted), but on erl
            // turning it on ends the breakpoints in the code of every function it selects, and turning
            // it off ends their local tracing.
            if (pat.on) end_code_breakpoints(bp);
            bp->local = false;
            bp->ms = nullptr;
            bp->ms_source = OwnedTerm();
            sync_code(bp);
            continue;
        }
        ++matched;
        apply_pattern(bp, pat);
    }
    return make_small(matched);
}

}  // namespace

// ---- erlang:trace_info/2 for {M, F, A} -----------------------------------------------------------------

namespace {
// trace_info's call_time value: [{Pid, Calls, Seconds, Microseconds}] (OTP erts_is_time_break).
Term call_time_list(Process* p, Breakpoint* bp) {
    std::vector<std::pair<Term, Breakpoint::CallTime>> rows;
    {
        std::lock_guard lock(bp->times_mutex);
        rows.assign(bp->times.begin(), bp->times.end());
    }
    Term list = kNil;
    for (const auto& [pid, t] : rows) {
        std::uint64_t us = t.ns / 1000;
        Term row = make_tuple4(*p, pid, make_integer_u64(*p, t.calls), make_integer_u64(*p, us / 1000000),
                               make_integer_u64(*p, us % 1000000));
        list = make_cons(*p, row, list);
    }
    return list;
}
}  // namespace

namespace {
struct InfoAtoms {
    Term traced, match_spec, meta, meta_match_spec, call_count, call_time, all, global, local;
};
const InfoAtoms& info_atoms() {
    static const InfoAtoms a{atom("traced"),     atom("match_spec"), atom("meta"),
                             atom("meta_match_spec"), atom("call_count"), atom("call_time"),
                             atom("all"),        atom("global"),     atom("local")};
    return a;
}

// trace_info's answer for Item given each item's value: {Item, Value}, or for `all` the list of
// `all_items` (false when nothing is set). An unknown item is {Item, false} while nothing is set, else
// badarg (erl 25).
template <class ValueOf>
Term info_reply(Process* p, Term item, bool any, std::span<const Term> all_items, ValueOf value) {
    const InfoAtoms& a = info_atoms();
    bool known = item == a.traced || item == a.match_spec || item == a.meta || item == a.meta_match_spec ||
                 item == a.call_count || item == a.call_time || item == a.all;
    if (!known) return any ? badarg(p) : make_tuple2(*p, item, am_false);
    if (item != a.all) return make_tuple2(*p, item, value(item));
    if (!any) return make_tuple2(*p, a.all, am_false);
    Term list = kNil;
    for (std::size_t i = all_items.size(); i-- > 0;)
        list = make_cons(*p, make_tuple2(*p, all_items[i], value(all_items[i])), list);
    return make_tuple2(*p, a.all, list);
}
}  // namespace

Term trace_info_function(Process* p, Term mfa, Term item) {
    const InfoAtoms& a = info_atoms();
    if (!is_atom(item) || !is_atom(tuple_element(mfa, 0)) || !is_atom(tuple_element(mfa, 1)) ||
        !is_small(tuple_element(mfa, 2)))
        return badarg(p);
    std::vector<Target> targets;
    if (small_value(tuple_element(mfa, 2)) >= 0)
        module_targets(tuple_element(mfa, 0), CodeServer::global().find_module(tuple_element(mfa, 0)),
                       tuple_element(mfa, 1), small_value(tuple_element(mfa, 2)), targets);
    if (targets.empty()) return make_tuple2(*p, item, am_undefined);
    std::shared_lock lock(table().mutex);
    Breakpoint* bp = existing_breakpoint(targets.front());
    bool is_global = bp && bp->global && global_active(bp), is_local = bp && bp->local && bp->patched;
    bool any = is_global || is_local || (bp && (bp->meta || bp->call_count || bp->call_time));
    const Term all_items[] = {a.traced, a.match_spec, a.meta, a.meta_match_spec, a.call_time, a.call_count};
    return info_reply(p, item, any, all_items, [&](Term what) -> Term {
        if (what == a.traced) return is_global ? a.global : is_local ? a.local : am_false;
        if (what == a.match_spec) return is_global || is_local ? copy_term(bp->ms_source.get(), *p) : am_false;
        if (what == a.meta) return bp && bp->meta ? bp->meta_tracer : item == a.meta && any ? kNil : am_false;
        if (what == a.meta_match_spec) return bp && bp->meta ? copy_term(bp->meta_ms_source.get(), *p) : am_false;
        if (what == a.call_count)
            return bp && bp->call_count ? make_integer_u64(*p, bp->count.load(std::memory_order_relaxed)) : am_false;
        if (what == a.call_time) return bp && bp->call_time ? call_time_list(p, bp) : am_false;
        return am_false;
    });
}

// erlang:trace_info(on_load, Item): the settings trace_pattern(on_load, ...) keeps, with erl 25's
// values (call_count and call_time are true or false; `all` leaves call_time out).
Term trace_info_on_load(Process* p, Term item) {
    const InfoAtoms& a = info_atoms();
    if (!is_atom(item)) return badarg(p);
    std::shared_lock lock(table().mutex);
    const Breakpoint& d = table().on_load;
    const Term all_items[] = {a.traced, a.match_spec, a.meta, a.meta_match_spec, a.call_count};
    return info_reply(p, item, any_setting(d), all_items, [&](Term what) -> Term {
        if (what == a.traced) return d.global ? a.global : d.local ? a.local : am_false;
        if (what == a.match_spec) return d.global || d.local ? copy_term(d.ms_source.get(), *p) : am_false;
        if (what == a.meta) return d.meta ? d.meta_tracer : am_false;
        if (what == a.meta_match_spec) return d.meta ? copy_term(d.meta_ms_source.get(), *p) : am_false;
        if (what == a.call_count) return make_bool(d.call_count);
        if (what == a.call_time) return make_bool(d.call_time);
        return am_false;
    });
}

namespace {
const vm::BifSpec kTraceCallBifs[] = {
    {"erts_internal", "trace_pattern", 3, bif_trace_pattern_3, vm::kCapSystem},
};
}  // namespace

std::span<const vm::BifSpec> trace_call_bifs() { return kTraceCallBifs; }

}  // namespace ember::bifs
