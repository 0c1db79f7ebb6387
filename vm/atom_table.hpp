// The global atom table (OTP erts/emulator/beam/atom.c; limit as erl's +t, default 1,048,576).
//
// Atoms are interned UTF-8 names, at most 255 characters each (OTP's limit, counted in characters).
// Index -> name is a lock-free read of an append-only chunked array; name -> index takes a shared lock
// (exclusive only to insert). The first atoms have fixed indices from atoms.def, available as constants
// am_<name>. Invariants: an index, once handed out, names the same text for the life of the process;
// indices are dense from 0.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "vm/term.hpp"

namespace ember::vm {

namespace detail {
enum FixedAtomIndex : Word {
#define ATOM(ident, text) kFixedAtom_##ident,
#include "vm/atoms.def"
#undef ATOM
    kFixedAtomCount
};
}  // namespace detail

#define ATOM(ident, text) inline constexpr Term am_##ident = make_atom(detail::kFixedAtom_##ident);
#include "vm/atoms.def"
#undef ATOM

inline constexpr std::size_t kMaxAtomChars = 255;
inline constexpr std::size_t kDefaultAtomLimit = 1'048'576;

enum class AtomError { TooLong, SystemLimit, BadEncoding };

class AtomTable {
public:
    static AtomTable& global();

    explicit AtomTable(std::size_t limit = kDefaultAtomLimit);
    ~AtomTable();  // the global table is never destroyed; tables of one's own are
    AtomTable(const AtomTable&) = delete;
    AtomTable& operator=(const AtomTable&) = delete;

    // Interns a UTF-8 name. Fails with TooLong above 255 characters, BadEncoding on invalid UTF-8 and
    // SystemLimit when the table is full (erlang:list_to_atom raises system_limit then).
    Term intern(std::string_view utf8, AtomError* error = nullptr);
    // Interns a Latin-1 name (each byte one character), converting to UTF-8.
    Term intern_latin1(std::string_view latin1, AtomError* error = nullptr);
    // The atom if it already exists (list_to_existing_atom), otherwise kNonValue.
    Term find(std::string_view utf8) const;

    // Name of an atom as UTF-8. The view stays valid for the life of the table.
    std::string_view name(Term atom) const { return name_of_index(atom_index(atom)); }
    std::string_view name_of_index(Word index) const;

    std::size_t size() const { return m_size.load(std::memory_order_acquire); }
    std::size_t limit() const { return m_limit; }

private:
    static constexpr std::size_t kChunkBits = 12;
    static constexpr std::size_t kChunkSize = std::size_t(1) << kChunkBits;
    static constexpr std::size_t kMaxChunks = 4096;  // 16M atoms at most, whatever the limit

    struct Entry {
        const char* text;
        std::uint32_t length;
    };

    // name -> index: open addressing with linear probing over a power-of-two array kept at most half
    // full. A slot holds the name's hash (low 32 bits) and index + 1; 0 marks an empty slot.
    struct Slot {
        std::uint32_t hash;
        std::uint32_t index_plus_one;
    };

    Term insert_locked(std::string_view utf8, std::size_t hash);
    // The atom's index, or -1. Caller holds m_mutex (shared is enough).
    std::int64_t lookup_locked(std::string_view utf8, std::size_t hash) const;
    void grow_index_locked();

    std::size_t m_limit;
    std::atomic<std::size_t> m_size{0};
    std::unique_ptr<std::atomic<Entry*>[]> m_chunks;
    mutable std::shared_mutex m_mutex;
    std::vector<Slot> m_slots;  // under m_mutex
    std::vector<std::unique_ptr<char[]>> m_text_blocks;  // under m_mutex (entries point into the blocks)
    std::size_t m_text_block_count = 0;
    char* m_text_cursor = nullptr;
    std::size_t m_text_left = 0;
};

inline std::string_view atom_name(Term atom) { return AtomTable::global().name(atom); }
inline Term make_bool(bool b) { return b ? am_true : am_false; }
inline bool is_boolean(Term t) { return t == am_true || t == am_false; }

}  // namespace ember::vm
