// Generational copying garbage collection of one process (OTP erl_gc.c), docs/gc.md.
//
// Roots: live x registers, the stack (y registers; CPs and catch markers are skipped), the process
// dictionary, received messages whose fragments were adopted, saved argument registers, and the
// exception state. A minor collection copies (Cheney) what is reachable in the young block and the
// heap fragments: terms below the high-water mark (they survived the previous collection) go to the
// old heap, the rest to a new young block; the old heap is neither copied nor scanned (terms never
// point to younger ones). A major collection copies everything live, old heap included, into a new
// young block and frees the old heap. Literals are left in place; refc binaries that were not
// reached drop their reference.
#pragma once

#include <array>
#include <cstdint>

#include "vm/literal_area.hpp"
#include "vm/process.hpp"

namespace ember::vm {

// Which collection: `Grow` is a minor one unless a major is due (fullsweep_after minor collections
// since the last major, the old heap lacks room for what is to be promoted, or the old heap's
// binaries passed their limit); `Shrink` and `Exact` are major.
// Postcondition: at least `need` words are free between p->htop and p->stop, p->fragments is empty,
// x[0..live) are updated. The stack moves with the heap block: callers reload E from p->stop.
// Except: when the process has a max_heap_size with kill and the collection would pass it, nothing is
// collected and p->max_heap_killed is set; the caller must then end the process (reason killed)
// without touching the heap.
enum class GcSizing {
    Grow,    // the heap keeps room to grow (the normal policy, at least min_heap_size)
    Shrink,  // the smallest heap size that holds the live data, at least min_heap_size (erlang:garbage_collect)
    Exact,  // the heap is exactly the live data plus `need` and the stack (erlang:hibernate/3)
};
// `releasing` (vm/literal_release.hpp): a literal area about to be freed; the collection is then
// major and copies the area's terms the process refers to into its heap, as ordinary terms
// (OTP erts_garbage_collect_literals). Terms shared within the process stay shared.
void garbage_collect(Process* p, Word need, Term* x, unsigned live, GcSizing sizing = GcSizing::Grow,
                     const LiteralArea* releasing = nullptr);

// GC stress (EMBER_GC_STRESS, vm/interp.hpp g_gc_stress): whether a GC point of p (stack top `stop`)
// collects although its heap has room. A small process collects at every GC point; one whose
// collection costs more (a deep stack, a large young generation, a large old heap a major collection
// copies) collects at every n-th, n growing with that cost (about one per 2,048 words of it), so a
// stress run stays linear in the work. Under stress every eighth collection of a process is a major
// one, so both kinds run everywhere.
bool gc_stress_due(Process* p, const Term* stop);

// erlang:system_flag(max_heap_size): the setting a new process gets unless spawn_opt gives one
// (spawn does not inherit the parent's). Thread-safe.
MaxHeapSize default_max_heap_size();
void set_default_max_heap_size(MaxHeapSize value);

// process_info(P, garbage_collection_info) (OTP erl_gc.c erts_process_gc_info): erl's keys in erl's
// order with their values in words. `heap_block_size` is the young block's size to report (the
// max_heap_size report counts the block a collection would make).
struct GcInfoItem {
    const char* key;
    Word value;
};
std::array<GcInfoItem, 11> gc_info_items(const Process* p, Word heap_block_size);

// statistics(garbage_collection): collections since the VM started and the words they reclaimed
// (heap and old heap in use before, minus after). Thread-safe.
struct GcTotals {
    std::uint64_t collections;
    std::uint64_t words_reclaimed;
};
GcTotals gc_totals();

// Heap sizes follow OTP's growth table (Fibonacci-like); this is the next size >= words.
Word next_heap_size(Word words);

// Memory for heap blocks (young and old heaps) of `words` words, uninitialised; never fails (aborts
// when memory is exhausted). Each thread keeps a few recently freed blocks (bounded in count and
// bytes) and hands them out again for the same size or one up to a third smaller (the caller uses
// `words` of it and frees it as `words`), so a process that collects over and over reuses pages that
// are already mapped instead of faulting in new ones. A block may be freed on any thread.
Term* heap_block_alloc(Word words);
void heap_block_free(Term* block, Word words);
// A scheduler thread about to sleep: when it allocated and freed no heap block since its previous
// call, its cached blocks go back to the allocator, so an idle VM does not keep them resident.
void heap_block_cache_idle();

}  // namespace ember::vm
