// Sending and receiving (OTP erl_message.c, erl_proc_sig_queue.c).
//
// A sender copies the message into a fresh fragment and appends a Signal to the receiver's inbox.
// The receiver moves signals into its private queue in fetch_signals (handling exit, link and monitor
// signals there, in arrival order), and loop_rec adopts a message's fragment into its heap when it
// first looks at it.
#pragma once

#include <cstdint>

#include "vm/atom_table.hpp"
#include "vm/process.hpp"

namespace ember::vm {

// erlang:send(To, Msg): To is a pid, a registered name or {Name, Node}. Sending to a dead pid
// succeeds silently; an unregistered name raises badarg (set on `sender`, returns false).
bool send_message(Process* sender, Term to, Term msg);
// Delivers a message to a pid from a host or system context (no sender process).
bool deliver_message(Term to_pid, Term msg);
// Enqueues a signal built by the caller; takes ownership. A signal to a pid that does not exist or is
// exiting is answered as a dead process answers: a link with an exit signal `noproc`, a monitor with
// 'DOWN' `noproc`, a request with its handler's dead answer; others are dropped. Returns whether the
// signal reached a live inbox.
bool send_signal(Term to_pid, Signal* s);
// A new signal; a payload that is not an immediate is copied into the signal's own fragment.
Signal* make_signal(SignalKind kind, Term from, Term payload = kNil, Term ref = kNil);

// Ends alias `id` of p (its own context): later messages through it are dropped.
void deactivate_alias(Process* p, std::uint64_t id);
// monitor/3's options (also spawn's {monitor, Opts}): a proper list of {alias, explicit_unalias |
// demonitor | reply_demonitor} and {tag, Term}, into `alias` and `tag`; false for anything else.
bool parse_monitor_options(Term opts, AliasMode& alias, Term& tag);
// Tells the target of monitor `id` held by `watcher` that it ended (a local or remote process, or
// {Name, Node} on another node).
void send_demonitor(Term watcher, std::uint64_t id, const MonitorInfo& info);
// monitor(time_offset, clock_service) monitors (OTP erl_time_sup.c): `pid` holds monitor `id`
// (send_demonitor forgets it), and a change of the time offset to `offset_ns` (native units) sends
// each holder that still has its monitor {'CHANGE' | Tag, Ref, time_offset, clock_service, Offset}.
void add_time_offset_monitor(Term pid, std::uint64_t id);
void notify_time_offset_change(std::int64_t offset_ns);
// The monitor a remote spawn_request made, until the spawn reply names the child: not listed by
// process_info(monitors), and demonitor leaves it alone (erl: it cannot be removed before then).
inline bool is_pending_spawn_monitor(const MonitorInfo& info) {
    return info.target == am_undefined && info.name == kNil && info.node != kNil;
}
// Removes p's monitor `id` (telling the target), ending its alias if the mode says so. Returns
// whether the monitor was active.
bool remove_monitor(Process* p, std::uint64_t id);

// Moves arrived signals into the private queue, acting on non-message signals. Returns false if a
// signal ended the process (p->pending_exit holds the reason).
bool fetch_signals(Process* p);
void adopt_message(Process* p, Message* m);
// The fragment's terms become part of p's heap (merged into the block by the next GC).
void adopt_fragment(Process* p, HeapFragment* f);
// Answers a link with an exit signal `reason` from `to`, or a monitor with 'DOWN' `reason`, as a target
// that cannot be reached does (noproc: a dead process; noconnection: another node). Returns whether
// `s` was a link or a monitor (it is not taken).
bool answer_link_or_monitor(Term to, const Signal* s, Term reason);
// Answers a signal that reached no live process (see send_signal); `to_pid` is where it was sent.
// Takes ownership of s. A link or monitor gets noproc, except the link of a remote spawn reply
// (kSpawnReplyLink) that reached the inbox of `dead`, the exiting requester: it gets the requester's
// exit `reason`, as erl handles a spawn reply during the exit.
void answer_undeliverable(Term to_pid, Signal* s, Process* dead = nullptr, Term reason = am_noproc);
// The `ref` of the Link signal a remote spawn reply sends the requester (scheduler/dist_input.cpp).
inline constexpr Term kSpawnReplyLink = am_true;

// A request to another process, answered in its context after every signal this process sent it
// before (OTP orders process_info, is_process_alive, group_leader/2 the same way). From a BIF: returns
// the answer (on p's heap), or kNonValue with p->yield_requested set; the BIF is then called again
// with the same arguments once the answer is in. A dead target is answered by handler(nullptr, ...).
Term request_from(Process* p, Term target_pid, RequestHandler handler, Term arg);
// The asynchronous form (OTP erts_proc_sig_send_rpc_request): `handler` runs in the target's context
// after every signal p sent it before, and the term it builds is sent to p as a plain message (a dead
// target: handler(nullptr, ...)). A handler that returns kNonValue sends its message itself later.
// Returns whether the target was alive when the request was sent.
bool send_request_message(Process* p, Term target_pid, RequestHandler handler, Term arg);
void remove_current_message(Process* p);

// wait_timeout: arms the receive timer of the running process (scheduler/timers.cpp).
void arm_receive_timeout(Process* p, std::uint64_t deadline_ns);

// An absolute deadline `ms` milliseconds from now, on the scheduler's monotonic clock.
std::uint64_t deadline_after_ms(std::int64_t ms);

}  // namespace ember::vm
