#include "vm/idle_wait.hpp"

#include <cstddef>

// jemalloc's control interface, weak: resolved in the `ember` program (which links jemalloc), null in
// programs on another malloc.
extern "C" int mallctl(const char* name, void* oldp, std::size_t* oldlenp, void* newp, std::size_t newlen)
    __attribute__((weak));

namespace ember::vm {

void release_thread_caches() {
    if (mallctl) mallctl("thread.tcache.flush", nullptr, nullptr, nullptr, 0);
}

}  // namespace ember::vm
