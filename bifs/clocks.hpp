// Erlang's monotonic clock and the scheduler's steady clock (bifs/erlang_time.cpp).
#pragma once

#include <cstdint>

namespace ember::bifs {

// erlang:monotonic_time() in nanoseconds (starts at erlang:system_info(start_time), as in erl 25).
std::int64_t monotonic_ns();
// erlang:system_info(start_time): the monotonic time when the VM started, in nanoseconds.
std::int64_t monotonic_start_ns();
// The steady-clock nanoseconds (Scheduler::now_ns's clock) of an Erlang monotonic time.
std::int64_t steady_ns_of_monotonic(std::int64_t monotonic_ns);

}  // namespace ember::bifs
