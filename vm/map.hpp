// Erlang maps (OTP erts/emulator/beam/erl_map.c, erl_map.h).
//
// Every map node is a boxed object with the Map subtag; word 1 tells flat map from HAMT node. All
// non-term words are immediate-tagged, so a scanner that does not know maps skips them safely.
//
// Flat map (at most kMapFlatMax = 32 keys), keys sorted by compare_exact (vm/compare.hpp):
//
//   [header arity=N+2, Map][make_small(N)][keys tuple {K1..KN}][V1]...[VN]
//
// HAMT ("hashmap", more than 32 keys): a 16-way hash array mapped trie keyed by map_hash
// (vm/hash.hpp), 4 hash bits per level, lowest bits first, exactly OTP 25's layout rules, so iteration
// order is erl's. Nodes hold a bitmap of used slots; children are stored in slot order and are either a
// leaf, a cons cell [Key|Value], or a sub-node:
//
//   head: [header arity=2+k, Map][node word, head bit set][make_small(total size)][child0]...[child k-1]
//   node: [header arity=1+k, Map][node word]              [child0]...[child k-1]
//
//   node word: bitmap << 8 | collision << 7 | head << 6 | 0x1B (the catch immediate tag, which never
//              occurs on a heap)
//
// The hash for level L is map_hash(Key, L / 8) >> (4 * (L % 8)) (vm/hash.hpp: a fresh salted 32-bit
// hash every 8 levels, as OTP 25). Keys whose hashes agree on all kHamtMaxDepth levels (never seen in
// practice) share a collision node: bitmap 0, its leaves unsorted. A map has more than 32 keys if and
// only if it is a HAMT: operations convert in both directions at that boundary, as erl does.
//
// Orders (both as erl 25):
//  - iteration order (maps:iterator/next, maps:fold, io_lib ~p/~w): flat maps in key order; HAMTs in
//    trie order, slot 0 first at every level (map_foreach);
//  - list order (maps:to_list, maps:keys, maps:values, term_to_binary): flat maps in key order; HAMTs
//    in reverse trie order (map_foreach_list_order, map_to_list, map_keys, map_values).
#pragma once

#include <cstdint>
#include <vector>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

inline constexpr Word kFlatMapTag = kImmed1Small;  // low 4 bits of word 1 of a flat map
inline constexpr Word kHashNodeTag = kImmed2Catch;  // low 6 bits of word 1 of a HAMT node
inline constexpr Word kHashHeadBit = Word(1) << 6;
inline constexpr Word kHashCollisionBit = Word(1) << 7;  // a node below the last level: unsorted leaves
inline constexpr int kHamtMaxDepth = 64;                  // levels; deeper keys share a collision node

// ---- layout accessors (precondition: is_map(m), or a HAMT node for the hashmap_* ones) ------------------
inline bool is_flatmap(Term m) { return (boxed_ptr(m)[1] & kImmed1Mask) == kFlatMapTag; }
inline Word flatmap_size(Term m) { return Word(small_value(boxed_ptr(m)[1])); }
inline Term flatmap_keys_tuple(Term m) { return boxed_ptr(m)[2]; }
inline Term* flatmap_keys(Term m) { return tuple_elements(boxed_ptr(m)[2]); }
inline Term* flatmap_values(Term m) { return boxed_ptr(m) + 3; }
inline bool is_hashmap(Term m) { return !is_flatmap(m); }
inline bool is_hashmap_head(Term m) {
    Word w = boxed_ptr(m)[1];
    return (w & kImmed2Mask) == kHashNodeTag && (w & kHashHeadBit) != 0;
}
inline Word hashmap_bitmap(Term node) { return (boxed_ptr(node)[1] >> 8) & 0xFFFF; }
// The children of a HAMT node (head or inner), in slot order.
inline const Term* hashmap_children(Term node, Word& count) {
    const Term* p = boxed_ptr(node);
    bool head = (p[1] & kHashHeadBit) != 0;
    count = header_arity(p[0]) - (head ? 2 : 1);
    return p + (head ? 3 : 2);
}
inline Word map_size(Term m) {
    const Term* p = boxed_ptr(m);
    return Word(small_value(is_flatmap(m) ? p[1] : p[2]));
}

// Heap words of a flat map with n keys (including its keys tuple).
constexpr Word flatmap_words(Word n) { return 3 + n + 1 + n; }

// ---- operations ------------------------------------------------------------------------------------------
// The empty map #{}.
Term map_new(HeapAllocator& heap);
// The value for `key` (exact match, =:=), or kNonValue.
Term map_get(Term map, Term key);
inline bool map_contains(Term map, Term key) { return map_get(map, key) != kNonValue; }
// Map#{Key => Value}. Returns `map` itself when the key already holds exactly this value word.
Term map_put(HeapAllocator& heap, Term map, Term key, Term value);
// Map#{Key := Value}: kNonValue if the key is missing.
Term map_update(HeapAllocator& heap, Term map, Term key, Term value);
// maps:remove/2. Returns `map` itself when the key is missing.
Term map_remove(HeapAllocator& heap, Term map, Term key);
// A map from n keys and values; a later duplicate key wins (maps:from_list, ETF decoding).
Term map_from_pairs(HeapAllocator& heap, const Term* keys, const Term* values, Word n);

enum class MapPutMode { Assoc, Exact };
// put_map_assoc / put_map_exact: sets n pairs at once, `pairs` = K1, V1, K2, V2, ... (a later pair wins).
// Exact: every key must exist; otherwise returns kNonValue and stores the first missing key in
// *missing_key (if non-null). Cheap for small flat maps: one new map, the keys tuple shared when no
// key is added.
Term map_put_many(HeapAllocator& heap, Term map, const Term* pairs, Word n, MapPutMode mode,
                  Term* missing_key = nullptr);
// An upper bound, in words, of what map_put_many(heap, map, pairs, n, ...) allocates (except for keys
// whose hashes collide on many levels, which only cost a heap fragment), so that the put_map
// instructions collect before they build instead of spilling node by node into fragments.
Word map_put_heap_bound(Term map, Word n);
// The same with a bool (true = Exact), for callers written before MapPutMode.
inline Term map_put_many(HeapAllocator& heap, Term map, const Term* pairs, Word n, bool exact,
                         Term* missing_key = nullptr) {
    return map_put_many(heap, map, pairs, n, exact ? MapPutMode::Exact : MapPutMode::Assoc, missing_key);
}
// maps:merge(A, B): B's values win.
Term map_merge(HeapAllocator& heap, Term a, Term b);

// maps:to_list / maps:keys / maps:values, in erl's list order (see above).
Term map_to_list(HeapAllocator& heap, Term map);
Term map_keys(HeapAllocator& heap, Term map);
Term map_values(HeapAllocator& heap, Term map);

// All pairs sorted by compare_exact of the keys (used by term comparison of HAMTs).
void map_sorted_pairs(Term map, std::vector<Term>& keys, std::vector<Term>& values);

// ---- iteration ---------------------------------------------------------------------------------------------
// f(key, value) for every pair, in iteration order (maps:iterator/next, maps:fold, ~p). Iterative.
template <typename F>
void map_foreach(Term map, F&& f) {
    if (is_flatmap(map)) {
        Word n = flatmap_size(map);
        const Term* ks = flatmap_keys(map);
        const Term* vs = flatmap_values(map);
        for (Word i = 0; i < n; ++i) f(ks[i], vs[i]);
        return;
    }
    struct Frame {
        const Term* kids;
        Word count, next;
    };
    Frame stack[kHamtMaxDepth + 2];
    int sp = 0;
    Word count = 0;
    const Term* kids = hashmap_children(map, count);
    stack[sp++] = Frame{kids, count, 0};
    while (sp > 0) {
        Frame& fr = stack[sp - 1];
        if (fr.next == fr.count) {
            --sp;
            continue;
        }
        Term child = fr.kids[fr.next++];
        if (is_list(child)) {
            f(car(child), cdr(child));
            continue;
        }
        kids = hashmap_children(child, count);
        stack[sp++] = Frame{kids, count, 0};
    }
}

// Resumable iteration in iteration order (maps:iterator/next). A cursor is a non-negative integer that
// fits a small integer, so an iterator term can carry it: start with 0; each call returns the next
// pair and advances the cursor, or returns false at the end (the cursor becomes kMapCursorDone).
// HAMT cursors hold the child position at each level, 4 bits a level, so a step costs O(depth).
// FIXME: a HAMT deeper than 14 levels or a collision node with more than 16 leaves (neither seen
// with real keys: both need full 32-bit hash collisions) ends the iteration early.
inline constexpr Word kMapCursorDone = Word(kMaxSmall);
bool map_next(Term map, Word& cursor, Term& key, Term& value);

// f(key, value) for every pair in list order (maps:to_list order; the reverse of iteration order for
// HAMTs, key order for flat maps).
template <typename F>
void map_foreach_list_order(Term map, F&& f) {
    if (is_flatmap(map)) {
        map_foreach(map, f);
        return;
    }
    std::vector<Term> pairs;
    pairs.reserve(2 * map_size(map));
    map_foreach(map, [&pairs](Term k, Term v) {
        pairs.push_back(k);
        pairs.push_back(v);
    });
    for (std::size_t i = pairs.size(); i >= 2; i -= 2) f(pairs[i - 2], pairs[i - 1]);
}

}  // namespace ember::vm
