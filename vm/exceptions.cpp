#include "vm/exceptions.hpp"

#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/map.hpp"
#include "vm/runtime_support.hpp"
#include "vm/trace.hpp"

namespace ember::vm {

Term class_atom(ExceptionClass c) {
    switch (c) {
    case ExceptionClass::Error: return am_error;
    case ExceptionClass::Exit: return am_exit;
    case ExceptionClass::Throw: return am_throw;
    }
    return am_error;
}

namespace {
void set_exception(Process* p, ExceptionClass c, Term reason) {
    p->exc_class = c;
    p->exc_reason = reason;
    p->exc_args = kNonValue;
    p->exc_bif = nullptr;
    p->exc_bif_frame = false;
    p->exc_error_info = kNil;
    p->exc_cause = kNil;
    p->exc_stacktrace = kNil;
}

// Where a code address is: its module, function and line entry.
struct CodeLocation {
    const Instr* pc = nullptr;
    Module* module = nullptr;                // nullptr: pc is not in a module
    const FunctionInfo* function = nullptr;  // nullptr: pc is not in a function of it
    const LineRef* line = nullptr;           // nullptr: no line information for pc
};

// The location of pc. Code never moves or goes, so a location found holds forever: each thread keeps
// those of recent addresses (the traces of a loop's exceptions name the same frames again).
CodeLocation locate(const Instr* pc) {
    thread_local CodeLocation recent[256];
    CodeLocation& slot = recent[reinterpret_cast<std::uintptr_t>(pc) / sizeof(Instr) % 256];
    if (slot.pc == pc && pc) return slot;
    CodeLocation found{pc};
    found.module = CodeServer::global().module_at(pc);
    if (!found.module) return found;  // not kept: a module loaded later may take the address
    found.function = found.module->function_at(pc);
    if (!found.function) return found;
    const LineRef* l = found.module->line_at(pc);
    // A line entry from an earlier function does not describe this one.
    if (l && l->line() != 0 && found.module->line_address(*l) >= found.function->func_info) found.line = l;
    slot = found;
    return found;
}

// A new list: `list` followed by the elements of `extra` (a location and error/3's error_info).
Term appended(Process* p, Term list, Term extra) {
    if (extra == kNil) return list;
    std::vector<Term> items;
    for (Term t = list; is_list(t); t = cdr(t)) items.push_back(car(t));
    for (Term t = extra; is_list(t); t = cdr(t)) items.push_back(car(t));
    return make_list_of(*p, items.data(), items.size());
}

// The frame {M, F, ArityOrArgs, Location} for code address pc, or kNonValue if pc is not in a function
// of a module. `args` replaces the arity when it is a list (error/2,3 and function_clause); `extra` is
// appended to the location (error/3's error_info). Location is [{file, "F"}, {line, L}] when the
// module has line information for pc.
Term frame_for(Process* p, const Instr* pc, Term args, Term extra = kNil) {
    CodeLocation at = locate(pc);
    if (!at.function) return kNonValue;
    Term items[2];
    std::size_t n = 0;
    if (at.line) {
        if (at.line->file() < at.module->file_terms.size()) items[n++] = at.module->file_terms[at.line->file()];
        items[n++] = make_tuple2(*p, am_line, make_small(at.line->line()));
    }
    Term loc = appended(p, make_list_of(*p, items, n), extra);
    Term a = args != kNonValue && args != am_none ? args : make_small(at.function->arity);
    return make_tuple4(*p, at.module->name, at.function->name, a, loc);
}
}  // namespace

void raise_error(Process* p, Term reason) { set_exception(p, ExceptionClass::Error, reason); }
void raise_exit(Process* p, Term reason) { set_exception(p, ExceptionClass::Exit, reason); }
void raise_throw(Process* p, Term value) { set_exception(p, ExceptionClass::Throw, value); }
void raise_error_args(Process* p, Term reason) {
    set_exception(p, ExceptionClass::Error, reason);
    p->exc_bif_frame = true;
}

void set_bif_error_frame(Process* p, const BifSpec* bif, const Term* args) {
    p->exc_bif = bif;
    p->exc_args = make_list_of(*p, args, bif->arity);
}

void raise_function_clause(Process* p, const Instr* func_info, const Term* x) {
    set_exception(p, ExceptionClass::Error, am_function_clause);
    Word arity = func_info[1];  // vm/instructions.def func_info
    p->exc_args = make_list_of(*p, x, arity);
    p->exc_bif = nullptr;
}

void raise_bs_create_error(Process* p, const BsCreateError& e, const BsSegment* segments) {
    set_exception(p, ExceptionClass::Error, e.reason);
    const BsSegment& s = segments[e.segment];
    if (s.number == 0 || e.value == kNonValue) return;  // no segment number: erl's old instructions
    // [{error_info, #{cause => {Segment, Type, Kind, Value}, function => format_bs_fail,
    //                 module => erl_erts_errors}}], as erl attaches to the failing function's frame.
    AtomTable& atoms = AtomTable::global();
    const char* type = "binary";
    switch (s.type) {
    case BsSegmentType::Integer: type = "integer"; break;
    case BsSegmentType::Float: type = "float"; break;
    case BsSegmentType::Utf8: type = "utf8"; break;
    case BsSegmentType::Utf16: type = "utf16"; break;
    case BsSegmentType::Utf32: type = "utf32"; break;
    default: break;
    }
    static constexpr const char* kKinds[] = {"type", "size", "short", "unit", "invalid", "no_float"};
    Term cause = make_tuple4(*p, make_small(SWord(s.number)), atoms.intern(type),
                             atoms.intern(kKinds[static_cast<int>(e.kind)]), e.value);
    Term keys[3] = {atoms.intern("cause"), atoms.intern("function"), am_module};
    Term values[3] = {cause, atoms.intern("format_bs_fail"), atoms.intern("erl_erts_errors")};
    Term item = make_tuple2(*p, am_error_info, map_from_pairs(*p, keys, values, 3));
    p->exc_error_info = make_cons(*p, item, kNil);
}

Term badarg_with_cause(Process* p, Term cause) {
    raise_error_args(p, am_badarg);
    p->exc_cause = cause;
    return kNonValue;
}

Term make_unsupported_reason(Process* p, unsigned genop) {
    return make_tuple2(*p, AtomTable::global().intern("unsupported_instruction"), make_small(genop));
}

// The module that formats a BIF's errors (erl_erts_errors for erts' own modules, erl_stdlib_errors and
// erl_kernel_errors for the BIFs of stdlib and kernel modules), or nullptr where erl attaches none.
static const char* error_info_module(std::string_view bif_module) {
    static const struct {
        std::string_view module;
        const char* formatter;
    } kFormatters[] = {
        {"erlang", "erl_erts_errors"},     {"erts_internal", "erl_erts_errors"},
        {"persistent_term", "erl_erts_errors"}, {"atomics", "erl_erts_errors"},
        {"counters", "erl_erts_errors"},   {"lists", "erl_stdlib_errors"},
        {"binary", "erl_stdlib_errors"},   {"maps", "erl_stdlib_errors"},
        {"unicode", "erl_stdlib_errors"},  {"math", "erl_stdlib_errors"},
        {"ets", "erl_stdlib_errors"},      {"re", "erl_stdlib_errors"},
        {"os", "erl_kernel_errors"},
    };
    for (const auto& f : kFormatters)
        if (f.module == bif_module) return f.formatter;
    return nullptr;
}

namespace {
std::atomic<int> g_backtrace_depth{kBacktraceDepth};

// Frames a new stack trace may hold.
int frame_limit() { return std::max(1, g_backtrace_depth.load(std::memory_order_relaxed)); }
}  // namespace

int backtrace_depth() { return g_backtrace_depth.load(std::memory_order_relaxed); }
int set_backtrace_depth(SWord depth) {
    return g_backtrace_depth.exchange(static_cast<int>(std::clamp<SWord>(depth, 0, kMaxBacktraceDepth)));
}

namespace {
// ---- the uncooked stack trace ------------------------------------------------------------------------
// A raise records where it happened and cooks frames only when a handler or an exit asks for them, as
// erl's save_stacktrace/build_stacktrace: a loop that catches and ignores exceptions never looks up a
// function, a line or a file name. The uncooked trace is the 4-tuple
//   {Addresses, FirstFrameArgs, ErrorInfo, GivenFrame}
// Addresses: a negative bignum whose limbs are [return address]...[raising pc][kUncookedMark | count]:
//   code addresses no collector looks into (code never moves or goes, vm/module.hpp). The top limb
//   keeps the bignum normalised. Cooking drops the addresses that are not in a function of a module.
// FirstFrameArgs: the arguments for the raising frame (a list) or 'none' (its arity).
// ErrorInfo: error/3's [{error_info, Map}] for the raising frame, or [].
// GivenFrame: a first frame built at the raise (a failed BIF's, an undefined function's), or [].
// The frames are at most backtrace_depth() at the raise (one at least): the given one, the raising
// function's, then the callers'. Not knowing yet whether the raising pc is in a function, the raise
// records as many return addresses as there would be room for if it were not; cooking stops at the
// limit, which it finds in the top limb.
constexpr Word kUncookedMark = Word(0xE3B5) << 48;
constexpr Word kUncookedCountMask = 0xFF;
constexpr int kUncookedLimitShift = 8;

bool is_uncooked(Term t) {
    if (!is_tuple(t) || tuple_arity(t) != 4) return false;
    Term a = tuple_element(t, 0);
    if (!is_boxed_of(a, Subtag::NegBignum)) return false;
    Word n = header_arity(boxed_header(a));
    if (n < 2) return false;
    Word top = boxed_ptr(a)[n];
    Word limit = (top >> kUncookedLimitShift) & kUncookedCountMask;
    return (top & ~(kUncookedCountMask | kUncookedCountMask << kUncookedLimitShift)) == kUncookedMark &&
           (top & kUncookedCountMask) == n - 2 && n - 2 <= Word(kMaxBacktraceDepth) && limit >= 1 &&
           limit <= Word(kMaxBacktraceDepth);
}

// The cooked list [{M, F, ArityOrArgs, Location}] of an uncooked trace.
Term cook(Process* p, Term uncooked) {
    Term frames[kMaxBacktraceDepth + 2];  // the given frame, the raising one, the callers
    int n = 0;
    Term blob = tuple_element(uncooked, 0);
    Term first_frame_args = tuple_element(uncooked, 1);
    Term error_info = tuple_element(uncooked, 2);
    Term given_frame = tuple_element(uncooked, 3);
    Word limbs = header_arity(boxed_header(blob));
    const Word* addresses = boxed_ptr(blob) + 1;
    Word count = limbs - 2;
    auto pc = reinterpret_cast<const Instr*>(addresses[count]);
    const int limit = static_cast<int>((addresses[count + 1] >> kUncookedLimitShift) & kUncookedCountMask);
    if (given_frame != kNil) frames[n++] = given_frame;
    Term f = n < limit ? frame_for(p, pc, first_frame_args, error_info) : kNonValue;
    if (f != kNonValue) frames[n++] = f;
    int first_caller = n;
    for (Word i = 0; i < count && n < limit; ++i) {
        Term c = frame_for(p, reinterpret_cast<const Instr*>(addresses[i]) - 1, kNonValue);
        if (c != kNonValue) frames[n++] = c;
    }
    if (f == kNonValue && is_list(first_frame_args) && n > first_caller) {
        // error/2,3 reached through its export (apply, a fun): as in erl, the arguments and error_info
        // go to the first caller's frame.
        Term c = frames[first_caller];
        frames[first_caller] = make_tuple4(*p, tuple_element(c, 0), tuple_element(c, 1), first_frame_args,
                                           appended(p, tuple_element(c, 3), error_info));
    }
    return make_list_of(*p, frames, static_cast<std::size_t>(n));
}

// The stack trace as a list: cooked now if it was not.
Term cooked(Process* p, Term trace) { return is_uncooked(trace) ? cook(p, trace) : trace; }
}  // namespace

namespace {
// The uncooked trace of a raise at pc (0: not in module code) with continuation cp (nullptr when the
// function has saved it in its frame); `given` (or []) is its first frame, `first_frame_args` (a list,
// or kNonValue for the arity) and `error_info` go into pc's frame.
Term record_stacktrace(Process* p, Term given, const Instr* pc, const Instr* cp, Term first_frame_args,
                       Term error_info) {
    const int limit = frame_limit();
    // The return addresses, newest first (cp, then the stack), each one only if it differs from the
    // previous one (OTP erts_save_stacktrace: "record non-duplicates only", so deep self-recursion
    // shows once), trace frames' blocks skipped; room for all frames but the given one, in case pc is
    // not in a function.
    Word limbs[kMaxBacktraceDepth + 2];
    Word count = 0;
    const Word room = static_cast<Word>(limit - (given != kNil ? 1 : 0));
    const Instr* prev = nullptr;
    auto add = [&](const Instr* ret) {
        if (ret == prev || is_trace_block(ret)) return;
        prev = ret;
        limbs[count++] = reinterpret_cast<Word>(ret);
    };
    if (cp && room > 0) add(cp);
    for (Term* s = p->stop; s < p->heap_end && count < room; ++s) {
        Word w = *s;
        if (is_header(w) && w != 0) add(reinterpret_cast<const Instr*>(w));
    }
    limbs[count] = reinterpret_cast<Word>(pc);
    limbs[count + 1] = kUncookedMark | Word(limit) << kUncookedLimitShift | count;
    Term* hp = p->alloc(count + 3);
    hp[0] = make_header(count + 2, Subtag::NegBignum);
    std::copy(limbs, limbs + count + 2, hp + 1);
    Term args = first_frame_args == kNonValue ? am_none : first_frame_args;
    return make_tuple4(*p, make_boxed(hp), args, error_info, given);
}
}  // namespace

Term build_stacktrace(Process* p, const Instr* pc, const Instr* cp, Term first_frame_args) {
    if (!p->exc_bif) return record_stacktrace(p, kNil, pc, cp, first_frame_args, p->exc_error_info);
    // A failed BIF's frame comes first, with its arguments.
    Term loc = kNil;
    AtomTable& atoms = AtomTable::global();
    if (const char* formatter = error_info_module(p->exc_bif->module)) {
        // OTP 24+ attaches [{error_info, #{module => Formatter}}] (plus a cause) to BIF errors.
        Term keys[2] = {atoms.intern("cause"), am_module};
        Term values[2] = {p->exc_cause, atoms.intern(formatter)};
        Term info = p->exc_cause == kNil ? map_from_pairs(*p, keys + 1, values + 1, 1)
                                         : map_from_pairs(*p, keys, values, 2);
        Term item = make_tuple2(*p, atoms.intern("error_info"), info);
        loc = make_list_of(*p, &item, 1);
    }
    Term frame = make_tuple4(*p, atoms.intern(p->exc_bif->module), atoms.intern(p->exc_bif->function),
                             p->exc_args, loc);
    return record_stacktrace(p, frame, pc, cp, kNonValue, kNil);
}

Term stacktrace_of_call(Process* p, Term first_frame, const Instr* caller) {
    return record_stacktrace(p, first_frame, caller, p->cp, kNonValue, kNil);
}

bool is_raising_bif(const Export* ep) {
    if (!ep->bif || ep->module != am_erlang) return false;
    if (ep->function == am_error) return ep->arity >= 1 && ep->arity <= 3;
    return (ep->function == am_exit || ep->function == am_throw) && ep->arity == 1;
}

void note_first_call_bif_error(Process* p, const Export* ep, const Instr* cp) {
    if (ep->module != am_erlang || ep->function != am_apply) return;  // other BIFs: [] as erl
    if (p->exc_bif || p->reraised || (cp && CodeServer::global().module_at(cp))) return;
    Term frame = make_tuple4(*p, ep->module, ep->function, make_small(ep->arity), kNil);
    p->exc_stacktrace = make_list_of(*p, &frame, 1);
    p->reraised = true;  // the trace is complete
}

const Instr* unwind_to_catch(Process* p, const Instr* pc, const Instr* cp, Term* x) {
    Term args = p->exc_args;
    if (p->reraised) p->reraised = false;  // raise/3, raw_raise: the trace is given
    else p->exc_stacktrace = build_stacktrace(p, pc, cp, p->exc_bif ? kNonValue : args);
    // Find the innermost catch marker; the frame that holds it becomes the top frame. An exception-trace
    // frame [CP][id] passed on the way (its function is left by the exception) reports exception_from:
    // its stub is the CP of the traced function (in the CP register or the first word of its frame), and
    // the next CP word up starts the trace frame (vm/ops_trace.inc).
    // A return_to frame passed on the way (erl's next_catch): the first ordinary return address after it
    // is where the traced function would have returned; once caught, return_to reports that function.
    // erl's frames keep their return address below their y registers, Ember's above them: a frame's own
    // return address counts only once its catches are passed (`pending`), as in erl's walk.
    const Instr* exc_stub = exception_trace_code();
    const Instr* to_stub = return_to_trace_code();
    bool leaving_traced = cp == exc_stub;
    bool after_return_to = false;
    const Instr* return_to_address = nullptr;
    const Instr* pending = cp;
    Term* frame = p->stop;
    for (Term* s = p->stop; s < p->heap_end; ++s) {
        Word w = *s;
        if (is_header(w) && w != 0 && (leaving_traced || reinterpret_cast<const Instr*>(w) == exc_stub)) [[unlikely]] {
            if (leaving_traced && p->exc_class == ExceptionClass::Throw && std::none_of(s, p->heap_end, is_catch)) {
                // A throw nothing catches is error:{nocatch, Value} from here on, as erl's handle_error
                // makes it before unwinding; exception_from reports that (the exit reason is the same).
                p->exc_class = ExceptionClass::Error;
                p->exc_reason = make_tuple2(*p, am_nocatch, p->exc_reason);
            }
            if (leaving_traced) trace_exception(p, s[1]);
            leaving_traced = reinterpret_cast<const Instr*>(w) == exc_stub;
        }
        if (is_header(w) && w != 0) {
            if (pending == to_stub) after_return_to = true, return_to_address = nullptr;
            else if (after_return_to && pending && !is_trace_block(pending))
                after_return_to = false, return_to_address = pending;
            pending = reinterpret_cast<const Instr*>(w);
        }
        if (is_catch(w)) {
            if (return_to_address) [[unlikely]] trace_return_to(p, return_to_address);
            p->stop = frame;
            x[0] = kNonValue;
            x[1] = class_atom(p->exc_class);
            x[2] = p->exc_reason;
            x[3] = make_cons(*p, x[1], p->exc_stacktrace);  // raw: [Class | Cooked]
            return reinterpret_cast<const Instr*>(catch_index(w));
        }
        if (is_header(w) && w != 0) frame = s;  // a CP starts the next frame up
    }
    return nullptr;
}

Term exit_reason_of(Process* p) {
    switch (p->exc_class) {
    case ExceptionClass::Error: return make_tuple2(*p, p->exc_reason, cooked(p, p->exc_stacktrace));
    case ExceptionClass::Exit: return p->exc_reason;
    case ExceptionClass::Throw:
        return make_tuple2(*p, make_tuple2(*p, am_nocatch, p->exc_reason), cooked(p, p->exc_stacktrace));
    }
    return p->exc_reason;
}

Term catch_value(Process* p, Term cls, Term reason, Term raw_trace) {
    if (cls == am_throw) return reason;
    if (cls == am_error) return make_tuple2(*p, am_EXIT, make_tuple2(*p, reason, cook_stacktrace(p, raw_trace)));
    return make_tuple2(*p, am_EXIT, reason);
}

namespace {
// The class of a raw stack trace [Class | Cooked], or false when `raw` is not one.
bool raw_class(Term raw, ExceptionClass* c) {
    if (!is_list(raw)) return false;
    Term head = car(raw);
    if (head == am_error) *c = ExceptionClass::Error;
    else if (head == am_exit) *c = ExceptionClass::Exit;
    else if (head == am_throw) *c = ExceptionClass::Throw;
    else return false;
    return true;
}
}  // namespace

void reraise(Process* p, Term trace, Term value) {
    // OTP beam_common.c raise: a trace that is not a raw one re-raises as error with that trace.
    ExceptionClass c = ExceptionClass::Error;
    bool raw = raw_class(trace, &c);
    set_exception(p, c, value);
    p->exc_stacktrace = raw ? cdr(trace) : trace;
    p->reraised = true;
}

Term cook_stacktrace(Process* p, Term raw) {
    ExceptionClass c;
    return raw_class(raw, &c) ? cooked(p, cdr(raw)) : kNil;  // OTP build_stacktrace: [] for a non-raw term
}

bool raw_raise(Process* p, Term cls, Term reason, Term trace) {
    ExceptionClass c;
    if (cls == am_error) c = ExceptionClass::Error;
    else if (cls == am_exit) c = ExceptionClass::Exit;
    else if (cls == am_throw) c = ExceptionClass::Throw;
    else return false;
    set_exception(p, c, reason);
    ExceptionClass raw_c;
    p->exc_stacktrace = raw_class(trace, &raw_c) ? cdr(trace) : trace;
    p->reraised = true;
    return true;
}

}  // namespace ember::vm
