// erlang:system_profile/0,2 (OTP erl_bif_trace.c system_profile, erl_trace.c profile_runnable_proc,
// profile_scheduler): one local process of the runtime, the profiler, receives
//   {profile, Pid, active | inactive, {M, F, A} | 0, Ts}   with runnable_procs, when a process other
//       than the profiler becomes runnable (woken from a receive, or spawned) or stops being runnable
//       (it waits, is suspended or exits; an exiting process reports 0),
//   {profile, scheduler, Id, active | inactive, NoScheds, Ts}   with scheduler, when a normal
//       scheduler wakes up or goes to sleep (NoScheds: the schedulers awake after the change).
// Ts is the timestamp (default), monotonic_timestamp or strict_monotonic_timestamp option's. A process
// preempted and queued again gives no message, as in erl. runnable_ports and exclusive are accepted
// and reported back; Ember sends no port events, and a port as profiler is badarg (docs/tracing.md).
// Defined in bifs/system_profile.cpp.
#pragma once

#include <atomic>

#include "vm/process.hpp"

namespace ember::vm {

// Whether runnable_procs or scheduler events are wanted. Read relaxed where processes wake and wait
// and where schedulers sleep.
extern std::atomic<bool> g_system_profile_procs;
extern std::atomic<bool> g_system_profile_schedulers;

// p became runnable (`active`) or stopped being runnable. Called where p's runnable state changes
// (under p's inbox lock when that decides it, so the profiler sees p's changes in order), while p
// does not run. `exiting`: p ends (the event's location is 0).
void system_profile_runnable(Process* p, bool active, bool exiting = false);
// Normal scheduler `id` (1-based) woke up or is going to sleep; `awake` schedulers are awake after it.
void system_profile_scheduler(unsigned id, bool active, unsigned awake);

}  // namespace ember::vm
