// OwnedTerm: terms copied out of a heap into storage they own (vm/owned_term.hpp).
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "vm/compare.hpp"
#include "vm/copy.hpp"
#include "vm/gc.hpp"
#include "vm/owned_term.hpp"

#include "test_support.hpp"

namespace ember::vm {
namespace {

using namespace test;

Binary* binary_of(Term refc) { return reinterpret_cast<Binary*>(boxed_ptr(refc)[2]); }

std::string bytes_text(std::size_t n, char seed) {
    std::string s(n, '\0');
    for (std::size_t i = 0; i < n; ++i) s[i] = char(seed + i % 26);
    return s;
}

TEST(OwnedTermTest, DefaultIsNilWithoutStorage) {
    OwnedTerm t;
    EXPECT_EQ(t.get(), kNil);
    EXPECT_TRUE(t.is_value());
    EXPECT_TRUE(t.empty());
    EXPECT_EQ(t.words(), 0u);
    EXPECT_EQ(t.bytes(), 0u);
    EXPECT_EQ(t.use_count(), 0u);
    EXPECT_EQ(t.to_string(), "[]");
}

TEST(OwnedTermTest, ImmediatesNeedNoStorage) {
    TermBuilder b;
    for (Term x : {b.a("ok"), b.i(-42), b.i(kMaxSmall), make_pid(7), make_port(3), kNil}) {
        OwnedTerm t = OwnedTerm::copy_of(x);
        EXPECT_EQ(t.get(), x);
        EXPECT_TRUE(t.empty());
        EXPECT_EQ(t.words(), 0u);
    }
    EXPECT_EQ(OwnedTerm::copy_of(b.a("hello")).to_string(), "hello");
    EXPECT_EQ(OwnedTerm::copy_of(make_pid(7)).to_string(), "<0.7.0>");
}

TEST(OwnedTermTest, CopiesSurviveTheSourceHeap) {
    auto b = std::make_unique<TermBuilder>();
    Term big = b->big(false, {0, 0, 1});  // 2^128
    Term nested = b->t({b->a("error"),
                        b->l({b->i(1), b->f(2.5), big, b->t({}), b->bin({1, 2, 3}), b->bits(5, 3)}, b->a("tail")),
                        b->map({{b->a("k"), b->i(1)}, {b->i(2), b->l({b->i(3)})}}),
                        b->ref(1, 2, 3)});
    std::vector<Term> sources{big, nested, b->l({b->i(1), b->i(2)}), b->f(-0.0), b->int_map({1, 2, 3})};
    // A map above the flat limit (HAMT layout).
    std::vector<SWord> keys;
    for (SWord k = 0; k < 100; ++k) keys.push_back(k * 7919);
    sources.push_back(b->int_map(keys));
    std::vector<std::string> texts;
    std::vector<OwnedTerm> copies;
    for (Term s : sources) {
        texts.push_back(format_term_w(s));
        copies.push_back(OwnedTerm::copy_of(s));
        EXPECT_EQ(copies.back().words(), term_size(s));
        EXPECT_FALSE(copies.back().empty());
        EXPECT_EQ(copies.back().use_count(), 1u);
    }
    EXPECT_EQ(copies[0].to_string(), "340282366920938463463374607431768211456");
    b.reset();  // the source heap is gone
    for (std::size_t i = 0; i < copies.size(); ++i) EXPECT_EQ(copies[i].to_string(), texts[i]) << i;
    // Back into a heap: equal terms, independent of the handle.
    TestHeap heap;
    for (std::size_t i = 0; i < copies.size(); ++i) {
        Term back = copies[i].copy_into(heap);
        EXPECT_NE(back, copies[i].get());
        EXPECT_TRUE(exact_equal(back, copies[i].get()));
        copies[i] = OwnedTerm();
        EXPECT_EQ(format_term_w(back), texts[i]);
    }
}

TEST(OwnedTermTest, HeapBinaryIsCopiedInline) {
    TermBuilder b;
    Term bin = make_binary(b.heap, "hello");
    OwnedTerm t = OwnedTerm::copy_of(bin);
    EXPECT_EQ(t.words(), heap_binary_words(5));
    EXPECT_EQ(t.to_string(), "<<104,101,108,108,111>>");
}

TEST(OwnedTermTest, RefcBinaryReferenceIsHeldAndReleased) {
    std::string text = bytes_text(1000, 'a');
    auto b = std::make_unique<TermBuilder>();
    Term bin = make_binary(b->heap, text);
    Term sub = make_sub_binary(b->heap, bin, 8 * 10, 8 * 20);
    Binary* blk = binary_of(bin);
    blk->retain();  // the test's own reference, so the block can be inspected after the others go
    ASSERT_EQ(blk->refs.load(), 2);
    {
        OwnedTerm t = OwnedTerm::copy_of(b->t({bin, sub}));
        EXPECT_EQ(blk->refs.load(), 4);  // the tuple holds the refc term twice (directly, and under sub)
        EXPECT_GE(t.bytes(), 2 * blk->capacity);
        OwnedTerm t2 = t;  // sharing a handle does not touch the binary
        EXPECT_EQ(t.use_count(), 2u);
        EXPECT_EQ(blk->refs.load(), 4);
        b.reset();  // the source heap drops its reference
        EXPECT_EQ(blk->refs.load(), 3);
        BinaryRef r = binary_ref(tuple_element(t2.get(), 1));
        EXPECT_EQ(std::string(reinterpret_cast<const char*>(r.data), r.byte_size()), text.substr(10, 20));
        t = OwnedTerm();
        EXPECT_EQ(blk->refs.load(), 3);
        {
            TestHeap heap;
            Term back = t2.copy_into(heap);
            EXPECT_EQ(blk->refs.load(), 5);
            EXPECT_EQ(binary_ref(tuple_element(back, 0)).byte_size(), 1000u);
        }
        EXPECT_EQ(blk->refs.load(), 3);
    }
    EXPECT_EQ(blk->refs.load(), 1);  // the last handle released both references
    blk->release();
}

TEST(OwnedTermTest, SurvivesGarbageCollectionAndExitOfTheProcess) {
    auto p = std::make_unique<Process>();
    std::string text = bytes_text(500, 'A');
    Term bin = make_binary(*p, text);
    Binary* blk = binary_of(bin);
    blk->retain();
    Term items[3] = {make_small(1), bin, make_charlist(*p, "abc")};
    Term t = make_list_of(*p, items, 3);
    std::string expected = format_term_w(t);
    OwnedTerm owned = OwnedTerm::copy_of(t);
    garbage_collect(p.get(), 0, nullptr, 0);  // nothing live: the source terms are gone
    EXPECT_EQ(owned.to_string(), expected);
    Term back = owned.copy_into(*p);  // plain copy into a process heap
    EXPECT_EQ(format_term_w(back), expected);
    p.reset();
    EXPECT_EQ(owned.to_string(), expected);
    EXPECT_EQ(blk->refs.load(), 2);
    owned = OwnedTerm();
    EXPECT_EQ(blk->refs.load(), 1);
    blk->release();
}

TEST(OwnedTermTest, CopyAllSharesOneBlock) {
    TermBuilder b;
    Term terms[4] = {b.t({b.a("x"), b.i(1)}), b.a("ok"), b.l({b.i(1), b.i(2), b.i(3)}), b.f(1.5)};
    std::vector<OwnedTerm> out = OwnedTerm::copy_all(terms);
    ASSERT_EQ(out.size(), 4u);
    EXPECT_TRUE(out[1].empty());
    EXPECT_EQ(out[1].get(), b.a("ok"));
    EXPECT_TRUE(out[0].same_storage(out[2]));
    EXPECT_TRUE(out[0].same_storage(out[3]));
    EXPECT_FALSE(out[0].same_storage(out[1]));
    EXPECT_EQ(out[0].use_count(), 3u);
    EXPECT_EQ(out[0].words(), term_size(terms[0]) + term_size(terms[2]) + term_size(terms[3]));
    EXPECT_EQ(out[2].to_string(), "[1,2,3]");
    OwnedTerm keep = out[3];
    out.clear();
    EXPECT_EQ(keep.use_count(), 1u);
    EXPECT_EQ(keep.to_string(), "1.5");
    EXPECT_TRUE(OwnedTerm::copy_all({}).empty());
}

TEST(OwnedTermTest, MatchContextIsAnError) {
    TestHeap heap;
    Term* ctx = heap.alloc(3);
    ctx[0] = make_header(2, Subtag::MatchContext);
    Term* tup = heap.alloc(2);
    tup[0] = make_header(1, Subtag::Tuple);
    tup[1] = make_boxed(ctx);
    OwnedTerm t = OwnedTerm::copy_of(make_boxed(tup));
    EXPECT_FALSE(t.is_value());
    EXPECT_EQ(t.get(), kNonValue);
    EXPECT_TRUE(t.empty());
    EXPECT_EQ(t.to_string(), "THE_NON_VALUE");
    EXPECT_EQ(t.copy_into(heap), kNonValue);
    EXPECT_FALSE(OwnedTerm::copy_of(kNonValue).is_value());
    Term two[2] = {make_boxed(tup), make_small(3)};
    std::vector<OwnedTerm> all = OwnedTerm::copy_all(two);
    EXPECT_FALSE(all[0].is_value());
    EXPECT_EQ(all[1].get(), make_small(3));
}

TEST(OwnedTermTest, MoveAndAssign) {
    TermBuilder b;
    OwnedTerm a = OwnedTerm::copy_of(b.t({b.i(1)}));
    OwnedTerm c = std::move(a);
    EXPECT_EQ(a.get(), kNil);  // NOLINT(bugprone-use-after-move): moved-from holds []
    EXPECT_TRUE(a.empty());
    EXPECT_EQ(c.to_string(), "{1}");
    OwnedTerm& self = c;
    c = self;
    EXPECT_EQ(c.use_count(), 1u);
    c = std::move(self);
    EXPECT_EQ(c.to_string(), "{1}");
    OwnedTerm d = OwnedTerm::copy_of(b.t({b.i(2)}));
    d = c;
    EXPECT_TRUE(d.same_storage(c));
    EXPECT_EQ(c.use_count(), 2u);
}

TEST(OwnedTermTest, LongListsAreCopiedIteratively) {
    TestHeap heap;
    std::vector<Term> items(200000);
    for (std::size_t i = 0; i < items.size(); ++i) items[i] = make_small(SWord(i));
    Term l = make_list_of(heap, items.data(), items.size());
    OwnedTerm t = OwnedTerm::copy_of(l);
    EXPECT_EQ(t.words(), 2 * items.size());
    EXPECT_EQ(list_to_vector(t.get()).size(), items.size());
}

// Handles are copied, read and dropped on many threads at once; the last drop (on any thread) frees
// the block and releases the binary exactly once.
TEST(OwnedTermTest, SharedAcrossThreads) {
    std::string text = bytes_text(300, 'k');
    auto b = std::make_unique<TermBuilder>();
    Term bin = make_binary(b->heap, text);
    Binary* blk = binary_of(bin);
    blk->retain();
    Term src = b->t({b->a("shared"), bin, b->l({b->i(1), b->big(true, {0, 0, 5})})});
    std::string expected = format_term_w(src);
    OwnedTerm shared = OwnedTerm::copy_of(src);
    b.reset();
    std::atomic<int> bad{0};
    std::vector<std::thread> threads;
    for (int k = 0; k < 8; ++k) {
        threads.emplace_back([&bad, &expected, copy = shared] {
            for (int i = 0; i < 2000; ++i) {
                OwnedTerm mine = copy;
                if (i % 100 == 0 && mine.to_string() != expected) bad.fetch_add(1);
                if (i % 500 == 0) {
                    TestHeap heap;
                    if (format_term_w(mine.copy_into(heap)) != expected) bad.fetch_add(1);
                }
            }
        });
    }
    shared = OwnedTerm();  // the threads' copies keep it alive
    for (auto& t : threads) t.join();
    EXPECT_EQ(bad.load(), 0);
    EXPECT_EQ(blk->refs.load(), 1);
    blk->release();
}

}  // namespace
}  // namespace ember::vm
