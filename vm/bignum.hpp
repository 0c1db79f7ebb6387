// Integers beyond the small range: construction, conversion and comparison (OTP erts/emulator/beam/big.c).
//
// A bignum is [header arity=n, PosBignum|NegBignum][limb 0]...[limb n-1] (vm/term.hpp): sign and
// magnitude, 64-bit GMP limbs, least significant first. Every integer this file builds is normalised:
// the top limb is non-zero and a value that fits a small integer is always a small. Arithmetic on the
// limbs uses GMP's mpn_* layer (vm/arith.cpp); this file only moves limbs around.
//
// Size limit: like OTP's BIG_ARITY_MAX, a bignum has at most kMaxBignumLimbs = 2^19 - 1 limbs
// (33,554,368 bits). `1 bsl 33554367` is the largest power of two erl builds; anything that would need
// more limbs raises system_limit. The check lives in the callers that can grow numbers (vm/arith.cpp,
// vm/number_text.cpp); make_bignum itself refuses with kNonValue.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

inline constexpr Word kMaxBignumLimbs = (Word(1) << 19) - 1;
inline constexpr int kLimbBits = 64;

// Heap words taken by a bignum of `limbs` limbs (header included).
constexpr Word bignum_words(Word limbs) { return limbs + 1; }

// ---- construction -------------------------------------------------------------------------------------
Term make_integer(HeapAllocator& heap, std::int64_t v);
Term make_integer_u64(HeapAllocator& heap, std::uint64_t v);
// From a magnitude `limbs[0..n)` (least significant first; top zero limbs allowed) and a sign. The result
// is normalised (a small when it fits; -0 is 0). kNonValue if the value needs more than kMaxBignumLimbs
// limbs (the caller raises system_limit).
Term make_bignum(HeapAllocator& heap, const Word* limbs, std::size_t n, bool negative);

// ---- views --------------------------------------------------------------------------------------------
// Sign and magnitude of any integer term without allocating. Zero is one zero limb. A small's magnitude is
// held inside the view, so the view must outlive any use of limbs().
class IntegerView {
public:
    explicit IntegerView(Term t) {
        if (is_small(t)) {
            SWord v = small_value(t);
            m_negative = v < 0;
            m_small = m_negative ? Word(0) - Word(v) : Word(v);
            m_limbs = nullptr;
            m_size = 1;
        } else {
            m_negative = bignum_negative(t);
            m_limbs = bignum_limbs(t);
            m_size = bignum_limb_count(t);
        }
    }
    IntegerView(const IntegerView&) = delete;
    IntegerView& operator=(const IntegerView&) = delete;

    const Word* limbs() const { return m_limbs ? m_limbs : &m_small; }
    std::size_t size() const { return m_size; }
    bool negative() const { return m_negative; }
    bool is_zero() const { return m_size == 1 && limbs()[0] == 0; }

private:
    const Word* m_limbs;
    std::size_t m_size;
    Word m_small = 0;
    bool m_negative;
};

// ---- conversion ---------------------------------------------------------------------------------------
// The value of an integer term if it fits the target type.
bool integer_to_int64(Term integer, std::int64_t* out);
bool integer_to_uint64(Term integer, std::uint64_t* out);

// An integer term as a double the way OTP's big_to_double does it: most significant limb first,
// d = d * 2^64 + limb, each step rounded (so not always correctly rounded: erl gives
// float((1 bsl 64) + (1 bsl 53) + 2049) == 1.8455751272964293e19, one ulp below the exact rounding).
// False when the result is not finite (erl raises badarith, or badarg from float/1).
bool integer_to_double(Term integer, double* out);

enum class FloatRounding { Trunc, Round, Floor, Ceil };
// trunc/round/floor/ceil of a finite double as an integer term (round: half away from zero, like erl's
// round/1). kNonValue when `d` is not finite.
Term double_to_integer(HeapAllocator& heap, double d, FloatRounding mode);

// Magnitude of an integral, finite double as limbs; returns the limb count (0 for zero). `out` needs
// kMaxDoubleLimbs entries.
inline constexpr std::size_t kMaxDoubleLimbs = 17;
std::size_t integral_double_to_limbs(double integral, Word* out);

// ---- comparison ---------------------------------------------------------------------------------------
// -1, 0 or 1 as a < b, a == b, a > b for two integer terms (any small/bignum mix).
int integer_compare(Term a, Term b);
// An integer term against a double, exactly (no rounding), like erl's == and < across types:
// (1 bsl 64) == 18446744073709551616.0, and 9007199254740993 > 9007199254740992.0. NaN compares as
// greater than any integer (Erlang never makes one); +-inf compare as beyond every integer.
int integer_compare_double(Term integer, double d);

// Magnitudes: -1/0/1 for a[0..an) vs b[0..bn), both normalised (no top zero limb).
int limbs_compare(const Word* a, std::size_t an, const Word* b, std::size_t bn);

}  // namespace ember::vm
