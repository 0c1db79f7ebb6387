// Services the VM core needs from the layers above it (DESIGN.md "Layering": vm/ includes nothing from
// loader/, scheduler/, bifs/, nif/ or tools/). Declared here, defined by the layer that owns them:
// scheduler/vm_services.cpp (process table, run queues, timers, aliases, refs) and
// loader/vm_services.cpp (on-demand code loading), as vm/dirty.hpp's current_dirty_kind() is.
#pragma once

#include <cstdint>
#include <shared_mutex>
#include <string>

#include "vm/term.hpp"

namespace ember::vm {

struct Module;
struct Process;

// ---- scheduler/ -----------------------------------------------------------------------------------
// The live process with this pid, or nullptr; `lock` keeps it from being freed while held.
Process* lookup_process(Term pid, std::shared_lock<std::shared_mutex>& lock);
// Puts a process that was just switched from Waiting to Runnable on a run queue.
void make_process_runnable(Process* p);
Term whereis_name(Term name);                   // pid or am_undefined
Term alias_owner_pid(std::uint64_t alias_id);   // the owner's pid, or kNil when not active
void forget_alias(std::uint64_t alias_id);      // the alias is no longer active
std::uint64_t next_reference_id();              // unique per node run
// A receive ... after timer for p, firing at deadline_ns of monotonic_now_ns(); disarming is a no-op
// when none is armed or it already fired.
void arm_receive_timer(Process* p, std::uint64_t deadline_ns);
void disarm_receive_timer(Process* p);
std::uint64_t monotonic_now_ns();
// erl's error report for a process past its max_heap_size (OTP erl_gc.c reached_max_heap_size), sent
// to the system logger: `total` is the heap the collection would have made, `heap_block` the young
// blocks in it (the current one plus the new one).
void report_max_heap_size(Process* p, Word total, Word heap_block);

// ---- loader/ --------------------------------------------------------------------------------------
// The module if it is loaded, else finds it in the code path and loads it (thread-safe). On failure
// returns nullptr and, if `error` is given, sets it ("nofile" when no file was found,
// kOnLoadPendingError while the module's on_load function has not finished).
Module* load_module_on_demand(Term module, std::string* error);
inline constexpr const char* kOnLoadPendingError = "on_load";

}  // namespace ember::vm
