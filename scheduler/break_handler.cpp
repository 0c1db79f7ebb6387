// Ctrl-C: erl's break handler (OTP erts/emulator/beam/break.c do_break, sys/unix/sys.c) and the +B
// flags. SIGINT only sets a flag and wakes the break thread through a pipe; that thread shows the
// BREAK menu with the terminal in its cooked modes and reads the answer as a line. A second SIGINT
// before the first was handled ends the emulator at once (status 0), as in erl. docs/shell.md.
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <thread>

#include "scheduler/scheduler.hpp"
#include "scheduler/tty.hpp"
#include "vm/atom_table.hpp"
#include "vm/module.hpp"
#include "vm/term_print.hpp"

namespace ember::scheduler {

using namespace ember::vm;

namespace {

std::atomic<bool> g_break_requested{false};
int g_wake_pipe[2] = {-1, -1};

void on_sigint(int) {
    if (g_break_requested.exchange(true)) {
        // Two Ctrl-C without the break being handled in between (erl: ERTS_INTR_EXIT).
        tty_restore_original();
        ::_exit(0);
    }
    char b = 1;
    ssize_t ignored = ::write(g_wake_pipe[1], &b, 1);
    (void)ignored;
}

void on_sigint_disabled(int sig) {
    tty_restore_original();
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

void out(const std::string& s) {
    std::fflush(stdout);
    std::size_t off = 0;
    while (off < s.size()) {
        ssize_t n = ::write(1, s.data() + off, s.size() - off);
        if (n > 0) off += static_cast<std::size_t>(n);
        else if (n < 0 && errno == EINTR) continue;
        else if (n < 0 && errno == EAGAIN) {
            pollfd p{1, POLLOUT, 0};
            ::poll(&p, 1, 1000);
        } else {
            return;
        }
    }
}

// sys_get_key: the first character of the next line on stdin; <= 0 at end of input or an error.
int get_key() {
    unsigned char buf[64];
    for (;;) {
        ssize_t n = ::read(0, buf, sizeof buf);
        if (n > 0) return buf[0];
        if (n == 0) return 0;
        if (errno == EINTR) continue;
        if (errno == EAGAIN) {
            pollfd p{0, POLLIN, 0};
            ::poll(&p, 1, -1);
            continue;
        }
        return -1;
    }
}

const char* state_name(ProcessStatus s) {
    switch (s) {
    case ProcessStatus::Runnable: return "Scheduled";
    case ProcessStatus::Running: return "Running";
    case ProcessStatus::Waiting: return "Waiting";
    default: return "Exiting";
    }
}

std::string mfa_text(const Term mfa[3]) {
    if (mfa[0] == kNil) return "[]";
    std::string s = format_term_w(mfa[0]) + ":" + format_term_w(mfa[1]) + "/";
    return s + (is_small(mfa[2]) ? std::to_string(small_value(mfa[2])) : format_term_w(mfa[2]));
}

void port_info_all();

// (p)roc info: each process (read while it is switched out) and each port, as erl's =proc/=port
// sections; Ember shows the fields it keeps (docs/shell.md).
void process_info_all() {
    Scheduler& s = Scheduler::global();
    for (Term pid : s.all_pids()) {
        std::string text;
        {
            std::shared_lock<std::shared_mutex> lock;
            Process* p = s.lookup(pid, lock);
            if (!p) continue;
            std::lock_guard running(p->main_lock);  // not running while we read it
            ProcessStatus st = p->status.load();
            if (st == ProcessStatus::Exited) continue;
            text = "=proc:" + format_term_w(pid) + "\nState: " + state_name(st) + "\n";
            Term name = p->registered_name.load();
            if (name != kNil) text += "Name: " + format_term_w(name) + "\n";
            text += "Spawned as: " + mfa_text(p->initial_call) + "\n";
            text += "Message queue length: " + std::to_string(p->queue_len) + "\n";
            text += "Reductions: " + std::to_string(p->reductions) + "\n";
            text += "Stack+heap: " + std::to_string(p->heap_end - p->heap_start) + "\n";
            text += "OldHeap: " + std::to_string(p->old_heap_end - p->old_heap_start) + "\n";
            text += "Heap unused: " + std::to_string(p->stop - p->htop) + "\n";
            text += "OldHeap unused: " + std::to_string(p->old_heap_end - p->old_htop) + "\n";
        }
        out(text);
    }
    port_info_all();
}

void port_info_all() {
    for (Term port : all_ports()) {
        PortInfo info;
        if (!port_info(port, info)) continue;
        out("=port:" + format_term_w(port) + "\nSlot: " + std::to_string(info.id) +
            "\nConnected: " + format_term_w(info.connected) + "\nPort controls linked-in driver: " + info.name +
            "\nInput: " + std::to_string(info.input) + "\nOutput: " + std::to_string(info.output) +
            "\nQueue: " + std::to_string(info.queue_size) + "\n");
    }
}

// (i)nfo: erl prints its allocators' and tables' state; Ember has the tables' sizes.
void system_info() {
    Scheduler& s = Scheduler::global();
    out("=hash_table:atom_tab\nentries: " + std::to_string(AtomTable::global().size()) +
        "\n=index_table:module_code\nentries: " + std::to_string(CodeServer::global().loaded_modules().size()) +
        "\n=info:processes\nentries: " + std::to_string(s.process_count()) + "\n=info:ports\nentries: " +
        std::to_string(all_ports().size()) + "\n=info:schedulers\nentries: " + std::to_string(s.scheduler_count()) +
        "\n");
}

// (l)oaded: code sizes in bytes, totals first, as break.c's loaded().
void loaded_modules() {
    CodeServer& cs = CodeServer::global();
    std::vector<Term> mods = cs.loaded_modules();
    std::size_t cur = 0, old = 0;
    std::string lines;
    for (Term m : mods) {
        Module* mod = cs.find_module(m);
        std::size_t size = mod ? mod->code_words * sizeof(Instr) : 0;
        cur += size;
        lines += format_term_w(m) + " " + std::to_string(size);
        if (Module* o = cs.old_module(m)) {
            old += o->code_words * sizeof(Instr);
            lines += " (" + std::to_string(o->code_words * sizeof(Instr)) + " old)";
        }
        lines += "\n";
    }
    out("Current code: " + std::to_string(cur) + "\nOld code: " + std::to_string(old) + "\n" + lines);
}

// The BREAK menu; returns when the user continues (the emulator halts otherwise).
void do_break() {
    out("\nBREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n"
        "       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n");
    for (;;) {
        int key = get_key();
        switch (key) {
        case 'q':
        case 'a':
        case '*':
            Scheduler::global().halt(0);
            return;
        case 'A':
            // erl writes erl_crash.dump, then aborts (status 134); Ember has no crash dumps.
            std::fprintf(stderr, "Crash dump requested by user\n");
            tty_restore_original();
            std::abort();
        case 'c':
            return;
        case 'p':
            process_info_all();
            return;
        case 'o':
            port_info_all();
            return;
        case 'm':
            return;  // as break.c: m returns without output
        case 'i':
            system_info();
            return;
        case 'l':
            loaded_modules();
            return;
        case 'v':
            out("Erlang (EMBER) emulator version 13.1.5\n");
            return;
        case 'd':
            out("=node:'nonode@nohost'\n=no_distribution\n");
            return;
        case '\n':
            continue;
        default:
            if (key <= 0) {
                Scheduler::global().halt(0);  // end of input: erl exits
                return;
            }
            out("Eh?\n\n");
        }
    }
}

void break_thread() {
    for (;;) {
        char b;
        ssize_t n = ::read(g_wake_pipe[0], &b, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        tty_enter_break();
        do_break();
        tty_leave_break();
        g_break_requested.store(false);
    }
}

}  // namespace

void install_break_handling(BreakMode mode) {
    tty_save_original();
    struct sigaction sa{};
    sigemptyset(&sa.sa_mask);
    switch (mode) {
    case BreakMode::Ignore:
        sa.sa_handler = SIG_IGN;
        for (int sig : {SIGINT, SIGQUIT, SIGTSTP}) ::sigaction(sig, &sa, nullptr);
        return;
    case BreakMode::ShellInterrupt:
        tty_disable_intr_char();  // Ctrl-C reaches user_drv as a character
        return;
    case BreakMode::Disabled:
        sa.sa_handler = on_sigint_disabled;
        ::sigaction(SIGINT, &sa, nullptr);
        return;
    case BreakMode::Menu:
        break;
    }
    if (::pipe2(g_wake_pipe, O_CLOEXEC) != 0) return;
    std::thread(break_thread).detach();
    sa.sa_handler = on_sigint;
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
}

}  // namespace ember::scheduler
