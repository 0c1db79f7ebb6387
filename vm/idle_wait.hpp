// Waiting while idle without keeping the allocator's per-thread caches.
//
// jemalloc (the allocator of the `ember` program) keeps freed small blocks in a cache per thread for
// that thread to reuse. A thread that then sleeps for long keeps them out of everyone's reach: after a
// boot the schedulers, dirty schedulers and the main thread held about 0.5 MB that way. These waits
// behave as std::condition_variable's, except that a wait still going after kIdleRelease gives the
// calling thread's cache back first (jemalloc's "thread.tcache.flush"); short waits, as in
// request/reply traffic, never pay for it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace ember::vm {

inline constexpr std::chrono::milliseconds kIdleRelease{200};

// Returns the calling thread's cached free blocks to the allocator. A no-op when the program does not
// run on jemalloc (tests and hosts that link another malloc).
void release_thread_caches();

// cv.wait(lock, pred), releasing the thread's caches if the wait outlasts kIdleRelease. `lock` is
// unlocked while they are released.
template <class Pred>
void idle_wait(std::condition_variable& cv, std::unique_lock<std::mutex>& lock, Pred pred) {
    if (cv.wait_for(lock, kIdleRelease, pred)) return;
    lock.unlock();
    release_thread_caches();
    lock.lock();
    cv.wait(lock, pred);
}

// cv.wait_until(lock, deadline, pred), likewise. Returns pred().
template <class Clock, class Duration, class Pred>
bool idle_wait_until(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                     const std::chrono::time_point<Clock, Duration>& deadline, Pred pred) {
    const auto release_at = Clock::now() + kIdleRelease;
    if (deadline <= release_at) return cv.wait_until(lock, deadline, pred);
    if (cv.wait_until(lock, release_at, pred)) return true;
    lock.unlock();
    release_thread_caches();
    lock.lock();
    return cv.wait_until(lock, deadline, pred);
}

}  // namespace ember::vm
