#include "vm/exit_hooks.hpp"

#include <atomic>
#include <cstdlib>
#include <mutex>

namespace ember::vm {

namespace {
constexpr int kMaxHooks = 8;
std::atomic<ProcessExitHook> g_hooks[kMaxHooks];
std::mutex g_add_mutex;
}  // namespace

void add_process_exit_hook(ProcessExitHook hook) {
    std::lock_guard lock(g_add_mutex);
    for (auto& slot : g_hooks) {
        ProcessExitHook h = slot.load(std::memory_order_relaxed);
        if (h == hook) return;
        if (h == nullptr) {
            slot.store(hook, std::memory_order_release);
            return;
        }
    }
    std::abort();  // more hooks than slots: a programming error
}

void run_process_exit_hooks(Process* p) {
    for (auto& slot : g_hooks) {
        ProcessExitHook h = slot.load(std::memory_order_acquire);
        if (h == nullptr) return;
        h(p);
    }
}

}  // namespace ember::vm
