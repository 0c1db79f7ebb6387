// Shared by the tracing files (bifs/trace_events.cpp, trace_calls.cpp, trace_bifs.cpp, seq_trace.cpp).
#pragma once

#include <atomic>
#include <cstdint>
#include <initializer_list>

#include "vm/heap_allocator.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"
#include "vm/trace.hpp"

namespace ember::bifs::trace {

using vm::Term;

// The timestamp erl adds for these flags (erlang:trace/3: timestamp wins over strict_monotonic_timestamp,
// which wins over monotonic_timestamp): {Mega, Sec, Micro}, {Monotonic, Unique} or Monotonic (native
// units, nanoseconds). kNonValue when no timestamp flag is set.
Term timestamp(vm::HeapAllocator& h, std::uint32_t flags);
inline constexpr vm::Word kTimestampWords = 8;

// Sends {trace | trace_ts, Pid, What, Extra... [, Timestamp]} to `tracer` (the message is built in its
// own fragment: the terms may live on any heap). A local process gets it as a message; a local port
// (dbg:trace_port/2's trace_file_drv or trace_ip_drv) gets term_to_binary of it as port output, as
// erl's erl_tracer sends it. Returns false if `tracer` is not alive.
bool deliver(Term tracer, Term pid, std::uint32_t flags, Term what, std::initializer_list<Term> extra);

// Whether a tracer (a local pid or port) is alive.
bool tracer_alive(Term tracer);

// p's tracer if p has any of `flags` and its messages go somewhere (erl sends nothing when a process
// traces itself, nor of a sensitive process); kNil otherwise.
inline Term tracer_for(vm::Process* p, std::uint32_t flags) {
    if (!(p->trace_flags.load(std::memory_order_relaxed) & flags)) return vm::kNil;
    if (p->sensitive.load(std::memory_order_relaxed)) [[unlikely]] return vm::kNil;
    Term t = p->tracer.load(std::memory_order_relaxed);
    return t == p->pid ? vm::kNil : t;
}

// Emits a process event of p (trace flags and tracer read from p); when the tracer has gone, p's trace
// flags are cleared as erl does when it finds a dead tracer.
void emit(vm::Process* p, std::uint32_t needed_flag, Term what, std::initializer_list<Term> extra);

// erlang:trace/3's flag list: the flag bits and the tracer (left as is if none is given); false for a
// bad list (bifs/trace_bifs.cpp).
bool parse_flags(Term list, std::uint32_t& flags, Term& tracer);
// The match-spec trace functions' change (erl's set_match_trace): q's flags become (old & ~off) | on
// and its tracer `tracer` (kNil: the caller had none; q's flags then stay but nothing is sent) or
// none when no flag is left. False, with nothing changed, when q has another live tracer.
bool set_match_trace(vm::Process* q, Term tracer, std::uint32_t off, std::uint32_t on, bool* changed);
// erlang:system_flag(trace_control_word, N) / system_info(trace_control_word): 32 bits the
// get_tcw/set_tcw match spec functions read and write.
extern std::atomic<std::uint32_t> g_control_word;

// Copies the trace flags and tracer of `from` to `to` (set_on_spawn / set_on_link inheritance).
void inherit(vm::Process* from, vm::Process* to, std::uint32_t flags);

}  // namespace ember::bifs::trace
