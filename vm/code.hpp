// Threaded code: the instruction words the interpreter runs (OTP beam_load.c, "threaded code").
//
// An instruction is a handler address followed by its operand words, all resolved at load time:
//
//   word 0      handler address (computed-goto label of the specialised instruction, vm/instructions.def)
//   word 1..n   operands: source words (a term, or an x/y/fr register reference, see vm/term.hpp),
//               destination words (x/y register references), jump targets (const Instr*), export
//               entries (Export*), BIF function pointers, untagged integers.
//
// The run loop never reads BEAM bytes. Code is immutable once the module is published.
//
// Packed operands: the commonest instructions whose operands are all small numbers (x/y register
// numbers, below 1024 by loader/compact_term.hpp kMaxRegisters; live counts; stack frame sizes) keep
// them in 16-bit fields of one word, as OTP's interpreter packs operands (beam_load.c). Field k
// occupies bits 16k..16k+15; a heap need or tuple position takes a 32-bit half (half 0 = fields 0-1,
// half 1 = fields 2-3). A booted node's code is about a seventh smaller than with a word per operand,
// and a field is read with one zero-extending load, as fast as a whole word.
#pragma once

#include <bit>
#include <cstdint>

#include "vm/term.hpp"

namespace ember::vm {

using Instr = std::uintptr_t;

// The specialised instructions, in one enum; their handler addresses are in instruction_handlers().
enum class Op : std::uint16_t {
#define SPECOP(name, words) name,
#include "vm/instructions.def"
#undef SPECOP
    Count_
};

// A packed operand word of four 16-bit fields (each below 2^16; the loader checks).
constexpr Instr pack_fields(Word f0, Word f1, Word f2 = 0, Word f3 = 0) {
    return Instr(f0 | f1 << 16 | f2 << 32 | f3 << 48);
}
// A packed operand word of two 16-bit fields and a 32-bit half 1 (below 2^32).
constexpr Instr pack_fields_wide(Word f0, Word f1, Word half1) { return Instr(f0 | f1 << 16 | half1 << 32); }
constexpr Word packed_field(Instr w, int k) { return (w >> (16 * k)) & 0xFFFF; }
constexpr Word packed_half(Instr w, int k) { return (w >> (32 * k)) & 0xFFFFFFFF; }

// The interpreter reads a field in place (a 16- or 32-bit load of the word's bytes).
static_assert(std::endian::native == std::endian::little, "packed operand fields assume little-endian words");
using PackedField = std::uint16_t __attribute__((may_alias));
using PackedHalf = std::uint32_t __attribute__((may_alias));

inline constexpr int kOpWords[] = {
#define SPECOP(name, words) words,
#include "vm/instructions.def"
#undef SPECOP
};

inline constexpr const char* kOpNames[] = {
#define SPECOP(name, words) #name,
#include "vm/instructions.def"
#undef SPECOP
};

// The handler address table, filled by the interpreter on first use (computed goto labels are local to
// the interpreter function, so it exports them by being called once with a null process).
const void* const* instruction_handlers();

}  // namespace ember::vm
