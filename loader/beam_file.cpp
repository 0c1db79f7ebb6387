// BEAM container and chunk parsing. See beam_file.hpp and docs/loader.md.
#include "loader/beam_file.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include "loader/byte_reader.hpp"
#include "vm/atom_table.hpp"
#include "vm/unicode.hpp"

namespace ember::loader {

namespace {

constexpr std::uint32_t make_id(const char (&s)[5]) {
    return std::uint32_t(std::uint8_t(s[0])) << 24 | std::uint32_t(std::uint8_t(s[1])) << 16 |
           std::uint32_t(std::uint8_t(s[2])) << 8 | std::uint32_t(std::uint8_t(s[3]));
}

std::string id_to_string(std::uint32_t id) {
    std::string s;
    for (int shift = 24; shift >= 0; shift -= 8) {
        char c = char((id >> shift) & 0xFF);
        s += (c >= 0x20 && c < 0x7F) ? c : '?';
    }
    return s;
}

// Largest file (after gunzip) and largest decompressed literal table we accept.
constexpr std::size_t kMaxImageBytes = std::size_t(1) << 30;
// zlib's best ratio is about 1032:1; a claimed size above this is corrupt, not merely big.
constexpr std::size_t kMaxDeflateRatio = 1100;

// Inflates all of `in` into `out`. window_bits: 15 for zlib streams, 31 for gzip. Stops with an error
// once output exceeds max_out. Postcondition on success: the stream ended exactly at its trailer.
bool inflate_all(std::span<const std::uint8_t> in, int window_bits, std::size_t max_out,
                 std::vector<std::uint8_t>& out, std::string& error) {
    z_stream zs{};
    if (inflateInit2(&zs, window_bits) != Z_OK) {
        error = "zlib initialisation failed";
        return false;
    }
    zs.next_in = const_cast<Bytef*>(in.data());
    zs.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), std::numeric_limits<uInt>::max()));
    out.clear();
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        std::size_t have = out.size();
        if (have >= max_out) {
            inflateEnd(&zs);
            error = "decompressed data larger than its stated size";
            return false;
        }
        std::size_t grow = std::min<std::size_t>(std::max<std::size_t>(have, 4096), max_out - have);
        grow = std::min<std::size_t>(grow, std::numeric_limits<uInt>::max());
        out.resize(have + grow);
        zs.next_out = out.data() + have;
        zs.avail_out = static_cast<uInt>(grow);
        rc = inflate(&zs, Z_NO_FLUSH);
        out.resize(have + (grow - zs.avail_out));
        if (rc == Z_STREAM_END) break;
        if (rc != Z_OK) {
            inflateEnd(&zs);
            error = std::string("bad compressed data: ") + (zs.msg ? zs.msg : "zlib error");
            return false;
        }
        if (zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            error = "compressed data is truncated";
            return false;
        }
    }
    inflateEnd(&zs);
    return true;
}

struct Chunk {
    std::uint32_t id = 0;
    std::span<const std::uint8_t> data;
    std::size_t offset = 0;  // file offset of data[0]
    bool present = false;
};

enum ChunkIndex {
    kAtU8, kAtom, kCode, kStrT, kImpT, kExpT, kLocT, kFunT, kLitT, kLine, kAttr, kCInf, kType, kChunkCount
};
constexpr std::uint32_t kChunkIds[kChunkCount] = {
    make_id("AtU8"), make_id("Atom"), make_id("Code"), make_id("StrT"), make_id("ImpT"),
    make_id("ExpT"), make_id("LocT"), make_id("FunT"), make_id("LitT"), make_id("Line"),
    make_id("Attr"), make_id("CInf"), make_id("Type"),
};

constexpr std::uint32_t kMaxArity = 255;  // OTP MAX_ARG

class Parser {
public:
    Parser(std::string_view name_hint, BeamFile& file) : m_hint(name_hint), m_file(file) {}

    bool run(std::span<const std::uint8_t> image);
    LoadError& error() { return m_error; }

private:
    bool fail(std::string_view chunk, std::size_t offset, std::string message) {
        m_error.module = m_file.module != vm::kNonValue ? std::string(m_file.module_name()) : std::string(m_hint);
        m_error.chunk = std::string(chunk);
        m_error.offset = offset;
        m_error.message = std::move(message);
        return false;
    }
    bool short_read(const Chunk& c, const ByteReader& r, std::string_view what) {
        return fail(id_to_string(c.id), r.error_offset(), "truncated " + std::string(what));
    }

    bool read_container(std::span<const std::uint8_t> image);
    bool parse_atoms(const Chunk& c, bool latin1);
    bool parse_code_header(const Chunk& c);
    bool parse_imports(const Chunk& c);
    bool parse_function_table(const Chunk& c, std::vector<FunctionEntry>& out);
    bool parse_lambdas(const Chunk& c);
    bool parse_literals(const Chunk& c);
    bool parse_lines(const Chunk& c);
    bool parse_types(const Chunk& c);
    // An atom index from a table chunk: 1 <= index < atoms.size().
    bool atom_at(const Chunk& c, const ByteReader& r, std::uint32_t index, vm::Term& out);

    std::string_view m_hint;
    BeamFile& m_file;
    LoadError m_error;
    Chunk m_chunks[kChunkCount];
    std::span<const std::uint8_t> m_code;
    std::size_t m_code_offset = 0;
};

// IFF: "FOR1" <u32 form size> "BEAM" then chunks <id> <u32 size> <data, padded to 4 bytes>.
bool Parser::read_container(std::span<const std::uint8_t> image) {
    ByteReader r(image);
    std::uint32_t form = r.u32();
    if (!r.ok() || form != make_id("FOR1")) return fail("", 0, "not a BEAM file: no IFF 'FOR1' header");
    std::uint32_t form_size = r.u32();
    if (!r.ok()) return fail("", r.error_offset(), "truncated IFF header");
    if (form_size > r.remaining())
        return fail("", 4, "IFF form size " + std::to_string(form_size) + " exceeds the file (" +
                               std::to_string(r.remaining()) + " bytes follow)");
    ByteReader form_reader(image.subspan(8, form_size), 8);
    if (form_reader.u32() != make_id("BEAM") || !form_reader.ok())
        return fail("", 8, "not a BEAM file: IFF form type is not 'BEAM'");
    while (!form_reader.at_end()) {
        std::size_t header_at = form_reader.offset();
        std::uint32_t id = form_reader.u32();
        std::uint32_t size = form_reader.u32();
        if (!form_reader.ok()) return fail("", header_at, "truncated chunk header");
        std::size_t data_at = form_reader.offset();
        auto data = form_reader.bytes(size);
        if (!form_reader.ok())
            return fail(id_to_string(id), header_at,
                        "chunk size " + std::to_string(size) + " exceeds the file");
        std::size_t pad = (4 - size % 4) % 4;
        if (!form_reader.skip(std::min(pad, form_reader.remaining())))
            return fail(id_to_string(id), header_at, "bad chunk padding");
        for (int i = 0; i < kChunkCount; ++i) {
            if (kChunkIds[i] != id) continue;
            if (m_chunks[i].present) return fail(id_to_string(id), header_at, "duplicate chunk");
            m_chunks[i] = Chunk{id, data, data_at, true};
        }
    }
    return true;
}

bool Parser::atom_at(const Chunk& c, const ByteReader& r, std::uint32_t index, vm::Term& out) {
    if (index == 0 || index >= m_file.atoms.size())
        return fail(id_to_string(c.id), r.offset() - 4,
                    "atom index " + std::to_string(index) + " out of range (1.." +
                        std::to_string(m_file.atoms.size() - 1) + ")");
    out = m_file.atoms[index];
    return true;
}

// AtU8 / Atom: i32 count (negative: lengths are compact u terms, OTP 28 long atoms), then names.
// Postcondition: atoms[0] = kNonValue, atoms[1] = module.
bool Parser::parse_atoms(const Chunk& c, bool latin1) {
    ByteReader r(c.data, c.offset);
    std::int64_t count = r.i32();
    if (!r.ok()) return short_read(c, r, "atom count");
    bool long_counts = count < 0;
    if (long_counts) count = -count;
    if (count < 1) return fail(id_to_string(c.id), c.offset, "atom table has no module name");
    if (std::size_t(count) > r.remaining())
        return fail(id_to_string(c.id), c.offset,
                    "atom count " + std::to_string(count) + " exceeds the chunk");
    auto& table = vm::AtomTable::global();
    m_file.atoms.reserve(std::size_t(count) + 1);
    m_file.atoms.push_back(vm::kNonValue);
    for (std::int64_t i = 1; i <= count; ++i) {
        std::size_t at = r.offset();
        std::size_t length;
        if (long_counts) {
            RawCompact raw;
            std::string err;
            if (!read_raw_compact(r, raw, err)) return fail(id_to_string(c.id), at, "atom length: " + err);
            if (raw.tag != CompactTag::U || raw.big) return fail(id_to_string(c.id), at, "bad atom length");
            length = std::size_t(raw.value);
        } else {
            length = r.u8();
        }
        auto name = r.bytes(length);
        if (!r.ok()) return short_read(c, r, "atom " + std::to_string(i));
        std::string_view text(reinterpret_cast<const char*>(name.data()), name.size());
        vm::AtomError aerr{};
        vm::Term atom = latin1 ? table.intern_latin1(text, &aerr) : table.intern(text, &aerr);
        if (atom == vm::kNonValue) {
            const char* why = aerr == vm::AtomError::TooLong       ? "longer than 255 characters"
                              : aerr == vm::AtomError::BadEncoding ? "not valid UTF-8"
                                                                    : "atom table full (system_limit)";
            return fail(id_to_string(c.id), at, "atom " + std::to_string(i) + " is " + why);
        }
        m_file.atoms.push_back(atom);
    }
    m_file.module = m_file.atoms[1];
    return true;
}

// Code: u32 header size, then header {instruction set, max opcode, label count, function count}
// (later fields, if any, skipped), then the instruction stream.
bool Parser::parse_code_header(const Chunk& c) {
    ByteReader r(c.data, c.offset);
    std::uint32_t head_size = r.u32();
    auto head = r.bytes(head_size);
    if (!r.ok()) return fail("Code", c.offset, "code header size " + std::to_string(head_size) + " exceeds the chunk");
    ByteReader h(head, c.offset + 4);
    m_file.instruction_set = h.u32();
    m_file.max_opcode = h.u32();
    m_file.label_count = h.u32();
    m_file.function_count = h.u32();
    if (!h.ok()) return fail("Code", c.offset, "code header shorter than 16 bytes");
    if (m_file.instruction_set != 0)
        return fail("Code", c.offset + 4, "unknown instruction set " + std::to_string(m_file.instruction_set));
    if (m_file.max_opcode > kMaxGenOp)
        return fail("Code", c.offset + 8,
                    "compiled for a newer OTP: uses opcodes up to " + std::to_string(m_file.max_opcode) +
                        " but Ember knows 1.." + std::to_string(kMaxGenOp) + "; needs a newer Ember");
    m_code_offset = r.offset();
    m_code = r.rest();
    // Every label is defined by a `label` instruction of at least 2 bytes; every function has one.
    if (m_file.label_count > m_code.size() / 2 + 1)
        return fail("Code", c.offset + 12, "label count " + std::to_string(m_file.label_count) + " exceeds the code size");
    if (m_file.function_count > m_code.size())
        return fail("Code", c.offset + 16,
                    "function count " + std::to_string(m_file.function_count) + " exceeds the code size");
    return true;
}

bool Parser::parse_imports(const Chunk& c) {
    ByteReader r(c.data, c.offset);
    std::uint32_t count = r.u32();
    if (!r.ok()) return short_read(c, r, "import count");
    if (count > r.remaining() / 12)
        return fail("ImpT", c.offset, "import count " + std::to_string(count) + " exceeds the chunk");
    m_file.imports.resize(count);
    for (auto& imp : m_file.imports) {
        std::uint32_t m = r.u32();
        if (!atom_at(c, r, m, imp.module)) return false;
        std::uint32_t f = r.u32();
        if (!atom_at(c, r, f, imp.function)) return false;
        imp.arity = r.u32();
        if (imp.arity > kMaxArity) return fail("ImpT", r.offset() - 4, "import arity " + std::to_string(imp.arity) + " > 255");
    }
    return true;
}

// ExpT / LocT: u32 count, then {function atom, arity, label}.
bool Parser::parse_function_table(const Chunk& c, std::vector<FunctionEntry>& out) {
    ByteReader r(c.data, c.offset);
    std::string chunk = id_to_string(c.id);
    std::uint32_t count = r.u32();
    if (!r.ok()) return short_read(c, r, "entry count");
    if (count > r.remaining() / 12)
        return fail(chunk, c.offset, "entry count " + std::to_string(count) + " exceeds the chunk");
    out.resize(count);
    for (auto& e : out) {
        if (!atom_at(c, r, r.u32(), e.function)) return false;
        e.arity = r.u32();
        if (e.arity > kMaxArity) return fail(chunk, r.offset() - 4, "arity " + std::to_string(e.arity) + " > 255");
        e.label = r.u32();
        if (e.label == 0 || e.label >= m_file.label_count)
            return fail(chunk, r.offset() - 4, "label " + std::to_string(e.label) + " out of range");
    }
    return true;
}

// FunT: u32 count, then {function atom, arity, label, index, num_free, old_uniq}.
bool Parser::parse_lambdas(const Chunk& c) {
    ByteReader r(c.data, c.offset);
    std::uint32_t count = r.u32();
    if (!r.ok()) return short_read(c, r, "lambda count");
    if (count > r.remaining() / 24)
        return fail("FunT", c.offset, "lambda count " + std::to_string(count) + " exceeds the chunk");
    m_file.lambdas.resize(count);
    for (auto& l : m_file.lambdas) {
        if (!atom_at(c, r, r.u32(), l.function)) return false;
        l.arity = r.u32();
        if (l.arity > kMaxArity) return fail("FunT", r.offset() - 4, "lambda arity " + std::to_string(l.arity) + " > 255");
        l.label = r.u32();
        if (l.label == 0 || l.label >= m_file.label_count)
            return fail("FunT", r.offset() - 4, "lambda label " + std::to_string(l.label) + " out of range");
        l.index = r.u32();
        l.num_free = r.u32();
        if (l.num_free > l.arity)
            return fail("FunT", r.offset() - 4, "lambda has more free variables than its arity");
        l.old_uniq = r.u32();
    }
    return true;
}

// LitT: u32 uncompressed size, then a zlib stream holding {u32 count, count x {u32 size, ETF}}.
// (An uncompressed size of 0 means the table follows uncompressed.)
bool Parser::parse_literals(const Chunk& c) {
    ByteReader r(c.data, c.offset);
    std::uint32_t size = r.u32();
    if (!r.ok()) return short_read(c, r, "literal table size");
    std::vector<std::uint8_t> inflated;
    std::span<const std::uint8_t> table;
    if (size == 0) {
        table = r.rest();
    } else {
        if (size > kMaxImageBytes || size > r.remaining() * kMaxDeflateRatio + 64)
            return fail("LitT", c.offset, "implausible uncompressed literal size " + std::to_string(size));
        std::string err;
        if (!inflate_all(r.rest(), 15, size, inflated, err)) return fail("LitT", c.offset + 4, err);
        if (inflated.size() != size)
            return fail("LitT", c.offset, "literal table inflates to " + std::to_string(inflated.size()) +
                                              " bytes, header says " + std::to_string(size));
        table = inflated;
    }
    // Offsets inside the inflated table are not file offsets: errors name the chunk start and the
    // position in the uncompressed table.
    ByteReader t(table);
    std::uint32_t count = t.u32();
    if (!t.ok()) return fail("LitT", c.offset, "truncated literal count");
    if (count > t.remaining() / 5)
        return fail("LitT", c.offset, "literal count " + std::to_string(count) + " exceeds the table");
    m_file.literals.resize(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::size_t at = t.position();
        std::uint32_t n = t.u32();
        auto bytes = t.bytes(n);
        if (!t.ok())
            return fail("LitT", c.offset, "literal " + std::to_string(i) + " truncated (uncompressed offset " +
                                              std::to_string(at) + ")");
        // Only the version byte here: the full validation (vm::etf_scan) belongs to the literal
        // decoding stage, and `ember check-load` runs it on every literal.
        if (n < 2 || bytes[0] != 131)
            return fail("LitT", c.offset, "literal " + std::to_string(i) +
                                              " is not external term format (uncompressed offset " +
                                              std::to_string(at) + ")");
        m_file.literals[i].assign(bytes.begin(), bytes.end());
    }
    m_file.file_literal_count = count;
    return true;
}

// Line (version 0): flags, instruction count, item count, name count, then items as compact terms
// (i = line number in the current file; a = switch to file index), then names as u16 length + UTF-8.
bool Parser::parse_lines(const Chunk& c) {
    ByteReader r(c.data, c.offset);
    LineTable& lines = m_file.lines;
    lines.version = r.u32();
    if (!r.ok()) return short_read(c, r, "line table version");
    if (lines.version != 0) return true;  // unknown format: ignored, as erts does
    lines.flags = r.u32();
    lines.instruction_count = r.u32();
    std::uint32_t item_count = r.u32();
    std::uint32_t name_count = r.u32();
    if (!r.ok()) return short_read(c, r, "line table header");
    if (item_count > r.remaining() || name_count > r.remaining() / 2)
        return fail("Line", c.offset, "line item/name counts exceed the chunk");
    lines.items.reserve(std::size_t(item_count) + 1);
    lines.items.push_back(LineItem{0, 0});
    std::uint32_t file = 0;
    while (lines.items.size() < std::size_t(item_count) + 1) {
        std::size_t at = r.offset();
        RawCompact raw;
        std::string err;
        if (!read_raw_compact(r, raw, err)) return fail("Line", at, "line item: " + err);
        if (raw.tag == CompactTag::A) {
            if (raw.big || raw.value < 0 || raw.value > std::int64_t(name_count))
                return fail("Line", at, "file index out of range");
            file = std::uint32_t(raw.value);
        } else if (raw.tag == CompactTag::I) {
            if (raw.big || raw.value < 0 || raw.value > std::numeric_limits<std::int32_t>::max())
                return fail("Line", at, "bad line number");
            lines.items.push_back(LineItem{file, std::uint32_t(raw.value)});
        } else {
            return fail("Line", at, "illegal line item tag");
        }
    }
    lines.file_names.reserve(std::size_t(name_count) + 1);
    lines.file_names.push_back(std::string(m_file.module_name()) + ".erl");
    for (std::uint32_t i = 0; i < name_count; ++i) {
        std::size_t at = r.offset();
        std::uint16_t n = r.u16();
        auto bytes = r.bytes(n);
        if (!r.ok()) return short_read(c, r, "file name");
        std::string name(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        std::size_t chars = 0;
        if (!vm::utf8_count_chars(name, chars)) return fail("Line", at, "file name is not valid UTF-8");
        // An empty name stands for the module's own source, as in erts.
        lines.file_names.push_back(name.empty() ? lines.file_names[0] : std::move(name));
    }
    lines.present = true;
    return true;
}

// Type: u32 version, u32 count, then entries. Version 1 (OTP 25): fixed {u16 bits, i64 min, i64 max},
// min > max meaning no range. Versions 2-4 (OTP 26-28): u16 bits, then i64 min / i64 max / u8 unit-1
// when the has-lower / has-upper / has-unit metadata bits are set. Unknown versions are ignored (erts
// then treats typed registers as untyped).
bool Parser::parse_types(const Chunk& c) {
    ByteReader r(c.data, c.offset);
    TypeTable& types = m_file.types;
    types.version = r.u32();
    std::uint32_t count = r.u32();
    if (!r.ok()) return short_read(c, r, "type table header");
    if (types.version < 1 || types.version > 4) return true;
    if (count < 1) return fail("Type", c.offset + 4, "type table is empty");
    if (count > r.remaining() / 2)
        return fail("Type", c.offset + 4, "type count " + std::to_string(count) + " exceeds the chunk");
    // Bit positions per version: {has lower, has upper, has unit, float|integer mask, bitstring}.
    std::uint16_t lower_bit = 0, upper_bit = 0, unit_bit = 0, number_mask = 0;
    const std::uint16_t bitstring_bit = 1 << 1;
    switch (types.version) {
    case 2: lower_bit = 1 << 13, upper_bit = 1 << 14, unit_bit = 1 << 15, number_mask = 1 << 4 | 1 << 6; break;
    case 3: lower_bit = 1 << 12, upper_bit = 1 << 13, unit_bit = 1 << 14, number_mask = 1 << 3 | 1 << 5; break;
    case 4: lower_bit = 1 << 13, upper_bit = 1 << 14, unit_bit = 1 << 15, number_mask = 1 << 3 | 1 << 5; break;
    default: break;
    }
    types.entries.resize(count);
    for (auto& e : types.entries) {
        std::size_t at = r.offset();
        e.bits = r.u16();
        if (types.version == 1) {
            e.min = r.i64();
            e.max = r.i64();
            e.has_min = e.has_max = e.min <= e.max;
        } else {
            e.has_min = (e.bits & lower_bit) != 0;
            e.has_max = (e.bits & upper_bit) != 0;
            e.has_unit = (e.bits & unit_bit) != 0;
            if ((e.has_min || e.has_max) && !(e.bits & number_mask))
                return fail("Type", at, "range on a type that is not a number");
            if (e.has_unit && !(e.bits & bitstring_bit)) return fail("Type", at, "unit on a type that is not a bitstring");
            if (e.has_min) e.min = r.i64();
            if (e.has_max) e.max = r.i64();
            if (e.has_unit) e.unit = std::uint8_t(r.u8() + 1);
        }
        if (!r.ok()) return short_read(c, r, "type entry");
        if (e.bits == 0) return fail("Type", at, "type entry is 'none'");
    }
    types.present = true;
    return true;
}

bool Parser::run(std::span<const std::uint8_t> image) {
    if (!read_container(image)) return false;
    const Chunk& atu8 = m_chunks[kAtU8];
    const Chunk& atom = m_chunks[kAtom];
    if (atu8.present) {
        if (!parse_atoms(atu8, false)) return false;
    } else if (atom.present) {
        if (!parse_atoms(atom, true)) return false;
    } else {
        return fail("AtU8", 0, "missing atom table chunk (AtU8)");
    }
    if (!m_chunks[kCode].present) return fail("Code", 0, "missing Code chunk");
    if (!parse_code_header(m_chunks[kCode])) return false;
    if (!m_chunks[kImpT].present) return fail("ImpT", 0, "missing import table chunk (ImpT)");
    if (!parse_imports(m_chunks[kImpT])) return false;
    if (!m_chunks[kExpT].present) return fail("ExpT", 0, "missing export table chunk (ExpT)");
    if (!parse_function_table(m_chunks[kExpT], m_file.exports)) return false;
    if (m_chunks[kLocT].present && !parse_function_table(m_chunks[kLocT], m_file.locals)) return false;
    if (m_chunks[kFunT].present && !parse_lambdas(m_chunks[kFunT])) return false;
    if (m_chunks[kLitT].present && !parse_literals(m_chunks[kLitT])) return false;
    if (m_chunks[kLine].present && !parse_lines(m_chunks[kLine])) return false;
    if (m_chunks[kType].present && !parse_types(m_chunks[kType])) return false;
    auto copy = [](const Chunk& c, std::vector<std::uint8_t>& out) {
        if (c.present) out.assign(c.data.begin(), c.data.end());
    };
    copy(m_chunks[kStrT], m_file.strings);
    copy(m_chunks[kAttr], m_file.attributes);
    copy(m_chunks[kCInf], m_file.compile_info);
    if (!decode_code(m_file, m_code, m_code_offset, m_error)) {
        if (m_error.module.empty()) m_error.module = std::string(m_file.module_name());
        return false;
    }
    return true;
}

}  // namespace

std::string LoadError::to_string() const {
    std::string s = module.empty() ? std::string("?") : module;
    s += ": ";
    if (!chunk.empty()) s += "chunk " + chunk + " ";
    s += "at byte " + std::to_string(offset) + ": " + message;
    return s;
}

std::string_view BeamFile::module_name() const {
    if (module == vm::kNonValue) return {};
    return vm::atom_name(module);
}

bool plain_beam_image(std::span<const std::uint8_t> bytes, std::vector<std::uint8_t>& storage,
                      std::span<const std::uint8_t>& image, std::string& error) {
    image = bytes;
    if (bytes.size() < 2 || bytes[0] != 0x1F || bytes[1] != 0x8B) return true;
    if (!inflate_all(bytes, 15 + 16, kMaxImageBytes, storage, error)) return false;
    image = storage;
    return true;
}

BeamResult parse_beam(std::span<const std::uint8_t> bytes, std::string_view name_hint) {
    BeamFile file;
    std::vector<std::uint8_t> gunzipped;
    std::string err;
    if (!plain_beam_image(bytes, gunzipped, bytes, err))
        return LoadError{std::string(name_hint), "", 0, "gzip: " + err};
    Parser parser(name_hint, file);
    if (!parser.run(bytes)) return std::move(parser.error());
    return file;
}

}  // namespace ember::loader
