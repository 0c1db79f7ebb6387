// Loading NIF libraries built against erl_nif.h (OTP erl_nif.c load_nif_2, erts/doc erl_nif
// "Initialization", erlang:load_nif/2), binding their functions into the calling module, and the
// trampoline that runs them (exceptions, enif_schedule_nif, dirty flags).
//
// Binding is the static libraries' (nif/static_nifs.cpp): each NIF function's entry becomes call_nif
// with a BifSpec row whose native_data names the NifFunction; the row's fn is nif_trampoline.
// Libraries are never dlclose'd while Ember runs: purged code and resource objects may still point
// into them (erl unloads only after the last resource of the library is gone; docs/nif.md).
#include <dlfcn.h>

#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

#include "bifs/bif.hpp"
#include "nif/nif_env.hpp"
#include "nif/static_nifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/dirty.hpp"
#include "vm/exceptions.hpp"
#include "vm/module.hpp"
#include "vm/runtime_support.hpp"

namespace ember::nif {

using namespace ember::vm;

namespace {

// The library bound into each module version, by Module*. Never destroyed (libraries stay loaded
// while Ember runs, and what they allocated stays reachable through them until exit).
std::mutex g_libraries_mutex;
auto& g_libraries = *new std::unordered_map<const Module*, std::unique_ptr<NifLibrary>>();

Term error_tuple(Process* p, const char* kind, const std::string& text) {
    return make_tuple2(*p, am_error, make_tuple2(*p, bifs::atom(kind), make_charlist(*p, text)));
}

NifLibrary* library_of(const Module* m) {
    std::lock_guard lock(g_libraries_mutex);
    auto it = g_libraries.find(m);
    return it == g_libraries.end() ? nullptr : it->second.get();
}

// Copies the arguments of a continuation into the x registers the dirty call reads them from (on a
// normal scheduler the trampoline's `args` are the x registers: call_nif passes them).
void stage_arguments(const Term* args, const std::vector<Term>& next) {
    Term* x = const_cast<Term*>(args);
    for (std::size_t i = 0; i < next.size(); ++i) x[i] = next[i];
}

DirtyKind dirty_kind_of(unsigned flags) {
    if (flags & ERL_NIF_DIRTY_JOB_IO_BOUND) return DirtyKind::Io;
    if (flags & ERL_NIF_DIRTY_JOB_CPU_BOUND) return DirtyKind::Cpu;
    return DirtyKind::None;
}

// Every object file of the ABI is linked into each executable that links libember, so a dlopen'd
// library finds all of erl_nif.h (nif/exported_symbols.list exports them): one symbol of each file.
[[gnu::used]] const void* const kAbiAnchors[] = {
    reinterpret_cast<const void*>(&enif_make_int),         // nif/erl_nif_terms.cpp
    reinterpret_cast<const void*>(&enif_alloc_binary),     // nif/erl_nif_binaries.cpp
    reinterpret_cast<const void*>(&enif_alloc_resource),   // nif/erl_nif_resource.cpp
    reinterpret_cast<const void*>(&enif_alloc_env),        // nif/erl_nif_system.cpp
    reinterpret_cast<const void*>(&enif_select),           // nif/erl_nif_select.cpp
};

}  // namespace

Term nif_trampoline(Process* p, const Term* args) {
    const BifSpec* spec = p->native_spec;
    const NifFunction* fn = static_cast<const NifFunction*>(spec->native_data);
    std::vector<Term> held;                               // a continuation's arguments while it runs here
    std::vector<std::unique_ptr<NativeState>> retired;    // continuations replaced during this call
    const Term* argv = args;
    int argc = spec->arity;
    for (;;) {
        ErlNifEnv env;
        env.kind = EnvKind::Call;
        env.process = p;
        env.heap = p;
        env.library = fn->library;
        Term result = fn->func.fptr(&env, argc, argv);
        if (env.has_exception) {
            raise_error_args(p, env.exception);
            if (argv != args) set_bif_error_frame(p, &fn->spec, argv);
            return kNonValue;
        }
        if (!env.scheduled) {
            if (result == kNonValue) {  // a NIF must return a term (erl: undefined behaviour)
                raise_error_args(p, make_tuple2(*p, bifs::atom("invalid_nif_return"), bifs::atom(fn->spec.function)));
                if (argv != args) set_bif_error_frame(p, &fn->spec, argv);
                return kNonValue;
            }
            return result;
        }
        // enif_schedule_nif: the named function runs next with the new arguments, on a dirty pool if
        // its flags ask for one and this is a normal scheduler, else right here.
        ScheduledCall& next = *env.scheduled;
        auto cont = std::make_unique<NifContinuation>();
        NifFunction& cf = cont->function;
        cf.module = fn->module;
        cf.name = next.name;
        cf.func = next.func;
        cf.library = fn->library;
        DirtyKind kind = dirty_kind_of(next.func.flags);
        cf.spec = BifSpec{cf.module.c_str(), cf.name.c_str(), std::uint8_t(next.args.size()), nif_trampoline,
                          spec->capabilities, kind, false, &cf};
        if (p->native_state) retired.push_back(std::move(p->native_state));
        p->native_state = std::move(cont);
        if (kind != DirtyKind::None && current_dirty_kind() == DirtyKind::None) {
            stage_arguments(args, next.args);
            p->dirty_bif = &cf.spec;
            return kNonValue;
        }
        fn = &cf;
        held = std::move(next.args);
        argv = held.data();
        argc = int(held.size());
    }
}

Term load_dynamic_nif(Process* p, Module* m, const std::string& path, Term load_info) {
    std::string file = path + ".so";
    void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* e = dlerror();
        return error_tuple(p, "load_failed",
                           "Failed to load NIF library: '" + std::string(e ? e : "unknown") + "'");
    }
    dlerror();
    auto init = reinterpret_cast<ErlNifEntry* (*)()>(dlsym(handle, "nif_init"));
    if (!init) {
        const char* e = dlerror();
        std::string text = e ? e : "nif_init";  // copied: dlclose frees dlerror's string
        dlclose(handle);
        return error_tuple(p, "bad_lib", "Failed to find library init function: '" + text + "'");
    }
    ErlNifEntry* entry = init();
    auto fail = [&](const char* kind, const std::string& text) {
        dlclose(handle);
        return error_tuple(p, kind, text);
    };
    if (!entry || entry->major != ERL_NIF_MAJOR_VERSION || entry->minor > ERL_NIF_MINOR_VERSION) {
        return fail("bad_lib", "Library version (" + std::to_string(entry ? entry->major : 0) + "." +
                                   std::to_string(entry ? entry->minor : 0) + ") not compatible (with " +
                                   std::to_string(ERL_NIF_MAJOR_VERSION) + "." +
                                   std::to_string(ERL_NIF_MINOR_VERSION) + ").");
    }
    if (entry->minor >= 1 && entry->vm_variant && std::strcmp(entry->vm_variant, ERL_NIF_VM_VARIANT) != 0) {
        return fail("bad_lib", std::string("Library (") + entry->vm_variant +
                                   ") not compiled for this vm variant (" ERL_NIF_VM_VARIANT ").");
    }
    std::string module(atom_name(m->name));
    if (!entry->name || module != entry->name) {
        return fail("bad_lib", "Library module name '" + std::string(entry->name ? entry->name : "") +
                                   "' does not match calling module '" + module + "'");
    }
    if (library_of(m)) {
        return fail("reload", "NIF library already loaded (reload disallowed since OTP 20).");
    }

    auto lib = std::make_unique<NifLibrary>();
    lib->path = path;
    lib->handle = handle;
    lib->entry = *entry;
    lib->module = module;
    AtomTable& atoms = AtomTable::global();
    std::vector<const FunctionInfo*> targets;
    for (int i = 0; i < entry->num_of_funcs; ++i) {
        const ErlNifFunc& f = entry->funcs[i];
        Term name = atoms.intern(f.name);
        const FunctionInfo* found = nullptr;
        for (const FunctionInfo& fi : m->functions)
            if (fi.name == name && fi.arity == f.arity) found = &fi;
        if (!found || found->end() - found->entry() < 2) {
            return fail("bad_lib", "Function not found " + module + ":" + f.name + "/" + std::to_string(f.arity));
        }
        if ((f.flags & ~unsigned(ERL_NIF_DIRTY_JOB_CPU_BOUND | ERL_NIF_DIRTY_JOB_IO_BOUND)) != 0) {
            return fail("bad_lib", "Illegal flags field value " + std::to_string(f.flags) + " for NIF " + module +
                                       ":" + f.name + "/" + std::to_string(f.arity));
        }
        for (const FunctionInfo* t : targets)
            if (t == found)
                return fail("bad_lib", "Duplicate NIF entry for " + module + ":" + f.name + "/" +
                                           std::to_string(f.arity));
        targets.push_back(found);
        auto nf = std::make_unique<NifFunction>();
        nf->module = module;
        nf->name = f.name;
        nf->func = f;
        nf->library = lib.get();
        nf->spec = BifSpec{nullptr, nullptr, std::uint8_t(f.arity), nif_trampoline, kCapNativeCode,
                           dirty_kind_of(f.flags), false, nullptr};
        lib->functions.push_back(std::move(nf));
    }
    for (auto& nf : lib->functions) {
        nf->spec.module = nf->module.c_str();
        nf->spec.function = nf->name.c_str();
        nf->spec.native_data = nf.get();
    }

    // load, or upgrade when the old version of the module has a library (erl_nif docs).
    ErlNifEnv env;
    env.kind = EnvKind::Call;
    env.process = p;
    env.heap = p;
    env.library = lib.get();
    // The version this one replaces: the current one while this one waits for its on_load function
    // to finish (it is published after), else the old one.
    NifLibrary* previous = nullptr;
    Module* current = CodeServer::global().find_module(m->name);
    if (current && current != m) previous = library_of(current);
    else if (Module* old = CodeServer::global().old_module(m->name)) previous = library_of(old);
    if (previous) {
        if (!entry->upgrade) return fail("upgrade", "Upgrade not supported by this NIF library.");
        void* old_priv = previous->priv_data;
        int rc = entry->upgrade(&env, &lib->priv_data, &old_priv, load_info);
        previous->priv_data = old_priv;
        if (rc != 0) return fail("upgrade", "Library upgrade-call unsuccessful (" + std::to_string(rc) + ").");
    } else if (entry->load) {
        int rc = entry->load(&env, &lib->priv_data, load_info);
        if (rc != 0) return fail("load", "Library load-call unsuccessful (" + std::to_string(rc) + ").");
    }

    const void* handler = instruction_handlers()[static_cast<int>(Op::call_nif)];
    for (std::size_t i = 0; i < targets.size(); ++i) {
        Instr* code = const_cast<Instr*>(targets[i]->entry());
        code[0] = reinterpret_cast<Instr>(handler);
        code[1] = reinterpret_cast<Instr>(&lib->functions[i]->spec);
    }
    std::lock_guard lock(g_libraries_mutex);
    g_libraries.emplace(m, std::move(lib));
    return am_ok;
}

// A purged module version's library hears unload (erl_nif docs: "unload is called when the module
// code that the NIF library belongs to is purged as old").
void module_purged(Module* m) {
    NifLibrary* lib = library_of(m);
    if (!lib || lib->unloaded) return;
    lib->unloaded = true;
    if (lib->entry.unload) {
        CallbackEnv cb(lib);
        lib->entry.unload(&cb.env, lib->priv_data);
    }
}

}  // namespace ember::nif
