// Exit tombstones: the outcome of processes that have exited, kept in a bounded table so that a host can
// wait on a pid that already finished (DESIGN.md "Exit tombstones"; docs/tombstones.md). OTP has no such
// table: there a pid that is gone only answers noproc (erlang:monitor/2 gives 'DOWN' with noproc at
// once); Ember keeps the reason (and, for host-spawned processes, the returned value) for a while.
//
// What is kept: per exited pid number, an ExitOutcome (reason, optional result) as OwnedTerms (vm/
// owned_term.hpp), both in one storage block. Two bounds, both enforced by FIFO eviction in exit order
// (the oldest exit goes first):
//   - capacity: entries (default 65,536, like SchedulerConfig::tombstone_capacity);
//   - byte budget: sum of OwnedTerm::bytes() of the entries (default 64 MiB: term words, block headers
//     and referenced refc binaries). An outcome bigger than the whole budget on its own is stored with
//     its larger term replaced by the atom '$ember_reason_too_large' (reason) or
//     '$ember_result_too_large' (result), then the other too if still too big.
//
// Telling pids apart. Pid numbers come from a monotonic counter starting at 1 and are never reused, so:
//   - pid == 0 or pid >= counter:                        NeverSpawned
//   - in the table:                                      Exited (with its outcome)
//   - in the process table (alive, or exiting but not yet removed): Running
//   - otherwise:                                         Evicted
// The table asks the scheduler through a PidOracle for the counter and for "is this pid in the process
// table". The contract that makes the answer exact: the scheduler calls record() for a pid BEFORE it
// removes the process from its process table, so a pid is never "gone from the process table and not
// yet recorded". (A pid whose number is handed out but not yet inserted by spawn may read as Evicted
// for that instant; no host holds such a pid, since spawn has not returned it.)
//
// Threads: every member is thread-safe. Waiters block on a condition variable of their own and are
// woken by the record() of their pid, by their deadline, or by shutdown(). Oracle callbacks are never
// called with the table's lock held, so they may take process-table locks; they must not call back
// into the table.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "vm/owned_term.hpp"
#include "vm/term.hpp"

namespace ember::scheduler {

inline constexpr std::size_t kDefaultTombstoneEntries = 65536;
inline constexpr std::size_t kDefaultTombstoneBytes = std::size_t(64) << 20;  // 64 MiB

struct ExitOutcome {
    vm::OwnedTerm reason;                  // the exit reason (normal, {badarg, Stack}, ...)
    std::optional<vm::OwnedTerm> result;   // what a host-spawned process's function returned
};

enum class PidStatus : std::uint8_t {
    Exited,        // outcome available
    Evicted,       // spawned, exited, and its tombstone was evicted: the outcome is lost
    NeverSpawned,  // pid number 0 or not yet handed out
    Running,       // still in the process table (lookup only; wait blocks instead)
    ShuttingDown,  // wait only: shutdown() was called before the pid was recorded
    TimedOut,      // wait only: the deadline passed before the pid was recorded
};

const char* pid_status_name(PidStatus s);

struct LookupResult {
    PidStatus status = PidStatus::NeverSpawned;
    ExitOutcome outcome;  // meaningful only when status == Exited
};

// How the table learns about pids it has not recorded. Both must be thread-safe. Left empty,
// pid_counter treats every nonzero pid as spawned and in_process_table says no pid is running.
struct PidOracle {
    // The next pid number the scheduler will hand out (pids 1 .. counter-1 have been handed out).
    std::function<std::uint64_t()> pid_counter;
    // True while the pid is in the process table, whatever its status (Exiting included): NOT
    // erlang:is_process_alive/1, which is false for an exiting process that is not yet recorded.
    std::function<bool(std::uint64_t)> in_process_table;
};

struct TombstoneLimits {
    std::size_t capacity = kDefaultTombstoneEntries;  // entries; 0 keeps none (waiters still get theirs)
    std::size_t byte_budget = kDefaultTombstoneBytes;
};

class TombstoneTable {
public:
    explicit TombstoneTable(PidOracle oracle, TombstoneLimits limits = {});
    TombstoneTable(const TombstoneTable&) = delete;
    TombstoneTable& operator=(const TombstoneTable&) = delete;
    ~TombstoneTable();  // precondition: no thread is inside wait()

    // Copies `reason` (and `result`) out of the exiting process's heap and stores them for pid
    // `pid_number`, waking its waiters, then evicts the oldest entries while over either bound.
    // Precondition: the terms are readable by this thread (it owns the exiting process) and the
    // process is still in the process table (see the contract above). Returns false, storing nothing,
    // if the pid is 0 or already recorded (pids are never reused, so that is a caller bug). A term
    // that cannot be copied (a match context) is stored as '$ember_uncopyable'. A `result` of
    // kNonValue counts as no result.
    bool record(std::uint64_t pid_number, vm::Term reason, std::optional<vm::Term> result = std::nullopt);
    // The same with terms already owned (e.g. built by the host API).
    bool record(std::uint64_t pid_number, ExitOutcome outcome);

    // Non-blocking: Exited, Evicted, NeverSpawned or Running.
    LookupResult lookup(std::uint64_t pid_number) const;
    // Blocks until the pid is recorded (Exited), the deadline passes (TimedOut), or shutdown()
    // (ShuttingDown). Returns at once with Exited, Evicted or NeverSpawned when that is already known.
    LookupResult wait(std::uint64_t pid_number,
                      std::optional<std::chrono::steady_clock::time_point> deadline = std::nullopt);

    // Wakes every waiter with ShuttingDown; later waits on unrecorded pids return ShuttingDown at once.
    // record() and lookup() keep working. Idempotent.
    void shutdown();
    bool shutting_down() const;

    std::size_t size() const;       // entries held
    std::size_t bytes() const;      // sum of the entries' OwnedTerm bytes
    std::size_t capacity() const;
    std::size_t byte_budget() const;
    std::uint64_t evicted() const;  // entries evicted so far
    std::size_t waiters() const;    // threads blocked in wait() (for tests)
    // Change a bound; shrinking evicts the oldest entries at once.
    void set_capacity(std::size_t entries);
    void set_byte_budget(std::size_t bytes);

private:
    struct Entry {
        std::uint64_t pid;
        std::size_t bytes;
        ExitOutcome outcome;
    };
    struct Waiter {
        std::uint64_t pid;
        Waiter* next = nullptr;  // same pid, registration order
        Waiter* prev = nullptr;
        std::condition_variable cv;
        bool done = false;
        ExitOutcome outcome;
    };

    ExitOutcome fit_to_budget(ExitOutcome outcome, std::size_t budget, std::size_t* bytes) const;
    bool insert_locked(std::uint64_t pid, ExitOutcome outcome, std::size_t bytes);
    void evict_locked();
    bool find_locked(std::uint64_t pid, ExitOutcome* out) const;
    bool never_spawned(std::uint64_t pid) const;
    void add_waiter_locked(Waiter& w);
    void remove_waiter_locked(Waiter& w);

    PidOracle m_oracle;
    mutable std::mutex m_mutex;
    // FIFO in exit order: m_entries[i] has sequence number m_head_seq + i; m_index maps pid -> sequence.
    std::deque<Entry> m_entries;
    std::unordered_map<std::uint64_t, std::uint64_t> m_index;
    std::uint64_t m_head_seq = 0;
    std::size_t m_bytes = 0;
    std::size_t m_capacity;
    std::size_t m_byte_budget;
    std::uint64_t m_evicted = 0;
    std::unordered_map<std::uint64_t, Waiter*> m_waiters;  // pid -> first waiter
    std::size_t m_waiter_count = 0;
    bool m_shutdown = false;
    vm::Term m_reason_too_large;
    vm::Term m_result_too_large;
    vm::Term m_uncopyable;
};

}  // namespace ember::scheduler
