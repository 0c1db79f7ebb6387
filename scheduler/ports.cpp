// The port table and the entity rules of ports (OTP io.c; erlang module docs for open_port/2,
// port_command/2,3, port_close/1, port_connect/2, port_info/1,2 and the port message protocol).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <shared_mutex>
#include <thread>

#include <unistd.h>
#include <cerrno>

#include "bifs/bif.hpp"
#include "scheduler/dist.hpp"
#include "scheduler/inet_driver.hpp"
#include "scheduler/port_entity.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/messages.hpp"
#include "vm/port_hooks.hpp"
#include "vm/runtime_support.hpp"

namespace ember::scheduler {

using namespace ember::vm;

namespace {

struct PortTable {
    std::shared_mutex mutex;
    std::map<Word, PortPtr> ports;  // port number -> port (ordered: erlang:ports/0 lists them in order)
    std::atomic<Word> next{1};
    std::atomic<std::int64_t> live{0};
};

// Never destroyed: ports still open at exit hold Asio descriptors of the I/O context, which static
// destruction may already have torn down (a booted OTP node exits with its fd and socket ports open).
PortTable& table() {
    static PortTable* t = new PortTable;
    return *t;
}

Term atom_of(const char* name) { return AtomTable::global().intern(name); }

// Sends {A, B} (two immediates) to `to` as a message from `from`.
void send_pair(Term to, Term from, Term a, Term b) {
    HeapFragment* f = HeapFragment::create(3);
    FragmentAllocator heap(f);
    auto* s = new Signal();
    s->kind = SignalKind::Message;
    s->from = from;
    s->payload = make_tuple2(heap, a, b);
    s->fragment = f;
    send_signal(to, s);
}

// erl's "Bad value on output port" report (io.c) for a command whose data is not an iolist.
void report_bad_output(const Port& port) {
    std::fprintf(stderr, "=ERROR REPORT====\nBad value on output port '%s'\n\n", port.spec.name.c_str());
}

// {packet, N} framing of output: an N-byte big-endian length, then the data. False if it does not fit.
bool frame_output(const PortSpec& spec, std::string& data) {
    if (spec.framing != PortFraming::Packet) return true;
    std::uint64_t len = data.size();
    if (spec.packet_bytes < 4 && len >= (std::uint64_t{1} << (8 * spec.packet_bytes))) return false;
    if (len > 0xFFFFFFFFu) return false;
    std::string header(spec.packet_bytes, '\0');
    for (unsigned i = 0; i < spec.packet_bytes; ++i)
        header[spec.packet_bytes - 1 - i] = static_cast<char>((len >> (8 * i)) & 0xFF);
    data.insert(0, header);
    return true;
}

// Queues output on a live port (lock held). Ends the port as erl's drivers do when it cannot write:
// ebadf for a port opened without `out`, einval for a packet too long for its header. While nothing
// is queued the data is written at once (as erl's spawn driver does); what the pipe does not take is
// queued for the I/O thread. A write that fails at once closes the port (reason normal, as erl 25
// reports a child that closed its stdin) and the command answers badarg (returns Gone).
PortOp queue_output(const PortPtr& port, std::unique_lock<std::mutex>& lock, std::string data, Term caller) {
    if (port->driver) {
        port->output += data.size();
        return port->driver->output(port, lock, caller, std::move(data));
    }
    if (!port->spec.out) {
        terminate_port(port, lock, atom_of("ebadf"));
        return PortOp::Ok;
    }
    std::size_t raw = data.size();
    if (!frame_output(port->spec, data)) {
        terminate_port(port, lock, atom_of("einval"));
        return PortOp::Ok;
    }
    port->output += raw;
    if (data.empty()) return PortOp::Ok;
    if (port->direct_fd >= 0 && !port->write_active && port->out_queue.empty()) {
        ssize_t n;
        while ((n = ::write(port->direct_fd, data.data(), data.size())) < 0 && errno == EINTR) {}
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            terminate_port(port, lock, am_normal);
            return PortOp::Gone;
        }
        if (n > 0) data.erase(0, static_cast<std::size_t>(n));
        if (data.empty()) return PortOp::Ok;
    }
    port->queue_bytes += data.size();
    port->out_queue.push_back(std::move(data));
    kick_writer(port);
    return PortOp::Ok;
}

// A message sent to the port with `!` (erl: {Pid, {command, Data}}, {Pid, close},
// {Pid, {connect, NewPid}} where Pid is the owner; anything else ends the port with badsig).
void port_message(const PortPtr& port, std::unique_lock<std::mutex>& lock, Term msg) {
    static const Term am_command = atom_of("command");
    static const Term am_close = atom_of("close");
    static const Term am_connect = atom_of("connect");
    static const Term am_closed = atom_of("closed");
    static const Term am_connected = atom_of("connected");
    static const Term am_badsig = atom_of("badsig");
    if (!is_tuple(msg) || tuple_arity(msg) != 2 || tuple_element(msg, 0) != port->owner) {
        terminate_port(port, lock, am_badsig);
        return;
    }
    Term sender = tuple_element(msg, 0);
    Term cmd = tuple_element(msg, 1);
    if (cmd == am_close) {
        Term id = port->id;
        terminate_port(port, lock, am_normal);
        send_pair(sender, id, id, am_closed);  // after the exit signals, as erl
        return;
    }
    if (is_tuple(cmd) && tuple_arity(cmd) == 2 && tuple_element(cmd, 0) == am_command) {
        std::string data;
        if (!bifs::iolist_bytes(tuple_element(cmd, 1), data)) {
            report_bad_output(*port);
            terminate_port(port, lock, am_badsig);
            return;
        }
        queue_output(port, lock, std::move(data), kNil);
        return;
    }
    if (is_tuple(cmd) && tuple_arity(cmd) == 2 && tuple_element(cmd, 0) == am_connect &&
        is_local_pid(tuple_element(cmd, 1))) {
        // The new owner is not linked (port_connect/2 links it); the old one gets {Port, connected}.
        port->owner = tuple_element(cmd, 1);
        send_pair(sender, port->id, port->id, am_connected);
        return;
    }
    terminate_port(port, lock, am_badsig);
}

class PortLayer final : public PortSignalHandler {
public:
    vm::CapabilitySet port_use_capabilities(Term port_id, Term user) override {
        PortPtr port = find_port(port_id);
        if (!port) return 0;
        std::lock_guard lock(port->mutex);
        if (!port->alive || port->owner == user) return 0;
        return vm::kCapProcess | (port->driver ? vm::kCapNetwork : vm::kCapOsProcess);
    }
    bool port_signal(Term port_id, Signal* s) override {
        PortPtr port = find_port(port_id);
        if (!port) return false;
        std::unique_lock lock(port->mutex);
        if (!port->alive) return false;
        switch (s->kind) {
        case SignalKind::Message:
            port_message(port, lock, s->payload);
            break;
        case SignalKind::Exit: {
            // A port traps nothing. exit/2 ends it with any reason, `normal` included (kill reads
            // `killed`, as for processes); a linked process's end with `normal` ends it only when
            // that process is its owner (erl 25).
            Term reason = s->payload;
            if (s->linked_exit) {
                if (!port->links.erase(s->from)) break;
                if (reason == am_normal && s->from != port->owner) break;
            } else if (reason == am_kill) {
                reason = am_killed;
            }
            terminate_port(port, lock, reason);
            break;
        }
        case SignalKind::Link:
            port->links.insert(s->from);
            break;
        case SignalKind::Unlink:
            port->links.erase(s->from);
            break;
        case SignalKind::Monitor:
            port->monitored_by[ref_id(s->ref)] = s->from;
            break;
        case SignalKind::Demonitor:
            port->monitored_by.erase(ref_id(s->ref));
            break;
        case SignalKind::MonitorDown:
            // A process monitored by the port's driver (driver_monitor_process) ended.
            if (port->driver) port->driver->monitor_down(port, lock, ref_id(s->ref), s->from);
            break;
        default:
            break;  // requests, replies and 'DOWN' signals mean nothing to a port
        }
        if (lock.owns_lock()) lock.unlock();
        if (s->fragment) release_fragment(s->fragment);
        delete s;
        return true;
    }
};

}  // namespace

PortPtr find_port(Term port) {
    if (!is_local_port(port)) return nullptr;
    auto& t = table();
    std::shared_lock lock(t.mutex);
    auto it = t.ports.find(port_number(port));
    return it == t.ports.end() ? nullptr : it->second;
}

void send_from_port(Port& port, Term msg, HeapFragment* f) {
    auto* s = new Signal();
    s->kind = SignalKind::Message;
    s->from = port.id;
    s->payload = msg;
    s->fragment = f;
    send_signal(port.owner, s);
}

void send_port_tuple(Port& port, Term tail_atom) { send_pair(port.owner, port.id, port.id, tail_atom); }

void unlist_port(Port& port) {
    auto& t = table();
    std::unique_lock tl(t.mutex);
    t.ports.erase(port_number(port.id));
}

void terminate_port(const PortPtr& port, std::unique_lock<std::mutex>& lock, Term reason) {
    port->alive = false;
    Term id = port->id;
    unlist_port(*port);
    for (Term linked : port->links) {
        Signal* s = make_signal(SignalKind::Exit, id, reason);
        s->linked_exit = true;
        send_signal(linked, s);
    }
    port->links.clear();
    for (const auto& [ref, watcher] : port->monitored_by)
        send_signal(watcher, make_signal(SignalKind::MonitorDown, id, reason, make_small(static_cast<SWord>(ref))));
    port->monitored_by.clear();
    port->out_queue.clear();
    port->queue_bytes = 0;
    Term name = port->registered_name;
    port->registered_name = kNil;
    bool dist_controller = port->dist_controller;
    lock.unlock();
    if (dist_controller) dist::port_down(id, reason);  // the connection goes down (scheduler/dist.hpp)
    stop_driver(port);
    if (name != kNil) Scheduler::global().unregister_name_of(name, id);
    table().live.fetch_sub(1);
    Scheduler::global().io_source_closed();  // the idle check counts the ports that can wake anyone
}

OpenResult open_port(Term owner, const PortSpec& spec) {
    auto port = std::make_shared<Port>();
    auto& t = table();
    port->id = make_port(t.next.fetch_add(1));
    port->spec = spec;
    port->owner = owner;
    port->links.insert(owner);
    t.live.fetch_add(1);
    {
        std::unique_lock tl(t.mutex);
        t.ports[port_number(port->id)] = port;
    }
    std::unique_lock lock(port->mutex);
    if (int err = start_driver(port)) {
        port->alive = false;
        {
            std::unique_lock tl(t.mutex);
            t.ports.erase(port_number(port->id));
        }
        lock.unlock();
        if (t.live.fetch_sub(1) == 1) Scheduler::global().io_source_closed();
        return {kNil, err};
    }
    return {port->id, 0};
}

Term resolve_port(Term t) {
    if (is_atom(t)) t = Scheduler::global().whereis(t);
    if (!is_local_port(t)) return kNil;
    return port_alive(t) ? t : kNil;
}

bool port_alive(Term port) {
    PortPtr p = find_port(port);
    if (!p) return false;
    std::lock_guard lock(p->mutex);
    return p->alive;
}

bool port_has_driver(Term port_id) {
    PortPtr port = find_port(port_id);
    if (!port) return false;
    std::lock_guard lock(port->mutex);
    return port->driver != nullptr;
}

PortOp port_command(Term port_id, std::string data, Term caller) {
    PortPtr port = find_port(port_id);
    if (!port) return PortOp::Gone;
    std::unique_lock lock(port->mutex);
    if (!port->alive) return PortOp::Gone;
    return queue_output(port, lock, std::move(data), caller);
}

Term open_port_with_driver(Term owner, std::string name, std::unique_ptr<PortDriver> driver) {
    auto port = std::make_shared<Port>();
    auto& t = table();
    port->id = make_port(t.next.fetch_add(1));
    port->spec.kind = PortKind::Driver;
    port->spec.name = std::move(name);
    port->spec.binary = true;
    port->driver = std::move(driver);
    port->owner = owner;
    port->links.insert(owner);
    t.live.fetch_add(1);
    std::unique_lock tl(t.mutex);
    t.ports[port_number(port->id)] = port;
    return port->id;
}

std::optional<OpenResult> open_named_driver(Term owner, std::string_view name) {
    std::unique_ptr<PortDriver> driver = make_inet_driver(name);
    if (!driver) return std::nullopt;
    return OpenResult{open_port_with_driver(owner, std::string(name), std::move(driver)), 0};
}

std::optional<std::string> port_control(Term port_id, Term caller, std::uint32_t op, std::string_view data,
                                        bool* binary) {
    PortPtr port = find_port(port_id);
    if (!port) return std::nullopt;
    std::unique_lock lock(port->mutex);
    if (!port->alive || !port->driver) return std::nullopt;
    std::optional<std::string> reply = port->driver->control(port, lock, caller, op, data);
    if (binary) *binary = port->driver->control_binary();  // the driver object outlives its port's end
    return reply;
}

std::optional<std::string> port_call(Term port_id, Term caller, std::uint32_t op, std::string_view etf) {
    PortPtr port = find_port(port_id);
    if (!port) return std::nullopt;
    std::unique_lock lock(port->mutex);
    if (!port->alive || !port->driver) return std::nullopt;
    return port->driver->call(port, lock, caller, op, etf);
}

PortOp port_close(Term port_id) {
    PortPtr port = find_port(port_id);
    if (!port) return PortOp::Gone;
    std::unique_lock lock(port->mutex);
    if (!port->alive) return PortOp::Gone;
    terminate_port(port, lock, am_normal);
    return PortOp::Ok;
}

PortOp port_connect(Term port_id, Term pid) {
    PortPtr port = find_port(port_id);
    if (!port) return PortOp::Gone;
    std::unique_lock lock(port->mutex);
    if (!port->alive) return PortOp::Gone;
    port->owner = pid;
    bool linked = port->links.insert(pid).second;
    Term id = port->id;
    lock.unlock();  // a dead pid answers the link at once with an exit signal to this port
    if (linked) send_signal(pid, make_signal(SignalKind::Link, id));
    return PortOp::Ok;
}

bool port_info(Term port_id, PortInfo& out) {
    PortPtr port = find_port(port_id);
    if (!port) return false;
    std::lock_guard lock(port->mutex);
    if (!port->alive) return false;
    out.id = port_number(port->id);
    out.name = port->spec.name;
    out.connected = port->owner;
    out.links.assign(port->links.begin(), port->links.end());
    out.monitored_by.assign(port->monitored_by.begin(), port->monitored_by.end());
    out.input = port->input;
    out.output = port->output;
    out.queue_size = port->queue_bytes;
    out.os_pid = port->os_pid;
    out.registered_name = port->registered_name;
    out.parallelism = port->spec.parallelism;
    return true;
}

std::vector<Term> all_ports() {
    auto& t = table();
    std::shared_lock lock(t.mutex);
    std::vector<Term> out;
    out.reserve(t.ports.size());
    for (const auto& [n, p] : t.ports) out.push_back(p->id);
    return out;
}

void flush_port_output(std::chrono::milliseconds max_wait) {
    auto deadline = std::chrono::steady_clock::now() + max_wait;
    for (Term id : all_ports()) {
        PortPtr port = find_port(id);
        if (!port) continue;
        for (;;) {
            {
                std::lock_guard lock(port->mutex);
                if (!port->alive || (port->out_queue.empty() && !port->write_active)) break;
            }
            if (std::chrono::steady_clock::now() >= deadline) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
}

bool port_set_data(Term port_id, OwnedTerm data) {
    PortPtr port = find_port(port_id);
    if (!port) return false;
    std::lock_guard lock(port->mutex);
    if (!port->alive) return false;
    port->data = std::move(data);
    return true;
}

std::optional<OwnedTerm> port_get_data(Term port_id) {
    PortPtr port = find_port(port_id);
    if (!port) return std::nullopt;
    std::lock_guard lock(port->mutex);
    if (!port->alive) return std::nullopt;
    return port->data;
}

bool set_port_name(Term port_id, Term name) {
    PortPtr port = find_port(port_id);
    if (!port) return false;
    std::lock_guard lock(port->mutex);
    if (name == kNil) {
        port->registered_name = kNil;
        return true;
    }
    if (!port->alive || port->registered_name != kNil) return false;
    port->registered_name = name;
    return true;
}

Term port_name(Term port_id) {
    PortPtr port = find_port(port_id);
    if (!port) return kNil;
    std::lock_guard lock(port->mutex);
    return port->registered_name;
}

void install_port_layer() {
    static PortLayer layer;
    install_port_signal_handler(&layer);
    dist::install();
}

bool any_port_can_wake() {
    auto& t = table();
    if (t.live.load() == 0) return false;
    // Taken before any port lock: whereis takes the registry lock, which register/2 holds while it
    // locks a port.
    std::vector<Term> services = Scheduler::global().service_pids();
    std::shared_lock lock(t.mutex);
    for (const auto& [n, port] : t.ports) {
        // try_lock: a port locked right now is busy (it may be about to send), and waiting for it
        // under the table lock could deadlock with a port that is ending.
        std::unique_lock port_lock(port->mutex, std::try_to_lock);
        if (!port_lock.owns_lock()) return true;
        if (!port->alive) continue;
        bool can_wake = port->driver ? port->driver->can_wake()
                                     : std::find(services.begin(), services.end(), port->owner) == services.end();
        if (can_wake) return true;
    }
    return false;
}

}  // namespace ember::scheduler
