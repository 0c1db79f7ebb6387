// Maps (vm/map.hpp): flat maps and the HAMT, checked against erl 25. For each key set (as
// term_to_binary hex of the input list) erl printed maps:keys(maps:from_list([{K,K} || K <- Keys]));
// Ember must produce the same order (generator: docs/terms.md, "Verifying against erl").
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/compare.hpp"
#include "vm/copy.hpp"
#include "vm/hash.hpp"
#include "vm/map.hpp"

#include "test_support.hpp"

using namespace ember::vm;
using namespace ember::vm::test;

namespace {

#include "erts_tests/map_order_vectors.inc"

}  // namespace

TEST(Map, IterationOrderMatchesErl) {
    for (const OrderCase& c : kOrderCases) {
        TestHeap heap;
        std::vector<Term> input = list_to_vector(EtfReader(heap, c.input_hex).read());
        std::vector<Term> expected = list_to_vector(EtfReader(heap, c.expected_hex).read());
        Term m = map_from_pairs(heap, input.data(), input.data(), input.size());
        check_map(m, input);
        std::vector<Term> keys = list_to_vector(map_keys(heap, m));
        bool atoms = std::string(c.name) == "atoms";
        if (atoms) {
            // Atom keys hash by atom index, which differs between Ember and erl: same set, own order.
            std::vector<Term> a = keys, b = expected;
            auto less = [](Term x, Term y) { return compare_exact(x, y) < 0; };
            std::sort(a.begin(), a.end(), less);
            std::sort(b.begin(), b.end(), less);
            EXPECT_TRUE(same_terms(a, b)) << c.name;
            continue;
        }
        EXPECT_TRUE(same_terms(keys, expected)) << c.name;
        EXPECT_TRUE(same_terms(list_to_vector(map_values(heap, m)), expected)) << c.name;
        // maps:to_list pairs in the same order.
        std::vector<Term> pairs = list_to_vector(map_to_list(heap, m));
        ASSERT_EQ(pairs.size(), expected.size());
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            EXPECT_TRUE(exact_equal(tuple_element(pairs[i], 0), expected[i]));
            EXPECT_TRUE(exact_equal(tuple_element(pairs[i], 1), expected[i]));
        }
        // Iteration order (maps:iterator, maps:fold, ~p) is the reverse for HAMTs, the same for flat maps.
        std::vector<Term> iter;
        map_foreach(m, [&iter](Term k, Term) { iter.push_back(k); });
        // The resumable cursor walks the same order.
        std::vector<Term> stepped;
        Word cursor = 0;
        Term k = kNonValue, v = kNonValue;
        while (map_next(m, cursor, k, v)) {
            stepped.push_back(k);
            EXPECT_TRUE(exact_equal(k, v));
            EXPECT_TRUE(fits_small(SWord(cursor)));
        }
        EXPECT_TRUE(same_terms(stepped, iter)) << c.name;
        if (is_hashmap(m)) std::reverse(iter.begin(), iter.end());
        EXPECT_TRUE(same_terms(iter, expected)) << c.name;
        // Built one put at a time, in reverse, or in one put_many: the same map.
        Term m2 = map_new(heap);
        for (std::size_t i = input.size(); i-- > 0;) m2 = map_put(heap, m2, input[i], input[i]);
        EXPECT_TRUE(same_terms(list_to_vector(map_keys(heap, m2)), expected)) << c.name;
        EXPECT_TRUE(exact_equal(m, m2));
        std::vector<Term> kv;
        for (Term k : input) {
            kv.push_back(k);
            kv.push_back(k);
        }
        Term m3 = map_put_many(heap, map_new(heap), kv.data(), input.size(), MapPutMode::Assoc);
        EXPECT_TRUE(same_terms(list_to_vector(map_keys(heap, m3)), expected)) << c.name;
        // A copy is equal and iterates alike.
        TestHeap other;
        Term copy = copy_term(m, other);
        EXPECT_TRUE(same_terms(list_to_vector(map_keys(heap, copy)), expected)) << c.name;
    }
}

TEST(Map, FlatBasics) {
    TestHeap heap;
    Term empty = map_new(heap);
    EXPECT_EQ(map_size(empty), 0u);
    EXPECT_EQ(map_get(empty, make_small(1)), kNonValue);
    EXPECT_EQ(map_keys(heap, empty), kNil);
    Term one = write_float(heap.alloc(2), 1.0);
    // erl: maps:keys(maps:from_list([{1.0,a},{1,b},{a,c},{<<1>>,d},{[],e},{{},f}])) = [1,1.0,a,{},[],<<1>>]
    const std::uint8_t b1 = 1;
    Term* tup = heap.alloc(1);
    tup[0] = make_header(0, Subtag::Tuple);
    Term keys[] = {one, make_small(1), am_ok, make_binary(heap, &b1, 1), kNil, make_boxed(tup)};
    Term vals[] = {make_small(10), make_small(11), make_small(12), make_small(13), make_small(14), make_small(15)};
    Term m = map_from_pairs(heap, keys, vals, 6);
    std::vector<Term> got = list_to_vector(map_keys(heap, m));
    std::vector<Term> want = {make_small(1), one, am_ok, make_boxed(tup), kNil, keys[3]};
    EXPECT_TRUE(same_terms(got, want));
    EXPECT_EQ(map_get(m, one), make_small(10));
    EXPECT_EQ(map_get(m, make_small(1)), make_small(11));
    // Later duplicates win.
    Term dk[] = {am_ok, am_error, am_ok};
    Term dv[] = {make_small(1), make_small(2), make_small(3)};
    Term d = map_from_pairs(heap, dk, dv, 3);
    EXPECT_EQ(map_size(d), 2u);
    EXPECT_EQ(map_get(d, am_ok), make_small(3));
    // Update / put / remove.
    EXPECT_EQ(map_update(heap, d, am_undefined, make_small(0)), kNonValue);
    Term u = map_update(heap, d, am_ok, make_small(9));
    EXPECT_EQ(map_get(u, am_ok), make_small(9));
    EXPECT_EQ(flatmap_keys_tuple(u), flatmap_keys_tuple(d));  // keys tuple shared
    EXPECT_EQ(map_put(heap, u, am_ok, make_small(9)), u);     // same value: same map
    Term r = map_remove(heap, u, am_ok);
    EXPECT_EQ(map_size(r), 1u);
    EXPECT_EQ(map_remove(heap, r, am_ok), r);
}

TEST(Map, PutManyExact) {
    TestHeap heap;
    std::vector<Term> ks = ints(1, 10);
    Term m = map_from_pairs(heap, ks.data(), ks.data(), ks.size());
    Term kv[] = {make_small(3), am_ok, make_small(5), am_error, make_small(3), am_true};
    Term r = map_put_many(heap, m, kv, 3, MapPutMode::Exact);
    ASSERT_NE(r, kNonValue);
    EXPECT_EQ(map_get(r, make_small(3)), am_true);
    EXPECT_EQ(map_get(r, make_small(5)), am_error);
    EXPECT_EQ(flatmap_keys_tuple(r), flatmap_keys_tuple(m));
    Term bad[] = {make_small(3), am_ok, make_small(42), am_ok};
    Term missing = kNonValue;
    EXPECT_EQ(map_put_many(heap, m, bad, 2, MapPutMode::Exact, &missing), kNonValue);
    EXPECT_EQ(missing, make_small(42));
    // Assoc adds keys and grows into a HAMT past 32.
    std::vector<Term> more;
    for (int k = 5; k <= 40; ++k) {
        more.push_back(make_small(k));
        more.push_back(make_small(-k));
    }
    Term g = map_put_many(heap, m, more.data(), more.size() / 2, MapPutMode::Assoc);
    EXPECT_EQ(map_size(g), 40u);
    EXPECT_TRUE(is_hashmap(g));
    EXPECT_EQ(map_get(g, make_small(4)), make_small(4));
    EXPECT_EQ(map_get(g, make_small(30)), make_small(-30));
    // Exact on a HAMT.
    Term hk[] = {make_small(33), am_ok};
    EXPECT_EQ(map_get(map_put_many(heap, g, hk, 1, MapPutMode::Exact), make_small(33)), am_ok);
    Term hbad[] = {make_small(99), am_ok};
    EXPECT_EQ(map_put_many(heap, g, hbad, 1, MapPutMode::Exact), kNonValue);
}

TEST(Map, HamtRemoveShrinksToFlat) {
    // erl: maps:keys(maps:remove(1, maps:from_list([{I,I} || I <- lists:seq(1,33)]))) is sorted: flat again.
    TestHeap heap;
    std::vector<Term> ks = ints(1, 1000);
    Term m = map_from_pairs(heap, ks.data(), ks.data(), ks.size());
    for (int k = 1000; k >= 1; --k) {
        Term before = m;
        m = map_remove(heap, m, make_small(k));
        ASSERT_EQ(map_size(m), Word(k - 1));
        EXPECT_EQ(is_flatmap(m), k - 1 <= int(kMapFlatMax));
        EXPECT_EQ(map_get(m, make_small(k)), kNonValue);
        if (k % 97 == 0) {
            for (int j = 1; j < k; ++j) ASSERT_EQ(map_get(m, make_small(j)), make_small(j));
        }
        EXPECT_EQ(map_remove(heap, m, make_small(k)), m);
        (void)before;
    }
    // Removing and re-adding gives back an equal map that iterates in the same order.
    Term a = map_from_pairs(heap, ks.data(), ks.data(), 100);
    Term b = map_put(heap, map_remove(heap, a, make_small(50)), make_small(50), make_small(50));
    EXPECT_TRUE(exact_equal(a, b));
    EXPECT_TRUE(same_terms(list_to_vector(map_keys(heap, a)), list_to_vector(map_keys(heap, b))));
}

TEST(Map, Merge) {
    TestHeap heap;
    std::vector<Term> a = ints(1, 32), b = ints(20, 60);
    std::vector<Term> bv;
    for (Term k : b) bv.push_back(make_small(-small_value(k)));
    Term ma = map_from_pairs(heap, a.data(), a.data(), a.size());
    Term mb = map_from_pairs(heap, b.data(), bv.data(), b.size());
    Term m = map_merge(heap, ma, mb);
    EXPECT_EQ(map_size(m), 60u);
    EXPECT_EQ(map_get(m, make_small(5)), make_small(5));
    EXPECT_EQ(map_get(m, make_small(25)), make_small(-25));
    EXPECT_EQ(map_get(m, make_small(60)), make_small(-60));
    Term small[] = {make_small(7)};
    Term sv[] = {am_ok};
    Term m2 = map_merge(heap, m, map_from_pairs(heap, small, sv, 1));
    EXPECT_EQ(map_get(m2, make_small(7)), am_ok);
    EXPECT_EQ(map_size(m2), 60u);
    EXPECT_EQ(map_merge(heap, m, map_new(heap)), m);
}
