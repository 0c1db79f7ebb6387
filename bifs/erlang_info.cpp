// erlang module BIFs about the system: statistics/1, system_info/1, system_flag/2, memory/0,1,
// bump_reductions/1, garbage_collect/1,2, hibernate/3 (OTP erts erl_bif_info.c, erl_process.c; shapes
// as erl 25 prints them). process_info and process_display are in bifs/erlang_process_info.cpp.
//
// Several scheduler threads run processes at once, so these BIFs never read another process's private
// state freely: scheduler-wide numbers come from Scheduler::stats(); the few per-process sums
// (garbage collections, erlang:memory's processes) read a process only while holding its main_lock,
// taken with try_lock (a process running elsewhere is skipped or counted roughly; vm/process.hpp).
#include <unordered_set>
#include <bit>
#include <sys/resource.h>
#include <sys/utsname.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <mutex>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include "bifs/bif.hpp"
#include "bifs/trace_internal.hpp"
#include "bifs/clocks.hpp"
#include "bifs/erlang_info.hpp"
#include "bifs/ets_table.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/bignum.hpp"
#include "vm/gc.hpp"
#include "vm/binary.hpp"
#include "vm/map.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"
#include "vm/node_name.hpp"

namespace ember::bifs {

using namespace ember::vm;
using scheduler::Scheduler;

Word process_memory_bytes(const Process* q) {
    Word heap = Word(q->heap_end - q->heap_start) + Word(q->old_heap_end - q->old_heap_start);
    return Word(sizeof(Process)) + (heap + q->fragment_words) * sizeof(Term) +
           q->dictionary.size() * 2 * sizeof(Term) +
           (q->relations ? sizeof(ProcessRelations) + q->relations->links.size() * 32 +
                               (q->relations->monitors.size() + q->relations->monitored_by.size()) * 48
                         : 0);
}

Term max_heap_size_map(HeapAllocator& heap, const MaxHeapSize& value) {
    Term keys[] = {atom("error_logger"), am_kill, atom("size")};
    Term values[] = {make_bool(value.error_logger), make_bool(value.kill), make_integer_u64(heap, value.size)};
    return map_from_pairs(heap, keys, values, 3);
}

bool parse_max_heap_size(Term value, MaxHeapSize& out) {
    MaxHeapSize v = default_max_heap_size();
    Term size = value;
    if (is_map(value)) {
        size = map_get(value, atom("size"));
        Term kill = map_get(value, am_kill), log = map_get(value, atom("error_logger"));
        if (kill != kNonValue) {
            if (!is_boolean(kill)) return false;
            v.kill = kill == am_true;
        }
        if (log != kNonValue) {
            if (!is_boolean(log)) return false;
            v.error_logger = log == am_true;
        }
    }
    if (size == kNonValue || !is_small(size) || small_value(size) < 0) return false;
    v.size = Word(small_value(size));
    out = v;
    return true;
}

namespace {

// One of erts' allocator names (erts_alloc(3)).
bool known_erts_allocator(Term a) {
    static const char* const kErtsAllocators[] = {
        "sys_alloc", "temp_alloc", "sl_alloc", "std_alloc", "ll_alloc", "eheap_alloc", "ets_alloc",
        "fix_alloc", "literal_alloc", "exec_alloc", "binary_alloc", "driver_alloc", "test_alloc", "mseg_alloc"};
    for (const char* name : kErtsAllocators)
        if (a == atom(name)) return true;
    return false;
}

Term time_offset_atom(TimeOffsetState s) {
    return atom(s == TimeOffsetState::Preliminary ? "preliminary" : s == TimeOffsetState::Final ? "final" : "volatile");
}

// Interned once; the atoms these BIFs use that vm/atoms.def does not have.
struct InfoAtoms {
    Term garbage_collection = atom("garbage_collection");
    Term runtime = atom("runtime"), wall_clock = atom("wall_clock");
    Term exact_reductions = atom("exact_reductions"), run_queue = atom("run_queue");
    Term context_switches = atom("context_switches"), input = atom("input"), output = atom("output");
    Term total = atom("total"), processes = atom("processes"), processes_used = atom("processes_used");
    Term system = atom("system"), atom_ = atom("atom"), atom_used = atom("atom_used"), ets = atom("ets");
    Term async = atom("async"), major = atom("major"), minor = atom("minor");
    Term backtrace_depth = atom("backtrace_depth");
    Term run_queue_lengths = atom("run_queue_lengths"), run_queue_lengths_all = atom("run_queue_lengths_all");
    Term total_run_queue_lengths = atom("total_run_queue_lengths");
    Term total_run_queue_lengths_all = atom("total_run_queue_lengths_all");
    Term active_tasks = atom("active_tasks"), active_tasks_all = atom("active_tasks_all");
    Term total_active_tasks = atom("total_active_tasks"), total_active_tasks_all = atom("total_active_tasks_all");
    Term scheduler_wall_time = atom("scheduler_wall_time"), scheduler_wall_time_all = atom("scheduler_wall_time_all");
    Term microstate_accounting = atom("microstate_accounting");
};
const InfoAtoms& A() {
    static const InfoAtoms a;
    return a;
}

constexpr std::int64_t kProcessLimit = 262144;

// Read once: hardware_concurrency() reads sysfs on every call, and the boot asks often.
unsigned logical_processors() {
    static const unsigned n = std::max(1u, std::thread::hardware_concurrency());
    return n;
}

// The configured thread counts (at least 1 each, also before the schedulers are configured).
unsigned scheduler_threads() { return std::max(1u, Scheduler::global().scheduler_count()); }

// system_flag/system_info(outstanding_system_requests_limit): erl's limit on the requests its code
// purger and literal-area collector keep in flight to processes (default twice the schedulers;
// 1..134217727). Ember's purge checks each process in place and sends no such requests, so the limit
// is kept and reported but changes nothing (docs/processes.md).
std::atomic<SWord> g_outstanding_system_requests_limit{0};  // 0: the default
SWord outstanding_system_requests_limit() {
    SWord v = g_outstanding_system_requests_limit.load(std::memory_order_relaxed);
    return v != 0 ? v : 2 * SWord(scheduler_threads());
}
unsigned dirty_cpu_threads() { return std::max(1u, Scheduler::global().dirty_cpu_count()); }
unsigned dirty_io_threads() {
    unsigned n = Scheduler::global().dirty_io_count();
    return n ? n : 10;
}
// erlang:system_info(scheduler_id): the calling scheduler thread (a dirty thread counts as 1).
unsigned scheduler_id() { return std::max(1u, Scheduler::current_scheduler_id()); }

// Calls f(q) for every live process q whose private state can be read now: the caller itself, and
// each other process whose main_lock is free (it is not running). Returns how many were skipped.
template <class F>
std::size_t for_each_readable_process(Process* p, F&& f) {
    std::size_t skipped = 0;
    for (Term pid : Scheduler::global().all_pids()) {
        if (pid == p->pid) {
            f(p);
            continue;
        }
        std::shared_lock<std::shared_mutex> lock;
        Process* q = Scheduler::global().lookup(pid, lock);
        if (!q) continue;
        std::unique_lock main(q->main_lock, std::try_to_lock);
        if (!main.owns_lock()) {
            ++skipped;
            continue;
        }
        // Checked under main_lock: an exiting process releases it only when it is done.
        ProcessStatus s = q->status.load();
        if (s == ProcessStatus::Exiting || s == ProcessStatus::Exited) continue;
        f(q);
    }
    return skipped;
}

// ---- statistics ---------------------------------------------------------------------------------------
// {Total, SinceLastCall} with a shared "last call" value, like erl (one per runtime, not per process).
Term total_and_delta(Process* p, std::uint64_t total, std::atomic<std::uint64_t>& last) {
    std::uint64_t prev = last.exchange(total);
    std::uint64_t delta = total >= prev ? total - prev : 0;
    return make_tuple2(*p, make_integer_u64(*p, total), make_integer_u64(*p, delta));
}

// Reductions of all processes in finished slices (Scheduler::stats; the slices still running are not
// in yet), kept monotonic across calls.
std::uint64_t total_reductions(const scheduler::SchedulerStats& st) {
    static std::atomic<std::uint64_t> max_seen{0};
    std::uint64_t r = st.reductions;
    std::uint64_t m = max_seen.load();
    while (r > m && !max_seen.compare_exchange_weak(m, r)) {}
    return std::max(r, max_seen.load());
}

std::uint64_t cpu_time_ms() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::uint64_t us = std::uint64_t(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1'000'000 +
                       std::uint64_t(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
    return us / 1000;
}

Term integer_list(Process* p, const std::vector<std::uint64_t>& values) {
    std::vector<Term> items;
    for (auto v : values) items.push_back(make_integer_u64(*p, v));
    return make_list_of(*p, items.data(), items.size());
}

// Per run queue, as erl orders them: one per normal scheduler, then the dirty CPU queue, then (for
// the *_all variants) the dirty IO queue. With `active`, the process each normal scheduler is
// running counts too. FIXME: only the caller's scheduler is known to run one (SchedulerStats has no
// per-scheduler "running" flag), and dirty threads busy with a call are not counted.
std::vector<std::uint64_t> queue_lengths(const scheduler::SchedulerStats& st, bool all, bool active) {
    std::vector<std::uint64_t> v(st.run_queue_lengths.begin(), st.run_queue_lengths.end());
    if (v.empty()) v.push_back(0);  // schedulers not configured (unit tests)
    if (active) {
        unsigned id = Scheduler::current_scheduler_id();
        v[id >= 1 && id <= v.size() ? id - 1 : 0] += 1;
    }
    v.push_back(st.dirty_cpu_queue);
    if (all) v.push_back(st.dirty_io_queue);
    return v;
}
std::uint64_t sum(const std::vector<std::uint64_t>& v) { return std::accumulate(v.begin(), v.end(), std::uint64_t{0}); }

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
        // Since the runtime started: erlang:monotonic_time() - system_info(start_time), in ms (as erl).
        std::int64_t ms = (monotonic_ns() - monotonic_start_ns()) / 1'000'000;
        return total_and_delta(p, std::uint64_t(ms), last);
    }
    if (key == am_io)
        return make_tuple2(*p, make_tuple2(*p, a.input, make_small(0)), make_tuple2(*p, a.output, make_small(0)));
    if (key == a.garbage_collection) {
        GcTotals t = gc_totals();
        return make_tuple3(*p, make_integer_u64(*p, t.collections), make_integer_u64(*p, t.words_reclaimed), make_small(0));
    }
    if (key == a.scheduler_wall_time || key == a.scheduler_wall_time_all) {
        // Undefined until system_flag(scheduler_wall_time, true); then [{Id, Busy, Total}] in
        // nanoseconds (erl's unit is unspecified), sorted by id (erl lists them in no fixed order).
        auto rows = Scheduler::global().wall_time(key == a.scheduler_wall_time_all);
        if (rows.empty()) return am_undefined;
        Term list = kNil;
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            list = make_cons(*p, make_tuple3(*p, make_small(SWord(it->id)), make_integer_u64(*p, it->busy_ns),
                                             make_integer_u64(*p, it->total_ns)),
                             list);
        return list;
    }
    if (key == a.microstate_accounting) return am_undefined;  // never enabled
    scheduler::SchedulerStats st = Scheduler::global().stats();
    if (key == am_reductions) {
        static std::atomic<std::uint64_t> last{0};
        return total_and_delta(p, total_reductions(st), last);
    }
    if (key == a.exact_reductions) {
        static std::atomic<std::uint64_t> last{0};
        return total_and_delta(p, total_reductions(st), last);
    }
    if (key == a.context_switches) return make_tuple2(*p, make_integer_u64(*p, st.context_switches), make_small(0));
    // run_queue counts the normal and dirty CPU queues (erl's definition).
    if (key == a.run_queue || key == a.total_run_queue_lengths) return make_integer_u64(*p, sum(queue_lengths(st, false, false)));
    if (key == a.total_run_queue_lengths_all) return make_integer_u64(*p, sum(queue_lengths(st, true, false)));
    if (key == a.run_queue_lengths) return integer_list(p, queue_lengths(st, false, false));
    if (key == a.run_queue_lengths_all) return integer_list(p, queue_lengths(st, true, false));
    if (key == a.total_active_tasks) return make_integer_u64(*p, sum(queue_lengths(st, false, true)));
    if (key == a.total_active_tasks_all) return make_integer_u64(*p, sum(queue_lengths(st, true, true)));
    if (key == a.active_tasks) return integer_list(p, queue_lengths(st, false, true));
    if (key == a.active_tasks_all) return integer_list(p, queue_lengths(st, true, true));
    return badarg(p);
}

// ---- memory -------------------------------------------------------------------------------------------
struct MemoryTotals {
    std::uint64_t processes = 0, atom = 0, binary = 0, code = 0, ets = 0, system = 0, total = 0;
};

// Bytes attributed to a module's code: its threaded code plus a page for its tables (erlang:memory(code)
// sums the same).
std::uint64_t module_code_bytes(const Module* m) { return m->code_words * sizeof(Instr) + 4096; }

// system_info(loaded), as erl's text: "Current code: N", "Old code: N", then "Module Bytes" per module
// with current code, each line ending in a newline.
std::string loaded_report() {
    CodeServer& cs = CodeServer::global();
    std::vector<Term> names = cs.modules_with_code();
    std::sort(names.begin(), names.end(), [](Term a, Term b) { return atom_name(a) < atom_name(b); });
    std::uint64_t current = 0, old = 0;
    std::string rows;
    for (Term name : names) {
        if (const Module* m = cs.find_module(name)) {
            current += module_code_bytes(m);
            rows += std::string(atom_name(name)) + " " + std::to_string(module_code_bytes(m)) + "\n";
        }
        if (const Module* m = cs.old_module(name)) old += module_code_bytes(m);
    }
    return "Current code: " + std::to_string(current) + "\nOld code: " + std::to_string(old) + "\n" + rows;
}

// A process that is running elsewhere (its state cannot be read now) counts as a bare Process plus
// its minimum heap.
MemoryTotals memory_totals(Process* p) {
    MemoryTotals m;
    std::size_t skipped = for_each_readable_process(p, [&](Process* q) { m.processes += process_memory_bytes(q); });
    m.processes += skipped * (sizeof(Process) + 233 * sizeof(Term));
    m.atom = AtomTable::global().size() * 32 + 65536;
    CodeServer& cs = CodeServer::global();
    for (Term name : cs.loaded_modules())
        if (Module* mod = cs.find_module(name)) m.code += module_code_bytes(mod);
    m.binary = binary_memory_bytes();
    m.ets = std::uint64_t(ets::Registry::global().memory_words()) * sizeof(Term);
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
    if (is_atom(arg)) {
        MemoryTotals m = memory_totals(p);
        Term v = memory_value(p, m, arg);
        return v == kNonValue ? badarg(p) : v;
    }
    if (list_length(arg) < 0) return badarg(p);
    MemoryTotals m = memory_totals(p);
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
// Continues at the interpreter's i_gc_self, which collects and returns true.
Term gc_self(Process* p) {
    static const Instr* gc_code = [] {
        static Instr code[1];
        code[0] = reinterpret_cast<Instr>(instruction_handlers()[static_cast<int>(Op::i_gc_self)]);
        return code;
    }();
    p->trap = gc_code;
    p->trap_arity = 0;
    return kNonValue;
}

EMBER_BIF(bif_garbage_collect_0) {
    p->gc_minor_only = false;
    return gc_self(p);
}
// erts_internal:garbage_collect(major | minor), which erlang.erl's garbage_collect/1,2 call for the
// caller itself (another process gets erts_internal:request_system_task/3, bifs/process_signals.cpp).
// A minor collection is a Grow collection (minor unless one is due to be major, vm/gc.hpp).
EMBER_BIF(bif_erts_internal_garbage_collect_1) {
    if (args[0] != A().major && args[0] != A().minor) return badarg(p);
    p->gc_minor_only = args[0] == A().minor;
    return gc_self(p);
}

// hibernate/3 (OTP erl_process.c erts_hibernate): continues at the interpreter's i_hibernate with
// x0..x2 = M, F, Args, which discards the stack, shrinks the heap and sleeps until a message comes,
// then calls M:F(Args); the process never returns to the caller (vm/ops_calls.inc).
EMBER_BIF(bif_hibernate_3) {
    static const Instr* hibernate_code = [] {
        static Instr code[3];
        code[0] = reinterpret_cast<Instr>(instruction_handlers()[static_cast<int>(Op::i_hibernate)]);
        code[1] = reinterpret_cast<Instr>(instruction_handlers()[static_cast<int>(Op::i_hibernate_wake)]);
        code[2] = reinterpret_cast<Instr>(instruction_handlers()[static_cast<int>(Op::normal_exit)]);
        return code;
    }();
    Term m = args[0], f = args[1], arg_list = args[2];
    std::int64_t n = list_length(arg_list);
    if (!is_atom(m) || !is_atom(f) || n < 0 || n > 255) return badarg(p);
    Term* x = p->bif_x;
    x[0] = m;
    x[1] = f;
    x[2] = arg_list;
    p->trap_arity = 3;
    p->trap = hibernate_code;
    return kNonValue;
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


// The value of system_info(Key) for an atom key, or kNonValue.
Term system_info_atom(Process* p, Term key) {
    // Compared by text: interning every candidate name on each call made the boot's many calls slow.
    const std::string_view text = vm::atom_name(key);
    auto is = [&](std::string_view name) { return text == name; };
    unsigned lp = logical_processors();
    if (key == am_otp_release) return make_charlist(*p, "25");
    if (key == am_version) return make_charlist(*p, "13.1.5");
    if (key == am_system_version) return make_charlist(*p, system_version_text());
    if (key == am_wordsize) return make_small(8);
    if (is("machine")) return make_charlist(*p, "BEAM");
    if (is("smp_support") || is("threads") || is("kernel_poll") || is("eager_check_io")) return am_true;
    if (is("time_correction")) return make_bool(time_correction());
    if (is("debug_compiled") || is("lock_checking") || is("lock_counting") || is("ets_always_compress") ||
        is("port_parallelism"))
        return am_false;
    if (is("thread_pool_size")) return make_small(1);
    if (is("context_reductions")) return make_small(kReductionsPerSlice);  // a slice, as CONTEXT_REDS
    if (is("ethread_info")) {
        // erl describes its ethread library; Ember's atomics are std::atomic: {Kind, "std::atomic" | "no",
        // []} by whether that width is lock-free (counters/atomics_SUITE look up the 64-bit entry).
        auto entry = [&](const char* kind, bool lock_free) {
            return make_tuple3(*p, make_charlist(*p, kind), make_charlist(*p, lock_free ? "std::atomic" : "no"), kNil);
        };
        Term items[] = {entry("32-bit native atomics", std::atomic<std::uint32_t>::is_always_lock_free),
                        entry("64-bit native atomics", std::atomic<std::uint64_t>::is_always_lock_free),
                        entry("Double word native atomics", std::atomic<unsigned __int128>::is_always_lock_free)};
        return make_list_of(*p, items, 3);
    }
    if (key == am_process_count) return make_integer_u64(*p, Scheduler::global().process_count());
    if (key == am_process_limit) return make_small(kProcessLimit);
    if (key == am_atom_count) return make_integer_u64(*p, AtomTable::global().size());
    if (key == am_atom_limit) return make_integer_u64(*p, AtomTable::global().limit());
    if (is("port_limit")) return make_small(65536);
    if (is("port_count")) return make_small(0);
    if (is("ets_count")) return make_integer_u64(*p, ets::Registry::global().count());
    if (is("ets_limit")) return make_small(SWord(ets::kEtsLimit));
    if (key == am_schedulers) return make_small(scheduler_threads());
    // The schedulers taking part in the work: Ember's online ones all do (erl's count leaves out those
    // its load balancing has made inactive).
    if (key == am_schedulers_online || is("schedulers_active"))
        return make_small(std::min(scheduler_threads(), std::max(1u, Scheduler::global().schedulers_online())));
    if (is("logical_processors") || is("logical_processors_online")) return make_small(lp);
    if (is("logical_processors_available")) return make_small(std::min(lp, scheduler::available_processors()));
    if (is("dirty_cpu_schedulers") || is("dirty_cpu_schedulers_online")) return make_small(dirty_cpu_threads());
    if (is("dirty_io_schedulers")) return make_small(dirty_io_threads());
    if (is("scheduler_id")) return make_small(scheduler_id());
    if (is("os_monotonic_time_source")) return time_source(p, true);
    if (is("os_system_time_source")) return time_source(p, false);
    if (is("time_offset")) return time_offset_atom(time_offset_state());
    if (is("time_warp_mode")) {
        TimeWarpMode m = time_warp_mode();
        return atom(m == TimeWarpMode::No ? "no_time_warp" : m == TimeWarpMode::Single ? "single_time_warp"
                                                                                        : "multi_time_warp");
    }
    if (is("start_time")) return make_integer(*p, -576'460'752'000'000'000);
    if (is("end_time")) return make_integer(*p, 8'646'911'283'000'000'000);
    if (is("build_type") || is("emu_type")) return atom("opt");
    if (is("emu_flavor")) return atom("emu");
    if (is("compat_rel")) return make_small(25);
    if (is("creation")) return make_integer_u64(*p, this_creation());  // 0 while not alive, as erl
    if (is("driver_version")) return make_charlist(*p, "3.3");
    if (is("nif_version")) return make_charlist(*p, "2.16");
    if (is("heap_type")) return atom("private");
    if (is("heap_sizes")) return heap_sizes_list(p);
    if (key == am_min_heap_size) return make_tuple2(*p, am_min_heap_size, make_small(233));
    if (key == am_min_bin_vheap_size) return make_tuple2(*p, am_min_bin_vheap_size, make_small(kMinBinVheapSize));
    if (key == am_fullsweep_after) return make_tuple2(*p, am_fullsweep_after, make_small(kFullsweepAfter));
    if (key == A().garbage_collection) {
        Term items[] = {make_tuple2(*p, am_max_heap_size, make_integer_u64(*p, default_max_heap_size().size)),
                        make_tuple2(*p, am_min_bin_vheap_size, make_small(kMinBinVheapSize)),
                        make_tuple2(*p, am_min_heap_size, make_small(233)),
                        make_tuple2(*p, am_fullsweep_after, make_small(kFullsweepAfter))};
        return make_list_of(*p, items, 4);
    }
    if (key == am_max_heap_size) return max_heap_size_map(*p, default_max_heap_size());
    if (key == am_message_queue_data) return am_on_heap;
    if (is("multi_scheduling")) return atom("enabled");
    if (is("scheduler_bind_type")) return atom("unbound");
    if (is("trace_control_word")) return make_small(SWord(trace::g_control_word.load(std::memory_order_relaxed)));
    if (is("dist_ctrl")) return kNil;
    if (is("hipe_architecture") || is("modified_timing_level")) return am_undefined;
    if (is("system_logger")) return Scheduler::global().system_logger();
    if (is("break_ignored")) return am_false;
    if (is("snifs")) {
        // erl: the MFAs of its BIFs (static NIFs). Here: every registered native but Ember's own modules.
        std::vector<Term> mfas;
        std::unordered_set<std::string> seen;
        for (auto table : CodeServer::global().bif_tables())
            for (const BifSpec& b : table) {
                std::string_view m = b.module;
                if (m.starts_with("ember")) continue;
                if (!seen.insert(std::string(m) + ":" + b.function + "/" + std::to_string(b.arity)).second) continue;
                mfas.push_back(make_tuple3(*p, atom(b.module), atom(b.function), make_small(b.arity)));
            }
        return make_list_of(*p, mfas.data(), mfas.size());
    }
    if (is("endian")) return atom(std::endian::native == std::endian::little ? "little" : "big");
    if (is("multi_scheduling_blockers") || is("normal_multi_scheduling_blockers")) return kNil;
    if (is("cpu_quota")) return atom("unknown");
    if (is("schedulers_state")) {
        // {Total, Online, Active}
        Term n = make_small(scheduler_threads());
        Term online = make_small(std::min(scheduler_threads(), std::max(1u, Scheduler::global().schedulers_online())));
        return make_tuple3(*p, n, online, online);
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
    if (is("outstanding_system_requests_limit")) return make_small(outstanding_system_requests_limit());
    if (is("sequential_tracer")) return make_tuple2(*p, atom("sequential_tracer"), seq_tracer());
    if (is("tolerant_timeofday")) return atom("enabled");
    if (is("delayed_node_table_gc")) return make_small(60);
    if (is("dist_buf_busy_limit")) return make_small(1048576);
    if (is("dynamic_trace")) return atom("none");
    if (is("dynamic_trace_probes")) return am_false;
    if (is("alloc_util_allocators")) return kNil;
    if (is("check_io")) return kNil;
    if (is("dist")) return make_binary(*p, "=node:'nonode@nohost'\n=no_distribution\n");
    if (is("loaded")) return make_binary(*p, loaded_report());
    if (is("info") || is("procs")) return make_binary(*p, "");  // FIXME: erl's crash-dump style reports
    if (is("backtrace_depth")) return make_small(backtrace_depth());
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
    // {memory_internal, Ref, [A]} (erl's internal allocator report, which its test suites read): each
    // of erl's aux-work threads (erts_internal:no_aux_work_threads() - 1) sends the caller
    // {Ref, ThreadNo, [{A, false}]}, every allocator being one Ember does not have, as below. Returns
    // true.
    if (is_tuple(key) && tuple_arity(key) == 3 && tuple_element(key, 0) == atom("memory_internal")) {
        Term ref = tuple_element(key, 1), which = tuple_element(key, 2);
        if (!is_local_ref(ref) || list_length(which) < 0) return badarg(p);
        std::vector<Term> names;
        for (Term t = which; is_list(t); t = cdr(t)) {
            if (!known_erts_allocator(car(t))) return badarg(p);
            names.push_back(car(t));
        }
        for (unsigned thread = 1; thread <= Scheduler::global().scheduler_count(); ++thread) {
            Term info = kNil;
            for (std::size_t k = names.size(); k-- > 0;) info = make_cons(*p, make_tuple2(*p, names[k], am_false), info);
            deliver_message(p->pid, make_tuple3(*p, ref, make_small(thread), info));
        }
        return am_true;
    }
    // {allocator | allocator_sizes, A | [A]}: Ember has none of erts' allocators (alloc_util_allocators
    // is []; memory comes from jemalloc), so each of erts' allocator names is reported as erl reports a
    // disabled one, false, and a list of them as [{A, false}]; other names are badarg, as on erl. The
    // empty list is [] (erl: badarg), so erts_debug:alloc_blocks_size/1 gives undefined (docs/gc.md).
    if (is_tuple(key) && tuple_arity(key) == 2 &&
        (tuple_element(key, 0) == atom("allocator") || tuple_element(key, 0) == atom("allocator_sizes"))) {
        Term which = tuple_element(key, 1);
        if (is_atom(which)) return known_erts_allocator(which) ? am_false : badarg(p);
        if (list_length(which) < 0) return badarg(p);
        std::vector<Term> names;
        for (Term t = which; is_list(t); t = cdr(t)) {
            if (!known_erts_allocator(car(t))) return badarg(p);
            names.push_back(car(t));
        }
        Term out = kNil;
        for (std::size_t k = names.size(); k-- > 0;) out = make_cons(*p, make_tuple2(*p, names[k], am_false), out);
        return out;
    }
    return badarg(p);
}

// system_flag(Flag, Value): returns the old value.
EMBER_BIF(bif_system_flag_2) {
    Term flag = args[0], value = args[1];
    auto is = [&](const char* name) { return flag == atom(name); };
    if (flag == A().backtrace_depth) {
        if (!is_small(value) || small_value(value) < 0) return badarg(p);
        return make_small(set_backtrace_depth(small_value(value)));
    }
    if (flag == am_schedulers_online) {
        SWord n = scheduler_threads();
        if (!is_small(value) || small_value(value) < 1 || small_value(value) > n) return badarg(p);
        return make_small(std::min<unsigned>(Scheduler::global().set_schedulers_online(unsigned(small_value(value))), unsigned(n)));
    }
    if (is("dirty_cpu_schedulers_online")) {
        SWord n = dirty_cpu_threads();
        if (!is_small(value) || small_value(value) < 1 || small_value(value) > n) return badarg(p);
        return make_small(n);
    }
    if (is("outstanding_system_requests_limit")) {
        if (!is_small(value) || small_value(value) < 1 || small_value(value) > 134217727) return badarg(p);
        SWord old = outstanding_system_requests_limit();
        g_outstanding_system_requests_limit.store(small_value(value), std::memory_order_relaxed);
        return make_small(old);
    }
    if (flag == am_max_heap_size) {
        // The default for processes spawned from now on (OTP erl_bif_info.c): at least the minimum heap
        // size (233) unless 0; the old value as a map.
        MaxHeapSize v;
        if (!parse_max_heap_size(value, v) || (v.size != 0 && v.size < 233)) return badarg(p);
        Term old = max_heap_size_map(*p, default_max_heap_size());
        set_default_max_heap_size(v);
        return old;
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
        if (!is_small(value) || small_value(value) < 0 || small_value(value) > SWord(0xFFFFFFFF)) return badarg(p);
        return make_small(SWord(trace::g_control_word.exchange(std::uint32_t(small_value(value)), std::memory_order_relaxed)));
    }
    if (is("system_logger")) {
        if (value != atom("logger") && value != am_undefined && !is_local_pid(value)) return badarg(p);
        return Scheduler::global().set_system_logger(value);
    }
    if (is("sequential_tracer")) {  // bifs/seq_trace.cpp
        Term old = seq_tracer();
        if (!set_seq_tracer(value)) return badarg(p);
        return old;
    }
    if (is("reset_seq_trace")) {
        if (value != am_true) return badarg(p);
        reset_seq_trace();
        return am_true;
    }
    if (is("scheduler_wall_time")) {
        if (value != am_true && value != am_false) return badarg(p);
        return make_bool(Scheduler::global().set_wall_time(p, value == am_true));
    }
    if (is("time_offset")) {
        if (value != atom("finalize")) return badarg(p);
        return time_offset_atom(finalize_time_offset());
    }
    if (is("multi_scheduling")) {
        if (value == atom("block") || value == atom("block_normal")) return atom("blocked");
        if (value == atom("unblock") || value == atom("unblock_normal")) return atom("enabled");
        return badarg(p);
    }
    return badarg(p);
}

const BifSpec kBifs[] = {
    {"erlang", "statistics", 1, bif_statistics_1, kCapSystem},
    {"erlang", "system_info", 1, bif_system_info_1, kCapPure},
    {"erlang", "system_flag", 2, bif_system_flag_2, kCapSystem},
    {"erlang", "memory", 0, bif_memory_0, kCapSystem},
    {"erlang", "memory", 1, bif_memory_1, kCapSystem},
    {"erlang", "bump_reductions", 1, bif_bump_reductions_1, kCapPure},
    {"erlang", "garbage_collect", 0, bif_garbage_collect_0, kCapPure, DirtyKind::None, true},
    {"erts_internal", "garbage_collect", 1, bif_erts_internal_garbage_collect_1, kCapPure, DirtyKind::None, true},
    {"erlang", "hibernate", 3, bif_hibernate_3, kCapPure, DirtyKind::None, true},
};

}  // namespace

std::span<const BifSpec> erlang_info_bifs() { return kBifs; }
std::string system_version_text() {
    std::string s = std::to_string(scheduler_threads()), d = std::to_string(dirty_cpu_threads());
    return "Erlang/OTP 25 [erts-13.1.5] [ember] [64-bit] [smp:" + s + ":" + s + "] [ds:" + d + ":" + d + ":" +
           std::to_string(dirty_io_threads()) + "] [async-threads:1]\n";
}

}  // namespace ember::bifs
