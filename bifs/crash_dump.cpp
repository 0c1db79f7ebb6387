// erl_crash.dump, written when the VM halts with a slogan (erlang:halt/1,2 with a string, as init does
// for "init terminating in do_boot"): OTP erts/doc crash_dump.xml ("How to interpret the Erlang crash
// dumps"). Ember writes the header (=erl_crash_dump:0.5, date, Slogan, System version, Atoms, Calling
// Thread) and one =proc section per process with its registered name, then =end; erl writes many more
// sections (memory, ETS, ports, loaded modules). Environment, as erl: ERL_CRASH_DUMP names the file
// (default erl_crash.dump in the working directory); ERL_CRASH_DUMP_SECONDS=0 writes nothing.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <unordered_map>

#include "bifs/bif.hpp"
#include "bifs/erlang_info.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/atom_table.hpp"
#include "vm/term_print.hpp"

namespace ember::bifs {

using namespace ember::vm;

void write_crash_dump(const std::string& slogan) {
    if (const char* secs = std::getenv("ERL_CRASH_DUMP_SECONDS"); secs && std::string(secs) == "0") return;
    const char* name = std::getenv("ERL_CRASH_DUMP");
    std::string file = name && *name ? name : "erl_crash.dump";
    std::fprintf(stderr, "\r\nCrash dump is being written to: %s...", file.c_str());
    std::FILE* f = std::fopen(file.c_str(), "w");
    if (!f) {
        std::fprintf(stderr, "failed\r\n");
        return;
    }
    std::time_t now = std::time(nullptr);
    char date[64];
    std::strftime(date, sizeof date, "%a %b %e %H:%M:%S %Y", std::localtime(&now));
    std::string version = system_version_text();
    if (!version.empty() && version.back() == '\n') version.pop_back();
    std::fprintf(f, "=erl_crash_dump:0.5\n%s\nSlogan: %s\nSystem version: %s\nTaints: \nAtoms: %zu\nCalling Thread: scheduler:1\n",
                 date, slogan.c_str(), version.c_str(), AtomTable::global().size());
    scheduler::Scheduler& sched = scheduler::Scheduler::global();
    std::unordered_map<Term, Term> names;
    for (Term n : sched.registered()) names[sched.whereis(n)] = n;
    for (Term pid : sched.all_pids()) {
        std::fprintf(f, "=proc:%s\n", format_term_w(pid).c_str());
        if (auto it = names.find(pid); it != names.end())
            std::fprintf(f, "Name: %s\n", std::string(atom_name(it->second)).c_str());
    }
    std::fprintf(f, "=end\n");
    std::fclose(f);
    std::fprintf(stderr, "done\r\n");
}

}  // namespace ember::bifs
