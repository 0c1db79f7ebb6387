// Generic BEAM opcodes, generated from loader/opcodes.def (the one opcode table; see docs/loader.md).
//
// GenOp values are the genop numbers of OTP lib/compiler/src/genop.tab. Enumerators carry an `op_`
// prefix because several names (return, try, catch) are C++ keywords: GenOp::op_move is opcode 64.
// The lookup tables are indexed by number; numbers 0 and > kMaxGenOp are not opcodes.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace ember::loader {

// Flags column of opcodes.def.
inline constexpr std::uint8_t kTerminator = 1 << 0;  // control never falls through
inline constexpr std::uint8_t kDeprecated = 1 << 1;  // only in pre-OTP-22 beams; rejected by the loader

enum class GenOp : std::uint8_t {
#define GENOP(number, name, arity, operands, flags) op_##name = number,
#include "loader/opcodes.def"
#undef GENOP
};

inline constexpr unsigned kMaxGenOp = 184;

struct GenOpInfo {
    std::string_view name;      // empty for numbers that are not opcodes
    std::uint8_t arity = 0;
    std::string_view operands;  // one signature letter per operand (see opcodes.def)
    std::uint8_t flags = 0;
};

namespace detail {
constexpr std::array<GenOpInfo, kMaxGenOp + 1> make_genop_table() {
    std::array<GenOpInfo, kMaxGenOp + 1> table{};
#define GENOP(number, name, arity, operands, flags) table[number] = GenOpInfo{#name, arity, operands, flags};
#include "loader/opcodes.def"
#undef GENOP
    return table;
}

// Every row: arity equals the signature length; numbers are dense 1..kMaxGenOp; the highest is kMaxGenOp.
constexpr bool genop_table_consistent() {
    unsigned highest = 0;
#define GENOP(number, name, arity, operands, flags)                          \
    if (std::string_view(operands).size() != unsigned(arity)) return false; \
    if (unsigned(number) > highest) highest = unsigned(number);
#include "loader/opcodes.def"
#undef GENOP
    if (highest != kMaxGenOp) return false;
    auto table = make_genop_table();
    for (unsigned i = 1; i <= kMaxGenOp; ++i)
        if (table[i].name.empty()) return false;
    return true;
}
}  // namespace detail

inline constexpr std::array<GenOpInfo, kMaxGenOp + 1> kGenOpTable = detail::make_genop_table();
static_assert(detail::genop_table_consistent(), "loader/opcodes.def: arity/signature mismatch or gap");

constexpr bool is_genop_number(unsigned n) { return n >= 1 && n <= kMaxGenOp && !kGenOpTable[n].name.empty(); }
constexpr const GenOpInfo& genop_info(GenOp op) { return kGenOpTable[static_cast<unsigned>(op)]; }
constexpr std::string_view genop_name(GenOp op) { return genop_info(op).name; }
constexpr unsigned genop_arity(GenOp op) { return genop_info(op).arity; }
constexpr std::string_view genop_operands(GenOp op) { return genop_info(op).operands; }
constexpr std::uint8_t genop_flags(GenOp op) { return genop_info(op).flags; }
constexpr bool genop_is_terminator(GenOp op) { return (genop_flags(op) & kTerminator) != 0; }
constexpr bool genop_is_deprecated(GenOp op) { return (genop_flags(op) & kDeprecated) != 0; }

static_assert(static_cast<unsigned>(GenOp::op_move) == 64 && genop_arity(GenOp::op_move) == 2);
static_assert(genop_name(GenOp::op_return) == "return");

}  // namespace ember::loader
