// An example host program embedding Ember through libember (docs/host_api.md):
//
//   host_example [FILE.beam MODULE]
//
// Loads a guest module from bytes (by default host_greeter, compiled from tools/host_example/
// host_greeter.erl at build time), spawns processes, sends them messages, waits for their outcomes
// and prints them; installs a host native, answers a guest's request through a host mailbox and runs a
// sandboxed process. Exit status 0 when every step gave what it should.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <ember/runtime.hpp>

#ifndef HOST_EXAMPLE_BEAM
#define HOST_EXAMPLE_BEAM "host_greeter.beam"
#endif

namespace t = ember::term;

namespace {

std::vector<std::uint8_t> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<std::uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void print_outcome(const char* what, ember::Pid pid, const ember::Result<ember::Outcome>& r) {
    if (!r.ok()) {
        std::printf("%s %s: error %s %s\n", what, pid.to_string().c_str(), ember::errc_name(r.code()),
                    r.error().message.c_str());
        return;
    }
    std::printf("%s %s: reason=%s result=%s\n", what, pid.to_string().c_str(), r->reason.to_string().c_str(),
                r->result ? r->result->to_string().c_str() : "(none)");
}

}  // namespace

int main(int argc, char** argv) {
    std::string path = argc > 2 ? argv[1] : HOST_EXAMPLE_BEAM;
    std::string module = argc > 2 ? argv[2] : "host_greeter";

    // One Runtime per OS process; 2 scheduler threads. Ember's guest modules are found next to the
    // executable (../lib/ember/ebin) and OTP's stdlib from the OTP Ember was built against.
    ember::RuntimeConfig config;
    config.schedulers = 2;
    auto created = ember::Runtime::create(config);
    if (!created.ok()) {
        std::fprintf(stderr, "cannot start Ember: %s\n", created.error().message.c_str());
        return 1;
    }
    ember::Runtime& rt = **created;

    std::vector<std::uint8_t> beam = read_file(path);
    if (auto loaded = rt.load_module(module, beam); !loaded.ok()) {
        std::fprintf(stderr, "cannot load %s: %s\n", path.c_str(), loaded.error().message.c_str());
        return 1;
    }
    std::printf("loaded %s (%zu bytes)\n", module.c_str(), beam.size());
    if (module != "host_greeter") return 0;  // another module: loading it was the demo

    // 1. A process that adds up what the host sends it.
    ember::Pid acc = rt.spawn(module, "accumulate", {t::integer(0)}).value();
    for (int i = 1; i <= 10; ++i) (void)rt.send(acc, t::tuple({t::atom("add"), t::integer(i)}));
    (void)rt.send(acc, t::atom("done"));
    auto total = rt.run_until_exit(acc);
    print_outcome("accumulator", acc, total);

    // 2. A trapping supervisor and a linked child that crashes: the supervisor reports the exit signal.
    ember::Pid sup = rt.spawn_trapping(module, "supervise").value();
    ember::Pid child = rt.spawn_link(sup, module, "divide", {t::integer(1), t::integer(0)}).value();
    auto crashed = rt.run_until_exit(child);
    print_outcome("child", child, crashed);
    auto reported = rt.run_until_exit(sup);
    print_outcome("supervisor", sup, reported);

    // 3. The outcome stays readable after the process is gone; a pid never handed out is told apart.
    auto again = rt.run_until_exit(acc);
    print_outcome("accumulator again", acc, again);
    auto never = rt.run_until_exit(ember::Pid{1'000'000'000});
    std::printf("pid never spawned: %s\n", never.ok() ? "?" : ember::errc_name(never.code()));

    // 4. A term in the external term format, e.g. from a file or a socket.
    std::vector<std::uint8_t> etf = t::to_etf(t::tuple({t::atom("ok"), t::binary(std::string_view("bytes"))})).value();
    std::printf("term_to_binary: %zu bytes, back: %s\n", etf.size(), t::from_etf(etf).to_string().c_str());

    // 5. A host native: host_crypto:checksum/1, callable by any guest as a BIF would be.
    std::vector<ember::NativeSpec> natives;
    natives.push_back({"checksum", 1, [](ember::NifContext& ctx, std::span<const ember::OwnedTerm> args) {
                           auto bytes = t::binary_bytes(args[0]);
                           if (!bytes) return ctx.raise_badarg();
                           std::uint32_t sum = 0;
                           for (unsigned char c : *bytes) sum = sum * 31 + c;
                           return t::unsigned_integer(sum);
                       }});
    auto installed = rt.install_nifs("host_crypto", natives);
    ember::Pid user = rt.spawn(module, "use_native", {t::binary(std::string_view("abc"))}).value();
    auto checksum = rt.run_until_exit(user);
    print_outcome("native checksum", user, checksum);

    // 6. Request/reply between a guest and the host through a host mailbox.
    auto mailbox = rt.open_mailbox();
    bool replied = false;
    ember::Result<ember::Outcome> asked = ember::Error{ember::Errc::BadArg, "no mailbox"};
    if (mailbox.ok()) {
        ember::Pid asker = rt.spawn(module, "ask_host", {t::pid((*mailbox)->pid()), t::atom("time")}).value();
        if (auto request = (*mailbox)->receive(std::chrono::seconds(5)); request.ok()) {
            auto parts = t::tuple_elements(*request);  // {From, Question}
            if (parts && parts->size() == 2 && t::to_pid((*parts)[0])) {
                std::printf("host got %s\n", request->to_string().c_str());
                replied = rt.send(*t::to_pid((*parts)[0]), t::tuple({t::atom("answer"), t::atom("tea_time")})).ok();
            }
        }
        asked = rt.run_until_exit(asker);
        print_outcome("asker", asker, asked);
    }

    // 7. A sandboxed process: no capabilities, so spawning is refused.
    ember::SpawnOptions sandbox;
    sandbox.capabilities = ember::kNoCapabilities;
    ember::Pid jailed = rt.spawn(module, "try_spawn", {}, sandbox).value();
    auto refused = rt.run_until_exit(jailed);
    print_outcome("sandboxed", jailed, refused);

    rt.shutdown();
    bool good = total.ok() && total->result && total->result->to_string() == "{total,55}" && crashed.ok() &&
                !crashed->normal() && reported.ok() && reported->result &&
                reported->result->to_string().rfind("{child_exited," + child.to_string() + ",{badarith,", 0) == 0 &&
                again.ok() && never.code() == ember::Errc::NeverSpawned && installed.ok() && checksum.ok() &&
                checksum->result && checksum->result->to_string() == "96354" && replied && asked.ok() &&
                asked->result && asked->result->to_string() == "tea_time" && refused.ok() && refused->result &&
                refused->result->to_string().rfind("{refused,{capability_denied,", 0) == 0;
    std::printf("%s\n", good ? "all good" : "UNEXPECTED");
    return good ? 0 : 1;
}
