// ember::ScriptHost and the I/O backends (include/ember/script.hpp, docs/scripts.md) under the host
// API: scripts from source text, outcomes, per-process output, the mock and thread-pool backends, the
// sandbox, limits, and the stress runs (10,000 scripts back to back, 500 from 8 host threads).
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include "ember/script.hpp"

#ifndef EMBER_TEST_GUEST_EBIN
#define EMBER_TEST_GUEST_EBIN ""
#endif

namespace ember {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

// One Runtime per OS process (gtest_discover_tests runs each test in a process of its own).
Runtime& runtime() {
    static std::unique_ptr<Runtime> rt = [] {
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
        return std::move(r).value();
    }();
    return *rt;
}

ScriptHost& host() {
    static ScriptHost h(runtime());
    return h;
}

std::string text(const OwnedTerm& t) { return term::to_string(t); }

// How ~w prints a binary and a string (a list of codes) of `s`.
std::string codes(std::string_view s) {
    std::string out;
    for (unsigned char c : s) out += (out.empty() ? "" : ",") + std::to_string(c);
    return out;
}
std::string bin(std::string_view s) { return "<<" + codes(s) + ">>"; }
std::string str(std::string_view s) { return "[" + codes(s) + "]"; }

std::size_t rss_kb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::strtoul(line.c_str() + 6, nullptr, 10);
    return 0;
}

fs::path temp_dir() {
    fs::path dir = fs::temp_directory_path() / ("ember-script-host-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(std::rand()));
    fs::create_directories(dir);
    return dir;
}

TEST(ScriptHost, ReturnsMainsValue) {
    ScriptResult r = host().run_source("main(_) -> 6 * 7.");
    ASSERT_EQ(r.outcome, ScriptOutcome::Ok) << r.message;
    EXPECT_EQ(text(r.value), "42");
    EXPECT_TRUE(r.output.empty());
}

TEST(ScriptHost, ArgumentsAndOutputPerProcess) {
    ScriptOptions o;
    o.args = {"a", "bc"};
    ScriptResult r = host().run_source(
        "#!/usr/bin/env escript\n"
        "%%! -noshell\n"
        "-define(GREETING, \"hello\").\n"
        "main(Args) ->\n"
        "    ember_script:println([?GREETING, \" \" | lists:join(\" \", Args)]),\n"
        "    H = ember_script:spawn(fun() -> io:format(\"child ~p~n\", [length(Args)]) end),\n"
        "    ember_script:await(H),\n"
        "    length(Args).\n",
        o);
    ASSERT_EQ(r.outcome, ScriptOutcome::Ok) << r.message;
    EXPECT_EQ(text(r.value), "2");
    ASSERT_EQ(r.output.size(), 2u);
    EXPECT_EQ(r.output[0].text, "hello a bc\n");
    EXPECT_EQ(r.output[1].text, "child 2\n");
    EXPECT_NE(r.output[0].pid, r.output[1].pid);
}

TEST(ScriptHost, SpawnAndAwaitAThousand) {
    ScriptResult r = host().run_source(
        "main(_) -> Hs = [ember_script:spawn(fun() -> N end) || N <- lists:seq(1, 1000)],\n"
        "           lists:sum([ember_script:await(H) || H <- Hs]).");
    ASSERT_EQ(r.outcome, ScriptOutcome::Ok) << r.message;
    EXPECT_EQ(text(r.value), "500500");
}

TEST(ScriptHost, CompileErrorNamesTheLine) {
    ScriptResult r = host().run_source("main(_) ->\n    ok\nfoo() -> 1.");
    ASSERT_EQ(r.outcome, ScriptOutcome::CompileError);
    EXPECT_NE(text(r.reason).find("{3," + bin("syntax error before: foo") + "}"), std::string::npos) << text(r.reason);
    ScriptResult undefined = host().run_source("main(_) -> nope(1).");
    ASSERT_EQ(undefined.outcome, ScriptOutcome::CompileError);
    EXPECT_NE(text(undefined.reason).find(bin("function nope/1 undefined")), std::string::npos) << text(undefined.reason);
}

TEST(ScriptHost, FailureDeadlockAndTimeLimit) {
    ScriptResult failed = host().run_source("main(_) -> error(boom).");
    ASSERT_EQ(failed.outcome, ScriptOutcome::Failed);
    EXPECT_EQ(text(failed.reason).rfind("{boom,", 0), 0u) << text(failed.reason);

    ScriptResult dead = host().run_source(
        "main(_) -> H = ember_script:spawn(fun() -> receive never -> ok end end), ember_script:await(H).");
    ASSERT_EQ(dead.outcome, ScriptOutcome::Deadlock);
    EXPECT_NE(text(dead.reason).find("{await,"), std::string::npos) << text(dead.reason);
    EXPECT_NE(text(dead.reason).find("'receive'"), std::string::npos) << text(dead.reason);

    ScriptOptions o;
    o.time_limit = 50ms;
    auto t0 = std::chrono::steady_clock::now();
    ScriptResult slow = host().run_source("main(_) -> timer:sleep(10000).", o);
    EXPECT_EQ(slow.outcome, ScriptOutcome::TimeLimit);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 5s);
}

// A process of the script that grows past memory_limit_words is killed: the root (memory_limit), or a
// child whose failure the root does not survive.
TEST(ScriptHost, MemoryLimit) {
    ScriptOptions o;
    o.memory_limit_words = 100000;
    auto t0 = std::chrono::steady_clock::now();
    ScriptResult root = host().run_source("main(_) -> length(lists:seq(1, 10000000)).", o);
    EXPECT_EQ(root.outcome, ScriptOutcome::MemoryLimit) << root.message;
    ScriptResult child = host().run_source(
        "main(_) -> H = ember_script:spawn(fun() -> tuple_size(list_to_tuple(lists:seq(1, 10000000))) end),\n"
        "           ember_script:await(H).", o);
    EXPECT_EQ(child.outcome, ScriptOutcome::MemoryLimit) << child.message;
    ScriptResult small = host().run_source("main(_) -> length(lists:seq(1, 1000)).", o);
    EXPECT_EQ(small.outcome, ScriptOutcome::Ok) << small.message;
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 10s);
}

TEST(ScriptHost, MockBackendFilesHttpAndVirtualTime) {
    auto mock = std::make_shared<MockScriptBackend>();
    mock->add_file("in/data.txt", "canned");
    mock->add_http_response("http://api.test/v1", HttpResponse{200, {{"content-type", "text/plain"}}, "pong"});
    mock->add_http_error("http://down.test/", "econnrefused");
    ScriptOptions o;
    o.backend = mock;
    auto t0 = std::chrono::steady_clock::now();
    ScriptResult r = host().run_source(
        "main(_) ->\n"
        "    {ok, In} = ember_script:read_file(\"in/data.txt\"),\n"
        "    ok = ember_script:write_file(\"out.txt\", [In, \"!\"]),\n"
        "    {ok, #{status := 200, body := Body, headers := Hs}} = ember_script:http_get(\"http://api.test/v1\"),\n"
        "    {error, econnrefused} = ember_script:http_get(\"http://down.test/\"),\n"
        "    Sleepers = [ember_script:spawn(fun() -> ember_script:sleep(1000), ember_script:now() end)\n"
        "                || _ <- lists:seq(1, 100)],\n"
        "    Ends = lists:usort([ember_script:await(S) || S <- Sleepers]),\n"
        "    {Body, Hs, Ends, ember_script:list_dir(\".\")}.\n",
        o);
    auto wall = std::chrono::steady_clock::now() - t0;
    ASSERT_EQ(r.outcome, ScriptOutcome::Ok) << r.message;
    EXPECT_EQ(text(r.value), "{" + bin("pong") + ",[{" + bin("content-type") + "," + bin("text/plain") + "}],[1000],{ok,[" +
                                 str("in") + "," + str("out.txt") + "]}}");
    EXPECT_EQ(mock->file("out.txt").value_or(""), "canned!");
    EXPECT_EQ(mock->now_ms(), 1000);
    EXPECT_GE(mock->requests(), 105u);
    EXPECT_LT(wall, 1s);  // 100 sleep(1000) on virtual time
}

TEST(ScriptHost, ThreadPoolBackendUnderARoot) {
    fs::path root = temp_dir(), outside = temp_dir();
    std::ofstream(root / "data.txt") << "on disk";
    std::ofstream(outside / "secret") << "s";
    fs::create_symlink(outside / "secret", root / "link");
    fs::create_directory_symlink(outside, root / "dirlink");
    ScriptOptions o;
    o.backend = make_thread_pool_backend({.fs_root = root.string(), .http_client = [](const std::string& url) {
        ScriptIoResult r;
        r.http = HttpResponse{201, {}, "got " + url};
        return r;
    }});
    std::string escape = "../" + outside.filename().string() + "/secret";
    ScriptResult r = host().run_source(
        "main(_) -> [ember_script:read_file(\"data.txt\"), ember_script:write_file(\"new.txt\", \"n\"),\n"
        "            ember_script:read_file(\"" + escape + "\"), ember_script:read_file(\"" + (outside / "secret").string() + "\"),\n"
        "            ember_script:read_file(\"link\"), ember_script:list_dir(\"dirlink\"),\n"
        "            ember_script:http_get(\"http://x.test/\")].",
        o);
    ASSERT_EQ(r.outcome, ScriptOutcome::Ok) << r.message;
    EXPECT_EQ(text(r.value), "[{ok," + bin("on disk") + "},ok,{error,outside_root},{error,outside_root},"
                             "{error,outside_root},{error,outside_root},"
                             "{ok,#{body => " + bin("got http://x.test/") + ",headers => [],status => 201}}]");
    EXPECT_TRUE(fs::exists(root / "new.txt"));
    fs::remove_all(root);
    fs::remove_all(outside);
}

// A script holds only the capabilities it was given: each row's action is denied without its
// capability (by the script API, the natives underneath and OTP's own modules alike) and allowed with it.
TEST(ScriptHost, SandboxTable) {
    struct Row {
        const char* capability;  // the denial names it; "none": fails without reaching anything (no server to ask)
        const char* action;      // an expression
    };
    const Row rows[] = {
        {"file_read", "ember_script:read_file(\"f\")"},
        {"file_read", "ember_script_io:list_dir(get('$ember_script_io'), \".\")"},
        {"file_read", "prim_file:read_file(\"/etc/hostname\")"},
        {"none", "file:read_file(\"/etc/hostname\")"},
        {"none", "erl_prim_loader:get_file(\"/etc/hostname\")"},
        {"file_write", "ember_script:write_file(\"g\", \"x\")"},
        {"file_write", "prim_file:write_file(\"/tmp/ember-script-host-denied\", \"x\")"},  // with file_read
        {"none", "file:write_file(\"/tmp/ember-script-host-denied\", \"x\")"},
        {"network", "ember_script:http_get(\"http://a.test/\")"},
        {"network", "erlang:open_port({spawn_driver, \"tcp_inet\"}, [binary])"},
        {"none", "gen_tcp:connect({127, 0, 0, 1}, 1, [])"},  // no inet_db on the minimal boot
        {"os_process", "ember_os_process:spawn(#{argv => [\"/bin/true\"]})"},
        {"os_process", "os:cmd(\"true\")"},
        {"system", "ember_script_io:open(#{fs_root => \"/\"})"},
        {"system", "erlang:halt()"},
        {"code_load", "code:load_binary(m, \"m.beam\", <<>>)"},
        {"process", "erlang:processes()"},
        {"process", "exit(whereis(init), kill)"},
        {"process", "spawn(fun() -> ok end)"},
    };
    auto mock = std::make_shared<MockScriptBackend>();
    mock->add_file("f", "x");
    for (const Row& row : rows) {
        ScriptOptions o;
        o.backend = mock;
        o.capability_names = std::vector<std::string>{"clock"};
        std::string source = std::string("main(_) -> ") + row.action + ".";
        if (std::string(row.action).rfind("prim_file:write_file", 0) == 0) o.capability_names->push_back("file_read");
        ScriptResult denied = host().run_source(source, o);
        ASSERT_EQ(denied.outcome, ScriptOutcome::Failed) << row.action << ": " << denied.message;
        if (std::string(row.capability) == "none") continue;
        EXPECT_NE(text(denied.reason).find(std::string("{capability_denied,") + row.capability), std::string::npos)
            << row.action << ": " << text(denied.reason);
    }
    ScriptOptions allowed;
    allowed.backend = mock;
    allowed.capability_names = std::vector<std::string>{"file_read"};
    ScriptResult r = host().run_source("main(_) -> ember_script:read_file(\"f\").", allowed);
    ASSERT_EQ(r.outcome, ScriptOutcome::Ok) << r.message;
    EXPECT_EQ(text(r.value), "{ok," + bin("x") + "}");

    // init:stop/0,1 is a message anyone may send: init ignores a sender without `system`.
    ScriptOptions sandboxed;
    sandboxed.capability_names = std::vector<std::string>{"clock"};
    ScriptResult stop = host().run_source("main(_) -> init:stop(), init:stop(3), ember_script:sleep(50), alive.", sandboxed);
    ASSERT_EQ(stop.outcome, ScriptOutcome::Ok) << stop.message;
    EXPECT_FALSE(runtime().is_shut_down());

    ScriptOptions bad;
    bad.capability_names = std::vector<std::string>{"no_such_capability"};
    EXPECT_EQ(host().run_source("main(_) -> ok.", bad).outcome, ScriptOutcome::Error);
}

// Every process a script started is gone when run_source returns (plain spawns, a process waiting on a
// backend request included).
TEST(ScriptHost, NothingOutlivesAScript) {
    std::uint64_t watermark = runtime().spawned_pid_watermark();
    ScriptResult r = host().run_source(
        "main(_) -> [spawn(fun() -> receive after infinity -> ok end end) || _ <- lists:seq(1, 50)],\n"
        "           spawn(fun() -> ember_script:sleep(100000) end), done.");
    ASSERT_EQ(r.outcome, ScriptOutcome::Ok) << r.message;
    auto started_since = [&] {
        std::size_t n = 0;
        for (Pid p : runtime().list()) n += p.number > watermark;
        return n;
    };
    for (int i = 0; i < 100 && started_since() > 0; ++i) std::this_thread::sleep_for(10ms);
    EXPECT_EQ(started_since(), 0u);
}

// The OS processes a script started are listed in its result and none outlives the script.
TEST(ScriptHost, OsProcessesEndWithTheScript) {
    ScriptResult r = host().run_source(
        "main(_) -> #{handle := H} = ember_os_process:spawn(#{argv => [\"/bin/sleep\", \"30\"]}),\n"
        "           #{os_pid := OsPid, running := true} = ember_os_process:poll(H), OsPid.");
    ASSERT_EQ(r.outcome, ScriptOutcome::Ok) << r.message;
    ASSERT_EQ(r.os_processes.size(), 1u);
    std::string proc = "/proc/" + text(r.value) + "/stat";
    auto running = [&] {
        std::ifstream stat(proc);
        std::string pid, name, state;
        return stat >> pid >> name >> state && state != "Z";
    };
    for (int i = 0; i < 200 && running(); ++i) std::this_thread::sleep_for(10ms);
    EXPECT_FALSE(running()) << proc;
}

// 10,000 scripts back to back on one ScriptHost: no process is left behind and memory settles.
TEST(ScriptHostStress, TenThousandBackToBack) {
    const char* source =
        "main([N]) -> H = ember_script:spawn(fun() -> list_to_integer(N) * 2 end), ember_script:await(H).";
    ScriptOptions o;
    o.args = {"21"};
    ASSERT_EQ(host().run_source(source, o).outcome, ScriptOutcome::Ok);  // compiled and warmed up
    std::uint64_t watermark = runtime().spawned_pid_watermark();
    std::size_t rss_before = rss_kb();
    auto t0 = std::chrono::steady_clock::now();
    int ok = 0;
    for (int i = 0; i < 10000; ++i) {
        ScriptResult r = host().run_source(source, o);
        if (r.ok() && text(r.value) == "42") ++ok;
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    auto started_since = [&] {
        std::size_t n = 0;
        for (Pid p : runtime().list()) n += p.number > watermark;
        return n;
    };
    for (int i = 0; i < 100 && started_since() > 0; ++i) std::this_thread::sleep_for(10ms);
    std::size_t rss_after = rss_kb();
    std::printf("10,000 scripts: %lld ms; RSS before %zu kB, after %zu kB\n", static_cast<long long>(ms), rss_before,
                rss_after);
    EXPECT_EQ(ok, 10000);
    EXPECT_EQ(started_since(), 0u);
#if !defined(__SANITIZE_ADDRESS__)  // ASan keeps freed memory in quarantine (256 MB)
    EXPECT_LT(rss_after, rss_before + 64 * 1024);  // no per-script growth (64 MB of slack for the allocator)
#endif
}

// 500 scripts at once from 8 host threads, with different sources (compiled once each) and backends.
TEST(ScriptHostStress, FiveHundredFromEightThreads) {
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([t, &ok] {
            for (int i = t; i < 500; i += 8) {
                auto mock = std::make_shared<MockScriptBackend>();
                mock->add_file("n", std::to_string(i));
                ScriptOptions o;
                o.backend = mock;
                std::string source = "main(_) -> {ok, B} = ember_script:read_file(\"n\"), ember_script:sleep(" +
                                     std::to_string(i % 5) + "), {" + std::to_string(t) +
                                     ", binary_to_integer(B)}.";
                ScriptResult r = host().run_source(source, o);
                if (r.ok() && text(r.value) == "{" + std::to_string(t) + "," + std::to_string(i) + "}") ++ok;
            }
        });
    for (auto& th : threads) th.join();
    EXPECT_EQ(ok.load(), 500);
}

}  // namespace
}  // namespace ember
