// Generic BEAM instructions -> threaded code (OTP beam_load.c + ops.tab transforms; see docs/loader.md).
//
// translate() turns a parsed BeamFile into a vm::Module: literals decoded into the module's literal
// area, imports resolved to export entries (BIF calls bound to their natives), labels to addresses,
// and every generic instruction rewritten as one or more specialised instructions from
// vm/instructions.def. It does not publish the module (see loader/code_loader.hpp).
#pragma once

#include <memory>

#include "loader/beam_file.hpp"
#include "vm/module.hpp"

namespace ember::loader {

Expected<std::unique_ptr<vm::Module>> translate(BeamFile& file);

}  // namespace ember::loader
