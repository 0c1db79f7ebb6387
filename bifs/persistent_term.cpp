// persistent_term (OTP erts/doc persistent_term, erts/emulator/beam/erl_bif_persistent.c): a global
// key-value store whose values are read without copying.
//
// Each stored pair is a tuple {Key, Value} in a literal area of its own (the GC never copies or scans
// literals). The table is open-addressed with linear probing on OTP's internal hash and sized by
// erl's rules: 8 slots to start, doubled when a new key finds it half full, halved when an erase
// leaves it a quarter full (and over 8 slots); so persistent_term:info/0 and
// erts_debug:get_internal_state(persistent_term) move as erl's do, and info/0's memory counts as
// erl's (88 + 8 * slots bytes of table, 16 + 8 * words bytes per pair). Readers take a shared lock
// (erl's take none).
//
// An erased or replaced pair's area is released through the literal area collector
// (vm/literal_release.hpp): every process that still refers to the value gets a copy of it before the
// area is freed. One whose value is an immediate goes at once: no process can point into it (get/0
// copies the keys).
#include <memory>
#include <shared_mutex>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/compare.hpp"
#include "vm/bif_yield.hpp"
#include "vm/copy.hpp"
#include "vm/hash.hpp"
#include "vm/literal_area.hpp"
#include "vm/literal_release.hpp"
#include "vm/map.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

constexpr std::size_t kInitialSlots = 8;
constexpr std::size_t kSliceEntries = 1000;  // get/0 on more ends the caller's slice

struct Slot {
    Term pair = kNil;  // {Key, Value} in `area`, or kNil for a free slot
    Word words = 0;    // the pair's words in the area
    std::uint32_t hash = 0;  // internal_hash(Key, 0)
    std::unique_ptr<LiteralArea> area;
};

class PersistentStore {
public:
    static PersistentStore& instance() {
        static PersistentStore s;
        return s;
    }

    Term get(Term key) {
        std::shared_lock lock(m_mutex);
        const Slot& s = m_slots[index_of(m_slots, key)];
        return s.pair == kNil ? kNonValue : tuple_element(s.pair, 1);
    }

    void put(Term key, Term value) {
        // The value already stored (=:=): nothing to do, as erl, and no area is made.
        if (Term old = get(key); old != kNonValue && exact_equal(old, value)) return;
        // The pair keeps the value's sharing, as erl's (copy_shared with literals copied).
        Slot fresh;
        fresh.words = 3 + copy_shared_size(key) + copy_shared_size(value);
        fresh.area = std::make_unique<LiteralArea>();
        fresh.area->reserve(fresh.words);
        Term* tuple = fresh.area->alloc(3);
        tuple[0] = make_header(2, Subtag::Tuple);
        tuple[1] = copy_term_shared(key, *fresh.area, true);
        tuple[2] = copy_term_shared(value, *fresh.area, true);
        fresh.pair = make_boxed(tuple);
        fresh.hash = internal_hash(key, 0);

        Slot replaced;
        {
            std::unique_lock lock(m_mutex);
            std::size_t i = index_of(m_slots, key);
            if (m_slots[i].pair != kNil) {
                if (exact_equal(tuple_element(m_slots[i].pair, 1), value)) return;  // raced with the same put
                replaced = std::move(m_slots[i]);
            } else {
                if (2 * m_count >= m_slots.size()) {  // erl's MUST_GROW: half full before this key
                    resize(m_slots.size() * 2);
                    i = index_of(m_slots, key);
                }
                ++m_count;
            }
            m_slots[i] = std::move(fresh);
        }
        release(std::move(replaced));
    }

    bool erase(Term key) {
        Slot erased;
        {
            std::unique_lock lock(m_mutex);
            std::size_t i = index_of(m_slots, key);
            if (m_slots[i].pair == kNil) return false;
            erased = std::move(m_slots[i]);
            m_slots[i] = Slot{};
            --m_count;
            // erl's MUST_SHRINK halves a quarter-full table; otherwise the probe run after the hole
            // closes up (backward shift: no delete markers, and no rehash of the whole table as erl does).
            std::size_t size = m_slots.size();
            if (4 * m_count <= size && size > kInitialSlots) resize(size / 2);
            else close_hole(i);
        }
        release(std::move(erased));
        return true;
    }

    // erts_internal:erase_persistent_terms/0 (init:restart/0): every key goes.
    void erase_all() {
        std::vector<Slot> old(kInitialSlots);
        {
            std::unique_lock lock(m_mutex);
            std::swap(old, m_slots);
            m_count = 0;
        }
        for (Slot& s : old) release(std::move(s));
    }

    // Every {Key, Value}, keys copied to p's heap (under the lock: an erase may free a pair's area at
    // once) and values not; the list runs from the last slot to the first, as erl's.
    Term all_pairs(Process* p, std::size_t* count) {
        std::shared_lock lock(m_mutex);
        *count = m_count;
        Term list = kNil;
        for (const Slot& s : m_slots)
            if (s.pair != kNil)
                list = make_cons(*p, make_tuple2(*p, copy_term(tuple_element(s.pair, 0), *p), tuple_element(s.pair, 1)), list);
        return list;
    }

    struct Info {
        std::size_t count;
        std::size_t slots;
        Word memory;  // bytes, as erl counts them
    };
    Info info() {
        std::shared_lock lock(m_mutex);
        Info in{m_count, m_slots.size(), 88 + 8 * m_slots.size()};
        for (const Slot& s : m_slots)
            if (s.pair != kNil) in.memory += 16 + 8 * s.words;
        return in;
    }

private:
    PersistentStore() : m_slots(kInitialSlots) {}

    // The slot holding `key`, or the free slot where it goes (erl's probe: the slot after the hash's,
    // then on). The table always has a free slot.
    static std::size_t index_of(const std::vector<Slot>& slots, Term key) {
        std::size_t mask = slots.size() - 1;
        std::uint32_t idx = internal_hash(key, 0);  // erl's probe: Uint32 arithmetic
        for (;;) {
            ++idx;
            const Slot& s = slots[idx & mask];
            if (s.pair == kNil || exact_equal(key, tuple_element(s.pair, 0))) return idx & mask;
        }
    }

    // Moves back the pairs after the freed slot `hole` whose probe started at or before it, until a
    // free slot ends the run. Precondition: exclusive lock.
    void close_hole(std::size_t hole) {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t j = (hole + 1) & mask; m_slots[j].pair != kNil; j = (j + 1) & mask) {
            std::size_t home = (std::size_t(m_slots[j].hash) + 1) & mask;
            // j may move to the hole when its home is not in the cyclic range (hole, j].
            bool home_after_hole = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
            if (home_after_hole) continue;
            m_slots[hole] = std::move(m_slots[j]);
            m_slots[j] = Slot{};
            hole = j;
        }
    }

    // Rehashes every pair, in slot order, into a table of `size` slots. Precondition: exclusive lock.
    void resize(std::size_t size) {
        std::vector<Slot> next(size);
        for (Slot& s : m_slots)
            if (s.pair != kNil) next[index_of(next, tuple_element(s.pair, 0))] = std::move(s);
        m_slots = std::move(next);
    }

    // An area no key refers to any more: freed now if nothing can point into it, else released.
    static void release(Slot s) {
        if (s.pair == kNil) return;
        if (is_immed(tuple_element(s.pair, 1))) return;  // s.area is freed here
        release_literal_area(std::move(s.area));
    }

    std::shared_mutex m_mutex;
    std::vector<Slot> m_slots;  // a power of two
    std::size_t m_count = 0;
};

}  // namespace

// erts_debug:get_internal_state(persistent_term): #{table => Slots} (persistent_term_SUITE's check of
// table growth).
Term persistent_term_table_info(Process* p) {
    Term key = atom("table");
    Term value = make_small(SWord(PersistentStore::instance().info().slots));
    return map_from_pairs(*p, &key, &value, 1);
}

namespace {

EMBER_BIF(bif_get_1) {
    Term v = PersistentStore::instance().get(args[0]);
    if (v == kNonValue) return badarg(p);
    return v;
}
EMBER_BIF(bif_get_2) {
    Term v = PersistentStore::instance().get(args[0]);
    return v == kNonValue ? args[1] : v;
}
// get/0 does its work at once (erl's traps in slices) and then ends the caller's slice, so that a
// process calling it over and over on a large table does not keep its scheduler.
Term return_arg(Process*, const Term* args) { return args[0]; }
const BifContinuation kGetAllDone("persistent_term", "get", 0, return_arg);

EMBER_BIF(bif_get_0) {
    std::size_t count = 0;
    Term list = PersistentStore::instance().all_pairs(p, &count);
    if (count <= kSliceEntries || !BifContinuation::can_yield(p)) return list;
    p->bif_x[0] = list;
    return kGetAllDone.yield(p, 1);
}
EMBER_BIF(bif_put) {
    PersistentStore::instance().put(args[0], args[1]);
    return am_ok;
}
EMBER_BIF(bif_erase) { return make_bool(PersistentStore::instance().erase(args[0])); }
EMBER_BIF(bif_erase_all) {
    PersistentStore::instance().erase_all();
    return am_true;
}
EMBER_BIF(bif_info) {
    PersistentStore::Info in = PersistentStore::instance().info();
    Term keys[2] = {atom("count"), am_memory};
    Term values[2] = {make_small(SWord(in.count)), make_small(SWord(in.memory))};
    return map_from_pairs(*p, keys, values, 2);
}

const BifSpec kBifs[] = {
    {"persistent_term", "get", 1, bif_get_1, kCapPure},
    {"persistent_term", "get", 2, bif_get_2, kCapPure},
    {"persistent_term", "get", 0, bif_get_0, kCapPure, DirtyKind::None, /*traps=*/true},  // yields
    {"persistent_term", "put", 2, bif_put, kCapSystem},
    {"persistent_term", "erase", 1, bif_erase, kCapSystem},
    {"persistent_term", "info", 0, bif_info, kCapPure},
    {"erts_internal", "erase_persistent_terms", 0, bif_erase_all, kCapSystem},
};

}  // namespace

std::span<const BifSpec> persistent_term_bifs() { return kBifs; }

}  // namespace ember::bifs
