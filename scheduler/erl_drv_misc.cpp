// The erl_driver.h services that do not concern one callback (erl_driver docs): memory and driver
// binaries, the driver queue, port data locks, threads and their locks, thread-specific data, system
// info, environment, time, dynamic libraries, errno names and add/remove_driver_entry.
#include <dlfcn.h>
#include <pthread.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

#include "bifs/clocks.hpp"
#include "scheduler/erl_drv_port.hpp"
#include "scheduler/scheduler.hpp"

namespace ember::scheduler {

namespace {

// A driver binary: the ErlDrvBinary the driver sees follows its reference count.
struct DrvBinaryBlock {
    std::atomic<ErlDrvSInt> refc;
    ErlDrvBinary bin;  // orig_size, orig_bytes[] (open-ended)
};
constexpr std::size_t kBinOffset = offsetof(DrvBinaryBlock, bin);

std::atomic<ErlDrvSInt>& refc_of(ErlDrvBinary* b) {
    return reinterpret_cast<DrvBinaryBlock*>(reinterpret_cast<char*>(b) - kBinOffset)->refc;
}

}  // namespace

ErlDrvBinary* drv_binary_alloc(std::size_t size) {
    // At least the whole struct: constructing it zero-fills its padding past orig_bytes[0].
    void* mem = std::malloc(std::max(kBinOffset + offsetof(ErlDrvBinary, orig_bytes) + (size ? size : 1), sizeof(DrvBinaryBlock)));
    if (!mem) return nullptr;
    auto* blk = new (mem) DrvBinaryBlock{};
    blk->refc.store(1);
    blk->bin.orig_size = static_cast<ErlDrvSInt>(size);
    return &blk->bin;
}

}  // namespace ember::scheduler

using namespace ember::scheduler;

namespace {

// Queue functions act on a live port; the caller holds its lock (a callback) or its PDL.
DrvPort* queue_port(ErlDrvPort port) { return port && !port->stopped ? port : nullptr; }

void enqueue(DrvPort* dp, ErlDrvBinary* bin, std::size_t off, std::size_t len, bool front) {
    if (len == 0) {
        driver_free_binary(bin);
        return;
    }
    QueueSegment seg{bin, off, len};
    if (front) dp->queue.push_front(seg);
    else dp->queue.push_back(seg);
    dp->queue_size += len;
}

ErlDrvBinary* copy_to_binary(const char* buf, std::size_t len) {
    ErlDrvBinary* b = drv_binary_alloc(len);
    if (b && len) std::memcpy(b->orig_bytes, buf, len);
    return b;
}

int enq_vec(ErlDrvPort port, ErlIOVec* ev, ErlDrvSizeT skip, bool front) {
    DrvPort* dp = queue_port(port);
    if (!dp || !ev) return -1;
    std::vector<QueueSegment> segs;
    for (int i = 0; i < ev->vsize; ++i) {
        std::size_t n = ev->iov[i].iov_len;
        char* p = static_cast<char*>(ev->iov[i].iov_base);
        if (skip >= n) {
            skip -= n;
            continue;
        }
        p += skip;
        n -= skip;
        skip = 0;
        ErlDrvBinary* b = ev->binv ? ev->binv[i] : nullptr;
        if (b && p >= b->orig_bytes && p + n <= b->orig_bytes + b->orig_size) {
            driver_binary_inc_refc(b);
            segs.push_back({b, static_cast<std::size_t>(p - b->orig_bytes), n});
        } else {
            segs.push_back({copy_to_binary(p, n), 0, n});
        }
    }
    if (front)
        for (auto it = segs.rbegin(); it != segs.rend(); ++it) enqueue(dp, it->bin, it->off, it->len, true);
    else
        for (auto& s : segs) enqueue(dp, s.bin, s.off, s.len, false);
    return 0;
}

struct PdlBlock {
    std::mutex mutex;
    std::atomic<ErlDrvSInt> refc{1};
};

// erl_posix_str.c's errno names.
const char* errno_name(int e) {
    switch (e) {
#define E(x, s) \
    case x: return s;
        E(EPERM, "eperm") E(ENOENT, "enoent") E(ESRCH, "esrch") E(EINTR, "eintr") E(EIO, "eio")
        E(ENXIO, "enxio") E(E2BIG, "e2big") E(ENOEXEC, "enoexec") E(EBADF, "ebadf") E(ECHILD, "echild")
        E(EAGAIN, "eagain") E(ENOMEM, "enomem") E(EACCES, "eacces") E(EFAULT, "efault")
        E(ENOTBLK, "enotblk") E(EBUSY, "ebusy") E(EEXIST, "eexist") E(EXDEV, "exdev") E(ENODEV, "enodev")
        E(ENOTDIR, "enotdir") E(EISDIR, "eisdir") E(EINVAL, "einval") E(ENFILE, "enfile")
        E(EMFILE, "emfile") E(ENOTTY, "enotty") E(ETXTBSY, "etxtbsy") E(EFBIG, "efbig") E(ENOSPC, "enospc")
        E(ESPIPE, "espipe") E(EROFS, "erofs") E(EMLINK, "emlink") E(EPIPE, "epipe") E(EDOM, "edom")
        E(ERANGE, "erange") E(EDEADLK, "edeadlk") E(ENAMETOOLONG, "enametoolong") E(ENOLCK, "enolck")
        E(ENOSYS, "enosys") E(ENOTEMPTY, "enotempty") E(ELOOP, "eloop") E(ENOMSG, "enomsg")
        E(EIDRM, "eidrm") E(ENOSTR, "enostr") E(ENODATA, "enodata") E(ETIME, "etime") E(ENOSR, "enosr")
        E(EREMOTE, "eremote") E(ENOLINK, "enolink") E(EPROTO, "eproto") E(EBADMSG, "ebadmsg")
        E(EOVERFLOW, "eoverflow") E(EILSEQ, "eilseq") E(EUSERS, "eusers") E(ENOTSOCK, "enotsock")
        E(EDESTADDRREQ, "edestaddrreq") E(EMSGSIZE, "emsgsize") E(EPROTOTYPE, "eprototype")
        E(ENOPROTOOPT, "enoprotoopt") E(EPROTONOSUPPORT, "eprotonosupport")
        E(ESOCKTNOSUPPORT, "esocktnosupport") E(EOPNOTSUPP, "eopnotsupp") E(EPFNOSUPPORT, "epfnosupport")
        E(EAFNOSUPPORT, "eafnosupport") E(EADDRINUSE, "eaddrinuse") E(EADDRNOTAVAIL, "eaddrnotavail")
        E(ENETDOWN, "enetdown") E(ENETUNREACH, "enetunreach") E(ENETRESET, "enetreset")
        E(ECONNABORTED, "econnaborted") E(ECONNRESET, "econnreset") E(ENOBUFS, "enobufs")
        E(EISCONN, "eisconn") E(ENOTCONN, "enotconn") E(ESHUTDOWN, "eshutdown")
        E(ETOOMANYREFS, "etoomanyrefs") E(ETIMEDOUT, "etimedout") E(ECONNREFUSED, "econnrefused")
        E(EHOSTDOWN, "ehostdown") E(EHOSTUNREACH, "ehostunreach") E(EALREADY, "ealready")
        E(EINPROGRESS, "einprogress") E(ESTALE, "estale") E(EDQUOT, "edquot") E(ECANCELED, "ecanceled")
#undef E
    default: return "unknown";
    }
}

// ---- threads ----
struct DrvThread {
    pthread_t tid{};
    std::string name;
    void* (*func)(void*) = nullptr;
    void* arg = nullptr;
    bool owned = false;  // made by erl_drv_thread_create (freed by join)
};
thread_local DrvThread* t_self = nullptr;

void* thread_main(void* p) {
    auto* t = static_cast<DrvThread*>(p);
    t_self = t;
    return t->func(t->arg);
}

struct DrvLock {
    std::string name;
};
struct MutexBlock : DrvLock {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
};
struct CondBlock : DrvLock {
    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
};
struct RwBlock : DrvLock {
    pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
};

// TSD keys: erl's keys are small ints; each maps to a pthread key.
std::mutex g_tsd_mutex;
std::vector<std::pair<bool, pthread_key_t>> g_tsd;

ErlDrvTime to_unit(std::int64_t ns, ErlDrvTimeUnit unit) {
    switch (unit) {
    case ERL_DRV_SEC: return ns / 1000000000;
    case ERL_DRV_MSEC: return ns / 1000000;
    case ERL_DRV_USEC: return ns / 1000;
    case ERL_DRV_NSEC: return ns;
    }
    return ERL_DRV_TIME_ERROR;
}

std::int64_t per_second(ErlDrvTimeUnit u) {
    switch (u) {
    case ERL_DRV_SEC: return 1;
    case ERL_DRV_MSEC: return 1000;
    case ERL_DRV_USEC: return 1000000;
    case ERL_DRV_NSEC: return 1000000000;
    }
    return 0;
}

std::mutex g_dl_mutex;
thread_local std::string t_dl_error;

}  // namespace

extern "C" {

// ---- memory ----
void* driver_alloc(ErlDrvSizeT size) { return std::malloc(size ? size : 1); }
void* driver_realloc(void* ptr, ErlDrvSizeT size) { return std::realloc(ptr, size ? size : 1); }
void driver_free(void* ptr) { std::free(ptr); }

ErlDrvBinary* driver_alloc_binary(ErlDrvSizeT size) { return drv_binary_alloc(size); }

ErlDrvBinary* driver_realloc_binary(ErlDrvBinary* bin, ErlDrvSizeT size) {
    if (!bin) return drv_binary_alloc(size);
    ErlDrvBinary* fresh = drv_binary_alloc(size);
    if (!fresh) return nullptr;
    std::memcpy(fresh->orig_bytes, bin->orig_bytes, std::min<std::size_t>(size, static_cast<std::size_t>(bin->orig_size)));
    driver_free_binary(bin);
    return fresh;
}

void driver_free_binary(ErlDrvBinary* bin) {
    if (bin && driver_binary_dec_refc(bin) == 0) {
        auto* blk = reinterpret_cast<char*>(bin) - kBinOffset;
        std::free(blk);
    }
}

ErlDrvSInt driver_binary_get_refc(ErlDrvBinary* dbp) { return refc_of(dbp).load(); }
ErlDrvSInt driver_binary_inc_refc(ErlDrvBinary* dbp) { return refc_of(dbp).fetch_add(1) + 1; }
ErlDrvSInt driver_binary_dec_refc(ErlDrvBinary* dbp) { return refc_of(dbp).fetch_sub(1) - 1; }

// ---- driver queue ----
int driver_enq(ErlDrvPort port, char* buf, ErlDrvSizeT len) {
    DrvPort* dp = queue_port(port);
    if (!dp || (!buf && len)) return -1;
    enqueue(dp, copy_to_binary(buf, len), 0, len, false);
    return 0;
}

int driver_pushq(ErlDrvPort port, char* buf, ErlDrvSizeT len) {
    DrvPort* dp = queue_port(port);
    if (!dp || (!buf && len)) return -1;
    enqueue(dp, copy_to_binary(buf, len), 0, len, true);
    return 0;
}

int driver_enq_bin(ErlDrvPort port, ErlDrvBinary* bin, ErlDrvSizeT offset, ErlDrvSizeT len) {
    DrvPort* dp = queue_port(port);
    if (!dp || !bin || offset > static_cast<ErlDrvSizeT>(bin->orig_size) ||
        len > static_cast<ErlDrvSizeT>(bin->orig_size) - offset)
        return -1;
    driver_binary_inc_refc(bin);
    enqueue(dp, bin, offset, len, false);
    return 0;
}

int driver_pushq_bin(ErlDrvPort port, ErlDrvBinary* bin, ErlDrvSizeT offset, ErlDrvSizeT len) {
    DrvPort* dp = queue_port(port);
    if (!dp || !bin || offset > static_cast<ErlDrvSizeT>(bin->orig_size) ||
        len > static_cast<ErlDrvSizeT>(bin->orig_size) - offset)
        return -1;
    driver_binary_inc_refc(bin);
    enqueue(dp, bin, offset, len, true);
    return 0;
}

int driver_enqv(ErlDrvPort port, ErlIOVec* ev, ErlDrvSizeT skip) { return enq_vec(port, ev, skip, false); }
int driver_pushqv(ErlDrvPort port, ErlIOVec* ev, ErlDrvSizeT skip) { return enq_vec(port, ev, skip, true); }

ErlDrvSizeT driver_deq(ErlDrvPort port, ErlDrvSizeT size) {
    DrvPort* dp = queue_port(port);
    if (!dp || size > dp->queue_size) return static_cast<ErlDrvSizeT>(-1);
    while (size > 0) {
        QueueSegment& s = dp->queue.front();
        std::size_t n = std::min(size, s.len);
        s.off += n;
        s.len -= n;
        size -= n;
        dp->queue_size -= n;
        if (s.len == 0) {
            driver_free_binary(s.bin);
            dp->queue.pop_front();
        }
    }
    return dp->queue_size;
}

ErlDrvSizeT driver_sizeq(ErlDrvPort port) {
    DrvPort* dp = queue_port(port);
    return dp ? dp->queue_size : static_cast<ErlDrvSizeT>(-1);
}

SysIOVec* driver_peekq(ErlDrvPort port, int* vlen) {
    DrvPort* dp = queue_port(port);
    if (vlen) *vlen = 0;
    if (!dp) return nullptr;
    dp->peek_iov.clear();
    dp->peek_bins.clear();
    for (const QueueSegment& s : dp->queue) {
        dp->peek_iov.push_back({s.bin->orig_bytes + s.off, s.len});
        dp->peek_bins.push_back(s.bin);
    }
    if (vlen) *vlen = static_cast<int>(dp->peek_iov.size());
    return dp->peek_iov.empty() ? nullptr : dp->peek_iov.data();
}

ErlDrvSizeT driver_peekqv(ErlDrvPort port, ErlIOVec* ev) {
    DrvPort* dp = queue_port(port);
    if (!dp) return static_cast<ErlDrvSizeT>(-1);
    int n = 0;
    SysIOVec* iov = driver_peekq(port, &n);
    if (ev) {
        ev->vsize = n;
        ev->size = dp->queue_size;
        ev->iov = iov;
        ev->binv = n ? dp->peek_bins.data() : nullptr;
    }
    return dp->queue_size;
}

// ---- port data locks ----
ErlDrvPDL driver_pdl_create(ErlDrvPort port) {
    if (!port) return nullptr;
    DrvApiLock guard(port);
    if (!guard.port() || port->pdl) return nullptr;  // one per port, as erl
    auto* p = new PdlBlock();
    p->refc.store(2);  // the port's own reference and the creator's
    port->pdl = reinterpret_cast<ErlDrvPDL>(p);
    driver_pdl_dec_refc(port->pdl);
    return port->pdl;
}
void driver_pdl_lock(ErlDrvPDL pdl) { reinterpret_cast<PdlBlock*>(pdl)->mutex.lock(); }
void driver_pdl_unlock(ErlDrvPDL pdl) { reinterpret_cast<PdlBlock*>(pdl)->mutex.unlock(); }
ErlDrvSInt driver_pdl_get_refc(ErlDrvPDL pdl) { return reinterpret_cast<PdlBlock*>(pdl)->refc.load(); }
ErlDrvSInt driver_pdl_inc_refc(ErlDrvPDL pdl) { return reinterpret_cast<PdlBlock*>(pdl)->refc.fetch_add(1) + 1; }
ErlDrvSInt driver_pdl_dec_refc(ErlDrvPDL pdl) {
    auto* p = reinterpret_cast<PdlBlock*>(pdl);
    ErlDrvSInt left = p->refc.fetch_sub(1) - 1;
    if (left == 0) delete p;
    return left;
}

// ---- system ----
void driver_system_info(ErlDrvSysInfo* sip, size_t si_size) {
    if (!sip) return;
    ErlDrvSysInfo info{};
    info.driver_major_version = ERL_DRV_EXTENDED_MAJOR_VERSION;
    info.driver_minor_version = ERL_DRV_EXTENDED_MINOR_VERSION;
    static char erts_version[] = "13.1.5";  // erlang:system_info(version), as bifs/erlang_info.cpp
    static char otp_release[] = "25";
    info.erts_version = erts_version;
    info.otp_release = otp_release;
    info.thread_support = 1;
    info.smp_support = 1;
    info.async_threads = 4;  // scheduler/erl_drv_port.cpp AsyncPool
    info.scheduler_threads = static_cast<int>(Scheduler::global().scheduler_count());
    info.nif_major_version = 2;
    info.nif_minor_version = 16;
    info.dirty_scheduler_support = 1;
    std::memcpy(sip, &info, std::min(si_size, sizeof info));
}

int erl_drv_putenv(const char* key, char* value) {
    if (!key || !value || !*key || std::strchr(key, '=')) return -1;
    return ::setenv(key, value, 1) == 0 ? 0 : -1;
}

int erl_drv_getenv(const char* key, char* value, size_t* value_size) {
    // erl 25 (erts_sys_explicit_8bit_getenv): 0 with *value_size = the length when the value fits
    // in *value_size - 1 bytes; 1 when it does not, -1 when the variable is unset, and in both of
    // those cases *value_size becomes *value_size - 1 (not the size needed, as the docs say).
    if (!key || !value || !value_size || *value_size == 0) return -1;
    const char* v = std::getenv(key);
    std::size_t room = *value_size - 1;
    *value_size = room;
    if (!v) return -1;
    std::size_t n = std::strlen(v);
    if (n > room) return 1;
    std::memcpy(value, v, n + 1);
    *value_size = n;
    return 0;
}

char* erl_errno_id(int error) { return const_cast<char*>(errno_name(error)); }

int null_func(void) { return 0; }

void add_driver_entry(ErlDrvEntry* de) { add_static_entry(de); }
int remove_driver_entry(ErlDrvEntry* de) { return remove_static_entry(de); }

// ---- time ----
ErlDrvTime erl_drv_monotonic_time(ErlDrvTimeUnit time_unit) {
    return to_unit(ember::bifs::monotonic_ns(), time_unit);
}

ErlDrvTime erl_drv_time_offset(ErlDrvTimeUnit time_unit) {
    auto sys = std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::system_clock::now().time_since_epoch()).count();
    return to_unit(sys - ember::bifs::monotonic_ns(), time_unit);
}

ErlDrvTime erl_drv_convert_time_unit(ErlDrvTime val, ErlDrvTimeUnit from, ErlDrvTimeUnit to) {
    std::int64_t f = per_second(from), t = per_second(to);
    if (!f || !t) return ERL_DRV_TIME_ERROR;
    // Floor division, as erlang:convert_time_unit/3.
    __int128 scaled = static_cast<__int128>(val) * t;
    __int128 q = scaled / f;
    if (scaled % f != 0 && scaled < 0) --q;
    return static_cast<ErlDrvTime>(q);
}

int driver_get_now(ErlDrvNowData* now) {
    // erlang:now/0: strictly increasing microseconds.
    static std::atomic<std::int64_t> last{0};
    if (!now) return -1;
    auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                  std::chrono::system_clock::now().time_since_epoch()).count();
    std::int64_t prev = last.load();
    std::int64_t next;
    do next = std::max<std::int64_t>(us, prev + 1);
    while (!last.compare_exchange_weak(prev, next));
    now->megasecs = static_cast<unsigned long>(next / 1000000000000);
    now->secs = static_cast<unsigned long>(next / 1000000 % 1000000);
    now->microsecs = static_cast<unsigned long>(next % 1000000);
    return 0;
}

// ---- dynamic libraries ----
void* driver_dl_open(char* path) {
    std::lock_guard lock(g_dl_mutex);
    void* h = dlopen(path, RTLD_NOW);
    if (!h) t_dl_error = dlerror();
    return h;
}
void* driver_dl_sym(void* handle, char* name) {
    std::lock_guard lock(g_dl_mutex);
    dlerror();
    void* s = dlsym(handle, name);
    if (const char* e = dlerror()) {
        t_dl_error = e;
        return nullptr;
    }
    return s;
}
int driver_dl_close(void* handle) { return dlclose(handle) == 0 ? 0 : -1; }
char* driver_dl_error(void) { return t_dl_error.data(); }

// ---- threads ----
ErlDrvThreadOpts* erl_drv_thread_opts_create(char*) {
    auto* o = static_cast<ErlDrvThreadOpts*>(driver_alloc(sizeof(ErlDrvThreadOpts)));
    o->suggested_stack_size = -1;
    return o;
}
void erl_drv_thread_opts_destroy(ErlDrvThreadOpts* opts) { driver_free(opts); }

int erl_drv_thread_create(char* name, ErlDrvTid* tid, void* (*func)(void*), void* arg, ErlDrvThreadOpts* opts) {
    if (!tid || !func) return EINVAL;
    auto* t = new DrvThread();
    t->name = name ? name : "";
    t->func = func;
    t->arg = arg;
    t->owned = true;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (opts && opts->suggested_stack_size > 0)  // kilowords, as erl
        pthread_attr_setstacksize(&attr, std::max<std::size_t>(opts->suggested_stack_size * sizeof(void*) * 1024,
                                                               PTHREAD_STACK_MIN));
    int rc = pthread_create(&t->tid, &attr, thread_main, t);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        delete t;
        return rc;
    }
    *tid = reinterpret_cast<ErlDrvTid>(t);
    return 0;
}

ErlDrvTid erl_drv_thread_self(void) {
    if (!t_self) {
        // A thread the driver did not create (a scheduler, the I/O thread): a handle of its own.
        static thread_local DrvThread self;
        self.tid = pthread_self();
        t_self = &self;
    }
    return reinterpret_cast<ErlDrvTid>(t_self);
}

int erl_drv_equal_tids(ErlDrvTid a, ErlDrvTid b) {
    if (!a || !b) return a == b;
    return pthread_equal(reinterpret_cast<DrvThread*>(a)->tid, reinterpret_cast<DrvThread*>(b)->tid) != 0;
}

void erl_drv_thread_exit(void* resp) { pthread_exit(resp); }

int erl_drv_thread_join(ErlDrvTid tid, void** respp) {
    if (!tid) return EINVAL;
    auto* t = reinterpret_cast<DrvThread*>(tid);
    int rc = pthread_join(t->tid, respp);
    if (rc == 0 && t->owned) delete t;
    return rc;
}

char* erl_drv_thread_name(ErlDrvTid tid) {
    return tid ? reinterpret_cast<DrvThread*>(tid)->name.data() : nullptr;
}

ErlDrvMutex* erl_drv_mutex_create(char* name) {
    auto* m = new MutexBlock();
    m->name = name ? name : "";
    return reinterpret_cast<ErlDrvMutex*>(m);
}
void erl_drv_mutex_destroy(ErlDrvMutex* mtx) {
    auto* m = reinterpret_cast<MutexBlock*>(mtx);
    if (!m) return;
    pthread_mutex_destroy(&m->m);
    delete m;
}
int erl_drv_mutex_trylock(ErlDrvMutex* mtx) { return pthread_mutex_trylock(&reinterpret_cast<MutexBlock*>(mtx)->m); }
void erl_drv_mutex_lock(ErlDrvMutex* mtx) { pthread_mutex_lock(&reinterpret_cast<MutexBlock*>(mtx)->m); }
void erl_drv_mutex_unlock(ErlDrvMutex* mtx) { pthread_mutex_unlock(&reinterpret_cast<MutexBlock*>(mtx)->m); }
char* erl_drv_mutex_name(ErlDrvMutex* mtx) {
    return mtx ? reinterpret_cast<MutexBlock*>(mtx)->name.data() : nullptr;
}

ErlDrvCond* erl_drv_cond_create(char* name) {
    auto* c = new CondBlock();
    c->name = name ? name : "";
    return reinterpret_cast<ErlDrvCond*>(c);
}
void erl_drv_cond_destroy(ErlDrvCond* cnd) {
    auto* c = reinterpret_cast<CondBlock*>(cnd);
    if (!c) return;
    pthread_cond_destroy(&c->c);
    delete c;
}
void erl_drv_cond_signal(ErlDrvCond* cnd) { pthread_cond_signal(&reinterpret_cast<CondBlock*>(cnd)->c); }
void erl_drv_cond_broadcast(ErlDrvCond* cnd) { pthread_cond_broadcast(&reinterpret_cast<CondBlock*>(cnd)->c); }
void erl_drv_cond_wait(ErlDrvCond* cnd, ErlDrvMutex* mtx) {
    pthread_cond_wait(&reinterpret_cast<CondBlock*>(cnd)->c, &reinterpret_cast<MutexBlock*>(mtx)->m);
}
char* erl_drv_cond_name(ErlDrvCond* cnd) { return cnd ? reinterpret_cast<CondBlock*>(cnd)->name.data() : nullptr; }

ErlDrvRWLock* erl_drv_rwlock_create(char* name) {
    auto* l = new RwBlock();
    l->name = name ? name : "";
    return reinterpret_cast<ErlDrvRWLock*>(l);
}
void erl_drv_rwlock_destroy(ErlDrvRWLock* rwlck) {
    auto* l = reinterpret_cast<RwBlock*>(rwlck);
    if (!l) return;
    pthread_rwlock_destroy(&l->l);
    delete l;
}
int erl_drv_rwlock_tryrlock(ErlDrvRWLock* l) { return pthread_rwlock_tryrdlock(&reinterpret_cast<RwBlock*>(l)->l); }
void erl_drv_rwlock_rlock(ErlDrvRWLock* l) { pthread_rwlock_rdlock(&reinterpret_cast<RwBlock*>(l)->l); }
void erl_drv_rwlock_runlock(ErlDrvRWLock* l) { pthread_rwlock_unlock(&reinterpret_cast<RwBlock*>(l)->l); }
int erl_drv_rwlock_tryrwlock(ErlDrvRWLock* l) { return pthread_rwlock_trywrlock(&reinterpret_cast<RwBlock*>(l)->l); }
void erl_drv_rwlock_rwlock(ErlDrvRWLock* l) { pthread_rwlock_wrlock(&reinterpret_cast<RwBlock*>(l)->l); }
void erl_drv_rwlock_rwunlock(ErlDrvRWLock* l) { pthread_rwlock_unlock(&reinterpret_cast<RwBlock*>(l)->l); }
char* erl_drv_rwlock_name(ErlDrvRWLock* l) { return l ? reinterpret_cast<RwBlock*>(l)->name.data() : nullptr; }

int erl_drv_tsd_key_create(char*, ErlDrvTSDKey* key) {
    if (!key) return EINVAL;
    std::lock_guard lock(g_tsd_mutex);
    pthread_key_t k;
    if (int rc = pthread_key_create(&k, nullptr)) return rc;
    for (std::size_t i = 0; i < g_tsd.size(); ++i)
        if (!g_tsd[i].first) {
            g_tsd[i] = {true, k};
            *key = static_cast<ErlDrvTSDKey>(i);
            return 0;
        }
    g_tsd.emplace_back(true, k);
    *key = static_cast<ErlDrvTSDKey>(g_tsd.size() - 1);
    return 0;
}
void erl_drv_tsd_key_destroy(ErlDrvTSDKey key) {
    std::lock_guard lock(g_tsd_mutex);
    if (key < 0 || static_cast<std::size_t>(key) >= g_tsd.size() || !g_tsd[key].first) return;
    pthread_key_delete(g_tsd[key].second);
    g_tsd[key].first = false;
}
void erl_drv_tsd_set(ErlDrvTSDKey key, void* data) {
    pthread_key_t k;
    {
        std::lock_guard lock(g_tsd_mutex);
        if (key < 0 || static_cast<std::size_t>(key) >= g_tsd.size() || !g_tsd[key].first) return;
        k = g_tsd[key].second;
    }
    pthread_setspecific(k, data);
}
void* erl_drv_tsd_get(ErlDrvTSDKey key) {
    pthread_key_t k;
    {
        std::lock_guard lock(g_tsd_mutex);
        if (key < 0 || static_cast<std::size_t>(key) >= g_tsd.size() || !g_tsd[key].first) return nullptr;
        k = g_tsd[key].second;
    }
    return pthread_getspecific(k);
}

}  // extern "C"
