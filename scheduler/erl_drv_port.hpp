// Dynamically loaded port drivers: OTP's erl_driver.h ABI (ERL_DRV_EXTENDED_MAJOR_VERSION 3.3) on top
// of Ember's ports (docs/drivers.md). Internal to scheduler/erl_drv_*.cpp and bifs/erl_ddll.cpp.
//
// Locking: every driver callback runs with its port's entity mutex held (Port::mutex), plus the
// driver's own mutex when the driver did not ask for port-level locking (ERL_DRV_FLAG_USE_PORT_LOCKING),
// as erl serialises callbacks per driver then. A thread records the port whose callback it runs
// (DrvCallback), so an API call made from a callback never locks its own port again, and one made from
// another thread (an async job, a driver thread) takes the port's mutex first.
#pragma once

#include <erl_driver.h>

#include <asio/posix/stream_descriptor.hpp>
#include <asio/steady_timer.hpp>

#include <atomic>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "scheduler/port_entity.hpp"
#include "vm/owned_term.hpp"

namespace ember::scheduler {

// A loaded driver library (erl_ddll's driver entry): who loaded it, how many ports run it.
struct LoadedDriver {
    std::string name;
    std::string path;            // PATH/NAME as loaded (without ".so"); empty for add_driver_entry
    void* handle = nullptr;      // dlopen handle; nullptr for add_driver_entry
    ErlDrvEntry* entry = nullptr;
    bool kill_ports = false;     // loaded with {driver_options, [kill_ports]}
    bool permanent = false;      // driver_lock_driver was called
    bool unloading = false;      // every user unloaded it; it goes when its last port closes
    int port_count = 0;
    std::atomic<int> async_jobs{0};  // driver_async jobs not finished: the library must stay loaded
    std::map<vm::Term, int> users;  // process -> times it loaded the driver
    // Processes waiting for the unload ({monitor, pending_driver}): 'DOWN' ... unloaded when it goes.
    std::vector<std::pair<vm::Term, std::uint64_t>> unload_watchers;
    std::recursive_mutex lock;   // driver-level locking (no ERL_DRV_FLAG_USE_PORT_LOCKING)
    bool port_locking() const { return entry->driver_flags & ERL_DRV_FLAG_USE_PORT_LOCKING; }
};
using LoadedDriverPtr = std::shared_ptr<LoadedDriver>;

// One driver queue segment: bytes [off, off+len) of a driver binary the queue holds a reference to.
struct QueueSegment {
    ErlDrvBinary* bin;
    std::size_t off, len;
};

}  // namespace ember::scheduler

// ErlDrvPort: the driver's handle on a port instance. Fields below the port lock unless noted.
struct _erl_drv_port : std::enable_shared_from_this<_erl_drv_port> {
    std::weak_ptr<ember::scheduler::Port> port;
    ember::vm::Term id = 0;
    ember::scheduler::LoadedDriverPtr driver;
    ErlDrvData data = nullptr;
    std::string name;                 // port_info(P, name): the open_port command
    bool binary = false;              // opened with the binary option (PORT_FLAG_BINARY)
    int control_flags = 0;            // set_port_control_flags
    ember::vm::Term caller = 0;       // driver_caller: the process whose request runs now
    bool started = false;             // start returned a handle (stop is due)
    bool stopped = false;             // stop ran
    std::optional<ember::vm::Term> exit_reason;  // driver_failure*/driver_exit in a callback (an immediate)
    bool exit_eof = false;            // driver_failure_eof
    // driver queue (driver_enq & co)
    std::deque<ember::scheduler::QueueSegment> queue;
    std::size_t queue_size = 0;
    std::vector<SysIOVec> peek_iov;
    std::vector<ErlDrvBinary*> peek_bins;
    // timer (driver_set_timer): `timer_gen` invalidates a timer that was cancelled or replaced
    std::uint64_t timer_gen = 0;
    std::optional<std::chrono::steady_clock::time_point> deadline;
    std::shared_ptr<asio::steady_timer> timer;  // touched on the I/O thread only
    // process monitors (driver_monitor_process): ref id -> monitored pid
    std::map<std::uint64_t, ember::vm::Term> monitors;
    ErlDrvPDL pdl = nullptr;
    bool busy = false;
    ErlDrvSizeT msgq_low = 0, msgq_high = 0;
    int timeslice = 0;                // erl_drv_consume_timeslice percent used in this callback
    std::atomic<int> pending_async{0};
};

namespace ember::scheduler {

using DrvPort = _erl_drv_port;
using DrvPortPtr = std::shared_ptr<DrvPort>;

// ---- registry (erl_drv_registry.cpp) ----
// erl_ddll:try_load/3, try_unload/2 and friends, answered as erl_bif_ddll.c does. `code` receives the
// load error code (erl_ddll.cpp turns it into erl's error term) when the result is an error.
// A reload answers PendingDriver, as erl's (with `monitor`: `watcher_ref` is set, and the caller
// gets {'UP', Ref, driver, Name, loaded} once the driver is loaded again).
enum class LoadStatus : std::uint8_t { Loaded, AlreadyLoaded, Error, Inconsistent, NotLoaded, PendingProcess, PendingDriver };
LoadStatus load_driver(vm::Term pid, const std::string& path, const std::string& name, bool kill_ports,
                       bool reload, bool monitor, std::uint64_t& watcher_ref, int& code);
enum class UnloadStatus : std::uint8_t { Unloaded, PendingDriver, PendingProcess, NotLoaded, NotLoadedByThis, Permanent };
// `watcher_ref`: set when the caller asked {monitor, pending_driver} and the unload is pending; the
// caller then gets {'DOWN', Ref, driver, Name, unloaded} when the driver goes.
UnloadStatus unload_driver(vm::Term pid, const std::string& name, bool kill_ports, bool monitor,
                           std::uint64_t& watcher_ref);
LoadedDriverPtr find_loaded_driver(const std::string& name);
std::vector<std::string> loaded_driver_names();
// The driver's processes (with their load counts) and port count, for erl_ddll:info/2.
struct DriverInfo {
    std::vector<std::pair<vm::Term, int>> processes;
    int port_count = 0;
    bool kill_ports = false, permanent = false, unloading = false;
};
std::optional<DriverInfo> driver_info(const std::string& name);
// A driver_async job of `driver` finished: a pending unload may proceed.
void driver_async_done(const LoadedDriverPtr& driver);
// A port of `driver` opens: false if the driver is going (unloaded or waiting to be).
bool driver_port_opened(const LoadedDriverPtr& driver);
// A port of `driver` ended (its stop ran): finishes a pending unload when it was the last one.
void driver_port_closed(const LoadedDriverPtr& driver);
// erl_unix_sys_ddll.c's numbering of dlerror texts: text i is error code -10 - i, the same text always
// gets the same code (shared by all processes, never shrinks, as in erl). dl_error_text: "" if unknown.
int dl_error_code(const std::string& text);
std::string dl_error_text(int code);
// Registers a driver entry without a library (add_driver_entry).
void add_static_entry(ErlDrvEntry* de);
// Registers Ember's linked-in erl_driver drivers (ram_file_drv, scheduler/ram_file_driver.cpp) once;
// thread-safe, cheap after the first call.
void register_linked_in_drivers();
int remove_static_entry(ErlDrvEntry* de);

// ---- ports (erl_drv_port.cpp) ----
// open_port({spawn, "Name Args"} | {spawn_driver, ...}) of a loaded driver: the port, or an error:
// errno value in `error` (ERL_DRV_ERROR_ERRNO), EINVAL for ERL_DRV_ERROR_GENERAL, -1 for badarg.
OpenResult open_dynamic_driver_port(vm::Term owner, const LoadedDriverPtr& driver, const std::string& command,
                                    bool binary_io);
// The DrvPort of a live driver port id, or nullptr.
DrvPortPtr drv_port_of(vm::Term port_id);
// Kills every port of `driver` with reason driver_unloaded (erl_ddll kill_ports).
void kill_driver_ports(const LoadedDriverPtr& driver);

// Marks the thread as running a callback of `dp` (whose port lock it holds) for its lifetime.
class DrvCallback {
public:
    explicit DrvCallback(DrvPort* dp);
    ~DrvCallback();
    DrvCallback(const DrvCallback&) = delete;
    DrvCallback& operator=(const DrvCallback&) = delete;

private:
    DrvPort* m_prev;
    std::unique_lock<std::recursive_mutex> m_driver_lock;
};
// The port whose callback this thread runs (nullptr outside callbacks).
DrvPort* current_callback_port();

// Locks dp's port for an API call unless this thread runs one of its callbacks already. `port()` is
// the live port entity, or nullptr when the port is gone (the call then does nothing).
class DrvApiLock {
public:
    explicit DrvApiLock(DrvPort* dp);
    Port* port() const { return m_port.get(); }
    const PortPtr& port_ptr() const { return m_port; }
    // Owns the mutex only when this guard took it (not inside the port's own callback).
    std::unique_lock<std::mutex>& lock() { return m_lock; }

private:
    PortPtr m_port;
    std::unique_lock<std::mutex> m_lock;
};

// ---- select (erl_drv_select.cpp) ----
// The port ended: its events are deselected (stop_select runs for those selected with ERL_DRV_USE).
void drop_port_selects(DrvPort* dp);
bool port_has_selects(const DrvPort* dp);

// ---- output (erl_drv_output.cpp) ----
// Sends `msg` from the port to `to` (port lock held by the caller).
void drv_send(Port& port, vm::Term to, vm::Term msg);

// ---- binaries (erl_drv_misc.cpp) ----
ErlDrvBinary* drv_binary_alloc(std::size_t size);

}  // namespace ember::scheduler
