// erl_nif.h: memory, environments, messages, processes and ports, time, system information, printing,
// dynamic loading, and the thread primitives (erl_driver's, scheduler/erl_drv_misc.cpp).
// OTP erts/doc erl_nif.
#include <dlfcn.h>
#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <shared_mutex>
#include <string>
#include <thread>
#include <algorithm>

#include "bifs/bif.hpp"
#include "bifs/clocks.hpp"
#include "nif/nif_env.hpp"
#include <erl_driver.h>
#include "scheduler/ports.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/copy.hpp"
#include "vm/dirty.hpp"
#include "vm/magic_ref.hpp"
#include "vm/messages.hpp"
#include "vm/process.hpp"
#include "vm/runtime_support.hpp"
#include "vm/services.hpp"
#include "vm/term_print.hpp"

using namespace ember::vm;
using ember::vm::ScratchHeap;
using ember::nif::heap_of;

namespace {

// Time unit conversion as erlang:convert_time_unit/3 (floor).
ErlNifTime convert(ErlNifTime v, std::int64_t from_per_sec, std::int64_t to_per_sec) {
    if (from_per_sec == to_per_sec) return v;
    __int128 x = __int128(v) * to_per_sec;
    __int128 q = x / from_per_sec;
    if ((x % from_per_sec != 0) && (x < 0)) --q;
    return ErlNifTime(q);
}
std::int64_t per_second(ErlNifTimeUnit u) {
    switch (u) {
    case ERL_NIF_SEC: return 1;
    case ERL_NIF_MSEC: return 1000;
    case ERL_NIF_USEC: return 1000000;
    case ERL_NIF_NSEC: return 1000000000;
    }
    return 0;
}

std::int64_t system_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Term timestamp_tuple(HeapAllocator& h, std::int64_t us) {
    return make_tuple3(h, make_small(us / 1000000000000), make_small((us / 1000000) % 1000000), make_small(us % 1000000));
}

// enif_fprintf/enif_snprintf: printf with %T printing an ERL_NIF_TERM as ~w does.
int format(std::string& out, const char* fmt, va_list ap) {
    for (const char* f = fmt; *f;) {
        if (*f != '%') {
            out.push_back(*f++);
            continue;
        }
        // Collect one conversion specification.
        const char* start = f++;
        while (*f && std::strchr("-+ #0123456789.*hlLqjzt", *f)) ++f;
        if (!*f) break;
        char conv = *f++;
        std::string spec(start, f);
        if (conv == 'T') {
            ember::nif::append_printf_term(out, va_arg(ap, ERL_NIF_TERM));
            continue;
        }
        if (conv == '%') {
            out.push_back('%');
            continue;
        }
        bool is_long = spec.find('l') != std::string::npos || spec.find('z') != std::string::npos ||
                       spec.find('j') != std::string::npos || spec.find('t') != std::string::npos;
        bool is_llong = spec.find("ll") != std::string::npos;
        int stars = 0;
        int star_values[2] = {0, 0};
        for (char c : spec)
            if (c == '*' && stars < 2) star_values[stars++] = va_arg(ap, int);
        int n = 0;
        auto emit = [&](auto value) {
            auto print = [&](char* dst, std::size_t cap) {
                if (stars == 0) return std::snprintf(dst, cap, spec.c_str(), value);
                if (stars == 1) return std::snprintf(dst, cap, spec.c_str(), star_values[0], value);
                return std::snprintf(dst, cap, spec.c_str(), star_values[0], star_values[1], value);
            };
            n = print(nullptr, 0);
            if (n < 0) return;
            std::string tmp(std::size_t(n) + 1, '\0');
            print(tmp.data(), tmp.size());
            out.append(tmp.data(), std::size_t(n));
        };
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'c':
            if (is_llong) emit(va_arg(ap, long long));
            else if (is_long) emit(va_arg(ap, long));
            else emit(va_arg(ap, int));
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
            if (spec.find('L') != std::string::npos) emit(va_arg(ap, long double));
            else emit(va_arg(ap, double));
            break;
        case 's': emit(va_arg(ap, const char*)); break;
        case 'p': emit(va_arg(ap, void*)); break;
        default: return -1;
        }
        if (n < 0) return -1;
    }
    return int(out.size());
}

}  // namespace

extern "C" {

// ---- memory ---------------------------------------------------------------------------------------
void* enif_alloc(size_t size) { return std::malloc(size); }
void enif_free(void* ptr) { std::free(ptr); }
void* enif_realloc(void* ptr, size_t size) { return std::realloc(ptr, size); }
void* enif_priv_data(ErlNifEnv* env) { return env && env->library ? env->library->priv_data : nullptr; }

// ---- environments ---------------------------------------------------------------------------------
ErlNifEnv* enif_alloc_env(void) {
    auto* env = new ErlNifEnv();
    env->kind = ember::nif::EnvKind::Independent;
    env->own = new ScratchHeap();
    env->heap = env->own;
    return env;
}
void enif_free_env(ErlNifEnv* env) {
    if (!env) return;
    delete env->own;
    delete env;
}
void enif_clear_env(ErlNifEnv* env) {
    if (env && env->own) env->own->clear();
}

// ---- messages -------------------------------------------------------------------------------------
// The message is copied to the receiver; msg_env (if given) is cleared, as erl_nif documents. Returns
// true if the receiver was alive.
int enif_send(ErlNifEnv* env, const ErlNifPid* to, ErlNifEnv* msg_env, ERL_NIF_TERM msg) {
    if (!to || !is_local_pid(to->pid)) {
        if (msg_env) enif_clear_env(msg_env);
        return 0;
    }
    bool alive;
    {
        std::shared_lock<std::shared_mutex> lock;
        alive = lookup_process(to->pid, lock) != nullptr;
    }
    if (alive) deliver_message(to->pid, msg);
    if (msg_env) enif_clear_env(msg_env);
    (void)env;
    return alive;
}

ErlNifPid* enif_self(ErlNifEnv* env, ErlNifPid* pid) {
    if (!env || !env->process) return nullptr;
    pid->pid = env->process->pid;
    return pid;
}
int enif_is_current_process_alive(ErlNifEnv* env) {
    if (!env || !env->process) return 0;
    return env->process->status.load() != ProcessStatus::Exiting && env->process->status.load() != ProcessStatus::Exited;
}
int enif_is_process_alive(ErlNifEnv*, ErlNifPid* pid) {
    if (!pid || !is_local_pid(pid->pid)) return 0;
    std::shared_lock<std::shared_mutex> lock;
    Process* q = lookup_process(pid->pid, lock);
    return q && q->status.load() != ProcessStatus::Exiting && q->status.load() != ProcessStatus::Exited;
}
int enif_is_port_alive(ErlNifEnv*, ErlNifPort* port) {
    return port && is_local_port(port->port_id) && ember::scheduler::port_alive(port->port_id);
}
int enif_whereis_pid(ErlNifEnv*, ERL_NIF_TERM name, ErlNifPid* pid) {
    if (!is_atom(name)) return 0;
    Term t = whereis_name(name);
    if (!is_local_pid(t)) return 0;
    pid->pid = t;
    return 1;
}
int enif_whereis_port(ErlNifEnv*, ERL_NIF_TERM name, ErlNifPort* port) {
    if (!is_atom(name)) return 0;
    Term t = whereis_name(name);
    if (!is_local_port(t)) return 0;
    port->port_id = t;
    return 1;
}
// As erlang:port_command/2 from the calling process (or from no process); true if it was sent.
int enif_port_command(ErlNifEnv* env, const ErlNifPort* to, ErlNifEnv* msg_env, ERL_NIF_TERM msg) {
    if (!to || !is_local_port(to->port_id)) return 0;
    Term caller = env && env->process ? env->process->pid : kNil;
    std::string bytes;
    bool ok = ember::bifs::iolist_bytes(msg, bytes) &&
              ember::scheduler::port_command(to->port_id, std::move(bytes), caller) == ember::scheduler::PortOp::Ok;
    if (msg_env) enif_clear_env(msg_env);
    return ok;
}

// ---- scheduling -----------------------------------------------------------------------------------
// Ember does not split a NIF call by timeslice: the percentages add up and the answer says whether
// the slice is used up, so a NIF that yields with enif_schedule_nif does so at the same points.
int enif_consume_timeslice(ErlNifEnv* env, int percent) {
    if (!env) return 0;
    percent = percent < 1 ? 1 : (percent > 100 ? 100 : percent);  // as erl
    env->consumed_percent += percent;
    return env->consumed_percent >= 100;
}

ERL_NIF_TERM enif_schedule_nif(ErlNifEnv* env, const char* fun_name, int flags,
                               ERL_NIF_TERM (*fp)(ErlNifEnv*, int, const ERL_NIF_TERM[]), int argc,
                               const ERL_NIF_TERM argv[]) {
    if (!env || env->kind != ember::nif::EnvKind::Call || !fp || argc < 0 || argc > 255 ||
        (flags & ~(ERL_NIF_DIRTY_JOB_CPU_BOUND | ERL_NIF_DIRTY_JOB_IO_BOUND)) ||
        flags == (ERL_NIF_DIRTY_JOB_CPU_BOUND | ERL_NIF_DIRTY_JOB_IO_BOUND))
        return enif_make_badarg(env);
    auto call = std::make_unique<ember::nif::ScheduledCall>();
    call->name = fun_name ? fun_name : "";
    call->func.arity = unsigned(argc);
    call->func.fptr = fp;
    call->func.flags = unsigned(flags);
    call->args.assign(argv, argv + argc);
    env->scheduled = std::move(call);
    return kNil;  // ignored: the trampoline runs the scheduled function next
}

int enif_thread_type(void) {
    switch (current_dirty_kind()) {
    case DirtyKind::Cpu: return ERL_NIF_THR_DIRTY_CPU_SCHEDULER;
    case DirtyKind::Io: return ERL_NIF_THR_DIRTY_IO_SCHEDULER;
    case DirtyKind::None: break;
    }
    return ember::scheduler::Scheduler::current_scheduler_id() != 0 ? ERL_NIF_THR_NORMAL_SCHEDULER : ERL_NIF_THR_UNDEFINED;
}

// ---- time -----------------------------------------------------------------------------------------
ErlNifTime enif_monotonic_time(ErlNifTimeUnit unit) {
    std::int64_t to = per_second(unit);
    if (!to) return ERL_NIF_TIME_ERROR;
    return convert(ember::bifs::monotonic_ns(), 1000000000, to);
}
ErlNifTime enif_time_offset(ErlNifTimeUnit unit) {
    std::int64_t to = per_second(unit);
    if (!to) return ERL_NIF_TIME_ERROR;
    return convert(system_ns() - ember::bifs::monotonic_ns(), 1000000000, to);
}
ErlNifTime enif_convert_time_unit(ErlNifTime val, ErlNifTimeUnit from, ErlNifTimeUnit to) {
    std::int64_t f = per_second(from), t = per_second(to);
    if (!f || !t) return ERL_NIF_TIME_ERROR;
    return convert(val, f, t);
}
// erlang:now/0: unique, strictly increasing microseconds of system time.
ERL_NIF_TERM enif_now_time(ErlNifEnv* env) {
    static std::atomic<std::int64_t> last{0};
    std::int64_t now = system_ns() / 1000;
    std::int64_t prev = last.load();
    std::int64_t next;
    do {
        next = now > prev ? now : prev + 1;
    } while (!last.compare_exchange_weak(prev, next));
    return timestamp_tuple(heap_of(env), next);
}
// CPU time of the OS process, as erlang:timestamp/0 would format it.
ERL_NIF_TERM enif_cpu_time(ErlNifEnv* env) {
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) return enif_make_badarg(env);
    return timestamp_tuple(heap_of(env), std::int64_t(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000);
}
ERL_NIF_TERM enif_make_unique_integer(ErlNifEnv* env, ErlNifUniqueInteger properties) {
    return ember::bifs::make_unique_integer(heap_of(env), (properties & ERL_NIF_UNIQUE_POSITIVE) != 0);
}

// ---- system information ---------------------------------------------------------------------------
// Fills as much of the struct as the caller's version has (si_size bytes), as erl.
void enif_system_info(ErlNifSysInfo* sip, size_t si_size) {
    static char erts_version[] = "13.1.5";
    static char otp_release[] = "25";
    ErlNifSysInfo info{};
    info.driver_major_version = ERL_DRV_EXTENDED_MAJOR_VERSION;
    info.driver_minor_version = ERL_DRV_EXTENDED_MINOR_VERSION;
    info.erts_version = erts_version;
    info.otp_release = otp_release;
    info.thread_support = 1;
    info.smp_support = 1;
    info.async_threads = 1;
    info.scheduler_threads = int(std::thread::hardware_concurrency());
    info.nif_major_version = ERL_NIF_MAJOR_VERSION;
    info.nif_minor_version = ERL_NIF_MINOR_VERSION;
    info.dirty_scheduler_support = 1;
    std::memcpy(sip, &info, std::min(si_size, sizeof info));
}

int enif_getenv(const char* key, char* value, size_t* value_size) {
    const char* v = std::getenv(key);
    if (!v) return -1;
    std::size_t n = std::strlen(v);
    if (n + 1 > *value_size) {
        *value_size = n + 1;
        return 1;
    }
    std::memcpy(value, v, n + 1);
    *value_size = n;
    return 0;
}

// ---- printing -------------------------------------------------------------------------------------
int enif_vsnprintf(char* buffer, size_t size, const char* fmt, va_list ap) {
    std::string out;
    va_list copy;
    va_copy(copy, ap);
    int n = format(out, fmt, copy);
    va_end(copy);
    if (n < 0) return n;
    if (size > 0) {
        std::size_t k = std::min(size - 1, out.size());
        std::memcpy(buffer, out.data(), k);
        buffer[k] = '\0';
    }
    return n;
}
int enif_snprintf(char* buffer, size_t size, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = enif_vsnprintf(buffer, size, fmt, ap);
    va_end(ap);
    return n;
}
int enif_vfprintf(FILE* f, const char* fmt, va_list ap) {
    std::string out;
    va_list copy;
    va_copy(copy, ap);
    int n = format(out, fmt, copy);
    va_end(copy);
    if (n < 0) return n;
    return int(std::fwrite(out.data(), 1, out.size(), f));
}
int enif_fprintf(FILE* f, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = enif_vfprintf(f, fmt, ap);
    va_end(ap);
    return n;
}

// ---- dynamic loading ------------------------------------------------------------------------------
// As erl (erts_sys_ddll_open): ".so" is appended to the name unless it already ends so.
void* enif_dlopen(const char* lib, void (*err_handler)(void*, const char*), void* err_arg) {
    std::string path = lib;
    if (path.size() < 3 || path.compare(path.size() - 3, 3, ".so") != 0) path += ".so";
    void* h = dlopen(path.c_str(), RTLD_NOW);
    if (!h && err_handler) err_handler(err_arg, dlerror());
    return h;
}
void* enif_dlsym(void* handle, const char* symbol, void (*err_handler)(void*, const char*), void* err_arg) {
    dlerror();
    void* s = dlsym(handle, symbol);
    if (const char* e = dlerror(); e && err_handler) err_handler(err_arg, e);
    return s;
}

// ---- threads (erl_driver's primitives) -------------------------------------------------------------
ErlNifMutex* enif_mutex_create(char* name) { return erl_drv_mutex_create(name); }
void enif_mutex_destroy(ErlNifMutex* m) { erl_drv_mutex_destroy(m); }
int enif_mutex_trylock(ErlNifMutex* m) { return erl_drv_mutex_trylock(m); }
void enif_mutex_lock(ErlNifMutex* m) { erl_drv_mutex_lock(m); }
void enif_mutex_unlock(ErlNifMutex* m) { erl_drv_mutex_unlock(m); }
char* enif_mutex_name(ErlNifMutex* m) { return erl_drv_mutex_name(m); }
ErlNifCond* enif_cond_create(char* name) { return erl_drv_cond_create(name); }
void enif_cond_destroy(ErlNifCond* c) { erl_drv_cond_destroy(c); }
void enif_cond_signal(ErlNifCond* c) { erl_drv_cond_signal(c); }
void enif_cond_broadcast(ErlNifCond* c) { erl_drv_cond_broadcast(c); }
void enif_cond_wait(ErlNifCond* c, ErlNifMutex* m) { erl_drv_cond_wait(c, m); }
char* enif_cond_name(ErlNifCond* c) { return erl_drv_cond_name(c); }
ErlNifRWLock* enif_rwlock_create(char* name) { return erl_drv_rwlock_create(name); }
void enif_rwlock_destroy(ErlNifRWLock* l) { erl_drv_rwlock_destroy(l); }
int enif_rwlock_tryrlock(ErlNifRWLock* l) { return erl_drv_rwlock_tryrlock(l); }
void enif_rwlock_rlock(ErlNifRWLock* l) { erl_drv_rwlock_rlock(l); }
void enif_rwlock_runlock(ErlNifRWLock* l) { erl_drv_rwlock_runlock(l); }
int enif_rwlock_tryrwlock(ErlNifRWLock* l) { return erl_drv_rwlock_tryrwlock(l); }
void enif_rwlock_rwlock(ErlNifRWLock* l) { erl_drv_rwlock_rwlock(l); }
void enif_rwlock_rwunlock(ErlNifRWLock* l) { erl_drv_rwlock_rwunlock(l); }
char* enif_rwlock_name(ErlNifRWLock* l) { return erl_drv_rwlock_name(l); }
int enif_tsd_key_create(char* name, ErlNifTSDKey* key) { return erl_drv_tsd_key_create(name, key); }
void enif_tsd_key_destroy(ErlNifTSDKey key) { erl_drv_tsd_key_destroy(key); }
void enif_tsd_set(ErlNifTSDKey key, void* data) { erl_drv_tsd_set(key, data); }
void* enif_tsd_get(ErlNifTSDKey key) { return erl_drv_tsd_get(key); }
ErlNifThreadOpts* enif_thread_opts_create(char* name) { return erl_drv_thread_opts_create(name); }
void enif_thread_opts_destroy(ErlNifThreadOpts* o) { erl_drv_thread_opts_destroy(o); }
int enif_thread_create(char* name, ErlNifTid* tid, void* (*func)(void*), void* args, ErlNifThreadOpts* opts) {
    return erl_drv_thread_create(name, tid, func, args, opts);
}
ErlNifTid enif_thread_self(void) { return erl_drv_thread_self(); }
int enif_equal_tids(ErlNifTid a, ErlNifTid b) { return erl_drv_equal_tids(a, b); }
void enif_thread_exit(void* resp) { erl_drv_thread_exit(resp); }
int enif_thread_join(ErlNifTid tid, void** respp) { return erl_drv_thread_join(tid, respp); }
char* enif_thread_name(ErlNifTid tid) { return erl_drv_thread_name(tid); }

}  // extern "C"
