// Bit syntax tests: in-place appends to writable binaries (vm/bitsyntax.hpp bs_create_bin with an
// append segment first, as erlc emits <<Acc/binary, ...>>).
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "erts_tests/bitsyntax_support.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/bitsyntax.hpp"

namespace ember::vm {
namespace {

using namespace bitsyntax_testing;

// ---- in-place appends (writable binaries) ----
// <<Acc/binary-or-bits, Rest...>> as the compiler emits it: an append segment first.
Term append(TestHeap& heap, Term acc, std::vector<BsSegment> rest, Word unit = 1, std::size_t* grown = nullptr) {
    std::vector<BsSegment> segs{seg(BsSegmentType::Append, acc, kNil, 0, unit)};
    segs.insert(segs.end(), rest.begin(), rest.end());
    BsCreateError e;
    std::size_t g = 0;
    Term r = bs_create_bin_grown(heap, segs.data(), segs.size(), &e, &g);
    if (grown != nullptr) *grown = g;
    return r;
}
Term append_bytes(TestHeap& heap, Term acc, const char* s) {
    BsSegment str = seg(BsSegmentType::String, kNonValue, kNil);
    str.string = reinterpret_cast<const std::uint8_t*>(s);
    str.string_bytes = std::strlen(s);
    return append(heap, acc, {str}, 8);
}
// The refc term under a version (a sub binary of a writable block).
const Term* refc_of(Term version) { return boxed_ptr(boxed_ptr(version)[4]); }
const Binary* block_of(Term version) { return reinterpret_cast<const Binary*>(refc_of(version)[2]); }

TEST(BitSyntaxAppend, OldVersionsNeverChange) {
    TestHeap heap;
    Term v0 = append_bytes(heap, make_binary(heap, "hello"), "a");  // a heap binary: copied
    ASSERT_TRUE(is_sub_binary(v0));
    EXPECT_TRUE(block_of(v0)->writable.load());
    EXPECT_EQ(block_of(v0)->size, kWritableMinCapacity);  // binary:referenced_byte_size/1 says 256 in erl
    Term v1 = append_bytes(heap, v0, "b");
    EXPECT_EQ(refc_of(v1), refc_of(v0));  // in place
    Term v2 = append_bytes(heap, v1, "c");
    Term v3 = append_bytes(heap, v2, "d");
    EXPECT_EQ(refc_of(v3), refc_of(v0));
    // Appending to an older version copies; the newer versions keep their bits.
    Term o1 = append_bytes(heap, v1, "x");
    EXPECT_NE(refc_of(o1), refc_of(v1));
    Term o2 = append_bytes(heap, o1, "y");
    EXPECT_EQ(refc_of(o2), refc_of(o1));
    Term o3 = append_bytes(heap, v2, "z");
    EXPECT_EQ(w(v0), "<<104,101,108,108,111,97>>");
    EXPECT_EQ(w(v1), "<<104,101,108,108,111,97,98>>");
    EXPECT_EQ(w(v2), "<<104,101,108,108,111,97,98,99>>");
    EXPECT_EQ(w(v3), "<<104,101,108,108,111,97,98,99,100>>");
    EXPECT_EQ(w(o1), "<<104,101,108,108,111,97,98,120>>");
    EXPECT_EQ(w(o2), "<<104,101,108,108,111,97,98,120,121>>");
    EXPECT_EQ(w(o3), "<<104,101,108,108,111,97,98,99,122>>");
    // The newest version still appends in place after the copies.
    Term v4 = append_bytes(heap, v3, "e");
    EXPECT_EQ(refc_of(v4), refc_of(v0));
    EXPECT_EQ(w(v4), "<<104,101,108,108,111,97,98,99,100,101>>");
}

TEST(BitSyntaxAppend, BitstringVersions) {
    TestHeap heap;  // erl: appb(Acc, X) -> <<Acc/bits, X:3>>, starting from <<>>
    auto appb = [&](Term acc, SWord x) { return append(heap, acc, {int_seg(make_small(x), 3)}); };
    Term w0 = appb(make_binary(heap, ""), 5);
    Term w1 = appb(w0, 6);
    Term w2 = appb(w1, 7);  // in place: writes bits 6..8, inside w1's last byte and past it
    Term w3 = appb(w1, 1);  // w1 is no longer the newest: copies
    Term w4 = appb(w3, 2);
    EXPECT_EQ(refc_of(w2), refc_of(w0));
    EXPECT_NE(refc_of(w3), refc_of(w0));
    EXPECT_EQ(w(w0), "<<5:3>>");
    EXPECT_EQ(w(w1), "<<46:6>>");
    EXPECT_EQ(w(w2), "<<187,1:1>>");
    EXPECT_EQ(w(w3), "<<184,1:1>>");
    EXPECT_EQ(w(w4), "<<184,10:4>>");
    // A bits version with a binary unit is a unit error, and leaves the block appendable.
    BsCreateError e;
    std::vector<BsSegment> bad{seg(BsSegmentType::Append, w2, kNil, 0, 8), int_seg(make_small(1), 8)};
    EXPECT_EQ(bs_create_bin(heap, bad.data(), bad.size(), &e), kNonValue);
    EXPECT_EQ(e.kind, BsCreateErrorKind::Unit);
    Term w5 = appb(w2, 0);
    EXPECT_EQ(refc_of(w5), refc_of(w0));
    EXPECT_EQ(w(w5), "<<187,8:4>>");
    EXPECT_EQ(w(w2), "<<187,1:1>>");
}

TEST(BitSyntaxAppend, SelfAppendAndGrowth) {
    TestHeap heap;
    Term s0 = append_bytes(heap, make_binary(heap, "ab"), "c");
    Term s1 = append(heap, s0, {seg(BsSegmentType::BinaryAll, s0, am_all, 0, 8)}, 8);
    EXPECT_EQ(refc_of(s1), refc_of(s0));
    Term s2 = append(heap, s1, {seg(BsSegmentType::BinaryAll, s1, am_all, 0, 8)}, 8);
    EXPECT_EQ(w(s2), "<<97,98,99,97,98,99,97,98,99,97,98,99>>");
    EXPECT_EQ(w(s1), "<<97,98,99,97,98,99>>");
    // 10,000 appends of 3 bytes: the block is reallocated (geometrically) under one refc term, and a
    // version kept from early on is unchanged.
    Term v = s2, kept = kNonValue;
    std::size_t grown_total = 0, grows = 0;
    for (int i = 0; i < 10000; ++i) {
        std::size_t grown = 0;
        v = append(heap, v, {int_seg(make_small(i), 24)}, 8, &grown);
        if (grown != 0) ++grows;
        grown_total += grown;
        if (i == 50) kept = v;
    }
    EXPECT_EQ(refc_of(v), refc_of(s0));
    EXPECT_LE(grows, 10u);
    EXPECT_EQ(grown_total, block_of(v)->capacity - kWritableMinCapacity);
    BinaryRef r = binary_ref(v);
    ASSERT_EQ(r.byte_size(), 12u + 30000u);
    bool ok = true;
    for (int i = 0; i < 10000; ++i) {
        const std::uint8_t* p = r.data + 12 + 3 * i;
        ok = ok && (p[0] << 16 | p[1] << 8 | p[2]) == i;
    }
    EXPECT_TRUE(ok);
    BinaryRef k = binary_ref(kept);
    EXPECT_EQ(k.byte_size(), 12u + 3 * 51u);
    EXPECT_EQ(k.data[12 + 3 * 50 + 2], 50);
}

TEST(BitSyntaxAppend, SharedBlockIsNeverWritten) {
    TestHeap heap;
    Term v0 = append_bytes(heap, make_binary(heap, "x"), "y");
    Binary* block = const_cast<Binary*>(block_of(v0));
    block->retain();  // as a message copy, ETS or persistent_term would
    EXPECT_FALSE(block->writable.load());
    Term v1 = append_bytes(heap, v0, "z");
    EXPECT_NE(refc_of(v1), refc_of(v0));
    EXPECT_EQ(block->append_bits, 16u);
    EXPECT_EQ(w(v0), "<<120,121>>");
    EXPECT_EQ(w(v1), "<<120,121,122>>");
    block->release();
    // Plain refc binaries (not made by an append) are never appended to in place either.
    std::vector<std::uint8_t> bytes(100, 7);
    Term big = make_binary(heap, bytes.data(), bytes.size());
    Term sub = make_sub_binary(heap, big, 0, 800);
    Term v2 = append_bytes(heap, sub, "q");
    EXPECT_NE(boxed_ptr(boxed_ptr(v2)[4]), boxed_ptr(big));
    EXPECT_EQ(reinterpret_cast<const Binary*>(boxed_ptr(big)[2])->size, 100u);
}

TEST(BitSyntaxAppend, GcSweepGivesBackSpareRoom) {
    TestHeap heap;
    Term v0 = append_bytes(heap, make_binary(heap, "abc"), "d");
    Term* refc = boxed_ptr(boxed_ptr(v0)[4]);
    writable_sweep(refc);  // appended to since the last "GC": stays writable
    EXPECT_TRUE(block_of(v0)->writable.load());
    EXPECT_EQ(block_of(v0)->capacity, kWritableMinCapacity);
    Term v1 = append_bytes(heap, v0, "e");
    EXPECT_EQ(refc_of(v1), refc_of(v0));
    writable_sweep(refc);
    writable_sweep(refc);  // idle for a whole GC cycle: shrunk to its used size, no longer writable
    EXPECT_FALSE(block_of(v1)->writable.load());
    EXPECT_EQ(block_of(v1)->capacity, 5u);
    EXPECT_EQ(block_of(v1)->size, 5u);
    EXPECT_EQ(w(v0), "<<97,98,99,100>>");
    EXPECT_EQ(w(v1), "<<97,98,99,100,101>>");
    Term v2 = append_bytes(heap, v1, "f");  // copies into a new writable block
    EXPECT_NE(refc_of(v2), refc_of(v1));
    EXPECT_EQ(w(v2), "<<97,98,99,100,101,102>>");
    EXPECT_EQ(w(v1), "<<97,98,99,100,101>>");
}

TEST(BitSyntaxAppend, InitWritable) {
    TestHeap heap;
    Term e = bs_init_writable(heap, make_small(10));
    EXPECT_EQ(w(e), "<<>>");
    EXPECT_EQ(block_of(e)->capacity, 10u);
    std::size_t grown = 0;
    Term v = append(heap, e, {int_seg(make_small(1), 8 * 100)}, 8, &grown);
    EXPECT_EQ(refc_of(v), refc_of(e));
    EXPECT_EQ(grown, kWritableMinCapacity - 10);
    EXPECT_EQ(binary_ref(v).byte_size(), 100u);
    EXPECT_EQ(binary_ref(v).data[99], 1);
    EXPECT_EQ(block_of(bs_init_writable(heap, am_badarg))->capacity, 1024u);
    EXPECT_EQ(block_of(bs_init_writable(heap, make_small(-1)))->capacity, 1024u);
}

}  // namespace
}  // namespace ember::vm
