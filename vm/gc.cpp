#include "vm/gc.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <unordered_map>

#include <sys/mman.h>

#include "vm/binary.hpp"
#include "vm/interp.hpp"
#include "vm/literal_area.hpp"
#include "vm/magic_ref.hpp"
#include "vm/services.hpp"
#include "vm/system_monitor.hpp"
#include "vm/trace.hpp"

namespace ember::vm {

namespace {

// Heap sizing after a GC (the work of a collection per allocated word is about live / (heap - live)).
// Measured (user s, full-sweep collector): heap = 2x live: bench_floats 1.20 (GC 21% of the run), 4x: 1.02, 8x: 0.93; a flat 10946-word floor: bench_floats 0.84, bench_format 2.10 -> 1.93,
// bench_tuples 1.62 -> 1.52, but bench_procs' 1000 ring processes went 0.67 -> 1.0 s and 24 -> 170 MB.
// So the floor scales with the live data: min(32x live, this cap).
constexpr Word kHeapSlackCap = 10946;

// GC stress (gc_stress_due): the words of collection work per GC point it aims at.
constexpr Word kStressCostPerCollection = 2048;

// system_flag(max_heap_size): size << 2 | kill << 1 | error_logger (a size is a small integer, < 2^59).
std::atomic<Word> g_default_max_heap{0b11};

// The check at the start of a collection (OTP erl_gc.c minor_collection/major_collection): the heap the
// collection would make is the current block, the old heap, the fragments and the new blocks
// (`new_block` words), as erl counts the young and old heaps, the heap fragments and the new heap, plus, unless
// message_queue_data is off_heap, the fragments of the messages in the private queue (erl counts the
// messages of its inner queue as young data; Ember leaves them in their fragments until received).
// Past the limit: the report if error_logger is set, and with kill the process is to end (true).
bool max_heap_size_reached(Process* p, Word new_block) {
    Word current = static_cast<Word>(p->heap_end - p->heap_start) + static_cast<Word>(p->old_heap_end - p->old_heap_start) +
                   p->fragment_words;
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

std::array<GcInfoItem, 11> gc_info_items(const Process* p, Word heap_block_size) {
    return {{
        {"old_heap_block_size", static_cast<Word>(p->old_heap_end - p->old_heap_start)},
        {"heap_block_size", heap_block_size},
        {"mbuf_size", p->fragment_words},
        {"recent_size", p->recent_size},
        {"stack_size", static_cast<Word>(p->heap_end - p->stop)},
        {"old_heap_size", static_cast<Word>(p->old_htop - p->old_heap_start)},
        {"heap_size", static_cast<Word>(p->htop - p->heap_start)},
        {"bin_vheap_size", p->bin_vheap_used},
        {"bin_vheap_block_size", p->bin_vheap_sz},
        {"bin_old_vheap_size", p->bin_old_vheap},
        {"bin_old_vheap_block_size", p->bin_old_vheap_sz},
    }};
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

// One collection's copying (Cheney). Terms in [aged_lo, aged_hi) are promoted: copied to the old
// to-space at `old_top`; everything else that is neither a literal nor in [old_lo, old_hi) (the old
// heap, left in place by a minor collection) goes to the young to-space at `young_top`. A major
// collection passes empty aged and old ranges.
class Collector {
public:
    // `releasing`: a literal area whose terms are copied like heap terms (a major collection only).
    Collector(Term* young_top, Term* old_top, const Term* aged_lo, const Term* aged_hi, const Term* old_lo,
              const Term* old_hi, const LiteralArea* releasing = nullptr)
        : m_releasing(releasing),
          m_top(young_top),
          m_old_top(old_top),
          m_aged_lo(address(aged_lo)),
          m_aged_bytes(address(aged_hi) - address(aged_lo)),
          m_old_lo(address(old_lo)),
          m_old_bytes(address(old_hi) - address(old_lo)) {}

    // Returns the term's new location, copying it on first visit. Immediates, literals and (in a
    // minor collection) old-heap terms stay.
    Term evacuate(Term t) {
        switch (primary_tag(t)) {
        case kTagList: {
            Term* cell = list_ptr(t);
            if (is_literal_ptr(cell)) [[unlikely]]
                return m_releasing && m_releasing->contains(cell) ? copy_literal(cell, 2, t) : t;
            if (in_old(cell)) return t;
            if (cell[0] == kNonValue) return cell[1];  // moved: car = 0, cdr = new term
            Term* to = destination(cell, 2);
            to[0] = cell[0];
            to[1] = cell[1];
            Term moved = make_list(to);
            cell[0] = kNonValue;
            cell[1] = moved;
            return moved;
        }
        case kTagBoxed: {
            Term* obj = boxed_ptr(t);
            if (is_literal_ptr(obj)) [[unlikely]]
                return m_releasing && m_releasing->contains(obj) ? copy_literal(obj, header_arity(obj[0]) + 1, t) : t;
            if (in_old(obj)) return t;
            Term h = obj[0];
            if (!is_header(h)) return h;  // moved: the header is the new boxed term
            Word words = header_arity(h) + 1;
            bool promoted = aged(obj);
            Term* to = destination(obj, words);
            std::memcpy(to, obj, words * sizeof(Term));
            Term moved = make_boxed(to);
            obj[0] = moved;
            if (is_off_heap_header(h)) {
                if (promoted) {
                    to[4] = reinterpret_cast<Word>(m_old_off_heap);
                    if (!m_old_off_heap) m_old_off_heap_last = to;
                    m_old_off_heap = to;
                } else {
                    to[4] = reinterpret_cast<Word>(m_off_heap);
                    m_off_heap = to;
                }
            }
            return moved;
        }
        default:
            return t;
        }
    }

    void evacuate_in_place(Term* slot) { *slot = evacuate(*slot); }

    // Cheney scan of everything copied to either to-space so far (and copied while scanning).
    void scan(Term* young_from, Term* old_from) {
        Term* ys = young_from;
        Term* os = old_from;
        while (ys < m_top || os < m_old_top) {
            ys = scan_area(ys, m_top);
            os = scan_area(os, m_old_top);
        }
    }

    Term* top() const { return m_top; }
    Term* old_top() const { return m_old_top; }
    Term* off_heap() const { return m_off_heap; }
    Term* old_off_heap() const { return m_old_off_heap; }
    Term* old_off_heap_last() const { return m_old_off_heap_last; }

private:
    // Range tests on addresses: a term may be in another block (a fragment), and a range may be empty
    // (nullptr), where pointer subtraction would be undefined.
    static std::uintptr_t address(const Term* p) { return reinterpret_cast<std::uintptr_t>(p); }
    bool in_old(const Term* p) const { return address(p) - m_old_lo < m_old_bytes; }
    bool aged(const Term* p) const { return address(p) - m_aged_lo < m_aged_bytes; }

    // A term of the area being released, copied to the young to-space once. The area is shared with
    // other processes, so the forwarding address is kept here, not written over the original.
    Term copy_literal(const Term* from, Word words, Term t) {
        auto [it, fresh] = m_literal_copies.try_emplace(from, kNonValue);
        if (!fresh) return it->second;
        Term* to = m_top;
        m_top += words;
        std::memcpy(to, from, words * sizeof(Term));
        Term moved = is_list(t) ? make_list(to) : make_boxed(to);
        if (is_boxed(t) && is_off_heap_header(to[0])) {
            off_heap_retain(to);  // the area drops its own reference when it is freed
            to[4] = reinterpret_cast<Word>(m_off_heap);
            m_off_heap = to;
        }
        it->second = moved;
        return moved;
    }

    Term* destination(const Term* from, Word words) {
        Term*& top = aged(from) ? m_old_top : m_top;
        Term* to = top;
        top += words;
        return to;
    }

    // Scans from s until s reaches `top`, which grows while scanning; returns where it stopped.
    Term* scan_area(Term* s, Term* const& top) {
        while (s < top) {
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
        return s;
    }

    const LiteralArea* m_releasing;
    std::unordered_map<const Term*, Term> m_literal_copies;
    Term* m_top;
    Term* m_old_top;
    std::uintptr_t m_aged_lo;
    std::uintptr_t m_aged_bytes;
    std::uintptr_t m_old_lo;
    std::uintptr_t m_old_bytes;
    Term* m_off_heap = nullptr;
    Term* m_old_off_heap = nullptr;
    Term* m_old_off_heap_last = nullptr;
};

// Every root of p (see gc.hpp), with the stack already copied to [new_stop, block_end).
void evacuate_roots(Collector& c, Process* p, Term* x, unsigned live, Term* new_stop, Term* block_end) {
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
}

// Drops the reference of every entry of an off-heap list that was not moved (unreached).
void release_unreached(Term* list) {
    for (Term* refc = list; refc;) {
        Term* next = reinterpret_cast<Term*>(refc[4]);
        if (is_header(refc[0])) off_heap_release(refc);
        refc = next;
    }
}

// Words of the refc binaries on an off-heap list (magic refs do not count); writable binaries not
// appended to since the last GC give back their spare room on the way.
Word sweep_binaries(Term* list) {
    Word words = 0;
    for (Term* refc = list; refc; refc = reinterpret_cast<Term*>(refc[4])) {
        if (refc[0] == kMagicRefHeader) continue;
        writable_sweep(refc);
        words += Word(reinterpret_cast<const Binary*>(refc[2])->size / sizeof(Word));
    }
    return words;
}

// Virtual binary heap limit (OTP erl_gc.c next_vheap_size): grows by the golden ratio while the
// binaries fill more than 75% of it, halves (never below `floor`) when they fill less than 25%.
Word next_vheap_size(Word used, Word size, Word floor) {
    if (used / 3 > size / 4) {
        while (used / 3 > size / 4) size += size * 618 / 1000;
    } else if (used < size / 4) {
        size = size / 2 > floor ? size / 2 : floor;
    }
    return size;
}

void free_fragments(Process* p) {
    for (HeapFragment* f = p->fragments; f;) {
        HeapFragment* next = f->next;
        HeapFragment::destroy(f);
        f = next;
    }
    p->fragments = nullptr;
    p->alloc_fragment = nullptr;
    p->fragment_words = 0;
}

void free_old_heap(Process* p) {
    if (!p->old_heap_start) return;
    heap_block_free(p->old_heap_start, static_cast<Word>(p->old_heap_end - p->old_heap_start));
    p->old_heap_start = p->old_htop = p->old_heap_end = nullptr;
}

// The heap's logical size after a collection: room for 4x what survived plus `need`, and up to 32x
// (capped) so that small live sets are not copied over and over, at least min_heap_size.
Word grown_size(const Process* p, Word live_words, Word need) {
    Word wanted = next_heap_size(std::max({p->min_heap_size, 4 * live_words + need, std::min(32 * live_words, kHeapSlackCap)}));
    // With a max_heap_size, the slack must not be what passes the limit: when the next collection's
    // check (this heap plus a new block one size up) would not fit, the heap grows as erl's does (live
    // data filling about 75%), so a process is killed for about the live data erl allows it.
    if (p->max_heap.size != 0 && wanted + next_heap_size(wanted + 1) > p->max_heap.size)
        wanted = next_heap_size(std::max(p->min_heap_size, live_words + live_words / 3 + need));
    return wanted;
}

// Installs the new young block [block, block + size) with terms up to `top` and the stack copied to
// [new_stop, block + size), moving the stack down to the logical end `wanted` when that is smaller.
void install_young(Process* p, Term* block, Word size, Term* top, Term* new_stop, Word stack_used, Word wanted) {
    heap_block_free(p->heap_start, p->heap_block_words);
    Term* block_end = block + size;
    if (wanted < size) {
        // Heap terms never point into the stack, so moving it down is a plain copy; the block's tail
        // past the logical end stays untouched until the next GC.
        block_end = block + wanted;
        Term* moved_stop = block_end - stack_used;
        std::memmove(moved_stop, new_stop, stack_used * sizeof(Term));
        new_stop = moved_stop;
    }
    p->heap_start = block;
    p->heap_block_words = size;
    p->htop = top;
    p->high_water = top;  // everything that survived is promoted by the next minor collection
    p->heap_end = block_end;
    p->stop = new_stop;
    p->recent_size = static_cast<Word>(top - block);
    p->fragment_gc_words = p->max_heap.size == 0 ? ~Word(0) : static_cast<Word>(block_end - block);
    ++p->gc_count;
}

// Everything live into a new young block; the old heap goes.
// `releasing`: a literal area whose terms the process still refers to are copied too.
void major_collection(Process* p, Word need, Term* x, unsigned live, GcSizing sizing,
                      const LiteralArea* releasing = nullptr) {
    Word heap_used = static_cast<Word>(p->htop - p->heap_start);
    Word old_used = static_cast<Word>(p->old_htop - p->old_heap_start);
    Word stack_used = static_cast<Word>(p->heap_end - p->stop);
    // The to-space must hold everything in case it is all live (`bound`); the heap's logical size is
    // only chosen after collection, from what survived (see grown_size), and the stack then moves
    // down to the logical end. Sizing from `bound` alone made the heap grow on every collection even
    // with tiny live data (bench_floats reached a 2.8M-word heap after 22 GCs, 511k page faults).
    Word bound = heap_used + old_used + p->fragment_words + stack_used + need;
    if (releasing) bound += releasing->words();
    if (sizing == GcSizing::Grow) bound += stack_used / 2;  // as in minor_collection
    Word size = sizing == GcSizing::Exact ? std::max<Word>(bound, 1) : next_heap_size(std::max(p->min_heap_size, bound));
    if (p->max_heap.size != 0 && sizing != GcSizing::Exact) [[unlikely]] {
        if (p->max_heap_unsized) p->max_heap_unsized = false;
        else if (max_heap_size_reached(p, size)) return;
    }

    Term* block = heap_block_alloc(size);
    Term* new_stop = block + size - stack_used;
    std::memcpy(new_stop, p->stop, stack_used * sizeof(Term));
    Collector c(block, nullptr, nullptr, nullptr, nullptr, nullptr, releasing);
    evacuate_roots(c, p, x, live, new_stop, block + size);
    c.scan(block, nullptr);

    release_unreached(p->off_heap);
    release_unreached(p->old_off_heap);
    p->off_heap = c.off_heap();
    p->old_off_heap = nullptr;
    Word vheap = sweep_binaries(p->off_heap);
    p->bin_vheap_sz = next_vheap_size(vheap, p->bin_vheap_sz, p->min_bin_vheap_size);
    p->bin_vheap_used = vheap;
    // Every live binary is promoted by the next minor collection: the old heap's limit leaves them room.
    p->bin_old_vheap = 0;
    p->bin_old_vheap_sz = next_vheap_size(vheap, std::max(p->bin_old_vheap_sz, kMinBinVheapSize), kMinBinVheapSize);

    free_fragments(p);
    free_old_heap(p);
    Word live_words = static_cast<Word>(c.top() - block) + stack_used;
    Word wanted = sizing == GcSizing::Exact    ? std::max<Word>(live_words + need, 1)
                  : sizing == GcSizing::Shrink ? next_heap_size(std::max(p->min_heap_size, live_words + need))
                                               : grown_size(p, live_words, need);
    install_young(p, block, size, c.top(), new_stop, stack_used, wanted);
    p->minor_gcs = 0;
}

// The young block and fragments only: aged terms to the old heap, the rest to a new young block.
void minor_collection(Process* p, Word need, Term* x, unsigned live) {
    Word young_size = static_cast<Word>(p->heap_end - p->heap_start);
    Word heap_used = static_cast<Word>(p->htop - p->heap_start);
    Word aged = static_cast<Word>(p->high_water - p->heap_start);
    Word stack_used = static_cast<Word>(p->heap_end - p->stop);
    // As OTP's minor collection: the new young block is sized for the whole young generation in use
    // (so the young heap keeps its size while it fills up between collections), and shrinks below
    // only when it turns out mostly empty (see below).
    // The stack counts one and a half times: a process deep in recursion, whose stack fills the block,
    // gets free heap in proportion to its stack, so the collections that copy that stack stay rare.
    // And at least Ember's small-heap slack for what survived the last collection (32x, at most
    // kHeapSlackCap, as grown_size): a collection here costs more than erl's, so a small process
    // should not collect every few hundred words.
    Word slack = std::min(32 * (p->recent_size + stack_used), kHeapSlackCap) + need;
    Word in_use = std::max(p->min_heap_size, heap_used + p->fragment_words + stack_used + stack_used / 2 + need);
    Word size = next_heap_size(std::max(in_use, slack));
    // A new old heap leaves room for as much again as is promoted now (OTP sizes it from the whole
    // young heap in use, which with Ember's larger young heaps cost processes that promote little
    // tens of KB each).
    Word new_old = aged != 0 && !p->old_heap_start ? next_heap_size(2 * aged) : 0;
    if (p->max_heap.size != 0) [[unlikely]] {
        // The slack must not be what passes the limit (as grown_size): without it the block is sized
        // for what is in use, as erl's, so a process is killed for the data erl kills it for.
        if (size + new_old > p->max_heap.size) size = next_heap_size(in_use);
        if (p->max_heap_unsized) p->max_heap_unsized = false;
        else if (max_heap_size_reached(p, size + new_old)) return;
    }
    if (new_old != 0) {
        p->old_heap_start = p->old_htop = heap_block_alloc(new_old);
        p->old_heap_end = p->old_heap_start + new_old;
    }

    Term* block = heap_block_alloc(size);
    Term* new_stop = block + size - stack_used;
    std::memcpy(new_stop, p->stop, stack_used * sizeof(Term));
    Term* old_from = p->old_htop;
    Collector c(block, old_from, p->heap_start, p->high_water, p->old_heap_start, old_from);
    evacuate_roots(c, p, x, live, new_stop, block + size);
    c.scan(block, old_from);

    release_unreached(p->off_heap);
    p->off_heap = c.off_heap();
    if (Term* promoted = c.old_off_heap()) {
        p->bin_old_vheap += sweep_binaries(promoted);
        c.old_off_heap_last()[4] = reinterpret_cast<Word>(p->old_off_heap);
        p->old_off_heap = promoted;
    }
    Word vheap = sweep_binaries(p->off_heap);
    p->bin_vheap_sz = next_vheap_size(vheap, p->bin_vheap_sz, p->min_bin_vheap_size);
    p->bin_vheap_used = vheap;

    free_fragments(p);
    p->old_htop = c.old_top();
    // The young heap keeps its size, or grows to Ember's slack for what stayed young (grown_size);
    // heap fragments (received messages, mostly garbage by now) do not make it grow. One that is
    // mostly empty now (its terms were promoted or died) shrinks as OTP's does (over 3,000 words,
    // under a quarter used, and over 8,000 words or larger than the old heap), to Ember's slack for
    // what is young but not below an eighth of the old heap.
    Word live_words = static_cast<Word>(c.top() - block) + stack_used;
    Word old_size = static_cast<Word>(p->old_heap_end - p->old_heap_start);
    Word wanted = std::min(size, std::max(young_size, grown_size(p, live_words, need)));
    if (wanted > 3000 && 4 * (live_words + need) < wanted && (wanted > 8000 || wanted > old_size))
        wanted = std::min(wanted, std::max(grown_size(p, live_words, need), next_heap_size(old_size / 8)));
    install_young(p, block, size, c.top(), new_stop, stack_used, wanted);
    ++p->minor_gcs;
}

}  // namespace

bool gc_stress_due(Process* p, const Term* stop) {
    Word cost = static_cast<Word>(p->heap_end - stop) + p->recent_size +
                static_cast<Word>(p->old_htop - p->old_heap_start) / 8;
    if (cost <= kStressCostPerCollection) return true;
    if (++p->gc_stress_skips * kStressCostPerCollection < cost) return false;
    p->gc_stress_skips = 0;
    return true;
}

namespace {
std::atomic<std::uint64_t> g_collections{0}, g_words_reclaimed{0};

Word heap_words_in_use(const Process* p) {
    return static_cast<Word>(p->htop - p->heap_start) + static_cast<Word>(p->old_htop - p->old_heap_start);
}
}  // namespace

GcTotals gc_totals() {
    return {g_collections.load(std::memory_order_relaxed), g_words_reclaimed.load(std::memory_order_relaxed)};
}

void garbage_collect(Process* p, Word need, Term* x, unsigned live, GcSizing sizing, const LiteralArea* releasing) {
    Word aged = static_cast<Word>(p->high_water - p->heap_start);
    bool major = sizing != GcSizing::Grow || releasing || p->minor_gcs >= p->fullsweep_after ||
                 (g_gc_stress && p->gc_count % 8 == 7) ||
                 p->bin_old_vheap > p->bin_old_vheap_sz ||
                 (p->old_heap_start && static_cast<Word>(p->old_heap_end - p->old_htop) < aged);
    // Traced as erl: every collection but hibernate's (erts_garbage_collect_hibernate reports none).
    bool traced = (p->trace_flags.load(std::memory_order_relaxed) & kTraceGc) && !p->hibernating;
    // erl's trace wordsize and statistics(garbage_collection): the words asked for at the start; the
    // words of heap and old heap that did not survive (as erl's trace shows, heap fragments are not
    // counted).
    Word before = heap_words_in_use(p);
    if (traced) [[unlikely]] trace_gc(p, major, false, need);
    // erlang:system_monitor long_gc / large_heap (vm/system_monitor.hpp): timed only when watched.
    bool monitored = g_system_monitor_gc.load(std::memory_order_relaxed);
    std::chrono::steady_clock::time_point started;
    if (monitored) [[unlikely]] started = std::chrono::steady_clock::now();
    if (std::uint64_t ms = g_test_long_gc_sleep_ms.load(std::memory_order_relaxed)) [[unlikely]]
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    if (major) major_collection(p, need, x, live, sizing, releasing);
    else minor_collection(p, need, x, live);
    if (p->re_valid_binary) [[unlikely]] {  // re:run's memory of a checked subject (vm/process.hpp)
        p->re_valid_binary->release();
        p->re_valid_binary = nullptr;
    }
    if (p->max_heap_killed) return;
    p->gc_wanted = g_gc_stress;
    p->note_gc_counters();
    Word after = heap_words_in_use(p);
    Word reclaimed = before > after ? before - after : 0;
    g_collections.fetch_add(1, std::memory_order_relaxed);
    g_words_reclaimed.fetch_add(reclaimed, std::memory_order_relaxed);
    if (traced) [[unlikely]] trace_gc(p, major, true, reclaimed);
    if (monitored) [[unlikely]] {
        auto took = std::chrono::steady_clock::now() - started;
        system_monitor_gc(p, std::uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(took).count()));
    }
}

// ---- heap blocks ----

namespace {

// A thread's cache of freed heap blocks: at most kCachedBlocks blocks and kCachedBytes bytes, each
// reused for a request of its size or up to a third smaller (heap sizes come from one table, so a
// process that collects repeatedly asks for the sizes it just freed, or their neighbours). 64 MiB
// took bench_lists from 25,000 to 15,000 page faults but its peak RSS from 83 to 107 MB, for no
// measurable time.
constexpr std::size_t kCachedBlocks = 8;
constexpr Word kCachedBytes = Word(16) << 20;

struct BlockCache {
    struct Entry {
        Term* block;
        Word words;
    };
    Entry entries[kCachedBlocks]{};
    std::size_t count = 0;
    Word bytes = 0;
    bool used = false;  // a block was allocated or freed since the last heap_block_cache_idle

    void release() {
        for (std::size_t k = 0; k < count; ++k) std::free(entries[k].block);
        count = 0;
        bytes = 0;
    }
    ~BlockCache() { release(); }
};

thread_local BlockCache t_blocks;

// A large heap block asks for transparent huge pages (where THP is in `madvise` mode, Debian's
// default): filling a 64 MiB young heap or a major collection's to-space then takes 32 page faults
// instead of 16,384 (each costs microseconds, more in a VM). Small blocks stay on normal pages, so an
// idle node's RSS does not grow.
constexpr Word kHugePageBlockBytes = Word(4) << 20;

void advise_huge_pages(void* block, Word bytes) {
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    auto begin = (reinterpret_cast<std::uintptr_t>(block) + kHuge - 1) & ~(kHuge - 1);
    auto end = (reinterpret_cast<std::uintptr_t>(block) + bytes) & ~(kHuge - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // advice only: errors ignored
#else
    (void)block, (void)bytes;
#endif
}

}  // namespace

Term* heap_block_alloc(Word words) {
    BlockCache& cache = t_blocks;
    cache.used = true;
    // The smallest cached block that holds `words` and is at most half as large again: heap sizes
    // move along the size table between collections (a growing list's heap: 1.44M, 1.73M, 2.07M
    // words), so an exact match alone missed most large blocks. The caller uses `words` of it (and
    // frees it as a block of `words`; the rest stays unused).
    std::size_t best = cache.count;
    for (std::size_t k = 0; k < cache.count; ++k) {
        Word have = cache.entries[k].words;
        if (have >= words && have - words <= words / 2 && (best == cache.count || have < cache.entries[best].words))
            best = k;
    }
    if (best != cache.count) {
        std::size_t k = best;
        Term* block = cache.entries[k].block;
        cache.bytes -= cache.entries[k].words * sizeof(Term);
        // Keep the rest in the order they were freed (heap_block_free evicts the oldest first).
        std::memmove(&cache.entries[k], &cache.entries[k + 1], (cache.count - k - 1) * sizeof(BlockCache::Entry));
        --cache.count;
        return block;
    }
    auto* block = static_cast<Term*>(std::malloc(words * sizeof(Term)));
    if (!block) std::abort();
    if (words * sizeof(Term) >= kHugePageBlockBytes) advise_huge_pages(block, words * sizeof(Term));
    return block;
}

void heap_block_free(Term* block, Word words) {
    if (!block) return;
    BlockCache& cache = t_blocks;
    cache.used = true;
    Word bytes = words * sizeof(Term);
    if (bytes <= kCachedBytes) {
        // Make room: the oldest entries go first.
        while (cache.count > 0 && (cache.count == kCachedBlocks || cache.bytes + bytes > kCachedBytes)) {
            std::free(cache.entries[0].block);
            cache.bytes -= cache.entries[0].words * sizeof(Term);
            std::memmove(&cache.entries[0], &cache.entries[1], (cache.count - 1) * sizeof(BlockCache::Entry));
            --cache.count;
        }
        cache.entries[cache.count++] = {block, words};
        cache.bytes += bytes;
        return;
    }
    std::free(block);
}

void heap_block_cache_idle() {
    BlockCache& cache = t_blocks;
    if (!cache.used) cache.release();
    cache.used = false;
}

}  // namespace ember::vm
