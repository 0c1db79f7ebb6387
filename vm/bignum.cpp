// Bignum construction, conversion and comparison. See vm/bignum.hpp for the layout and the size limit.
#include "vm/bignum.hpp"

#include <cmath>
#include <cstring>

namespace ember::vm {

namespace {

constexpr double kTwoPow63 = 9223372036854775808.0;
constexpr double kTwoPow64 = 18446744073709551616.0;

Term write_bignum(HeapAllocator& heap, const Word* limbs, std::size_t n, bool negative) {
    Term* hp = heap.alloc(bignum_words(n));
    hp[0] = make_header(n, negative ? Subtag::NegBignum : Subtag::PosBignum);
    std::memcpy(hp + 1, limbs, n * sizeof(Word));
    return make_boxed(hp);
}

// Sign-and-magnitude comparison; a zero magnitude (one zero limb or none) has no sign.
int compare_signed(bool a_neg, const Word* a, std::size_t an, bool b_neg, const Word* b, std::size_t bn) {
    while (an > 0 && a[an - 1] == 0) --an;
    while (bn > 0 && b[bn - 1] == 0) --bn;
    int ga = an == 0 ? 0 : (a_neg ? -1 : 1);
    int gb = bn == 0 ? 0 : (b_neg ? -1 : 1);
    if (ga != gb) return ga < gb ? -1 : 1;
    if (ga == 0) return 0;
    int c = limbs_compare(a, an, b, bn);
    return ga < 0 ? -c : c;
}

}  // namespace

Term make_integer(HeapAllocator& heap, std::int64_t v) {
    if (fits_small(v)) return make_small(v);
    Word mag = v < 0 ? Word(0) - Word(v) : Word(v);
    return write_bignum(heap, &mag, 1, v < 0);
}

Term make_integer_u64(HeapAllocator& heap, std::uint64_t v) {
    if (v <= Word(kMaxSmall)) return make_small(SWord(v));
    return write_bignum(heap, &v, 1, false);
}

// Invariant: limbs[0..n) is a magnitude with possible top zero limbs; the result is normalised.
Term make_bignum(HeapAllocator& heap, const Word* limbs, std::size_t n, bool negative) {
    while (n > 0 && limbs[n - 1] == 0) --n;
    if (n == 0) return make_small(0);
    if (n == 1) {
        if (!negative && limbs[0] <= Word(kMaxSmall)) return make_small(SWord(limbs[0]));
        if (negative && limbs[0] <= Word(kMaxSmall) + 1) return make_small(-SWord(limbs[0]));
    }
    if (n > kMaxBignumLimbs) return kNonValue;
    return write_bignum(heap, limbs, n, negative);
}

bool integer_to_int64(Term integer, std::int64_t* out) {
    if (is_small(integer)) {
        *out = small_value(integer);
        return true;
    }
    if (!is_bignum(integer) || bignum_limb_count(integer) != 1) return false;
    Word mag = bignum_limbs(integer)[0];
    if (bignum_negative(integer)) {
        if (mag > Word(1) << 63) return false;
        *out = SWord(Word(0) - mag);
        return true;
    }
    if (mag > Word(INT64_MAX)) return false;
    *out = SWord(mag);
    return true;
}

bool integer_to_uint64(Term integer, std::uint64_t* out) {
    if (is_small(integer)) {
        SWord v = small_value(integer);
        if (v < 0) return false;
        *out = Word(v);
        return true;
    }
    if (!is_bignum(integer) || bignum_negative(integer) || bignum_limb_count(integer) != 1) return false;
    *out = bignum_limbs(integer)[0];
    return true;
}

// Invariant: reproduces OTP big_to_double bit for bit (Horner's rule over the limbs from the top, one
// rounding per step, finiteness checked after every step).
bool integer_to_double(Term integer, double* out) {
    if (is_small(integer)) {
        *out = double(small_value(integer));
        return true;
    }
    const Word* limbs = bignum_limbs(integer);
    double d = 0.0;
    for (Word i = bignum_limb_count(integer); i-- > 0;) {
        d = d * kTwoPow64 + double(limbs[i]);
        if (!std::isfinite(d)) return false;
    }
    *out = bignum_negative(integer) ? -d : d;
    return true;
}

// Invariant: `integral` is finite with no fractional part; out[0..result) holds |integral| exactly.
std::size_t integral_double_to_limbs(double integral, Word* out) {
    double a = std::fabs(integral);
    if (a == 0.0) return 0;
    if (a < kTwoPow64) {
        out[0] = Word(a);
        return 1;
    }
    int exp = 0;
    double m = std::frexp(a, &exp);  // a = m * 2^exp, 0.5 <= m < 1
    Word mantissa = Word(std::ldexp(m, 53));
    int shift = exp - 53;  // >= 11 here since a >= 2^64
    std::size_t word = std::size_t(shift) / 64;
    int bit = shift % 64;
    std::memset(out, 0, (word + 2) * sizeof(Word));
    out[word] = mantissa << bit;
    if (bit != 0) out[word + 1] = mantissa >> (64 - bit);
    std::size_t n = word + 2;
    while (n > 0 && out[n - 1] == 0) --n;
    return n;
}

Term double_to_integer(HeapAllocator& heap, double d, FloatRounding mode) {
    if (!std::isfinite(d)) return kNonValue;
    double r = d;
    switch (mode) {
        case FloatRounding::Trunc: r = std::trunc(d); break;
        case FloatRounding::Round: r = std::round(d); break;
        case FloatRounding::Floor: r = std::floor(d); break;
        case FloatRounding::Ceil: r = std::ceil(d); break;
    }
    if (r > -kTwoPow63 && r < kTwoPow63) return make_integer(heap, std::int64_t(r));
    Word limbs[kMaxDoubleLimbs];
    std::size_t n = integral_double_to_limbs(r, limbs);
    return make_bignum(heap, limbs, n, r < 0);
}

int limbs_compare(const Word* a, std::size_t an, const Word* b, std::size_t bn) {
    if (an != bn) return an < bn ? -1 : 1;
    for (std::size_t i = an; i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

int integer_compare(Term a, Term b) {
    if (is_small(a) && is_small(b)) {
        SWord x = small_value(a), y = small_value(b);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    // A normalised bignum is beyond every small, so a small/big mix is decided by the bignum's sign.
    if (is_small(a)) return bignum_negative(b) ? 1 : -1;
    if (is_small(b)) return bignum_negative(a) ? -1 : 1;
    IntegerView x(a), y(b);
    return compare_signed(x.negative(), x.limbs(), x.size(), y.negative(), y.limbs(), y.size());
}

// Invariant: exact; the integer is compared with trunc(d) first and the fraction of d breaks a tie.
int integer_compare_double(Term integer, double d) {
    if (std::isnan(d)) return -1;
    if (std::isinf(d)) return d > 0 ? -1 : 1;
    double t = std::trunc(d);
    double frac = d - t;  // exact
    int c;
    if (is_small(integer) && std::fabs(t) < kTwoPow63) {
        SWord x = small_value(integer), y = SWord(t);
        c = x < y ? -1 : (x > y ? 1 : 0);
    } else {
        Word limbs[kMaxDoubleLimbs];
        std::size_t n = integral_double_to_limbs(t, limbs);
        IntegerView v(integer);
        c = compare_signed(v.negative(), v.limbs(), v.size(), t < 0, limbs, n);
    }
    if (c != 0) return c;
    if (frac > 0) return -1;
    if (frac < 0) return 1;
    return 0;
}

}  // namespace ember::vm
