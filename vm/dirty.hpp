// Moving native work to the dirty schedulers (scheduler/dirty.cpp; OTP erl_nif "Dirty NIFs" and
// enif_schedule_nif with ERL_NIF_DIRTY_JOB_*_BOUND).
//
// A BIF registered with a DirtyKind always runs on that pool. A normal BIF that finds its input large
// continues on a dirty pool with `return schedule_dirty(p, &kSpec);` where kSpec names the same MFA, a
// function that does the work without the size check, and the pool. The process is parked meanwhile;
// the value (or exception) is delivered as if the first call had returned it. A dirty function must
// not trap, yield, or end the process (exit_now); it may allocate on the process heap as any BIF.
#pragma once

#include "vm/native.hpp"
#include "vm/process.hpp"

namespace ember::vm {

inline Term schedule_dirty(Process* p, const BifSpec* spec) {
    p->dirty_bif = spec;
    return kNonValue;
}

// The pool of the calling thread: None on a normal scheduler (or a host thread), Cpu or Io on a
// dirty scheduler's thread (erts_debug:dirty_cpu(scheduler, type) reports it).
DirtyKind current_dirty_kind();

// Work sizes above which the BIFs that can run long move to the dirty CPU pool (about a millisecond
// of work each on a current core).
inline constexpr Word kDirtyTermWords = Word(1) << 17;      // term_to_binary: words of the term
inline constexpr std::size_t kDirtyBytes = std::size_t(1) << 20;  // binary_to_term, binary:copy: bytes

// True when the term occupies more than `limit` heap words (binaries by their byte size); stops
// walking as soon as it knows.
bool term_larger_than(Term t, Word limit);

}  // namespace ember::vm
