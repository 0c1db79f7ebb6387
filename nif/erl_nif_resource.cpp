// erl_nif.h resources (OTP erts/doc erl_nif "Resource objects"): resource types, objects with
// destructors, resource terms the garbage collector tracks (vm/magic_ref.hpp), resource binaries,
// process monitors with down callbacks, and dynamic resource calls.
//
// An object is one allocation: a header (a vm::MagicObject whose count is enif_keep/release plus one
// per term and off-heap link) followed by the user's bytes at a 16-byte aligned offset. The last
// release runs the type's destructor (in a callback environment, on whatever thread dropped it) and
// frees the memory. A type stays alive while it is open or has live objects.
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <new>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "nif/nif_env.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/exit_hooks.hpp"
#include "vm/magic_ref.hpp"
#include "vm/runtime_support.hpp"
#include "vm/services.hpp"

using namespace ember::vm;
using ember::nif::CallbackEnv;
using ember::nif::heap_of;

struct enif_resource_type_t {
    std::string module, name;
    ErlNifResourceTypeInit init{};
    ember::nif::NifLibrary* library = nullptr;
    std::atomic<long> refs{1};  // 1 while open, + 1 per live object
};

namespace {

struct ResourceHeader : MagicObject {
    ErlNifResourceType* type = nullptr;
    std::size_t size = 0;
    std::atomic<int> monitors{0};  // entries in the monitor table that name this object
};
constexpr std::size_t kDataOffset = (sizeof(ResourceHeader) + 15) & ~std::size_t(15);

ResourceHeader* header_of(void* obj) {
    return reinterpret_cast<ResourceHeader*>(static_cast<char*>(obj) - kDataOffset);
}
void* data_of(ResourceHeader* h) { return reinterpret_cast<char*>(h) + kDataOffset; }

void release_type(ErlNifResourceType* t) {
    if (t->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete t;
}

// Every type ever opened, by (module, name); a type taken over keeps its entry. Never destroyed, like
// the libraries (nif/erl_nif_load.cpp).
std::mutex g_types_mutex;
auto& g_types = *new std::map<std::pair<std::string, std::string>, ErlNifResourceType*>();

// ---- process monitors -----------------------------------------------------------------------------
struct MonitorEntry {
    ResourceHeader* resource;
    Term pid;
};
std::mutex g_monitors_mutex;
std::unordered_map<std::uint64_t, MonitorEntry> g_monitors;
std::unordered_multimap<Term, std::uint64_t> g_monitors_by_pid;

std::uint64_t monitor_id(const ErlNifMonitor* m) {
    std::uint64_t id;
    std::memcpy(&id, m->data, sizeof id);
    return id;
}

// Adds a count unless the object is already being destroyed.
bool try_retain(ResourceHeader* h) {
    std::int64_t n = h->refs.load(std::memory_order_relaxed);
    while (n > 0)
        if (h->refs.compare_exchange_weak(n, n + 1, std::memory_order_acq_rel)) return true;
    return false;
}

// Removes a monitor entry and its pid index entry (caller holds g_monitors_mutex); returns the next
// entry.
std::unordered_map<std::uint64_t, MonitorEntry>::iterator erase_monitor(
    std::unordered_map<std::uint64_t, MonitorEntry>::iterator it) {
    auto range = g_monitors_by_pid.equal_range(it->second.pid);
    for (auto j = range.first; j != range.second; ++j)
        if (j->second == it->first) {
            g_monitors_by_pid.erase(j);
            break;
        }
    it->second.resource->monitors.fetch_sub(1, std::memory_order_acq_rel);
    return g_monitors.erase(it);
}

void drop_monitors_of(ResourceHeader* h) {
    if (h->monitors.load(std::memory_order_acquire) == 0) return;
    std::lock_guard lock(g_monitors_mutex);
    for (auto it = g_monitors.begin(); it != g_monitors.end();) {
        if (it->second.resource != h) {
            ++it;
            continue;
        }
        it = erase_monitor(it);
    }
}

void destroy_resource(MagicObject* m) {
    auto* h = static_cast<ResourceHeader*>(m);
    drop_monitors_of(h);
    ErlNifResourceType* type = h->type;
    if (type->init.dtor) {
        CallbackEnv cb(type->library);
        type->init.dtor(&cb.env, data_of(h));
    }
    h->~ResourceHeader();
    std::free(h);
    release_type(type);
}

ResourceHeader* resource_of(Term t) { return magic_object_as<ResourceHeader>(t, destroy_resource); }

ErlNifResourceType* open_type(ErlNifEnv* env, const char* name, const ErlNifResourceTypeInit* init,
                              ErlNifResourceFlags flags, ErlNifResourceFlags* tried) {
    // Only from a library's load or upgrade callback (erl_nif docs).
    if (!env || !env->library || !name) return nullptr;
    if ((flags & ~(ERL_NIF_RT_CREATE | ERL_NIF_RT_TAKEOVER)) != 0 || flags == 0) return nullptr;
    std::lock_guard lock(g_types_mutex);
    auto key = std::make_pair(env->library->module, std::string(name));
    auto it = g_types.find(key);
    ErlNifResourceType* t = nullptr;
    int done = 0;
    if (it == g_types.end()) {
        if (!(flags & ERL_NIF_RT_CREATE)) return nullptr;
        t = new enif_resource_type_t();
        t->module = key.first;
        t->name = key.second;
        g_types.emplace(key, t);
        done = ERL_NIF_RT_CREATE;
    } else if (it->second->library == env->library && (flags & ERL_NIF_RT_CREATE)) {
        t = it->second;  // opened again in the same load call: erl creates it again
        done = ERL_NIF_RT_CREATE;
    } else {
        if (!(flags & ERL_NIF_RT_TAKEOVER)) return nullptr;
        t = it->second;
        done = ERL_NIF_RT_TAKEOVER;
    }
    t->init = *init;
    t->library = env->library;
    if (tried) *tried = ErlNifResourceFlags(done);
    return t;
}

}  // namespace

namespace ember::nif {

// Exit hook: every monitor on the exiting process fires its object's down callback.
void resource_process_exited(Process* p) {
    std::vector<std::pair<std::uint64_t, ResourceHeader*>> fired;
    {
        std::lock_guard lock(g_monitors_mutex);
        auto range = g_monitors_by_pid.equal_range(p->pid);
        for (auto it = range.first; it != range.second; ++it) {
            auto e = g_monitors.find(it->second);
            if (e == g_monitors.end()) continue;
            ResourceHeader* h = e->second.resource;
            if (try_retain(h)) fired.emplace_back(it->second, h);
            h->monitors.fetch_sub(1, std::memory_order_acq_rel);
            g_monitors.erase(e);
        }
        g_monitors_by_pid.erase(p->pid);
    }
    for (auto [id, h] : fired) {
        if (h->type->init.down) {
            CallbackEnv cb(h->type->library);
            ErlNifPid pid{p->pid};
            ErlNifMonitor mon{};
            std::memcpy(mon.data, &id, sizeof id);
            h->type->init.down(&cb.env, data_of(h), &pid, &mon);
        }
        h->release();
    }
}

}  // namespace ember::nif

extern "C" {

ErlNifResourceType* enif_open_resource_type(ErlNifEnv* env, const char* module_str, const char* name_str,
                                            ErlNifResourceDtor* dtor, ErlNifResourceFlags flags,
                                            ErlNifResourceFlags* tried) {
    (void)module_str;  // "not (yet) used and must be NULL" (erl_nif docs); erl ignores it, so does Ember
    ErlNifResourceTypeInit init{};
    init.dtor = dtor;
    return open_type(env, name_str, &init, flags, tried);
}
ErlNifResourceType* enif_open_resource_type_x(ErlNifEnv* env, const char* name_str,
                                              const ErlNifResourceTypeInit* init, ErlNifResourceFlags flags,
                                              ErlNifResourceFlags* tried) {
    ErlNifResourceTypeInit copy{};
    copy.dtor = init->dtor;
    copy.stop = init->stop;
    copy.down = init->down;
    return open_type(env, name_str, &copy, flags, tried);
}
// enif_init_resource_type reads `members` to know how many callbacks the struct holds (2.16).
ErlNifResourceType* enif_init_resource_type(ErlNifEnv* env, const char* name_str,
                                            const ErlNifResourceTypeInit* init, ErlNifResourceFlags flags,
                                            ErlNifResourceFlags* tried) {
    ErlNifResourceTypeInit copy{};
    copy.dtor = init->dtor;
    if (init->members >= 2) copy.stop = init->stop;
    if (init->members >= 3) copy.down = init->down;
    if (init->members >= 4) copy.dyncall = init->dyncall;
    copy.members = init->members;
    return open_type(env, name_str, &copy, flags, tried);
}

void* enif_alloc_resource(ErlNifResourceType* type, size_t size) {
    void* mem = std::malloc(kDataOffset + (size ? size : 1));
    if (!mem) return nullptr;
    auto* h = new (mem) ResourceHeader();
    h->destroy = destroy_resource;
    h->ref_id = next_reference_id();
    h->type = type;
    h->size = size;
    type->refs.fetch_add(1, std::memory_order_relaxed);
    return data_of(h);
}
void enif_release_resource(void* obj) { header_of(obj)->release(); }
void enif_keep_resource(void* obj) { header_of(obj)->retain(); }
size_t enif_sizeof_resource(void* obj) { return header_of(obj)->size; }

ERL_NIF_TERM enif_make_resource(ErlNifEnv* env, void* obj) { return make_magic_ref(heap_of(env), header_of(obj)); }

int enif_get_resource(ErlNifEnv*, ERL_NIF_TERM t, ErlNifResourceType* type, void** objp) {
    ResourceHeader* h = resource_of(t);
    if (!h || h->type != type) return 0;
    *objp = data_of(h);
    return 1;
}

// A binary whose bytes are `data` (inside or owned by the object); the object lives while it does.
ERL_NIF_TERM enif_make_resource_binary(ErlNifEnv* env, void* obj, const void* data, size_t size) {
    ResourceHeader* h = header_of(obj);
    if (size <= kHeapBinaryMax) return make_binary(heap_of(env), static_cast<const std::uint8_t*>(data), size);
    Binary* b = Binary::create(0);
    b->size = size;
    b->keeper = h;
    h->retain();
    Term* hp = heap_of(env).alloc(kRefcBinaryWords);
    hp[0] = make_header(kRefcBinaryWords - 1, Subtag::RefcBinary);
    hp[1] = Word(size);
    hp[2] = reinterpret_cast<Word>(b);
    hp[3] = reinterpret_cast<Word>(data);
    hp[4] = 0;
    heap_of(env).add_off_heap(hp);
    return make_boxed(hp);
}

// 0 when the call was made, 1 when `rsrc` is not a resource of the type Module:Name with a dyncall.
int enif_dynamic_resource_call(ErlNifEnv* env, ERL_NIF_TERM mod, ERL_NIF_TERM name, ERL_NIF_TERM rsrc,
                               void* call_data) {
    if (!is_atom(mod) || !is_atom(name)) return 1;
    ResourceHeader* h = resource_of(rsrc);
    if (!h) return 1;
    ErlNifResourceType* t = h->type;
    if (t->module != atom_name(mod) || t->name != atom_name(name) || !t->init.dyncall) return 1;
    t->init.dyncall(env, data_of(h), call_data);
    return 0;
}

// 0: monitoring; > 0: the process is not alive; < 0: the type has no down callback.
int enif_monitor_process(ErlNifEnv*, void* obj, const ErlNifPid* target, ErlNifMonitor* monitor) {
    ResourceHeader* h = header_of(obj);
    if (!h->type->init.down) return -1;
    if (!is_local_pid(target->pid)) return 1;
    static std::once_flag hooked;
    std::call_once(hooked, [] { add_process_exit_hook(ember::nif::resource_process_exited); });
    std::uint64_t id = next_reference_id();
    {
        std::lock_guard lock(g_monitors_mutex);
        g_monitors.emplace(id, MonitorEntry{h, target->pid});
        g_monitors_by_pid.emplace(target->pid, id);
        h->monitors.fetch_add(1, std::memory_order_acq_rel);
    }
    if (monitor) {
        std::memset(monitor, 0, sizeof *monitor);
        std::memcpy(monitor->data, &id, sizeof id);
    }
    // Registered first, then checked: an exit in between either fired the down callback already (the
    // monitor is gone: success, as erl's monitor that triggers at once) or is seen here.
    std::shared_lock<std::shared_mutex> plock;
    if (lookup_process(target->pid, plock) != nullptr) return 0;
    plock = {};
    std::lock_guard lock(g_monitors_mutex);
    auto e = g_monitors.find(id);
    if (e == g_monitors.end()) return 0;
    erase_monitor(e);
    return 1;
}

// 0: removed; 1: no such active monitor of this object.
int enif_demonitor_process(ErlNifEnv*, void* obj, const ErlNifMonitor* monitor) {
    ResourceHeader* h = header_of(obj);
    std::uint64_t id = monitor_id(monitor);
    std::lock_guard lock(g_monitors_mutex);
    auto e = g_monitors.find(id);
    if (e == g_monitors.end() || e->second.resource != h) return 1;
    erase_monitor(e);
    return 0;
}

int enif_compare_monitors(const ErlNifMonitor* a, const ErlNifMonitor* b) {
    std::uint64_t x = monitor_id(a), y = monitor_id(b);
    return x < y ? -1 : (x > y ? 1 : 0);
}

ERL_NIF_TERM enif_make_monitor_term(ErlNifEnv* env, const ErlNifMonitor* monitor) {
    return make_ref(heap_of(env), monitor_id(monitor));
}

}  // extern "C"

namespace ember::nif {
// For the select code (nif/erl_nif_select.cpp).
ErlNifResourceType* resource_type_of(void* obj) { return header_of(obj)->type; }
vm::MagicObject* resource_magic(void* obj) { return header_of(obj); }
ErlNifResourceStop* resource_stop_of(ErlNifResourceType* type) { return type->init.stop; }
NifLibrary* resource_library_of(ErlNifResourceType* type) { return type->library; }
}  // namespace ember::nif
