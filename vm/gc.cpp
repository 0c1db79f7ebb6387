#include "vm/gc.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>

#include "vm/binary.hpp"
#include "vm/literal_area.hpp"
#include "vm/magic_ref.hpp"
#include "vm/services.hpp"

namespace ember::vm {

namespace {

// Heap sizing after a GC (non-generational: every GC copies all live data, so the work per allocated
// word is live / (heap - live)). Measured (user s): heap = 2x live: bench_floats 1.20 (GC 21% of the
// run), 4x: 1.02, 8x: 0.93; a flat 10946-word floor: bench_floats 0.84, bench_format 2.10 -> 1.93,
// bench_tuples 1.62 -> 1.52, but bench_procs' 1000 ring processes went 0.67 -> 1.0 s and 24 -> 170 MB.
// So the floor scales with the live data: min(32x live, this cap).
constexpr Word kHeapSlackCap = 10946;

// system_flag(max_heap_size): size << 2 | kill << 1 | error_logger (a size is a small integer, < 2^59).
std::atomic<Word> g_default_max_heap{0b11};

// The check at the start of a collection (OTP erl_gc.c minor_collection/major_collection): the heap the
// collection would make is the current block, its fragments and the new block (`new_block` words), as
// erl counts the young heap, the heap fragments and the new heap (Ember has no old heap), plus, unless
// message_queue_data is off_heap, the fragments of the messages in the private queue (erl counts the
// messages of its inner queue as young data; Ember leaves them in their fragments until received).
// Past the limit: the report if error_logger is set, and with kill the process is to end (true).
bool max_heap_size_reached(Process* p, Word new_block) {
    Word current = static_cast<Word>(p->heap_end - p->heap_start) + p->fragment_words;
    if (!p->message_queue_off_heap)
        for (const Message* m = p->queue_head; m; m = m->next)
            if (m->fragment) current += m->fragment->used;
    Word total = current + new_block;
    if (total <= p->max_heap.size) return false;
    if (p->max_heap.error_logger) report_max_heap_size(p, total, static_cast<Word>(p->heap_end - p->heap_start) + new_block);
    if (!p->max_heap.kill) return false;
    p->max_heap_killed = true;
    return true;
}

}  // namespace

MaxHeapSize default_max_heap_size() {
    Word w = g_default_max_heap.load(std::memory_order_relaxed);
    return MaxHeapSize{w >> 2, (w & 2) != 0, (w & 1) != 0};
}

void set_default_max_heap_size(MaxHeapSize value) {
    g_default_max_heap.store(value.size << 2 | Word(value.kill) << 1 | Word(value.error_logger), std::memory_order_relaxed);
}

Word next_heap_size(Word words) {
    // OTP erl_gc.c heap_sizes: 12, 38, then a(n) = a(n-1) + a(n-2) + 1 (..., 233, 376, 610, 987, 1598,
    // ...) while below 1M words, then 20% steps (system_info(heap_sizes) lists the same table).
    Word a = 12, b = 38;
    while (a < words) {
        Word next = b + a + 1;
        if (next >= 1'000'000) next = b + b / 5;
        a = b;
        b = next;
    }
    return a;
}

namespace {

// Where the term words of a boxed object are, as [first, first + count) word offsets from the header.
struct TermWords {
    Word first;
    Word count;
};

TermWords term_words(const Term* obj) {
    Term h = obj[0];
    Word arity = header_arity(h);
    switch (header_subtag(h)) {
    case Subtag::Tuple: return {1, arity};
    case Subtag::MatchContext: return {1, 1};
    case Subtag::Fun: return {2, arity - 1};
    case Subtag::SubBinary: return {4, 1};
    case Subtag::Map: return {1, arity};  // non-term words of map nodes are immediate-tagged (vm/map.hpp)
    default: return {0, 0};  // bignums, floats, refs, exports, binaries, externals: no terms inside
    }
}

class Collector {
public:
    Collector(Term* to_start, Term* to_end) : m_top(to_start), m_end(to_end) {}

    // Returns the term's new location, copying it on first visit. Immediates and literals stay.
    Term evacuate(Term t) {
        switch (primary_tag(t)) {
        case kTagList: {
            Term* cell = list_ptr(t);
            if (is_literal_ptr(cell)) return t;
            if (cell[0] == kNonValue) return cell[1];  // moved: car = 0, cdr = new term
            Term* to = m_top;
            m_top += 2;
            to[0] = cell[0];
            to[1] = cell[1];
            Term moved = make_list(to);
            cell[0] = kNonValue;
            cell[1] = moved;
            return moved;
        }
        case kTagBoxed: {
            Term* obj = boxed_ptr(t);
            if (is_literal_ptr(obj)) return t;
            Term h = obj[0];
            if (!is_header(h)) return h;  // moved: the header is the new boxed term
            Word words = header_arity(h) + 1;
            Term* to = m_top;
            m_top += words;
            std::memcpy(to, obj, words * sizeof(Term));
            Term moved = make_boxed(to);
            obj[0] = moved;
            if (is_off_heap_header(h)) {
                to[4] = reinterpret_cast<Word>(m_off_heap);
                m_off_heap = to;
            }
            return moved;
        }
        default:
            return t;
        }
    }

    void evacuate_in_place(Term* slot) { *slot = evacuate(*slot); }

    // Cheney scan of everything copied so far (and copied while scanning).
    void scan(Term* from) {
        Term* s = from;
        while (s < m_top) {
            Term w = *s;
            if (is_header(w)) {
                TermWords tw = term_words(s);
                for (Word k = 0; k < tw.count; ++k) evacuate_in_place(s + tw.first + k);
                s += header_arity(w) + 1;
            } else {
                evacuate_in_place(s);  // a cons cell word
                ++s;
            }
        }
    }

    Term* top() const { return m_top; }
    Term* off_heap() const { return m_off_heap; }

private:
    Term* m_top;
    Term* m_end;
    Term* m_off_heap = nullptr;
};

}  // namespace

void garbage_collect(Process* p, Word need, Term* x, unsigned live, GcSizing sizing) {
    Word heap_used = static_cast<Word>(p->htop - p->heap_start);
    Word stack_used = static_cast<Word>(p->heap_end - p->stop);
    // Growth policy. The to-space must hold everything in case it is all live (`bound`); the heap's
    // logical size is only chosen after collection, from what survived, and the stack then moves down
    // to the logical end, so the heap no longer grows one Fibonacci step per GC: sizing from `bound`
    // alone made it grow on every collection even with tiny live data (bench_floats reached a
    // 2.8M-word heap after 22 GCs, 511k page faults; with this and the sizing below bench_floats went
    // 2.8x -> 1.16x erl; bench_tuples 3.7 -> 2.4 s wall from the page faults alone).
    // The to-space is sized for `bound` only (not a multiple of it): a larger block would stay
    // allocated behind the logical end, and a message relay with a few dozen small fragments kept
    // ~20 KB per process that way (bench_ring: 290 MB RSS against erl's 72 MB). A heap whose live
    // data keeps growing grows one size step per collection.
    Word bound = heap_used + p->fragment_words + stack_used + need;
    Word size = sizing == GcSizing::Exact ? std::max<Word>(bound, 1) : next_heap_size(std::max(p->min_heap_size, bound));
    if (p->max_heap.size != 0 && sizing != GcSizing::Exact) [[unlikely]] {
        if (p->max_heap_unsized) p->max_heap_unsized = false;
        else if (max_heap_size_reached(p, size)) return;
    }

    Term* block = static_cast<Term*>(std::malloc(size * sizeof(Term)));
    if (!block) std::abort();
    Term* block_end = block + size;

    // The stack goes to the top of the new block, unchanged except for evacuated terms.
    Term* new_stop = block_end - stack_used;
    std::memcpy(new_stop, p->stop, stack_used * sizeof(Term));

    Collector c(block, new_stop);
    for (unsigned k = 0; k < live; ++k) c.evacuate_in_place(&x[k]);
    for (Term* s = new_stop; s < block_end; ++s) {
        Term w = *s;
        if (is_header(w) || is_catch(w)) continue;  // CPs (raw code addresses) and catch markers
        *s = c.evacuate(w);
    }
    for (auto& [key, value] : p->dictionary) {
        key = c.evacuate(key);
        value = c.evacuate(value);
    }
    for (Message* m = p->queue_head; m; m = m->next)
        if (!m->fragment) m->term = c.evacuate(m->term);
    for (Term& t : p->saved_x) t = c.evacuate(t);
    p->exc_reason = c.evacuate(p->exc_reason);
    p->exc_stacktrace = c.evacuate(p->exc_stacktrace);
    if (p->exc_args != kNonValue) p->exc_args = c.evacuate(p->exc_args);
    p->exc_error_info = c.evacuate(p->exc_error_info);
    p->exit_reason = c.evacuate(p->exit_reason);
    p->pending_exit = c.evacuate(p->pending_exit);
    p->recv_marker_ref = c.evacuate(p->recv_marker_ref);
    p->bs_put = BsPutState{};  // a heap binary being put into may move
    if (p->relations)
        for (auto& [id, info] : p->relations->monitors) info.tag = c.evacuate(info.tag);
    if (p->request_reply != kNonValue) p->request_reply = c.evacuate(p->request_reply);
    p->dirty_result = c.evacuate(p->dirty_result);
    c.scan(block);

    // Unreached refc binaries and magic refs lose their reference; reached ones were relinked by the collector.
    for (Term* refc = p->off_heap; refc;) {
        Term* next = reinterpret_cast<Term*>(refc[4]);
        if (is_header(refc[0])) off_heap_release(refc);
        refc = next;
    }
    p->off_heap = c.off_heap();

    // Virtual binary heap (OTP erl_gc.c next_vheap_size): the surviving binaries' words become the count;
    // the limit grows by the golden ratio while they fill more than 75% of it, and halves (never below
    // kMinBinVheapSize) when they fill less than 25%.
    // Writable binaries (in-place append) not appended to since the last GC give back their spare room.
    Word vheap = 0;
    for (Term* refc = p->off_heap; refc; refc = reinterpret_cast<Term*>(refc[4])) {
        if (refc[0] == kMagicRefHeader) continue;
        writable_sweep(refc);
        vheap += Word(reinterpret_cast<const Binary*>(refc[2])->size / sizeof(Word));
    }
    Word vheap_sz = p->bin_vheap_sz;
    if (vheap / 3 > vheap_sz / 4) {
        while (vheap / 3 > vheap_sz / 4) vheap_sz += vheap_sz * 618 / 1000;
    } else if (vheap < vheap_sz / 4) {
        vheap_sz = vheap_sz / 2 > p->min_bin_vheap_size ? vheap_sz / 2 : p->min_bin_vheap_size;
    }
    p->bin_vheap_sz = vheap_sz;
    p->bin_vheap_used = vheap;

    for (HeapFragment* f = p->fragments; f;) {
        HeapFragment* next = f->next;
        HeapFragment::destroy(f);
        f = next;
    }
    p->fragments = nullptr;
    p->fragment_words = 0;

    std::free(p->heap_start);
    // Logical size: room for 4x what survived plus `need`, and up to 32x (capped) so that small live
    // sets are not copied over and over, at least min_heap_size. Heap terms never point into the stack, so moving the stack
    // down is a plain copy; the block's tail past the logical end stays untouched until the next GC.
    Word live_words = static_cast<Word>(c.top() - block) + stack_used;
    Word wanted = sizing == GcSizing::Exact    ? std::max<Word>(live_words + need, 1)
                  : sizing == GcSizing::Shrink ? next_heap_size(std::max(p->min_heap_size, live_words + need))
                                               : next_heap_size(std::max({p->min_heap_size, 4 * live_words + need, std::min(32 * live_words, kHeapSlackCap)}));
    // With a max_heap_size, the slack must not be what passes the limit: when the next collection's
    // check (this heap plus a new block one size up) would not fit, the heap grows as erl's does (live
    // data filling about 75%), so a process is killed for about the live data erl allows it.
    if (sizing == GcSizing::Grow && p->max_heap.size != 0 && wanted + next_heap_size(wanted + 1) > p->max_heap.size)
        wanted = next_heap_size(std::max(p->min_heap_size, live_words + live_words / 3 + need));
    if (wanted < size) {
        block_end = block + wanted;
        Term* moved_stop = block_end - stack_used;
        std::memmove(moved_stop, new_stop, stack_used * sizeof(Term));
        new_stop = moved_stop;
    }
    p->heap_start = block;
    p->htop = c.top();
    p->heap_end = block_end;
    p->stop = new_stop;
    p->recent_size = static_cast<Word>(c.top() - block);
    p->fragment_gc_words = p->max_heap.size == 0 ? ~Word(0) : static_cast<Word>(block_end - block);
    ++p->gc_count;
}

}  // namespace ember::vm
