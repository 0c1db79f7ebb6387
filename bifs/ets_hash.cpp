// Hash-table stripe storage (see bifs/ets_hash.hpp).
#include "bifs/ets_hash.hpp"

#include <utility>

namespace ember::bifs::ets {

namespace {
constexpr unsigned kMinShift = 32 - 3;  // 8 slots at least
}  // namespace

// ---- ObjectList ------------------------------------------------------------------------------------------

void ObjectList::insert(std::size_t at, Object o) {
    if (m_count == 0) {
        m_one = std::move(o);
    } else if (m_count == 1) {
        m_many.reserve(4);
        m_many.push_back(std::move(m_one));
        m_one = Object{};
        m_many.insert(m_many.begin() + std::ptrdiff_t(at), std::move(o));
    } else {
        m_many.insert(m_many.begin() + std::ptrdiff_t(at), std::move(o));
    }
    ++m_count;
}

void ObjectList::erase(std::size_t at) {
    if (m_count == 1) {
        m_one = Object{};
    } else {
        m_many.erase(m_many.begin() + std::ptrdiff_t(at));
        if (m_many.size() == 1) {
            m_one = std::move(m_many.front());
            m_many.clear();
            m_many.shrink_to_fit();
        }
    }
    --m_count;
}

// ---- HashBuckets -----------------------------------------------------------------------------------------

HashBuckets::iterator& HashBuckets::iterator::operator++() {
    m_group = m_group->next;
    if (m_group == nullptr) *this = m_buckets->first_from(m_slot + 1);
    return *this;
}

HashBuckets::HashBuckets() : m_slots(std::size_t(1) << (32 - kMinShift), nullptr), m_shift(kMinShift) {}

HashBuckets::~HashBuckets() { clear(); }

HashBuckets::iterator HashBuckets::first_from(std::size_t slot) const {
    for (; slot < m_slots.size(); ++slot)
        if (m_slots[slot] != nullptr) return iterator(this, slot, m_slots[slot]);
    return end();
}

HashBuckets::iterator HashBuckets::find(std::uint32_t hash) const {
    std::size_t s = slot_of(hash);
    for (Group* g = m_slots[s]; g != nullptr && g->hash <= hash; g = g->next)
        if (g->hash == hash) return iterator(this, s, g);
    return end();
}

HashBuckets::iterator HashBuckets::upper_bound(std::uint32_t hash) const {
    std::size_t s = slot_of(hash);
    for (Group* g = m_slots[s]; g != nullptr; g = g->next)
        if (g->hash > hash) return iterator(this, s, g);
    return first_from(s + 1);
}

ObjectList& HashBuckets::operator[](std::uint32_t hash) {
    Group** link = &m_slots[slot_of(hash)];
    while (*link != nullptr && (*link)->hash < hash) link = &(*link)->next;
    if (*link != nullptr && (*link)->hash == hash) return (*link)->objects;
    Group* g = new Group{*link, hash, {}};
    *link = g;
    ++m_groups;
    if (m_groups > m_slots.size() && m_shift > 0) {
        resize(m_shift - 1);
    }
    return g->objects;
}

HashBuckets::iterator HashBuckets::erase(iterator it) {
    iterator after = it;
    ++after;
    Group** link = &m_slots[it.m_slot];
    while (*link != it.m_group) link = &(*link)->next;
    *link = it.m_group->next;
    delete it.m_group;
    --m_groups;
    return after;
}

void HashBuckets::shrink_to_fit() {
    unsigned shift = m_shift;
    while (shift < kMinShift && m_groups * 8 < (std::size_t(1) << (32 - shift))) ++shift;
    if (shift != m_shift) resize(shift);
}

void HashBuckets::clear() {
    for (Group*& head : m_slots) {
        for (Group* g = head; g != nullptr;) {
            Group* next = g->next;
            delete g;
            g = next;
        }
        head = nullptr;
    }
    m_groups = 0;
    if (m_shift != kMinShift) resize(kMinShift);
}

// Rebuilds the chains for 1 << (32 - shift) slots. Groups are visited in ascending hash order and
// appended at their new slot's tail, so every chain stays sorted.
void HashBuckets::resize(unsigned shift) {
    std::vector<Group*> slots(std::size_t(1) << (32 - shift), nullptr);
    std::vector<Group**> tails(slots.size());
    for (std::size_t i = 0; i < slots.size(); ++i) tails[i] = &slots[i];
    for (Group* head : m_slots)
        for (Group* g = head; g != nullptr;) {
            Group* next = g->next;
            std::size_t s = shift >= 32 ? 0 : std::size_t(g->hash >> shift);
            g->next = nullptr;
            *tails[s] = g;
            tails[s] = &g->next;
            g = next;
        }
    m_slots = std::move(slots);
    m_shift = shift;
}

}  // namespace ember::bifs::ets
