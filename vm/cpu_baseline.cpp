// The CPU check of an x86-64-v2 build (CMakeLists.txt EMBER_X86_64_V2): compiled for plain x86-64,
// it runs before any other static initialiser of the program (constructor priority 101) and stops
// the program with a clear message on a CPU without the instructions the rest of Ember was compiled
// to use (POPCNT, SSE3, SSSE3, SSE4.1, SSE4.2), instead of letting it die of an illegal instruction.
#include "vm/cpu_baseline.hpp"

#if defined(EMBER_CPU_BASELINE_CHECK)
#include <unistd.h>

#include <cstring>

namespace ember::vm {

namespace {

__attribute__((constructor(101))) void require_cpu_baseline() {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("popcnt") && __builtin_cpu_supports("sse3") && __builtin_cpu_supports("ssse3") &&
        __builtin_cpu_supports("sse4.1") && __builtin_cpu_supports("sse4.2"))
        return;
    static const char message[] =
        "ember: this CPU lacks x86-64-v2 instructions (POPCNT, SSE3, SSSE3, SSE4.1, SSE4.2) that this build "
        "of Ember uses; rebuild with -DEMBER_X86_64_V2=OFF\n";
    ssize_t written = ::write(2, message, std::strlen(message));
    (void)written;
    ::_exit(1);
}

}  // namespace

const bool kCpuBaselineChecked = true;

}  // namespace ember::vm
#else
namespace ember::vm {
const bool kCpuBaselineChecked = false;
}  // namespace ember::vm
#endif
