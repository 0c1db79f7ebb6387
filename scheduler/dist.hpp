// Erlang distribution: connections to other nodes (OTP erts/emulator/beam/dist.c, erl_node_tables.c;
// erts/doc "Distribution Protocol").
//
// OTP splits the distribution as Ember does: net_kernel, dist_util, inet_tcp_dist and erl_epmd (the
// handshake, epmd, ticks, connection bookkeeping) run unmodified from the installed kernel; this layer
// is what erts does underneath them:
//  - one entry per remote node, idle, pending (a connection is being set up), or connected through a
//    controller, the TCP socket port inet_tcp_dist hands to erlang:setnode/3;
//  - signals to a remote process go out as control messages in the pass-through format (no atom cache,
//    no fragments: those flags are not offered), one {packet, 4} packet each;
//  - packets the controller port receives are decoded and become signals to local processes;
//  - a signal to a node with no connection asks net_kernel to connect ({auto_connect, Node, DHandle})
//    and waits in the entry's queue; a connection that goes down (or never comes up) ends the links,
//    monitors and node monitors that crossed it with `noconnection` / {nodedown, Node}.
// docs/distribution.md says what is supported.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/heap_allocator.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::scheduler::dist {

// Distribution flags (OTP dist.h DFLAG_*).
inline constexpr std::uint64_t kFlagPublished = 0x1;
inline constexpr std::uint64_t kFlagDistHdrAtomCache = 0x2000;
inline constexpr std::uint64_t kFlagUnicodeIo = 0x1000;
inline constexpr std::uint64_t kFlagSendSender = 0x80000;
inline constexpr std::uint64_t kFlagExitPayload = 0x400000;
inline constexpr std::uint64_t kFlagFragments = 0x800000;
inline constexpr std::uint64_t kFlagUnlinkId = 0x2000000;
inline constexpr std::uint64_t kFlagSpawn = std::uint64_t(1) << 32;
inline constexpr std::uint64_t kFlagAlias = std::uint64_t(8) << 32;
// erl 25's sets (erts_internal:get_dflags/0) less the atom cache and fragmentation, which Ember does
// not implement: every packet is then in the pass-through format, which OTP nodes accept.
inline constexpr std::uint64_t kFlagsMandatory = 0x1070F94;
inline constexpr std::uint64_t kFlagsDefault = 0xD07DF7FBCull & ~(kFlagDistHdrAtomCache | kFlagFragments);
inline constexpr std::uint64_t kFlagsRejectable = 0x802042;

// Installs the signal routing into vm/ (vm/dist_hooks.hpp). Called once at start-up.
void install();

// ---- BIF support (bifs/distribution.cpp). Terms are built with `heap`; kNonValue means badarg. ----

// erlang:setnode(Node, Creation): this node becomes Node. Fails (false) if it is alive already, if the
// name is not Name@Host, or if no process is registered as net_kernel.
bool set_node(vm::Term node, std::uint32_t creation);
// erts_internal:new_connection(Node): the entry's DHandle {ConnId, Ref}, after making an idle entry
// pending with a new connection id.
vm::Term new_connection(vm::HeapAllocator& heap, vm::Term node);
// erts_internal:abort_pending_connection(Node, DHandle): true unless the connection is up.
vm::Term abort_pending_connection(vm::Term node, vm::Term dhandle);
// erts_internal:create_dist_channel(Node, Controller, {Flags, Creation}) called by `caller` (the
// setup process): {ok, DHandle} or an error atom (badarg, system_limit).
vm::Term create_dist_channel(vm::Process* caller, vm::Term node, vm::Term controller, vm::Term opts);
// erlang:dist_get_stat(DHandle): {ok, PacketsIn, PacketsOut, BytesQueued}.
vm::Term dist_get_stat(vm::HeapAllocator& heap, vm::Term dhandle);
// spawn_request_abandon/1 of `p`'s remote request `id` (a reference id): true if it was still
// waiting for its reply (it is dropped, with its monitor; a child it makes is sent an exit signal
// `abandoned` if the link option was given), false otherwise. In p's context.
bool abandon_spawn_request(vm::Process* p, vm::Word id);
// Whether any process waits for the reply to a linked spawn on another node (cheap: a counter).
bool linked_spawns_pending();
// `pid` ends with `reason`: a child its pending linked spawn requests make later gets that reason as
// a link exit, as on erl (instead of noproc from the dead requester).
void requester_exited(vm::Term pid, vm::Term reason);
// erts_debug:get_internal_state(node_and_dist_references) (OTP erl_node_tables.c
// erts_get_node_and_dist_references): {{node_references, [{{Node, Creation}, Refc, Referrers}]},
// {dist_references, [{Node, Refc, Referrers}]}}, Referrers [{{system, What}, [{Kind, Count}]}] whose
// counts add up to Refc. Ember keeps no reference counts: a remote pid, port or reference on a heap
// holds its node's name, not a table entry. What refers to a node incarnation is its permanent
// identifier copies (vm/external_ids.hpp) and the connection that has its creation; what refers to
// a node's entry here is the table (entries are never freed), the connection while up, and the links
// and monitors across it. This node is listed with no references, as erl lists it.
vm::Term node_and_dist_references(vm::HeapAllocator& heap);
// Connected nodes of the given kinds as a list (nodes/1): visible and/or hidden.
vm::Term connected_nodes(vm::HeapAllocator& heap, bool visible, bool hidden);
// nodes/2 rows {Node, #{connection_id => Id, node_type => visible | hidden}} (only the asked keys).
vm::Term connected_node_info(vm::HeapAllocator& heap, bool visible, bool hidden, bool want_id, bool want_type);
// The node's connection id, or am_undefined (nodes/2 for this node).
// monitor_node(Node, true | false) for `p`: counts up or down. A node that is not connected gets a
// connection attempt; {nodedown, Node} comes when it fails or when the connection goes down.
void monitor_node(vm::Process* p, vm::Term node, bool on);
// process_flag(monitor_nodes | {monitor_nodes, Opts}, Bool): `key` is the option set (see
// bifs/erlang_process.cpp node_monitor_options), `count` the subscriptions of that set p now has.
void set_node_subscription(vm::Term pid, int key, std::uint32_t count);
// erlang:disconnect_node/1 done by the controller's end: true if the node was connected.
bool disconnect(vm::Term node);
// erts_internal:dist_spawn_request(Node, {M, F, Args}, Opts, Kind) by p: the request's reference
// (spawn_request) or {Ref, MonitorWanted} (spawn_opt); am_badarg for bad options.
vm::Term spawn_request(vm::Process* p, vm::Term node, vm::Term mfa, vm::Term opts, bool is_request);
// erlang:send(Dest, Msg, [noconnect]) to a remote node: false (noconnect) if there is no connection
// and none is being set up; else the message is sent as send/2 would.
bool is_connected_or_pending(vm::Term node);
// The creation of `node` while it is connected (list_to_pid/port/ref of its identifiers).
std::optional<std::uint32_t> connected_creation(vm::Term node);

// ---- the controller port (scheduler/inet_io.cpp, scheduler/ports.cpp) ----

// A packet ({packet, 4} framing removed) that dist controller `port` received. Called with the port's
// lock held: the packet is decoded later on the I/O thread.
void port_input(vm::Term port, std::string packet);
// The dist controller `port` ended with `reason` (lock not held).
void port_down(vm::Term port, vm::Term reason);

}  // namespace ember::scheduler::dist
