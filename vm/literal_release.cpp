#include "vm/literal_release.hpp"

#include <atomic>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/messages.hpp"

namespace ember::vm {

namespace {

// ---- exits under way, per thread ----

struct ExitSlot {
    std::atomic<std::uint64_t> seq{0};  // odd while the thread runs a process exit
    unsigned depth = 0;                 // the owning thread's nesting
};

// One slot per thread that ever ran an exit (a few per thread pool), never freed: a thread's slot
// may be read after the thread ended, and the list outlives static destruction.
struct ExitSlots {
    std::mutex mutex;
    std::vector<ExitSlot*> slots;
};
ExitSlots& exit_slots() {
    static ExitSlots* s = new ExitSlots;
    return *s;
}
thread_local ExitSlot* t_slot = nullptr;

ExitSlot& this_thread_slot() {
    if (!t_slot) {
        t_slot = new ExitSlot;
        std::lock_guard lock(exit_slots().mutex);
        exit_slots().slots.push_back(t_slot);
    }
    return *t_slot;
}

// Returns once every exit that was under way when called has finished.
void wait_for_exits_under_way() {
    std::vector<std::pair<ExitSlot*, std::uint64_t>> busy;
    {
        std::lock_guard lock(exit_slots().mutex);
        for (ExitSlot* s : exit_slots().slots)
            if (std::uint64_t seq = s->seq.load(std::memory_order_seq_cst); seq & 1) busy.emplace_back(s, seq);
    }
    for (auto [slot, seq] : busy)
        while (slot->seq.load(std::memory_order_acquire) == seq) std::this_thread::yield();
}

// ---- the queue ----

struct ReleaseQueue {
    std::mutex mutex;
    Term collector = kNil;
    std::deque<std::unique_ptr<LiteralArea>> queued;
    std::unique_ptr<LiteralArea> current;
    std::vector<std::unique_ptr<LiteralArea>> kept;  // no collector: kept for the runtime's life
    std::atomic<const LiteralArea*> current_ptr{nullptr};
};

ReleaseQueue& queue() {
    static ReleaseQueue q;
    return q;
}

}  // namespace

ExitInProgress::ExitInProgress() {
    ExitSlot& s = this_thread_slot();
    if (s.depth++ == 0) s.seq.fetch_add(1, std::memory_order_seq_cst);
}

ExitInProgress::~ExitInProgress() {
    ExitSlot& s = *t_slot;
    if (--s.depth == 0) s.seq.fetch_add(1, std::memory_order_release);
}

void set_literal_area_collector(Term pid) {
    std::lock_guard lock(queue().mutex);
    queue().collector = pid;
}

void release_literal_area(std::unique_ptr<LiteralArea> area) {
    ReleaseQueue& q = queue();
    Term wake = kNil;
    {
        std::lock_guard lock(q.mutex);
        if (q.collector == kNil) {
            q.kept.push_back(std::move(area));
            return;
        }
        // The collector hears of work when it is idle: nothing current and nothing queued before.
        if (!q.current && q.queued.empty()) wake = q.collector;
        q.queued.push_back(std::move(area));
    }
    if (wake != kNil) deliver_message(wake, AtomTable::global().intern("copy_literals"));
}

bool literal_area_switch() {
    ReleaseQueue& q = queue();
    std::unique_ptr<LiteralArea> done;
    {
        std::lock_guard lock(q.mutex);
        done = std::move(q.current);
        if (!q.queued.empty()) {
            q.current = std::move(q.queued.front());
            q.queued.pop_front();
        }
        q.current_ptr.store(q.current.get(), std::memory_order_release);
    }
    if (done) {
        wait_for_exits_under_way();
        done.reset();
    }
    std::lock_guard lock(q.mutex);
    return q.current != nullptr;
}

const LiteralArea* literal_area_releasing() { return queue().current_ptr.load(std::memory_order_acquire); }

}  // namespace ember::vm
