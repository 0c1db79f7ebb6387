// Call tracing: erlang:trace_pattern/3 (erts_internal:trace_pattern/3), the breakpoints it sets and
// erlang:trace_info/2 for functions (OTP erl_bif_trace.c, beam_bp.c; docs/tracing.md).
//
// A breakpoint is per function and never freed (return-trace frames on stacks name it by index):
//  - local, meta, call_count and call_time breakpoints overwrite the function's entry word with i_trace_local's
//    handler; the original word is kept here and the handler continues with it. Every call (local or
//    remote) reaches the entry, as in OTP, where a breakpoint instruction sits at the function's start;
//  - global breakpoints point the export at a two-word trampoline (i_trace_global, this stub), so only
//    calls by the fully qualified name (and export funs, apply/3) are traced, as erl's global tracing.
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
    std::vector<std::unique_ptr<Breakpoint>> by_id;
    std::vector<Pattern> on_load;  // applied, in order, to every module loaded from now on
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
               Term* x) {
    Term arglist = kNil;
    for (std::uint32_t i = bp->arity; i-- > 0;) arglist = make_cons(*p, x[i], arglist);
    Term message = am_true;
    int ret = 0;
    if (ms) {
        ms::RunOutcome r = ms::run(*ms, p, arglist, caller_of(p, cp));
        if (!r.matched) return 0;
        message = r.result;
        if (r.silent == 1) p->trace_flags.fetch_or(kTraceSilent, std::memory_order_relaxed);
        if (r.silent == 0) p->trace_flags.fetch_and(~kTraceSilent, std::memory_order_relaxed);
        if (r.exception_trace) ret = kExceptionTrace;
        else if (r.return_trace) ret = kReturnTrace;
    }
    if (message == am_false || (p->trace_flags.load(std::memory_order_relaxed) & kTraceSilent)) return ret;
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
            ret_local = call_trace(p, v.bp, v.ms, tracer, p->trace_flags.load(std::memory_order_relaxed), cp, x);
    }
    if (v.meta && is_local_pid(v.meta_tracer) && v.meta_tracer != p->pid)
        ret_meta = call_trace(p, v.bp, v.meta_ms, v.meta_tracer, kTraceTimestamp, cp, x);
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

namespace {
// The one-instruction code blocks trace frames return through: one word each, told apart by address
// (return_trace and exception_trace run the same instruction).
enum TraceBlock { kReturnTraceBlock, kExceptionTraceBlock, kReturnTimeTraceBlock, kReturnToTraceBlock, kTraceBlocks };
const Instr* trace_block(TraceBlock b) {
    static const Instr* blocks = [] {
        alignas(8) static Instr c[kTraceBlocks];
        c[kReturnTraceBlock] = bifs::handler_word(Op::i_return_trace);
        c[kExceptionTraceBlock] = bifs::handler_word(Op::i_return_trace);
        c[kReturnTimeTraceBlock] = bifs::handler_word(Op::i_return_time_trace);
        c[kReturnToTraceBlock] = bifs::handler_word(Op::i_return_to_trace);
        return c;
    }();
    return blocks + b;
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
    if (cp == return_trace_code() || cp == exception_trace_code() || cp == return_time_trace_code()) return 2;
    return cp == return_to_trace_code() ? 1 : 0;
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

bool is_trace_block(const Instr* cp) { return trace_frame_words(cp) != 0; }

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
        Breakpoint* bp = table().by_entry.at(entry);
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
    if ((id & bifs::kFrameMeta) && is_local_pid(meta_tracer))
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
    if (f.global && f.local) return false;
    if (!f.local && !f.meta && !f.call_count && !f.call_time) f.global = true;
    return true;
}

// The loaded functions {M, F, A} selects ('_' wildcards; a wildcard module needs wildcard F and A).
struct Target {
    Module* module;
    const FunctionInfo* fn;
};

bool collect_targets(Term mfa, std::vector<Target>& out) {
    static const Term any = atom("_");
    if (!is_tuple(mfa) || tuple_arity(mfa) != 3) return false;
    Term m = tuple_element(mfa, 0), f = tuple_element(mfa, 1), a = tuple_element(mfa, 2);
    if (!is_atom(m) || !is_atom(f) || !(a == any || is_small(a))) return false;
    if ((m == any && (f != any || a != any)) || (f == any && a != any)) return false;
    CodeServer& cs = CodeServer::global();
    std::vector<Term> mods = m == any ? cs.loaded_modules() : std::vector<Term>{m};
    for (Term name : mods) {
        Module* mod = cs.find_module(name);
        if (!mod) continue;
        for (const FunctionInfo& fi : mod->functions)
            if ((f == any || fi.name == f) && (a == any || fi.arity == std::uint32_t(small_value(a))))
                out.push_back({mod, &fi});
    }
    return true;
}

// The breakpoint of a function (made on first use). Precondition: table().mutex held exclusively.
Breakpoint* breakpoint_for(Module* mod, const FunctionInfo* fn) {
    Table& t = table();
    auto it = t.by_entry.find(fn->entry());
    if (it != t.by_entry.end()) return it->second;
    auto bp = std::make_unique<Breakpoint>();
    bp->module = mod->name;
    bp->function = fn->name;
    bp->arity = fn->arity;
    bp->entry = fn->entry();
    bp->id = make_small(SWord(t.by_id.size()));
    bp->stub[0] = handler_word(Op::i_trace_global);
    bp->stub[1] = reinterpret_cast<Instr>(&bp->stub[0]);
    for (std::size_t i = 0; i < mod->exports.size(); ++i)
        if (mod->export_addresses[i] == fn->entry()) bp->exp = mod->exports[i];
    Breakpoint* raw = bp.get();
    t.by_entry[fn->entry()] = raw;
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

// Applies a pattern to one function's breakpoint (under table().mutex, held exclusively).
void apply_pattern(Breakpoint* bp, const Pattern& pat) {
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
    // global tracing (its export no longer goes through the trampoline); global leaves meta and counts.
    // erl 25 also the other way round: global tracing ends the code breakpoints' call counting and timing.
    if (on && !f.global) bp->global = false;
    if (on && f.global) {
        bp->call_count = bp->count_paused = false;
        bp->count.store(0);
        bp->call_time = bp->time_paused = false;
        std::lock_guard lock(bp->times_mutex);
        bp->times.clear();
    }
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
    sync_code(bp);
}

// Applies the on_load patterns to a module just loaded (CodeServer's module-loaded hook).
void apply_on_load_patterns(Module* mod) {
    std::unique_lock lock(table().mutex);
    if (table().on_load.empty()) return;
    for (const Pattern& pat : table().on_load)
        for (const FunctionInfo& fi : mod->functions) {
            Breakpoint* bp = breakpoint_for(mod, &fi);
            if (pat.flags.global && !bp->exp) continue;
            apply_pattern(bp, pat);
        }
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
        pat.ms = ms::compile(spec, ms::Dialect::Trace);
        if (!pat.ms) return badarg(p);
    }
    pat.spec = is_atom(spec) ? spec : kNil;
    pat.source = OwnedTerm::copy_of(is_list(spec) ? spec : kNil);
    if (mfa == on_load) {
        // erl: the pattern applies to modules loaded from now on; no loaded function matches (0).
        static const bool hooked = (set_module_loaded_hook(apply_on_load_patterns), true);
        (void)hooked;
        std::unique_lock lock(table().mutex);
        auto& saved = table().on_load;
        // A later pattern with the same flags replaces an earlier one (erl keeps one default per flag).
        std::erase_if(saved, [&](const Pattern& old) {
            return old.flags.global == pat.flags.global && old.flags.local == pat.flags.local &&
                   old.flags.meta == pat.flags.meta && old.flags.call_count == pat.flags.call_count &&
                   old.flags.call_time == pat.flags.call_time;
        });
        if (pat.on) saved.push_back(std::move(pat));
        return make_small(0);
    }
    std::vector<Target> targets;
    if (!collect_targets(mfa, targets)) return badarg(p);
    std::unique_lock lock(table().mutex);
    SWord matched = 0;
    for (const Target& t : targets) {
        if (pat.flags.global && !pat.on && table().by_entry.find(t.fn->entry()) == table().by_entry.end()) {
            bool exported = false;
            for (std::size_t i = 0; i < t.module->exports.size(); ++i)
                exported |= t.module->export_addresses[i] == t.fn->entry();
            matched += exported;
            continue;
        }
        Breakpoint* bp = breakpoint_for(t.module, t.fn);
        if (pat.flags.global && !bp->exp) continue;  // global tracing applies to exported functions only
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

Term trace_info_function(Process* p, Term mfa, Term item) {
    static const Term traced = atom("traced"), match_spec = atom("match_spec"), meta = atom("meta"),
                      meta_match_spec = atom("meta_match_spec"), call_count = atom("call_count"),
                      call_time = atom("call_time"), all = atom("all"), global = atom("global"),
                      local = atom("local");
    if (!is_atom(item) || !is_atom(tuple_element(mfa, 0)) || !is_atom(tuple_element(mfa, 1)) ||
        !is_small(tuple_element(mfa, 2)))
        return badarg(p);
    Module* mod = CodeServer::global().find_module(tuple_element(mfa, 0));
    const FunctionInfo* fn = nullptr;
    if (mod)
        for (const FunctionInfo& fi : mod->functions)
            if (fi.name == tuple_element(mfa, 1) && SWord(fi.arity) == small_value(tuple_element(mfa, 2))) fn = &fi;
    if (!fn) return make_tuple2(*p, item, am_undefined);
    std::shared_lock lock(table().mutex);
    auto it = table().by_entry.find(fn->entry());
    Breakpoint* bp = it == table().by_entry.end() ? nullptr : it->second;
    bool is_global = bp && bp->global && global_active(bp), is_local = bp && bp->local && bp->patched;
    bool any = is_global || is_local || (bp && (bp->meta || bp->call_count || bp->call_time));
    auto value = [&](Term what) -> Term {
        if (what == traced) return is_global ? global : is_local ? local : am_false;
        if (what == match_spec) return is_global || is_local ? copy_term(bp->ms_source.get(), *p) : am_false;
        if (what == meta) return bp && bp->meta ? bp->meta_tracer : item == meta && any ? kNil : am_false;
        if (what == meta_match_spec) return bp && bp->meta ? copy_term(bp->meta_ms_source.get(), *p) : am_false;
        if (what == call_count)
            return bp && bp->call_count ? make_integer_u64(*p, bp->count.load(std::memory_order_relaxed)) : am_false;
        if (what == call_time) return bp && bp->call_time ? call_time_list(p, bp) : am_false;
        return am_false;
    };
    bool known = item == traced || item == match_spec || item == meta || item == meta_match_spec ||
                 item == call_count || item == call_time || item == all;
    if (!known) return any ? badarg(p) : make_tuple2(*p, item, am_false);  // as erl 25
    if (item != all) return make_tuple2(*p, item, value(item));
    if (!any) return make_tuple2(*p, all, am_false);
    Term items[] = {traced, match_spec, meta, meta_match_spec, call_time, call_count};
    Term list = kNil;
    for (std::size_t i = std::size(items); i-- > 0;) list = make_cons(*p, make_tuple2(*p, items[i], value(items[i])), list);
    return make_tuple2(*p, all, list);
}

namespace {
const vm::BifSpec kTraceCallBifs[] = {
    {"erts_internal", "trace_pattern", 3, bif_trace_pattern_3, vm::kCapSystem},
};
}  // namespace

std::span<const vm::BifSpec> trace_call_bifs() { return kTraceCallBifs; }

}  // namespace ember::bifs
