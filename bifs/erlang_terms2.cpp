// erlang module term-conversion BIFs, part 2 (OTP external.c, erl_bif_info.c, bif.c, erl_fun.c):
// term_to_binary/iovec, binary_to_term, external_size, phash/phash2, pids/refs/ports/funs as text and
// back, fun_info, make_fun and unique_integer. Part 1 is bifs/erlang_terms.cpp.
#include <atomic>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/binary.hpp"
#include "vm/bignum.hpp"
#include "vm/copy.hpp"
#include "vm/dirty.hpp"
#include "vm/etf.hpp"
#include "vm/hash.hpp"
#include "vm/module.hpp"
#include "vm/term_print.hpp"

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

// ---- pids, refs, ports and funs as text ---------------------------------------------------------------

Term text_list(Process* p, const std::string& s) { return make_charlist(*p, s); }

EMBER_BIF(bif_pid_to_list) {
    if (!is_local_pid(args[0]) && !is_boxed_of(args[0], Subtag::ExternalPid)) return badarg(p);
    return text_list(p, format_term_w(args[0]));
}
EMBER_BIF(bif_port_to_list) {
    if (!is_local_port(args[0]) && !is_boxed_of(args[0], Subtag::ExternalPort)) return badarg(p);
    return text_list(p, format_term_w(args[0]));
}
EMBER_BIF(bif_ref_to_list) {
    if (!is_local_ref(args[0]) && !is_boxed_of(args[0], Subtag::ExternalRef)) return badarg(p);
    return text_list(p, format_term_w(args[0]));
}
// erts prints the fun into a byte buffer and returns its bytes: a non-ASCII atom comes back as its
// UTF-8 bytes (fun m:'é'/0 gives "fun m:" ++ [195, 169] ++ "/0"), as in erl.
EMBER_BIF(bif_fun_to_list) {
    if (!is_fun(args[0])) return badarg(p);
    std::string text = format_term_w(args[0]);
    Term list = kNil;
    for (std::size_t i = text.size(); i-- > 0;)
        list = make_cons(*p, make_small(static_cast<std::uint8_t>(text[i])), list);
    return list;
}

// Parses `prefix` then N decimal numbers (each <= max) separated by '.', then `suffix`, nothing else.
bool parse_dotted(const std::string& s, std::string_view prefix, std::string_view suffix, std::size_t count,
                  std::uint64_t max, std::uint64_t* out) {
    if (s.size() < prefix.size() + suffix.size() || s.compare(0, prefix.size(), prefix) != 0 ||
        s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    std::size_t pos = prefix.size(), end = s.size() - suffix.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) {
            if (pos >= end || s[pos] != '.') return false;
            ++pos;
        }
        std::size_t start = pos;
        std::uint64_t v = 0;
        while (pos < end && s[pos] >= '0' && s[pos] <= '9') {
            v = v * 10 + std::uint64_t(s[pos] - '0');
            if (v > max) return false;
            ++pos;
        }
        if (pos == start) return false;
        out[i] = v;
    }
    return pos == end;
}

// A proper list of 0..255 (not a binary) as a string.
bool list_text(Term t, std::string& out) { return (is_list(t) || t == kNil) && latin1_string(t, out); }

// "<0.N.S>": only node 0 (this node) exists; N < 2^32 and S < 2^28 (Ember's 60-bit pid numbers).
EMBER_BIF(bif_list_to_pid) {
    std::string s;
    std::uint64_t v[3];
    if (!list_text(args[0], s) || !parse_dotted(s, "<", ">", 3, 0xFFFFFFFFu, v) || v[0] != 0 ||
        v[2] >= (std::uint64_t(1) << 28))
        return badarg(p);
    return make_pid(v[1] | (v[2] << 32));
}
// "#Ref<0.A.B.C>" is the local ref [n0 = C][n1 = B][n2 = A].
EMBER_BIF(bif_list_to_ref) {
    std::string s;
    std::uint64_t v[4];
    if (!list_text(args[0], s) || !parse_dotted(s, "#Ref<", ">", 4, 0xFFFFFFFFu, v) || v[0] != 0)
        return badarg(p);
    Term* hp = p->alloc(kRefWords);
    hp[0] = make_header(3, Subtag::Ref);
    hp[1] = v[3];
    hp[2] = v[2];
    hp[3] = v[1];
    return make_boxed(hp);
}
// "#Port<0.N>".
EMBER_BIF(bif_list_to_port) {
    std::string s;
    std::uint64_t v[2];
    if (!list_text(args[0], s) || !parse_dotted(s, "#Port<", ">", 2, (std::uint64_t(1) << 59) - 1, v) ||
        v[0] != 0)
        return badarg(p);
    return make_port(v[1]);
}

// ---- funs ---------------------------------------------------------------------------------------------

// The value of one fun_info item, or kNonValue if `item` is not one (erl: badarg).
Term fun_info_value(Process* p, Term fun, Term item) {
    if (is_export_fun(fun)) {
        const Export* ex = export_fun_entry(fun);
        if (item == am_module) return ex->module;
        if (item == am_name) return ex->function;
        if (item == am_arity) return make_small(ex->arity);
        if (item == am_env) return kNil;
        if (item == am_type) return am_external;
        if (item == am_pid || item == am_index || item == am_new_index || item == am_uniq || item == am_new_uniq)
            return am_undefined;
        return kNonValue;
    }
    const FunEntry* fe = closure_entry(fun);
    if (item == am_module) return fe && fe->module ? fe->module->name : am_undefined;
    if (item == am_name) return fe ? fe->function : am_undefined;
    if (item == am_arity) return make_small(fun_arity(fun));
    if (item == am_env) return make_list_of(*p, closure_free_vars(fun), closure_num_free(fun));
    if (item == am_type) return am_local;
    if (item == am_pid) return closure_creator(fun);
    if (item == am_index || item == am_new_index) return fe ? make_small(fe->index) : am_undefined;
    if (item == am_uniq) return fe ? make_integer_u64(*p, fe->old_uniq) : am_undefined;
    if (item == am_new_uniq) return fe && fe->module ? make_binary(*p, fe->module->md5, 16) : am_undefined;
    return kNonValue;
}

EMBER_BIF(bif_fun_info_2) {
    if (!is_fun(args[0])) return badarg(p);
    Term v = fun_info_value(p, args[0], args[1]);
    if (v == kNonValue) return badarg(p);
    return make_tuple2(*p, args[1], v);
}

// erlang:fun_info/1: the item list in erl's order (export funs only have the first five kinds).
EMBER_BIF(bif_fun_info_1) {
    if (!is_fun(args[0])) return badarg(p);
    static const Term local_items[] = {am_pid, am_module, am_new_index, am_new_uniq, am_index,
                                       am_uniq, am_name, am_arity, am_env, am_type};
    static const Term export_items[] = {am_module, am_name, am_arity, am_env, am_type};
    bool exported = is_export_fun(args[0]);
    const Term* items = exported ? export_items : local_items;
    std::size_t n = exported ? std::size(export_items) : std::size(local_items);
    Term pairs[std::size(local_items)];
    for (std::size_t i = 0; i < n; ++i) pairs[i] = make_tuple2(*p, items[i], fun_info_value(p, args[0], items[i]));
    return make_list_of(*p, pairs, n);
}

// erlang:fun_info_mfa(Fun): {Module, Name, Arity}, Arity being the arity the fun accepts.
EMBER_BIF(bif_fun_info_mfa) {
    if (!is_fun(args[0])) return badarg(p);
    return make_tuple3(*p, fun_info_value(p, args[0], am_module), fun_info_value(p, args[0], am_name),
                       make_small(fun_arity(args[0])));
}

// erlang:make_fun(M, F, A): the export fun `fun M:F/A` (0 =< A =< 255).
EMBER_BIF(bif_make_fun) {
    if (!is_atom(args[0]) || !is_atom(args[1]) || !is_small(args[2]) || small_value(args[2]) < 0 ||
        small_value(args[2]) > 255)
        return badarg(p);
    Export* ex = CodeServer::global().export_entry(args[0], args[1], std::uint32_t(small_value(args[2])));
    Term* hp = p->alloc(2);
    hp[0] = make_header(1, Subtag::Export);
    hp[1] = reinterpret_cast<Word>(ex);
    return make_boxed(hp);
}

// ---- unique integers ----------------------------------------------------------------------------------

// One runtime-wide counter serves every flavour: values are unique and strictly increasing, so they
// are also monotonic. Without `positive` they start at the smallest small integer, like erl.
std::atomic<std::uint64_t> g_unique_counter{1};

Term unique_integer_impl(Process* p, bool positive) {
    std::uint64_t n = g_unique_counter.fetch_add(1, std::memory_order_relaxed);
    if (positive) return make_integer_u64(*p, n);
    return make_integer(*p, kMinSmall + SWord(n));
}
EMBER_BIF(bif_unique_integer_0) { return unique_integer_impl(p, false); }
EMBER_BIF(bif_unique_integer_1) {
    static const Term monotonic = AtomTable::global().intern("monotonic");
    bool positive = false;
    Term t = args[0];
    for (; is_list(t); t = cdr(t)) {
        if (car(t) == am_positive) positive = true;
        else if (car(t) != monotonic) return badarg(p);
    }
    if (t != kNil) return badarg(p);
    return unique_integer_impl(p, positive);
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
    {"erlang", "pid_to_list", 1, bif_pid_to_list, kCapPure},
    {"erlang", "port_to_list", 1, bif_port_to_list, kCapPure},
    {"erlang", "ref_to_list", 1, bif_ref_to_list, kCapPure},
    {"erlang", "fun_to_list", 1, bif_fun_to_list, kCapPure},
    {"erlang", "list_to_pid", 1, bif_list_to_pid, kCapPure},
    {"erlang", "list_to_ref", 1, bif_list_to_ref, kCapPure},
    {"erlang", "list_to_port", 1, bif_list_to_port, kCapPure},
    {"erlang", "fun_info", 1, bif_fun_info_1, kCapPure},
    {"erlang", "fun_info", 2, bif_fun_info_2, kCapPure},
    {"erlang", "fun_info_mfa", 1, bif_fun_info_mfa, kCapPure},
    {"erlang", "make_fun", 3, bif_make_fun, kCapPure},
    {"erlang", "unique_integer", 0, bif_unique_integer_0, kCapEntropy},
    {"erlang", "unique_integer", 1, bif_unique_integer_1, kCapEntropy},
};

}  // namespace

std::span<const BifSpec> erlang_terms2_bifs() { return kBifs; }

}  // namespace ember::bifs
