// Schedulers: threads that run processes, their run queues, work stealing, sleep and wake-up, the
// process table, registered names, timers and dirty pools (OTP erl_process.c, erl_hl_timer.c,
// erl_ptab.c; semantics per the erlang module docs and OTP's "Processes" chapter).
//
// Threads and ownership
// - N normal scheduler threads (`+S N`, default one per core). Each owns a run queue with the four
//   priorities (max and high strict; normal and low share time, a low process runs once per 8 normal
//   picks as in BEAM), a timer heap and a register file. A scheduler with nothing to run steals half of
//   the busiest-looking queue, else sleeps on its condition variable.
// - A process is on at most one run queue and runs on at most one thread (see vm/process.hpp for the
//   status transitions). Woken processes go back to their `home` scheduler (the last one that ran them).
// - Locks are never nested across schedulers: a thread holds at most one run-queue mutex at a time, and
//   a run-queue mutex is never held while a process table shard or an inbox mutex is taken.
// - The process table is sharded by pid number; a lookup holds its shard's shared lock while the caller
//   uses the Process*, so a process is freed only when nobody can be touching it.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <queue>
#include <shared_mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include "scheduler/tombstones.hpp"
#include "vm/interp.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::scheduler {

inline constexpr std::size_t kDefaultTombstoneCapacity = kDefaultTombstoneEntries;
using vm::Process;
using vm::Term;

struct SpawnOptions {
    bool link = false;
    bool monitor = false;
    bool trap_exit = false;  // set before the process runs (host spawn_trapping)
    vm::Priority priority = vm::Priority::Normal;
    vm::Word min_heap_size = 233;
    std::optional<vm::MaxHeapSize> max_heap_size{};  // none given: the system default (not the parent's)
    std::size_t max_message_queue_len = 0;  // Ember's overload protection; 0 = off
    Term group_leader = vm::kNil;           // default: the parent's (or the I/O server)
    // Host spawn_link: link the child to this pid (not the caller). The link is set up before the
    // child runs; a dead `link_to` gives the child an exit signal `noproc`.
    Term link_to = vm::kNil;
    // A spawn requested by another node (scheduler/dist.cpp): the child starts monitored by that
    // node's process `remote_monitor_by` under `remote_monitor_key` (vm/dist_hooks.hpp). A remote
    // `link_to` is linked on the child's side only: the requester links when the reply arrives.
    Term remote_monitor_by = vm::kNil;
    // A spawn requested by another node: its requester (interned, vm/external_ids.hpp), the child's
    // process_info parent.
    Term remote_parent = vm::kNil;
    vm::Word remote_monitor_key = 0;
    bool keep_result = false;  // host spawn: the initial call's return value goes into the tombstone
    // One of the processes the VM starts itself (init, erts_code_purger, ...): erts_internal:
    // is_system_process/1 answers true, so init:stop/0 leaves it alone (OTP erl_init.c).
    bool system_process = false;
    // spawn_opt message_queue_data and fullsweep_after: kept and reported (process_info), as erl.
    bool message_queue_off_heap = false;
    vm::Word fullsweep_after = vm::kDefaultFullsweepAfter;
    // spawn_request (bifs/process_signals.cpp): the monitor's id (0 = a new one), its tag and alias
    // mode, and a hook run after the child exists and before it can run (it sends the spawn reply, so
    // the reply reaches the parent before any signal of the child).
    std::uint64_t monitor_id = 0;
    Term monitor_tag = vm::kNil;
    vm::AliasMode monitor_alias = vm::AliasMode::None;
    std::function<void(Term child)> before_run{};
    // The child's capabilities: the parent's (all for a host spawn) intersected with these; never wider.
    vm::CapabilitySet capabilities = vm::kCapAll;
};

// Logical processors this process may run on: its CPU affinity mask's count (erlang:system_info
// (logical_processors_available)); the online count where the mask cannot be read. At least 1.
unsigned available_processors();

// Runtime configuration; zero means "the default".
struct SchedulerConfig {
    unsigned schedulers = 0;         // normal scheduler threads (default: logical processors)
    // Schedulers online at start (erl's +S N:M): default, as erl, the logical processors available
    // to the process (its CPU affinity, available_processors()), at most `schedulers`.
    unsigned schedulers_online = 0;
    unsigned dirty_cpu = 0;          // dirty CPU threads (default: the scheduler count)
    unsigned dirty_io = 0;           // dirty IO threads (default: 10, as erl)
    std::size_t tombstone_capacity = 0;  // exit tombstones kept (default: 65,536)
    // CLI mode: stop when no process can ever run again (all queues empty, no live timer, no dirty
    // call in flight). A host runtime keeps running until shutdown().
    bool exit_when_idle = true;
};

// Counters for erlang:statistics/1 and system_info/1.
struct SchedulerStats {
    std::uint64_t reductions = 0;        // of all processes, exited ones included
    std::uint64_t context_switches = 0;  // slices run
    std::uint64_t processes_spawned = 0;
    std::vector<std::size_t> run_queue_lengths;  // per normal scheduler
    std::size_t dirty_cpu_queue = 0;
    std::size_t dirty_io_queue = 0;
};

class Scheduler {
public:
    static Scheduler& global();

    // Sets the thread counts etc. Precondition: the schedulers are not running.
    void configure(const SchedulerConfig& config);
    const SchedulerConfig& config() const { return m_config; }
    unsigned scheduler_count() const { return m_config.schedulers; }
    // erlang:system_flag(schedulers_online, N) (1 <= N <= scheduler_count()): schedulers N and above
    // hand their queued processes to the online ones and park (run only their own timers) until
    // brought back. Returns the previous count.
    unsigned set_schedulers_online(unsigned n);
    unsigned schedulers_online() const { return m_online.load(std::memory_order_relaxed); }
    unsigned dirty_cpu_count() const { return m_config.dirty_cpu; }
    unsigned dirty_io_count() const { return m_config.dirty_io; }

    // Creates a process that will run M:F(Args...). `args` is a proper list term (copied into the new
    // process). With link/monitor options, `parent` must be the running caller. Returns the new
    // process's pid (the process itself may already be running on another thread) and, if
    // monitoring, the monitor reference (built on the parent's heap) in *monitor_ref.
    Term spawn(Process* parent, Term module, Term function, Term args, const SpawnOptions& options,
               Term* monitor_ref = nullptr);

    // CLI: starts the threads, waits until halt() or (exit_when_idle) until nothing can run, joins them.
    // Returns the exit status.
    int run();
    // Host: starts the threads and returns at once.
    void start();
    // Stops all schedulers (processes are not run further) and joins every thread. Idempotent.
    void shutdown();
    void halt(int status);
    bool halted() const { return m_halted.load(std::memory_order_acquire); }
    // Blocks until halt() (or, in exit_when_idle mode, idleness) ends the run; returns the status.
    int wait_for_halt();

    // Thread-safe lookups. The returned pointer is valid while `lock` (a shared lock on the pid's table
    // shard) is held. Exiting processes are still found (check status).
    Process* lookup(Term pid, std::shared_lock<std::shared_mutex>& lock);
    bool is_alive(Term pid);
    std::vector<Term> all_pids();
    std::size_t process_count() const { return m_process_count.load(std::memory_order_relaxed); }
    // Whether the pid number is in the table (exiting processes included).
    bool in_table(std::uint64_t pid_number);

    // Exit outcomes of ended processes (docs/tombstones.md). Recorded by exit_process before the
    // process leaves the table. wait() blocks: call it from host threads only.
    TombstoneTable& tombstones() { return *m_tombstones; }
    std::uint64_t pid_counter() const { return m_next_pid.load(std::memory_order_acquire); }

    // Wakes a process that a signal or timer made Runnable (the caller won the Waiting -> Runnable
    // exchange, or created the process). Thread-safe.
    void make_runnable(Process* p);
    // A system task for p was requested at `prio` (erts_internal:request_system_task/3): if that is
    // above p's priority, p runs its next slice from that priority's queue, only to handle its
    // signals (the task among them), and then goes back to its own queue. The task's signal must be
    // in p's inbox already. Thread-safe; p must be kept alive by the caller (a table lock).
    void raise_for_system_task(Process* p, vm::Priority prio);

    // Registered names (erlang:register/2 etc.).
    bool register_name(Term name, Term pid);
    bool unregister_name(Term name);
    Term whereis(Term name);  // pid or am_undefined
    // The OTP service processes the CLI's idle exit does not wait for: they keep a timer (inet_db's
    // cache refresh, erl_prim_loader's idle purge) or a port program (inet_gethost_native's
    // resolver) for requests no process may ever make (docs/processes.md).
    std::vector<Term> service_pids();
    // Removes `name` only while it still names `holder` (a port that ended; scheduler/ports.cpp).
    void unregister_name_of(Term name, Term holder);
    // A port (an I/O event source) closed: lets an idle CLI re-check whether anything can still run.
    void io_source_closed() { wake_sleeper(); }
    std::vector<Term> registered();

    // Process aliases: the routing table alias ref id -> owner pid (the owner keeps the mode).
    void add_alias(std::uint64_t id, Term owner);
    // Makes `id` an alias of p in `mode` (p's own context; monitor/3, alias/0,1, spawn monitors).
    void activate_alias(Process* p, std::uint64_t id, vm::AliasMode mode);
    void remove_alias(std::uint64_t id);
    Term alias_owner(std::uint64_t id);  // the owner's pid, or kNil if the alias is not active

    // Receive timeouts. Called by the running process: arms a timer at `deadline_ns` on the current
    // scheduler; disarm_receive_timer cancels it (no-op if it already fired or none is armed).
    void arm_receive_timer(Process* p, std::uint64_t deadline_ns);
    void disarm_receive_timer(Process* p);

    // erlang:send_after/start_timer: delivers `msg` (copied now) to `dest` (a pid or a registered name)
    // at the deadline; with `timeout_tuple`, as {timeout, TimerRef, Msg}. Returns the timer's id (the
    // TimerRef's ref id).
    std::uint64_t start_message_timer(std::uint64_t deadline_ns, Term dest, Term msg, bool timeout_tuple);
    // Cancels a message timer: the nanoseconds it had left, or -1 if it is unknown or already fired.
    std::int64_t cancel_message_timer(std::uint64_t id);
    std::int64_t read_message_timer(std::uint64_t id);
    // Cancels every message timer aimed at `pid` (its process has exited).
    void cancel_timers_to(Term pid);
    // How many message timers (send_after/start_timer to the pid itself, not to a name) are pending.
    std::size_t count_timers_to(Term pid);
    std::uint64_t now_ns() const;

    std::uint64_t next_ref_id() { return m_next_ref.fetch_add(1, std::memory_order_relaxed); }

    // Dirty natives: runs p's pending dirty BIF (p->dirty_bif) on the pool for its kind, then makes p
    // runnable again. Precondition: p has just returned RunResult::Dirty on this scheduler.
    void submit_dirty(Process* p);

    SchedulerStats stats();

    // erlang:system_flag(scheduler_wall_time, On) and statistics(scheduler_wall_time[_all]) (OTP
    // erlang:statistics/1): per scheduler thread, the time it spent running processes or dirty
    // natives ("busy") and the time since the flag was turned on, in nanoseconds. Ids: normal
    // schedulers 1..N, dirty CPU N+1..N+D, dirty IO after them (only with `include_io`). The flag is
    // reference-counted per process, as in erl: each `true` from a process adds one, each `false`
    // takes one of that process's back, and its exit takes back the rest; it is on while any remain.
    struct WallTime {
        unsigned id;
        std::uint64_t busy_ns;
        std::uint64_t total_ns;
    };
    bool set_wall_time(Process* p, bool on);  // returns whether it was on before
    void drop_wall_time(Process* p);           // at p's exit
    // erts_internal:scheduler_wall_time/1: the switch under kernel_refc's count, apart from the
    // per-process counts above; on while either is. Returns whether it was on before.
    bool set_wall_time_raw(bool on);
    // Empty when the flag is off.
    std::vector<WallTime> wall_time(bool include_io);
    // Index of the calling scheduler thread (1-based as erlang:system_info(scheduler_id)), or 0.
    static unsigned current_scheduler_id();

    // Called with the process's outcome when a process ends (before it leaves the table); used by the
    // host API to keep the value a host-spawned process returned. May be empty.
    std::function<void(Process*)> on_exit;

    // The boot process (the -run/-s calls): if it crashes, Ember halts with status 1 like erl.
    void set_boot(Term pid) { m_boot = pid; }
    // erlang:system_flag(system_logger, L): where the VM's own log events (crash reports) go: the atom
    // logger (the registered process of that name; the default), a pid, or undefined (dropped). Returns
    // the old value. Events are written to stderr when the logger process is not there.
    Term system_logger() const { return m_system_logger.load(std::memory_order_acquire); }
    Term set_system_logger(Term logger) { return m_system_logger.exchange(logger, std::memory_order_acq_rel); }
    Term io_server() const { return m_io_server; }
    void set_io_server(Term pid) { m_io_server = pid; }

    struct Worker;  // one normal scheduler thread (scheduler/scheduler.cpp)
    struct DirtyPool;

private:
    Scheduler();
    ~Scheduler();
    void worker_loop(Worker& w);
    Process* pop_runnable(Worker& w);
    Process* steal(Worker& thief);
    bool sleep(Worker& w);
    bool spin_for_work(Worker& w);
    bool stealable(Worker& v);
    unsigned online_count() const;
    // A parked worker (index >= online) moves its queue to the online ones.
    void hand_over_queue(Worker& w);
    static constexpr std::uint64_t kLongSliceNs = 100'000;  // a slice older than this may lose its queue
    void wake_sleeper();
    // `now` is the steady clock read at the top of the worker loop, which fire_timers used too.
    void run_slice(Worker& w, Process* p, std::uint64_t now);
    void exit_process(Process* p);
    void fire_timers(Worker& w, std::uint64_t now);
    void fire_receive_timer(Term pid, std::uint64_t seq);
    void fire_message_timer(std::uint64_t id);
    void compact_timers(Worker& w);
    bool any_timer_can_wake();
    Worker& timer_owner();
    void dirty_loop(DirtyPool& pool, unsigned index);
    void start_dirty_pools();
    void stop_dirty_pools();
    void join_dirty_pools();
    std::size_t dirty_queue_length(bool io);
    void enqueue_on(Worker& w, Process* p);

    SchedulerConfig m_config;

    // ---- process table: shards of pid number -> process ----
    static constexpr unsigned kShards = 64;
    struct alignas(64) Shard {
        std::shared_mutex mutex;
        std::unordered_map<vm::Word, std::unique_ptr<Process>> table;
    };
    Shard m_shards[kShards];
    Shard& shard_of(vm::Word number) { return m_shards[number % kShards]; }
    struct alignas(64) AliasShard {
        std::mutex mutex;
        std::unordered_map<std::uint64_t, Term> owners;
    };
    AliasShard m_aliases[16];
    std::shared_mutex m_names_mutex;
    std::unordered_map<Term, Term> m_names;
    std::atomic<vm::Word> m_next_pid{1};
    std::atomic<std::uint64_t> m_next_ref{1};
    std::atomic<std::size_t> m_process_count{0};
    std::atomic<std::uint64_t> m_spawned{0};

    // ---- normal schedulers ----
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::atomic<unsigned> m_sleepers{0};
    std::atomic<unsigned> m_spawn_rr{0};  // spawns from non-scheduler threads go round-robin
    std::atomic<unsigned> m_online{~0u};  // schedulers_online (configure() sets it)
    std::mutex m_online_mutex;            // serialises set_schedulers_online

    // ---- message timers (send_after/start_timer), shared so any thread can cancel ----
    struct MessageTimer {
        std::uint64_t deadline;
        Term dest;
        Term msg;
        bool timeout_tuple;
        vm::HeapFragment* fragment;
    };
    std::mutex m_message_timers_mutex;
    std::unordered_map<std::uint64_t, MessageTimer> m_message_timers;
    std::unordered_multimap<Term, std::uint64_t> m_timers_by_dest;  // pid -> its timers' ids
    void erase_message_timer_locked(std::unordered_map<std::uint64_t, MessageTimer>::iterator it);

    // ---- dirty pools ----
    std::unique_ptr<DirtyPool> m_dirty_cpu;
    std::unique_ptr<DirtyPool> m_dirty_io;
    std::unique_ptr<TombstoneTable> m_tombstones;
    std::atomic<std::int64_t> m_dirty_in_flight{0};
    std::mutex m_wall_mutex;                 // guards the baseline below
    std::uint64_t m_wall_refs = 0;           // sum of the processes' wall_time_refs
    bool m_wall_raw = false;                 // erts_internal:scheduler_wall_time(true)
    std::atomic<bool> m_wall_on{false};      // m_wall_refs > 0: slices add to Worker::busy_ns
    std::uint64_t m_wall_since_ns = 0;
    std::vector<std::uint64_t> m_wall_base;  // busy_ns of each thread (wall_time's order) when enabled
    std::vector<std::uint64_t> busy_now(std::uint64_t now);  // every thread, in wall_time's order

    std::atomic<bool> m_halted{false};
    std::atomic<bool> m_started{false};
    std::mutex m_halt_mutex;
    std::condition_variable m_halt_cv;
    int m_exit_status = 0;
    Term m_io_server = vm::kNil;
    Term m_boot = vm::kNil;
    std::atomic<Term> m_system_logger;
};

// vm/services.hpp report_max_heap_size: erl's error report for a process past its max_heap_size, to the
// system logger (stderr when there is no logger process). Runs in p's context.
void report_max_heap_size(Process* p, vm::Word total, vm::Word heap_block);

}  // namespace ember::scheduler
