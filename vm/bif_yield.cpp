// BIFs that work in slices (vm/bif_yield.hpp).
#include "vm/bif_yield.hpp"

#include "vm/atom_table.hpp"
#include "vm/module.hpp"
#include "vm/process.hpp"

namespace ember::vm {

bool BifContinuation::can_yield(const Process* p) { return p->bif_x != nullptr; }

Term BifContinuation::yield(Process* p, std::uint32_t n) const {
    std::call_once(once_, [this] {
        AtomTable& atoms = AtomTable::global();
        Export* ep = CodeServer::global().export_entry(atoms.intern(module_), atoms.intern(function_), arity_);
        code_[0] = reinterpret_cast<Instr>(instruction_handlers()[static_cast<int>(Op::i_bif_continue)]);
        code_[1] = reinterpret_cast<Instr>(cont_);
        code_[2] = reinterpret_cast<Instr>(ep);
    });
    p->trap = code_;
    p->trap_arity = n;
    p->trap_yield = true;
    return kNonValue;
}

}  // namespace ember::vm
