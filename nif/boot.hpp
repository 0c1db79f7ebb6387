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
    std::vector<std::string> plain_args;  // after -extra: init:get_plain_arguments/0
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

// OTP's boot, as erl's emulator does it (OTP erl_init.c erl_start): registers the BIFs (without the
// native code:* functions: kernel's code_server serves them), loads erts' preloaded modules from
// OTP_ROOT/lib/erts-VSN/ebin, spawns the system processes (erts_code_purger, erts_literal_area_collector,
// three erts_dirty_process_signal_handler) and the first process, erl_init:start(init, InitArgs) with
// the arguments as binaries. From then on OTP's init runs the boot script named by -boot (default
// OTP_ROOT/bin/start.boot). A call to an unloaded module goes through error_handler as in erl.
struct OtpBootConfig {
    std::string otp_root;
    std::string guest_ebin;              // Ember's guest modules (erlang:purge_module/1 uses ember_code)
    std::vector<std::string> init_args;  // what erlexec passes init: -root R -progname P -- -home H -- ...
    scheduler::SchedulerConfig scheduler;
};
// Precondition: called once, before the scheduler threads start. Fails (nothing spawned) when the OTP
// root has no erts ebin directory or a preloaded module does not load.
BootResult boot_otp(const OtpBootConfig& config);
// OTP_ROOT/erts-VSN/bin, where erl's port programs are (the newest if several), or "".
std::string erts_bindir(const std::string& otp_root);
// OTP_ROOT/lib/erts-VSN/ebin (the newest if several), or "".
std::string erts_ebin_dir(const std::string& otp_root);

// The OTP root to use: $EMBER_OTP_ROOT if set, else the OTP the build found (EMBER_DEFAULT_OTP_ROOT).
std::string default_otp_root();
// Ember's guest module directory for an executable in `exe_dir`: exe_dir/../lib/ember/ebin if it exists,
// else `build_default` (the build tree's directory, "" when unknown).
std::string find_guest_ebin(const std::string& exe_dir, const std::string& build_default);
// The directory of the running executable (/proc/self/exe), or "" if unknown.
std::string executable_dir();

}  // namespace ember::nif
