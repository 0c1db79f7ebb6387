// Timers: receive timeouts and erlang:send_after/start_timer (OTP erl_hl_timer.c).
//
// Each scheduler keeps a binary heap of its timers, armed by the processes it runs, and fires them
// from its loop (and sleeps until the earliest). Cancellation never searches a heap: a receive timer
// is cancelled by bumping the process's timer_seq, a message timer by erasing its id from the shared
// map; dead heap entries are skipped when due and dropped by compaction when the heap doubles.
#include <algorithm>

#include "scheduler/scheduler.hpp"
#include "scheduler/worker.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"
#include "vm/system_profile.hpp"

namespace ember::scheduler {

using namespace ember::vm;

namespace {
constexpr std::size_t kMinCompaction = 1024;
}

// Publishes the earliest deadline of w's timer heap for fire_timers' check without the mutex.
// Precondition: w.mutex is held.
static void publish_next_deadline(Scheduler::Worker& w) {
    w.next_deadline_ns.store(w.timers.empty() ? UINT64_MAX : w.timers.top().deadline, std::memory_order_relaxed);
}

Scheduler::Worker& Scheduler::timer_owner() { return t_worker ? *t_worker : *m_workers[0]; }

// Pushes a heap entry on w; a sleeping w is woken to recompute its deadline. Compacts when the heap
// has doubled since the last compaction.
static void push_timer(Scheduler::Worker& w, const TimerEntry& e, std::atomic<unsigned>& sleepers, bool& compact) {
    bool wake = false;
    {
        std::lock_guard lock(w.mutex);
        w.timers.push(e);
        publish_next_deadline(w);
        if (w.sleeping) {
            w.sleeping = false;
            sleepers.fetch_sub(1);
            wake = true;
        }
        compact = w.timers.size() >= 2 * std::max(w.timers_after_compaction, kMinCompaction);
    }
    if (wake) w.cv.notify_one();
}

void Scheduler::arm_receive_timer(Process* p, std::uint64_t deadline_ns) {
    Worker& w = timer_owner();
    p->timer_deadline_ns = deadline_ns;
    p->timer_armed_seq = p->timer_seq.load();
    w.live_receive_timers.fetch_add(1, std::memory_order_relaxed);
    bool compact = false;
    push_timer(w, TimerEntry{deadline_ns, p->pid, p->timer_armed_seq}, m_sleepers, compact);
    if (compact) compact_timers(w);
}

void Scheduler::disarm_receive_timer(Process* p) {
    if (p->timer_deadline_ns == 0) return;
    p->timer_deadline_ns = 0;
    bool live = false;
    {
        std::lock_guard lock(p->inbox_mutex);
        if (p->timer_seq.load() == p->timer_armed_seq) {
            p->timer_seq.fetch_add(1);
            live = true;
        }
        p->timed_out.store(false);
    }
    if (live) timer_owner().live_receive_timers.fetch_sub(1, std::memory_order_relaxed);
}

// The timer of a receive fired: unless the receive was disarmed meanwhile, mark it timed out and wake
// the process if it waits.
void Scheduler::fire_receive_timer(Term pid, std::uint64_t seq) {
    std::shared_lock<std::shared_mutex> lock;
    Process* p = lookup(pid, lock);
    if (!p) return;
    bool fired = false, wake = false;
    {
        std::lock_guard inbox(p->inbox_mutex);
        if (p->timer_seq.load() == seq && !p->inbox_closed) {
            p->timer_seq.fetch_add(1);
            p->timed_out.store(true);
            fired = true;
            ProcessStatus expected = ProcessStatus::Waiting;
            wake = p->status.compare_exchange_strong(expected, ProcessStatus::Runnable);
            if (wake && g_system_profile_procs.load(std::memory_order_relaxed)) [[unlikely]]
                system_profile_runnable(p, true);
        }
    }
    if (fired) timer_owner().live_receive_timers.fetch_sub(1, std::memory_order_relaxed);
    if (wake) make_runnable(p);
}

// A timer aimed at a pid belongs to that process (as in erl): if the pid is gone, the timer is dead
// at once; when the process exits, exit_process cancels its timers (Process::timers_aimed says whether
// it may have any). The entry is made under the target's table shard lock, so an exit either sees it
// or happens before the lookup.
std::uint64_t Scheduler::start_message_timer(std::uint64_t deadline_ns, Term dest, Term msg, bool timeout_tuple) {
    std::uint64_t id = next_ref_id();
    HeapFragment* f = HeapFragment::create(term_size(msg));
    FragmentAllocator a(f);
    Term copy = copy_term(msg, a);
    if (is_local_pid(dest)) {
        std::shared_lock<std::shared_mutex> table;
        Process* target = lookup(dest, table);
        ProcessStatus st = target ? target->status.load() : ProcessStatus::Exited;
        if (st == ProcessStatus::Exiting || st == ProcessStatus::Exited) {
            release_fragment(f);
            return id;
        }
        target->timers_aimed.fetch_add(1, std::memory_order_relaxed);
        std::lock_guard lock(m_message_timers_mutex);
        m_message_timers.emplace(id, MessageTimer{deadline_ns, dest, copy, timeout_tuple, f});
        m_timers_by_dest.emplace(dest, id);
    } else {
        std::lock_guard lock(m_message_timers_mutex);
        m_message_timers.emplace(id, MessageTimer{deadline_ns, dest, copy, timeout_tuple, f});
    }
    Worker& w = timer_owner();
    bool compact = false;
    push_timer(w, TimerEntry{deadline_ns, kNil, id}, m_sleepers, compact);
    if (compact) compact_timers(w);
    return id;
}

std::int64_t Scheduler::cancel_message_timer(std::uint64_t id) {
    HeapFragment* f;
    std::int64_t left;
    {
        std::lock_guard lock(m_message_timers_mutex);
        auto it = m_message_timers.find(id);
        if (it == m_message_timers.end()) return -1;
        std::uint64_t now = now_ns();
        left = it->second.deadline > now ? static_cast<std::int64_t>(it->second.deadline - now) : 0;
        f = it->second.fragment;
        erase_message_timer_locked(it);
    }
    release_fragment(f);
    return left;
}

void Scheduler::erase_message_timer_locked(std::unordered_map<std::uint64_t, MessageTimer>::iterator it) {
    if (is_local_pid(it->second.dest)) {
        auto [b, e] = m_timers_by_dest.equal_range(it->second.dest);
        for (auto d = b; d != e; ++d)
            if (d->second == it->first) {
                m_timers_by_dest.erase(d);
                break;
            }
    }
    m_message_timers.erase(it);
}

void Scheduler::cancel_timers_to(Term pid) {
    std::vector<HeapFragment*> dropped;
    {
        std::lock_guard lock(m_message_timers_mutex);
        auto [b, e] = m_timers_by_dest.equal_range(pid);
        for (auto d = b; d != e; ++d) {
            auto it = m_message_timers.find(d->second);
            if (it == m_message_timers.end()) continue;
            dropped.push_back(it->second.fragment);
            m_message_timers.erase(it);
        }
        m_timers_by_dest.erase(pid);
    }
    for (HeapFragment* f : dropped) release_fragment(f);
}

std::size_t Scheduler::count_timers_to(Term pid) {
    std::lock_guard lock(m_message_timers_mutex);
    return m_timers_by_dest.count(pid);
}

std::int64_t Scheduler::read_message_timer(std::uint64_t id) {
    std::lock_guard lock(m_message_timers_mutex);
    auto it = m_message_timers.find(id);
    if (it == m_message_timers.end()) return -1;
    std::uint64_t now = now_ns();
    return it->second.deadline > now ? static_cast<std::int64_t>(it->second.deadline - now) : 0;
}

// Sends the timer's message (a dead or unregistered destination drops it, as erl does).
void Scheduler::fire_message_timer(std::uint64_t id) {
    MessageTimer t;
    {
        std::lock_guard lock(m_message_timers_mutex);
        auto it = m_message_timers.find(id);
        if (it == m_message_timers.end()) return;  // cancelled
        t = it->second;
        erase_message_timer_locked(it);
    }
    Term pid = is_atom(t.dest) ? whereis(t.dest) : t.dest;
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
    send_signal(pid, s);
}

void Scheduler::fire_timers(Worker& w, std::uint64_t now) {
    if (w.next_deadline_ns.load(std::memory_order_relaxed) > now) return;
    std::vector<TimerEntry> due;
    {
        std::lock_guard lock(w.mutex);
        while (!w.timers.empty() && w.timers.top().deadline <= now) {
            due.push_back(w.timers.top());
            w.timers.pop();
        }
        publish_next_deadline(w);
    }
    for (const TimerEntry& e : due) {
        if (e.pid != kNil) fire_receive_timer(e.pid, e.key);
        else fire_message_timer(e.key);
    }
}

// Drops dead entries. Runs on w's own thread; the heap is moved out so that no lookup happens under
// w's mutex.
void Scheduler::compact_timers(Worker& w) {
    std::vector<TimerEntry> entries;
    {
        std::lock_guard lock(w.mutex);
        while (!w.timers.empty()) {
            entries.push_back(w.timers.top());
            w.timers.pop();
        }
    }
    std::vector<TimerEntry> kept;
    for (const TimerEntry& e : entries) {
        bool live;
        if (e.pid != kNil) {
            std::shared_lock<std::shared_mutex> lock;
            Process* p = lookup(e.pid, lock);
            live = p && p->timer_seq.load() == e.key;
        } else {
            std::lock_guard lock(m_message_timers_mutex);
            live = m_message_timers.count(e.key) != 0;
        }
        if (live) kept.push_back(e);
    }
    std::lock_guard lock(w.mutex);
    for (const TimerEntry& e : kept) w.timers.push(e);
    w.timers_after_compaction = w.timers.size();
    publish_next_deadline(w);
}

// Whether a timer can still fire and wake a process (for idle detection): the timers of the OTP
// services (service_pids) do not count. Stops at the first timer that does.
bool Scheduler::any_timer_can_wake() {
    std::vector<Term> services = service_pids();
    auto is_service = [&](Term pid) { return std::find(services.begin(), services.end(), pid) != services.end(); };
    std::int64_t receive_timers = 0;
    for (auto& w : m_workers) receive_timers += w->live_receive_timers.load();
    // A service waiting in a receive with a timeout (erl_prim_loader's idle purge) does not count.
    // Read while every scheduler sleeps, so no service runs and arms or disarms meanwhile.
    for (Term pid : services) {
        std::shared_lock<std::shared_mutex> lock;
        if (Process* p = lookup(pid, lock); p && p->timer_deadline_ns != 0) --receive_timers;
    }
    if (receive_timers > 0) return true;
    std::vector<Term> named;  // names are resolved outside the timers' lock
    {
        std::lock_guard lock(m_message_timers_mutex);
        for (const auto& [id, t] : m_message_timers) {
            if (is_atom(t.dest)) named.push_back(t.dest);
            else if (!is_service(t.dest)) return true;
        }
    }
    for (Term name : named)
        if (!is_service(whereis(name))) return true;
    return false;
}

std::vector<Term> Scheduler::service_pids() {
    static const Term kServices[] = {AtomTable::global().intern("inet_db"),
                                     AtomTable::global().intern("inet_gethost_native"),
                                     AtomTable::global().intern("erl_prim_loader")};
    std::vector<Term> pids;
    for (Term name : kServices)
        if (Term pid = whereis(name); is_local_pid(pid)) pids.push_back(pid);
    return pids;
}



}  // namespace ember::scheduler
