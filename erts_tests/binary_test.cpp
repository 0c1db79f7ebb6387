// Binaries: the refcounted block, heap/refc/sub binary terms, binary_ref and copy_bits.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "vm/binary.hpp"
#include "vm/term_print.hpp"

#include "test_support.hpp"

namespace ember::vm {
namespace {

using namespace test;

std::vector<std::uint8_t> bytes_of(Term t) {
    BinaryRef r = binary_ref(t);
    std::vector<std::uint8_t> out((r.bit_size + 7) / 8, 0);
    copy_bits(r.data, r.bit_offset, out.data(), 0, r.bit_size);
    return out;
}

bool get_bit(const std::uint8_t* p, std::size_t i) { return (p[i / 8] >> (7 - i % 8)) & 1; }
void set_bit(std::uint8_t* p, std::size_t i, bool b) {
    if (b) p[i / 8] |= std::uint8_t(0x80 >> (i % 8));
    else p[i / 8] &= std::uint8_t(~(0x80 >> (i % 8)));
}

TEST(BinaryTest, CreateAndRelease) {
    Binary* b = Binary::create(100);
    EXPECT_EQ(b->refs.load(), 1);
    EXPECT_EQ(b->size, 0u);
    EXPECT_EQ(b->capacity, 100u);
    b->retain();
    b->release();
    EXPECT_EQ(b->refs.load(), 1);
    b->release();  // freed (checked by ASan builds)
    Binary::create(0)->release();
}

TEST(BinaryTest, HeapAndRefcBoundary) {
    TestHeap heap;
    std::vector<std::uint8_t> data(200);
    for (std::size_t i = 0; i < data.size(); ++i) data[i] = std::uint8_t(i * 7);
    Term small = make_binary(heap, data.data(), 64);
    EXPECT_TRUE(is_heap_binary(small));
    EXPECT_EQ(heap_binary_words(64), header_arity(boxed_header(small)) + 1);
    Term big = make_binary(heap, data.data(), 65);
    EXPECT_TRUE(is_refc_binary(big));
    EXPECT_EQ(heap.off_heap_count(), 1u);
    EXPECT_EQ(bytes_of(small), std::vector<std::uint8_t>(data.begin(), data.begin() + 64));
    EXPECT_EQ(bytes_of(big), std::vector<std::uint8_t>(data.begin(), data.begin() + 65));
    Term empty = make_binary(heap, std::string_view());
    EXPECT_EQ(binary_ref(empty).bit_size, 0u);
    EXPECT_EQ(format_term_w(empty), "<<>>");
    EXPECT_EQ(format_term_w(make_binary(heap, "abc")), "<<97,98,99>>");
}

TEST(BinaryTest, SubBinariesFlatten) {
    TestHeap heap;
    std::vector<std::uint8_t> data(100);
    for (std::size_t i = 0; i < data.size(); ++i) data[i] = std::uint8_t(i);
    Term bin = make_binary(heap, data.data(), data.size());
    Term sub = make_sub_binary(heap, bin, 8 * 10 + 3, 8 * 20 + 5);
    EXPECT_TRUE(is_sub_binary(sub));
    BinaryRef r = binary_ref(sub);
    EXPECT_EQ(r.bit_size, 165u);
    EXPECT_EQ(r.bit_offset, 3u);
    EXPECT_FALSE(r.is_binary());
    EXPECT_EQ(r.original, bin);
    Term sub2 = make_sub_binary(heap, sub, 5, 16);
    EXPECT_EQ(boxed_ptr(sub2)[4], bin);  // refers to the original, not to `sub`
    BinaryRef r2 = binary_ref(sub2);
    EXPECT_EQ(r2.bit_size, 16u);
    EXPECT_EQ(r2.bit_offset, 0u);
    EXPECT_EQ(r2.data, binary_ref(bin).data + 11);
    EXPECT_EQ(bytes_of(sub2), (std::vector<std::uint8_t>{11, 12}));
    // <<1,2:3>>
    std::uint8_t raw[] = {1, 0x40};
    Term bits = make_sub_binary(heap, make_binary(heap, raw, 2), 0, 11);
    EXPECT_EQ(format_term_w(bits), "<<1,2:3>>");
}

TEST(BinaryTest, CopyBitsMatchesBitByBitReference) {
    std::mt19937 rng(12345);
    std::vector<std::uint8_t> src(64), dst(64), expect(64);
    for (int iter = 0; iter < 20000; ++iter) {
        for (auto& b : src) b = std::uint8_t(rng());
        for (auto& b : dst) b = std::uint8_t(rng());
        expect = dst;
        std::size_t so = rng() % 64, dof = rng() % 64;
        std::size_t bits = rng() % (8 * 64 - std::max(so, dof));
        if (iter % 4 == 0) so &= ~std::size_t(7), dof &= ~std::size_t(7);  // aligned fast path
        for (std::size_t i = 0; i < bits; ++i) set_bit(expect.data(), dof + i, get_bit(src.data(), so + i));
        copy_bits(src.data(), so, dst.data(), dof, bits);
        ASSERT_EQ(dst, expect) << "so=" << so << " do=" << dof << " bits=" << bits;
    }
}

TEST(BinaryTest, UninitBinary) {
    TestHeap heap;
    std::uint8_t* p = nullptr;
    Term t = make_binary_uninit(heap, 3, &p);
    p[0] = 1, p[1] = 2, p[2] = 3;
    EXPECT_EQ(format_term_w(t), "<<1,2,3>>");
    Term big = make_binary_uninit(heap, 1000, &p);
    EXPECT_EQ(binary_ref(big).byte_size(), 1000u);
    EXPECT_EQ(binary_ref(big).data, p);
}

}  // namespace
}  // namespace ember::vm
