// This node's name and creation (OTP erl_node_tables.c erts_this_node, erts_this_dist_entry).
//
// A node that is not alive is `nonode@nohost` with creation 0. net_kernel makes it alive through
// erlang:setnode/2 (dist_util:do_setnode, net_kernel:init_node), giving the name (`name@host`) and the
// 32-bit creation that epmd handed out (or one of its own for a dynamic name). From then on, local
// pids, ports and references carry that name and creation in the external format, and a pid decoded
// with them is local again. (erl returns to nonode@nohost when net_kernel stops; Ember keeps the name.)
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/term.hpp"

namespace ember::vm {

Term this_node();                 // the node atom: node/0
std::uint32_t this_creation();    // 0 while not alive
bool node_alive();                // is_alive/0: a name other than nonode@nohost
void set_this_node(Term name, std::uint32_t creation);

// Whether an identifier of node `name` (atom text) with `creation`, as written in the external format,
// belongs to this node (OTP erts_find_or_insert_node: same name and same creation).
bool is_this_node(std::string_view name, std::uint64_t creation);

}  // namespace ember::vm
