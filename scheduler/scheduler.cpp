// Scheduler threads: run queues, picking by priority, stealing, sleeping and waking, the slice loop.
// See scheduler/scheduler.hpp for the threading rules; scheduler/worker.hpp for one thread's state.
#include "scheduler/scheduler.hpp"

#include "vm/atom_table.hpp"

#include <algorithm>

#include <sched.h>

#include "scheduler/ports.hpp"
#include "scheduler/worker.hpp"
#include "vm/copy.hpp"
#include "vm/external_ids.hpp"
#include "vm/gc.hpp"
#include "vm/idle_wait.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"
#include "vm/process_events.hpp"
#include "vm/runtime_support.hpp"
#include "vm/system_monitor.hpp"
#include "vm/system_profile.hpp"
#include "vm/system_tasks.hpp"
#include "vm/trace.hpp"

namespace ember::scheduler {

using namespace ember::vm;

thread_local Scheduler::Worker* t_worker = nullptr;

Scheduler& Scheduler::global() {
    static Scheduler s;
    return s;
}

Scheduler::Scheduler() : m_system_logger(vm::AtomTable::global().intern("logger")) { configure(SchedulerConfig{}); }

Scheduler::~Scheduler() = default;

unsigned available_processors() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
    return std::max(1u, std::thread::hardware_concurrency());
}

void Scheduler::configure(const SchedulerConfig& config) {
    m_config = config;
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    if (m_config.schedulers == 0) m_config.schedulers = cores;
    m_config.schedulers = std::min(m_config.schedulers, 1024u);
    if (m_config.schedulers_online == 0) m_config.schedulers_online = available_processors();
    m_config.schedulers_online = std::min(m_config.schedulers_online, m_config.schedulers);
    m_online.store(m_config.schedulers_online, std::memory_order_relaxed);
    if (m_config.dirty_cpu == 0) m_config.dirty_cpu = m_config.schedulers;
    if (m_config.dirty_io == 0) m_config.dirty_io = 10;
    if (m_config.tombstone_capacity == 0) m_config.tombstone_capacity = kDefaultTombstoneCapacity;
    PidOracle oracle{[this] { return static_cast<std::uint64_t>(pid_counter()); },
                     [this](std::uint64_t n) { return in_table(n); }};
    m_tombstones = std::make_unique<TombstoneTable>(oracle, TombstoneLimits{m_config.tombstone_capacity});
    m_workers.clear();
    for (unsigned i = 0; i < m_config.schedulers; ++i) {
        m_workers.push_back(std::make_unique<Worker>());
        m_workers.back()->index = i;
    }
}

unsigned Scheduler::current_scheduler_id() { return t_worker ? t_worker->index + 1 : 0; }

std::uint64_t Scheduler::now_ns() const {
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
}

// ---- run queues -----------------------------------------------------------------------------------------

// The run queue p waits in: its priority's, or a system task's above it (Process::task_priority).
static int queue_index(const Process* p) {
    return std::min<int>(static_cast<int>(p->priority), p->task_priority.load());
}

// Puts p on w's queue and wakes w if it sleeps; if w is busy with a backlog and another scheduler
// sleeps, wakes that one to steal. Pairs with sleep(): the length is raised before m_sleepers is read
// here, and m_sleepers raised before lengths are read there, so one of the two sees the other.
void Scheduler::enqueue_on(Worker& w, Process* p) {
    bool wake_owner = false;
    bool wake_other = false;
    {
        std::lock_guard lock(w.mutex);
        w.queues[queue_index(p)].push_back(p);
        std::size_t len = w.length.fetch_add(1) + 1;
        if (w.sleeping) {
            w.sleeping = false;
            m_sleepers.fetch_sub(1);
            wake_owner = true;
        } else if (len >= 2 && m_sleepers.load() > 0) {
            wake_other = true;
        }
    }
    if (wake_owner) w.cv.notify_one();
    else if (wake_other) wake_sleeper();
}

unsigned Scheduler::online_count() const {
    unsigned n = m_online.load(std::memory_order_relaxed);
    return std::min<unsigned>(n, unsigned(m_workers.size()));
}

void Scheduler::make_runnable(Process* p) {
    unsigned home = p->home.load(std::memory_order_relaxed);
    unsigned online = online_count();
    unsigned bound = p->bound_scheduler.load(std::memory_order_relaxed);
    if (bound != 0 && bound <= online) home = bound - 1;
    else if (home >= online) home = home % online;  // its scheduler is parked: an online one takes it
    // Woken by a process running here while its own scheduler idles (spins, nothing queued): it
    // queues here instead, behind its waker, which is usually about to wait for the answer. Handing
    // each message hop of a chain across threads cost microseconds of cache-line transfers per hop
    // (a one-token ring spread over two schedulers ran 1.3-2x slower than on one). The idle scheduler
    // still steals it if the waker keeps running (stealable), and a sleeping one is woken as before.
    if (bound == 0 && t_worker && home != t_worker->index && t_worker->index < online &&
        m_workers[home]->spinning.load(std::memory_order_relaxed) &&
        m_workers[home]->length.load(std::memory_order_relaxed) == 0)
        home = t_worker->index;
    enqueue_on(*m_workers[home], p);
}

// Raised first, then looked for: a process queued before the raise is moved here; one queued after
// it (it was running, or a signal was just waking it) reads the raised index in enqueue_on.
void Scheduler::raise_for_system_task(Process* p, vm::Priority prio) {
    auto want = static_cast<std::uint8_t>(prio);
    std::uint8_t cur = p->task_priority.load();
    do {
        if (want >= cur) return;  // already raised at least that high
    } while (!p->task_priority.compare_exchange_weak(cur, want));
    for (auto& w : m_workers) {
        std::lock_guard lock(w->mutex);
        for (int q = want + 1; q < 4; ++q) {
            auto& queue = w->queues[q];
            auto it = std::find(queue.begin(), queue.end(), p);
            if (it == queue.end()) continue;
            queue.erase(it);
            w->queues[want].push_back(p);
            return;
        }
    }
}

void Scheduler::activate_alias(Process* p, std::uint64_t id, vm::AliasMode mode) {
    if (!p->aliases) p->aliases = std::make_unique<std::unordered_map<Word, vm::AliasMode>>();
    (*p->aliases)[id] = mode;
    add_alias(id, p->pid);
}

void Scheduler::hand_over_queue(Worker& w) {
    std::vector<Process*> moved;
    {
        std::lock_guard lock(w.mutex);
        for (auto& q : w.queues) {
            moved.insert(moved.end(), q.begin(), q.end());
            q.clear();
        }
        w.length.store(0);
    }
    unsigned online = online_count();
    for (std::size_t i = 0; i < moved.size(); ++i) {
        unsigned to = unsigned(i % online);
        moved[i]->home.store(to, std::memory_order_relaxed);
        enqueue_on(*m_workers[to], moved[i]);
    }
}

unsigned Scheduler::set_schedulers_online(unsigned n) {
    std::lock_guard guard(m_online_mutex);
    unsigned old = online_count();
    m_online.store(n, std::memory_order_relaxed);
    // Parked workers wake to hand over their queues (and park); unparked ones wake to work.
    for (auto& w : m_workers) {
        bool woke = false;
        {
            std::lock_guard lock(w->mutex);
            if (w->sleeping) {
                w->sleeping = false;
                m_sleepers.fetch_sub(1);
                woke = true;
            }
        }
        if (woke) w->cv.notify_one();
    }
    return old;
}

void Scheduler::wake_sleeper() {
    for (auto& w : m_workers) {
        bool woke = false;
        {
            std::lock_guard lock(w->mutex);
            if (w->sleeping) {
                w->sleeping = false;
                m_sleepers.fetch_sub(1);
                woke = true;
            }
        }
        if (woke) {
            w->cv.notify_one();
            return;
        }
    }
}

// Max and high are strict; normal and low share time: a queued low process runs once per
// kLowEvery picks of normal ones (BEAM reschedules low processes 8 times before running them).
Process* Scheduler::pop_runnable(Worker& w) {
    constexpr unsigned kLowEvery = 8;
    std::lock_guard lock(w.mutex);
    if (w.length.load(std::memory_order_relaxed) == 0) return nullptr;
    auto& q = w.queues;
    std::deque<Process*>* from;
    if (!q[0].empty()) from = &q[0];
    else if (!q[1].empty()) from = &q[1];
    else if (!q[2].empty() && (q[3].empty() || ++w.normal_picks < kLowEvery)) from = &q[2];
    else {
        w.normal_picks = 0;
        from = &q[3];
    }
    Process* p = from->front();
    from->pop_front();
    w.length.fetch_sub(1);
    return p;
}

// Whether a thief should take from v: a backlog (2+ queued), or one queued process while v is busy
// with a long slice. A single queued process of a scheduler that is about to pick it is left alone,
// so that message chains (a ring, request/reply) stay on one scheduler instead of bouncing.
bool Scheduler::stealable(Worker& v) {
    std::size_t len = v.length.load();
    if (len >= 2) return true;
    if (len == 0) return false;
    std::uint64_t start = v.slice_start_ns.load(std::memory_order_relaxed);
    return start != 0 && now_ns() - start > kLongSliceNs;
}

// Takes half (rounded up) of another scheduler's queued processes, highest priority first, from the
// back of its queues. Precondition: the thief's own queue is empty.
Process* Scheduler::steal(Worker& thief) {
    std::size_t n = m_workers.size();
    unsigned online = online_count();
    if (thief.index >= online) return nullptr;  // a parked scheduler takes no work
    for (std::size_t k = 1; k < n; ++k) {
        Worker& v = *m_workers[(thief.index + k) % n];
        if (!stealable(v) && !(v.index >= online && v.length.load() > 0)) continue;
        std::vector<Process*> taken;
        {
            std::lock_guard lock(v.mutex);
            std::size_t len = v.length.load();
            std::size_t want = (len + 1) / 2;
            for (auto& q : v.queues) {
                // From the back; a process bound to v (process_flag(scheduler, N)) stays.
                for (std::size_t i = q.size(); want > 0 && i-- > 0;) {
                    unsigned bound = q[i]->bound_scheduler.load(std::memory_order_relaxed);
                    if (bound != 0 && bound - 1 == v.index && v.index < online) continue;
                    taken.push_back(q[i]);
                    q.erase(q.begin() + std::ptrdiff_t(i));
                    --want;
                }
            }
            v.length.fetch_sub(taken.size());
        }
        if (taken.empty()) continue;
        Process* first = taken.front();
        first->home.store(thief.index, std::memory_order_relaxed);
        if (taken.size() > 1) {
            std::lock_guard lock(thief.mutex);
            for (std::size_t i = taken.size(); i-- > 1;) {
                taken[i]->home.store(thief.index, std::memory_order_relaxed);
                thief.queues[queue_index(taken[i])].push_back(taken[i]);
            }
            thief.length.fetch_add(taken.size() - 1);
        }
        return first;
    }
    return nullptr;
}

// Before sleeping, polls the queue lengths for a short while (about 20 microseconds): in
// request/reply traffic between schedulers the answer usually comes sooner than a futex sleep and
// wake-up would take (BEAM's schedulers spin too before they sleep). True if work showed up.
bool Scheduler::spin_for_work(Worker& w) {
    if (m_workers.size() == 1) return false;  // nobody else can make work appear during the spin
    w.spinning.store(true, std::memory_order_relaxed);
    struct SpinEnd {
        Worker& w;
        ~SpinEnd() { w.spinning.store(false, std::memory_order_relaxed); }
    } spin_end{w};
    for (int i = 0; i < 2000; ++i) {
        if (w.length.load(std::memory_order_relaxed) > 0) return true;
        for (auto& v : m_workers)
            if (v.get() != &w && stealable(*v)) return true;
        if (m_halted.load(std::memory_order_relaxed)) return false;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#else
        std::this_thread::yield();
#endif
    }
    return false;
}

// Sleeps until woken, until the next own timer is due, or until halt. Returns false when the
// scheduler must stop. In exit_when_idle mode, the last scheduler to fall asleep while no timer is
// live and no dirty call is in flight halts the runtime: no process can ever run again.
bool Scheduler::sleep(Worker& w) {
    vm::heap_block_cache_idle();
    std::unique_lock lock(w.mutex);
    if (m_halted.load()) return false;
    if (w.length.load() > 0) return true;
    w.sleeping = true;
    unsigned sleepers = m_sleepers.fetch_add(1) + 1;
    bool parked = w.index >= online_count();
    for (auto& v : m_workers) {
        if (!parked && v.get() != &w && stealable(*v)) {
            w.sleeping = false;
            m_sleepers.fetch_sub(1);
            return true;  // go steal it
        }
    }
    if (sleepers == m_workers.size() && m_config.exit_when_idle && m_dirty_in_flight.load() == 0) {
        // any_port_can_wake() looks at port locks: never under a worker's mutex (a port sends while
        // holding its own).
        lock.unlock();
        if (!any_timer_can_wake() && !any_port_can_wake() && m_sleepers.load() == m_workers.size()) {
            halt(m_exit_status);
            return false;
        }
        lock.lock();
        if (!w.sleeping) return true;
    }
    auto awake = [&] { return !w.sleeping || m_halted.load(); };
    bool profiled = g_system_profile_schedulers.load(std::memory_order_relaxed);
    if (profiled) [[unlikely]] {
        // Not under w.mutex: the message wakes the profiler, which may take this worker's mutex. A
        // wake-up meanwhile clears w.sleeping, and the wait below returns at once.
        lock.unlock();
        system_profile_scheduler(w.index + 1, false, unsigned(m_workers.size()) - sleepers);
        lock.lock();
    }
    if (w.timers.empty()) {
        vm::idle_wait(w.cv, lock, awake);
    } else {
        auto deadline = std::chrono::steady_clock::time_point(std::chrono::nanoseconds(w.timers.top().deadline));
        vm::idle_wait_until(w.cv, lock, deadline, awake);
    }
    if (w.sleeping) {
        w.sleeping = false;
        m_sleepers.fetch_sub(1);
    }
    if (profiled) [[unlikely]] {
        lock.unlock();
        system_profile_scheduler(w.index + 1, true, unsigned(m_workers.size() - m_sleepers.load()));
    }
    return !m_halted.load();
}

// ---- the slice ------------------------------------------------------------------------------------------

void Scheduler::run_slice(Worker& w, Process* p, std::uint64_t now) {
    p->main_lock.lock();
    p->status.store(ProcessStatus::Running);
    p->home.store(w.index, std::memory_order_relaxed);
    w.slice_start_ns.store(now, std::memory_order_relaxed);
    struct SliceEnd {
        const Scheduler& s;
        Worker& w;
        ~SliceEnd() {
            // Busy time only while scheduler_wall_time is on (a clock read per slice otherwise).
            if (s.m_wall_on.load(std::memory_order_relaxed)) {
                std::uint64_t start = w.slice_start_ns.load(std::memory_order_relaxed);
                w.busy_ns.fetch_add(s.now_ns() - start, std::memory_order_relaxed);
            }
            w.slice_start_ns.store(0, std::memory_order_relaxed);
        }
    } slice_end{*this, w};
    w.context_switches.fetch_add(1, std::memory_order_relaxed);
    // Cleared before the signals are read: a system task raised later raises it again.
    std::uint8_t task_priority = kNoTaskPriority;
    if (p->task_priority.load(std::memory_order_relaxed) != kNoTaskPriority) [[unlikely]]
        task_priority = p->task_priority.exchange(kNoTaskPriority);
    // Signals that arrived while it was away are handled before it runs.
    if (p->signal_pending.load(std::memory_order_acquire) && !fetch_signals(p)) {
        p->exit_reason = p->pending_exit;
        exit_process(p);
        return;
    }
    if (p->gc_requested) [[unlikely]] {
        run_requested_gc(p);  // erlang:garbage_collect/2 of another process
        if (p->max_heap_killed) {  // past its max_heap_size with kill (vm/gc.hpp)
            p->max_heap_killed = false;
            p->exit_reason = vm::am_killed;
            exit_process(p);
            return;
        }
    }
    if (p->suspend_count > 0) {
        // Suspended (erlang:suspend_process/2): only signals are handled; a signal wakes it again.
        p->main_lock.unlock();
        bool requeue = false;
        {
            std::lock_guard lock(p->inbox_mutex);
            if (p->inbox_head) requeue = true;
            else {
                if (g_system_profile_procs.load(std::memory_order_relaxed)) [[unlikely]]
                    system_profile_runnable(p, false);
                p->status.store(ProcessStatus::Waiting);
            }
        }
        if (requeue) {
            p->status.store(ProcessStatus::Runnable);
            enqueue_on(w, p);
        }
        return;
    }
    if (task_priority < static_cast<std::uint8_t>(p->priority)) [[unlikely]] {
        // Run ahead of its priority for a system task, which the signals above carried out: its
        // code waits for its own turn.
        p->main_lock.unlock();
        p->status.store(ProcessStatus::Runnable);
        enqueue_on(w, p);
        return;
    }
    std::uint64_t reds_before = p->reductions;
    std::uint32_t trace_flags = p->trace_flags.load(std::memory_order_relaxed);
    bool running_traced = (trace_flags & kTraceRunning) != 0;
    if (running_traced) [[unlikely]] trace_schedule(p, true, w.index + 1);
    // call_time charges only call-traced processes: Process::call_time_bp (another cache line of a
    // process that is switched in cold) is read only when the trace flags already loaded say so.
    if ((trace_flags & kTraceCall) && p->call_time_bp >= 0) [[unlikely]] trace_time_schedule(p, true);
    // erlang:system_monitor long_schedule (vm/system_monitor.hpp): timed only when watched.
    std::uint64_t long_schedule_start = 0;
    HeapFragment* long_schedule_in = nullptr;
    Term in_mfa = kNil;
    if (vm::g_system_monitor_long_schedule_ms.load(std::memory_order_relaxed) != 0) [[unlikely]] {
        long_schedule_in = HeapFragment::create(4);
        FragmentAllocator a(long_schedule_in);
        in_mfa = vm::current_mfa(p, a);
        long_schedule_start = now_ns();
    }
    RunResult r = run_process(p, *w.regs);
    if (long_schedule_in) [[unlikely]] {
        vm::system_monitor_long_schedule(p, now_ns() - long_schedule_start, in_mfa);
        HeapFragment::destroy(long_schedule_in);
    }
    if (r != RunResult::Exited && (p->trace_flags.load(std::memory_order_relaxed) & kTraceCall) &&
        p->call_time_bp >= 0) [[unlikely]]
        trace_time_schedule(p, false);
    if (running_traced && r != RunResult::Exited && (p->trace_flags.load(std::memory_order_relaxed) & kTraceRunning))
        [[unlikely]] trace_schedule(p, false, w.index + 1);
    w.reductions.fetch_add(p->reductions - reds_before, std::memory_order_relaxed);
    switch (r) {
    case RunResult::Yield: {
        p->main_lock.unlock();
        p->status.store(ProcessStatus::Runnable);
        unsigned bound = p->bound_scheduler.load(std::memory_order_relaxed);
        if (bound != 0 && bound - 1 != w.index) make_runnable(p);  // bound to another scheduler: go there
        else enqueue_on(w, p);
        break;
    }
    case RunResult::Wait: {
        p->main_lock.unlock();
        bool requeue = false;
        {
            std::lock_guard lock(p->inbox_mutex);
            if (p->inbox_head || p->timed_out.load() || (p->gc_requested && !p->gc_disabled)) requeue = true;
            else {
                // erlang:system_profile runnable_procs: under the inbox lock, so a waker's active
                // event comes after this one.
                if (g_system_profile_procs.load(std::memory_order_relaxed)) [[unlikely]]
                    system_profile_runnable(p, false);
                p->status.store(ProcessStatus::Waiting);
            }
        }
        if (requeue) {
            p->status.store(ProcessStatus::Runnable);
            enqueue_on(w, p);
        }
        break;
    }
    case RunResult::Dirty:
        p->main_lock.unlock();
        submit_dirty(p);
        break;
    case RunResult::Exited:
        exit_process(p);
        break;
    }
}

void Scheduler::worker_loop(Worker& w) {
    t_worker = &w;
    w.regs = std::make_unique<RegisterFile>();
    while (!m_halted.load(std::memory_order_acquire)) {
        // One clock read per pass: the timers' and the slice's start (a clock read costs as much as
        // a message hop's lookup in a VM guest).
        std::uint64_t now = now_ns();
        fire_timers(w, now);
        if (w.index >= online_count()) {
            // Parked (system_flag(schedulers_online, N)): hand everything over, then sleep.
            hand_over_queue(w);
            if (!sleep(w)) break;
            continue;
        }
        Process* p = pop_runnable(w);
        if (!p) p = steal(w);
        if (!p && spin_for_work(w)) continue;
        if (!p) {
            if (!sleep(w)) break;
            continue;
        }
        run_slice(w, p, now);
    }
    t_worker = nullptr;
}

// ---- starting and stopping ------------------------------------------------------------------------------

void Scheduler::start() {
    if (m_started.exchange(true)) return;
    (void)instruction_handlers();  // publish the label table before threads race for it
    install_port_layer();
    start_dirty_pools();
    for (auto& w : m_workers) {
        Worker* wp = w.get();
        w->thread = std::thread([this, wp] { worker_loop(*wp); });
    }
}

int Scheduler::run() {
    start();
    int status = wait_for_halt();
    shutdown();
    return status;
}

int Scheduler::wait_for_halt() {
    std::unique_lock lock(m_halt_mutex);
    vm::idle_wait(m_halt_cv, lock, [&] { return m_halted.load(); });
    return m_exit_status;
}

void Scheduler::halt(int status) {
    {
        std::lock_guard lock(m_halt_mutex);
        if (m_halted.load()) return;
        m_exit_status = status;
        m_halted.store(true, std::memory_order_release);
    }
    m_halt_cv.notify_all();
    for (auto& w : m_workers) {
        { std::lock_guard lock(w->mutex); }
        w->cv.notify_all();
    }
    stop_dirty_pools();
}

void Scheduler::shutdown() {
    halt(m_exit_status);
    for (auto& w : m_workers)
        if (w->thread.joinable() && w->thread.get_id() != std::this_thread::get_id()) w->thread.join();
    join_dirty_pools();
    m_tombstones->shutdown();
    // Timers that never fired (a service's refresh timer outlives an idle exit) free their messages.
    std::lock_guard lock(m_message_timers_mutex);
    for (auto& [id, t] : m_message_timers)
        if (t.fragment) release_fragment(t.fragment);
    m_message_timers.clear();
}

SchedulerStats Scheduler::stats() {
    SchedulerStats s;
    for (auto& w : m_workers) {
        s.reductions += w->reductions.load();
        s.context_switches += w->context_switches.load();
        s.run_queue_lengths.push_back(w->length.load());
    }
    s.processes_spawned = m_spawned.load();
    s.dirty_cpu_queue = dirty_queue_length(false);
    s.dirty_io_queue = dirty_queue_length(true);
    return s;
}

std::vector<std::uint64_t> Scheduler::busy_now(std::uint64_t now) {
    std::vector<std::uint64_t> busy;
    for (auto& w : m_workers) {
        std::uint64_t start = w->slice_start_ns.load(std::memory_order_relaxed);
        busy.push_back(w->busy_ns.load(std::memory_order_relaxed) + (start && now > start ? now - start : 0));
    }
    for (DirtyPool* pool : {m_dirty_cpu.get(), m_dirty_io.get()}) {
        for (unsigned i = 0; pool && i < pool->size; ++i) {
            std::uint64_t start = pool->busy_since[i].load(std::memory_order_relaxed);
            busy.push_back(pool->busy_ns[i].load(std::memory_order_relaxed) + (start && now > start ? now - start : 0));
        }
    }
    return busy;
}

bool Scheduler::set_wall_time_raw(bool on) {
    std::lock_guard lock(m_wall_mutex);
    bool was = m_wall_refs > 0 || m_wall_raw;
    if (on && !was) {
        m_wall_since_ns = now_ns();
        m_wall_base = busy_now(m_wall_since_ns);
    }
    m_wall_raw = on;
    m_wall_on.store(m_wall_refs > 0 || m_wall_raw, std::memory_order_relaxed);
    return was;
}

bool Scheduler::set_wall_time(Process* p, bool on) {
    std::lock_guard lock(m_wall_mutex);
    bool was = m_wall_refs > 0 || m_wall_raw;
    if (on && p->wall_time_refs < UINT16_MAX) {
        if (!was) {
            m_wall_since_ns = now_ns();
            m_wall_base = busy_now(m_wall_since_ns);
        }
        ++p->wall_time_refs;
        ++m_wall_refs;
    } else if (!on && p->wall_time_refs > 0) {
        --p->wall_time_refs;
        --m_wall_refs;
    }
    m_wall_on.store(m_wall_refs > 0 || m_wall_raw, std::memory_order_relaxed);
    return was;
}

void Scheduler::drop_wall_time(Process* p) {
    std::lock_guard lock(m_wall_mutex);
    m_wall_refs -= p->wall_time_refs;
    p->wall_time_refs = 0;
    m_wall_on.store(m_wall_refs > 0 || m_wall_raw, std::memory_order_relaxed);
}

std::vector<Scheduler::WallTime> Scheduler::wall_time(bool include_io) {
    std::lock_guard lock(m_wall_mutex);
    std::vector<WallTime> out;
    if (m_wall_refs == 0 && !m_wall_raw) return out;
    std::uint64_t now = now_ns();
    std::vector<std::uint64_t> busy = busy_now(now);
    std::size_t count = m_workers.size() + (m_dirty_cpu ? m_dirty_cpu->size : 0);
    if (include_io && m_dirty_io) count += m_dirty_io->size;
    std::uint64_t total = now - m_wall_since_ns;
    for (std::size_t i = 0; i < count && i < busy.size(); ++i) {
        std::uint64_t b = i < m_wall_base.size() && busy[i] > m_wall_base[i] ? busy[i] - m_wall_base[i] : 0;
        out.push_back({static_cast<unsigned>(i + 1), std::min(b, total), total});
    }
    return out;
}

// ---- spawning -------------------------------------------------------------------------------------------

Term Scheduler::spawn(Process* parent, Term module, Term function, Term args, const SpawnOptions& options,
                      Term* monitor_ref) {
    auto owned = std::make_unique<Process>();
    Process* p = owned.get();
    p->pid = make_pid(m_next_pid.fetch_add(1, std::memory_order_relaxed));
    p->group_leader = options.group_leader != kNil ? options.group_leader
                      : parent                     ? parent->group_leader
                      : m_io_server != kNil        ? m_io_server
                                                   : p->pid;  // the first process leads itself (erl's init)
    p->parent = parent ? parent->pid : options.remote_parent;
    p->system_process = options.system_process;
    p->message_queue_off_heap = options.message_queue_off_heap;
    p->fullsweep_after = options.fullsweep_after;
    p->priority = options.priority;
    p->trap_exit = options.trap_exit;
    p->max_message_queue_len = options.max_message_queue_len;
    p->set_min_heap_size(options.min_heap_size);
    p->set_max_heap_size(options.max_heap_size.value_or(vm::default_max_heap_size()));
    p->keep_result = options.keep_result;
    p->capabilities = (parent ? parent->capabilities : kCapAll) & options.capabilities;
    p->initial_call[0] = module;
    p->initial_call[1] = function;
    std::int64_t arity = list_length(args);
    p->initial_call[2] = make_small(arity);
    // Arguments go into the new heap, then into the saved argument registers.
    Term copied = copy_term(args, *p);
    p->saved_x.clear();
    for (Term t = copied; is_list(t); t = cdr(t)) p->saved_x.push_back(car(t));
    p->arity = static_cast<std::uint32_t>(arity);
    Export* ep = CodeServer::global().export_entry(module, function, static_cast<std::uint32_t>(arity));
    p->i = ep->address.load(std::memory_order_acquire);
    static const Instr* exit_code = [] {
        static Instr code[1];
        code[0] = reinterpret_cast<Instr>(instruction_handlers()[static_cast<int>(Op::normal_exit)]);
        return code;
    }();
    p->cp = exit_code;
    // Links and monitors are set up on both sides before anyone can see the child: spawn_link and
    // spawn_monitor are atomic.
    if (options.link && parent) {
        parent->rel().links.insert(p->pid);
        p->rel().links.insert(parent->pid);
    }
    if (options.monitor && parent) {
        std::uint64_t id = options.monitor_id ? options.monitor_id : next_ref_id();
        parent->rel().monitors[id] = Process::MonitorInfo{p->pid, kNil, options.monitor_tag, options.monitor_alias};
        p->rel().monitored_by[id] = parent->pid;
        if (options.monitor_alias != vm::AliasMode::None) activate_alias(parent, id, options.monitor_alias);
        if (monitor_ref) *monitor_ref = make_ref(*parent, id);
    }
    unsigned home = t_worker && t_worker->index < online_count()
                        ? t_worker->index
                        : m_spawn_rr.fetch_add(1, std::memory_order_relaxed) % online_count();
    p->home.store(home, std::memory_order_relaxed);
    Term pid = p->pid;
    {
        Shard& s = shard_of(pid_number(pid));
        std::unique_lock lock(s.mutex);
        s.table.emplace(pid_number(pid), std::move(owned));
    }
    m_process_count.fetch_add(1, std::memory_order_relaxed);
    m_spawned.fetch_add(1, std::memory_order_relaxed);
    if (options.remote_monitor_by != kNil) p->rel().monitored_by[options.remote_monitor_key] = options.remote_monitor_by;
    if (vm::is_external_pid(options.link_to)) p->rel().links.insert(options.link_to);
    if (is_local_pid(options.link_to) && options.link_to != pid) {
        // The child is in the table but not yet runnable: the link reaches the other side before
        // any exit signal of the child can, and a noproc answer lands in the child's inbox.
        p->rel().links.insert(options.link_to);
        send_signal(options.link_to, make_signal(SignalKind::Link, pid));
    }
    note_spawned(pid, module, function, static_cast<std::uint32_t>(arity));
    if (options.before_run) options.before_run(pid);
    if (parent && parent->seq_token && live_token(parent->seq_token)) [[unlikely]]
        seq_trace_spawn(parent, p);
    if ((parent && parent->trace_flags.load(std::memory_order_relaxed)) ||
        g_trace_new_processes.load(std::memory_order_relaxed)) [[unlikely]]
        trace_spawn(parent, p, module, function, args, options.link);
    p->status.store(ProcessStatus::Runnable);
    if (g_system_profile_procs.load(std::memory_order_relaxed)) [[unlikely]] system_profile_runnable(p, true);
    make_runnable(p);  // from here on, p may run (and end) on another thread
    return pid;
}

}  // namespace ember::scheduler
