// The process table, registered names and process exit (OTP erl_ptab.c, erl_process.c
// erts_do_exit_process / erts_continue_exit_process, erl_proc_sig_queue.c for the exit signals).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include "nif/resource.hpp"
#include "scheduler/dist.hpp"
#include "scheduler/scheduler.hpp"
#include "scheduler/ports.hpp"
#include "scheduler/worker.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/gc.hpp"
#include "vm/literal_release.hpp"
#include "vm/map.hpp"
#include "vm/scratch_heap.hpp"
#include "vm/exit_hooks.hpp"
#include "vm/messages.hpp"
#include "vm/process_events.hpp"
#include "vm/runtime_support.hpp"
#include "vm/system_profile.hpp"
#include "vm/system_tasks.hpp"
#include "vm/term_print.hpp"
#include "vm/trace.hpp"

namespace ember::scheduler {

using namespace ember::vm;

Process* Scheduler::lookup(Term pid, std::shared_lock<std::shared_mutex>& lock) {
    if (!is_local_pid(pid)) return nullptr;
    Word number = pid_number(pid);
    Shard& s = shard_of(number);
    lock = std::shared_lock(s.mutex);
    auto it = s.table.find(number);
    if (it == s.table.end()) {
        lock.unlock();
        return nullptr;
    }
    return it->second.get();
}

bool Scheduler::in_table(std::uint64_t number) {
    Shard& s = shard_of(number);
    std::shared_lock lock(s.mutex);
    return s.table.count(number) != 0;
}

bool Scheduler::is_alive(Term pid) {
    std::shared_lock<std::shared_mutex> lock;
    Process* p = lookup(pid, lock);
    if (!p) return false;
    ProcessStatus s = p->status.load();
    return s != ProcessStatus::Exiting && s != ProcessStatus::Exited;
}

std::vector<Term> Scheduler::all_pids() {
    std::vector<Term> out;
    for (Shard& s : m_shards) {
        std::shared_lock lock(s.mutex);
        for (const auto& [n, p] : s.table) out.push_back(make_pid(n));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// ---- registered names: the name map is the truth; Process::registered_name mirrors it ----

bool Scheduler::register_name(Term name, Term pid) {
    std::unique_lock names(m_names_mutex);
    if (name == am_undefined || m_names.count(name)) return false;
    if (is_local_port(pid)) {
        // Lock order: names, then the port.
        if (!set_port_name(pid, name)) return false;
        m_names[name] = pid;
        return true;
    }
    std::shared_lock<std::shared_mutex> lock;
    Process* p = lookup(pid, lock);
    if (!p || p->registered_name.load() != kNil) return false;
    ProcessStatus st = p->status.load();
    if (st == ProcessStatus::Exiting || st == ProcessStatus::Exited) return false;
    m_names[name] = pid;
    p->registered_name.store(name);
    return true;
}

bool Scheduler::unregister_name(Term name) {
    std::unique_lock names(m_names_mutex);
    auto it = m_names.find(name);
    if (it == m_names.end()) return false;
    if (is_local_port(it->second)) {
        set_port_name(it->second, kNil);
        m_names.erase(it);
        return true;
    }
    std::shared_lock<std::shared_mutex> lock;
    if (Process* p = lookup(it->second, lock)) p->registered_name.store(kNil);
    m_names.erase(it);
    return true;
}

void Scheduler::unregister_name_of(Term name, Term holder) {
    std::unique_lock names(m_names_mutex);
    auto it = m_names.find(name);
    if (it != m_names.end() && it->second == holder) m_names.erase(it);
}

Term Scheduler::whereis(Term name) {
    std::shared_lock lock(m_names_mutex);
    auto it = m_names.find(name);
    return it == m_names.end() ? am_undefined : it->second;
}

std::vector<Term> Scheduler::registered() {
    std::shared_lock lock(m_names_mutex);
    std::vector<Term> out;
    for (const auto& [name, pid] : m_names) out.push_back(name);
    return out;
}

// ---- aliases ------------------------------------------------------------------------------------------

void Scheduler::add_alias(std::uint64_t id, Term owner) {
    AliasShard& s = m_aliases[id % 16];
    std::lock_guard lock(s.mutex);
    s.owners[id] = owner;
}

void Scheduler::remove_alias(std::uint64_t id) {
    AliasShard& s = m_aliases[id % 16];
    std::lock_guard lock(s.mutex);
    s.owners.erase(id);
}

Term Scheduler::alias_owner(std::uint64_t id) {
    AliasShard& s = m_aliases[id % 16];
    std::lock_guard lock(s.mutex);
    auto it = s.owners.find(id);
    return it == s.owners.end() ? kNil : it->second;
}

// ---- exit ---------------------------------------------------------------------------------------------

namespace {
// OTP 25 init.erl's to_string/2, which erl's init uses for the halt text "init terminating in do_boot
// (...)": a list that flattens to printable characters prints as its text, atoms unquoted, numbers and
// pids plainly, lists and tuples nested 4 deep as [_] and {_}, anything else (binaries, refs, funs,
// ports, maps) as nothing.
bool flatten_printable(Term t, std::string& out) {
    for (; is_list(t); t = cdr(t)) {
        Term h = car(t);
        if (is_list(h) || h == kNil) {
            if (!flatten_printable(h, out)) return false;
        } else if (is_small(h) && ((small_value(h) >= 32 && small_value(h) <= 126) || small_value(h) == '\n' ||
                                   small_value(h) == '\r' || small_value(h) == '\t')) {
            out.push_back(static_cast<char>(small_value(h)));
        } else {
            return false;
        }
    }
    return t == kNil;
}

void append_init_string(std::string& out, Term t, int depth) {
    if (is_list(t) || t == kNil) {
        if (depth >= 4) {
            out += "[_]";
            return;
        }
        std::string text;
        if (flatten_printable(t, text) && !text.empty()) {
            out += text;
            return;
        }
        out += '[';
        for (Term l = t; is_list(l); l = cdr(l)) {
            if (l != t) out += ',';
            append_init_string(out, car(l), depth + 1);
        }
        out += ']';
    } else if (is_atom(t)) {
        out += AtomTable::global().name(t);
    } else if (is_float(t)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.20e", float_value(t));
        out += buf;
    } else if (is_integer(t) || is_local_pid(t)) {
        out += format_term_w(t);
    } else if (is_tuple(t)) {
        if (depth >= 4) {
            out += "{_}";
            return;
        }
        out += '{';
        for (std::size_t i = 0; i < tuple_arity(t); ++i) {
            if (i > 0) out += ',';
            append_init_string(out, tuple_element(t, i), depth + 1);
        }
        out += '}';
    }
}

// Sends {log, error, Format, Args, Meta} to the system logger as erts does (utils.c
// send_error_term_to_logger), with Meta #{error_logger => #{emulator => true, tag => error}, gl, pid,
// time}; `build_args` makes Args on the message's heap. Returns false when no logger process is there
// to take it (Ember's own boot has none; the caller then writes to stderr), true when it was sent or is
// to be dropped (the system logger set to undefined, as erl drops the VM's reports then).
template <typename BuildArgs>
bool send_error_to_logger(Process* p, const char* format, BuildArgs build_args) {
    Scheduler& sched = Scheduler::global();
    Term logger = sched.system_logger();
    if (logger == am_undefined) return true;
    if (is_atom(logger)) logger = sched.whereis(logger);
    if (!is_local_pid(logger) || logger == p->pid || !sched.is_alive(logger)) return false;
    ScratchHeap heap;
    AtomTable& atoms = AtomTable::global();
    Term args = build_args(heap);
    Term el_keys[] = {atoms.intern("emulator"), atoms.intern("tag")};
    Term el_values[] = {am_true, am_error};
    Term el = map_from_pairs(heap, el_keys, el_values, 2);
    auto now_us = std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::system_clock::now().time_since_epoch()).count();
    Term keys[] = {atoms.intern("error_logger"), atoms.intern("gl"), atoms.intern("pid"), atoms.intern("time")};
    Term values[] = {el, p->group_leader, p->pid, make_integer(heap, static_cast<std::int64_t>(now_us))};
    Term meta = map_from_pairs(heap, keys, values, 4);
    deliver_message(logger, make_tuple5(heap, atoms.intern("log"), am_error, make_charlist(heap, format), args, meta));
    return true;
}

// A report for a process that ended abnormally, like OTP's error_logger message: to the system logger
// with Args [Pid, Reason]; written to stderr in logger's format when the logger process is not there.
void report_crash(Process* p, Term reason) {
    if (send_error_to_logger(p, "Error in process ~p with exit value:~n~p~n", [&](HeapAllocator& heap) {
            return make_cons(heap, p->pid, make_cons(heap, reason, kNil));
        }))
        return;
    std::string text = "=ERROR REPORT====\nError in process " + format_term_w(p->pid) + " with exit value:\n" +
                       format_term_report(reason) + "\n\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
}
}  // namespace

// erl's max_heap_size report (OTP 25 erl_gc.c reached_max_heap_size; Ember is never a distributed node,
// so no "on node ~p"): Args are the pid, the limit, the heap the collection would have made, the kill
// and error_logger flags, the message queue length and the process's garbage_collection_info with the
// new block counted in heap_block_size, as erl counts it. Runs in p's context (p is running).
// With no logger process (Ember's own boot) the text goes to stderr, without the GC info.
void report_max_heap_size(Process* p, Word total, Word heap_block) {
    std::size_t queue_len = p->queue_len;  // as erl: the messages taken in, not those still in the inbox
    const auto gc_info = gc_info_items(p, heap_block);
    auto build = [&](HeapAllocator& heap) {
        AtomTable& atoms = AtomTable::global();
        Term info = kNil;
        for (std::size_t k = std::size(gc_info); k-- > 0;)
            info = make_cons(heap, make_tuple2(heap, atoms.intern(gc_info[k].key), make_integer_u64(heap, gc_info[k].value)), info);
        Term items[] = {p->pid,
                        make_integer_u64(heap, p->max_heap.size),
                        make_integer_u64(heap, total),
                        make_bool(p->max_heap.kill),
                        make_bool(p->max_heap.error_logger),
                        make_integer_u64(heap, queue_len),
                        info};
        Term args = kNil;
        for (std::size_t k = std::size(items); k-- > 0;) args = make_cons(heap, items[k], args);
        return args;
    };
    if (send_error_to_logger(p,
                             "     Process:            ~p ~n"
                             "     Context:            maximum heap size reached~n"
                             "     Max Heap Size:      ~p~n"
                             "     Total Heap Size:    ~p~n"
                             "     Kill:               ~p~n"
                             "     Error Logger:       ~p~n"
                             "     Message Queue Len:  ~p~n"
                             "     GC Info:            ~p~n",
                             build))
        return;
    std::string text = "=ERROR REPORT====\n     Process:            " + format_term_w(p->pid) +
                       " \n     Context:            maximum heap size reached\n     Max Heap Size:      " +
                       std::to_string(p->max_heap.size) + "\n     Total Heap Size:    " + std::to_string(total) +
                       "\n     Kill:               " + (p->max_heap.kill ? "true" : "false") +
                       "\n     Error Logger:       true\n     Message Queue Len:  " + std::to_string(queue_len) +
                       "\n\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
}

// Runs the exit of p: closes its inbox (later signals are answered as by a dead process), answers the
// signals still queued, sends exit signals to links and 'DOWN's to monitors, frees the name, records
// the tombstone, then removes and frees p. Precondition: the calling thread holds p->main_lock.
void Scheduler::exit_process(Process* p) {
    // The exit reads p's heap until its end, also after answering a literal copy request at once.
    vm::ExitInProgress exiting;
    Term reason = p->exit_reason;
    // Like erts, only an uncaught error or throw is reported; exit/1 and exit signals are not.
    // The boot process's end is init's to report, as erl's init does for do_boot: erlang:display of
    // {"init terminating in do_boot", Reason}, then the halt text.
    if (p->crashed && p->pid != m_boot) report_crash(p, reason);
    if (p->pid == m_boot && reason != am_normal) {
        std::string shown = format_term_display(reason), text;
        append_init_string(text, reason, 0);
        std::fprintf(stderr, "{\"init terminating in do_boot\",%s}\ninit terminating in do_boot (%s)\n", shown.c_str(),
                     text.c_str());
        halt(1);
    }
    note_exited(p->pid, reason);
    if (vm::g_system_profile_procs.load(std::memory_order_relaxed)) [[unlikely]]
        vm::system_profile_runnable(p, false, true);
    disarm_receive_timer(p);
    if (p->wall_time_refs) drop_wall_time(p);
    flush_gc_replies(p);
    release_suspends(p);
    if (dist::linked_spawns_pending()) [[unlikely]] dist::requester_exited(p->pid, reason);
    // erl's trace order: {trace, P, exit, Reason}, then {trace, P, unregister, Name}.
    bool traced = (p->trace_flags.load(std::memory_order_relaxed) & kTraceProcs) != 0;
    if (traced) [[unlikely]] trace_proc_event(p, am_exit, reason);
    // The name is free before anyone hears of the exit (as in erl), including a process whose
    // monitor or link reaches the closed inbox below and is answered noproc at once.
    if (Term name = p->registered_name.load(); name != kNil) {
        std::unique_lock names(m_names_mutex);
        auto it = m_names.find(name);
        if (it != m_names.end() && it->second == p->pid) m_names.erase(it);
        p->registered_name.store(kNil);
        names.unlock();
        if (traced) [[unlikely]] trace_proc_event(p, AtomTable::global().intern("unregister"), name);
    }
    Signal* pending;
    {
        std::lock_guard lock(p->inbox_mutex);
        p->inbox_closed = true;
        pending = p->inbox_head;
        p->inbox_head = nullptr;
        p->inbox_tail = &p->inbox_head;
        p->status.store(ProcessStatus::Exiting);
    }
    // Signals that arrived but were not handled: the process is gone for them.
    while (pending) {
        Signal* s = pending;
        pending = s->next;
        s->next = nullptr;
        switch (s->kind) {
        case SignalKind::Unlink:
            p->rel().links.erase(s->from);
            break;
        case SignalKind::Demonitor:
            p->rel().monitored_by.erase(ref_id(s->ref));
            break;
        case SignalKind::Exit:
            if (s->linked_exit) p->rel().links.erase(s->from);  // the sender is gone: no signal back
            break;
        default:
            break;
        }
        answer_undeliverable(p->pid, s, p, reason);
    }
    if (p->aliases)
        for (const auto& [id, mode] : *p->aliases) remove_alias(id);
    run_process_exit_hooks(p);  // ETS tables go (or pass to their heirs) before anyone hears of the exit
    if (on_exit) on_exit(p);
    nif::ResourceTable::global().release_owned(p->pid);  // erl: files close when their owner dies
    // The tombstone is written while p is still in the table (a waiter never sees a gap).
    m_tombstones->record(pid_number(p->pid), reason,
                         p->keep_result && p->result != kNonValue ? std::optional<Term>(p->result) : std::nullopt);
    // Not counted any more once anyone can hear of the exit: system_info(process_count) after a
    // 'DOWN' or 'EXIT' does not include it (as in erl).
    m_process_count.fetch_sub(1, std::memory_order_relaxed);
    for (Term linked : p->rel().links) {
        Signal* s = make_signal(SignalKind::Exit, p->pid, reason);
        s->linked_exit = true;
        send_signal(linked, s);
    }
    for (const auto& [id, watcher] : p->rel().monitored_by)
        send_signal(watcher, make_signal(SignalKind::MonitorDown, p->pid, reason, make_small(static_cast<SWord>(id))));
    for (const auto& [id, info] : p->rel().monitors) send_demonitor(p->pid, id, info);
    std::unique_ptr<Process> dead;
    {
        Shard& s = shard_of(pid_number(p->pid));
        std::unique_lock lock(s.mutex);
        auto it = s.table.find(pid_number(p->pid));
        dead = std::move(it->second);
        s.table.erase(it);
    }
    // After the removal: a timer start either saw the process (and its entry is in the index) or
    // finds it gone.
    if (p->timers_aimed.load(std::memory_order_relaxed)) cancel_timers_to(p->pid);
    p->status.store(ProcessStatus::Exited);
    p->main_lock.unlock();
    // `dead` frees the process here: no lookup can reach it any more.
}

}  // namespace ember::scheduler
