// erlang module BIFs about the system and process introspection: statistics/1, system_info/1,
// system_flag/2, process_info/1,2, memory/0,1, bump_reductions/1, garbage_collect/1,2, hibernate/3,
// process_display/2 (OTP erts erl_bif_info.c, erl_process.c; shapes as erl 25 prints them).
//
// Reading another process: its fields are written only by the scheduler thread running it. With one
// scheduler thread (this issue) a BIF runs while every other process is switched out, so holding the
// process table's shared lock (Scheduler::lookup) is enough to read it; its inbox is read under its
// inbox mutex. FIXME: with several scheduler threads, process_info on another process must go through a
// signal (as OTP does) or a per-process lock, and statistics must not walk other processes' counters.
#include <sys/resource.h>
#include <sys/utsname.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "bifs/bif.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/copy.hpp"
#include "vm/map.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"
#include "vm/term_print.hpp"

namespace ember::bifs {

using namespace ember::vm;
using scheduler::Scheduler;

namespace {

Term atom(const char* name) { return AtomTable::global().intern(name); }

// Interned once; the atoms these BIFs use that vm/atoms.def does not have.
struct InfoAtoms {
    Term initial_call = atom("initial_call"), error_handler_flag = atom("error_handler");
    Term stack_size = atom("stack_size"), garbage_collection = atom("garbage_collection");
    Term current_stacktrace = atom("current_stacktrace"), current_location = atom("current_location");
    Term last_calls = atom("last_calls"), suspending = atom("suspending"), parent = atom("parent");
    Term catchlevel = atom("catchlevel"), sequential_trace_token = atom("sequential_trace_token");
    Term backtrace = atom("backtrace"), minor_gcs = atom("minor_gcs"), error_logger = atom("error_logger");
    Term size = atom("size"), runtime = atom("runtime"), wall_clock = atom("wall_clock");
    Term exact_reductions = atom("exact_reductions"), run_queue = atom("run_queue");
    Term context_switches = atom("context_switches"), input = atom("input"), output = atom("output");
    Term total = atom("total"), processes = atom("processes"), processes_used = atom("processes_used");
    Term system = atom("system"), atom_ = atom("atom"), atom_used = atom("atom_used"), ets = atom("ets");
    Term async = atom("async"), major = atom("major"), minor = atom("minor");
    Term backtrace_depth = atom("backtrace_depth");
};
const InfoAtoms& A() {
    static const InfoAtoms a;
    return a;
}

// ---- shared numbers -------------------------------------------------------------------------------------
constexpr Word kMinBinVheapSize = 46422;
constexpr Word kFullsweepAfter = 65535;
constexpr std::int64_t kProcessLimit = 262144;

std::atomic<int> g_backtrace_depth{kBacktraceDepth};

unsigned logical_processors() {
    unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}
// Ember runs one scheduler thread in this issue.
constexpr unsigned kSchedulers = 1;

// The caller itself, or another live process with the table's shared lock held in `lock`.
Process* find_process(Process* p, Term pid, std::shared_lock<std::shared_mutex>& lock) {
    if (pid == p->pid) return p;
    Process* q = Scheduler::global().lookup(pid, lock);
    if (!q) return nullptr;
    ProcessStatus s = q->status.load();
    if (s == ProcessStatus::Exiting || s == ProcessStatus::Exited) return nullptr;
    return q;
}

Word heap_words(const Process* q) { return Word(q->heap_end - q->heap_start); }
Word stack_words(const Process* q) { return Word(q->heap_end - q->stop); }
Word process_memory_bytes(const Process* q) {
    return Word(sizeof(Process)) + (heap_words(q) + q->fragment_words) * sizeof(Term) +
           q->dictionary.size() * 2 * sizeof(Term) + q->links.size() * 32 +
           (q->monitors.size() + q->monitored_by.size()) * 48;
}

// {M, F, A} of the function containing pc, or kNonValue.
Term mfa_at(Process* p, const Instr* pc) {
    if (!pc) return kNonValue;
    Module* m = CodeServer::global().module_at(pc);
    if (!m) return kNonValue;
    const FunctionInfo* f = m->function_at(pc);
    if (!f) return kNonValue;
    return make_tuple3(*p, m->name, f->name, make_small(f->arity));
}

// {M, F, A, Location} of the function containing pc, or kNonValue.
Term location_at(Process* p, const Instr* pc) {
    if (!pc) return kNonValue;
    Module* m = CodeServer::global().module_at(pc);
    if (!m) return kNonValue;
    const FunctionInfo* f = m->function_at(pc);
    if (!f) return kNonValue;
    Term loc = kNil;
    if (const LineRef* l = m->line_at(pc); l && l->file < m->files.size()) {
        loc = make_cons(*p, make_tuple2(*p, am_line, make_small(l->line)), loc);
        loc = make_cons(*p, make_tuple2(*p, am_file, make_charlist(*p, m->files[l->file])), loc);
    }
    return make_tuple4(*p, m->name, f->name, make_small(f->arity), loc);
}

// Where q is. For the caller: its current instruction when the BIF was called from module code
// (call_bif), else its return address (the BIF ran from its export stub via call_ext). For another
// process: its next instruction.
const Instr* current_pc(Process* p, Process* q) {
    if (q != p) return q->i;
    if (q->i && CodeServer::global().module_at(q->i)) return q->i;
    return q->cp;
}

// [{M, F, A, Location}]: the current function, then one frame per return address (the CP register
// when set, then every CP word on the stack, newest first), at most backtrace_depth frames.
Term stacktrace_of(Process* p, Process* q) {
    std::vector<const Instr*> pcs;
    const Instr* pc = current_pc(p, q);
    pcs.push_back(pc);
    if (q->cp && q->cp != pc) pcs.push_back(q->cp);
    for (const Term* s = q->stop; s && s < q->heap_end; ++s)
        if (*s != 0 && is_header(*s)) pcs.push_back(reinterpret_cast<const Instr*>(*s));
    std::vector<Term> frames;
    std::size_t depth = static_cast<std::size_t>(g_backtrace_depth.load());
    for (const Instr* at : pcs) {
        if (frames.size() >= depth) break;
        Term loc = location_at(p, at);
        if (loc != kNonValue) frames.push_back(loc);
    }
    return make_list_of(*p, frames.data(), frames.size());
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
    return out + "/" + std::to_string(f->arity) + " + " + std::to_string((pc - f->entry) * sizeof(Instr));
}

// The text of process_info(P, backtrace) and process_display(P, backtrace): erl's layout (program
// counter, CP, then one line per stack frame's return address), Ember's addresses.
std::string backtrace_text(Process* p, Process* q) {
    char buf[64];
    const Instr* pc = current_pc(p, q);
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

Term max_heap_size_map(Process* p) {
    Term keys[] = {A().error_logger, am_kill, A().size};
    Term values[] = {am_true, am_true, make_small(0)};
    return map_from_pairs(*p, keys, values, 3);
}

Term gc_info(Process* p, Process* q) {
    Term items[] = {
        make_tuple2(*p, am_max_heap_size, max_heap_size_map(p)),
        make_tuple2(*p, am_min_bin_vheap_size, make_small(kMinBinVheapSize)),
        make_tuple2(*p, am_min_heap_size, make_small(SWord(q->min_heap_size))),
        make_tuple2(*p, am_fullsweep_after, make_small(kFullsweepAfter)),
        make_tuple2(*p, A().minor_gcs, make_integer_u64(*p, q->gc_count)),
    };
    return make_list_of(*p, items, 5);
}

std::size_t queue_length(Process* q) {
    std::size_t n = q->queue_len;
    std::lock_guard lock(q->inbox_mutex);
    for (Signal* s = q->inbox_head; s; s = s->next) n += s->kind == SignalKind::Message;
    return n;
}

Term message_list(Process* p, Process* q) {
    std::vector<Term> items;
    for (Message* m = q->queue_head; m; m = m->next) items.push_back(copy_term(m->term, *p));
    {
        std::lock_guard lock(q->inbox_mutex);
        for (Signal* s = q->inbox_head; s; s = s->next)
            if (s->kind == SignalKind::Message) items.push_back(copy_term(s->payload, *p));
    }
    return make_list_of(*p, items.data(), items.size());
}

Term status_atom(Process* p, Process* q) {
    if (q == p) return am_running;
    switch (q->status.load()) {
        case ProcessStatus::Runnable: return am_runnable;
        case ProcessStatus::Running: return am_running;
        case ProcessStatus::Waiting: return am_waiting;
        default: return am_exiting;
    }
}

Term priority_atom(Priority pr) {
    switch (pr) {
        case Priority::Max: return am_max;
        case Priority::High: return am_high;
        case Priority::Low: return am_low;
        default: return am_normal;
    }
}

// The value of one process_info item of q, or kNonValue if `key` is not an item.
Term info_value(Process* p, Process* q, Term key) {
    const InfoAtoms& a = A();
    if (key == am_registered_name) return q->registered_name == kNil ? kNil : q->registered_name.load();
    if (key == am_current_function) {
        Term mfa = mfa_at(p, current_pc(p, q));
        return mfa == kNonValue ? am_undefined : mfa;
    }
    if (key == a.current_location) {
        Term loc = location_at(p, current_pc(p, q));
        return loc == kNonValue ? am_undefined : loc;
    }
    if (key == a.current_stacktrace) return stacktrace_of(p, q);
    if (key == a.initial_call) return make_tuple3(*p, q->initial_call[0], q->initial_call[1], q->initial_call[2]);
    if (key == am_status) return status_atom(p, q);
    if (key == am_message_queue_len) return make_integer_u64(*p, queue_length(q));
    if (key == am_messages) return message_list(p, q);
    if (key == am_links) {
        std::vector<Term> pids(q->links.begin(), q->links.end());
        std::sort(pids.begin(), pids.end());
        return make_list_of(*p, pids.data(), pids.size());
    }
    if (key == am_dictionary) {
        Term list = kNil;
        for (auto it = q->dictionary.rbegin(); it != q->dictionary.rend(); ++it) {
            Term k = q == p ? it->first : copy_term(it->first, *p);
            Term v = q == p ? it->second : copy_term(it->second, *p);
            list = make_cons(*p, make_tuple2(*p, k, v), list);
        }
        return list;
    }
    if (key == am_trap_exit) return q->trap_exit ? am_true : am_false;
    if (key == a.error_handler_flag) return am_error_handler;
    if (key == am_priority) return priority_atom(q->priority);
    if (key == am_group_leader) return q->group_leader;
    if (key == am_heap_size) return make_integer_u64(*p, heap_words(q));
    if (key == am_total_heap_size) return make_integer_u64(*p, heap_words(q) + q->fragment_words);
    if (key == a.stack_size) return make_integer_u64(*p, stack_words(q));
    if (key == am_reductions) return make_integer_u64(*p, q->reductions);
    if (key == am_memory) return make_integer_u64(*p, process_memory_bytes(q));
    if (key == am_monitors) {
        Term list = kNil;
        for (const auto& [id, info] : q->monitors) {
            Term what = info.name != kNil ? make_tuple2(*p, info.name, am_nonode_at_nohost) : info.target;
            list = make_cons(*p, make_tuple2(*p, am_process, what), list);
        }
        return list;
    }
    if (key == am_monitored_by) {
        Term list = kNil;
        for (const auto& [id, pid] : q->monitored_by) list = make_cons(*p, pid, list);
        return list;
    }
    if (key == a.garbage_collection) return gc_info(p, q);
    if (key == am_min_heap_size) return make_integer_u64(*p, q->min_heap_size);
    if (key == am_min_bin_vheap_size) return make_small(kMinBinVheapSize);
    if (key == am_fullsweep_after) return make_small(kFullsweepAfter);
    if (key == am_max_heap_size) return max_heap_size_map(p);
    if (key == am_message_queue_data) return am_on_heap;
    if (key == a.last_calls) return am_false;
    if (key == a.suspending || key == am_binary || key == a.sequential_trace_token) return kNil;
    if (key == a.parent) return am_undefined;  // FIXME: the spawning process is not recorded yet
    if (key == a.catchlevel) return make_small(0);
    if (key == a.backtrace) return make_binary(*p, backtrace_text(p, q));
    return kNonValue;
}

// {Key, Value}, or kNonValue for an unknown key.
Term info_item(Process* p, Process* q, Term key) {
    Term v = info_value(p, q, key);
    return v == kNonValue ? kNonValue : make_tuple2(*p, key, v);
}

EMBER_BIF(bif_process_info_2) {
    Term pid = args[0], spec = args[1];
    if (!is_local_pid(pid)) return badarg(p);
    if (is_atom(spec)) {
        std::shared_lock<std::shared_mutex> lock;
        Process* q = find_process(p, pid, lock);
        if (!q) {
            // A dead process still checks the key (the value is computed for the caller and dropped).
            return info_value(p, p, spec) == kNonValue ? badarg(p) : am_undefined;
        }
        if (spec == am_registered_name && q->registered_name == kNil) return kNil;
        Term item = info_item(p, q, spec);
        return item == kNonValue ? badarg(p) : item;
    }
    if (list_length(spec) < 0) return badarg(p);
    for (Term t = spec; is_list(t); t = cdr(t))
        if (!is_atom(car(t))) return badarg(p);
    std::shared_lock<std::shared_mutex> lock;
    Process* q = find_process(p, pid, lock);
    std::vector<Term> items;
    for (Term t = spec; is_list(t); t = cdr(t)) {
        Term item = info_item(p, q ? q : p, car(t));
        if (item == kNonValue) return badarg(p);
        items.push_back(item);
    }
    if (!q) return am_undefined;
    return make_list_of(*p, items.data(), items.size());
}

EMBER_BIF(bif_process_info_1) {
    Term pid = args[0];
    if (!is_local_pid(pid)) return badarg(p);
    std::shared_lock<std::shared_mutex> lock;
    Process* q = find_process(p, pid, lock);
    if (!q) return am_undefined;
    const InfoAtoms& a = A();
    // erl 25's default item list, in its order (registered_name only when there is one).
    const Term keys[] = {am_registered_name, am_current_function, a.initial_call,     am_status,
                         am_message_queue_len, am_links,          am_dictionary,      am_trap_exit,
                         a.error_handler_flag, am_priority,       am_group_leader,    am_total_heap_size,
                         am_heap_size,         a.stack_size,      am_reductions,      a.garbage_collection,
                         a.suspending};
    std::vector<Term> items;
    for (Term k : keys) {
        if (k == am_registered_name && q->registered_name == kNil) continue;
        items.push_back(info_item(p, q, k));
    }
    return make_list_of(*p, items.data(), items.size());
}

// ---- statistics ---------------------------------------------------------------------------------------
std::chrono::steady_clock::time_point start_instant() {
    static const auto t = std::chrono::steady_clock::now();
    return t;
}

// {Total, SinceLastCall} with a shared "last call" value, like erl (one per runtime, not per process).
Term total_and_delta(Process* p, std::uint64_t total, std::atomic<std::uint64_t>& last) {
    std::uint64_t prev = last.exchange(total);
    std::uint64_t delta = total >= prev ? total - prev : 0;
    return make_tuple2(*p, make_integer_u64(*p, total), make_integer_u64(*p, delta));
}

struct ProcessTotals {
    std::uint64_t reductions = 0, gcs = 0, runnable = 0;
};

// Sums over live processes; totals are kept monotonic across process exits. FIXME: count the
// reductions of exited processes (needs a hook in the scheduler).
ProcessTotals process_totals(Process* p) {
    ProcessTotals t;
    for (Term pid : Scheduler::global().all_pids()) {
        std::shared_lock<std::shared_mutex> lock;
        Process* q = find_process(p, pid, lock);
        if (!q) continue;
        t.reductions += q->reductions;
        t.gcs += q->gc_count;
        if (q != p && q->status.load() == ProcessStatus::Runnable) ++t.runnable;
    }
    static std::atomic<std::uint64_t> max_reds{0}, max_gcs{0};
    std::uint64_t r = max_reds.load();
    while (t.reductions > r && !max_reds.compare_exchange_weak(r, t.reductions)) {}
    t.reductions = std::max(t.reductions, max_reds.load());
    std::uint64_t g = max_gcs.load();
    while (t.gcs > g && !max_gcs.compare_exchange_weak(g, t.gcs)) {}
    t.gcs = std::max(t.gcs, max_gcs.load());
    return t;
}

std::uint64_t cpu_time_ms() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::uint64_t us = std::uint64_t(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1'000'000 +
                       std::uint64_t(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
    return us / 1000;
}

Term small_list(Process* p, std::initializer_list<std::uint64_t> values) {
    std::vector<Term> items;
    for (auto v : values) items.push_back(make_integer_u64(*p, v));
    return make_list_of(*p, items.data(), items.size());
}

EMBER_BIF(bif_statistics_1) {
    const InfoAtoms& a = A();
    Term key = args[0];
    if (!is_atom(key)) return badarg(p);
    if (key == a.runtime) {
        static std::atomic<std::uint64_t> last{0};
        return total_and_delta(p, cpu_time_ms(), last);
    }
    if (key == a.wall_clock) {
        static std::atomic<std::uint64_t> last{0};
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                        start_instant());
        return total_and_delta(p, std::uint64_t(ms.count()), last);
    }
    if (key == am_reductions) {
        static std::atomic<std::uint64_t> last{0};
        return total_and_delta(p, process_totals(p).reductions, last);
    }
    if (key == a.exact_reductions) {
        static std::atomic<std::uint64_t> last{0};
        return total_and_delta(p, process_totals(p).reductions, last);
    }
    ProcessTotals t = process_totals(p);
    if (key == a.run_queue) return make_integer_u64(*p, t.runnable);
    if (key == a.garbage_collection) return make_tuple3(*p, make_integer_u64(*p, t.gcs), make_small(0), make_small(0));
    if (key == a.context_switches)
        return make_tuple2(*p, make_integer_u64(*p, t.reductions / kReductionsPerSlice + t.gcs), make_small(0));
    if (key == am_io)
        return make_tuple2(*p, make_tuple2(*p, a.input, make_small(0)), make_tuple2(*p, a.output, make_small(0)));
    // Per run queue: the normal schedulers, then the dirty CPU queue (and the dirty IO queue for *_all).
    if (key == atom("total_active_tasks") || key == atom("total_active_tasks_all"))
        return make_integer_u64(*p, t.runnable + 1);
    if (key == atom("total_run_queue_lengths") || key == atom("total_run_queue_lengths_all"))
        return make_integer_u64(*p, t.runnable);
    if (key == atom("run_queue_lengths")) return small_list(p, {t.runnable, 0});
    if (key == atom("run_queue_lengths_all")) return small_list(p, {t.runnable, 0, 0});
    if (key == atom("active_tasks")) return small_list(p, {t.runnable + 1, 0});
    if (key == atom("active_tasks_all")) return small_list(p, {t.runnable + 1, 0, 0});
    if (key == atom("scheduler_wall_time") || key == atom("scheduler_wall_time_all") ||
        key == atom("microstate_accounting"))
        return am_undefined;
    return badarg(p);
}

// ---- memory -------------------------------------------------------------------------------------------
struct MemoryTotals {
    std::uint64_t processes = 0, atom = 0, binary = 0, code = 0, ets = 0, system = 0, total = 0;
};

MemoryTotals memory_totals(Process* p) {
    MemoryTotals m;
    for (Term pid : Scheduler::global().all_pids()) {
        std::shared_lock<std::shared_mutex> lock;
        Process* q = find_process(p, pid, lock);
        if (q) m.processes += process_memory_bytes(q);
    }
    m.atom = AtomTable::global().size() * 32 + 65536;
    CodeServer& cs = CodeServer::global();
    for (Term name : cs.loaded_modules())
        if (Module* mod = cs.find_module(name)) m.code += mod->code_words * sizeof(Instr) + 4096;
    m.binary = 0;  // FIXME: sum the refcounted binaries when the allocator tracks them
    m.system = m.atom + m.code + m.binary + m.ets + 1'000'000;
    m.total = m.processes + m.system;
    return m;
}

// The value for one memory type, or kNonValue.
Term memory_value(Process* p, const MemoryTotals& m, Term type) {
    const InfoAtoms& a = A();
    std::uint64_t v;
    if (type == a.total) v = m.total;
    else if (type == a.processes || type == a.processes_used) v = m.processes;
    else if (type == a.system) v = m.system;
    else if (type == a.atom_ || type == a.atom_used) v = m.atom;
    else if (type == am_binary) v = m.binary;
    else if (type == am_code) v = m.code;
    else if (type == a.ets) v = m.ets;
    else return kNonValue;
    return make_integer_u64(*p, v);
}

EMBER_BIF(bif_memory_0) {
    const InfoAtoms& a = A();
    MemoryTotals m = memory_totals(p);
    const Term types[] = {a.total, a.processes, a.processes_used, a.system, a.atom_,
                          a.atom_used, am_binary, am_code, a.ets};
    std::vector<Term> items;
    for (Term t : types) items.push_back(make_tuple2(*p, t, memory_value(p, m, t)));
    return make_list_of(*p, items.data(), items.size());
}

EMBER_BIF(bif_memory_1) {
    Term arg = args[0];
    MemoryTotals m = memory_totals(p);
    if (is_atom(arg)) {
        Term v = memory_value(p, m, arg);
        return v == kNonValue ? badarg(p) : v;
    }
    if (list_length(arg) < 0) return badarg(p);
    std::vector<Term> items;
    for (Term t = arg; is_list(t); t = cdr(t)) {
        Term v = memory_value(p, m, car(t));
        if (v == kNonValue) return badarg(p);
        items.push_back(make_tuple2(*p, car(t), v));
    }
    return make_list_of(*p, items.data(), items.size());
}

// ---- small process BIFs ---------------------------------------------------------------------------------
EMBER_BIF(bif_bump_reductions_1) {
    Term n = args[0];
    if (!is_small(n) || small_value(n) < 0) return badarg(p);
    // FIXME: the interpreter keeps the slice's reduction budget in a register, so the bump is only
    // counted (process_info reductions, statistics); it does not make the process yield sooner.
    SWord bump = std::min<SWord>(small_value(n), kReductionsPerSlice * 4);
    p->reductions += static_cast<std::uint64_t>(bump);
    return am_true;
}

// The GC runs at the next safe point anyway; a request for it only validates and answers like erl.
Term garbage_collect(Process* p, Term pid, Term options) {
    if (!is_local_pid(pid)) return badarg(p);
    Term req = kNonValue;
    if (list_length(options) < 0) return badarg(p);
    for (Term t = options; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (!is_tuple(o) || tuple_arity(o) != 2) return badarg(p);
        Term k = tuple_element(o, 0), v = tuple_element(o, 1);
        if (k == A().async) req = v;
        else if (k == am_type && (v == A().major || v == A().minor)) continue;
        else return badarg(p);
    }
    bool alive = pid == p->pid || Scheduler::global().is_alive(pid);
    if (req != kNonValue) {
        Term msg = make_tuple3(*p, atom("garbage_collect"), req, alive ? am_true : am_false);
        send_message(p, p->pid, msg);
        return A().async;
    }
    return alive ? am_true : am_false;
}
EMBER_BIF(bif_garbage_collect_1) { return garbage_collect(p, args[0], kNil); }
EMBER_BIF(bif_garbage_collect_2) { return garbage_collect(p, args[0], args[1]); }

// hibernate/3 continues in M:F(Args) like apply/3. FIXME: erl also discards the call stack, so that
// returning from M:F ends the process; here it returns to hibernate's caller (the interpreter's CP
// cannot be replaced from a BIF yet). The heap is not shrunk either.
EMBER_BIF(bif_hibernate_3) {
    Term m = args[0], f = args[1], arg_list = args[2];
    std::int64_t n = list_length(arg_list);
    if (!is_atom(m) || !is_atom(f) || n < 0 || n > 255) return badarg(p);
    Term* x = p->bif_x;
    Term items[256];
    std::int64_t i = 0;
    for (Term t = arg_list; is_list(t); t = cdr(t)) items[i++] = car(t);
    for (i = 0; i < n; ++i) x[i] = items[i];
    const Instr* target = resolve_apply(p, m, f, static_cast<std::uint32_t>(n), x);
    if (!target) return kNonValue;
    p->trap_arity = static_cast<std::uint32_t>(n);
    p->trap = target;
    return kNonValue;
}

// process_display(Pid, backtrace): the backtrace text on stderr, like erl's (addresses differ).
EMBER_BIF(bif_process_display_2) {
    if (!is_local_pid(args[0]) || args[1] != A().backtrace) return badarg(p);
    std::shared_lock<std::shared_mutex> lock;
    Process* q = find_process(p, args[0], lock);
    if (!q) return badarg(p);
    std::string text = backtrace_text(p, q);
    std::fwrite(text.data(), 1, text.size(), stderr);
    return am_true;
}

// ---- system_info / system_flag ------------------------------------------------------------------------

Term heap_sizes_list(Process* p) {
    std::vector<Term> items;
    std::int64_t a = 12, b = 38;
    items.push_back(make_small(a));
    // Fibonacci-like growth (a(n) = a(n-1) + a(n-2) + 1) below 1M words, then 20% steps, as erl.
    while (true) {
        items.push_back(make_small(b));
        std::int64_t next = b + a + 1;
        if (next >= 1'000'000) next = b + b / 5;
        if (next > 1'000'000'000'000'000) break;
        a = b;
        b = next;
    }
    return make_list_of(*p, items.data(), items.size());
}

// os_monotonic_time_source / os_system_time_source: erl's list, with the clock's current reading.
Term time_source(Process* p, bool monotonic) {
    timespec ts{};
    clock_gettime(monotonic ? CLOCK_MONOTONIC : CLOCK_REALTIME, &ts);
    std::int64_t now = std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    std::vector<Term> items = {
        make_tuple2(*p, am_function, atom("clock_gettime")),
        make_tuple2(*p, atom("clock_id"), atom(monotonic ? "CLOCK_MONOTONIC" : "CLOCK_REALTIME")),
        make_tuple2(*p, atom("resolution"), make_small(1'000'000'000)),
    };
    if (monotonic) items.push_back(make_tuple2(*p, atom("extended"), atom("no")));
    items.push_back(make_tuple2(*p, atom("parallel"), atom("yes")));
    items.push_back(make_tuple2(*p, atom("time"), make_integer(*p, now)));
    return make_list_of(*p, items.data(), items.size());
}

std::string system_version() {
    unsigned n = logical_processors();
    return "Erlang/OTP 25 [erts-13.1.5] [ember] [64-bit] [smp:" + std::to_string(kSchedulers) + ":" +
           std::to_string(kSchedulers) + "] [ds:" + std::to_string(n) + ":" + std::to_string(n) +
           ":10] [async-threads:1]\n";
}

// The value of system_info(Key) for an atom key, or kNonValue.
Term system_info_atom(Process* p, Term key) {
    auto is = [&](const char* name) { return key == atom(name); };
    unsigned lp = logical_processors();
    if (key == am_otp_release) return make_charlist(*p, "25");
    if (key == am_version) return make_charlist(*p, "13.1.5");
    if (key == am_system_version) return make_charlist(*p, system_version());
    if (key == am_wordsize) return make_small(8);
    if (is("machine")) return make_charlist(*p, "BEAM");
    if (is("smp_support") || is("threads") || is("kernel_poll") || is("time_correction") || is("eager_check_io"))
        return am_true;
    if (is("debug_compiled") || is("lock_checking") || is("lock_counting") || is("ets_always_compress") ||
        is("port_parallelism"))
        return am_false;
    if (is("thread_pool_size")) return make_small(1);
    if (key == am_process_count) return make_integer_u64(*p, Scheduler::global().process_count());
    if (key == am_process_limit) return make_small(kProcessLimit);
    if (key == am_atom_count) return make_integer_u64(*p, AtomTable::global().size());
    if (key == am_atom_limit) return make_integer_u64(*p, AtomTable::global().limit());
    if (is("port_limit")) return make_small(65536);
    if (is("port_count") || is("ets_count")) return make_small(0);
    if (is("ets_limit")) return make_small(8192);
    if (key == am_schedulers || key == am_schedulers_online) return make_small(kSchedulers);
    if (is("logical_processors") || is("logical_processors_available") || is("logical_processors_online") ||
        is("dirty_cpu_schedulers") || is("dirty_cpu_schedulers_online"))
        return make_small(lp);
    if (is("dirty_io_schedulers")) return make_small(10);
    if (is("scheduler_id")) return make_small(1);
    if (is("os_monotonic_time_source")) return time_source(p, true);
    if (is("os_system_time_source")) return time_source(p, false);
    if (is("time_offset")) return atom("final");
    if (is("time_warp_mode")) return atom("no_time_warp");
    if (is("start_time")) return make_integer(*p, -576'460'752'000'000'000);
    if (is("end_time")) return make_integer(*p, 8'646'911'283'000'000'000);
    if (is("build_type") || is("emu_type")) return atom("opt");
    if (is("emu_flavor")) return atom("emu");
    if (is("compat_rel")) return make_small(25);
    if (is("creation")) return make_small(0);
    if (is("driver_version")) return make_charlist(*p, "3.3");
    if (is("nif_version")) return make_charlist(*p, "2.16");
    if (is("heap_type")) return atom("private");
    if (is("heap_sizes")) return heap_sizes_list(p);
    if (key == am_min_heap_size) return make_tuple2(*p, am_min_heap_size, make_small(233));
    if (key == am_min_bin_vheap_size) return make_tuple2(*p, am_min_bin_vheap_size, make_small(kMinBinVheapSize));
    if (key == am_fullsweep_after) return make_tuple2(*p, am_fullsweep_after, make_small(kFullsweepAfter));
    if (key == A().garbage_collection) {
        Term items[] = {make_tuple2(*p, am_max_heap_size, make_small(0)),
                        make_tuple2(*p, am_min_bin_vheap_size, make_small(kMinBinVheapSize)),
                        make_tuple2(*p, am_min_heap_size, make_small(233)),
                        make_tuple2(*p, am_fullsweep_after, make_small(kFullsweepAfter))};
        return make_list_of(*p, items, 4);
    }
    if (key == am_max_heap_size) return max_heap_size_map(p);
    if (key == am_message_queue_data) return am_on_heap;
    if (is("multi_scheduling")) return atom("enabled");
    if (is("scheduler_bind_type")) return atom("unbound");
    if (is("trace_control_word")) return make_small(0);
    if (is("dist_ctrl")) return kNil;
    if (is("hipe_architecture") || is("modified_timing_level")) return am_undefined;
    if (is("system_logger")) {
        Term logger = Scheduler::global().whereis(atom("logger"));
        return is_local_pid(logger) ? logger : am_undefined;
    }
    if (is("break_ignored")) return am_false;
    if (is("multi_scheduling_blockers") || is("normal_multi_scheduling_blockers")) return kNil;
    if (is("cpu_quota")) return atom("unknown");
    if (is("schedulers_state")) {
        Term n = make_small(kSchedulers);
        return make_tuple3(*p, n, n, n);
    }
    if (is("os_version")) {
        // {Major, Minor, Release} of the kernel, as erl parses uname's release ("6.18.44-...").
        utsname u{};
        int v[3] = {0, 0, 0};
        if (uname(&u) == 0) std::sscanf(u.release, "%d.%d.%d", &v[0], &v[1], &v[2]);
        return make_tuple3(*p, make_small(v[0]), make_small(v[1]), make_small(v[2]));
    }
    if (is("update_cpu_info")) return atom("unchanged");
    if (is("cpu_topology")) {
        std::vector<Term> cores;
        for (unsigned i = 0; i < lp; ++i)
            cores.push_back(make_tuple2(*p, atom("core"), make_tuple2(*p, atom("logical"), make_small(i))));
        Term proc = make_tuple2(*p, atom("processor"), make_list_of(*p, cores.data(), cores.size()));
        return make_cons(*p, proc, kNil);
    }
    if (is("os_type")) return make_tuple2(*p, atom("unix"), atom("linux"));
    if (is("system_architecture")) {
#if defined(__x86_64__)
        return make_charlist(*p, "x86_64-pc-linux-gnu");
#elif defined(__aarch64__)
        return make_charlist(*p, "aarch64-unknown-linux-gnu");
#else
        return make_charlist(*p, "unknown-linux-gnu");
#endif
    }
    if (is("c_compiler_used")) {
#if defined(__clang__)
        Term v = make_tuple3(*p, make_small(__clang_major__), make_small(__clang_minor__),
                             make_small(__clang_patchlevel__));
        return make_tuple2(*p, atom("clang"), v);
#elif defined(__GNUC__)
        Term v = make_tuple3(*p, make_small(__GNUC__), make_small(__GNUC_MINOR__), make_small(__GNUC_PATCHLEVEL__));
        return make_tuple2(*p, atom("gnuc"), v);
#else
        return am_undefined;
#endif
    }
    if (is("outstanding_system_requests_limit")) return make_small(4);
    if (is("sequential_tracer")) return make_tuple2(*p, atom("sequential_tracer"), am_false);
    if (is("tolerant_timeofday")) return atom("enabled");
    if (is("delayed_node_table_gc")) return make_small(60);
    if (is("dist_buf_busy_limit")) return make_small(1048576);
    if (is("dynamic_trace")) return atom("none");
    if (is("dynamic_trace_probes")) return am_false;
    if (is("alloc_util_allocators")) return kNil;
    if (is("check_io")) return kNil;
    if (is("dist")) return make_binary(*p, "=node:'nonode@nohost'\n=no_distribution\n");
    if (is("loaded") || is("info") || is("procs")) return make_binary(*p, "");  // FIXME: erl's reports
    if (is("backtrace_depth")) return make_small(g_backtrace_depth.load());
    return kNonValue;
}

EMBER_BIF(bif_system_info_1) {
    Term key = args[0];
    if (is_atom(key)) {
        Term v = system_info_atom(p, key);
        return v == kNonValue ? badarg(p) : v;
    }
    if (is_tuple(key) && tuple_arity(key) == 2 && tuple_element(key, 0) == am_wordsize) {
        Term which = tuple_element(key, 1);
        if (which == atom("internal") || which == atom("external")) return make_small(8);
    }
    return badarg(p);
}

// system_flag(Flag, Value): returns the old value. Only backtrace_depth changes behaviour so far.
EMBER_BIF(bif_system_flag_2) {
    Term flag = args[0], value = args[1];
    auto is = [&](const char* name) { return flag == atom(name); };
    if (flag == A().backtrace_depth) {
        if (!is_small(value) || small_value(value) < 0) return badarg(p);
        int depth = static_cast<int>(std::min<SWord>(small_value(value), 64));
        // FIXME: vm/exceptions.cpp still uses the constant kBacktraceDepth for new stack traces.
        return make_small(g_backtrace_depth.exchange(depth));
    }
    if (flag == am_schedulers_online) {
        if (!is_small(value) || small_value(value) < 1 || small_value(value) > SWord(kSchedulers)) return badarg(p);
        return make_small(kSchedulers);
    }
    if (is("dirty_cpu_schedulers_online")) {
        SWord lp = logical_processors();
        if (!is_small(value) || small_value(value) < 1 || small_value(value) > lp) return badarg(p);
        return make_small(lp);
    }
    if (flag == am_min_heap_size) {
        if (!is_small(value) || small_value(value) < 0) return badarg(p);
        return make_small(233);
    }
    if (flag == am_min_bin_vheap_size) {
        if (!is_small(value) || small_value(value) < 0) return badarg(p);
        return make_small(kMinBinVheapSize);
    }
    if (flag == am_fullsweep_after) {
        if (!is_small(value) || small_value(value) < 0) return badarg(p);
        return make_small(kFullsweepAfter);
    }
    if (is("trace_control_word")) {
        if (!is_small(value) || small_value(value) < 0) return badarg(p);
        return make_small(0);
    }
    if (is("scheduler_wall_time")) {
        if (value != am_true && value != am_false) return badarg(p);
        return am_false;
    }
    if (is("time_offset")) {
        if (value != atom("finalize")) return badarg(p);
        return atom("final");
    }
    if (is("multi_scheduling")) {
        if (value == atom("block") || value == atom("block_normal")) return atom("blocked");
        if (value == atom("unblock") || value == atom("unblock_normal")) return atom("enabled");
        return badarg(p);
    }
    return badarg(p);
}

constexpr CapabilitySet S = kCapSystem;
const BifSpec kBifs[] = {
    {"erlang", "process_info", 1, bif_process_info_1, kCapProcess},
    {"erlang", "process_info", 2, bif_process_info_2, kCapProcess},
    {"erlang", "statistics", 1, bif_statistics_1, S},
    {"erlang", "system_info", 1, bif_system_info_1, kCapPure},
    {"erlang", "system_flag", 2, bif_system_flag_2, S},
    {"erlang", "memory", 0, bif_memory_0, S},
    {"erlang", "memory", 1, bif_memory_1, S},
    {"erlang", "bump_reductions", 1, bif_bump_reductions_1, kCapPure},
    {"erlang", "garbage_collect", 1, bif_garbage_collect_1, kCapProcess},
    {"erlang", "garbage_collect", 2, bif_garbage_collect_2, kCapProcess},
    {"erlang", "hibernate", 3, bif_hibernate_3, kCapPure, DirtyKind::None, true},
    {"erlang", "process_display", 2, bif_process_display_2, kCapProcess},
};

}  // namespace

std::span<const BifSpec> erlang_info_bifs() { return kBifs; }

}  // namespace ember::bifs
