// What a distribution connection receives (OTP dist.c erts_net_message): the control messages of
// the pass-through format become signals to local processes; SPAWN_REQUEST spawns, SPAWN_REPLY
// answers a spawn_request of this node. See scheduler/dist.hpp and docs/distribution.md.
#include <cstdio>
#include <string>

#include "scheduler/dist_internal.hpp"
#include "scheduler/io_poller.hpp"
#include "scheduler/port_entity.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/etf.hpp"
#include "vm/external_ids.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"
#include "vm/scratch_heap.hpp"
#include "vm/services.hpp"
#include "vm/term_print.hpp"

namespace ember::scheduler::dist {

using namespace vm;
using namespace detail;

namespace {

// ---- input ----------------------------------------------------------------------------------------

Term intern_if_external(Term t) { return is_external_id(t) ? intern_external(t) : t; }


void kill_connection(Connection& c, const char* why);

void reply_raw(Connection& c, Term ctrl, Term payload) {
    std::string packet;
    if (!encode_packet(ctrl, payload, packet)) return;
    std::lock_guard lock(c.mutex);
    if (c.state == State::Connected) write_packet(c, packet);
}

void handle_spawn_request(Connection& c, Term ctrl, Term args);
void handle_spawn_reply(Connection& c, Term ctrl);

// One received packet (I/O thread, no lock held).
void handle_packet(Connection& c, const std::string& packet) {
    if (packet.empty()) return;  // a tick
    const auto* data = reinterpret_cast<const std::uint8_t*>(packet.data());
    if (data[0] != kPassThrough) return kill_connection(c, "not in the pass-through format");
    ScratchHeap h;
    EtfScan scan = etf_scan(data + 1, packet.size() - 1);
    if (!scan.ok) return kill_connection(c, scan.error.c_str());
    Term ctrl = etf_decode(h, data + 1, scan.used);
    Term payload = kNonValue;
    std::size_t rest = packet.size() - 1 - scan.used;
    if (rest > 0) {
        std::string error;
        payload = etf_decode(h, data + 1 + scan.used, rest, EtfDecodeOption::None, &error);
        if (payload == kNonValue) return kill_connection(c, error.c_str());
    }
    if (ctrl == kNonValue || !is_tuple(ctrl) || tuple_arity(ctrl) < 1 || !is_small(tuple_element(ctrl, 0)))
        return kill_connection(c, "invalid control message");
    Word n = tuple_arity(ctrl);
    auto el = [&](Word i) { return i < n ? tuple_element(ctrl, i) : kNil; };
    SWord op = small_value(el(0));
    auto bad = [&] {
        std::string what = "invalid control message " + format_term_display(ctrl);
        kill_connection(c, what.c_str());
    };
    switch (op) {
    case kSend: case kSendTT: case kSendSender: case kSendSenderTT: {
        Term to = el(2);
        if (payload == kNonValue || n < 3) return bad();
        if (!is_local_pid(to)) return;  // to an old incarnation of this node: dropped
        Signal* s = make_signal(SignalKind::Message, kNil, payload);
        send_signal(to, s);
        return;
    }
    case kRegSend: case kRegSendTT: {
        Term name = el(3);
        if (payload == kNonValue || n < 4 || !is_atom(name)) return bad();
        Term pid = whereis_name(name);
        if (is_local_pid(pid)) send_signal(pid, make_signal(SignalKind::Message, kNil, payload));
        else if (is_local_port(pid)) send_message(nullptr, pid, payload);
        return;
    }
    case kAliasSend: case kAliasSendTT: {
        Term alias = el(2);
        if (payload == kNonValue || n < 3) return bad();
        if (!is_local_ref(alias)) return;
        Word id = ref_id(alias);
        Term owner = alias_owner_pid(id);
        if (owner == kNil) return;
        Signal* s = make_signal(SignalKind::Message, kNil, payload);
        s->ref = make_small(SWord(id));
        send_signal(owner, s);
        return;
    }
    case kLink: {
        Term from = el(1), to = el(2);
        if (n != 3 || !is_external_pid(from)) return bad();
        from = intern_external(from);
        if (!is_local_pid(to)) {
            static const Term am_noproc = atom_of("noproc");
            ScratchHeap r;
            if (c.flags & kFlagExitPayload) reply_raw(c, tuple_of(r, {small(kPayloadExit), to, from}), am_noproc);
            else reply_raw(c, tuple_of(r, {small(kExit), to, from, am_noproc}), kNonValue);
            return;
        }
        {
            std::lock_guard lock(c.mutex);
            c.links.emplace(to, from);
        }
        send_signal(to, make_signal(SignalKind::Link, from));
        return;
    }
    case kUnlink: case kUnlinkId: {
        Term from = op == kUnlink ? el(1) : el(2), to = op == kUnlink ? el(2) : el(3);
        if (!is_external_pid(from)) return bad();
        from = intern_external(from);
        if (op == kUnlinkId) {
            ScratchHeap r;
            reply_raw(c, tuple_of(r, {small(kUnlinkIdAck), el(1), to, from}), kNonValue);
        }
        if (!is_local_pid(to)) return;
        {
            std::lock_guard lock(c.mutex);
            c.links.erase({to, from});
        }
        send_signal(to, make_signal(SignalKind::Unlink, from));
        return;
    }
    case kUnlinkIdAck:
        return;
    case kExit: case kExitTT: case kPayloadExit: case kPayloadExitTT:
    case kExit2: case kExit2TT: case kPayloadExit2: case kPayloadExit2TT: {
        Term from = el(1), to = el(2);
        bool linked = op == kExit || op == kExitTT || op == kPayloadExit || op == kPayloadExitTT;
        Term reason = op == kExit || op == kExit2 ? el(3) : op == kExitTT || op == kExit2TT ? el(4) : payload;
        if (reason == kNonValue || n < (payload == kNonValue ? 4u : 3u) || !(is_local_pid(from) || is_external_pid(from)))
            return bad();
        if (!is_local_pid(to)) return;
        from = intern_if_external(from);
        if (linked) {
            std::lock_guard lock(c.mutex);
            if (!c.links.erase({to, from})) return;  // no such link (unlinked meanwhile)
        }
        Signal* s = make_signal(SignalKind::Exit, from, reason);
        s->linked_exit = linked;
        send_signal(to, s);
        return;
    }
    case kMonitorP: {
        Term from = el(1), target = el(2), ref = el(3);
        if (n != 4 || !is_external_pid(from) || !is_external_ref(ref)) return bad();
        from = intern_external(from);
        Term pid = is_atom(target) ? whereis_name(target) : target;
        if (!is_local_pid(pid)) {
            static const Term am_noproc = atom_of("noproc");
            ScratchHeap r;
            if (c.flags & kFlagExitPayload)
                reply_raw(c, tuple_of(r, {small(kPayloadMonitorPExit), target, from, ref}), am_noproc);
            else
                reply_raw(c, tuple_of(r, {small(kMonitorPExit), target, from, ref, am_noproc}), kNonValue);
            return;
        }
        Word key = new_remote_monitor_key();
        {
            std::lock_guard lock(c.mutex);
            c.remote_monitors[key] = RemoteMonitor{pid, from, is_atom(target) ? target : kNil, OwnedTerm::copy_of(ref)};
            c.remote_monitor_keys[ref_words(ref)] = key;
        }
        send_signal(pid, make_signal(SignalKind::Monitor, from, kNil, make_small(SWord(key))));
        return;
    }
    case kDemonitorP: {
        Term from = el(1), ref = el(3);
        if (n != 4 || !is_external_pid(from) || !is_external_ref(ref)) return bad();
        Word key;
        RemoteMonitor rm{};
        {
            std::lock_guard lock(c.mutex);
            auto k = c.remote_monitor_keys.find(ref_words(ref));
            if (k == c.remote_monitor_keys.end()) return;
            key = k->second;
            c.remote_monitor_keys.erase(k);
            auto it = c.remote_monitors.find(key);
            if (it == c.remote_monitors.end()) return;
            rm = it->second;
            c.remote_monitors.erase(it);
        }
        send_signal(rm.target, make_signal(SignalKind::Demonitor, rm.watcher, kNil, make_small(SWord(key))));
        return;
    }
    case kMonitorPExit: case kPayloadMonitorPExit: {
        Term from = el(1), to = el(2), ref = el(3);
        Term reason = op == kMonitorPExit ? el(4) : payload;
        if (reason == kNonValue || !is_local_ref(ref)) return bad();
        if (!is_local_pid(to)) return;
        Word id = ref_id(ref);
        Term target;
        {
            std::lock_guard lock(c.mutex);
            auto it = c.monitors.find({to, id});
            if (it == c.monitors.end()) return;
            target = it->second;
            c.monitors.erase(it);
        }
        Term who = is_external_pid(from) ? intern_external(from) : target;
        send_signal(to, make_signal(SignalKind::MonitorDown, who, reason, make_small(SWord(id))));
        return;
    }
    case kGroupLeader:
        return;  // group_leader/2 from another node: not supported (docs/distribution.md)
    case kSpawnRequest: case kSpawnRequestTT:
        if (payload == kNonValue || n < 6) return bad();
        return handle_spawn_request(c, ctrl, payload);
    case kSpawnReply: case kSpawnReplyTT:
        if (n < 5) return bad();
        return handle_spawn_reply(c, ctrl);
    default:
        return bad();
    }
}

// ---- spawn requests -------------------------------------------------------------------------------

// The {Key, Value} spawn options erl's parser knows besides priority (erts_parse_spawn_opts); any
// other option makes the request fail with badopt, as on erl.
bool is_spawn_option_key(Term key) {
    static const Term keys[] = {atom_of("fullsweep_after"), atom_of("min_heap_size"), atom_of("min_bin_vheap_size"),
                                atom_of("max_heap_size"), atom_of("message_queue_data"), atom_of("monitor"),
                                atom_of("scheduler")};
    for (Term k : keys)
        if (key == k) return true;
    return false;
}

// SPAWN_REQUEST {29, ReqId, From, GroupLeader, {M, F, Arity}, Opts} + Args: the child runs
// erts_internal:dist_spawn_init(MFA), which takes Args as its first message.
void handle_spawn_request(Connection& c, Term ctrl, Term args) {
    static const Term am_erts_internal = atom_of("erts_internal"), am_dist_spawn_init = atom_of("dist_spawn_init"),
                      am_link = atom_of("link"), am_monitor = atom_of("monitor"), am_badopt = atom_of("badopt"),
                      am_priority = atom_of("priority"), am_low = atom_of("low"), am_high = atom_of("high"),
                      am_max = atom_of("max");
    Term req = tuple_element(ctrl, 1), from = tuple_element(ctrl, 2), gl = tuple_element(ctrl, 3),
         mfa = tuple_element(ctrl, 4), opts = tuple_element(ctrl, 5);
    if (!is_external_ref(req) || !is_external_pid(from) || !(is_local_pid(gl) || is_external_pid(gl)) || !is_tuple(mfa) || tuple_arity(mfa) != 3 ||
        !is_atom(tuple_element(mfa, 0)) || !is_atom(tuple_element(mfa, 1)) || !is_small(tuple_element(mfa, 2)))
        return kill_connection(c, "invalid spawn request");
    from = intern_external(from);
    Word monitor_key = new_remote_monitor_key();
    SpawnOptions o;
    o.group_leader = intern_if_external(gl);
    o.remote_parent = from;
    Term error = kNil;
    for (Term t = opts; is_list(t); t = cdr(t)) {
        Term opt = car(t);
        if (opt == am_link) {
            o.link_to = from;
        } else if (opt == am_monitor) {
            o.remote_monitor_by = from;
            o.remote_monitor_key = monitor_key;
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 && tuple_element(opt, 0) == am_priority) {
            Term v = tuple_element(opt, 1);
            o.priority = v == am_low ? Priority::Low : v == am_high ? Priority::High : v == am_max ? Priority::Max
                                                                                              : Priority::Normal;
        } else if (is_tuple(opt) && tuple_arity(opt) == 2 && is_spawn_option_key(tuple_element(opt, 0))) {
            // fullsweep_after, min_heap_size, ...: accepted (defaults kept)
        } else {
            error = am_badopt;
        }
    }
    if (error != kNil) {
        ScratchHeap r;
        reply_raw(c, tuple_of(r, {small(kSpawnReply), req, from, small(0), error}), kNonValue);
        return;
    }
    Word flags = (o.link_to != kNil ? 1 : 0) | (o.remote_monitor_by != kNil ? 2 : 0);
    // The reply goes out before the child can send anything, and the argument list is its first
    // message.
    Term args_copy = args;
    o.before_run = [&c, req, from, flags, args_copy, monitor_key](Term child) {
        ScratchHeap r;
        std::string packet;
        {
            std::lock_guard lock(c.mutex);
            if (flags & 1) c.links.emplace(child, from);
            if (flags & 2) {
                c.remote_monitors[monitor_key] = RemoteMonitor{child, from, kNil, OwnedTerm::copy_of(req)};
                c.remote_monitor_keys[ref_words(req)] = monitor_key;
            }
        }
        if (encode_packet(tuple_of(r, {small(kSpawnReply), req, from, small(SWord(flags)), child}), kNonValue, packet)) {
            std::lock_guard lock(c.mutex);
            if (c.state == State::Connected) write_packet(c, packet);
        }
        deliver_message(child, args_copy);
    };
    ScratchHeap h;
    Term init_args = make_cons(h, mfa, kNil);
    Scheduler::global().spawn(nullptr, am_erts_internal, am_dist_spawn_init, init_args, o);
}

// SPAWN_REPLY {31, ReqId, To, Flags, Result}: the requester hears {Tag, ReqId, ok, Pid} or {Tag,
// ReqId, error, Reason}; the link and monitor are set up in its context.
void handle_spawn_reply(Connection& c, Term ctrl) {
    Term req = tuple_element(ctrl, 1), flags = tuple_element(ctrl, 3), result = tuple_element(ctrl, 4);
    if (!is_local_ref(req) || !is_small(flags)) return kill_connection(c, "invalid spawn reply");
    Word id = ref_id(req);
    PendingSpawn ps{};
    {
        std::lock_guard lock(c.mutex);
        auto it = c.spawns.find(id);
        if (it == c.spawns.end() || it->second.replying) return;
        if (it->second.abandoned || it->second.requester_exited) {
            // The remote side linked the child to the requester. Abandoned: an exit signal
            // `abandoned` ends it, and the link exit it sends back finds no link here and is dropped.
            // The requester ended: the link exit with its reason, as if the link had been there.
            if (is_external_pid(result) && (small_value(flags) & 1)) {
                Term child = intern_external(result), caller = it->second.caller;
                Signal* exit = it->second.abandoned ? make_signal(SignalKind::Exit, caller, atom_of("abandoned"))
                                                    : make_signal(SignalKind::Exit, caller, it->second.requester_exit.get());
                if (!it->second.abandoned) {
                    exit->linked_exit = true;
                    c.links.emplace(caller, child);
                }
                submit(c, Outgoing{OutKind::Signal, child, exit, caller});
            }
            erase_spawn(c, it);
            return;
        }
        // The entry stays, marked, until the reply is in the requester's queue: spawn_request_abandon/1
        // (dist.cpp) waits for that, so that its false means the reply is there, as erl's.
        it->second.replying = true;
        ps = it->second;
        if (is_external_pid(result)) {
            Term child = intern_external(result);
            if (small_value(flags) & 1) c.links.emplace(ps.caller, child);
            if (small_value(flags) & 2) c.monitors[{ps.caller, id}] = child;
        }
    }
    struct Done {
        Connection& c;
        Word id;
        ~Done() {
            std::lock_guard lock(c.mutex);
            auto it = c.spawns.find(id);
            if (it != c.spawns.end() && it->second.replying) erase_spawn(c, it);
        }
    } done{c, id};
    if (!is_external_pid(result)) return spawn_failed(ps, id, is_atom(result) ? result : am_badarg);
    Term child = intern_external(result);
    if (small_value(flags) & 1) send_signal(ps.caller, make_signal(SignalKind::Link, child, kNil, kSpawnReplyLink));
    if (ps.monitor) {
        // The requester's monitor waits for the child's pid (for demonitor/2 and process_info).
        ScratchHeap h;
        Signal* s = make_signal(SignalKind::Request, ps.caller, make_tuple2(h, make_small(SWord(id)), child));
        s->handler = [](Process* target, Term arg, HeapAllocator&) -> Term {
            if (!target) return kNonValue;
            auto it = target->rel().monitors.find(ref_id(tuple_element(arg, 0)));
            if (it != target->rel().monitors.end()) it->second.target = tuple_element(arg, 1);
            return kNonValue;
        };
        send_signal(ps.caller, s);
    }
    if (ps.reply_ok) {
        ScratchHeap h;
        send_plain(ps.caller, make_tuple4(h, ps.tag.get(), make_ref(h, id), am_ok, child));
    }
}

// ---- the connection's controller ----------------------------------------------------------------

void kill_connection(Connection& c, const char* why) {
    Term port;
    {
        std::lock_guard lock(c.mutex);
        port = c.port;
    }
    std::fprintf(stderr, "=ERROR REPORT==== Invalid distribution message from %s: %s; the connection is closed\n",
                 std::string(AtomTable::global().name(c.node)).c_str(), why);
    PortPtr pp = find_port(port);
    if (!pp) return;
    std::unique_lock lock(pp->mutex);
    if (pp->alive) terminate_port(pp, lock, atom_of("killed"));
}

}  // namespace

void port_input(Term port, std::string packet) {
    IoPoller::global().post([port, packet = std::move(packet)] {
        Connection* c = entry_of_port(port);
        if (!c) return;
        {
            std::lock_guard lock(c->mutex);
            ++c->packets_in;  // ticks included, as erl's dist_get_stat counts them
        }
        handle_packet(*c, packet);
    });
}

}  // namespace ember::scheduler::dist
