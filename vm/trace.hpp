// Tracing hooks of the VM core (OTP erl_trace.c, beam_bp.c; docs/tracing.md). The core keeps the per-process
// trace flags and tracer (vm/process.hpp) and calls these hooks where events happen; the hooks build and
// deliver the trace messages and are defined in bifs/trace_events.cpp and bifs/trace_calls.cpp (the layer
// that owns clocks and match specs), as vm/services.hpp's functions are defined above vm/.
//
// Cost when nothing is traced: one relaxed load and test of Process::trace_flags at each hook (send,
// receive, spawn, link, register, exit); call tracing costs nothing on untraced functions (a traced
// function's entry word is redirected, see trace_local_hit).
#pragma once

#include <atomic>
#include <cstdint>

#include <memory>

#include "vm/code.hpp"
#include "vm/owned_term.hpp"
#include "vm/term.hpp"

namespace ember::vm {

struct Process;
struct Export;

// Process trace flags (erlang:trace/3). Bit order is free; bifs/trace_bifs.cpp maps them to names.
enum TraceFlag : std::uint32_t {
    kTraceSend = 1u << 0,
    kTraceReceive = 1u << 1,
    kTraceProcs = 1u << 2,
    kTraceCall = 1u << 3,
    kTraceReturnTo = 1u << 4,
    kTraceRunning = 1u << 5,
    kTraceExiting = 1u << 6,
    kTraceGc = 1u << 7,
    kTraceTimestamp = 1u << 8,
    kTraceMonotonicTs = 1u << 9,
    kTraceStrictMonotonicTs = 1u << 10,
    kTraceSetOnSpawn = 1u << 11,
    kTraceSetOnFirstSpawn = 1u << 12,
    kTraceSetOnLink = 1u << 13,
    kTraceSetOnFirstLink = 1u << 14,
    kTraceArity = 1u << 15,
    kTraceSilent = 1u << 16,
    kTracePorts = 1u << 17,
    kTraceRunningProcs = 1u << 18,
    kTraceRunningPorts = 1u << 19,
    kTraceSchedulerId = 1u << 20,
};
inline constexpr std::uint32_t kTraceAnyTimestamp = kTraceTimestamp | kTraceMonotonicTs | kTraceStrictMonotonicTs;

// Trace flags and tracer every new process starts with (erlang:trace(new, ...)); 0 = none.
extern std::atomic<std::uint32_t> g_trace_new_processes;
extern std::atomic<Term> g_trace_new_tracer;
// True once erlang:trace/3 has turned a flag on anywhere (never reset): a hook about another process
// than the caller (register/unregister of its name) skips its process lookup until then.
extern std::atomic<bool> g_trace_ever_on;

// ---- event hooks (bifs/trace_events.cpp); callers test the flag first ----
// p (running) sends msg to `to` (a pid, port, name or alias as given to send).
void trace_send(Process* p, Term to, Term msg);
// p (running, in its own context) took msg into its message queue.
void trace_receive(Process* p, Term msg);
// A procs event of p: {trace, P, What, Arg} (exit, link, unlink, getting_linked, getting_unlinked,
// register, unregister). Runs in p's context or, for exit, while p is exiting.
void trace_proc_event(Process* p, Term what, Term arg);
// `name` was registered to / unregistered from the process `pid` by `caller` (what: register | unregister).
void trace_name_event(Process* caller, Term pid, Term what, Term name);
// parent spawned child as M:F(Args) (linked: spawn_link): spawn/link/spawned/getting_linked events and
// set_on_spawn / set_on_link inheritance. Called before the child can run.
void trace_spawn(Process* parent, Process* child, Term module, Term function, Term args, bool linked);
// p spawn_linked `other`: set_on_link / set_on_first_link inheritance (erl 25 applies it to spawn_link only).
void trace_link_inherit(Process* p, Term other);

// The garbage_collection flag: {trace, P, gc_minor_start | gc_minor_end | gc_major_start | gc_major_end,
// Info}, Info erl's list (OTP erl_trace.c trace_gc): {wordsize, W} first (at a start the words the
// collection must free, at an end the words it reclaimed), then process_info's
// garbage_collection_info items (vm/gc.hpp gc_info_items). Called by vm/gc.cpp around a collection.
void trace_gc(Process* p, bool major, bool end, Word wordsize);

// The {M, F, A} p runs (or continues) in, as erl's running events show it; the small 0 if unknown.
Term current_mfa(Process* p, HeapAllocator& h);

// The running flag: p is scheduled in / out on scheduler `scheduler_id` (1-based):
// {trace, P, in | out, {M, F, A} | 0} (plus the scheduler id with the scheduler_id flag).
void trace_schedule(Process* p, bool in, unsigned scheduler_id);

// ---- call tracing (bifs/trace_calls.cpp) ----
// What the interpreter does after a breakpoint: continue with `original` (the entry's real handler for
// local breakpoints, the export's real address for global ones) and, if return_code is set, push a
// return-trace frame [CP][frame_id] and continue with CP = return_code. `arity` live x registers.
struct TraceHit {
    const void* original = nullptr;     // local: handler address to dispatch to, I unchanged
    const Instr* target = nullptr;      // global: where the call continues
    const Instr* return_code = nullptr; // return_trace_code() / exception_trace_code(), or nullptr
    Term frame_id = kNil;               // small integer naming the breakpoint for i_return_trace
    // call_time: when set, a frame [CP][time_frame_id] is pushed (after any return-trace frame) and CP
    // becomes return_time_trace_code(), unless CP already is a trace block (a tail call keeps the frame
    // of the call it replaces, as erl's erts_generic_breakpoint).
    const Instr* time_code = nullptr;
    Term time_frame_id = kNil;          // the call_time function the caller was charged to (or [])
    // return_to (a local call trace of a process with the return_to flag): a one-word frame [CP] is
    // pushed first and CP becomes return_to_trace_code(), unless a chain of tail calls already has one.
    bool return_to = false;
    std::uint32_t arity = 0;
};
// A call reached the patched entry `entry` (the handler word there is i_trace_local's).
TraceHit trace_local_hit(Process* p, const Instr* entry, const Instr* cp, Term* x);
// A call went through a traced export; `stub` is the trampoline i_trace_global runs from.
TraceHit trace_global_hit(Process* p, const Instr* stub, const Instr* cp, Term* x);
// The traced function returned `value` into its return-trace frame `frame_id`.
void trace_return(Process* p, Term frame_id, Term value);
// An exception unwound past the exception-trace frame `frame_id` (p->exc_class/exc_reason are set).
void trace_exception(Process* p, Term frame_id);
// call_time (OTP beam_bp.c erts_trace_time_return): a call_time-traced function returned through its
// frame; `frame_id` is the function to charge from now on.
void trace_time_return(Process* p, Term frame_id);
// call_time across scheduling (OTP erts_schedule_time_break): time while scheduled out is charged to
// nobody. Call on schedule-in and schedule-out of a process whose Process::call_time_bp is set.
void trace_time_schedule(Process* p, bool in);
// The handler word the code at `at` had before trace_pattern patched it (*at if it is not patched), for
// code that decodes an instruction by its handler (bif_retry_later, process_info's status).
Instr untraced_word(const Instr* at);
// The one-instruction code blocks a return-trace frame's CP points at (run by i_return_trace).
const Instr* return_trace_code();
const Instr* exception_trace_code();
const Instr* return_time_trace_code();  // run by i_return_time_trace
const Instr* return_to_trace_code();    // run by i_return_to_trace
namespace detail {
// Those blocks, one array in this order (bifs/trace_calls.cpp fills each word the first time a block
// is handed out; their addresses are fixed).
enum TraceBlock : int { kReturnTraceBlock, kExceptionTraceBlock, kReturnTimeTraceBlock, kReturnToTraceBlock, kTraceBlocks };
extern Instr g_trace_blocks[kTraceBlocks];
}  // namespace detail
// Whether cp is one of those blocks (a return address that is not module code but a trace frame's).
// Inline: a raise's stack walk asks for every return address.
inline bool is_trace_block(const Instr* cp) {
    std::uintptr_t offset = reinterpret_cast<std::uintptr_t>(cp) - reinterpret_cast<std::uintptr_t>(detail::g_trace_blocks);
    return offset < sizeof(detail::g_trace_blocks) && offset % sizeof(Instr) == 0;
}
// The code address execution really resumes at when `cp` is returned to: past the trace blocks' frames
// ([CP][id] for return-trace and call_time blocks, [CP] for return_to) that start at `frames`.
const Instr* resume_address(const Instr* cp, const Term* frames);
// Whether one of those trace blocks, from `cp` on, is a return_to block (a tail-call chain has its frame).
bool return_to_pending(const Instr* cp, const Term* frames);
// return_to (erlang:trace/3's return_to flag; OTP erts_trace_return_to): p resumes at `pc` after leaving
// a call-traced function (a return, or an exception caught there): {trace, P, return_to, MFA}, MFA the
// function of pc (or undefined).
void trace_return_to(Process* p, const Instr* pc);

// ---- sequential tracing (bifs/seq_trace.cpp; OTP seq_trace, erl_bif_trace.c) ----
// The token {Flags, Label, Serial, From, LastCnt}. Immutable once shared: a process replaces its token,
// messages carry a reference to the sender's token as it was at the send.
struct SeqToken {
    std::uint32_t flags = 0;  // 1 send, 2 'receive', 4 print, 8 timestamp, 16 strict_monotonic, 32 monotonic
    OwnedTerm label;
    std::int64_t serial = 0, lastcnt = 0;
    Term from = kNil;
    std::uint64_t epoch = 0;  // tokens of an older epoch are void (system_flag(reset_seq_trace, true))
};
using SeqTokenRef = std::shared_ptr<const SeqToken>;
extern std::atomic<std::uint64_t> g_seq_epoch;
inline bool live_token(const SeqTokenRef& t) {
    return t && t->epoch == g_seq_epoch.load(std::memory_order_relaxed);
}
// p (with a live token) sends msg to `to`: bumps p's serial, reports the send to the system tracer if the
// token says so, and returns the token the message carries.
SeqTokenRef seq_trace_send(Process* p, Term to, Term msg);
// p took a message with token `t` (maybe none) out of its queue: p's token becomes the message's (a
// message without one clears it), and the receive is reported if the token says so.
void seq_trace_receive(Process* p, const SeqTokenRef& t, Term msg);
// parent (with a live token) spawned child: the child starts with the token.
void seq_trace_spawn(Process* parent, Process* child);

}  // namespace ember::vm
