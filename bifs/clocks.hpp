// Erlang's monotonic clock and the scheduler's steady clock (bifs/erlang_time.cpp).
#pragma once

#include <cstdint>
#include <string_view>

namespace ember::bifs {

// erlang:monotonic_time() in nanoseconds (starts at erlang:system_info(start_time), as in erl 25).
std::int64_t monotonic_ns();
// erlang:system_info(start_time): the monotonic time when the VM started, in nanoseconds.
std::int64_t monotonic_start_ns();
// erl's time warp modes (+C; erts/doc time_correction.xml "Time Warp Modes"): the time offset is
// final from the start (no_time_warp, the default), preliminary until
// erlang:system_flag(time_offset, finalize) (single_time_warp), or follows the OS system time
// (multi_time_warp). Set before the runtime starts; false for another name.
enum class TimeWarpMode { No, Single, Multi };
bool set_time_warp_mode(std::string_view mode);
TimeWarpMode time_warp_mode();
// erl +c true|false: erlang:system_info(time_correction). Ember's clocks are the OS's (steady_clock,
// which the OS already slews), so the setting is reported only. False for another value.
bool set_time_correction(std::string_view value);
bool time_correction();
// erlang:system_info(time_offset), and erlang:system_flag(time_offset, finalize), which returns the
// state before (finalizing a preliminary offset sends 'CHANGE' to the time offset monitors).
enum class TimeOffsetState { Preliminary, Final, Volatile };
TimeOffsetState time_offset_state();
TimeOffsetState finalize_time_offset();
// The steady-clock nanoseconds (Scheduler::now_ns's clock) of an Erlang monotonic time.
std::int64_t steady_ns_of_monotonic(std::int64_t monotonic_ns);

}  // namespace ember::bifs
