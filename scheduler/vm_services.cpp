// The scheduler's side of vm/services.hpp: the VM core reaches the process table, run queues, timers
// and aliases through these functions only.
#include "scheduler/scheduler.hpp"
#include "vm/services.hpp"

namespace ember::vm {

using scheduler::Scheduler;

Process* lookup_process(Term pid, std::shared_lock<std::shared_mutex>& lock) {
    return Scheduler::global().lookup(pid, lock);
}
void make_process_runnable(Process* p) { Scheduler::global().make_runnable(p); }
Term whereis_name(Term name) { return Scheduler::global().whereis(name); }
Term alias_owner_pid(std::uint64_t alias_id) { return Scheduler::global().alias_owner(alias_id); }
void forget_alias(std::uint64_t alias_id) { Scheduler::global().remove_alias(alias_id); }
std::uint64_t next_reference_id() { return Scheduler::global().next_ref_id(); }
void arm_receive_timer(Process* p, std::uint64_t deadline_ns) {
    Scheduler::global().arm_receive_timer(p, deadline_ns);
}
void disarm_receive_timer(Process* p) { Scheduler::global().disarm_receive_timer(p); }
std::uint64_t monotonic_now_ns() { return Scheduler::global().now_ns(); }
void report_max_heap_size(Process* p, Word total, Word heap_block) { scheduler::report_max_heap_size(p, total, heap_block); }

}  // namespace ember::vm
