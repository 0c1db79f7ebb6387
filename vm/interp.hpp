// The interpreter: runs one process for up to a time slice of reductions (OTP beam_emu.c process_main).
#pragma once

#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::vm {

// Per-scheduler-thread register file. x registers are not part of a process: a process's live
// argument registers are saved into Process::saved_x when it is switched out (OTP does the same).
struct RegisterFile {
    Term x[kMaxXRegs];
    double fr[kMaxFRegs];
};

enum class RunResult {
    Yield,    // out of reductions: put back on the run queue
    Wait,     // in a receive with no matching message (maybe with a timeout)
    Exited,   // the process has ended; Process::exit_reason says why
    Dirty,    // a dirty BIF is to run on a dirty pool (Process::dirty_bif set; scheduler/dirty.cpp)
};

// Runs `p` from p->i until it yields, waits or exits. Precondition: p is Running on this thread and
// its saved registers are valid. Postcondition: the process state (i, cp, stop, htop, saved x) is
// saved back into p.
RunResult run_process(Process* p, RegisterFile& regs);

// EMBER_GC_STRESS (tests only): allocation points collect although the heap has room, as often as
// gc_stress_due (vm/gc.hpp) says.
extern bool g_gc_stress;

// When true (OTP's boot, nif/boot.hpp boot_otp), a call to a function of a module that is not loaded
// goes to error_handler:undefined_function/3, as in erl, once OTP's error_handler module is loaded:
// code_server then loads the module and knows it. When false (Ember's own boot, host runtimes), the VM
// loads the module itself from its code path.
extern bool g_undefined_calls_to_error_handler;

}  // namespace ember::vm
