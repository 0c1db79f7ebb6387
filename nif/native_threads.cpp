// Threads, mutexes, condition variables, rwlocks and thread-specific data for native code (OTP
// erts/doc erl_driver "erl_drv_thread_*", erl_nif "enif_thread_*": the enif_ functions are these).
// POSIX threads underneath, so a condition variable waits on a mutex of the same kind.
#include <erl_driver.h>

#include <pthread.h>

#include <cerrno>
#include <deque>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "vm/posix_errors.hpp"

struct ErlDrvMutex_ {
    pthread_mutex_t mutex;
    std::string name;
};
struct ErlDrvCond_ {
    pthread_cond_t cond;
    std::string name;
};
struct ErlDrvRWLock_ {
    pthread_rwlock_t lock;
    std::string name;
};
struct ErlDrvTid_ {
    pthread_t thread;
    std::string name;
    void* (*func)(void*) = nullptr;
    void* arg = nullptr;
    bool joinable = false;  // made by erl_drv_thread_create (join frees it)
};

namespace {

thread_local ErlDrvTid_* t_self = nullptr;

std::mutex g_tsd_mutex;
std::vector<bool> g_tsd_used;  // key index -> in use
std::vector<pthread_key_t> g_tsd_keys;

void* thread_start(void* p) {
    auto* tid = static_cast<ErlDrvTid_*>(p);
    t_self = tid;
    return tid->func(tid->arg);
}

}  // namespace

extern "C" {

// The errno macro name in lowercase ("enoent"), as erl_errno_id; "unknown" for a number it does not
// know. The strings are interned, so the pointers stay valid.
char* erl_errno_id(int error) {
    static std::mutex m;
    static std::deque<std::pair<int, std::string>> names;  // deque: entries never move
    std::lock_guard lock(m);
    for (auto& [e, n] : names)
        if (e == error) return n.data();
    names.emplace_back(error, ember::vm::posix_error_name(error));
    return names.back().second.data();
}

ErlDrvMutex* erl_drv_mutex_create(char* name) {
    auto* m = new ErlDrvMutex_();
    pthread_mutex_init(&m->mutex, nullptr);
    if (name) m->name = name;
    return m;
}
void erl_drv_mutex_destroy(ErlDrvMutex* m) {
    if (!m) return;
    pthread_mutex_destroy(&m->mutex);
    delete m;
}
int erl_drv_mutex_trylock(ErlDrvMutex* m) { return pthread_mutex_trylock(&m->mutex) == 0 ? 0 : EBUSY; }
void erl_drv_mutex_lock(ErlDrvMutex* m) { pthread_mutex_lock(&m->mutex); }
void erl_drv_mutex_unlock(ErlDrvMutex* m) { pthread_mutex_unlock(&m->mutex); }
char* erl_drv_mutex_name(ErlDrvMutex* m) { return m ? m->name.data() : nullptr; }

ErlDrvCond* erl_drv_cond_create(char* name) {
    auto* c = new ErlDrvCond_();
    pthread_cond_init(&c->cond, nullptr);
    if (name) c->name = name;
    return c;
}
void erl_drv_cond_destroy(ErlDrvCond* c) {
    if (!c) return;
    pthread_cond_destroy(&c->cond);
    delete c;
}
void erl_drv_cond_signal(ErlDrvCond* c) { pthread_cond_signal(&c->cond); }
void erl_drv_cond_broadcast(ErlDrvCond* c) { pthread_cond_broadcast(&c->cond); }
void erl_drv_cond_wait(ErlDrvCond* c, ErlDrvMutex* m) { pthread_cond_wait(&c->cond, &m->mutex); }
char* erl_drv_cond_name(ErlDrvCond* c) { return c ? c->name.data() : nullptr; }

ErlDrvRWLock* erl_drv_rwlock_create(char* name) {
    auto* l = new ErlDrvRWLock_();
    pthread_rwlock_init(&l->lock, nullptr);
    if (name) l->name = name;
    return l;
}
void erl_drv_rwlock_destroy(ErlDrvRWLock* l) {
    if (!l) return;
    pthread_rwlock_destroy(&l->lock);
    delete l;
}
int erl_drv_rwlock_tryrlock(ErlDrvRWLock* l) { return pthread_rwlock_tryrdlock(&l->lock) == 0 ? 0 : EBUSY; }
void erl_drv_rwlock_rlock(ErlDrvRWLock* l) { pthread_rwlock_rdlock(&l->lock); }
void erl_drv_rwlock_runlock(ErlDrvRWLock* l) { pthread_rwlock_unlock(&l->lock); }
int erl_drv_rwlock_tryrwlock(ErlDrvRWLock* l) { return pthread_rwlock_trywrlock(&l->lock) == 0 ? 0 : EBUSY; }
void erl_drv_rwlock_rwlock(ErlDrvRWLock* l) { pthread_rwlock_wrlock(&l->lock); }
void erl_drv_rwlock_rwunlock(ErlDrvRWLock* l) { pthread_rwlock_unlock(&l->lock); }
char* erl_drv_rwlock_name(ErlDrvRWLock* l) { return l ? l->name.data() : nullptr; }

// Keys are small integers; a destroyed key's index is reused.
int erl_drv_tsd_key_create(char*, ErlDrvTSDKey* key) {
    std::lock_guard lock(g_tsd_mutex);
    std::size_t i = 0;
    while (i < g_tsd_used.size() && g_tsd_used[i]) ++i;
    pthread_key_t k;
    if (pthread_key_create(&k, nullptr) != 0) return EAGAIN;
    if (i == g_tsd_used.size()) {
        g_tsd_used.push_back(true);
        g_tsd_keys.push_back(k);
    } else {
        g_tsd_used[i] = true;
        g_tsd_keys[i] = k;
    }
    *key = ErlDrvTSDKey(i);
    return 0;
}
void erl_drv_tsd_key_destroy(ErlDrvTSDKey key) {
    std::lock_guard lock(g_tsd_mutex);
    if (key < 0 || std::size_t(key) >= g_tsd_used.size() || !g_tsd_used[key]) return;
    pthread_key_delete(g_tsd_keys[key]);
    g_tsd_used[key] = false;
}
void erl_drv_tsd_set(ErlDrvTSDKey key, void* data) {
    pthread_key_t k;
    {
        std::lock_guard lock(g_tsd_mutex);
        if (key < 0 || std::size_t(key) >= g_tsd_used.size() || !g_tsd_used[key]) return;
        k = g_tsd_keys[key];
    }
    pthread_setspecific(k, data);
}
void* erl_drv_tsd_get(ErlDrvTSDKey key) {
    pthread_key_t k;
    {
        std::lock_guard lock(g_tsd_mutex);
        if (key < 0 || std::size_t(key) >= g_tsd_used.size() || !g_tsd_used[key]) return nullptr;
        k = g_tsd_keys[key];
    }
    return pthread_getspecific(k);
}

ErlDrvThreadOpts* erl_drv_thread_opts_create(char*) {
    auto* o = static_cast<ErlDrvThreadOpts*>(std::calloc(1, sizeof(ErlDrvThreadOpts)));
    if (o) o->suggested_stack_size = -1;
    return o;
}
void erl_drv_thread_opts_destroy(ErlDrvThreadOpts* o) { std::free(o); }

// suggested_stack_size is in kilowords (erl_driver docs); -1 means the default.
int erl_drv_thread_create(char* name, ErlDrvTid* tid, void* (*func)(void*), void* arg, ErlDrvThreadOpts* opts) {
    auto* t = new ErlDrvTid_();
    if (name) t->name = name;
    t->func = func;
    t->arg = arg;
    t->joinable = true;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (opts && opts->suggested_stack_size > 0) {
        std::size_t bytes = std::size_t(opts->suggested_stack_size) * 1024 * sizeof(void*);
        if (bytes < std::size_t(PTHREAD_STACK_MIN)) bytes = std::size_t(PTHREAD_STACK_MIN);
        pthread_attr_setstacksize(&attr, bytes);
    }
    int rc = pthread_create(&t->thread, &attr, thread_start, t);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        delete t;
        return rc;
    }
    *tid = t;
    return 0;
}
ErlDrvTid erl_drv_thread_self(void) {
    if (!t_self) {
        t_self = new ErlDrvTid_();  // a thread native code did not create: one per thread, kept
        t_self->thread = pthread_self();
    }
    return t_self;
}
int erl_drv_equal_tids(ErlDrvTid a, ErlDrvTid b) {
    return a == b || (a && b && pthread_equal(a->thread, b->thread));
}
void erl_drv_thread_exit(void* resp) { pthread_exit(resp); }
int erl_drv_thread_join(ErlDrvTid tid, void** respp) {
    if (!tid || !tid->joinable) return EINVAL;
    void* res = nullptr;
    int rc = pthread_join(tid->thread, &res);
    if (rc != 0) return rc;
    if (respp) *respp = res;
    delete tid;
    return 0;
}
char* erl_drv_thread_name(ErlDrvTid tid) { return tid ? tid->name.data() : nullptr; }

}  // extern "C"
