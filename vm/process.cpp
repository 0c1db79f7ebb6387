#include "vm/process.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "vm/binary.hpp"
#include "vm/magic_ref.hpp"
#include "vm/gc.hpp"
#include "vm/interp.hpp"

namespace ember::vm {

HeapFragment* HeapFragment::create(Word words) {
    auto* f = static_cast<HeapFragment*>(std::malloc(sizeof(HeapFragment) + words * sizeof(Word)));
    if (!f) std::abort();
    new (f) HeapFragment();
    f->size = words;
    return f;
}

void HeapFragment::destroy(HeapFragment* f) {
    f->~HeapFragment();
    std::free(f);
}

Process::Process() {
    Word size = next_heap_size(min_heap_size);
    heap_start = heap_block_alloc(size);
    heap_block_words = size;
    htop = heap_start;
    high_water = heap_start;
    heap_end = heap_start + size;
    stop = heap_end;
    gc_wanted = g_gc_stress;
}

void Process::set_min_heap_size(Word words) {
    min_heap_size = next_heap_size(std::max<Word>(words, 233));
    if (htop != heap_start || stop != heap_end || fragments) return;
    Word size = Word(heap_end - heap_start);
    if (size >= min_heap_size) return;
    heap_block_free(heap_start, heap_block_words);
    heap_start = heap_block_alloc(min_heap_size);
    heap_block_words = min_heap_size;
    htop = heap_start;
    high_water = heap_start;
    heap_end = heap_start + min_heap_size;
    stop = heap_end;
}

Process::~Process() {
    if (re_valid_binary) re_valid_binary->release();
    for (Term* list : {off_heap, old_off_heap})
        for (Term* refc = list; refc;) {
            Term* next = reinterpret_cast<Term*>(refc[4]);
            off_heap_release(refc);
            refc = next;
        }
    for (HeapFragment* f = fragments; f;) {
        HeapFragment* next = f->next;
        HeapFragment::destroy(f);
        f = next;
    }
    for (Message* m = queue_head; m;) {
        Message* next = m->next;
        if (m->fragment) release_fragment(m->fragment);
        delete m;
        m = next;
    }
    for (Signal* s = inbox_head; s;) {
        Signal* next = s->next;
        if (s->fragment) release_fragment(s->fragment);
        delete s;
        s = next;
    }
    heap_block_free(heap_start, heap_block_words);
    if (old_heap_start) heap_block_free(old_heap_start, Word(old_heap_end - old_heap_start));
}

// A limit set on a heap that grew without one marks it unsized (vm/gc.cpp skips one check); a new
// process's heap is still at its minimum.
void Process::set_max_heap_size(const MaxHeapSize& value) {
    if (value.size != 0 && max_heap.size == 0 && static_cast<Word>(heap_end - heap_start) > min_heap_size)
        max_heap_unsized = true;
    max_heap = value;
    fragment_gc_words = value.size == 0 ? ~Word(0) : std::max(static_cast<Word>(heap_end - heap_start), min_heap_size);
    note_gc_counters();
}

// HAlloc: the heap block if there is room, else a fragment (merged by the next GC).
Term* Process::alloc(Word words) {
    if (static_cast<Word>(stop - htop) >= words) {
        Term* p = htop;
        htop += words;
        return p;
    }
    charge_fragments(words);
    if (HeapFragment* f = alloc_fragment; f && f->size - f->used >= words) {
        Term* p = f->data + f->used;
        f->used += words;
        return p;
    }
    // A BIF that builds many small terms on a full heap (a map of thousands of nodes) must not
    // malloc each one: a new fragment has room for as much as the fragments already hold (at least
    // 512 words, at most 1M), so their count grows with the log of the words.
    Word room = std::max(words, std::min<Word>(std::max<Word>(fragment_words, 512), Word(1) << 20));
    HeapFragment* f = HeapFragment::create(room);
    f->used = words;
    f->next = fragments;
    fragments = f;
    alloc_fragment = f;
    return f->data;
}

// Also charges the block's bytes to the virtual binary heap (see bin_vheap_used).
void Process::add_off_heap(Term* refc_header) {
    refc_header[4] = reinterpret_cast<Word>(off_heap);
    off_heap = refc_header;
    charge_bin_vheap(off_heap_binary_words(refc_header));
}

// A message fragment's refc binaries drop their references when the fragment is dropped unread.
void release_fragment(HeapFragment* f) {
    for (Term* refc = f->off_heap; refc;) {
        Term* next = reinterpret_cast<Term*>(refc[4]);
        off_heap_release(refc);
        refc = next;
    }
    HeapFragment::destroy(f);
}


Term* FragmentAllocator::alloc(Word words) {
    if (m_fragment->used + words > m_fragment->size) std::abort();  // callers size fragments exactly
    Term* p = m_fragment->data + m_fragment->used;
    m_fragment->used += words;
    return p;
}

void FragmentAllocator::add_off_heap(Term* refc_header) {
    refc_header[4] = reinterpret_cast<Word>(m_fragment->off_heap);
    m_fragment->off_heap = refc_header;
}

}  // namespace ember::vm
