// The process: heap and stack, mailbox, links and monitors, exception state (OTP erl_process.h).
//
// Memory layout of the young heap block, as in BEAM (heap grows up, stack grows down):
//
//   heap_start                htop                 stop                      heap_end
//   | live terms ...          | free ...           | E[0]=CP | y0 | y1 ... | older frames ... |
//
// A frame is [CP][y0]..[yN-1]; E (= stop) points at the CP of the newest frame. Stack words are terms,
// catch markers (immediate catch tag holding the handler address) or CPs (raw, 8-aligned code
// addresses: header tag 00, never 0). Heap fragments (terms a BIF or a message left outside the block)
// are on `fragments` until the next GC copies their live data into the new block.
//
// Threads: a process runs on at most one scheduler thread at a time (`status` is atomic, and the thread
// running it holds `main_lock`); any thread may push signals into the inbox (under `inbox_mutex`). Only
// the thread holding `main_lock` touches the rest: another thread that must read a process's private
// state (process_info, group_leader/2) takes `main_lock` with try_lock and retries later if it is busy.
//
// Status transitions: Runnable (on exactly one run queue) -> Running (popped by a scheduler) -> Runnable
// (yield; requeued by that scheduler) | Waiting (set under inbox_mutex only if no signal is pending) |
// Exiting -> Exited. Waiting -> Runnable is done by whoever wins the compare-exchange under inbox_mutex
// (a signal's sender, a timer) and that one puts it on a run queue: no lost wake-ups, no double queueing.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vm/bitsyntax.hpp"
#include "vm/code.hpp"
#include "vm/heap_allocator.hpp"
#include "vm/native.hpp"
#include "vm/small_mutex.hpp"
#include "vm/term.hpp"

namespace ember::vm {

struct Binary;

struct SeqToken;  // vm/trace.hpp

inline constexpr int kMaxXRegs = 1024;
inline constexpr int kMaxFRegs = 1024;
inline constexpr int kReductionsPerSlice = 4000;  // CONTEXT_REDS in OTP
inline constexpr Word kMinBinVheapSize = 46422;   // words, OTP's default min_bin_vheap_size

// A block of words outside the heap block: a BIF's overflow or a message's data.
struct HeapFragment {
    HeapFragment* next = nullptr;
    Term* off_heap = nullptr;  // refc binaries in this fragment
    Word used = 0;
    Word size = 0;
    Word data[];

    static HeapFragment* create(Word words);
    static void destroy(HeapFragment* f);
};

// Drops a fragment that never joined a heap, releasing its refc binaries.
void release_fragment(HeapFragment* f);

// Builds terms into one pre-sized fragment (messages, signals).
class FragmentAllocator final : public HeapAllocator {
public:
    explicit FragmentAllocator(HeapFragment* f) : m_fragment(f) {}
    Term* alloc(Word words) override;
    void add_off_heap(Term* refc_header) override;

private:
    HeapFragment* m_fragment;
};

enum class SignalKind : std::uint8_t {
    Message,    // term in `payload`
    Exit,       // exit signal from `from` with reason `payload` (link exits and exit/2)
    Link,
    Unlink,
    Monitor,    // `ref` monitors the receiver, owned by `from`
    Demonitor,
    MonitorDown,  // the monitored process `from` ended; delivered as 'DOWN' message
    Request,    // `from` asks: `handler` runs in the receiver's context; answered with a Reply (`ref`)
    Reply,      // the answer `payload` to this process's request `ref`
};


// Runs in the target's context (target == nullptr: it is dead or exiting) and builds the answer to a
// Request with `heap`.
using RequestHandler = Term (*)(struct Process* target, Term arg, HeapAllocator& heap);

// A signal in the inbox. Its terms live in its own fragment (or are immediates).
struct Signal {
    Signal* next = nullptr;
    SignalKind kind;
    bool linked_exit = false;  // Exit caused by a link (vs exit/2)
    bool from_is_name = false; // MonitorDown of a monitor by name: `from` is the registered name atom
    Term from = kNil;
    Term payload = kNil;
    Term ref = kNil;
    HeapFragment* fragment = nullptr;
    RequestHandler handler = nullptr;  // Request only
    bool reply_as_message = false;     // Request: the handler's answer goes to `from` as a message
    std::shared_ptr<const SeqToken> seq_token;  // Message: the sender's sequential trace token
    CapabilitySet sender_caps = kCapAll;         // Message: the sender's capabilities when it sent it
};

// A received (moved) message in the private queue.
struct Message {
    Message* next = nullptr;
    Term term;
    HeapFragment* fragment;  // owned until the message is removed or the fragment joins the heap
    std::shared_ptr<const SeqToken> seq_token = nullptr;  // the sender's sequential trace token
    // The sender's capabilities when it sent the message (every capability for the VM, a host, a
    // signal turned into a message): what ember:sender_capabilities/0 reports once it is received.
    CapabilitySet sender_caps = kCapAll;
};

// How a process alias (erlang:alias/1, monitor/3 {alias, _}) ends: only by unalias/1, after the first
// message received through it, with its monitor (demonitor or 'DOWN'), or whichever comes first.
enum class AliasMode : std::uint8_t { None, ExplicitUnalias, Reply, Demonitor, ReplyDemonitor };

enum class ProcessStatus : std::uint8_t { Runnable, Running, Waiting, Exiting, Exited };
enum class Priority : std::uint8_t { Max, High, Normal, Low };
inline constexpr std::uint8_t kNoTaskPriority = 4;  // Process::task_priority: no system task raised it

inline constexpr Word kDefaultFullsweepAfter = 65535;  // OTP's default fullsweep_after

// max_heap_size (process_flag/2, spawn_opt, system_flag/2; OTP erl_process.h MAX_HEAP_SIZE_KILL/LOG): the
// limit in words (0 = none) on the heap a garbage collection would leave the process with, and what
// passing it does. Checked when a collection starts (vm/gc.cpp, docs/gc.md).
struct MaxHeapSize {
    Word size = 0;
    bool kill = true;
    bool error_logger = true;
};
enum class ExceptionClass : std::uint8_t { Error, Exit, Throw };

struct MonitorInfo {
    Term target;       // pid monitored by this process (am_undefined if the name was not registered)
    Term name = kNil;  // registered-name atom when monitored by name (immediates only: not a GC root)
    Term tag = kNil;   // monitor/3 {tag, T}: first element of the 'DOWN' tuple (on the heap: a GC root)
    AliasMode alias = AliasMode::None;  // monitor/3 {alias, Mode}: the ref is also an alias
    bool port = false;  // monitor(port, _): 'DOWN' says port
    Term node = kNil;   // a monitor of another node's process (by pid or name): that node's atom
    // monitor(time_offset, clock_service): Ember's time offset is final (no_time_warp), so it never
    // fires; it is held until demonitor or exit.
    bool time_offset = false;
};

struct ProcessRelations {
    std::unordered_set<Term> links;
    std::unordered_map<Word, MonitorInfo> monitors;  // ref id -> target (monitors this process holds)
    std::unordered_map<Word, Term> monitored_by;     // ref id -> watcher pid
    // erlang:suspend_process/2 (OTP erl_proc_sig_queue.c suspend monitors): the suspends this process
    // holds on others (target -> count, its own view, so resume_process/1 knows at once whether it
    // may resume) and those others hold on it (suspender -> count, in its context).
    std::unordered_map<Term, std::uint32_t> suspending;
    std::unordered_map<Term, std::uint32_t> suspended_by;
    // process_flag(monitor_nodes | {monitor_nodes, Opts}, true) calls per option set (key: opts_key
    // in bifs/erlang_process.cpp).
    std::vector<std::pair<int, std::uint32_t>> node_monitors;
};

struct Process : HeapAllocator {
    Process();
    ~Process() override;

    // ---- heap and stack (the interpreter caches htop/stop in registers while it runs) ----
    Term* heap_start = nullptr;
    Term* htop = nullptr;
    Term* stop = nullptr;
    Term* heap_end = nullptr;
    HeapFragment* fragments = nullptr;
    // The fragment of `fragments` that alloc() bumps into while the heap is full (its spare room);
    // nullptr after a GC.
    HeapFragment* alloc_fragment = nullptr;
    Word fragment_words = 0;
    Term* off_heap = nullptr;  // refc binaries on the young heap and fragments, linked through word 4
    // Young terms below high_water have survived one collection (OTP's high-water mark): the next
    // minor collection promotes them to the old heap.
    Term* high_water = nullptr;
    // The old generation (OTP's old heap): terms promoted by minor collections, copied again only by
    // a major one. [old_heap_start, old_htop) is in use; all three are nullptr while there is none
    // (a new process, and after every major collection, which leaves all live data young).
    Term* old_heap_start = nullptr;
    Term* old_htop = nullptr;
    Term* old_heap_end = nullptr;
    Term* old_off_heap = nullptr;  // refc binaries and magic refs on the old heap
    Word heap_block_words = 0;     // words allocated for the young block (>= heap_end - heap_start)
    Word minor_gcs = 0;            // minor collections since the last major (process_info minor_gcs)
    Word gc_stress_skips = 0;      // GC points passed without a stress collection (vm/gc.hpp gc_stress_due)
    Word min_heap_size = 233;  // words (OTP default); always a size of the heap growth table
    Word min_bin_vheap_size = kMinBinVheapSize;  // words
    std::uint64_t gc_count = 0;
    Word recent_size = 0;  // words that survived the last collection (process_info garbage_collection_info)
    MaxHeapSize max_heap;
    // With a max_heap_size: heap fragments (what BIFs allocate when the heap is full, received
    // messages) past this many words make the next GC point collect, as erl collects after a BIF that
    // spilled into a fragment, so a loop of allocating BIFs meets the limit check; ~0 without a limit.
    Word fragment_gc_words = ~Word(0);
    // Virtual binary heap (OTP erl_gc.c bin_vheap_sz): words (bytes / 8) of refc binaries linked via
    // add_off_heap, or grown in place, since the last GC (after a GC: those that survived). The heap
    // checks at GC points also collect when bin_vheap_used > bin_vheap_sz, so garbage binaries are
    // released even while the heap itself has room. garbage_collect resets both (vm/gc.cpp).
    Word bin_vheap_used = 0;
    // The heap checks' slow path is due although the heap may have room: bin_vheap_used passed
    // bin_vheap_sz, bin_old_vheap passed bin_old_vheap_sz through growth in place
    // (charge_grown_binary), fragment_words passed fragment_gc_words, or GC stress is on. The interpreter's
    // allocate/test_heap then test one flag instead of those four words (HEAP_CHECK_FAILS); whatever
    // raises a counter or lowers a limit calls note_gc_counters(), and garbage_collect recomputes it.
    bool gc_wanted = false;
    // A collection found the heap past max_heap.size with kill set: the collection was not done and the
    // caller ends the process with reason killed at once (the interpreter's GC points check this).
    bool max_heap_killed = false;
    // A limit was set (process_flag) on a heap that grew without one: its size has Ember's slack, not
    // erl's, so the next collection is not checked and sizes the heap for the limit (vm/gc.cpp).
    bool max_heap_unsized = false;
    bool hibernating = false;  // in erlang:hibernate/3 (current_function {erlang,hibernate,3})
    // The open bs_init2/bs_append construction the bs_put_* instructions write to (cleared by a GC).
    BsPutState bs_put;
    Word bin_vheap_sz = kMinBinVheapSize;
    // The old heap's share (OTP bin_old_vheap): words of refc binaries promoted to it; past
    // bin_old_vheap_sz the next collection is a major one, which frees those that died.
    Word bin_old_vheap = 0;
    Word bin_old_vheap_sz = kMinBinVheapSize;

    // spawn_opt/process_flag min_heap_size (OTP erl_process.c): rounded up to a heap size, at least
    // 233. A process whose heap is still empty (a new one) gets a heap of that size at once; otherwise
    // the next GC applies it.
    void set_min_heap_size(Word words);
    void set_max_heap_size(const MaxHeapSize& value);  // and fragment_gc_words
    Term* alloc(Word words) override;  // HAlloc: bump htop or take a fragment
    void add_off_heap(Term* refc_header) override;
    Word heap_free() const { return Word(stop - htop); }
    // Charge `words` of refc binary grown in place to the virtual binary heap (bin_vheap_used).
    void charge_bin_vheap(Word words) {
        bin_vheap_used += words;
        note_gc_counters();
    }
    // Charge `words` by which an append grew a writable binary in place; `bin` is the sub binary the
    // append returned. A block whose refc term is on the old heap is charged to bin_old_vheap: only a
    // major collection frees it, so charging the young share would only bring minor collections that
    // cannot. Past bin_old_vheap_sz the next GC point collects, and garbage_collect makes that a major
    // one. Without this, a process that builds a large binary round after round (`<<Acc/binary, ...>>`)
    // kept every earlier round's block until its old heap filled up.
    void charge_grown_binary(Term bin, Word words) {
        if (words == 0) return;
        if (old_heap_start != nullptr && is_sub_binary(bin)) {
            const Term* refc = boxed_ptr(boxed_ptr(bin)[4]);
            if (refc >= old_heap_start && refc < old_heap_end) {
                bin_old_vheap += words;
                if (bin_old_vheap > bin_old_vheap_sz) gc_wanted = true;
                return;
            }
        }
        charge_bin_vheap(words);
    }
    // Count `words` more in heap fragments (fragment_words).
    void charge_fragments(Word words) {
        fragment_words += words;
        note_gc_counters();
    }
    // Set gc_wanted if the binary or fragment counters passed their limits (it is never cleared here).
    void note_gc_counters() {
        if (bin_vheap_used > bin_vheap_sz || fragment_words > fragment_gc_words) gc_wanted = true;
    }

    // ---- execution state while not running ----
    const Instr* i = nullptr;    // next instruction
    const Instr* cp = nullptr;   // continuation pointer (return address)
    std::uint32_t arity = 0;     // live argument registers saved in `saved_x`
    int reductions_left = kReductionsPerSlice;
    std::vector<Term> saved_x;   // GC roots while switched out (the GC only runs while it is in)
    const Instr* trap = nullptr;     // set by a BIF that continues in Erlang code (apply/3 etc.)
    std::uint32_t trap_arity = 0;    // arguments live for `trap`, and for resolved fun calls
    bool trap_yield = false;         // with `trap`: give up the slice first (vm/bif_yield.hpp)
    bool yield_requested = false;    // set by a BIF that must wait and be retried
    bool exit_now = false;           // set by a BIF that ends the process (exit/2 to self, halt)
    const Instr* apply_site = nullptr;  // a tail call of apply/3 about to run (vm/ops_calls.inc)
    Term pending_exit = kNil;        // reason when a signal killed the process while it ran
    Term* bif_x = nullptr;           // the running scheduler's x registers (for trapping BIFs)
    std::uint64_t reductions = 0;

    // ---- identity ----
    Term pid = kNil;
    std::atomic<Term> registered_name{kNil};  // written under the name registry's lock
    Term group_leader = kNil;
    Term parent = kNil;  // the spawning process's pid (process_info parent); [] for a process the
                         // runtime itself started (init, the I/O server), which erl reports as undefined
    Term initial_call[3] = {kNil, kNil, kNil};
    CapabilitySet capabilities = kCapAll;
    // The sender's capabilities of the last message a receive took (ember:sender_capabilities/0): a
    // server authorizes a request with it.
    CapabilitySet last_sender_caps = kCapAll;
    Priority priority = Priority::Normal;
    // A system task (erts_internal:request_system_task/3: check_process_code, garbage_collect of
    // another process, ...) was asked for at a higher priority than the process's own: the run queue
    // it waits in until its next slice, which then handles its signals and runs no code (OTP runs a
    // system task at the requester's priority, so a starved low-priority process still answers).
    // kNoTaskPriority: none. Raised by Scheduler::raise_for_system_task, cleared at slice start.
    std::atomic<std::uint8_t> task_priority{kNoTaskPriority};
    std::atomic<ProcessStatus> status{ProcessStatus::Runnable};
    bool trap_exit = false;
    // Read by Scheduler::run_slice at every switch, so they share the cache line of `status` and
    // `main_lock`: a process of a large ring comes in cold, and each further line is a miss per hop
    // (bench_ring). gc_requested and suspend_count are described with the GC requests below.
    bool gc_requested = false;
    SmallMutex main_lock;               // held by the thread running the process (see above)
    std::atomic<std::uint32_t> home{0}; // index of the scheduler whose run queue it goes back to
    // process_flag(scheduler, N): 0, or the 1-based scheduler the process is bound to (it runs only
    // there while that scheduler is online; no other scheduler steals it).
    std::atomic<std::uint32_t> bound_scheduler{0};
    std::uint32_t suspend_count = 0;
    std::atomic<std::uint32_t> trace_flags{0};  // TraceFlag bits
    // The inbox follows: a sender locks inbox_mutex, appends, reads max_message_queue_len and flips
    // `status`, all on this line and the next, so a send to a cold process misses two lines of it.
    SmallMutex inbox_mutex;
    Signal* inbox_head = nullptr;       // under inbox_mutex
    Signal** inbox_tail = &inbox_head;  // under inbox_mutex
    bool inbox_closed = false;          // under inbox_mutex: exiting; signals are answered as by a dead pid
    std::atomic<bool> signal_pending{false};  // inbox non-empty (a hint read without the lock)
    // Overload protection (spawn_opt {max_message_queue_len, N}, 0 = off): user messages beyond N
    // queued are dropped and counted. queued_messages is maintained only when the limit is on. Next
    // to the inbox: a sender reads it, and a send to a cold process then misses one line less.
    std::size_t max_message_queue_len = 0;
    std::atomic<std::size_t> queued_messages{0};
    // Dirty native call in flight (scheduler/dirty.cpp): the BIF, and where execution continues.
    const BifSpec* dirty_bif = nullptr;
    const Instr* dirty_resume = nullptr;  // instruction after the call (value) ...
    const Instr* dirty_call = nullptr;    // ... or the call itself (exception: stack traces point at it)
    Term dirty_result = kNil;             // (dirty_raised: with the exception flags below)
    // The NIF row being called (set by call_nif and the dirty pools before the native runs), and the
    // native layer's per-process state (nif/nif_env.hpp NifContinuation).
    const BifSpec* native_spec = nullptr;
    std::unique_ptr<NativeState> native_state;

    // ---- exceptions (OTP freason/fvalue/ftrace) ----
    Term exc_reason = kNil;
    Term exc_stacktrace = kNil;  // cooked: [{M,F,ArityOrArgs,Location}]
    Term exc_args = kNonValue;   // for BIF errors: the argument list for the first frame
    const BifSpec* exc_bif = nullptr;
    Term exc_error_info = kNil;  // error/3 options that go into the first frame's location
    Term exc_cause = kNil;       // atom: `cause` of a failing erlang BIF's error_info map (badopt, ...)
    bool exc_bif_frame = false;  // the failing BIF's frame {M,F,Args,...} leads the stack trace
    bool reraised = false;       // exc_stacktrace is given (raise/3, raw_raise), not to be rebuilt
    ExceptionClass exc_class = ExceptionClass::Error;
    bool dirty_raised = false;   // the dirty call above raised (its exception is in these fields)

    // ---- mailbox (the inbox is above, on the line after `status`) ----
    Message* queue_head = nullptr;   // private, received order
    Message** queue_tail = &queue_head;
    Message** save = &queue_head;    // loop_rec position
    std::size_t queue_len = 0;
    // Receive marker (OTP recv_marker_*): a receive on a reference created after the marker was
    // reserved starts scanning at *recv_marker, skipping older messages that cannot match.
    Message** recv_marker = nullptr;
    Term recv_marker_ref = kNil;   // the bound reference (on the heap: a GC root), or kNil
    // Receive timeout: the process arms a timer on its scheduler (timer_deadline_ns != 0 while armed,
    // private); the timer fires only if timer_seq still equals the sequence it was armed with. Both the
    // firing timer and a disarming receive bump timer_seq under inbox_mutex, so exactly one wins.
    std::uint64_t timer_deadline_ns = 0;
    // In a receive whose `after` time is infinity (or a bignum): a re-entered wait_timeout (after a
    // non-matching message, a GC or a request answered while waiting) must not read the time
    // operand again, its x register being dead. Cleared when a message is taken.
    std::uint64_t timer_armed_seq = 0;
    std::atomic<std::uint64_t> timer_seq{0};
    std::atomic<bool> timed_out{false};
    bool wait_infinite = false;  // (described above)
    std::atomic<std::uint32_t> timers_aimed{0};  // message timers were started to this pid (ever)
    std::atomic<std::uint64_t> dropped_messages{0};  // see max_message_queue_len
    // A request this process made of another (vm/messages.hpp request_from): its id (0 = none) and
    // the answer once it arrived (on this heap), else kNonValue.
    std::uint64_t request_id = 0;
    Term request_reply = kNonValue;
    // Asynchronous requests (vm/messages.hpp send_request_message) that wait for a safe point: a
    // requested garbage collection runs at the next slice start, where every live term is in
    // saved_x; its replies (built messages) are sent after it. The scheduler requeues a process that
    // would wait with a GC pending. suspend_count > 0: suspended, the process only handles signals.
    // gc_requested and suspend_count: with the scheduler's per-switch fields, below `status`.
    // erts_debug:set_internal_state(gc_state, false) (OTP's test hook): requested collections wait
    // until it is turned on again. The process's own collections still run.
    bool gc_disabled = false;
    // Every pending request (another process's, or the process's own garbage_collect/0,1,2) asked
    // for a minor collection (erts_internal:garbage_collect(minor)); any major request makes it major.
    bool gc_minor_only = true;
    bool gc_copy_literals = false;  // the collection also copies the literal area being released
    bool ets_super_user = false;   // erts_internal:ets_super_user(true): may read private tables
    std::uint16_t save_calls = 0;  // process_flag(save_calls, N): kept, not acted on (docs/processes.md)
    // process_flag(sensitive, true): no trace or sequential trace events of this process, and
    // process_info hides its dictionary, messages and backtrace (atomic: other processes read it).
    std::atomic<bool> sensitive{false};
    bool message_queue_off_heap = false;  // process_flag(message_queue_data, off_heap)
    Signal* gc_replies = nullptr;
    // re:run: the bytes of the refc binary whose UTF-8 this process's last re:run checked (the binary
    // is retained until the next garbage collection), so the later calls of a global match over it
    // skip PCRE2's invalid-UTF scan (bifs/re.cpp).
    Binary* re_valid_binary = nullptr;
    const std::uint8_t* re_valid_data = nullptr;
    std::size_t re_valid_size = 0;
    // process_flag/2 settings kept as erl reports them (docs/processes.md): error_handler (an atom;
    // kNil = error_handler) and fullsweep_after; message_queue_data (off_heap) is with the flags above,
    // the monitor_nodes counts with the relations (ProcessRelations::node_monitors).
    Term error_handler = kNil;
    Word fullsweep_after = kDefaultFullsweepAfter;

    // ---- links, monitors, dictionary ----
    // Links and monitors: most processes have none, so they live in a block made on first use (rel()).
    using MonitorInfo = vm::MonitorInfo;
    std::unique_ptr<ProcessRelations> relations;
    ProcessRelations& rel() {
        if (!relations) relations = std::make_unique<ProcessRelations>();
        return *relations;
    }
    // Active aliases of this process: ref id -> mode (allocated on first use; routing table in the
    // scheduler, which maps ids to owners).
    std::unique_ptr<std::unordered_map<Word, AliasMode>> aliases;
    std::vector<std::pair<Term, Term>> dictionary;   // process dictionary (terms on the heap: GC roots)

    // ---- tracing (vm/trace.hpp; set by erlang:trace/3 from any process, read by the hooks) ----
    // trace_flags (TraceFlag bits): with the scheduler's per-switch fields, below `status`.
    std::atomic<Term> tracer{kNil};             // the local pid that receives the trace messages
    std::shared_ptr<const SeqToken> seq_token;  // sequential trace token (private), or none
    std::int64_t seq_clock = 0, seq_lastcnt = 0;      // OTP seq_trace_clock / seq_trace_lastcnt
    // A traced entry (vm/ops_trace.inc) the process resumes at without a new call (a BIF retried, a
    // receive at the function's first instruction): its breakpoint does not fire again there.
    const Instr* trace_resume_at = nullptr;
    // call_time tracing (bifs/trace_calls.cpp; OTP's process_breakpoint_time_t): the breakpoint id of the
    // call_time function now charged (-1: none) and the monotonic time (ns) charging started. Only the
    // process itself (its scheduler) touches them.
    std::int64_t call_time_bp = -1;
    std::int64_t call_time_since = 0;

    Term exit_reason = kNil;
    bool crashed = false;      // ended by an uncaught error or throw (reported on stderr)
    bool system_process = false;  // started by the VM itself (SpawnOptions::system_process)
    bool keep_result = false;  // host-spawned: the initial call's value goes into the tombstone
    std::uint16_t wall_time_refs = 0;  // system_flag(scheduler_wall_time, true) calls not yet undone
    Term result = kNonValue;   // that value, set on a normal return (not a GC root: set at exit)
};

}  // namespace ember::vm
