// Deep copy of terms between heaps (OTP erts/emulator/beam/copy.c: size_object, copy_struct).
//
// Used to send messages, to spawn with arguments, to move terms out of ETS and literal areas. Rules:
//  - everything reachable is copied, literals included; shared subterms are copied once per reference
//    (no sharing preservation, like OTP's default);
//  - a refc binary copies its 5-word on-heap part only: the Binary is retained and the new object is
//    registered with the destination's off-heap list (HeapAllocator::add_off_heap);
//  - a sub binary copies as a new sub binary whose original is copied too (a refc original shares the
//    same Binary, a heap binary original is copied with its bytes);
//  - funs copy their free variables; FunEntry* and Export* pointers are copied as they are;
//  - match contexts are never copied: term_size reports them and copy_term returns kNonValue.
// Both functions are iterative (Cheney-style scan of the copy), so long lists and deep nesting are fine.
#pragma once

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

// Heap words a copy of `t` needs (0 for an immediate). *has_match_context is set if `t` contains a
// match context (then the size is meaningless).
Word term_size(Term t, bool* has_match_context = nullptr);

// Heap words of `t` counting each shared subterm once and literals not at all
// (erts_debug:size_shared/1, OTP copy.c size_shared).
Word term_size_shared(Term t);

// A copy of `t` that keeps its sharing: each object reachable from it is copied once and every
// reference to it points to that copy (OTP copy.c copy_shared_calculate/copy_shared_perform;
// erts_debug:copy_shared/2, persistent_term:put/2). Literals stay where they are unless
// `copy_literals`. One allocation from `heap`; kNonValue if `t` contains a match context.
Term copy_term_shared(Term t, HeapAllocator& heap, bool copy_literals);
// The words copy_term_shared(t, heap, true) allocates.
Word copy_shared_size(Term t);

// A deep copy of `t` made with words from `heap` (one allocation of term_size(t) words). Returns `t` for
// an immediate and kNonValue if `t` contains a match context.
Term copy_term(Term t, HeapAllocator& heap);
// The same into `words` (>= term_size(t)) words at hp; refc binaries are registered with `heap`.
Term copy_term_to(Term t, Term* hp, HeapAllocator& heap);

}  // namespace ember::vm
