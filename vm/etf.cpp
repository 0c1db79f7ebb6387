// External term format decoding: etf_scan (validate + count words) and etf_decode (build).
//
// Both passes share one item parser (parse_item) that reads a tag and all its fixed fields through a
// bounds-checked reader and validates them, so the two passes cannot disagree about what is valid.
// Nested terms never recurse in C: the scan keeps a count of terms still to read; the decode threads
// its stack of destination slots through the not-yet-written slots themselves (as OTP's dec_term
// does), so a 10-million-deep list costs no memory beyond the term. Reference: OTP
// erts/doc/src/erl_ext_dist.xml and erts/emulator/beam/external.c (facts only).
#include "vm/etf.hpp"

#include <zlib.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdlib>
#include <string_view>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/compare.hpp"
#include "vm/etf_internal.hpp"
#include "vm/magic_ref.hpp"
#include "vm/map.hpp"
#include "vm/module.hpp"
#include "vm/node_name.hpp"
#include "vm/unicode.hpp"

namespace ember::vm {

using namespace etf_detail;

namespace {

// Bounds-checked big-endian reader over the term body.
struct Reader {
    const std::uint8_t* p;
    std::size_t size;
    std::size_t pos = 0;

    std::size_t left() const { return size - pos; }
    bool has(std::size_t n) const { return n <= size - pos; }
    std::uint8_t u8() { return p[pos++]; }
    std::uint32_t u16() {
        std::uint32_t v = (std::uint32_t(p[pos]) << 8) | p[pos + 1];
        pos += 2;
        return v;
    }
    std::uint32_t u32() {
        std::uint32_t v = (std::uint32_t(p[pos]) << 24) | (std::uint32_t(p[pos + 1]) << 16) |
                          (std::uint32_t(p[pos + 2]) << 8) | p[pos + 3];
        pos += 4;
        return v;
    }
    std::uint64_t u64() {
        std::uint64_t hi = u32();
        return (hi << 32) | u32();
    }
    const std::uint8_t* take(std::size_t n) {
        const std::uint8_t* q = p + pos;
        pos += n;
        return q;
    }
};

enum class Kind : std::uint8_t { Int, Big, Float, Atom, Tuple, Nil, String, List, Binary, Map, Pid, Port, Ref,
                                 Closure, ExportFun };

// One decoded item header. Strings are kept in the parser and reused between items.
struct Item {
    Kind kind = Kind::Nil;
    std::int64_t ival = 0;         // Int
    double fval = 0;               // Float
    std::uint64_t n = 0;           // Tuple/List/Map/String/Binary count; Big magnitude bytes; Ref length
    const std::uint8_t* data = nullptr;  // String/Binary/Big bytes
    unsigned bits = 8;             // Binary: bits used in the last byte (1..8)
    bool negative = false;         // Big
    std::uint64_t id = 0, serial = 0, creation = 0;  // Pid/Port/Ref
    std::uint32_t ref_ids[kMaxRefIds] = {};
    const FunEntry* fun = nullptr;  // Closure
    std::uint32_t arity = 0;       // ExportFun
    // Closure creator (a pid item's fields).
    bool creator_local = true;
    std::uint64_t creator_id = 0, creator_serial = 0, creator_creation = 0;
};

struct Parser {
    Reader r;
    EtfDecodeOption options;
    std::string error;
    std::string atom, atom2, creator_node;  // atom texts of the current item (UTF-8)

    bool fail(const char* what, std::size_t at) {
        error = std::string(what) + " at byte " + std::to_string(at);
        return false;
    }
    bool need(std::size_t n, std::size_t at) { return r.has(n) || fail("truncated term", at); }

    bool safe() const { return options == EtfDecodeOption::Safe; }

    // Reads an atom (any of the four atom tags) into `out` as UTF-8.
    bool parse_atom(std::string& out) {
        std::size_t at = r.pos;
        if (!need(1, at)) return false;
        std::uint8_t tag = r.u8();
        std::size_t len;
        bool utf8;
        switch (tag) {
        case kExtAtom: case kExtAtomUtf8:
            if (!need(2, at)) return false;
            len = r.u16();
            utf8 = tag == kExtAtomUtf8;
            break;
        case kExtSmallAtom: case kExtSmallAtomUtf8:
            if (!need(1, at)) return false;
            len = r.u8();
            utf8 = tag == kExtSmallAtomUtf8;
            break;
        case kExtAtomCacheRef:
            return fail("atom cache reference outside distribution", at);
        default:
            return fail("expected an atom", at);
        }
        if (!need(len, at)) return false;
        std::string_view text(reinterpret_cast<const char*>(r.take(len)), len);
        out.clear();
        if (utf8) {
            std::size_t chars = 0;
            if (!utf8_count_chars(text, chars)) return fail("invalid UTF-8 in atom", at);
            if (chars > kMaxAtomChars) return fail("atom too long", at);
            out.assign(text);
        } else {
            if (len > kMaxAtomChars) return fail("atom too long", at);
            for (char c : text) utf8_append(out, static_cast<std::uint8_t>(c));
        }
        if (safe() && AtomTable::global().find(out) == kNonValue) return fail("unknown atom (safe)", at);
        return true;
    }

    // SMALL_INTEGER_EXT or INTEGER_EXT only (NEW_FUN_EXT's OldIndex/OldUniq).
    bool parse_fixnum(std::int64_t& v) {
        std::size_t at = r.pos;
        if (!need(1, at)) return false;
        std::uint8_t tag = r.u8();
        if (tag == kExtSmallInteger && need(1, at)) {
            v = r.u8();
            return true;
        }
        if (tag == kExtInteger && need(4, at)) {
            v = std::int32_t(r.u32());
            return true;
        }
        return error.empty() ? fail("expected a small integer", at) : false;
    }

    // PID_EXT or NEW_PID_EXT; node text into `node`.
    bool parse_pid(std::string& node, std::uint64_t& id, std::uint64_t& serial, std::uint64_t& creation) {
        std::size_t at = r.pos;
        if (!need(1, at)) return false;
        std::uint8_t tag = r.u8();
        if (tag != kExtPid && tag != kExtNewPid) return fail("expected a pid", at);
        if (!parse_atom(node)) return false;
        std::size_t cbytes = tag == kExtPid ? 1 : 4;
        if (!need(8 + cbytes, at)) return false;
        id = r.u32();
        serial = r.u32();
        creation = cbytes == 1 ? r.u8() : r.u32();
        return true;
    }

    bool parse_item(Item& it);
};

bool is_local_node(std::string_view node, std::uint64_t creation) { return is_this_node(node, creation); }

// Pids of the local node become immediates when the number fits (see docs/etf.md).
bool pid_is_local(std::string_view node, std::uint64_t creation, std::uint64_t serial) {
    return is_local_node(node, creation) && serial < (std::uint64_t(1) << 28);
}

// Reads one item header at r.pos. Postcondition on success: r.pos is after the item's own bytes (and
// before its sub-terms, if any); every count is known to be satisfiable by the remaining bytes.
bool Parser::parse_item(Item& it) {
    std::size_t at = r.pos;
    if (!need(1, at)) return false;
    std::uint8_t tag = r.p[r.pos];
    it = Item{};
    switch (tag) {
    case kExtSmallInteger:
    case kExtInteger:
        it.kind = Kind::Int;
        return parse_fixnum(it.ival);
    case kExtFloat: {
        r.u8();
        if (!need(31, at)) return false;
        char buf[32];
        std::memcpy(buf, r.take(31), 31);
        buf[31] = '\0';
        // As erts: the digits must start at byte 0 and run up to the first NUL (or the end).
        char* end = nullptr;
        it.fval = std::strtod(buf, &end);
        if (end == buf || buf[0] == ' ' || buf[0] == '\t' || *end != '\0' || !std::isfinite(it.fval))
            return fail("bad FLOAT_EXT text", at);
        it.kind = Kind::Float;
        return true;
    }
    case kExtNewFloat: {
        r.u8();
        if (!need(8, at)) return false;
        it.fval = std::bit_cast<double>(r.u64());
        if (!std::isfinite(it.fval)) return fail("non-finite float", at);
        it.kind = Kind::Float;
        return true;
    }
    case kExtAtom: case kExtSmallAtom: case kExtAtomUtf8: case kExtSmallAtomUtf8: case kExtAtomCacheRef:
        it.kind = Kind::Atom;
        return parse_atom(atom);
    case kExtSmallTuple: case kExtLargeTuple:
        r.u8();
        if (!need(tag == kExtSmallTuple ? 1 : 4, at)) return false;
        it.n = tag == kExtSmallTuple ? r.u8() : r.u32();
        it.kind = Kind::Tuple;
        return it.n <= r.left() || fail("tuple arity exceeds input", at);
    case kExtNil:
        r.u8();
        it.kind = Kind::Nil;
        return true;
    case kExtString:
        r.u8();
        if (!need(2, at)) return false;
        it.n = r.u16();
        if (!need(it.n, at)) return false;
        it.data = r.take(it.n);
        it.kind = Kind::String;
        return true;
    case kExtList:
        r.u8();
        if (!need(4, at)) return false;
        it.n = r.u32();
        it.kind = Kind::List;
        return it.n + 1 <= r.left() || fail("list length exceeds input", at);
    case kExtBinary: case kExtBitBinary:
        r.u8();
        if (!need(tag == kExtBinary ? 4 : 5, at)) return false;
        it.n = r.u32();
        if (tag == kExtBitBinary) {
            it.bits = r.u8();
            bool bad_bits = it.n == 0 ? it.bits != 0 : (it.bits < 1 || it.bits > 8);
            if (bad_bits) return fail("bad BIT_BINARY_EXT bits", at);
            if (it.n == 0) it.bits = 8;
        }
        if (!need(it.n, at)) return false;
        it.data = r.take(it.n);
        it.kind = Kind::Binary;
        return true;
    case kExtSmallBig: case kExtLargeBig: {
        r.u8();
        if (!need(tag == kExtSmallBig ? 2 : 5, at)) return false;
        it.n = tag == kExtSmallBig ? r.u8() : r.u32();
        it.negative = r.u8() != 0;
        if (!need(it.n, at)) return false;
        it.data = r.take(it.n);
        while (it.n > 0 && it.data[it.n - 1] == 0) --it.n;  // non-canonical leading zeros are accepted
        if (it.n == 0) it.negative = false;
        it.kind = Kind::Big;
        return true;
    }
    case kExtMap:
        r.u8();
        if (!need(4, at)) return false;
        it.n = r.u32();
        it.kind = Kind::Map;
        return 2 * it.n <= r.left() || fail("map size exceeds input", at);
    case kExtPid: case kExtNewPid:
        it.kind = Kind::Pid;
        if (!parse_pid(atom, it.id, it.serial, it.creation)) return false;
        if (is_local_node(atom, it.creation) && !pid_is_local(atom, it.creation, it.serial))
            return fail("local pid out of range", at);
        return true;
    case kExtPort: case kExtNewPort: case kExtV4Port: {
        r.u8();
        if (!parse_atom(atom)) return false;
        std::size_t idb = tag == kExtV4Port ? 8 : 4, cb = tag == kExtPort ? 1 : 4;
        if (!need(idb + cb, at)) return false;
        it.id = idb == 8 ? r.u64() : r.u32();
        it.creation = cb == 1 ? r.u8() : r.u32();
        if (is_local_node(atom, it.creation) && it.id > std::uint64_t(kMaxSmall))
            return fail("local port out of range", at);
        it.kind = Kind::Port;
        return true;
    }
    case kExtRef: case kExtNewRef: case kExtNewerRef: {
        r.u8();
        std::size_t len = 1;
        if (tag != kExtRef) {
            if (!need(2, at)) return false;
            len = r.u16();
            if (len > kMaxRefIds) return fail("bad reference length", at);
        }
        if (!parse_atom(atom)) return false;
        std::size_t cb = tag == kExtNewerRef ? 4 : 1;
        if (tag == kExtRef) {
            if (!need(4 + cb, at)) return false;
            it.ref_ids[0] = r.u32();
            it.creation = r.u8();
        } else {
            if (!need(cb + 4 * len, at)) return false;
            it.creation = cb == 1 ? r.u8() : r.u32();
            for (std::size_t i = 0; i < len; ++i) it.ref_ids[i] = r.u32();
        }
        it.n = len;
        // erl 25: a reference of this node has at most 3 numbers (shorter ones are zero-padded).
        if (len > 3 && is_local_node(atom, it.creation)) return fail("bad local reference", at);
        it.kind = Kind::Ref;
        return true;
    }
    case kExtExport: {
        r.u8();
        if (!parse_atom(atom) || !parse_atom(atom2)) return false;
        std::size_t aat = r.pos;
        std::int64_t arity = 0;
        if (!parse_fixnum(arity)) return false;
        if (arity < 0 || arity > 255) return fail("bad export arity", aat);
        it.arity = std::uint32_t(arity);
        if (safe()) {
            Term m = AtomTable::global().find(atom), f = AtomTable::global().find(atom2);
            if (CodeServer::global().find_defined(m, f, it.arity) == nullptr)
                return fail("unknown export (safe)", at);
        }
        it.kind = Kind::ExportFun;
        return true;
    }
    case kExtNewFun: {
        r.u8();
        if (!need(4 + 1 + 16 + 4 + 4, at)) return false;
        std::uint32_t size = r.u32();
        if (size < 4 || size - 4 > r.left()) return fail("bad NEW_FUN_EXT size", at);
        std::uint32_t arity = r.u8();
        const std::uint8_t* uniq = r.take(16);
        std::uint32_t index = r.u32();
        std::uint32_t num_free = r.u32();
        std::int64_t old_index = 0, old_uniq = 0;
        if (!parse_atom(atom) || !parse_fixnum(old_index) || !parse_fixnum(old_uniq)) return false;
        if (!parse_pid(creator_node, it.creator_id, it.creator_serial, it.creator_creation)) return false;
        if (num_free > r.left()) return fail("fun free variable count exceeds input", at);
        it.creator_local = pid_is_local(creator_node, it.creator_creation, it.creator_serial);
        // Ember keeps one index (erl also the OldIndex) and writes it back as OldIndex, an INTEGER_EXT.
        if (index > std::uint32_t(INT32_MAX)) return fail("fun index out of range", at);
        if (old_uniq < 0) return fail("bad fun OldUniq", at);
        Term m = AtomTable::global().find(atom);
        if (m == kNonValue) {
            if (safe()) return fail("unknown atom (safe)", at);
            m = AtomTable::global().intern(atom);
            if (m == kNonValue) return fail("atom table full", at);
        }
        std::uint8_t md5[16];
        std::memcpy(md5, uniq, 16);
        // A fun of a module version that is not loaded gets a lasting placeholder entry, as in erl.
        it.fun = CodeServer::global().decoded_lambda(m, md5, index, std::uint32_t(old_uniq), arity + num_free,
                                                     num_free);
        it.n = num_free;
        it.kind = Kind::Closure;
        return true;
    }
    case kExtCompressed:
        return fail("compressed term inside a term", at);
    default:
        return fail("unknown tag", at);
    }
}

// Magnitude bytes (little-endian, no high zero bytes) -> fits a small integer with this sign?
bool big_fits_small(const std::uint8_t* data, std::size_t n, bool negative, std::uint64_t& value) {
    if (n > 8) return false;
    value = 0;
    for (std::size_t i = n; i-- > 0;) value = (value << 8) | data[i];
    std::uint64_t limit = std::uint64_t(kMaxSmall) + (negative ? 1 : 0);
    return value <= limit;
}

Word binary_words(std::uint64_t bytes) {
    return bytes <= kHeapBinaryMax ? heap_binary_words(bytes) : kRefcBinaryWords;
}

// ---- maps -----------------------------------------------------------------------------------------------
// A map of n <= kMapFlatMax pairs is decoded straight into its final flat layout (keys into the keys
// tuple, values after it) and sorted when complete; a larger one into a dead tuple {K1..Kn, V1..Vn}
// that map_from_pairs then reads.
Word map_decode_words(Word n) { return n <= kMapFlatMax ? flatmap_words(n) : 1 + 2 * n; }

void map_area_slots(Term* area, Word n, Term*& keys, Term*& values) {
    if (n <= kMapFlatMax) {
        keys = area + 3 + n + 1;
        values = area + 3;
    } else {
        keys = area + 1;
        values = area + 1 + n;
    }
}

void map_decode_area(Term* area, Word n, Term*& keys, Term*& values) {
    if (n <= kMapFlatMax) {
        area[0] = make_header(n + 2, Subtag::Map);
        area[1] = make_small(SWord(n));
        area[2] = make_boxed(area + 3 + n);
        area[3 + n] = make_header(n, Subtag::Tuple);
    } else {
        area[0] = make_header(2 * n, Subtag::Tuple);
    }
    map_area_slots(area, n, keys, values);
}

// Precondition: all keys and values of the area are written. Duplicate keys are an error, as in erl.
Term map_finish(HeapAllocator& heap, Term* area, Word n, std::string& error) {
    Term* keys;
    Term* values;
    map_area_slots(area, n, keys, values);
    if (n > kMapFlatMax) {
        Term m = map_from_pairs(heap, keys, values, n);
        if (map_size(m) != n) {
            error = "duplicate map key";
            return kNonValue;
        }
        return m;
    }
    // Insertion sort: at most 32 keys, usually already in order (erl encodes flat maps sorted).
    for (Word i = 1; i < n; ++i) {
        Term k = keys[i], v = values[i];
        Word j = i;
        while (j > 0 && compare_exact(keys[j - 1], k) > 0) {
            keys[j] = keys[j - 1];
            values[j] = values[j - 1];
            --j;
        }
        keys[j] = k;
        values[j] = v;
    }
    for (Word i = 1; i < n; ++i)
        if (compare_exact(keys[i - 1], keys[i]) == 0) {
            error = "duplicate map key";
            return kNonValue;
        }
    return make_boxed(area);
}

// Heap words the decode pass will allocate for this item itself (not its sub-terms).
Word item_words(const Item& it, const std::string& node) {
    switch (it.kind) {
    case Kind::Int: case Kind::Atom: case Kind::Nil: return 0;
    case Kind::Float: return kFloatWords;
    case Kind::Big: {
        std::uint64_t v;
        return big_fits_small(it.data, it.n, it.negative, v) ? 0 : 1 + (it.n + 7) / 8;
    }
    case Kind::Tuple: return 1 + it.n;
    case Kind::String: return 2 * it.n;
    case Kind::List: return 2 * it.n;
    case Kind::Binary: return binary_words(it.n) + (it.bits == 8 ? 0 : kSubBinaryWords);
    case Kind::Map: return map_decode_words(it.n);
    case Kind::Pid: return pid_is_local(node, it.creation, it.serial) ? 0 : kExternalPidWords;
    case Kind::Port:
        return is_local_node(node, it.creation) && it.id <= std::uint64_t(kMaxSmall) ? 0 : kExternalPortWords;
    case Kind::Ref:  // a local one may be a live magic ref (vm/magic_ref.hpp): room for either
        return is_local_node(node, it.creation) ? kMagicRefWords : 3 + it.n;
    case Kind::Closure: return 3 + it.n + (it.creator_local ? 0 : kExternalPidWords);
    case Kind::ExportFun: return 2;
    }
    return 0;
}

// Sub-terms that follow this item in the input.
std::uint64_t item_children(const Item& it) {
    switch (it.kind) {
    case Kind::Tuple: return it.n;
    case Kind::List: return it.n + 1;
    case Kind::Map: return 2 * it.n;
    case Kind::Closure: return it.n;
    default: return 0;
    }
}

// Validates one whole term at p.r.pos and adds up its heap words. Iterative: `pending` counts terms
// still to read, and never exceeds the bytes left (each term takes at least one byte).
bool scan_term(Parser& p, Word& words) {
    std::uint64_t pending = 1;
    Item it;
    while (pending > 0) {
        std::size_t at = p.r.pos;
        if (!p.parse_item(it)) return false;
        --pending;
        words += item_words(it, p.atom);
        std::uint64_t kids = item_children(it);
        if (kids > p.r.left() - std::min<std::uint64_t>(pending, p.r.left()))
            return p.fail("more sub-terms than bytes left", at);
        pending += kids;
    }
    return true;
}

// Inflates a compressed term (after the 80 tag). `in` is what follows the tag; on success `out` holds
// the inflated body and `consumed` the compressed bytes used (size field included).
bool inflate_body(const std::uint8_t* in, std::size_t size, std::vector<std::uint8_t>& out, std::size_t& consumed,
                  std::string& error) {
    if (size < 4) {
        error = "truncated compressed term at byte 2";
        return false;
    }
    std::uint64_t usize =
        (std::uint64_t(in[0]) << 24) | (std::uint64_t(in[1]) << 16) | (std::uint64_t(in[2]) << 8) | in[3];
    // zlib cannot expand more than about 1032:1; refuse sizes the input cannot produce before allocating.
    if (usize == 0 || usize > (size - 4) * 1032 + 64) {
        error = "bad uncompressed size at byte 2";
        return false;
    }
    out.resize(usize);
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK) {
        error = "zlib init failed";
        return false;
    }
    zs.next_in = const_cast<Bytef*>(in + 4);
    zs.avail_in = uInt(std::min<std::size_t>(size - 4, 0xFFFFFFFFu));
    zs.next_out = out.data();
    zs.avail_out = uInt(usize);
    int rc = inflate(&zs, Z_FINISH);
    bool ok = rc == Z_STREAM_END && zs.total_out == usize;
    consumed = 4 + zs.total_in;
    inflateEnd(&zs);
    if (!ok) error = "bad compressed data at byte 6";
    return ok;
}

// Locates the term body: skips the version byte and inflates a compressed term into `storage`.
bool term_body(const std::uint8_t* data, std::size_t size, std::vector<std::uint8_t>& storage,
               const std::uint8_t*& body, std::size_t& body_size, std::size_t& used_extra, std::string& error) {
    if (size < 2 || data[0] != kVersionMagic) {
        error = size < 2 ? "empty term" : "bad version byte at byte 0";
        return false;
    }
    used_extra = 0;
    if (data[1] == kExtCompressed) {
        std::size_t consumed = 0;
        if (!inflate_body(data + 2, size - 2, storage, consumed, error)) return false;
        body = storage.data();
        body_size = storage.size();
        used_extra = 2 + consumed;
        return true;
    }
    body = data + 1;
    body_size = size - 1;
    return true;
}

// ---- decode pass --------------------------------------------------------------------------------------
// Pending destination slots form a stack threaded through the slots themselves: a pending slot holds
// the address of the next pending slot (0 at the bottom).
struct SlotStack {
    Term* top = nullptr;
    void push(Term* slot) {
        *slot = reinterpret_cast<Word>(top);
        top = slot;
    }
    Term* pop() {
        Term* s = top;
        top = reinterpret_cast<Term*>(*s);
        return s;
    }
};

struct PendingMap {
    Term* saved_top;   // the slot stack's top before the map's children were pushed
    Term* dest;        // where the finished map goes
    Term* area;        // decode area (see map_decode_area)
    Word n;
};

struct Builder {
    Parser& p;
    HeapAllocator& heap;
    Term* hp;
    Term* end;

    Term* take(Word words) {
        Term* q = hp;
        hp += words;
        return q;
    }
    Term intern(const std::string& text) {
        AtomTable& table = AtomTable::global();
        return p.safe() ? table.find(text) : table.intern(text);
    }
    Term pid(const std::string& node, std::uint64_t id, std::uint64_t serial, std::uint64_t creation) {
        if (pid_is_local(node, creation, serial)) return make_pid(id | (serial << 32));
        Term n = intern(node);
        if (n == kNonValue) return kNonValue;
        Term* q = take(kExternalPidWords);
        q[0] = make_header(kExternalPidWords - 1, Subtag::ExternalPid);
        q[1] = n;
        q[2] = make_small(SWord(id));
        q[3] = make_small(SWord(serial));
        q[4] = make_small(SWord(creation));
        return make_boxed(q);
    }
    Term build(const Item& it, SlotStack& slots, std::vector<PendingMap>& maps, Term* dest);
};

// Builds the item (sub-terms are left as pending slots). Returns kNonValue if an atom could not be made.
Term Builder::build(const Item& it, SlotStack& slots, std::vector<PendingMap>& maps, Term* dest) {
    switch (it.kind) {
    case Kind::Int: return make_small(it.ival);
    case Kind::Float: return write_float(take(kFloatWords), it.fval);
    case Kind::Atom: return intern(p.atom);
    case Kind::Nil: return kNil;
    case Kind::Big: {
        std::uint64_t v;
        if (big_fits_small(it.data, it.n, it.negative, v)) return make_small(it.negative ? -SWord(v) : SWord(v));
        Word limbs = (it.n + 7) / 8;
        Term* q = take(1 + limbs);
        q[0] = make_header(limbs, it.negative ? Subtag::NegBignum : Subtag::PosBignum);
        for (Word i = 0; i < limbs; ++i) q[1 + i] = 0;
        for (std::size_t i = 0; i < it.n; ++i) q[1 + i / 8] |= Word(it.data[i]) << (8 * (i % 8));
        return make_boxed(q);
    }
    case Kind::Tuple: {
        Term* q = take(1 + it.n);
        q[0] = make_header(it.n, Subtag::Tuple);
        for (std::uint64_t i = it.n; i > 0; --i) slots.push(q + i);
        return make_boxed(q);
    }
    case Kind::String: {
        if (it.n == 0) return kNil;
        Term* q = take(2 * it.n);
        for (std::uint64_t i = 0; i < it.n; ++i) {
            q[2 * i] = make_small(it.data[i]);
            q[2 * i + 1] = i + 1 < it.n ? make_list(q + 2 * i + 2) : kNil;
        }
        return make_list(q);
    }
    case Kind::List: {
        if (it.n == 0) {  // LIST_EXT of no elements is just its tail
            slots.push(dest);
            return kNonValue;
        }
        Term* q = take(2 * it.n);
        for (std::uint64_t i = 0; i + 1 < it.n; ++i) q[2 * i + 1] = make_list(q + 2 * i + 2);
        slots.push(q + 2 * it.n - 1);  // the tail is read last
        for (std::uint64_t i = it.n; i > 0; --i) slots.push(q + 2 * (i - 1));
        return make_list(q);
    }
    case Kind::Binary: {
        std::uint8_t* bytes = nullptr;
        Term* before = hp;
        // make_binary_uninit allocates from the heap; take the words from our block instead.
        BlockAllocator block(heap, before);
        Term bin = make_binary_uninit(block, it.n, &bytes);
        hp = block.cursor();
        if (it.n != 0) std::memcpy(bytes, it.data, it.n);
        if (it.bits == 8) return bin;
        Term* q = take(kSubBinaryWords);
        q[0] = make_header(kSubBinaryWords - 1, Subtag::SubBinary);
        q[1] = Word(it.n - 1);
        q[2] = 0;
        q[3] = Word(it.bits);
        q[4] = bin;
        return make_boxed(q);
    }
    case Kind::Map: {
        Term* area = take(map_decode_words(it.n));
        PendingMap pm{slots.top, dest, area, it.n};
        Term* keys = nullptr;
        Term* values = nullptr;
        map_decode_area(area, it.n, keys, values);
        for (Word i = it.n; i > 0; --i) {
            slots.push(values + i - 1);
            slots.push(keys + i - 1);
        }
        maps.push_back(pm);
        return kNonValue;  // written when the map is finished
    }
    case Kind::Pid: return pid(p.atom, it.id, it.serial, it.creation);
    case Kind::Port: {
        if (is_local_node(p.atom, it.creation) && it.id <= std::uint64_t(kMaxSmall)) return make_port(it.id);
        Term n = intern(p.atom);
        if (n == kNonValue) return kNonValue;
        Term* q = take(kExternalPortWords);
        q[0] = make_header(kExternalPortWords - 1, Subtag::ExternalPort);
        q[1] = n;
        q[2] = make_small(SWord(it.id & 0xFFFFFFFF));
        q[3] = make_small(SWord(it.id >> 32));
        q[4] = make_small(SWord(it.creation));
        return make_boxed(q);
    }
    case Kind::Ref: {
        if (is_local_node(p.atom, it.creation)) {  // n <= 3 (parse_item); the rest is zero
            std::uint32_t ids[3] = {};
            for (int i = 0; i < 3 && i < int(it.n); ++i) ids[i] = it.ref_ids[i];
            if (ids[2] == 0)
                if (MagicObject* obj = magic_ref_lookup(std::uint64_t(ids[0]) | (std::uint64_t(ids[1]) << 32))) {
                    BlockAllocator block(heap, hp);
                    Term ref = make_magic_ref(block, obj);
                    hp = block.cursor();
                    obj->release();  // the lookup's count: the term holds its own
                    return ref;
                }
            Term* q = take(kRefWords);
            q[0] = make_header(kRefWords - 1, Subtag::Ref);
            for (int i = 0; i < 3; ++i) q[1 + i] = ids[i];
            // The rest of the room: a dead one-element tuple, so the heap stays a sequence of objects.
            Term* pad = take(kMagicRefWords - kRefWords);
            pad[0] = make_header(1, Subtag::Tuple);
            pad[1] = make_small(0);
            return make_boxed(q);
        }
        Term n = intern(p.atom);
        if (n == kNonValue) return kNonValue;
        Term* q = take(3 + it.n);
        q[0] = make_header(2 + it.n, Subtag::ExternalRef);
        q[1] = n;
        q[2] = make_small(SWord(it.creation));
        for (std::uint64_t i = 0; i < it.n; ++i) q[3 + i] = make_small(SWord(it.ref_ids[i]));
        return make_boxed(q);
    }
    case Kind::ExportFun: {
        Term m = intern(p.atom), f = intern(p.atom2);
        if (m == kNonValue || f == kNonValue) return kNonValue;
        Export* ex = CodeServer::global().export_entry(m, f, it.arity);
        Term* q = take(2);
        q[0] = make_header(1, Subtag::Export);
        q[1] = reinterpret_cast<Word>(ex);
        return make_boxed(q);
    }
    case Kind::Closure: {
        Term* q = take(3 + it.n);
        Term creator = pid(p.creator_node, it.creator_id, it.creator_serial, it.creator_creation);
        if (creator == kNonValue) return kNonValue;
        q[0] = make_header(2 + it.n, Subtag::Fun);
        q[1] = reinterpret_cast<Word>(it.fun);
        q[2] = creator;
        for (std::uint64_t i = it.n; i > 0; --i) slots.push(q + 2 + i);
        return make_boxed(q);
    }
    }
    return kNonValue;
}

// Builds the term at p.r.pos into [hp, hp + words). Precondition: scan_term succeeded on these bytes.
Term build_term(Parser& p, HeapAllocator& heap, Term* hp, Word words, std::string& error) {
    Builder b{p, heap, hp, hp + words};
    Term result = kNonValue;
    SlotStack slots;
    std::vector<PendingMap> maps;
    slots.push(&result);
    Item it;
    while (slots.top != nullptr) {
        Term* dest = slots.pop();
        if (!p.parse_item(it)) return kNonValue;  // cannot happen after a successful scan
        bool deferred = it.kind == Kind::Map || (it.kind == Kind::List && it.n == 0);
        Term t = b.build(it, slots, maps, dest);
        if (!deferred) {
            if (t == kNonValue) {
                error = "atom table full or atom unknown (safe)";
                return kNonValue;
            }
            *dest = t;
        }
        while (!maps.empty() && maps.back().saved_top == slots.top) {
            PendingMap pm = maps.back();
            maps.pop_back();
            Term m = map_finish(heap, pm.area, pm.n, error);
            if (m == kNonValue) return kNonValue;
            *pm.dest = m;
        }
    }
    assert(b.hp == b.end && "etf: scan and decode disagree on heap words");
    return result;
}

}  // namespace

EtfScan etf_scan(const std::uint8_t* data, std::size_t size, EtfDecodeOption options) {
    EtfScan s;
    std::vector<std::uint8_t> storage;
    const std::uint8_t* body = nullptr;
    std::size_t body_size = 0, used_extra = 0;
    if (!term_body(data, size, storage, body, body_size, used_extra, s.error)) return s;
    Parser p{Reader{body, body_size}, options, {}, {}, {}, {}};
    Word words = 0;
    if (!scan_term(p, words)) {
        s.error = used_extra ? p.error + " (of the inflated term)" : p.error;
        return s;
    }
    // Bytes after the term inside a compressed body are ignored, as erl does.
    s.ok = true;
    s.heap_words = words;
    s.used = used_extra != 0 ? used_extra : 1 + p.r.pos;
    return s;
}

Term etf_decode(HeapAllocator& heap, const std::uint8_t* data, std::size_t size, EtfDecodeOption options,
                std::string* error) {
    std::string err;
    std::vector<std::uint8_t> storage;
    const std::uint8_t* body = nullptr;
    std::size_t body_size = 0, used_extra = 0;
    Term result = kNonValue;
    if (term_body(data, size, storage, body, body_size, used_extra, err)) {
        Parser scan{Reader{body, body_size}, options, {}, {}, {}, {}};
        Word words = 0;
        if (scan_term(scan, words)) {
            Parser p{Reader{body, body_size}, options, {}, {}, {}, {}};
            Term* hp = words != 0 ? heap.alloc(words) : nullptr;
            result = build_term(p, heap, hp, words, err);
        } else {
            err = scan.error;
        }
    }
    if (error != nullptr) *error = err;
    return result;
}

}  // namespace ember::vm
