// Code BIFs: module_info, function_exported, module_loaded, and the natively served entry points of
// OTP's code module (Ember does not boot OTP's code_server yet; docs/loader.md).
#include <unistd.h>

#include <cstdio>

#include "bifs/bif.hpp"
#include "loader/code_loader.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/binary.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// In the reverse of the ExpT chunk's order, as erl 25 lists them.
Term exports_list(Process* p, Module* m) {
    std::vector<Term> items;
    for (auto it = m->exports.rbegin(); it != m->exports.rend(); ++it)
        items.push_back(make_tuple2(*p, (*it)->function, make_small((*it)->arity)));
    return make_list_of(*p, items.data(), items.size());
}

Term module_info_item(Process* p, Module* m, Term what) {
    AtomTable& atoms = AtomTable::global();
    if (what == am_module) return m->name;
    if (what == atoms.intern("exports")) return exports_list(p, m);
    if (what == atoms.intern("attributes")) return m->attributes;
    if (what == atoms.intern("compile")) return m->compile_info;
    if (what == atoms.intern("functions")) {
        std::vector<Term> items;
        for (const FunctionInfo& f : m->functions) items.push_back(make_tuple2(*p, f.name, make_small(f.arity)));
        return make_list_of(*p, items.data(), items.size());
    }
    if (what == atoms.intern("nifs")) return kNil;
    if (what == atoms.intern("md5")) return make_binary(*p, m->md5, sizeof m->md5);
    if (what == atoms.intern("native")) return am_false;
    return kNonValue;
}

EMBER_BIF(bif_get_module_info_1) {
    Module* m = is_atom(args[0]) ? CodeServer::global().find_module(args[0]) : nullptr;
    if (!m) return badarg(p);
    AtomTable& atoms = AtomTable::global();
    const char* keys[] = {"module", "exports", "attributes", "compile", "md5"};
    std::vector<Term> items;
    for (const char* k : keys) {
        Term key = atoms.intern(k);
        items.push_back(make_tuple2(*p, key, module_info_item(p, m, key)));
    }
    return make_list_of(*p, items.data(), items.size());
}
EMBER_BIF(bif_get_module_info_2) {
    Module* m = is_atom(args[0]) ? CodeServer::global().find_module(args[0]) : nullptr;
    if (!m) return badarg(p);
    Term v = module_info_item(p, m, args[1]);
    if (v == kNonValue) return badarg(p);
    return v;
}
EMBER_BIF(bif_function_exported) {
    if (!is_atom(args[0]) || !is_atom(args[1]) || !is_small(args[2])) return badarg(p);
    Export* ep = CodeServer::global().find_defined(args[0], args[1], static_cast<std::uint32_t>(small_value(args[2])));
    return make_bool(ep != nullptr);
}
EMBER_BIF(bif_module_loaded) {
    if (!is_atom(args[0])) return badarg(p);
    return make_bool(CodeServer::global().find_module(args[0]) != nullptr);
}
// Continues in ember_code:ensure_loaded(Module), which runs or waits for the module's on_load function
// (loader/code_loader.hpp kOnLoadPending). Only for BIFs registered with traps = true.
Term trap_to_on_load(Process* p, Term module) {
    static const Term m = AtomTable::global().intern("ember_code");
    static const Term f = AtomTable::global().intern("ensure_loaded");
    Export* ep = CodeServer::global().export_entry(m, f, 1);
    if (!CodeServer::global().find_module(m)) loader::ensure_loaded(m);
    if (ep->address.load(std::memory_order_acquire) == ep->stub)
        return make_tuple2(*p, am_error, am_on_load_failure);  // Ember's guest modules are missing
    p->bif_x[0] = module;
    p->trap = ep->address.load(std::memory_order_acquire);
    p->trap_arity = 1;
    return kNonValue;
}

EMBER_BIF(bif_code_ensure_loaded) {
    if (!is_atom(args[0])) return badarg(p);
    std::string error;
    if (loader::ensure_loaded(args[0], &error)) return make_tuple2(*p, am_module, args[0]);
    if (error == loader::kOnLoadPending) return trap_to_on_load(p, args[0]);
    return make_tuple2(*p, am_error, AtomTable::global().intern(error == "nofile" ? "nofile" : "badfile"));
}

// ---- -on_load (OTP code_server.erl handle_on_load; erlang:call_on_load_function/1 and
// finish_after_on_load/2 keep erl's names; docs/nif.md) ----

// ember_code:join_on_load(Mod) -> wait | {module, Mod} | {error, Reason}: registers the caller to
// hear {'$ember_on_load', Mod, Result}; the first caller's call also starts the runner.
EMBER_BIF(bif_join_on_load) {
    if (!is_atom(args[0])) return badarg(p);
    for (int attempt = 0; attempt < 2; ++attempt) {
        switch (CodeServer::global().join_on_load(args[0], p->pid)) {
        case CodeServer::OnLoadJoin::Run: {
            // The on_load function runs in a process of its own holding every capability
            // (docs/capabilities.md): the module came from the code path (or from a process holding
            // code_load), so a sandboxed caller may trigger its loading but its set does not apply.
            static const Term module = atom("ember_code"), function = atom("run_on_load");
            scheduler::Scheduler::global().spawn(nullptr, module, function, make_cons(*p, args[0], kNil), {});
            return atom("wait");
        }
        case CodeServer::OnLoadJoin::Wait: return atom("wait");
        case CodeServer::OnLoadJoin::Loaded: return make_tuple2(*p, am_module, args[0]);
        case CodeServer::OnLoadJoin::Absent: break;
        }
        // Not pending (an earlier on_load failed, or it was never loaded): load it again, as erl does.
        std::string error;
        if (loader::ensure_loaded(args[0], &error)) return make_tuple2(*p, am_module, args[0]);
        if (error != loader::kOnLoadPending)
            return make_tuple2(*p, am_error, atom(error == "nofile" ? "nofile" : "badfile"));
    }
    return make_tuple2(*p, am_error, am_on_load_failure);
}

// erlang:call_on_load_function(Mod): calls the pending module's on_load function in this process.
EMBER_BIF(bif_call_on_load_function) {
    if (!is_atom(args[0])) return badarg(p);
    Module* m = CodeServer::global().start_on_load(args[0], p->pid);
    if (!m) return badarg(p);
    p->trap = m->on_load;
    p->trap_arity = 0;
    return kNonValue;
}

// erlang:finish_after_on_load(Mod, Keep): publishes or drops the pending module and tells the waiters.
EMBER_BIF(bif_finish_after_on_load) {
    if (!is_atom(args[0]) || (args[1] != am_true && args[1] != am_false)) return badarg(p);
    if (!CodeServer::global().is_pending(args[0])) return badarg(p);
    std::vector<Term> waiters = CodeServer::global().finish_on_load(args[0], args[1] == am_true);
    Term result = args[1] == am_true ? make_tuple2(*p, am_module, args[0]) : make_tuple2(*p, am_error, am_on_load_failure);
    Term msg = make_tuple3(*p, atom("$ember_on_load"), args[0], result);
    for (Term w : waiters) deliver_message(w, msg);
    return am_true;
}
EMBER_BIF(bif_code_is_loaded) {
    if (!is_atom(args[0])) return badarg(p);
    Module* m = CodeServer::global().find_module(args[0]);
    if (!m) return am_false;
    return make_tuple2(*p, AtomTable::global().intern("file"), make_charlist(*p, "loaded"));
}
EMBER_BIF(bif_dflag_unicode_io) { return am_true; }

// code:ensure_modules_loaded(Mods): ok, or {error, [{Mod, Reason}]} for those that do not load.
EMBER_BIF(bif_code_ensure_modules_loaded) {
    if (list_length(args[0]) < 0) return badarg(p);
    std::vector<Term> failures;
    for (Term t = args[0]; is_list(t); t = cdr(t)) {
        Term m = car(t);
        if (!is_atom(m)) return badarg(p);
        std::string error;
        if (!loader::ensure_loaded(m, &error))
            failures.push_back(make_tuple2(*p, m, AtomTable::global().intern(error == "nofile" ? "nofile" : "badfile")));
    }
    if (failures.empty()) return am_ok;
    return make_tuple2(*p, am_error, make_list_of(*p, failures.data(), failures.size()));
}
EMBER_BIF(bif_code_load_file) {
    if (!is_atom(args[0])) return badarg(p);
    std::string path = loader::CodePath::global().find(atom_name(args[0]));
    if (path.empty()) return make_tuple2(*p, am_error, AtomTable::global().intern("nofile"));
    std::string error;
    Module* m = loader::load_module_file(path, &error);
    if (!m) return make_tuple2(*p, am_error, AtomTable::global().intern("badfile"));
    if (m->on_load) return trap_to_on_load(p, args[0]);
    return make_tuple2(*p, am_module, args[0]);
}
// Continues in ember_code:Fn/Arity (lib/ember/src/ember_code.erl) with the arguments left in x0..: the
// code functions that code_server runs in Erlang (load_binary/3, purge/1, soft_purge/1, delete/1).
// Only for BIFs registered with traps = true.
Term trap_to_ember_code(Process* p, const char* fn, std::uint32_t arity) {
    static const Term m = AtomTable::global().intern("ember_code");
    Export* ep = CodeServer::global().export_entry(m, AtomTable::global().intern(fn), arity);
    if (!CodeServer::global().find_module(m)) loader::ensure_loaded(m);
    const Instr* target = ep->address.load(std::memory_order_acquire);
    if (target == ep->stub) return badarg(p);  // Ember's guest modules are missing
    p->trap = target;
    p->trap_arity = arity;
    return kNonValue;
}
EMBER_BIF(bif_code_load_binary) { return trap_to_ember_code(p, "load_binary", 3); }
EMBER_BIF(bif_code_purge) { return trap_to_ember_code(p, "purge", 1); }
EMBER_BIF(bif_code_soft_purge) { return trap_to_ember_code(p, "soft_purge", 1); }
EMBER_BIF(bif_code_delete) { return trap_to_ember_code(p, "delete", 1); }
EMBER_BIF(bif_code_which) {
    if (!is_atom(args[0])) return badarg(p);
    std::string path = loader::CodePath::global().find(atom_name(args[0]));
    if (path.empty()) {
        return CodeServer::global().find_module(args[0]) ? AtomTable::global().intern("cover_compiled")
                                                         : AtomTable::global().intern("non_existing");
    }
    return make_charlist(*p, path);
}
EMBER_BIF(bif_code_get_path) {
    std::vector<std::string> dirs = loader::CodePath::global().dirs();
    std::vector<Term> items;
    for (const std::string& d : dirs) items.push_back(make_charlist(*p, d));
    return make_list_of(*p, items.data(), items.size());
}
EMBER_BIF(bif_code_root_dir) { return make_charlist(*p, loader::CodePath::global().otp_root()); }
EMBER_BIF(bif_code_all_loaded) {
    std::vector<Term> items;
    for (Term m : CodeServer::global().loaded_modules())
        items.push_back(make_tuple2(*p, m, make_charlist(*p, loader::CodePath::global().find(atom_name(m)))));
    return make_list_of(*p, items.data(), items.size());
}
EMBER_BIF(bif_code_add_patha) {
    std::string dir;
    if (!unicode_list_to_utf8(args[0], dir)) return badarg(p);
    loader::CodePath::global().add_front(dir);
    return am_true;
}
EMBER_BIF(bif_code_add_pathz) {
    std::string dir;
    if (!unicode_list_to_utf8(args[0], dir)) return badarg(p);
    loader::CodePath::global().add_back(dir);
    return am_true;
}
Term code_app_dir(Process* p, Term name, const char* sub);
EMBER_BIF(bif_code_lib_dir_0) { return make_charlist(*p, loader::CodePath::global().otp_root() + "/lib"); }
EMBER_BIF(bif_code_lib_dir_2) {
    if (!is_atom(args[1])) return badarg(p);
    std::string sub(atom_name(args[1]));
    return code_app_dir(p, args[0], sub.c_str());
}
// code:where_is_file/1: the first code path directory holding the file, joined with its name.
EMBER_BIF(bif_code_where_is_file) {
    std::string name;
    if (!unicode_list_to_utf8(args[0], name)) return badarg(p);
    for (const std::string& dir : loader::CodePath::global().dirs()) {
        std::string path = dir + "/" + name;
        if (::access(path.c_str(), F_OK) == 0) return make_charlist(*p, path);
    }
    return AtomTable::global().intern("non_existing");
}
EMBER_BIF(bif_code_objfile_extension) { return make_charlist(*p, ".beam"); }
EMBER_BIF(bif_code_get_mode) { return am_interactive; }
EMBER_BIF(bif_code_is_module_native) {
    if (!is_atom(args[0])) return badarg(p);
    return CodeServer::global().find_module(args[0]) ? am_false : am_undefined;
}

// code:lib_dir/1 and priv_dir/1 as code_server answers them (code_server.erl do_dir, get_name): the
// first code path directory whose application name (its last component, or the one before "ebin",
// cut at the first '-') is Name, without "/ebin"; {error, bad_name} if none.
Term code_app_dir(Process* p, Term name, const char* sub) {
    std::string want;
    if (is_atom(name)) want = atom_name(name);
    else if (!unicode_list_to_utf8(name, want)) return badarg(p);
    for (std::string dir : loader::CodePath::global().dirs()) {
        while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
        std::string base = dir.substr(dir.rfind('/') + 1);
        if (base == "ebin" && dir.find('/') != std::string::npos) {
            dir = dir.substr(0, dir.rfind('/'));
            base = dir.substr(dir.rfind('/') + 1);
        }
        if (base.substr(0, base.find('-')) != want) continue;
        return make_charlist(*p, sub ? dir + "/" + sub : dir);
    }
    return make_tuple2(*p, am_error, AtomTable::global().intern("bad_name"));
}
EMBER_BIF(bif_code_lib_dir) { return code_app_dir(p, args[0], nullptr); }
EMBER_BIF(bif_code_priv_dir) { return code_app_dir(p, args[0], "priv"); }
// code:get_object_code/1: {Module, Beam, AbsFileName} of the first Module.beam in the code path.
EMBER_BIF(bif_code_get_object_code) {
    if (!is_atom(args[0])) return badarg(p);
    std::string path = loader::CodePath::global().find(atom_name(args[0]));
    if (path.empty()) return am_error;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return am_error;
    std::string bytes;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
    std::fclose(f);
    if (!path.empty() && path[0] != '/') {
        char cwd[4096];
        if (::getcwd(cwd, sizeof cwd)) path = std::string(cwd) + "/" + path;
    }
    return make_tuple3(*p, args[0], make_binary(*p, bytes), make_charlist(*p, path));
}

const BifSpec kBifs[] = {
    {"erlang", "get_module_info", 1, bif_get_module_info_1, kCapPure},
    {"erlang", "get_module_info", 2, bif_get_module_info_2, kCapPure},
    {"erlang", "function_exported", 3, bif_function_exported, kCapPure},
    {"erlang", "module_loaded", 1, bif_module_loaded, kCapPure},
    {"ember_code", "join_on_load", 1, bif_join_on_load, kCapPure},
    {"erlang", "call_on_load_function", 1, bif_call_on_load_function, kCapCode, DirtyKind::None, /*traps=*/true},
    {"erlang", "finish_after_on_load", 2, bif_finish_after_on_load, kCapCode},
    {"net_kernel", "dflag_unicode_io", 1, bif_dflag_unicode_io, kCapPure},
};

// What OTP's code module asks code_server, answered natively for Ember's own boot, where no code_server
// runs (docs/cli.md). OTP's boot leaves these out: kernel's code module and code_server do the work.
const BifSpec kCodeBifs[] = {
    {"code", "ensure_loaded", 1, bif_code_ensure_loaded, kCapPure, DirtyKind::None, /*traps=*/true},
    {"code", "is_loaded", 1, bif_code_is_loaded, kCapPure},
    {"code", "ensure_modules_loaded", 1, bif_code_ensure_modules_loaded, kCapPure},
    {"code", "load_file", 1, bif_code_load_file, kCapCode, DirtyKind::None, /*traps=*/true},
    {"code", "which", 1, bif_code_which, kCapPure},
    {"code", "load_binary", 3, bif_code_load_binary, kCapCode, DirtyKind::None, /*traps=*/true},
    {"code", "purge", 1, bif_code_purge, kCapCode, DirtyKind::None, /*traps=*/true},
    {"code", "soft_purge", 1, bif_code_soft_purge, kCapCode, DirtyKind::None, /*traps=*/true},
    {"code", "delete", 1, bif_code_delete, kCapCode, DirtyKind::None, /*traps=*/true},
    {"code", "get_path", 0, bif_code_get_path, kCapPure},
    {"code", "root_dir", 0, bif_code_root_dir, kCapPure},
    {"code", "all_loaded", 0, bif_code_all_loaded, kCapPure},
    {"code", "add_patha", 1, bif_code_add_patha, kCapCode},
    {"code", "add_pathz", 1, bif_code_add_pathz, kCapCode},
    {"code", "add_path", 1, bif_code_add_pathz, kCapCode},
    {"code", "objfile_extension", 0, bif_code_objfile_extension, kCapPure},
    {"code", "lib_dir", 0, bif_code_lib_dir_0, kCapPure},
    {"code", "lib_dir", 2, bif_code_lib_dir_2, kCapPure},
    {"code", "where_is_file", 1, bif_code_where_is_file, kCapFilesystem},
    {"code", "get_mode", 0, bif_code_get_mode, kCapPure},
    {"code", "is_module_native", 1, bif_code_is_module_native, kCapPure},
    {"code", "lib_dir", 1, bif_code_lib_dir, kCapPure},
    {"code", "priv_dir", 1, bif_code_priv_dir, kCapPure},
    {"code", "get_object_code", 1, bif_code_get_object_code, kCapFilesystem},
};

}  // namespace

std::span<const BifSpec> erlang_code_bifs() { return kBifs; }
std::span<const BifSpec> code_module_bifs() { return kCodeBifs; }

}  // namespace ember::bifs
