// The boot sequence shared by the CLI and the host Runtime (see nif/boot.hpp).
#include "nif/boot.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <shared_mutex>
#include <string_view>

#include "bifs/bif.hpp"
#include "loader/code_loader.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/interp.hpp"
#include "vm/literal_area.hpp"
#include "vm/literal_release.hpp"
#include "vm/runtime_support.hpp"

#ifndef EMBER_DEFAULT_OTP_ROOT
#define EMBER_DEFAULT_OTP_ROOT "/usr/lib/erlang"
#endif

namespace ember::nif {

using namespace ember::vm;

// ROOT/erts-*/bin of an OTP installation (the newest if several), or "".
std::string erts_bindir(const std::string& root) {
    std::error_code ec;
    if (root.empty()) return {};
    std::string best;
    for (const auto& e : std::filesystem::directory_iterator(root, ec)) {
        std::string name = e.path().filename().string();
        if (name.rfind("erts-", 0) == 0 && std::filesystem::is_directory(e.path() / "bin", ec) && name > best) best = name;
    }
    return best.empty() ? std::string() : root + "/" + best + "/bin";
}

std::string default_otp_root() {
    const char* root = std::getenv("EMBER_OTP_ROOT");
    return root ? root : EMBER_DEFAULT_OTP_ROOT;
}

std::string find_guest_ebin(const std::string& exe_dir, const std::string& build_default) {
    std::error_code ec;
    std::filesystem::path near = std::filesystem::path(exe_dir) / ".." / "lib" / "ember" / "ebin";
    if (!exe_dir.empty() && std::filesystem::is_directory(near, ec)) return near.string();
    return build_default;
}

std::string executable_dir() {
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.parent_path().string();
}

// Invariant: nothing is spawned unless every check passed; the schedulers are not running, so the
// processes made here may be touched directly.
BootResult boot(const BootConfig& config) {
    BootResult out;
    if (const char* stress = std::getenv("EMBER_GC_STRESS"); stress && *stress && *stress != '0') g_gc_stress = true;
    bifs::register_all_bifs();
    loader::CodePath& path = loader::CodePath::global();
    for (const std::string& d : config.pa) path.add_back(d);
    if (!config.guest_ebin.empty()) path.add_back(config.guest_ebin);
    if (!config.otp_root.empty()) path.add_otp_root(config.otp_root);
    for (const std::string& d : config.pz) path.add_back(d);

    AtomTable& atoms = AtomTable::global();
    if (config.require_guest_modules) {
        for (const char* m : {"ember_io_server", "ember_init"}) {
            std::string error;
            if (!loader::ensure_loaded(atoms.intern(m), &error)) {
                out.error = std::string("cannot load Ember's guest module ") + m + " (guest ebin \"" +
                            config.guest_ebin + "\"): " + (error.empty() ? "not found on the code path" : error);
                return out;
            }
        }
    }

    scheduler::Scheduler& sched = scheduler::Scheduler::global();
    sched.configure(config.scheduler);
    // The I/O server is the group leader of everything started here (itself included).
    Term io = sched.spawn(nullptr, atoms.intern("ember_io_server"), atoms.intern("init"), kNil, {});
    sched.set_io_server(io);
    sched.register_name(atoms.intern("user"), io);
    {
        std::shared_lock<std::shared_mutex> lock;
        sched.lookup(io, lock)->group_leader = io;  // the schedulers are not running yet
    }

    // The init process answers init:get_argument/1 and friends (lib/ember/src/ember_init.erl).
    LiteralArea arena;
    auto flag = [&](const char* name, const std::vector<std::string>& values) {
        std::vector<Term> vs;
        for (const std::string& v : values) vs.push_back(make_charlist(arena, v));
        return make_tuple2(arena, atoms.intern(name), make_list_of(arena, vs.data(), vs.size()));
    };
    const char* home = std::getenv("HOME");
    std::vector<Term> flags = {flag("root", {path.otp_root()}), flag("progname", {"erl"}),
                               flag("home", {home ? home : "/"})};
    // erl's bindir (ROOT/erts-VSN/bin) holds the port programs OTP modules start, e.g. inet_gethost.
    if (std::string bindir = erts_bindir(path.otp_root()); !bindir.empty()) flags.push_back(flag("bindir", {bindir}));
    if (!config.pa.empty()) flags.push_back(flag("pa", config.pa));
    if (!config.pz.empty()) flags.push_back(flag("pz", config.pz));
    std::vector<Term> plain;
    for (const std::string& a : config.plain_args) plain.push_back(make_charlist(arena, a));
    Term init_args = make_cons(arena, make_list_of(arena, flags.data(), flags.size()),
                               make_cons(arena, make_list_of(arena, plain.data(), plain.size()), kNil));
    scheduler::SpawnOptions init_options;
    init_options.system_process = true;
    out.init = sched.spawn(nullptr, atoms.intern("ember_init"), atoms.intern("start"), init_args, init_options);
    // Registered here, before any process runs: the boot calls may ask init at once.
    sched.register_name(atoms.intern("init"), out.init);
    out.io_server = io;
    out.ok = true;
    return out;
}

std::string erts_ebin_dir(const std::string& root) {
    std::error_code ec;
    if (root.empty()) return {};
    std::string best;
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(root) / "lib", ec)) {
        std::string name = e.path().filename().string();
        if (name.rfind("erts-", 0) == 0 && std::filesystem::is_directory(e.path() / "ebin", ec) && name > best)
            best = name;
    }
    return best.empty() ? std::string() : root + "/lib/" + best + "/ebin";
}

BootResult boot_otp(const OtpBootConfig& config) {
    BootResult out;
    if (const char* stress = std::getenv("EMBER_GC_STRESS"); stress && *stress && *stress != '0') g_gc_stress = true;
    std::string erts_ebin = erts_ebin_dir(config.otp_root);
    if (erts_ebin.empty()) {
        out.error = "no erts ebin directory under " + config.otp_root + "/lib (OTP's preloaded modules)";
        return out;
    }
    bifs::register_all_bifs(/*code_module_natives=*/false);
    loader::set_erts_nif_on_load_at_load(false);  // erl_init:start/2 calls them
    g_undefined_calls_to_error_handler = true;
    // Ember's own loader only finds what erl has built in (and Ember's guest modules): every other
    // module comes through init's boot script and code_server, as in erl.
    loader::CodePath& path = loader::CodePath::global();
    path.add_back(erts_ebin);
    if (!config.guest_ebin.empty()) path.add_back(config.guest_ebin);

    // erl's preloaded modules, all of them. Ember has no socket NIF library (docs/sockets.md):
    // prim_socket's and prim_net's load_nif fail as on an erl built without esock, socket_registry
    // still runs, and socket's functions raise notsup.
    AtomTable& atoms = AtomTable::global();
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(erts_ebin, ec))
        if (e.path().extension() == ".beam") names.push_back(e.path().stem().string());
    std::sort(names.begin(), names.end());
    std::vector<Term> preloaded;
    for (const std::string& name : names) {
        std::string error;
        Module* m = loader::load_module_file(erts_ebin + "/" + name + ".beam", &error);
        if (!m) {
            out.error = "cannot load the preloaded module " + name + ": " + error;
            return out;
        }
        m->lines.clear();  // erl's built-in copies have no line information: [] in stack frames
        preloaded.push_back(atoms.intern(name));
    }
    bifs::set_pre_loaded(preloaded);

    scheduler::Scheduler& sched = scheduler::Scheduler::global();
    scheduler::SchedulerConfig sched_config = config.scheduler;
    sched_config.exit_when_idle = false;  // erl runs until halt
    sched.configure(sched_config);

    LiteralArea arena;
    std::vector<Term> boot_args;
    for (const std::string& a : config.init_args) boot_args.push_back(make_binary(arena, a));
    Term init_call = make_cons(arena, atoms.intern("init"),
                               make_cons(arena, make_list_of(arena, boot_args.data(), boot_args.size()), kNil));
    scheduler::SpawnOptions init_options;
    init_options.system_process = true;
    out.init = sched.spawn(nullptr, atoms.intern("erl_init"), atoms.intern("start"), init_call, init_options);

    struct SystemProcess {
        const char* module;
        Priority priority;
    };
    for (SystemProcess sp : {SystemProcess{"erts_code_purger", Priority::High},
                             SystemProcess{"erts_literal_area_collector", Priority::High},
                             SystemProcess{"erts_dirty_process_signal_handler", Priority::Normal},
                             SystemProcess{"erts_dirty_process_signal_handler", Priority::High},
                             SystemProcess{"erts_dirty_process_signal_handler", Priority::Max}}) {
        scheduler::SpawnOptions options;
        options.system_process = true;
        options.priority = sp.priority;
        options.group_leader = out.init;
        Term pid = sched.spawn(nullptr, atoms.intern(sp.module), atoms.intern("start"), kNil, options);
        if (std::string_view(sp.module) == "erts_literal_area_collector") set_literal_area_collector(pid);
    }
    out.ok = true;
    return out;
}

}  // namespace ember::nif
