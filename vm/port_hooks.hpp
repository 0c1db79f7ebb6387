// The seam between vm/ and the port layer (scheduler/ports.cpp; OTP io.c, erl_port_task.c).
//
// vm/ knows a local port only as an immediate (`#Port<0.N>`, vm/term.hpp). Signals to a port — a
// message sent with `!`, exit signals, link/unlink, monitor/demonitor — go through send_signal like
// signals to a pid; send_signal hands them to the installed PortSignalHandler. Before one is installed
// (or for a port that is gone) the signal is answered as a dead port answers (answer_undeliverable).
#pragma once

#include "vm/process.hpp"
#include "vm/term.hpp"

namespace ember::vm {

class PortSignalHandler {
public:
    virtual ~PortSignalHandler() = default;
    // Acts on signal `s` sent to local port `port`, in the sender's thread. Takes ownership of s and
    // returns true if the port is alive; returns false (s untouched) if there is no such port.
    virtual bool port_signal(Term port, Signal* s) = 0;
    // The capabilities process `user` needs to act on `port` (docs/capabilities.md): none for its
    // owner (connected process) or a port that is gone; else process plus the port's kind (network
    // for a driver port, os_process for spawn and fd ports).
    virtual CapabilitySet port_use_capabilities(Term port, Term user) = 0;
};

// Installed once by the port layer at startup (before any process runs).
void install_port_signal_handler(PortSignalHandler* handler);
PortSignalHandler* port_signal_handler();

}  // namespace ember::vm
