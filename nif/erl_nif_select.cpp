// enif_select / enif_select_x (OTP erts/doc erl_nif "enif_select"): one-shot readiness notifications
// for a file descriptor a NIF owns, on Ember's Asio event loop (scheduler/io_poller.hpp).
//
// Each selected descriptor has an entry: the resource object it belongs to (kept alive from the
// first select until stop), and per direction (read, write, error) the pid to notify and the message
// (the reference of {select, Obj, Ref, ready_input | ready_output | ready_error}, or a custom message).
// Asio's descriptor object lives on the I/O thread only; the entry table is under a mutex. When the
// descriptor becomes ready the direction is disarmed and its message sent. ERL_NIF_SELECT_STOP disarms
// everything, gives the descriptor back to its owner (Asio releases it, never closes it) and calls the
// resource type's stop callback: directly if nothing was selected, else from the I/O thread.
#include <sys/stat.h>

#include <asio/posix/stream_descriptor.hpp>

#include <climits>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "nif/nif_env.hpp"
#include "scheduler/io_poller.hpp"
#include "vm/atom_table.hpp"
#include "vm/magic_ref.hpp"
#include "vm/messages.hpp"
#include "vm/owned_term.hpp"
#include "vm/runtime_support.hpp"

namespace ember::nif {

using namespace ember::vm;
using scheduler::IoPoller;

vm::MagicObject* resource_magic(void* obj);
ErlNifResourceType* resource_type_of(void* obj);
ErlNifResourceStop* resource_stop_of(ErlNifResourceType* type);
NifLibrary* resource_library_of(ErlNifResourceType* type);

namespace {

enum Direction { kRead, kWrite, kError, kDirections };

struct Slot {
    bool armed = false;
    std::uint64_t generation = 0;
    Term pid = kNil;
    OwnedTerm message;  // the ref/undefined of the standard message, or the custom message
    bool custom = false;
};

struct Entry {
    void* obj = nullptr;
    Slot slots[kDirections];
    std::shared_ptr<asio::posix::stream_descriptor> descriptor;  // created and used on the I/O thread
};

std::mutex g_mutex;
// Never destroyed: an entry a library did not stop before exit holds an Asio descriptor that must not
// outlive the I/O context, which static destruction tears down first.
std::unordered_map<int, Entry>& g_entries = *new std::unordered_map<int, Entry>();
std::uint64_t g_generation = 0;

const char* ready_atom(Direction d) {
    return d == kRead ? "ready_input" : (d == kWrite ? "ready_output" : "ready_error");
}

// Sends the message of a slot that fired (called without g_mutex).
void notify(void* obj, Direction d, Term pid, const OwnedTerm& msg, bool custom) {
    ScratchHeap heap;
    Term m;
    if (custom) {
        m = msg.copy_into(heap);
    } else {
        Term obj_term = make_magic_ref(heap, resource_magic(obj));
        AtomTable& atoms = AtomTable::global();
        m = make_tuple4(heap, atoms.intern("select"), obj_term, msg.copy_into(heap), atoms.intern(ready_atom(d)));
    }
    deliver_message(pid, m);
}

// I/O thread: the wait of `fd` in direction d for the given generation completed.
void on_ready(int fd, Direction d, std::uint64_t generation, const asio::error_code& ec) {
    if (ec == asio::error::operation_aborted) return;
    void* obj;
    Term pid;
    OwnedTerm msg;
    bool custom;
    {
        std::lock_guard lock(g_mutex);
        auto it = g_entries.find(fd);
        if (it == g_entries.end()) return;
        Slot& s = it->second.slots[d];
        if (!s.armed || s.generation != generation) return;
        s.armed = false;
        obj = it->second.obj;
        pid = s.pid;
        msg = std::move(s.message);
        custom = s.custom;
        resource_magic(obj)->retain();  // alive while the message is built
    }
    notify(obj, d, pid, msg, custom);
    resource_magic(obj)->release();
}

void start_wait(int fd, Direction d, std::uint64_t generation) {
    IoPoller::global().post([fd, d, generation] {
        std::shared_ptr<asio::posix::stream_descriptor> desc;
        {
            std::lock_guard lock(g_mutex);
            auto it = g_entries.find(fd);
            if (it == g_entries.end()) return;
            if (!it->second.descriptor) {
                it->second.descriptor =
                    std::make_shared<asio::posix::stream_descriptor>(IoPoller::global().context(), fd);
            }
            desc = it->second.descriptor;
        }
        auto kind = d == kRead ? asio::posix::descriptor_base::wait_read
                               : (d == kWrite ? asio::posix::descriptor_base::wait_write
                                              : asio::posix::descriptor_base::wait_error);
        desc->async_wait(kind, [fd, d, generation, desc](const asio::error_code& ec) { on_ready(fd, d, generation, ec); });
    });
}

int select_impl(ErlNifEnv* env, ErlNifEvent fd, int mode, void* obj, const ErlNifPid* pid, Term msg,
                ErlNifEnv* msg_env) {
    (void)msg_env;
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) return INT_MIN | ERL_NIF_SELECT_INVALID_EVENT;
    if (!obj) return INT_MIN | ERL_NIF_SELECT_FAILED;
    if (mode & ERL_NIF_SELECT_STOP) {
        std::unique_lock lock(g_mutex);
        auto it = g_entries.find(fd);
        ErlNifResourceType* type = resource_type_of(obj);
        ErlNifResourceStop* stop = resource_stop_of(type);
        int result = 0;
        if (it == g_entries.end()) {
            lock.unlock();
            if (stop) {
                CallbackEnv cb(resource_library_of(type));
                stop(&cb.env, obj, fd, 1);
            }
            return ERL_NIF_SELECT_STOP_CALLED;
        }
        for (int d = 0; d < kDirections; ++d) {
            Slot& s = it->second.slots[d];
            if (s.armed) result |= d == kRead ? ERL_NIF_SELECT_READ_CANCELLED
                                              : (d == kWrite ? ERL_NIF_SELECT_WRITE_CANCELLED : ERL_NIF_SELECT_ERROR_CANCELLED);
        }
        std::shared_ptr<asio::posix::stream_descriptor> desc = it->second.descriptor;
        g_entries.erase(it);
        lock.unlock();
        IoPoller::global().post([fd, obj, stop, type, desc] {
            // Cancel the waits, give the descriptor back without closing it, then tell the owner.
            if (desc) {
                asio::error_code ec;
                desc->cancel(ec);
                desc->release();
            }
            if (stop) {
                CallbackEnv cb(resource_library_of(type));
                stop(&cb.env, obj, fd, 0);
            }
            resource_magic(obj)->release();  // the hold taken by the first select
        });
        return result | ERL_NIF_SELECT_STOP_SCHEDULED;
    }
    Term to = pid ? pid->pid : (env && env->process ? env->process->pid : kNil);
    bool cancel = (mode & ERL_NIF_SELECT_CANCEL) != 0;
    if (!cancel && !is_local_pid(to)) return INT_MIN | ERL_NIF_SELECT_FAILED;
    int result = 0;
    std::lock_guard lock(g_mutex);
    auto [it, fresh] = g_entries.try_emplace(fd);
    Entry& e = it->second;
    if (fresh) {
        e.obj = obj;
        resource_magic(obj)->retain();  // kept alive until stop (erl_nif docs)
    } else if (e.obj != obj) {
        return INT_MIN | ERL_NIF_SELECT_FAILED;  // the descriptor belongs to another object
    }
    const int directions[] = {ERL_NIF_SELECT_READ, ERL_NIF_SELECT_WRITE, ERL_NIF_SELECT_ERROR};
    const int cancelled[] = {ERL_NIF_SELECT_READ_CANCELLED, ERL_NIF_SELECT_WRITE_CANCELLED, ERL_NIF_SELECT_ERROR_CANCELLED};
    for (int d = 0; d < kDirections; ++d) {
        if (!(mode & directions[d])) continue;
        Slot& s = e.slots[d];
        if (cancel) {
            if (s.armed) result |= cancelled[d];
            s.armed = false;
            s.message = OwnedTerm();
            continue;
        }
        s.armed = true;
        s.generation = ++g_generation;
        s.pid = to;
        s.custom = (mode & ERL_NIF_SELECT_CUSTOM_MSG) != 0;
        s.message = OwnedTerm::copy_of(msg);
        start_wait(fd, Direction(d), s.generation);
    }
    return result;
}

}  // namespace

}  // namespace ember::nif

extern "C" {

int enif_select(ErlNifEnv* env, ErlNifEvent e, enum ErlNifSelectFlags mode, void* obj, const ErlNifPid* pid,
                ERL_NIF_TERM ref) {
    if (mode & ERL_NIF_SELECT_CUSTOM_MSG) return INT_MIN | ERL_NIF_SELECT_FAILED;
    return ember::nif::select_impl(env, e, int(mode), obj, pid, ref, nullptr);
}

int enif_select_x(ErlNifEnv* env, ErlNifEvent e, enum ErlNifSelectFlags mode, void* obj, const ErlNifPid* pid,
                  ERL_NIF_TERM msg, ErlNifEnv* msg_env) {
    return ember::nif::select_impl(env, e, int(mode), obj, pid, msg, msg_env);
}

}  // extern "C"
