// Binaries and bitstrings: the refcounted block, uniform read access, construction and bit copying.
// Layouts are in vm/term.hpp; see vm/binary.hpp for the contracts.
#include "vm/binary.hpp"

#include "vm/magic_ref.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <new>

namespace ember::vm {

namespace {

// Bytes held by refc binary blocks, header included (erlang:memory(binary)). Threads add to one of a
// few counters on their own cache lines, so creating and freeing binaries on every scheduler does not
// contend on one; a read sums them.
constexpr unsigned kBinaryBytesShards = 16;
struct alignas(64) BinaryBytesShard {
    std::atomic<std::int64_t> bytes{0};
};
BinaryBytesShard g_binary_bytes[kBinaryBytesShards];
std::atomic<unsigned> g_next_binary_shard{0};

void count_binary_bytes(std::int64_t delta) {
    static thread_local const unsigned shard = g_next_binary_shard.fetch_add(1) % kBinaryBytesShards;
    g_binary_bytes[shard].bytes.fetch_add(delta, std::memory_order_relaxed);
}

std::int64_t block_bytes(std::size_t capacity) { return std::int64_t(sizeof(Binary) + (capacity == 0 ? 1 : capacity)); }

}  // namespace

std::size_t binary_memory_bytes() {
    std::int64_t total = 0;
    for (const BinaryBytesShard& s : g_binary_bytes) total += s.bytes.load(std::memory_order_relaxed);
    return total > 0 ? std::size_t(total) : 0;
}

// Postcondition: refs == 1, size == 0, not writable; data has room for `capacity` bytes. Allocation
// failure aborts (like OTP's erts_alloc), since callers cannot recover from it mid-term.
Binary* Binary::create(std::size_t capacity) {
    Binary* b = try_create(capacity);
    if (b == nullptr) std::abort();
    return b;
}

Binary* Binary::try_create(std::size_t capacity) {
    if (capacity > (std::size_t{1} << 48)) return nullptr;
    void* mem = std::malloc(sizeof(Binary) + (capacity == 0 ? 1 : capacity));
    if (mem == nullptr) return nullptr;
    Binary* b = static_cast<Binary*>(mem);
    new (&b->refs) std::atomic<std::int64_t>(1);
    b->size = 0;
    b->capacity = capacity;
    new (&b->writable) std::atomic<bool>(false);
    b->append_bits = 0;
    b->active_writer = false;
    b->keeper = nullptr;
    count_binary_bytes(block_bytes(capacity));
    return b;
}

void Binary::release() {
    if (refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
        if (keeper) keeper->release();
        count_binary_bytes(-block_bytes(capacity));
        refs.~atomic();
        writable.~atomic();
        std::free(this);
    }
}

// Postcondition: a heap binary (size <= kHeapBinaryMax) or a refc binary linked to the heap's off-heap
// list; *out points at its `size` writable bytes. Heap binary padding bytes are zeroed so that equal
// binaries have equal words.
Term make_binary_uninit(HeapAllocator& heap, std::size_t size, std::uint8_t** out) {
    if (size <= kHeapBinaryMax) {
        Word words = heap_binary_words(size);
        Term* hp = heap.alloc(words);
        hp[0] = make_header(words - 1, Subtag::HeapBinary);
        hp[1] = Word(size);
        if (words > 2) hp[words - 1] = 0;
        *out = reinterpret_cast<std::uint8_t*>(hp + 2);
        return make_boxed(hp);
    }
    Binary* bin = Binary::create(size);
    bin->size = size;
    Term* hp = heap.alloc(kRefcBinaryWords);
    hp[0] = make_header(kRefcBinaryWords - 1, Subtag::RefcBinary);
    hp[1] = Word(size);
    hp[2] = reinterpret_cast<Word>(bin);
    hp[3] = reinterpret_cast<Word>(bin->data);
    hp[4] = 0;
    heap.add_off_heap(hp);
    *out = bin->data;
    return make_boxed(hp);
}

Term make_refc_binary(HeapAllocator& heap, Binary* bin) {
    Term* hp = heap.alloc(kRefcBinaryWords);
    hp[0] = make_header(kRefcBinaryWords - 1, Subtag::RefcBinary);
    hp[1] = Word(bin->size);
    hp[2] = reinterpret_cast<Word>(bin);
    hp[3] = reinterpret_cast<Word>(bin->data);
    hp[4] = 0;
    heap.add_off_heap(hp);
    return make_boxed(hp);
}

Term make_binary(HeapAllocator& heap, const std::uint8_t* bytes, std::size_t size) {
    std::uint8_t* dst = nullptr;
    Term t = make_binary_uninit(heap, size, &dst);
    if (size != 0) std::memcpy(dst, bytes, size);
    return t;
}

// Precondition: is_bitstring(t) and bit_offset + bit_size <= bit size of t. The result refers directly
// to the heap/refc binary under t (sub-of-sub is flattened).
Term make_sub_binary(HeapAllocator& heap, Term t, std::size_t bit_offset, std::size_t bit_size) {
    Term original = t;
    std::size_t offset = bit_offset;
    if (is_sub_binary(t)) {
        const Term* sp = boxed_ptr(t);
        original = sp[4];
        offset += std::size_t(sp[2]);
    }
    Term* hp = heap.alloc(kSubBinaryWords);
    hp[0] = make_header(kSubBinaryWords - 1, Subtag::SubBinary);
    hp[1] = Word(bit_size / 8);
    hp[2] = Word(offset);
    hp[3] = Word(bit_size % 8);
    hp[4] = original;
    return make_boxed(hp);
}

// ---- writable binaries ------------------------------------------------------------------------------------

std::size_t writable_capacity_for(std::size_t bytes) {
    std::size_t cap = bytes > (std::size_t(1) << 24) ? bytes + bytes / 5 : 2 * bytes;
    return std::max(cap, kWritableMinCapacity);
}

// Postcondition: a writable, empty block of `capacity` bytes (size == capacity, as OTP's orig_size) and
// its refc term R (size word 0), linked on the heap's off-heap list.
Term* make_writable_refc(HeapAllocator& heap, std::size_t capacity) {
    Binary* bin = Binary::create(capacity);
    bin->size = capacity;
    bin->writable.store(true, std::memory_order_relaxed);
    Term* hp = heap.alloc(kRefcBinaryWords);
    hp[0] = make_header(kRefcBinaryWords - 1, Subtag::RefcBinary);
    hp[1] = 0;
    hp[2] = reinterpret_cast<Word>(bin);
    hp[3] = reinterpret_cast<Word>(bin->data);
    hp[4] = 0;
    heap.add_off_heap(hp);
    return hp;
}

// Safe to append after `t` in place iff no term can see bits past the newest version's end; every term
// over the block lies within [0, append_bits), so a term at offset 0 covering append_bits bits is (a
// copy of) the newest version. `writable` implies refs == 1 (retain clears it), so R is the only holder.
Term* writable_newest(Term t) {
    if (!is_sub_binary(t)) return nullptr;
    const Term* sb = boxed_ptr(t);
    if (sb[2] != 0 || !is_refc_binary(sb[4])) return nullptr;
    Term* refc = boxed_ptr(sb[4]);
    const Binary* b = reinterpret_cast<const Binary*>(refc[2]);
    if (!b->writable.load(std::memory_order_relaxed)) return nullptr;
    if (std::size_t(sb[1]) * 8 + std::size_t(sb[3]) != b->append_bits) return nullptr;
    return refc;
}

// Precondition: R's block is writable (so R is its only holder and realloc may move it).
std::size_t writable_reserve(Term* refc, std::size_t bits) {
    Binary* b = reinterpret_cast<Binary*>(refc[2]);
    std::size_t need = (bits + 7) / 8;
    if (need <= b->capacity) return 0;
    std::size_t old = b->capacity;
    std::size_t cap = writable_capacity_for(need);
    void* mem = std::realloc(static_cast<void*>(b), sizeof(Binary) + cap);
    if (mem == nullptr) std::abort();
    b = static_cast<Binary*>(mem);
    count_binary_bytes(block_bytes(cap) - block_bytes(old));
    b->capacity = cap;
    b->size = cap;
    refc[2] = reinterpret_cast<Word>(b);
    refc[3] = reinterpret_cast<Word>(b->data);
    return cap - old;
}

// Precondition: bits <= 8 * capacity and the bits up to `bits` are written.
Term writable_commit(HeapAllocator& heap, Term* refc, std::size_t bits) {
    Binary* b = reinterpret_cast<Binary*>(refc[2]);
    b->append_bits = bits;
    b->active_writer = true;
    refc[1] = Word((bits + 7) / 8);
    return make_sub_binary(heap, make_boxed(refc), 0, bits);
}

// Precondition: refc is a live refc term of the collecting process (so a writable block's only holder).
void writable_sweep(Term* refc) {
    Binary* b = reinterpret_cast<Binary*>(refc[2]);
    if (!b->writable.load(std::memory_order_relaxed)) return;
    if (b->active_writer) {
        b->active_writer = false;
        return;
    }
    b->writable.store(false, std::memory_order_relaxed);
    std::size_t used = (b->append_bits + 7) / 8;
    if (used == b->capacity) return;
    void* mem = std::realloc(static_cast<void*>(b), sizeof(Binary) + (used == 0 ? 1 : used));
    if (mem == nullptr) return;  // keep the bigger block
    b = static_cast<Binary*>(mem);
    count_binary_bytes(block_bytes(used) - block_bytes(b->capacity));
    b->capacity = used;
    b->size = used;
    refc[2] = reinterpret_cast<Word>(b);
    refc[3] = reinterpret_cast<Word>(b->data);
}

namespace {

// Reads n (1..8) bits starting at bit `pos` of src, right-aligned in the result.
inline unsigned read_bits(const std::uint8_t* src, std::size_t pos, unsigned n) {
    std::size_t byte = pos / 8;
    unsigned shift = unsigned(pos % 8);
    unsigned v = unsigned(src[byte]) << 8;
    if (shift + n > 8) v |= src[byte + 1];
    return (v >> (16 - shift - n)) & ((1u << n) - 1);
}

// Writes the low n bits of v at bit `pos` of dst; n must not cross a dst byte boundary.
inline void write_bits_in_byte(std::uint8_t* dst, std::size_t pos, unsigned v, unsigned n) {
    unsigned shift = 8 - unsigned(pos % 8) - n;
    unsigned mask = ((1u << n) - 1) << shift;
    std::uint8_t& d = dst[pos / 8];
    d = std::uint8_t((d & ~mask) | ((v << shift) & mask));
}

}  // namespace

// Postcondition: bits [dst_offset, dst_offset + bits) of dst equal bits [src_offset, ...) of src; other
// bits of dst are unchanged. Bit 0 is the most significant bit of byte 0 (Erlang bit order). src and
// dst must not overlap.
void copy_bits(const std::uint8_t* src, std::size_t src_offset, std::uint8_t* dst, std::size_t dst_offset,
               std::size_t bits) {
    if (bits == 0) return;
    src += src_offset / 8;
    src_offset %= 8;
    dst += dst_offset / 8;
    dst_offset %= 8;
    if (src_offset == 0 && dst_offset == 0) {
        std::memcpy(dst, src, bits / 8);
        std::size_t whole = bits & ~std::size_t(7);
        unsigned rest = unsigned(bits % 8);
        if (rest != 0) write_bits_in_byte(dst, whole, read_bits(src, whole, rest), rest);
        return;
    }
    std::size_t sp = src_offset, dp = dst_offset, left = bits;
    // Head: fill up to the next dst byte boundary.
    if (dp % 8 != 0) {
        unsigned n = unsigned(std::min<std::size_t>(8 - dp % 8, left));
        write_bits_in_byte(dst, dp, read_bits(src, sp, n), n);
        sp += n, dp += n, left -= n;
    }
    // Body: whole dst bytes.
    if (sp % 8 == 0) {
        std::memcpy(dst + dp / 8, src + sp / 8, left / 8);
        sp += left & ~std::size_t(7), dp += left & ~std::size_t(7), left %= 8;
    } else {
        unsigned shift = unsigned(sp % 8);
        const std::uint8_t* s = src + sp / 8;
        std::uint8_t* d = dst + dp / 8;
        std::size_t whole = left / 8;
        for (std::size_t i = 0; i < whole; ++i) d[i] = std::uint8_t((s[i] << shift) | (s[i + 1] >> (8 - shift)));
        sp += whole * 8, dp += whole * 8, left -= whole * 8;
    }
    if (left != 0) write_bits_in_byte(dst, dp, read_bits(src, sp, unsigned(left)), unsigned(left));
}

}  // namespace ember::vm
