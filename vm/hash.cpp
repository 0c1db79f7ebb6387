#include "vm/hash.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <string_view>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/inline_stack.hpp"
#include "vm/map.hpp"
#include "vm/module.hpp"

namespace ember::vm {

namespace {

using U32 = std::uint32_t;

// Bob Jenkins' mix (OTP utils.c MIX).
inline void mix(U32& a, U32& b, U32& c) {
    a -= b; a -= c; a ^= (c >> 13);
    b -= c; b -= a; b ^= (a << 8);
    c -= a; c -= b; c ^= (b >> 13);
    a -= b; a -= c; a ^= (c >> 12);
    b -= c; b -= a; b ^= (a << 16);
    c -= a; c -= b; c ^= (b >> 5);
    a -= b; a -= c; a ^= (c >> 3);
    b -= c; b -= a; b ^= (a << 10);
    c -= a; c -= b; c ^= (b >> 15);
}

constexpr U32 kHConst = 0x9e3779b9u;  // (HCONST * n) mod 2^32 below
constexpr U32 kHConst2 = 0x3c6ef372u;
constexpr U32 kHConst3 = 0xdaa66d2bu;
constexpr U32 kHConst4 = 0x78dde6e4u;
constexpr U32 kHConst5 = 0x1715609du;
constexpr U32 kHConst6 = 0xb54cda56u;
constexpr U32 kHConst7 = 0x5384540fu;
constexpr U32 kHConst8 = 0xf1bbcdc8u;
constexpr U32 kHConst9 = 0x8ff34781u;
constexpr U32 kHConst10 = 0x2e2ac13au;
constexpr U32 kHConst11 = 0xcc623af3u;
constexpr U32 kHConst12 = 0x6a99b4acu;
constexpr U32 kHConst13 = 0x08d12e65u;
constexpr U32 kHConst14 = 0xa708a81eu;
constexpr U32 kHConst15 = 0x454021d7u;
constexpr U32 kHConst16 = 0xe3779b90u;
constexpr U32 kHConst17 = 0x81af1549u;
constexpr U32 kHConst18 = 0x1fe68f02u;
constexpr U32 kHConst19 = 0xbe1e08bbu;
constexpr U32 kHConst20 = 0x5c558274u;
constexpr U32 kHConst21 = 0xfa8cfc2du;
constexpr U32 kHConst22 = 0x98c475e6u;
constexpr U32 kInternalHashSalt = 3432918353u;
constexpr U32 kNilDef = 0x2;  // OTP's tag_val_def NIL_DEF

inline void hash2(U32& hash, U32 x, U32 y, U32 k) {
    U32 a = k + x, b = k + y;
    mix(a, b, hash);
}
inline void hash1(U32& hash, U32 x, U32 k) { hash2(hash, x, 0, k); }

// OTP block_hash (Jenkins lookup2) over `len` bytes with initial value `initval`.
U32 block_hash(const std::uint8_t* k, std::size_t length, U32 initval) {
    U32 a = kHConst, b = kHConst, c = initval;
    std::size_t len = length;
    auto w = [&](std::size_t i) { return U32(k[i]) | U32(k[i + 1]) << 8 | U32(k[i + 2]) << 16 | U32(k[i + 3]) << 24; };
    while (len >= 12) {
        a += w(0);
        b += w(4);
        c += w(8);
        mix(a, b, c);
        k += 12;
        len -= 12;
    }
    c += U32(length);
    switch (len) {
    case 11: c += U32(k[10]) << 24; [[fallthrough]];
    case 10: c += U32(k[9]) << 16; [[fallthrough]];
    case 9: c += U32(k[8]) << 8; [[fallthrough]];
    case 8: b += U32(k[7]) << 24; [[fallthrough]];
    case 7: b += U32(k[6]) << 16; [[fallthrough]];
    case 6: b += U32(k[5]) << 8; [[fallthrough]];
    case 5: b += k[4]; [[fallthrough]];
    case 4: a += U32(k[3]) << 24; [[fallthrough]];
    case 3: a += U32(k[2]) << 16; [[fallthrough]];
    case 2: a += U32(k[1]) << 8; [[fallthrough]];
    case 1: a += k[0]; break;
    default: break;
    }
    mix(a, b, c);
    return c;
}

// The bytes of a bitstring, realigned to offset 0 when needed (`buf` holds the copy). The last byte,
// when the size is not whole bytes, has its bits at the top.
const std::uint8_t* aligned_bytes(const BinaryRef& r, std::vector<std::uint8_t>& buf) {
    if (r.bit_offset == 0) return r.data;
    std::size_t n = (r.bit_size + 7) / 8;
    buf.assign(n, 0);
    for (std::size_t i = 0; i < r.bit_size; ++i) {
        std::size_t s = r.bit_offset + i;
        if ((r.data[s / 8] >> (7 - s % 8)) & 1) buf[i / 8] |= std::uint8_t(0x80 >> (i % 8));
    }
    return buf.data();
}

// OTP's binary hashing shared by make_hash2 and internal_hash.
U32 hash_binary2(Term t, U32 hash) {
    BinaryRef r = binary_ref(t);
    std::size_t sz = r.bit_size / 8;
    U32 bits = U32(r.bit_size % 8);
    U32 con = kHConst13 + hash;
    if (sz == 0 && bits == 0) return con;
    std::vector<std::uint8_t> buf;
    const std::uint8_t* p = aligned_bytes(r, buf);
    hash = block_hash(p, U32(sz), con);
    if (bits > 0) hash2(hash, bits, U32(p[sz] >> (8 - bits)), kHConst15);
    return hash;
}

// The numbers erl hashes of another node's pid, port and reference (its id, its 64-bit number, its
// first 32-bit word): the layouts are in vm/etf_internal.hpp. The node and creation are not hashed.
U32 external_pid_number(Term t) { return U32(small_value(boxed_ptr(t)[2])); }
std::uint64_t external_port_number(Term t) {
    const Term* p = boxed_ptr(t);
    return std::uint64_t(small_value(p[2])) | (std::uint64_t(small_value(p[3])) << 32);
}
U32 external_ref_number0(Term t) { return U32(small_value(boxed_ptr(t)[3])); }

Term fun_module(const FunEntry* fe) { return fe && fe->module ? fe->module->name : am_undefined; }

// make_hash2 of a small integer mixed into `hash`: beyond 28 bits as a sign-tagged 64-bit magnitude,
// otherwise as OTP's 32-bit UINT32_HASH (a negative value mixes its magnitude first).
void hash_small2(U32& hash, SWord x) {
    if (x < -(SWord(1) << 27) || x >= (SWord(1) << 27)) {
        Word t = x < 0 ? Word(0) - Word(x) : Word(x);
        hash2(hash, U32(t), U32(t >> 32), x < 0 ? kHConst10 : kHConst11);
    } else {
        std::int32_t y = std::int32_t(x);
        if (y < 0) hash1(hash, U32(-y), kHConst);
        hash1(hash, U32(y), kHConst);
    }
}

// A bignum's limbs, lowest first, each as two 32-bit halves (make_hash2 and make_internal_hash agree).
void hash_bignum_limbs(U32& hash, Term bignum) {
    U32 con = bignum_negative(bignum) ? kHConst10 : kHConst11;
    const Word* limbs = bignum_limbs(bignum);
    for (Word i = 0, n = bignum_limb_count(bignum); i < n; ++i) {
        hash2(hash, U32(limbs[i]), U32(limbs[i] >> 32), con);
    }
}

// What hash_list_bytes leaves: the fewer than four bytes not yet mixed in (`pending`, `count` of them)
// and, when `term` is still a list, its cell `cell` whose head is not a byte.
struct ListBytes {
    const Term* cell;
    U32 pending;
    int count;
};

// Mixes the leading byte elements (0..255) of the non-empty list `term` into `hash`, four per step
// (OTP's list fast path). On return `term` is the first cell not consumed, or the tail after the run.
ListBytes hash_list_bytes(U32& hash, Term& term) {
    int c = 0;
    U32 sh = 0;
    const Term* ptr = list_ptr(term);
    while (is_small(ptr[0]) && Word(small_value(ptr[0])) < 256) {
        sh = (sh << 8) + U32(small_value(ptr[0]));
        if (c == 3) {
            hash1(hash, sh, kHConst4);
            c = 0;
            sh = 0;
        } else {
            ++c;
        }
        term = ptr[1];
        if (!is_list(term)) break;
        ptr = list_ptr(term);
    }
    return {ptr, sh, c};
}

// Pushes elems[1..n) onto `s`, last first, and returns elems[0], which the walker visits next (n > 0):
// tuple elements and closure free variables are visited in order.
template <typename Stack>
Term push_rest(const Term* elems, Word n, Stack& s) {
    for (Word i = n; i > 1; --i) s.push_back(elems[i - 1]);
    return elems[0];
}

// A closure hashes its free-variable count with its module (as `module_hash` gives it), then its index
// and old uniq, then its free variables in order. Returns false when there are none to visit; otherwise
// `term` becomes the first, the rest pushed.
template <typename Stack>
bool enter_closure(U32& hash, Term& term, Stack& s, U32 (*module_hash)(Term), U32 k_count, U32 k_id) {
    const FunEntry* fe = closure_entry(term);
    Word num_free = closure_num_free(term);
    hash2(hash, U32(num_free), module_hash(fun_module(fe)), k_count);
    hash2(hash, fe ? fe->index : 0, fe ? fe->old_uniq : 0, k_id);
    if (num_free == 0) return false;
    term = push_rest(closure_free_vars(term), num_free, s);
    return true;
}

// A tuple hashes alike in make_hash2 and make_internal_hash: its arity, then its elements in order.
// Returns false for {} (nothing to visit); otherwise `term` becomes the first element, the rest pushed.
template <typename Stack>
bool enter_tuple(U32& hash, Term& term, Stack& s) {
    Word arity = header_arity(boxed_header(term));
    hash1(hash, U32(arity), kHConst9);
    if (arity == 0) return false;
    term = push_rest(boxed_ptr(term) + 1, arity, s);
    return true;
}

// Stack markers: header-tagged words never occur as terms.
constexpr Term kMarkMapTail = make_header(1, Subtag::Ref);
constexpr Term kMarkMapPair = make_header(2, Subtag::Ref);
constexpr Term kMarkCdr = make_header(3, Subtag::Ref);

// Pushes the children of a map node (flat map: key/value pairs; HAMT: leaves as key, value and
// sub-nodes as terms) for make_hash2. Flat and HAMT maps hash alike: pairs are combined with xor.
template <typename Stack>
void push_map_children2(Term node, Stack& s) {
    if (is_flatmap(node)) {
        Word n = flatmap_size(node);
        const Term* ks = flatmap_keys(node);
        const Term* vs = flatmap_values(node);
        for (Word i = n; i-- > 0;) {
            s.push_back(kMarkMapPair);
            s.push_back(vs[i]);
            s.push_back(ks[i]);
        }
        return;
    }
    Word count = 0;
    const Term* kids = hashmap_children(node, count);
    for (Word i = 0; i < count; ++i) {
        if (is_list(kids[i])) {
            s.push_back(kMarkMapPair);
            s.push_back(cdr(kids[i]));
            s.push_back(car(kids[i]));
        } else {
            s.push_back(kids[i]);
        }
    }
}

}  // namespace

U32 atom_hash(Term atom) {
    std::string_view name = atom_name(atom);
    const auto* p = reinterpret_cast<const std::uint8_t*>(name.data());
    std::size_t len = name.size();
    U32 h = 0;
    while (len--) {
        U32 v = *p++;
        if (len && (v & 0xFE) == 0xC2 && (*p & 0xC0) == 0x80) {  // latin-1 clutch
            v = ((v << 6) | (*p & 0x3F)) & 0xFF;
            ++p;
            --len;
        }
        h = (h << 4) + v;
        if (U32 g = h & 0xf0000000u) {
            h ^= (g >> 24);
            h ^= g;
        }
    }
    return h;
}

// make_hash2: walks the term with an explicit stack. Invariant: `hash` holds the hash of everything
// visited so far in the current context (a map pair restarts at 0; its result is xor-ed in).
U32 make_hash2(Term term) {
    if (is_atom(term)) return atom_hash(term);
    if (is_small(term)) {
        U32 hash = 0;
        hash_small2(hash, small_value(term));
        return hash;
    }
    InlineStack<Term, 32> s;
    U32 hash = 0;
    U32 xor_pairs = 0;
    for (;;) {
        switch (primary_tag(term)) {
        case kTagList: {
            ListBytes run = hash_list_bytes(hash, term);
            if (run.count > 0) hash1(hash, run.pending, kHConst4);
            if (is_list(term)) {
                s.push_back(run.cell[1]);
                term = run.cell[0];
            }
            continue;
        }
        case kTagBoxed: {
            Term hdr = boxed_header(term);
            switch (header_subtag(hdr)) {
            case Subtag::Tuple:
                if (enter_tuple(hash, term, s)) continue;
                break;
            case Subtag::Map: {
                if (is_flatmap(term) || is_hashmap_head(term)) {
                    Word size = map_size(term);
                    hash1(hash, U32(size), kHConst16);
                    if (size == 0) break;
                    s.push_back(xor_pairs);
                    s.push_back(hash);
                    s.push_back(kMarkMapTail);
                    hash = 0;
                    xor_pairs = 0;
                }
                push_map_children2(term, s);
                break;
            }
            case Subtag::Export: {
                const Export* ep = export_fun_entry(term);
                hash2(hash, ep->arity, atom_hash(ep->module), kHConst);
                hash1(hash, atom_hash(ep->function), kHConst14);
                break;
            }
            case Subtag::Fun:
                if (enter_closure(hash, term, s, atom_hash, kHConst, kHConst)) continue;
                break;
            case Subtag::RefcBinary:
            case Subtag::HeapBinary:
            case Subtag::SubBinary:
                hash = hash_binary2(term, hash);
                break;
            case Subtag::PosBignum:
            case Subtag::NegBignum:
                hash_bignum_limbs(hash, term);
                break;
            case Subtag::Ref:
                hash1(hash, U32(boxed_ptr(term)[1]), kHConst7);
                break;
            case Subtag::ExternalRef:
                hash1(hash, external_ref_number0(term), kHConst7);
                break;
            case Subtag::ExternalPid:
                hash1(hash, external_pid_number(term), kHConst5);
                break;
            case Subtag::ExternalPort: {
                std::uint64_t n = external_port_number(term);
                hash2(hash, U32(n), U32(n >> 32), kHConst6);
                break;
            }
            case Subtag::Float: {
                double d = float_value(term);
                if (d == 0.0) d = 0.0;  // -0.0 hashes as 0.0
                Word bits = std::bit_cast<Word>(d);
                hash2(hash, U32(bits >> 32), U32(bits), kHConst12);
                break;
            }
            default:  // match contexts never reach a hash
                break;
            }
            break;
        }
        default:  // immediates
            if (is_local_pid(term)) {
                hash1(hash, U32(pid_number(term)), kHConst5);
            } else if (is_local_port(term)) {
                Word n = port_number(term);
                hash2(hash, U32(n), U32(n >> 32), kHConst6);
            } else if (is_atom(term)) {
                if (hash == 0) hash = atom_hash(term);
                else hash1(hash, atom_hash(term), kHConst3);
            } else if (is_nil(term)) {
                if (hash == 0) hash = 3468870702u;
                else hash1(hash, kNilDef, kHConst2);
            } else if (is_small(term)) {
                hash_small2(hash, small_value(term));
            }
            break;
        }
        // hash2_common: pop the next term, handling map markers.
        for (;;) {
            if (s.empty()) return hash;
            term = s.back();
            s.pop_back();
            if (term == kMarkMapTail) {
                hash = U32(s.back());
                s.pop_back();
                hash1(hash, xor_pairs, kHConst19);
                xor_pairs = U32(s.back());
                s.pop_back();
                continue;
            }
            if (term == kMarkMapPair) {
                xor_pairs ^= hash;
                hash = 0;
                continue;
            }
            break;
        }
    }
}

// make_internal_hash (OTP 25). Invariant as make_hash2; immediates hash by their raw word.
U32 internal_hash(Term term, U32 salt) {
    U32 hash = salt ^ kInternalHashSalt;
    if (is_immed(term)) {
        hash2(hash, U32(term), U32(term >> 32), kHConst);
        return hash;
    }
    auto const_hash = [&hash](U32 k) {
        hash ^= k;
        hash = (hash << 17) ^ (hash >> (32 - 17));
    };
    InlineStack<Term, 32> s;
    for (;;) {
        switch (primary_tag(term)) {
        case kTagList: {
            ListBytes run = hash_list_bytes(hash, term);
            if (run.count > 0) hash2(hash, run.pending, U32(run.count), kHConst22);
            if (is_list(term)) {
                Term tail = run.cell[1];
                const_hash(kHConst17);
                s.push_back(tail);
                if (!is_list(tail)) s.push_back(kMarkCdr);
                term = run.cell[0];
            }
            continue;
        }
        case kTagBoxed: {
            Term hdr = boxed_header(term);
            switch (header_subtag(hdr)) {
            case Subtag::Tuple:
                if (enter_tuple(hash, term, s)) continue;
                break;
            case Subtag::Map: {
                if (is_flatmap(term)) {
                    Word n = flatmap_size(term);
                    hash1(hash, U32(n), kHConst16);
                    const Term* ks = flatmap_keys(term);
                    const Term* vs = flatmap_values(term);
                    for (Word i = n; i-- > 0;) {
                        s.push_back(vs[i]);
                        s.push_back(ks[i]);
                    }
                    break;
                }
                if (is_hashmap_head(term)) hash1(hash, U32(map_size(term)), kHConst16);
                Word count = 0;
                const Term* kids = hashmap_children(term, count);
                for (Word i = 0; i < count; ++i) {
                    if (is_list(kids[i])) {
                        s.push_back(cdr(kids[i]));
                        s.push_back(car(kids[i]));
                    } else {
                        s.push_back(kids[i]);
                    }
                }
                break;
            }
            case Subtag::Export: {
                Word p = reinterpret_cast<Word>(export_fun_entry(term));
                hash2(hash, U32(p), U32(p >> 32), kHConst14);
                break;
            }
            case Subtag::Fun: {
                auto atom_word = [](Term module) { return U32(module); };  // the module by its atom word
                if (enter_closure(hash, term, s, atom_word, kHConst20, kHConst21)) continue;
                break;
            }
            case Subtag::RefcBinary:
            case Subtag::HeapBinary:
            case Subtag::SubBinary:
                hash = hash_binary2(term, hash);
                break;
            case Subtag::PosBignum:
            case Subtag::NegBignum:
                hash_bignum_limbs(hash, term);
                break;
            case Subtag::Ref: {
                const Term* p = boxed_ptr(term);
                hash1(hash, U32(p[1]), kHConst7);
                hash2(hash, U32(p[2]), U32(p[3]), kHConst8);
                break;
            }
            case Subtag::Float: {
                double d = float_value(term);
                if (d == 0.0) d = 0.0;
                Word bits = std::bit_cast<Word>(d);
                hash2(hash, U32(bits), U32(bits >> 32), kHConst12);
                break;
            }
            default: {
                // External pids/ports/refs (layout not settled): hash every data word.
                const Term* p = boxed_ptr(term);
                for (Word i = 1, n = header_arity(hdr); i <= n; ++i) hash2(hash, U32(p[i]), U32(p[i] >> 32), kHConst5);
                break;
            }
            }
            break;
        }
        default:
            hash2(hash, U32(term), U32(term >> 32), kHConst);
            break;
        }
        // pop_next
        for (;;) {
            if (s.empty()) return hash;
            term = s.back();
            s.pop_back();
            if (term == kMarkCdr) {
                const_hash(kHConst18);
                continue;
            }
            break;
        }
    }
}

U32 map_hash(Term key, U32 depth) {
    U32 salt = 0;
    if (depth > 0) hash2(salt, depth, 1, kHConst22);
    return internal_hash(key, salt);
}

// make_hash (erlang:phash/2). Explicit stack of terms and operation markers.
U32 make_hash(Term term) {
    constexpr U32 F1 = 268440163, F2 = 268439161, F3 = 268435459, F4 = 268436141, F5 = 268438633,
                  F6 = 268437017, F8 = 268437511, F9 = 268439627, F10 = 268440479, F11 = 268440577,
                  F12 = 268440581, F13 = 268440593, F14 = 268440611;
    enum Op : Word { kTerm, kTupleEnd, kCdrPost };
    struct Item {
        Op op;
        Term term;
        Word arg;
    };
    InlineStack<Item, 32> s;
    U32 hash = 0;
    auto step = [&hash](U32 x, U32 p) {
        hash = (((hash * p + (x & 0xFF)) * p + ((x >> 8) & 0xFF)) * p + ((x >> 16) & 0xFF)) * p + (x >> 24);
    };
    for (;;) {
        // Hash `term`; containers push their remaining work.
        if (is_nil(term)) {
            hash = hash * F3 + 1;
        } else if (is_atom(term)) {
            hash = hash * F1 + atom_hash(term);
        } else if (is_small(term)) {
            SWord y1 = small_value(term);
            Word y2 = y1 < 0 ? Word(0) - Word(y1) : Word(y1);
            step(U32(y2), F2);
            if (y2 >> 32) step(U32(y2 >> 32), F2);
            hash *= (y1 < 0 ? F4 : F3);
        } else if (is_local_pid(term)) {
            step(U32(pid_number(term)), F5);
            hash *= F6;
        } else if (is_local_port(term)) {
            Word n = port_number(term);
            if (n >> 32) step(U32(n >> 32), F11);
            step(U32(n), F9);
            hash *= F10;
        } else if (is_list(term)) {
            const Term* list = list_ptr(term);
            bool done = false;
            while (is_small(list[0]) && Word(small_value(list[0])) < 256) {
                hash = hash * F2 + U32(small_value(list[0]));
                if (!is_list(list[1])) {
                    s.push_back({kCdrPost, 0, 0});
                    term = list[1];
                    done = true;
                    break;
                }
                list = list_ptr(list[1]);
            }
            if (done) continue;
            // Cdr handled after the car: CDR_PRE_OP semantics (a non-list cdr gets a post multiply).
            Term tail = list[1];
            if (is_list(tail)) {
                s.push_back({kTerm, tail, 0});
            } else {
                s.push_back({kCdrPost, 0, 0});
                s.push_back({kTerm, tail, 0});
            }
            term = list[0];
            continue;
        } else if (is_boxed(term)) {
            Term hdr = boxed_header(term);
            switch (header_subtag(hdr)) {
            case Subtag::Tuple: {
                Word arity = header_arity(hdr);
                s.push_back({kTupleEnd, 0, arity});
                for (Word i = arity; i >= 1; --i) s.push_back({kTerm, boxed_ptr(term)[i], 0});
                break;
            }
            case Subtag::RefcBinary:
            case Subtag::HeapBinary:
            case Subtag::SubBinary: {
                BinaryRef r = binary_ref(term);
                std::size_t sz = r.bit_size / 8;
                U32 bits = U32(r.bit_size % 8);
                std::vector<std::uint8_t> buf;
                const std::uint8_t* p = aligned_bytes(r, buf);
                for (std::size_t i = 0; i < sz; ++i) hash = hash * F1 + p[i];
                if (bits > 0) {
                    U32 b = p[sz] >> (8 - bits);
                    hash = (hash * F1 + b) * F12 + bits;
                }
                hash = hash * F4 + U32(sz);
                break;
            }
            case Subtag::Export: {
                const Export* ep = export_fun_entry(term);
                hash = hash * F11 + ep->arity;
                hash = hash * F1 + atom_hash(ep->module);
                hash = hash * F1 + atom_hash(ep->function);
                break;
            }
            case Subtag::Fun: {
                const FunEntry* fe = closure_entry(term);
                Word num_free = closure_num_free(term);
                hash = hash * F10 + U32(num_free);
                hash = hash * F1 + atom_hash(fun_module(fe));
                hash = hash * F2 + (fe ? fe->index : 0);
                hash = hash * F2 + (fe ? fe->old_uniq : 0);
                const Term* env = closure_free_vars(term);
                for (Word i = num_free; i >= 1; --i) s.push_back({kTerm, env[i - 1], 0});
                break;
            }
            case Subtag::Ref:
                step(U32(boxed_ptr(term)[1]), F9);
                hash *= F10;
                break;
            case Subtag::ExternalRef:
                step(external_ref_number0(term), F9);
                hash *= F10;
                break;
            case Subtag::ExternalPid:
                step(external_pid_number(term), F5);
                hash *= F6;
                break;
            case Subtag::ExternalPort: {
                std::uint64_t n = external_port_number(term);
                if (n >> 32) step(U32(n >> 32), F11);
                step(U32(n), F9);
                hash *= F10;
                break;
            }
            case Subtag::Float: {
                double d = float_value(term);
                if (d == 0.0) d = 0.0;
                Word bits = std::bit_cast<Word>(d);
                hash = hash * F6 + (U32(bits) ^ U32(bits >> 32));
                break;
            }
            case Subtag::PosBignum:
            case Subtag::NegBignum: {
                const Word* limbs = bignum_limbs(term);
                Word n = bignum_limb_count(term);
                for (Word i = 0; i + 1 < n; ++i) {
                    Word d = limbs[i];
                    for (int j = 0; j < 8; ++j, d >>= 8) hash = hash * F2 + U32(d & 0xFF);
                }
                Word d = limbs[n - 1];
                int k = (d >> 32) ? 8 : 4;
                for (int j = 0; j < k; ++j, d >>= 8) hash = hash * F2 + U32(d & 0xFF);
                hash *= bignum_negative(term) ? F4 : F3;
                break;
            }
            case Subtag::Map:
                hash = hash * F13 + F14 + make_hash2(term);
                break;
            default:
                break;
            }
        }
        // Pop finished work until a term is due.
        for (;;) {
            if (s.empty()) return hash;
            Item it = s.back();
            s.pop_back();
            if (it.op == kTerm) {
                term = it.term;
                break;
            }
            if (it.op == kTupleEnd) hash = hash * F9 + U32(it.arg);
            else hash *= F8;  // kCdrPost
        }
    }
}

}  // namespace ember::vm
