// erlang:system_monitor/0,1,2 (OTP erl_bif_trace.c system_monitor, erl_trace.c monitor_long_gc,
// monitor_large_heap, monitor_long_schedule_proc): one process of the runtime receives
//   {monitor, Pid, long_gc, Info}        after a collection of Pid took at least long_gc ms,
//   {monitor, Pid, large_heap, Info}     after a collection left Pid's heap blocks (young, old and
//                                        fragments) at least large_heap words,
//   {monitor, Pid, long_schedule, Info}  after a slice of Pid ran at least long_schedule ms.
// No message is sent about the monitor process itself. busy_port and busy_dist_port are accepted
// and reported back, but never fire: Ember does not suspend a sender on a busy port.
// Defined in bifs/system_monitor.cpp.
#pragma once

#include <atomic>
#include <cstdint>

#include "vm/process.hpp"

namespace ember::vm {

// Whether any collection is watched (long_gc or large_heap set), and the long_schedule limit in
// milliseconds (0: off). Read relaxed on every collection and slice.
extern std::atomic<bool> g_system_monitor_gc;
extern std::atomic<std::uint64_t> g_system_monitor_long_schedule_ms;
// erts_debug:set_internal_state(test_long_gc_sleep, Ms): every collection sleeps Ms milliseconds
// more (OTP's test hook for long_gc).
extern std::atomic<std::uint64_t> g_test_long_gc_sleep_ms;

// After a collection of p (in p's context) that took `ns` nanoseconds: long_gc and large_heap.
void system_monitor_gc(Process* p, std::uint64_t ns);
// After a slice of p that ran `ns` nanoseconds; `in` is p's {M, F, A} (or undefined) when it was
// scheduled in, read before the slice.
void system_monitor_long_schedule(Process* p, std::uint64_t ns, Term in);

}  // namespace ember::vm
