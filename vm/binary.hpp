// Binaries and bitstrings (OTP erl_binary.h, erl_bits.h).
//
// Binary is the refcounted off-heap block behind a refc binary term. Layouts of the three on-heap
// binary terms are in vm/term.hpp; BinaryRef gives uniform read access to any bitstring term.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

// A refcounted block of bytes. Invariant: refs >= 1 while any term or host handle points at it.
// `capacity` >= `size`; bytes beyond `size` are spare room for in-place appends (bs_append), which only
// the process that owns the writable flag may use.
struct Binary {
    std::atomic<std::int64_t> refs;
    std::size_t size;
    std::size_t capacity;
    std::atomic<bool> writable;  // one process may append in place (bs_private_append)
    std::uint8_t data[];

    static Binary* create(std::size_t capacity);  // refs = 1, size = 0
    void retain() { refs.fetch_add(1, std::memory_order_relaxed); }
    void release();  // frees at zero
};

// Words for the on-heap part of a binary term.
inline constexpr Word kRefcBinaryWords = 5;
inline constexpr Word kSubBinaryWords = 5;
constexpr Word heap_binary_words(std::size_t bytes) { return 2 + (bytes + 7) / 8; }

// Read access to any bitstring term: heap, refc or sub binary. `bit_offset` is within data[0].
struct BinaryRef {
    const std::uint8_t* data;  // first byte containing bits of the bitstring
    std::size_t bit_offset;    // 0..7
    std::size_t bit_size;      // total size in bits
    Term original;             // the heap or refc binary holding the bytes

    std::size_t byte_size() const { return bit_size / 8; }
    bool is_binary() const { return bit_size % 8 == 0; }
    bool byte_aligned() const { return bit_offset == 0; }
};

// Precondition: is_bitstring(t).
BinaryRef binary_ref(Term t);

// Builds a binary term holding a copy of `bytes` (heap binary up to kHeapBinaryMax, refc above).
Term make_binary(HeapAllocator& heap, const std::uint8_t* bytes, std::size_t size);
inline Term make_binary(HeapAllocator& heap, std::string_view s) {
    return make_binary(heap, reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
}
// Builds a binary of `size` bytes and returns a pointer to its (uninitialised) bytes in `out`.
Term make_binary_uninit(HeapAllocator& heap, std::size_t size, std::uint8_t** out);
// A sub binary of `bit_size` bits starting `bit_offset` bits into the bitstring `t`.
Term make_sub_binary(HeapAllocator& heap, Term t, std::size_t bit_offset, std::size_t bit_size);

// Copies `bits` bits from src (starting at src_offset bits) to dst (starting at dst_offset bits).
void copy_bits(const std::uint8_t* src, std::size_t src_offset, std::uint8_t* dst, std::size_t dst_offset,
               std::size_t bits);

}  // namespace ember::vm
