// Binaries and bitstrings (OTP erl_binary.h, erl_bits.h).
//
// Binary is the refcounted off-heap block behind a refc binary term. Layouts of the three on-heap
// binary terms are in vm/term.hpp; BinaryRef gives uniform read access to any bitstring term.
#pragma once

#include <atomic>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

// A refcounted block of bytes. Invariant: refs >= 1 while any term or host handle points at it.
// `size` is the byte count the block holds for terms (OTP's orig_size, what
// binary:referenced_byte_size/1 reports); `capacity` >= `size` bytes are allocated.
//
// Writable binaries (OTP erl_bits.c "writable binaries", see docs/bitsyntax.md): `writable` is set only
// on a block made by an append (bs_create_bin's append segment, bs_init_writable); then size ==
// capacity, exactly one refc term R on the owner's heap points at the block, every version of the
// binary is a sub binary of R at offset 0, and `append_bits` is the bit size of the newest version.
// An append to the newest version writes past `append_bits` (no existing term can see those bits) and
// may realloc the block, updating R. Sharing the block (retain: a message, ETS, persistent_term) clears
// `writable` for good, so a block with refs > 1 is never written or moved.
struct MagicObject;  // vm/magic_ref.hpp

struct Binary {
    std::atomic<std::int64_t> refs;
    std::size_t size;
    std::size_t capacity;
    std::atomic<bool> writable;  // the owner may append in place (see above)
    std::size_t append_bits;     // writable only: bit size of the newest version
    bool active_writer;          // writable only: appended to since the owner's last GC
    // The bytes belong to this object, not to data[] (enif_make_resource_binary): the refc term's data
    // word points into it, and the block's last release drops it. capacity is 0 then.
    MagicObject* keeper;
    std::uint8_t data[];

    static Binary* create(std::size_t capacity);  // refs = 1, size = 0, not writable
    static Binary* try_create(std::size_t capacity);  // as create, but nullptr when memory runs out
    void retain() {
        refs.fetch_add(1, std::memory_order_relaxed);
        writable.store(false, std::memory_order_relaxed);
    }
    void release();  // frees at zero
};

// Bytes currently held by refc binary blocks, headers included: erlang:memory(binary).
std::size_t binary_memory_bytes();

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

// Precondition: is_bitstring(t). A sub binary always refers to a heap or refc binary (never to another
// sub binary: make_sub_binary flattens), so one level of indirection is enough. Inline because every
// bit syntax match goes through it: out of line it was 15% of bench_binary's run time.
inline BinaryRef binary_ref(Term t) {
    const Term* hp = boxed_ptr(t);
    Subtag tag = header_subtag(hp[0]);
    if (tag == Subtag::SubBinary) {
        const Term* op = boxed_ptr(hp[4]);
        const std::uint8_t* base = header_subtag(op[0]) == Subtag::HeapBinary
                                       ? reinterpret_cast<const std::uint8_t*>(op + 2)
                                       : reinterpret_cast<const std::uint8_t*>(op[3]);
        std::size_t offset = std::size_t(hp[2]);
        return BinaryRef{base + offset / 8, offset % 8, std::size_t(hp[1]) * 8 + std::size_t(hp[3]), hp[4]};
    }
    if (tag == Subtag::HeapBinary) {
        return BinaryRef{reinterpret_cast<const std::uint8_t*>(hp + 2), 0, std::size_t(hp[1]) * 8, t};
    }
    assert(tag == Subtag::RefcBinary && "binary_ref of a non-bitstring");
    return BinaryRef{reinterpret_cast<const std::uint8_t*>(hp[3]), 0, std::size_t(hp[1]) * 8, t};
}

// Builds a binary term holding a copy of `bytes` (heap binary up to kHeapBinaryMax, refc above).
Term make_binary(HeapAllocator& heap, const std::uint8_t* bytes, std::size_t size);
inline Term make_binary(HeapAllocator& heap, std::string_view s) {
    return make_binary(heap, reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
}
// The refc binary term of a block filled by the caller (bin->size bytes, at most its capacity): takes
// over the caller's reference. For bytes produced outside a heap, e.g. read from a file.
Term make_refc_binary(HeapAllocator& heap, Binary* bin);
// Builds a binary of `size` bytes and returns a pointer to its (uninitialised) bytes in `out`.
Term make_binary_uninit(HeapAllocator& heap, std::size_t size, std::uint8_t** out);
// A sub binary of `bit_size` bits starting `bit_offset` bits into the bitstring `t`.
Term make_sub_binary(HeapAllocator& heap, Term t, std::size_t bit_offset, std::size_t bit_size);

// ---- writable binaries (in-place append) ----
// Smallest capacity of a writable binary made by an append (OTP: 256 bytes).
inline constexpr std::size_t kWritableMinCapacity = 256;
// Capacity for a writable binary that must hold `bytes`: doubled, +20% above 16 MB (OTP
// GROW_PROC_BIN_SIZE), at least kWritableMinCapacity.
std::size_t writable_capacity_for(std::size_t bytes);
// A new writable block of `capacity` bytes whose refc term R is linked on `heap`; the block is empty
// (append_bits = 0). Returns R's header; the caller writes bits and calls writable_commit.
Term* make_writable_refc(HeapAllocator& heap, std::size_t capacity);
// R's header if `t` is the newest version of a writable binary (a sub binary at offset 0 of a writable
// block's refc term, covering exactly append_bits), else nullptr. Appending to any other term copies.
Term* writable_newest(Term t);
// Makes room for `bits` bits in R's block (realloc, updating R's Binary* and data words). Returns the
// bytes the block grew by (0 if it had room).
std::size_t writable_reserve(Term* refc, std::size_t bits);
// Records `bits` as the newest version's size and returns that version (a sub binary of R).
Term writable_commit(HeapAllocator& heap, Term* refc, std::size_t bits);
// Called by the GC for each surviving refc term R: a writable block not appended to since the previous
// GC stops being writable and gives back its spare capacity (OTP erts_emasculate_writable_binary); one
// that was stays writable until the next GC.
void writable_sweep(Term* refc);

// Copies `bits` bits from src (starting at src_offset bits) to dst (starting at dst_offset bits).
void copy_bits(const std::uint8_t* src, std::size_t src_offset, std::uint8_t* dst, std::size_t dst_offset,
               std::size_t bits);

}  // namespace ember::vm
