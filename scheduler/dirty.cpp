// Dirty schedulers: thread pools that run natives registered as dirty CPU or dirty IO while their
// process is parked (OTP erl_process.c dirty schedulers; erl_nif "Dirty NIFs").
//
// A call to a dirty BIF makes run_process return RunResult::Dirty with p->dirty_bif set and the
// arguments in p->saved_x. The pool's thread takes p->main_lock, runs the BIF on p (it allocates on
// p's heap as any BIF does), stores the value or the exception, and makes p runnable on its home
// scheduler, where run_process continues after the call. Signals that arrive meanwhile wait in the
// inbox (p stays Running, so nobody else queues it); an exit signal takes effect when it resumes.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "scheduler/scheduler.hpp"
#include "scheduler/worker.hpp"
#include "vm/dirty.hpp"
#include "vm/exceptions.hpp"
#include "vm/idle_wait.hpp"

namespace ember::scheduler {

using namespace ember::vm;

namespace {
thread_local DirtyKind t_dirty_kind = DirtyKind::None;
constexpr int kDirtySpin = 1000;  // pause instructions, some tens of microseconds
}  // namespace

void Scheduler::start_dirty_pools() {
    m_dirty_cpu = std::make_unique<DirtyPool>();
    m_dirty_cpu->size = m_config.dirty_cpu;
    m_dirty_io = std::make_unique<DirtyPool>();
    m_dirty_io->io = true;
    m_dirty_io->size = m_config.dirty_io;
    for (DirtyPool* pool : {m_dirty_cpu.get(), m_dirty_io.get()}) {
        pool->busy_ns = std::make_unique<std::atomic<std::uint64_t>[]>(pool->size);  // value-initialized: 0
        pool->busy_since = std::make_unique<std::atomic<std::uint64_t>[]>(pool->size);
        pool->threads.reserve(pool->size);
    }
}

void Scheduler::stop_dirty_pools() {
    for (DirtyPool* pool : {m_dirty_cpu.get(), m_dirty_io.get()}) {
        if (!pool) continue;
        {
            std::lock_guard lock(pool->mutex);
            pool->stopping = true;
        }
        pool->cv.notify_all();
    }
}

void Scheduler::join_dirty_pools() {
    for (DirtyPool* pool : {m_dirty_cpu.get(), m_dirty_io.get()}) {
        if (!pool) continue;
        for (std::thread& t : pool->threads)
            if (t.joinable() && t.get_id() != std::this_thread::get_id()) t.join();
    }
}

std::size_t Scheduler::dirty_queue_length(bool io) {
    DirtyPool* pool = io ? m_dirty_io.get() : m_dirty_cpu.get();
    if (!pool) return 0;
    std::lock_guard lock(pool->mutex);
    return pool->queue.size();
}

void Scheduler::submit_dirty(Process* p) {
    DirtyPool* pool = p->dirty_bif->dirty == DirtyKind::Io ? m_dirty_io.get() : m_dirty_cpu.get();
    m_dirty_in_flight.fetch_add(1);
    bool wake;
    {
        std::lock_guard lock(pool->mutex);
        pool->queue.push_back(p);
        pool->queued.fetch_add(1, std::memory_order_release);
        wake = pool->waiting > 0;
        // One more thread when the ones there (idle, spinning or asleep) are fewer than the jobs queued.
        std::size_t started = pool->threads.size();
        if (!pool->stopping && started < pool->size && started - pool->active.load() < pool->queue.size()) {
            unsigned index = static_cast<unsigned>(started);
            pool->threads.emplace_back([this, pool, index] { dirty_loop(*pool, index); });
        }
    }
    if (wake) pool->cv.notify_one();
}

void Scheduler::dirty_loop(DirtyPool& pool, unsigned index) {
    t_dirty_kind = pool.io ? DirtyKind::Io : DirtyKind::Cpu;
    for (;;) {
        // A short spin before sleeping: a NIF that hops to a dirty pool and back in a loop (OTP's
        // dirty schedulers also spin) then costs no futex wake-up per call.
        for (int i = 0; i < kDirtySpin && pool.queued.load(std::memory_order_acquire) == 0; ++i) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#else
            std::this_thread::yield();
#endif
        }
        Process* p;
        {
            std::unique_lock lock(pool.mutex);
            ++pool.waiting;
            vm::idle_wait(pool.cv, lock, [&] { return pool.stopping || !pool.queue.empty(); });
            --pool.waiting;
            if (pool.stopping) return;
            p = pool.queue.front();
            pool.queue.pop_front();
            pool.queued.fetch_sub(1, std::memory_order_relaxed);
            pool.active.fetch_add(1);
        }
        p->main_lock.lock();
        const BifSpec* bif = p->dirty_bif;
        std::uint64_t start = now_ns();
        pool.busy_since[index].store(start, std::memory_order_relaxed);
        p->native_spec = bif;
        Term result = bif->fn(p, p->saved_x.data());
        pool.busy_ns[index].fetch_add(now_ns() - start, std::memory_order_relaxed);
        pool.busy_since[index].store(0, std::memory_order_relaxed);
        if (result == kNonValue) {
            if (p->exc_bif_frame && p->exc_bif == nullptr) set_bif_error_frame(p, bif, p->saved_x.data());
            p->dirty_raised = true;
        } else {
            p->dirty_result = result;
        }
        p->saved_x.clear();
        p->main_lock.unlock();
        p->status.store(ProcessStatus::Runnable);
        pool.active.fetch_sub(1);
        make_runnable(p);
        m_dirty_in_flight.fetch_sub(1);
    }
}

}  // namespace ember::scheduler

ember::vm::DirtyKind ember::vm::current_dirty_kind() { return ember::scheduler::t_dirty_kind; }
