#include "vm/messages.hpp"

#include "scheduler/scheduler.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/exceptions.hpp"
#include "vm/runtime_support.hpp"

namespace ember::vm {

using scheduler::Scheduler;

namespace {

// Copies `t` into a new fragment sized exactly for it.
HeapFragment* copy_to_fragment(Term t, Term* out) {
    Word words = term_size(t);
    HeapFragment* f = HeapFragment::create(words);
    FragmentAllocator a(f);
    *out = copy_term(t, a);
    return f;
}

void push_signal(Process* p, Signal* s) {
    bool wake = false;
    {
        std::lock_guard lock(p->inbox_mutex);
        *p->inbox_tail = s;
        p->inbox_tail = &s->next;
        ProcessStatus expected = ProcessStatus::Waiting;
        wake = p->status.compare_exchange_strong(expected, ProcessStatus::Runnable);
    }
    if (wake) Scheduler::global().make_runnable(p);
}

}  // namespace

Signal* make_signal(SignalKind kind, Term from, Term payload, Term ref) {
    auto* s = new Signal();
    s->kind = kind;
    s->from = from;
    s->ref = ref;
    if (is_immed(payload)) s->payload = payload;
    else s->fragment = copy_to_fragment(payload, &s->payload);
    return s;
}

void send_signal(Term to_pid, Signal* s) {
    std::shared_lock<std::shared_mutex> lock;
    Process* p = Scheduler::global().lookup(to_pid, lock);
    if (!p) {
        if (s->fragment) release_fragment(s->fragment);
        delete s;
        return;
    }
    push_signal(p, s);
}

bool deliver_message(Term to_pid, Term msg) {
    auto* s = new Signal();
    s->kind = SignalKind::Message;
    s->fragment = copy_to_fragment(msg, &s->payload);
    send_signal(to_pid, s);
    return true;
}

bool send_message(Process* sender, Term to, Term msg) {
    Term pid = to;
    if (is_atom(to)) {
        pid = Scheduler::global().whereis(to);
        if (pid == am_undefined) {
            raise_error_args(sender, am_badarg);
            return false;
        }
    } else if (is_tuple(to) && tuple_arity(to) == 2 && is_atom(tuple_element(to, 0)) &&
               is_atom(tuple_element(to, 1))) {
        // {Name, Node}: only the local node exists.
        if (tuple_element(to, 1) != am_nonode_at_nohost) return true;  // no distribution: dropped
        pid = Scheduler::global().whereis(tuple_element(to, 0));
        if (pid == am_undefined) return true;
    } else if (!is_local_pid(to)) {
        if (is_local_port(to)) return true;  // FIXME: ports arrive with the port issue
        raise_error_args(sender, am_badarg);
        return false;
    }
    auto* s = new Signal();
    s->kind = SignalKind::Message;
    s->from = sender ? sender->pid : kNil;
    s->fragment = copy_to_fragment(msg, &s->payload);
    send_signal(pid, s);
    return true;
}

std::uint64_t deadline_after_ms(std::int64_t ms) {
    return Scheduler::global().now_ns() + static_cast<std::uint64_t>(ms) * 1'000'000u;
}

void adopt_message(Process* p, Message* m) {
    if (!m->fragment) return;
    HeapFragment* f = m->fragment;
    m->fragment = nullptr;
    // The fragment's refc binaries join the process's off-heap list.
    for (Term* refc = f->off_heap; refc;) {
        Term* next = reinterpret_cast<Term*>(refc[4]);
        p->add_off_heap(refc);
        refc = next;
    }
    f->off_heap = nullptr;
    f->next = p->fragments;
    p->fragments = f;
    p->fragment_words += f->used;
}

void remove_current_message(Process* p) {
    Message* m = *p->save;
    *p->save = m->next;
    if (p->queue_tail == &m->next) p->queue_tail = p->save;
    if (m->fragment) release_fragment(m->fragment);
    delete m;
    --p->queue_len;
    p->save = &p->queue_head;
    p->timer_deadline_ns = 0;
    p->timed_out = false;
}

namespace {

void enqueue_message(Process* p, Term term, HeapFragment* f) {
    auto* m = new Message{nullptr, term, f};
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
    }
    bool alive = true;
    while (list) {
        Signal* s = list;
        list = s->next;
        if (!alive) {
            if (s->fragment) release_fragment(s->fragment);
            delete s;
            continue;
        }
        switch (s->kind) {
        case SignalKind::Message:
            enqueue_message(p, s->payload, s->fragment);
            s->fragment = nullptr;
            break;
        case SignalKind::Exit: {
            if (s->linked_exit && !p->links.count(s->from)) break;  // unlinked since: stale
            if (s->linked_exit) p->links.erase(s->from);
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
                HeapFragment* f = nullptr;
                Term reason = s->payload;
                if (s->fragment) {
                    f = s->fragment;
                    s->fragment = nullptr;
                    f->next = p->fragments;
                    p->fragments = f;
                    p->fragment_words += f->used;
                }
                p->pending_exit = reason;
                alive = false;
            }
            break;
        }
        case SignalKind::Link:
            p->links.insert(s->from);
            break;
        case SignalKind::Unlink:
            p->links.erase(s->from);
            break;
        case SignalKind::Monitor:
            p->monitored_by[ref_id(s->ref)] = s->from;
            break;
        case SignalKind::Demonitor:
            p->monitored_by.erase(ref_id(s->ref));
            break;
        case SignalKind::MonitorDown: {
            auto it = p->monitors.find(ref_id(s->ref));
            if (it == p->monitors.end()) break;  // demonitored meanwhile
            // A monitor by name reports {Name, Node} in its 'DOWN' message.
            Term name = it->second.name;
            p->monitors.erase(it);
            Signal copy = *s;
            copy.from_is_name = name != kNil;
            if (name != kNil) copy.from = name;
            Word words = 6 + kRefWords + 3;
            enqueue_built(p, words, &copy, [](HeapAllocator& a, Signal* sig) {
                Term from = sig->from_is_name ? make_tuple2(a, sig->from, am_nonode_at_nohost) : sig->from;
                Term ref = copy_ref(a, sig->ref);
                return make_tuple5(a, am_DOWN, ref, am_process, from, sig->payload);
            });
            break;
        }
        }
        if (s->fragment) release_fragment(s->fragment);
        delete s;
    }
    return alive;
}

}  // namespace ember::vm
