// Process table, registered names, run queue and timers; the scheduler loop (OTP erl_process.c).
//
// This issue runs one scheduler thread; the structures are already safe for several: the table and
// the name registry are guarded by a shared mutex, a process's inbox by its own mutex, and a process
// is on the run queue at most once (Process::in_run_queue, under the run queue mutex).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <queue>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::scheduler {

using vm::Process;
using vm::Term;

struct SpawnOptions {
    bool link = false;
    bool monitor = false;
    vm::Priority priority = vm::Priority::Normal;
    vm::Word min_heap_size = 233;
};

class Scheduler {
public:
    static Scheduler& global();

    // Creates a process that will run M:F(Args...). `args` is a proper list term (copied into the new
    // process). With link/monitor options, `parent` must be the running caller. Returns the new
    // process (owned by the table) and, if monitoring, the monitor reference in *monitor_ref.
    Process* spawn(Process* parent, Term module, Term function, Term args, const SpawnOptions& options,
                   Term* monitor_ref = nullptr);

    // Runs the scheduler on the calling thread until halt() is called or no process can ever run again.
    // Returns the exit status.
    int run();
    void halt(int status);
    bool halted() const { return m_halted; }

    // Thread-safe lookups. The returned pointer is valid while `lock` (a shared lock on the table) is held.
    Process* lookup(Term pid, std::shared_lock<std::shared_mutex>& lock);
    bool is_alive(Term pid);
    std::vector<Term> all_pids();

    // Wakes a waiting process (a signal arrived). Thread-safe.
    void make_runnable(Process* p);

    // Registered names (erlang:register/2 etc.).
    bool register_name(Term name, Term pid);
    bool unregister_name(Term name);
    Term whereis(Term name);  // pid or am_undefined
    std::vector<Term> registered();

    void add_timer(Process* p, std::uint64_t deadline_ns);

    // erlang:send_after/start_timer: delivers `msg` (copied now) to `dest` (a pid or a registered name)
    // at the deadline; with `timeout_tuple`, as {timeout, TimerRef, Msg}. Returns the timer's id (the
    // TimerRef's ref id).
    std::uint64_t start_message_timer(std::uint64_t deadline_ns, Term dest, Term msg, bool timeout_tuple);
    // Cancels a message timer: the nanoseconds it had left, or -1 if it is unknown or already fired.
    std::int64_t cancel_message_timer(std::uint64_t id);
    std::int64_t read_message_timer(std::uint64_t id);
    std::uint64_t now_ns() const;

    std::uint64_t next_ref_id() { return m_next_ref.fetch_add(1, std::memory_order_relaxed); }
    std::size_t process_count();

    // The boot process (the -run/-s calls): if it crashes, Ember halts with status 1 like erl.
    void set_boot(Term pid) { m_boot = pid; }
    Term io_server() const { return m_io_server; }
    void set_io_server(Term pid) { m_io_server = pid; }

private:
    Scheduler();
    void exit_process(Process* p);
    void fire_timers();

    std::shared_mutex m_table_mutex;
    std::unordered_map<vm::Word, std::unique_ptr<Process>> m_table;
    std::unordered_map<Term, Term> m_names;
    std::atomic<vm::Word> m_next_pid{1};
    std::atomic<std::uint64_t> m_next_ref{1};

    std::mutex m_run_mutex;
    std::condition_variable m_run_cv;
    std::deque<Process*> m_run_queue;

    struct Timer {
        std::uint64_t deadline;
        Term pid;             // receive timeout of this process (message_timer == 0)
        std::uint64_t message_timer = 0;
        bool operator>(const Timer& o) const { return deadline > o.deadline; }
    };
    struct MessageTimer {
        std::uint64_t deadline;
        Term dest;
        Term msg;
        bool timeout_tuple;
        vm::HeapFragment* fragment;
    };
    std::unordered_map<std::uint64_t, MessageTimer> m_message_timers;  // under m_run_mutex
    void fire_message_timer(std::uint64_t id);
    bool has_live_timers();
    std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> m_timers;

    std::atomic<bool> m_halted{false};
    int m_exit_status = 0;
    Term m_io_server = vm::kNil;
    Term m_boot = vm::kNil;
};

}  // namespace ember::scheduler
