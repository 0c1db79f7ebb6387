// BIFs of the unicode module (OTP erts/emulator/beam/erl_unicode.c): characters_to_binary/2,
// characters_to_list/2, bin_is_7bit/1; and the two BIFs of the string module, list_to_integer/1 and
// list_to_float/1 (behind string:to_integer/1 and string:to_float/1).
//
// Conversion follows OTP's algorithm step by step, so that the {error, Converted, Rest} and
// {incomplete, Converted, Rest} results have erl's exact shape:
//  - a pre-pass rejects (badarg) anything that is not chardata: elements other than integers,
//    lists and binaries, an improper tail other than a binary, a bitstring that is not a binary; as in
//    erl 25, it stops at the first bignum (the walk then reports that bignum as an invalid character);
//  - the walk converts elements in order; a bad integer (negative, > 0x10FFFF, a surrogate; > 255 for
//    latin1) or invalid UTF-8 in a binary stops it. Rest is the remaining input at the failing level,
//    consed onto the remaining tails of the enclosing lists ([Rest | Tail] per level);
//  - a UTF-8 sequence cut at the end of a binary is carried over to the next binary; an integer next
//    is an error, the end of the input gives incomplete (or error when the carried bytes can never
//    start a valid sequence).
// OTP's BIFs trap after a reduction budget; these convert everything in one call. Encodings other than
// latin1/unicode/utf8 continue in unicode:characters_to_binary_int/2 / characters_to_list_int/2 (Erlang
// code, as OTP does).
#include <cmath>
#include <cstring>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/binary.hpp"
#include "vm/number_text.hpp"
#include "vm/unicode.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// True if `t` is a bitstring whose size is a whole number of bytes.
bool is_byte_binary(Term t) { return is_bitstring(t) && binary_ref(t).is_binary(); }

// Pre-pass: is `t` chardata as utf8_need accepts it? Depth-first in element order (the order matters:
// the first bignum ends the check). Iterative: `stack` holds the tails of the enclosing lists.
bool is_chardata(Term t) {
    if (t == kNil) return true;
    if (is_bitstring(t)) return is_byte_binary(t);
    if (!is_list(t)) return false;
    std::vector<Term> stack{t};
    while (!stack.empty()) {
        Term cur = stack.back();
        stack.pop_back();
        while (is_list(cur)) {
            Term h = car(cur);
            if (is_bignum(h)) return true;  // erl stops checking here: the walk reports it as an error
            if (is_list(h)) {
                stack.push_back(cdr(cur));
                cur = h;
                continue;
            }
            if (!is_small(h) && h != kNil && !is_byte_binary(h)) return false;
            cur = cdr(cur);
        }
        if (cur != kNil && !is_byte_binary(cur)) return false;
    }
    return true;
}

class Converter {
public:
    Converter(Process* p, bool latin1) : m_p(p), m_latin1(latin1) {}

    // Converts `t` (already accepted by is_chardata); returns the rest term (kNil when all was
    // converted) and sets `err` on an error.
    Term convert(Term t, bool& err);

    std::string out;
    std::uint8_t leftover[4] = {0, 0, 0, 0};
    int num_leftovers = 0;

private:
    Term convert_binary(Term bin, bool& err);
    bool put_char(Term c);

    Process* m_p;
    bool m_latin1;
};

// Appends the UTF-8 of a list element; false if it is not a valid character.
bool Converter::put_char(Term c) {
    if (!is_small(c)) return false;
    SWord v = small_value(c);
    if (v < 0) return false;
    auto cp = static_cast<std::uint64_t>(v);
    if (m_latin1 && cp > 255) return false;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    utf8_append(out, static_cast<std::uint32_t>(cp));
    return true;
}

Term Converter::convert_binary(Term bin, bool& err) {
    BinaryRef r = binary_ref(bin);
    std::size_t size = r.byte_size();
    std::string bytes(size, '\0');
    copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(bytes.data()), 0, r.bit_size);
    const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
    if (m_latin1) {
        for (std::size_t i = 0; i < size; ++i) utf8_append(out, s[i]);
        return kNil;
    }
    std::size_t i = 0;
    if (num_leftovers > 0) {
        int need = utf8_lead_len(leftover[0]);
        std::size_t from_source = std::size_t(need - num_leftovers);
        if (size < from_source) {
            std::memcpy(leftover + num_leftovers, s, size);
            num_leftovers += int(size);
            return kNil;
        }
        std::memcpy(leftover + num_leftovers, s, from_source);
        if (!utf8_seq_valid(leftover, need)) {
            err = true;
            return bin;  // the whole binary is the rest; the carried bytes stay in `leftover`
        }
        out.append(reinterpret_cast<const char*>(leftover), std::size_t(need));
        num_leftovers = 0;
        i = from_source;
    }
    while (i < size) {
        int n = utf8_lead_len(s[i]);
        if (n > 1 && size - i < std::size_t(n)) {
            std::memcpy(leftover, s + i, size - i);
            num_leftovers = int(size - i);
            break;
        }
        if (n == 0 || !utf8_seq_valid(s + i, n)) {
            err = true;
            return make_sub_binary(*m_p, bin, 8 * i, 8 * (size - i));
        }
        out.append(reinterpret_cast<const char*>(s + i), std::size_t(n));
        i += std::size_t(n);
    }
    return kNil;
}

// The walk of OTP's do_build_utf8: `stack` holds the tails of the enclosing lists.
Term Converter::convert(Term t, bool& err) {
    err = false;
    if (t == kNil) return kNil;
    if (is_bitstring(t)) return convert_binary(t, err);
    std::vector<Term> stack{t};
    Term cur = kNil;
    while (!stack.empty()) {
        cur = stack.back();
        stack.pop_back();
        if (cur == kNil) continue;
        while (is_list(cur)) {
            Term h = car(cur);
            if (is_integer(h)) {
                if (num_leftovers > 0 || !put_char(h)) {
                    err = true;
                    goto done;
                }
                cur = cdr(cur);
            } else if (h == kNil) {
                cur = cdr(cur);
            } else if (is_list(h)) {
                stack.push_back(cdr(cur));
                cur = h;
            } else {
                Term rest = convert_binary(h, err);
                if (err) {
                    cur = make_cons(*m_p, rest, cdr(cur));
                    goto done;
                }
                cur = cdr(cur);
            }
        }
        if (cur != kNil) {  // improper tail: a binary (checked by the pre-pass)
            cur = convert_binary(cur, err);
            if (err) goto done;
        }
    }
    return kNil;
done:
    while (!stack.empty()) {
        cur = make_cons(*m_p, cur, stack.back());
        stack.pop_back();
    }
    return cur;
}

enum class Output { Binary, List };

// The result of a conversion: the converted text as a binary or a list, or an error/incomplete tuple
// (OTP build_utf8_return / build_list_return).
Term conversion_result(Process* p, Converter& c, Term rest, bool err, Output kind) {
    auto converted = [&]() {
        return kind == Output::Binary ? make_binary(*p, c.out) : make_charlist(*p, c.out);
    };
    if (err) {
        if (c.num_leftovers > 0) {
            Term left = make_binary(*p, c.leftover, std::size_t(c.num_leftovers));
            rest = make_cons(*p, left, make_cons(*p, rest, kNil));
        }
        return make_tuple3(*p, am_error, converted(), rest);
    }
    if (c.num_leftovers > 0) {
        Term left = make_binary(*p, c.leftover, std::size_t(c.num_leftovers));
        Term tag = utf8_leftovers_incomplete(c.leftover, c.num_leftovers) ? atom("incomplete") : am_error;
        return make_tuple3(*p, tag, converted(), left);
    }
    return converted();
}

// Continues in Erlang code: Module:Function(args[0], args[1]) (OTP BIF_TRAP2).
Term trap_to_erlang(Process* p, const Term* args, const char* module, const char* function) {
    Term a0 = args[0], a1 = args[1];
    Term* x = p->bif_x;
    if (x == nullptr) return badarg(p);  // called outside the interpreter (unit tests)
    x[0] = a0;
    x[1] = a1;
    const Instr* target = resolve_apply(p, atom(module), atom(function), 2, x);
    if (!target) return kNonValue;
    p->trap_arity = 2;
    p->trap = target;
    return kNonValue;
}

// latin1 -> 1, unicode/utf8 -> 0, anything else -> -1 (handled in Erlang).
int encoding_kind(Term enc) {
    if (enc == am_latin1) return 1;
    if (enc == am_unicode || enc == am_utf8) return 0;
    return -1;
}

EMBER_BIF(bif_unicode_characters_to_binary_2) {
    int kind = encoding_kind(args[1]);
    if (kind < 0) return trap_to_erlang(p, args, "unicode", "characters_to_binary_int");
    Term subject = args[0];
    if (is_list(subject) && is_bitstring(car(subject)) && cdr(subject) == kNil) subject = car(subject);
    if (!is_chardata(subject)) return badarg(p);
    Converter c(p, kind == 1);
    bool err = false;
    Term rest = c.convert(subject, err);
    return conversion_result(p, c, rest, err, Output::Binary);
}

EMBER_BIF(bif_unicode_characters_to_list_2) {
    int kind = encoding_kind(args[1]);
    if (kind < 0) return trap_to_erlang(p, args, "unicode", "characters_to_list_int");
    if (!is_chardata(args[0])) return badarg(p);
    Converter c(p, kind == 1);
    bool err = false;
    Term rest = c.convert(args[0], err);
    return conversion_result(p, c, rest, err, Output::List);
}

EMBER_BIF(bif_unicode_bin_is_7bit_1) {
    if (!is_byte_binary(args[0])) return am_false;
    BinaryRef r = binary_ref(args[0]);
    std::string bytes(r.byte_size(), '\0');
    copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(bytes.data()), 0, r.bit_size);
    for (char ch : bytes)
        if (static_cast<std::uint8_t>(ch) >= 0x80) return am_false;
    return am_true;
}

// The leading ASCII characters of a list (the only ones a number can use), for string:list_to_*.
std::string ascii_prefix(Term list) {
    std::string s;
    for (; is_list(list); list = cdr(list)) {
        Term h = car(list);
        if (!is_small(h) || small_value(h) < 0 || small_value(h) > 127) break;
        s.push_back(static_cast<char>(small_value(h)));
    }
    return s;
}

Term drop(Term list, std::size_t n) {
    while (n-- > 0) list = cdr(list);
    return list;
}

// string:list_to_integer(String) -> {Int, Rest} | {error, no_integer | not_a_list}.
EMBER_BIF(bif_string_list_to_integer_1) {
    Term s = args[0];
    if (s != kNil && !is_list(s)) return make_tuple2(*p, am_error, atom("not_a_list"));
    std::string text = ascii_prefix(s);
    std::size_t consumed = 0;
    Term reason = kNil;
    Term v = parse_integer_prefix(*p, text, 10, &consumed, &reason);
    if (v == kNonValue) {
        if (reason == am_system_limit) {
            raise_error_args(p, am_system_limit);
            return kNonValue;
        }
        return make_tuple2(*p, am_error, atom("no_integer"));
    }
    return make_tuple2(*p, v, drop(s, consumed));
}

// string:list_to_float(String) -> {Float, Rest} | {error, no_float | not_a_list}.
EMBER_BIF(bif_string_list_to_float_1) {
    Term s = args[0];
    if (s != kNil && !is_list(s)) return make_tuple2(*p, am_error, atom("not_a_list"));
    std::string text = ascii_prefix(s);
    std::size_t consumed = 0;
    double d = 0;
    if (!parse_float_prefix(text, &d, &consumed) || consumed == 0 || !std::isfinite(d))
        return make_tuple2(*p, am_error, atom("no_float"));
    Term* hp = p->alloc(kFloatWords);
    return make_tuple2(*p, write_float(hp, d), drop(s, consumed));
}

const BifSpec kBifs[] = {
    // These two trap to Erlang code for encodings other than latin1/unicode/utf8.
    {"unicode", "characters_to_binary", 2, bif_unicode_characters_to_binary_2, kCapPure, DirtyKind::None, true},
    {"unicode", "characters_to_list", 2, bif_unicode_characters_to_list_2, kCapPure, DirtyKind::None, true},
    {"unicode", "bin_is_7bit", 1, bif_unicode_bin_is_7bit_1, kCapPure},
    {"string", "list_to_integer", 1, bif_string_list_to_integer_1, kCapPure},
    {"string", "list_to_float", 1, bif_string_list_to_float_1, kCapPure},
};

}  // namespace

std::span<const BifSpec> unicode_bifs() { return kBifs; }

}  // namespace ember::bifs
