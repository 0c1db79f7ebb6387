// Port BIFs (OTP erl_bif_port.c; erlang module docs for open_port/2 and the port_* functions). OTP 25's
// erlang.erl wraps erts_internal:open_port/2, port_command/3, port_close/1, port_connect/2,
// port_control/3, port_call/3 and port_info/1,2: these return the result, or an atom the wrapper turns
// into the error (badarg, badopt, notsup, or a POSIX error from open_port), as erl's do.
#include <cstdio>

#include "bifs/bif.hpp"
#include "scheduler/erl_drv_port.hpp"
#include "scheduler/ports.hpp"
#include "scheduler/scheduler.hpp"
#include "scheduler/tty.hpp"
#include "vm/messages.hpp"
#include "vm/copy.hpp"
#include "vm/bignum.hpp"
#include "vm/capabilities.hpp"
#include "vm/owned_term.hpp"
#include "vm/etf.hpp"
#include "vm/binary.hpp"

namespace ember::bifs {

using namespace ember::vm;
using namespace ember::scheduler;

namespace {

struct PortAtoms {
    Term spawn_executable = atom("spawn_executable"), spawn_driver = atom("spawn_driver"), fd = atom("fd");
    Term packet = atom("packet"), cd = atom("cd"), env = atom("env"), args = atom("args"), arg0 = atom("arg0");
    Term exit_status = atom("exit_status"), use_stdio = atom("use_stdio"), nouse_stdio = atom("nouse_stdio");
    Term stderr_to_stdout = atom("stderr_to_stdout"), in = atom("in"), out = atom("out"), stream = atom("stream");
    Term eof = atom("eof"), hide = atom("hide"), overlapped_io = atom("overlapped_io"), parallelism = atom("parallelism");
    Term busy_limits_port = atom("busy_limits_port"), busy_limits_msgq = atom("busy_limits_msgq");
    Term badopt = atom("badopt"), notsup = atom("notsup"), force = atom("force"), nosuspend = atom("nosuspend");
    Term id = atom("id"), connected = atom("connected"), input = atom("input"), output = atom("output");
    Term os_pid = atom("os_pid"), queue_size = atom("queue_size"), locking = atom("locking");
    Term port_level = atom("port_level");
    Term ember_stderr = atom("ember_stderr"), ember_stdin = atom("ember_stdin"), ember_collect = atom("ember_collect");
};
const PortAtoms& A() {
    static const PortAtoms a;
    return a;
}

// A file name or command: a flat list of characters (UTF-8 encoded), a binary or an atom.
bool name_string(Term t, std::string& out) {
    if (is_atom(t)) {
        out = AtomTable::global().name(t);
        return true;
    }
    if (is_bitstring(t)) return iolist_bytes(t, out);
    return t == kNil || (is_list(t) && unicode_list_to_utf8(t, out));
}

bool env_list(Term t, PortSpec& spec) {
    for (; is_list(t); t = cdr(t)) {
        Term e = car(t);
        if (!is_tuple(e) || tuple_arity(e) != 2) return false;
        std::string name, value;
        Term v = tuple_element(e, 1);
        if (is_atom(tuple_element(e, 0)) || !name_string(tuple_element(e, 0), name) || name.empty() ||
            name.find('=') != std::string::npos)
            return false;
        if (v == am_false) {
            spec.env.emplace_back(name, std::nullopt);
        } else {
            if (is_atom(v) || !name_string(v, value)) return false;
            spec.env.emplace_back(name, value);
        }
    }
    return t == kNil;
}

enum class Parse { Ok, Badarg, Badopt };

// open_port/2's settings (erl: a known option with a bad value is badarg, an unknown one badopt).
Parse parse_settings(Term t, PortSpec& spec) {
    const PortAtoms& a = A();
    bool saw_in = false, saw_out = false;
    for (; is_list(t); t = cdr(t)) {
        Term o = car(t);
        if (is_atom(o)) {
            if (o == a.exit_status) spec.exit_status = true;
            else if (o == a.use_stdio) spec.use_stdio = true;
            else if (o == a.nouse_stdio) spec.use_stdio = false;
            else if (o == a.stderr_to_stdout) spec.stderr_to_stdout = true;
            else if (o == a.in) saw_in = true;
            else if (o == a.out) saw_out = true;
            else if (o == am_binary) spec.binary = true;
            else if (o == a.stream) spec.framing = PortFraming::Stream;
            else if (o == a.eof) spec.eof = true;
            else if (o == a.hide || o == a.overlapped_io) {}
            else if (o == a.ember_stderr) spec.separate_stderr = true;
            else return Parse::Badopt;
            continue;
        }
        if (!is_tuple(o) || tuple_arity(o) != 2) return Parse::Badopt;
        Term key = tuple_element(o, 0), v = tuple_element(o, 1);
        if (key == a.packet) {
            if (!is_small(v) || (small_value(v) != 1 && small_value(v) != 2 && small_value(v) != 4)) return Parse::Badarg;
            spec.framing = PortFraming::Packet;
            spec.packet_bytes = static_cast<unsigned>(small_value(v));
        } else if (key == am_line) {
            if (!is_small(v) || small_value(v) <= 0 || small_value(v) > 0x7FFFFFFF) return Parse::Badarg;
            spec.framing = PortFraming::Line;
            spec.line_length = static_cast<unsigned>(small_value(v));
        } else if (key == a.cd) {
            std::string dir;
            if (!name_string(v, dir)) return Parse::Badarg;
            spec.cd = dir;
        } else if (key == a.env) {
            if (!env_list(v, spec)) return Parse::Badarg;
        } else if (key == a.args) {
            if (spec.kind != PortKind::SpawnExecutable) return Parse::Badarg;
            Term l = v;
            for (; is_list(l); l = cdr(l)) {
                std::string arg;
                if (!name_string(car(l), arg)) return Parse::Badarg;
                spec.args.push_back(arg);
            }
            if (l != kNil) return Parse::Badarg;
        } else if (key == a.arg0) {
            std::string arg;
            if (spec.kind != PortKind::SpawnExecutable || !name_string(v, arg)) return Parse::Badarg;
            spec.arg0 = arg;
        } else if (key == a.parallelism) {
            if (v != am_true && v != am_false) return Parse::Badarg;
            spec.parallelism = v == am_true;
        } else if (key == a.busy_limits_port || key == a.busy_limits_msgq) {
            // Accepted; Ember's ports are never busy (docs/ports.md).
        } else if (key == a.ember_stdin) {
            std::string data;
            if (!is_list(v) && v != kNil && !is_bitstring(v)) return Parse::Badarg;
            if (!iolist_bytes(v, data)) return Parse::Badarg;
            spec.stdin_data = std::move(data);
        } else if (key == a.ember_collect) {
            if (!is_small(v) || small_value(v) <= 0 || small_value(v) > (std::int64_t{1} << 30)) return Parse::Badarg;
            spec.collect_limit = static_cast<std::size_t>(small_value(v));
            spec.separate_stderr = true;
        } else {
            return Parse::Badopt;
        }
    }
    if (t != kNil) return Parse::Badarg;
    if (saw_in != saw_out) {
        spec.in = saw_in;
        spec.out = saw_out;
    }
    // The Ember-only options (docs/ports.md): spawn ports that read the child; ember_stdin makes the
    // port input-only (the data is the child's whole stdin), so `out` with it is badarg.
    bool spawned = spec.kind == PortKind::Spawn || spec.kind == PortKind::SpawnExecutable;
    if ((spec.separate_stderr || spec.stdin_data) && (!spawned || !spec.in || !spec.use_stdio)) return Parse::Badarg;
    if (spec.separate_stderr && spec.stderr_to_stdout) return Parse::Badarg;
    if (spec.stdin_data) {
        if (saw_out) return Parse::Badarg;
        spec.out = false;
    }
    return Parse::Ok;
}

Term errno_name(int e) {
    switch (e) {
    case ENOENT: return atom("enoent");
    case EACCES: return atom("eacces");
    case EINVAL: return atom("einval");
    case EBADF: return atom("ebadf");
    case EMFILE: return atom("emfile");
    case ENFILE: return atom("enfile");
    case ENOMEM: return atom("enomem");
    case ENOEXEC: return atom("enoexec");
    case ENOTDIR: return atom("enotdir");
    case E2BIG: return atom("e2big");
    case EAGAIN: return atom("eagain");
    default: return atom("einval");
    }
}

// Capabilities (docs/capabilities.md). Opening a port needs the capability of its kind: os_process
// for {spawn, _} and {spawn_executable, _}, io for {fd, In, Out}, network for the inet drivers. A port
// is a resource of its connected process: the owner needs nothing more to use it; any other process
// needs `process` to look at it (port_info) and also its kind's capability (network for an inet
// driver, os_process for the others) to act on it.
enum class PortUse : std::uint8_t { Look, Act };
bool may_use_port(Process* p, Term port, PortUse use, const char* module, const char* function, unsigned arity) {
    constexpr CapabilitySet kAny = kCapProcess | kCapNetwork | kCapOsProcess;
    if ((p->capabilities & kAny) == kAny) [[likely]] return true;
    PortInfo info;
    if (!is_local_port(port) || !port_info(port, info) || info.connected == p->pid) return true;
    CapabilitySet need = kCapProcess;
    if (use == PortUse::Act) need |= port_has_driver(port) ? kCapNetwork : kCapOsProcess;
    return require_capabilities(p, need, p->capabilities, module, function, arity);
}

std::string first_word(const std::string& command) { return command.substr(0, command.find(' ')); }

// A port of a loaded driver (scheduler/erl_drv_port.cpp): running a library's native code needs the
// native_code capability; Ember's linked-in ram_file_drv needs none (`need`). The driver's start sees
// the whole command.
Term open_loaded_driver(Process* p, const scheduler::LoadedDriverPtr& d, const std::string& command,
                        const PortSpec& spec, CapabilitySet need = kCapNativeCode) {
    if (!require_capabilities(p, need, p->capabilities, "erlang", "open_port", 2)) return kNonValue;
    OpenResult r = scheduler::open_dynamic_driver_port(p->pid, d, command, spec.binary);
    if (r.error == -1) return am_badarg;  // ERL_DRV_ERROR_BADARG: raised by erlang:open_port/2, as erl
    if (r.error) return errno_name(r.error);
    p->rel().links.insert(r.port);
    return r.port;
}

// The linked-in ram_file_drv (scheduler/ram_file_driver.cpp, kernel's ram_file): a file in memory,
// so opening it needs no capability.
Term open_ram_file_port(Process* p, const std::string& command, Term settings) {
    PortSpec spec;
    switch (parse_settings(settings, spec)) {
    case Parse::Ok: break;
    case Parse::Badarg: return badarg(p);
    case Parse::Badopt: return A().badopt;
    }
    if (spec.separate_stderr || spec.stdin_data) return badarg(p);  // spawn ports only
    scheduler::register_linked_in_drivers();
    scheduler::LoadedDriverPtr d = scheduler::find_loaded_driver("ram_file_drv");
    if (!d) return badarg(p);
    return open_loaded_driver(p, d, command, spec, kCapPure);
}

// erts_internal:open_port(Name, Settings): the port, badopt, or a POSIX error atom; badarg raised.
EMBER_BIF(bif_ei_open_port_2) {
    const PortAtoms& a = A();
    Term name = args[0];
    PortSpec spec;
    if (!is_tuple(name) || tuple_arity(name) < 2) return badarg(p);
    Term kind = tuple_element(name, 0);
    if (tuple_arity(name) == 2 && (kind == am_spawn || kind == a.spawn_driver)) {
        std::string command;
        if (name_string(tuple_element(name, 1), command) && first_word(command) == "ram_file_drv")
            return open_ram_file_port(p, command, args[1]);
    }
    if (tuple_arity(name) == 2 && (kind == am_spawn || kind == a.spawn_executable)) {
        spec.kind = kind == am_spawn ? PortKind::Spawn : PortKind::SpawnExecutable;
        if (!require_capabilities(p, kCapOsProcess, p->capabilities, "erts_internal", "open_port", 2)) return kNonValue;
        if (!name_string(tuple_element(name, 1), spec.command) || spec.command.empty()) return badarg(p);
        spec.name = spec.command;
    } else if (tuple_arity(name) == 3 && kind == a.fd) {
        Term in = tuple_element(name, 1), out = tuple_element(name, 2);
        if (!is_small(in) || !is_small(out)) return badarg(p);
        if (!require_capabilities(p, kCapIo, p->capabilities, "erts_internal", "open_port", 2)) return kNonValue;
        if (small_value(in) < 0 || small_value(out) < 0 || small_value(in) > 0x7FFFFFFF || small_value(out) > 0x7FFFFFFF)
            return atom("einval");
        spec.kind = PortKind::Fd;
        spec.fd_in = static_cast<int>(small_value(in));
        spec.fd_out = static_cast<int>(small_value(out));
        spec.name = std::to_string(spec.fd_in) + "/" + std::to_string(spec.fd_out);
    } else if (tuple_arity(name) == 2 && kind == a.spawn_driver) {
        std::string driver;
        if (!name_string(tuple_element(name, 1), driver)) return badarg(p);
        if (!require_capabilities(p, kCapNetwork, p->capabilities, "erts_internal", "open_port", 2)) return kNonValue;
        switch (parse_settings(args[1], spec)) {
        case Parse::Ok: break;
        case Parse::Badarg: return badarg(p);
        case Parse::Badopt: return a.badopt;
        }
        if (spec.separate_stderr || spec.stdin_data) return badarg(p);  // spawn ports only
        if (scheduler::LoadedDriverPtr d = scheduler::find_loaded_driver(first_word(driver)))
            return open_loaded_driver(p, d, driver, spec);
        std::optional<OpenResult> r = scheduler::open_tty_port(p->pid, driver, spec.binary);
        if (r && r->error) return errno_name(r->error);
        if (!r) r = scheduler::open_named_driver(p->pid, driver);
        if (!r) return badarg(p);  // the drivers Ember has: tcp_inet, udp_inet (docs/sockets.md)
        p->rel().links.insert(r->port);
        return r->port;
    } else {
        return badarg(p);  // vanilla (atom) ports: none
    }
    switch (parse_settings(args[1], spec)) {
    case Parse::Ok: break;
    case Parse::Badarg: return badarg(p);
    case Parse::Badopt: return a.badopt;
    }
    // {spawn, "Name Args"} opens a loaded driver called Name rather than a program (io.c).
    if (spec.kind == PortKind::Spawn)
        if (scheduler::LoadedDriverPtr d = scheduler::find_loaded_driver(first_word(spec.command)))
            return open_loaded_driver(p, d, spec.command, spec);
    // ... and so does the linked-in tty_sl driver (user_drv's terminal, scheduler/tty_driver.cpp).
    if (spec.kind == PortKind::Spawn)
        if (std::optional<OpenResult> t = scheduler::open_tty_port(p->pid, spec.command, spec.binary)) {
            if (t->error) return errno_name(t->error);
            p->rel().links.insert(t->port);
            return t->port;
        }
    OpenResult r = scheduler::open_port(p->pid, spec);
    if (r.error) return errno_name(r.error);
    p->rel().links.insert(r.port);
    return r.port;
}

// The port a BIF argument names (a port or a registered name), or kNil.
Term port_arg(Term t) { return resolve_port(t); }
bool port_shaped(Term t) { return is_local_port(t) || is_atom(t); }

EMBER_BIF(bif_ei_port_command_3) {
    const PortAtoms& a = A();
    if (!port_shaped(args[0])) return badarg(p);
    bool force = false;
    Term o = args[2];
    for (; is_list(o); o = cdr(o)) {
        if (car(o) == a.force) force = true;
        else if (car(o) != a.nosuspend) return a.badopt;
    }
    if (o != kNil) return a.badopt;
    Term port = port_arg(args[0]);
    if (port == kNil) return am_badarg;
    if (!may_use_port(p, port, PortUse::Act, "erts_internal", "port_command", 3)) return kNonValue;
    std::string data;
    if (!iolist_bytes(args[1], data)) {
        PortInfo info;
        if (port_info(port, info)) std::fprintf(stderr, "=ERROR REPORT====\nBad value on output port '%s'\n\n", info.name.c_str());
        return am_badarg;
    }
    // The spawn driver cannot take output while busy, so erl refuses `force` with notsup (the inet
    // drivers accept it). Ember's ports are never busy: `nosuspend` always succeeds.
    if (force && !port_has_driver(port)) return a.notsup;
    return scheduler::port_command(port, std::move(data), p->pid) == PortOp::Ok ? am_true : am_badarg;
}

EMBER_BIF(bif_ei_port_close_1) {
    if (!port_shaped(args[0])) return badarg(p);
    Term port = port_arg(args[0]);
    if (port == kNil) return am_badarg;
    if (!may_use_port(p, port, PortUse::Act, "erts_internal", "port_close", 1)) return kNonValue;
    return scheduler::port_close(port) == PortOp::Ok ? am_true : am_badarg;
}

EMBER_BIF(bif_ei_port_connect_2) {
    if (!port_shaped(args[0]) || !is_local_pid(args[1])) return badarg(p);
    Term port = port_arg(args[0]);
    if (port == kNil) return am_badarg;
    if (!may_use_port(p, port, PortUse::Act, "erts_internal", "port_connect", 2)) return kNonValue;
    if (!Scheduler::global().is_alive(args[1])) return am_badarg;  // erl: the new owner must exist
    if (scheduler::port_connect(port, args[1]) != PortOp::Ok) return am_badarg;
    if (args[1] == p->pid) p->rel().links.insert(port);
    return am_true;
}

Term byte_list(Process* p, std::string_view bytes) {
    Term list = kNil;
    for (std::size_t i = bytes.size(); i-- > 0;) list = make_cons(*p, make_small(static_cast<unsigned char>(bytes[i])), list);
    return list;
}

// port_control/3's data as erl reads it (erts_port_control): a byte-aligned bitstring gives its whole
// bytes (trailing bits dropped); in an iolist a bitstring without a whole byte adds nothing and one
// with whole bytes and trailing bits is badarg.
bool control_data(Term t, std::string& out) {
    if (is_bitstring(t) && binary_ref(t).byte_aligned()) {
        BinaryRef r = binary_ref(t);
        out.assign(reinterpret_cast<const char*>(r.data), r.byte_size());
        return true;
    }
    bool whole = true;
    bool ok = walk_iolist(
        t, IolistKind::Bitstrings, [&](std::uint8_t b) { out.push_back(static_cast<char>(b)); },
        [&](const BinaryRef& r) {
            if (r.byte_size() == 0) return;
            if (!r.is_binary()) whole = false;
            std::size_t at = out.size();
            out.resize(at + r.byte_size());
            copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(out.data() + at), 0, r.byte_size() * 8);
        });
    return ok && whole;
}

// port_control/3: the driver's answer as a list of bytes. The spawn and fd drivers have no control
// callback: erl answers badarg, as for an operation that is not an unsigned 32-bit integer.
EMBER_BIF(bif_ei_port_control_3) {
    if (!port_shaped(args[0])) return badarg(p);
    std::uint64_t op;
    std::string data;
    if (!is_integer(args[1]) || !integer_to_uint64(args[1], &op) || op > 0xFFFFFFFFu || !control_data(args[2], data))
        return am_badarg;
    Term port = port_arg(args[0]);
    if (port == kNil) return am_badarg;
    if (!may_use_port(p, port, PortUse::Act, "erts_internal", "port_control", 3)) return kNonValue;
    bool binary = false;
    std::optional<std::string> reply =
        scheduler::port_control(port, p->pid, static_cast<std::uint32_t>(op), data, &binary);
    if (!reply) return am_badarg;
    if (binary) return make_binary(*p, *reply);
    return byte_list(p, *reply);
}

// port_call/3: Data goes to the driver's call callback in the external format and its answer is
// decoded the same way ({ok, Term}); the spawn/fd/inet drivers have no call callback (badarg).
EMBER_BIF(bif_ei_port_call_3) {
    if (!port_shaped(args[0])) return badarg(p);
    std::uint64_t op;
    if (!is_integer(args[1]) || !integer_to_uint64(args[1], &op) || op > 0xFFFFFFFFu) return am_badarg;
    Term port = port_arg(args[0]);
    if (port == kNil) return am_badarg;
    std::vector<std::uint8_t> etf;
    if (!etf_encode(args[2], etf)) return am_badarg;
    std::optional<std::string> reply = scheduler::port_call(
        port, p->pid, static_cast<std::uint32_t>(op), std::string_view(reinterpret_cast<const char*>(etf.data()), etf.size()));
    if (!reply) return am_badarg;
    EtfScan scan = etf_scan(reinterpret_cast<const std::uint8_t*>(reply->data()), reply->size());
    if (!scan.ok) return am_badarg;
    Term t = etf_decode(*p, reinterpret_cast<const std::uint8_t*>(reply->data()), reply->size());
    if (t == kNonValue) return am_badarg;
    return make_tuple2(*p, am_ok, t);
}

Term pid_list(Process* p, std::vector<Term> pids) {
    return make_list_of(*p, pids.data(), pids.size());
}

// One {Key, Value} of port_info/2, or kNonValue for an unknown key.
Term info_item(Process* p, const PortInfo& info, Term key) {
    const PortAtoms& a = A();
    Term v;
    if (key == a.id) v = make_small(static_cast<SWord>(info.id));
    else if (key == am_name) v = make_charlist(*p, info.name);
    else if (key == a.connected) v = info.connected;
    else if (key == am_links) v = pid_list(p, info.links);
    else if (key == a.input) v = make_small(static_cast<SWord>(info.input));
    else if (key == a.output) v = make_small(static_cast<SWord>(info.output));
    else if (key == a.os_pid) v = info.os_pid < 0 ? am_undefined : make_small(info.os_pid);
    else if (key == am_monitors) v = kNil;
    else if (key == am_monitored_by) {
        std::vector<Term> pids;
        for (const auto& m : info.monitored_by) pids.push_back(m.second);
        v = pid_list(p, pids);
    } else if (key == am_memory) v = make_small(static_cast<SWord>(40 + info.queue_size));
    else if (key == a.queue_size) v = make_small(static_cast<SWord>(info.queue_size));
    else if (key == a.parallelism) v = make_bool(info.parallelism);
    else if (key == a.locking) v = a.port_level;
    else if (key == am_registered_name) {
        if (info.registered_name == kNil) return kNil;  // [] rather than a tuple, as erl
        v = info.registered_name;
    } else return kNonValue;
    return make_tuple2(*p, key, v);
}

EMBER_BIF(bif_ei_port_info_1) {
    if (!port_shaped(args[0])) return badarg(p);
    Term port = is_atom(args[0]) ? Scheduler::global().whereis(args[0]) : args[0];
    if (!is_local_port(port)) return is_atom(args[0]) ? am_undefined : am_badarg;
    if (!may_use_port(p, port, PortUse::Look, "erts_internal", "port_info", 1)) return kNonValue;
    PortInfo info;
    if (!port_info(port, info)) return am_undefined;
    const PortAtoms& a = A();
    std::vector<Term> keys;
    if (info.registered_name != kNil) keys.push_back(am_registered_name);
    for (Term k : {am_name, am_links, a.id, a.connected, a.input, a.output, a.os_pid}) keys.push_back(k);
    std::vector<Term> items;
    for (Term k : keys) items.push_back(info_item(p, info, k));
    return make_list_of(*p, items.data(), items.size());
}

EMBER_BIF(bif_ei_port_info_2) {
    if (!port_shaped(args[0])) return badarg(p);
    Term port = is_atom(args[0]) ? Scheduler::global().whereis(args[0]) : args[0];
    if (!may_use_port(p, port, PortUse::Look, "erts_internal", "port_info", 2)) return kNonValue;
    PortInfo info;
    if (!is_local_port(port) || !port_info(port, info)) {
        // Unknown keys are badarg even for a closed port.
        PortInfo probe;
        return info_item(p, probe, args[1]) == kNonValue ? am_badarg : am_undefined;
    }
    Term item = info_item(p, info, args[1]);
    return item == kNonValue ? am_badarg : item;
}

EMBER_BIF(bif_ports_0) {
    std::vector<Term> ports = all_ports();
    return make_list_of(*p, ports.data(), ports.size());
}

EMBER_BIF(bif_port_set_data_2) {
    Term port = port_arg(args[0]);
    if (port != kNil && !may_use_port(p, port, PortUse::Act, "erlang", "port_set_data", 2)) return kNonValue;
    if (port == kNil || !port_set_data(port, OwnedTerm::copy_of(args[1]))) return badarg(p);
    return am_true;
}

EMBER_BIF(bif_port_get_data_1) {
    Term port = port_arg(args[0]);
    if (port == kNil) return badarg(p);
    if (!may_use_port(p, port, PortUse::Look, "erlang", "port_get_data", 1)) return kNonValue;
    std::optional<OwnedTerm> data = port_get_data(port);
    if (!data) return badarg(p);
    return copy_term(data->get(), *p);
}

constexpr vm::BifSpec kBifs[] = {
    {"erts_internal", "open_port", 2, bif_ei_open_port_2, kCapPure},
    {"erts_internal", "port_command", 3, bif_ei_port_command_3, kCapPure},
    {"erts_internal", "port_close", 1, bif_ei_port_close_1, kCapPure},
    {"erts_internal", "port_connect", 2, bif_ei_port_connect_2, kCapPure},
    {"erts_internal", "port_control", 3, bif_ei_port_control_3, kCapPure},
    {"erts_internal", "port_call", 3, bif_ei_port_call_3, kCapPure},
    {"erts_internal", "port_info", 1, bif_ei_port_info_1, kCapPure},
    {"erts_internal", "port_info", 2, bif_ei_port_info_2, kCapPure},
    {"erlang", "ports", 0, bif_ports_0, kCapProcess},
    {"erlang", "port_set_data", 2, bif_port_set_data_2, kCapPure},
    {"erlang", "port_get_data", 1, bif_port_get_data_1, kCapPure},
};

}  // namespace

std::span<const vm::BifSpec> erlang_ports_bifs() { return kBifs; }

}  // namespace ember::bifs
