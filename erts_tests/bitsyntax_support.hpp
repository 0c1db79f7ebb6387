// Helpers shared by the bit syntax tests (erts_tests/bitsyntax_test.cpp, bitsyntax_append_test.cpp).
#pragma once

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "vm/binary.hpp"
#include "vm/bitsyntax.hpp"
#include "vm/etf.hpp"
#include "vm/term_print.hpp"

namespace ember::vm::bitsyntax_testing {
// Words in separate chunks (so out-of-bounds writes are visible to sanitizers); refc binaries are
// released when the heap dies.
class TestHeap : public HeapAllocator {
public:
    ~TestHeap() override { for (Term* h : m_off_heap) reinterpret_cast<Binary*>(h[2])->release(); }
    Term* alloc(Word words) override {
        m_chunks.push_back(std::make_unique<Word[]>(words == 0 ? 1 : words));
        m_words += words;
        return m_chunks.back().get();
    }
    void add_off_heap(Term* refc_header) override { m_off_heap.push_back(refc_header); }
    Word words() const { return m_words; }

private:
    std::vector<std::unique_ptr<Word[]>> m_chunks;
    std::vector<Term*> m_off_heap;
    Word m_words = 0;
};

inline std::vector<std::uint8_t> from_hex(const char* hex) {
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; hex[i] != 0 && hex[i + 1] != 0; i += 2) {
        out.push_back(std::uint8_t(std::stoi(std::string(hex + i, 2), nullptr, 16)));
    }
    return out;
}

// A bitstring of `bits` bits from `bytes`, placed `base` bits into a fresh binary (a sub binary when
// base != 0 or bits % 8 != 0; a refc binary underneath when big enough).
inline Term make_bits(TestHeap& heap, const std::vector<std::uint8_t>& bytes, std::size_t bits, std::size_t base = 0) {
    std::size_t total = (base + bits + 7) / 8;
    std::uint8_t* dst = nullptr;
    Term bin = make_binary_uninit(heap, total, &dst);
    std::memset(dst, 0xA5, total);  // junk around the bits must not matter
    copy_bits(bytes.data(), 0, dst, base, bits);
    if (base == 0 && bits % 8 == 0) return bin;
    return make_sub_binary(heap, bin, base, bits);
}

inline Term from_etf(TestHeap& heap, const char* hex) {
    std::vector<std::uint8_t> bytes = from_hex(hex);
    std::string error;  // the tables hold term_to_binary output, so decoding must succeed
    Term t = etf_decode(heap, bytes.data(), bytes.size(), EtfDecodeOption::None, &error);
    EXPECT_NE(t, kNonValue) << error;
    return t;
}

inline std::string w(Term t) { return t == kNonValue ? std::string("THE_NON_VALUE") : format_term_w(t); }

inline BsSegment seg(BsSegmentType t, Term v, Term size, unsigned flags = 0, Word unit = 1) {
    return {t, flags, unit, v, size};
}
inline BsSegment int_seg(Term v, SWord size, unsigned flags = 0) {
    return seg(BsSegmentType::Integer, v, make_small(size), flags);
}

// Runs bs_create_bin and prints the result as erl's ~w, or "badarg"/"system_limit".
inline std::string build(TestHeap& heap, const std::vector<BsSegment>& segs, BsCreateError* err = nullptr) {
    BsCreateError e;
    Term r = bs_create_bin(heap, segs.data(), segs.size(), &e);
    if (err != nullptr) *err = e;
    if (r == kNonValue) return w(e.reason);
    return w(r);
}

}  // namespace ember::vm::bitsyntax_testing
