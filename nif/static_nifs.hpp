// Static NIF libraries: the erts NIF modules (prim_file, prim_buffer, zlib, ...) that erl links into
// the emulator and binds when their on_load function calls erlang:load_nif(atom_to_list(?MODULE), _).
// Ember implements them natively (nif/prim_file*.cpp, nif/prim_buffer.cpp, nif/zlib_nif.cpp); each is
// a table of rows {MFA, fn, capability, dirty kind} like a BIF table (vm/native.hpp). docs/nif.md.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "vm/native.hpp"
#include "vm/process.hpp"

namespace ember::vm {
struct Module;
}

namespace ember::nif {

struct StaticNifLibrary {
    const char* module;                 // the library name erl links statically = the module's name
    std::span<const vm::BifSpec> (*nifs)();
};

// The erts libraries Ember provides; static_nif_libraries() lists them all.
std::span<const StaticNifLibrary> static_nif_libraries();
std::span<const vm::BifSpec> prim_file_nifs();
std::span<const vm::BifSpec> prim_buffer_nifs();
std::span<const vm::BifSpec> erl_tracer_nifs();  // nif/erl_tracer.cpp
std::span<const vm::BifSpec> zlib_nifs();
// Ember's own: ember_ffi (nif/ffi.cpp, docs/ffi.md).
std::span<const vm::BifSpec> ember_ffi_nifs();

// BIFs of NIF loading: erlang:load_nif/2, and the file name BIFs of erts (nif/file_names.cpp);
// registered by bifs/registry.cpp.
std::span<const vm::BifSpec> load_nif_bifs();
std::span<const vm::BifSpec> file_name_bifs();
// ember_dirty:apply/4 and is_host_native/3: a host native on a chosen dirty pool (nif/host_natives.cpp).
std::span<const vm::BifSpec> dirty_apply_bifs();

// File names (nif/file_names.cpp): the native bytes of a name term (a deep list of code points, or a
// binary taken as raw bytes), false if it is not a name or contains NUL; and a native name back as a
// list of code points (kNonValue if it is not valid UTF-8).
bool native_name(vm::Term t, std::string& out);

// erlang:load_nif/2 of a shared library built against erl_nif.h (nif/erl_nif_load.cpp): `path`
// without ".so", for the calling module `m`. Returns ok or erl's {error, {Kind, Text}}.
vm::Term load_dynamic_nif(vm::Process* p, vm::Module* m, const std::string& path, vm::Term load_info);
// Runs a purged module version's unload callback (registered as vm's module purge hook).
void module_purged(vm::Module* m);
vm::Term name_from_native(vm::Process* p, std::string_view s);

}  // namespace ember::nif
