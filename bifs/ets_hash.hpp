// The storage of a hash table stripe (set, bag, duplicate_bag; bifs/ets_table.hpp): objects grouped by
// their key's hash, in a flat array of chained slots.
//
// Order: slot i holds the hashes whose top bits are i (slot = hash >> shift), and each chain is sorted
// by hash, so walking the slots in index order visits the groups in ascending hash order. Doubling or
// halving the array splits slot i into 2i and 2i+1 (or joins them back) without changing that order,
// so a traversal position is just the last hash visited (upper_bound resumes after it) and survives any
// insert, delete or resize: what safe_fixtable promises (OTP 25 stdlib ets:safe_fixtable/2).
// Lookup: one slot index and a walk of its chain, which holds about one group at the load kept here
// (groups <= slots after every insert).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "vm/owned_term.hpp"
#include "vm/term.hpp"

namespace ember::bifs::ets {

struct Object {
    vm::Term key;        // element keypos of obj (points into obj's storage, or an immediate)
    vm::OwnedTerm obj;
};

// The objects whose keys share one hash, in table order (a bag keeps insertion order among the objects
// of one key, and those objects stay adjacent). One object, the usual case, is stored inline.
class ObjectList {
public:
    ObjectList() = default;
    ObjectList(const ObjectList&) = delete;
    ObjectList& operator=(const ObjectList&) = delete;

    Object* begin() { return m_count <= 1 ? &m_one : m_many.data(); }
    Object* end() { return begin() + m_count; }
    std::size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    Object& operator[](std::size_t i) { return begin()[i]; }
    Object& front() { return *begin(); }

    // Inserts o before position `at` (0 <= at <= size()).
    void insert(std::size_t at, Object o);
    void push_back(Object o) { insert(m_count, std::move(o)); }
    // Removes the object at position `at` (< size()).
    void erase(std::size_t at);

private:
    std::uint32_t m_count = 0;
    Object m_one;                // the object while m_count <= 1
    std::vector<Object> m_many;  // all objects while m_count >= 2
};

class HashBuckets {
public:
    struct Group {
        Group* next;  // the slot's chain, ascending hash
        std::uint32_t hash;
        ObjectList objects;  // never empty while linked
    };

    // Forward iterator over the groups in ascending hash order.
    class iterator {
    public:
        Group& operator*() const { return *m_group; }
        Group* operator->() const { return m_group; }
        iterator& operator++();
        bool operator==(const iterator& o) const { return m_group == o.m_group; }

    private:
        friend class HashBuckets;
        iterator(const HashBuckets* b, std::size_t slot, Group* g) : m_buckets(b), m_slot(slot), m_group(g) {}
        const HashBuckets* m_buckets;
        std::size_t m_slot;
        Group* m_group;  // nullptr at end
    };

    HashBuckets();
    ~HashBuckets();
    HashBuckets(const HashBuckets&) = delete;
    HashBuckets& operator=(const HashBuckets&) = delete;

    iterator begin() const { return first_from(0); }
    iterator end() const { return iterator(this, m_slots.size(), nullptr); }
    bool empty() const { return m_groups == 0; }
    std::size_t size() const { return m_groups; }  // groups (distinct hashes)
    std::size_t slot_count() const { return m_slots.size(); }
    // Objects chained at slot i (< slot_count()): what ets:info(T, stats) calls a chain's length.
    std::size_t chain_length(std::size_t i) const {
        std::size_t n = 0;
        for (const Group* g = m_slots[i]; g != nullptr; g = g->next) n += g->objects.size();
        return n;
    }

    iterator find(std::uint32_t hash) const;
    // The first group with a hash greater than `hash`.
    iterator upper_bound(std::uint32_t hash) const;
    // The objects with `hash`, an empty list newly linked when there were none: the caller must put
    // at least one object in it before the table lock is released (or erase it again).
    ObjectList& operator[](std::uint32_t hash);
    // Unlinks and frees the group; returns the iterator after it. Never resizes (iterators stay valid).
    iterator erase(iterator it);
    // Halves the slot array while it is mostly empty; invalidates iterators.
    void shrink_to_fit();
    void clear();

private:
    std::size_t slot_of(std::uint32_t hash) const { return m_shift >= 32 ? 0 : std::size_t(hash >> m_shift); }
    iterator first_from(std::size_t slot) const;
    void resize(unsigned shift);

    std::vector<Group*> m_slots;  // a power of two: 1 << (32 - m_shift)
    unsigned m_shift;
    std::size_t m_groups = 0;
};

}  // namespace ember::bifs::ets
