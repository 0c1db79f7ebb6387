// Internal to scheduler/ports*.cpp: the Port entity and the driver hooks (see scheduler/ports.hpp).
#pragma once

#include <asio/posix/stream_descriptor.hpp>

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "scheduler/ports.hpp"
#include "vm/process.hpp"

namespace ember::scheduler {

struct Port : std::enable_shared_from_this<Port> {
    // ---- under mutex ----
    std::mutex mutex;
    vm::Term id = vm::kNil;
    PortSpec spec;
    bool alive = true;
    vm::Term owner = vm::kNil;
    std::unordered_set<vm::Term> links;
    std::unordered_map<vm::Word, vm::Term> monitored_by;  // ref id -> watcher pid
    vm::Term registered_name = vm::kNil;
    std::uint64_t input = 0, output = 0, queue_bytes = 0;
    long os_pid = -1;
    vm::OwnedTerm data;  // port_set_data/2
    std::deque<std::string> out_queue;
    bool write_active = false;  // a write loop is posted or running on the I/O thread
    int direct_fd = -1;         // our non-blocking pipe end to the child: written directly while idle
    bool eof_seen = false, status_known = false, finished = false;
    int exit_status = 0;

    // ---- I/O thread only ----
    std::unique_ptr<asio::posix::stream_descriptor> reader, writer, child_watch;
    std::vector<char> read_buf;
    std::string pending;  // line/packet reassembly
};

using PortPtr = std::shared_ptr<Port>;

PortPtr find_port(vm::Term port);
// Takes the port out of the table (erlang:ports/0, lookups) ahead of terminate_port, so that a process
// that got the port's last message no longer finds it. Caller holds the lock.
void unlist_port(Port& port);
// Ends a live port (caller holds `lock` on its mutex): exit signals `reason` to its links, 'DOWN' to
// its monitors, leaves the table and its name, closes its descriptors. Unlocks `lock`.
void terminate_port(const PortPtr& port, std::unique_lock<std::mutex>& lock, vm::Term reason);
// Sends `msg` (built by the caller into fragment f) from the port to its owner. Caller holds the lock.
void send_from_port(Port& port, vm::Term msg, vm::HeapFragment* f);
// Sends {Port, Tail}: Tail is an atom or a term in a fresh fragment. Caller holds the lock.
void send_port_tuple(Port& port, vm::Term tail_atom);

// Driver side (scheduler/port_driver.cpp).
// Starts the OS side of a new port (child process or fds); returns 0 or an errno value.
int start_driver(const PortPtr& port);
// Schedules writing of the queued output on the I/O thread (caller holds the lock).
void kick_writer(const PortPtr& port);
// Closes the port's descriptors on the I/O thread (the child, if any, is still reaped).
void stop_driver(const PortPtr& port);

}  // namespace ember::scheduler
