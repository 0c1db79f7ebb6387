#include "vm/map.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <numeric>

#include "vm/compare.hpp"
#include "vm/hash.hpp"

namespace ember::vm {

namespace {

using U32 = std::uint32_t;
constexpr Word kNotFound = ~Word(0);

// The hash bits that choose slots from `level` on: 32 fresh bits every 8 levels (OTP 25 salting).
U32 hash_at(Term key, int level) { return map_hash(key, U32(level / 8)) >> (4 * (level % 8)); }
U32 next_hash(U32 hx, int new_level, Term key) {
    return (new_level % 8) ? (hx >> 4) : map_hash(key, U32(new_level / 8));
}

// Keys are exactly equal; immediates are equal only as the same word (numbers are normalised).
bool key_equal(Term a, Term b) {
    if (a == b) return true;
    if (is_immed(a) || is_immed(b)) return false;
    return exact_equal(a, b);
}

Term make_cons(HeapAllocator& heap, Term head, Term tail) {
    Term* hp = heap.alloc(2);
    hp[0] = head;
    hp[1] = tail;
    return make_list(hp);
}

Word node_word(Word bitmap, bool head, bool collision) {
    return (bitmap << 8) | (collision ? kHashCollisionBit : 0) | (head ? kHashHeadBit : 0) | kHashNodeTag;
}

// A HAMT node with `k` children copied from `kids`. `size` is used for heads only.
Term make_node(HeapAllocator& heap, bool head, Word size, Word bitmap, bool collision, const Term* kids, Word k) {
    Word extra = head ? 2 : 1;
    Term* hp = heap.alloc(1 + extra + k);
    hp[0] = make_header(extra + k, Subtag::Map);
    hp[1] = node_word(bitmap, head, collision);
    if (head) hp[2] = make_small(SWord(size));
    if (k) std::memcpy(hp + 1 + extra, kids, k * sizeof(Term));
    return make_boxed(hp);
}

struct NodeView {
    bool head;
    bool collision;
    Word bitmap;
    Word size;
    const Term* kids;
    Word count;
};

NodeView view(Term node) {
    const Term* p = boxed_ptr(node);
    NodeView v{};
    v.head = (p[1] & kHashHeadBit) != 0;
    v.collision = (p[1] & kHashCollisionBit) != 0;
    v.bitmap = (p[1] >> 8) & 0xFFFF;
    v.size = v.head ? Word(small_value(p[2])) : 0;
    v.kids = hashmap_children(node, v.count);
    return v;
}

// ---- flat maps -----------------------------------------------------------------------------------------

Word flat_find(Term map, Term key) {
    Word n = flatmap_size(map);
    const Term* ks = flatmap_keys(map);
    if (is_immed(key)) {
        for (Word i = 0; i < n; ++i) {
            if (ks[i] == key) return i;
        }
        return kNotFound;
    }
    for (Word i = 0; i < n; ++i) {
        if (!is_immed(ks[i]) && exact_equal(ks[i], key)) return i;
    }
    return kNotFound;
}

// A flat map sharing `keys_tuple`, with values copied from `values`.
Term flat_with_keys(HeapAllocator& heap, Term keys_tuple, const Term* values, Word n) {
    Term* hp = heap.alloc(3 + n);
    hp[0] = make_header(n + 2, Subtag::Map);
    hp[1] = make_small(SWord(n));
    hp[2] = keys_tuple;
    if (n) std::memcpy(hp + 3, values, n * sizeof(Term));
    return make_boxed(hp);
}

// A flat map from keys already sorted by compare_exact and distinct.
Term flat_from_sorted(HeapAllocator& heap, const Term* keys, const Term* values, Word n) {
    Term* hp = heap.alloc(1 + n);
    hp[0] = make_header(n, Subtag::Tuple);
    if (n) std::memcpy(hp + 1, keys, n * sizeof(Term));
    return flat_with_keys(heap, make_boxed(hp), values, n);
}

// Sorts pair indices by key (stable) and keeps the last of each run of equal keys.
std::vector<Word> sorted_distinct(const Term* keys, Word n) {
    std::vector<Word> idx(n);
    std::iota(idx.begin(), idx.end(), Word(0));
    std::stable_sort(idx.begin(), idx.end(), [keys](Word a, Word b) { return compare_exact(keys[a], keys[b]) < 0; });
    std::vector<Word> out;
    out.reserve(n);
    for (Word i = 0; i < n; ++i) {
        if (i + 1 < n && key_equal(keys[idx[i]], keys[idx[i + 1]])) continue;
        out.push_back(idx[i]);
    }
    return out;
}

Term flat_from_indices(HeapAllocator& heap, const Term* keys, const Term* values, const std::vector<Word>& idx) {
    std::vector<Term> ks(idx.size()), vs(idx.size());
    for (std::size_t i = 0; i < idx.size(); ++i) {
        ks[i] = keys[idx[i]];
        vs[i] = values[idx[i]];
    }
    return flat_from_sorted(heap, ks.data(), vs.data(), ks.size());
}

// ---- HAMT building from many pairs -------------------------------------------------------------------

// A trie built in C++ memory first, then written to the heap once. Slots: -1 empty, >= 0 a pair index,
// <= -2 a node (index -2 - slot).
class HamtBuilder {
public:
    HamtBuilder(const Term* keys, const Term* values) : m_keys(keys), m_values(values) { m_nodes.emplace_back(); }

    // Invariant: every inserted key sits at the shallowest level where its hash slots differ from all
    // other keys' (or in a collision node at kHamtMaxDepth); an equal key replaces the earlier pair.
    void insert(Word i) {
        Term key = m_keys[i];
        int node = 0, level = 0;
        U32 hx = map_hash(key, 0);
        for (;;) {
            Node& nd = m_nodes[node];
            if (level >= kHamtMaxDepth) {
                for (auto& j : nd.collision) {
                    if (key_equal(m_keys[j], key)) {
                        j = std::int32_t(i);
                        return;
                    }
                }
                nd.collision.push_back(std::int32_t(i));
                ++m_size;
                return;
            }
            std::int32_t& slot = nd.slot[hx & 0xF];
            if (slot == -1) {
                slot = std::int32_t(i);
                ++m_size;
                return;
            }
            if (slot >= 0) {
                Word j = Word(slot);
                if (key_equal(m_keys[j], key)) {
                    slot = std::int32_t(i);
                    return;
                }
                // Push the resident pair one level down, then keep inserting there.
                int child = int(m_nodes.size());
                m_nodes.emplace_back();
                Node& fresh = m_nodes.back();
                if (level + 1 >= kHamtMaxDepth) fresh.collision.push_back(std::int32_t(j));
                else fresh.slot[hash_at(m_keys[j], level + 1) & 0xF] = std::int32_t(j);
                m_nodes[node].slot[hx & 0xF] = -2 - child;
                node = child;
            } else {
                node = -2 - slot;
            }
            ++level;
            hx = next_hash(hx, level, key);
        }
    }

    Word size() const { return m_size; }

    Term emit(HeapAllocator& heap) { return emit_node(heap, 0, true); }

    // Pairs in any order (for a result small enough to be flat).
    void pairs(std::vector<Word>& out) const {
        for (const Node& nd : m_nodes) {
            for (std::int32_t s : nd.slot) {
                if (s >= 0) out.push_back(Word(s));
            }
            for (std::int32_t s : nd.collision) out.push_back(Word(s));
        }
    }

private:
    struct Node {
        Node() { slot.fill(-1); }
        std::array<std::int32_t, 16> slot;
        std::vector<std::int32_t> collision;
    };

    Term emit_node(HeapAllocator& heap, int index, bool head) {
        Term kids[16];
        Word k = 0, bitmap = 0;
        if (!m_nodes[index].collision.empty()) {
            std::vector<Term> leaves;
            for (std::int32_t j : m_nodes[index].collision) {
                leaves.push_back(make_cons(heap, m_keys[j], m_values[j]));
            }
            return make_node(heap, head, m_size, 0, true, leaves.data(), leaves.size());
        }
        for (int s = 0; s < 16; ++s) {
            std::int32_t v = m_nodes[index].slot[s];
            if (v == -1) continue;
            bitmap |= Word(1) << s;
            kids[k++] = v >= 0 ? make_cons(heap, m_keys[v], m_values[v]) : emit_node(heap, -2 - v, false);
        }
        return make_node(heap, head, m_size, bitmap, false, kids, k);
    }

    const Term* m_keys;
    const Term* m_values;
    std::vector<Node> m_nodes;
    Word m_size = 0;
};

// Any number of pairs (later duplicates win) to a flat map or a HAMT by the final size.
Term build_map(HeapAllocator& heap, const Term* keys, const Term* values, Word n) {
    if (n <= kMapFlatMax) return flat_from_indices(heap, keys, values, sorted_distinct(keys, n));
    HamtBuilder b(keys, values);
    for (Word i = 0; i < n; ++i) b.insert(i);
    if (b.size() > kMapFlatMax) return b.emit(heap);
    std::vector<Word> idx;
    b.pairs(idx);
    std::vector<Term> ks, vs;
    for (Word j : idx) {
        ks.push_back(keys[j]);
        vs.push_back(values[j]);
    }
    return flat_from_indices(heap, ks.data(), vs.data(), sorted_distinct(ks.data(), ks.size()));
}

void collect_pairs(Term map, std::vector<Term>& keys, std::vector<Term>& values) {
    map_foreach(map, [&](Term k, Term v) {
        keys.push_back(k);
        values.push_back(v);
    });
}

// ---- HAMT operations -----------------------------------------------------------------------------------

const Term* hamt_lookup(Term map, Term key) {
    Term node = map;
    U32 hx = map_hash(key, 0);
    for (int level = 0;; ++level) {
        NodeView v = view(node);
        Term child;
        if (v.collision) {
            for (Word i = 0; i < v.count; ++i) {
                if (key_equal(car(v.kids[i]), key)) return list_ptr(v.kids[i]) + 1;
            }
            return nullptr;
        }
        Word bit = Word(1) << (hx & 0xF);
        if (!(v.bitmap & bit)) return nullptr;
        child = v.kids[std::popcount(v.bitmap & (bit - 1))];
        if (is_list(child)) return key_equal(car(child), key) ? list_ptr(child) + 1 : nullptr;
        node = child;
        hx = next_hash(hx, level + 1, key);
    }
}

// Two leaves that share all slots above `level`: the smallest subtree separating them.
Term pair_subtree(HeapAllocator& heap, Term leaf_a, Term leaf_b, int level, U32 hx_b) {
    if (level >= kHamtMaxDepth) {
        Term kids[2] = {leaf_a, leaf_b};
        return make_node(heap, false, 0, 0, true, kids, 2);
    }
    U32 hx_a = hash_at(car(leaf_a), level);
    Word ia = hx_a & 0xF, ib = hx_b & 0xF;
    if (ia != ib) {
        Term kids[2] = {ia < ib ? leaf_a : leaf_b, ia < ib ? leaf_b : leaf_a};
        return make_node(heap, false, 0, (Word(1) << ia) | (Word(1) << ib), false, kids, 2);
    }
    Term sub = pair_subtree(heap, leaf_a, leaf_b, level + 1, next_hash(hx_b, level + 1, car(leaf_b)));
    return make_node(heap, false, 0, Word(1) << ia, false, &sub, 1);
}

// Copy of node `v` with child `pos` replaced (replace) or `child` inserted at `pos` with `bit`.
Term node_with(HeapAllocator& heap, const NodeView& v, Word size, Word pos, Term child, bool insert, Word bit) {
    std::vector<Term> kids(v.kids, v.kids + v.count);
    if (insert) kids.insert(kids.begin() + pos, child);
    else kids[pos] = child;
    return make_node(heap, v.head, size, v.bitmap | bit, v.collision, kids.data(), kids.size());
}

// Inserts or replaces key in the subtree `node` at `level` (hx: the key's hash bits for this level).
// Returns `node` itself when nothing changes; `added` is set when the key was new.
Term hamt_put(HeapAllocator& heap, Term node, int level, U32 hx, Term key, Term value, bool& added) {
    NodeView v = view(node);
    if (v.collision) {
        for (Word i = 0; i < v.count; ++i) {
            if (key_equal(car(v.kids[i]), key)) {
                if (cdr(v.kids[i]) == value) return node;
                return node_with(heap, v, v.size, i, make_cons(heap, key, value), false, 0);
            }
        }
        added = true;
        return node_with(heap, v, v.size + 1, v.count, make_cons(heap, key, value), true, 0);
    }
    Word bit = Word(1) << (hx & 0xF);
    Word pos = std::popcount(v.bitmap & (bit - 1));
    if (!(v.bitmap & bit)) {
        added = true;
        return node_with(heap, v, v.size + 1, pos, make_cons(heap, key, value), true, bit);
    }
    Term child = v.kids[pos];
    Term fresh;
    if (is_list(child)) {
        if (key_equal(car(child), key)) {
            if (cdr(child) == value) return node;
            fresh = make_cons(heap, key, value);
        } else {
            added = true;
            fresh = pair_subtree(heap, child, make_cons(heap, key, value), level + 1, next_hash(hx, level + 1, key));
        }
    } else {
        fresh = hamt_put(heap, child, level + 1, next_hash(hx, level + 1, key), key, value, added);
        if (fresh == child) return node;
    }
    return node_with(heap, v, v.size + (added ? 1 : 0), pos, fresh, false, 0);
}

// Removes key from the subtree `node`. Returns `node` when absent, kNonValue when the subtree becomes
// empty, a lone leaf when an inner node is left with one leaf (it moves up, as OTP).
Term hamt_remove(HeapAllocator& heap, Term node, int level, U32 hx, Term key) {
    NodeView v = view(node);
    Word pos = kNotFound, bit = 0;
    Term fresh = kNonValue;
    if (v.collision) {
        for (Word i = 0; i < v.count; ++i) {
            if (key_equal(car(v.kids[i]), key)) pos = i;
        }
        if (pos == kNotFound) return node;
    } else {
        bit = Word(1) << (hx & 0xF);
        if (!(v.bitmap & bit)) return node;
        pos = std::popcount(v.bitmap & (bit - 1));
        Term child = v.kids[pos];
        if (is_list(child)) {
            if (!key_equal(car(child), key)) return node;
        } else {
            fresh = hamt_remove(heap, child, level + 1, next_hash(hx, level + 1, key), key);
            if (fresh == child) return node;
        }
    }
    std::vector<Term> kids(v.kids, v.kids + v.count);
    Word bitmap = v.bitmap;
    if (fresh == kNonValue) {
        kids.erase(kids.begin() + pos);
        bitmap &= ~bit;
    } else {
        kids[pos] = fresh;
    }
    if (!v.head) {
        if (kids.empty()) return kNonValue;
        if (kids.size() == 1 && is_list(kids[0])) return kids[0];
    }
    return make_node(heap, v.head, v.size - 1, bitmap, v.collision, kids.data(), kids.size());
}

}  // namespace

// ---- public API ------------------------------------------------------------------------------------------

Term map_new(HeapAllocator& heap) { return flat_from_sorted(heap, nullptr, nullptr, 0); }

Term map_get(Term map, Term key) {
    if (is_flatmap(map)) {
        Word i = flat_find(map, key);
        return i == kNotFound ? kNonValue : flatmap_values(map)[i];
    }
    const Term* v = hamt_lookup(map, key);
    return v ? *v : kNonValue;
}

Term map_put(HeapAllocator& heap, Term map, Term key, Term value) {
    if (is_flatmap(map)) {
        Word n = flatmap_size(map);
        const Term* ks = flatmap_keys(map);
        const Term* vs = flatmap_values(map);
        Word i = flat_find(map, key);
        if (i != kNotFound) {
            if (vs[i] == value) return map;
            Term m = flat_with_keys(heap, flatmap_keys_tuple(map), vs, n);
            flatmap_values(m)[i] = value;
            return m;
        }
        if (n < kMapFlatMax) {
            Word pos = 0;
            while (pos < n && compare_exact(ks[pos], key) < 0) ++pos;
            std::vector<Term> nk(ks, ks + n), nv(vs, vs + n);
            nk.insert(nk.begin() + pos, key);
            nv.insert(nv.begin() + pos, value);
            return flat_from_sorted(heap, nk.data(), nv.data(), n + 1);
        }
        std::vector<Term> nk(ks, ks + n), nv(vs, vs + n);
        nk.push_back(key);
        nv.push_back(value);
        return build_map(heap, nk.data(), nv.data(), nk.size());
    }
    bool added = false;
    return hamt_put(heap, map, 0, map_hash(key, 0), key, value, added);
}

Term map_update(HeapAllocator& heap, Term map, Term key, Term value) {
    if (map_get(map, key) == kNonValue) return kNonValue;
    return map_put(heap, map, key, value);
}

Term map_remove(HeapAllocator& heap, Term map, Term key) {
    if (is_flatmap(map)) {
        Word i = flat_find(map, key);
        if (i == kNotFound) return map;
        Word n = flatmap_size(map);
        std::vector<Term> nk(flatmap_keys(map), flatmap_keys(map) + n);
        std::vector<Term> nv(flatmap_values(map), flatmap_values(map) + n);
        nk.erase(nk.begin() + i);
        nv.erase(nv.begin() + i);
        return flat_from_sorted(heap, nk.data(), nv.data(), n - 1);
    }
    if (map_size(map) == kMapFlatMax + 1) {
        if (!hamt_lookup(map, key)) return map;
        std::vector<Term> ks, vs;
        map_foreach(map, [&](Term k, Term v) {
            if (!key_equal(k, key)) {
                ks.push_back(k);
                vs.push_back(v);
            }
        });
        return build_map(heap, ks.data(), vs.data(), ks.size());
    }
    Term r = hamt_remove(heap, map, 0, map_hash(key, 0), key);
    return r;
}

Term map_from_pairs(HeapAllocator& heap, const Term* keys, const Term* values, Word n) {
    return build_map(heap, keys, values, n);
}

namespace {

// The key an update with := reports as missing when several are: the first in map key order, as erl
// (its loader sorts the instruction's keys; map_SUITE t_update_exact: #{42.0 := _, 42 := _} on a map
// with neither raises {badkey, 42}).
Term first_missing_key(Term map, const Term* pairs, Word n) {
    Term first = kNonValue;
    for (Word i = 0; i < n; ++i) {
        Term k = pairs[2 * i];
        if (map_get(map, k) == kNonValue && (first == kNonValue || compare_exact(k, first) < 0)) first = k;
    }
    return first;
}

}  // namespace

Word map_put_heap_bound(Term map, Word n) {
    Word size = map_size(map);
    // A flat result: the map, its values and a new keys tuple. A HAMT built from a flat map (at most
    // 32 + n keys): one leaf per key and at most one node of up to 19 words per four keys.
    if (is_flatmap(map)) return size + n <= kMapFlatMax ? 2 * (size + n) + 4 : (size + n) * 7 + 19;
    // Each put copies the path from the head to its leaf (a node of at most 19 words per level, the
    // levels a trie of this size has plus two) and adds a leaf and maybe a node splitting two leaves.
    Word levels = 2;
    for (Word s = size + n; s > 1; s >>= 4) ++levels;
    return n * (levels * 19 + 2 + 5);
}

Term map_put_many(HeapAllocator& heap, Term map, const Term* pairs, Word n, MapPutMode mode, Term* missing_key) {
    if (n == 0) return map;
    if (is_flatmap(map)) {
        Word size = flatmap_size(map);
        std::vector<Term> vs(flatmap_values(map), flatmap_values(map) + size);
        std::vector<Term> new_keys, new_values;
        for (Word i = 0; i < n; ++i) {
            Term k = pairs[2 * i], v = pairs[2 * i + 1];
            Word at = flat_find(map, k);
            if (at != kNotFound) {
                vs[at] = v;
                continue;
            }
            if (mode == MapPutMode::Exact) {
                if (missing_key) *missing_key = first_missing_key(map, pairs, n);
                return kNonValue;
            }
            new_keys.push_back(k);
            new_values.push_back(v);
        }
        if (new_keys.empty()) return flat_with_keys(heap, flatmap_keys_tuple(map), vs.data(), size);
        std::vector<Term> ks(flatmap_keys(map), flatmap_keys(map) + size);
        ks.insert(ks.end(), new_keys.begin(), new_keys.end());
        vs.insert(vs.end(), new_values.begin(), new_values.end());
        return build_map(heap, ks.data(), vs.data(), ks.size());
    }
    Term m = map;
    for (Word i = 0; i < n; ++i) {
        Term k = pairs[2 * i], v = pairs[2 * i + 1];
        if (mode == MapPutMode::Exact && map_get(m, k) == kNonValue) {
            if (missing_key) *missing_key = first_missing_key(map, pairs, n);
            return kNonValue;
        }
        m = map_put(heap, m, k, v);
    }
    return m;
}

Term map_merge(HeapAllocator& heap, Term a, Term b) {
    if (a == b) return a;  // erl returns the map itself (maps_SUITE t_merge_opt)
    if (map_size(b) == 0) return a;
    if (map_size(a) == 0) return b;
    if (is_hashmap(a) && map_size(b) * 8 < map_size(a)) {
        Term m = a;
        map_foreach(b, [&](Term k, Term v) { m = map_put(heap, m, k, v); });
        return m;
    }
    std::vector<Term> ks, vs;
    ks.reserve(map_size(a) + map_size(b));
    vs.reserve(map_size(a) + map_size(b));
    collect_pairs(a, ks, vs);
    collect_pairs(b, ks, vs);
    return build_map(heap, ks.data(), vs.data(), ks.size());
}

Term map_to_list(HeapAllocator& heap, Term map) {
    std::vector<Term> ks, vs;
    map_foreach_list_order(map, [&](Term k, Term v) {
        ks.push_back(k);
        vs.push_back(v);
    });
    Word n = ks.size();
    if (n == 0) return kNil;
    Term* hp = heap.alloc(5 * n);
    Term list = kNil;
    for (Word i = n; i-- > 0;) {
        Term* t = hp + 5 * i;
        t[0] = make_header(2, Subtag::Tuple);
        t[1] = ks[i];
        t[2] = vs[i];
        t[3] = make_boxed(t);
        t[4] = list;
        list = make_list(t + 3);
    }
    return list;
}

namespace {
Term map_column(HeapAllocator& heap, Term map, bool keys) {
    std::vector<Term> xs;
    map_foreach_list_order(map, [&](Term k, Term v) { xs.push_back(keys ? k : v); });
    if (xs.empty()) return kNil;
    Term* hp = heap.alloc(2 * xs.size());
    Term list = kNil;
    for (Word i = xs.size(); i-- > 0;) {
        hp[2 * i] = xs[i];
        hp[2 * i + 1] = list;
        list = make_list(hp + 2 * i);
    }
    return list;
}
}  // namespace

Term map_keys(HeapAllocator& heap, Term map) { return map_column(heap, map, true); }
Term map_values(HeapAllocator& heap, Term map) { return map_column(heap, map, false); }

// Invariant: the cursor names the path (child positions from the root) of the next leaf; positions
// below the last one given are 0, i.e. "the first leaf of that subtree".
bool map_next(Term map, Word& cursor, Term& key, Term& value) {
    constexpr int kMaxLevels = 14;
    if (cursor == kMapCursorDone) return false;
    if (is_flatmap(map)) {
        if (cursor >= flatmap_size(map)) {
            cursor = kMapCursorDone;
            return false;
        }
        key = flatmap_keys(map)[cursor];
        value = flatmap_values(map)[cursor];
        ++cursor;
        if (cursor == flatmap_size(map)) cursor = kMapCursorDone;
        return true;
    }
    const Term* kids[kMaxLevels];
    Word counts[kMaxLevels];
    Term node = map;
    int level = 0;
    for (;; ++level) {
        if (level >= kMaxLevels) {
            cursor = kMapCursorDone;
            return false;
        }
        kids[level] = hashmap_children(node, counts[level]);
        Word pos = (cursor >> (4 * level)) & 0xF;
        if (pos >= counts[level]) {
            cursor = kMapCursorDone;
            return false;
        }
        Term child = kids[level][pos];
        if (is_list(child)) {
            key = car(child);
            value = cdr(child);
            break;
        }
        node = child;
    }
    // Advance: the next sibling at the deepest level that has one; deeper positions reset to 0.
    for (int l = level; l >= 0; --l) {
        Word pos = (cursor >> (4 * l)) & 0xF;
        Word keep = l == 0 ? 0 : (cursor & ((Word(1) << (4 * l)) - 1));
        if (pos + 1 < counts[l] && pos + 1 < 16) {
            cursor = keep | ((pos + 1) << (4 * l));
            return true;
        }
    }
    cursor = kMapCursorDone;
    return true;
}

void map_sorted_pairs(Term map, std::vector<Term>& keys, std::vector<Term>& values) {
    keys.clear();
    values.clear();
    if (is_flatmap(map)) {
        collect_pairs(map, keys, values);
        return;
    }
    std::vector<Term> ks, vs;
    collect_pairs(map, ks, vs);
    std::vector<Word> idx(ks.size());
    std::iota(idx.begin(), idx.end(), Word(0));
    std::sort(idx.begin(), idx.end(), [&ks](Word a, Word b) { return compare_exact(ks[a], ks[b]) < 0; });
    for (Word i : idx) {
        keys.push_back(ks[i]);
        values.push_back(vs[i]);
    }
}

}  // namespace ember::vm
