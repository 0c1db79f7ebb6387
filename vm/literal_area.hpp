// Literal areas: terms that live outside every process heap (module literals, later persistent terms).
//
// All literal areas are carved from one reserved virtual range, so "is this pointer a literal?" is two
// compares (OTP answers it with erts_is_literal's range check). The GC never copies or scans literals,
// and messages may point at them only through a copy (copy_term copies literals too).
#pragma once

#include <cstddef>
#include <vector>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

namespace detail {
extern const Word* g_literal_base;
extern const Word* g_literal_limit;
}  // namespace detail

inline bool is_literal_ptr(const Word* p) { return p >= detail::g_literal_base && p < detail::g_literal_limit; }

// A bump allocator over chunks of the literal range. Memory is returned to the range when the area
// is destroyed (module purge). Refc binaries built here keep their reference until then.
// Chunks are sized to what the area holds: `reserve` takes exactly the words a caller knows it will
// allocate (a module's literals), and otherwise chunks start at 4 KiB and double up to 64 KiB. Areas
// share pages, so a module with a few hundred bytes of literals does not keep a page of its own.
class LiteralArea final : public HeapAllocator {
public:
    LiteralArea() = default;
    LiteralArea(LiteralArea&&) noexcept;
    LiteralArea& operator=(LiteralArea&&) noexcept;
    ~LiteralArea() override;

    Term* alloc(Word words) override;
    void add_off_heap(Term* refc_header) override;
    // Makes the next `words` words of alloc() come from one chunk of at least that size.
    void reserve(Word words);
    // Whether p points into one of this area's chunks (a few compares per chunk).
    bool contains(const Word* p) const;
    // Words of the area's chunks (what a copy of everything in it could need, at most).
    Word words() const;

private:
    void new_chunk(Word size);  // a chunk of exactly `size` words becomes the current one

    struct Chunk {
        Word* start;
        Word words;
    };
    std::vector<Chunk> m_chunks;
    Word* m_top = nullptr;
    Word* m_end = nullptr;
    Term* m_off_heap = nullptr;  // first refc binary (linked through its `next` word)
};

}  // namespace ember::vm
