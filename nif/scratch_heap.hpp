// A never-collecting heap for building terms outside processes (host term builders, JSON decoding):
// each allocation is its own chunk, freed with the heap; terms built on it end in OwnedTerm::copy_of.
#pragma once

#include <memory>
#include <vector>

#include "vm/binary.hpp"
#include "vm/heap_allocator.hpp"
#include "vm/magic_ref.hpp"

namespace ember::host {

using vm::HeapAllocator;
using vm::Term;
using vm::Word;

// Refc binaries registered on it are released with it (their copies in an OwnedTerm hold references of
// their own).
class ScratchHeap final : public HeapAllocator {
public:
    ScratchHeap() = default;
    ScratchHeap(const ScratchHeap&) = delete;
    ScratchHeap& operator=(const ScratchHeap&) = delete;
    ~ScratchHeap() override {
        for (Term* h : m_off_heap) vm::off_heap_release(h);
    }
    Term* alloc(Word words) override {
        m_chunks.push_back(std::make_unique<Term[]>(words ? words : 1));
        return m_chunks.back().get();
    }
    void add_off_heap(Term* refc_header) override { m_off_heap.push_back(refc_header); }

private:
    std::vector<std::unique_ptr<Term[]>> m_chunks;
    std::vector<Term*> m_off_heap;
};

}  // namespace ember::host
