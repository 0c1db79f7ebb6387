// Exit tombstones (see scheduler/tombstones.hpp for the contract, docs/tombstones.md for the bounds).
#include "scheduler/tombstones.hpp"

#include <array>
#include <cassert>
#include <utility>

#include "vm/atom_table.hpp"

namespace ember::scheduler {

using vm::OwnedTerm;
using vm::Term;

const char* pid_status_name(PidStatus s) {
    switch (s) {
    case PidStatus::Exited: return "exited";
    case PidStatus::Evicted: return "evicted";
    case PidStatus::NeverSpawned: return "never_spawned";
    case PidStatus::Running: return "running";
    case PidStatus::ShuttingDown: return "shutting_down";
    case PidStatus::TimedOut: return "timed_out";
    }
    return "?";
}

TombstoneTable::TombstoneTable(PidOracle oracle, TombstoneLimits limits)
    : m_oracle(std::move(oracle)),
      m_capacity(limits.capacity),
      m_byte_budget(limits.byte_budget),
      m_reason_too_large(vm::AtomTable::global().intern("$ember_reason_too_large")),
      m_result_too_large(vm::AtomTable::global().intern("$ember_result_too_large")),
      m_uncopyable(vm::AtomTable::global().intern("$ember_uncopyable")) {}

TombstoneTable::~TombstoneTable() { assert(m_waiter_count == 0 && "TombstoneTable destroyed with waiters"); }

namespace {

// Bytes an outcome keeps alive, counting a block shared by reason and result once.
std::size_t outcome_bytes(const ExitOutcome& o) {
    std::size_t n = o.reason.bytes();
    if (o.result && !o.result->same_storage(o.reason)) n += o.result->bytes();
    return n;
}

}  // namespace

// Replaces the larger term by its marker atom while the outcome is over the byte budget; a term that is
// kept is re-copied on its own so that it no longer pins a block shared with the dropped one.
ExitOutcome TombstoneTable::fit_to_budget(ExitOutcome o, std::size_t budget, std::size_t* bytes) const {
    std::size_t n = outcome_bytes(o);
    for (int round = 0; round < 2 && n > budget; ++round) {
        std::size_t reason_bytes = o.reason.bytes();
        std::size_t result_bytes = o.result ? o.result->bytes() : 0;
        bool drop_result = o.result && result_bytes > 0 && (result_bytes >= reason_bytes || o.reason.empty());
        if (drop_result) {
            bool shared = o.result->same_storage(o.reason);
            *o.result = OwnedTerm::copy_of(m_result_too_large);
            if (shared) o.reason = OwnedTerm::copy_of(o.reason.get());
        } else {
            bool shared = o.result && o.result->same_storage(o.reason);
            o.reason = OwnedTerm::copy_of(m_reason_too_large);
            if (shared) *o.result = OwnedTerm::copy_of(o.result->get());
        }
        n = outcome_bytes(o);
    }
    *bytes = n;
    return o;
}

bool TombstoneTable::record(std::uint64_t pid_number, Term reason, std::optional<Term> result) {
    if (pid_number == 0) return false;
    if (result && *result == vm::kNonValue) result.reset();  // e.g. a host-spawned process that crashed
    ExitOutcome o;
    if (!result || vm::is_immed(*result)) {  // the common case: one block at most, no vector
        o.reason = OwnedTerm::copy_of(reason);
        if (result) o.result = OwnedTerm::copy_of(*result);
    } else {
        std::array<Term, 2> terms{reason, *result};
        std::vector<OwnedTerm> copies = OwnedTerm::copy_all(terms);
        o.reason = std::move(copies[0]);
        o.result = std::move(copies[1]);
    }
    if (!o.reason.is_value()) o.reason = OwnedTerm::copy_of(m_uncopyable);
    if (o.result && !o.result->is_value()) o.result = OwnedTerm::copy_of(m_uncopyable);
    return record(pid_number, std::move(o));
}

bool TombstoneTable::record(std::uint64_t pid_number, ExitOutcome outcome) {
    if (pid_number == 0) return false;
    std::size_t bytes = outcome_bytes(outcome);
    std::unique_lock lock(m_mutex);
    if (bytes > m_byte_budget) {
        if (m_index.count(pid_number)) return false;
        std::size_t budget = m_byte_budget;
        lock.unlock();
        outcome = fit_to_budget(std::move(outcome), budget, &bytes);  // outside the lock: it copies
        lock.lock();
    }
    return insert_locked(pid_number, std::move(outcome), bytes);
}

// Wakes the pid's waiters with the outcome, appends the entry, then evicts down to both bounds.
// Invariant after: m_entries.size() <= m_capacity and m_bytes <= m_byte_budget (fit_to_budget made
// every entry fit the budget it saw; a budget lowered since is enforced by evicting this one too).
bool TombstoneTable::insert_locked(std::uint64_t pid, ExitOutcome outcome, std::size_t bytes) {
    if (m_index.count(pid)) return false;
    if (auto it = m_waiters.find(pid); it != m_waiters.end()) {
        for (Waiter* w = it->second; w;) {
            Waiter* next = w->next;
            w->outcome = outcome;
            w->done = true;
            w->next = w->prev = nullptr;
            w->cv.notify_one();  // under the lock: w lives until its thread re-takes it
            w = next;
        }
        m_waiters.erase(it);
    }
    m_index.emplace(pid, m_head_seq + m_entries.size());
    m_entries.push_back(Entry{pid, bytes, std::move(outcome)});
    m_bytes += bytes;
    evict_locked();
    return true;
}

void TombstoneTable::evict_locked() {
    while (!m_entries.empty() && (m_entries.size() > m_capacity || m_bytes > m_byte_budget)) {
        Entry& e = m_entries.front();
        m_index.erase(e.pid);
        m_bytes -= e.bytes;
        m_entries.pop_front();  // frees the terms (a free and the refc releases, under the lock)
        ++m_head_seq;
        ++m_evicted;
    }
}

bool TombstoneTable::find_locked(std::uint64_t pid, ExitOutcome* out) const {
    auto it = m_index.find(pid);
    if (it == m_index.end()) return false;
    if (out) *out = m_entries[std::size_t(it->second - m_head_seq)].outcome;
    return true;
}

bool TombstoneTable::never_spawned(std::uint64_t pid) const {
    return pid == 0 || (m_oracle.pid_counter && pid >= m_oracle.pid_counter());
}

// Order of checks (each step's answer is exact when it is taken; see the header's contract): the table,
// the counter, the process table, then the table again, since a pid that left the process table was
// recorded before it left.
LookupResult TombstoneTable::lookup(std::uint64_t pid_number) const {
    LookupResult r;
    {
        std::lock_guard lock(m_mutex);
        if (find_locked(pid_number, &r.outcome)) {
            r.status = PidStatus::Exited;
            return r;
        }
    }
    if (never_spawned(pid_number)) {
        r.status = PidStatus::NeverSpawned;
        return r;
    }
    if (m_oracle.in_process_table && m_oracle.in_process_table(pid_number)) {
        r.status = PidStatus::Running;
        return r;
    }
    std::lock_guard lock(m_mutex);
    r.status = find_locked(pid_number, &r.outcome) ? PidStatus::Exited : PidStatus::Evicted;
    return r;
}

void TombstoneTable::add_waiter_locked(Waiter& w) {
    auto [it, inserted] = m_waiters.emplace(w.pid, &w);
    if (!inserted) {
        Waiter* last = it->second;
        while (last->next) last = last->next;
        last->next = &w;
        w.prev = last;
    }
    ++m_waiter_count;
}

// Unlinks a waiter still registered (not done). A done waiter was unlinked by insert_locked.
void TombstoneTable::remove_waiter_locked(Waiter& w) {
    --m_waiter_count;
    if (w.done) return;
    if (w.prev) w.prev->next = w.next;
    if (w.next) w.next->prev = w.prev;
    if (!w.prev) {
        auto it = m_waiters.find(w.pid);
        if (w.next) it->second = w.next;
        else m_waiters.erase(it);
    }
    w.next = w.prev = nullptr;
}

// The waiter is registered in the same critical section as the first table check, so a record() that
// comes after that check reaches it even if the entry is evicted before this thread looks again.
LookupResult TombstoneTable::wait(std::uint64_t pid_number,
                                  std::optional<std::chrono::steady_clock::time_point> deadline) {
    LookupResult r;
    if (pid_number == 0) return r;  // NeverSpawned
    Waiter w;
    w.pid = pid_number;
    std::unique_lock lock(m_mutex);
    if (find_locked(pid_number, &r.outcome)) {
        r.status = PidStatus::Exited;
        return r;
    }
    if (m_shutdown) {
        r.status = PidStatus::ShuttingDown;
        return r;
    }
    add_waiter_locked(w);
    lock.unlock();
    bool unspawned = never_spawned(pid_number);
    bool alive = !unspawned && m_oracle.in_process_table && m_oracle.in_process_table(pid_number);
    lock.lock();
    if (!w.done && !alive) {
        // Not recorded since registration and not in the process table: gone before we registered.
        r.status = unspawned ? PidStatus::NeverSpawned : PidStatus::Evicted;
        remove_waiter_locked(w);
        return r;
    }
    while (!w.done && !m_shutdown) {
        if (!deadline) {
            w.cv.wait(lock);
        } else if (w.cv.wait_until(lock, *deadline) == std::cv_status::timeout) {
            break;
        }
    }
    if (w.done) {
        r.status = PidStatus::Exited;
        r.outcome = std::move(w.outcome);
    } else {
        r.status = m_shutdown ? PidStatus::ShuttingDown : PidStatus::TimedOut;
    }
    remove_waiter_locked(w);
    return r;
}

void TombstoneTable::shutdown() {
    std::lock_guard lock(m_mutex);
    if (m_shutdown) return;
    m_shutdown = true;
    for (auto& [pid, first] : m_waiters)
        for (Waiter* w = first; w; w = w->next) w->cv.notify_one();
}

bool TombstoneTable::shutting_down() const {
    std::lock_guard lock(m_mutex);
    return m_shutdown;
}

std::size_t TombstoneTable::size() const {
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

std::size_t TombstoneTable::bytes() const {
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

std::size_t TombstoneTable::capacity() const {
    std::lock_guard lock(m_mutex);
    return m_capacity;
}

std::size_t TombstoneTable::byte_budget() const {
    std::lock_guard lock(m_mutex);
    return m_byte_budget;
}

std::uint64_t TombstoneTable::evicted() const {
    std::lock_guard lock(m_mutex);
    return m_evicted;
}

std::size_t TombstoneTable::waiters() const {
    std::lock_guard lock(m_mutex);
    return m_waiter_count;
}

void TombstoneTable::set_capacity(std::size_t entries) {
    std::lock_guard lock(m_mutex);
    m_capacity = entries;
    evict_locked();
}

void TombstoneTable::set_byte_budget(std::size_t bytes) {
    std::lock_guard lock(m_mutex);
    m_byte_budget = bytes;
    evict_locked();
}

}  // namespace ember::scheduler
