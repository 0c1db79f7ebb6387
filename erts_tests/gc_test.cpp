// The generational collector (vm/gc.cpp, docs/gc.md): promotion after surviving one minor collection,
// the old heap left in place by minor collections, old-heap overflow and fullsweep_after forcing major
// collections, heap fragments, literals, refc and sub binaries and match contexts across generations,
// and large terms (a 10^6-element list and tuple).
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>

#include "vm/binary.hpp"
#include "vm/bitsyntax.hpp"
#include "vm/gc.hpp"
#include "vm/literal_area.hpp"
#include "vm/process.hpp"
#include "vm/runtime_support.hpp"
#include "vm/term.hpp"

namespace ember::vm {
namespace {

class GcTest : public ::testing::Test {
protected:
    Process p;

    // [n-1, ..., 1, 0] built on p's heap (into fragments once the heap is full).
    Term build_list(Word n) {
        Term l = kNil;
        for (Word k = 0; k < n; ++k) l = make_cons(p, make_small(SWord(k)), l);
        return l;
    }
    // True when l is [n-1, ..., 0].
    static bool is_countdown(Term l, Word n) {
        for (Word k = n; k-- > 0; l = list_ptr(l)[1])
            if (!is_list(l) || list_ptr(l)[0] != make_small(SWord(k))) return false;
        return l == kNil;
    }
    bool in_old_heap(Term t) const {
        const Term* ptr = is_list(t) ? list_ptr(t) : boxed_ptr(t);
        return ptr >= p.old_heap_start && ptr < p.old_htop;
    }
    bool in_young_heap(Term t) const {
        const Term* ptr = is_list(t) ? list_ptr(t) : boxed_ptr(t);
        return ptr >= p.heap_start && ptr < p.htop;
    }
    void collect(Term* x, unsigned live) { garbage_collect(&p, 0, x, live); }
};

TEST_F(GcTest, SurvivorsArePromotedByTheSecondMinorCollection) {
    Term x[1] = {build_list(100)};
    collect(x, 1);
    EXPECT_EQ(p.minor_gcs, 1u);
    EXPECT_TRUE(in_young_heap(x[0]));  // survived once: below the high-water mark
    EXPECT_EQ(p.high_water, p.htop);
    EXPECT_EQ(p.old_heap_start, nullptr);
    collect(x, 1);
    ASSERT_NE(p.old_heap_start, nullptr);
    EXPECT_TRUE(in_old_heap(x[0]));
    EXPECT_TRUE(is_countdown(x[0], 100));
    EXPECT_EQ(p.minor_gcs, 2u);
    // Promoted terms stay where they are in later minor collections.
    Term promoted = x[0];
    build_list(5000);  // garbage
    collect(x, 1);
    EXPECT_EQ(x[0], promoted);
    EXPECT_TRUE(is_countdown(x[0], 100));
}

TEST_F(GcTest, YoungTermsAboveTheHighWaterMarkStayYoung) {
    Term x[2] = {build_list(50), kNil};
    collect(x, 2);
    x[1] = make_cons(p, x[0], kNil);  // new, pointing at a survivor
    collect(x, 2);
    EXPECT_TRUE(in_old_heap(x[0]));
    EXPECT_TRUE(in_young_heap(x[1]));
    EXPECT_EQ(list_ptr(x[1])[0], x[0]);  // points into the old heap
    collect(x, 2);
    EXPECT_TRUE(in_old_heap(x[1]));
    EXPECT_TRUE(is_countdown(list_ptr(x[1])[0], 50));
}

TEST_F(GcTest, MajorCollectionEmptiesTheOldHeap) {
    Term x[1] = {build_list(100)};
    collect(x, 1);
    collect(x, 1);
    ASSERT_TRUE(in_old_heap(x[0]));
    garbage_collect(&p, 0, x, 1, GcSizing::Shrink);  // erlang:garbage_collect/0: a major collection
    EXPECT_EQ(p.old_heap_start, nullptr);
    EXPECT_EQ(p.minor_gcs, 0u);
    EXPECT_TRUE(in_young_heap(x[0]));
    EXPECT_TRUE(is_countdown(x[0], 100));
}

TEST_F(GcTest, OldHeapOverflowForcesAMajorCollection) {
    // Live data that keeps growing: each round's new list survives, so the old heap fills up.
    Term x[1] = {kNil};
    bool saw_major = false;
    for (int round = 0; round < 40; ++round) {
        Term more = build_list(2000);
        x[0] = make_cons(p, more, x[0]);
        Word minors_before = p.minor_gcs;
        bool had_old = p.old_heap_start != nullptr;
        collect(x, 1);
        if (had_old && p.minor_gcs == 0 && minors_before > 0) saw_major = true;
    }
    EXPECT_TRUE(saw_major);
    Word n = 0;
    for (Term l = x[0]; l != kNil; l = list_ptr(l)[1], ++n) ASSERT_TRUE(is_countdown(list_ptr(l)[0], 2000));
    EXPECT_EQ(n, 40u);
}

TEST_F(GcTest, FullsweepAfterCountsMinorCollections) {
    p.fullsweep_after = 2;
    Term x[1] = {build_list(10)};
    collect(x, 1);
    collect(x, 1);
    EXPECT_EQ(p.minor_gcs, 2u);
    collect(x, 1);  // the third is major
    EXPECT_EQ(p.minor_gcs, 0u);
    EXPECT_EQ(p.old_heap_start, nullptr);
    p.fullsweep_after = 0;  // every collection major
    collect(x, 1);
    collect(x, 1);
    EXPECT_EQ(p.minor_gcs, 0u);
    EXPECT_EQ(p.old_heap_start, nullptr);
    EXPECT_TRUE(is_countdown(x[0], 10));
}

TEST_F(GcTest, FragmentsAreMergedIntoTheYoungHeap) {
    Term x[1] = {build_list(3000)};  // far past the 233-word heap: mostly in fragments
    ASSERT_GT(p.fragment_words, 0u);
    collect(x, 1);
    EXPECT_EQ(p.fragments, nullptr);
    EXPECT_EQ(p.fragment_words, 0u);
    EXPECT_TRUE(in_young_heap(x[0]));
    EXPECT_TRUE(is_countdown(x[0], 3000));
}

TEST_F(GcTest, LiteralsAreNeverCopied) {
    LiteralArea area;
    Term lit = make_tuple2(area, make_small(1), make_small(2));
    Term x[1] = {make_cons(p, lit, kNil)};
    for (int k = 0; k < 3; ++k) collect(x, 1);
    garbage_collect(&p, 0, x, 1, GcSizing::Shrink);
    EXPECT_EQ(list_ptr(x[0])[0], lit);
}

// A collection that releases a literal area copies what the process refers to in it (and nothing of
// other areas): shared subterms stay shared, a refc binary gains the process's reference, and the
// copies outlive the area.
TEST_F(GcTest, ReleasingAnAreaCopiesItsLiteralsOnce) {
    auto area = std::make_unique<LiteralArea>();
    LiteralArea other;
    Term kept = make_tuple2(other, make_small(7), make_small(8));
    Term shared = make_cons(*area, make_small(1), make_cons(*area, make_small(2), kNil));
    Term bin = make_binary(*area, std::string(500, 'z'));
    ASSERT_TRUE(is_refc_binary(bin));
    Binary* block = reinterpret_cast<Binary*>(boxed_ptr(bin)[2]);
    Term lit = make_tuple3(*area, shared, shared, bin);
    Term x[2] = {make_cons(p, lit, kNil), make_tuple2(p, kept, shared)};
    collect(x, 2);  // a minor collection first: the literals stay
    garbage_collect(&p, 0, x, 2, GcSizing::Grow, area.get());
    Term copy = list_ptr(x[0])[0];
    EXPECT_FALSE(area->contains(boxed_ptr(copy)));
    EXPECT_TRUE(in_young_heap(copy));
    EXPECT_EQ(tuple_element(copy, 0), tuple_element(copy, 1));          // sharing kept
    EXPECT_EQ(tuple_element(x[1], 1), tuple_element(copy, 0));          // across roots too
    EXPECT_EQ(tuple_element(x[1], 0), kept);                            // another area's literal stays
    EXPECT_EQ(block->refs.load(), 2);
    area.reset();  // the area's reference goes; the process's copy keeps the bytes
    EXPECT_EQ(block->refs.load(), 1);
    EXPECT_EQ(binary_ref(tuple_element(copy, 2)).data[499], 'z');
    Term l = tuple_element(copy, 0);
    EXPECT_EQ(list_ptr(l)[0], make_small(1));
    EXPECT_EQ(list_ptr(list_ptr(l)[1])[0], make_small(2));
    Term none[1] = {kNil};
    garbage_collect(&p, 0, none, 1, GcSizing::Shrink);  // unreached now: the copy's reference goes
}

TEST_F(GcTest, RefcBinariesAcrossGenerations) {
    std::string bytes(1000, 'b');
    Term bin = make_binary(p, bytes);
    ASSERT_TRUE(is_boxed(bin));
    ASSERT_TRUE(is_refc_binary(bin));
    Binary* block = reinterpret_cast<Binary*>(boxed_ptr(bin)[2]);
    Term x[2] = {bin, make_sub_binary(p, bin, 8, 80)};  // a sub binary of bytes 1..10
    collect(x, 2);
    collect(x, 2);  // both promoted; the refc term is on the old heap's off-heap list
    EXPECT_TRUE(in_old_heap(x[0]));
    EXPECT_NE(p.old_off_heap, nullptr);
    EXPECT_EQ(p.off_heap, nullptr);
    EXPECT_EQ(block->refs.load(), 1);
    BinaryRef sub = binary_ref(x[1]);
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(sub.data), 10), std::string(10, 'b'));
    // A minor collection leaves an unreachable old binary alone; a major one releases it.
    Binary* held = block;
    held->refs.fetch_add(1);  // keep the block readable after the term dies
    Term none[1] = {kNil};
    collect(none, 1);
    EXPECT_EQ(held->refs.load(), 2);
    garbage_collect(&p, 0, none, 1, GcSizing::Shrink);
    EXPECT_EQ(held->refs.load(), 1);
    EXPECT_EQ(p.old_off_heap, nullptr);
    held->release();
}

TEST_F(GcTest, MatchContextsSurvivePromotion) {
    std::string bytes(200, '\0');
    for (std::size_t k = 0; k < bytes.size(); ++k) bytes[k] = char(k);
    Term x[1] = {bs_start_match(p, make_binary(p, bytes))};
    ASSERT_NE(x[0], kNonValue);
    ASSERT_TRUE(bs_skip_bits(x[0], 8 * 5));
    collect(x, 1);
    collect(x, 1);
    EXPECT_TRUE(in_old_heap(x[0]));
    Term v = kNil;
    ASSERT_TRUE(bs_get_integer(p, x[0], 8, 0, &v));
    EXPECT_EQ(v, make_small(5));
    EXPECT_EQ(bs_match_remaining(x[0]), Word(8 * 194));
}

TEST_F(GcTest, MillionElementListAndTuple) {
    constexpr Word kN = 1'000'000;
    Term x[2] = {build_list(kN), kNil};
    Term* t = p.alloc(kN + 1);
    t[0] = make_header(kN, Subtag::Tuple);
    for (Word k = 0; k < kN; ++k) t[1 + k] = make_small(SWord(k));
    x[1] = make_boxed(t);
    collect(x, 2);
    collect(x, 2);
    EXPECT_TRUE(in_old_heap(x[0]));
    EXPECT_TRUE(in_old_heap(x[1]));
    garbage_collect(&p, 0, x, 2, GcSizing::Shrink);
    EXPECT_TRUE(is_countdown(x[0], kN));
    const Term* e = boxed_ptr(x[1]);
    ASSERT_EQ(header_arity(e[0]), kN);
    for (Word k = 0; k < kN; k += 99'991) EXPECT_EQ(e[1 + k], make_small(SWord(k)));
    EXPECT_EQ(e[kN], make_small(SWord(kN - 1)));
}

TEST_F(GcTest, HeapBlocksAreReusedForTheSameSize) {
    Term* a = heap_block_alloc(4181);
    heap_block_free(a, 4181);
    Term* b = heap_block_alloc(4181);
    EXPECT_EQ(a, b);
    heap_block_free(b, 4181);
}

TEST_F(GcTest, HeapBlocksServeRequestsUpToAThirdSmaller) {
    // Past 1M words the size table grows by 20% steps (below, by about 1.6x: neighbours never share).
    Term* a = heap_block_alloc(1200000);
    heap_block_free(a, 1200000);
    Term* b = heap_block_alloc(1000000);  // 1.2M is within half again of 1M: the cached block serves
    EXPECT_EQ(a, b);
    heap_block_free(b, 1000000);          // cached as a block of 1M words from now on
    Term* c = heap_block_alloc(600000);   // 1M is more than half again of 600k: a new block
    EXPECT_NE(b, c);
    Term* d = heap_block_alloc(1000000);
    EXPECT_EQ(b, d);
    heap_block_free(c, 600000);
    heap_block_free(d, 1000000);
}

}  // namespace
}  // namespace ember::vm
