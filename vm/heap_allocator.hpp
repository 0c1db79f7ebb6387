// Where code that builds terms gets its words (OTP's HAlloc contract).
//
// A HeapAllocator hands out `words` contiguous, uninitialised words that stay valid until the owner's
// next garbage collection. It never fails: a process heap that is full takes a heap fragment instead,
// to be merged at the next GC (so a BIF never triggers a GC in the middle of building a term). Refc
// binaries built on it must be linked to its off-heap list with add_off_heap so their reference is
// dropped when the term dies.
#pragma once

#include "vm/term.hpp"

namespace ember::vm {

class HeapAllocator {
public:
    virtual ~HeapAllocator() = default;
    virtual Term* alloc(Word words) = 0;
    // `refc_header` points at the header word of a refc binary just written with this allocator's
    // memory; its Binary's reference count already includes this object's reference.
    virtual void add_off_heap(Term* refc_header) = 0;
};

}  // namespace ember::vm
