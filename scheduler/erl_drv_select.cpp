// driver_select (erl_driver docs; OTP erl_check_io.c) on Ember's I/O poller: each selected event (a
// file descriptor) gets an asio::posix::stream_descriptor on the I/O thread, which never owns the
// descriptor (it is released, not closed: the driver closes it, usually in stop_select).
//
// erl's select is level-triggered (ready_input runs again while data is unread); Asio's epoll reactor
// is edge-triggered. So before every wait the I/O thread polls the descriptor once without blocking
// and runs the callback at once if it is ready; an edge that comes after that poll is still reported
// to the wait, because epoll reports it at the I/O thread's next epoll_wait, after the wait is queued.
#include <poll.h>

#include <map>

#include "scheduler/erl_drv_port.hpp"
#include "scheduler/io_poller.hpp"
#include "scheduler/scheduler.hpp"

namespace ember::scheduler {

namespace {

struct SelectEntry {
    int fd = -1;
    std::weak_ptr<DrvPort> owner;
    LoadedDriverPtr driver;
    // under g_mutex:
    int mode = 0;        // ERL_DRV_READ | ERL_DRV_WRITE wanted
    bool use = false;    // selected with ERL_DRV_USE: stop_select is due when it is deselected
    bool removed = false;
    bool callback = true;  // removal calls stop_select (not with ERL_DRV_USE_NO_CALLBACK)
    int refresh_pending = 0;
    // I/O thread only:
    std::unique_ptr<asio::posix::stream_descriptor> sd;
    std::uint64_t io_gen = 0;
};
using EntryPtr = std::shared_ptr<SelectEntry>;

std::mutex g_mutex;
std::map<int, EntryPtr> g_entries;

void arm(const EntryPtr& e, int dir);

// The descriptor is ready in direction `dir`: the owner's ready_input/ready_output runs with its port
// locked if the event is still selected that way; then the wait is armed again (I/O thread).
void on_ready(const EntryPtr& e, int dir, std::uint64_t gen) {
    if (e->io_gen != gen) return;
    DrvPortPtr dp = e->owner.lock();
    if (!dp) return;
    PortPtr port = dp->port.lock();
    if (!port) return;
    {
        std::unique_lock lock(port->mutex);
        {
            std::lock_guard g(g_mutex);
            if (e->removed || !(e->mode & dir)) return;
        }
        if (!port->alive || !dp->started || dp->stopped) return;
        {
            DrvCallback cb(dp.get());
            ErlDrvEntry* de = dp->driver->entry;
            auto event = reinterpret_cast<ErlDrvEvent>(static_cast<intptr_t>(e->fd));
            if (dir == ERL_DRV_READ && de->ready_input) de->ready_input(dp->data, event);
            if (dir == ERL_DRV_WRITE && de->ready_output) de->ready_output(dp->data, event);
        }
        if (dp->exit_reason && port->alive) {
            Term reason = *dp->exit_reason;
            dp->exit_reason.reset();
            terminate_port(port, lock, reason);
        }
    }
    std::unique_lock g(g_mutex);
    // A driver_select made in the callback posted a refresh, which arms what is wanted then.
    if (e->removed || !(e->mode & dir) || e->refresh_pending > 0 || e->io_gen != gen) return;
    g.unlock();
    arm(e, dir);
}

void arm(const EntryPtr& e, int dir) {
    if (!e->sd) return;
    std::uint64_t gen = e->io_gen;
    pollfd pfd{e->fd, static_cast<short>(dir == ERL_DRV_READ ? POLLIN : POLLOUT), 0};
    if (::poll(&pfd, 1, 0) > 0) {
        IoPoller::global().post([e, dir, gen] { on_ready(e, dir, gen); });
        return;
    }
    e->sd->async_wait(dir == ERL_DRV_READ ? asio::posix::descriptor_base::wait_read
                                          : asio::posix::descriptor_base::wait_write,
                      [e, dir, gen](const asio::error_code& ec) {
                          if (!ec) on_ready(e, dir, gen);
                      });
}

// Brings the I/O thread's waits in line with the entry's mode; releases a removed entry and runs
// its stop_select (I/O thread).
void refresh(const EntryPtr& e) {
    std::unique_lock g(g_mutex);
    --e->refresh_pending;
    bool removed = e->removed;
    int mode = e->mode;
    bool callback = e->callback && e->use;
    g.unlock();
    ++e->io_gen;
    asio::error_code ec;
    if (e->sd) e->sd->cancel(ec);
    if (removed) {
        if (e->sd) e->sd->release();
        e->sd.reset();
        if (callback && e->driver->entry->stop_select)
            e->driver->entry->stop_select(reinterpret_cast<ErlDrvEvent>(static_cast<intptr_t>(e->fd)), nullptr);
        Scheduler::global().io_source_closed();
        return;
    }
    if (!e->sd) {
        e->sd = std::make_unique<asio::posix::stream_descriptor>(IoPoller::global().context());
        e->sd->assign(e->fd, ec);
        if (ec) {
            e->sd.reset();  // not a pollable descriptor: never ready (erl reports the same to stderr)
            return;
        }
    }
    if (mode & ERL_DRV_READ) arm(e, ERL_DRV_READ);
    if (mode & ERL_DRV_WRITE) arm(e, ERL_DRV_WRITE);
}

// g_mutex held.
void post_refresh(const EntryPtr& e) {
    ++e->refresh_pending;
    IoPoller::global().post([e] { refresh(e); });
}

}  // namespace

void drop_port_selects(DrvPort* dp) {
    std::lock_guard g(g_mutex);
    for (auto it = g_entries.begin(); it != g_entries.end();) {
        if (it->second->owner.lock().get() != dp) {
            ++it;
            continue;
        }
        it->second->removed = true;
        post_refresh(it->second);
        it = g_entries.erase(it);
    }
}

bool port_has_selects(const DrvPort* dp) {
    std::lock_guard g(g_mutex);
    for (const auto& [fd, e] : g_entries)
        if (e->owner.lock().get() == dp && e->mode) return true;
    return false;
}

}  // namespace ember::scheduler

using namespace ember::scheduler;

extern "C" int driver_select(ErlDrvPort port, ErlDrvEvent event, int mode, int on) {
    if (!port) return -1;
    DrvApiLock guard(port);
    if (!guard.port()) return -1;
    auto fd = static_cast<int>(reinterpret_cast<intptr_t>(event));
    if (fd < 0) return -1;
    int rw = mode & (ERL_DRV_READ | ERL_DRV_WRITE);
    std::lock_guard g(g_mutex);
    auto it = g_entries.find(fd);
    if (on) {
        EntryPtr e;
        if (it != g_entries.end()) {
            e = it->second;
            if (e->owner.lock().get() != port) return -1;  // selected by another port
        } else {
            e = std::make_shared<SelectEntry>();
            e->fd = fd;
            e->owner = port->shared_from_this();
            e->driver = port->driver;
            g_entries[fd] = e;
        }
        e->mode |= rw;
        if (mode & ERL_DRV_USE) e->use = true;
        post_refresh(e);
        return 0;
    }
    if (it == g_entries.end()) {
        // Never selected (or already released): a USE deselect still owes its stop_select.
        if ((mode & ERL_DRV_USE) && (mode & ERL_DRV_USE_NO_CALLBACK) != ERL_DRV_USE_NO_CALLBACK &&
            port->driver->entry->stop_select) {
            LoadedDriverPtr d = port->driver;
            IoPoller::global().post([d, event] { d->entry->stop_select(event, nullptr); });
        }
        return 0;
    }
    EntryPtr e = it->second;
    if (e->owner.lock().get() != port) return -1;
    e->mode &= ~rw;
    if ((mode & ERL_DRV_USE) || (e->mode == 0 && !e->use)) {
        e->removed = true;
        e->callback = (mode & ERL_DRV_USE_NO_CALLBACK) != ERL_DRV_USE_NO_CALLBACK;
        g_entries.erase(it);
    }
    post_refresh(e);
    return 0;
}
