// Process work that other processes request and that the target does in its own context at a safe
// point (OTP erl_process.c system tasks, erl_proc_sig_queue.c suspend monitors).
//
// - Garbage collection on request (erlang:garbage_collect/1,2 of another process,
//   erts_internal:request_system_task/3,4): the request handler only marks the process; the
//   collection runs at its next slice start (every live term is then in saved_x), and the replies are
//   sent after it. A process about to wait with a collection pending is requeued instead.
// - Suspension (erlang:suspend_process/1,2, resume_process/1): each suspender's count is kept on both
//   sides; while the target's total is above zero, the scheduler parks it at slice start: it handles
//   signals (an exit signal still ends it) but runs no code. A suspender's exit resumes its targets.
#pragma once

#include "vm/process.hpp"

namespace ember::vm {

// In p's context: a collection (minor or major, as erlang:garbage_collect/2's `type`) is wanted, and
// `reply` (a built message to `to`) is sent after it.
void request_gc(Process* p, Term to, Term reply, bool major = true);
// In p's context: a major collection is wanted at the next slice start, with no reply
// (erts_debug:set_internal_state(force_gc, Pid)).
void force_gc(Process* p);
// In p's context: erts_literal_area_collector asks p to copy what it refers to in the literal area
// being released (vm/literal_release.hpp); `reply` (a built message to `to`) is sent after that
// collection. Answered in the same way as request_gc.
void request_copy_literals(Process* p, Term to, Term reply);
// At slice start (p switched out, main_lock held): collects if requested (and not disabled by
// erts_debug's gc_state) and sends the replies (kept for the exit instead when the collection found
// p past its max_heap_size).
void run_requested_gc(Process* p);
// At exit: replies still pending are sent (the collection no longer matters).
void flush_gc_replies(Process* p);

// Request handlers (vm/messages.hpp RequestHandler) for the suspend signals; `arg` is the suspender.
// handle_suspend answers true (badarg: the target is gone); handle_resume answers nothing.
Term handle_suspend(Process* target, Term suspender, HeapAllocator& heap);
Term handle_resume(Process* target, Term suspender, HeapAllocator& heap);
// Drops every suspend `suspender` holds on target (the suspender ended); no answer.
Term handle_resume_all(Process* target, Term suspender, HeapAllocator& heap);
// At p's exit: its targets are told to drop p's suspends.
void release_suspends(Process* p);

}  // namespace ember::vm
