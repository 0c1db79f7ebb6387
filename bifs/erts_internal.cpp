// BIFs of the erts_internal module that stdlib relies on: map_next/3, the primitive behind maps:to_list,
// maps:iterator/next and maps:fold (OTP erts/emulator/beam/erl_map.c, erts_internal_map_next_3), and
// cmp_term/2.
//
// Contract (erl 25): map_next(Path, Map, Acc) where Acc is the atom iterator or a list.
//  - flat map: Path must be a small integer 0..size; every pair is returned at once:
//      iterator: {K1, V1, {K2, V2, ... none}}     list: [{K1, V1}, {K2, V2}, ... | Acc]  (key order)
//  - HAMT: Path is a non-negative integer giving, 4 bits per level from the lowest, the child index to
//    follow in each node (missing levels are 0: descend into slot 0 until a leaf). At most a batch of
//    pairs is returned, starting at that leaf and going on in iteration order:
//      iterator: {K1, V1, {K2, V2, ... Tail}}     list: [Path', Map, {Kn, Vn}, ... {K1, V1} | Acc]
//    where Tail is [Path' | Map] when pairs remain and none otherwise (the list form then has no Path',
//    Map prefix). Path' points at the next leaf.
// Anything else raises badarg.
#include <vector>

#include "bifs/bif.hpp"
#include "vm/bignum.hpp"
#include "vm/compare.hpp"
#include "vm/map.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// Pairs returned by the first call on a HAMT (path 0) and by later calls. erl takes MAP_SMALL_MAP_LIMIT
// on the first call and (reductions left) / 4 later; a fixed batch keeps the output deterministic.
constexpr Word kFirstBatch = kMapFlatMax;
constexpr Word kLaterBatch = 1000;
constexpr unsigned kPathElemBits = 4;
constexpr unsigned kPathElemsPerLimb = 64 / kPathElemBits;

Term am_iterator_atom() {
    static const Term a = AtomTable::global().intern("iterator");
    return a;
}

// A path integer's 64-bit limbs (least significant first), or false if it is not a non-negative integer.
bool path_limbs(Term path, std::vector<Word>& limbs) {
    if (is_small(path)) {
        if (small_value(path) < 0) return false;
        limbs.push_back(Word(small_value(path)));
        return true;
    }
    if (!is_bignum(path) || bignum_negative(path)) return false;
    const Word* l = bignum_limbs(path);
    limbs.assign(l, l + bignum_limb_count(path));
    return true;
}

Word path_elem(const std::vector<Word>& limbs, std::size_t level) {
    std::size_t limb = level / kPathElemsPerLimb;
    if (limb >= limbs.size()) return 0;
    return (limbs[limb] >> (kPathElemBits * (level % kPathElemsPerLimb))) & 0xF;
}

enum class PairOrder { Forward, Backward };

// Prepends {K, V} tuples for `pairs` (k0, v0, k1, v1, ...) to `acc`, taking the pairs first to last
// (so the last pair ends up first in the list) or last to first.
Term prepend_pairs(Process* p, const std::vector<Term>& pairs, Term acc, PairOrder order) {
    std::size_t n = pairs.size() / 2;
    Term* hp = p->alloc(Word(5 * n));
    Term res = acc;
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t i = order == PairOrder::Forward ? k : n - 1 - k;
        hp[0] = make_header(2, Subtag::Tuple);
        hp[1] = pairs[2 * i];
        hp[2] = pairs[2 * i + 1];
        hp[3] = make_boxed(hp);
        hp[4] = res;
        res = make_list(hp + 3);
        hp += 5;
    }
    return res;
}

// Builds the result for `pairs` (k0, v0, k1, v1, ... in iteration order) and an optional continuation
// `next` ([Path | Map] for iterators, Path and Map prefixed for lists; kNonValue when done).
Term build_result(Process* p, const std::vector<Term>& pairs, bool iterator, Term acc, Term path, Term map) {
    std::size_t n = pairs.size() / 2;
    if (iterator) {
        Term tail = am_none;
        if (path != kNonValue) tail = make_cons(*p, path, map);
        Term* hp = p->alloc(Word(4 * n));
        for (std::size_t i = n; i-- > 0;) {
            hp[0] = make_header(3, Subtag::Tuple);
            hp[1] = pairs[2 * i];
            hp[2] = pairs[2 * i + 1];
            hp[3] = tail;
            tail = make_boxed(hp);
            hp += 4;
        }
        return tail;
    }
    Term res = prepend_pairs(p, pairs, acc, PairOrder::Forward);
    if (path != kNonValue) {
        res = make_cons(*p, map, res);
        res = make_cons(*p, path, res);
    }
    return res;
}

EMBER_BIF(bif_erts_internal_map_next_3) {
    Term path = args[0];
    Term map = args[1];
    Term acc = args[2];
    if (!is_map(map)) return badarg(p);
    bool iterator;
    if (acc == am_iterator_atom()) {
        iterator = true;
    } else if (acc == kNil || is_list(acc)) {
        iterator = false;
    } else {
        return badarg(p);
    }
    std::vector<Term> pairs;
    if (is_flatmap(map)) {
        Word n = flatmap_size(map);
        if (!is_small(path) || small_value(path) < 0 || Word(small_value(path)) > n) return badarg(p);
        pairs.reserve(2 * n);
        map_foreach(map, [&pairs](Term k, Term v) {
            pairs.push_back(k);
            pairs.push_back(v);
        });
        if (!iterator) {
            // Key order in the result: build from the last pair.
            return prepend_pairs(p, pairs, acc, PairOrder::Backward);
        }
        return build_result(p, pairs, true, acc, kNonValue, map);
    }

    std::vector<Word> limbs;
    if (!path_limbs(path, limbs)) return badarg(p);
    bool first_call = limbs.size() == 1 && limbs[0] == 0;
    Word elems = std::min<Word>(first_call ? kFirstBatch : kLaterBatch, map_size(map));

    struct Frame {
        const Term* kids;
        Word count;
        Word next;  // next unexplored child
    };
    std::vector<Frame> stack;
    // Descend along the path to the first leaf to return.
    Term node = map;
    for (std::size_t level = 0;; ++level) {
        Word count = 0;
        const Term* kids = hashmap_children(node, count);
        Word e = path_elem(limbs, level);
        if (e >= count) return badarg(p);
        stack.push_back(Frame{kids, count, e + 1});
        Term child = kids[e];
        if (is_list(child)) {
            pairs.push_back(car(child));
            pairs.push_back(cdr(child));
            --elems;
            break;
        }
        if (level > 4 * kHamtMaxDepth) return badarg(p);  // malformed path through a broken map
        node = child;
    }
    // Go on in iteration order.
    while (elems > 0 && !stack.empty()) {
        Frame& top = stack.back();
        if (top.next == top.count) {
            stack.pop_back();
            continue;
        }
        Term child = top.kids[top.next++];
        if (is_list(child)) {
            pairs.push_back(car(child));
            pairs.push_back(cdr(child));
            --elems;
            continue;
        }
        Word count = 0;
        const Term* kids = hashmap_children(child, count);
        stack.push_back(Frame{kids, count, 0});
    }
    while (!stack.empty() && stack.back().next == stack.back().count) stack.pop_back();
    if (stack.empty()) return build_result(p, pairs, iterator, acc, kNonValue, map);

    // The path to the next leaf: the child being explored at each level, the next one at the top.
    std::vector<Word> out((stack.size() + kPathElemsPerLimb - 1) / kPathElemsPerLimb, 0);
    for (std::size_t level = 0; level < stack.size(); ++level) {
        Word idx = level + 1 == stack.size() ? stack[level].next : stack[level].next - 1;
        out[level / kPathElemsPerLimb] |= idx << (kPathElemBits * (level % kPathElemsPerLimb));
    }
    Term next_path = make_bignum(*p, out.data(), out.size(), false);
    if (next_path == kNonValue) return badarg(p);
    return build_result(p, pairs, iterator, acc, next_path, map);
}

// erts_internal:cmp_term(A, B) -> -1 | 0 | 1 in exact term order (1 sorts before 1.0).
EMBER_BIF(bif_erts_internal_cmp_term_2) { return make_small(compare_exact(args[0], args[1])); }

const BifSpec kBifs[] = {
    {"erts_internal", "map_next", 3, bif_erts_internal_map_next_3, kCapPure},
    {"erts_internal", "cmp_term", 2, bif_erts_internal_cmp_term_2, kCapPure},
};

}  // namespace

std::span<const BifSpec> erts_internal_bifs() { return kBifs; }

}  // namespace ember::bifs
