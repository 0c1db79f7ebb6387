// OwnedTerm: an immutable term that lives outside every process heap (OTP: erl_nif's enif_make_copy
// into a process-independent environment made by enif_alloc_env; also what ETS and persistent_term do
// when they copy a term out of a process).
//
// Shape: a handle of two words, {Term, storage block}. The storage block is one HeapFragment (vm/
// process.hpp) made by HeapFragment::create and filled by copy_term_to through a FragmentAllocator:
//
//   HeapFragment header | data[0]: reference count (std::atomic<Word>) | data[1..]: the copied term words
//
// The fragment never joins a heap, so the GC never scans it and data[0] is free for the count. Refc
// binaries inside are linked on the fragment's off_heap list as usual, so each holds one reference on
// its Binary; release_fragment drops those references when the last handle goes.
//
// Invariants:
//  - the storage is immutable after copy_of returns, so handles may be copied to and read from any
//    thread without locks (copying a handle is one atomic increment; the last destructor frees);
//  - an immediate (atom, small integer, local pid/port, []) needs no storage: empty() and words() == 0;
//  - a default-constructed OwnedTerm holds [] (kNil) and no storage;
//  - get() is valid for as long as this handle (or any copy of it) lives, whatever happens to the
//    process the term came from (GC, exit) and to the module it came from (literals are copied).
//
// Errors: a term that contains a match context cannot be copied (vm/copy.hpp); copy_of then returns a
// handle with is_value() == false whose get() is kNonValue. copy_of(kNonValue) does the same. Nothing
// throws except std::bad_alloc from std::vector in copy_all; storage allocation aborts on exhaustion
// like every HeapFragment.
//
// Limitation (as OTP): a copied fun keeps its FunEntry* / Export* pointers; the fun is only callable
// while its module's code is loaded.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

struct HeapFragment;

class OwnedTerm {
public:
    OwnedTerm() noexcept = default;  // [] with no storage
    OwnedTerm(const OwnedTerm& other) noexcept;
    OwnedTerm(OwnedTerm&& other) noexcept;
    OwnedTerm& operator=(const OwnedTerm& other) noexcept;
    OwnedTerm& operator=(OwnedTerm&& other) noexcept;
    ~OwnedTerm();

    // A deep copy of `t` (read from any heap or literal area; the caller must keep `t` alive and
    // unchanged during the call, e.g. own the process). One allocation of term_size(t) + 1 words plus
    // the fragment header; none for an immediate.
    static OwnedTerm copy_of(Term t);
    // Deep copies of several terms sharing one storage block (one allocation), e.g. an exit reason and
    // a result: out[i] is the copy of terms[i]. The block lives until the last of the handles goes.
    static std::vector<OwnedTerm> copy_all(std::span<const Term> terms);

    Term get() const noexcept { return m_term; }
    // False when the copy failed (the source contained a match context, or was kNonValue).
    bool is_value() const noexcept { return m_term != kNonValue; }
    // True when this handle keeps no storage: the term is an immediate (or the copy failed).
    bool empty() const noexcept { return m_storage == nullptr; }
    // Term words in the storage block this handle keeps alive (for copy_of: exactly term_size(t);
    // for copy_all: the sum over all the terms copied together). 0 when empty().
    std::size_t words() const noexcept;
    // Bytes of memory this handle keeps alive: the storage block (header, count word, term words)
    // plus the capacity of every refc Binary it references (counted whole even when shared with other
    // owners, so this is an upper bound on what freeing it gives back). 0 when empty(). O(refc
    // binaries in the block).
    std::size_t bytes() const noexcept;
    // Handles sharing this storage block (1 for the only owner), 0 when empty(). For tests and stats.
    std::size_t use_count() const noexcept;
    // True when both handles keep the same storage block alive (made together by copy_all, or copies
    // of one handle). False when either is empty().
    bool same_storage(const OwnedTerm& other) const noexcept {
        return m_storage != nullptr && m_storage == other.m_storage;
    }

    // io_lib:format("~w", [T]) text (vm/term_print.hpp); "THE_NON_VALUE" when !is_value().
    std::string to_string() const;
    // A plain deep copy into `heap` (a process heap, a fragment, a test heap): the result lives as long
    // as that heap's terms do and is independent of this handle. Immediates are returned as they are;
    // kNonValue when !is_value().
    Term copy_into(HeapAllocator& heap) const;

private:
    OwnedTerm(Term t, HeapFragment* storage) noexcept : m_term(t), m_storage(storage) {}
    void retain() const noexcept;
    void release() noexcept;

    Term m_term = kNil;
    HeapFragment* m_storage = nullptr;  // data[0] is the reference count
};

}  // namespace ember::vm
