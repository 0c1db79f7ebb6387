// Shared by the ETF decoder (vm/etf.cpp) and encoder (vm/etf_encode.cpp): tag bytes and the layouts of
// external pids, ports and references (docs/etf.md). Not for use outside the codec.
#pragma once

#include <cstdint>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm::etf_detail {

inline constexpr std::uint8_t kVersionMagic = 131;
enum : std::uint8_t {
    kExtNewFloat = 70,
    kExtBitBinary = 77,
    kExtCompressed = 80,
    kExtAtomCacheRef = 82,
    kExtNewPid = 88,
    kExtNewPort = 89,
    kExtNewerRef = 90,
    kExtSmallInteger = 97,
    kExtInteger = 98,
    kExtFloat = 99,
    kExtAtom = 100,
    kExtRef = 101,
    kExtPort = 102,
    kExtPid = 103,
    kExtSmallTuple = 104,
    kExtLargeTuple = 105,
    kExtNil = 106,
    kExtString = 107,
    kExtList = 108,
    kExtBinary = 109,
    kExtSmallBig = 110,
    kExtLargeBig = 111,
    kExtNewFun = 112,
    kExtExport = 113,
    kExtNewRef = 114,
    kExtSmallAtom = 115,
    kExtMap = 116,
    kExtAtomUtf8 = 118,
    kExtSmallAtomUtf8 = 119,
    kExtV4Port = 120,
};

// External identifiers; every word after the header is an immediate term (atom or small), so a GC
// may scan them like tuple elements.
//   pid:  [header arity=4, ExternalPid][node atom][small id][small serial][small creation]
//   port: [header arity=4, ExternalPort][node atom][small id bits 0-31][small id bits 32-63][small creation]
//   ref:  [header arity=2+k, ExternalRef][node atom][small creation][small n0]...[small nk-1], k = 1..5
inline constexpr Word kExternalPidWords = 5;
inline constexpr Word kExternalPortWords = 5;
inline constexpr std::size_t kMaxRefIds = 5;

// Hands out words from a block that was already allocated (one allocation per decoded term), passing
// off-heap links to the real heap.
class BlockAllocator final : public HeapAllocator {
public:
    BlockAllocator(HeapAllocator& heap, Term* cursor) : m_heap(heap), m_cursor(cursor) {}
    Term* alloc(Word words) override {
        Term* p = m_cursor;
        m_cursor += words;
        return p;
    }
    void add_off_heap(Term* refc_header) override { m_heap.add_off_heap(refc_header); }
    Term* cursor() const { return m_cursor; }

private:
    HeapAllocator& m_heap;
    Term* m_cursor;
};

}  // namespace ember::vm::etf_detail
