// The host API, part 2 (include/ember/runtime.hpp, include/ember/json.hpp): host natives, capability
// sandboxes, names and groups, timers, process inspection and labels, counters, exit signals, host
// mailboxes, JSON and the event log; each also from several host threads at once.
//
// As runtime_test.cpp: one Runtime per OS process, shared by every test of this binary (made on first
// use; gtest_discover_tests runs each test in its own process). Test names contain "Runtime" so
// tools/setup.sh tsan runs them under ThreadSanitizer.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "ember/json.hpp"
#include "ember/runtime.hpp"

#ifndef EMBER_HOST_FIXTURES
#error "EMBER_HOST_FIXTURES (the compiled host fixtures directory) must be defined by CMake"
#endif
#ifndef EMBER_TEST_GUEST_EBIN
#define EMBER_TEST_GUEST_EBIN ""
#endif

namespace ember {
namespace {

using namespace std::chrono_literals;
namespace t = ember::term;

std::vector<std::uint8_t> fixture_beam(const std::string& module) {
    std::ifstream in(std::string(EMBER_HOST_FIXTURES) + "/" + module + ".beam", std::ios::binary);
    return std::vector<std::uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

Runtime& rt() {
    static std::unique_ptr<Runtime> runtime = [] {
        RuntimeConfig config;
        config.schedulers = 2;
        config.dirty_cpu = 1;
        config.dirty_io = 1;
        config.guest_ebin = EMBER_TEST_GUEST_EBIN;
        auto r = Runtime::create(config);
        if (!r.ok()) {
            ADD_FAILURE() << "Runtime::create: " << r.error().message;
            std::abort();
        }
        auto loaded = r.value()->load_module("host_services", fixture_beam("host_services"));
        if (!loaded.ok()) {
            ADD_FAILURE() << "load host_services: " << loaded.error().message;
            std::abort();
        }
        return std::move(r).value();
    }();
    return *runtime;
}

std::atomic<bool> g_made{false};
class Environment : public ::testing::Environment {
public:
    void TearDown() override {
        if (g_made) rt().shutdown();
    }
};
[[maybe_unused]] ::testing::Environment* const g_env = ::testing::AddGlobalTestEnvironment(new Environment);

Runtime& runtime() {
    Runtime& r = rt();
    g_made = true;
    return r;
}

Pid spawn_ok(std::string_view f, const std::vector<OwnedTerm>& args = {}, const SpawnOptions& options = {}) {
    auto r = runtime().spawn("host_services", f, args, options);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? *r : Pid{};
}

std::string result_of(Pid pid) {
    auto r = runtime().run_until_exit(pid, 30s);
    if (!r.ok()) return std::string("<wait failed: ") + errc_name(r.code()) + ">";
    return r->result ? r->result->to_string() : "<exit " + r->reason.to_string() + ">";
}

template <class F>
bool eventually(F cond) {
    auto until = std::chrono::steady_clock::now() + 10s;
    while (std::chrono::steady_clock::now() < until) {
        if (cond()) return true;
        std::this_thread::sleep_for(1ms);
    }
    return cond();
}

// host_services:call(M, F, Args) in a new process; its result as text.
std::string guest_call(std::string_view m, std::string_view f, std::vector<OwnedTerm> args,
                       const SpawnOptions& options = {}) {
    return result_of(spawn_ok("call", {t::atom(m), t::atom(f), t::list(args)}, options));
}

// ---- host natives ----------------------------------------------------------------------------------

std::vector<NativeSpec> math_natives() {
    std::vector<NativeSpec> table;
    table.push_back({"add", 2, [](NifContext& ctx, std::span<const OwnedTerm> args) {
                         auto a = t::to_int64(args[0]), b = t::to_int64(args[1]);
                         if (!a || !b) return ctx.raise_badarg();
                         return t::integer(*a + *b);
                     }});
    table.push_back({"fail", 1, [](NifContext& ctx, std::span<const OwnedTerm> args) {
                         return ctx.raise_error(t::tuple({t::atom("my_reason"), args[0]}));
                     }});
    table.push_back({"throws", 0, [](NifContext&, std::span<const OwnedTerm>) -> OwnedTerm {
                         throw std::runtime_error("boom");
                     }});
    table.push_back({"whoami", 0, [](NifContext& ctx, std::span<const OwnedTerm>) { return t::pid(ctx.self()); }});
    table.push_back({"sum_dirty", 1,
                     [](NifContext& ctx, std::span<const OwnedTerm> args) {
                         auto items = t::list_elements(args[0]);
                         if (!items) return ctx.raise_badarg();
                         std::int64_t sum = 0;
                         for (const OwnedTerm& i : *items) sum += t::to_int64(i).value_or(0);
                         return t::integer(sum);
                     },
                     kNoCapabilities, DirtyKind::Cpu});
    table.push_back({"secret", 0, [](NifContext&, std::span<const OwnedTerm>) { return t::atom("the_secret"); },
                     vm::kCapTime});
    return table;
}

void install_math_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        auto r = runtime().install_nifs("host_math", math_natives());
        ASSERT_TRUE(r.ok()) << r.error().message;
    });
}

TEST(HostRuntimeNatives, CallsReturnRaiseAndRunDirty) {
    install_math_once();
    EXPECT_EQ(guest_call("host_math", "add", {t::integer(40), t::integer(2)}), "42");
    EXPECT_EQ(guest_call("host_math", "add", {t::atom("x"), t::integer(2)}), "{caught,error,badarg}");
    EXPECT_EQ(guest_call("host_math", "fail", {t::integer(7)}), "{caught,error,{my_reason,7}}");
    EXPECT_EQ(guest_call("host_math", "throws", {}), "{caught,error,{host_native_exception,<<98,111,111,109>>}}");
    EXPECT_EQ(guest_call("host_math", "sum_dirty", {t::list({t::integer(1), t::integer(2), t::integer(3)})}), "6");
    Pid p = spawn_ok("call", {t::atom("host_math"), t::atom("whoami"), t::nil()});
    EXPECT_EQ(result_of(p), p.to_string());
    // A module with host natives only: other functions are undef, as for any module without code.
    EXPECT_EQ(guest_call("host_math", "nope", {}).rfind("{caught,error,undef}", 0), 0u);
    auto mods = runtime().registered_nif_modules();
    EXPECT_NE(std::find(mods.begin(), mods.end(), "host_math"), mods.end());
}

TEST(HostRuntimeNatives, DuplicatesAndBadRowsInstallNothing) {
    install_math_once();
    std::vector<NativeSpec> again;
    again.push_back({"fresh", 0, [](NifContext&, std::span<const OwnedTerm>) { return t::atom("fresh"); }});
    again.push_back({"add", 2, [](NifContext&, std::span<const OwnedTerm>) { return t::atom("dup"); }});
    auto r = runtime().install_nifs("host_math", again);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), Errc::Duplicate);
    EXPECT_NE(r.error().message.find("host_math:add/2"), std::string::npos) << r.error().message;
    // Nothing of the failed table was installed.
    EXPECT_EQ(guest_call("host_math", "fresh", {}).rfind("{caught,error,undef}", 0), 0u);

    std::vector<NativeSpec> twice;
    twice.push_back({"twin", 1, [](NifContext&, std::span<const OwnedTerm>) { return t::nil(); }});
    twice.push_back({"twin", 1, [](NifContext&, std::span<const OwnedTerm>) { return t::nil(); }});
    r = runtime().install_nifs("host_other", twice);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), Errc::Duplicate);
    EXPECT_NE(r.error().message.find("host_other:twin/1"), std::string::npos);

    std::vector<NativeSpec> bif;
    bif.push_back({"spawn", 1, [](NifContext&, std::span<const OwnedTerm>) { return t::nil(); }});
    r = runtime().install_nifs("erlang", bif);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("erlang:spawn/1"), std::string::npos);

    std::vector<NativeSpec> bad;
    bad.push_back({"empty", 0, NativeFn{}});
    EXPECT_EQ(runtime().install_nifs("host_other", bad).code(), Errc::BadArg);
    bad[0] = NativeSpec{"wide", 256, [](NifContext&, std::span<const OwnedTerm>) { return t::nil(); }};
    EXPECT_EQ(runtime().install_nifs("host_other", bad).code(), Errc::BadArg);
    EXPECT_EQ(runtime().install_nifs("", math_natives()).code(), Errc::BadArg);
}

TEST(HostRuntimeNatives, NativesTakePrecedenceOverTheBeamThroughTheExport) {
    // Loaded first, then the native replaces add/2 for remote calls; a reload keeps the native.
    ASSERT_TRUE(runtime().load_module("host_nif_mod", fixture_beam("host_nif_mod")).ok());
    EXPECT_EQ(guest_call("host_nif_mod", "remote_add", {t::integer(1), t::integer(2)}), "{caught,error,not_loaded}");
    std::vector<NativeSpec> table;
    table.push_back({"add", 2, [](NifContext&, std::span<const OwnedTerm> args) {
                         return t::integer(t::to_int64(args[0]).value_or(0) * 100 + t::to_int64(args[1]).value_or(0));
                     }});
    ASSERT_TRUE(runtime().install_nifs("host_nif_mod", table).ok());
    EXPECT_EQ(guest_call("host_nif_mod", "remote_add", {t::integer(1), t::integer(2)}), "102");
    EXPECT_EQ(guest_call("host_nif_mod", "add", {t::integer(3), t::integer(4)}), "304");
    EXPECT_EQ(guest_call("host_nif_mod", "plain", {}), "plain");
    // A local call runs the beam's own body (documented).
    EXPECT_EQ(result_of(spawn_ok("call_local_add", {t::integer(1), t::integer(2)})), "{caught,error,not_loaded}");
    ASSERT_TRUE(runtime().load_module("host_nif_mod", fixture_beam("host_nif_mod")).ok());
    EXPECT_EQ(guest_call("host_nif_mod", "remote_add", {t::integer(5), t::integer(6)}), "506");
}

TEST(HostRuntimeNatives, OnLoadLoadNifOfAHostNativeModuleSucceeds) {
    std::vector<NativeSpec> table;
    table.push_back({"mul", 2, [](NifContext&, std::span<const OwnedTerm> args) {
                         return t::integer(t::to_int64(args[0]).value_or(0) * t::to_int64(args[1]).value_or(0));
                     }});
    ASSERT_TRUE(runtime().install_nifs("host_nif_onload", table).ok());
    ASSERT_TRUE(runtime().load_module("host_nif_onload", fixture_beam("host_nif_onload")).ok());
    // square/1 runs the on_load function first (erlang:load_nif/2 answers ok), then calls the native.
    EXPECT_EQ(guest_call("host_nif_onload", "square", {t::integer(12)}), "144");
    EXPECT_EQ(guest_call("host_nif_onload", "mul", {t::integer(6), t::integer(7)}), "42");
}

TEST(HostRuntimeNatives, ManyThreadsCallAndInstall) {
    install_math_once();
    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([i, &good] {
            std::vector<NativeSpec> table;
            table.push_back({"id", 1, [](NifContext&, std::span<const OwnedTerm> args) { return args[0]; }});
            if (runtime().install_nifs("host_thread_" + std::to_string(i), table).ok()) ++good;
            for (int k = 0; k < 10; ++k)
                if (guest_call("host_math", "add", {t::integer(i), t::integer(k)}) == std::to_string(i + k)) ++good;
            if (guest_call("host_thread_" + std::to_string(i), "id", {t::integer(i)}) == std::to_string(i)) ++good;
        });
    for (auto& th : threads) th.join();
    EXPECT_EQ(good.load(), 4 * 12);
}

// ---- capabilities ----------------------------------------------------------------------------------

TEST(HostRuntimeCapabilities, SandboxedSpawnIsDenied) {
    install_math_once();
    SpawnOptions sandbox;
    sandbox.capabilities = kNoCapabilities;
    std::string denied = result_of(spawn_ok("try_spawn", {}, sandbox));
    EXPECT_EQ(denied.rfind("{denied,{capability_denied,", 0), 0u) << denied;
    EXPECT_EQ(result_of(spawn_ok("try_spawn")), "spawned");
    // A native needing the time capability.
    std::string secret = result_of(spawn_ok("try_native", {t::atom("host_math"), t::nil()}, sandbox));
    EXPECT_NE(secret.find("capability_denied"), std::string::npos) << secret;
    SpawnOptions timed;
    timed.capabilities = vm::kCapTime;
    EXPECT_EQ(result_of(spawn_ok("try_native", {t::atom("host_math"), t::nil()}, timed)), "the_secret");
    // info reports the set.
    Pid held = spawn_ok("hold", {}, timed);
    auto info = runtime().info(held);
    ASSERT_TRUE(info.ok()) << info.error().message;
    EXPECT_EQ(info->capabilities, vm::kCapTime);
    ASSERT_TRUE(runtime().terminate(held, t::atom("kill")).ok());
}

// ---- names and groups ------------------------------------------------------------------------------

// ember:wait_state/1 (bifs/ember_wait_state.cpp): blocked forever, blocked with a receive timeout, with a
// message timer aimed at it, suspended, gone, the caller itself, a busy process, a bad argument; and
// ember:group_members/1 (the processes whose group leader a pid is).
TEST(HostRuntimeIntrospection, WaitStateTellsHowAProcessIsBlocked) {
    EXPECT_EQ(result_of(spawn_ok("wait_states")),
              "{[{waiting,infinity,0},{waiting,timeout,0},{waiting,infinity,1},suspended,undefined,running],"
              "true,badarg,true,badarg}");
}

TEST(HostRuntimeNames, RegisterWhereisSendNamed) {
    Pid p = spawn_ok("wait_stop");
    ASSERT_TRUE(runtime().register_name("svc_a", p).ok());
    EXPECT_EQ(runtime().whereis("svc_a"), p);
    EXPECT_EQ(runtime().register_name("svc_a", spawn_ok("wait_stop")).code(), Errc::Duplicate);
    EXPECT_EQ(runtime().register_name("svc_b", p).code(), Errc::Duplicate);  // p has a name
    EXPECT_EQ(runtime().register_name("undefined", p).code(), Errc::BadArg);
    EXPECT_EQ(runtime().register_name("svc_c", Pid{999999999}).code(), Errc::NoProc);
    ASSERT_TRUE(runtime().send_named("svc_a", t::atom("stop")).ok());
    EXPECT_EQ(result_of(p), "stopped");
    EXPECT_FALSE(runtime().whereis("svc_a").has_value());  // freed at exit
    EXPECT_EQ(runtime().send_named("svc_a", t::atom("stop")).code(), Errc::BadArg);
    Pid q = spawn_ok("wait_stop");
    ASSERT_TRUE(runtime().register_name("svc_d", q).ok());
    ASSERT_TRUE(runtime().unregister_name("svc_d").ok());
    EXPECT_EQ(runtime().unregister_name("svc_d").code(), Errc::BadArg);
    ASSERT_TRUE(runtime().send(q, t::atom("stop")).ok());
}

TEST(HostRuntimeNames, WhereisOrSpawnMakesExactlyOneProcess) {
    SpawnSpec spec{"host_services", "wait_stop", {}, {}};
    for (int round = 0; round < 5; ++round) {
        std::string name = "singleton_" + std::to_string(round);
        std::vector<Pid> got(8);
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i)
            threads.emplace_back([&, i] {
                auto r = runtime().whereis_or_spawn(name, spec);
                ASSERT_TRUE(r.ok());
                got[i] = *r;
            });
        for (auto& th : threads) th.join();
        std::set<Pid> distinct(got.begin(), got.end());
        EXPECT_EQ(distinct.size(), 1u);
        EXPECT_EQ(runtime().whereis(name), got[0]);
        EXPECT_TRUE(runtime().is_live(got[0]));
        ASSERT_TRUE(runtime().send(got[0], t::atom("stop")).ok());
        EXPECT_EQ(result_of(got[0]), "stopped");
    }
}

TEST(HostRuntimeGroups, JoinLeaveMembersKill) {
    Pid a = spawn_ok("wait_stop"), b = spawn_ok("wait_stop"), c = spawn_ok("wait_stop");
    ASSERT_TRUE(runtime().join("workers", a).ok());
    ASSERT_TRUE(runtime().join("workers", b).ok());
    ASSERT_TRUE(runtime().join("workers", a).ok());  // twice, as pg
    ASSERT_TRUE(runtime().join("others", c).ok());
    EXPECT_EQ(runtime().members("workers"), (std::vector<Pid>{a, b}));
    ASSERT_TRUE(runtime().leave("workers", a).ok());
    EXPECT_EQ(runtime().members("workers"), (std::vector<Pid>{a, b}));  // joined twice, left once
    ASSERT_TRUE(runtime().leave("workers", a).ok());
    EXPECT_EQ(runtime().members("workers"), (std::vector<Pid>{b}));
    EXPECT_EQ(runtime().leave("workers", a).code(), Errc::BadArg);
    ASSERT_TRUE(runtime().join("workers", a).ok());
    auto groups = runtime().groups();
    EXPECT_NE(std::find(groups.begin(), groups.end(), "workers"), groups.end());
    auto killed = runtime().kill_group("workers");
    ASSERT_TRUE(killed.ok());
    EXPECT_EQ(*killed, 2u);
    EXPECT_EQ(runtime().run_until_exit(a, 10s)->reason.to_string(), "killed");
    EXPECT_EQ(runtime().run_until_exit(b, 10s)->reason.to_string(), "killed");
    EXPECT_TRUE(runtime().members("workers").empty());
    EXPECT_EQ(runtime().members("others"), (std::vector<Pid>{c}));
    EXPECT_EQ(runtime().join("workers", a).code(), Errc::NoProc);
    ASSERT_TRUE(runtime().send(c, t::atom("stop")).ok());
    EXPECT_EQ(result_of(c), "stopped");
    EXPECT_TRUE(eventually([&] { return runtime().members("others").empty(); }));
}

TEST(HostRuntimeGroups, ManyThreadsJoinAndLeave) {
    std::vector<Pid> pids;
    for (int i = 0; i < 8; ++i) pids.push_back(spawn_ok("wait_stop"));
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&, i] {
            for (int k = 0; k < 50; ++k) {
                ASSERT_TRUE(runtime().join("busy", pids[i]).ok());
                EXPECT_FALSE(runtime().members("busy").empty());
                ASSERT_TRUE(runtime().leave("busy", pids[i]).ok());
            }
            ASSERT_TRUE(runtime().join("busy", pids[i]).ok());
        });
    for (auto& th : threads) th.join();
    EXPECT_EQ(runtime().members("busy").size(), 8u);
    EXPECT_EQ(*runtime().kill_group("busy", t::atom("shutdown")), 8u);
    for (Pid p : pids) EXPECT_EQ(runtime().run_until_exit(p, 10s)->reason.to_string(), "shutdown");
}

// ---- timers ------------------------------------------------------------------------------------------

TEST(HostRuntimeTimers, SendAfterAndCancel) {
    Pid p = spawn_ok("wait_stop");
    auto timer = runtime().send_after(20ms, p, t::atom("stop"));
    ASSERT_TRUE(timer.ok());
    EXPECT_EQ(result_of(p), "stopped");
    EXPECT_FALSE(timer->cancel());  // fired

    Pid q = spawn_ok("wait_stop");
    auto late = runtime().send_after(60s, q, t::atom("stop"));
    ASSERT_TRUE(late.ok());
    EXPECT_TRUE(late->cancel());
    EXPECT_FALSE(late->cancel());
    ASSERT_TRUE(runtime().register_name("timer_target", q).ok());
    auto named = runtime().send_after(10ms, "timer_target", t::atom("stop"));
    ASSERT_TRUE(named.ok());
    EXPECT_EQ(result_of(q), "stopped");
    EXPECT_EQ(runtime().send_after(10ms, q, t::atom("x")).code(), Errc::NoProc);
    EXPECT_EQ(runtime().send_after(-1ms, "timer_target", t::atom("x")).code(), Errc::BadArg);
}

// ---- processes -----------------------------------------------------------------------------------------

TEST(HostRuntimeProcesses, ListInfoLabels) {
    Pid p = spawn_ok("hold");
    auto all = runtime().list();
    EXPECT_NE(std::find(all.begin(), all.end(), p), all.end());
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(runtime().send(p, t::integer(i)).ok());
    auto info = runtime().info(p);
    ASSERT_TRUE(info.ok()) << info.error().message;
    EXPECT_EQ(info->pid, p);
    EXPECT_EQ(info->message_queue_len, 3u);
    EXPECT_EQ(info->initial_call, "host_services:hold/0");
    EXPECT_EQ(info->capabilities, kAllCapabilities);
    EXPECT_GT(info->memory, 0u);
    EXPECT_FALSE(info->label.has_value());
    EXPECT_TRUE(eventually([&] { return runtime().info(p)->status == "waiting"; }));
    EXPECT_EQ(runtime().info(p)->current_function, "host_services:hold/0");

    ASSERT_TRUE(runtime().set_label(p, t::tuple({t::atom("worker"), t::integer(1)})).ok());
    info = runtime().info(p);
    ASSERT_TRUE(info->label.has_value());
    EXPECT_EQ(info->label->to_string(), "{worker,1}");

    // A label the guest set itself, as proc_lib:set_label/1 (OTP 27) stores it.
    Pid g = spawn_ok("label_then_wait", {t::binary(std::string_view("job-7"))});
    EXPECT_TRUE(eventually([&] {
        auto i = runtime().info(g);
        return i.ok() && i->label && t::binary_bytes(*i->label) == "job-7";
    })) << (runtime().info(g)->label ? runtime().info(g)->label->to_string() : "none");
    ASSERT_TRUE(runtime().register_name("labelled", g).ok());
    EXPECT_EQ(runtime().info(g)->registered_name, "labelled");
    ASSERT_TRUE(runtime().send(g, t::atom("stop")).ok());
    EXPECT_EQ(result_of(g), "stopped");
    EXPECT_EQ(runtime().info(g).code(), Errc::NoProc);
    EXPECT_EQ(runtime().set_label(g, t::atom("x")).code(), Errc::NoProc);
    ASSERT_TRUE(runtime().terminate(p, t::atom("kill")).ok());
}

TEST(HostRuntimeProcesses, CountersAndWatermark) {
    Counters before = runtime().counters();
    Pid p = spawn_ok("crash_with", {t::atom("bye")});
    EXPECT_EQ(runtime().run_until_exit(p, 10s)->reason.to_string(), "bye");
    EXPECT_GE(runtime().spawned_pid_watermark(), p.number);
    EXPECT_EQ(runtime().outcome(Pid{runtime().spawned_pid_watermark() + 1000}).code(), Errc::NeverSpawned);
    // A guest sends to a dead pid: dropped.
    Pid s = spawn_ok("send_to", {t::pid(p), t::atom("lost")});
    EXPECT_EQ(result_of(s), "ok");
    Counters after = runtime().counters();
    EXPECT_GE(after.spawned, before.spawned + 2);
    EXPECT_GE(after.exited, before.exited + 2);
    EXPECT_GE(after.dropped_messages, before.dropped_messages + 1);
}

TEST(HostRuntimeProcesses, DeliverSignalAsExit2) {
    SpawnOptions trapping;
    trapping.trap_exit = true;
    Pid p = spawn_ok("wait_exit", {}, trapping);
    ASSERT_TRUE(runtime().deliver_signal(p, ExitSignal{t::atom("because"), Pid{5}}).ok());
    EXPECT_EQ(result_of(p), "{got_exit,<0.5.0>,because}");
    Pid q = spawn_ok("wait_stop");
    ASSERT_TRUE(runtime().deliver_signal(q, ExitSignal{t::atom("normal")}).ok());  // ignored, as exit/2
    ASSERT_TRUE(runtime().deliver_signal(q, ExitSignal{t::tuple({t::atom("bad"), t::integer(1)})}).ok());
    EXPECT_EQ(runtime().run_until_exit(q, 10s)->reason.to_string(), "{bad,1}");
    EXPECT_EQ(runtime().deliver_signal(q, ExitSignal{t::atom("x")}).code(), Errc::NoProc);
    // From the target itself, `normal` ends it (as exit(self(), normal)).
    Pid r = spawn_ok("wait_stop");
    ASSERT_TRUE(runtime().deliver_signal(r, ExitSignal{t::atom("normal"), r}).ok());
    EXPECT_EQ(runtime().run_until_exit(r, 10s)->reason.to_string(), "normal");
}

TEST(HostRuntimeProcesses, ManyThreadsInspectLabelTimeAndSignal) {
    // Four host threads, each on processes of its own and one shared process, with the event log on.
    std::atomic<int> events{0};
    runtime().set_event_callback(EventLevel::Debug, [&](const Event&) { ++events; });
    Pid shared = spawn_ok("hold");
    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] {
            for (int k = 0; k < 10; ++k) {
                Pid p = spawn_ok("hold");
                for (int m = 0; m < 3; ++m) ASSERT_TRUE(runtime().send(p, t::integer(m)).ok());
                ASSERT_TRUE(runtime().set_label(p, t::tuple({t::integer(i), t::integer(k)})).ok());
                auto info = runtime().info(p);
                ASSERT_TRUE(info.ok());
                if (info->message_queue_len == 3 && info->label &&
                    info->label->to_string() == "{" + std::to_string(i) + "," + std::to_string(k) + "}")
                    ++good;
                auto late = runtime().send_after(60s, p, t::atom("late"));
                ASSERT_TRUE(late.ok());
                if (late->cancel()) ++good;
                ASSERT_TRUE(runtime().send_after(1ms, shared, t::integer(i)).ok());
                auto all = runtime().list();
                if (std::find(all.begin(), all.end(), p) != all.end()) ++good;
                ASSERT_TRUE(runtime().set_label(shared, t::integer(i)).ok());
                ASSERT_TRUE(runtime().info(shared).ok());
                ASSERT_TRUE(runtime().deliver_signal(p, ExitSignal{t::atom("done")}).ok());
                if (runtime().run_until_exit(p, 10s)->reason.to_string() == "done") ++good;
                if (runtime().spawned_pid_watermark() >= p.number) ++good;
            }
        });
    for (auto& th : threads) th.join();
    EXPECT_EQ(good.load(), 4 * 10 * 5);
    EXPECT_TRUE(eventually([&] { return runtime().info(shared)->message_queue_len == 40; }));
    EXPECT_TRUE(eventually([&] { return events.load() >= 80; }));  // 40 spawns and 40 exits at least
    runtime().set_event_callback(EventLevel::Debug, nullptr);
    ASSERT_TRUE(runtime().terminate(shared, t::atom("kill")).ok());
}

// ---- host mailbox ------------------------------------------------------------------------------------

TEST(HostRuntimeMailbox, GuestAsksHostReplies) {
    auto box = runtime().open_mailbox();
    ASSERT_TRUE(box.ok()) << box.error().message;
    Mailbox& mb = **box;
    Pid guest = spawn_ok("ask", {t::pid(mb.pid()), t::atom("ping")});
    auto req = mb.receive(10s);
    ASSERT_TRUE(req.ok()) << errc_name(req.code());
    auto parts = t::tuple_elements(*req);
    ASSERT_TRUE(parts && parts->size() == 2);
    EXPECT_EQ(t::to_pid((*parts)[0]), guest);
    EXPECT_EQ((*parts)[1].to_string(), "ping");
    ASSERT_TRUE(runtime().send(guest, t::atom("pong")).ok());
    EXPECT_EQ(result_of(guest), "pong");
    EXPECT_EQ(mb.receive(20ms).code(), Errc::TimedOut);
}

TEST(HostRuntimeMailbox, HostAsksGuestSelectively) {
    auto box = runtime().open_mailbox();
    ASSERT_TRUE(box.ok());
    Mailbox& mb = **box;
    Pid server = spawn_ok("echo_server");
    ASSERT_TRUE(runtime().send(mb.pid(), t::atom("noise")).ok());
    ASSERT_TRUE(runtime().send(server, t::tuple({t::pid(mb.pid()), t::atom("hello")})).ok());
    auto reply = mb.receive_if([&](const OwnedTerm& m) {
        auto e = t::tuple_elements(m);
        return e && e->size() == 2 && t::to_pid((*e)[0]) == server;
    }, 10s);
    ASSERT_TRUE(reply.ok());
    EXPECT_EQ(reply->to_string(), "{" + server.to_string() + ",{reply,hello}}");
    EXPECT_EQ(mb.size(), 1u);
    EXPECT_EQ(mb.receive(1s)->to_string(), "noise");
    ASSERT_TRUE(runtime().send(server, t::atom("stop")).ok());
    Pid mpid = mb.pid();
    mb.close();
    EXPECT_EQ(mb.receive(10ms).code(), Errc::Closed);
    EXPECT_EQ(runtime().run_until_exit(mpid, 10s)->reason.to_string(), "killed");
}

TEST(HostRuntimeMailbox, ManyThreadsRequestReply) {
    Pid server = spawn_ok("echo_server");
    std::atomic<int> replies{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] {
            auto box = runtime().open_mailbox();
            ASSERT_TRUE(box.ok());
            for (int k = 0; k < 50; ++k) {
                OwnedTerm req = t::tuple({t::integer(i), t::integer(k)});
                ASSERT_TRUE(runtime().send(server, t::tuple({t::pid((*box)->pid()), req})).ok());
                auto r = (*box)->receive(10s);
                ASSERT_TRUE(r.ok());
                if (r->to_string() == "{" + server.to_string() + ",{reply," + req.to_string() + "}}") ++replies;
            }
        });
    for (auto& th : threads) th.join();
    EXPECT_EQ(replies.load(), 200);
    // One shared mailbox, four receivers: every message exactly once.
    auto shared = runtime().open_mailbox();
    ASSERT_TRUE(shared.ok());
    Mailbox& mb = **shared;
    std::mutex seen_mutex;
    std::multiset<std::string> seen;
    std::vector<std::thread> receivers;
    for (int i = 0; i < 4; ++i)
        receivers.emplace_back([&] {
            // Until all 400 arrived (or 20 s passed): each receive waits at most 50 ms.
            auto until = std::chrono::steady_clock::now() + 20s;
            while (std::chrono::steady_clock::now() < until) {
                {
                    std::lock_guard lock(seen_mutex);
                    if (seen.size() >= 400) return;
                }
                auto m = mb.receive(50ms);
                if (!m.ok()) continue;
                std::lock_guard lock(seen_mutex);
                seen.insert(m->to_string());
            }
        });
    for (int g = 0; g < 4; ++g) spawn_ok("send_many", {t::pid(mb.pid()), t::integer(100)});
    for (auto& th : receivers) th.join();
    EXPECT_EQ(seen.size(), 400u);
    EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 400u);
    EXPECT_EQ(mb.receive(20ms).code(), Errc::TimedOut);  // nothing twice, nothing left
    ASSERT_TRUE(runtime().send(server, t::atom("stop")).ok());
}

// ---- JSON --------------------------------------------------------------------------------------------

TEST(HostRuntimeJson, DecodeEncodeRoundTrip) {
    auto term = json::decode(R"({"name":"ember","n":[1,-2,3.5,true,false,null],"nested":{"k":"v"},"big":18446744073709551615})");
    ASSERT_TRUE(term.ok()) << term.error().message;
    // ~w text: binaries print as bytes (big, n, name, nested; k, v).
    EXPECT_EQ(term->to_string(),
              "#{<<98,105,103>> => 18446744073709551615,<<110>> => [1,-2,3.5,true,false,null],"
              "<<110,97,109,101>> => <<101,109,98,101,114>>,<<110,101,115,116,101,100>> => #{<<107>> => <<118>>}}");
    auto text = json::encode(*term);
    ASSERT_TRUE(text.ok()) << text.error().message;
    auto again = json::decode(*text);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(t::equal(*again, *term));
    EXPECT_EQ(*json::encode(t::list({t::atom("ok"), t::binary(std::string_view("é\"")), t::float64(0.1)})),
              "[\"ok\",\"é\\\"\",0.1]");
    EXPECT_EQ(*json::encode(t::nil()), "[]");
    EXPECT_EQ(t::binary_bytes(*json::decode("\"\\u00e9\"")), "é");
}

TEST(HostRuntimeJson, TermsJsonCannotHoldAreClearErrors) {
    auto expect_error = [](const OwnedTerm& term, const std::string& words) {
        auto r = json::encode(term);
        ASSERT_FALSE(r.ok()) << *r;
        EXPECT_EQ(r.code(), Errc::BadArg);
        EXPECT_NE(r.error().message.find(words), std::string::npos) << r.error().message;
    };
    expect_error(t::pid(Pid{3}), "a pid");
    expect_error(t::list({t::integer(1), t::tuple({t::atom("a")})}), "$[1]: a tuple");
    std::vector<OwnedTerm> one = {t::integer(1)};
    expect_error(t::list(one, t::atom("tail")), "improper list");
    expect_error(t::binary(std::string_view("\xff")), "not UTF-8");
    std::string error;
    OwnedTerm bignum = t::from_etf(std::vector<std::uint8_t>{131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, &error);
    ASSERT_TRUE(bignum.is_value()) << error;
    expect_error(bignum, "beyond 64 bits");
    // #{1 => a}: ETF of a map with an integer key.
    OwnedTerm int_key = t::from_etf(std::vector<std::uint8_t>{131, 116, 0, 0, 0, 1, 97, 1, 100, 0, 1, 97}, &error);
    ASSERT_TRUE(int_key.is_value()) << error;
    expect_error(int_key, "map key");
    auto bad = json::decode("{\"a\": [1, 2,]}");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("byte"), std::string::npos) << bad.error().message;
    EXPECT_FALSE(json::decode("1e400").ok());
    EXPECT_FALSE(json::decode(std::string(600, '[') + std::string(600, ']')).ok());
    EXPECT_TRUE(json::decode(std::string(100, '[') + std::string(100, ']')).ok());
    EXPECT_FALSE(json::decode("").ok());
    EXPECT_FALSE(json::decode("1 2").ok());
}

TEST(HostRuntimeJson, ManyThreads) {
    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] {
            for (int k = 0; k < 200; ++k) {
                std::string text = "{\"i\":" + std::to_string(i) + ",\"k\":[" + std::to_string(k) + "]}";
                auto term = json::decode(text);
                if (term.ok() && json::encode(*term).value() == text) ++good;
            }
        });
    for (auto& th : threads) th.join();
    EXPECT_EQ(good.load(), 800);
}

// ---- events --------------------------------------------------------------------------------------------

TEST(HostRuntimeEvents, SpawnExitDroppedReachTheCallback) {
    std::mutex mutex;
    std::vector<Event> events;
    runtime().set_event_callback(EventLevel::Debug, [&](const Event& e) {
        std::lock_guard lock(mutex);
        events.push_back(e);
    });
    Pid p = spawn_ok("crash_with", {t::tuple({t::atom("oops"), t::integer(3)})});
    result_of(p);
    Pid s = spawn_ok("send_to", {t::pid(p), t::atom("into_the_void")});
    EXPECT_EQ(result_of(s), "ok");
    auto has = [&](EventKind kind, Pid pid, const std::string& text, EventLevel level) {
        std::lock_guard lock(mutex);
        return std::any_of(events.begin(), events.end(), [&](const Event& e) {
            return e.kind == kind && e.pid == pid && e.reason == text && e.level == level;
        });
    };
    EXPECT_TRUE(eventually([&] { return has(EventKind::Spawn, p, "host_services:crash_with/1", EventLevel::Debug); }));
    EXPECT_TRUE(eventually([&] { return has(EventKind::Exit, p, "{oops,3}", EventLevel::Error); }));
    EXPECT_TRUE(eventually([&] { return has(EventKind::Exit, s, "normal", EventLevel::Debug); }));
    EXPECT_TRUE(eventually([&] { return has(EventKind::DroppedMessage, p, "into_the_void", EventLevel::Warning); }));
    EXPECT_STREQ(event_kind_name(EventKind::DroppedMessage), "dropped_message");

    // Error level: spawns and normal exits are filtered out.
    runtime().set_event_callback(EventLevel::Error, [&](const Event& e) {
        std::lock_guard lock(mutex);
        events.push_back(e);
    });
    {
        std::lock_guard lock(mutex);
        events.clear();
    }
    Pid q = spawn_ok("crash_with", {t::atom("bad")});
    Pid r = spawn_ok("crash_with", {t::atom("normal")});
    result_of(q);
    result_of(r);
    EXPECT_TRUE(eventually([&] { return has(EventKind::Exit, q, "bad", EventLevel::Error); }));
    {
        std::lock_guard lock(mutex);
        for (const Event& e : events) EXPECT_EQ(e.level, EventLevel::Error);
    }
    runtime().set_event_callback(EventLevel::Debug, nullptr);
    EXPECT_EQ(runtime().dropped_events(), 0u);
}

}  // namespace
}  // namespace ember
