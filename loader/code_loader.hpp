// Loading modules into the running system: from bytes, from files, and on demand from the code path
// (OTP code_server's job, done natively here: -pa directories first, then the installed OTP's
// lib/*/ebin, then Ember's own guest modules).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vm/module.hpp"
#include "vm/services.hpp"

namespace ember::loader {

// Parses and translates a module image without publishing it (erlang:prepare_loading/2): the module,
// its on_load entry set (also for erts' preloaded NIF modules that run on_load/0 at boot), or nullptr
// with *error set.
std::unique_ptr<vm::Module> prepare_module_bytes(std::span<const std::uint8_t> bytes, std::string_view name_hint,
                                                 std::string* error);
// Parses, translates and publishes a module image. Returns the module, or nullptr with *error set.
vm::Module* load_module_bytes(std::span<const std::uint8_t> bytes, std::string_view name_hint, std::string* error);
vm::Module* load_module_file(const std::string& path, std::string* error);
// The whole file at `path` in `bytes`, read with plain system calls (no C++ stream, so no locale is
// built at start-up). False if it cannot be opened or read.
bool read_file_bytes(const std::string& path, std::vector<std::uint8_t>& bytes);
// Whether prepare_module_bytes makes the on_load/0 of erts' preloaded NIF modules (prim_buffer,
// prim_file, zlib) their on_load function (default true: Ember's own boot). OTP's boot turns it off,
// because erl_init:start/2 calls them itself.
void set_erts_nif_on_load_at_load(bool on);

class CodePath {
public:
    static CodePath& global();
    void add_front(const std::string& dir);  // -pa
    void add_back(const std::string& dir);   // -pz
    // Adds OTP_ROOT/lib/*/ebin (sorted by application name, as erl's code path).
    void add_otp_root(const std::string& root);
    // Where MODULE.beam is, or "" if not found.
    std::string find(std::string_view module);
    std::vector<std::string> dirs();
    std::string otp_root();

private:
    std::string m_otp_root;
    std::mutex m_mutex;
    std::vector<std::string> m_dirs;
};

// The module if it is loaded, else finds it in the code path and loads it. Thread-safe. A module with
// an -on_load function is left pending (vm::CodeServer::publish_pending): then nullptr with *error set to
// kOnLoadPending, and the caller continues in ember_code:ensure_loaded/1 (lib/ember/src/ember_code.erl),
// which runs the on_load function in a process of its own, or waits for the run already going on.
inline constexpr const char* kOnLoadPending = vm::kOnLoadPendingError;
vm::Module* ensure_loaded(vm::Term module, std::string* error = nullptr);

}  // namespace ember::loader
