// ETS tables (OTP 25 stdlib ets, erts/emulator/beam/erl_db*.c for the facts): the table structures, the
// table registry (ids, names, owners) and the owner-exit hand-over. The BIFs are in bifs/ets.cpp and
// bifs/ets_select.cpp; match specifications in bifs/match_spec.hpp. docs/ets.md describes the design.
//
// Objects are tuples copied out of the inserting process into OwnedTerm storage (vm/owned_term.hpp): one
// immutable block per object, never moved, so a key Term pointing into it stays valid as long as the
// object is stored. Readers copy objects into their own heap while holding the table's lock.
//
// Structures:
//  - set/bag/duplicate_bag: 1 stripe (64 with write_concurrency); a stripe is a flat array of chained
//    slots (bifs/ets_hash.hpp) grouping objects by a 32-bit hash of their key, in insertion order within
//    a group. Keys compare with =:=. Iteration (first/next, select continuations) walks stripes in index
//    order and each stripe in hash order, so a position is (stripe, hash) and survives any insert,
//    delete or resize: next/2 after a deleted key continues from its hash (what safe_fixtable promises).
//  - ordered_set: one balanced tree (std::map, red-black) keyed by the object's key in term order, keys
//    compare with == (1 and 1.0 are the same key); next/prev of any term are lower/upper bounds.
// Locking: every stripe (and the ordered tree) has a std::shared_mutex: readers share it, writers take it
// alone; an operation on several keys (insert of a list) locks all stripes in index order.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bifs/ets_hash.hpp"
#include "vm/owned_term.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::bifs::ets {

using vm::OwnedTerm;
using vm::Term;
using vm::Word;

enum class TableType : std::uint8_t { Set, OrderedSet, Bag, DuplicateBag };
enum class Access : std::uint8_t { Private, Protected, Public };
enum class Visit : std::uint8_t { Continue, Stop };
enum class SlotResult : std::uint8_t { Objects, End, Bad };

// Lock stripes of a hash table with write_concurrency (OTP 25's erl_db_hash.c also has 64 locks).
inline constexpr std::size_t kWriteConcurrencyStripes = 64;

// erlang:system_info(ets_limit) (OTP 25 default).
inline constexpr std::size_t kEtsLimit = 8192;

// Where a traversal stopped, to resume it (select/1 continuations): for hash tables the stripe and the
// last bucket hash visited; for ordered_set the last key visited (kept alive by `key_storage`).
struct Position {
    bool started = false;
    std::size_t stripe = 0;
    std::uint32_t hash = 0;
    OwnedTerm key_storage;
};

class Table {
public:
    // `locks`: lock stripes of a hash table with write_concurrency (a power of two; 0 = the default,
    // kWriteConcurrencyStripes); ignored otherwise.
    Table(std::uint64_t id, Term name, bool named, TableType type, unsigned keypos, Access access, Term owner,
          bool write_concurrency, std::size_t locks = 0);

    // ---- identity and options (immutable after creation unless noted) ----
    const std::uint64_t id;
    const TableType type;
    const unsigned keypos;  // 1-based
    bool named;
    bool read_concurrency = false, write_concurrency = false, decentralized_counters = false, compressed = false;
    Term write_concurrency_option = vm::kNil;  // the option as given: true, false or auto ...
    bool fixed_lock_count = false;  // ... or {debug_hash_fixed_number_of_locks, N}: N is lock_count()
    // Lock stripes of a hash table (1 without write_concurrency; 0 for ordered_set): ets:info(T, stats)'s
    // last item, and N of {debug_hash_fixed_number_of_locks, N}.
    std::size_t lock_count() const { return m_stripes.size(); }
    std::atomic<Term> name;     // rename/2 changes it (under the registry lock)
    std::atomic<Term> owner;
    std::atomic<Access> access;
    std::atomic<bool> dead{false};

    bool is_hash() const { return type != TableType::OrderedSet; }
    bool is_bag() const { return type == TableType::Bag || type == TableType::DuplicateBag; }
    bool owned_by(Term pid) const { return owner.load(std::memory_order_relaxed) == pid; }

    // Heir (ownership-hand-over) state: am_none or a pid, and its data.
    void set_heir(Term pid, Term data);
    Term heir_pid() const;
    OwnedTerm heir_data() const;

    // Fixations (safe_fixtable): per-process counts and the time of the first fixation.
    void fix(Term pid, bool on);
    bool fixed() const;
    // {pid, count} pairs and the fixation time (monotonic ns); empty when not fixed.
    std::vector<std::pair<Term, std::int64_t>> fixations(std::int64_t* since_ns) const;

    std::size_t size() const { return m_size.load(std::memory_order_relaxed); }
    // Table memory in words (objects, their nodes and the table header), as ets:info(T, memory).
    std::int64_t memory_words() const;

    // ---- operations (all thread-safe; callbacks run with the lock held) ----
    // Inserts tuples of arity >= keypos (the caller checked). only_new: insert_new semantics (nothing is
    // inserted if any key exists). Returns false only for insert_new that found a key.
    bool insert(std::span<const Term> objects, bool only_new);
    // Calls f(object) for every object with `key` (in bag order); returns how many.
    std::size_t lookup(Term key, const std::function<void(Term)>& f);
    bool member(Term key);
    // Removes every object with `key`; f (if any) sees each first (take/2).
    void erase_key(Term key, const std::function<void(Term)>& f = {});
    // Removes objects =:= obj (bags: all copies of it; set: the one with its key if equal).
    void erase_object(Term obj);
    void clear();
    // Replaces the single object with `key` (set/ordered_set) by update(old) under the write lock;
    // update returns the new object (a tuple with the same key) built anywhere, or kNonValue to leave
    // it. Returns false when there is no object with the key.
    bool update(Term key, const std::function<Term(Term)>& update);

    // first/next/last/prev: f(key) with the lock held; false when there is none ('$end_of_table').
    // `missing` is set for next/prev of a key a hash table does not hold (erl: badarg unless fixed).
    bool first(const std::function<void(Term)>& f);
    bool last(const std::function<void(Term)>& f);
    bool next(Term key, bool* missing, const std::function<void(Term)>& f);
    bool prev(Term key, bool* missing, const std::function<void(Term)>& f);

    // Walks objects from `pos` (forward, or backward for ordered_set when reverse), calling visit for
    // each; a Stop from visit ends the walk after the current bucket (hash) or object (ordered), and
    // pos says where to resume. Returns true when the table end was reached.
    bool traverse(Position& pos, bool reverse, const std::function<Visit(Term)>& visit);
    // Walks all objects under the write lock; decide(obj) returns: kNonValue keep, am_true delete, obj
    // itself (counted, unchanged) or a replacement object (same key). Returns how many were deleted or replaced.
    std::size_t rewrite(const std::function<Term(Term)>& decide);
    // The objects of slot `i` (ets:slot/2: stripe-major bucket order, or the i-th object of an
    // ordered_set); End for the first slot past the last, Bad beyond.
    SlotResult slot(std::size_t i, const std::function<void(Term)>& f);
    // Hash tables: the length of every slot's chain, stripe by stripe (ets:info(T, stats)).
    std::vector<std::size_t> chain_lengths();

private:
    struct Stripe {
        mutable std::shared_mutex lock;
        HashBuckets buckets;
    };
    struct KeyLess {
        bool operator()(Term a, Term b) const;
    };
    using Tree = std::map<Term, OwnedTerm, KeyLess>;

    Term key_of(Term obj) const { return vm::tuple_element(obj, keypos - 1); }
    std::uint32_t hash_of(Term key) const;
    Stripe& stripe_for(std::uint32_t hash) { return m_stripes[hash & (m_stripes.size() - 1)]; }
    void insert_hash_locked(Stripe& s, std::uint32_t h, Term obj);
    bool hash_has_key_locked(Stripe& s, std::uint32_t h, Term key);
    void account(std::int64_t objects, std::int64_t words);
    static bool overwrite_in_place(OwnedTerm& stored, Term updated);

    std::vector<Stripe> m_stripes;    // hash tables: a power of two
    mutable std::shared_mutex m_tree_lock;  // ordered_set
    Tree m_tree;
    std::atomic<std::size_t> m_size{0};
    std::atomic<std::int64_t> m_words{0};

    mutable std::mutex m_meta;  // heir and fixations
    Term m_heir = 0;            // am_none or a pid
    OwnedTerm m_heir_data;
    std::vector<std::pair<Term, std::int64_t>> m_fixes;
    std::int64_t m_fixed_since = 0;
};

using TablePtr = std::shared_ptr<Table>;

// The global table registry.
// A reader-writer lock for data read far more often than written (the table registry): a reader
// locks only its thread's shard, so readers on different threads share no cache line; a writer locks
// every shard, in index order. Meets SharedMutex for std::shared_lock / std::unique_lock.
class ReadMostlyMutex {
public:
    void lock() {
        for (Shard& s : m_shards) s.mutex.lock();
    }
    void unlock() {
        for (Shard& s : m_shards) s.mutex.unlock();
    }
    void lock_shared() { m_shards[shard()].mutex.lock_shared(); }
    void unlock_shared() { m_shards[shard()].mutex.unlock_shared(); }

private:
    struct alignas(64) Shard {
        std::shared_mutex mutex;
    };
    static std::size_t shard();  // this thread's shard, fixed for the thread's life
    std::array<Shard, 16> m_shards;
};

class Registry {
public:
    static Registry& global();

    // Registers a new table; false when the name is taken (named tables) or the ets_limit is reached
    // (*limit set).
    bool add(const TablePtr& t, bool* limit);
    // The live table for a tid (a reference or a named table's atom), or nullptr.
    TablePtr find(Term tid);
    // Unregisters and marks dead; false if it was not registered.
    bool remove(const TablePtr& t);
    bool rename(const TablePtr& t, Term new_name);
    void set_owner(const TablePtr& t, Term new_owner);
    std::vector<TablePtr> all();
    std::size_t count();
    std::int64_t memory_words();
    // True for the reference of a deleted table (info/1,2 answer `undefined` for it, badarg for any
    // other reference, as in erl). Remembers the last million deleted ids.
    bool was_table(Term tid);
    // The owner-exit hook (registered on first table creation): deletes p's tables or gives them to
    // their heirs.
    static void process_exited(vm::Process* p);

private:
    ReadMostlyMutex m_mutex;
    std::unordered_map<std::uint64_t, TablePtr> m_by_id;
    std::unordered_map<Term, TablePtr> m_by_name;
    std::unordered_map<Term, std::vector<std::uint64_t>> m_by_owner;
    std::atomic<std::size_t> m_count{0};
    std::unordered_set<std::uint64_t> m_dead_ids;  // under m_mutex
};

// The term a table is known by: its name when named, else a reference built on `heap`.
Term table_tid(vm::HeapAllocator& heap, const Table& t);

}  // namespace ember::bifs::ets
