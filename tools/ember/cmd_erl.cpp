// `ember [FLAGS] [-extra ARGS]`: erl's command line (OTP erts/doc erl.xml; erts/etc/common/erlexec.c is
// the program that does this for erl). The emulator flags (+...) configure the VM; everything else goes
// to OTP's init, which boots with the boot script and handles -eval, -s, -run, -pa, -config and the
// rest itself. Differences from erl are listed in docs/cli.md.
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "nif/boot.hpp"
#include "scheduler/scheduler.hpp"
#include "scheduler/tty.hpp"
#include "tools/ember/commands.hpp"
#include "tools/ember/emulator_flags.hpp"

#ifndef EMBER_GUEST_EBIN
#define EMBER_GUEST_EBIN ""
#endif

namespace ember::tools {

namespace {

// Splits a flags string as erlexec does for ERL_FLAGS and -args_file: on whitespace, with '...' and
// "..." quoting and \ escapes; in files, # starts a comment up to the end of the line.
std::vector<std::string> split_flags(const std::string& text, bool comments) {
    std::vector<std::string> out;
    std::string cur;
    bool have = false;
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quote) {
            if (c == quote) quote = 0;
            else if (c == '\\' && quote == '"' && i + 1 < text.size()) cur += text[++i];
            else cur += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            have = true;
        } else if (c == '\\' && i + 1 < text.size()) {
            cur += text[++i];
            have = true;
        } else if (comments && c == '#') {
            while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (have) out.push_back(std::move(cur));
            cur.clear();
            have = false;
        } else {
            cur += c;
            have = true;
        }
    }
    if (have) out.push_back(std::move(cur));
    return out;
}

struct CommandLine {
    std::vector<std::string> init_args;  // flags for init, in order
    std::vector<std::string> extra;      // after -extra
    EmulatorSettings emulator;
    bool emu_args = false, emu_args_exit = false;
    bool version = false;
    bool detached = false;
    bool distributed = false;  // -sname or -name
    bool start_epmd = true;    // -no_epmd, -start_epmd false: do not start epmd
    std::string epmd_program;  // -epmd PROG: instead of "epmd -daemon"
    int error = 0;  // non-zero: exit with this status
};

// Arguments of one source (the command line, a flags variable, an args file), expanded into `out`;
// -extra and what follows goes into `extra`.
void collect(const std::vector<std::string>& in, std::vector<std::string>& out, std::vector<std::string>& extra,
             int depth, int& error) {
    for (std::size_t i = 0; i < in.size(); ++i) {
        const std::string& a = in[i];
        if (a == "-extra") {
            extra.insert(extra.end(), in.begin() + static_cast<std::ptrdiff_t>(i) + 1, in.end());
            return;
        }
        if (a == "-args_file") {
            if (i + 1 >= in.size()) {
                std::fprintf(stderr, "ember: missing filename after -args_file\n");
                error = 1;
                return;
            }
            const std::string& file = in[++i];
            std::ifstream f(file);
            if (!f || depth > 16) {
                std::fprintf(stderr, "ember: cannot read arguments file \"%s\"\n", file.c_str());
                error = 1;
                return;
            }
            std::stringstream text;
            text << f.rdbuf();
            collect(split_flags(text.str(), true), out, extra, depth + 1, error);
            if (error) return;
            continue;
        }
        out.push_back(a);
    }
}

CommandLine parse(std::span<const std::string_view> argv) {
    CommandLine cl;
    std::vector<std::string> all, extra;
    auto from_env = [&](const char* var) {
        if (const char* v = std::getenv(var); v && *v) collect(split_flags(v, false), all, extra, 0, cl.error);
    };
    from_env("ERL_AFLAGS");
    collect(std::vector<std::string>(argv.begin(), argv.end()), all, extra, 0, cl.error);
    from_env("ERL_FLAGS");
    from_env("ERL_ZFLAGS");
    if (cl.error) return cl;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::string& a = all[i];
        auto value = [&]() -> const std::string* {
            if (i + 1 < all.size()) return &all[++i];
            std::fprintf(stderr, "Missing argument(s) for '%s'.\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", a.c_str());
            cl.error = 1;
            return nullptr;
        };
        if (a.size() > 1 && a[0] == '+') {
            if ((cl.error = read_emulator_flag(all, i, cl.emulator)) != 0) return cl;
        } else if (a == "-env") {
            const std::string* name = value();
            const std::string* v = name ? value() : nullptr;
            if (!v) return cl;
            ::setenv(name->c_str(), v->c_str(), 1);
        } else if (a == "-emu_args") {
            cl.emu_args = true;
        } else if (a == "-emu_args_exit") {
            cl.emu_args_exit = true;
        } else if (a == "-version") {
            cl.version = true;
        } else if (a == "-smp" || a == "-smpauto" || a == "-smpenable") {
            // erl's SMP emulator is the only one; so is Ember's.
        } else if (a == "-detached") {
            // erlexec: the node runs in the background, without a terminal, like -noshell -noinput.
            cl.detached = true;
            cl.init_args.push_back("-noshell");
            cl.init_args.push_back("-noinput");
        } else if (a == "-noinput") {
            cl.init_args.push_back("-noshell");  // erlexec: -noinput implies -noshell
            cl.init_args.push_back("-noinput");
        } else if (a == "-name" || a == "-sname") {
            // Distribution: the kernel application starts net_kernel with this name (erlexec starts epmd
            // first, as below).
            const std::string* v = value();
            if (!v) return cl;
            cl.distributed = true;
            cl.init_args.push_back(a);
            cl.init_args.push_back(*v);
        } else if (a == "-no_epmd") {
            cl.start_epmd = false;
            cl.init_args.push_back(a);
        } else if (a == "-start_epmd") {
            const std::string* v = value();
            if (!v) return cl;
            if (*v == "false") cl.start_epmd = false;
            cl.init_args.push_back(a);
            cl.init_args.push_back(*v);
        } else if (a == "-epmd") {
            const std::string* v = value();
            if (!v) return cl;
            cl.epmd_program = *v;
        } else if (a == "-remsh") {
            // OTP's user_drv starts the shell on that node (and makes this node distributed first
            // when it is not).
            const std::string* v = value();
            if (!v) return cl;
            cl.init_args.push_back(a);
            cl.init_args.push_back(*v);
        } else {
            cl.init_args.push_back(a);
        }
    }
    cl.extra = std::move(extra);
    return cl;
}

}  // namespace

int cmd_erl(std::span<const std::string_view> argv) {
    CommandLine cl = parse(argv);
    if (cl.error) return cl.error;
    // erl prints its emulator version and goes on; scripts parse this line.
    if (cl.version) std::fprintf(stderr, "Erlang (SMP,ASYNC_THREADS) (BEAM) emulator version 13.1.5\r\n");

    nif::OtpBootConfig config;
    config.otp_root = nif::default_otp_root();
    config.guest_ebin = nif::find_guest_ebin(nif::executable_dir(), EMBER_GUEST_EBIN);
    config.scheduler = cl.emulator.scheduler;
    const char* progname = std::getenv("PROGNAME");
    const char* home = std::getenv("HOME");
    std::string bindir = nif::erts_bindir(config.otp_root);
    config.init_args = {"-root", config.otp_root};
    if (!bindir.empty()) config.init_args.insert(config.init_args.end(), {"-bindir", bindir});
    config.init_args.insert(config.init_args.end(), {"-progname", progname && *progname ? progname : "erl", "--",
                                                     "-home", home ? home : "/", "--"});
    if (cl.distributed) {
        // As erlexec: epmd is started (it forks into the background; a second one finds its port
        // taken and exits) before the node registers with it, and ERL_EPMD_PORT becomes -epmd_port.
        if (cl.start_epmd) {
            std::string cmd = !cl.epmd_program.empty() ? cl.epmd_program
                              : bindir.empty()         ? std::string("epmd -daemon")
                                                       : "\"" + bindir + "/epmd\" -daemon";
            if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "ember: could not start epmd (%s)\n", cmd.c_str());
        }
        if (const char* port = std::getenv("ERL_EPMD_PORT"); port && *port)
            config.init_args.insert(config.init_args.end(), {"-epmd_port", port});
    }
    config.init_args.insert(config.init_args.end(), cl.init_args.begin(), cl.init_args.end());
    if (!cl.extra.empty()) {
        config.init_args.push_back("-extra");
        config.init_args.insert(config.init_args.end(), cl.extra.begin(), cl.extra.end());
    }
    if (cl.emu_args || cl.emu_args_exit) {
        for (const std::string& a : config.init_args) std::printf("%s\n", a.c_str());
        std::fflush(stdout);
        if (cl.emu_args_exit) return 0;
    }
    if (cl.detached) {
        // The parent returns at once, as erl -detached does; the child leaves the terminal.
        pid_t child = ::fork();
        if (child < 0) {
            std::perror("ember: fork");
            return 1;
        }
        if (child > 0) return 0;
        ::setsid();
        int devnull = ::open("/dev/null", O_RDWR);
        if (devnull >= 0) {
            ::dup2(devnull, 0);
            ::dup2(devnull, 1);
            ::dup2(devnull, 2);
            if (devnull > 2) ::close(devnull);
        }
    }
    scheduler::install_break_handling(cl.emulator.break_mode);
    nif::BootResult booted = nif::boot_otp(config);
    if (!booted.ok) {
        std::fprintf(stderr, "ember: %s\n", booted.error.c_str());
        return 1;
    }
    return scheduler::Scheduler::global().run();
}

}  // namespace ember::tools
