// The seam between vm/ and the distribution (scheduler/dist.cpp; OTP dist.c).
//
// Signals to a process of another node — a message, an exit signal, link/unlink, monitor/demonitor,
// a monitor's 'DOWN' — go through send_signal like signals to a local pid; send_signal hands those
// addressed to an external pid to the installed DistSignalHandler, which encodes them as the
// distribution protocol's control messages on the connection to that node (connecting first when
// there is none, as erl's auto-connect does). Messages to {Name, Node} and to an alias of another
// node go through the handler's own entry points.
//
// A signal's `from` names another node's process as an interned copy (vm/external_ids.hpp). A
// monitor whose reference belongs to another node is carried in signals and kept in
// ProcessRelations::monitored_by under a remote monitor key (see there).
#pragma once

#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::vm {

class DistSignalHandler {
public:
    virtual ~DistSignalHandler() = default;
    // Acts on signal `s` sent to external pid `to` (interned or not), in the sender's thread. Takes
    // ownership of s. A node that cannot be reached answers as erl does: a link with an exit signal
    // noconnection, a monitor with 'DOWN' noconnection; a message is dropped.
    virtual void dist_signal(Term to, Signal* s) = 0;
    // The same for a signal about a process of `node` known by name (a monitor or demonitor of
    // {Name, Node}: `to` is Name).
    virtual void node_signal(Term node, Term to, Signal* s) = 0;
    // Sends `msg` to the process registered as `name` on `node` (not this node) on behalf of
    // `sender` (nullptr: the VM).
    virtual void reg_send(Process* sender, Term name, Term node, Term msg) = 0;
    // Sends `msg` through alias `alias`, a reference of another node.
    virtual void alias_send(Process* sender, Term alias, Term msg) = 0;
};

// Installed once by the distribution layer at startup (before any process runs).
void install_dist_signal_handler(DistSignalHandler* handler);
DistSignalHandler* dist_signal_handler();

// Monitors by processes of other nodes are kept in monitored_by and carried in signals under a key
// the distribution hands out (the other node's reference stays with it): the key has bit 58 set,
// which the ids of local references (counters) never reach, and still fits a small integer.
inline constexpr Word kRemoteMonitorKeyBit = Word(1) << 58;
inline bool is_remote_monitor_key(Word key) { return (key & kRemoteMonitorKeyBit) != 0; }

}  // namespace ember::vm
