// erlang:process_info/1,2 and process_display/2 (OTP erl_bif_info.c process_info_aux; items and
// shapes as erl 25 prints them).
//
// Reading a process: only the thread running a process touches its private state (vm/process.hpp).
// The caller reads itself directly. Another process is asked with a request signal (vm/messages.hpp
// request_from): the answer is built in the target's own context, after every signal the caller sent
// it before (so link(P) then process_info(P, links) sees the link, as in erl), on the target's heap,
// and deep-copied into the reply. A dead or exiting target answers `undefined`.
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/node_name.hpp"
#include "bifs/erlang_info.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/code.hpp"
#include "vm/copy.hpp"
#include "vm/gc.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"
#include "vm/term_print.hpp"
#include "vm/trace.hpp"

namespace ember::bifs {

using namespace ember::vm;
using scheduler::Scheduler;

namespace {

// The process_info items. One table maps each item's atom to its id (kItems below).
enum class Item : std::uint8_t {
    RegisteredName, CurrentFunction, CurrentLocation, CurrentStacktrace, InitialCall, Status,
    MessageQueueLen, Messages, Links, Dictionary, TrapExit, ErrorHandler, Priority, GroupLeader,
    HeapSize, TotalHeapSize, StackSize, Reductions, Memory, Monitors, MonitoredBy, GarbageCollection,
    GarbageCollectionInfo, MinHeapSize, MinBinVheapSize, FullsweepAfter, MaxHeapSize, MessageQueueData,
    LastCalls, Suspending, Binary, SequentialTraceToken, Parent, Catchlevel, Backtrace, Trace, MagicRef,
    DroppedMessages,  // Ember: messages dropped by spawn_opt {max_message_queue_len, N} (erl: badarg)
};

struct ItemSpec {
    const char* name;
    Item item;
};
constexpr ItemSpec kItems[] = {
    {"registered_name", Item::RegisteredName},
    {"current_function", Item::CurrentFunction},
    {"current_location", Item::CurrentLocation},
    {"current_stacktrace", Item::CurrentStacktrace},
    {"initial_call", Item::InitialCall},
    {"status", Item::Status},
    {"message_queue_len", Item::MessageQueueLen},
    {"messages", Item::Messages},
    {"links", Item::Links},
    {"dictionary", Item::Dictionary},
    {"trap_exit", Item::TrapExit},
    {"error_handler", Item::ErrorHandler},
    {"priority", Item::Priority},
    {"group_leader", Item::GroupLeader},
    {"heap_size", Item::HeapSize},
    {"total_heap_size", Item::TotalHeapSize},
    {"stack_size", Item::StackSize},
    {"reductions", Item::Reductions},
    {"memory", Item::Memory},
    {"monitors", Item::Monitors},
    {"monitored_by", Item::MonitoredBy},
    {"garbage_collection", Item::GarbageCollection},
    {"garbage_collection_info", Item::GarbageCollectionInfo},
    {"min_heap_size", Item::MinHeapSize},
    {"min_bin_vheap_size", Item::MinBinVheapSize},
    {"fullsweep_after", Item::FullsweepAfter},
    {"max_heap_size", Item::MaxHeapSize},
    {"message_queue_data", Item::MessageQueueData},
    {"last_calls", Item::LastCalls},
    {"suspending", Item::Suspending},
    {"binary", Item::Binary},
    {"sequential_trace_token", Item::SequentialTraceToken},
    {"parent", Item::Parent},
    {"catchlevel", Item::Catchlevel},
    {"backtrace", Item::Backtrace},
    {"trace", Item::Trace},
    {"magic_ref", Item::MagicRef},
    {"dropped_messages", Item::DroppedMessages},
};

// erl's own list of the items (erts_debug:get_internal_state(process_info_args), OTP erl_bif_info.c
// pi_args), in its order; Ember's dropped_messages is not among them.
constexpr const char* kErlItemOrder[] = {
    "registered_name", "current_function", "initial_call", "status", "messages", "message_queue_len", "links",
    "monitors", "monitored_by", "dictionary", "trap_exit", "error_handler", "heap_size", "stack_size", "memory",
    "garbage_collection", "group_leader", "reductions", "priority", "trace", "binary", "sequential_trace_token",
    "catchlevel", "backtrace", "last_calls", "total_heap_size", "suspending", "min_heap_size",
    "min_bin_vheap_size", "max_heap_size", "current_location", "current_stacktrace", "message_queue_data",
    "garbage_collection_info", "magic_ref", "fullsweep_after", "parent"};

// The item named by `key`, or nullptr if it is not one.
const Item* find_item(Term key) {
    static const std::unordered_map<Term, Item> table = [] {
        std::unordered_map<Term, Item> t;
        for (const ItemSpec& s : kItems) t.emplace(atom(s.name), s.item);
        return t;
    }();
    if (!is_atom(key)) return nullptr;
    auto it = table.find(key);
    return it == table.end() ? nullptr : &it->second;
}

// erl 25's default item list for process_info/1, in its order (registered_name only if there is one).
constexpr Item kDefaultItems[] = {
    Item::RegisteredName, Item::CurrentFunction, Item::InitialCall,  Item::Status,
    Item::MessageQueueLen, Item::Links,          Item::Dictionary,   Item::TrapExit,
    Item::ErrorHandler,   Item::Priority,        Item::GroupLeader,  Item::TotalHeapSize,
    Item::HeapSize,       Item::StackSize,       Item::Reductions,   Item::GarbageCollection,
    Item::Suspending,
};
Term item_atom(Item item) {
    for (const ItemSpec& s : kItems)
        if (s.item == item) return atom(s.name);
    return am_undefined;
}

// Who reads process q: q itself (the BIF runs on q), or q answering another process's request in its
// own context (the answer is copied into the reply at once, so q's terms need no copy).
enum class Reader : std::uint8_t { Self, Request };

Word heap_words(const Process* q) { return Word(q->heap_end - q->heap_start); }
Word stack_words(const Process* q) { return Word(q->heap_end - q->stop); }
Word old_heap_words(const Process* q) { return Word(q->old_heap_end - q->old_heap_start); }

// {M, F, A} of the function containing pc, or kNonValue.
Term mfa_at(HeapAllocator& h, const Instr* pc) {
    if (!pc) return kNonValue;
    Module* m = CodeServer::global().module_at(pc);
    if (!m) return kNonValue;
    const FunctionInfo* f = m->function_at(pc);
    if (!f) return kNonValue;
    return make_tuple3(h, m->name, f->name, make_small(f->arity));
}

// {M, F, A, Location} of the function containing pc, or kNonValue.
Term location_at(HeapAllocator& h, const Instr* pc) {
    if (!pc) return kNonValue;
    Module* m = CodeServer::global().module_at(pc);
    if (!m) return kNonValue;
    const FunctionInfo* f = m->function_at(pc);
    if (!f) return kNonValue;
    Term loc = kNil;
    if (const LineRef* l = m->line_at(pc); l && l->file() < m->file_terms.size()) {
        loc = make_cons(h, make_tuple2(h, am_line, make_small(l->line())), loc);
        loc = make_cons(h, m->file_terms[l->file()], loc);
    }
    return make_tuple4(h, m->name, f->name, make_small(f->arity), loc);
}

// Where q is: its current instruction when that is module code (the BIF was called from module
// code by call_bif, or q waits in a receive), else its return address (a BIF run from its export
// stub via call_ext), past any trace frames (a call-traced BIF returns through them).
const Instr* current_pc(const Process* q) {
    if (q->i && CodeServer::global().module_at(q->i)) return q->i;
    return resume_address(q->cp, q->stop);
}

// [{M, F, A, Location}]: the current function, then one frame per return address (the CP register
// when set, then every CP word on the stack, newest first), at most backtrace_depth frames.
Term stacktrace_of(HeapAllocator& h, const Process* q) {
    std::vector<const Instr*> pcs;
    const Instr* pc = current_pc(q);
    pcs.push_back(pc);
    if (q->cp && q->cp != pc) pcs.push_back(q->cp);
    for (const Term* s = q->stop; s && s < q->heap_end; ++s)
        if (*s != 0 && is_header(*s)) pcs.push_back(reinterpret_cast<const Instr*>(*s));
    std::vector<Term> frames;
    std::size_t depth = static_cast<std::size_t>(backtrace_depth());
    for (std::size_t i = 0; i < pcs.size(); ++i) {
        if (frames.size() >= depth) break;
        // A return address points after its call: the frame's line is the call's (as in exception
        // stack traces, vm/exceptions.cpp), not the next line's.
        const Instr* at = i == 0 ? pcs[i] : pcs[i] - 1;
        Term loc = location_at(h, at);
        if (loc != kNonValue) frames.push_back(loc);
    }
    return make_list_of(h, frames.data(), frames.size());
}

// "M:F/A + Offset" of a code address (offset in bytes from the function's entry, as erl prints it).
std::string describe_pc(const Instr* pc) {
    Module* m = pc ? CodeServer::global().module_at(pc) : nullptr;
    const FunctionInfo* f = m ? m->function_at(pc) : nullptr;
    if (!f) return "unknown function";
    std::string out;
    append_atom_w(out, m->name);
    out += ":";
    append_atom_w(out, f->name);
    return out + "/" + std::to_string(f->arity) + " + " + std::to_string((pc - f->entry()) * sizeof(Instr));
}

}  // namespace

// The text of process_info(P, backtrace) and process_display(P, backtrace): erl's layout (program
// counter, CP, then one line per stack frame's return address), Ember's addresses.
std::string backtrace_text(const Process* q) {
    if (q->sensitive.load(std::memory_order_relaxed)) return {};  // hidden, as erl's stack dump is
    char buf[64];
    const Instr* pc = current_pc(q);
    std::snprintf(buf, sizeof buf, "Program counter: %p (", static_cast<const void*>(pc));
    std::string out = buf + describe_pc(pc) + ")\n";
    if (q->cp && q->cp != pc) {
        std::snprintf(buf, sizeof buf, "%p", static_cast<const void*>(q->cp));
        out += "CP: " + std::string(buf) + " (" + describe_pc(q->cp) + ")\n";
    }
    out += "\n";
    for (const Term* s = q->stop; s && s < q->heap_end; ++s) {
        if (*s == 0 || !is_header(*s)) continue;
        const Instr* ret = reinterpret_cast<const Instr*>(*s);
        std::snprintf(buf, sizeof buf, "%p Return addr %p (", static_cast<const void*>(s),
                      static_cast<const void*>(ret));
        std::string where = CodeServer::global().module_at(ret) ? describe_pc(ret) : "<terminate process normally>";
        out += buf + where + ")\n\n";
    }
    return out;
}

namespace {

// Active catches and trys: the catch tags on the stack (erl counts them as they are pushed).
std::size_t catch_level(const Process* q) {
    std::size_t n = 0;
    for (const Term* s = q->stop; s && s < q->heap_end; ++s) n += is_catch(*s);
    return n;
}

Term gc_info(HeapAllocator& h, const Process* q) {
    Term items[] = {
        make_tuple2(h, am_max_heap_size, max_heap_size_map(h, q->max_heap)),
        make_tuple2(h, am_min_bin_vheap_size, make_small(SWord(kMinBinVheapSize))),
        make_tuple2(h, am_min_heap_size, make_small(SWord(q->min_heap_size))),
        make_tuple2(h, am_fullsweep_after, make_integer_u64(h, q->fullsweep_after)),
        make_tuple2(h, atom("minor_gcs"), make_integer_u64(h, q->minor_gcs)),
    };
    return make_list_of(h, items, 5);
}

// garbage_collection_info: erl's keys and values (vm/gc.hpp).
Term gc_info_detail(HeapAllocator& h, const Process* q) {
    std::vector<Term> items;
    for (const GcInfoItem& item : gc_info_items(q, heap_words(q)))
        items.push_back(make_tuple2(h, atom(item.key), make_integer_u64(h, item.value)));
    return make_list_of(h, items.data(), items.size());
}

// Messages queued: the private queue plus Message signals still in the inbox (read under the
// inbox mutex; the inbox is the only part other threads write).
std::size_t queue_length(Process* q) {
    std::size_t n = q->queue_len;
    std::lock_guard lock(q->inbox_mutex);
    for (Signal* s = q->inbox_head; s; s = s->next) n += s->kind == SignalKind::Message;
    return n;
}

// The queued messages in order. A self reader copies them: a message not yet received may sit in a
// fragment that goes away when it is removed.
Term message_list(HeapAllocator& h, Process* q, Reader reader) {
    auto take = [&](Term t) { return reader == Reader::Self ? copy_term(t, h) : t; };
    std::vector<Term> items;
    for (Message* m = q->queue_head; m; m = m->next) items.push_back(take(m->term));
    {
        std::lock_guard lock(q->inbox_mutex);
        for (Signal* s = q->inbox_head; s; s = s->next)
            if (s->kind == SignalKind::Message) items.push_back(take(s->payload));
    }
    return make_list_of(h, items.data(), items.size());
}

// Whether q's next instruction is the head of a receive (loop_rec), where a waiting process resumes.
bool at_receive(const Process* q) {
    if (!q->i) return false;
    const void* const* handlers = instruction_handlers();
    return untraced_word(q->i) == reinterpret_cast<Instr>(handlers[static_cast<int>(Op::loop_rec)]);
}

// At a receive with no clauses (`receive after T -> ... end`, timer:sleep/1; `receive after infinity
// -> ... end` is a plain wait): its loop is the wait_timeout or wait instruction itself, and no
// queued message is ever looked at.
bool at_clauseless_receive(const Process* q) {
    if (!q->i) return false;
    const void* const* handlers = instruction_handlers();
    Instr op = untraced_word(q->i);
    return op == reinterpret_cast<Instr>(handlers[static_cast<int>(Op::wait_timeout)]) ||
           op == reinterpret_cast<Instr>(handlers[static_cast<int>(Op::wait)]);
}

// status. The caller itself is `running`. A process answering a request runs only to answer it (it
// was woken for it, or is fetching signals in a receive); as OTP does, it reports `waiting` if it
// would otherwise wait (at a receive with every queued message scanned or with no clauses, or for
// its own request's answer, and no other signal pending), else `runnable`.
Term status_atom(Process* q, Reader reader) {
    if (reader == Reader::Self) return am_running;
    if (q->suspend_count > 0) return am_suspended;  // erlang:suspend_process/2 (vm/system_tasks.hpp)
    bool idle = (at_receive(q) && *q->save == nullptr) || at_clauseless_receive(q) ||
                (q->request_id != 0 && q->request_reply == kNonValue) ||
                (q->hibernating && q->queue_head == nullptr);
    if (!idle) return am_runnable;
    std::lock_guard lock(q->inbox_mutex);
    return q->inbox_head ? am_runnable : am_waiting;
}

Term priority_atom(Priority pr) {
    switch (pr) {
        case Priority::Max: return am_max;
        case Priority::High: return am_high;
        case Priority::Low: return am_low;
        default: return am_normal;
    }
}

// process_info(P, binary): {BinaryId, Size, RefCount} for each refc binary P references (young and
// old off-heap lists, newest first, as erl's MSO list): the id is the shared block's address, the
// size its bytes (OTP orig_size), the count its current references.
Term binary_list(HeapAllocator& h, const Process* q) {
    std::vector<Term> rows;
    for (Term* list : {q->off_heap, q->old_off_heap})
        for (Term* obj = list; obj; obj = reinterpret_cast<Term*>(obj[4])) {
            if (header_subtag(obj[0]) != Subtag::RefcBinary) continue;  // a magic reference
            const auto* b = reinterpret_cast<const Binary*>(obj[2]);
            rows.push_back(make_tuple3(h, make_integer_u64(h, reinterpret_cast<std::uintptr_t>(b)),
                                       make_integer_u64(h, b->size),
                                       make_integer(h, b->refs.load(std::memory_order_relaxed))));
        }
    return make_list_of(h, rows.data(), rows.size());
}

// The value of one item of q, built with h.
Term info_value(HeapAllocator& h, Process* q, Item item, Reader reader) {
    switch (item) {
    case Item::RegisteredName: {
        Term name = q->registered_name.load();
        return name == kNil ? kNil : name;
    }
    case Item::CurrentFunction: {
        if (q->hibernating) return make_tuple3(h, am_erlang, atom("hibernate"), make_small(3));  // as erl
        Term mfa = mfa_at(h, current_pc(q));
        return mfa == kNonValue ? am_undefined : mfa;
    }
    case Item::CurrentLocation: {
        Term loc = location_at(h, current_pc(q));
        return loc == kNonValue ? am_undefined : loc;
    }
    case Item::CurrentStacktrace: return stacktrace_of(h, q);
    case Item::InitialCall: return make_tuple3(h, q->initial_call[0], q->initial_call[1], q->initial_call[2]);
    case Item::Status: return status_atom(q, reader);
    case Item::MessageQueueLen: return make_integer_u64(h, queue_length(q));
    // A sensitive process hides its messages, dictionary and backtrace (erl answers [] and <<>>).
    case Item::Messages: return q->sensitive.load(std::memory_order_relaxed) ? kNil : message_list(h, q, reader);
    case Item::Links: {
        std::vector<Term> pids(q->rel().links.begin(), q->rel().links.end());
        std::sort(pids.begin(), pids.end());
        return make_list_of(h, pids.data(), pids.size());
    }
    case Item::Dictionary: {
        // In get/0's order (newest first), as erl lists both the same way. Terms on q's heap: the
        // caller's own, or copied into the reply.
        Term list = kNil;
        if (q->sensitive.load(std::memory_order_relaxed)) return list;
        for (const auto& [k, v] : q->dictionary) list = make_cons(h, make_tuple2(h, k, v), list);
        return list;
    }
    case Item::TrapExit: return make_bool(q->trap_exit);
    case Item::ErrorHandler: return q->error_handler == kNil ? am_error_handler : q->error_handler;
    case Item::Priority: return priority_atom(q->priority);
    case Item::GroupLeader: return q->group_leader;
    case Item::HeapSize: return make_integer_u64(h, heap_words(q));
    case Item::TotalHeapSize: return make_integer_u64(h, heap_words(q) + old_heap_words(q) + q->fragment_words);
    case Item::StackSize: return make_integer_u64(h, stack_words(q));
    case Item::Reductions: return make_integer_u64(h, q->reductions);
    case Item::Memory: return make_integer_u64(h, process_memory_bytes(q));
    case Item::Monitors: {
        Term list = kNil;
        for (const auto& [id, info] : q->rel().monitors) {
            if (is_pending_spawn_monitor(info)) continue;
            Term what = info.name != kNil ? make_tuple2(h, info.name, info.node != kNil ? info.node : this_node()) : info.target;
            Term entry = info.time_offset ? make_tuple2(h, atom("time_offset"), atom("clock_service"))
                                          : make_tuple2(h, info.port ? am_port : am_process, what);
            list = make_cons(h, entry, list);
        }
        return list;
    }
    case Item::MonitoredBy: {
        Term list = kNil;
        for (const auto& [id, pid] : q->rel().monitored_by) list = make_cons(h, pid, list);
        return list;
    }
    case Item::GarbageCollection: return gc_info(h, q);
    case Item::GarbageCollectionInfo: return gc_info_detail(h, q);
    case Item::MinHeapSize: return make_integer_u64(h, q->min_heap_size);
    case Item::MinBinVheapSize: return make_integer_u64(h, q->min_bin_vheap_size);
    case Item::FullsweepAfter: return make_integer_u64(h, q->fullsweep_after);
    case Item::MaxHeapSize: return max_heap_size_map(h, q->max_heap);
    case Item::MessageQueueData: return q->message_queue_off_heap ? atom("off_heap") : am_on_heap;
    case Item::LastCalls: return am_false;
    case Item::Suspending: {
        // [{Suspendee, ActiveCount, OutstandingCount}]: Ember's suspends are active once handled.
        std::vector<Term> rows;
        if (q->relations)
            for (const auto& [target, count] : q->relations->suspending)
                rows.push_back(make_tuple3(h, target, make_small(SWord(count)), make_small(0)));
        return make_list_of(h, rows.data(), rows.size());
    }
    case Item::Binary: return binary_list(h, q);
    case Item::MagicRef: return kNil;  // FIXME: erl lists magic references as {Id, Size, Refc} too
    case Item::SequentialTraceToken: return seq_token_of(q, h);
    case Item::Parent: return q->parent == kNil ? am_undefined : q->parent;
    case Item::Catchlevel: return make_small(SWord(catch_level(q)));
    case Item::Backtrace: return make_binary(h, backtrace_text(q));
    case Item::Trace: return make_small(0);
    case Item::DroppedMessages: return make_integer_u64(h, q->dropped_messages.load(std::memory_order_relaxed));
    }
    return am_undefined;
}

Term info_item(HeapAllocator& h, Process* q, Item item, Reader reader) {
    return make_tuple2(h, item_atom(item), info_value(h, q, item, reader));
}

// The request argument of process_info/1 (any atom that is not an item would do).
Term default_items_marker() { return am_undefined; }

// The whole answer of process_info(Q, Spec) for a live q. Spec is a valid item atom, a proper list of
// them, or default_items_marker() for process_info/1. Precondition: the caller may read q (see top).
Term answer(HeapAllocator& h, Process* q, Term spec, Reader reader) {
    if (spec == default_items_marker()) {
        std::vector<Term> items;
        for (Item item : kDefaultItems) {
            if (item == Item::RegisteredName && q->registered_name.load() == kNil) continue;
            items.push_back(info_item(h, q, item, reader));
        }
        return make_list_of(h, items.data(), items.size());
    }
    if (is_atom(spec)) {
        Item item = *find_item(spec);
        // A process without a name answers [] rather than {registered_name, []}.
        if (item == Item::RegisteredName && q->registered_name.load() == kNil) return kNil;
        return info_item(h, q, item, reader);
    }
    std::vector<Term> items;
    for (Term t = spec; is_list(t); t = cdr(t)) items.push_back(info_item(h, q, *find_item(car(t)), reader));
    return make_list_of(h, items.data(), items.size());
}

// Runs in the target's context (vm/messages.hpp RequestHandler).
Term answer_request(Process* target, Term spec, HeapAllocator& heap) {
    return target ? answer(heap, target, spec, Reader::Request) : am_undefined;
}

// process_info of pid (self or another process). Precondition: spec validated.
Term process_info(Process* p, Term pid, Term spec) {
    if (pid == p->pid) return answer(*p, p, spec, Reader::Self);
    // A dead pid answers at once; a request already in flight is always collected.
    if (p->request_id == 0 && !Scheduler::global().is_alive(pid)) return am_undefined;
    return request_from(p, pid, answer_request, spec);
}

EMBER_BIF(bif_process_info_2) {
    Term pid = args[0], spec = args[1];
    if (!is_local_pid(pid)) return badarg(p);
    // Another process's info needs `process`; one's own is free (docs/capabilities.md).
    if (pid != p->pid && !require_capabilities(p, kCapProcess, p->capabilities, "erlang", "process_info", 2))
        return kNonValue;
    if (is_atom(spec)) {
        if (spec == default_items_marker() || !find_item(spec)) return badarg(p);
    } else {
        if (list_length(spec) < 0) return badarg(p);
        for (Term t = spec; is_list(t); t = cdr(t))
            if (!find_item(car(t))) return badarg(p);
    }
    return process_info(p, pid, spec);
}

EMBER_BIF(bif_process_info_1) {
    if (!is_local_pid(args[0])) return badarg(p);
    if (args[0] != p->pid && !require_capabilities(p, kCapProcess, p->capabilities, "erlang", "process_info", 1))
        return kNonValue;
    return process_info(p, args[0], default_items_marker());
}

// process_display(Pid, backtrace): the backtrace text on stderr, like erl's (addresses differ),
// printed by the target in its own context. A dead process is badarg.
EMBER_BIF(bif_process_display_2) {
    if (!is_local_pid(args[0]) || args[1] != atom("backtrace")) return badarg(p);
    Term pid = args[0];
    auto display = [](Process* target, Term, HeapAllocator&) -> Term {
        if (!target) return am_false;
        std::string text = backtrace_text(target);
        std::fwrite(text.data(), 1, text.size(), stderr);
        return am_true;
    };
    if (pid == p->pid) return display(p, kNil, *p);
    if (p->request_id == 0 && !Scheduler::global().is_alive(pid)) return badarg(p);
    Term r = request_from(p, pid, display, kNil);
    if (r == kNonValue) return r;
    return r == am_true ? r : badarg(p);
}

const BifSpec kBifs[] = {
    {"erlang", "process_info", 1, bif_process_info_1, kCapPure},
    {"erlang", "process_info", 2, bif_process_info_2, kCapPure},
    {"erlang", "process_display", 2, bif_process_display_2, kCapProcess},
};

}  // namespace

Term process_info_items(HeapAllocator& heap, Process* q, Term items) { return answer(heap, q, items, Reader::Request); }

std::span<const BifSpec> erlang_process_info_bifs() { return kBifs; }

Term process_info_args(HeapAllocator& heap) {
    Term list = kNil;
    for (std::size_t i = std::size(kErlItemOrder); i-- > 0;) {
        Term name = atom(kErlItemOrder[i]);
        if (find_item(name)) list = make_cons(heap, name, list);
    }
    return list;
}

}  // namespace ember::bifs
