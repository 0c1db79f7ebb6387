// The erl_nif.h ABI (OTP 25, NIF version 2.16) inside Ember: environments, loaded libraries, the
// native call trampoline. Shared by nif/erl_nif_*.cpp; hosts and NIF libraries see only erl_nif.h.
//
// ERL_NIF_TERM is Ember's term word itself (both are 64-bit), so terms cross the ABI unchanged.
//
// Environments (erl_nif docs "ErlNifEnv"):
//  - process-bound: made by the trampoline for one NIF call; terms go to the calling process's heap
//    (HAlloc: fragments when the heap is full), valid until the call returns;
//  - callback: load/upgrade/unload and resource destructor/down/stop calls; terms go to a private
//    heap freed when the callback returns;
//  - process-independent: enif_alloc_env; terms live on its own heap until enif_clear_env or
//    enif_free_env.
#pragma once

#include <erl_nif.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "vm/heap_allocator.hpp"
#include "vm/native.hpp"
#include "vm/process.hpp"
#include "vm/scratch_heap.hpp"
#include "vm/term.hpp"

namespace ember::nif {

struct NifLibrary;

// One function of a loaded library, bound into its module as a BifSpec row whose native_data points
// here (the trampoline finds it through Process::native_spec).
struct NifFunction {
    std::string module, name;
    ErlNifFunc func{};
    NifLibrary* library = nullptr;
    vm::BifSpec spec{};
};

// A loaded NIF library (erl_nif.c "struct erl_module_nif").
struct NifLibrary {
    std::string path;
    void* handle = nullptr;   // dlopen handle
    ErlNifEntry entry{};      // copied from nif_init's answer
    std::string module;
    void* priv_data = nullptr;
    std::vector<std::unique_ptr<NifFunction>> functions;
    std::atomic<long> resource_types{0};  // types owned by this library with live objects or open
    bool unloaded = false;
};

// The enif_schedule_nif continuation of a process: the function to run next, its arguments and the
// name it shows in stack traces. Owned by the process (Process::native_state).
struct NifContinuation final : vm::NativeState {
    NifFunction function;
};

enum class EnvKind : std::uint8_t { Call, Callback, Independent };

// What enif_schedule_nif asked to run next.
struct ScheduledCall {
    std::string name;
    ErlNifFunc func{};
    std::vector<vm::Term> args;
};

}  // namespace ember::nif

struct enif_environment_t {
    ember::nif::EnvKind kind = ember::nif::EnvKind::Call;
    ember::vm::Process* process = nullptr;    // the caller (Call), else nullptr
    ember::vm::HeapAllocator* heap = nullptr; // where terms are built
    ember::nif::NifLibrary* library = nullptr;
    ember::vm::ScratchHeap* own = nullptr;       // Callback / Independent: the env's own heap
    ember::vm::Term exception = 0;            // pending exception reason (0: none)
    bool has_exception = false;
    std::unique_ptr<ember::nif::ScheduledCall> scheduled;  // enif_schedule_nif was called
    int consumed_percent = 0;                 // enif_consume_timeslice
};

namespace ember::nif {

// Heap for terms of `env` (never null for a valid env).
inline vm::HeapAllocator& heap_of(ErlNifEnv* env) { return *env->heap; }

// A callback environment on a private heap (destroyed with it).
struct CallbackEnv {
    vm::ScratchHeap heap;
    ErlNifEnv env;
    explicit CallbackEnv(NifLibrary* lib) {
        env.kind = EnvKind::Callback;
        env.heap = &heap;
        env.own = &heap;
        env.library = lib;
    }
};

// The trampoline every bound NIF row calls (nif/erl_nif_load.cpp).
vm::Term nif_trampoline(vm::Process* p, const vm::Term* args);

// %T of enif_fprintf and friends: erts_printf_term's text (nif/native_term_format.cpp).
void append_printf_term(std::string& out, vm::Term t);

// Resources (nif/erl_nif_resource.cpp): called at each process exit for enif_monitor_process.
void resource_process_exited(vm::Process* p);

}  // namespace ember::nif
