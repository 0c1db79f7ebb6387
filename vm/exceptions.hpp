// Raising and catching exceptions; stack traces (OTP beam_common.c handle_error, erl_bif_info.c
// build_stacktrace; erlang:raise/3 and the error_info conventions of OTP 24+).
//
// A raise records its stack trace uncooked: the code addresses of the raising function and of at most
// backtrace_depth() frames in all (one at least), in a term no one reads but the functions here. It is
// cooked into the list [{M, F, ArityOrArgs, Location}] only when asked for (build_stacktrace, catch of
// an error, the exit reason of an uncaught error or throw), as erl does: a handler that ignores the
// trace costs no function, line or file lookups. The "raw" stack trace handed to handlers (x3) is
// [Class | Trace], Trace uncooked or a list, so `raise` re-raises with the class of the exception it was
// given even after other exceptions were raised and caught in between (a `try ... after` whose after
// block throws and catches internally); cook_stacktrace takes the tail. Location is
// [{file, "F.erl"}, {line, L}] when the module has line information.
#pragma once

#include "vm/atom_table.hpp"
#include "vm/bitsyntax.hpp"
#include "vm/module.hpp"
#include "vm/process.hpp"

namespace ember::vm {

inline constexpr int kBacktraceDepth = 8;      // erlang:system_flag(backtrace_depth) default
inline constexpr int kMaxBacktraceDepth = 64;  // the most system_flag(backtrace_depth, N) keeps (erl's)

// erlang:system_flag(backtrace_depth): how many frames new stack traces keep (at least one: erl keeps
// the raising frame even at depth 0). set_backtrace_depth takes any depth >= 0, keeps at most
// kMaxBacktraceDepth and returns the old value.
int backtrace_depth();
int set_backtrace_depth(SWord depth);

// Set the exception on p; the caller then returns kNonValue (BIFs) or RAISE()s (interpreter).
void raise_error(Process* p, Term reason);
void raise_error_args(Process* p, Term reason);  // BIF error: first frame is the BIF with its args
void raise_exit(Process* p, Term reason);
void raise_throw(Process* p, Term value);
inline Term badarg(Process* p) {
    raise_error_args(p, am_badarg);
    return kNonValue;
}
// badarg whose error_info map carries `cause => Cause` (an atom, as erl_erts_errors expects).
Term badarg_with_cause(Process* p, Term cause);

// Records that the BIF `bif` failed with `args`, so the trace's first frame is {M, F, Args, ...}.
void set_bif_error_frame(Process* p, const BifSpec* bif, const Term* args);
void raise_function_clause(Process* p, const Instr* func_info, const Term* x);
// A failed bs_create_bin: error `e.reason`, with erl's error_info cause for the failing segment
// (erl_erts_errors:format_bs_fail formats it) when the loader knew the segment's number.
void raise_bs_create_error(Process* p, const BsCreateError& e, const BsSegment* segments);
Term make_unsupported_reason(Process* p, unsigned genop);

// Unwinds to the innermost catch: builds the stack trace, sets x0 = kNonValue, x1 = class,
// x2 = reason, x3 = stack trace, cuts the stack to the catching frame (p->stop) and returns the
// handler; nullptr if there is no catch (the process ends).
const Instr* unwind_to_catch(Process* p, const Instr* pc, const Instr* cp, Term* x);
// The exit reason of an uncaught exception: {Reason, Trace} for errors, Reason for exits,
// {{nocatch, V}, Trace} for throws.
Term exit_reason_of(Process* p);
Term class_atom(ExceptionClass c);

// catch Expr's value for a caught exception of class `cls` with the raw stack trace `raw_trace` (x3).
Term catch_value(Process* p, Term cls, Term reason, Term raw_trace);
void reraise(Process* p, Term trace, Term value);
// The cooked stack trace of a raw one (x3); [] for a term that is not one, as erl's build_stacktrace.
Term cook_stacktrace(Process* p, Term raw);
bool raw_raise(Process* p, Term cls, Term reason, Term trace);  // false: bad class

// The uncooked stack trace of the exception set on p, raised at pc (the instruction, or a BIF stub)
// with continuation cp (nullptr when the function has saved it in its frame); `first_frame_args` (a
// list, or kNonValue for the arity) goes into the raising function's frame.
Term build_stacktrace(Process* p, const Instr* pc, const Instr* cp, Term first_frame_args);
// The uncooked stack trace for a call that could not be made (undef): `first_frame` then the callers,
// from the saved continuation p->cp and the stack (a tail call's caller is gone, as in erl). `caller`,
// when given, is the calling instruction, whose function comes next (a call not made yet: its return
// address is not in p->cp).
Term stacktrace_of_call(Process* p, Term first_frame, const Instr* caller = nullptr);
// A BIF export `ep` raised (not in a BIF frame) with continuation cp. When it is erlang:apply/2,3 and
// cp is not module code (apply is the process's first call, as in spawn(Fun)), erl's trace is
// [{erlang, apply, Arity, []}]: set it as the complete trace. Other BIFs keep [] as in erl.
void note_first_call_bif_error(Process* p, const Export* ep, const Instr* cp);
// erlang:error/1,2,3, exit/1 or throw/1: the BIFs that always raise (a tail apply of one keeps the
// caller in the stack trace, vm/ops_calls.inc TAIL_APPLY_ADJUST).
bool is_raising_bif(const Export* ep);

}  // namespace ember::vm
