// The host API (include/ember/runtime.hpp, include/ember/term.hpp): loading, spawning, signals, outcomes
// through tombstones, terms, many host threads at once, shutdown and guest halt.
//
// The VM is a process-wide singleton and only one Runtime can ever exist in an OS process, so every test
// uses one shared Runtime created on first use (each ctest process made by gtest_discover_tests creates
// its own; running the executable directly shares one across all tests). The tests that end the runtime
// (shutdown, erlang:halt) run in death-test child processes (threadsafe style: a fresh exec of this
// binary), each with a Runtime of its own.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

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

constexpr std::size_t kTombstones = 4096;

std::vector<std::uint8_t> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<std::uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::uint8_t> fixture_beam(const std::string& module) {
    return read_file(std::string(EMBER_HOST_FIXTURES) + "/" + module + ".beam");
}

// The shared Runtime: 4 schedulers, a small tombstone table (the eviction test fills it), the fixtures
// loaded from bytes and host_fixtures/path on the code path.
Runtime& rt() {
    static std::unique_ptr<Runtime> runtime = [] {
        RuntimeConfig config;
        config.schedulers = 4;
        config.dirty_cpu = 2;
        config.dirty_io = 2;
        config.tombstone_capacity = kTombstones;
        config.code_path = {std::string(EMBER_HOST_FIXTURES) + "/path"};
        config.guest_ebin = EMBER_TEST_GUEST_EBIN;
        auto r = Runtime::create(config);
        if (!r.ok()) {
            ADD_FAILURE() << "Runtime::create: " << r.error().message;
            std::abort();
        }
        std::vector<std::uint8_t> beam = fixture_beam("host_calc");
        auto loaded = r.value()->load_module("host_calc", beam);
        if (!loaded.ok()) {
            ADD_FAILURE() << "load host_calc: " << loaded.error().message;
            std::abort();
        }
        return std::move(r).value();
    }();
    return *runtime;
}

// Shuts the shared Runtime down (if a test made it) before static destruction.
class RuntimeEnvironment : public ::testing::Environment {
public:
    void TearDown() override { rt_shutdown_if_made(); }
    static void rt_shutdown_if_made();
};
bool g_runtime_made = false;
void RuntimeEnvironment::rt_shutdown_if_made() {
    if (g_runtime_made) rt().shutdown();
}
[[maybe_unused]] ::testing::Environment* const g_env = ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);

Runtime& runtime() {
    Runtime& r = rt();
    g_runtime_made = true;
    return r;
}

Outcome wait_ok(Pid pid) {
    auto r = runtime().run_until_exit(pid, 30s);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    if (!r.ok()) return Outcome{t::atom("test_wait_failed"), std::nullopt};
    return std::move(r).value();
}

std::string result_text(const Outcome& o) { return o.result ? o.result->to_string() : "<no result>"; }

// Polls `cond` for up to 10 s.
template <class F>
bool eventually(F cond) {
    auto until = std::chrono::steady_clock::now() + 10s;
    while (std::chrono::steady_clock::now() < until) {
        if (cond()) return true;
        std::this_thread::sleep_for(1ms);
    }
    return cond();
}

// ---- terms --------------------------------------------------------------------------------------------

TEST(HostTerms, BuildersPrintAsErl) {
    EXPECT_EQ(t::atom("ok").to_string(), "ok");
    EXPECT_EQ(t::atom("Hello world").to_string(), "'Hello world'");
    EXPECT_EQ(t::integer(-42).to_string(), "-42");
    EXPECT_EQ(t::integer(INT64_MIN).to_string(), "-9223372036854775808");
    EXPECT_EQ(t::unsigned_integer(UINT64_MAX).to_string(), "18446744073709551615");
    EXPECT_EQ(t::float64(2.5).to_string(), "2.5");
    EXPECT_EQ(t::binary(std::string_view("abc")).to_string(), "<<97,98,99>>");
    EXPECT_EQ(t::charlist("hé").to_string(), "[104,233]");
    EXPECT_EQ(t::tuple({t::atom("ok"), t::integer(1)}).to_string(), "{ok,1}");
    EXPECT_EQ(t::tuple({}).to_string(), "{}");
    EXPECT_EQ(t::list({t::integer(1), t::integer(2)}).to_string(), "[1,2]");
    std::vector<OwnedTerm> items = {t::atom("a")};
    EXPECT_EQ(t::list(items, t::atom("b")).to_string(), "[a|b]");
    EXPECT_EQ(t::nil().to_string(), "[]");
    EXPECT_EQ(t::pid(Pid{7}).to_string(), "<0.7.0>");
    EXPECT_EQ(Pid{7}.to_string(), "<0.7.0>");
}

TEST(HostTerms, BadInputGivesNonValues) {
    EXPECT_FALSE(t::atom(std::string(256, 'a')).is_value());
    EXPECT_TRUE(t::atom(std::string(255, 'a')).is_value());
    EXPECT_FALSE(t::atom("\xff").is_value());
    EXPECT_FALSE(t::charlist("\xc3").is_value());
    EXPECT_FALSE(t::float64(std::numeric_limits<double>::infinity()).is_value());
    OwnedTerm bad = t::atom(std::string(300, 'x'));
    EXPECT_FALSE(t::tuple({t::integer(1), bad}).is_value());
    EXPECT_FALSE(t::list({bad}).is_value());
    std::string error;
    std::vector<std::uint8_t> junk = {131, 200, 1};
    EXPECT_FALSE(t::from_etf(junk, &error).is_value());
    EXPECT_FALSE(error.empty());
    std::vector<std::uint8_t> trailing = {131, 97, 1, 0};  // 1, then a stray byte
    EXPECT_FALSE(t::from_etf(trailing).is_value());
    EXPECT_FALSE(t::to_etf(bad).has_value());
}

TEST(HostTerms, EtfRoundTripMatchesErl) {
    // erl 25: term_to_binary({ok, [1, <<"ab">>], 3.0}) =
    // <<131,104,3,100,0,2,111,107,108,0,0,0,2,97,1,109,0,0,0,2,97,98,106,70,64,8,0,0,0,0,0,0>>
    std::vector<std::uint8_t> erl = {131, 104, 3, 100, 0, 2, 111, 107, 108, 0, 0, 0, 2, 97, 1, 109,
                                     0,   0,   0, 2,   97, 98, 106, 70, 64, 8, 0, 0, 0, 0, 0, 0};
    OwnedTerm term = t::from_etf(erl);
    ASSERT_TRUE(term.is_value());
    EXPECT_EQ(term.to_string(), "{ok,[1,<<97,98>>],3.0}");
    auto back = t::to_etf(term);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, erl);
    OwnedTerm built = t::tuple({t::atom("ok"), t::list({t::integer(1), t::binary(std::string_view("ab"))}), t::float64(3.0)});
    EXPECT_TRUE(t::equal(built, term));
    EXPECT_FALSE(t::equal(built, t::atom("ok")));
}

TEST(HostTerms, Readers) {
    EXPECT_EQ(t::atom_name(t::atom("héllo")), "héllo");
    EXPECT_FALSE(t::atom_name(t::integer(1)).has_value());
    EXPECT_EQ(t::to_int64(t::integer(-5)), -5);
    EXPECT_FALSE(t::to_int64(t::unsigned_integer(UINT64_MAX)).has_value());
    EXPECT_EQ(t::to_uint64(t::unsigned_integer(UINT64_MAX)), UINT64_MAX);
    EXPECT_EQ(t::to_double(t::float64(0.5)), 0.5);
    std::string big(1000, 'z');
    EXPECT_EQ(t::binary_bytes(t::binary(big)), big);
    EXPECT_EQ(t::to_pid(t::pid(Pid{12})), Pid{12});
    auto elems = t::tuple_elements(t::tuple({t::atom("a"), t::integer(2)}));
    ASSERT_TRUE(elems.has_value());
    ASSERT_EQ(elems->size(), 2u);
    EXPECT_EQ((*elems)[1].to_string(), "2");
    auto items = t::list_elements(t::list({t::atom("x"), t::atom("y")}));
    ASSERT_TRUE(items.has_value());
    EXPECT_EQ(items->size(), 2u);
    std::vector<OwnedTerm> one = {t::atom("a")};
    EXPECT_FALSE(t::list_elements(t::list(one, t::atom("improper"))).has_value());
}

// ---- the runtime --------------------------------------------------------------------------------------

TEST(HostRuntime, SecondRuntimeFailsClearly) {
    runtime();
    auto r = Runtime::create();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), Errc::AlreadyCreated);
    EXPECT_THROW(Runtime{RuntimeConfig{}}, std::logic_error);
    EXPECT_EQ(runtime().scheduler_count(), 4u);
}

TEST(HostRuntime, LoadModule) {
    Runtime& r = runtime();
    std::vector<std::uint8_t> beam = fixture_beam("host_calc");
    ASSERT_FALSE(beam.empty());
    EXPECT_TRUE(r.load_module("host_calc", beam).ok());  // reload: same code again
    auto wrong = r.load_module("other_name", beam);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.code(), Errc::LoadFailed);
    std::vector<std::uint8_t> junk = {'F', 'O', 'R', '1', 0, 0, 0, 4, 'B', 'E', 'A', 'M'};
    EXPECT_EQ(r.load_module("junk", junk).code(), Errc::LoadFailed);
    EXPECT_EQ(r.load_module("", beam).code(), Errc::BadArg);
}

TEST(HostRuntime, SpawnReturnsResult) {
    auto pid = runtime().spawn("host_calc", "add", {t::integer(2), t::integer(3)});
    ASSERT_TRUE(pid.ok());
    Outcome o = wait_ok(*pid);
    EXPECT_TRUE(o.normal());
    EXPECT_EQ(o.reason.to_string(), "normal");
    EXPECT_EQ(result_text(o), "5");
}

TEST(HostRuntime, ModuleFromCodePathAndOtp) {
    auto pid = runtime().spawn("host_lazy", "answer");
    ASSERT_TRUE(pid.ok());
    EXPECT_EQ(result_text(wait_ok(*pid)), "42");
    // OTP's lists module from the installed OTP's ebin.
    auto rev = runtime().spawn("lists", "reverse", {t::list({t::integer(1), t::integer(2), t::integer(3)})});
    ASSERT_TRUE(rev.ok());
    EXPECT_EQ(result_text(wait_ok(*rev)), "[3,2,1]");
    // io:format goes through Ember's I/O server (the group leader of host-spawned processes).
    auto hello = runtime().spawn("host_calc", "hello", {t::charlist("host")});
    ASSERT_TRUE(hello.ok());
    EXPECT_EQ(result_text(wait_ok(*hello)), "ok");
}

TEST(HostRuntime, CrashAndUndefOutcomes) {
    auto pid = runtime().spawn("host_calc", "crash", {t::integer(7)});
    ASSERT_TRUE(pid.ok());
    Outcome o = wait_ok(*pid);
    EXPECT_FALSE(o.normal());
    EXPECT_FALSE(o.result.has_value());
    EXPECT_EQ(o.reason.to_string().rfind("{{boom,7},[{host_calc,crash,1,", 0), 0u) << o.reason.to_string();
    auto undef = runtime().spawn("host_calc", "no_such_function", {t::integer(1)});
    ASSERT_TRUE(undef.ok());
    Outcome u = wait_ok(*undef);
    EXPECT_EQ(u.reason.to_string().rfind("{undef,[{host_calc,no_such_function,[1],", 0), 0u) << u.reason.to_string();
}

TEST(HostRuntime, BadSpawnArguments) {
    OwnedTerm bad = t::atom(std::string(300, 'x'));
    EXPECT_EQ(runtime().spawn("host_calc", "add", {bad, t::integer(1)}).code(), Errc::BadArg);
    EXPECT_EQ(runtime().spawn(std::string(300, 'm'), "f").code(), Errc::BadArg);
    EXPECT_EQ(runtime().spawn_link(Pid{0}, "host_calc", "echo").code(), Errc::BadArg);
}

TEST(HostRuntime, OutcomeOfAlreadyExitedPid) {
    auto pid = runtime().spawn("host_calc", "add", {t::integer(20), t::integer(22)});
    ASSERT_TRUE(pid.ok());
    EXPECT_TRUE(eventually([&] { return !runtime().is_live(*pid); }));
    EXPECT_TRUE(eventually([&] { return runtime().outcome(*pid).ok(); }));
    // Long after the exit, waiting returns at once, as often as asked.
    for (int i = 0; i < 3; ++i) {
        auto o = runtime().run_until_exit(*pid, 0ms);
        ASSERT_TRUE(o.ok());
        EXPECT_EQ(result_text(*o), "42");
    }
}

TEST(HostRuntime, NeverSpawnedAndEvictedAndRunning) {
    Runtime& r = runtime();
    EXPECT_EQ(r.run_until_exit(Pid{0}).code(), Errc::NeverSpawned);
    EXPECT_EQ(r.run_until_exit(Pid{std::uint64_t(1) << 50}).code(), Errc::NeverSpawned);
    EXPECT_EQ(r.outcome(Pid{std::uint64_t(1) << 50}).code(), Errc::NeverSpawned);
    auto waiting = r.spawn("host_calc", "wait_stop");
    ASSERT_TRUE(waiting.ok());
    EXPECT_EQ(r.outcome(*waiting).code(), Errc::Running);
    EXPECT_EQ(r.run_until_exit(*waiting, 20ms).code(), Errc::TimedOut);
    auto first = r.spawn("host_calc", "add", {t::integer(1), t::integer(1)});
    ASSERT_TRUE(first.ok());
    wait_ok(*first);
    // kTombstones newer exits evict the first one.
    std::vector<Pid> pids;
    for (std::size_t i = 0; i < kTombstones + 10; ++i) {
        auto p = r.spawn("host_calc", "add", {t::integer(1), t::integer(2)});
        ASSERT_TRUE(p.ok());
        pids.push_back(*p);
    }
    for (Pid p : pids) (void)r.run_until_exit(p, 30s);
    auto gone = r.run_until_exit(*first);
    EXPECT_EQ(gone.code(), Errc::Evicted);
    EXPECT_EQ(r.outcome(*first).code(), Errc::Evicted);
    EXPECT_TRUE(r.send(*waiting, t::atom("stop")).ok());
    EXPECT_EQ(result_text(wait_ok(*waiting)), "stopped");
}

TEST(HostRuntime, SendAndReceive) {
    auto pid = runtime().spawn("host_calc", "echo");
    ASSERT_TRUE(pid.ok());
    OwnedTerm msg = t::tuple({t::atom("hello"), t::binary(std::string(200, 'b')), t::integer(INT64_MAX),
                              t::list({t::float64(1.5), t::pid(*pid)})});
    ASSERT_TRUE(runtime().send(*pid, msg).ok());
    Outcome o = wait_ok(*pid);
    ASSERT_TRUE(o.result.has_value());
    EXPECT_TRUE(t::equal(*o.result, msg)) << o.result->to_string();
    // The process is gone: the host is told.
    EXPECT_EQ(runtime().send(*pid, t::atom("late")).code(), Errc::NoProc);
    EXPECT_EQ(runtime().send(Pid{0}, t::atom("x")).code(), Errc::NoProc);
    EXPECT_EQ(runtime().send(Pid{1}, OwnedTerm::copy_of(vm::kNonValue)).code(), Errc::BadArg);
}

TEST(HostRuntime, MessagesFromOneThreadArriveInOrder) {
    auto pid = runtime().spawn("host_calc", "collect", {t::integer(100)});
    ASSERT_TRUE(pid.ok());
    for (int i = 0; i < 100; ++i) ASSERT_TRUE(runtime().send(*pid, t::integer(i)).ok());
    Outcome o = wait_ok(*pid);
    ASSERT_TRUE(o.result.has_value());
    auto items = t::list_elements(*o.result);
    ASSERT_TRUE(items.has_value());
    ASSERT_EQ(items->size(), 100u);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(t::to_int64((*items)[i]), i);
}

TEST(HostRuntime, SendToRegisteredName) {
    auto pid = runtime().spawn("host_calc", "register_and_echo", {t::atom("host_test_echo")});
    ASSERT_TRUE(pid.ok());
    ASSERT_TRUE(eventually([&] { return runtime().whereis("host_test_echo").has_value(); }));
    EXPECT_EQ(runtime().whereis("host_test_echo"), *pid);
    EXPECT_TRUE(runtime().send("host_test_echo", t::atom("by_name")).ok());
    EXPECT_EQ(result_text(wait_ok(*pid)), "by_name");
    EXPECT_EQ(runtime().send("host_test_no_such_name", t::atom("x")).code(), Errc::BadArg);
    EXPECT_FALSE(runtime().whereis("host_test_no_such_name").has_value());
}

TEST(HostRuntime, TermsOutliveTheProcess) {
    auto pid = runtime().spawn("host_calc", "big_result", {t::integer(5000)});
    ASSERT_TRUE(pid.ok());
    Outcome o = wait_ok(*pid);
    ASSERT_TRUE(o.result.has_value());
    // The process and its heap are gone; later processes reuse memory. The copy is unaffected.
    for (int i = 0; i < 20; ++i) (void)runtime().spawn("host_calc", "big_result", {t::integer(100)});
    auto elems = t::tuple_elements(*o.result);
    ASSERT_TRUE(elems.has_value());
    ASSERT_EQ(elems->size(), 4u);
    EXPECT_EQ(t::binary_bytes((*elems)[0]), std::string(5000, 'x'));
    EXPECT_EQ((*elems)[1].to_string(), "1267650600228229401496703205376");
    EXPECT_EQ((*elems)[3].to_string(), "[a,[115,116,114],{nested,[1,2,3]}]");
}

TEST(HostRuntime, SpawnLinkCrashingChildTrappingParent) {
    Runtime& r = runtime();
    auto parent = r.spawn_trapping("host_calc", "wait_exit");
    ASSERT_TRUE(parent.ok());
    auto child = r.spawn_link(*parent, "host_calc", "crash", {t::atom("child")});
    ASSERT_TRUE(child.ok());
    Outcome c = wait_ok(*child);
    EXPECT_EQ(c.reason.to_string().rfind("{{boom,child},", 0), 0u);
    // The parent got {'EXIT', Child, Reason} and returned {got_exit, Child, Reason}.
    Outcome p = wait_ok(*parent);
    ASSERT_TRUE(p.result.has_value()) << p.reason.to_string();
    auto elems = t::tuple_elements(*p.result);
    ASSERT_TRUE(elems.has_value());
    ASSERT_EQ(elems->size(), 3u);
    EXPECT_EQ(t::atom_name((*elems)[0]), "got_exit");
    EXPECT_EQ(t::to_pid((*elems)[1]), *child);
    EXPECT_TRUE(t::equal((*elems)[2], c.reason));
}

TEST(HostRuntime, SpawnLinkCrashingChildKillsNonTrappingParent) {
    Runtime& r = runtime();
    auto parent = r.spawn("host_calc", "wait_stop");
    ASSERT_TRUE(parent.ok());
    auto child = r.spawn_link(*parent, "host_calc", "crash", {t::integer(3)});
    ASSERT_TRUE(child.ok());
    Outcome c = wait_ok(*child);
    Outcome p = wait_ok(*parent);
    EXPECT_TRUE(t::equal(p.reason, c.reason)) << p.reason.to_string();
    EXPECT_FALSE(p.result.has_value());
}

TEST(HostRuntime, SpawnLinkToDeadParentGetsNoproc) {
    Runtime& r = runtime();
    auto dead = r.spawn("host_calc", "add", {t::integer(1), t::integer(1)});
    ASSERT_TRUE(dead.ok());
    wait_ok(*dead);
    auto child = r.spawn_link(*dead, "host_calc", "wait_stop");
    ASSERT_TRUE(child.ok());
    EXPECT_EQ(wait_ok(*child).reason.to_string(), "noproc");
    // A trapping child gets it as a message instead.
    auto trapping = r.spawn_trapping("host_calc", "wait_exit", {}, *dead);
    ASSERT_TRUE(trapping.ok());
    Outcome o = wait_ok(*trapping);
    EXPECT_EQ(result_text(o), "{got_exit," + dead->to_string() + ",noproc}");
}

TEST(HostRuntime, NormalExitOfLinkedChildDoesNotKillParent) {
    Runtime& r = runtime();
    auto parent = r.spawn("host_calc", "wait_stop");
    ASSERT_TRUE(parent.ok());
    auto child = r.spawn_link(*parent, "host_calc", "add", {t::integer(1), t::integer(2)});
    ASSERT_TRUE(child.ok());
    EXPECT_EQ(result_text(wait_ok(*child)), "3");
    std::this_thread::sleep_for(20ms);
    EXPECT_TRUE(r.is_live(*parent));
    ASSERT_TRUE(r.send(*parent, t::atom("stop")).ok());
    EXPECT_EQ(result_text(wait_ok(*parent)), "stopped");
}

TEST(HostRuntime, TerminateNonTrapping) {
    Runtime& r = runtime();
    auto pid = r.spawn("host_calc", "wait_stop");
    ASSERT_TRUE(pid.ok());
    // normal from another sender is ignored by a process that does not trap exits (as exit/2).
    ASSERT_TRUE(r.terminate(*pid, t::atom("normal")).ok());
    ASSERT_TRUE(r.terminate(*pid, t::tuple({t::atom("shutdown"), t::integer(1)})).ok());
    Outcome o = wait_ok(*pid);
    EXPECT_EQ(o.reason.to_string(), "{shutdown,1}");
    EXPECT_FALSE(o.result.has_value());
    EXPECT_EQ(r.terminate(*pid, t::atom("again")).code(), Errc::NoProc);
    auto killed = r.spawn("host_calc", "wait_stop");
    ASSERT_TRUE(killed.ok());
    ASSERT_TRUE(r.terminate(*killed, t::atom("kill")).ok());
    EXPECT_EQ(wait_ok(*killed).reason.to_string(), "killed");
}

TEST(HostRuntime, TerminateTrapping) {
    Runtime& r = runtime();
    auto pid = r.spawn_trapping("host_calc", "wait_exit");
    ASSERT_TRUE(pid.ok());
    ASSERT_TRUE(r.terminate(*pid, t::atom("please_stop")).ok());
    Outcome o = wait_ok(*pid);
    EXPECT_TRUE(o.normal());
    EXPECT_EQ(result_text(o), "{got_exit,<0.0.0>,please_stop}");
    auto elems = t::tuple_elements(*o.result);
    ASSERT_TRUE(elems.has_value());
    EXPECT_EQ(t::to_pid((*elems)[1]), Pid::host());
    // normal arrives as a message too.
    auto second = r.spawn_trapping("host_calc", "wait_exit");
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(r.terminate(*second, t::atom("normal")).ok());
    EXPECT_EQ(result_text(wait_ok(*second)), "{got_exit,<0.0.0>,normal}");
    // kill cannot be trapped.
    auto killed = r.spawn_trapping("host_calc", "wait_exit");
    ASSERT_TRUE(killed.ok());
    ASSERT_TRUE(r.terminate(*killed, t::atom("kill")).ok());
    EXPECT_EQ(wait_ok(*killed).reason.to_string(), "killed");
}

TEST(HostRuntime, SpawnTrappingIsSetBeforeItRuns) {
    auto pid = runtime().spawn_trapping("host_calc", "is_trapping");
    ASSERT_TRUE(pid.ok());
    EXPECT_EQ(result_text(wait_ok(*pid)), "true");
    auto plain = runtime().spawn("host_calc", "is_trapping");
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(result_text(wait_ok(*plain)), "false");
}

TEST(HostRuntime, SetTrapExit) {
    Runtime& r = runtime();
    auto pid = r.spawn("host_calc", "echo");
    ASSERT_TRUE(pid.ok());
    // Ordered: the flag is set before the exit signal sent after it is handled.
    ASSERT_TRUE(r.set_trap_exit(*pid, true).ok());
    ASSERT_TRUE(r.terminate(*pid, t::atom("bye")).ok());
    EXPECT_EQ(result_text(wait_ok(*pid)), "{'EXIT',<0.0.0>,bye}");
    auto off = r.spawn_trapping("host_calc", "wait_stop");
    ASSERT_TRUE(off.ok());
    ASSERT_TRUE(r.set_trap_exit(*off, false).ok());
    ASSERT_TRUE(r.terminate(*off, t::atom("bye")).ok());
    EXPECT_EQ(wait_ok(*off).reason.to_string(), "bye");
    EXPECT_EQ(r.set_trap_exit(*off, true).code(), Errc::NoProc);
}

TEST(HostRuntime, IsLiveAndIsLinked) {
    Runtime& r = runtime();
    auto a = r.spawn("host_calc", "wait_stop");
    ASSERT_TRUE(a.ok());
    EXPECT_TRUE(r.is_live(*a));
    auto b = r.spawn_link(*a, "host_calc", "wait_stop");
    ASSERT_TRUE(b.ok());
    auto c = r.spawn("host_calc", "wait_stop");
    ASSERT_TRUE(c.ok());
    // The child's side is set before it runs; the parent's once it handled the link signal.
    EXPECT_EQ(r.is_linked(*b, *a).value(), true);
    EXPECT_TRUE(eventually([&] { return r.is_linked(*a, *b).value(); }));
    EXPECT_EQ(r.is_linked(*a, *c).value(), false);
    // A link made by the guest itself.
    auto d = r.spawn("host_calc", "link_then_wait", {t::pid(*c)});
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(eventually([&] { return r.is_linked(*c, *d).value() && r.is_linked(*d, *c).value(); }));
    for (Pid p : {*a, *c}) ASSERT_TRUE(r.send(p, t::atom("stop")).ok());
    wait_ok(*a);
    wait_ok(*c);
    EXPECT_FALSE(r.is_live(*a));
    EXPECT_EQ(r.is_linked(*a, *b).code(), Errc::NoProc);
    EXPECT_FALSE(r.is_live(Pid{0}));
    EXPECT_FALSE(r.is_live(Pid{std::uint64_t(1) << 55}));
    for (Pid p : {*b, *d}) ASSERT_TRUE(r.send(p, t::atom("stop")).ok());
    wait_ok(*b);
    wait_ok(*d);
}

TEST(HostRuntime, EightHostThreadsAtOnce) {
    Runtime& r = runtime();
    constexpr int kThreads = 8;
    constexpr int kPerThread = 160;  // 1,280 processes
    std::atomic<int> failures{0};
    std::atomic<int> done{0};
    std::vector<std::thread> threads;
    for (int th = 0; th < kThreads; ++th) {
        threads.emplace_back([&, th] {
            std::vector<std::pair<Pid, int>> batch;
            for (int i = 0; i < kPerThread; ++i) {
                int x = th * 1000 + i;
                auto pid = r.spawn("host_calc", "double_then_add", {t::integer(x)});
                if (!pid.ok()) {
                    ++failures;
                    continue;
                }
                batch.emplace_back(*pid, x);
                if (batch.size() == 8 || i + 1 == kPerThread) {
                    for (auto& [p, v] : batch)
                        if (!r.send(p, t::tuple({t::atom("add"), t::integer(v % 7)})).ok()) ++failures;
                    for (auto& [p, v] : batch) {
                        auto o = r.run_until_exit(p, 60s);
                        if (!o.ok() || !o->result || t::to_int64(*o->result) != 2 * v + v % 7) ++failures;
                        else ++done;
                    }
                    batch.clear();
                }
                // Other calls mixed in.
                if (i % 40 == 0) {
                    (void)r.is_live(Pid{static_cast<std::uint64_t>(x)});
                    (void)r.outcome(Pid{3});
                }
            }
        });
    }
    for (auto& th : threads) th.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(done.load(), kThreads * kPerThread);
}

TEST(HostRuntime, ManyThreadsWaitOnOneProcess) {
    Runtime& r = runtime();
    auto pid = r.spawn("host_calc", "echo");
    ASSERT_TRUE(pid.ok());
    std::atomic<int> good{0};
    std::vector<std::thread> waiters;
    for (int i = 0; i < 8; ++i)
        waiters.emplace_back([&] {
            auto o = r.run_until_exit(*pid);
            if (o.ok() && o->result && o->result->to_string() == "wake") ++good;
        });
    std::this_thread::sleep_for(10ms);
    ASSERT_TRUE(r.send(*pid, t::atom("wake")).ok());
    for (auto& w : waiters) w.join();
    EXPECT_EQ(good.load(), 8);
}

// ---- ending the runtime (each in a child process with a Runtime of its own) ---------------------------

TEST(HostRuntimeDeathTest, ShutdownWakesWaitersAndIsIdempotent) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            Runtime& r = runtime();
            auto pid = r.spawn("host_calc", "wait_stop");
            if (!pid.ok()) std::_Exit(10);
            std::atomic<int> code{-1};
            std::thread waiter([&] { code = static_cast<int>(r.run_until_exit(*pid).code()); });
            std::this_thread::sleep_for(20ms);
            r.shutdown();
            waiter.join();
            if (code != static_cast<int>(Errc::ShutDown)) std::_Exit(11);
            r.shutdown();  // idempotent
            if (!r.is_shut_down()) std::_Exit(12);
            if (r.spawn("host_calc", "echo").code() != Errc::ShutDown) std::_Exit(13);
            if (r.send(*pid, t::atom("x")).code() != Errc::ShutDown) std::_Exit(14);
            if (r.run_until_exit(*pid).code() != Errc::ShutDown) std::_Exit(15);
            if (r.halt_status().has_value()) std::_Exit(16);
            std::_Exit(0);
        },
        ::testing::ExitedWithCode(0), "");
}

TEST(HostRuntimeDeathTest, ConcurrentShutdownFromManyThreads) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            Runtime& r = runtime();
            std::vector<std::thread> threads;
            for (int i = 0; i < 8; ++i)
                threads.emplace_back([&] {
                    for (int k = 0; k < 20; ++k) (void)r.spawn("host_calc", "add", {t::integer(k), t::integer(1)});
                    r.shutdown();
                });
            for (auto& th : threads) th.join();
            std::_Exit(r.is_shut_down() ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}

TEST(HostRuntimeDeathTest, GuestHaltShutsTheRuntimeDown) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            Runtime& r = runtime();
            auto waiting = r.spawn("host_calc", "wait_stop");
            if (!waiting.ok()) std::_Exit(10);
            auto halting = r.spawn("host_calc", "halt_with", {t::integer(3)});
            if (!halting.ok()) std::_Exit(11);
            if (r.run_until_exit(*waiting).code() != Errc::ShutDown) std::_Exit(12);
            if (!eventually([&] { return r.halt_status() == 3; })) std::_Exit(13);
            if (!r.is_shut_down()) std::_Exit(14);
            r.shutdown();
            std::_Exit(0);
        },
        ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace ember
