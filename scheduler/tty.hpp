// The terminal: OTP's `tty_sl` linked-in driver (user_drv's line-editing terminal port) and the break
// handler behind Ctrl-C (OTP erts/emulator/drivers/unix/ttsl_drv.c, erts/emulator/beam/break.c,
// sys/unix/sys.c; docs/shell.md).
//
// Invariants: at most one tty_sl port is open (as erl); whenever Ember changed the terminal's modes,
// the modes it found are restored at exit, on a fatal signal and around the break menu.
#pragma once

#include <optional>
#include <string_view>

#include "scheduler/ports.hpp"

namespace ember::scheduler {

// erl's +B flags (erl docs: +B [c | d | i]).
enum class BreakMode {
    Menu,            // default: Ctrl-C shows the BREAK menu
    Disabled,        // +B / +Bd: no break handler, Ctrl-C ends the emulator
    ShellInterrupt,  // +Bc: Ctrl-C is an ordinary character (user_drv interrupts the shell)
    Ignore,          // +Bi: SIGINT, SIGQUIT and SIGTSTP are ignored
};

// Installs the SIGINT handling for `mode` and the break thread. Call once, before the VM starts.
void install_break_handling(BreakMode mode);

// {spawn, "tty_sl [-c] [-e] [-s] [Device]"} and {spawn_driver, ...}: nullopt when `command` does not
// name tty_sl; else the opened port, or error EINVAL when the terminal cannot be used (stdin or stdout
// not a tty, a tty_sl port already open), which user_drv answers by starting the `user` fallback.
std::optional<OpenResult> open_tty_port(vm::Term owner, std::string_view command, bool binary);

// ---- used by the break handler (scheduler/break_handler.cpp) ----
// Saves the terminal's modes the first time (what exit restores) and installs the restoring signal
// handlers. No-op when stdin is not a tty.
void tty_save_original();
// Sets c_cc[VINTR] off on the terminal (+Bc: erts_replace_intr). No-op when stdin is not a tty.
void tty_disable_intr_char();
// Restores the saved modes. Async-signal-safe.
void tty_restore_original();
// Around the break menu: the keystroke reader pauses and the terminal returns to the saved (cooked)
// modes; leaving re-applies the driver's modes and resumes reading.
void tty_enter_break();
void tty_leave_break();

}  // namespace ember::scheduler
