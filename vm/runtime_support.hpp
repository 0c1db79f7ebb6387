// Small helpers the interpreter, BIFs and signals share: building tuples and refs, resolving calls
// through exports, funs and apply (OTP beam_common.c: apply, call_fun, fixed_apply).
#pragma once

#include <cstdint>

#include "vm/code.hpp"
#include "vm/heap_allocator.hpp"
#include "vm/module.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::vm {

Term make_tuple2(HeapAllocator& h, Term a, Term b);
Term make_tuple3(HeapAllocator& h, Term a, Term b, Term c);
Term make_tuple4(HeapAllocator& h, Term a, Term b, Term c, Term d);
Term make_tuple5(HeapAllocator& h, Term a, Term b, Term c, Term d, Term e);
inline Term make_tuple2(Process* p, Term a, Term b) { return make_tuple2(*p, a, b); }
Term make_cons(HeapAllocator& h, Term head, Term tail);
// A list of `n` terms (n may be 0).
Term make_list_of(HeapAllocator& h, const Term* items, std::size_t n);
// A string as a list of code points (the input is UTF-8).
Term make_charlist(HeapAllocator& h, std::string_view utf8);

// References: [header arity=3, Ref][low 32 bits][high 32 bits][0]. The id is unique per runtime.
Term make_ref(HeapAllocator& h, std::uint64_t id);
std::uint64_t ref_id(Term ref);  // a ref term, or a small integer holding the id (signals)
Term copy_ref(HeapAllocator& h, Term ref_or_id);

// Length of a proper list, or -1 if `list` is not one.
std::int64_t list_length(Term list);

// The arity a fun accepts (for closures: the lambda's arity minus its free variables).
std::uint32_t fun_arity(Term fun);

// Resolving calls. Each returns the code to jump to, with x registers prepared, or nullptr after
// setting an exception on p (undef, badfun, badarity, badarg).
const Instr* resolve_undefined(Process* p, Export* ep, Term* x);
const Instr* resolve_apply(Process* p, Term module, Term function, std::uint32_t arity, Term* x);
// erlang:apply(erlang, apply, [M, F, Args]) with x[0..3) = M, F, Args becomes M:F(Args...) in
// x[0..length(Args)), nested ones too, as erl's apply does (OTP beam_common.c apply()); an argument
// list that is not a proper list of at most 255 elements is left for the apply BIF's badarg.
void unwrap_apply(Term& module, Term& function, std::uint32_t& arity, Term* x);
// On success p->trap_arity is the number of live argument registers (arity + free variables).
const Instr* resolve_fun_call(Process* p, Term fun, std::uint32_t arity, Term* x);

}  // namespace ember::vm
