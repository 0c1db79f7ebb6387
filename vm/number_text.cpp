// Number <-> text conversions. See vm/number_text.hpp for the contracts and docs/numbers.md for the float
// formatting rules taken from OTP.
#include "vm/number_text.hpp"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"

namespace ember::vm {

namespace {

constexpr char kDigitChars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// The value of a digit character in `base`, or -1.
int digit_value(char c, int base) {
    int v;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'A' && c <= 'Z') v = c - 'A' + 10;
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 10;
    else return -1;
    return v < base ? v : -1;
}

Term fail(Term* reason, Term why) {
    *reason = why;
    return kNonValue;
}

// Invariant: digits[0..n) are valid digits of `base` (n >= 1). Builds the integer with the given sign.
Term integer_from_digits(HeapAllocator& heap, const char* digits, std::size_t n, int base, bool negative,
                         Term* reason) {
    while (n > 1 && digits[0] == '0') {
        ++digits;
        --n;
    }
    // Fast path: accumulate in 64 bits while it cannot overflow.
    Word acc = 0;
    std::size_t i = 0;
    for (; i < n; ++i) {
        Word next;
        if (__builtin_mul_overflow(acc, Word(base), &next) ||
            __builtin_add_overflow(next, Word(digit_value(digits[i], base)), &next)) {
            break;
        }
        acc = next;
    }
    if (i == n) {
        if (acc <= Word(kMaxSmall)) return make_small(negative ? -SWord(acc) : SWord(acc));
        return make_bignum(heap, &acc, 1, negative);  // one limb always fits
    }
    // Too many digits for 64 bits: GMP converts the digit values. log2(base) <= 6 bits per digit.
    double bits = double(n) * std::log2(double(base));
    if (bits > double(kMaxBignumLimbs + 1) * kLimbBits) return fail(reason, am_system_limit);
    std::size_t limbs = std::size_t(bits / kLimbBits) + 2;
    std::vector<unsigned char> values(n);
    for (std::size_t k = 0; k < n; ++k) values[k] = (unsigned char)digit_value(digits[k], base);
    std::vector<Word> buf(limbs + 1);
    mp_size_t got = mpn_set_str(reinterpret_cast<mp_limb_t*>(buf.data()), values.data(), n, base);
    Term r = make_bignum(heap, buf.data(), std::size_t(got), negative);
    return is_value(r) ? r : fail(reason, am_system_limit);
}

// Trailing zeros after the decimal point are dropped, keeping one digit after the point (OTP
// find_first_trailing_zero; it does not look for the point, so "100000000000000000000" becomes "1").
void strip_trailing_zeros(std::string& s) {
    std::size_t end = s.size();
    while (end > 1 && s[end - 1] == '0') --end;
    if (end > 0 && s[end - 1] == '.') ++end;
    s.resize(end);
}

std::string printf_float(const char* fmt, int precision, double d) {
    int len = std::snprintf(nullptr, 0, fmt, precision, d);
    std::string s(std::size_t(len), '\0');
    std::snprintf(s.data(), s.size() + 1, fmt, precision, d);
    return s;
}

// {decimals, N}: OTP's sys_double_to_chars_fast. Values above 2^53 and N >= 19 go through "%.*f";
// otherwise the integer part is floor(|d|) and the fraction is round(frac * 10^N) (half away from zero,
// computed in double precision, so 0.125 -> "0.13" but 1.005 -> "1.00").
bool format_decimals(double d, int decimals, bool compact, std::string* out) {
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    constexpr int kFastDecimals = int(sizeof(kPow10) / sizeof(kPow10[0]));
    constexpr double kMaxFast = 9007199254740992.0;  // 2^53
    bool negative = std::signbit(d);
    double a = std::fabs(d);
    std::string s;
    if (a > kMaxFast || decimals >= kFastDecimals) {
        s = printf_float("%.*f", decimals, d);
        if (s.size() > kMaxFloatTextLength) return false;
        if (compact) strip_trailing_zeros(s);
        *out = std::move(s);
        return true;
    }
    Word int_part;
    Word frac_part = 0;
    if (decimals > 0) {
        double int_f = std::floor(a);
        double frac_f = std::round((a - int_f) * kPow10[decimals]);
        int_part = Word(int_f);
        frac_part = Word(frac_f);
        if (frac_f >= kPow10[decimals]) {  // the rounding carried into the integer part
            ++int_part;
            frac_part = 0;
        }
    } else {
        int_part = Word(std::llround(a));
    }
    if (negative) s += '-';
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), int_part);
    s.append(buf, end);
    if (decimals > 0) {
        s += '.';
        auto [fend, fec] = std::to_chars(buf, buf + sizeof(buf), frac_part);
        std::size_t flen = std::size_t(fend - buf);
        s.append(std::size_t(decimals) - flen, '0');
        s.append(buf, fend);
    }
    if (s.size() > kMaxFloatTextLength) return false;
    if (compact && decimals > 0) strip_trailing_zeros(s);
    *out = std::move(s);
    return true;
}

// Shortest round-trip digits of a finite, non-zero |d|: digits (no leading/trailing zeros) and the
// decimal exponent of the first digit.
void shortest_digits(double a, std::string* digits, int* sci_exponent) {
    char buf[40];
    auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), a, std::chars_format::scientific);
    const char* e = std::find(buf, end, 'e');
    digits->clear();
    for (const char* p = buf; p < e; ++p) {
        if (*p != '.') *digits += *p;
    }
    while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
    int exp = 0;
    std::from_chars(e + 1 + (e[1] == '+' ? 1 : 0), end, exp);
    *sci_exponent = exp;
}

void append_exponent(std::string& out, int exp) {
    out += 'e';
    if (exp < 0) {
        out += '-';
        exp = -exp;
    }
    out += std::to_string(exp);
}

// Invariant: [begin, end) is a validated float literal (sign, digits, '.', digits, optional exponent);
// returns its correctly rounded value, false on overflow to infinity.
bool convert_float(const char* begin, const char* end, double* out) {
    // scan_float admits a comma as the decimal point, as erts does; from_chars wants a '.'.
    std::string dotted;
    if (const char* comma = std::find(begin, end, ','); comma != end) {
        dotted.assign(begin, end);
        dotted[static_cast<std::size_t>(comma - begin)] = '.';
        begin = dotted.data();
        end = begin + dotted.size();
    }
    bool negative = *begin == '-';
    const char* p = (*begin == '-' || *begin == '+') ? begin + 1 : begin;
    double v = 0;
    auto [ptr, ec] = std::from_chars(p, end, v, std::chars_format::general);
    if (ec == std::errc() && ptr == end) {
        *out = negative ? -v : v;
        return true;
    }
    if (ec != std::errc::result_out_of_range) return false;
    // Out of range: an overflow when the first significant digit, once the exponent is applied, is at
    // 10^0 or above; otherwise an underflow to zero.
    long long int_digits = 0;  // digits before the point
    while (p + int_digits < end && p[int_digits] != '.') ++int_digits;
    long long first = 0;  // index of the first non-zero digit, the point not counted
    bool seen = false;
    const char* e = p;
    for (; e < end && *e != 'e' && *e != 'E'; ++e) {
        if (*e == '.' || seen) continue;
        if (*e != '0') seen = true;
        else ++first;
    }
    long long exp10 = 0;
    if (e < end) {
        bool eneg = e[1] == '-';
        for (const char* r = e + 1 + ((e[1] == '-' || e[1] == '+') ? 1 : 0); r < end; ++r) {
            if (exp10 < 100000) exp10 = exp10 * 10 + (*r - '0');
        }
        if (eneg) exp10 = -exp10;
    }
    long long position = int_digits - 1 - first + exp10;
    if (seen && position >= 0) return false;
    *out = negative ? -0.0 : 0.0;
    return true;
}

// Length of the float literal at the start of `text` ([+-]d+.d+([eE][+-]?d+)?), or 0. With
// `whole`, an incomplete exponent is an error rather than left over.
std::size_t scan_float(std::string_view text, bool whole) {
    std::size_t i = 0, n = text.size();
    auto digits = [&](std::size_t from) {
        std::size_t j = from;
        while (j < n && text[j] >= '0' && text[j] <= '9') ++j;
        return j;
    };
    if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
    std::size_t j = digits(i);
    // A comma is a decimal point too, as in erl's list_to_float/1, binary_to_float/1 and
    // string:list_to_float/1 (erts sys_chars_to_double).
    if (j == i || j >= n || !(text[j] == '.' || text[j] == ',')) return 0;
    std::size_t k = digits(j + 1);
    if (k == j + 1) return 0;
    if (k < n && (text[k] == 'e' || text[k] == 'E')) {
        std::size_t m = k + 1;
        if (m < n && (text[m] == '+' || text[m] == '-')) ++m;
        std::size_t x = digits(m);
        if (x > m) return x;
        return whole ? 0 : k;
    }
    return k;
}

}  // namespace

// ---- integers -----------------------------------------------------------------------------------------
void append_integer_text(std::string& out, Term integer, int base) {
    if (base < 2 || base > 36) base = 10;
    if (is_small(integer)) {
        SWord v = small_value(integer);
        Word mag = v < 0 ? Word(0) - Word(v) : Word(v);
        char buf[72];
        char* p = buf + sizeof(buf);
        if (base == 10) {  // a constant divisor: the compiler multiplies instead of dividing
            do {
                *--p = char('0' + mag % 10);
                mag /= 10;
            } while (mag != 0);
        } else {
            do {
                *--p = kDigitChars[mag % Word(base)];
                mag /= Word(base);
            } while (mag != 0);
        }
        if (v < 0) *--p = '-';
        out.append(p, buf + sizeof(buf));
        return;
    }
    std::size_t n = bignum_limb_count(integer);
    // mpn_get_str clobbers its input (except for power-of-two bases) and wants a non-zero top limb.
    std::vector<mp_limb_t> limbs(bignum_limbs(integer), bignum_limbs(integer) + n);
    std::vector<unsigned char> digits(mpn_sizeinbase(limbs.data(), mp_size_t(n), base) + 1);
    std::size_t len = mpn_get_str(digits.data(), base, limbs.data(), mp_size_t(n));
    std::size_t start = 0;
    while (start + 1 < len && digits[start] == 0) ++start;
    if (bignum_negative(integer)) out += '-';
    for (std::size_t i = start; i < len; ++i) out += kDigitChars[digits[i]];
}

std::string integer_to_string(Term integer, int base) {
    std::string s;
    append_integer_text(s, integer, base);
    return s;
}

Term parse_integer(HeapAllocator& heap, std::string_view text, int base, Term* reason) {
    std::size_t consumed = 0;
    Term r = parse_integer_prefix(heap, text, base, &consumed, reason);
    if (!is_value(r)) return r;
    if (consumed != text.size()) return fail(reason, am_badarg);
    return r;
}

Term parse_integer_prefix(HeapAllocator& heap, std::string_view text, int base, std::size_t* consumed,
                          Term* reason) {
    *consumed = 0;
    if (base < 2 || base > 36) return fail(reason, am_badarg);
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    std::size_t start = i;
    if (base == 10) {
        // Up to 18 decimal digits cannot overflow 64 bits: most texts end within them
        // (binary_to_integer in parsing loops).
        Word acc = 0;
        std::size_t k = i, limit = std::min(text.size(), i + 18);
        while (k < limit && unsigned(text[k] - '0') < 10) acc = acc * 10 + Word(text[k++] - '0');
        if (k > i && (k == text.size() || unsigned(text[k] - '0') >= 10)) {
            *consumed = k;
            if (acc <= Word(kMaxSmall)) return make_small(negative ? -SWord(acc) : SWord(acc));
            return make_bignum(heap, &acc, 1, negative);
        }
    }
    while (i < text.size() && digit_value(text[i], base) >= 0) ++i;
    if (i == start) return fail(reason, am_badarg);
    Term r = integer_from_digits(heap, text.data() + start, i - start, base, negative, reason);
    if (is_value(r)) *consumed = i;
    return r;
}

// ---- floats to text -----------------------------------------------------------------------------------
bool parse_float_format_options(Term options, FloatFormat* out) {
    FloatFormat f;
    Term l = options;
    while (is_list(l)) {
        Term opt = car(l);
        if (opt == am_short) {
            f.kind = FloatFormat::Kind::Short;
        } else if (opt == am_compact) {
            f.compact = true;
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 && is_small(tuple_element(opt, 1))) {
            Term key = tuple_element(opt, 0);
            SWord n = small_value(tuple_element(opt, 1));
            if (key == am_decimals && n >= 0 && n <= kMaxFloatDecimals) {
                f.kind = FloatFormat::Kind::Decimals;
            } else if (key == am_scientific && n >= 0 && n <= kMaxFloatScientific) {
                f.kind = FloatFormat::Kind::Scientific;
            } else {
                return false;
            }
            f.precision = int(n);
        } else {
            return false;
        }
        l = cdr(l);
    }
    if (!is_nil(l)) return false;
    *out = f;
    return true;
}

bool float_to_text(double d, const FloatFormat& format, std::string* out) {
    if (!std::isfinite(d)) return false;
    switch (format.kind) {
        case FloatFormat::Kind::Short:
            *out = float_to_text_short(d);
            return true;
        case FloatFormat::Kind::Decimals:
            return format_decimals(d, format.precision, format.compact, out);
        case FloatFormat::Kind::Scientific: {
            std::string s = printf_float("%.*e", format.precision, d);
            if (s.size() > kMaxFloatTextLength) return false;
            *out = std::move(s);
            return true;
        }
    }
    return false;
}

std::string float_to_text_short(double d) {
    std::string s;
    append_float_short(s, d);
    return s;
}

// Invariant: OTP 25's Ryu to_chars choice. With olength shortest digits, sci_exp the exponent of the first
// digit and e = sci_exp - (olength - 1) the exponent of the last: fixed notation when
// lower <= e <= upper, where (lower, upper) = (-4, 2) for one digit, (-(olength + 2), 2) when sci_exp >= 10
// and (-(olength + 2), 1) otherwise; except that values whose digits reach 2^53 in fixed notation
// (digits >= 2^53 with e == 0, > 2^52/5 with e == 1, > 2^51/25 with e == 2) are scientific.
void append_float_short(std::string& out, double d) {
    if (std::signbit(d)) out += '-';
    double a = std::fabs(d);
    if (a == 0.0) {
        out += "0.0";
        return;
    }
    if (!std::isfinite(a)) {  // never an Erlang float; spelled like OTP's Ryu
        out += std::isnan(a) ? "NaN" : "Infinity";
        return;
    }
    std::string digits;
    int sci_exp = 0;
    shortest_digits(a, &digits, &sci_exp);
    int olength = int(digits.size());
    int e = sci_exp - (olength - 1);
    int lower, upper;
    if (olength == 1) {
        lower = -4;
        upper = 2;
    } else if (sci_exp >= 10) {
        lower = -(olength + 2);
        upper = 2;
    } else {
        lower = -(olength + 2);
        upper = 1;
    }
    bool fixed = lower <= e && e <= upper;
    if (fixed) {
        Word value = 0;
        std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if ((e == 0 && value >= (Word(1) << 53)) || (e == 1 && value > (Word(1) << 52) / 5) ||
            (e == 2 && value > (Word(1) << 51) / 25)) {
            fixed = false;
        }
    }
    if (fixed) {
        int whole = olength + e;  // digits before the point
        if (e >= 0) {
            out += digits;
            out.append(std::size_t(e), '0');
            out += ".0";
        } else if (whole > 0) {
            out.append(digits, 0, std::size_t(whole));
            out += '.';
            out.append(digits, std::size_t(whole));
        } else {
            out += "0.";
            out.append(std::size_t(-whole), '0');
            out += digits;
        }
        return;
    }
    out += digits[0];
    out += '.';
    if (olength > 1) out.append(digits, 1);
    else out += '0';
    append_exponent(out, sci_exp);
}

// ---- text to floats -----------------------------------------------------------------------------------
bool parse_float(std::string_view text, double* out) {
    std::size_t n = scan_float(text, true);
    if (n == 0 || n != text.size()) return false;
    return convert_float(text.data(), text.data() + n, out);
}

bool parse_float_prefix(std::string_view text, double* out, std::size_t* consumed) {
    *consumed = 0;
    std::size_t n = scan_float(text, false);
    if (n == 0 || !convert_float(text.data(), text.data() + n, out)) return false;
    *consumed = n;
    return true;
}

}  // namespace ember::vm
