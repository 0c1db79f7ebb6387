// A readable listing of a parsed BEAM file (`ember dis`): module, exports, imports, then every
// generic instruction as `name operand operand ...` using the opcode table's names.
#pragma once

#include <ostream>
#include <string>

#include "loader/beam_file.hpp"

namespace ember::loader {

// Literals are shown as erl's ~w prints them (decoded with vm/etf.hpp).
void disassemble(const BeamFile& file, std::ostream& out);

// One operand without file context: x(0), y(1), fr(0), f(12), 42, 'an atom', [], literal#3,
// [x(0), f(4)] for lists, {alloc,words=3,floats=0,funs=1} for allocation lists.
std::string format_operand(const Operand& operand);

}  // namespace ember::loader
