#include "vm/node_name.hpp"

#include <atomic>

#include "vm/atom_table.hpp"

namespace ember::vm {

namespace {

// Written rarely (setnode), read on every external-format encoding of a local identifier: the pair is
// published as one 64-bit word, atom index above, creation below, so readers never see half a change.
std::atomic<std::uint64_t> g_node{0};
std::atomic<bool> g_named{false};

std::uint64_t pack(Term name, std::uint32_t creation) {
    return (static_cast<std::uint64_t>(atom_index(name)) << 32) | creation;
}

}  // namespace

Term this_node() {
    if (!g_named.load(std::memory_order_acquire)) return am_nonode_at_nohost;
    return make_atom(static_cast<Word>(g_node.load(std::memory_order_acquire) >> 32));
}

std::uint32_t this_creation() {
    if (!g_named.load(std::memory_order_acquire)) return 0;
    return static_cast<std::uint32_t>(g_node.load(std::memory_order_acquire));
}

bool node_alive() { return this_node() != am_nonode_at_nohost; }

void set_this_node(Term name, std::uint32_t creation) {
    g_node.store(pack(name, creation), std::memory_order_release);
    g_named.store(true, std::memory_order_release);
}

bool is_this_node(std::string_view name, std::uint64_t creation) {
    std::uint64_t packed = g_node.load(std::memory_order_acquire);
    if (!g_named.load(std::memory_order_acquire)) return creation == 0 && name == "nonode@nohost";
    if (creation != (packed & 0xFFFFFFFFu)) return false;
    return name == AtomTable::global().name(make_atom(static_cast<Word>(packed >> 32)));
}

}  // namespace ember::vm
