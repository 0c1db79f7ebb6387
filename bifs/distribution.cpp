// Distribution BIFs (OTP erts/doc erlang:nodes/1,2, monitor_node/2,3, setnode/2,3, dist_get_stat/1;
// erts_internal:get_dflags/0, new_connection/1, abort_pending_connection/2, create_dist_channel/3,
// get_creation/0, dist_spawn_request/4, which net_kernel, dist_util and erlang.erl call). The
// connections themselves are scheduler/dist.cpp's; docs/distribution.md says what is supported.
#include "bifs/bif.hpp"
#include "scheduler/dist.hpp"
#include "vm/bignum.hpp"
#include "vm/map.hpp"
#include "vm/node_name.hpp"

namespace ember::bifs {

using namespace ember::vm;
namespace dist = ember::scheduler::dist;

namespace {

// The node types `types` (one type or a list of them) asks for; false when it is not a valid
// node-type argument.
struct NodeTypes {
    bool visible = false, hidden = false, this_node = false;
};
bool node_types(Term types, NodeTypes& out) {
    static const Term am_visible = atom("visible"), am_hidden = atom("hidden"), am_connected = atom("connected"),
                      am_this = atom("this"), am_known = atom("known");
    auto one = [&](Term t) {
        if (t == am_this) out.this_node = true;
        else if (t == am_known) out.this_node = out.visible = out.hidden = true;
        else if (t == am_visible) out.visible = true;
        else if (t == am_hidden) out.hidden = true;
        else if (t == am_connected) out.visible = out.hidden = true;
        else return false;
        return true;
    };
    if (is_atom(types)) return one(types);
    while (is_list(types)) {
        if (!one(car(types))) return false;
        types = cdr(types);
    }
    return types == kNil;
}

// nodes/1: the connected nodes of the types, then this node if asked (as erl: this node first).
EMBER_BIF(bif_nodes_1) {
    NodeTypes t;
    if (!node_types(args[0], t)) return badarg(p);
    Term list = dist::connected_nodes(*p, t.visible, t.hidden);
    if (t.this_node) list = make_cons(*p, this_node(), list);
    return list;
}

// nodes(Types, #{connection_id => boolean(), node_type => boolean()}): [{Node, InfoMap}].
EMBER_BIF(bif_nodes_2) {
    static const Term am_connection_id = atom("connection_id"), am_node_type = atom("node_type"),
                      am_this = atom("this");
    NodeTypes t;
    if (!node_types(args[0], t) || !is_map(args[1])) return badarg(p);
    Term list = map_to_list(*p, args[1]);
    bool want_id = false, want_type = false;
    for (Term l = list; l != kNil; l = cdr(l)) {
        Term k = tuple_element(car(l), 0), v = tuple_element(car(l), 1);
        if ((k != am_connection_id && k != am_node_type) || (v != am_true && v != am_false)) return badarg(p);
        (k == am_connection_id ? want_id : want_type) = v == am_true;
    }
    Term rows = dist::connected_node_info(*p, t.visible, t.hidden, want_id, want_type);
    if (!t.this_node) return rows;
    Term keys[2], values[2];
    Word n = 0;
    if (want_id) keys[n] = am_connection_id, values[n++] = am_undefined;
    if (want_type) keys[n] = am_node_type, values[n++] = am_this;
    Term info = map_from_pairs(*p, keys, values, n);
    return make_cons(*p, make_tuple2(*p, this_node(), info), rows);
}

// monitor_node(Node, Flag): this node is always up; another node needs this node alive (else error
// notalive) and gets a connection attempt.
Term monitor_node(Process* p, Term node, Term flag) {
    static const Term am_notalive = atom("notalive");
    if (!is_atom(node)) return badarg(p);
    if (node != this_node() && !node_alive()) {
        raise_error_args(p, am_notalive);
        return kNonValue;
    }
    if (flag != am_true && flag != am_false) return badarg(p);
    if (node == this_node()) return am_true;
    dist::monitor_node(p, node, flag == am_true);
    return am_true;
}

EMBER_BIF(bif_monitor_node_2) { return monitor_node(p, args[0], args[1]); }

// Options: a proper list of allow_passive_connect.
EMBER_BIF(bif_monitor_node_3) {
    static const Term am_allow_passive_connect = atom("allow_passive_connect"), am_badopt = atom("badopt");
    Term opts = args[2];
    for (; is_list(opts); opts = cdr(opts))
        if (car(opts) != am_allow_passive_connect) return badarg_with_cause(p, am_badopt);
    if (opts != kNil) return badarg_with_cause(p, am_badopt);
    return monitor_node(p, args[0], args[1]);
}

// setnode(Node, Creation): net_kernel makes this node alive.
EMBER_BIF(bif_setnode_2) {
    std::uint64_t creation = 0;
    if (!integer_to_uint64(args[1], &creation) || creation > 0xFFFFFFFFu) return badarg(p);
    if (!dist::set_node(args[0], std::uint32_t(creation))) return badarg(p);
    return am_true;
}

EMBER_BIF(bif_dist_get_stat_1) {
    Term r = dist::dist_get_stat(*p, args[0]);
    return r == kNonValue ? badarg(p) : r;
}

// Process controllers (dist_ctrl_*) are not supported: no handle names one.
EMBER_BIF(bif_not_a_connection) { return badarg(p); }

EMBER_BIF(bif_get_creation) {
    std::uint32_t c = this_creation();
    return c == 0 ? am_undefined : make_integer_u64(*p, c);
}

// erl 25's {erts_dflags, Default, Mandatory, Addable, Rejectable, StrictOrder} less what Ember does
// not implement (scheduler/dist.hpp).
EMBER_BIF(bif_get_dflags_0) {
    Term items[] = {atom("erts_dflags"), make_integer_u64(*p, dist::kFlagsDefault), make_small(dist::kFlagsMandatory),
                    make_integer_u64(*p, dist::kFlagsDefault), make_small(dist::kFlagsRejectable), make_small(0)};
    Term* hp = p->alloc(7);
    hp[0] = make_header(6, Subtag::Tuple);
    for (int i = 0; i < 6; ++i) hp[1 + i] = items[i];
    return make_boxed(hp);
}

EMBER_BIF(bif_new_connection_1) {
    Term r = dist::new_connection(*p, args[0]);
    return r == kNonValue ? badarg(p) : r;
}

EMBER_BIF(bif_abort_pending_connection_2) {
    Term r = dist::abort_pending_connection(args[0], args[1]);
    return r == kNonValue ? badarg(p) : r;
}

// create_dist_channel(Node, Controller, {Flags, Creation}): {ok, DHandle} or an error atom that
// erlang:setnode/3 raises.
EMBER_BIF(bif_create_dist_channel_3) { return dist::create_dist_channel(p, args[0], args[1], args[2]); }

// dist_spawn_request(Node, {M, F, Args}, Opts, spawn_request | spawn_opt): the request reference
// (spawn_opt: {Ref, MonitorWanted}); badarg (returned) for bad arguments.
EMBER_BIF(bif_dist_spawn_request_4) {
    static const Term am_spawn_request = atom("spawn_request");
    return dist::spawn_request(p, args[0], args[1], args[2], args[3] == am_spawn_request);
}

const BifSpec kBifs[] = {
    {"erlang", "nodes", 1, bif_nodes_1, kCapPure},
    {"erlang", "nodes", 2, bif_nodes_2, kCapPure},
    {"erlang", "monitor_node", 2, bif_monitor_node_2, kCapNetwork},
    {"erlang", "monitor_node", 3, bif_monitor_node_3, kCapNetwork},
    {"erlang", "setnode", 2, bif_setnode_2, kCapNetwork},
    {"erlang", "dist_get_stat", 1, bif_dist_get_stat_1, kCapNetwork},
    {"erlang", "dist_ctrl_put_data", 2, bif_not_a_connection, kCapNetwork},
    {"erts_internal", "get_creation", 0, bif_get_creation, kCapPure},
    {"erts_internal", "get_dflags", 0, bif_get_dflags_0, kCapPure},
    {"erts_internal", "new_connection", 1, bif_new_connection_1, kCapNetwork},
    {"erts_internal", "abort_pending_connection", 2, bif_abort_pending_connection_2, kCapNetwork},
    {"erts_internal", "create_dist_channel", 3, bif_create_dist_channel_3, kCapNetwork},
    {"erts_internal", "dist_spawn_request", 4, bif_dist_spawn_request_4, kCapProcess},
};

}  // namespace

std::span<const BifSpec> distribution_bifs() { return kBifs; }

}  // namespace ember::bifs
