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
#pragma once

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
