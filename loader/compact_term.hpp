// Compact-term operands of the Code chunk (OTP lib/compiler/src/beam_asm.erl encode/2 and
// lib/compiler/src/beam_disasm.erl decode_arg; erts beam_file.c beamreader_read_tagged).
//
// First byte: bits 0-2 are the tag, u=0 i=1 a=2 x=3 y=4 f=5 h=6 z=7.
//   vvvv 0 ttt                       value 0..15 in the high nibble
//   vvv 01 ttt  bbbbbbbb             11-bit value (3 high bits here, low byte next)
//   nnn 11 ttt  <n+2 bytes>          n < 7: 2..8 value bytes, big-endian
//   111 11 ttt  <u length-9> <bytes> 9 or more value bytes; the count is itself a compact u
// Multi-byte values of tag i are two's complement (so negative integers work); other tags must be
// non-negative. Tag z (extended) reads its subtype from the small value: 1 list (u count, then that
// many operands), 2 float register (u index), 3 allocation list (u count, then u kind + u number
// pairs), 4 literal (u index into LitT), 5 typed register (x/y operand, then u index into Type).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "loader/byte_reader.hpp"
#include "vm/term.hpp"

namespace ember::loader {

enum class OperandKind : std::uint8_t {
    Unsigned,   // tag u: untagged number (arity, live count, import index, flags, ...)
    Integer,    // tag i: an integer that fits int64 (bigger ones become Literal)
    Atom,       // tag a, value = the atom Term
    Nil,        // tag a with index 0: []
    X,          // x register; type_index from a typed register (0 = any)
    Y,          // y register; type_index as for X
    FloatReg,   // z 2
    Label,      // tag f; value 0 means "no fail label"
    Literal,    // z 4; value = index into BeamFile::literals
    List,       // z 1; elements in `list`
    AllocList,  // z 3; `list` holds (kind, count) pairs as Unsigned: kind 0 words, 1 floats, 2 funs
    Char,       // tag h
    Overflow,   // tag u beyond 64 bits (OTP's TAG_o): only where a rule turns it into a jump (below)
};

struct Operand {
    OperandKind kind = OperandKind::Unsigned;
    std::uint32_t type_index = 0;
    std::int64_t value = 0;
    std::span<const Operand> list;  // List and AllocList elements, in OperandTables::pool

    bool is_register() const { return kind == OperandKind::X || kind == OperandKind::Y; }
};

const char* operand_kind_name(OperandKind kind);

// Register limits (OTP MAX_REG): x, y and float register numbers must be below this.
inline constexpr std::int64_t kMaxRegisters = 1024;

enum class CompactTag : std::uint8_t { U = 0, I = 1, A = 2, X = 3, Y = 4, F = 5, H = 6, Z = 7 };

// One raw compact term before interpretation. A value that does not fit int64 (tag i) or is
// negative/too big (other tags) has big = true and its bytes in `bytes` (big-endian).
struct RawCompact {
    CompactTag tag = CompactTag::U;
    bool big = false;
    std::int64_t value = 0;
    std::span<const std::uint8_t> bytes;
};

// Reads one raw compact term. Returns false (with `error` set) on a short read or malformed length.
bool read_raw_compact(ByteReader& reader, RawCompact& out, std::string& error);

// Appends the external term format (version byte 131, then SMALL_BIG_EXT or LARGE_BIG_EXT) of the
// integer whose big-endian two's complement bytes are `bytes`, to `out`. `bytes` must not be empty.
void encode_big_integer_etf(std::span<const std::uint8_t> bytes, std::vector<std::uint8_t>& out);

// If the two's complement integer `bytes` fits int64, stores it and returns true.
bool twos_complement_to_int64(std::span<const std::uint8_t> bytes, std::int64_t& out);

// What operand decoding validates against.
struct OperandTables {
    const std::vector<vm::Term>* atoms = nullptr;               // index 0 = nil
    std::size_t file_literal_count = 0;                          // z 4 indices must be below this
    std::vector<std::vector<std::uint8_t>>* literals = nullptr;  // big integers are appended here
    std::uint32_t label_count = 0;                               // tag f values must be below this
    std::size_t type_count = 0;                                  // 0: no Type chunk, indices unchecked
    // Where list elements are stored. Spans into it stay valid because it never grows past the
    // capacity reserved by its owner (one Operand per code byte: every operand takes a byte or more).
    std::vector<Operand>* pool = nullptr;
};

// Reads and validates one operand. `in_list` forbids nested lists. On failure returns false with
// `error` set; the failing byte is reader.offset() (or reader.error_offset() after a short read).
bool read_operand(ByteReader& reader, const OperandTables& tables, Operand& out, std::string& error,
                  bool in_list = false);

}  // namespace ember::loader
