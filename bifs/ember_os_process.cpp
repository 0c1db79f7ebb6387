// The natives of the OS-process registry (lib/ember/src/ember_os_process.erl, docs/os_process.md).
//
// The registry is one guest process; every request reaches it through request/1, a native gated by
// os_process that runs with the CALLER's capabilities. The native keeps the request and the caller's
// pid here and sends the registry only {'$ember_os_process', Ref}; the registry takes them back with
// take_request/1. A message any process could send (`!` is never denied, docs/capabilities.md) thus
// carries no request: a forged {'$ember_os_process', Ref} names nothing or a request already taken, and
// the sender pid comes from the VM, not from the message. So a process without os_process cannot make
// the registry act, whatever it sends.
//
// Invariants: g_registry is the live registry (or kNil); a pending request is taken at most once and
// only by the registry; the table is emptied when a new registry starts (the callers of the old one got
// its 'DOWN') and never holds more than kMaxPending requests.
#include <csignal>
#include <mutex>
#include <random>
#include <unordered_map>

#include "bifs/bif.hpp"
#include "scheduler/ports.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/binary.hpp"
#include "vm/capabilities.hpp"
#include "vm/messages.hpp"
#include "vm/owned_term.hpp"
#include "vm/runtime_support.hpp"

namespace ember::bifs {

using namespace ember::vm;
using scheduler::Scheduler;

namespace {

// Requests are taken as soon as the registry runs; this only bounds a registry that stopped taking.
constexpr std::size_t kMaxPending = 65536;

struct Pending {
    Term sender = kNil;
    OwnedTerm request;
    std::uint64_t secret = 0;
};

std::mutex g_mutex;
Term g_registry = kNil;
std::unordered_map<std::uint64_t, Pending> g_pending;
std::mt19937_64 g_secrets{std::random_device{}()};

// The live registry, started when there is none: ember_os_process:registry_init/0 in a process of its
// own with what the registry needs (ports and signals, timers, its name, handles), whatever the caller
// holds. Caller holds g_mutex.
Term registry_locked() {
    if (g_registry != kNil && Scheduler::global().is_alive(g_registry)) return g_registry;
    g_pending.clear();
    scheduler::SpawnOptions opts;
    opts.capabilities = kCapOsProcess | kCapProcess | kCapClock | kCapEntropy;
    static const Term module = atom("ember_os_process"), function = atom("registry_init");
    g_registry = Scheduler::global().spawn(nullptr, module, function, kNil, opts);
    return g_registry;
}

// ember_os_process:request(Request) -> {Ref, Registry, Secret}: hands Request to the registry on behalf
// of the caller, which hears {'$ember_os_process_reply', Ref, Secret, Reply}. The secret (random, known
// only to the caller and the registry) keeps a process that guesses Ref from forging the reply.
EMBER_BIF(bif_request_1) {
    OwnedTerm request = OwnedTerm::copy_of(args[0]);
    if (!request.is_value()) return badarg(p);
    std::uint64_t id = Scheduler::global().next_ref_id();
    Term registry;
    std::uint64_t secret;
    {
        std::lock_guard lock(g_mutex);
        if (g_pending.size() >= kMaxPending) return badarg(p);
        registry = registry_locked();
        secret = g_secrets() >> 8;  // 56 bits: a small integer
        g_pending[id] = Pending{p->pid, std::move(request), secret};
    }
    static const Term tag = atom("$ember_os_process");
    Term ref = make_ref(*p, id);
    Term secret_term = make_small(static_cast<std::int64_t>(secret));
    send_message(p, registry, make_tuple2(*p, tag, ref));
    return make_tuple3(*p, ref, registry, secret_term);
}

// ember_os_process:take_request(Ref) -> {Sender, Request, Secret} | false. The registry's own call only.
EMBER_BIF(bif_take_request_1) {
    if (!is_local_ref(args[0])) return badarg(p);
    Pending taken;
    {
        std::lock_guard lock(g_mutex);
        if (p->pid != g_registry) return badarg(p);
        auto it = g_pending.find(ref_id(args[0]));
        if (it == g_pending.end()) return am_false;
        taken = std::move(it->second);
        g_pending.erase(it);
    }
    Term request = taken.request.copy_into(*p);
    return make_tuple3(*p, taken.sender, request, make_small(static_cast<std::int64_t>(taken.secret)));
}

int signal_number(Term t) {
    static const std::pair<Term, int> names[] = {
        {atom("kill"), SIGKILL}, {atom("term"), SIGTERM}, {atom("int"), SIGINT}, {atom("hup"), SIGHUP},
        {atom("quit"), SIGQUIT}, {atom("usr1"), SIGUSR1}, {atom("usr2"), SIGUSR2}, {atom("stop"), SIGSTOP},
        {atom("cont"), SIGCONT}, {atom("alrm"), SIGALRM},
    };
    for (const auto& [name, number] : names)
        if (t == name) return number;
    if (is_small(t) && small_value(t) >= 1 && small_value(t) <= 64) return static_cast<int>(small_value(t));
    return 0;
}

// ember_os_process:signal(Port, Signal) -> boolean(): signals the process group of the child of a spawn
// port the caller owns (connected process). Signal: kill | term | int | hup | quit | usr1 | usr2 |
// stop | cont | alrm | 1..64. false when the child has already ended (or the port is gone).
EMBER_BIF(bif_signal_2) {
    int sig = signal_number(args[1]);
    if (!is_local_port(args[0]) || sig == 0) return badarg(p);
    scheduler::PortInfo info;
    if (!scheduler::port_info(args[0], info)) return am_false;
    if (info.connected != p->pid) return badarg(p);  // a port of another process: not this native's job
    return make_bool(scheduler::signal_port_child(args[0], sig));
}

// ember_os_process:port_output(Port) -> {Stdout, Stderr, Truncated, Finished, Exit} | false for an
// {ember_collect, Max} port the caller owns: the output kept so far (binaries), whether the port
// finished (both streams ended, the child reaped), Exit = running | {exit_code, N} | {signal, N}.
// The registry reads the truth here; port messages are only hints to look (any process can send a
// {Port, eof} tuple).
EMBER_BIF(bif_port_output_1) {
    if (!is_local_port(args[0])) return badarg(p);
    scheduler::PortInfo info;
    if (!scheduler::port_info(args[0], info)) return am_false;
    if (info.connected != p->pid) return badarg(p);
    scheduler::CollectedOutput c;
    if (!scheduler::collected_output(args[0], c)) return am_false;
    static const Term running = atom("running"), exit_code = atom("exit_code"), signal = atom("signal");
    Term exit = running;
    if (c.reaped)
        exit = c.term_signal ? make_tuple2(*p, signal, make_small(c.term_signal))
                             : make_tuple2(*p, exit_code, make_small(c.exit_code));
    Term out = make_binary(*p, reinterpret_cast<const std::uint8_t*>(c.out.data()), c.out.size());
    Term err = make_binary(*p, reinterpret_cast<const std::uint8_t*>(c.err.data()), c.err.size());
    return make_tuple5(*p, out, err, make_bool(c.truncated), make_bool(c.finished), exit);
}

const BifSpec kBifs[] = {
    {"ember_os_process", "request", 1, bif_request_1, kCapOsProcess},
    {"ember_os_process", "take_request", 1, bif_take_request_1, kCapOsProcess},
    {"ember_os_process", "signal", 2, bif_signal_2, kCapOsProcess},
    {"ember_os_process", "port_output", 1, bif_port_output_1, kCapOsProcess},
};

}  // namespace

std::span<const BifSpec> ember_os_process_bifs() { return kBifs; }

}  // namespace ember::bifs
