// Arithmetic on small integers, bignums (GMP mpn_*) and floats. See vm/arith.hpp for the error contract.
#include "vm/arith.hpp"

#include <gmp.h>

#include <cmath>
#include <cstring>
#include <memory>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"

namespace ember::vm {

static_assert(sizeof(mp_limb_t) == sizeof(Word) && GMP_NUMB_BITS == 64, "Ember needs 64-bit GMP limbs");

namespace {

// Scratch limbs for an intermediate result: inline for the common few-limb case, heap memory above.
class LimbBuffer {
public:
    explicit LimbBuffer(std::size_t n) {
        if (n > kInline) {
            m_heap.reset(new Word[n]);
            m_data = m_heap.get();
        } else {
            m_data = m_inline;
        }
    }
    Word* data() { return m_data; }

private:
    static constexpr std::size_t kInline = 16;
    Word m_inline[kInline];
    std::unique_ptr<Word[]> m_heap;
    Word* m_data;
};

mp_limb_t* mp(Word* p) { return reinterpret_cast<mp_limb_t*>(p); }
const mp_limb_t* mp(const Word* p) { return reinterpret_cast<const mp_limb_t*>(p); }

Term fail(Term* reason, Term why) {
    *reason = why;
    return kNonValue;
}

// make_bignum, with system_limit when the result is too large.
Term finish(HeapAllocator& heap, const Word* limbs, std::size_t n, bool negative, Term* reason) {
    Term r = make_bignum(heap, limbs, n, negative);
    return is_value(r) ? r : fail(reason, am_system_limit);
}

Term float_result(HeapAllocator& heap, double r, Term* reason) {
    if (!std::isfinite(r)) return fail(reason, am_badarith);
    return make_float(heap, r);
}

enum class FloatOp { Add, Sub, Mul, Div };

// Mixed or float operands: both become doubles, the result must be finite.
Term float_arith(HeapAllocator& heap, Term a, Term b, FloatOp op, Term* reason) {
    double x, y;
    if (!number_to_double(a, &x) || !number_to_double(b, &y)) return fail(reason, am_badarith);
    double r = 0;
    switch (op) {
        case FloatOp::Add: r = x + y; break;
        case FloatOp::Sub: r = x - y; break;
        case FloatOp::Mul: r = x * y; break;
        case FloatOp::Div:
            if (y == 0.0) return fail(reason, am_badarith);
            r = x / y;
            break;
    }
    return float_result(heap, r, reason);
}

// Invariant: a and b are integers; computes a + b, or a - b when `negate_b`, in sign-magnitude form.
Term integer_add(HeapAllocator& heap, Term a, Term b, bool negate_b, Term* reason) {
    IntegerView x(a), y(b);
    bool xn = x.negative();
    bool yn = y.negative() != negate_b;
    const Word* xl = x.limbs();
    const Word* yl = y.limbs();
    std::size_t xs = x.size(), ys = y.size();
    if (xn == yn) {
        if (xs < ys) {
            std::swap(xl, yl);
            std::swap(xs, ys);
        }
        LimbBuffer buf(xs + 1);
        buf.data()[xs] = mpn_add(mp(buf.data()), mp(xl), mp_size_t(xs), mp(yl), mp_size_t(ys));
        return finish(heap, buf.data(), xs + 1, xn, reason);
    }
    int c = limbs_compare(xl, xs, yl, ys);
    if (c == 0) return make_small(0);
    bool negative = xn;
    if (c < 0) {
        std::swap(xl, yl);
        std::swap(xs, ys);
        negative = yn;
    }
    LimbBuffer buf(xs);
    mpn_sub(mp(buf.data()), mp(xl), mp_size_t(xs), mp(yl), mp_size_t(ys));
    return finish(heap, buf.data(), xs, negative, reason);
}

Term integer_mul(HeapAllocator& heap, Term a, Term b, Term* reason) {
    IntegerView x(a), y(b);
    if (x.is_zero() || y.is_zero()) return make_small(0);
    const Word* xl = x.limbs();
    const Word* yl = y.limbs();
    std::size_t xs = x.size(), ys = y.size();
    if (xs + ys - 1 > kMaxBignumLimbs) return fail(reason, am_system_limit);
    if (xs < ys) {
        std::swap(xl, yl);
        std::swap(xs, ys);
    }
    LimbBuffer buf(xs + ys);
    mpn_mul(mp(buf.data()), mp(xl), mp_size_t(xs), mp(yl), mp_size_t(ys));
    return finish(heap, buf.data(), xs + ys, x.negative() != y.negative(), reason);
}

enum class DivPart { Quotient, Remainder };

// Invariant: a and b are integers, b is not zero. Truncating division of the magnitudes; the quotient's
// sign is the product of the signs, the remainder's sign is the dividend's.
Term integer_divide(HeapAllocator& heap, Term a, Term b, DivPart part, Term* reason) {
    IntegerView x(a), y(b);
    std::size_t xs = x.size(), ys = y.size();
    if (limbs_compare(x.limbs(), xs, y.limbs(), ys) < 0) {
        return part == DivPart::Quotient ? make_small(0) : a;
    }
    LimbBuffer q(xs - ys + 1);
    LimbBuffer r(ys);
    mpn_tdiv_qr(mp(q.data()), mp(r.data()), 0, mp(x.limbs()), mp_size_t(xs), mp(y.limbs()), mp_size_t(ys));
    if (part == DivPart::Quotient) {
        return finish(heap, q.data(), xs - ys + 1, x.negative() != y.negative(), reason);
    }
    return finish(heap, r.data(), ys, x.negative(), reason);
}

// Two's complement of an integer in out[0..n), sign-extended; n must exceed the magnitude's size.
void to_twos_complement(const IntegerView& v, Word* out, std::size_t n) {
    std::memcpy(out, v.limbs(), v.size() * sizeof(Word));
    std::memset(out + v.size(), 0, (n - v.size()) * sizeof(Word));
    if (v.negative()) mpn_neg(mp(out), mp(out), mp_size_t(n));
}

enum class BitOp { And, Or, Xor };

// Invariant: a and b are integers; the result is the bitwise op of their infinite two's complement forms.
Term integer_bitop(HeapAllocator& heap, Term a, Term b, BitOp op, Term* reason) {
    IntegerView x(a), y(b);
    std::size_t n = std::max(x.size(), y.size()) + 1;
    LimbBuffer xb(n), yb(n), rb(n);
    to_twos_complement(x, xb.data(), n);
    to_twos_complement(y, yb.data(), n);
    switch (op) {
        case BitOp::And: mpn_and_n(mp(rb.data()), mp(xb.data()), mp(yb.data()), mp_size_t(n)); break;
        case BitOp::Or: mpn_ior_n(mp(rb.data()), mp(xb.data()), mp(yb.data()), mp_size_t(n)); break;
        case BitOp::Xor: mpn_xor_n(mp(rb.data()), mp(xb.data()), mp(yb.data()), mp_size_t(n)); break;
    }
    bool negative = (rb.data()[n - 1] >> 63) != 0;
    if (negative) mpn_neg(mp(rb.data()), mp(rb.data()), mp_size_t(n));
    return finish(heap, rb.data(), n, negative, reason);
}

Term integer_shift_left(HeapAllocator& heap, Term a, Word count, Term* reason) {
    IntegerView x(a);
    if (x.is_zero()) return make_small(0);
    Word words = count / kLimbBits;
    unsigned bits = unsigned(count % kLimbBits);
    if (words > kMaxBignumLimbs || x.size() + words > kMaxBignumLimbs) return fail(reason, am_system_limit);
    std::size_t n = x.size() + words + 1;
    LimbBuffer buf(n);
    std::memset(buf.data(), 0, words * sizeof(Word));
    if (bits == 0) {
        std::memcpy(buf.data() + words, x.limbs(), x.size() * sizeof(Word));
        buf.data()[n - 1] = 0;
    } else {
        buf.data()[n - 1] = mpn_lshift(mp(buf.data() + words), mp(x.limbs()), mp_size_t(x.size()), bits);
    }
    return finish(heap, buf.data(), n, x.negative(), reason);
}

// Arithmetic shift right: floor(a / 2^count).
Term integer_shift_right(HeapAllocator& heap, Term a, Word count, Term* reason) {
    IntegerView x(a);
    Word words = count / kLimbBits;
    unsigned bits = unsigned(count % kLimbBits);
    if (words >= x.size()) return make_small(x.negative() && !x.is_zero() ? -1 : 0);
    std::size_t n = x.size() - words;
    LimbBuffer buf(n + 1);
    bool lost = false;
    for (Word i = 0; i < words && !lost; ++i) lost = x.limbs()[i] != 0;
    if (bits == 0) {
        std::memcpy(buf.data(), x.limbs() + words, n * sizeof(Word));
    } else {
        lost = mpn_rshift(mp(buf.data()), mp(x.limbs() + words), mp_size_t(n), bits) != 0 || lost;
    }
    buf.data()[n] = 0;
    // A negative value that lost one-bits rounds toward -inf: its magnitude grows by one.
    if (x.negative() && lost) buf.data()[n] = mpn_add_1(mp(buf.data()), mp(buf.data()), mp_size_t(n), 1);
    return finish(heap, buf.data(), n + 1, x.negative(), reason);
}

// Invariant: a and count are integers; `left` says which way a positive count shifts.
Term integer_shift(HeapAllocator& heap, Term a, Term count, bool left, Term* reason) {
    if (!is_small(count)) {
        // A bignum count: far beyond any representable result.
        bool shift_left = bignum_negative(count) != left;
        if (shift_left) {
            if (a == make_small(0)) return a;
            return fail(reason, am_system_limit);
        }
        bool negative = is_small(a) ? small_value(a) < 0 : bignum_negative(a);
        return make_small(negative ? -1 : 0);
    }
    SWord s = small_value(count);
    if (!left) s = -s;  // no overflow: |s| < 2^59
    if (s == 0) return a;
    return s > 0 ? integer_shift_left(heap, a, Word(s), reason) : integer_shift_right(heap, a, Word(-s), reason);
}

Term rounding_bif(HeapAllocator& heap, Term a, FloatRounding mode, Term* reason) {
    if (is_integer(a)) return a;
    if (!is_float(a)) return fail(reason, am_badarg);
    return double_to_integer(heap, float_value(a), mode);
}

}  // namespace

// ---- helpers ------------------------------------------------------------------------------------------
Term make_float(HeapAllocator& heap, double d) { return write_float(heap.alloc(kFloatWords), d); }

bool number_to_double(Term number, double* out) {
    if (is_float(number)) {
        *out = float_value(number);
        return true;
    }
    if (is_integer(number)) return integer_to_double(number, out);
    return false;
}

Term integer_to_float(HeapAllocator& heap, Term integer, Term* reason) {
    double d;
    if (!is_integer(integer) || !integer_to_double(integer, &d)) return fail(reason, am_badarg);
    return make_float(heap, d);
}

// ---- operators ----------------------------------------------------------------------------------------
Term arith_add(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = add_small(a, b); is_value(r)) return r;
    if (both_small(a, b)) return make_integer(heap, small_value(a) + small_value(b));
    if (is_integer(a) && is_integer(b)) return integer_add(heap, a, b, false, reason);
    return float_arith(heap, a, b, FloatOp::Add, reason);
}

Term arith_sub(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = sub_small(a, b); is_value(r)) return r;
    if (both_small(a, b)) return make_integer(heap, small_value(a) - small_value(b));
    if (is_integer(a) && is_integer(b)) return integer_add(heap, a, b, true, reason);
    return float_arith(heap, a, b, FloatOp::Sub, reason);
}

Term arith_mul(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = mul_small(a, b); is_value(r)) return r;
    if (is_integer(a) && is_integer(b)) return integer_mul(heap, a, b, reason);
    return float_arith(heap, a, b, FloatOp::Mul, reason);
}

Term arith_fdiv(HeapAllocator& heap, Term a, Term b, Term* reason) {
    return float_arith(heap, a, b, FloatOp::Div, reason);
}

Term arith_div(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = div_small(a, b); is_value(r)) return r;
    if (!is_integer(a) || !is_integer(b) || b == make_small(0)) return fail(reason, am_badarith);
    return integer_divide(heap, a, b, DivPart::Quotient, reason);
}

Term arith_rem(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = rem_small(a, b); is_value(r)) return r;
    if (!is_integer(a) || !is_integer(b) || b == make_small(0)) return fail(reason, am_badarith);
    return integer_divide(heap, a, b, DivPart::Remainder, reason);
}

Term arith_band(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = band_small(a, b); is_value(r)) return r;
    if (!is_integer(a) || !is_integer(b)) return fail(reason, am_badarith);
    return integer_bitop(heap, a, b, BitOp::And, reason);
}

Term arith_bor(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = bor_small(a, b); is_value(r)) return r;
    if (!is_integer(a) || !is_integer(b)) return fail(reason, am_badarith);
    return integer_bitop(heap, a, b, BitOp::Or, reason);
}

Term arith_bxor(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = bxor_small(a, b); is_value(r)) return r;
    if (!is_integer(a) || !is_integer(b)) return fail(reason, am_badarith);
    return integer_bitop(heap, a, b, BitOp::Xor, reason);
}

Term arith_bsl(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = bsl_small(a, b); is_value(r)) return r;
    if (!is_integer(a) || !is_integer(b)) return fail(reason, am_badarith);
    return integer_shift(heap, a, b, true, reason);
}

Term arith_bsr(HeapAllocator& heap, Term a, Term b, Term* reason) {
    if (Term r = bsr_small(a, b); is_value(r)) return r;
    if (!is_integer(a) || !is_integer(b)) return fail(reason, am_badarith);
    return integer_shift(heap, a, b, false, reason);
}

Term arith_neg(HeapAllocator& heap, Term a, Term* reason) {
    if (is_small(a)) return make_integer(heap, -small_value(a));
    if (is_bignum(a)) {
        return finish(heap, bignum_limbs(a), bignum_limb_count(a), !bignum_negative(a), reason);
    }
    if (is_float(a)) return make_float(heap, -float_value(a));
    return fail(reason, am_badarith);
}

Term arith_plus(Term a, Term* reason) { return is_number(a) ? a : fail(reason, am_badarith); }

Term arith_bnot(HeapAllocator& heap, Term a, Term* reason) {
    if (Term r = bnot_small(a); is_value(r)) return r;
    if (!is_integer(a)) return fail(reason, am_badarith);
    return integer_add(heap, make_small(-1), a, true, reason);  // bnot A = -1 - A
}

// ---- BIF cores ----------------------------------------------------------------------------------------
Term bif_abs(HeapAllocator& heap, Term a, Term* reason) {
    if (is_small(a)) {
        SWord v = small_value(a);
        return v < 0 ? make_integer(heap, -v) : a;
    }
    if (is_bignum(a)) {
        if (!bignum_negative(a)) return a;
        return finish(heap, bignum_limbs(a), bignum_limb_count(a), false, reason);
    }
    if (is_float(a)) {
        double d = float_value(a);
        return d < 0 ? make_float(heap, -d) : a;
    }
    return fail(reason, am_badarg);
}

Term bif_trunc(HeapAllocator& heap, Term a, Term* reason) { return rounding_bif(heap, a, FloatRounding::Trunc, reason); }
Term bif_round(HeapAllocator& heap, Term a, Term* reason) { return rounding_bif(heap, a, FloatRounding::Round, reason); }
Term bif_floor(HeapAllocator& heap, Term a, Term* reason) { return rounding_bif(heap, a, FloatRounding::Floor, reason); }
Term bif_ceil(HeapAllocator& heap, Term a, Term* reason) { return rounding_bif(heap, a, FloatRounding::Ceil, reason); }

Term bif_float(HeapAllocator& heap, Term a, Term* reason) {
    if (is_float(a)) return a;
    return integer_to_float(heap, a, reason);
}

}  // namespace ember::vm
