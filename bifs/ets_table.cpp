// ETS table structures and registry (see bifs/ets_table.hpp).
#include "bifs/ets_table.hpp"

#include <algorithm>

#include "bifs/bif.hpp"
#include "bifs/clocks.hpp"
#include "vm/compare.hpp"
#include "vm/exit_hooks.hpp"
#include "vm/hash.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"

namespace ember::bifs::ets {

using namespace ember::vm;

namespace {
std::atomic<std::size_t> g_fixed_tables{0};  // tables with at least one fixation (exit hook fast path)
// Words a stored object costs beyond its term words (node, handle, fragment header): roughly what OTP's
// DbTerm and tree/hash node cost.
constexpr std::int64_t kObjectOverheadWords = 6;
// The empty table's words (OTP 25 reports ~300 for an empty set and ~150 for an ordered_set).
constexpr std::int64_t kHashHeaderWords = 300;
constexpr std::int64_t kTreeHeaderWords = 140;
}  // namespace

Table::Table(std::uint64_t id_, Term name_, bool named_, TableType type_, unsigned keypos_, Access access_,
             Term owner_, bool write_conc, std::size_t locks)
    : id(id_), type(type_), keypos(keypos_), named(named_), name(name_), owner(owner_), access(access_),
      m_stripes(type_ == TableType::OrderedSet ? 0
                : write_conc                   ? (locks != 0 ? locks : kWriteConcurrencyStripes)
                                               : 1) {
    write_concurrency = write_conc;
    m_heir = am_none;
}

bool Table::KeyLess::operator()(Term a, Term b) const { return compare_terms(a, b) < 0; }

// make_hash2 mixed once more (murmur3's finalizer, a bijection) so that the top bits, which pick a
// slot in HashBuckets, are as well spread as the low ones, which pick a stripe.
std::uint32_t Table::hash_of(Term key) const {
    std::uint32_t h = make_hash2(key);
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

void Table::account(std::int64_t objects, std::int64_t words) {
    if (objects >= 0) m_size.fetch_add(std::size_t(objects), std::memory_order_relaxed);
    else m_size.fetch_sub(std::size_t(-objects), std::memory_order_relaxed);
    m_words.fetch_add(words, std::memory_order_relaxed);
}

std::int64_t Table::memory_words() const {
    return (is_hash() ? kHashHeaderWords : kTreeHeaderWords) + m_words.load(std::memory_order_relaxed);
}

// ---- heir and fixations --------------------------------------------------------------------------------

void Table::set_heir(Term pid, Term data) {
    OwnedTerm d = OwnedTerm::copy_of(data);
    std::lock_guard lock(m_meta);
    m_heir = pid;
    m_heir_data = std::move(d);
}
Term Table::heir_pid() const {
    std::lock_guard lock(m_meta);
    return m_heir;
}
OwnedTerm Table::heir_data() const {
    std::lock_guard lock(m_meta);
    return m_heir_data;
}

void Table::fix(Term pid, bool on) {
    std::lock_guard lock(m_meta);
    auto it = std::find_if(m_fixes.begin(), m_fixes.end(), [&](const auto& f) { return f.first == pid; });
    if (on) {
        if (m_fixes.empty()) {
            m_fixed_since = monotonic_ns();
            g_fixed_tables.fetch_add(1, std::memory_order_relaxed);
        }
        if (it == m_fixes.end()) m_fixes.insert(m_fixes.begin(), {pid, 1});
        else ++it->second;
    } else if (it != m_fixes.end() && --it->second == 0) {
        m_fixes.erase(it);
        if (m_fixes.empty()) g_fixed_tables.fetch_sub(1, std::memory_order_relaxed);
    }
}
bool Table::fixed() const {
    std::lock_guard lock(m_meta);
    return !m_fixes.empty();
}
std::vector<std::pair<Term, std::int64_t>> Table::fixations(std::int64_t* since_ns) const {
    std::lock_guard lock(m_meta);
    *since_ns = m_fixed_since;
    return m_fixes;
}

namespace {
// Asks the CPU to start loading a stored term's first words (a boxed term's header).
void prefetch_term(Term t) {
    if (!is_immed(t)) __builtin_prefetch(boxed_ptr(t));
}
}  // namespace

// ---- hash-table helpers ----------------------------------------------------------------------------------

bool Table::hash_has_key_locked(Stripe& s, std::uint32_t h, Term key) {
    auto it = s.buckets.find(h);
    if (it == s.buckets.end()) return false;
    for (const Object& o : it->objects)
        if (exact_equal(o.key, key)) return true;
    return false;
}

// Precondition: s is write-locked and h = hash_of(key_of(obj)).
void Table::insert_hash_locked(Stripe& s, std::uint32_t h, Term obj) {
    Term key = key_of(obj);
    ObjectList& bucket = s.buckets[h];
    if (type == TableType::Set) {
        for (Object& o : bucket)
            if (exact_equal(o.key, key)) {
                OwnedTerm copy = OwnedTerm::copy_of(obj);
                account(0, std::int64_t(copy.words()) - std::int64_t(o.obj.words()));
                o.key = key_of(copy.get());
                o.obj = std::move(copy);
                return;
            }
    } else if (type == TableType::Bag) {
        for (Object& o : bucket)
            if (exact_equal(o.key, key) && exact_equal(o.obj.get(), obj)) return;  // already there
    }
    OwnedTerm copy = OwnedTerm::copy_of(obj);
    account(1, std::int64_t(copy.words()) + kObjectOverheadWords);
    Term k = key_of(copy.get());
    // Objects with one key stay together (bags keep insertion order among them).
    std::size_t at = bucket.size();
    while (at > 0 && !exact_equal(bucket[at - 1].key, k)) --at;
    bucket.insert(at == 0 ? bucket.size() : at, Object{k, std::move(copy)});
}

// ---- operations ------------------------------------------------------------------------------------------

bool Table::insert(std::span<const Term> objects, bool only_new) {
    if (!is_hash()) {
        std::unique_lock lock(m_tree_lock);
        if (only_new)
            for (Term o : objects)
                if (m_tree.count(key_of(o))) return false;
        for (Term o : objects) {
            OwnedTerm copy = OwnedTerm::copy_of(o);
            Term k = key_of(copy.get());
            auto it = m_tree.find(k);
            if (it != m_tree.end()) {
                account(0, std::int64_t(copy.words()) - std::int64_t(it->second.words()));
                auto node = m_tree.extract(it);
                node.key() = k;  // the new object's key (1.0 replaces 1)
                node.mapped() = std::move(copy);
                m_tree.insert(std::move(node));
            } else {
                account(1, std::int64_t(copy.words()) + kObjectOverheadWords);
                m_tree.emplace(k, std::move(copy));
            }
        }
        return true;
    }
    if (objects.size() == 1) {
        Term k = key_of(objects[0]);
        std::uint32_t h = hash_of(k);
        Stripe& s = stripe_for(h);
        std::unique_lock lock(s.lock);
        if (only_new && hash_has_key_locked(s, h, k)) return false;
        insert_hash_locked(s, h, objects[0]);
        return true;
    }
    // Several objects: all stripes, in index order, so the insert is atomic and isolated (as in erl).
    std::vector<std::unique_lock<std::shared_mutex>> locks;
    for (Stripe& s : m_stripes) locks.emplace_back(s.lock);
    if (only_new) {
        for (Term o : objects) {
            Term k = key_of(o);
            std::uint32_t h = hash_of(k);
            if (hash_has_key_locked(stripe_for(h), h, k)) return false;
        }
    }
    for (Term o : objects) {
        std::uint32_t h = hash_of(key_of(o));
        insert_hash_locked(stripe_for(h), h, o);
    }
    return true;
}

std::size_t Table::lookup(Term key, const std::function<void(Term)>& f) {
    if (!is_hash()) {
        std::shared_lock lock(m_tree_lock);
        auto it = m_tree.find(key);
        if (it == m_tree.end()) return 0;
        f(it->second.get());
        return 1;
    }
    std::uint32_t h = hash_of(key);
    Stripe& s = stripe_for(h);
    std::shared_lock lock(s.lock);
    auto it = s.buckets.find(h);
    if (it == s.buckets.end()) return 0;
    std::size_t n = 0;
    for (const Object& o : it->objects)
        if (exact_equal(o.key, key)) {
            f(o.obj.get());
            ++n;
        }
    return n;
}

bool Table::member(Term key) {
    return lookup(key, [](Term) {}) != 0;
}

void Table::erase_key(Term key, const std::function<void(Term)>& f) {
    if (!is_hash()) {
        std::unique_lock lock(m_tree_lock);
        auto it = m_tree.find(key);
        if (it == m_tree.end()) return;
        if (f) f(it->second.get());
        account(-1, -std::int64_t(it->second.words()) - kObjectOverheadWords);
        m_tree.erase(it);
        return;
    }
    std::uint32_t h = hash_of(key);
    Stripe& s = stripe_for(h);
    std::unique_lock lock(s.lock);
    auto it = s.buckets.find(h);
    if (it == s.buckets.end()) return;
    ObjectList& bucket = it->objects;
    for (std::size_t i = 0; i < bucket.size();) {
        if (exact_equal(bucket[i].key, key)) {
            if (f) f(bucket[i].obj.get());
            account(-1, -std::int64_t(bucket[i].obj.words()) - kObjectOverheadWords);
            bucket.erase(i);
        } else {
            ++i;
        }
    }
    if (bucket.empty()) {
        s.buckets.erase(it);
        s.buckets.shrink_to_fit();
    }
}

void Table::erase_object(Term obj) {
    Term key = key_of(obj);
    if (!is_hash()) {
        std::unique_lock lock(m_tree_lock);
        auto it = m_tree.find(key);
        if (it == m_tree.end() || !exact_equal(it->second.get(), obj)) return;
        account(-1, -std::int64_t(it->second.words()) - kObjectOverheadWords);
        m_tree.erase(it);
        return;
    }
    std::uint32_t h = hash_of(key);
    Stripe& s = stripe_for(h);
    std::unique_lock lock(s.lock);
    auto it = s.buckets.find(h);
    if (it == s.buckets.end()) return;
    ObjectList& bucket = it->objects;
    for (std::size_t i = 0; i < bucket.size();) {
        if (exact_equal(bucket[i].key, key) && exact_equal(bucket[i].obj.get(), obj)) {
            account(-1, -std::int64_t(bucket[i].obj.words()) - kObjectOverheadWords);
            bucket.erase(i);
        } else {
            ++i;
        }
    }
    if (bucket.empty()) {
        s.buckets.erase(it);
        s.buckets.shrink_to_fit();
    }
}

void Table::clear() {
    if (!is_hash()) {
        std::unique_lock lock(m_tree_lock);
        m_tree.clear();
    } else {
        std::vector<std::unique_lock<std::shared_mutex>> locks;
        for (Stripe& s : m_stripes) locks.emplace_back(s.lock);
        for (Stripe& s : m_stripes) s.buckets.clear();
    }
    m_size.store(0, std::memory_order_relaxed);
    m_words.store(0, std::memory_order_relaxed);
}

// Writes `updated` (a tuple of the stored object's arity, built elsewhere) into the stored object's own
// words when they differ only in immediates and no other handle shares the storage (erl's
// db_do_update_element also updates in place): update_counter then allocates nothing. The caller
// holds the write lock, and readers copy objects only under the lock, so nobody sees a half update.
// False when a copy is needed.
bool Table::overwrite_in_place(OwnedTerm& stored, Term updated) {
    Term old = stored.get();
    if (stored.use_count() != 1 || !is_tuple(old) || tuple_arity(old) != tuple_arity(updated)) return false;
    Word n = tuple_arity(old);
    Term* to = tuple_elements(old);
    const Term* from = tuple_elements(updated);
    for (Word i = 0; i < n; ++i)
        if (to[i] != from[i] && !(is_immed(to[i]) && is_immed(from[i]))) return false;
    std::copy(from, from + n, to);
    return true;
}

bool Table::update(Term key, const std::function<Term(Term)>& updater) {
    auto replace = [&](OwnedTerm& stored, Term* stored_key) {
        Term n = updater(stored.get());
        if (n == kNonValue || overwrite_in_place(stored, n)) return;
        OwnedTerm copy = OwnedTerm::copy_of(n);
        account(0, std::int64_t(copy.words()) - std::int64_t(stored.words()));
        stored = std::move(copy);
        if (stored_key) *stored_key = key_of(stored.get());
    };
    if (!is_hash()) {
        std::unique_lock lock(m_tree_lock);
        auto it = m_tree.find(key);
        if (it == m_tree.end()) return false;
        Term n = updater(it->second.get());
        // In place only when the key word stays (1 may be replaced by an equal 1.0).
        if (n == kNonValue) return true;
        if (key_of(n) == it->first && overwrite_in_place(it->second, n)) return true;
        OwnedTerm copy = OwnedTerm::copy_of(n);
        account(0, std::int64_t(copy.words()) - std::int64_t(it->second.words()));
        auto node = m_tree.extract(it);
        node.key() = key_of(copy.get());
        node.mapped() = std::move(copy);
        m_tree.insert(std::move(node));
        return true;
    }
    std::uint32_t h = hash_of(key);
    Stripe& s = stripe_for(h);
    std::unique_lock lock(s.lock);
    auto it = s.buckets.find(h);
    if (it == s.buckets.end()) return false;
    for (Object& o : it->objects)
        if (exact_equal(o.key, key)) {
            replace(o.obj, &o.key);
            return true;
        }
    return false;
}

// ---- iteration -------------------------------------------------------------------------------------------

bool Table::first(const std::function<void(Term)>& f) {
    if (!is_hash()) {
        std::shared_lock lock(m_tree_lock);
        if (m_tree.empty()) return false;
        f(m_tree.begin()->first);
        return true;
    }
    for (Stripe& s : m_stripes) {
        std::shared_lock lock(s.lock);
        if (!s.buckets.empty()) {
            f(s.buckets.begin()->objects.front().key);
            return true;
        }
    }
    return false;
}

bool Table::last(const std::function<void(Term)>& f) {
    if (is_hash()) return first(f);  // erl: last/1 of a hash table is first/1
    std::shared_lock lock(m_tree_lock);
    if (m_tree.empty()) return false;
    f(m_tree.rbegin()->first);
    return true;
}

bool Table::next(Term key, bool* missing, const std::function<void(Term)>& f) {
    *missing = false;
    if (!is_hash()) {
        std::shared_lock lock(m_tree_lock);
        auto it = m_tree.upper_bound(key);
        if (it == m_tree.end()) return false;
        f(it->first);
        return true;
    }
    std::uint32_t h = hash_of(key);
    std::size_t si = h & (m_stripes.size() - 1);
    {
        Stripe& s = m_stripes[si];
        std::shared_lock lock(s.lock);
        auto it = s.buckets.find(h);
        bool found = false;
        if (it != s.buckets.end()) {
            ObjectList& bucket = it->objects;
            for (std::size_t i = 0; i < bucket.size(); ++i) {
                if (!exact_equal(bucket[i].key, key)) {
                    if (found) {
                        f(bucket[i].key);
                        return true;
                    }
                    continue;
                }
                found = true;
            }
        }
        if (!found) {
            *missing = true;
            if (!fixed()) return false;
        }
        auto after = s.buckets.upper_bound(h);
        if (after != s.buckets.end()) {
            f(after->objects.front().key);
            return true;
        }
    }
    for (std::size_t i = si + 1; i < m_stripes.size(); ++i) {
        Stripe& s = m_stripes[i];
        std::shared_lock lock(s.lock);
        if (!s.buckets.empty()) {
            f(s.buckets.begin()->objects.front().key);
            return true;
        }
    }
    return false;
}

bool Table::prev(Term key, bool* missing, const std::function<void(Term)>& f) {
    if (is_hash()) return next(key, missing, f);  // erl: prev/2 of a hash table is next/2
    *missing = false;
    std::shared_lock lock(m_tree_lock);
    auto it = m_tree.lower_bound(key);
    if (it == m_tree.begin()) return false;
    --it;
    f(it->first);
    return true;
}

bool Table::traverse(Position& pos, bool reverse, const std::function<Visit(Term)>& visit) {
    if (!is_hash()) {
        std::shared_lock lock(m_tree_lock);
        if (!reverse) {
            auto it = pos.started ? m_tree.upper_bound(pos.key_storage.get()) : m_tree.begin();
            for (; it != m_tree.end(); ++it) {
                if (auto n = std::next(it); n != m_tree.end()) prefetch_term(n->second.get());  // see below
                if (visit(it->second.get()) == Visit::Stop) {
                    pos.started = true;
                    pos.key_storage = OwnedTerm::copy_of(it->first);
                    return std::next(it) == m_tree.end();
                }
            }
        } else {
            auto it = pos.started ? m_tree.lower_bound(pos.key_storage.get()) : m_tree.end();
            while (it != m_tree.begin()) {
                --it;
                if (visit(it->second.get()) == Visit::Stop) {
                    pos.started = true;
                    pos.key_storage = OwnedTerm::copy_of(it->first);
                    return it == m_tree.begin();
                }
            }
        }
        return true;
    }
    for (std::size_t si = pos.stripe; si < m_stripes.size(); ++si) {
        Stripe& s = m_stripes[si];
        std::shared_lock lock(s.lock);
        auto it = pos.started && si == pos.stripe ? s.buckets.upper_bound(pos.hash) : s.buckets.begin();
        // Groups and objects are separate allocations in no particular memory order, so a walk would
        // wait for two cache misses per object; prefetching the group two ahead and the object one
        // ahead overlaps them (select over 100k objects: ~35% faster).
        const auto end = s.buckets.end();
        auto after = [&](auto i) { return i == end ? end : ++i; };
        auto ahead = after(it), further = after(ahead);
        for (; it != end; it = ahead, ahead = further, further = after(further)) {
            if (further != end) __builtin_prefetch(&*further);
            if (ahead != end) prefetch_term(ahead->objects.front().obj.get());
            bool stop = false;
            for (const Object& o : it->objects)
                if (visit(o.obj.get()) == Visit::Stop) stop = true;
            if (stop) {
                pos.started = true;
                pos.stripe = si;
                pos.hash = it->hash;
                return false;
            }
        }
        pos.started = false;
    }
    pos.stripe = m_stripes.size();
    return true;
}

std::size_t Table::rewrite(const std::function<Term(Term)>& decide) {
    std::size_t n = 0;
    if (!is_hash()) {
        std::unique_lock lock(m_tree_lock);
        for (auto it = m_tree.begin(); it != m_tree.end();) {
            Term d = decide(it->second.get());
            if (d == it->second.get()) {
                ++it;
                ++n;
            } else if (d == kNonValue) {
                ++it;
            } else if (d == am_true) {
                account(-1, -std::int64_t(it->second.words()) - kObjectOverheadWords);
                it = m_tree.erase(it);
                ++n;
            } else {
                OwnedTerm copy = OwnedTerm::copy_of(d);
                account(0, std::int64_t(copy.words()) - std::int64_t(it->second.words()));
                auto node = m_tree.extract(it++);
                node.key() = key_of(copy.get());
                node.mapped() = std::move(copy);
                m_tree.insert(std::move(node));
                ++n;
            }
        }
        return n;
    }
    for (Stripe& s : m_stripes) {
        std::unique_lock lock(s.lock);
        for (auto it = s.buckets.begin(); it != s.buckets.end();) {
            ObjectList& bucket = it->objects;
            for (std::size_t i = 0; i < bucket.size();) {
                Object* o = &bucket[i];
                Term d = decide(o->obj.get());
                if (d == o->obj.get()) {
                    ++i;
                    ++n;
                } else if (d == kNonValue) {
                    ++i;
                } else if (d == am_true) {
                    account(-1, -std::int64_t(o->obj.words()) - kObjectOverheadWords);
                    bucket.erase(i);
                    ++n;
                } else {
                    // The replacement keeps the key (select_replace checks it), so also the bucket;
                    // a bag must not end up with two equal objects.
                    bool dup = type == TableType::Bag &&
                               std::any_of(bucket.begin(), bucket.end(), [&](const Object& x) { return exact_equal(x.obj.get(), d); });
                    if (dup) {
                        ++i;
                        continue;
                    }
                    OwnedTerm copy = OwnedTerm::copy_of(d);
                    account(0, std::int64_t(copy.words()) - std::int64_t(o->obj.words()));
                    o->obj = std::move(copy);
                    o->key = key_of(o->obj.get());
                    ++i;
                    ++n;
                }
            }
            if (bucket.empty()) it = s.buckets.erase(it);
            else ++it;
        }
        s.buckets.shrink_to_fit();
    }
    return n;
}

SlotResult Table::slot(std::size_t i, const std::function<void(Term)>& f) {
    if (!is_hash()) {
        std::shared_lock lock(m_tree_lock);
        if (i > m_tree.size()) return SlotResult::Bad;
        if (i == m_tree.size()) return SlotResult::End;
        auto it = m_tree.begin();
        std::advance(it, long(i));
        f(it->second.get());
        return SlotResult::Objects;
    }
    // Slots of a hash table: its buckets in iteration order, then empty slots up to a power-of-two
    // bucket count of at least 256 (OTP's initial table size).
    std::size_t seen = 0;
    for (Stripe& s : m_stripes) {
        std::shared_lock lock(s.lock);
        if (i < seen + s.buckets.size()) {
            auto it = s.buckets.begin();
            for (std::size_t k = seen; k < i; ++k) ++it;
            for (const Object& o : it->objects) f(o.obj.get());
            return SlotResult::Objects;
        }
        seen += s.buckets.size();
    }
    std::size_t slots = 256;
    while (slots < seen) slots *= 2;
    return i < slots ? SlotResult::Objects : i == slots ? SlotResult::End : SlotResult::Bad;
}

std::vector<std::size_t> Table::chain_lengths() {
    std::vector<std::size_t> out;
    for (Stripe& s : m_stripes) {
        std::shared_lock lock(s.lock);
        for (std::size_t i = 0; i < s.buckets.slot_count(); ++i) out.push_back(s.buckets.chain_length(i));
    }
    return out;
}

// ---- registry --------------------------------------------------------------------------------------------

std::size_t ReadMostlyMutex::shard() {
    static std::atomic<std::size_t> next{0};
    thread_local std::size_t mine = next.fetch_add(1, std::memory_order_relaxed) % std::tuple_size_v<decltype(m_shards)>;
    return mine;
}

Registry& Registry::global() {
    static Registry* r = new Registry();  // never destroyed: exit hooks may run during shutdown
    return *r;
}

bool Registry::add(const TablePtr& t, bool* limit) {
    *limit = false;
    static std::once_flag hooked;  // the exit hook costs nothing until the first table exists
    std::call_once(hooked, [] { add_process_exit_hook(&Registry::process_exited); });
    std::unique_lock lock(m_mutex);
    if (m_by_id.size() >= kEtsLimit) {
        *limit = true;
        return false;
    }
    if (t->named) {
        if (m_by_name.count(t->name.load())) return false;
        m_by_name.emplace(t->name.load(), t);
    }
    m_by_id.emplace(t->id, t);
    m_by_owner[t->owner.load()].push_back(t->id);
    m_count.store(m_by_id.size(), std::memory_order_relaxed);
    return true;
}

TablePtr Registry::find(Term tid) {
    std::shared_lock lock(m_mutex);
    if (is_atom(tid)) {
        auto it = m_by_name.find(tid);
        return it == m_by_name.end() ? nullptr : it->second;
    }
    if (is_local_ref(tid)) {
        auto it = m_by_id.find(ref_id(tid));
        return it == m_by_id.end() ? nullptr : it->second;
    }
    return nullptr;
}

bool Registry::remove(const TablePtr& t) {
    std::unique_lock lock(m_mutex);
    auto it = m_by_id.find(t->id);
    if (it == m_by_id.end() || it->second != t) return false;
    m_by_id.erase(it);
    if (t->named) {
        auto n = m_by_name.find(t->name.load());
        if (n != m_by_name.end() && n->second == t) m_by_name.erase(n);
    }
    auto o = m_by_owner.find(t->owner.load());
    if (o != m_by_owner.end()) {
        std::erase(o->second, t->id);
        if (o->second.empty()) m_by_owner.erase(o);
    }
    t->dead.store(true);
    if (m_dead_ids.size() >= 1'000'000) m_dead_ids.clear();
    m_dead_ids.insert(t->id);
    m_count.store(m_by_id.size(), std::memory_order_relaxed);
    return true;
}

bool Registry::rename(const TablePtr& t, Term new_name) {
    std::unique_lock lock(m_mutex);
    if (t->dead.load()) return false;
    if (t->named) {
        if (new_name == t->name.load()) return true;
        if (m_by_name.count(new_name)) return false;
        m_by_name.erase(t->name.load());
        m_by_name.emplace(new_name, t);
    }
    t->name.store(new_name);
    return true;
}

void Registry::set_owner(const TablePtr& t, Term new_owner) {
    std::unique_lock lock(m_mutex);
    auto o = m_by_owner.find(t->owner.load());
    if (o != m_by_owner.end()) {
        std::erase(o->second, t->id);
        if (o->second.empty()) m_by_owner.erase(o);
    }
    t->owner.store(new_owner);
    m_by_owner[new_owner].push_back(t->id);
}

std::vector<TablePtr> Registry::all() {
    std::shared_lock lock(m_mutex);
    std::vector<TablePtr> out;
    out.reserve(m_by_id.size());
    for (const auto& [id, t] : m_by_id) out.push_back(t);
    std::sort(out.begin(), out.end(), [](const TablePtr& a, const TablePtr& b) { return a->id > b->id; });
    return out;
}

bool Registry::was_table(Term tid) {
    if (!is_local_ref(tid)) return false;
    std::shared_lock lock(m_mutex);
    return m_dead_ids.count(ref_id(tid)) != 0;
}

std::size_t Registry::count() { return m_count.load(std::memory_order_relaxed); }

std::int64_t Registry::memory_words() {
    std::int64_t w = 0;
    for (const TablePtr& t : all()) w += t->memory_words();
    return w;
}

namespace {
// A heap for one message built outside any process: freed after the send copied it.
class MessageHeap final : public HeapAllocator {
public:
    ~MessageHeap() override = default;
    Term* alloc(Word words) override {
        m_chunks.push_back(std::make_unique<Term[]>(words ? words : 1));
        return m_chunks.back().get();
    }
    void add_off_heap(Term*) override {}  // the data copied from an OwnedTerm keeps its own references

private:
    std::vector<std::unique_ptr<Term[]>> m_chunks;
};
}  // namespace

// OTP erl_db.c erts_db_process_exiting: each table owned by p goes to its heir (alive, not p) with an
// {'ETS-TRANSFER', Tid, FromPid, HeirData} message, or is deleted. Fixations p held are released.
void Registry::process_exited(Process* p) {
    Registry& r = global();
    if (r.count() == 0) return;
    std::vector<TablePtr> owned;
    {
        std::shared_lock lock(r.m_mutex);
        auto it = r.m_by_owner.find(p->pid);
        if (it != r.m_by_owner.end())
            for (std::uint64_t id : it->second) owned.push_back(r.m_by_id.at(id));
    }
    static const Term transfer = atom("ETS-TRANSFER");
    for (const TablePtr& t : owned) {
        Term heir = t->heir_pid();
        if (is_local_pid(heir) && heir != p->pid) {
            r.set_owner(t, heir);
            MessageHeap heap;
            OwnedTerm data = t->heir_data();
            Term msg = make_tuple4(heap, transfer, table_tid(heap, *t),
                                   p->pid, data.copy_into(heap));
            // The heir's inbox closes before its own exit hook runs, so a failed send means the heir
            // will not see this table: it is deleted here instead.
            if (send_signal(heir, make_signal(SignalKind::Message, p->pid, msg))) continue;
        }
        // Operations that found the table before the removal finish on it; its objects go with the
        // last reference.
        r.remove(t);
    }
    // Fixations held by p end with it.
    if (g_fixed_tables.load(std::memory_order_relaxed) != 0)
        for (const TablePtr& t : r.all())
            if (t->fixed()) {
                std::int64_t since;
                for (const auto& [pid, n] : t->fixations(&since))
                    if (pid == p->pid)
                        for (std::int64_t i = 0; i < n; ++i) t->fix(pid, false);
            }
}

Term table_tid(HeapAllocator& heap, const Table& t) {
    if (t.named) return t.name.load();
    return make_ref(heap, t.id);
}

}  // namespace ember::bifs::ets
