// External term format encoding (term_to_binary/1,2), byte-for-byte as OTP 25.2.3 for every term kind
// but pids/refs/funs of other nodes and closures (which round-trip). Iterative: nested terms use an
// explicit work stack, never the C stack. Reference: OTP erts/doc/src/erl_ext_dist.xml; external.c for
// the encoding choices (STRING_EXT for byte lists, compression only when it saves space).
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/compare.hpp"
#include "vm/etf.hpp"
#include "vm/etf_internal.hpp"
#include "vm/magic_ref.hpp"
#include "vm/map.hpp"
#include "vm/module.hpp"
#include "vm/node_name.hpp"
#include "vm/unicode.hpp"

namespace ember::vm {

using namespace etf_detail;

namespace {

struct Work {
    enum Kind : std::uint8_t { Value, ListRest, PatchSize } kind;
    Term term;
    std::size_t pos = 0;  // PatchSize: offset of the size field
};

class Encoder {
public:
    Encoder(std::vector<std::uint8_t>& out, const EtfEncodeOptions& options) : m_out(out), m_opt(options) {}

    bool run(Term t);

private:
    void u8(unsigned v) { m_out.push_back(std::uint8_t(v)); }
    void u16(unsigned v) {
        u8(v >> 8);
        u8(v);
    }
    void u32(std::uint32_t v) {
        u16(v >> 16);
        u16(v & 0xFFFF);
    }
    void u64(std::uint64_t v) {
        u32(std::uint32_t(v >> 32));
        u32(std::uint32_t(v));
    }
    void bytes(const void* p, std::size_t n) {
        const auto* b = static_cast<const std::uint8_t*>(p);
        m_out.insert(m_out.end(), b, b + n);
    }

    void atom(Term a);
    void small_int(SWord v);
    void magnitude(bool negative, const Word* limbs, Word n);
    void float_value(double d);
    void bitstring(Term t);
    bool boxed(Term t, std::vector<Work>& stack);
    void list(Term t, std::vector<Work>& stack);

    std::vector<std::uint8_t>& m_out;
    const EtfEncodeOptions& m_opt;
};

// OTP 25: minor_version >= 2 writes every atom as UTF-8; below that, atoms whose characters are all
// Latin-1 are written as ATOM_EXT in Latin-1 (never SMALL_ATOM_EXT), others as (SMALL_)ATOM_UTF8_EXT.
void Encoder::atom(Term a) {
    std::string_view name = atom_name(a);
    if (m_opt.minor_version < 2) {
        std::string latin1;
        bool ok = true;
        for (std::size_t pos = 0; pos < name.size() && ok;) {
            std::uint32_t cp = 0;
            std::size_t n = utf8_decode(name, pos, cp);
            if (n == 0 || cp > 0xFF) ok = false;
            latin1.push_back(char(cp));
            pos += n;
        }
        if (ok) {
            u8(kExtAtom);
            u16(unsigned(latin1.size()));
            bytes(latin1.data(), latin1.size());
            return;
        }
    }
    if (name.size() < 256) {
        u8(kExtSmallAtomUtf8);
        u8(unsigned(name.size()));
    } else {
        u8(kExtAtomUtf8);
        u16(unsigned(name.size()));
    }
    bytes(name.data(), name.size());
}

void Encoder::small_int(SWord v) {
    if (v >= 0 && v <= 255) {
        u8(kExtSmallInteger);
        u8(unsigned(v));
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
        u8(kExtInteger);
        u32(std::uint32_t(std::int32_t(v)));
    } else {
        Word mag = v < 0 ? Word(0) - Word(v) : Word(v);
        magnitude(v < 0, &mag, 1);
    }
}

// SMALL_BIG_EXT / LARGE_BIG_EXT: magnitude in little-endian bytes, no high zero bytes.
void Encoder::magnitude(bool negative, const Word* limbs, Word n) {
    while (n > 0 && limbs[n - 1] == 0) --n;
    std::size_t len = n * 8;
    while (len > 0 && ((limbs[(len - 1) / 8] >> (8 * ((len - 1) % 8))) & 0xFF) == 0) --len;
    if (len < 256) {
        u8(kExtSmallBig);
        u8(unsigned(len));
    } else {
        u8(kExtLargeBig);
        u32(std::uint32_t(len));
    }
    u8(negative ? 1 : 0);
    for (std::size_t i = 0; i < len; ++i) u8(unsigned((limbs[i / 8] >> (8 * (i % 8))) & 0xFF));
}

void Encoder::float_value(double d) {
    if (m_opt.minor_version == 0) {  // FLOAT_EXT: "%.20e" in 31 bytes, NUL-padded
        char buf[64] = {};
        std::snprintf(buf, sizeof buf, "%.20e", d);
        u8(kExtFloat);
        bytes(buf, 31);
        return;
    }
    u8(kExtNewFloat);
    u64(std::bit_cast<std::uint64_t>(d));
}

// BINARY_EXT, or BIT_BINARY_EXT with the unused low bits of the last byte zeroed.
void Encoder::bitstring(Term t) {
    BinaryRef ref = binary_ref(t);
    std::size_t nbytes = (ref.bit_size + 7) / 8;
    unsigned tail = unsigned(ref.bit_size % 8);
    if (tail == 0) {
        u8(kExtBinary);
        u32(std::uint32_t(nbytes));
    } else {
        u8(kExtBitBinary);
        u32(std::uint32_t(nbytes));
        u8(tail);
    }
    std::size_t at = m_out.size();
    m_out.resize(at + nbytes, 0);
    if (ref.byte_aligned()) {
        if (nbytes != 0) std::memcpy(m_out.data() + at, ref.data, ref.bit_size / 8);
        if (tail != 0) copy_bits(ref.data, ref.bit_size - tail, m_out.data() + at, ref.bit_size - tail, tail);
    } else {
        copy_bits(ref.data, ref.bit_offset, m_out.data() + at, 0, ref.bit_size);
    }
}

// STRING_EXT for a proper list of at most 65535 integers 0..255; otherwise LIST_EXT of all the cells
// up to the tail (improper or []).
void Encoder::list(Term t, std::vector<Work>& stack) {
    std::size_t len = 0;
    Term c = t;
    bool bytes_only = true;
    for (; is_list(c); c = cdr(c)) {
        Term h = car(c);
        if (bytes_only && !(is_small(h) && small_value(h) >= 0 && small_value(h) <= 255)) bytes_only = false;
        ++len;
        if (len > 0xFFFF && bytes_only) bytes_only = false;
    }
    if (bytes_only && is_nil(c)) {
        u8(kExtString);
        u16(unsigned(len));
        for (Term e = t; is_list(e); e = cdr(e)) u8(unsigned(small_value(car(e))));
        return;
    }
    u8(kExtList);
    u32(std::uint32_t(len));
    stack.push_back({Work::ListRest, t});
}

// Encodes a boxed term; compound ones push their parts. False if the term has no external form.
bool Encoder::boxed(Term t, std::vector<Work>& stack) {
    const Term* hp = boxed_ptr(t);
    switch (header_subtag(hp[0])) {
    case Subtag::Tuple: {
        Word n = header_arity(hp[0]);
        if (n < 256) {
            u8(kExtSmallTuple);
            u8(unsigned(n));
        } else {
            u8(kExtLargeTuple);
            u32(std::uint32_t(n));
        }
        for (Word i = n; i > 0; --i) stack.push_back({Work::Value, hp[i]});
        return true;
    }
    case Subtag::PosBignum:
    case Subtag::NegBignum:
        magnitude(bignum_negative(t), bignum_limbs(t), bignum_limb_count(t));
        return true;
    case Subtag::Float:
        float_value(vm::float_value(t));
        return true;
    case Subtag::HeapBinary:
    case Subtag::RefcBinary:
    case Subtag::SubBinary:
        bitstring(t);
        return true;
    case Subtag::Ref:
        if (hp[0] == kMagicRefHeader) magic_ref_save(magic_object(t));  // decodable here again
        u8(kExtNewerRef);
        u16(3);
        atom(this_node());
        u32(this_creation());
        for (int i = 1; i <= 3; ++i) u32(std::uint32_t(hp[i]));
        return true;
    case Subtag::ExternalPid:
        u8(kExtNewPid);
        atom(hp[1]);
        u32(std::uint32_t(small_value(hp[2])));
        u32(std::uint32_t(small_value(hp[3])));
        u32(std::uint32_t(small_value(hp[4])));
        return true;
    case Subtag::ExternalPort: {
        std::uint64_t id = std::uint64_t(small_value(hp[2])) | (std::uint64_t(small_value(hp[3])) << 32);
        u8(id > 0xFFFFFFFF ? kExtV4Port : kExtNewPort);
        atom(hp[1]);
        if (id > 0xFFFFFFFF) u64(id); else u32(std::uint32_t(id));
        u32(std::uint32_t(small_value(hp[4])));
        return true;
    }
    case Subtag::ExternalRef: {
        Word n = header_arity(hp[0]) - 2;
        u8(kExtNewerRef);
        u16(unsigned(n));
        atom(hp[1]);
        u32(std::uint32_t(small_value(hp[2])));
        for (Word i = 0; i < n; ++i) u32(std::uint32_t(small_value(hp[3 + i])));
        return true;
    }
    case Subtag::Export: {
        const Export* ex = export_fun_entry(t);
        u8(kExtExport);
        atom(ex->module);
        atom(ex->function);
        u8(kExtSmallInteger);
        u8(ex->arity);
        return true;
    }
    case Subtag::Fun: {
        // NEW_FUN_EXT: Size Arity Uniq Index NumFree Module OldIndex OldUniq Pid FreeVars...
        const FunEntry* fe = closure_entry(t);
        if (fe == nullptr || fe->module == nullptr) return false;
        Word num_free = closure_num_free(t);
        u8(kExtNewFun);
        std::size_t size_pos = m_out.size();
        u32(0);  // patched when the free variables are done
        u8(fe->arity - fe->num_free);
        bytes(fe->module->md5, 16);
        u32(fe->index);
        u32(std::uint32_t(num_free));
        atom(fe->module->name);
        small_int(SWord(fe->index));
        small_int(SWord(fe->old_uniq));
        stack.push_back({Work::PatchSize, 0, size_pos});
        for (Word i = num_free; i > 0; --i) stack.push_back({Work::Value, closure_free_vars(t)[i - 1]});
        stack.push_back({Work::Value, closure_creator(t)});
        return true;
    }
    case Subtag::Map: {
        u8(kExtMap);
        u32(std::uint32_t(map_size(t)));
        std::vector<Term> pairs;
        if (m_opt.deterministic && is_hashmap(t)) {
            std::vector<Term> ks, vs;
            map_sorted_pairs(t, ks, vs);
            for (std::size_t i = 0; i < ks.size(); ++i) pairs.push_back(ks[i]), pairs.push_back(vs[i]);
        } else {
            map_foreach_list_order(t, [&pairs](Term k, Term v) {
                pairs.push_back(k);
                pairs.push_back(v);
            });
        }
        for (std::size_t i = pairs.size(); i > 0; --i) stack.push_back({Work::Value, pairs[i - 1]});
        return true;
    }
    default:  // match contexts have no external form
        return false;
    }
}

// Invariant: `stack` holds what is still to encode, top first.
bool Encoder::run(Term root) {
    std::vector<Work> stack;
    stack.push_back({Work::Value, root});
    while (!stack.empty()) {
        Work w = stack.back();
        stack.pop_back();
        if (w.kind == Work::PatchSize) {
            std::uint32_t size = std::uint32_t(m_out.size() - w.pos);
            for (int i = 0; i < 4; ++i) m_out[w.pos + std::size_t(i)] = std::uint8_t(size >> (24 - 8 * i));
            continue;
        }
        if (w.kind == Work::ListRest) {
            if (is_list(w.term)) {
                stack.push_back({Work::ListRest, cdr(w.term)});
                stack.push_back({Work::Value, car(w.term)});
            } else {
                stack.push_back({Work::Value, w.term});
            }
            continue;
        }
        Term t = w.term;
        if (is_small(t)) {
            small_int(small_value(t));
        } else if (is_atom(t)) {
            atom(t);
        } else if (is_nil(t)) {
            u8(kExtNil);
        } else if (is_list(t)) {
            list(t, stack);
        } else if (is_local_pid(t)) {
            u8(kExtNewPid);
            atom(this_node());
            u32(std::uint32_t(pid_number(t)));
            u32(std::uint32_t(pid_number(t) >> 32));
            u32(this_creation());
        } else if (is_local_port(t)) {
            Word id = port_number(t);
            u8(id > 0xFFFFFFFF ? kExtV4Port : kExtNewPort);
            atom(this_node());
            if (id > 0xFFFFFFFF) u64(id); else u32(std::uint32_t(id));
            u32(this_creation());
        } else if (is_boxed(t)) {
            if (!boxed(t, stack)) return false;
        } else {
            return false;
        }
    }
    return true;
}

}  // namespace

// Postcondition: on success `out` gained the version byte and the term, compressed (tag 80) only if
// zlib fits it in 5 bytes less than the plain encoding, as OTP does.
bool etf_encode(Term t, std::vector<std::uint8_t>& out, const EtfEncodeOptions& options) {
    std::vector<std::uint8_t> body;
    Encoder enc(body, options);
    if (!enc.run(t)) return false;
    out.push_back(kVersionMagic);
    if (options.compressed > 0 && body.size() >= 5) {
        uLongf dest_len = uLongf(body.size() - 5);
        std::vector<std::uint8_t> z(dest_len + 1);
        int level = std::clamp(options.compressed, 1, 9);
        if (dest_len > 0 && compress2(z.data(), &dest_len, body.data(), uLong(body.size()), level) == Z_OK) {
            out.push_back(kExtCompressed);
            std::uint32_t n = std::uint32_t(body.size());
            for (int i = 0; i < 4; ++i) out.push_back(std::uint8_t(n >> (24 - 8 * i)));
            out.insert(out.end(), z.begin(), z.begin() + std::ptrdiff_t(dest_len));
            return true;
        }
    }
    out.insert(out.end(), body.begin(), body.end());
    return true;
}

}  // namespace ember::vm
