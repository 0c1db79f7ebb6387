// The table of dynamically loaded drivers behind erl_ddll (OTP erl_bif_ddll.c, erl_unix_sys_ddll.c;
// kernel's erl_ddll docs): per-process load counts, loading with dlopen + driver_init + init,
// unloading (at once, or pending until the driver's last port closes), kill_ports, permanent drivers
// (driver_lock_driver), and the loading processes' exits. docs/drivers.md.
#include <dlfcn.h>

#include <algorithm>
#include <mutex>

#include "scheduler/erl_drv_port.hpp"
#include "scheduler/io_poller.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/atom_table.hpp"
#include "vm/exit_hooks.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"

namespace ember::scheduler {

using namespace ember::vm;

namespace {

// erl_bif_ddll.c's ERL_DE_* codes.
constexpr int kNoInit = -1, kInitFailed = -2, kBadName = -3, kIncorrectVersion = -5;

struct Registry {
    std::recursive_mutex mutex;
    std::vector<LoadedDriverPtr> drivers;  // in load order, as erl lists them
    std::vector<std::string> dl_texts;
};
Registry& registry() {
    static Registry r;
    return r;
}

Term atom_of(const char* s) { return AtomTable::global().intern(s); }

LoadedDriverPtr find_locked(Registry& r, const std::string& name) {
    for (const auto& d : r.drivers)
        if (d->name == name) return d;
    return nullptr;
}

// {'DOWN', Ref, driver, Name, unloaded} to each process that asked to watch the unload.
void notify_unloaded(LoadedDriver& d) {
    for (const auto& [pid, ref] : d.unload_watchers) {
        HeapFragment* f = HeapFragment::create(64 + 2 * d.name.size());
        FragmentAllocator h(f);
        Term msg = make_tuple5(h, atom_of("DOWN"), make_ref(h, ref), atom_of("driver"),
                               AtomTable::global().intern(d.name), atom_of("unloaded"));
        Signal* s = make_signal(SignalKind::Message, pid, msg);
        release_fragment(f);
        send_signal(pid, s);
    }
    d.unload_watchers.clear();
}

// Removes the driver from the table and runs its finish callback; the library is closed. Registry
// lock held; the driver has no ports.
void unload_now(Registry& r, const LoadedDriverPtr& d) {
    r.drivers.erase(std::remove(r.drivers.begin(), r.drivers.end(), d), r.drivers.end());
    if (d->entry && d->entry->finish) {
        std::lock_guard dl(d->lock);
        d->entry->finish();
    }
    notify_unloaded(*d);
    if (d->handle) dlclose(d->handle);
    d->handle = nullptr;
}

// Unloads the driver if it is still waiting to go and has no ports (from the I/O thread: erl also
// unloads asynchronously, so right after the unload the driver is still listed).
void schedule_unload(const LoadedDriverPtr& d) {
    IoPoller::global().post([d] {
        Registry& r = registry();
        std::lock_guard lock(r.mutex);
        if (d->unloading && d->port_count == 0 && d->async_jobs.load() == 0 &&
            std::find(r.drivers.begin(), r.drivers.end(), d) != r.drivers.end())
            unload_now(r, d);
    });
}

// Every user is gone: the driver goes once its last port closes (`kill` kills them first, with
// reason driver_unloaded). Registry lock held.
void last_user_gone(const LoadedDriverPtr& d, bool kill) {
    d->unloading = true;
    if (kill) kill_driver_ports(d);
    if (d->port_count == 0) schedule_unload(d);
}

// dlopen + driver_init + version and name checks + init (erl_bif_ddll.c do_load_driver_entry).
int open_library(const std::string& full, const std::string& name, LoadedDriver& out) {
    std::string file = full + ".so";
    dlerror();
    void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        // erts_sys_ddll_open_noext: the file name the message starts with is left out.
        const char* raw = dlerror();
        std::string text = raw ? raw : "";
        if (text.rfind(file, 0) == 0) {
            std::size_t i = file.size();
            while (i < text.size() && (text[i] == ':' || text[i] == ' ')) ++i;
            if (i < text.size()) text = text.substr(i);
        }
        return dl_error_code(text);
    }
    dlerror();
    void* init = dlsym(handle, "driver_init");
    if (const char* raw = dlerror(); raw || !init) {
        if (raw) dl_error_code(raw);  // erts records the lookup failure's text too
        dlclose(handle);
        return kNoInit;
    }
    auto* entry = reinterpret_cast<ErlDrvEntry* (*)()>(init)();
    if (!entry || entry->extended_marker != static_cast<int>(ERL_DRV_EXTENDED_MARKER) ||
        entry->major_version < ERL_DRV_MIN_REQUIRED_MAJOR_VERSION_ON_LOAD ||
        entry->major_version > ERL_DRV_EXTENDED_MAJOR_VERSION) {
        dlclose(handle);
        return kIncorrectVersion;
    }
    if (!entry->driver_name || name != entry->driver_name) {
        dlclose(handle);
        return kBadName;
    }
    if (entry->init && entry->init() != 0) {
        dlclose(handle);
        return kInitFailed;
    }
    out.handle = handle;
    out.entry = entry;
    return 0;
}

// A process that loaded drivers ended: its loads are released as if it had unloaded them all (erl
// monitors the loading processes); a driver loaded with kill_ports then kills its ports.
void process_exit_hook(Process* p) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (r.drivers.empty()) return;
    std::vector<LoadedDriverPtr> snapshot = r.drivers;
    for (const auto& d : snapshot) {
        std::erase_if(d->unload_watchers, [&](const auto& w) { return w.first == p->pid; });
        if (!d->users.erase(p->pid) || !d->users.empty() || d->permanent || d->unloading) continue;
        last_user_gone(d, d->kill_ports);
    }
}

}  // namespace

int dl_error_code(const std::string& text) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    for (std::size_t i = 0; i < r.dl_texts.size(); ++i)
        if (r.dl_texts[i] == text) return -10 - int(i);
    r.dl_texts.push_back(text);
    return -10 - int(r.dl_texts.size() - 1);
}

std::string dl_error_text(int code) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    std::size_t i = std::size_t(-10 - code);
    return code <= -10 && i < r.dl_texts.size() ? r.dl_texts[i] : "";
}

LoadStatus load_driver(Term pid, const std::string& path, const std::string& name, bool kill_ports, bool reload,
                       bool monitor, std::uint64_t& watcher_ref, int& code) {
    static bool hooked = (add_process_exit_hook(process_exit_hook), true);
    (void)hooked;
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    std::string full = path + "/" + name;
    LoadedDriverPtr d = find_locked(r, name);
    if (reload) {
        // {reload, _}: the caller must be the only user and no port may be open (a pending reload,
        // which erl completes when the ports close, is not modelled: docs/drivers.md).
        if (!d) return LoadStatus::NotLoaded;
        if (d->users.size() > 1 || (d->users.size() == 1 && !d->users.count(pid))) return LoadStatus::PendingProcess;
        if (d->port_count > 0) return LoadStatus::PendingProcess;
        int users = d->users.count(pid) ? d->users[pid] : 1;
        unload_now(r, d);
        auto fresh = std::make_shared<LoadedDriver>();
        fresh->name = name;
        fresh->path = full;
        fresh->kill_ports = kill_ports;
        if ((code = open_library(full, name, *fresh)) != 0) return LoadStatus::Error;
        fresh->users[pid] = users;
        r.drivers.push_back(fresh);
        if (monitor) {
            std::uint64_t ref = watcher_ref = Scheduler::global().next_ref_id();
            Term name_atom = AtomTable::global().intern(name);
            IoPoller::global().post([pid, ref, name_atom] {
                HeapFragment* f = HeapFragment::create(16);
                FragmentAllocator h(f);
                Term msg = make_tuple5(h, atom_of("UP"), make_ref(h, ref), atom_of("driver"), name_atom, atom_of("loaded"));
                Signal* s = make_signal(SignalKind::Message, pid, msg);
                release_fragment(f);
                send_signal(pid, s);
            });
        }
        return LoadStatus::PendingDriver;
    }
    if (d) {
        if (d->path != full || d->kill_ports != kill_ports) return LoadStatus::Inconsistent;
        d->unloading = false;  // a load while the unload waits for ports cancels it
        ++d->users[pid];
        return LoadStatus::AlreadyLoaded;
    }
    d = std::make_shared<LoadedDriver>();
    d->name = name;
    d->path = full;
    d->kill_ports = kill_ports;
    if ((code = open_library(full, name, *d)) != 0) return LoadStatus::Error;
    d->users[pid] = 1;
    r.drivers.push_back(d);
    return LoadStatus::Loaded;
}

UnloadStatus unload_driver(Term pid, const std::string& name, bool kill_ports, bool monitor,
                           std::uint64_t& watcher_ref) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    LoadedDriverPtr d = find_locked(r, name);
    if (!d) return UnloadStatus::NotLoaded;
    if (d->permanent) return UnloadStatus::Permanent;
    if (!d->unloading) {
        auto it = d->users.find(pid);
        if (it == d->users.end()) return UnloadStatus::NotLoadedByThis;
        if (--it->second == 0) d->users.erase(it);
        if (!d->users.empty()) return UnloadStatus::PendingProcess;
    }
    // erl answers pending_driver even without ports: the driver goes asynchronously, and a monitor
    // gets {'DOWN', Ref, driver, Name, unloaded} then.
    if (monitor) {
        watcher_ref = Scheduler::global().next_ref_id();
        d->unload_watchers.emplace_back(pid, watcher_ref);
    }
    if (!d->unloading) last_user_gone(d, kill_ports || d->kill_ports);
    return UnloadStatus::PendingDriver;
}

LoadedDriverPtr find_loaded_driver(const std::string& name) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    LoadedDriverPtr d = find_locked(r, name);
    return d && !d->unloading ? d : nullptr;
}

std::vector<std::string> loaded_driver_names() {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    std::vector<std::string> out;
    for (const auto& d : r.drivers) out.push_back(d->name);
    return out;
}

std::optional<DriverInfo> driver_info(const std::string& name) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    LoadedDriverPtr d = find_locked(r, name);
    if (!d) return std::nullopt;
    DriverInfo info;
    info.processes.assign(d->users.begin(), d->users.end());
    info.port_count = d->port_count;
    info.kill_ports = d->kill_ports;
    info.permanent = d->permanent;
    info.unloading = d->unloading;
    return info;
}

void driver_async_done(const LoadedDriverPtr& d) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (d->async_jobs.fetch_sub(1) == 1 && d->unloading && d->port_count == 0) schedule_unload(d);
}

bool driver_port_opened(const LoadedDriverPtr& d) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (d->unloading || std::find(r.drivers.begin(), r.drivers.end(), d) == r.drivers.end()) return false;
    ++d->port_count;
    return true;
}

void driver_port_closed(const LoadedDriverPtr& d) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (--d->port_count == 0 && d->unloading) schedule_unload(d);
}

void add_static_entry(ErlDrvEntry* de) {
    if (!de || !de->driver_name) return;
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (find_locked(r, de->driver_name)) return;
    auto d = std::make_shared<LoadedDriver>();
    d->name = de->driver_name;
    d->entry = de;
    d->permanent = true;  // not loaded through erl_ddll: nobody can unload it
    if (de->init && de->init() != 0) return;
    r.drivers.push_back(d);
}

int remove_static_entry(ErlDrvEntry* de) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    for (const auto& d : r.drivers) {
        if (d->entry != de || d->handle) continue;
        if (d->port_count > 0) return -1;
        r.drivers.erase(std::find(r.drivers.begin(), r.drivers.end(), d));
        return 1;
    }
    return 0;
}

}  // namespace ember::scheduler
