#include "vm/literal_area.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <map>
#include <mutex>

#include "vm/binary.hpp"
#include "vm/magic_ref.hpp"

namespace ember::vm {

namespace detail {
const Word* g_literal_base = nullptr;
const Word* g_literal_limit = nullptr;
}  // namespace detail

namespace {

// 64 GiB of address space, reserved without backing (MAP_NORESERVE); pages are touched only as used.
constexpr std::size_t kRangeBytes = std::size_t(64) << 30;
constexpr Word kFirstChunkWords = 512;  // 4 KiB; an area's later chunks double up to kMaxChunkWords
constexpr Word kMaxChunkWords = 8192;   // 64 KiB
constexpr std::size_t kPageBytes = 4096;

// A first-fit free list over the reserved range, by chunk.
class LiteralRange {
public:
    static LiteralRange& instance() {
        static LiteralRange range;
        return range;
    }

    Word* take(Word words) {
        std::lock_guard lock(m_mutex);
        for (auto it = m_free.begin(); it != m_free.end(); ++it) {
            if (it->second >= words) {
                Word* start = it->first;
                Word left = it->second - words;
                m_free.erase(it);
                if (left) m_free.emplace(start + words, left);
                return start;
            }
        }
        if (m_next + words > m_end) {
            std::fprintf(stderr, "ember: literal range exhausted\n");
            std::abort();
        }
        Word* start = m_next;
        m_next += words;
        return start;
    }

    // Chunks of different areas may share a page: only the pages wholly inside the freed run (after
    // joining it with free neighbours) go back to the system.
    void give_back(Word* start, Word words) {
        std::lock_guard lock(m_mutex);
        auto next = m_free.lower_bound(start);
        if (next != m_free.end() && start + words == next->first) {
            words += next->second;
            next = m_free.erase(next);
        }
        if (next != m_free.begin()) {
            auto prev = std::prev(next);
            if (prev->first + prev->second == start) {
                start = prev->first;
                words += prev->second;
                m_free.erase(prev);
            }
        }
        auto first = (reinterpret_cast<std::uintptr_t>(start) + kPageBytes - 1) & ~(kPageBytes - 1);
        auto last = reinterpret_cast<std::uintptr_t>(start + words) & ~(kPageBytes - 1);
        if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
        m_free.emplace(start, words);
    }

private:
    LiteralRange() {
        void* p = mmap(nullptr, kRangeBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                       -1, 0);
        if (p == MAP_FAILED) {
            std::perror("ember: mmap literal range");
            std::abort();
        }
        m_next = static_cast<Word*>(p);
        m_end = m_next + kRangeBytes / sizeof(Word);
        detail::g_literal_base = m_next;
        detail::g_literal_limit = m_end;
    }

    std::mutex m_mutex;
    Word* m_next;
    Word* m_end;
    std::map<Word*, Word> m_free;
};

// Makes sure the range exists before any is_literal_ptr() call can matter.
[[maybe_unused]] const bool g_range_ready = (LiteralRange::instance(), true);

}  // namespace

LiteralArea::LiteralArea(LiteralArea&& other) noexcept { *this = std::move(other); }

LiteralArea& LiteralArea::operator=(LiteralArea&& other) noexcept {
    std::swap(m_chunks, other.m_chunks);
    std::swap(m_top, other.m_top);
    std::swap(m_end, other.m_end);
    std::swap(m_off_heap, other.m_off_heap);
    return *this;
}

LiteralArea::~LiteralArea() {
    for (Term* refc = m_off_heap; refc;) {
        Term* next = reinterpret_cast<Term*>(refc[4]);
        off_heap_release(refc);
        refc = next;
    }
    for (const Chunk& c : m_chunks) LiteralRange::instance().give_back(c.start, c.words);
}

void LiteralArea::new_chunk(Word size) {
    Word* start = LiteralRange::instance().take(size);
    m_chunks.push_back({start, size});
    m_top = start;
    m_end = start + size;
}

void LiteralArea::reserve(Word words) {
    if (words != 0 && (!m_top || m_top + words > m_end)) new_chunk(words);
}

Term* LiteralArea::alloc(Word words) {
    if (!m_top || m_top + words > m_end) {
        Word grown = m_chunks.empty() ? kFirstChunkWords
                                      : std::clamp(m_chunks.back().words * 2, kFirstChunkWords, kMaxChunkWords);
        new_chunk(std::max(grown, words));
    }
    Term* p = m_top;
    m_top += words;
    return p;
}

bool LiteralArea::contains(const Word* p) const {
    for (const Chunk& c : m_chunks)
        if (p >= c.start && p < c.start + c.words) return true;
    return false;
}

Word LiteralArea::words() const {
    Word n = 0;
    for (const Chunk& c : m_chunks) n += c.words;
    return n;
}

void LiteralArea::add_off_heap(Term* refc_header) {
    refc_header[4] = reinterpret_cast<Word>(m_off_heap);
    m_off_heap = refc_header;
}

}  // namespace ember::vm
