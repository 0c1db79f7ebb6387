// erlang module term-conversion BIFs (OTP bif.c, erl_bif_binary.c, binary.c, erl_bif_lists.c):
// atoms, integers and floats to and from text, tuples, and binaries/bitstrings to and from lists.
// bifs/erlang_etf.cpp has the external term format and hashing; bifs/erlang_ids.cpp pids/refs/funs as text,
// fun_info, make_fun and unique_integer. Error behaviour (badarg vs system_limit) is erl 25.2.3's.
#include <cstring>
#include <algorithm>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/binary.hpp"
#include "vm/bignum.hpp"
#include "vm/number_text.hpp"
#include "vm/unicode.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// OTP's MAX_ARITY: the largest tuple erl builds.
inline constexpr Word kMaxTupleArity = (Word(1) << 24) - 1;

bool get_small(Term t, SWord& v) {
    if (!is_small(t)) return false;
    v = small_value(t);
    return true;
}

Term raise_reason(Process* p, Term reason) {
    raise_error_args(p, reason);
    return kNonValue;
}

// A list of byte values [bytes[0], ...] built in one allocation.
Term make_byte_list(Process* p, const std::uint8_t* bytes, std::size_t n, Term tail = kNil) {
    if (n == 0) return tail;
    Term* hp = p->alloc(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        hp[2 * i] = make_small(bytes[i]);
        hp[2 * i + 1] = i + 1 < n ? make_list(hp + 2 * i + 2) : tail;
    }
    return make_list(hp);
}

Term make_text_list(Process* p, std::string_view s) {
    return make_byte_list(p, reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
}

// The bytes of a binary (not a bitstring with extra bits); false otherwise.
bool binary_bytes(Term t, std::string& out) {
    if (!is_bitstring(t)) return false;
    return latin1_string(t, out);
}

// The bytes of a proper list of 0..255 (not a binary).
bool list_bytes(Term t, std::string& out) {
    if (!is_list(t) && t != kNil) return false;
    return latin1_string(t, out);
}

enum class Encoding { Latin1, Utf8, Bad };
Encoding encoding_of(Term t) {
    if (t == am_latin1) return Encoding::Latin1;
    if (t == am_unicode || t == am_utf8) return Encoding::Utf8;
    return Encoding::Bad;
}

// Interns a UTF-8 name already known to be valid; raises system_limit when too long or the table is full.
Term intern_or_raise(Process* p, std::string_view utf8) {
    AtomError err = AtomError::BadEncoding;
    Term a = AtomTable::global().intern(utf8, &err);
    if (a != kNonValue) return a;
    return raise_reason(p, err == AtomError::BadEncoding ? am_badarg : am_system_limit);
}

// ---- atoms --------------------------------------------------------------------------------------------

EMBER_BIF(bif_atom_to_list) {
    if (!is_atom(args[0])) return badarg(p);
    return make_charlist(*p, atom_name(args[0]));
}

// list_to_atom/1 and list_to_existing_atom/1: a proper list of Unicode code points.
Term list_to_atom_impl(Process* p, Term list, bool existing) {
    std::string utf8;
    std::size_t chars = 0;
    Term t = list;
    for (; is_list(t); t = cdr(t)) {
        Term c = car(t);
        if (!is_small(c) || small_value(c) < 0 || !is_valid_code_point(std::uint32_t(small_value(c))))
            return badarg(p);
        utf8_append(utf8, std::uint32_t(small_value(c)));
        ++chars;
    }
    if (t != kNil) return badarg(p);
    if (existing) {
        if (chars > kMaxAtomChars) return badarg(p);
        Term a = AtomTable::global().find(utf8);
        return a == kNonValue ? badarg(p) : a;
    }
    if (chars > kMaxAtomChars) return raise_reason(p, am_system_limit);
    return intern_or_raise(p, utf8);
}
EMBER_BIF(bif_list_to_atom) { return list_to_atom_impl(p, args[0], false); }
EMBER_BIF(bif_list_to_existing_atom) { return list_to_atom_impl(p, args[0], true); }

Term atom_to_binary_impl(Process* p, Term atom, Encoding enc) {
    if (!is_atom(atom) || enc == Encoding::Bad) return badarg(p);
    std::string_view name = atom_name(atom);
    if (enc == Encoding::Utf8) return make_binary(*p, name);
    std::string latin1;
    for (std::size_t pos = 0; pos < name.size();) {
        std::uint32_t cp = 0;
        std::size_t n = utf8_decode(name, pos, cp);
        if (n == 0 || cp > 255) return badarg(p);
        latin1.push_back(char(cp));
        pos += n;
    }
    return make_binary(*p, latin1);
}
EMBER_BIF(bif_atom_to_binary_1) { return atom_to_binary_impl(p, args[0], Encoding::Utf8); }
EMBER_BIF(bif_atom_to_binary_2) { return atom_to_binary_impl(p, args[0], encoding_of(args[1])); }

Term binary_to_atom_impl(Process* p, Term bin, Encoding enc, bool existing) {
    std::string bytes;
    if (enc == Encoding::Bad || !binary_bytes(bin, bytes)) return badarg(p);
    std::string utf8;
    std::size_t chars = 0;
    if (enc == Encoding::Latin1) {
        chars = bytes.size();
        for (unsigned char c : bytes) utf8_append(utf8, c);
    } else {
        // Decoded up to the limit, as erl's erts_analyze_utf8_x: bytes left after 255 characters are
        // system_limit, valid or not; an invalid sequence within them is badarg.
        std::size_t pos = 0;
        for (; pos < bytes.size() && chars < kMaxAtomChars; ++chars) {
            std::uint32_t cp;
            std::size_t n = utf8_decode(bytes, pos, cp);
            if (n == 0) return badarg(p);
            pos += n;
        }
        if (pos < bytes.size()) chars = kMaxAtomChars + 1;
        utf8 = std::move(bytes);
    }
    if (chars > kMaxAtomChars) return existing ? badarg(p) : raise_reason(p, am_system_limit);
    if (existing) {
        Term a = AtomTable::global().find(utf8);
        return a == kNonValue ? badarg(p) : a;
    }
    return intern_or_raise(p, utf8);
}
EMBER_BIF(bif_binary_to_atom_1) { return binary_to_atom_impl(p, args[0], Encoding::Utf8, false); }
EMBER_BIF(bif_binary_to_atom_2) { return binary_to_atom_impl(p, args[0], encoding_of(args[1]), false); }
EMBER_BIF(bif_binary_to_existing_atom_1) { return binary_to_atom_impl(p, args[0], Encoding::Utf8, true); }
EMBER_BIF(bif_binary_to_existing_atom_2) {
    return binary_to_atom_impl(p, args[0], encoding_of(args[1]), true);
}

// ---- integers -----------------------------------------------------------------------------------------

// A base argument: a small integer 2..36.
bool get_base(Term t, int& base) {
    SWord v;
    if (!get_small(t, v) || v < 2 || v > 36) return false;
    base = int(v);
    return true;
}

Term integer_to_text(Process* p, Term i, Term base_term, bool binary) {
    int base = 10;
    if (!is_integer(i) || (base_term != kNonValue && !get_base(base_term, base))) return badarg(p);
    std::string s = integer_to_string(i, base);
    return binary ? make_binary(*p, s) : make_text_list(p, s);
}
EMBER_BIF(bif_integer_to_list_1) { return integer_to_text(p, args[0], kNonValue, false); }
EMBER_BIF(bif_integer_to_list_2) { return integer_to_text(p, args[0], args[1], false); }
EMBER_BIF(bif_integer_to_binary_1) { return integer_to_text(p, args[0], kNonValue, true); }
EMBER_BIF(bif_integer_to_binary_2) { return integer_to_text(p, args[0], args[1], true); }

Term text_to_integer(Process* p, Term text, Term base_term, bool binary) {
    int base = 10;
    // A byte-aligned binary is parsed where it lies; anything else is copied out first.
    std::string copy;
    std::string_view digits;
    BinaryRef r{};
    if (binary && is_bitstring(text) && (r = binary_ref(text)).is_binary() && r.bit_offset == 0) {
        digits = std::string_view(reinterpret_cast<const char*>(r.data), r.byte_size());
    } else {
        if (!(binary ? binary_bytes(text, copy) : list_bytes(text, copy))) return badarg(p);
        digits = copy;
    }
    if (base_term != kNonValue && !get_base(base_term, base)) return badarg(p);
    Term reason = am_badarg;
    Term result = parse_integer(*p, digits, base, &reason);
    return result == kNonValue ? raise_reason(p, reason) : result;
}
EMBER_BIF(bif_list_to_integer_1) { return text_to_integer(p, args[0], kNonValue, false); }
EMBER_BIF(bif_list_to_integer_2) { return text_to_integer(p, args[0], args[1], false); }
EMBER_BIF(bif_binary_to_integer_1) { return text_to_integer(p, args[0], kNonValue, true); }
EMBER_BIF(bif_binary_to_integer_2) { return text_to_integer(p, args[0], args[1], true); }

// ---- floats -------------------------------------------------------------------------------------------

Term float_to_text_impl(Process* p, Term f, Term options, bool binary) {
    FloatFormat format;
    if (!is_float(f) || (options != kNonValue && !parse_float_format_options(options, &format))) return badarg(p);
    std::string s;
    if (!float_to_text(float_value(f), format, &s)) return badarg(p);
    return binary ? make_binary(*p, s) : make_text_list(p, s);
}
EMBER_BIF(bif_float_to_list_1) { return float_to_text_impl(p, args[0], kNonValue, false); }
EMBER_BIF(bif_float_to_list_2) { return float_to_text_impl(p, args[0], args[1], false); }
EMBER_BIF(bif_float_to_binary_1) { return float_to_text_impl(p, args[0], kNonValue, true); }
EMBER_BIF(bif_float_to_binary_2) { return float_to_text_impl(p, args[0], args[1], true); }

Term text_to_float(Process* p, Term text, bool binary) {
    std::string s;
    double d = 0;
    bool ok = binary ? binary_bytes(text, s) : list_bytes(text, s);
    if (!ok || !parse_float(s, &d)) return badarg(p);
    return write_float(p->alloc(kFloatWords), d);
}
EMBER_BIF(bif_list_to_float) { return text_to_float(p, args[0], false); }
EMBER_BIF(bif_binary_to_float) { return text_to_float(p, args[0], true); }

// ---- tuples -------------------------------------------------------------------------------------------

EMBER_BIF(bif_tuple_to_list) {
    if (!is_tuple(args[0])) return badarg(p);
    return make_list_of(*p, tuple_elements(args[0]), tuple_arity(args[0]));
}
EMBER_BIF(bif_list_to_tuple) {
    std::int64_t n = list_length(args[0]);
    if (n < 0 || Word(n) > kMaxTupleArity) return badarg(p);
    Term* hp = p->alloc(Word(n) + 1);
    hp[0] = make_header(Word(n), Subtag::Tuple);
    Word i = 1;
    for (Term t = args[0]; is_list(t); t = cdr(t)) hp[i++] = car(t);
    return make_boxed(hp);
}

// make_tuple/2,3: the arity is a small 0..MAX_ARITY; init list entries {Pos, Value} with 1 =< Pos =< N,
// later entries winning.
Term make_tuple_impl(Process* p, Term arity_term, Term value, Term init) {
    SWord n;
    if (!get_small(arity_term, n) || n < 0 || Word(n) > kMaxTupleArity) return badarg(p);
    if (init != kNonValue) {
        Term t = init;
        for (; is_list(t); t = cdr(t)) {
            Term e = car(t);
            SWord pos;
            if (!is_tuple(e) || tuple_arity(e) != 2 || !get_small(tuple_element(e, 0), pos) || pos < 1 || pos > n)
                return badarg(p);
        }
        if (t != kNil) return badarg(p);
    }
    Term* hp = p->alloc(Word(n) + 1);
    hp[0] = make_header(Word(n), Subtag::Tuple);
    std::fill(hp + 1, hp + 1 + n, value);
    if (init != kNonValue) {
        for (Term t = init; is_list(t); t = cdr(t))
            hp[small_value(tuple_element(car(t), 0))] = tuple_element(car(t), 1);
    }
    return make_boxed(hp);
}
EMBER_BIF(bif_make_tuple_2) { return make_tuple_impl(p, args[0], args[1], kNonValue); }
EMBER_BIF(bif_make_tuple_3) { return make_tuple_impl(p, args[0], args[1], args[2]); }

EMBER_BIF(bif_append_element) {
    if (!is_tuple(args[0])) return badarg(p);
    Word n = tuple_arity(args[0]);
    if (n + 1 > kMaxTupleArity) return badarg(p);
    Term* hp = p->alloc(n + 2);
    hp[0] = make_header(n + 1, Subtag::Tuple);
    std::copy(tuple_elements(args[0]), tuple_elements(args[0]) + n, hp + 1);
    hp[n + 1] = args[1];
    return make_boxed(hp);
}
// insert_element(Index, Tuple, Term): 1 =< Index =< tuple_size(Tuple) + 1.
EMBER_BIF(bif_insert_element) {
    SWord idx;
    if (!get_small(args[0], idx) || !is_tuple(args[1])) return badarg(p);
    Word n = tuple_arity(args[1]);
    if (idx < 1 || Word(idx) > n + 1 || n + 1 > kMaxTupleArity) return badarg(p);
    const Term* src = tuple_elements(args[1]);
    Term* hp = p->alloc(n + 2);
    hp[0] = make_header(n + 1, Subtag::Tuple);
    std::copy(src, src + (idx - 1), hp + 1);
    hp[idx] = args[2];
    std::copy(src + (idx - 1), src + n, hp + idx + 1);
    return make_boxed(hp);
}
// delete_element(Index, Tuple): 1 =< Index =< tuple_size(Tuple).
EMBER_BIF(bif_delete_element) {
    SWord idx;
    if (!get_small(args[0], idx) || !is_tuple(args[1])) return badarg(p);
    Word n = tuple_arity(args[1]);
    if (idx < 1 || Word(idx) > n) return badarg(p);
    const Term* src = tuple_elements(args[1]);
    Term* hp = p->alloc(n);
    hp[0] = make_header(n - 1, Subtag::Tuple);
    std::copy(src, src + (idx - 1), hp + 1);
    std::copy(src + idx, src + n, hp + idx);
    return make_boxed(hp);
}

// ---- binaries and lists -------------------------------------------------------------------------------

// Bytes of a bitstring's whole bytes, starting at byte `from`, `count` bytes.
std::string bitstring_bytes(const BinaryRef& r, std::size_t from, std::size_t count) {
    std::string out(count, '\0');
    copy_bits(r.data, r.bit_offset + 8 * from, reinterpret_cast<std::uint8_t*>(out.data()), 0, 8 * count);
    return out;
}

EMBER_BIF(bif_binary_to_list_1) {
    if (!is_bitstring(args[0])) return badarg(p);
    BinaryRef r = binary_ref(args[0]);
    if (!r.is_binary()) return badarg(p);
    std::string s = bitstring_bytes(r, 0, r.byte_size());
    return make_text_list(p, s);
}
// binary_to_list(Bin, Start, Stop): 1 =< Start =< Stop =< byte_size(Bin); Bin may be a bitstring.
EMBER_BIF(bif_binary_to_list_3) {
    SWord start, stop;
    if (!is_bitstring(args[0]) || !get_small(args[1], start) || !get_small(args[2], stop)) return badarg(p);
    BinaryRef r = binary_ref(args[0]);
    if (start < 1 || start > stop || std::size_t(stop) > r.byte_size()) return badarg(p);
    std::string s = bitstring_bytes(r, std::size_t(start - 1), std::size_t(stop - start + 1));
    return make_text_list(p, s);
}
// A list of the whole bytes, ending with a bitstring of the remaining 1..7 bits if there are any.
EMBER_BIF(bif_bitstring_to_list) {
    if (!is_bitstring(args[0])) return badarg(p);
    BinaryRef r = binary_ref(args[0]);
    std::string s = bitstring_bytes(r, 0, r.byte_size());
    Term tail = kNil;
    if (std::size_t rest = r.bit_size % 8; rest != 0) {
        Term last = make_sub_binary(*p, args[0], 8 * r.byte_size(), rest);
        tail = make_cons(*p, last, kNil);
    }
    return make_byte_list(p, reinterpret_cast<const std::uint8_t*>(s.data()), s.size(), tail);
}

// Total bytes of an iolist (or binary) without flattening it; false if it is not one.
bool iolist_length(Term t, std::uint64_t& total) {
    total = 0;
    return walk_iolist(
        t, IolistKind::Binaries, [&](std::uint8_t) { ++total; }, [&](const BinaryRef& r) { total += r.byte_size(); });
}

// The binary of an iolist, built in place: its size first, then one copy of every part into the
// result (no intermediate buffer that grows and is copied again). kNonValue if `t` is not an iolist.
Term iolist_to_new_binary(Process* p, Term t) {
    std::uint64_t size = 0;
    if (!iolist_length(t, size)) return kNonValue;
    std::uint8_t* dst = nullptr;
    Term bin = make_binary_uninit(*p, static_cast<std::size_t>(size), &dst);
    walk_iolist(
        t, IolistKind::Binaries, [&](std::uint8_t b) { *dst++ = b; },
        [&](const BinaryRef& r) {
            std::size_t n = r.byte_size();
            if (n == 0) return;
            if (r.bit_offset == 0) std::memcpy(dst, r.data, n);
            else copy_bits(r.data, r.bit_offset, dst, 0, n * 8);
            dst += n;
        });
    return bin;
}

EMBER_BIF(bif_list_to_binary) {
    if (!is_list(args[0]) && args[0] != kNil) return badarg(p);
    Term bin = iolist_to_new_binary(p, args[0]);
    return bin == kNonValue ? badarg(p) : bin;
}
EMBER_BIF(bif_iolist_to_binary) {
    if (is_bitstring(args[0])) {
        if (!binary_ref(args[0]).is_binary()) return badarg(p);
        return args[0];
    }
    if (!is_list(args[0]) && args[0] != kNil) return badarg(p);
    Term bin = iolist_to_new_binary(p, args[0]);
    return bin == kNonValue ? badarg(p) : bin;
}
EMBER_BIF(bif_iolist_size) {
    std::uint64_t n = 0;
    if (!iolist_length(args[0], n)) return badarg(p);
    return make_integer_u64(*p, n);
}

// A growing bitstring for list_to_bitstring/1.
struct BitBuffer {
    std::vector<std::uint8_t> bytes;
    std::size_t bits = 0;
    void append(const std::uint8_t* src, std::size_t src_offset, std::size_t n) {
        bytes.resize((bits + n + 7) / 8 + 1, 0);
        copy_bits(src, src_offset, bytes.data(), bits, n);
        bits += n;
    }
};

// Like an iolist, but any bitstring may appear (as an element or as the tail).
bool bitstring_list_bits(Term t, BitBuffer& buf) {
    return walk_iolist(
        t, IolistKind::Bitstrings, [&](std::uint8_t b) { buf.append(&b, 0, 8); },
        [&](const BinaryRef& r) { buf.append(r.data, r.bit_offset, r.bit_size); });
}
EMBER_BIF(bif_list_to_bitstring) {
    if (!is_list(args[0]) && args[0] != kNil) return badarg(p);
    BitBuffer buf;
    if (!bitstring_list_bits(args[0], buf)) return badarg(p);
    std::size_t whole = (buf.bits + 7) / 8;
    Term bin = make_binary(*p, buf.bytes.data(), whole);
    if (buf.bits % 8 == 0) return bin;
    return make_sub_binary(*p, bin, 0, buf.bits);
}

// split_binary(Bin, Pos): 0 =< Pos =< byte_size(Bin); the second part keeps any extra bits.
EMBER_BIF(bif_split_binary) {
    SWord pos;
    if (!is_bitstring(args[0]) || !get_small(args[1], pos)) return badarg(p);
    BinaryRef r = binary_ref(args[0]);
    if (pos < 0 || std::size_t(pos) > r.byte_size()) return badarg(p);
    Term a = make_sub_binary(*p, args[0], 0, 8 * std::size_t(pos));
    Term b = make_sub_binary(*p, args[0], 8 * std::size_t(pos), r.bit_size - 8 * std::size_t(pos));
    return make_tuple2(*p, a, b);
}

// binary_part(Bin, Start, Len): Len may be negative; the part must lie within the whole bytes.
Term binary_part_impl(Process* p, Term bin, Term start_term, Term len_term) {
    SWord start, len;
    if (!is_bitstring(bin) || !get_small(start_term, start) || !get_small(len_term, len)) return badarg(p);
    BinaryRef r = binary_ref(bin);
    SWord size = SWord(r.byte_size());
    if (len < 0) {
        start += len;
        len = -len;
    }
    if (start < 0 || start > size || len > size - start) return badarg(p);
    return make_sub_binary(*p, bin, 8 * std::size_t(start), 8 * std::size_t(len));
}
EMBER_BIF(bif_binary_part_2) {
    Term pl = args[1];
    if (!is_tuple(pl) || tuple_arity(pl) != 2) return badarg(p);
    return binary_part_impl(p, args[0], tuple_element(pl, 0), tuple_element(pl, 1));
}
EMBER_BIF(bif_binary_part_3) { return binary_part_impl(p, args[0], args[1], args[2]); }

const BifSpec kBifs[] = {
    {"erlang", "atom_to_list", 1, bif_atom_to_list, kCapPure},
    {"erlang", "list_to_atom", 1, bif_list_to_atom, kCapPure},
    {"erlang", "list_to_existing_atom", 1, bif_list_to_existing_atom, kCapPure},
    {"erlang", "atom_to_binary", 1, bif_atom_to_binary_1, kCapPure},
    {"erlang", "atom_to_binary", 2, bif_atom_to_binary_2, kCapPure},
    {"erlang", "binary_to_atom", 1, bif_binary_to_atom_1, kCapPure},
    {"erlang", "binary_to_atom", 2, bif_binary_to_atom_2, kCapPure},
    {"erlang", "binary_to_existing_atom", 1, bif_binary_to_existing_atom_1, kCapPure},
    {"erlang", "binary_to_existing_atom", 2, bif_binary_to_existing_atom_2, kCapPure},
    {"erlang", "integer_to_list", 1, bif_integer_to_list_1, kCapPure},
    {"erlang", "integer_to_list", 2, bif_integer_to_list_2, kCapPure},
    {"erlang", "integer_to_binary", 1, bif_integer_to_binary_1, kCapPure},
    {"erlang", "integer_to_binary", 2, bif_integer_to_binary_2, kCapPure},
    {"erlang", "list_to_integer", 1, bif_list_to_integer_1, kCapPure},
    {"erlang", "list_to_integer", 2, bif_list_to_integer_2, kCapPure},
    {"erlang", "binary_to_integer", 1, bif_binary_to_integer_1, kCapPure},
    {"erlang", "binary_to_integer", 2, bif_binary_to_integer_2, kCapPure},
    {"erlang", "float_to_list", 1, bif_float_to_list_1, kCapPure},
    {"erlang", "float_to_list", 2, bif_float_to_list_2, kCapPure},
    {"erlang", "float_to_binary", 1, bif_float_to_binary_1, kCapPure},
    {"erlang", "float_to_binary", 2, bif_float_to_binary_2, kCapPure},
    {"erlang", "list_to_float", 1, bif_list_to_float, kCapPure},
    {"erlang", "binary_to_float", 1, bif_binary_to_float, kCapPure},
    {"erlang", "tuple_to_list", 1, bif_tuple_to_list, kCapPure},
    {"erlang", "list_to_tuple", 1, bif_list_to_tuple, kCapPure},
    {"erlang", "make_tuple", 2, bif_make_tuple_2, kCapPure},
    {"erlang", "make_tuple", 3, bif_make_tuple_3, kCapPure},
    {"erlang", "append_element", 2, bif_append_element, kCapPure},
    {"erlang", "insert_element", 3, bif_insert_element, kCapPure},
    {"erlang", "delete_element", 2, bif_delete_element, kCapPure},
    {"erlang", "binary_to_list", 1, bif_binary_to_list_1, kCapPure},
    {"erlang", "binary_to_list", 3, bif_binary_to_list_3, kCapPure},
    {"erlang", "bitstring_to_list", 1, bif_bitstring_to_list, kCapPure},
    {"erlang", "list_to_binary", 1, bif_list_to_binary, kCapPure},
    {"erlang", "iolist_to_binary", 1, bif_iolist_to_binary, kCapPure},
    {"erlang", "iolist_size", 1, bif_iolist_size, kCapPure},
    {"erlang", "list_to_bitstring", 1, bif_list_to_bitstring, kCapPure},
    {"erlang", "split_binary", 2, bif_split_binary, kCapPure},
    {"erlang", "binary_part", 2, bif_binary_part_2, kCapPure},
    {"erlang", "binary_part", 3, bif_binary_part_3, kCapPure},
};

}  // namespace

std::span<const BifSpec> erlang_terms_bifs() { return kBifs; }

}  // namespace ember::bifs
