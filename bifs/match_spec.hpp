// Match specifications (OTP erts/emulator/beam/erl_db_util.c for the rules; ERTS User's Guide "Match
// Specifications in Erlang"): ONE compiler and interpreter shared by ETS select/match, ets:match_spec_*,
// erlang:match_spec_test/3 and, later, tracing.
//
// A match spec [{Head, Guards, Body}] compiles into a CompiledMs: the spec is copied into an OwnedTerm
// (constants point into it), each head into a pattern tree, each guard/body expression into an
// expression tree whose calls are resolved to the erlang BIFs once. Running a clause: match the head
// (binding '$N' to subterms of the object, =:= for repeated variables), evaluate the guards (an
// exception or a non-true value fails the clause), then the body (an exception makes the result
// 'EXIT'). Results may point into the object and into the spec's storage: the caller copies them out.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/owned_term.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::bifs::ms {

using vm::Term;

enum class Dialect : std::uint8_t { Table, Trace };

class CompiledMs;
using MsPtr = std::shared_ptr<const CompiledMs>;

// Compiles `spec`; nullptr on error, with erl's messages (match_spec_test's {error, [{error, Text}]})
// appended to *errors when given, and *too_deep (when given) true if the spec nests beyond what the
// compiler takes (the BIFs raise system_limit for that, as erl, and badarg for other errors).
MsPtr compile(Term spec, Dialect dialect, std::vector<std::string>* errors = nullptr, bool* too_deep = nullptr);

struct RunOutcome {
    bool matched = false;
    Term result = vm::kNonValue;  // the body's value (may point into the object and the spec)
    bool return_trace = false;    // trace dialect: return_trace in the body
    bool exception_trace = false; // trace dialect: exception_trace in the body
    int silent = -1;              // trace dialect: {silent, Bool} in the body (1/0), else -1
};

// What the trace dialect's functions about the traced call return, filled by the call tracer
// (bifs/trace_calls.cpp).
struct TraceCall {
    Term caller = vm::am_undefined;       // caller/0: {M, F, A}, or undefined
    Term caller_line = vm::am_undefined;  // caller_line/0: {M, F, A, {File, Line}}, or undefined
};

// Runs the clauses on `obj` (first matching clause wins). Intermediate terms are built on p's heap.
// `call`: the traced call (trace dialect; without it caller/0 and caller_line/0 are undefined).
RunOutcome run(const CompiledMs& ms, vm::Process* p, Term obj, const TraceCall* call = nullptr);

// Whether a clause calls caller_line/0 (the call tracer then works the location out).
bool uses_caller_line(const CompiledMs& ms);

// The constant keys the clauses' heads bind at position keypos (1-based) of a tuple head, distinct
// (=:=) and in order of first appearance, when every clause binds one (select can then look the keys
// up instead of scanning); empty otherwise.
std::vector<Term> bound_keys(const CompiledMs& ms, unsigned keypos);

// ets:match_spec_compile/1 magic references (vm/magic_ref.hpp) holding a compiled spec; find_compiled
// gives nullptr for any other term, a plain reference with the same number included.
Term make_compiled_ref(vm::Process* p, const MsPtr& ms);
MsPtr find_compiled(Term ref);

}  // namespace ember::bifs::ms
