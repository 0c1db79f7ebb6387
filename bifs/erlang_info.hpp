// What bifs/erlang_info.cpp (statistics, system_info, system_flag, memory) and
// bifs/erlang_process_info.cpp (process_info, process_display) share.
#pragma once

#include <string>

#include "vm/heap_allocator.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::bifs {

inline constexpr vm::Word kFullsweepAfter = vm::kDefaultFullsweepAfter;  // the system-wide default

// erlang:system_flag(backtrace_depth, N): frames kept in current_stacktrace and friends.
int backtrace_depth();
int set_backtrace_depth(int depth);  // returns the old value

// Bytes attributed to process q (process_info memory, erlang:memory(processes)). Precondition: the
// caller may read q's private state (q is running on this thread, or its main_lock is held).
vm::Word process_memory_bytes(const vm::Process* q);

// The text of process_info(P, backtrace) and process_display(P, backtrace). Precondition as above.
std::string backtrace_text(const vm::Process* q);

// process_info(Q, Items) as another process sees it, built with `heap`; Items is a proper list of valid
// item atoms. Precondition: runs in q's context (a request handler; the host API's Runtime::info).
vm::Term process_info_items(vm::HeapAllocator& heap, vm::Process* q, vm::Term items);

// #{error_logger => true, kill => true, size => 0}: max_heap_size as erl reports it (no limit).
vm::Term max_heap_size_map(vm::HeapAllocator& heap);

// erlang:system_info(system_version), ending in a newline.
std::string system_version_text();

// Writes erl_crash.dump for a halt with `slogan` (bifs/crash_dump.cpp) and says so on stderr, as erl.
void write_crash_dump(const std::string& slogan);

}  // namespace ember::bifs
