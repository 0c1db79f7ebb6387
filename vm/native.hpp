// Native functions (BIFs and, later, NIFs) as the VM sees them: {MFA, function, dirty kind, capability}.
//
// A BifFn receives its arguments in args[0..arity-1] (the caller's x registers or a copy) and returns
// the result, or kNonValue after setting the exception on the process with Process::raise_error et al.
// It must not trigger a GC: it allocates with Process::heap() (HAlloc semantics, vm/heap_allocator.hpp).
#pragma once

#include <cstdint>

#include "vm/term.hpp"

namespace ember::vm {

struct Process;
using BifFn = Term (*)(Process* p, const Term* args);

enum class DirtyKind : std::uint8_t { None, Cpu, Io };

// Capabilities: what a native may touch. A process carries a set; a call to a native whose
// capabilities are not all in the caller's set raises error:{capability_denied, MFA} (next issue).
// The check is one AND.
enum Capability : std::uint32_t {
    kCapPure = 0,  // no effect beyond the calling process's heap: always allowed
    kCapProcess = 1u << 0,     // spawn, link, exit, register, send to others, process_info
    kCapTime = 1u << 1,        // clocks and timers
    kCapEntropy = 1u << 2,     // random numbers, unique integers, make_ref
    kCapFilesystem = 1u << 3,  // files
    kCapNetwork = 1u << 4,     // sockets
    kCapOsProcess = 1u << 5,   // OS processes and environment
    kCapNativeCode = 1u << 6,  // loading NIFs, libffi calls
    kCapCode = 1u << 7,        // loading and purging modules
    kCapSystem = 1u << 8,      // halt, system flags, statistics
    kCapIo = 1u << 9,          // standard input/output
    kCapAll = 0xFFFFFFFFu,
};
using CapabilitySet = std::uint32_t;

// One row of a module's registration table (bifs/*.cpp).
struct BifSpec {
    const char* module;
    const char* function;
    std::uint8_t arity;
    BifFn fn;
    CapabilitySet capabilities;
    DirtyKind dirty = DirtyKind::None;
    // The native continues in Erlang code (apply/2,3): it is always called through its export, so
    // the loader never inlines it as call_bif.
    bool traps = false;
    // Data the native finds through Process::native_spec (a NIF library's function: nif/nif_env.hpp).
    const void* native_data = nullptr;
};

// Per-process state a native layer keeps across calls (the enif_schedule_nif continuation); owned by
// the process (Process::native_state) and destroyed with it.
struct NativeState {
    virtual ~NativeState() = default;
};

}  // namespace ember::vm
