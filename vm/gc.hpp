// Copying garbage collection of one process (OTP erl_gc.c, full-sweep mode).
//
// Roots: live x registers, the stack (y registers; CPs and catch markers are skipped), the process
// dictionary, received messages whose fragments were adopted, saved argument registers, and the
// exception state. Everything reachable that lies in the heap block or a heap fragment is copied
// (Cheney) into a fresh block sized for the live data plus `need`; literals are left in place;
// refc binaries that were not reached drop their reference.
#pragma once

#include "vm/process.hpp"

namespace ember::vm {

// Postcondition: at least `need` words are free between p->htop and p->stop, p->fragments is empty,
// x[0..live) are updated. The stack moves with the heap block: callers reload E from p->stop.
// Except: when the process has a max_heap_size with kill and the collection would pass it, nothing is
// collected and p->max_heap_killed is set; the caller must then end the process (reason killed)
// without touching the heap.
enum class GcSizing {
    Grow,    // the heap keeps room to grow (the normal policy, at least min_heap_size)
    Shrink,  // the smallest heap size that holds the live data, at least min_heap_size (erlang:garbage_collect)
    Exact,  // the heap is exactly the live data plus `need` and the stack (erlang:hibernate/3)
};
void garbage_collect(Process* p, Word need, Term* x, unsigned live, GcSizing sizing = GcSizing::Grow);

// erlang:system_flag(max_heap_size): the setting a new process gets unless spawn_opt gives one
// (spawn does not inherit the parent's). Thread-safe.
MaxHeapSize default_max_heap_size();
void set_default_max_heap_size(MaxHeapSize value);

// Heap sizes follow OTP's growth table (Fibonacci-like); this is the next size >= words.
Word next_heap_size(Word words);

}  // namespace ember::vm
