// What bifs/erlang_info.cpp (statistics, system_info, system_flag, memory) and
// bifs/erlang_process_info.cpp (process_info, process_display) share.
#pragma once

#include <string>

#include "vm/exceptions.hpp"
#include "vm/heap_allocator.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::bifs {

inline constexpr vm::Word kFullsweepAfter = vm::kDefaultFullsweepAfter;  // the system-wide default

// erlang:system_flag(backtrace_depth, N): vm::backtrace_depth() (vm/exceptions.hpp).
using vm::backtrace_depth;
using vm::set_backtrace_depth;

// Bytes attributed to process q (process_info memory, erlang:memory(processes)). Precondition: the
// caller may read q's private state (q is running on this thread, or its main_lock is held).
vm::Word process_memory_bytes(const vm::Process* q);

// The text of process_info(P, backtrace) and process_display(P, backtrace). Precondition as above.
std::string backtrace_text(const vm::Process* q);

// process_info(Q, Items) as another process sees it, built with `heap`; Items is a proper list of valid
// item atoms. Precondition: runs in q's context (a request handler; the host API's Runtime::info).
vm::Term process_info_items(vm::HeapAllocator& heap, vm::Process* q, vm::Term items);

// #{error_logger => Bool, kill => Bool, size => N}: a max_heap_size setting as erl reports it.
vm::Term max_heap_size_map(vm::HeapAllocator& heap, const vm::MaxHeapSize& value);

// A max_heap_size value as erl 25 takes it (OTP erl_process.c erts_max_heap_size): a non-negative small
// integer, or a map with such a `size` and optional boolean `kill` and `error_logger` (other keys are
// ignored); kill and error_logger not given come from the system default. False for anything else.
// Callers check the size against the minimum heap size themselves (0 = no limit is always allowed).
bool parse_max_heap_size(vm::Term value, vm::MaxHeapSize& out);

// erl's list of the process_info/2 items, in its order
// (erts_debug:get_internal_state(process_info_args)).
vm::Term process_info_args(vm::HeapAllocator& heap);

// erlang:system_info(system_version), ending in a newline.
std::string system_version_text();

// Writes erl_crash.dump for a halt with `slogan` (bifs/crash_dump.cpp) and says so on stderr, as erl.
void write_crash_dump(const std::string& slogan);

}  // namespace ember::bifs
