// Sending and receiving (OTP erl_message.c, erl_proc_sig_queue.c).
//
// A sender copies the message into a fresh fragment and appends a Signal to the receiver's inbox.
// The receiver moves signals into its private queue in fetch_signals (handling exit, link and monitor
// signals there, in arrival order), and loop_rec adopts a message's fragment into its heap when it
// first looks at it.
#pragma once

#include <cstdint>

#include "vm/process.hpp"

namespace ember::vm {

// erlang:send(To, Msg): To is a pid, a registered name or {Name, Node}. Sending to a dead pid
// succeeds silently; an unregistered name raises badarg (set on `sender`, returns false).
bool send_message(Process* sender, Term to, Term msg);
// Delivers a message to a pid from a host or system context (no sender process).
bool deliver_message(Term to_pid, Term msg);
// Enqueues a non-message signal (exit, link, monitor...) built by the caller; takes ownership.
void send_signal(Term to_pid, Signal* s);
// A new signal; a payload that is not an immediate is copied into the signal's own fragment.
Signal* make_signal(SignalKind kind, Term from, Term payload = kNil, Term ref = kNil);

// Moves arrived signals into the private queue, acting on non-message signals. Returns false if a
// signal ended the process (p->pending_exit holds the reason).
bool fetch_signals(Process* p);
void adopt_message(Process* p, Message* m);
void remove_current_message(Process* p);

// An absolute deadline `ms` milliseconds from now, on the scheduler's monotonic clock.
std::uint64_t deadline_after_ms(std::int64_t ms);

}  // namespace ember::vm
