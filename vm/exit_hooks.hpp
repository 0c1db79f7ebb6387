// Process-exit hooks: services above vm/ that keep state per process (ETS tables owned by a process,
// bifs/ets_table.hpp) register a hook; the scheduler runs every hook once when a process exits, after
// its inbox is closed and before its links and monitors hear of the exit (OTP erl_process.c:
// erts_continue_exit_process deletes or hands over the process's ETS tables at that point, so a 'DOWN'
// receiver already sees the tables gone).
#pragma once

#include "vm/process.hpp"

namespace ember::vm {

using ProcessExitHook = void (*)(Process* p);

// Adds a hook (idempotent for the same function; at most 8 hooks). Thread-safe.
void add_process_exit_hook(ProcessExitHook hook);
// Runs the hooks for p. Precondition: the calling thread holds p->main_lock and p's inbox is closed.
void run_process_exit_hooks(Process* p);

}  // namespace ember::vm
