// erlang module BIFs of the external term format and term hashing (OTP external.c, erl_bif_info.c,
// bif.c): term_to_binary/iovec, binary_to_term, external_size, phash/phash2. The codec itself is
// vm/etf.cpp and vm/etf_encode.cpp; the other term conversions are bifs/erlang_terms.cpp and
// bifs/erlang_ids.cpp.
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/binary.hpp"
#include "vm/bignum.hpp"
#include "vm/copy.hpp"
#include "vm/dirty.hpp"
#include "vm/etf.hpp"
#include "vm/hash.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// ---- external term format -----------------------------------------------------------------------------

// term_to_binary/2 options: compressed, {compressed, 0..9}, {minor_version, 0..2}, deterministic (erl 25
// has no `local`). external_size/2 takes only {minor_version, 0..1}. False when erl raises badarg.
enum class OptionSet { TermToBinary, ExternalSize };
bool parse_encode_options(Term opts, OptionSet set, EtfEncodeOptions& out) {
    static const Term compressed = AtomTable::global().intern("compressed");
    static const Term deterministic = AtomTable::global().intern("deterministic");
    Term t = opts;
    for (; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (set == OptionSet::TermToBinary && o == compressed) {
            out.compressed = 6;
        } else if (set == OptionSet::TermToBinary && o == deterministic) {
            out.deterministic = true;
        } else if (is_tuple(o) && tuple_arity(o) == 2 && is_small(tuple_element(o, 1))) {
            SWord v = small_value(tuple_element(o, 1));
            Term key = tuple_element(o, 0);
            if (set == OptionSet::TermToBinary && key == compressed && v >= 0 && v <= 9) {
                out.compressed = int(v);
            } else if (key == am_minor_version && v >= 0 && v <= (set == OptionSet::TermToBinary ? 2 : 1)) {
                out.minor_version = int(v);
            } else {
                return false;
            }
        } else {
            return false;
        }
    }
    return t == kNil;
}

Term encode_to_binary(Process* p, Term t, const EtfEncodeOptions& options) {
    std::vector<std::uint8_t> bytes;
    if (!etf_encode(t, bytes, options)) return badarg(p);
    return make_binary(*p, bytes.data(), bytes.size());
}
// Large terms are encoded on a dirty CPU scheduler (vm/dirty.hpp).
Term t2b_1(Process* p, const Term* args) { return encode_to_binary(p, args[0], {}); }
Term t2b_2(Process* p, const Term* args) {
    EtfEncodeOptions options;
    if (!parse_encode_options(args[1], OptionSet::TermToBinary, options)) return badarg(p);
    return encode_to_binary(p, args[0], options);
}
const BifSpec kT2b1Dirty{"erlang", "term_to_binary", 1, t2b_1, kCapPure, DirtyKind::Cpu};
const BifSpec kT2b2Dirty{"erlang", "term_to_binary", 2, t2b_2, kCapPure, DirtyKind::Cpu};
EMBER_BIF(bif_term_to_binary_1) {
    if (term_larger_than(args[0], kDirtyTermWords)) return schedule_dirty(p, &kT2b1Dirty);
    return t2b_1(p, args);
}
EMBER_BIF(bif_term_to_binary_2) {
    if (term_larger_than(args[0], kDirtyTermWords)) return schedule_dirty(p, &kT2b2Dirty);
    return t2b_2(p, args);
}

// Where term_to_iovec references binary data instead of copying it: the payload of every BINARY_EXT
// and the whole bytes of every BIT_BINARY_EXT longer than 64 bytes (OTP's ERL_ONHEAP_BIN_LIMIT: such
// binaries are refcounted in erl). A structural walk over uncompressed ETF bytes produced by etf_encode;
// returns false (no split) on anything unexpected.
struct Cut {
    std::size_t at, len;
};
bool find_iovec_cuts(const std::vector<std::uint8_t>& d, std::vector<Cut>& cuts) {
    std::size_t pos = 1;  // after the version byte
    auto need = [&](std::size_t n) { return pos + n <= d.size(); };
    auto be = [&](std::size_t at, int n) {
        std::size_t v = 0;
        for (int i = 0; i < n; ++i) v = (v << 8) | d[at + i];
        return v;
    };
    auto skip_atom = [&]() {
        if (!need(1)) return false;
        std::uint8_t tag = d[pos++];
        std::size_t len;
        if (tag == 100 || tag == 118) {
            if (!need(2)) return false;
            len = be(pos, 2), pos += 2;
        } else if (tag == 115 || tag == 119) {
            if (!need(1)) return false;
            len = d[pos++];
        } else {
            return false;
        }
        if (!need(len)) return false;
        pos += len;
        return true;
    };
    std::size_t pending = 1;
    while (pending > 0) {
        --pending;
        if (!need(1)) return false;
        std::uint8_t tag = d[pos++];
        std::size_t n = 0;
        switch (tag) {
        case 97: n = 1; break;
        case 98: n = 4; break;
        case 70: n = 8; break;
        case 99: n = 31; break;
        case 106: break;
        case 100: case 118: case 115: case 119:
            --pos;
            if (!skip_atom()) return false;
            break;
        case 107:
            if (!need(2)) return false;
            n = 2 + be(pos, 2);
            break;
        case 104:
            if (!need(1)) return false;
            pending += d[pos], n = 1;
            break;
        case 105:
            if (!need(4)) return false;
            pending += be(pos, 4), n = 4;
            break;
        case 108:
            if (!need(4)) return false;
            pending += be(pos, 4) + 1, n = 4;
            break;
        case 116:
            if (!need(4)) return false;
            pending += 2 * be(pos, 4), n = 4;
            break;
        case 113: pending += 3; break;
        case 110:
            if (!need(1)) return false;
            n = 2 + d[pos];
            break;
        case 111:
            if (!need(4)) return false;
            n = 5 + be(pos, 4);
            break;
        case 109: {
            if (!need(4)) return false;
            std::size_t len = be(pos, 4);
            if (len > kHeapBinaryMax && need(4 + len)) cuts.push_back({pos + 4, len});
            n = 4 + len;
            break;
        }
        case 77: {
            if (!need(5)) return false;
            std::size_t len = be(pos, 4);
            if (len > 0 && len - 1 > kHeapBinaryMax && need(5 + len)) cuts.push_back({pos + 5, len - 1});
            n = 5 + len;
            break;
        }
        case 112:  // NEW_FUN_EXT: size, arity, uniq, index, num_free, then 4 + num_free terms
            if (!need(29)) return false;
            pending += 4 + be(pos + 25, 4), n = 29;
            break;
        case 88: case 103: case 89: case 102: case 120:
            if (!skip_atom()) return false;
            n = tag == 88 ? 12 : tag == 103 ? 9 : tag == 89 ? 8 : tag == 102 ? 5 : 12;
            break;
        case 90: case 114: {
            if (!need(2)) return false;
            std::size_t words = be(pos, 2);
            pos += 2;
            if (!skip_atom()) return false;
            n = (tag == 90 ? 4 : 1) + 4 * words;
            break;
        }
        default:
            return false;
        }
        if (!need(n)) return false;
        pos += n;
    }
    return true;
}

// term_to_iovec: like term_to_binary, as a list of binaries with large binary payloads as their own
// elements (iolist_to_binary of the result is term_to_binary's). A compressed result is one binary, as
// erl 25 returns it.
Term encode_to_iovec(Process* p, Term t, const EtfEncodeOptions& options) {
    std::vector<std::uint8_t> bytes;
    if (!etf_encode(t, bytes, options)) return badarg(p);
    if (options.compressed > 0) return make_binary(*p, bytes.data(), bytes.size());
    std::vector<Cut> cuts;
    if (!find_iovec_cuts(bytes, cuts)) cuts.clear();
    std::vector<Term> parts;
    std::size_t at = 0;
    for (const Cut& c : cuts) {
        if (c.at > at) parts.push_back(make_binary(*p, bytes.data() + at, c.at - at));
        parts.push_back(make_binary(*p, bytes.data() + c.at, c.len));
        at = c.at + c.len;
    }
    if (at < bytes.size() || parts.empty()) parts.push_back(make_binary(*p, bytes.data() + at, bytes.size() - at));
    return make_list_of(*p, parts.data(), parts.size());
}
EMBER_BIF(bif_term_to_iovec_1) { return encode_to_iovec(p, args[0], {}); }
EMBER_BIF(bif_term_to_iovec_2) {
    EtfEncodeOptions options;
    if (!parse_encode_options(args[1], OptionSet::TermToBinary, options)) return badarg(p);
    return encode_to_iovec(p, args[0], options);
}

// binary_to_term/2 options: safe, used. With `used` the result is {Term, BytesUsed}.
Term decode_impl(Process* p, Term bin, Term opts) {
    bool safe = false, used = false;
    if (opts != kNonValue) {
        Term t = opts;
        for (; is_list(t); t = cdr(t)) {
            if (car(t) == am_safe) safe = true;
            else if (car(t) == am_used) used = true;
            else return badarg(p);
        }
        if (t != kNil) return badarg(p);
    }
    if (!is_bitstring(bin)) return badarg(p);
    BinaryRef r = binary_ref(bin);
    if (!r.is_binary()) return badarg(p);
    std::vector<std::uint8_t> copy;
    const std::uint8_t* data = r.data;
    if (r.bit_offset != 0) {
        copy.resize(r.byte_size());
        copy_bits(r.data, r.bit_offset, copy.data(), 0, r.bit_size);
        data = copy.data();
    }
    EtfDecodeOption option = safe ? EtfDecodeOption::Safe : EtfDecodeOption::None;
    std::size_t consumed = 0;
    if (used) {
        EtfScan scan = etf_scan(data, r.byte_size(), option);
        if (!scan.ok) return badarg(p);
        consumed = scan.used;
    }
    Term term = etf_decode(*p, data, r.byte_size(), option);
    if (term == kNonValue) return badarg(p);
    if (!used) return term;
    return make_tuple2(*p, term, make_integer_u64(*p, consumed));
}
// Large binaries are decoded on a dirty CPU scheduler (vm/dirty.hpp).
Term b2t_1(Process* p, const Term* args) { return decode_impl(p, args[0], kNonValue); }
Term b2t_2(Process* p, const Term* args) { return decode_impl(p, args[0], args[1]); }
const BifSpec kB2t1Dirty{"erlang", "binary_to_term", 1, b2t_1, kCapPure, DirtyKind::Cpu};
const BifSpec kB2t2Dirty{"erlang", "binary_to_term", 2, b2t_2, kCapPure, DirtyKind::Cpu};
bool large_binary(Term t) { return is_bitstring(t) && binary_ref(t).byte_size() > kDirtyBytes; }
EMBER_BIF(bif_binary_to_term_1) {
    if (large_binary(args[0])) return schedule_dirty(p, &kB2t1Dirty);
    return b2t_1(p, args);
}
EMBER_BIF(bif_binary_to_term_2) {
    if (large_binary(args[0])) return schedule_dirty(p, &kB2t2Dirty);
    return b2t_2(p, args);
}

Term external_size_impl(Process* p, Term t, const EtfEncodeOptions& options) {
    std::vector<std::uint8_t> bytes;
    if (!etf_encode(t, bytes, options)) return badarg(p);
    return make_integer_u64(*p, bytes.size());
}
EMBER_BIF(bif_external_size_1) { return external_size_impl(p, args[0], {}); }
EMBER_BIF(bif_external_size_2) {
    EtfEncodeOptions options;
    if (!parse_encode_options(args[1], OptionSet::ExternalSize, options)) return badarg(p);
    return external_size_impl(p, args[0], options);
}

// ---- hashing ------------------------------------------------------------------------------------------

// A hash range: an integer 1..2^32.
bool get_range(Term t, std::uint64_t& range) {
    if (!is_small(t)) return false;
    SWord v = small_value(t);
    if (v < 1 || v > (SWord(1) << 32)) return false;
    range = std::uint64_t(v);
    return true;
}
EMBER_BIF(bif_phash) {
    std::uint64_t range;
    if (!get_range(args[1], range)) return badarg(p);
    return make_integer_u64(*p, phash(args[0], range));
}
EMBER_BIF(bif_phash2_1) { return make_small(phash2(args[0])); }
EMBER_BIF(bif_phash2_2) {
    std::uint64_t range;
    if (!get_range(args[1], range)) return badarg(p);
    return make_small(phash2(args[0], range));
}

const BifSpec kBifs[] = {
    {"erlang", "term_to_binary", 1, bif_term_to_binary_1, kCapPure},
    {"erlang", "term_to_binary", 2, bif_term_to_binary_2, kCapPure},
    {"erlang", "term_to_iovec", 1, bif_term_to_iovec_1, kCapPure},
    {"erlang", "term_to_iovec", 2, bif_term_to_iovec_2, kCapPure},
    {"erlang", "binary_to_term", 1, bif_binary_to_term_1, kCapPure},
    {"erlang", "binary_to_term", 2, bif_binary_to_term_2, kCapPure},
    {"erlang", "external_size", 1, bif_external_size_1, kCapPure},
    {"erlang", "external_size", 2, bif_external_size_2, kCapPure},
    {"erlang", "phash", 2, bif_phash, kCapPure},
    {"erlang", "phash2", 1, bif_phash2_1, kCapPure},
    {"erlang", "phash2", 2, bif_phash2_2, kCapPure},
};

}  // namespace

std::span<const BifSpec> erlang_etf_bifs() { return kBifs; }

}  // namespace ember::bifs
