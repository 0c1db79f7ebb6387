// Compact-term decoding and the Code chunk's instruction stream. See compact_term.hpp.
#include "loader/compact_term.hpp"

#include <limits>

#include "loader/beam_file.hpp"

namespace ember::loader {

const char* operand_kind_name(OperandKind kind) {
    switch (kind) {
    case OperandKind::Unsigned: return "unsigned";
    case OperandKind::Integer: return "integer";
    case OperandKind::Atom: return "atom";
    case OperandKind::Nil: return "nil";
    case OperandKind::X: return "x register";
    case OperandKind::Y: return "y register";
    case OperandKind::FloatReg: return "float register";
    case OperandKind::Label: return "label";
    case OperandKind::Literal: return "literal";
    case OperandKind::List: return "list";
    case OperandKind::AllocList: return "allocation list";
    case OperandKind::Char: return "char";
    case OperandKind::Overflow: return "overflow";
    }
    return "?";
}

bool twos_complement_to_int64(std::span<const std::uint8_t> bytes, std::int64_t& out) {
    if (bytes.empty()) {
        out = 0;
        return true;
    }
    bool negative = (bytes[0] & 0x80) != 0;
    std::uint8_t fill = negative ? 0xFF : 0x00;
    // Drop redundant sign-fill bytes: a fill byte followed by a byte whose top bit agrees with the sign.
    std::size_t start = 0;
    while (bytes.size() - start > 8 && bytes[start] == fill && ((bytes[start + 1] & 0x80) != 0) == negative) ++start;
    if (bytes.size() - start > 8) return false;
    std::uint64_t v = negative ? ~std::uint64_t(0) : 0;
    for (std::size_t i = start; i < bytes.size(); ++i) v = (v << 8) | bytes[i];
    out = static_cast<std::int64_t>(v);
    return true;
}

void encode_big_integer_etf(std::span<const std::uint8_t> bytes, std::vector<std::uint8_t>& out) {
    bool negative = !bytes.empty() && (bytes[0] & 0x80) != 0;
    // Magnitude, little-endian.
    std::vector<std::uint8_t> mag(bytes.rbegin(), bytes.rend());
    if (negative) {
        unsigned carry = 1;
        for (auto& b : mag) {
            unsigned v = unsigned(std::uint8_t(~b)) + carry;
            b = std::uint8_t(v);
            carry = v >> 8;
        }
    }
    while (!mag.empty() && mag.back() == 0) mag.pop_back();
    out.push_back(131);
    if (mag.empty()) {  // zero; not produced for operands that did not fit int64
        out.push_back(97);
        out.push_back(0);
        return;
    }
    if (mag.size() <= 255) {
        out.push_back(110);  // SMALL_BIG_EXT
        out.push_back(std::uint8_t(mag.size()));
    } else {
        out.push_back(111);  // LARGE_BIG_EXT
        std::uint32_t n = std::uint32_t(mag.size());
        for (int shift = 24; shift >= 0; shift -= 8) out.push_back(std::uint8_t(n >> shift));
    }
    out.push_back(negative ? 1 : 0);
    out.insert(out.end(), mag.begin(), mag.end());
}

namespace {

// Reads one raw compact term; `depth` bounds the nesting of the "length follows" form (the length
// is itself a compact u, which could otherwise nest once per byte).
bool read_raw(ByteReader& r, RawCompact& out, std::string& error, int depth) {
    std::uint8_t b = r.u8();
    if (!r.ok()) {
        error = "truncated operand";
        return false;
    }
    out.tag = CompactTag(b & 0x07);
    out.big = false;
    out.bytes = {};
    if ((b & 0x08) == 0) {
        out.value = b >> 4;
        return true;
    }
    if ((b & 0x10) == 0) {
        std::uint8_t low = r.u8();
        if (!r.ok()) {
            error = "truncated operand";
            return false;
        }
        out.value = std::int64_t((b >> 5) << 8 | low);
        return true;
    }
    std::size_t count;
    if ((b >> 5) < 7) {
        count = std::size_t(b >> 5) + 2;
    } else {
        if (depth > 1) {
            error = "nested operand length";
            return false;
        }
        RawCompact length;
        if (!read_raw(r, length, error, depth + 1)) return false;
        if (length.tag != CompactTag::U || length.big || length.value > std::int64_t(1) << 24) {
            error = "bad operand length";
            return false;
        }
        count = std::size_t(length.value) + 9;
    }
    auto bytes = r.bytes(count);
    if (!r.ok()) {
        error = "truncated operand";
        return false;
    }
    out.bytes = bytes;
    if (out.tag == CompactTag::I) {
        out.big = !twos_complement_to_int64(bytes, out.value);
        return true;
    }
    // Other tags are unsigned: they must fit a non-negative int64.
    std::size_t start = 0;
    while (start < bytes.size() && bytes[start] == 0) ++start;
    if (bytes.size() - start > 8 || (bytes.size() - start == 8 && (bytes[start] & 0x80))) {
        out.big = true;
        return true;
    }
    std::uint64_t v = 0;
    for (std::size_t i = start; i < bytes.size(); ++i) v = (v << 8) | bytes[i];
    out.value = std::int64_t(v);
    return true;
}

bool read_u(ByteReader& r, std::int64_t& value, std::string& error, const char* what) {
    RawCompact raw;
    if (!read_raw(r, raw, error, 0)) return false;
    if (raw.tag != CompactTag::U || raw.big) {
        error = std::string("bad ") + what;
        return false;
    }
    value = raw.value;
    return true;
}

bool read_register(const RawCompact& raw, Operand& out, std::string& error) {
    if (raw.big || raw.value >= kMaxRegisters) {
        error = std::string(raw.tag == CompactTag::X ? "x" : "y") + " register number too large";
        return false;
    }
    out.kind = raw.tag == CompactTag::X ? OperandKind::X : OperandKind::Y;
    out.value = raw.value;
    return true;
}

}  // namespace

bool read_raw_compact(ByteReader& reader, RawCompact& out, std::string& error) {
    return read_raw(reader, out, error, 0);
}

namespace {

// `n` new elements at the end of tables.pool, or fewer (an empty span) if its reserved capacity
// cannot hold them: growing it would move the elements earlier spans point at.
std::span<Operand> pool_slots(const OperandTables& tables, std::size_t n) {
    std::vector<Operand>& pool = *tables.pool;
    if (n > pool.capacity() - pool.size()) return {};
    std::size_t start = pool.size();
    pool.resize(start + n);
    return {pool.data() + start, n};
}

}  // namespace

// Postcondition on success: `out` is fully validated against `tables` (indices in range, registers
// below kMaxRegisters); big integers have been appended to tables.literals.
bool read_operand(ByteReader& r, const OperandTables& tables, Operand& out, std::string& error, bool in_list) {
    RawCompact raw;
    if (!read_raw(r, raw, error, 0)) return false;
    out.type_index = 0;
    out.list = {};
    switch (raw.tag) {
    case CompactTag::U:
        if (raw.big) {  // the decode loop accepts it only where a rule handles it
            out.kind = OperandKind::Overflow;
            out.value = 0;
            return true;
        }
        out.kind = OperandKind::Unsigned;
        out.value = raw.value;
        return true;
    case CompactTag::I:
        if (raw.big) {
            tables.literals->emplace_back();
            encode_big_integer_etf(raw.bytes, tables.literals->back());
            out.kind = OperandKind::Literal;
            out.value = std::int64_t(tables.literals->size() - 1);
            return true;
        }
        out.kind = OperandKind::Integer;
        out.value = raw.value;
        return true;
    case CompactTag::A:
        if (raw.big || std::size_t(raw.value) >= tables.atoms->size())
            return error = "atom index out of range", false;
        if (raw.value == 0) {
            out.kind = OperandKind::Nil;
            out.value = std::int64_t(vm::kNil);
        } else {
            out.kind = OperandKind::Atom;
            out.value = std::int64_t((*tables.atoms)[std::size_t(raw.value)]);
        }
        return true;
    case CompactTag::X:
    case CompactTag::Y:
        return read_register(raw, out, error);
    case CompactTag::F:
        if (raw.big || raw.value >= std::int64_t(tables.label_count))
            return error = "label " + (raw.big ? std::string("(big)") : std::to_string(raw.value)) + " out of range",
                   false;
        out.kind = OperandKind::Label;
        out.value = raw.value;
        return true;
    case CompactTag::H:
        if (raw.big || raw.value > 0x10FFFF) return error = "character operand out of range", false;
        out.kind = OperandKind::Char;
        out.value = raw.value;
        return true;
    case CompactTag::Z:
        break;
    }
    if (raw.big) return error = "bad extended tag", false;
    switch (raw.value) {
    case 0:
        return error = "float operand (superseded in OTP R16B) not supported", false;
    case 1: {
        if (in_list) return error = "nested list operand", false;
        std::int64_t count;
        if (!read_u(r, count, error, "list length")) return false;
        if (std::size_t(count) > r.remaining()) return error = "list length exceeds the code", false;
        out.kind = OperandKind::List;
        out.value = count;
        std::span<Operand> elements = pool_slots(tables, std::size_t(count));
        if (elements.size() != std::size_t(count)) return error = "operand pool exhausted", false;
        for (auto& element : elements)
            if (!read_operand(r, tables, element, error, true)) return false;
        out.list = elements;
        return true;
    }
    case 2: {
        std::int64_t index;
        if (!read_u(r, index, error, "float register")) return false;
        if (index >= kMaxRegisters) return error = "float register number too large", false;
        out.kind = OperandKind::FloatReg;
        out.value = index;
        return true;
    }
    case 3: {
        std::int64_t count;
        if (!read_u(r, count, error, "allocation list length")) return false;
        if (count > 3) return error = "allocation list too long", false;
        out.kind = OperandKind::AllocList;
        out.value = count;
        std::span<Operand> pairs = pool_slots(tables, 2 * std::size_t(count));
        if (pairs.size() != 2 * std::size_t(count)) return error = "operand pool exhausted", false;
        for (std::int64_t i = 0; i < count; ++i) {
            std::int64_t kind, number;
            if (!read_u(r, kind, error, "allocation kind") || !read_u(r, number, error, "allocation size"))
                return false;
            if (kind > 2) return error = "bad allocation kind", false;
            if (number > std::numeric_limits<std::int32_t>::max() / 8) return error = "allocation size too large", false;
            pairs[2 * i] = Operand{OperandKind::Unsigned, 0, kind, {}};
            pairs[2 * i + 1] = Operand{OperandKind::Unsigned, 0, number, {}};
        }
        out.list = pairs;
        return true;
    }
    case 4: {
        std::int64_t index;
        if (!read_u(r, index, error, "literal index")) return false;
        if (std::size_t(index) >= tables.file_literal_count) return error = "literal index out of range", false;
        out.kind = OperandKind::Literal;
        out.value = index;
        return true;
    }
    case 5: {
        RawCompact reg;
        if (!read_raw(r, reg, error, 0)) return false;
        if (reg.tag != CompactTag::X && reg.tag != CompactTag::Y) return error = "typed register is not x or y", false;
        if (!read_register(reg, out, error)) return false;
        std::int64_t type;
        if (!read_u(r, type, error, "type index")) return false;
        if (tables.type_count != 0) {
            if (std::size_t(type) >= tables.type_count) return error = "type index out of range", false;
            out.type_index = std::uint32_t(type);
        }
        return true;
    }
    default:
        return error = "unknown extended tag " + std::to_string(raw.value), false;
    }
}

namespace {

// Whether operand `o` may stand where opcodes.def's signature letter `sig` is.
bool kind_matches(char sig, std::string_view signature, const Operand& o) {
    switch (sig) {
    case 'u':
        // As OTP's loader, an allocation list may stand for a count (its heap words): erlc puts one in
        // bs_create_bin's second operand, Elixir's compiler in bs_init2's Words. Consumers read such
        // operands with Translator::heap_need.
        return o.kind == OperandKind::Unsigned || o.kind == OperandKind::AllocList;
    case 'i': return o.kind == OperandKind::Integer || o.kind == OperandKind::Literal;
    case 'a': return o.kind == OperandKind::Atom;
    case 's':
        return o.kind != OperandKind::Label && o.kind != OperandKind::List && o.kind != OperandKind::AllocList &&
               o.kind != OperandKind::FloatReg;
    case 'd': return o.is_register();
    case 'f': return o.kind == OperandKind::Label;
    case 'l': return o.kind == OperandKind::FloatReg;
    case 'L': return o.kind == OperandKind::List;
    case 't': return o.kind == OperandKind::AllocList || o.kind == OperandKind::Unsigned;
    default: return true;  // '*'
    }
}

class CodeDecoder {
public:
    CodeDecoder(BeamFile& file, std::span<const std::uint8_t> code, std::size_t base, LoadError& error)
        : m_file(file), m_reader(code, base), m_error(error), m_defined(file.label_count, 0) {
        m_tables.atoms = &file.atoms;
        m_tables.file_literal_count = file.file_literal_count;
        m_tables.literals = &file.literals;
        m_tables.label_count = file.label_count;
        m_tables.type_count = file.types.present ? file.types.entries.size() : 0;
        m_tables.pool = &file.operands;
    }

    bool run();

private:
    bool fail(std::size_t offset, std::string message, const char* chunk = "Code") {
        m_error.module = std::string(m_file.module_name());
        m_error.chunk = chunk;
        m_error.offset = offset;
        m_error.message = std::move(message);
        return false;
    }
    bool check_semantics(const GenericInstr& in);
    bool index_ok(const GenericInstr& in, unsigned arg, std::size_t limit, const char* table);
    bool labels_defined();

    BeamFile& m_file;
    ByteReader m_reader;
    LoadError& m_error;
    OperandTables m_tables;
    std::vector<std::uint8_t> m_defined;
    std::uint32_t m_func_infos = 0;
};

bool CodeDecoder::index_ok(const GenericInstr& in, unsigned arg, std::size_t limit, const char* table) {
    if (std::uint64_t(in.args[arg].value) < limit) return true;
    return fail(in.offset, std::string(genop_name(in.op)) + ": " + table + " index " +
                               std::to_string(in.args[arg].value) + " out of range (" + std::to_string(limit) +
                               " entries)");
}

// Checks of operands that index a table the signature letter cannot describe (imports, lambdas,
// line items, the string table) and of label definitions.
bool CodeDecoder::check_semantics(const GenericInstr& in) {
    const auto& a = in.args;
    switch (in.op) {
    case GenOp::op_label: {
        std::int64_t n = a[0].value;
        if (n < 1 || n >= std::int64_t(m_file.label_count))
            return fail(in.offset, "label " + std::to_string(n) + " out of range");
        if (m_defined[std::size_t(n)]) return fail(in.offset, "label " + std::to_string(n) + " defined twice");
        m_defined[std::size_t(n)] = 1;
        return true;
    }
    case GenOp::op_func_info:
        if (++m_func_infos > m_file.function_count)
            return fail(in.offset, "more functions than the code header's " + std::to_string(m_file.function_count));
        return true;
    case GenOp::op_call_ext:
    case GenOp::op_call_ext_last:
    case GenOp::op_call_ext_only:
        return index_ok(in, 1, m_file.imports.size(), "import");
    case GenOp::op_bif0:
        return index_ok(in, 0, m_file.imports.size(), "import");
    case GenOp::op_bif1:
    case GenOp::op_bif2:
        return index_ok(in, 1, m_file.imports.size(), "import");
    case GenOp::op_gc_bif1:
    case GenOp::op_gc_bif2:
    case GenOp::op_gc_bif3:
        return index_ok(in, 2, m_file.imports.size(), "import");
    case GenOp::op_make_fun2:
    case GenOp::op_make_fun3:
        return index_ok(in, 0, m_file.lambdas.size(), "lambda");
    case GenOp::op_call_fun2:
        // The first operand is a lambda index (tag u) when the target is known, else an atom.
        return a[0].kind != OperandKind::Unsigned || index_ok(in, 0, m_file.lambdas.size(), "lambda");
    case GenOp::op_line:
        return !m_file.lines.present || index_ok(in, 0, m_file.lines.items.size(), "line item");
    case GenOp::op_bs_put_string:
        if (std::uint64_t(a[0].value) > m_file.strings.size() ||
            std::uint64_t(a[1].value) > m_file.strings.size() - std::uint64_t(a[0].value))
            return fail(in.offset, "bs_put_string: string table range out of bounds");
        return true;
    case GenOp::op_bs_match_string: {
        std::uint64_t bytes = (std::uint64_t(a[2].value) + 7) / 8;
        if (bytes > m_file.strings.size() || std::uint64_t(a[3].value) > m_file.strings.size() - bytes)
            return fail(in.offset, "bs_match_string: string table range out of bounds");
        return true;
    }
    default:
        return true;
    }
}

bool CodeDecoder::labels_defined() {
    // Table entries have no offset of their own here: errors name their chunk and entry number.
    // `who` names the referrer; it is only called to build an error.
    auto check = [&](std::int64_t label, std::size_t offset, auto who, const char* chunk) {
        if (label == 0 || m_defined[std::size_t(label)]) return true;
        return fail(offset, who() + " refers to undefined label " + std::to_string(label), chunk);
    };
    for (const auto& in : m_file.code) {
        auto op_name = [&] { return std::string(genop_name(in.op)); };
        for (const auto& arg : in.args) {
            if (arg.kind == OperandKind::Label && !check(arg.value, in.offset, op_name, "Code")) return false;
            for (const auto& e : arg.list)
                if (e.kind == OperandKind::Label && !check(e.value, in.offset, op_name, "Code")) return false;
        }
    }
    auto entry = [](const char* what, std::size_t i) { return [=] { return what + std::to_string(i); }; };
    for (std::size_t i = 0; i < m_file.exports.size(); ++i)
        if (!check(m_file.exports[i].label, 0, entry("export ", i), "ExpT")) return false;
    for (std::size_t i = 0; i < m_file.locals.size(); ++i)
        if (!check(m_file.locals[i].label, 0, entry("local function ", i), "LocT")) return false;
    for (std::size_t i = 0; i < m_file.lambdas.size(); ++i)
        if (!check(m_file.lambdas[i].label, 0, entry("lambda ", i), "FunT")) return false;
    return true;
}

// Decodes until int_code_end (trailing bytes after it are padding and ignored, as erts does).
bool CodeDecoder::run() {
    ByteReader& r = m_reader;
    std::string error;
    while (true) {
        std::size_t at = r.offset();
        if (r.at_end()) return fail(at, "code ends without int_code_end");
        unsigned number = r.u8();
        if (!is_genop_number(number)) {
            if (number > kMaxGenOp)
                return fail(at, "opcode " + std::to_string(number) + " is newer than this Ember (knows 1.." +
                                    std::to_string(kMaxGenOp) + ")");
            return fail(at, "bad opcode 0");
        }
        GenericInstr in;
        in.op = GenOp(number);
        in.offset = std::uint32_t(at);
        if (genop_is_deprecated(in.op))
            return fail(at, "obsolete instruction " + std::string(genop_name(in.op)) +
                                " (from a pre-OTP 22 compiler); recompile the module");
        std::string_view sig = genop_operands(in.op);
        std::span<Operand> args = pool_slots(m_tables, sig.size());
        if (args.size() != sig.size()) return fail(at, "operand pool exhausted");
        in.args = args;
        for (std::size_t i = 0; i < sig.size(); ++i) {
            std::size_t arg_at = r.offset();
            if (!read_operand(r, m_tables, args[i], error))
                return fail(r.ok() ? arg_at : r.error_offset(), std::string(genop_name(in.op)) + " operand " +
                                                                    std::to_string(i + 1) + ": " + error);
            if (in.args[i].kind == OperandKind::Overflow) {
                // bs_test_tail2 of more bits than 64 bits count can never succeed: the translator makes
                // it a jump to the fail label, as OTP's ops.tab does for TAG_o. Elsewhere: an error.
                if (in.op == GenOp::op_bs_test_tail2 && i == 2) continue;
                return fail(arg_at, std::string(genop_name(in.op)) + " operand " + std::to_string(i + 1) +
                                        ": unsigned operand too large");
            }
            if (in.args[i].kind == OperandKind::List && i + 1 != sig.size())
                return fail(arg_at, std::string(genop_name(in.op)) + ": a list operand must come last");
            if (!kind_matches(sig[i], sig, in.args[i]))
                return fail(arg_at, std::string(genop_name(in.op)) + " operand " + std::to_string(i + 1) +
                                        ": expected '" + sig[i] + "', got " + operand_kind_name(in.args[i].kind));
        }
        if (!check_semantics(in)) return false;
        bool end = in.op == GenOp::op_int_code_end;
        m_file.code.push_back(in);
        if (end) break;
    }
    return labels_defined();
}

}  // namespace

bool decode_code(BeamFile& file, std::span<const std::uint8_t> code, std::size_t base_offset, LoadError& error) {
    file.code.clear();
    // A rough reservation: real code averages over 2 bytes per instruction.
    file.code.reserve(code.size() / 2);
    // Every operand takes at least one byte, so the pool never needs to grow (see OperandTables).
    file.operands.clear();
    file.operands.reserve(code.size());
    CodeDecoder decoder(file, code, base_offset, error);
    return decoder.run();
}

}  // namespace ember::loader
