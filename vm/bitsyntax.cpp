// Bit syntax: matching (bs_start_match, bs_get_*, ...) and construction (bs_create_bin). Semantics are
// erl 25's (OTP erl_bits.c, beam_bs_*); docs/bitsyntax.md describes the match context and the rules.
#include "vm/bitsyntax.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/unicode.hpp"

namespace ember::vm {

namespace {

// ---- bit-level helpers ----------------------------------------------------------------------------------
// Bit 0 of a byte stream is the most significant bit of byte 0 (Erlang bit order).

constexpr Word low_mask(unsigned n) { return n >= 64 ? ~Word(0) : (Word(1) << n) - 1; }

// The big-endian unsigned integer in bytes p[0..k), k <= 8: one load for the usual widths.
inline Word read_be_bytes(const std::uint8_t* p, unsigned k) {
    switch (k) {
    case 1: return p[0];
    case 2: { std::uint16_t v; std::memcpy(&v, p, 2); return __builtin_bswap16(v); }
    case 4: { std::uint32_t v; std::memcpy(&v, p, 4); return __builtin_bswap32(v); }
    case 8: { std::uint64_t v; std::memcpy(&v, p, 8); return __builtin_bswap64(v); }
    default: {
        Word v = 0;
        for (unsigned i = 0; i < k; ++i) v = (v << 8) | p[i];
        return v;
    }
    }
}

// The n (0..64) bits at bit position `pos`, first bit most significant. Reads only the bytes that hold
// those bits.
inline Word read_uint(const std::uint8_t* data, std::size_t pos, unsigned n) {
    if (n == 0) return 0;
    const std::uint8_t* p = data + pos / 8;
    unsigned shift = unsigned(pos % 8);
    if (shift == 0 && n % 8 == 0) return read_be_bytes(p, n / 8);
    unsigned total = shift + n;
    unsigned bytes = (total + 7) / 8;
    unsigned __int128 acc = 0;
    for (unsigned i = 0; i < bytes; ++i) acc = (acc << 8) | p[i];
    acc >>= bytes * 8 - total;
    return Word(acc) & low_mask(n);
}

// Little-endian segments of n bits (OTP rule): the stream holds the value's bytes least significant
// first, and when n % 8 != 0 the last, partial, stream byte holds the top n % 8 bits of the value.
// `stream` has the n stream bits right-aligned (as read_uint returns them); the result is the value.
inline Word little_from_stream(Word stream, unsigned n) {
    unsigned full = n / 8, rem = n % 8;
    Word v = 0;
    for (unsigned k = 0; k < full; ++k) v |= ((stream >> (n - 8 * (k + 1))) & 0xFF) << (8 * k);
    if (rem != 0) v |= (stream & low_mask(rem)) << (8 * full);
    return v;
}

// Inverse of little_from_stream: the n stream bits (right-aligned) for the low n bits of `value`.
inline Word little_to_stream(Word value, unsigned n) {
    unsigned full = n / 8, rem = n % 8;
    Word s = 0;
    for (unsigned k = 0; k < full; ++k) s |= ((value >> (8 * k)) & 0xFF) << (n - 8 * (k + 1));
    if (rem != 0) s |= (value >> (8 * full)) & low_mask(rem);
    return s;
}

inline bool is_little(unsigned flags) {
    if (flags & kBsLittle) return true;
    return (flags & kBsNative) != 0 && std::endian::native == std::endian::little;
}

// Appends bits to a zero-filled buffer.
struct BitWriter {
    std::uint8_t* buf;
    std::size_t pos;

    // Writes the low n (0..64) bits of v, most significant first.
    void put_uint(Word v, unsigned n) {
        if (n == 0) return;
        if (pos % 8 == 0 && n % 8 == 0) {
            // The n/8 low bytes of v, most significant first: v moved to the top and byte-swapped.
            std::uint64_t be = __builtin_bswap64(v << (64 - n));
            std::memcpy(buf + pos / 8, &be, n / 8);
        } else {
            std::uint8_t tmp[8];
            Word left = v << (64 - n);
            for (int i = 0; i < 8; ++i) tmp[i] = std::uint8_t(left >> (56 - 8 * i));
            copy_bits(tmp, 0, buf, pos, n);
        }
        pos += n;
    }
    void put_bits(const std::uint8_t* src, std::size_t src_offset, std::size_t n) {
        copy_bits(src, src_offset, buf, pos, n);
        pos += n;
    }
};

// ---- integers -------------------------------------------------------------------------------------------
// Integer terms are built with vm/bignum.hpp (make_integer, make_bignum: normalised results).

// The two's complement limbs of an integer term, sign-extended to any length.
class TwosComplement {
public:
    explicit TwosComplement(Term t) {
        if (is_small(t)) {
            m_small = small_value(t);
            return;
        }
        m_mag = bignum_limbs(t);
        m_count = bignum_limb_count(t);
        m_negative = bignum_negative(t);
        if (m_negative) {
            while (m_mag[m_lowest_nonzero] == 0) ++m_lowest_nonzero;  // normalised: some limb is non-zero
        }
    }
    // Limb i (least significant first) of the infinite two's complement representation.
    Word limb(std::size_t i) const {
        if (m_mag == nullptr) return i == 0 ? Word(m_small) : (m_small < 0 ? ~Word(0) : 0);
        Word m = i < m_count ? m_mag[i] : 0;
        if (!m_negative) return m;
        // -mag = ~mag + 1; the +1 carries into limb i iff every lower limb of mag is zero.
        return ~m + (i <= m_lowest_nonzero ? 1 : 0);
    }

private:
    SWord m_small = 0;
    const Word* m_mag = nullptr;
    std::size_t m_count = 0;
    bool m_negative = false;
    std::size_t m_lowest_nonzero = 0;
};

// Writes the low `bits` bits of the integer term `value` (two's complement) in the given byte order.
void put_integer(BitWriter& w, Term value, Word bits, bool little) {
    if (bits == 0) return;
    TwosComplement tc(value);
    if (bits <= 64) {
        unsigned n = unsigned(bits);
        Word v = tc.limb(0) & low_mask(n);
        w.put_uint(little ? little_to_stream(v, n) : v, n);
        return;
    }
    if (!little) {
        std::size_t limbs = (bits + 63) / 64;
        unsigned top = unsigned(bits - 64 * (limbs - 1));
        w.put_uint(tc.limb(limbs - 1) & low_mask(top), top);
        for (std::size_t i = limbs - 1; i-- > 0;) w.put_uint(tc.limb(i), 64);
        return;
    }
    std::size_t full = bits / 8;
    unsigned rem = unsigned(bits % 8);
    for (std::size_t k = 0; k < full; ++k) w.put_uint((tc.limb(k / 8) >> (8 * (k % 8))) & 0xFF, 8);
    if (rem != 0) w.put_uint((tc.limb(full / 8) >> (8 * (full % 8))) & low_mask(rem), rem);
}

// Reads a `bits`-bit integer (bits > 64) at bit position `pos`; see bs_get_integer.
Term read_wide_integer(HeapAllocator& heap, const std::uint8_t* data, std::size_t pos, Word bits, unsigned flags) {
    std::size_t limbs = (bits + 63) / 64;
    Word small_buf[16];
    std::unique_ptr<Word[]> big_buf;
    Word* mag = small_buf;
    if (limbs > 16) {
        big_buf = std::make_unique<Word[]>(limbs);
        mag = big_buf.get();
    }
    if (!is_little(flags)) {
        for (std::size_t i = 0; i < limbs; ++i) {
            unsigned width = unsigned(std::min<Word>(64, bits - 64 * i));
            mag[i] = read_uint(data, pos + bits - 64 * i - width, width);
        }
    } else {
        std::fill(mag, mag + limbs, Word(0));
        std::size_t full = bits / 8;
        unsigned rem = unsigned(bits % 8);
        for (std::size_t k = 0; k < full; ++k) mag[k / 8] |= read_uint(data, pos + 8 * k, 8) << (8 * (k % 8));
        if (rem != 0) mag[full / 8] |= read_uint(data, pos + 8 * full, rem) << (8 * (full % 8));
    }
    unsigned top_bits = unsigned((bits - 1) % 64 + 1);
    bool negative = (flags & kBsSigned) != 0 && ((mag[limbs - 1] >> (top_bits - 1)) & 1) != 0;
    if (negative) {
        // magnitude = 2^bits - value: invert within `bits` bits and add one.
        Word carry = 1;
        for (std::size_t i = 0; i < limbs; ++i) {
            Word v = ~mag[i];
            if (i == limbs - 1) v &= low_mask(top_bits);
            mag[i] = v + carry;
            carry = (carry != 0 && mag[i] == 0) ? 1 : 0;
        }
    }
    return make_bignum(heap, mag, limbs, negative);  // kNonValue above kMaxBignumLimbs
}

// ---- match contexts -------------------------------------------------------------------------------------
// [header][bitstring][position][end]; positions are relative to the start of the bitstring.

struct Cursor {
    Term* words;               // the match context's words
    const std::uint8_t* data;  // first byte of the bitstring
    std::size_t base;          // bit offset of the bitstring within data[0]
    Word pos() const { return words[2]; }
    Word remaining() const { return words[3] - words[2]; }
    std::size_t abs() const { return base + words[2]; }  // bit position in data of the next bit
    void advance(Word bits) { words[2] += bits; }
};

inline bool cursor(Term ctx, Cursor* c) {
    if (!is_match_context(ctx)) return false;
    Term* w = boxed_ptr(ctx);
    BinaryRef ref = binary_ref(w[1]);
    *c = Cursor{w, ref.data, ref.bit_offset};
    return true;
}

inline bool cursor_remaining(Term ctx, Cursor* c, Word bits) { return cursor(ctx, c) && c->remaining() >= bits; }

inline Word unit_or_one(Word unit) { return unit == 0 ? 1 : unit; }

}  // namespace

// ---- half precision -------------------------------------------------------------------------------------

// Round to nearest, ties to even, directly from the double (erl uses _Float16, which does the same):
// overflow gives infinity, underflow gives (signed) zero or a subnormal.
std::uint16_t bs_double_to_half(double d) {
    Word b = std::bit_cast<Word>(d);
    std::uint16_t sign = std::uint16_t((b >> 48) & 0x8000);
    int exp = int((b >> 52) & 0x7FF);
    Word frac = b & low_mask(52);
    if (exp == 0x7FF) return std::uint16_t(sign | 0x7C00 | (frac != 0 ? 0x200 : 0));
    if (exp == 0) return sign;  // double subnormals are far below half's range
    int e = exp - 1023;
    if (e > 15) return std::uint16_t(sign | 0x7C00);
    Word sig = frac | (Word(1) << 52);  // 53 significant bits
    unsigned shift = 42;                // keep 11 bits (implicit one + 10) for a normal half
    int half_exp = e + 15;
    if (e < -14) {  // subnormal half: the exponent is fixed at -14, drop more bits
        shift += unsigned(-14 - e);
        half_exp = 0;
    }
    if (shift > 54) return sign;  // below half of the smallest subnormal
    Word q = sig >> shift;
    Word r = sig & low_mask(shift);
    Word halfway = Word(1) << (shift - 1);
    if (r > halfway || (r == halfway && (q & 1) != 0)) ++q;
    // For normals q is in [1024, 2048]; a carry into bit 11 bumps the exponent, as it should.
    Word h = half_exp == 0 ? q : (Word(half_exp) << 10) + q - 1024;
    if (h >= 0x7C00) return std::uint16_t(sign | 0x7C00);
    return std::uint16_t(sign | h);
}

double bs_half_to_double(std::uint16_t h) {
    int exp = (h >> 10) & 0x1F;
    int frac = h & 0x3FF;
    double v;
    if (exp == 0x1F) {
        v = frac != 0 ? std::nan("") : HUGE_VAL;
    } else if (exp == 0) {
        v = std::ldexp(double(frac), -24);
    } else {
        v = std::ldexp(double(frac | 0x400), exp - 25);
    }
    return (h & 0x8000) != 0 ? -v : v;
}

// ---- matching -------------------------------------------------------------------------------------------

// Postcondition: a match context positioned at bit 0 of src (or src itself if it already is one).
Term bs_start_match(HeapAllocator& heap, Term src) {
    if (is_match_context(src)) return src;
    if (!is_bitstring(src)) return kNonValue;
    BinaryRef ref = binary_ref(src);
    Term* hp = heap.alloc(kMatchContextWords);
    hp[0] = make_header(kMatchContextWords - 1, Subtag::MatchContext);
    hp[1] = src;
    hp[2] = 0;
    hp[3] = Word(ref.bit_size);
    return make_boxed(hp);
}

Word bs_match_remaining(Term ctx) {
    if (!is_match_context(ctx)) return 0;
    const Term* w = boxed_ptr(ctx);
    return w[3] - w[2];
}

// Reads `bits` bits as an integer (unsigned or two's complement signed, big or little endian) and
// advances; fails without moving when fewer bits remain. Widths above 64 bits may build a bignum.
namespace {
// bs_get_integer of more than 64 bits, out of line: its limb buffer would otherwise give every
// field read a large stack frame.
[[gnu::noinline]] bool get_wide_integer(HeapAllocator& heap, Cursor& c, Word bits, unsigned flags, Term* out) {
    Term t = read_wide_integer(heap, c.data, c.abs(), bits, flags);
    if (t == kNonValue) return false;  // wider than any bignum: erl's match fails too
    *out = t;
    c.advance(bits);
    return true;
}
}  // namespace

bool bs_get_integer(HeapAllocator& heap, Term ctx, Word bits, unsigned flags, Term* out) {
    Cursor c;
    if (!cursor_remaining(ctx, &c, bits)) return false;
    if (bits == 0) {
        *out = make_small(0);
        return true;
    }
    if (bits > 64) return get_wide_integer(heap, c, bits, flags, out);
    unsigned n = unsigned(bits);
    Word v = read_uint(c.data, c.abs(), n);
    c.advance(bits);
    if (is_little(flags)) v = little_from_stream(v, n);
    if ((flags & kBsSigned) != 0 && ((v >> (n - 1)) & 1) != 0) {
        *out = make_integer(heap, SWord(v | ~low_mask(n)));
    } else if (v <= Word(kMaxSmall)) {
        *out = make_small(SWord(v));
    } else {
        *out = make_integer_u64(heap, v);
    }
    return true;
}

// Size 0 gives 0.0 without consuming anything (as erl); sizes other than 16, 32, 64 and bit patterns
// of infinities and NaNs fail.
bool bs_get_float(HeapAllocator& heap, Term ctx, Word bits, unsigned flags, Term* out) {
    Cursor c;
    if (!cursor(ctx, &c)) return false;
    double d = 0.0;
    if (bits != 0) {
        if ((bits != 16 && bits != 32 && bits != 64) || c.remaining() < bits) return false;
        unsigned n = unsigned(bits);
        Word v = read_uint(c.data, c.abs(), n);
        if (is_little(flags)) v = little_from_stream(v, n);
        if (n == 64) {
            d = std::bit_cast<double>(v);
        } else if (n == 32) {
            d = double(std::bit_cast<float>(std::uint32_t(v)));
        } else {
            d = bs_half_to_double(std::uint16_t(v));
        }
        if (!std::isfinite(d)) return false;
        c.advance(bits);
    }
    *out = write_float(heap.alloc(kFloatWords), d);
    return true;
}

bool bs_get_binary(HeapAllocator& heap, Term ctx, Word bits, Term* out) {
    Cursor c;
    if (!cursor_remaining(ctx, &c, bits)) return false;
    *out = make_sub_binary(heap, c.words[1], c.pos(), bits);
    c.advance(bits);
    return true;
}

bool bs_get_binary_all(HeapAllocator& heap, Term ctx, Word unit, Term* out) {
    Cursor c;
    if (!cursor(ctx, &c) || c.remaining() % unit_or_one(unit) != 0) return false;
    *out = bs_get_tail(heap, ctx);
    c.advance(c.remaining());
    return true;
}

bool bs_skip_bits(Term ctx, Word bits) {
    Cursor c;
    if (!cursor_remaining(ctx, &c, bits)) return false;
    c.advance(bits);
    return true;
}

bool bs_skip_all(Term ctx, Word unit) {
    Cursor c;
    if (!cursor(ctx, &c) || c.remaining() % unit_or_one(unit) != 0) return false;
    c.advance(c.remaining());
    return true;
}

bool bs_test_tail(Term ctx, Word bits) {
    Cursor c;
    return cursor(ctx, &c) && c.remaining() == bits;
}

bool bs_test_unit(Term ctx, Word unit) {
    Cursor c;
    return cursor(ctx, &c) && c.remaining() % unit_or_one(unit) == 0;
}

// Compares the next `bits` bits with the first `bits` bits of `bytes`; advances on a match.
bool bs_match_string(Term ctx, Word bits, const std::uint8_t* bytes) {
    Cursor c;
    if (!cursor_remaining(ctx, &c, bits)) return false;
    std::size_t at = c.abs();
    std::size_t full = bits / 8;
    unsigned rem = unsigned(bits % 8);
    if (at % 8 == 0) {
        if (full != 0 && std::memcmp(c.data + at / 8, bytes, full) != 0) return false;
    } else {
        for (std::size_t i = 0; i < full; ++i) {
            if (read_uint(c.data, at + 8 * i, 8) != bytes[i]) return false;
        }
    }
    if (rem != 0 && read_uint(c.data, at + 8 * full, rem) != Word(bytes[full] >> (8 - rem))) return false;
    c.advance(bits);
    return true;
}

// Shortest-form UTF-8 of a code point in 0..0x10FFFF outside the surrogates; anything else fails.
bool bs_get_utf8(Term ctx, Term* out) {
    Cursor c;
    if (!cursor_remaining(ctx, &c, 8)) return false;
    std::size_t at = c.abs();
    Word b0 = read_uint(c.data, at, 8);
    std::uint32_t cp;
    unsigned len;
    std::uint32_t min;
    if (b0 < 0x80) {
        *out = make_small(SWord(b0));
        c.advance(8);
        return true;
    } else if ((b0 & 0xE0) == 0xC0) {
        len = 2, cp = std::uint32_t(b0 & 0x1F), min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3, cp = std::uint32_t(b0 & 0x0F), min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4, cp = std::uint32_t(b0 & 0x07), min = 0x10000;
    } else {
        return false;
    }
    if (c.remaining() < 8 * Word(len)) return false;
    for (unsigned i = 1; i < len; ++i) {
        Word b = read_uint(c.data, at + 8 * i, 8);
        if ((b & 0xC0) != 0x80) return false;
        cp = (cp << 6) | std::uint32_t(b & 0x3F);
    }
    if (cp < min || !is_valid_code_point(cp)) return false;
    *out = make_small(SWord(cp));
    c.advance(8 * Word(len));
    return true;
}

// One 16-bit unit, or a high surrogate followed by a low surrogate; lone surrogates fail.
bool bs_get_utf16(Term ctx, unsigned flags, Term* out) {
    Cursor c;
    if (!cursor_remaining(ctx, &c, 16)) return false;
    bool little = is_little(flags);
    auto unit_at = [&](std::size_t at) {
        Word v = read_uint(c.data, at, 16);
        return little ? little_from_stream(v, 16) : v;
    };
    Word w1 = unit_at(c.abs());
    if (w1 < 0xD800 || w1 > 0xDFFF) {
        *out = make_small(SWord(w1));
        c.advance(16);
        return true;
    }
    if (w1 >= 0xDC00 || c.remaining() < 32) return false;
    Word w2 = unit_at(c.abs() + 16);
    if (w2 < 0xDC00 || w2 > 0xDFFF) return false;
    *out = make_small(SWord(0x10000 + ((w1 - 0xD800) << 10) + (w2 - 0xDC00)));
    c.advance(32);
    return true;
}

bool bs_get_utf32(Term ctx, unsigned flags, Term* out) {
    Cursor c;
    if (!cursor_remaining(ctx, &c, 32)) return false;
    Word v = read_uint(c.data, c.abs(), 32);
    if (is_little(flags)) v = little_from_stream(v, 32);
    if (!is_valid_code_point(std::uint32_t(v))) return false;
    *out = make_small(SWord(v));
    c.advance(32);
    return true;
}

// The unmatched rest as a bitstring (the matched bitstring itself when nothing was consumed yet). The
// position does not move.
Term bs_get_tail(HeapAllocator& heap, Term ctx) {
    Cursor c;
    if (!cursor(ctx, &c)) return kNonValue;
    if (c.pos() == 0) return c.words[1];
    return make_sub_binary(heap, c.words[1], c.pos(), c.remaining());
}

Term bs_get_position(Term ctx) {
    if (!is_match_context(ctx)) return kNonValue;
    return make_small(SWord(boxed_ptr(ctx)[2]));
}

// Precondition: position came from bs_get_position on the same context (ignored otherwise).
void bs_set_position(Term ctx, Term position) {
    if (!is_match_context(ctx) || !is_small(position)) return;
    SWord p = small_value(position);
    Term* w = boxed_ptr(ctx);
    if (p >= 0 && Word(p) <= w[3]) w[2] = Word(p);
}

// ---- construction ---------------------------------------------------------------------------------------

namespace {

// Largest bitstring bs_create_bin builds (2^47 bytes); above it the result is system_limit. erl has no
// such check below word overflow and dies in its allocator instead.
inline constexpr Word kMaxCreateBits = kBsMaxCreateBits;

bool fail(BsCreateError* e, std::size_t i, Term reason, BsCreateErrorKind kind, Term value) {
    e->segment = i;
    e->reason = reason;
    e->kind = kind;
    e->value = value;
    return false;
}

// A literal size 'all' was resolved by the loader (BinaryAll); a size that is the atom 'all' only at
// run time is a bad size (badarg), as in erl.
inline BsSegmentType effective_type(const BsSegment& s) { return s.type; }

inline bool has_size_term(BsSegmentType t) {
    return t == BsSegmentType::Integer || t == BsSegmentType::Float || t == BsSegmentType::Binary;
}

// Pass 1 (as erl: every size is checked before any value): size * unit in bits for sized segments.
bool check_size(const BsSegment& s, std::size_t i, Word* bits, BsCreateError* e) {
    Term size = s.size;
    if (is_small(size)) {
        SWord v = small_value(size);
        if (v < 0) return fail(e, i, am_badarg, BsCreateErrorKind::Size, size);
        Word product;
        if (__builtin_mul_overflow(Word(v), s.unit, &product) || product > kMaxCreateBits) {
            return fail(e, i, am_system_limit, BsCreateErrorKind::Size, size);
        }
        *bits = product;
        return true;
    }
    if (is_bignum(size) && !bignum_negative(size)) return fail(e, i, am_system_limit, BsCreateErrorKind::Size, size);
    return fail(e, i, am_badarg, BsCreateErrorKind::Size, size);
}

inline std::size_t utf8_length(SWord cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

inline bool valid_code_point_term(Term t) {
    return is_small(t) && small_value(t) >= 0 && small_value(t) <= 0x10FFFF &&
           is_valid_code_point(std::uint32_t(small_value(t)));
}

// Pass 2: checks the value against the segment and gives the segment's size in bits. `sized_bits` is
// pass 1's result for sized segments.
bool check_value(const BsSegment& s, BsSegmentType type, std::size_t i, Word sized_bits, Word* bits,
                 BsCreateError* e) {
    Term v = s.value;
    switch (type) {
    case BsSegmentType::Integer:
        if (!is_integer(v)) return fail(e, i, am_badarg, BsCreateErrorKind::Type, v);
        *bits = sized_bits;
        return true;
    case BsSegmentType::Float: {
        if (sized_bits != 16 && sized_bits != 32 && sized_bits != 64) {
            Term b = fits_small(SWord(sized_bits)) ? make_small(SWord(sized_bits)) : s.size;
            return fail(e, i, am_badarg, BsCreateErrorKind::Invalid, b);
        }
        double d;
        if (!is_number(v)) return fail(e, i, am_badarg, BsCreateErrorKind::Type, v);
        if (!is_float(v) && !integer_to_double(v, &d)) return fail(e, i, am_badarg, BsCreateErrorKind::NoFloat, v);
        *bits = sized_bits;
        return true;
    }
    case BsSegmentType::Binary:
        if (!is_bitstring(v)) return fail(e, i, am_badarg, BsCreateErrorKind::Type, v);
        if (binary_ref(v).bit_size < sized_bits) return fail(e, i, am_badarg, BsCreateErrorKind::Short, v);
        *bits = sized_bits;
        return true;
    case BsSegmentType::BinaryAll:
    case BsSegmentType::Append:
    case BsSegmentType::PrivateAppend: {
        if (!is_bitstring(v)) return fail(e, i, am_badarg, BsCreateErrorKind::Type, v);
        Word size = binary_ref(v).bit_size;
        if (size % unit_or_one(s.unit) != 0) return fail(e, i, am_badarg, BsCreateErrorKind::Unit, v);
        *bits = size;
        return true;
    }
    case BsSegmentType::Utf8:
    case BsSegmentType::Utf16:
    case BsSegmentType::Utf32: {
        if (!valid_code_point_term(v)) return fail(e, i, am_badarg, BsCreateErrorKind::Type, v);
        SWord cp = small_value(v);
        if (type == BsSegmentType::Utf8) *bits = 8 * utf8_length(cp);
        else if (type == BsSegmentType::Utf16) *bits = cp < 0x10000 ? 16 : 32;
        else *bits = 32;
        return true;
    }
    case BsSegmentType::String:
        if (s.string == nullptr && s.string_bytes != 0) return fail(e, i, am_badarg, BsCreateErrorKind::Type, v);
        *bits = 8 * Word(s.string_bytes);
        return true;
    }
    return fail(e, i, am_badarg, BsCreateErrorKind::Type, v);
}

void put_float(BitWriter& w, Term v, Word bits, bool little) {
    double d = 0.0;
    if (is_float(v)) d = float_value(v);
    else integer_to_double(v, &d);  // checked by check_value
    unsigned n = unsigned(bits);
    Word raw;
    if (n == 64) raw = std::bit_cast<Word>(d);
    else if (n == 32) raw = std::bit_cast<std::uint32_t>(float(d));
    else raw = bs_double_to_half(d);
    w.put_uint(little ? little_to_stream(raw, n) : raw, n);
}

void put_utf(BitWriter& w, BsSegmentType type, std::uint32_t cp, bool little) {
    auto put16 = [&](Word u) { w.put_uint(little ? little_to_stream(u, 16) : u, 16); };
    switch (type) {
    case BsSegmentType::Utf8:
        if (cp < 0x80) {
            w.put_uint(cp, 8);
        } else if (cp < 0x800) {
            w.put_uint(((0xC0 | (cp >> 6)) << 8) | (0x80 | (cp & 0x3F)), 16);
        } else if (cp < 0x10000) {
            w.put_uint(((0xE0 | (cp >> 12)) << 16) | ((0x80 | ((cp >> 6) & 0x3F)) << 8) | (0x80 | (cp & 0x3F)), 24);
        } else {
            w.put_uint((Word(0xF0 | (cp >> 18)) << 24) | ((0x80 | ((cp >> 12) & 0x3F)) << 16) |
                           ((0x80 | ((cp >> 6) & 0x3F)) << 8) | (0x80 | (cp & 0x3F)),
                       32);
        }
        break;
    case BsSegmentType::Utf16:
        if (cp < 0x10000) {
            put16(cp);
        } else {
            put16(0xD800 + ((cp - 0x10000) >> 10));
            put16(0xDC00 + ((cp - 0x10000) & 0x3FF));
        }
        break;
    default:
        w.put_uint(little ? little_to_stream(cp, 32) : cp, 32);
        break;
    }
}

// Pass 3: writes one checked segment of `bits` bits.
void put_segment(BitWriter& w, const BsSegment& s, BsSegmentType type, Word bits) {
    bool little = is_little(s.flags);
    switch (type) {
    case BsSegmentType::Integer:
        put_integer(w, s.value, bits, little);
        break;
    case BsSegmentType::Float:
        put_float(w, s.value, bits, little);
        break;
    case BsSegmentType::Binary:
    case BsSegmentType::BinaryAll:
    case BsSegmentType::Append:
    case BsSegmentType::PrivateAppend: {
        BinaryRef ref = binary_ref(s.value);
        w.put_bits(ref.data, ref.bit_offset, bits);
        break;
    }
    case BsSegmentType::Utf8:
    case BsSegmentType::Utf16:
    case BsSegmentType::Utf32:
        put_utf(w, type, std::uint32_t(small_value(s.value)), little);
        break;
    case BsSegmentType::String:
        w.put_bits(s.string, 0, bits);
        break;
    }
}

// Per-segment scratch (resolved type and size), on the stack for the usual segment counts.
struct SegmentPlan {
    BsSegmentType type;
    Word bits;
};

// The segments most construction is made of, checked in one pass that allocates nothing: small
// integers of at most 64 bits, 32- and 64-bit floats of a float or small integer, big-endian; binaries
// (sized or all); strings. Fills `plan` and the total bits. False when a segment is anything else or
// would fail, and the general passes then do the work (and report the error in erl's order). Each
// accepted segment is one the general passes accept with the same type and bits, so pass 3 is the
// same either way.
bool plan_simple(const BsSegment* segments, std::size_t count, SegmentPlan* plan, Word* total_out) {
    Word total = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const BsSegment& s = segments[i];
        Word bits;
        switch (s.type) {
        case BsSegmentType::Integer:
        case BsSegmentType::Float: {
            if ((s.flags & (kBsLittle | kBsNative)) != 0 || !is_small(s.size) || small_value(s.size) < 0) return false;
            if (__builtin_mul_overflow(Word(small_value(s.size)), s.unit, &bits)) return false;
            if (s.type == BsSegmentType::Integer) {
                if (bits > 64 || !is_small(s.value)) return false;
            } else if ((bits != 64 && bits != 32) || !(is_float(s.value) || is_small(s.value))) {
                return false;
            }
            break;
        }
        case BsSegmentType::Binary:
            if (!is_small(s.size) || small_value(s.size) < 0 || !is_bitstring(s.value)) return false;
            if (__builtin_mul_overflow(Word(small_value(s.size)), s.unit, &bits) || bits > kMaxCreateBits ||
                binary_ref(s.value).bit_size < bits)
                return false;
            break;
        case BsSegmentType::BinaryAll:
        case BsSegmentType::Append:
        case BsSegmentType::PrivateAppend:
            if (!is_bitstring(s.value)) return false;
            bits = binary_ref(s.value).bit_size;
            if (bits % unit_or_one(s.unit) != 0) return false;
            break;
        case BsSegmentType::String:
            if (s.string == nullptr && s.string_bytes != 0) return false;
            bits = 8 * Word(s.string_bytes);
            break;
        default:
            return false;
        }
        if (bits > kMaxCreateBits - total) return false;
        plan[i].type = s.type;
        plan[i].bits = bits;
        total += bits;
    }
    *total_out = total;
    return true;
}

inline bool is_append(BsSegmentType t) { return t == BsSegmentType::Append || t == BsSegmentType::PrivateAppend; }

// Pass 3 for a checked append (segment 0 is the append segment, `total` bits in all). Appends in place
// when segment 0's value is the newest version of a writable binary; otherwise copies it into a new
// writable binary with room to grow (OTP erts_bs_append). Either way the result is a new version: a sub
// binary over the writable block. Older versions keep their bits: only bits past the newest version's
// end are written. `grown` receives the bytes the block was enlarged by in place.
Term create_appended(HeapAllocator& heap, const BsSegment* segments, std::size_t count, const SegmentPlan* plan,
                     Word total, std::size_t* grown) {
    Term* refc = writable_newest(segments[0].value);
    std::size_t first = 1;
    std::size_t start = 0;
    if (refc != nullptr) {
        start = reinterpret_cast<const Binary*>(refc[2])->append_bits;
        std::size_t more = writable_reserve(refc, total);
        if (grown != nullptr) *grown = more;
    } else {
        refc = make_writable_refc(heap, writable_capacity_for(std::size_t((total + 7) / 8)));
        first = 0;
    }
    std::uint8_t* data = reinterpret_cast<Binary*>(refc[2])->data;
    // Clear the invisible tail of the last partial byte and the bytes to be written (the writers
    // below assume a zeroed buffer, and padding bits stay zero as in freshly built binaries).
    if (start % 8 != 0) data[start / 8] &= std::uint8_t(0xFF << (8 - start % 8));
    std::size_t from = (start + 7) / 8, to = std::size_t((total + 7) / 8);
    if (to > from) std::memset(data + from, 0, to - from);
    BitWriter w{data, start};
    for (std::size_t i = first; i < count; ++i) put_segment(w, segments[i], plan[i].type, plan[i].bits);
    return writable_commit(heap, refc, std::size_t(total));
}

}  // namespace

// Invariant: nothing is allocated unless every segment is valid, so a failure leaves the heap as it
// was. Checks run in erl's order: all size terms first (pass 1), then each value in segment order
// (pass 2); pass 3 writes into a zeroed buffer, or appends to a writable binary (create_appended).
// Segments of the common kinds only take plan_simple's single check instead of passes 1 and 2.
Term bs_create_bin_grown(HeapAllocator& heap, const BsSegment* segments, std::size_t count, BsCreateError* error,
                         std::size_t* grown_bytes) {
    *grown_bytes = 0;
    SegmentPlan small_plan[16];
    std::unique_ptr<SegmentPlan[]> big_plan;
    SegmentPlan* plan = small_plan;
    if (count > 16) {
        big_plan = std::make_unique<SegmentPlan[]>(count);
        plan = big_plan.get();
    }
    Word total = 0;
    if (!plan_simple(segments, count, plan, &total)) {
        for (std::size_t i = 0; i < count; ++i) {
            plan[i].type = effective_type(segments[i]);
            plan[i].bits = 0;
            if (has_size_term(plan[i].type) && !check_size(segments[i], i, &plan[i].bits, error)) return kNonValue;
        }
        total = 0;
        for (std::size_t i = 0; i < count; ++i) {
            Word bits = 0;
            if (!check_value(segments[i], plan[i].type, i, plan[i].bits, &bits, error)) return kNonValue;
            plan[i].bits = bits;
            if (bits > kMaxCreateBits - total) {
                fail(error, i, am_system_limit, BsCreateErrorKind::Size, segments[i].size);
                return kNonValue;
            }
            total += bits;
        }
    }
    if (count > 0 && is_append(plan[0].type))
        return create_appended(heap, segments, count, plan, total, grown_bytes);
    std::size_t bytes = std::size_t((total + 7) / 8);
    std::uint8_t* buf = nullptr;
    Term bin = make_binary_uninit(heap, bytes, &buf);
    if (bytes != 0) std::memset(buf, 0, bytes);
    BitWriter w{buf, 0};
    for (std::size_t i = 0; i < count; ++i) put_segment(w, segments[i], plan[i].type, plan[i].bits);
    if (total % 8 == 0) return bin;
    return make_sub_binary(heap, bin, 0, total);
}

Term bs_create_bin(HeapAllocator& heap, const BsSegment* segments, std::size_t count, BsCreateError* error) {
    std::size_t grown = 0;
    return bs_create_bin_grown(heap, segments, count, error, &grown);
}

// ---- construction before bs_create_bin ------------------------------------------------------------------

Word bs_init_heap_words(std::size_t bits) {
    std::size_t bytes = (bits + 7) / 8;
    Word words = bytes <= kHeapBinaryMax ? heap_binary_words(bytes) : kRefcBinaryWords;
    return words + (bits % 8 != 0 ? kSubBinaryWords : 0);
}

Term bs_init_bits(HeapAllocator& heap, std::size_t bits, BsPutState& st) {
    std::size_t bytes = (bits + 7) / 8;
    std::uint8_t* buf = nullptr;
    Term bin = make_binary_uninit(heap, bytes, &buf);
    if (bytes != 0) std::memset(buf, 0, bytes);
    st = BsPutState{buf, 0, bits};
    return bits % 8 == 0 ? bin : make_sub_binary(heap, bin, 0, bits);
}

Term bs_append_open(HeapAllocator& heap, Term bin, std::size_t add_bits, Word unit, BsPutState& st,
                    std::size_t* grown, Term* reason) {
    *grown = 0;
    *reason = am_badarg;
    if (!is_bitstring(bin)) return kNonValue;
    std::size_t have = binary_ref(bin).bit_size;
    if (have % unit_or_one(unit) != 0) return kNonValue;
    if (add_bits > kMaxCreateBits - std::min<std::size_t>(have, kMaxCreateBits)) {
        *reason = am_system_limit;
        return kNonValue;
    }
    std::size_t total = have + add_bits;
    Term* refc = writable_newest(bin);
    if (refc != nullptr) {
        *grown = writable_reserve(refc, total);
    } else {
        refc = make_writable_refc(heap, writable_capacity_for((total + 7) / 8));
        BinaryRef ref = binary_ref(bin);
        std::uint8_t* data = reinterpret_cast<Binary*>(refc[2])->data;
        std::memset(data, 0, (total + 7) / 8);
        copy_bits(ref.data, ref.bit_offset, data, 0, have);
    }
    std::uint8_t* data = reinterpret_cast<Binary*>(refc[2])->data;
    // The bits after the current version are invisible to every term; the puts expect them zeroed.
    if (have % 8 != 0) data[have / 8] &= std::uint8_t(0xFF << (8 - have % 8));
    std::size_t from = (have + 7) / 8, to = (total + 7) / 8;
    if (to > from) std::memset(data + from, 0, to - from);
    st = BsPutState{data, have, total};
    return writable_commit(heap, refc, total);
}

bool bs_put_segment(BsPutState& st, const BsSegment& s, Term* reason) {
    BsCreateError e;
    BsSegmentType type = effective_type(s);
    Word sized = 0;
    if (has_size_term(type) && !check_size(s, 0, &sized, &e)) {
        *reason = e.reason;
        return false;
    }
    Word bits = 0;
    if (!check_value(s, type, 0, sized, &bits, &e)) {
        *reason = e.reason;
        return false;
    }
    // Only a crafted module puts without an open construction or past its end (erlc sizes the
    // construction from the same segments).
    if (st.base == nullptr || bits > st.limit - st.offset) {
        *reason = am_badarg;
        return false;
    }
    BitWriter w{st.base, st.offset};
    put_segment(w, s, type, bits);
    st.offset += bits;
    return true;
}

// Postcondition: an empty version (a 0-bit sub binary) of a new writable block.
Term bs_init_writable(HeapAllocator& heap, Term size_hint) {
    // OTP's default for a hint that is not a non-negative small. The cap keeps a wild hint from
    // allocating gigabytes up front; the block still grows on demand.
    constexpr SWord kDefaultHint = 1024, kMaxHint = SWord(1) << 24;
    SWord hint = kDefaultHint;
    if (is_small(size_hint) && small_value(size_hint) >= 0) hint = std::min(small_value(size_hint), kMaxHint);
    Term* refc = make_writable_refc(heap, std::size_t(hint));
    return writable_commit(heap, refc, 0);
}

Term bs_create_bin(HeapAllocator& heap, const BsSegment* segments, std::size_t count, std::size_t* bad_segment,
                   Term* reason) {
    BsCreateError e;
    Term r = bs_create_bin(heap, segments, count, &e);
    if (r == kNonValue) {
        if (bad_segment != nullptr) *bad_segment = e.segment;
        if (reason != nullptr) *reason = e.reason;
    }
    return r;
}

const char* bs_create_error_kind_name(BsCreateErrorKind kind) {
    switch (kind) {
    case BsCreateErrorKind::Type: return "type";
    case BsCreateErrorKind::Size: return "size";
    case BsCreateErrorKind::Short: return "short";
    case BsCreateErrorKind::Unit: return "unit";
    case BsCreateErrorKind::Invalid: return "invalid";
    case BsCreateErrorKind::NoFloat: return "no_float";
    }
    return "type";
}

const char* bs_segment_type_name(BsSegmentType type) {
    switch (type) {
    case BsSegmentType::Integer: return "integer";
    case BsSegmentType::Float: return "float";
    case BsSegmentType::Utf8: return "utf8";
    case BsSegmentType::Utf16: return "utf16";
    case BsSegmentType::Utf32: return "utf32";
    case BsSegmentType::String: return "string";
    default: return "binary";
    }
}

}  // namespace ember::vm
