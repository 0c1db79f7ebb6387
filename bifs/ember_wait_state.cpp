// ember:wait_state/1 and ember:group_members/1: what other processes are doing, as a deadlock detector
// needs it (the hosted-script layer's coordinator, docs/scripts.md), read without disturbing them. erl
// has no such BIFs; process_info(P, status) says `waiting` but not whether a timer can end the wait,
// and answering process_info costs the target a reduction.
#include <mutex>
#include <shared_mutex>
#include <vector>

#include "bifs/bif.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/bignum.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// ember:wait_state(Pid) ->
//     {waiting, infinity | timeout, Reductions, PendingTimers}  blocked in receive; `timeout` when a
//                                    receive ... after is armed; PendingTimers = send_after/start_timer
//                                    timers aimed at the pid
//   | suspended | runnable | running | exiting | undefined (no such process)
// `running` also for a process another scheduler holds right now (it is not blocked). Reductions
// (process_info reductions) tell a caller that samples twice whether the process ran in between.
EMBER_BIF(bif_wait_state_1) {
    if (!is_local_pid(args[0])) return badarg(p);
    static const Term running = atom("running"), runnable = atom("runnable"), exiting = atom("exiting"),
                      suspended = atom("suspended"), waiting = atom("waiting"), timeout = atom("timeout");
    if (args[0] == p->pid) return running;
    scheduler::Scheduler& sched = scheduler::Scheduler::global();
    std::shared_lock<std::shared_mutex> table_lock;
    Process* q = sched.lookup(args[0], table_lock);
    if (!q) return am_undefined;
    std::unique_lock q_lock(q->main_lock, std::try_to_lock);
    if (!q_lock.owns_lock()) return running;
    // Under main_lock the process is not running, so its private fields are stable.
    switch (q->status.load()) {
    case ProcessStatus::Exiting:
    case ProcessStatus::Exited: return exiting;
    case ProcessStatus::Running: return running;
    case ProcessStatus::Runnable: return runnable;
    case ProcessStatus::Waiting: break;
    }
    if (q->suspend_count > 0) return suspended;
    Term wait = q->timer_deadline_ns != 0 ? timeout : am_infinity;
    Term reductions = make_integer_u64(*p, q->reductions);
    std::size_t timers = sched.count_timers_to(args[0]);
    return make_tuple4(*p, waiting, wait, reductions, make_integer_u64(*p, timers));
}

// ember:group_members(GroupLeader) -> [Pid] | busy: the live processes whose group leader is
// GroupLeader (the caller excluded), read without signalling them (process_info(P, group_leader) would
// make each one run to answer). `busy` when a process could not be read because it is running now.
EMBER_BIF(bif_group_members_1) {
    if (!is_local_pid(args[0])) return badarg(p);
    static const Term busy = atom("busy");
    scheduler::Scheduler& sched = scheduler::Scheduler::global();
    std::vector<Term> members;
    for (Term pid : sched.all_pids()) {
        if (pid == p->pid) continue;
        std::shared_lock<std::shared_mutex> table_lock;
        Process* q = sched.lookup(pid, table_lock);
        if (!q) continue;
        std::unique_lock q_lock(q->main_lock, std::try_to_lock);
        if (!q_lock.owns_lock()) return busy;
        ProcessStatus s = q->status.load();
        if (s == ProcessStatus::Exiting || s == ProcessStatus::Exited) continue;
        if (q->group_leader == args[0]) members.push_back(pid);
    }
    return make_list_of(*p, members.data(), members.size());
}

const BifSpec kBifs[] = {
    {"ember", "wait_state", 1, bif_wait_state_1, kCapProcess},
    {"ember", "group_members", 1, bif_group_members_1, kCapProcess},
};

}  // namespace

std::span<const BifSpec> ember_wait_state_bifs() { return kBifs; }

}  // namespace ember::bifs
