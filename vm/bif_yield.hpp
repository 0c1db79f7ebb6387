// BIFs that work in slices, as OTP's trapping BIFs do (erl_map.c maps:keys/1, maps:from_list/1 on large
// inputs: BIF_TRAP to a trap export with the state): the BIF does a bounded part of the work, leaves its
// state in x registers and gives up the rest of the slice; when the process is scheduled again the
// BIF's continuation goes on from that state (vm/ops_calls.inc i_bif_continue). Meanwhile the process
// is in the BIF: `running` trace events name the BIF's MFA, as on erl.
//
// The state lives only in x registers, so the GC sees it (saved_x while switched out); a continuation
// rereads it on every slice. A BIF that yields is registered with traps = true: the loader never runs
// it in place (call_bif), only through its export, whose stub handles the trap.
#pragma once

#include <cstdint>
#include <mutex>

#include "vm/code.hpp"
#include "vm/native.hpp"

namespace ember::vm {

struct Process;

class BifContinuation {
public:
    // `cont` continues the work of module:function/arity from the state in its arguments.
    BifContinuation(const char* module, const char* function, std::uint32_t arity, BifFn cont)
        : module_(module), function_(function), arity_(arity), cont_(cont) {}

    // Ends this slice: the caller has put the state in p->bif_x[0..n); the BIF (or continuation)
    // returns what this returns (kNonValue). Precondition: can_yield(p).
    Term yield(Process* p, std::uint32_t n) const;

    // False when the BIF runs outside the interpreter (unit tests call BIFs directly): it then does
    // all its work at once.
    static bool can_yield(const Process* p);

private:
    const char* module_;
    const char* function_;
    std::uint32_t arity_;
    BifFn cont_;
    mutable std::once_flag once_;
    mutable Instr code_[3] = {};  // i_bif_continue, cont_, Export*
};

}  // namespace ember::vm
