// erl_ddll's BIFs (OTP erts/emulator/beam/erl_bif_ddll.c, erl_unix_sys_ddll.c; docs/ports.md
// "erl_ddll"). Ember's port drivers are built in (the static drivers tcp_inet and udp_inet,
// scheduler/inet_control.cpp make_inet_driver), and it cannot yet run a dynamically loaded driver (the
// erl_driver C ABI is not exported). So:
//  - loaded_drivers/0 lists the static drivers; info/2 and try_unload/2 answer for them as erl does for
//    its static drivers, and not_loaded / badarg for other names;
//  - try_load/3 opens the library as erl does (PATH/NAME.so with dlopen), so a missing or unreadable file
//    gives erl's {open_error, Code} and a library without driver_init gives no_driver_init; a real
//    driver library gives no_ddll_available ("DDLL functionality not available on this platform"),
//    which is true of Ember today, instead of being run;
//  - format_error_int/1 turns every error term into erl's text, dlerror messages included.
#include <dlfcn.h>

#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/runtime_support.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// erts' static drivers that Ember also has (erl 25 lists tcp_inet, udp_inet, sctp_inet, ram_file_drv,
// tty_sl; Ember has no SCTP, no ram_file driver and no tty driver).
constexpr const char* kStaticDrivers[] = {"tcp_inet", "udp_inet"};

bool is_static_driver(const std::string& name) {
    for (const char* d : kStaticDrivers)
        if (name == d) return true;
    return false;
}

// erl_bif_ddll.c error codes (ERL_DE_*) and their atoms (errcode_tab).
constexpr int kNoInit = -1, kNoDdll = -6, kDynamicErrorOffset = -10;
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

// The dlerror texts seen so far (erl_unix_sys_ddll.c errcodes): text i is error code -10 - i, the
// same text always gets the same code. Shared by all processes, never shrinks, as in erl.
struct DlErrors {
    std::mutex mutex;
    std::vector<std::string> texts;
};
DlErrors& dl_errors() {
    static DlErrors e;
    return e;
}
int dl_error_code(const std::string& text) {
    DlErrors& e = dl_errors();
    std::lock_guard lock(e.mutex);
    for (std::size_t i = 0; i < e.texts.size(); ++i)
        if (e.texts[i] == text) return kDynamicErrorOffset - int(i);
    e.texts.push_back(text);
    return kDynamicErrorOffset - int(e.texts.size() - 1);
}

std::string error_text(int code) {
    for (const ErrCode& e : kErrCodes)
        if (e.code == code) return e.text;
    if (code > kDynamicErrorOffset) return "Unspecified error";
    DlErrors& e = dl_errors();
    std::lock_guard lock(e.mutex);
    std::size_t i = std::size_t(kDynamicErrorOffset - code);
    return i < e.texts.size() ? e.texts[i] : "Unknown dlload error";
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

// dlopen of PATH/NAME.so, then its driver_init (do_load_driver_entry); returns the error code.
int try_open_driver(const std::string& full) {
    std::string dlname = full + ".so";
    dlerror();
    void* handle = dlopen(dlname.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        // erts_sys_ddll_open_noext: the file name the message starts with is left out.
        const char* raw = dlerror();
        std::string text = raw ? raw : "";
        if (text.rfind(dlname, 0) == 0) {
            std::size_t i = dlname.size();
            while (i < text.size() && (text[i] == ':' || text[i] == ' ')) ++i;
            if (i < text.size()) text = text.substr(i);
        }
        return dl_error_code(text);
    }
    dlerror();
    void* init = dlsym(handle, "driver_init");
    int code = kNoDdll;  // a driver: Ember cannot run it yet (docs/ports.md)
    if (const char* raw = dlerror(); raw || !init) {
        if (raw) dl_error_code(raw);  // erts records the lookup failure's text too
        code = kNoInit;
    }
    dlclose(handle);
    return code;
}

EMBER_BIF(bif_try_load) {
    bool reload = false;
    Term l = args[2];
    for (; is_list(l); l = cdr(l)) {
        Term opt = car(l);
        if (!is_tuple(opt) || tuple_arity(opt) != 2 || !is_atom(tuple_element(opt, 0))) return badarg(p);
        Term key = tuple_element(opt, 0), value = tuple_element(opt, 1);
        if (key == atom("driver_options")) {
            Term d = value;
            for (; is_list(d); d = cdr(d))
                if (car(d) != atom("kill_ports")) return badarg(p);
            if (d != kNil) return badarg(p);
        } else if (key == atom("monitor") || key == atom("reload")) {
            if (value != atom("pending_driver") && value != atom("pending")) return badarg(p);
            if (key == atom("reload")) reload = true;
        } else {
            return badarg(p);
        }
    }
    if (l != kNil) return badarg(p);
    std::string name, path;
    if (!driver_name(args[1], name) || !iolist_bytes(args[0], path)) return badarg(p);
    if (is_static_driver(name)) return make_tuple2(*p, am_error, atom("linked_in_driver"));
    // No dynamic driver is ever loaded in Ember, so every other name is one erl would not have either.
    if (reload) return make_tuple2(*p, am_error, atom("not_loaded"));
    while (!path.empty() && (path.back() == '/' || path.back() == '\\')) path.pop_back();
    return load_error(p, try_open_driver(path + "/" + name));
}

EMBER_BIF(bif_try_unload) {
    Term l = args[1];
    for (; is_list(l); l = cdr(l)) {
        Term opt = car(l);
        if (opt == atom("kill_ports")) continue;
        if (!is_tuple(opt) || tuple_arity(opt) != 2 || tuple_element(opt, 0) != atom("monitor")) return badarg(p);
        Term value = tuple_element(opt, 1);
        if (value != atom("pending_driver") && value != atom("pending")) return badarg(p);
    }
    if (l != kNil) return badarg(p);
    std::string name;
    if (!driver_name(args[0], name)) return badarg(p);
    return make_tuple2(*p, am_error, atom(is_static_driver(name) ? "linked_in_driver" : "not_loaded"));
}

EMBER_BIF(bif_loaded_drivers) {
    std::vector<Term> names;
    for (const char* d : kStaticDrivers) names.push_back(make_charlist(*p, d));
    return make_tuple2(*p, am_ok, make_list_of(*p, names.data(), names.size()));
}

EMBER_BIF(bif_info) {
    std::string name;
    if (!driver_name(args[0], name) || !is_atom(args[1]) || !is_static_driver(name)) return badarg(p);
    Term item = args[1];
    if (item == atom("linked_in_driver")) return am_true;
    if (item == atom("permanent")) return am_false;
    for (const char* k : {"processes", "driver_options", "port_count", "awaiting_load", "awaiting_unload"})
        if (item == atom(k)) return atom("linked_in_driver");
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
