#include "scheduler/scheduler.hpp"

#include <algorithm>
#include <chrono>

#include "loader/code_loader.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/interp.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"
#include "vm/runtime_support.hpp"
#include "vm/term_print.hpp"

namespace ember::scheduler {

using namespace ember::vm;

Scheduler& Scheduler::global() {
    static Scheduler s;
    return s;
}

Scheduler::Scheduler() = default;

std::uint64_t Scheduler::now_ns() const {
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
}

Process* Scheduler::lookup(Term pid, std::shared_lock<std::shared_mutex>& lock) {
    if (!is_local_pid(pid)) return nullptr;
    lock = std::shared_lock(m_table_mutex);
    auto it = m_table.find(pid_number(pid));
    if (it == m_table.end()) {
        lock.unlock();
        return nullptr;
    }
    return it->second.get();
}

bool Scheduler::is_alive(Term pid) {
    std::shared_lock<std::shared_mutex> lock;
    Process* p = lookup(pid, lock);
    return p && p->status.load() != ProcessStatus::Exiting && p->status.load() != ProcessStatus::Exited;
}

std::vector<Term> Scheduler::all_pids() {
    std::shared_lock lock(m_table_mutex);
    std::vector<Term> out;
    for (const auto& [n, p] : m_table) out.push_back(make_pid(n));
    std::sort(out.begin(), out.end());
    return out;
}

std::size_t Scheduler::process_count() {
    std::shared_lock lock(m_table_mutex);
    return m_table.size();
}

void Scheduler::make_runnable(Process* p) {
    std::lock_guard lock(m_run_mutex);
    if (p->in_run_queue) return;
    p->in_run_queue = true;
    m_run_queue.push_back(p);
    m_run_cv.notify_one();
}

Process* Scheduler::spawn(Process* parent, Term module, Term function, Term args, const SpawnOptions& options,
                          Term* monitor_ref) {
    auto owned = std::make_unique<Process>();
    Process* p = owned.get();
    p->pid = make_pid(m_next_pid.fetch_add(1, std::memory_order_relaxed));
    p->group_leader = parent ? parent->group_leader : m_io_server;
    p->priority = options.priority;
    p->capabilities = parent ? parent->capabilities : kCapAll;
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
    if (options.link && parent) {
        parent->links.insert(p->pid);
        p->links.insert(parent->pid);
    }
    if (options.monitor && parent) {
        std::uint64_t id = next_ref_id();
        parent->monitors[id] = Process::MonitorInfo{p->pid, kNil};
        p->monitored_by[id] = parent->pid;
        if (monitor_ref) *monitor_ref = make_ref(*parent, id);
    }
    {
        std::unique_lock lock(m_table_mutex);
        m_table.emplace(pid_number(p->pid), std::move(owned));
    }
    p->status.store(ProcessStatus::Runnable);
    make_runnable(p);
    return p;
}

bool Scheduler::register_name(Term name, Term pid) {
    std::unique_lock lock(m_table_mutex);
    if (name == am_undefined || m_names.count(name)) return false;
    auto it = m_table.find(pid_number(pid));
    if (it == m_table.end() || it->second->registered_name != kNil) return false;
    m_names[name] = pid;
    it->second->registered_name = name;
    return true;
}

bool Scheduler::unregister_name(Term name) {
    std::unique_lock lock(m_table_mutex);
    auto it = m_names.find(name);
    if (it == m_names.end()) return false;
    auto pit = m_table.find(pid_number(it->second));
    if (pit != m_table.end()) pit->second->registered_name = kNil;
    m_names.erase(it);
    return true;
}

Term Scheduler::whereis(Term name) {
    std::shared_lock lock(m_table_mutex);
    auto it = m_names.find(name);
    return it == m_names.end() ? am_undefined : it->second;
}

std::vector<Term> Scheduler::registered() {
    std::shared_lock lock(m_table_mutex);
    std::vector<Term> out;
    for (const auto& [name, pid] : m_names) out.push_back(name);
    return out;
}

void Scheduler::add_timer(Process* p, std::uint64_t deadline_ns) {
    std::lock_guard lock(m_run_mutex);
    m_timers.push(Timer{deadline_ns, p->pid});
}

std::uint64_t Scheduler::start_message_timer(std::uint64_t deadline_ns, Term dest, Term msg, bool timeout_tuple) {
    std::uint64_t id = next_ref_id();
    HeapFragment* f = HeapFragment::create(term_size(msg));
    FragmentAllocator a(f);
    Term copy = copy_term(msg, a);
    std::lock_guard lock(m_run_mutex);
    m_message_timers.emplace(id, MessageTimer{deadline_ns, dest, copy, timeout_tuple, f});
    m_timers.push(Timer{deadline_ns, kNil, id});
    m_run_cv.notify_one();
    return id;
}

std::int64_t Scheduler::cancel_message_timer(std::uint64_t id) {
    std::lock_guard lock(m_run_mutex);
    auto it = m_message_timers.find(id);
    if (it == m_message_timers.end()) return -1;
    std::uint64_t now = now_ns();
    std::int64_t left = it->second.deadline > now ? static_cast<std::int64_t>(it->second.deadline - now) : 0;
    release_fragment(it->second.fragment);
    m_message_timers.erase(it);
    return left;
}

std::int64_t Scheduler::read_message_timer(std::uint64_t id) {
    std::lock_guard lock(m_run_mutex);
    auto it = m_message_timers.find(id);
    if (it == m_message_timers.end()) return -1;
    std::uint64_t now = now_ns();
    return it->second.deadline > now ? static_cast<std::int64_t>(it->second.deadline - now) : 0;
}

// Precondition: the run mutex is held. Sends the timer's message (a dead or unregistered destination
// drops it, as erl does).
void Scheduler::fire_message_timer(std::uint64_t id) {
    auto it = m_message_timers.find(id);
    if (it == m_message_timers.end()) return;  // cancelled
    MessageTimer t = it->second;
    m_message_timers.erase(it);
    Term pid = t.dest;
    if (is_atom(pid)) {
        std::shared_lock lock(m_table_mutex);
        auto n = m_names.find(pid);
        pid = n == m_names.end() ? kNil : n->second;
    }
    if (!is_local_pid(pid)) {
        release_fragment(t.fragment);
        return;
    }
    auto* s = new Signal();
    s->kind = SignalKind::Message;
    if (t.timeout_tuple) {
        // {timeout, TimerRef, Msg}: a fresh fragment holding the tuple, the ref and a copy of Msg.
        HeapFragment* f = HeapFragment::create(4 + kRefWords + term_size(t.msg));
        FragmentAllocator a(f);
        Term msg = copy_term(t.msg, a);
        s->payload = make_tuple3(a, am_timeout, make_ref(a, id), msg);
        s->fragment = f;
        release_fragment(t.fragment);
    } else {
        s->payload = t.msg;
        s->fragment = t.fragment;
    }
    std::shared_lock lock(m_table_mutex);
    auto pit = m_table.find(pid_number(pid));
    if (pit == m_table.end()) {
        release_fragment(s->fragment);
        delete s;
        return;
    }
    Process* p = pit->second.get();
    bool wake = false;
    {
        std::lock_guard inbox(p->inbox_mutex);
        *p->inbox_tail = s;
        p->inbox_tail = &s->next;
        ProcessStatus expected = ProcessStatus::Waiting;
        wake = p->status.compare_exchange_strong(expected, ProcessStatus::Runnable);
    }
    if (wake && !p->in_run_queue) {
        p->in_run_queue = true;
        m_run_queue.push_back(p);
    }
}

// Precondition: the run mutex is held. Whether a pending timer can still wake something: timer heap
// entries are deleted lazily, so a cancelled message timer or the timeout of a receive that already
// got its message may still be queued. Scans the table; called only when nothing is runnable.
bool Scheduler::has_live_timers() {
    if (!m_message_timers.empty()) return true;
    std::shared_lock lock(m_table_mutex);
    for (const auto& [n, p] : m_table)
        if (p->timer_deadline_ns != 0 && p->status.load() == ProcessStatus::Waiting) return true;
    return false;
}

void Scheduler::halt(int status) {
    m_exit_status = status;
    m_halted = true;
    std::lock_guard lock(m_run_mutex);
    m_run_cv.notify_all();
}

// Precondition: the run mutex is held by the caller. Wakes processes whose receive timed out.
void Scheduler::fire_timers() {
    std::uint64_t now = now_ns();
    while (!m_timers.empty() && m_timers.top().deadline <= now) {
        Timer t = m_timers.top();
        m_timers.pop();
        if (t.message_timer) {
            fire_message_timer(t.message_timer);
            continue;
        }
        std::shared_lock lock(m_table_mutex);
        auto it = m_table.find(pid_number(t.pid));
        if (it == m_table.end()) continue;
        Process* p = it->second.get();
        if (p->timer_deadline_ns == 0 || p->timer_deadline_ns > now) continue;  // stale timer
        ProcessStatus expected = ProcessStatus::Waiting;
        if (p->status.compare_exchange_strong(expected, ProcessStatus::Runnable)) {
            p->timed_out = true;
            if (!p->in_run_queue) {
                p->in_run_queue = true;
                m_run_queue.push_back(p);
            }
        }
    }
}

namespace {
// A report for a process that ended abnormally, like OTP's error_logger message.
void report_crash(Process* p, Term reason) {
    std::string text = "=ERROR REPORT====\nError in process " + format_term_w(p->pid) + " with exit value:\n" +
                       format_term_w(reason) + "\n\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
}
}  // namespace

// Runs the exit of p: links, monitors, name; then frees it. Precondition: p is not running.
void Scheduler::exit_process(Process* p) {
    Term reason = p->exit_reason;
    // Like erts, only an uncaught error or throw is reported; exit/1 and exit signals are not.
    if (p->crashed) report_crash(p, reason);
    if (p->pid == m_boot && reason != am_normal) {
        std::string r = format_term_w(reason);
        std::fprintf(stderr, "{\"init terminating in do_boot\",%s}\ninit terminating in do_boot (%s)\n", r.c_str(),
                     r.c_str());
        halt(1);
    }
    p->status.store(ProcessStatus::Exiting);
    for (Term linked : p->links) {
        Signal* s = make_signal(SignalKind::Exit, p->pid, reason);
        s->linked_exit = true;
        send_signal(linked, s);
    }
    for (const auto& [id, watcher] : p->monitored_by)
        send_signal(watcher, make_signal(SignalKind::MonitorDown, p->pid, reason, make_small(static_cast<SWord>(id))));
    for (const auto& [id, info] : p->monitors)
        send_signal(info.target, make_signal(SignalKind::Demonitor, p->pid, kNil, make_small(static_cast<SWord>(id))));
    std::unique_ptr<Process> dead;
    {
        std::unique_lock lock(m_table_mutex);
        if (p->registered_name != kNil) m_names.erase(p->registered_name);
        auto it = m_table.find(pid_number(p->pid));
        dead = std::move(it->second);
        m_table.erase(it);
    }
    p->status.store(ProcessStatus::Exited);
}

int Scheduler::run() {
    RegisterFile* regs = new RegisterFile();
    while (!m_halted) {
        Process* p = nullptr;
        {
            std::unique_lock lock(m_run_mutex);
            for (;;) {
                fire_timers();
                if (m_halted) break;
                if (!m_run_queue.empty()) {
                    p = m_run_queue.front();
                    m_run_queue.pop_front();
                    p->in_run_queue = false;
                    break;
                }
                if (m_timers.empty() || !has_live_timers()) {
                    // Nothing runnable and nothing pending: no process can ever run again.
                    lock.unlock();
                    delete regs;
                    return m_exit_status;
                }
                std::uint64_t wait_ns = m_timers.top().deadline - std::min(now_ns(), m_timers.top().deadline);
                m_run_cv.wait_for(lock, std::chrono::nanoseconds(wait_ns));
            }
        }
        if (!p) break;
        p->status.store(ProcessStatus::Running);
        // Signals that arrived while it was away are handled before it runs.
        if (p->inbox_head && !fetch_signals(p)) {
            p->exit_reason = p->pending_exit;
            exit_process(p);
            continue;
        }
        RunResult r = run_process(p, *regs);
        switch (r) {
        case RunResult::Yield:
            p->status.store(ProcessStatus::Runnable);
            make_runnable(p);
            break;
        case RunResult::Wait: {
            bool requeue = false;
            {
                std::lock_guard lock(p->inbox_mutex);
                if (p->inbox_head || p->timed_out) requeue = true;
                else p->status.store(ProcessStatus::Waiting);
            }
            if (requeue) {
                p->status.store(ProcessStatus::Runnable);
                make_runnable(p);
            } else if (p->timer_deadline_ns) {
                add_timer(p, p->timer_deadline_ns);
            }
            break;
        }
        case RunResult::Exited:
            exit_process(p);
            break;
        }
    }
    delete regs;
    return m_exit_status;
}

}  // namespace ember::scheduler
