// Ports run by dynamically loaded drivers (OTP io.c, erl_port_task.c, erl_async.c; erl_driver and
// driver_entry docs): the PortDriver adapter around an ErlDrvEntry, the callback discipline (locks,
// deferred driver_failure), timers on the I/O poller, the async pool, process monitors, and the
// driver_* calls about the port itself. docs/drivers.md.
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <thread>

#include "scheduler/erl_drv_port.hpp"
#include "scheduler/io_poller.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/atom_table.hpp"
#include "vm/idle_wait.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"

namespace ember::scheduler {

using namespace ember::vm;

namespace {

thread_local DrvPort* t_callback_port = nullptr;

Term atom_of(const char* s) { return AtomTable::global().intern(s); }

// Ends the port if a callback asked for it (driver_failure*, driver_exit). Lock held; unlocks if so.
void after_callback(const PortPtr& port, std::unique_lock<std::mutex>& lock, DrvPort& dp) {
    if (!dp.exit_reason || !port->alive) return;
    Term reason = *dp.exit_reason;
    dp.exit_reason.reset();
    terminate_port(port, lock, reason);
}

// The async pool (erl_async.c): jobs with the same key run on the same thread, in order.
class AsyncPool {
public:
    static constexpr unsigned kThreads = 4;
    static AsyncPool& global() {
        static AsyncPool* pool = new AsyncPool();  // never destroyed: its threads run to process exit
        return *pool;
    }
    void submit(unsigned key, std::function<void()> job) {
        Queue& q = m_queues[key % kThreads];
        std::lock_guard lock(q.mutex);
        q.jobs.push_back(std::move(job));
        if (q.sleeping) q.cv.notify_one();
    }

private:
    struct Queue {
        std::mutex mutex;
        std::condition_variable cv;
        std::deque<std::function<void()>> jobs;
        bool sleeping = false;  // under mutex
    };
    AsyncPool() {
        for (auto& q : m_queues)
            std::thread([&q] {
                for (;;) {
                    std::unique_lock lock(q.mutex);
                    q.sleeping = true;
                    vm::idle_wait(q.cv, lock, [&] { return !q.jobs.empty(); });
                    q.sleeping = false;
                    auto job = std::move(q.jobs.front());
                    q.jobs.pop_front();
                    lock.unlock();
                    job();
                }
            }).detach();
    }
    Queue m_queues[kThreads];
};

std::atomic<long> g_async_ids{0};
std::atomic<unsigned> g_async_rr{0};

// Runs `f` (a callback of dp) with dp's port locked, if the port is still running its driver.
template <class F>
void with_port_callback(const DrvPortPtr& dp, F&& f) {
    PortPtr port = dp->port.lock();
    if (!port) return;
    std::unique_lock lock(port->mutex);
    if (!port->alive || !dp->started || dp->stopped) return;
    {
        DrvCallback cb(dp.get());
        f();
    }
    after_callback(port, lock, *dp);
}

class DynPortDriver final : public PortDriver {
public:
    explicit DynPortDriver(DrvPortPtr dp) : m_dp(std::move(dp)) {}
    const DrvPortPtr& dp() const { return m_dp; }

    PortOp output(const PortPtr& port, std::unique_lock<std::mutex>& lock, Term caller, std::string data) override {
        DrvPort& dp = *m_dp;
        ErlDrvEntry* e = dp.driver->entry;
        if (!dp.started) return PortOp::Ok;
        {
            DrvCallback cb(&dp);
            dp.caller = caller;
            if (e->outputv) {
                // erl's io vector: element 0 is left empty for a header, the data follows (io.c).
                ErlDrvBinary* bin = drv_binary_alloc(data.size());
                if (bin == nullptr) std::abort();  // out of memory: fatal, as for refc binaries (vm/binary.cpp)
                std::memcpy(bin->orig_bytes, data.data(), data.size());
                SysIOVec iov[2] = {{nullptr, 0}, {bin->orig_bytes, data.size()}};
                ErlDrvBinary* binv[2] = {nullptr, bin};
                ErlIOVec ev{data.empty() ? 1 : 2, data.size(), iov, binv};
                e->outputv(dp.data, &ev);
                driver_free_binary(bin);
            } else if (e->output) {
                e->output(dp.data, data.data(), data.size());
            }
        }
        after_callback(port, lock, dp);
        return PortOp::Ok;
    }

    std::optional<std::string> control(const PortPtr& port, std::unique_lock<std::mutex>& lock, Term caller,
                                       std::uint32_t op, std::string_view data) override {
        DrvPort& dp = *m_dp;
        ErlDrvEntry* e = dp.driver->entry;
        if (!e->control || !dp.started) return std::nullopt;
        char resbuf[64];  // ERL_ONHEAP_BIN_LIMIT, the size erts offers
        char* rbuf = resbuf;
        std::string in(data);
        ErlDrvSSizeT n;
        {
            DrvCallback cb(&dp);
            dp.caller = caller;
            n = e->control(dp.data, op, in.data(), in.size(), &rbuf, sizeof resbuf);
        }
        std::optional<std::string> reply;
        // With PORT_CONTROL_FLAG_BINARY the reply is a binary, or [] when the driver set *rbuf to NULL.
        m_binary = (dp.control_flags & PORT_CONTROL_FLAG_BINARY) && rbuf;
        if (n >= 0) reply = take_control_result(rbuf, resbuf, static_cast<std::size_t>(n), m_binary);
        else if (rbuf != resbuf) free_result(rbuf, m_binary);
        after_callback(port, lock, dp);
        return reply;
    }

    bool control_binary() const override { return m_binary; }

    std::optional<std::string> call(const PortPtr& port, std::unique_lock<std::mutex>& lock, Term caller,
                                    std::uint32_t op, std::string_view etf) override {
        DrvPort& dp = *m_dp;
        ErlDrvEntry* e = dp.driver->entry;
        if (!e->call || !dp.started) return std::nullopt;
        char resbuf[64];
        char* rbuf = resbuf;
        unsigned int flags = 0;
        std::string in(etf);
        ErlDrvSSizeT n;
        {
            DrvCallback cb(&dp);
            dp.caller = caller;
            n = e->call(dp.data, op, in.data(), in.size(), &rbuf, sizeof resbuf, &flags);
        }
        std::optional<std::string> reply;
        if (n >= 0 && rbuf) reply.emplace(rbuf, static_cast<std::size_t>(n));
        // The driver keeps a buffer it returned with DRIVER_CALL_KEEP_BUFFER; others are erts' to free.
        if (rbuf && rbuf != resbuf && rbuf != in.data() && !(flags & DRIVER_CALL_KEEP_BUFFER)) driver_free(rbuf);
        after_callback(port, lock, dp);
        return reply;
    }

    void monitor_down(const PortPtr& port, std::unique_lock<std::mutex>& lock, std::uint64_t ref, Term pid) override {
        DrvPort& dp = *m_dp;
        auto it = dp.monitors.find(ref);
        if (it == dp.monitors.end() || !dp.started || dp.stopped) return;
        ErlDrvMonitor mon{};
        std::memcpy(mon.data, &ref, sizeof ref);
        std::memcpy(mon.data + sizeof ref, &pid, sizeof pid);
        ErlDrvEntry* e = dp.driver->entry;
        if (e->process_exit) {
            DrvCallback cb(&dp);
            e->process_exit(dp.data, &mon);
        }
        dp.monitors.erase(ref);  // after the callback: driver_get_monitored_process still answers in it
        after_callback(port, lock, dp);
    }

    void stop(const PortPtr& port) override {
        DrvPort& dp = *m_dp;
        std::unique_lock lock(port->mutex);
        if (dp.stopped) return;
        ErlDrvEntry* e = dp.driver->entry;
        if (dp.started) {
            DrvCallback cb(&dp);
            // A driver with queued data gets its flush callback before stop (erl waits for the queue
            // to drain first; Ember's ports never wait: docs/drivers.md).
            if (dp.queue_size > 0 && e->flush) e->flush(dp.data);
            if (e->stop) e->stop(dp.data);
        }
        dp.stopped = true;
        dp.exit_reason.reset();
        ++dp.timer_gen;
        dp.deadline.reset();
        while (!dp.queue.empty()) {
            driver_free_binary(dp.queue.front().bin);
            dp.queue.pop_front();
        }
        dp.queue_size = 0;
        std::vector<std::pair<std::uint64_t, Term>> monitors(dp.monitors.begin(), dp.monitors.end());
        dp.monitors.clear();
        if (dp.pdl) driver_pdl_dec_refc(dp.pdl);
        dp.pdl = nullptr;
        lock.unlock();
        drop_port_selects(&dp);
        for (const auto& [ref, pid] : monitors)
            send_signal(pid, make_signal(SignalKind::Demonitor, dp.id, kNil, make_small(static_cast<SWord>(ref))));
        driver_port_closed(dp.driver);
    }

    bool can_wake() const override {
        // Anything that can run a callback later: a timer, a selected event, an async job, a monitor.
        const DrvPort& dp = *m_dp;
        return dp.deadline || dp.pending_async.load() > 0 || !dp.monitors.empty() || port_has_selects(&dp);
    }

private:
    // The bytes of a control result (driver_entry control): rbuf still pointing at erts' buffer (at
    // most its 64 bytes are read, whatever the driver returned), a driver_alloc'ed buffer, or with
    // PORT_CONTROL_FLAG_BINARY a driver binary (NULL: an empty reply).
    static std::string take_control_result(char* rbuf, char* resbuf, std::size_t n, bool binary) {
        if (rbuf == resbuf) return std::string(rbuf, std::min<std::size_t>(n, 64));
        if (!rbuf) return {};
        std::string out;
        if (binary) {
            // erts takes the whole driver binary (its orig_size), whatever length control returned
            // (runtime_tools' trace_ip_drv returns 0 with a 3-byte binary).
            auto* bin = reinterpret_cast<ErlDrvBinary*>(rbuf);
            out.assign(bin->orig_bytes, static_cast<std::size_t>(bin->orig_size));
        } else {
            out.assign(rbuf, n);
        }
        free_result(rbuf, binary);
        return out;
    }
    static void free_result(char* rbuf, bool binary) {
        if (!rbuf) return;
        if (binary) driver_free_binary(reinterpret_cast<ErlDrvBinary*>(rbuf));
        else driver_free(rbuf);
    }

    DrvPortPtr m_dp;
    bool m_binary = false;
};

}  // namespace

DrvCallback::DrvCallback(DrvPort* dp) : m_prev(t_callback_port) {
    if (!dp->driver->port_locking()) m_driver_lock = std::unique_lock(dp->driver->lock);
    t_callback_port = dp;
    dp->timeslice = 0;
}
DrvCallback::~DrvCallback() { t_callback_port = m_prev; }

DrvPort* current_callback_port() { return t_callback_port; }

DrvApiLock::DrvApiLock(DrvPort* dp) {
    if (!dp) return;
    PortPtr port = dp->port.lock();
    if (!port) return;
    if (t_callback_port != dp) m_lock = std::unique_lock(port->mutex);
    if (port->alive) m_port = std::move(port);
}

DrvPortPtr drv_port_of(Term port_id) {
    PortPtr port = find_port(port_id);
    if (!port) return nullptr;
    // Port::driver is set before the port enters the table and never changes: no lock needed.
    auto* d = dynamic_cast<DynPortDriver*>(port->driver.get());
    return d ? d->dp() : nullptr;
}

OpenResult open_dynamic_driver_port(Term owner, const LoadedDriverPtr& driver, const std::string& command,
                                    bool binary_io) {
    auto dp = std::make_shared<DrvPort>();
    dp->driver = driver;
    dp->name = command;
    dp->binary = binary_io;
    // Counted before start runs: an unload waits for this port from now on.
    if (!driver_port_opened(driver)) return {kNil, -1};
    Term id = open_port_with_driver(owner, command, std::make_unique<DynPortDriver>(dp));
    PortPtr port = find_port(id);
    dp->port = port;
    dp->id = id;
    std::unique_lock lock(port->mutex);
    port->spec.binary = binary_io;
    std::string cmd = command;
    ErlDrvData data = nullptr;
    errno = 0;
    if (driver->entry->start) {
        DrvCallback cb(dp.get());
        data = driver->entry->start(dp.get(), cmd.data());
    }
    if (data == ERL_DRV_ERROR_GENERAL || data == ERL_DRV_ERROR_ERRNO || data == ERL_DRV_ERROR_BADARG) {
        int err = data == ERL_DRV_ERROR_BADARG ? -1 : data == ERL_DRV_ERROR_ERRNO && errno ? errno : EINVAL;
        port->links.clear();  // the owner never saw this port: no exit signal
        dp->exit_reason.reset();
        terminate_port(port, lock, am_normal);
        return {kNil, err};
    }
    dp->data = data;
    dp->started = true;
    after_callback(port, lock, *dp);  // a driver_failure in start ends the port right away
    return {id, 0};
}

void kill_driver_ports(const LoadedDriverPtr& driver) {
    for (Term id : all_ports()) {
        PortPtr port = find_port(id);
        if (!port) continue;
        std::unique_lock lock(port->mutex);
        auto* d = dynamic_cast<DynPortDriver*>(port->driver.get());
        if (!port->alive || !d || d->dp()->driver != driver) continue;
        terminate_port(port, lock, atom_of("driver_unloaded"));
    }
}

// Runs async_invoke on the pool, then ready_async (or async_free when the port is gone) with the
// port locked (erl_async.c).
long drv_async(const DrvPortPtr& dp, unsigned* key, void (*invoke)(void*), void* data, void (*free_fn)(void*)) {
    unsigned k = key ? *key : g_async_rr.fetch_add(1);
    long id = g_async_ids.fetch_add(1) + 1;
    dp->pending_async.fetch_add(1);
    dp->driver->async_jobs.fetch_add(1);  // the library stays loaded until the job is done
    AsyncPool::global().submit(k, [dp, invoke, data, free_fn] {
        invoke(data);
        bool delivered = false;
        with_port_callback(dp, [&] {
            if (dp->driver->entry->ready_async) {
                dp->driver->entry->ready_async(dp->data, reinterpret_cast<ErlDrvThreadData>(data));
                delivered = true;
            }
        });
        if (!delivered && free_fn) free_fn(data);
        dp->pending_async.fetch_sub(1);
        driver_async_done(dp->driver);
        Scheduler::global().io_source_closed();  // the idle check may now see nothing left to wait for
    });
    return id;
}

// A timer fired on the I/O thread: timeout runs unless the timer was cancelled or set again.
void drv_timer_fired(const DrvPortPtr& dp, std::uint64_t gen) {
    with_port_callback(dp, [&] {
        if (dp->timer_gen != gen) return;
        dp->deadline.reset();
        if (dp->driver->entry->timeout) dp->driver->entry->timeout(dp->data);
    });
    Scheduler::global().io_source_closed();
}

}  // namespace ember::scheduler

using namespace ember::scheduler;
using namespace ember::vm;

namespace {

Term reason_atom(const char* s) { return AtomTable::global().intern(s); }

// Records an exit for the port (applied when the current callback returns; at once outside one).
int fail_port(ErlDrvPort dp, Term reason) {
    if (!dp) return -1;
    DrvApiLock guard(dp);
    if (!guard.port()) return -1;
    dp->exit_reason = reason;
    if (current_callback_port() != dp && guard.lock().owns_lock()) {
        // Called from another thread: end the port now.
        Term r = *dp->exit_reason;
        dp->exit_reason.reset();
        terminate_port(guard.port_ptr(), guard.lock(), r);
    }
    return 0;
}

}  // namespace

extern "C" {

char* erl_errno_id(int error);

int driver_failure_eof(ErlDrvPort port) { return fail_port(port, am_normal); }
int driver_failure_atom(ErlDrvPort port, char* string) { return fail_port(port, reason_atom(string ? string : "")); }
int driver_failure_posix(ErlDrvPort port, int error) { return fail_port(port, reason_atom(erl_errno_id(error))); }
int driver_failure(ErlDrvPort port, int error) {
    // erts: code 0 is an end of file (reason normal); others are the integer itself.
    return fail_port(port, error == 0 ? am_normal : make_small(error));
}
int driver_exit(ErlDrvPort port, int err) {
    // erts first unlinks the owner, so only other linked processes (and monitors) hear of the exit.
    if (port) {
        DrvApiLock guard(port);
        if (Port* p = guard.port(); p && p->links.erase(p->owner))
            send_signal(p->owner, make_signal(SignalKind::Unlink, p->id));
    }
    return fail_port(port, err == 0 ? am_normal : reason_atom(erl_errno_id(err)));
}

ErlDrvTermData driver_mk_port(ErlDrvPort port) { return port ? port->id : 0; }

ErlDrvTermData driver_connected(ErlDrvPort dp) {
    DrvApiLock guard(dp);
    return guard.port() ? guard.port()->owner : 0;
}

ErlDrvTermData driver_caller(ErlDrvPort dp) { return dp ? dp->caller : 0; }

int driver_set_timer(ErlDrvPort dp, unsigned long time) {
    DrvApiLock guard(dp);
    if (!guard.port()) return -1;
    std::uint64_t gen = ++dp->timer_gen;
    auto when = std::chrono::steady_clock::now() + std::chrono::milliseconds(time);
    dp->deadline = when;
    DrvPortPtr self = dp->shared_from_this();
    IoPoller& io = IoPoller::global();
    io.post([self, gen, when, &io] {
        auto timer = std::make_shared<asio::steady_timer>(io.context(), when);
        timer->async_wait([self, gen, timer](const asio::error_code& ec) {
            if (!ec) drv_timer_fired(self, gen);
        });
    });
    return 0;
}

int driver_cancel_timer(ErlDrvPort dp) {
    DrvApiLock guard(dp);
    if (!guard.port()) return -1;
    ++dp->timer_gen;
    dp->deadline.reset();
    return 0;
}

int driver_read_timer(ErlDrvPort dp, unsigned long* time_left) {
    DrvApiLock guard(dp);
    if (!guard.port() || !time_left) return -1;
    *time_left = 0;
    if (dp->deadline) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*dp->deadline - std::chrono::steady_clock::now());
        *time_left = left.count() > 0 ? static_cast<unsigned long>(left.count()) : 0;
    }
    return 0;
}

unsigned int driver_async_port_key(ErlDrvPort port) {
    // Same port, same async thread (erl hashes the port id the same way).
    return port ? static_cast<unsigned>(ember::vm::port_number(port->id)) : 0;
}

long driver_async(ErlDrvPort ix, unsigned int* key, void (*async_invoke)(void*), void* async_data,
                  void (*async_free)(void*)) {
    if (!ix || !async_invoke) return -1;
    {
        DrvApiLock guard(ix);
        if (!guard.port()) return -1;
    }
    return drv_async(ix->shared_from_this(), key, async_invoke, async_data, async_free);
}

int driver_monitor_process(ErlDrvPort dp, ErlDrvTermData process, ErlDrvMonitor* monitor) {
    DrvApiLock guard(dp);
    if (!guard.port() || !monitor || !is_local_pid(process)) return -1;
    if (!Scheduler::global().is_alive(process)) return 1;
    std::uint64_t ref = Scheduler::global().next_ref_id();
    dp->monitors[ref] = process;
    std::memset(monitor->data, 0, sizeof monitor->data);
    std::memcpy(monitor->data, &ref, sizeof ref);
    std::memcpy(monitor->data + sizeof ref, &process, sizeof process);
    // Sent from the I/O thread: a process that died meanwhile answers 'DOWN' to this port at once,
    // which must not find the port locked by this thread.
    Term id = dp->id;
    IoPoller::global().post([id, process, ref] {
        send_signal(process, make_signal(SignalKind::Monitor, id, kNil, make_small(static_cast<SWord>(ref))));
    });
    return 0;
}

int driver_demonitor_process(ErlDrvPort dp, const ErlDrvMonitor* monitor) {
    DrvApiLock guard(dp);
    if (!guard.port() || !monitor) return -1;
    std::uint64_t ref;
    std::memcpy(&ref, monitor->data, sizeof ref);
    auto it = dp->monitors.find(ref);
    if (it == dp->monitors.end()) return 1;
    Term pid = it->second, id = dp->id;
    dp->monitors.erase(it);
    IoPoller::global().post([id, pid, ref] {
        send_signal(pid, make_signal(SignalKind::Demonitor, id, kNil, make_small(static_cast<SWord>(ref))));
    });
    return 0;
}

ErlDrvTermData driver_get_monitored_process(ErlDrvPort dp, const ErlDrvMonitor* monitor) {
    DrvApiLock guard(dp);
    if (!guard.port() || !monitor) return driver_term_nil;
    std::uint64_t ref;
    std::memcpy(&ref, monitor->data, sizeof ref);
    auto it = dp->monitors.find(ref);
    return it == dp->monitors.end() ? driver_term_nil : it->second;
}

int driver_compare_monitors(const ErlDrvMonitor* a, const ErlDrvMonitor* b) {
    return std::memcmp(a->data, b->data, sizeof a->data);
}

void set_busy_port(ErlDrvPort dp, int on) {
    DrvApiLock guard(dp);
    if (guard.port()) dp->busy = on != 0;
}

void set_port_control_flags(ErlDrvPort dp, int flags) {
    DrvApiLock guard(dp);
    if (guard.port()) dp->control_flags = flags;
}

int get_port_flags(ErlDrvPort dp) {
    DrvApiLock guard(dp);
    if (!guard.port()) return 0;
    return dp->binary ? PORT_FLAG_BINARY : 0;
}

void erl_drv_busy_msgq_limits(ErlDrvPort dp, ErlDrvSizeT* low, ErlDrvSizeT* high) {
    DrvApiLock guard(dp);
    if (!guard.port()) return;
    // Recorded and reported back; Ember never suspends senders to a port (docs/drivers.md).
    if (dp->driver->entry->driver_flags & ERL_DRV_FLAG_NO_BUSY_MSGQ) {
        if (low) *low = ERL_DRV_BUSY_MSGQ_DISABLED;
        if (high) *high = ERL_DRV_BUSY_MSGQ_DISABLED;
        return;
    }
    if (low && *low != 0) dp->msgq_low = std::max<ErlDrvSizeT>(*low, ERL_DRV_BUSY_MSGQ_LIM_MIN);
    if (high && *high != 0) dp->msgq_high = std::min<ErlDrvSizeT>(*high, ERL_DRV_BUSY_MSGQ_LIM_MAX);
    if (low) *low = dp->msgq_low ? dp->msgq_low : 4096;
    if (high) *high = dp->msgq_high ? dp->msgq_high : 8192;
}

int erl_drv_consume_timeslice(ErlDrvPort dp, int percent) {
    if (!dp) return 0;
    dp->timeslice += std::clamp(percent, 1, 100);
    return dp->timeslice >= 100 ? 1 : 0;
}

int driver_lock_driver(ErlDrvPort dp) {
    if (!dp) return -1;
    dp->driver->permanent = true;
    return 0;
}

void erl_drv_set_os_pid(ErlDrvPort dp, ErlDrvSInt pid) {
    DrvApiLock guard(dp);
    if (guard.port()) guard.port()->os_pid = static_cast<long>(pid);
}

void erl_drv_init_ack(ErlDrvPort dp, ErlDrvData res) {
    // Ember's start always completes synchronously; an ack only sets the data a later callback gets.
    DrvApiLock guard(dp);
    if (guard.port() && res != ERL_DRV_ERROR_GENERAL && res != ERL_DRV_ERROR_ERRNO && res != ERL_DRV_ERROR_BADARG)
        dp->data = res;
}

ErlDrvPort driver_create_port(ErlDrvPort creator, ErlDrvTermData connected, char* name, ErlDrvData drv_data) {
    if (!creator || !is_local_pid(connected)) return nullptr;
    auto dp = std::make_shared<DrvPort>();
    dp->driver = creator->driver;
    dp->name = name ? name : creator->driver->name;
    dp->binary = creator->binary;
    dp->data = drv_data;
    dp->started = true;
    if (!driver_port_opened(dp->driver)) return nullptr;
    Term id = open_port_with_driver(connected, dp->name, std::make_unique<DynPortDriver>(dp));
    dp->id = id;
    PortPtr port = find_port(id);
    dp->port = port;
    {
        // The port sits in the table already: drv_port_of takes its lock, so set it under the lock.
        std::unique_lock<std::mutex> lock;
        if (current_callback_port() == nullptr || current_callback_port()->id != id) lock = std::unique_lock(port->mutex);
        port->spec.binary = dp->binary;
    }
    // The new owner is linked to the port (the port's side is in its links already).
    send_signal(connected, make_signal(SignalKind::Link, id));
    return dp.get();
}

}  // extern "C"
