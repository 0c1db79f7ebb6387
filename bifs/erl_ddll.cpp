// erl_ddll's BIFs (OTP erts/emulator/beam/erl_bif_ddll.c; kernel's erl_ddll docs; docs/drivers.md).
// OTP's erl_ddll.erl (load/2, load_driver/2, unload/1, unload_driver/1, reload/2, info/0,1,
// format_error/1) runs unmodified on top of these. The static drivers are Ember's built-in tcp_inet
// and udp_inet (scheduler/inet_control.cpp); dynamic drivers are shared libraries built against OTP's
// erl_driver.h, loaded and run by scheduler/erl_drv_*.cpp:
//  - try_load/3 opens PATH/NAME.so with dlopen, checks driver_init, the driver version and name, runs
//    init, and counts the load for the calling process; a missing file gives erl's {open_error, Code};
//  - try_unload/2 drops one load of the calling process; the driver goes when no process holds it,
//    at once or (pending_driver) when its last port closes, kill_ports killing those ports;
//  - loaded_drivers/0, info/2 and format_error_int/1 answer as erl.
#include <cstring>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "scheduler/erl_drv_port.hpp"
#include "vm/runtime_support.hpp"

namespace ember::bifs {

using namespace ember::vm;
namespace drv = ember::scheduler;

namespace {

// erts' static drivers that Ember also has, in erl's order (erl 25 lists tcp_inet, udp_inet, sctp_inet,
// ram_file_drv, tty_sl; Ember has no SCTP; ram_file_drv: scheduler/ram_file_driver.cpp, registered with
// the dynamic ones but listed here; tty_sl: scheduler/tty_driver.cpp).
constexpr const char* kStaticDrivers[] = {"tcp_inet", "udp_inet", "ram_file_drv", "tty_sl"};

bool is_static_driver(const std::string& name) {
    for (const char* d : kStaticDrivers)
        if (name == d) return true;
    return false;
}

// erl_bif_ddll.c error codes (ERL_DE_*) and their atoms (errcode_tab).
constexpr int kDynamicErrorOffset = -10;
struct ErrCode {
    const char* atom;
    int code;
    const char* text;
};
constexpr ErrCode kErrCodes[] = {
    {"no_error", 0, "No error"},
    {"no_driver_init", -1, "No driver init in dynamic library"},
    {"driver_init_failed", -2, "Driver init failed"},
    {"bad_driver_name", -3, "Bad driver name"},
    {"driver_name_to_long", -4, "Driver name to long"},
    {"driver_incorrect_version", -5, "Driver compiled with incorrect version of erl_driver.h"},
    {"no_ddll_available", -6, "DDLL functionality not available on this platform"},
    {"unspecified_error", -7, "Unspecified dynamic library error"},
    {"symbol_not_found", -8, "Symbol not found in dynamic library"},
};

std::string error_text(int code) {
    for (const ErrCode& e : kErrCodes)
        if (e.code == code) return e.text;
    if (code > kDynamicErrorOffset) return "Unspecified error";
    std::string text = drv::dl_error_text(code);
    return text.empty() ? "Unknown dlload error" : text;
}

// {error, Atom} for a code with an atom, else {error, {open_error, Code}} (build_load_error).
Term load_error(Process* p, int code) {
    for (const ErrCode& e : kErrCodes)
        if (e.code == code) return make_tuple2(*p, am_error, atom(e.atom));
    return make_tuple2(*p, am_error, make_tuple2(*p, atom("open_error"), make_small(code)));
}

// A driver name: a non-empty atom or an iolist (pick_list_or_atom).
bool driver_name(Term t, std::string& out) {
    if (is_atom(t)) {
        out = atom_name(t);
        return !out.empty();
    }
    return iolist_bytes(t, out);
}

EMBER_BIF(bif_try_load) {
    bool reload = false, kill_ports = false, monitor = false;
    Term l = args[2];
    for (; is_list(l); l = cdr(l)) {
        Term opt = car(l);
        if (!is_tuple(opt) || tuple_arity(opt) != 2 || !is_atom(tuple_element(opt, 0))) return badarg(p);
        Term key = tuple_element(opt, 0), value = tuple_element(opt, 1);
        if (key == atom("driver_options")) {
            Term d = value;
            for (; is_list(d); d = cdr(d)) {
                if (car(d) != atom("kill_ports")) return badarg(p);
                kill_ports = true;
            }
            if (d != kNil) return badarg(p);
        } else if (key == atom("monitor") || key == atom("reload")) {
            if (value != atom("pending_driver") && value != atom("pending")) return badarg(p);
            if (key == atom("reload")) reload = true;
            else monitor = true;
        } else {
            return badarg(p);
        }
    }
    if (l != kNil) return badarg(p);
    std::string name, path;
    if (!driver_name(args[1], name) || !iolist_bytes(args[0], path)) return badarg(p);
    if (is_static_driver(name)) return make_tuple2(*p, am_error, atom("linked_in_driver"));
    while (!path.empty() && (path.back() == '/' || path.back() == '\\')) path.pop_back();
    int code = 0;
    std::uint64_t ref = 0;
    switch (drv::load_driver(p->pid, path, name, kill_ports, reload, monitor, ref, code)) {
    case drv::LoadStatus::Loaded: return make_tuple2(*p, am_ok, atom("loaded"));
    case drv::LoadStatus::AlreadyLoaded: return make_tuple2(*p, am_ok, atom("already_loaded"));
    case drv::LoadStatus::Error: return load_error(p, code);
    case drv::LoadStatus::Inconsistent: return make_tuple2(*p, am_error, atom("inconsistent"));
    case drv::LoadStatus::NotLoaded: return make_tuple2(*p, am_error, atom("not_loaded"));
    case drv::LoadStatus::PendingProcess: return make_tuple2(*p, am_error, atom("pending_process"));
    case drv::LoadStatus::PendingDriver:
        if (ref) return make_tuple3(*p, am_ok, atom("pending_driver"), make_ref(*p, ref));
        return make_tuple2(*p, am_ok, atom("pending_driver"));
    }
    return badarg(p);
}

EMBER_BIF(bif_try_unload) {
    bool kill_ports = false, monitor = false;
    Term l = args[1];
    for (; is_list(l); l = cdr(l)) {
        Term opt = car(l);
        if (opt == atom("kill_ports")) {
            kill_ports = true;
            continue;
        }
        if (!is_tuple(opt) || tuple_arity(opt) != 2 || tuple_element(opt, 0) != atom("monitor")) return badarg(p);
        Term value = tuple_element(opt, 1);
        if (value != atom("pending_driver") && value != atom("pending")) return badarg(p);
        monitor = true;
    }
    if (l != kNil) return badarg(p);
    std::string name;
    if (!driver_name(args[0], name)) return badarg(p);
    if (is_static_driver(name)) return make_tuple2(*p, am_error, atom("linked_in_driver"));
    std::uint64_t ref = 0;
    switch (drv::unload_driver(p->pid, name, kill_ports, monitor, ref)) {
    case drv::UnloadStatus::Unloaded: return make_tuple2(*p, am_ok, atom("unloaded"));
    case drv::UnloadStatus::PendingDriver:
        if (ref) return make_tuple3(*p, am_ok, atom("pending_driver"), make_ref(*p, ref));
        return make_tuple2(*p, am_ok, atom("pending_driver"));
    case drv::UnloadStatus::PendingProcess: return make_tuple2(*p, am_ok, atom("pending_process"));
    case drv::UnloadStatus::NotLoaded: return make_tuple2(*p, am_error, atom("not_loaded"));
    case drv::UnloadStatus::NotLoadedByThis: return make_tuple2(*p, am_error, atom("not_loaded_by_this_process"));
    case drv::UnloadStatus::Permanent: return make_tuple2(*p, am_error, atom("permanent"));
    }
    return badarg(p);
}

EMBER_BIF(bif_loaded_drivers) {
    // erl lists the static drivers first, then the dynamic ones.
    std::vector<Term> names;
    for (const char* d : kStaticDrivers) names.push_back(make_charlist(*p, d));
    for (const std::string& d : drv::loaded_driver_names())
        if (!is_static_driver(d)) names.push_back(make_charlist(*p, d));
    return make_tuple2(*p, am_ok, make_list_of(*p, names.data(), names.size()));
}

EMBER_BIF(bif_info) {
    std::string name;
    if (!driver_name(args[0], name) || !is_atom(args[1])) return badarg(p);
    Term item = args[1];
    if (is_static_driver(name)) {
        if (item == atom("linked_in_driver")) return am_true;
        if (item == atom("permanent")) return am_false;
        for (const char* k : {"processes", "driver_options", "port_count", "awaiting_load", "awaiting_unload"})
            if (item == atom(k)) return atom("linked_in_driver");
        return badarg(p);
    }
    std::optional<drv::DriverInfo> info = drv::driver_info(name);
    if (!info) return badarg(p);
    if (item == atom("linked_in_driver")) return am_false;
    if (item == atom("permanent")) return make_bool(info->permanent);
    if (item == atom("port_count")) return make_small(info->port_count);
    if (item == atom("driver_options")) return info->kill_ports ? make_cons(*p, atom("kill_ports"), kNil) : kNil;
    if (item == atom("processes")) {
        std::vector<Term> items;
        for (const auto& [pid, n] : info->processes) items.push_back(make_tuple2(*p, pid, make_small(n)));
        return make_list_of(*p, items.data(), items.size());
    }
    if (item == atom("awaiting_load") || item == atom("awaiting_unload")) return kNil;
    return badarg(p);
}

EMBER_BIF(bif_format_error_int) {
    static const std::pair<const char*, const char*> kSoft[] = {
        {"inconsistent", "Driver name and/or driver options are inconsistent with currently loaded driver"},
        {"linked_in_driver", "Driver is statically linked and cannot be loaded/unloaded"},
        {"permanent", "DDLL driver is permanent an cannot be unloaded/loaded"},
        {"not_loaded", "DDLL driver is not loaded"},
        {"not_loaded_by_this_process", "DDLL driver was not loaded by this process"},
        {"not_pending", "DDLL load not pending for this driver name"},
        {"already_loaded", "DDLL driver is already loaded successfully"},
        {"pending_reload", "Driver reloading is already pending"},
        {"pending_process", "Driver is loaded by others when attempting option {reload, pending_driver}"},
    };
    Term t = args[0];
    if (is_atom(t)) {
        for (const auto& [a, text] : kSoft)
            if (t == atom(a)) return make_charlist(*p, text);
        for (const ErrCode& e : kErrCodes)
            if (t == atom(e.atom)) return make_charlist(*p, e.text);
        return badarg(p);
    }
    if (is_tuple(t) && tuple_arity(t) == 2 && tuple_element(t, 0) == atom("open_error") &&
        is_small(tuple_element(t, 1))) {
        // erts keeps the code in a C int: the value is truncated to 32 bits as there.
        int code = static_cast<std::int32_t>(static_cast<std::uint64_t>(small_value(tuple_element(t, 1))));
        return make_charlist(*p, error_text(code));
    }
    return badarg(p);
}

// Every function erl_driver.h declares (OTP 25), implemented in scheduler/erl_drv_*.cpp. Taking their
// addresses here keeps those objects in the executable (ember_core is a static library) so that
// dlopen'd drivers resolve against them (nif/exported_symbols.list exports them).
#define EMBER_ERL_DRIVER_ABI(E) \
    E(erl_drv_busy_msgq_limits) E(driver_select) E(driver_output) E(driver_output2) E(driver_output_binary) \
    E(driver_outputv) E(driver_vec_to_buf) E(driver_set_timer) E(driver_cancel_timer) E(driver_read_timer) \
    E(erl_drv_consume_timeslice) E(erl_errno_id) E(driver_failure_eof) E(driver_failure_atom) \
    E(driver_failure_posix) E(driver_failure) E(driver_exit) E(driver_pdl_create) E(driver_pdl_lock) \
    E(driver_pdl_unlock) E(driver_pdl_get_refc) E(driver_pdl_inc_refc) E(driver_pdl_dec_refc) \
    E(driver_monitor_process) E(driver_demonitor_process) E(driver_get_monitored_process) \
    E(driver_compare_monitors) E(set_busy_port) E(set_port_control_flags) E(get_port_flags) \
    E(driver_free_binary) E(driver_alloc_binary) E(driver_realloc_binary) E(driver_binary_get_refc) \
    E(driver_binary_inc_refc) E(driver_binary_dec_refc) E(driver_free) E(driver_alloc) E(driver_realloc) \
    E(driver_enq) E(driver_pushq) E(driver_deq) E(driver_sizeq) E(driver_enq_bin) E(driver_pushq_bin) \
    E(driver_peekqv) E(driver_peekq) E(driver_enqv) E(driver_pushqv) E(add_driver_entry) \
    E(remove_driver_entry) E(driver_system_info) E(erl_drv_mutex_destroy) E(erl_drv_mutex_create) \
    E(erl_drv_mutex_trylock) E(erl_drv_mutex_lock) E(erl_drv_mutex_unlock) E(erl_drv_cond_destroy) \
    E(erl_drv_cond_create) E(erl_drv_cond_signal) E(erl_drv_cond_broadcast) E(erl_drv_cond_wait) \
    E(erl_drv_rwlock_destroy) E(erl_drv_rwlock_create) E(erl_drv_rwlock_tryrlock) E(erl_drv_rwlock_rlock) \
    E(erl_drv_rwlock_runlock) E(erl_drv_rwlock_tryrwlock) E(erl_drv_rwlock_rwlock) E(erl_drv_rwlock_rwunlock) \
    E(erl_drv_tsd_key_create) E(erl_drv_tsd_key_destroy) E(erl_drv_tsd_set) E(erl_drv_tsd_get) \
    E(erl_drv_thread_opts_destroy) E(erl_drv_thread_opts_create) E(erl_drv_thread_create) \
    E(erl_drv_thread_self) E(erl_drv_equal_tids) E(erl_drv_thread_exit) E(erl_drv_thread_join) \
    E(erl_drv_mutex_name) E(erl_drv_cond_name) E(erl_drv_rwlock_name) E(erl_drv_thread_name) E(null_func) \
    E(driver_mk_atom) E(driver_mk_port) E(driver_connected) E(driver_caller) E(driver_mk_term_nil) \
    E(driver_create_port) E(driver_output_term) E(driver_send_term) E(erl_drv_output_term) \
    E(erl_drv_send_term) E(driver_async_port_key) E(driver_async) E(driver_lock_driver) E(driver_get_now) \
    E(erl_drv_monotonic_time) E(erl_drv_time_offset) E(erl_drv_convert_time_unit) E(driver_dl_open) \
    E(driver_dl_sym) E(driver_dl_close) E(driver_dl_error) E(erl_drv_putenv) E(erl_drv_getenv) \
    E(erl_drv_init_ack) E(erl_drv_set_os_pid)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"  // driver_output_term & co are the ABI too
#define EMBER_ABI_ADDRESS(f) reinterpret_cast<const void*>(&::f),
[[gnu::used]] const void* const kDriverAbi[] = {EMBER_ERL_DRIVER_ABI(EMBER_ABI_ADDRESS) &::driver_term_nil};
#undef EMBER_ABI_ADDRESS
#pragma GCC diagnostic pop

const BifSpec kBifs[] = {
    {"erl_ddll", "try_load", 3, bif_try_load, kCapNativeCode},
    {"erl_ddll", "try_unload", 2, bif_try_unload, kCapNativeCode},
    {"erl_ddll", "loaded_drivers", 0, bif_loaded_drivers, kCapPure},
    {"erl_ddll", "info", 2, bif_info, kCapPure},
    {"erl_ddll", "format_error_int", 1, bif_format_error_int, kCapPure},
};

}  // namespace

std::span<const BifSpec> erl_ddll_bifs() { return kBifs; }

}  // namespace ember::bifs
