// erl's emulator flags (`+...`; OTP erts/doc erl.xml "Emulator Flags"), read as erl_init.c reads them,
// for both of ember's boots (tools/ember/cmd_erl.cpp, cmd_run.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "scheduler/scheduler.hpp"
#include "scheduler/tty.hpp"

namespace ember::tools {

// What the flags set: scheduler counts (+S, +SDcpu, +SDio) and the break handling (+B[c|d|i]).
struct EmulatorSettings {
    scheduler::SchedulerConfig scheduler;
    scheduler::BreakMode break_mode = scheduler::BreakMode::Menu;
};

// Reads the emulator flag args[i] ("+..."), and its value (attached, "+A1", or the next argument, which
// advances i). +hmax, +hmaxk and +hmaxel set the system default max_heap_size at once (vm/gc.hpp).
// +P is checked (1024..134217727) and has no effect; the flags that tune erts internals
// Ember does not have (allocators, binding, poll sets, JIT) are accepted without effect. Returns 0, or
// 1 after printing erl's message for a flag erl does not know, a missing value or a bad count.
int read_emulator_flag(const std::vector<std::string>& args, std::size_t& i, EmulatorSettings& out);

}  // namespace ember::tools
