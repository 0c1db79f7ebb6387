// BIFs of the binary module (OTP erts/emulator/beam/erl_bif_binary.c): searching (match, matches,
// split, compile_pattern), slicing (at, first, last, part, copy), integer coding (decode_unsigned,
// encode_unsigned), list_to_bin, longest_common_prefix/suffix and referenced_byte_size.
//
// Searching is leftmost-longest, as OTP's Boyer-Moore / Aho-Corasick: the match starting first wins,
// and of the patterns matching there the longest; matches/split continue after the end of each match.
// A compiled pattern is {bm, Bin} (one pattern) or {ac, Bin} (several), where Bin starts with a private
// tag followed by the length-prefixed patterns; erl returns a magic reference in place of Bin.
// Parts returned by part/split are copies when at most kHeapBinaryMax bytes long and sub binaries of
// the subject otherwise, as erl does, so referenced_byte_size/1 agrees with erl.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/dirty.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// Read access to a binary's bytes (a copy only for a sub binary that starts in the middle of a byte).
struct Bytes {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    std::string storage;
    std::string_view view() const { return {reinterpret_cast<const char*>(data), size}; }
};

enum class Partial { Reject, Ignore };

// False unless `t` is a binary (a bitstring of whole bytes). With Partial::Ignore any bitstring is
// accepted and its trailing bits (less than a byte) are left out, as binary:part/3 does.
bool get_bytes(Term t, Bytes& b, Partial partial = Partial::Reject) {
    if (!is_bitstring(t)) return false;
    BinaryRef r = binary_ref(t);
    if (!r.is_binary() && partial == Partial::Reject) return false;
    b.size = r.byte_size();
    if (r.bit_offset == 0) {
        b.data = r.data;
    } else {
        b.storage.resize(b.size);
        copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(b.storage.data()), 0, 8 * b.size);
        b.data = reinterpret_cast<const std::uint8_t*>(b.storage.data());
    }
    return true;
}

// Bytes [offset, offset + len) of the binary `t` (viewed as `b`): a copy when small, else a sub binary.
Term make_part(Process* p, Term t, const Bytes& b, std::size_t offset, std::size_t len) {
    if (len <= kHeapBinaryMax) return make_binary(*p, b.data + offset, len);
    return make_sub_binary(*p, t, 8 * offset, 8 * len);
}

bool small_arg(Term t, SWord& out) {
    if (!is_small(t)) return false;
    out = small_value(t);
    return true;
}

// ---- patterns -----------------------------------------------------------------------------------------
constexpr std::string_view kCompiledTag{"\0ember:binary-pattern\0", 22};

Term atom_bm() {
    static const Term a = AtomTable::global().intern("bm");
    return a;
}
Term atom_ac() {
    static const Term a = AtomTable::global().intern("ac");
    return a;
}

// A pattern argument: a non-empty binary, a non-empty proper list of non-empty binaries, or a
// compiled pattern from compile_pattern/1.
bool parse_patterns(Term t, std::vector<std::string>& out) {
    out.clear();
    Bytes b;
    if (is_bitstring(t)) {
        if (!get_bytes(t, b) || b.size == 0) return false;
        out.emplace_back(b.view());
        return true;
    }
    if (is_list(t)) {
        for (; is_list(t); t = cdr(t)) {
            Bytes e;
            if (!get_bytes(car(t), e) || e.size == 0) return false;
            out.emplace_back(e.view());
        }
        return t == kNil;
    }
    if (is_tuple(t) && tuple_arity(t) == 2 && (tuple_element(t, 0) == atom_bm() || tuple_element(t, 0) == atom_ac())) {
        const bool bm = tuple_element(t, 0) == atom_bm();
        if (!get_bytes(tuple_element(t, 1), b)) return false;
        std::string_view s = b.view();
        if (s.substr(0, kCompiledTag.size()) != kCompiledTag) return false;
        s.remove_prefix(kCompiledTag.size());
        while (!s.empty()) {
            if (s.size() < 4) return false;
            std::uint32_t n = 0;
            std::memcpy(&n, s.data(), 4);
            s.remove_prefix(4);
            if (n == 0 || n > s.size()) return false;
            out.emplace_back(s.substr(0, n));
            s.remove_prefix(n);
        }
        // compile_pattern/1 tags one pattern bm and several ac; the other tag is badarg, as erl's
        // magic reference of the other algorithm is.
        return !out.empty() && bm == (out.size() == 1);
    }
    return false;
}

// The leftmost-longest match in subject[from, to): sets pos/len, false if none.
bool find_match(std::string_view subject, std::size_t from, std::size_t to, const std::vector<std::string>& pats,
                std::size_t& pos, std::size_t& len) {
    std::string_view region = subject.substr(0, to);
    if (pats.size() == 1) {
        std::size_t at = region.find(pats[0], from);
        if (at == std::string_view::npos) return false;
        pos = at;
        len = pats[0].size();
        return true;
    }
    for (std::size_t i = from; i < to; ++i) {
        std::size_t best = 0;
        for (const std::string& pat : pats)
            if (pat.size() > best && pat.size() <= to - i && region.compare(i, pat.size(), pat) == 0) best = pat.size();
        if (best > 0) {
            pos = i;
            len = best;
            return true;
        }
    }
    return false;
}

// ---- options ------------------------------------------------------------------------------------------
struct SearchOptions {
    std::size_t from = 0, to = 0;  // the scope
    bool global = false, trim = false, trim_all = false;
};

enum class OptionSet { Match, Split };

// Reads [{scope, {Start, Length}} | global | trim | trim_all] (the last three for split only); as
// erl, an improper tail after the options is ignored. A negative Length means the Length bytes before
// Start. The scope must lie within the subject.
bool parse_options(Term opts, std::size_t size, OptionSet allowed, SearchOptions& o) {
    static const Term am_scope = AtomTable::global().intern("scope");
    static const Term am_trim = AtomTable::global().intern("trim");
    static const Term am_trim_all = AtomTable::global().intern("trim_all");
    o.from = 0;
    o.to = size;
    if (opts != kNil && !is_list(opts)) return false;
    for (; is_list(opts); opts = cdr(opts)) {
        Term opt = car(opts);
        if (is_tuple(opt) && tuple_arity(opt) == 2 && tuple_element(opt, 0) == am_scope) {
            Term sc = tuple_element(opt, 1);
            SWord start, len;
            if (!is_tuple(sc) || tuple_arity(sc) != 2 || !small_arg(tuple_element(sc, 0), start) ||
                !small_arg(tuple_element(sc, 1), len))
                return false;
            SWord lo = len < 0 ? start + len : start;
            SWord hi = len < 0 ? start : start + len;
            if (lo < 0 || hi > SWord(size) || start < 0) return false;
            o.from = std::size_t(lo);
            o.to = std::size_t(hi);
        } else if (allowed == OptionSet::Split && opt == am_global) {
            o.global = true;
        } else if (allowed == OptionSet::Split && opt == am_trim) {
            o.trim = true;
        } else if (allowed == OptionSet::Split && opt == am_trim_all) {
            o.trim_all = true;
        } else {
            return false;
        }
    }
    return true;  // erl ignores an improper tail here
}

// ---- search BIFs --------------------------------------------------------------------------------------
Term do_match(Process* p, Term subject, Term pattern, Term opts) {
    Bytes b;
    std::vector<std::string> pats;
    SearchOptions o;
    if (!get_bytes(subject, b) || !parse_patterns(pattern, pats) || !parse_options(opts, b.size, OptionSet::Match, o))
        return badarg(p);
    std::size_t pos, len;
    if (!find_match(b.view(), o.from, o.to, pats, pos, len)) return am_nomatch;
    return make_tuple2(*p, make_small(SWord(pos)), make_small(SWord(len)));
}

Term do_matches(Process* p, Term subject, Term pattern, Term opts) {
    Bytes b;
    std::vector<std::string> pats;
    SearchOptions o;
    if (!get_bytes(subject, b) || !parse_patterns(pattern, pats) || !parse_options(opts, b.size, OptionSet::Match, o))
        return badarg(p);
    std::vector<Term> found;
    std::size_t at = o.from, pos, len;
    while (at < o.to && find_match(b.view(), at, o.to, pats, pos, len)) {
        found.push_back(make_tuple2(*p, make_small(SWord(pos)), make_small(SWord(len))));
        at = pos + len;
    }
    return make_list_of(*p, found.data(), found.size());
}

Term do_split(Process* p, Term subject, Term pattern, Term opts) {
    Bytes b;
    std::vector<std::string> pats;
    SearchOptions o;
    if (!get_bytes(subject, b) || !parse_patterns(pattern, pats) || !parse_options(opts, b.size, OptionSet::Split, o))
        return badarg(p);
    // Part boundaries: [start_i, end_i) between matches, over the whole subject.
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    std::size_t part_start = 0, at = o.from, pos, len;
    while (at < o.to && find_match(b.view(), at, o.to, pats, pos, len)) {
        parts.emplace_back(part_start, pos);
        part_start = at = pos + len;
        if (!o.global) break;
    }
    parts.emplace_back(part_start, b.size);
    if (o.trim_all) {
        std::erase_if(parts, [](const auto& pr) { return pr.first == pr.second; });
    } else if (o.trim) {
        while (!parts.empty() && parts.back().first == parts.back().second) parts.pop_back();
    }
    std::vector<Term> terms;
    terms.reserve(parts.size());
    for (const auto& [s, e] : parts) terms.push_back(make_part(p, subject, b, s, e - s));
    return make_list_of(*p, terms.data(), terms.size());
}

EMBER_BIF(bif_binary_match_2) { return do_match(p, args[0], args[1], kNil); }
EMBER_BIF(bif_binary_match_3) { return do_match(p, args[0], args[1], args[2]); }
EMBER_BIF(bif_binary_matches_2) { return do_matches(p, args[0], args[1], kNil); }
EMBER_BIF(bif_binary_matches_3) { return do_matches(p, args[0], args[1], args[2]); }
EMBER_BIF(bif_binary_split_2) { return do_split(p, args[0], args[1], kNil); }
EMBER_BIF(bif_binary_split_3) { return do_split(p, args[0], args[1], args[2]); }

EMBER_BIF(bif_binary_compile_pattern_1) {
    std::vector<std::string> pats;
    if (!parse_patterns(args[0], pats) || is_tuple(args[0])) return badarg(p);
    std::string enc(kCompiledTag);
    for (const std::string& s : pats) {
        auto n = static_cast<std::uint32_t>(s.size());
        enc.append(reinterpret_cast<const char*>(&n), 4);
        enc.append(s);
    }
    Term bin = make_binary(*p, enc);
    return make_tuple2(*p, pats.size() == 1 ? atom_bm() : atom_ac(), bin);
}

// ---- slicing ------------------------------------------------------------------------------------------
EMBER_BIF(bif_binary_at_2) {
    Bytes b;
    SWord pos;
    if (!get_bytes(args[0], b) || !small_arg(args[1], pos) || pos < 0 || std::size_t(pos) >= b.size) return badarg(p);
    return make_small(b.data[pos]);
}

EMBER_BIF(bif_binary_first_1) {
    Bytes b;
    if (!get_bytes(args[0], b) || b.size == 0) return badarg(p);
    return make_small(b.data[0]);
}

EMBER_BIF(bif_binary_last_1) {
    Bytes b;
    if (!get_bytes(args[0], b) || b.size == 0) return badarg(p);
    return make_small(b.data[b.size - 1]);
}

// binary:part(Bin, Pos, Len): Len may be negative (the bytes before Pos). As erl, Bin may be a
// bitstring when the part lies within its whole bytes.
Term do_part(Process* p, Term bin, Term pos_t, Term len_t) {
    Bytes b;
    SWord pos, len;
    if (!get_bytes(bin, b, Partial::Ignore) || !small_arg(pos_t, pos) || !small_arg(len_t, len)) return badarg(p);
    SWord lo = len < 0 ? pos + len : pos;
    SWord hi = len < 0 ? pos : pos + len;
    if (lo < 0 || pos < 0 || hi > SWord(b.size)) return badarg(p);
    return make_part(p, bin, b, std::size_t(lo), std::size_t(hi - lo));
}

EMBER_BIF(bif_binary_part_2) {
    Term pl = args[1];
    if (!is_tuple(pl) || tuple_arity(pl) != 2) return badarg(p);
    return do_part(p, args[0], tuple_element(pl, 0), tuple_element(pl, 1));
}
EMBER_BIF(bif_binary_part_3) { return do_part(p, args[0], args[1], args[2]); }

// Copies larger than this raise system_limit instead of exhausting memory.
constexpr std::size_t kMaxCopyBytes = std::size_t(1) << 40;

// binary:copy(Bin, N). As erl, copying any bitstring 0 times gives <<>>.
Term do_copy(Process* p, Term bin, Term n_t) {
    Bytes b;
    SWord n;
    static const std::uint8_t kNothing = 0;
    if (is_bitstring(bin) && n_t == make_small(0)) return make_binary(*p, &kNothing, 0);
    if (!get_bytes(bin, b) || !small_arg(n_t, n) || n < 0) return badarg(p);
    if (b.size != 0 && std::size_t(n) > kMaxCopyBytes / b.size) {
        raise_error_args(p, am_system_limit);
        return kNonValue;
    }
    std::size_t total = b.size * std::size_t(n);
    std::uint8_t* out = nullptr;
    Term r = make_binary_uninit(*p, total, &out);
    for (SWord i = 0; i < n; ++i) std::memcpy(out + std::size_t(i) * b.size, b.data, b.size);
    return r;
}

// Copies of more than kDirtyBytes run on a dirty CPU scheduler (vm/dirty.hpp).
Term copy_1(Process* p, const Term* args) { return do_copy(p, args[0], make_small(1)); }
Term copy_2(Process* p, const Term* args) { return do_copy(p, args[0], args[1]); }
const BifSpec kCopy1Dirty{"binary", "copy", 1, copy_1, kCapPure, DirtyKind::Cpu};
const BifSpec kCopy2Dirty{"binary", "copy", 2, copy_2, kCapPure, DirtyKind::Cpu};
std::size_t copy_bytes(Term bin, Term n) {
    if (!is_bitstring(bin) || !is_small(n) || small_value(n) <= 0) return 0;
    std::size_t size = binary_ref(bin).byte_size();
    std::size_t count = static_cast<std::size_t>(small_value(n));
    return size > kDirtyBytes / count ? kDirtyBytes + 1 : size * count;
}
EMBER_BIF(bif_binary_copy_1) {
    if (copy_bytes(args[0], make_small(1)) > kDirtyBytes) return schedule_dirty(p, &kCopy1Dirty);
    return copy_1(p, args);
}
EMBER_BIF(bif_binary_copy_2) {
    if (copy_bytes(args[0], args[1]) > kDirtyBytes) return schedule_dirty(p, &kCopy2Dirty);
    return copy_2(p, args);
}

// ---- integers -----------------------------------------------------------------------------------------
// big -> 1, little -> 0, anything else -> -1.
int endianness(Term t) {
    if (t == am_big) return 1;
    if (t == am_little) return 0;
    return -1;
}

Term do_decode_unsigned(Process* p, Term bin, Term endian) {
    Bytes b;
    int big = endianness(endian);
    if (!get_bytes(bin, b) || big < 0) return badarg(p);
    std::vector<Word> limbs((b.size + 7) / 8 + 1, 0);
    for (std::size_t i = 0; i < b.size; ++i) {
        std::size_t significance = big ? b.size - 1 - i : i;  // byte index from the least significant
        limbs[significance / 8] |= Word(b.data[i]) << (8 * (significance % 8));
    }
    Term r = make_bignum(*p, limbs.data(), limbs.size(), false);
    if (r == kNonValue) {
        raise_error_args(p, am_system_limit);
        return kNonValue;
    }
    return r;
}

EMBER_BIF(bif_binary_decode_unsigned_1) { return do_decode_unsigned(p, args[0], am_big); }
EMBER_BIF(bif_binary_decode_unsigned_2) { return do_decode_unsigned(p, args[0], args[1]); }

// The fewest bytes holding a non-negative integer (0 is <<0>>).
Term do_encode_unsigned(Process* p, Term n, Term endian) {
    int big = endianness(endian);
    if (!is_integer(n) || big < 0) return badarg(p);
    IntegerView v(n);
    if (v.negative()) return badarg(p);
    std::string le;  // least significant byte first
    for (std::size_t i = 0; i < v.size(); ++i)
        for (int k = 0; k < 8; ++k) le.push_back(static_cast<char>((v.limbs()[i] >> (8 * k)) & 0xFF));
    while (le.size() > 1 && le.back() == '\0') le.pop_back();
    if (big) std::reverse(le.begin(), le.end());
    return make_binary(*p, le);
}

EMBER_BIF(bif_binary_encode_unsigned_1) { return do_encode_unsigned(p, args[0], am_big); }
EMBER_BIF(bif_binary_encode_unsigned_2) { return do_encode_unsigned(p, args[0], args[1]); }

// ---- lists of binaries --------------------------------------------------------------------------------
EMBER_BIF(bif_binary_list_to_bin_1) {
    std::string out;
    if ((args[0] != kNil && !is_list(args[0])) || !iolist_bytes(args[0], out)) return badarg(p);
    return make_binary(*p, out);
}

// The binaries of a non-empty proper list, or false.
bool binary_list(Term list, std::vector<Bytes>& out) {
    for (; is_list(list); list = cdr(list)) {
        out.emplace_back();
        if (!get_bytes(car(list), out.back())) return false;
    }
    return list == kNil && !out.empty();
}

enum class End { Prefix, Suffix };

Term longest_common(Process* p, Term list, End end) {
    std::vector<Bytes> bins;
    if (!binary_list(list, bins)) return badarg(p);
    std::size_t common = bins[0].size;
    for (const Bytes& b : bins) common = std::min(common, b.size);
    for (std::size_t i = 0; i < common; ++i) {
        auto byte_at = [&](const Bytes& b) { return end == End::Prefix ? b.data[i] : b.data[b.size - 1 - i]; };
        std::uint8_t c = byte_at(bins[0]);
        for (const Bytes& b : bins)
            if (byte_at(b) != c) return make_small(SWord(i));
    }
    return make_small(SWord(common));
}

EMBER_BIF(bif_binary_longest_common_prefix_1) { return longest_common(p, args[0], End::Prefix); }
EMBER_BIF(bif_binary_longest_common_suffix_1) { return longest_common(p, args[0], End::Suffix); }

// The byte size of the binary that holds `t`'s bytes (the refcounted block for refc binaries).
EMBER_BIF(bif_binary_referenced_byte_size_1) {
    if (!is_bitstring(args[0])) return badarg(p);
    Term orig = binary_ref(args[0]).original;
    const Term* hp = boxed_ptr(orig);
    if (is_refc_binary(orig)) return make_small(SWord(reinterpret_cast<const Binary*>(hp[2])->size));
    return make_small(SWord(hp[1]));
}

const BifSpec kBifs[] = {
    {"binary", "match", 2, bif_binary_match_2, kCapPure},
    {"binary", "match", 3, bif_binary_match_3, kCapPure},
    {"binary", "matches", 2, bif_binary_matches_2, kCapPure},
    {"binary", "matches", 3, bif_binary_matches_3, kCapPure},
    {"binary", "split", 2, bif_binary_split_2, kCapPure},
    {"binary", "split", 3, bif_binary_split_3, kCapPure},
    {"binary", "compile_pattern", 1, bif_binary_compile_pattern_1, kCapPure},
    {"binary", "at", 2, bif_binary_at_2, kCapPure},
    {"binary", "first", 1, bif_binary_first_1, kCapPure},
    {"binary", "last", 1, bif_binary_last_1, kCapPure},
    {"binary", "part", 2, bif_binary_part_2, kCapPure},
    {"binary", "part", 3, bif_binary_part_3, kCapPure},
    {"binary", "copy", 1, bif_binary_copy_1, kCapPure},
    {"binary", "copy", 2, bif_binary_copy_2, kCapPure},
    {"binary", "decode_unsigned", 1, bif_binary_decode_unsigned_1, kCapPure},
    {"binary", "decode_unsigned", 2, bif_binary_decode_unsigned_2, kCapPure},
    {"binary", "encode_unsigned", 1, bif_binary_encode_unsigned_1, kCapPure},
    {"binary", "encode_unsigned", 2, bif_binary_encode_unsigned_2, kCapPure},
    {"binary", "list_to_bin", 1, bif_binary_list_to_bin_1, kCapPure},
    {"binary", "longest_common_prefix", 1, bif_binary_longest_common_prefix_1, kCapPure},
    {"binary", "longest_common_suffix", 1, bif_binary_longest_common_suffix_1, kCapPure},
    {"binary", "referenced_byte_size", 1, bif_binary_referenced_byte_size_1, kCapPure},
};

}  // namespace

std::span<const BifSpec> binary_bifs() { return kBifs; }

}  // namespace ember::bifs
