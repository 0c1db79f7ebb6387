#include "vm/system_tasks.hpp"

#include "vm/atom_table.hpp"
#include "vm/gc.hpp"
#include "vm/literal_release.hpp"
#include "vm/messages.hpp"

namespace ember::vm {

void request_gc(Process* p, Term to, Term reply, bool major) {
    if (!p->gc_requested) p->gc_minor_only = true;
    if (major) p->gc_minor_only = false;
    Signal* s = make_signal(SignalKind::Message, to, reply);  // `from` holds the recipient until sent
    s->next = p->gc_replies;
    p->gc_replies = s;
    p->gc_requested = true;
}

void force_gc(Process* p) {
    p->gc_requested = true;
    p->gc_minor_only = false;
}

void request_copy_literals(Process* p, Term to, Term reply) {
    request_gc(p, to, reply, true);
    p->gc_copy_literals = true;
}

void flush_gc_replies(Process* p) {
    // Replies go out in request order (the list is newest first).
    Signal* rev = nullptr;
    while (p->gc_replies) {
        Signal* s = p->gc_replies;
        p->gc_replies = s->next;
        s->next = rev;
        rev = s;
    }
    while (rev) {
        Signal* s = rev;
        rev = s->next;
        s->next = nullptr;
        Term to = s->from;
        s->from = p->pid;
        send_signal(to, s);
    }
}

void run_requested_gc(Process* p) {
    if (!p->gc_requested || p->gc_disabled) return;
    p->gc_requested = false;
    // Switched out: the live argument registers are in saved_x, which the collector scans as a root.
    const LiteralArea* releasing = p->gc_copy_literals ? literal_area_releasing() : nullptr;
    p->gc_copy_literals = false;
    garbage_collect(p, 0, nullptr, 0, p->gc_minor_only ? GcSizing::Grow : GcSizing::Shrink, releasing);
    // Killed for its max_heap_size: its exit sends the replies, after it is done with its heap (an
    // area it still points into must not be freed before).
    if (!p->max_heap_killed) flush_gc_replies(p);
}

Term handle_suspend(Process* target, Term suspender, HeapAllocator&) {
    if (!target) return am_badarg;
    ++target->rel().suspended_by[suspender];
    ++target->suspend_count;
    return am_true;
}

Term handle_resume(Process* target, Term suspender, HeapAllocator&) {
    if (!target) return kNonValue;
    auto& by = target->rel().suspended_by;
    auto it = by.find(suspender);
    if (it == by.end()) return kNonValue;
    if (--it->second == 0) by.erase(it);
    --target->suspend_count;
    return kNonValue;
}

Term handle_resume_all(Process* target, Term suspender, HeapAllocator&) {
    if (!target) return kNonValue;
    auto& by = target->rel().suspended_by;
    auto it = by.find(suspender);
    if (it != by.end()) {
        target->suspend_count -= it->second;
        by.erase(it);
    }
    return kNonValue;
}

void release_suspends(Process* p) {
    if (!p->relations || p->relations->suspending.empty()) return;
    for (const auto& [target, count] : p->relations->suspending)
        send_request_message(p, target, handle_resume_all, p->pid);
    p->relations->suspending.clear();
}

}  // namespace ember::vm
