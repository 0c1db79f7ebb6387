// Permanent copies of other nodes' pids, ports and references (OTP keeps them in its node tables and
// counts references to them; erl_node_tables.c).
//
// The words of an external identifier after its header are immediates (node atom, smalls: see
// docs/etf.md), so one copy per distinct identifier can live in the literal range, where a garbage
// collection leaves it in place. Links, monitors and the distribution's tables then hold an external
// pid as a plain Term that stays valid and compares equal by value (the same identifier is always the
// same copy). The copies are never freed: their number is the number of distinct remote processes and
// references this node ever linked to or monitored (or was linked to or monitored by).
#pragma once

#include <vector>

#include "vm/term.hpp"

namespace ember::vm {

inline bool is_external_pid(Term t) { return is_boxed_of(t, Subtag::ExternalPid); }
inline bool is_external_ref(Term t) { return is_boxed_of(t, Subtag::ExternalRef); }
inline bool is_external_port(Term t) { return is_boxed_of(t, Subtag::ExternalPort); }
inline bool is_external_id(Term t) { return is_external_pid(t) || is_external_ref(t) || is_external_port(t); }

// The node atom of an external pid, port or reference.
inline Term external_node(Term t) { return boxed_ptr(t)[1]; }

// The permanent copy of external identifier `t` (from any heap). Thread-safe.
Term intern_external(Term t);

// How many permanent copies name each (node, creation): the references Ember keeps to another node's
// incarnation (erts_debug:get_internal_state(node_and_dist_references)). Thread-safe.
struct InternedCounts {
    Term node;
    Word creation;
    Word pids = 0, ports = 0, refs = 0;
};
std::vector<InternedCounts> interned_external_counts();

}  // namespace ember::vm
