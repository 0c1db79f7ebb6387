// A heap that never collects, for terms built outside any process (NIF environments, host-side
// conversions, driver output terms): blocks of HeapFragment chained newest first; refc binaries and
// magic refs built on it hold one count each on its off-heap list (linked through word 4), dropped by
// clear() or the destructor. Terms on it live until then.
#pragma once

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

struct HeapFragment;

class ScratchHeap final : public HeapAllocator {
public:
    ScratchHeap() = default;
    ScratchHeap(const ScratchHeap&) = delete;
    ScratchHeap& operator=(const ScratchHeap&) = delete;
    ~ScratchHeap() override { clear(); }
    Term* alloc(Word words) override;
    void add_off_heap(Term* header) override;
    // Frees every term made on it (releasing their off-heap objects); the heap can be used again.
    void clear();

private:
    HeapFragment* m_blocks = nullptr;  // newest first; the newest has room left
    Term* m_off_heap = nullptr;
};

}  // namespace ember::vm
