// The boot sequence shared by the `ember` command (tools/ember/cmd_run.cpp) and the host API
// (include/ember/runtime.hpp): registers the BIFs, builds the code path, configures the scheduler and
// spawns Ember's I/O server and init process. What comes after differs: the CLI spawns its boot process
// and runs until halt; a host Runtime starts the scheduler threads and returns.
//
// Precondition: called once per OS process, before the scheduler threads start (the VM's tables are
// process-wide singletons). Afterwards: the I/O server is <0.1.0>, registered as `user`, its own group
// leader and the default group leader of every process spawned without a parent; the init process
// (lib/ember/src/ember_init.erl) is <0.2.0>, registers itself as `init` when it first runs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scheduler/scheduler.hpp"
#include "vm/term.hpp"

namespace ember::nif {

struct BootConfig {
    std::vector<std::string> pa;  // searched first, in order (erl -pa)
    std::string guest_ebin;       // Ember's guest modules, after -pa; empty: not on the path
    std::string otp_root;         // OTP_ROOT/lib/*/ebin after that; empty: no OTP directories
    std::vector<std::string> pz;  // searched last (erl -pz)
    scheduler::SchedulerConfig scheduler;
    // Fail (before anything is spawned) unless ember_io_server and ember_init can be loaded. The CLI
    // does not check (a missing guest module shows as the process's undef crash).
    bool require_guest_modules = false;
};

struct BootResult {
    bool ok = false;
    std::string error;  // when !ok
    vm::Term io_server = vm::kNil;
    vm::Term init = vm::kNil;
};

// Runs the boot sequence described above (EMBER_GC_STRESS=1 in the environment turns on GC stress).
BootResult boot(const BootConfig& config);

// The OTP root to use: $EMBER_OTP_ROOT if set, else the OTP the build found (EMBER_DEFAULT_OTP_ROOT).
std::string default_otp_root();
// Ember's guest module directory for an executable in `exe_dir`: exe_dir/../lib/ember/ebin if it exists,
// else `build_default` (the build tree's directory, "" when unknown).
std::string find_guest_ebin(const std::string& exe_dir, const std::string& build_default);
// The directory of the running executable (/proc/self/exe), or "" if unknown.
std::string executable_dir();

}  // namespace ember::nif
