// Capability names, the denial error and the denial counters (docs/capabilities.md).
//
// The set itself is a bitset (vm/native.hpp Capability); each named bit has one atom. A denied native
// call raises error:{capability_denied, Capability, {M, F, A}} naming the first (lowest) missing bit,
// and counts one denial for that bit.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "vm/native.hpp"
#include "vm/term.hpp"

namespace ember::vm {

struct Process;

// The name of bit `bit` (0..kCapabilityBits-1): "process", "clock", ..., or nullptr.
const char* capability_name(unsigned bit);
// The bit named `name` ("file_read"), or 0 when there is none.
CapabilitySet capability_from_name(std::string_view name);
// The atoms of the named bits in `set`, lowest bit first.
Term capability_list(Process* p, CapabilitySet set);
// A proper list of capability atoms as a set; false for anything else (an unknown name included).
bool parse_capability_list(Term list, CapabilitySet& out);
// Every named bit.
inline constexpr CapabilitySet kCapNamedBits = (CapabilitySet(1) << kCapabilityBits) - 1;

// Raises the denial of `missing` (non-empty) for {module, function, arity} and counts it.
void raise_capability_denied(Process* p, CapabilitySet missing, std::string_view module, std::string_view function,
                             unsigned arity);
// The same for a registered native: `bif`'s capabilities minus the caller's.
void raise_capability_denied(Process* p, const BifSpec* bif);
// A check inside a native whose need depends on its arguments: true when p holds all of `need`;
// otherwise raises the denial for {module, function, arity} and returns false (the native then
// returns kNonValue).
inline bool require_capabilities(Process* p, CapabilitySet need, CapabilitySet held, std::string_view module,
                                 std::string_view function, unsigned arity) {
    if ((need & ~held) == 0) [[likely]] return true;
    raise_capability_denied(p, need & ~held, module, function, arity);
    return false;
}

// Denials counted so far, per bit (index = bit number); process-wide, since the VM started.
std::array<std::uint64_t, kCapabilityBits> capability_denials();

}  // namespace ember::vm
