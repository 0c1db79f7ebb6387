// One normal scheduler thread's state (internal to scheduler/).
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

#include "scheduler/scheduler.hpp"
#include "vm/interp.hpp"

namespace ember::scheduler {

// A pending timer on a scheduler's heap. Entries are deleted lazily: a receive timer is live while the
// process's timer_seq still equals `key`; a message timer while its id (`key`) is in the message-timer
// map. compact_timers() drops dead entries when the heap has doubled since the last compaction.
struct TimerEntry {
    std::uint64_t deadline;  // steady-clock nanoseconds
    vm::Term pid;            // receive timer: the waiting process; message timer: kNil
    std::uint64_t key;       // receive timer: sequence; message timer: id
    bool operator>(const TimerEntry& o) const { return deadline > o.deadline; }
};

struct alignas(64) Scheduler::Worker {
    unsigned index = 0;
    // Guards the queues, `sleeping`, `normal_picks` and `timers`. Never held while taking another
    // scheduler's mutex, a process-table shard or an inbox mutex.
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<vm::Process*> queues[4];  // by vm::Priority: max, high, normal, low
    std::atomic<std::size_t> length{0};  // total queued (read without the mutex by thieves)
    bool sleeping = false;               // set by the worker; cleared by whoever wakes it
    std::atomic<bool> spinning{false};   // in spin_for_work: idle, awake, and polling for work
    unsigned normal_picks = 0;
    std::priority_queue<TimerEntry, std::vector<TimerEntry>, std::greater<TimerEntry>> timers;
    std::size_t timers_after_compaction = 0;
    // The earliest deadline on `timers` (UINT64_MAX while empty), written under `mutex` whenever the
    // heap changes: fire_timers skips the mutex while nothing is due. A stale read only delays a timer
    // to the next pass of the worker loop (a sleeping worker is woken by whoever pushes).
    std::atomic<std::uint64_t> next_deadline_ns{UINT64_MAX};
    // Receive timers armed minus disarmed/fired, counted on the scheduler where it happened (so one
    // counter may go negative; the sum over schedulers is the number of live receive timers).
    std::atomic<std::int64_t> live_receive_timers{0};
    std::atomic<std::uint64_t> slice_start_ns{0};  // when the current slice began; 0 = not running one
    std::atomic<std::uint64_t> busy_ns{0};         // time in finished slices (scheduler_wall_time)
    std::atomic<std::uint64_t> reductions{0};
    std::atomic<std::uint64_t> context_switches{0};
    std::unique_ptr<vm::RegisterFile> regs;
    std::thread thread;
};

// A dirty scheduler pool (scheduler/dirty.cpp).
struct Scheduler::DirtyPool {
    bool io = false;
    unsigned size = 0;
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<Process*> queue;  // under mutex
    bool stopping = false;       // under mutex
    unsigned waiting = 0;        // under mutex: threads asleep on cv (submit wakes one only then)
    std::atomic<std::size_t> queued{0};  // queue.size(), read without the lock by spinning threads
    // Started on demand, up to `size` (a program that never calls a dirty native starts none): grown
    // under mutex, never after stopping, so joining needs no lock.
    std::vector<std::thread> threads;
    std::atomic<unsigned> active{0};  // threads running a native now
    // Per thread: time in finished dirty calls, and when the current one began (0: none).
    std::unique_ptr<std::atomic<std::uint64_t>[]> busy_ns;
    std::unique_ptr<std::atomic<std::uint64_t>[]> busy_since;
};

// The scheduler running on this thread, or nullptr (host threads, dirty threads).
extern thread_local Scheduler::Worker* t_worker;

}  // namespace ember::scheduler
