#include "vm/messages.hpp"

#include <mutex>
#include <set>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/copy.hpp"
#include "vm/exceptions.hpp"
#include "vm/capabilities.hpp"
#include "vm/dist_hooks.hpp"
#include "vm/external_ids.hpp"
#include "vm/node_name.hpp"
#include "vm/port_hooks.hpp"
#include "vm/process_events.hpp"
#include "vm/runtime_support.hpp"
#include "vm/services.hpp"
#include "vm/system_profile.hpp"
#include "vm/trace.hpp"

namespace ember::vm {

namespace {

// Copies `t` into a new fragment sized exactly for it.
HeapFragment* copy_to_fragment(Term t, Term* out) {
    Word words = term_size(t);
    HeapFragment* f = HeapFragment::create(words);
    FragmentAllocator a(f);
    *out = copy_term(t, a);
    return f;
}

// Appends s to p's inbox and wakes p if it waits. Returns false (s untouched) if p is exiting.
// Overload protection: a user message beyond p's max_message_queue_len is dropped and counted.
bool push_signal(Process* p, Signal* s) {
    bool wake = false;
    {
        std::lock_guard lock(p->inbox_mutex);
        if (p->inbox_closed) return false;
        if (p->max_message_queue_len != 0 && s->kind == SignalKind::Message) {
            if (p->queued_messages.load(std::memory_order_relaxed) >= p->max_message_queue_len) {
                p->dropped_messages.fetch_add(1, std::memory_order_relaxed);
                if (s->fragment) release_fragment(s->fragment);
                delete s;
                return true;
            }
            p->queued_messages.fetch_add(1, std::memory_order_relaxed);
        }
        *p->inbox_tail = s;
        p->inbox_tail = &s->next;
        p->signal_pending.store(true, std::memory_order_release);
        ProcessStatus expected = ProcessStatus::Waiting;
        wake = p->status.compare_exchange_strong(expected, ProcessStatus::Runnable);
        if (wake && g_system_profile_procs.load(std::memory_order_relaxed)) [[unlikely]]
            system_profile_runnable(p, true);
    }
    if (wake) make_process_runnable(p);
    return true;
}

std::atomic<PortSignalHandler*> g_port_handler{nullptr};
std::atomic<DistSignalHandler*> g_dist_handler{nullptr};

}  // namespace

void install_port_signal_handler(PortSignalHandler* handler) { g_port_handler.store(handler); }
PortSignalHandler* port_signal_handler() { return g_port_handler.load(); }
void install_dist_signal_handler(DistSignalHandler* handler) { g_dist_handler.store(handler); }
DistSignalHandler* dist_signal_handler() { return g_dist_handler.load(); }

Signal* make_signal(SignalKind kind, Term from, Term payload, Term ref) {
    auto* s = new Signal();
    s->kind = kind;
    s->from = from;
    s->ref = ref;
    if (is_immed(payload)) s->payload = payload;
    else s->fragment = copy_to_fragment(payload, &s->payload);
    return s;
}

bool send_signal(Term to_pid, Signal* s) {
    if (is_external_pid(to_pid)) [[unlikely]] {
        if (DistSignalHandler* h = g_dist_handler.load()) {
            h->dist_signal(to_pid, s);
            return true;
        }
    } else if (is_local_port(to_pid)) {
        PortSignalHandler* h = g_port_handler.load();
        if (h && h->port_signal(to_pid, s)) return true;
    } else {
        std::shared_lock<std::shared_mutex> lock;
        Process* p = lookup_process(to_pid, lock);
        if (p && push_signal(p, s)) return true;
    }
    answer_undeliverable(to_pid, s);
    return false;
}

bool answer_link_or_monitor(Term to, const Signal* s, Term reason) {
    if (s->kind == SignalKind::Link) {
        Signal* e = make_signal(SignalKind::Exit, to, reason);
        e->linked_exit = true;
        send_signal(s->from, e);
        return true;
    }
    if (s->kind == SignalKind::Monitor) {
        send_signal(s->from, make_signal(SignalKind::MonitorDown, to, reason, s->ref));
        return true;
    }
    return false;
}

void answer_undeliverable(Term to_pid, Signal* s, Process* dead, Term reason) {
    switch (s->kind) {
    case SignalKind::Link:
    case SignalKind::Monitor:
        answer_link_or_monitor(to_pid, s, dead && s->kind == SignalKind::Link && s->ref == kSpawnReplyLink ? reason : am_noproc);
        break;
    case SignalKind::Request: {
        // The dead answer is built on the exiting process's heap if there is one, else in a scratch
        // fragment, and copied into the reply.
        HeapFragment* scratch = HeapFragment::create(64);
        FragmentAllocator a(scratch);
        Term answer = dead ? s->handler(nullptr, s->payload, *dead) : s->handler(nullptr, s->payload, a);
        if (answer == kNonValue) {}  // a request that wants no answer
        else if (s->reply_as_message) send_signal(s->from, make_signal(SignalKind::Message, to_pid, answer));
        else send_signal(s->from, make_signal(SignalKind::Reply, to_pid, answer, s->ref));
        release_fragment(scratch);
        break;
    }
    case SignalKind::Message:
        note_dropped(to_pid, s->payload);
        break;
    default:
        break;
    }
    if (s->fragment) release_fragment(s->fragment);
    delete s;
}

Term request_from(Process* p, Term target_pid, RequestHandler handler, Term arg) {
    if (p->request_id != 0) {
        if (p->request_reply == kNonValue) {
            p->yield_requested = true;  // still waiting for the answer
            return kNonValue;
        }
        Term answer = p->request_reply;
        p->request_reply = kNonValue;
        p->request_id = 0;
        return answer;
    }
    if (target_pid == p->pid) return handler(p, arg, *p);
    std::uint64_t id = next_reference_id();
    Signal* s = make_signal(SignalKind::Request, p->pid, arg, make_small(static_cast<SWord>(id)));
    s->handler = handler;
    p->request_id = id;
    p->request_reply = kNonValue;
    send_signal(target_pid, s);
    p->yield_requested = true;
    return kNonValue;
}

bool send_request_message(Process* p, Term target_pid, RequestHandler handler, Term arg) {
    Signal* s = make_signal(SignalKind::Request, p->pid, arg);
    s->handler = handler;
    s->reply_as_message = true;
    return send_signal(target_pid, s);
}

bool deliver_message(Term to_pid, Term msg) {
    auto* s = new Signal();
    s->kind = SignalKind::Message;
    s->fragment = copy_to_fragment(msg, &s->payload);
    send_signal(to_pid, s);
    return true;
}

bool send_message(Process* sender, Term to, Term msg) {
    if (sender && (sender->trace_flags.load(std::memory_order_relaxed) & kTraceSend)) [[unlikely]]
        trace_send(sender, to, msg);  // also a send to an unregistered name, before its badarg (as erl)
    Term pid = to;
    if (is_atom(to)) {
        pid = whereis_name(to);
        if (pid == am_undefined) {
            raise_error_args(sender, am_badarg);
            return false;
        }
    } else if (is_tuple(to) && tuple_arity(to) == 2 && is_atom(tuple_element(to, 0)) &&
               is_atom(tuple_element(to, 1))) {
        // {Name, Node}: a name on another node goes to that node (dropped if it cannot be reached).
        if (tuple_element(to, 1) != this_node()) {
            if (DistSignalHandler* h = g_dist_handler.load())
                h->reg_send(sender, tuple_element(to, 0), tuple_element(to, 1), msg);
            return true;
        }
        pid = whereis_name(tuple_element(to, 0));
        if (pid == am_undefined) return true;
    } else if (is_local_ref(to)) {
        // A process alias: delivered while active (checked again by the owner when it takes it).
        std::uint64_t id = ref_id(to);
        pid = alias_owner_pid(id);
        if (pid == kNil) return true;
        auto* s = new Signal();
        s->kind = SignalKind::Message;
        s->from = sender ? sender->pid : kNil;
        s->sender_caps = sender ? sender->capabilities : kCapAll;
        s->ref = make_small(static_cast<SWord>(id));
        s->fragment = copy_to_fragment(msg, &s->payload);
        if (sender && sender->seq_token && live_token(sender->seq_token)) [[unlikely]]
            s->seq_token = seq_trace_send(sender, to, msg);
        send_signal(pid, s);
        return true;
    } else if (is_external_ref(to)) {
        // An alias of another node's process.
        if (DistSignalHandler* h = g_dist_handler.load()) h->alias_send(sender, to, msg);
        return true;
    } else if (!is_local_pid(to) && !is_external_pid(to)) {
        if (!is_local_port(to)) {  // a port takes the message as a port command (vm/port_hooks.hpp)
            raise_error_args(sender, am_badarg);
            return false;
        }
    }
    // A message to a port is a port command (or close/connect): a port of another process needs the
    // capabilities erlang:port_command/2 would (docs/capabilities.md).
    constexpr CapabilitySet kPortCaps = kCapProcess | kCapNetwork | kCapOsProcess;
    if (sender && is_local_port(pid) && (sender->capabilities & kPortCaps) != kPortCaps) [[unlikely]] {
        PortSignalHandler* h = port_signal_handler();
        CapabilitySet need = h ? h->port_use_capabilities(pid, sender->pid) : 0;
        if (need & ~sender->capabilities) {
            raise_capability_denied(sender, need & ~sender->capabilities, "erlang", "send", 2);
            return false;
        }
    }
    auto* s = new Signal();
    s->kind = SignalKind::Message;
    s->from = sender ? sender->pid : kNil;
    s->sender_caps = sender ? sender->capabilities : kCapAll;
    s->fragment = copy_to_fragment(msg, &s->payload);
    if (sender && sender->seq_token && live_token(sender->seq_token)) [[unlikely]]
        s->seq_token = seq_trace_send(sender, pid, msg);
    send_signal(pid, s);
    return true;
}

void arm_receive_timeout(Process* p, std::uint64_t deadline_ns) {
    arm_receive_timer(p, deadline_ns);
}

std::uint64_t deadline_after_ms(std::int64_t ms) {
    return monotonic_now_ns() + static_cast<std::uint64_t>(ms) * 1'000'000u;
}

void deactivate_alias(Process* p, std::uint64_t id) {
    if (!p->aliases || !p->aliases->erase(id)) return;
    forget_alias(id);
}

bool parse_monitor_options(Term opts, AliasMode& alias, Term& tag) {
    static const Term alias_atom = AtomTable::global().intern("alias");
    static const Term tag_atom = AtomTable::global().intern("tag");
    static const Term explicit_unalias = AtomTable::global().intern("explicit_unalias");
    static const Term reply_demonitor = AtomTable::global().intern("reply_demonitor");
    static const Term demonitor_atom = AtomTable::global().intern("demonitor");
    Term t = opts;
    for (; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (!is_tuple(o) || tuple_arity(o) != 2) return false;
        Term key = tuple_element(o, 0), value = tuple_element(o, 1);
        if (key == alias_atom) {
            if (value == explicit_unalias) alias = AliasMode::ExplicitUnalias;
            else if (value == demonitor_atom) alias = AliasMode::Demonitor;
            else if (value == reply_demonitor) alias = AliasMode::ReplyDemonitor;
            else return false;
        } else if (key == tag_atom) {
            tag = value;
        } else {
            return false;
        }
    }
    return t == kNil;
}

namespace {
std::mutex g_time_offset_mutex;
std::set<std::pair<Term, std::uint64_t>> g_time_offset_monitors;  // (holder pid, ref id)
}  // namespace

void add_time_offset_monitor(Term pid, std::uint64_t id) {
    std::lock_guard lock(g_time_offset_mutex);
    g_time_offset_monitors.insert({pid, id});
}

void notify_time_offset_change(std::int64_t offset_ns) {
    std::vector<std::pair<Term, std::uint64_t>> holders;
    {
        std::lock_guard lock(g_time_offset_mutex);
        holders.assign(g_time_offset_monitors.begin(), g_time_offset_monitors.end());
    }
    HeapFragment* scratch = HeapFragment::create(4 + 3 * holders.size());  // the offset, a pair per holder
    FragmentAllocator a(scratch);
    Term offset = make_integer(a, offset_ns);
    for (const auto& [pid, id] : holders) {
        // In the holder's context, so a monitor removed before the signal arrives gets nothing.
        Signal* s = make_signal(SignalKind::Request, pid, make_tuple2(a, make_small(SWord(id)), offset));
        s->handler = [](Process* target, Term arg, HeapAllocator& heap) -> Term {
            if (!target) return kNonValue;
            std::uint64_t id = std::uint64_t(small_value(tuple_element(arg, 0)));
            auto it = target->rel().monitors.find(id);
            if (it == target->rel().monitors.end() || !it->second.time_offset) return kNonValue;
            static const Term am_CHANGE = AtomTable::global().intern("CHANGE");
            static const Term am_time_offset = AtomTable::global().intern("time_offset");
            static const Term am_clock_service = AtomTable::global().intern("clock_service");
            Term tag = it->second.tag == kNil ? am_CHANGE : it->second.tag;
            deliver_message(target->pid, make_tuple5(heap, tag, make_ref(heap, id), am_time_offset, am_clock_service,
                                                     tuple_element(arg, 1)));
            return kNonValue;
        };
        send_signal(pid, s);
    }
    release_fragment(scratch);
}

void send_demonitor(Term watcher, std::uint64_t id, const MonitorInfo& info) {
    if (info.time_offset) {
        std::lock_guard lock(g_time_offset_mutex);
        g_time_offset_monitors.erase({watcher, id});
        return;
    }
    Term ref = make_small(static_cast<SWord>(id));
    if (is_local_pid(info.target) || is_local_port(info.target) || is_external_pid(info.target)) {
        send_signal(info.target, make_signal(SignalKind::Demonitor, watcher, kNil, ref));
    } else if (info.node != kNil && info.name != kNil) {
        // A monitor of {Name, Node} on another node.
        if (DistSignalHandler* h = g_dist_handler.load())
            h->node_signal(info.node, info.name, make_signal(SignalKind::Demonitor, watcher, kNil, ref));
    }
}

bool remove_monitor(Process* p, std::uint64_t id) {
    auto it = p->rel().monitors.find(id);
    if (it == p->rel().monitors.end()) return false;
    send_demonitor(p->pid, id, it->second);
    AliasMode mode = it->second.alias;
    p->rel().monitors.erase(it);
    if (mode == AliasMode::Demonitor || mode == AliasMode::ReplyDemonitor) deactivate_alias(p, id);
    return true;
}

void adopt_message(Process* p, Message* m) {
    if (!m->fragment) return;
    HeapFragment* f = m->fragment;
    m->fragment = nullptr;
    adopt_fragment(p, f);
}

void adopt_fragment(Process* p, HeapFragment* f) {
    // The fragment's refc binaries join the process's off-heap list.
    for (Term* refc = f->off_heap; refc;) {
        Term* next = reinterpret_cast<Term*>(refc[4]);
        p->add_off_heap(refc);
        refc = next;
    }
    f->off_heap = nullptr;
    f->next = p->fragments;
    p->fragments = f;
    p->charge_fragments(f->used);
}

void remove_current_message(Process* p) {
    Message* m = *p->save;
    p->last_sender_caps = m->sender_caps;
    *p->save = m->next;
    if (p->queue_tail == &m->next) p->queue_tail = p->save;
    if (m->fragment) release_fragment(m->fragment);
    delete m;
    --p->queue_len;
    if (p->max_message_queue_len != 0) p->queued_messages.fetch_sub(1, std::memory_order_relaxed);
    if (p->recv_marker == &m->next) p->recv_marker = p->save;
    p->save = &p->queue_head;
    disarm_receive_timer(p);
}

namespace {

void enqueue_message(Process* p, Term term, HeapFragment* f, SeqTokenRef token = nullptr,
                     CapabilitySet sender_caps = kCapAll) {
    if (p->trace_flags.load(std::memory_order_relaxed) & kTraceReceive) [[unlikely]]
        trace_receive(p, term);
    auto* m = new Message{nullptr, term, f, std::move(token), sender_caps};
    *p->queue_tail = m;
    p->queue_tail = &m->next;
    ++p->queue_len;
}

// Builds a message in a new fragment from a term that may point into the signal's fragment.
void enqueue_built(Process* p, Word words, Signal* s, Term (*build)(HeapAllocator&, Signal*)) {
    Word extra = s->fragment ? s->fragment->used : 0;
    HeapFragment* f = HeapFragment::create(words + extra);
    FragmentAllocator a(f);
    Term payload = s->payload;
    if (s->fragment) {
        // Re-copy the payload so the message owns all its words in one fragment.
        payload = copy_term(s->payload, a);
    }
    Signal copy = *s;
    copy.payload = payload;
    Term msg = build(a, &copy);
    if (p->max_message_queue_len != 0) p->queued_messages.fetch_add(1, std::memory_order_relaxed);
    enqueue_message(p, msg, f);
}

}  // namespace

// Precondition: p is running on this thread. Handles each arrived signal in order.
bool fetch_signals(Process* p) {
    Signal* list;
    {
        std::lock_guard lock(p->inbox_mutex);
        list = p->inbox_head;
        p->inbox_head = nullptr;
        p->inbox_tail = &p->inbox_head;
        p->signal_pending.store(false, std::memory_order_relaxed);
    }
    bool alive = true;
    while (list) {
        Signal* s = list;
        list = s->next;
        if (!alive) {
            // A signal ended the process: the ones behind it are answered as by a dead process
            // (a request after exit(P, kill) gets its dead answer, a monitor gets 'DOWN' noproc).
            s->next = nullptr;
            if (s->kind == SignalKind::Unlink) p->rel().links.erase(s->from);
            else if (s->kind == SignalKind::Demonitor) p->rel().monitored_by.erase(ref_id(s->ref));
            else if (s->kind == SignalKind::Exit && s->linked_exit) p->rel().links.erase(s->from);
            answer_undeliverable(p->pid, s, p, p->pending_exit);
            continue;
        }
        switch (s->kind) {
        case SignalKind::Message:
            if (s->ref != kNil) {
                // Through an alias: dropped if it was deactivated since; a reply alias ends here.
                std::uint64_t id = static_cast<std::uint64_t>(small_value(s->ref));
                auto it = p->aliases ? p->aliases->find(id) : decltype(p->aliases->begin()){};
                if (!p->aliases || it == p->aliases->end()) break;
                if (it->second == AliasMode::Reply) deactivate_alias(p, id);
                else if (it->second == AliasMode::ReplyDemonitor) remove_monitor(p, id);
            }
            enqueue_message(p, s->payload, s->fragment, std::move(s->seq_token), s->sender_caps);
            s->fragment = nullptr;
            break;
        case SignalKind::Exit: {
            if (s->linked_exit && !p->rel().links.count(s->from)) break;  // unlinked since: stale
            if (s->linked_exit) {
                p->rel().links.erase(s->from);
                // The link is gone with the signal: traced when the process lives on (it traps exits,
                // or the reason is normal), as erl; a process the signal kills traces only its exit.
                bool survives = p->trap_exit || (s->payload == am_normal && s->from != p->pid);
                if (survives && (p->trace_flags.load(std::memory_order_relaxed) & kTraceProcs)) [[unlikely]]
                    trace_proc_event(p, AtomTable::global().intern("getting_unlinked"), s->from);
            }
            bool untrappable = !s->linked_exit && s->payload == am_kill;
            if (untrappable) {
                p->pending_exit = am_killed;
                alive = false;
            } else if (p->trap_exit) {
                enqueue_built(p, 4, s, [](HeapAllocator& a, Signal* sig) {
                    return make_tuple3(a, am_EXIT, sig->from, sig->payload);
                });
            } else if (s->payload != am_normal || s->from == p->pid) {
                // An exit reason from another heap: copy it into a fragment the process keeps.
                Term reason = s->payload;
                if (s->fragment) {
                    adopt_fragment(p, s->fragment);
                    s->fragment = nullptr;
                }
                p->pending_exit = reason;
                alive = false;
            }
            break;
        }
        case SignalKind::Link:
            p->rel().links.insert(s->from);
            if (p->trace_flags.load(std::memory_order_relaxed) & kTraceProcs) [[unlikely]]
                trace_proc_event(p, AtomTable::global().intern("getting_linked"), s->from);
            break;
        case SignalKind::Unlink:
            p->rel().links.erase(s->from);
            if (p->trace_flags.load(std::memory_order_relaxed) & kTraceProcs) [[unlikely]]
                trace_proc_event(p, AtomTable::global().intern("getting_unlinked"), s->from);
            break;
        case SignalKind::Monitor:
            p->rel().monitored_by[ref_id(s->ref)] = s->from;
            break;
        case SignalKind::Demonitor:
            p->rel().monitored_by.erase(ref_id(s->ref));
            break;
        case SignalKind::Request: {
            Term answer = s->handler(p, s->payload, *p);
            // A handler may keep its answer back (kNonValue: it is sent later, as a GC request's).
            if (answer == kNonValue) break;
            if (s->reply_as_message) send_signal(s->from, make_signal(SignalKind::Message, p->pid, answer));
            else send_signal(s->from, make_signal(SignalKind::Reply, p->pid, answer, s->ref));
            break;
        }
        case SignalKind::Reply:
            if (p->request_id != 0 && is_small(s->ref) && static_cast<std::uint64_t>(small_value(s->ref)) == p->request_id) {
                if (s->fragment) adopt_fragment(p, s->fragment);
                s->fragment = nullptr;
                p->request_reply = s->payload;
            }
            break;
        case SignalKind::MonitorDown: {
            auto it = p->rel().monitors.find(ref_id(s->ref));
            if (it == p->rel().monitors.end()) break;  // demonitored meanwhile
            // {'DOWN' | Tag, Ref, process, PidOrNameNode, Reason}; a monitor by name reports
            // {Name, Node}. The message owns all its words: the tag and reason are copied in.
            Process::MonitorInfo info = it->second;
            p->rel().monitors.erase(it);
            if (info.alias == AliasMode::Demonitor || info.alias == AliasMode::ReplyDemonitor)
                deactivate_alias(p, ref_id(s->ref));
            Word words = 6 + kRefWords + 3 + term_size(info.tag) + term_size(s->payload);
            HeapFragment* f = HeapFragment::create(words);
            FragmentAllocator a(f);
            Term from = info.name != kNil ? make_tuple2(a, info.name, info.node != kNil ? info.node : this_node()) : s->from;
            Term tag = info.tag == kNil ? am_DOWN : copy_term(info.tag, a);
            Term type = info.port || is_local_port(s->from) ? am_port : am_process;
            Term msg = make_tuple5(a, tag, copy_ref(a, s->ref), type, from, copy_term(s->payload, a));
            if (p->max_message_queue_len != 0) p->queued_messages.fetch_add(1, std::memory_order_relaxed);
            enqueue_message(p, msg, f);
            break;
        }
        }
        if (s->fragment) release_fragment(s->fragment);
        delete s;
    }
    return alive;
}

}  // namespace ember::vm
