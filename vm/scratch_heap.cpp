#include "vm/scratch_heap.hpp"

#include <algorithm>

#include "vm/magic_ref.hpp"
#include "vm/process.hpp"

namespace ember::vm {

Term* ScratchHeap::alloc(Word words) {
    if (!m_blocks || m_blocks->used + words > m_blocks->size) {
        HeapFragment* f = HeapFragment::create(std::max<Word>(words, 512));
        f->next = m_blocks;
        m_blocks = f;
    }
    Term* p = m_blocks->data + m_blocks->used;
    m_blocks->used += words;
    return p;
}

void ScratchHeap::add_off_heap(Term* header) {
    header[4] = reinterpret_cast<Word>(m_off_heap);
    m_off_heap = header;
}

void ScratchHeap::clear() {
    for (Term* obj = m_off_heap; obj;) {
        Term* next = reinterpret_cast<Term*>(obj[4]);
        off_heap_release(obj);
        obj = next;
    }
    m_off_heap = nullptr;
    while (m_blocks) {
        HeapFragment* next = m_blocks->next;
        HeapFragment::destroy(m_blocks);
        m_blocks = next;
    }
}

}  // namespace ember::vm
