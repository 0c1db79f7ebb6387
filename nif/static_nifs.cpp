// erlang:load_nif/2 for the static erts NIF libraries (OTP erl_nif.c load_nif_2, "static NIFs").
//
// Binding (as erl's erts_load_nif patches the code of each NIF function): the entry of every function
// of the calling module that the library implements is overwritten with call_nif + the row's BifSpec,
// so local calls (which jump to the entry) and external calls (through the export, which points at the
// entry once the module is published) both reach the native. The module is normally still pending its
// on_load function when this runs (vm::CodeServer::publish_pending), so no other process runs its code
// yet; erl allows the call from any function of the module, and so does Ember (a second load is
// refused, as in erl since OTP 20).
#include "nif/static_nifs.hpp"

#include <mutex>
#include <string>

#include "bifs/bif.hpp"
#include "nif/runtime_impl.hpp"
#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/module.hpp"

namespace ember::nif {

using namespace ember::vm;

namespace {

const StaticNifLibrary kLibraries[] = {
    {"prim_file", prim_file_nifs},
    {"prim_buffer", prim_buffer_nifs},
    {"zlib", zlib_nifs},
    {"erl_tracer", erl_tracer_nifs},
    {"ember_ffi", ember_ffi_nifs},
};

Term error_tuple(Process* p, const char* kind, const std::string& text) {
    return make_tuple2(*p, am_error, make_tuple2(*p, bifs::atom(kind), make_charlist(*p, text)));
}

// Path: a string or a binary (erl accepts both; an atom is badarg).
bool path_text(Term t, std::string& out) {
    if (is_bitstring(t)) {
        BinaryRef r = binary_ref(t);
        if (!r.is_binary() || !r.byte_aligned()) return false;
        out.assign(reinterpret_cast<const char*>(r.data), r.byte_size());
        return true;
    }
    return bifs::unicode_list_to_utf8(t, out);
}

// Precondition: every function of `m` named in `lib` has an entry of >= 2 words (a NIF stub's body is
// at least a call to erlang:nif_error/1, 3 words).
Term bind(Process* p, Module* m, std::span<const BifSpec> lib) {
    AtomTable& atoms = AtomTable::global();
    std::vector<std::pair<const FunctionInfo*, const BifSpec*>> plan;
    for (const BifSpec& spec : lib) {
        Term name = atoms.intern(spec.function);
        const FunctionInfo* found = nullptr;
        for (const FunctionInfo& f : m->functions)
            if (f.name == name && f.arity == spec.arity) found = &f;
        if (!found || found->end() - found->entry() < 2) {
            return error_tuple(p, "bad_lib", "Function not found " + std::string(atom_name(m->name)) + ":" +
                                                 spec.function + "/" + std::to_string(spec.arity));
        }
        plan.emplace_back(found, &spec);
    }
    const void* handler = instruction_handlers()[static_cast<int>(Op::call_nif)];
    if (!plan.empty() && plan.front().first->entry()[0] == reinterpret_cast<Instr>(handler))
        return error_tuple(p, "reload", "NIF library already loaded (reload disallowed since OTP 20).");
    for (auto [f, spec] : plan) {
        Instr* entry = const_cast<Instr*>(f->entry());
        entry[0] = reinterpret_cast<Instr>(handler);
        entry[1] = reinterpret_cast<Instr>(spec);
    }
    return am_ok;
}

EMBER_BIF(bif_load_nif_2) {
    std::string path;
    if (!path_text(args[0], path)) return badarg(p);
    std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    // The calling module, as erl finds it from the caller's code address: the call instruction (a
    // call_bif in place) or the return address (a call through the export).
    Module* m = CodeServer::global().module_at(p->i);
    if (!m && p->cp) m = CodeServer::global().module_at(p->cp);
    if (m) {
        for (const StaticNifLibrary& lib : kLibraries)
            if (base == lib.module && atom_name(m->name) == lib.module) return bind(p, m, lib.nifs());
    }
    if (!m) return error_tuple(p, "load_failed", "Failed to load NIF library " + path + ": no calling module");
    if (host::has_natives(m->name)) return am_ok;  // the host's natives are its library (docs/host_api.md)
    static std::once_flag hooked;
    std::call_once(hooked, [] { set_module_purged_hook(module_purged); });
    return load_dynamic_nif(p, m, path, args[1]);
}

const BifSpec kBifs[] = {
    {"erlang", "load_nif", 2, bif_load_nif_2, kCapNativeCode},
};

}  // namespace

std::span<const BifSpec> load_nif_bifs() { return kBifs; }
std::span<const StaticNifLibrary> static_nif_libraries() { return kLibraries; }

}  // namespace ember::nif
