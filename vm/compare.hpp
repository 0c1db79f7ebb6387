// Term comparison: Erlang's standard term order (OTP erts/emulator/beam/utils.c, erts_cmp / eq).
//
//   number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring
//
// Two comparisons exist, as in OTP:
//  - arithmetic (==, /=, <, =<, >, >=, lists:sort): integers and floats compare by value, 1 == 1.0;
//  - exact (=:=, =/=, map key order): an integer and a float are never equal; when their values are
//    equal the integer sorts first (1 before 1.0). Map keys are ordered and compared this way.
// Both are iterative: long lists and deep tuples use an explicit stack, never the C stack.
// Details of each type's order are in docs/terms.md.
#pragma once

#include "vm/term.hpp"

namespace ember::vm {

// -1, 0 or 1: a < b, a == b, a > b in arithmetic term order (==, <, lists:sort).
int compare_terms(Term a, Term b);
// -1, 0 or 1 in exact term order: like compare_terms, but an integer and a float of equal value are
// different, the integer first. Used to sort and compare map keys.
int compare_exact(Term a, Term b);
// =:= (no integer/float mixing).
bool exact_equal(Term a, Term b);
// == (1 == 1.0).
bool equal(Term a, Term b);

// Helpers shared with maps, hashing and the arithmetic code.

// Integers against integers or doubles: integer_compare / integer_compare_double in vm/bignum.hpp.
// Compares atoms by their UTF-8 text (= code point order).
int compare_atoms(Term a, Term b);

}  // namespace ember::vm
