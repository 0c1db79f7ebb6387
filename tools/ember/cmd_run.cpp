// `ember [-pa DIR...] [-pz DIR...] [-noshell] (-run|-s) MOD [FUN [ARG...]]`: runs a function like
// `erl -noshell -run/-s` does (OTP erts/doc erl.xml). Differences from erl are listed in docs/cli.md.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "nif/boot.hpp"
#include "scheduler/scheduler.hpp"
#include "tools/ember/commands.hpp"
#include "tools/ember/emulator_flags.hpp"
#include "vm/atom_table.hpp"
#include "vm/interp.hpp"
#include "vm/literal_area.hpp"
#include "vm/runtime_support.hpp"

#ifndef EMBER_GUEST_EBIN
#define EMBER_GUEST_EBIN ""
#endif

namespace ember::tools {

using namespace ember::vm;

namespace {

struct StartCall {
    bool atoms = false;  // -s: arguments as atoms
    std::string module;
    std::string function = "start";
    std::vector<std::string> args;
    bool has_function = false;
};

int usage() {
    std::fprintf(stderr,
                 "usage: ember [-pa DIR...] [-pz DIR...] [-noshell] -run MOD [FUN [ARG...]] [-extra ARG...]\n"
                 "       ember [-pa DIR...] -s MOD [FUN [ARG...]]\n"
                 "       ember dis FILE.beam...\n"
                 "       ember check-load PATH...\n");
    return 2;
}

}  // namespace

int cmd_run(std::span<const std::string_view> args) {
    std::vector<std::string> pa, pz, plain;
    std::vector<StartCall> calls;
    EmulatorSettings emulator;
    const std::vector<std::string> owned(args.begin(), args.end());
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        if (a == "-pa" || a == "-pz") {
            auto& dirs = a == "-pa" ? pa : pz;
            while (i + 1 < args.size() && !args[i + 1].starts_with("-") && !args[i + 1].starts_with("+"))
                dirs.emplace_back(args[++i]);
        } else if (a == "-extra") {
            while (i + 1 < args.size()) plain.emplace_back(args[++i]);
        } else if (a == "-noshell" || a == "-noinput") {
            // Ember never starts a shell.
        } else if (a == "-run" || a == "-s") {
            if (i + 1 >= args.size()) return usage();
            StartCall c;
            c.atoms = a == "-s";
            c.module = std::string(args[++i]);
            if (i + 1 < args.size() && !args[i + 1].starts_with("-")) {
                c.function = std::string(args[++i]);
                c.has_function = true;
                while (i + 1 < args.size() && !args[i + 1].starts_with("-")) c.args.emplace_back(args[++i]);
            }
            calls.push_back(std::move(c));
        } else if (a.size() > 1 && a[0] == '+') {
            // erl's emulator flags, as on OTP's boot (the break handling flags have no effect here).
            if (int status = read_emulator_flag(owned, i, emulator)) return status;
        } else {
            std::fprintf(stderr, "ember: unknown option %.*s\n", int(a.size()), a.data());
            return usage();
        }
    }
    if (calls.empty()) return usage();

    nif::BootConfig boot_config;
    boot_config.pa = pa;
    boot_config.pz = pz;
    boot_config.plain_args = plain;
    boot_config.guest_ebin = nif::find_guest_ebin(nif::executable_dir(), EMBER_GUEST_EBIN);
    boot_config.otp_root = nif::default_otp_root();
    boot_config.scheduler = emulator.scheduler;
    nif::boot(boot_config);

    AtomTable& atoms = AtomTable::global();
    scheduler::Scheduler& sched = scheduler::Scheduler::global();
    LiteralArea arena;
    // The start calls run one after another in one process, like erl's init does.
    std::vector<Term> call_terms;
    for (const StartCall& c : calls) {
        std::vector<Term> arg_terms;
        for (const std::string& a : c.args)
            arg_terms.push_back(c.atoms ? atoms.intern(a) : make_charlist(arena, a));
        Term arg_list = c.has_function && !c.args.empty() ? make_list_of(arena, arg_terms.data(), arg_terms.size()) : kNil;
        Term call_args = c.has_function && !c.args.empty() ? make_cons(arena, arg_list, kNil) : kNil;
        call_terms.push_back(make_tuple3(arena, atoms.intern(c.module), atoms.intern(c.function), call_args));
    }
    Term boot_args = make_cons(arena, make_list_of(arena, call_terms.data(), call_terms.size()), kNil);
    Term boot = sched.spawn(nullptr, atoms.intern("ember_boot"), atoms.intern("start"), boot_args, {});
    sched.set_boot(boot);
    return sched.run();
}

}  // namespace ember::tools
