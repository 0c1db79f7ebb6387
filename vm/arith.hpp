// Arithmetic operators and numeric BIF cores, every small/bignum/float combination as erl does it
// (OTP erts/emulator/beam/erl_arith.c, big.c, bif.c).
//
// Contract: each general function takes the HeapAllocator that receives its result and returns a term,
// or kNonValue with the error reason atom in *reason:
//   am_badarith     operators on non-numbers, integer-only operators on floats, division by zero, a float
//                   result that is inf or NaN, an integer too big to become a double in mixed arithmetic;
//   am_badarg       the BIF cores (abs, trunc, round, floor, ceil, float) on non-numbers, float(Big) too big;
//   am_system_limit an integer result above kMaxBignumLimbs limbs (vm/bignum.hpp), e.g. 1 bsl (1 bsl 64).
// Mixed integer/float operands are promoted to float with OTP's big_to_double (vm/bignum.hpp).
//
// The *_small functions are the interpreter's hot paths: inline, no allocation, kNonValue whenever an
// operand is not a small or the result does not fit a small, in which case the caller calls the general
// function (which handles every case again, so the fast path may decline anything).
#pragma once

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

// ---- small-integer fast paths -------------------------------------------------------------------------
constexpr bool both_small(Term a, Term b) { return (a & b & kImmed1Mask) == kImmed1Small; }

// On the tagged words: a small is v * 16 + 0xF, so a + (b - 0xF) is (va + vb) * 16 + 0xF, and the
// 64-bit signed add overflows exactly when va + vb leaves the 60-bit small range.
inline Term add_small(Term a, Term b) {
    if (!both_small(a, b)) return kNonValue;
    SWord r;
    if (__builtin_add_overflow(SWord(a), SWord(b - kImmed1Small), &r)) return kNonValue;
    return Term(r);
}

inline Term sub_small(Term a, Term b) {
    if (!both_small(a, b)) return kNonValue;
    SWord r;  // (va - vb) * 16 + 0xF, as add_small
    if (__builtin_sub_overflow(SWord(a), SWord(b - kImmed1Small), &r)) return kNonValue;
    return Term(r);
}

inline Term mul_small(Term a, Term b) {
    if (!both_small(a, b)) return kNonValue;
    SWord r;
    if (__builtin_mul_overflow(small_value(a), small_value(b), &r) || !fits_small(r)) return kNonValue;
    return make_small(r);
}

inline Term neg_small(Term a) {
    if (!is_small(a)) return kNonValue;
    SWord r = -small_value(a);
    return fits_small(r) ? make_small(r) : kNonValue;
}

// `div` (truncating). Declines a zero divisor so the general path raises badarith.
inline Term div_small(Term a, Term b) {
    if (!both_small(a, b) || b == make_small(0)) return kNonValue;
    SWord r = small_value(a) / small_value(b);
    return fits_small(r) ? make_small(r) : kNonValue;  // kMinSmall div -1
}

// `rem`: the sign follows the dividend.
inline Term rem_small(Term a, Term b) {
    if (!both_small(a, b) || b == make_small(0)) return kNonValue;
    return make_small(small_value(a) % small_value(b));
}

// Bitwise operators work on the tagged words directly: the tag bits are all ones in both operands.
inline Term band_small(Term a, Term b) { return both_small(a, b) ? (a & b) : kNonValue; }
inline Term bor_small(Term a, Term b) { return both_small(a, b) ? (a | b) : kNonValue; }
inline Term bxor_small(Term a, Term b) { return both_small(a, b) ? ((a ^ b) | kImmed1Small) : kNonValue; }
inline Term bnot_small(Term a) { return is_small(a) ? (~a | kImmed1Small) : kNonValue; }

// `bsl` with a count in 0..63 and no overflow out of the small range.
inline Term bsl_small(Term a, Term b) {
    if (!both_small(a, b)) return kNonValue;
    SWord v = small_value(a), s = small_value(b);
    if (s < 0 || s >= kSmallBits) return kNonValue;
    SWord r = SWord(Word(v) << s);
    if ((r >> s) != v || !fits_small(r)) return kNonValue;
    return make_small(r);
}

// `bsr` with a non-negative count; rounds toward -inf like an arithmetic shift.
inline Term bsr_small(Term a, Term b) {
    if (!both_small(a, b)) return kNonValue;
    SWord v = small_value(a), s = small_value(b);
    if (s < 0) return kNonValue;
    return make_small(s >= 63 ? (v < 0 ? -1 : 0) : (v >> s));
}

// ---- general operators (any operands) -----------------------------------------------------------------
Term arith_add(HeapAllocator& heap, Term a, Term b, Term* reason);   // +
Term arith_sub(HeapAllocator& heap, Term a, Term b, Term* reason);   // -
Term arith_mul(HeapAllocator& heap, Term a, Term b, Term* reason);   // *
Term arith_fdiv(HeapAllocator& heap, Term a, Term b, Term* reason);  // /   (always a float)
Term arith_div(HeapAllocator& heap, Term a, Term b, Term* reason);   // div (integers, truncating)
Term arith_rem(HeapAllocator& heap, Term a, Term b, Term* reason);   // rem (integers, sign of a)
Term arith_band(HeapAllocator& heap, Term a, Term b, Term* reason);  // band (two's complement)
Term arith_bor(HeapAllocator& heap, Term a, Term b, Term* reason);   // bor
Term arith_bxor(HeapAllocator& heap, Term a, Term b, Term* reason);  // bxor
Term arith_bsl(HeapAllocator& heap, Term a, Term b, Term* reason);   // bsl (negative count shifts right)
Term arith_bsr(HeapAllocator& heap, Term a, Term b, Term* reason);   // bsr (floor; negative count shifts left)
Term arith_neg(HeapAllocator& heap, Term a, Term* reason);           // unary -
Term arith_plus(Term a, Term* reason);                               // unary + (a number or badarith)
Term arith_bnot(HeapAllocator& heap, Term a, Term* reason);          // bnot

// ---- BIF cores (badarg on non-numbers) ----------------------------------------------------------------
Term bif_abs(HeapAllocator& heap, Term a, Term* reason);    // abs/1 (abs(-0.0) is -0.0, as in OTP 25)
Term bif_trunc(HeapAllocator& heap, Term a, Term* reason);  // trunc/1
Term bif_round(HeapAllocator& heap, Term a, Term* reason);  // round/1 (half away from zero)
Term bif_floor(HeapAllocator& heap, Term a, Term* reason);  // floor/1
Term bif_ceil(HeapAllocator& heap, Term a, Term* reason);   // ceil/1
Term bif_float(HeapAllocator& heap, Term a, Term* reason);  // float/1

// ---- helpers ------------------------------------------------------------------------------------------
// A float term on the heap (2 words). The caller makes sure `d` is finite.
Term make_float(HeapAllocator& heap, double d);
// An integer term as a float term; kNonValue with badarg when it is too big for a double.
Term integer_to_float(HeapAllocator& heap, Term integer, Term* reason);
// Any number term as a double (OTP's conversion for integers); false for non-numbers and integers too
// big for a double.
bool number_to_double(Term number, double* out);

}  // namespace ember::vm
