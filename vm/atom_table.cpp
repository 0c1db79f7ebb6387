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
// Enough slots for a booted OTP system's atoms (about 8,000) at half load.
constexpr std::size_t kInitialSlots = 16384;

std::size_t name_hash(std::string_view utf8) { return std::hash<std::string_view>()(utf8); }
}  // namespace

AtomTable& AtomTable::global() {
    // Never destroyed: scheduler or host threads may still read atom names while the process exits,
    // and everything it owns stays reachable (no leak reports).
    static AtomTable* table = new AtomTable;
    return *table;
}

AtomTable::AtomTable(std::size_t limit)
    : m_limit(limit),
      m_chunks(new std::atomic<Entry*>[kMaxChunks]),
      m_slots(kInitialSlots, Slot{0, 0}) {
    for (std::size_t i = 0; i < kMaxChunks; ++i) m_chunks[i].store(nullptr, std::memory_order_relaxed);
    std::unique_lock lock(m_mutex);
    for (std::string_view name : kFixedNames) insert_locked(name, name_hash(name));
}

AtomTable::~AtomTable() {
    for (std::size_t i = 0; i < kMaxChunks; ++i) delete[] m_chunks[i].load(std::memory_order_relaxed);
}

std::int64_t AtomTable::lookup_locked(std::string_view utf8, std::size_t hash) const {
    const std::size_t mask = m_slots.size() - 1;
    const auto h32 = static_cast<std::uint32_t>(hash);
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.index_plus_one == 0) return -1;
        if (slot.hash != h32) continue;
        Word index = slot.index_plus_one - 1;
        if (name_of_index(index) == utf8) return static_cast<std::int64_t>(index);
    }
}

void AtomTable::grow_index_locked() {
    std::vector<Slot> old(m_slots.size() * 2, Slot{0, 0});
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.index_plus_one == 0) continue;
        // The stored hash is the low 32 bits; the table never has 2^32 slots, so they pick the slot.
        std::size_t i = slot.hash & mask;
        while (m_slots[i].index_plus_one != 0) i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

std::string_view AtomTable::name_of_index(Word index) const {
    Entry* chunk = m_chunks[index >> kChunkBits].load(std::memory_order_acquire);
    const Entry& e = chunk[index & (kChunkSize - 1)];
    return {e.text, e.length};
}

// Precondition: exclusive lock held, name not present, size < limit; `hash` is name_hash(utf8).
// Postcondition: the name is visible to lock-free name() readers before the index is published in
// m_slots.
Term AtomTable::insert_locked(std::string_view utf8, std::size_t hash) {
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
    if (2 * (index + 1) > m_slots.size()) grow_index_locked();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i].index_plus_one != 0) i = (i + 1) & mask;
    m_slots[i] = Slot{static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(index + 1)};
    return make_atom(index);
}

Term AtomTable::find(std::string_view utf8) const {
    const std::size_t hash = name_hash(utf8);
    std::shared_lock lock(m_mutex);
    std::int64_t index = lookup_locked(utf8, hash);
    return index < 0 ? kNonValue : make_atom(static_cast<Word>(index));
}

Term AtomTable::intern(std::string_view utf8, AtomError* error) {
    const std::size_t hash = name_hash(utf8);
    {
        std::shared_lock lock(m_mutex);
        if (std::int64_t index = lookup_locked(utf8, hash); index >= 0) return make_atom(static_cast<Word>(index));
    }
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
    if (std::int64_t index = lookup_locked(utf8, hash); index >= 0) return make_atom(static_cast<Word>(index));
    if (m_size.load(std::memory_order_relaxed) >= m_limit ||
        m_text_block_count + 1 >= kMaxTextBlocks ||
        (m_size.load(std::memory_order_relaxed) >> kChunkBits) >= kMaxChunks) {
        if (error) *error = AtomError::SystemLimit;
        return kNonValue;
    }
    return insert_locked(utf8, hash);
}

Term AtomTable::intern_latin1(std::string_view latin1, AtomError* error) {
    std::string utf8;
    utf8.reserve(latin1.size() * 2);
    for (unsigned char c : latin1) utf8_append(utf8, c);
    return intern(utf8, error);
}

}  // namespace ember::vm
