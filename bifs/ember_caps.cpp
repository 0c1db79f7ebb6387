// The `ember` module's capability BIFs (docs/capabilities.md): a process reads its own set, and the
// process-wide denial counters.
#include "bifs/bif.hpp"
#include "vm/bignum.hpp"
#include "vm/capabilities.hpp"
#include "vm/map.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// ember:capabilities() -> [Capability]: the calling process's set, as atoms in bit order.
EMBER_BIF(bif_capabilities_0) { return capability_list(p, p->capabilities); }

// ember:sender_capabilities() -> [Capability]: what the sender of the last message this process took
// with a receive held when it sent it (every capability for a message from the VM or a host, or
// before any receive). A server checks a request with it: a process may send anything to anyone, so
// a server that acts for its callers must not lend them its own capabilities.
EMBER_BIF(bif_sender_capabilities_0) { return capability_list(p, p->last_sender_caps); }

// ember:capability_denials() -> #{Capability => Count}: denials since the VM started, every
// capability present (0 when none was denied).
EMBER_BIF(bif_capability_denials_0) {
    std::array<std::uint64_t, kCapabilityBits> counts = capability_denials();
    Term keys[kCapabilityBits], values[kCapabilityBits];
    for (unsigned i = 0; i < kCapabilityBits; ++i) {
        keys[i] = atom(capability_name(i));
        values[i] = make_integer_u64(*p, counts[i]);
    }
    return map_from_pairs(*p, keys, values, kCapabilityBits);
}

const BifSpec kBifs[] = {
    {"ember", "capabilities", 0, bif_capabilities_0, kCapPure},
    {"ember", "capability_denials", 0, bif_capability_denials_0, kCapSystem},
    {"ember", "sender_capabilities", 0, bif_sender_capabilities_0, kCapPure},
};

}  // namespace

std::span<const BifSpec> ember_capability_bifs() { return kBifs; }

}  // namespace ember::bifs
