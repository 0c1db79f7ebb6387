#include "vm/atom_table.hpp"

#include <cstring>
#include <mutex>

#include "vm/unicode.hpp"

namespace ember::vm {

namespace {
constexpr std::size_t kTextBlockSize = 64 * 1024;
constexpr std::size_t kMaxTextBlocks = 1 << 16;

constexpr std::string_view kFixedNames[] = {
#define ATOM(ident, text) text,
#include "vm/atoms.def"
#undef ATOM
};
}  // namespace

AtomTable& AtomTable::global() {
    // Never destroyed: scheduler or host threads may still read atom names while the process exits,
    // and everything it owns stays reachable (no leak reports).
    static AtomTable* table = new AtomTable;
    return *table;
}

AtomTable::AtomTable(std::size_t limit)
    : m_limit(limit),
      m_chunks(new std::atomic<Entry*>[kMaxChunks]) {
    for (std::size_t i = 0; i < kMaxChunks; ++i) m_chunks[i].store(nullptr, std::memory_order_relaxed);
    std::unique_lock lock(m_mutex);
    for (std::string_view name : kFixedNames) insert_locked(name);
}

std::string_view AtomTable::name_of_index(Word index) const {
    Entry* chunk = m_chunks[index >> kChunkBits].load(std::memory_order_acquire);
    const Entry& e = chunk[index & (kChunkSize - 1)];
    return {e.text, e.length};
}

// Precondition: exclusive lock held, name not present, size < limit. Postcondition: the name is
// visible to lock-free name() readers before the index is published in m_index.
Term AtomTable::insert_locked(std::string_view utf8) {
    if (utf8.size() + 1 > m_text_left) {
        std::size_t block = std::max(kTextBlockSize, utf8.size() + 1);
        // Not zeroed: every byte is written before an entry points at it.
        m_text_blocks.push_back(std::make_unique_for_overwrite<char[]>(block));
        m_text_cursor = m_text_blocks.back().get();
        m_text_left = block;
        ++m_text_block_count;
    }
    char* text = m_text_cursor;
    std::memcpy(text, utf8.data(), utf8.size());
    text[utf8.size()] = '\0';
    m_text_cursor += utf8.size() + 1;
    m_text_left -= utf8.size() + 1;

    Word index = m_size.load(std::memory_order_relaxed);
    std::size_t chunk_no = index >> kChunkBits;
    Entry* chunk = m_chunks[chunk_no].load(std::memory_order_relaxed);
    if (!chunk) {
        chunk = new Entry[kChunkSize];
        m_chunks[chunk_no].store(chunk, std::memory_order_release);
    }
    chunk[index & (kChunkSize - 1)] = Entry{text, static_cast<std::uint32_t>(utf8.size())};
    m_size.store(index + 1, std::memory_order_release);
    m_index.emplace(std::string_view(text, utf8.size()), index);
    return make_atom(index);
}

Term AtomTable::find(std::string_view utf8) const {
    std::shared_lock lock(m_mutex);
    auto it = m_index.find(utf8);
    return it == m_index.end() ? kNonValue : make_atom(it->second);
}

Term AtomTable::intern(std::string_view utf8, AtomError* error) {
    if (Term t = find(utf8); t != kNonValue) return t;
    std::size_t chars = 0;
    if (!utf8_count_chars(utf8, chars)) {
        if (error) *error = AtomError::BadEncoding;
        return kNonValue;
    }
    if (chars > kMaxAtomChars) {
        if (error) *error = AtomError::TooLong;
        return kNonValue;
    }
    std::unique_lock lock(m_mutex);
    if (auto it = m_index.find(utf8); it != m_index.end()) return make_atom(it->second);
    if (m_size.load(std::memory_order_relaxed) >= m_limit ||
        m_text_block_count + 1 >= kMaxTextBlocks ||
        (m_size.load(std::memory_order_relaxed) >> kChunkBits) >= kMaxChunks) {
        if (error) *error = AtomError::SystemLimit;
        return kNonValue;
    }
    return insert_locked(utf8);
}

Term AtomTable::intern_latin1(std::string_view latin1, AtomError* error) {
    std::string utf8;
    utf8.reserve(latin1.size() * 2);
    for (unsigned char c : latin1) utf8_append(utf8, c);
    return intern(utf8, error);
}

}  // namespace ember::vm
