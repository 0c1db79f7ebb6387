// persistent_term (OTP erts/doc persistent_term): a global key-value store whose values are read without
// copying. Values live in literal areas (never scanned or moved by the GC), one area per stored value.
// An erased or replaced value's area is kept alive for the life of the runtime, because processes may
// still hold pointers into it (OTP does a global literal GC instead; FIXME: reclaim when no process
// can refer to it).
#include <memory>
#include <shared_mutex>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/compare.hpp"
#include "vm/copy.hpp"
#include "vm/literal_area.hpp"
#include "vm/map.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

struct Entry {
    Term key;
    Term value;
};

class PersistentStore {
public:
    static PersistentStore& instance() {
        static PersistentStore s;
        return s;
    }

    Term get(Term key) {
        std::shared_lock lock(m_mutex);
        const Entry* e = find_locked(key);
        return e ? e->value : kNonValue;
    }

    void put(Term key, Term value) {
        // The value already stored (=:=): nothing to do, as erl, and no new area is kept.
        {
            std::shared_lock lock(m_mutex);
            if (const Entry* e = find_locked(key); e && exact_equal(e->value, value)) return;
        }
        auto area = std::make_unique<LiteralArea>();
        area->reserve(term_size(key) + term_size(value));
        Term k = copy_term(key, *area);
        Term v = copy_term(value, *area);
        std::unique_lock lock(m_mutex);
        m_areas.push_back(std::move(area));
        if (Entry* e = find_locked(key)) e->value = v;
        else m_entries.push_back({k, v});
    }

    bool erase(Term key) {
        std::unique_lock lock(m_mutex);
        Entry* e = find_locked(key);
        if (!e) return false;
        m_entries.erase(m_entries.begin() + (e - m_entries.data()));
        return true;
    }

    // erts_internal:erase_persistent_terms/0 (init:restart/0): every key goes; the values' areas stay
    // alive like erased values' do.
    void erase_all() {
        std::unique_lock lock(m_mutex);
        m_entries.clear();
    }
    std::vector<Entry> all() {
        std::shared_lock lock(m_mutex);
        return m_entries;
    }

private:
    // The entry of `key` (=:=), or nullptr. Precondition: m_mutex held, shared or exclusive.
    Entry* find_locked(Term key) {
        for (Entry& e : m_entries)
            if (e.key == key || exact_equal(e.key, key)) return &e;
        return nullptr;
    }

    std::shared_mutex m_mutex;
    std::vector<Entry> m_entries;  // FIXME: a hash index when stores grow beyond a few hundred keys
    std::vector<std::unique_ptr<LiteralArea>> m_areas;
};

EMBER_BIF(bif_get_1) {
    Term v = PersistentStore::instance().get(args[0]);
    if (v == kNonValue) return badarg(p);
    return v;
}
EMBER_BIF(bif_get_2) {
    Term v = PersistentStore::instance().get(args[0]);
    return v == kNonValue ? args[1] : v;
}
EMBER_BIF(bif_get_0) {
    std::vector<Entry> all = PersistentStore::instance().all();
    std::vector<Term> items;
    for (const Entry& e : all) items.push_back(make_tuple2(*p, e.key, e.value));
    return make_list_of(*p, items.data(), items.size());
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
    std::vector<Entry> all = PersistentStore::instance().all();
    Word words = 0;
    for (const Entry& e : all) words += term_size(e.key) + term_size(e.value);
    AtomTable& atoms = AtomTable::global();
    Term keys[2] = {atoms.intern("count"), am_memory};
    Term values[2] = {make_small(static_cast<SWord>(all.size())), make_small(static_cast<SWord>(words * 8))};
    return map_from_pairs(*p, keys, values, 2);
}

const BifSpec kBifs[] = {
    {"persistent_term", "get", 1, bif_get_1, kCapPure},
    {"persistent_term", "get", 2, bif_get_2, kCapPure},
    {"persistent_term", "get", 0, bif_get_0, kCapPure},
    {"persistent_term", "put", 2, bif_put, kCapSystem},
    {"persistent_term", "erase", 1, bif_erase, kCapSystem},
    {"persistent_term", "info", 0, bif_info, kCapPure},
    {"erts_internal", "erase_persistent_terms", 0, bif_erase_all, kCapSystem},
};

}  // namespace

std::span<const BifSpec> persistent_term_bifs() { return kBifs; }

}  // namespace ember::bifs
