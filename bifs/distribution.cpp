// Distribution BIFs as a node that is not alive answers them (Ember has no distribution yet; OTP erts/doc
// erlang:nodes/1,2, monitor_node/2,3, and the internal dist BIFs net_kernel and dist_util call).
// node() is nonode@nohost; there are no connections, so:
//  - nodes(Types[, Opts]) lists only this node, for the types `this` and `known`;
//  - monitor_node(Node, Flag[, Opts]) on this node is true, on any other node error notalive;
//  - the connection BIFs (setnode, dist_get_stat, dist_ctrl_put_data, ...) are badarg, as erl's are
//    for an argument that is not a live connection;
//  - erts_internal:get_creation() is undefined.
#include "bifs/bif.hpp"
#include "vm/map.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// Whether `types` (one node type or a list of them) includes this node; false with *bad set when it is
// not a valid node-type argument.
bool lists_this_node(Term types, bool* bad) {
    static const Term am_visible = atom("visible"), am_hidden = atom("hidden"), am_connected = atom("connected"),
                      am_this = atom("this"), am_known = atom("known");
    auto one = [&](Term t, bool& this_node) {
        if (t == am_this || t == am_known) {
            this_node = true;
            return true;
        }
        return t == am_visible || t == am_hidden || t == am_connected;
    };
    bool this_node = false;
    *bad = false;
    if (is_atom(types)) {
        *bad = !one(types, this_node);
        return this_node;
    }
    while (is_list(types)) {
        if (!one(car(types), this_node)) {
            *bad = true;
            return false;
        }
        types = cdr(types);
    }
    *bad = types != kNil;
    return this_node;
}

EMBER_BIF(bif_nodes_1) {
    bool bad;
    bool this_node = lists_this_node(args[0], &bad);
    if (bad) return badarg(p);
    return this_node ? make_cons(*p, am_nonode_at_nohost, kNil) : kNil;
}

// nodes(Types, #{connection_id => boolean(), node_type => boolean()}): [{Node, InfoMap}].
EMBER_BIF(bif_nodes_2) {
    static const Term am_connection_id = atom("connection_id"), am_node_type = atom("node_type"),
                      am_this = atom("this");
    bool bad;
    bool this_node = lists_this_node(args[0], &bad);
    if (bad || !is_map(args[1])) return badarg(p);
    Term list = map_to_list(*p, args[1]);
    bool want_id = false, want_type = false;
    for (Term l = list; l != kNil; l = cdr(l)) {
        Term k = tuple_element(car(l), 0), v = tuple_element(car(l), 1);
        if ((k != am_connection_id && k != am_node_type) || (v != am_true && v != am_false)) return badarg(p);
        (k == am_connection_id ? want_id : want_type) = v == am_true;
    }
    if (!this_node) return kNil;
    Term keys[2], values[2];
    Word n = 0;
    if (want_id) keys[n] = am_connection_id, values[n++] = am_undefined;
    if (want_type) keys[n] = am_node_type, values[n++] = am_this;
    Term info = map_from_pairs(*p, keys, values, n);
    return make_cons(*p, make_tuple2(*p, am_nonode_at_nohost, info), kNil);
}

Term monitor_node(Process* p, Term node, Term flag) {
    static const Term am_notalive = atom("notalive");
    if (!is_atom(node)) return badarg(p);
    if (node != am_nonode_at_nohost) {
        raise_error_args(p, am_notalive);
        return kNonValue;
    }
    if (flag != am_true && flag != am_false) return badarg(p);
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

EMBER_BIF(bif_not_a_connection) { return badarg(p); }
EMBER_BIF(bif_get_creation) { return am_undefined; }

const BifSpec kBifs[] = {
    {"erlang", "nodes", 1, bif_nodes_1, kCapPure},
    {"erlang", "nodes", 2, bif_nodes_2, kCapPure},
    {"erlang", "monitor_node", 2, bif_monitor_node_2, kCapNetwork},
    {"erlang", "monitor_node", 3, bif_monitor_node_3, kCapNetwork},
    {"erlang", "setnode", 2, bif_not_a_connection, kCapNetwork},
    {"erlang", "dist_get_stat", 1, bif_not_a_connection, kCapNetwork},
    {"erlang", "dist_ctrl_put_data", 2, bif_not_a_connection, kCapNetwork},
    {"erts_internal", "get_creation", 0, bif_get_creation, kCapPure},
};

}  // namespace

std::span<const BifSpec> distribution_bifs() { return kBifs; }

}  // namespace ember::bifs
