// A 4-byte mutex for per-process locks (a glibc std::mutex is 40 bytes, and every process has two).
// The three-state futex mutex of Drepper's "Futexes Are Tricky" (mutex 3), on C++20 atomic wait and
// notify, which are futex calls on Linux. Meets Lockable (lock, try_lock, unlock), so std::lock_guard
// and std::unique_lock work; not for std::condition_variable.
#pragma once

#include <atomic>
#include <cstdint>

namespace ember::vm {

class SmallMutex {
public:
    SmallMutex() = default;
    SmallMutex(const SmallMutex&) = delete;
    SmallMutex& operator=(const SmallMutex&) = delete;

    void lock() {
        std::uint32_t c = kUnlocked;
        if (m_state.compare_exchange_strong(c, kLocked, std::memory_order_acquire)) return;
        if (c != kContended) c = m_state.exchange(kContended, std::memory_order_acquire);
        while (c != kUnlocked) {
            m_state.wait(kContended, std::memory_order_relaxed);
            c = m_state.exchange(kContended, std::memory_order_acquire);
        }
    }
    bool try_lock() {
        std::uint32_t c = kUnlocked;
        return m_state.compare_exchange_strong(c, kLocked, std::memory_order_acquire);
    }
    void unlock() {
        if (m_state.exchange(kUnlocked, std::memory_order_release) == kContended) m_state.notify_one();
    }

private:
    static constexpr std::uint32_t kUnlocked = 0, kLocked = 1, kContended = 2;  // 2: may have waiters
    std::atomic<std::uint32_t> m_state{kUnlocked};
};

}  // namespace ember::vm
