#include "vm/capabilities.hpp"

#include <atomic>
#include <bit>

#include "vm/atom_table.hpp"
#include "vm/exceptions.hpp"
#include "vm/process.hpp"
#include "vm/runtime_support.hpp"

namespace ember::vm {

namespace {

// Indexed by bit number (vm/native.hpp); the atoms of docs/capabilities.md.
constexpr const char* kNames[kCapabilityBits] = {
    "process", "clock", "entropy", "file_read", "network", "os_process",
    "native_code", "code_load", "system", "io", "file_write", "ets_shared",
};

std::atomic<std::uint64_t> g_denials[kCapabilityBits];

}  // namespace

const char* capability_name(unsigned bit) { return bit < kCapabilityBits ? kNames[bit] : nullptr; }

CapabilitySet capability_from_name(std::string_view name) {
    for (unsigned i = 0; i < kCapabilityBits; ++i)
        if (name == kNames[i]) return CapabilitySet(1) << i;
    return 0;
}

Term capability_list(Process* p, CapabilitySet set) {
    Term items[kCapabilityBits];
    std::size_t n = 0;
    for (unsigned i = 0; i < kCapabilityBits; ++i)
        if (set & (CapabilitySet(1) << i)) items[n++] = AtomTable::global().intern(kNames[i]);
    return make_list_of(*p, items, n);
}

bool parse_capability_list(Term list, CapabilitySet& out) {
    CapabilitySet set = 0;
    for (; is_list(list); list = cdr(list)) {
        Term a = car(list);
        if (!is_atom(a)) return false;
        CapabilitySet bit = capability_from_name(AtomTable::global().name(a));
        if (bit == 0) return false;
        set |= bit;
    }
    if (list != kNil) return false;
    out = set;
    return true;
}

void raise_capability_denied(Process* p, CapabilitySet missing, std::string_view module, std::string_view function,
                             unsigned arity) {
    unsigned bit = static_cast<unsigned>(std::countr_zero(missing));
    if (bit < kCapabilityBits) g_denials[bit].fetch_add(1, std::memory_order_relaxed);
    AtomTable& atoms = AtomTable::global();
    // A bit without a name (only a native row can carry one) is reported by its number.
    Term cap = bit < kCapabilityBits ? atoms.intern(kNames[bit]) : make_small(SWord(bit));
    Term mfa = make_tuple3(*p, atoms.intern(module), atoms.intern(function), make_small(SWord(arity)));
    raise_error(p, make_tuple3(*p, am_capability_denied, cap, mfa));
}

void raise_capability_denied(Process* p, const BifSpec* bif) {
    raise_capability_denied(p, bif->capabilities & ~p->capabilities, bif->module, bif->function, bif->arity);
}

std::array<std::uint64_t, kCapabilityBits> capability_denials() {
    std::array<std::uint64_t, kCapabilityBits> out{};
    for (unsigned i = 0; i < kCapabilityBits; ++i) out[i] = g_denials[i].load(std::memory_order_relaxed);
    return out;
}

}  // namespace ember::vm
