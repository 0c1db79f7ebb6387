// The connections to other nodes: entries, connecting and auto-connect, encoding and sending signals,
// going down, and the BIF side (scheduler/dist.hpp). What a connection receives is in
// scheduler/dist_input.cpp.
#include "scheduler/dist.hpp"

#include "scheduler/dist_internal.hpp"

#include <atomic>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "scheduler/io_poller.hpp"
#include "scheduler/port_entity.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/copy.hpp"
#include "vm/dist_hooks.hpp"
#include "vm/etf.hpp"
#include "vm/external_ids.hpp"
#include "vm/magic_ref.hpp"
#include "vm/map.hpp"
#include "vm/messages.hpp"
#include "vm/node_name.hpp"
#include "vm/owned_term.hpp"
#include "vm/runtime_support.hpp"
#include "vm/scratch_heap.hpp"
#include "vm/services.hpp"
#include "vm/term_print.hpp"

namespace ember::scheduler::dist {

using namespace vm;

namespace detail {

std::atomic<std::int64_t> g_linked_spawns{0};

Table& table() {
    static auto* t = new Table();  // outlives the schedulers (exit paths may still send)
    return *t;
}

Connection* entry(Term node, bool create) {
    Table& t = table();
    std::lock_guard lock(t.mutex);
    auto it = t.by_node.find(node);
    if (it != t.by_node.end()) return it->second;
    if (!create) return nullptr;
    auto* c = new Connection();
    c->node = node;
    c->handle = new HandleObject();
    c->handle->conn = c;
    c->handle->destroy = destroy_handle;
    c->handle->ref_id = next_reference_id();
    if (t.next_conn_id == 0) t.next_conn_id = std::uint32_t(next_reference_id() * 2654435761u) & 0xFFFFFF;
    t.by_node.emplace(node, c);
    return c;
}

Connection* entry_of_port(Term port) {
    Table& t = table();
    std::lock_guard lock(t.mutex);
    auto it = t.by_port.find(port);
    return it == t.by_port.end() ? nullptr : it->second;
}

std::uint32_t new_conn_id() {
    Table& t = table();
    std::lock_guard lock(t.mutex);
    return t.next_conn_id++ & 0xFFFFFF;
}

Term make_dhandle(HeapAllocator& h, Connection& c) {
    return make_tuple2(h, make_small(SWord(c.conn_id)), make_magic_ref(h, c.handle));
}

// The node entry a DHandle {ConnId, Ref} names, whatever its connection id; nullptr if not one.
Connection* dhandle_entry(Term dh) {
    if (!is_tuple(dh) || tuple_arity(dh) != 2 || !is_small(tuple_element(dh, 0))) return nullptr;
    auto* obj = magic_object_as<HandleObject>(tuple_element(dh, 1), destroy_handle);
    return obj ? obj->conn : nullptr;
}

// The connection a DHandle names while its connection id is current; nullptr when stale or not one.
Connection* from_dhandle(Term dh) {
    Connection* c = dhandle_entry(dh);
    if (!c) return nullptr;
    std::lock_guard lock(c->mutex);
    if (c->state == State::Idle || SWord(c->conn_id) != small_value(tuple_element(dh, 0))) return nullptr;
    return c;
}

bool is_node_name(Term node) {
    if (!is_atom(node) || node == am_nonode_at_nohost) return false;
    std::string_view s = AtomTable::global().name(node);
    std::size_t at = s.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < s.size() && s.find('@', at + 1) == std::string_view::npos;
}

void send_plain(Term to, Term msg) { deliver_message(to, msg); }

// ---- node up/down messages ------------------------------------------------------------------------

// Option key bits (bifs/erlang_process.cpp node_monitor_options): 1 connection_id, 2 nodedown_reason,
// 4 visible, 8 hidden, 16 list (net_kernel:monitor_nodes/2 with a list); -1 is the plain form.
void notify_subscribers(Term node, bool up, bool visible, std::uint32_t conn_id, Term reason) {
    static const Term am_nodeup = atom_of("nodeup"), am_nodedown = atom_of("nodedown"),
                      am_connection_id = atom_of("connection_id"), am_node_type = atom_of("node_type"),
                      am_nodedown_reason = atom_of("nodedown_reason"), am_visible = atom_of("visible"),
                      am_hidden = atom_of("hidden");
    std::vector<std::pair<Term, int>> to;
    {
        Table& t = table();
        std::lock_guard lock(t.mutex);
        for (const auto& [pid, sets] : t.subscribers)
            for (const auto& [key, count] : sets)
                for (std::uint32_t i = 0; i < count; ++i) to.emplace_back(pid, key);
    }
    Term tag = up ? am_nodeup : am_nodedown;
    for (const auto& [pid, key] : to) {
        ScratchHeap h;
        if (key < 0) {
            if (!visible) continue;
            send_plain(pid, make_tuple2(h, tag, node));
            continue;
        }
        bool want_visible = (key & 12) == 0 || (key & 4), want_hidden = (key & 8) != 0;
        if (visible ? !want_visible : !want_hidden) continue;
        Term keys[3], values[3];
        Word n = 0;
        if (key & 1) keys[n] = am_connection_id, values[n++] = make_small(SWord(conn_id));
        if ((key & 2) && !up) keys[n] = am_nodedown_reason, values[n++] = reason;
        if (key & 12) keys[n] = am_node_type, values[n++] = visible ? am_visible : am_hidden;
        Term info;
        if (key & 16) {
            info = kNil;  // erl conses the items in the order above, so the list comes reversed
            for (Word i = 0; i < n; ++i) info = make_cons(h, make_tuple2(h, keys[i], values[i]), info);
        } else {
            info = map_from_pairs(h, keys, values, n);
        }
        send_plain(pid, make_tuple3(h, tag, node, info));
    }
}

// ---- encoding -------------------------------------------------------------------------------------

Term tuple_of(HeapAllocator& h, std::initializer_list<Term> items) {
    Term* hp = h.alloc(1 + items.size());
    hp[0] = make_header(items.size(), Subtag::Tuple);
    Word i = 1;
    for (Term t : items) hp[i++] = t;
    return make_boxed(hp);
}

// Appends packet `ctrl` [+ `payload`] in the pass-through format. False if a term has no external
// form (then nothing is sent).
bool encode_packet(Term ctrl, Term payload, std::string& out) {
    std::vector<std::uint8_t> bytes;
    bytes.push_back(kPassThrough);
    if (!etf_encode(ctrl, bytes)) return false;
    if (payload != kNonValue && !etf_encode(payload, bytes)) return false;
    out.assign(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    return true;
}

// Encodes `o` for connection c (c.mutex held), updating what crosses the connection. Returns false
// when there is nothing to send.
bool encode(Connection& c, Outgoing& o, std::string& out) {
    ScratchHeap h;
    bool payload_exit = c.flags & kFlagExitPayload;
    if (o.kind == OutKind::RegSend)
        return encode_packet(tuple_of(h, {small(kRegSend), o.from, atom_of(""), o.to}), o.s->payload, out);
    if (o.kind == OutKind::AliasSend)
        return encode_packet(tuple_of(h, {small(kAliasSend), o.from, o.to}), o.s->payload, out);
    if (o.kind == OutKind::SpawnRequest) {
        // o.s->payload is {ReqId, GL, {M, F, Arity}, Opts, Args}
        Term req = o.s->payload;
        Term ctrl = tuple_of(h, {small(kSpawnRequest), tuple_element(req, 0), o.from, tuple_element(req, 1),
                                 tuple_element(req, 2), tuple_element(req, 3)});
        return encode_packet(ctrl, tuple_element(req, 4), out);
    }
    Signal* s = o.s;
    Term to = o.to;
    Term ctrl = kNil, payload = kNonValue;
    OwnedTerm keep;  // a monitor's remote reference, alive until the packet is encoded
    switch (s->kind) {
    case SignalKind::Message:
        if (c.flags & kFlagSendSender) ctrl = tuple_of(h, {small(kSendSender), s->from == kNil ? am_undefined : s->from, to});
        else ctrl = tuple_of(h, {small(kSend), atom_of(""), to});
        payload = s->payload;
        break;
    case SignalKind::Link:
        c.links.emplace(s->from, to);
        ctrl = tuple_of(h, {small(kLink), s->from, to});
        break;
    case SignalKind::Unlink:
        c.links.erase({s->from, to});
        if (c.flags & kFlagUnlinkId)
            ctrl = tuple_of(h, {small(kUnlinkId), make_integer_u64(h, c.next_unlink_id++), s->from, to});
        else
            ctrl = tuple_of(h, {small(kUnlink), s->from, to});
        break;
    case SignalKind::Exit:
        if (s->linked_exit) {
            // Only over a link that exists (an exit racing an unlink is not sent, as erl).
            if (!c.links.erase({s->from, to})) return false;
            if (payload_exit) ctrl = tuple_of(h, {small(kPayloadExit), s->from, to}), payload = s->payload;
            else ctrl = tuple_of(h, {small(kExit), s->from, to, s->payload});
        } else {
            if (payload_exit) ctrl = tuple_of(h, {small(kPayloadExit2), s->from, to}), payload = s->payload;
            else ctrl = tuple_of(h, {small(kExit2), s->from, to, s->payload});
        }
        break;
    case SignalKind::Monitor: {
        // `to` is the remote pid, or the name atom for a monitor by name (o.from holds nothing).
        Word id = ref_id(s->ref);
        c.monitors[{s->from, id}] = to;
        ctrl = tuple_of(h, {small(kMonitorP), s->from, to, make_ref(h, id)});
        break;
    }
    case SignalKind::Demonitor: {
        Word id = ref_id(s->ref);
        auto it = c.monitors.find({s->from, id});
        if (it == c.monitors.end()) return false;
        Term target = it->second;
        c.monitors.erase(it);
        ctrl = tuple_of(h, {small(kDemonitorP), s->from, target, make_ref(h, id)});
        break;
    }
    case SignalKind::MonitorDown: {
        Word key = ref_id(s->ref);
        if (!is_remote_monitor_key(key)) return false;
        auto it = c.remote_monitors.find(key);
        if (it == c.remote_monitors.end()) return false;  // ended meanwhile (demonitor, connection lost)
        Term who = it->second.name != kNil ? it->second.name : s->from;
        keep = it->second.ref;
        c.remote_monitor_keys.erase(ref_words(keep.get()));
        c.remote_monitors.erase(it);
        Term ref = keep.get();
        if (payload_exit) ctrl = tuple_of(h, {small(kPayloadMonitorPExit), who, to, ref}), payload = s->payload;
        else ctrl = tuple_of(h, {small(kMonitorPExit), who, to, ref, s->payload});
        break;
    }
    default:
        return false;  // requests and replies do not cross nodes (their BIFs are local-only)
    }
    return encode_packet(ctrl, payload, out);
}

// Hands the packets written so far to the controller port, in order (I/O thread, no lock held). The
// I/O thread owns the sockets: writing there never waits for it, whatever the driver does on a write
// error (ending the port closes its descriptor on the I/O thread).
void flush_out(Connection& c) {
    std::deque<std::string> packets;
    Term port_id;
    {
        std::lock_guard lock(c.mutex);
        packets.swap(c.out);
        c.flush_posted = false;
        port_id = c.port;
        c.packets_out += packets.size();
    }
    PortPtr port = find_port(port_id);
    if (!port) return;  // ended meanwhile: its nodedown is on its way
    for (std::string& packet : packets) {
        std::unique_lock lock(port->mutex);
        if (!port->alive || !port->driver) return;
        port->driver->output(port, lock, kNil, std::move(packet));
    }
}

// Queues one packet for the controller (c.mutex held).
void write_packet(Connection& c, const std::string& packet) {
    c.out.push_back(packet);
    if (c.flush_posted) return;
    c.flush_posted = true;
    Connection* cp = &c;
    IoPoller::global().post([cp] { flush_out(*cp); });
}

void release(Outgoing& o) {
    if (o.s) {
        if (o.s->fragment) release_fragment(o.s->fragment);
        delete o.s;
        o.s = nullptr;
    }
}

// Sends or queues `o` (c.mutex held). Once the VM halts nothing more goes out: erl's halt ends the
// node without running exits, so the other nodes see only the connection go down.
void submit(Connection& c, Outgoing o) {
    if (Scheduler::global().halted()) {
        release(o);
        return;
    }
    if (c.state == State::Pending) {
        c.queue.push_back(std::move(o));
        return;
    }
    std::string packet;
    if (c.state == State::Connected && encode(c, o, packet)) write_packet(c, packet);
    release(o);
}

// ---- connecting and going down ------------------------------------------------------------------

// Asks net_kernel to connect (c.mutex held, c idle). False if it cannot (not alive, no net_kernel).
bool auto_connect(Connection& c) {
    static const Term am_net_kernel = atom_of("net_kernel"), am_auto_connect = atom_of("auto_connect");
    if (!node_alive()) return false;
    Term kernel = whereis_name(am_net_kernel);
    if (!is_local_pid(kernel)) return false;
    c.state = State::Pending;
    c.conn_id = new_conn_id();
    ScratchHeap h;
    send_plain(kernel, make_tuple3(h, am_auto_connect, c.node, make_dhandle(h, c)));
    return true;
}

// What a connection held when it went down (or failed to come up), answered outside its lock.
struct Teardown {
    Term node = kNil;
    bool was_up = false, visible = false;
    std::uint32_t conn_id = 0;
    Term reason = kNil;
    std::set<std::pair<Term, Term>> links;
    std::map<std::pair<Term, Word>, Term> monitors;
    std::unordered_map<Word, RemoteMonitor> remote_monitors;
    std::unordered_map<Term, std::uint32_t> node_monitors;
    std::unordered_map<Word, PendingSpawn> spawns;
    std::vector<Outgoing> queue;
};

// Takes everything out of c (c.mutex held) and makes it idle.
// Every connection entry (entries are never freed). The table's lock is not held on return: a
// connection's lock is taken before the table's (take_down), never after it.
std::vector<Connection*> all_connections() {
    Table& t = table();
    std::lock_guard lock(t.mutex);
    std::vector<Connection*> all;
    all.reserve(t.by_node.size());
    for (const auto& [node, c] : t.by_node) all.push_back(c);
    return all;
}

Teardown take_down(Connection& c, Term reason) {
    Teardown t;
    t.node = c.node;
    t.was_up = c.state == State::Connected;
    t.visible = c.flags & kFlagPublished;
    t.conn_id = c.conn_id;
    t.reason = reason;
    t.links.swap(c.links);
    t.monitors.swap(c.monitors);
    t.remote_monitors.swap(c.remote_monitors);
    c.remote_monitor_keys.clear();
    t.node_monitors.swap(c.node_monitors);
    t.spawns.swap(c.spawns);
    for (const auto& [id, ps] : t.spawns)
        if (ps.link) g_linked_spawns.fetch_sub(1, std::memory_order_relaxed);
    t.queue.swap(c.queue);
    c.out.clear();
    if (c.port != kNil) {
        Table& tab = table();
        std::lock_guard lock(tab.mutex);
        tab.by_port.erase(c.port);
    }
    c.state = State::Idle;
    c.port = kNil;
    c.flags = 0;
    return t;
}

// erl's con_monitor_link_seq_cleanup: links get exit signals noconnection, monitors 'DOWN'
// noconnection, monitors by remote processes end, node monitors get {nodedown, Node}.
void finish_teardown(Teardown& t, bool tell_node_monitors) {
    static const Term am_noconnection = atom_of("noconnection"), am_nodedown = atom_of("nodedown");
    for (Outgoing& o : t.queue) {
        // Links and monitors in the queue were not recorded yet: answer them as a lost connection.
        if (o.kind == OutKind::Signal && o.s->kind == SignalKind::Link) t.links.emplace(o.s->from, o.to);
        if (o.kind == OutKind::Signal && o.s->kind == SignalKind::Monitor) t.monitors[{o.s->from, ref_id(o.s->ref)}] = o.to;
        if (o.kind == OutKind::Signal && (o.s->kind == SignalKind::Unlink)) t.links.erase({o.s->from, o.to});
        if (o.kind == OutKind::Signal && (o.s->kind == SignalKind::Demonitor)) t.monitors.erase({o.s->from, ref_id(o.s->ref)});
        release(o);
    }
    for (const auto& [local, remote] : t.links) {
        Signal* s = make_signal(SignalKind::Exit, remote, am_noconnection);
        s->linked_exit = true;
        send_signal(local, s);
    }
    for (const auto& [key, target] : t.monitors)
        send_signal(key.first, make_signal(SignalKind::MonitorDown, target, am_noconnection, make_small(SWord(key.second))));
    for (const auto& [key, rm] : t.remote_monitors)
        send_signal(rm.target, make_signal(SignalKind::Demonitor, rm.watcher, kNil, make_small(SWord(key))));
    for (const auto& [id, ps] : t.spawns)
        if (!ps.replying) spawn_failed(ps, id, am_noconnection);  // a reply being delivered has its answer
    if (tell_node_monitors) {
        for (const auto& [pid, count] : t.node_monitors)
            for (std::uint32_t i = 0; i < count; ++i) {
                ScratchHeap h;
                send_plain(pid, make_tuple2(h, am_nodedown, t.node));
            }
    }
    if (t.was_up) notify_subscribers(t.node, false, t.visible, t.conn_id, t.reason);
}

// A process whose request could not be made or was refused by the other node.
void spawn_failed(const PendingSpawn& ps, Word id, Term reason) {
    if (ps.monitor) {
        // The monitor the request made is gone: 'DOWN' would be wrong, so it is removed in the
        // requester's context (as erl does when the reply is an error).
        Signal* s = make_signal(SignalKind::Request, ps.caller, make_small(SWord(id)));
        s->handler = [](Process* target, Term arg, HeapAllocator&) -> Term {
            if (!target) return kNonValue;
            Word id = ref_id(arg);
            target->rel().monitors.erase(id);
            deactivate_alias(target, id);  // {monitor, [{alias, _}]}
            return kNonValue;
        };
        send_signal(ps.caller, s);
    }
    if (!ps.reply_error) return;
    ScratchHeap h;
    send_plain(ps.caller, make_tuple4(h, ps.tag.get(), make_ref(h, id), am_error, reason));
}

// ---- the signal handler installed into vm/ --------------------------------------------------------

// A signal to a node that cannot be reached: a link or monitor is answered noconnection, anything else
// is dropped.
void undeliverable(Term to, Signal* s) {
    static const Term am_noconnection = atom_of("noconnection");
    answer_link_or_monitor(to, s, am_noconnection);
    if (s->fragment) release_fragment(s->fragment);
    delete s;
}

class Handler final : public DistSignalHandler {
public:
    void dist_signal(Term to, Signal* s) override {
        if (s->kind == SignalKind::Message && node_alive()) {
            // The common case, a message on a connection that is up, is encoded at once, so the
            // remote pid need not be kept (interned pids are never freed).
            Connection* c = entry(external_node(to), false);
            if (c) {
                std::lock_guard lock(c->mutex);
                if (c->state == State::Connected && !Scheduler::global().halted()) {
                    std::string packet;
                    Outgoing o{OutKind::Signal, to, s, kNil};
                    if (encode(*c, o, packet)) write_packet(*c, packet);
                    release(o);
                    return;
                }
            }
        }
        node_signal(external_node(to), intern_external(to), s);
    }
    void node_signal(Term node, Term to, Signal* s) override {
        // A process of an old incarnation of this node (its name, another creation) is gone: it
        // answers as a dead process does (noproc), as in erl.
        if (node == this_node()) return answer_undeliverable(to, s);
        if (!node_alive() || !is_node_name(node)) return undeliverable(to, s);
        Connection* c = entry(node, true);
        std::unique_lock lock(c->mutex);
        if (c->state == State::Idle && !auto_connect(*c)) {
            lock.unlock();
            return undeliverable(to, s);
        }
        submit(*c, Outgoing{OutKind::Signal, to, s, kNil});
    }
    void reg_send(Process* sender, Term name, Term node, Term msg) override {
        if (!node_alive() || !is_node_name(node)) return;
        Connection* c = entry(node, true);
        std::lock_guard lock(c->mutex);
        if (c->state == State::Idle && !auto_connect(*c)) return;
        submit(*c, Outgoing{OutKind::RegSend, name, make_signal(SignalKind::Message, kNil, msg),
                            sender ? sender->pid : am_undefined});
    }
    void alias_send(Process* sender, Term alias, Term msg) override {
        Term node = external_node(alias);
        if (!node_alive() || node == this_node()) return;
        Connection* c = entry(node, true);
        std::lock_guard lock(c->mutex);
        if (c->state == State::Idle && !auto_connect(*c)) return;
        submit(*c, Outgoing{OutKind::AliasSend, intern_external(alias), make_signal(SignalKind::Message, kNil, msg),
                            sender ? sender->pid : am_undefined});
    }
};

}  // namespace detail

using namespace detail;

void install() {
    static Handler handler;
    install_dist_signal_handler(&handler);
}

bool set_node(Term node, std::uint32_t creation) {
    static const Term am_net_kernel = atom_of("net_kernel");
    if (node_alive() || !is_node_name(node) || !is_local_pid(whereis_name(am_net_kernel))) return false;
    set_this_node(node, creation);
    notify_subscribers(node, true, true, 0, kNil);
    return true;
}

Term new_connection(HeapAllocator& heap, Term node) {
    if (!is_node_name(node) || node == this_node()) return kNonValue;
    Connection* c = entry(node, true);
    std::lock_guard lock(c->mutex);
    if (c->state == State::Idle) {
        c->state = State::Pending;
        c->conn_id = new_conn_id();
    }
    return make_dhandle(heap, *c);
}

Term abort_pending_connection(Term node, Term dhandle) {
    if (!is_atom(node) || node == this_node()) return kNonValue;
    // As erl, the handle names the node's entry; its connection id is not compared.
    Connection* c = dhandle_entry(dhandle);
    if (!c || c->node != node) return kNonValue;
    Teardown t;
    {
        std::lock_guard lock(c->mutex);
        if (c->state == State::Connected) return am_false;
        if (c->state != State::Pending) return am_true;
        t = take_down(*c, atom_of("connection_setup_failed"));
    }
    finish_teardown(t, true);
    return am_true;
}

Term create_dist_channel(Process* caller, Term node, Term controller, Term opts) {
    static const Term am_net_kernel = atom_of("net_kernel"), am_dist_ctrlr = atom_of("dist_ctrlr");
    if (!is_tuple(opts) || tuple_arity(opts) != 2) return am_badarg;
    std::uint64_t flags = 0, creation = 0;
    if (!integer_to_uint64(tuple_element(opts, 0), &flags) || !integer_to_uint64(tuple_element(opts, 1), &creation) ||
        creation > 0xFFFFFFFFu)
        return am_badarg;
    if (!is_node_name(node) || node == this_node() || (flags & kFlagsMandatory) != kFlagsMandatory) return am_badarg;
    // Only port controllers (inet_tcp_dist); a process controller (dist_ctrl_* BIFs) is not supported.
    if (!is_local_port(controller)) return am_badarg;
    Term kernel = whereis_name(am_net_kernel);
    if (!is_local_pid(kernel)) return am_badarg;
    PortPtr port = find_port(controller);
    if (!port) return am_badarg;
    Connection* c = entry(node, false);
    if (!c) return am_badarg;
    std::vector<Outgoing> queued;
    {
        std::lock_guard lock(c->mutex);
        if (c->state != State::Pending) return am_badarg;
        {
            std::lock_guard plock(port->mutex);
            if (!port->alive || port->dist_controller) return am_badarg;
            port->dist_controller = true;
        }
        {
            ScratchHeap h;
            send_plain(kernel, make_tuple4(h, am_dist_ctrlr, controller, node, caller->pid));
        }
        c->state = State::Connected;
        c->flags = flags;
        c->creation = std::uint32_t(creation);
        c->port = controller;
        {
            Table& t = table();
            std::lock_guard tl(t.mutex);
            t.by_port[controller] = c;
        }
        queued.swap(c->queue);
        for (Outgoing& o : queued) {
            std::string packet;
            if (encode(*c, o, packet)) write_packet(*c, packet);
            release(o);
        }
    }
    notify_subscribers(node, true, (flags & kFlagPublished) != 0, c->conn_id, kNil);
    return make_tuple2(*caller, am_ok, make_dhandle(*caller, *c));
}

Term dist_get_stat(HeapAllocator& heap, Term dhandle) {
    Connection* c = from_dhandle(dhandle);
    if (!c) return kNonValue;
    std::lock_guard lock(c->mutex);
    Word queued = c->queue.size();  // signals waiting for the connection (Ember writes the rest at once)
    return make_tuple4(heap, am_ok, make_integer_u64(heap, c->packets_in), make_integer_u64(heap, c->packets_out),
                       make_integer_u64(heap, queued));
}

namespace {

template <class Fn>
void for_connected(bool visible, bool hidden, Fn fn) {
    for (Connection* c : all_connections()) {
        std::lock_guard lock(c->mutex);
        if (c->state != State::Connected) continue;
        bool vis = c->flags & kFlagPublished;
        if (vis ? visible : hidden) fn(*c, vis);
    }
}

}  // namespace

namespace {
// {Entry, Refc, Referrers}: Referrers [{{system, What}, [{Kind, Count}]}] (one per What, its kinds in
// the order given, zero counts left out), Refc the sum of the counts.
Term reference_row(HeapAllocator& h, Term entry, const std::vector<std::tuple<const char*, const char*, Word>>& refs) {
    static const Term system = atom_of("system");
    Term referrers = kNil;
    Word total = 0;
    for (std::size_t end = refs.size(); end > 0;) {
        const char* what = std::get<0>(refs[end - 1]);
        std::size_t begin = end;
        while (begin > 0 && std::string_view(std::get<0>(refs[begin - 1])) == what) --begin;
        Term kinds = kNil;
        for (std::size_t i = end; i-- > begin;) {
            auto [w, kind, count] = refs[i];
            if (count == 0) continue;
            kinds = make_cons(h, make_tuple2(h, atom_of(kind), make_small(SWord(count))), kinds);
            total += count;
        }
        if (kinds != kNil) referrers = make_cons(h, make_tuple2(h, make_tuple2(h, system, atom_of(what)), kinds), referrers);
        end = begin;
    }
    return make_tuple3(h, entry, make_small(SWord(total)), referrers);
}
}  // namespace

Term node_and_dist_references(HeapAllocator& h) {
    using Refs = std::vector<std::tuple<const char*, const char*, Word>>;
    struct Entry {
        Word pids = 0, ports = 0, refs = 0, connections = 0;
    };
    std::map<std::pair<Term, Word>, Entry> nodes;
    for (const InternedCounts& c : interned_external_counts()) {
        Entry& e = nodes[{c.node, c.creation}];
        e.pids = c.pids;
        e.ports = c.ports;
        e.refs = c.refs;
    }
    Term dist_rows = kNil;
    {
        for (Connection* conn : all_connections()) {
            Term node = conn->node;
            std::lock_guard conn_lock(conn->mutex);
            bool up = conn->state == State::Connected;
            if (up && conn->creation != 0) nodes[{node, conn->creation}].connections = 1;
            Refs refs = {{"dist_table", "entry", 1},
                         {"connection", "controller", up ? 1 : 0},
                         {"links", "link", conn->links.size()},
                         {"monitors", "monitor", conn->monitors.size() + conn->remote_monitors.size()},
                         {"node_monitors", "monitor_node", conn->node_monitors.size()}};
            dist_rows = make_cons(h, reference_row(h, node, refs), dist_rows);
        }
    }
    Term node_rows = kNil;
    nodes.try_emplace({this_node(), this_creation()});  // listed with no references, as erl's
    for (const auto& [key, e] : nodes) {
        Refs refs = {{"external_identifiers", "pid", e.pids},
                     {"external_identifiers", "port", e.ports},
                     {"external_identifiers", "ref", e.refs},
                     {"dist_entry", "connection", e.connections}};
        Term entry = make_tuple2(h, key.first, make_integer_u64(h, key.second));
        node_rows = make_cons(h, reference_row(h, entry, refs), node_rows);
    }
    return make_tuple2(h, make_tuple2(h, atom_of("node_references"), node_rows),
                       make_tuple2(h, atom_of("dist_references"), dist_rows));
}

Term connected_nodes(HeapAllocator& heap, bool visible, bool hidden) {
    Term list = kNil;
    for_connected(visible, hidden, [&](Connection& c, bool) { list = make_cons(heap, c.node, list); });
    return list;
}

Term connected_node_info(HeapAllocator& heap, bool visible, bool hidden, bool want_id, bool want_type) {
    static const Term am_connection_id = atom_of("connection_id"), am_node_type = atom_of("node_type"),
                      am_visible = atom_of("visible"), am_hidden = atom_of("hidden");
    Term list = kNil;
    for_connected(visible, hidden, [&](Connection& c, bool vis) {
        Term keys[2], values[2];
        Word n = 0;
        if (want_id) keys[n] = am_connection_id, values[n++] = make_small(SWord(c.conn_id));
        if (want_type) keys[n] = am_node_type, values[n++] = vis ? am_visible : am_hidden;
        list = make_cons(heap, make_tuple2(heap, c.node, map_from_pairs(heap, keys, values, n)), list);
    });
    return list;
}

void monitor_node(Process* p, Term node, bool on) {
    static const Term am_nodedown = atom_of("nodedown");
    Connection* c = entry(node, on);
    if (!c) return;
    std::unique_lock lock(c->mutex);
    if (!on) {
        auto it = c->node_monitors.find(p->pid);
        if (it != c->node_monitors.end() && --it->second == 0) c->node_monitors.erase(it);
        return;
    }
    if (c->state == State::Idle && !auto_connect(*c)) {
        lock.unlock();
        ScratchHeap h;
        send_plain(p->pid, make_tuple2(h, am_nodedown, node));
        return;
    }
    ++c->node_monitors[p->pid];
}

void set_node_subscription(Term pid, int key, std::uint32_t count) {
    Table& t = table();
    std::lock_guard lock(t.mutex);
    auto& sets = t.subscribers[pid];
    auto it = std::find_if(sets.begin(), sets.end(), [key](const auto& e) { return e.first == key; });
    if (count == 0) {
        if (it != sets.end()) sets.erase(it);
        if (sets.empty()) t.subscribers.erase(pid);
    } else if (it == sets.end()) {
        sets.emplace_back(key, count);
    } else {
        it->second = count;
    }
}

bool disconnect(Term node) {
    Connection* c = entry(node, false);
    if (!c) return false;
    Term port;
    {
        std::lock_guard lock(c->mutex);
        if (c->state != State::Connected) return false;
        port = c->port;
    }
    PortPtr pp = find_port(port);
    if (!pp) return false;
    std::unique_lock lock(pp->mutex);
    if (pp->alive) terminate_port(pp, lock, atom_of("disconnected"));
    return true;
}

bool is_connected_or_pending(Term node) {
    Connection* c = entry(node, false);
    if (!c) return false;
    std::lock_guard lock(c->mutex);
    return c->state != State::Idle;
}

std::optional<std::uint32_t> connected_creation(Term node) {
    Connection* c = entry(node, false);
    if (!c) return std::nullopt;
    std::lock_guard lock(c->mutex);
    if (c->state != State::Connected) return std::nullopt;
    return c->creation;
}

Term spawn_request(Process* p, Term node, Term mfa, Term opts, bool is_request) {
    static const Term am_reply_tag = atom_of("reply_tag"), am_reply = atom_of("reply"), am_yes = atom_of("yes"),
                      am_no = atom_of("no"), am_error_only = atom_of("error_only"),
                      am_success_only = atom_of("success_only"), am_spawn_reply = atom_of("spawn_reply"),
                      am_link = atom_of("link"), am_noconnection = atom_of("noconnection");
    if (!is_atom(node) || node == this_node()) return am_badarg;
    if (!is_tuple(mfa) || tuple_arity(mfa) != 3 || !is_atom(tuple_element(mfa, 0)) || !is_atom(tuple_element(mfa, 1)))
        return am_badarg;
    std::int64_t arity = list_length(tuple_element(mfa, 2));
    if (arity < 0 || list_length(opts) < 0) return am_badarg;
    PendingSpawn ps{p->pid, OwnedTerm::copy_of(am_spawn_reply), true, true, false, false};
    Term monitor_tag = kNil;
    AliasMode monitor_alias = AliasMode::None;
    bool bad_option = false;
    std::vector<Term> wire;
    for (Term t = opts; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (o == am_monitor) {
            ps.monitor = true;
            continue;
        }
        if (o == am_link) ps.link = true;
        if (is_tuple(o) && tuple_arity(o) == 2) {
            Term k = tuple_element(o, 0), v = tuple_element(o, 1);
            if (k == am_monitor) {
                // monitor/3's options, as erl's parser takes them: {tag, T}, {alias, Mode}.
                ps.monitor = true;
                if (!parse_monitor_options(v, monitor_alias, monitor_tag)) {
                    if (!is_request) return am_badarg;
                    bad_option = true;
                }
                continue;
            }
            if (k == am_reply_tag || k == am_reply) {
                if (!is_request) return am_badarg;
                if (k == am_reply_tag) {
                    ps.tag = OwnedTerm::copy_of(v);
                } else if (v == am_yes) {
                    ps.reply_ok = ps.reply_error = true;
                } else if (v == am_no) {
                    ps.reply_ok = ps.reply_error = false;
                } else if (v == am_error_only) {
                    ps.reply_ok = false, ps.reply_error = true;
                } else if (v == am_success_only) {
                    ps.reply_ok = true, ps.reply_error = false;
                } else {
                    bad_option = true;  // answered {spawn_reply, Ref, error, badopt}, as erl
                }
                continue;
            }
        }
        wire.push_back(o);
    }
    if (!is_request) ps.reply_ok = ps.reply_error = true;
    std::uint64_t id = Scheduler::global().next_ref_id();
    Term ref = make_ref(*p, id);
    Term result = is_request ? ref : make_tuple2(*p, ref, make_bool(ps.monitor));
    if (bad_option) {
        spawn_failed(ps, id, atom_of("badopt"));
        return result;
    }
    if (ps.monitor) {
        wire.push_back(am_monitor);
        p->rel().monitors[id] = Process::MonitorInfo{am_undefined, kNil, monitor_tag, monitor_alias, false, node};
        if (monitor_alias != AliasMode::None) Scheduler::global().activate_alias(p, id, monitor_alias);  // the ref is an alias
    }
    Connection* c = node_alive() && is_node_name(node) ? entry(node, true) : nullptr;
    if (!c) {
        spawn_failed(ps, id, am_noconnection);
        return result;
    }
    std::unique_lock lock(c->mutex);
    if (c->state == State::Idle && !auto_connect(*c)) {
        lock.unlock();
        spawn_failed(ps, id, am_noconnection);
        return result;
    }
    add_spawn(*c, id, ps);
    Term mfa_wire = make_tuple3(*p, tuple_element(mfa, 0), tuple_element(mfa, 1), make_small(arity));
    Term req = tuple_of(*p, {ref, p->group_leader, mfa_wire, make_list_of(*p, wire.data(), wire.size()),
                             tuple_element(mfa, 2)});
    submit(*c, Outgoing{OutKind::SpawnRequest, kNil, make_signal(SignalKind::Message, kNil, req), p->pid});
    return result;
}

bool linked_spawns_pending() { return g_linked_spawns.load(std::memory_order_relaxed) > 0; }

void requester_exited(Term pid, Term reason) {
    for (;;) {
        bool replying = false;
        for (Connection* c : all_connections()) {
            std::lock_guard conn_lock(c->mutex);
            for (auto& [id, ps] : c->spawns) {
                if (ps.caller != pid || !ps.link || ps.abandoned) continue;
                if (ps.replying) replying = true;
                else if (!ps.requester_exited) {
                    ps.requester_exit = OwnedTerm::copy_of(reason);
                    ps.requester_exited = true;
                }
            }
        }
        // A reply being handled links the child through pid's inbox, still open: its link signal
        // then gets pid's exit reason (answer_undeliverable). Wait until it is there.
        if (!replying) return;
        std::this_thread::yield();
    }
}

bool abandon_spawn_request(Process* p, Word id) {
    for (;;) {
        bool replying = false;
        {
            for (Connection* c : all_connections()) {
                std::lock_guard conn_lock(c->mutex);
                auto it = c->spawns.find(id);
                if (it == c->spawns.end() || it->second.caller != p->pid || it->second.abandoned) continue;
                if (it->second.replying) {
                    replying = true;
                    break;
                }
                it->second.abandoned = true;
                if (it->second.monitor && p->relations) p->relations->monitors.erase(id);
                deactivate_alias(p, id);
                return true;
            }
        }
        if (!replying) return false;
        // The reply is being queued to p (dist_input.cpp handle_spawn_reply): false once it is there.
        std::this_thread::yield();
    }
}

void port_down(Term port, Term reason) {
    if (!is_immed(reason)) reason = am_normal;  // the lambda runs later: only an immediate stays valid
    IoPoller::global().post([port, reason] {
        static const Term am_connection_closed = atom_of("connection_closed");
        Connection* c = entry_of_port(port);
        if (!c) return;
        Teardown t;
        {
            std::lock_guard lock(c->mutex);
            if (c->port != port) return;
            t = take_down(*c, reason == am_normal ? am_connection_closed : reason);
        }
        finish_teardown(t, true);
    });
}

}  // namespace ember::scheduler::dist
