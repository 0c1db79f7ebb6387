// The run loop: computed-goto dispatch over threaded code (STYLE: decode once, run threaded code).
// Handler bodies live in vm/ops_*.inc by family and are textually included here so that they share
// the loop's local state (see vm/interp_macros.hpp for the names).
#include "vm/interp.hpp"

#include <cmath>
#include <cstring>

#include "vm/arith.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/bitsyntax.hpp"
#include "vm/capabilities.hpp"
#include "vm/compare.hpp"
#include "vm/cpu_baseline.hpp"
#include "vm/exceptions.hpp"
#include "vm/gc.hpp"
#include "vm/interp_macros.hpp"
#include "vm/map.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"
#include "vm/process.hpp"
#include "vm/runtime_support.hpp"
#include "vm/trace.hpp"

namespace ember::vm {

bool g_gc_stress = false;

// Links the CPU check (vm/cpu_baseline.cpp) into every program that runs Erlang code.
[[gnu::used]] static const bool* const kLinkCpuBaselineCheck = &kCpuBaselineChecked;
bool g_undefined_calls_to_error_handler = false;

namespace {
const void* const* g_handlers = nullptr;

}

const void* const* instruction_handlers() {
    if (!g_handlers) {
        static RegisterFile unused;  // run_process(nullptr, ...) only publishes its label table
        run_process(nullptr, unused);
    }
    return g_handlers;
}

RunResult run_process(Process* p, RegisterFile& regs) {
    static const void* const handlers[] = {
#define SPECOP(name, words) &&op_##name,
#include "vm/instructions.def"
#undef SPECOP
    };
    if (!p) {
        g_handlers = handlers;
        return RunResult::Exited;
    }

    Term* x = regs.x;
    double* fr = regs.fr;
    const Instr* I = p->i;
    const Instr* CP = p->cp;
    Term* E = p->stop;
    int reds = p->reductions_left;
    for (std::uint32_t i = 0; i < p->arity; ++i) x[i] = p->saved_x[i];
    p->saved_x.clear();  // GC roots only while switched out: stale copies would keep garbage alive
    p->bif_x = x;
    if (p->dirty_bif) [[unlikely]] {
        // Back from a dirty scheduler (scheduler/dirty.cpp): I is the call instruction.
        p->dirty_bif = nullptr;
        if (p->dirty_raised) {
            p->dirty_raised = false;
            RAISE();
        }
        x[0] = p->dirty_result;
        p->dirty_result = kNil;
        if (p->dirty_resume) {
            I = p->dirty_resume;
        } else {
            I = CP;
            CP = nullptr;
        }
        DISPATCH();
    }

    DISPATCH();

#include "vm/ops_calls.inc"
#include "vm/ops_moves.inc"
#include "vm/ops_tests.inc"
#include "vm/ops_exceptions.inc"
#include "vm/ops_bifs.inc"
#include "vm/ops_messages.inc"
#include "vm/ops_floats.inc"
#include "vm/ops_maps.inc"
#include "vm/ops_binary.inc"
#include "vm/ops_trace.inc"

    EMBER_OP(nop) NEXT(1);
    EMBER_OP(unsupported) {
        SWAPOUT();
        raise_error(p, make_unsupported_reason(p, static_cast<unsigned>(OPND(1))));
        RAISE();
    }

// ---- leaving the loop ----
yield: {
    // Precondition: I is the instruction to resume at and x[0..arity) are live (set by the caller).
    p->i = I;
    p->cp = CP;
    p->stop = E;
    p->reductions += static_cast<std::uint64_t>(kReductionsPerSlice - reds);
    p->reductions_left = kReductionsPerSlice;
    return RunResult::Yield;
}
call_dirty: {
    // Precondition: SWAPOUT done, I is the call instruction, p->dirty_bif and p->dirty_resume set. The
    // arguments go to saved_x for the dirty thread; the process is parked until the call is done.
    p->saved_x.assign(x, x + p->dirty_bif->arity);
    p->arity = 0;
    p->reductions += static_cast<std::uint64_t>(kReductionsPerSlice - (reds > 0 ? reds : 0));
    p->reductions_left = kReductionsPerSlice;
    return RunResult::Dirty;
}
bif_retry_later: {
    // A BIF asked to be called again once a signal arrives (vm/messages.hpp request_from): the process
    // waits with the BIF's arguments saved and resumes at the call instruction I.
    p->yield_requested = false;
    if (*I == reinterpret_cast<Instr>(&&op_i_trace_local)) p->trace_resume_at = I;  // not a new call
    std::uint32_t n = reinterpret_cast<Export*>(untraced_word(I) == reinterpret_cast<Instr>(&&op_call_bif) ? OPND(2) : OPND(1))->bif->arity;
    p->saved_x.assign(x, x + n);
    p->i = I;
    p->cp = CP;
    p->stop = E;
    p->arity = n;
    p->reductions += static_cast<std::uint64_t>(kReductionsPerSlice - (reds > 0 ? reds : 0));
    p->reductions_left = reds > 0 ? reds : kReductionsPerSlice;
    return RunResult::Wait;
}
wait: {
    if (*I == reinterpret_cast<Instr>(&&op_i_trace_local)) [[unlikely]] p->trace_resume_at = I;  // a receive at a traced entry
    p->i = I;
    p->cp = CP;
    p->stop = E;
    p->arity = 0;
    p->reductions += static_cast<std::uint64_t>(kReductionsPerSlice - (reds > 0 ? reds : 0));
    p->reductions_left = reds > 0 ? reds : kReductionsPerSlice;
    return RunResult::Wait;
}
max_heap_exit: {
    // A collection found the heap past max_heap_size with kill (vm/gc.hpp): an untrappable exit, as
    // erl's erts_set_self_exiting(p, am_killed).
    p->max_heap_killed = false;
    p->exit_reason = am_killed;
    goto exit_process;
}
exit_process: {
    p->i = I;
    p->cp = CP;
    p->stop = E;
    p->arity = 0;
    p->reductions += static_cast<std::uint64_t>(kReductionsPerSlice - (reds > 0 ? reds : 0));
    return RunResult::Exited;
}

// ---- exceptions: find the innermost catch on the stack, or end the process ----
handle_error: {
    SWAPOUT();
    const Instr* handler = unwind_to_catch(p, I, CP, x);
    SWAPIN();
    CP = nullptr;
    // The stack trace (and a BIF's error terms) may have spilled into heap fragments: once they
    // outgrow the free heap, the next GC point collects, as after a BIF (GC_AFTER_BIF). Without it a
    // loop that catches exceptions piled up every trace it built (300,000 caught exits: 290 MB).
    if (FRAGMENTS_OUTGROW_HEAP()) p->gc_wanted = true;
    if (handler) JUMP(handler);
    p->exit_reason = exit_reason_of(p);
    p->crashed = p->exc_class != ExceptionClass::Exit;
    goto exit_process;
}
}

}  // namespace ember::vm
