// ember::WorkflowEngine (include/ember/workflow.hpp, docs/workflows.md) under the host API: a workflow
// whose activity is a C++ host native, signals and queries from host threads, failure and
// cancellation outcomes, a run that resumes when the engine is opened again on the same store, and the
// `dirty` activity option moving a host native to a dirty pool.
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "ember/workflow.hpp"
#include "vm/dirty.hpp"

#ifndef EMBER_HOST_FIXTURES
#error "EMBER_HOST_FIXTURES (the compiled host fixtures directory) must be defined by CMake"
#endif
#ifndef EMBER_TEST_GUEST_EBIN
#define EMBER_TEST_GUEST_EBIN ""
#endif

namespace ember {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

std::atomic<int> g_activity_calls{0};

Runtime& runtime() {
    static std::unique_ptr<Runtime> rt = [] {
        RuntimeConfig config;
        config.schedulers = 2;
        config.dirty_cpu = 1;
        config.dirty_io = 2;
        config.guest_ebin = EMBER_TEST_GUEST_EBIN;
        config.code_path = {std::string(EMBER_HOST_FIXTURES) + "/path"};
        auto r = Runtime::create(config);
        if (!r.ok()) {
            ADD_FAILURE() << "Runtime::create: " << r.error().message;
            std::abort();
        }
        std::vector<NativeSpec> activities = {
            {"double", 1, [](NifContext&, std::span<const OwnedTerm> args) {
                 ++g_activity_calls;
                 return term::integer(2 * term::to_int64(args[0]).value_or(0));
             }},
            // The kind of scheduler thread it runs on; installed as a normal native.
            {"where", 0, [](NifContext&, std::span<const OwnedTerm>) {
                 switch (vm::current_dirty_kind()) {
                 case DirtyKind::Cpu: return term::atom("dirty_cpu");
                 case DirtyKind::Io: return term::atom("dirty_io");
                 case DirtyKind::None: break;
                 }
                 return term::atom("normal");
             }},
        };
        if (!(*r)->install_nifs("host_activities", activities).ok()) std::abort();
        return std::move(r).value();
    }();
    return *rt;
}

std::string store_path(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("ember-wfengine-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return (dir / (name + ".db")).string();
}

std::string text(const OwnedTerm& t) { return term::to_string(t); }

// How ~w prints a binary of `s`.
std::string bin(std::string_view s) {
    std::string out;
    for (unsigned char c : s) out += (out.empty() ? "" : ",") + std::to_string(c);
    return "<<" + out + ">>";
}

OwnedTerm order(int n) { return term::tuple({term::atom("order"), term::integer(n)}); }

TEST(WorkflowEngine, ActivityAsHostNativeSignalAndQuery) {
    auto engine = WorkflowEngine::open(runtime(), store_path("basic"));
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    auto& e = **engine;
    auto run = e.start("order-1", "host_workflow", order(21));
    ASSERT_TRUE(run.ok()) << run.error().message;
    EXPECT_EQ(e.start("order-1", "host_workflow", order(21)).code(), Errc::Duplicate);
    // the query is answered once the run waits (for the timer or the signal)
    Result<OwnedTerm> stage = Error{Errc::TimedOut, ""};
    for (int i = 0; i < 100 && !(stage = e.query("order-1", term::atom("stage"), term::nil())).ok(); ++i)
        std::this_thread::sleep_for(10ms);
    ASSERT_TRUE(stage.ok()) << stage.error().message;
    EXPECT_EQ(text(*stage), "waiting_for_payment");
    auto open = e.list_open();
    ASSERT_TRUE(open.ok());
    EXPECT_EQ(*open, std::vector<std::string>{"order-1"});
    ASSERT_TRUE(e.signal("order-1", term::atom("paid"), term::integer(5)).ok());
    auto r = e.result("order-1", 10s);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->status, "completed");
    EXPECT_EQ(text(r->value), "{42,5}");
    EXPECT_EQ(g_activity_calls.load(), 1);
    EXPECT_EQ(e.signal("order-1", term::atom("paid"), term::integer(5)).code(), Errc::NoProc);
    auto d = e.describe("order-1");
    ASSERT_TRUE(d.ok());
    EXPECT_NE(text(*d).find(bin("activity_completed")), std::string::npos);
    EXPECT_EQ(e.result("nobody", 1s).code(), Errc::NotFound);
}

TEST(WorkflowEngine, FailureCancellationAndTimeout) {
    auto engine = WorkflowEngine::open(runtime(), store_path("outcomes"));
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    auto& e = **engine;
    ASSERT_TRUE(e.start("f", "host_workflow", term::atom("fail")).ok());
    auto failed = e.result("f", 10s);
    ASSERT_TRUE(failed.ok()) << failed.error().message;
    EXPECT_EQ(failed->status, "failed");
    EXPECT_NE(text(failed->value).find("boom"), std::string::npos);

    ASSERT_TRUE(e.start("w", "host_workflow", term::atom("wait")).ok());
    EXPECT_EQ(e.result("w", 100ms).code(), Errc::TimedOut);
    ASSERT_TRUE(e.cancel("w").ok());
    auto cancelled = e.result("w", 10s);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message;
    EXPECT_EQ(cancelled->status, "cancelled");
}

// Signals from several host threads to several workflows at once.
TEST(WorkflowEngine, ManyHostThreads) {
    auto engine = WorkflowEngine::open(runtime(), store_path("threads"));
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    auto& e = **engine;
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 10; ++i) {
                std::string id = "t" + std::to_string(t) + "-" + std::to_string(i);
                if (!e.start(id, "host_workflow", order(i)).ok()) continue;
                if (!e.signal(id, term::atom("paid"), term::integer(t)).ok()) continue;
                auto r = e.result(id, 20s);
                if (r.ok() && text(r->value) == "{" + std::to_string(2 * i) + "," + std::to_string(t) + "}") ++ok;
            }
        });
    for (auto& th : threads) th.join();
    EXPECT_EQ(ok.load(), 40);
}

TEST(WorkflowEngine, JsonPayloads) {
    auto engine = WorkflowEngine::open(runtime(), store_path("json"));
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    auto& e = **engine;
    ASSERT_TRUE(e.start_json("cart-1", "host_workflow", R"({"items": [3, 4, 5]})").ok());
    ASSERT_TRUE(e.signal_json("cart-1", "coupon", R"({"discount": 2})").ok());
    auto r = e.result_json("cart-1", 10s);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->status, "completed");
    EXPECT_EQ(r->value_json, R"({"count":3,"total":10})");
    EXPECT_EQ(e.start_json("bad", "host_workflow", "{not json").code(), Errc::BadArg);
}

// A run left open when the engine stops resumes when the store is opened again.
TEST(WorkflowEngine, ResumesOnReopen) {
    std::string path = store_path("reopen");
    {
        auto engine = WorkflowEngine::open(runtime(), path);
        ASSERT_TRUE(engine.ok()) << engine.error().message;
        ASSERT_TRUE((*engine)->start("r", "host_workflow", order(4)).ok());
        EXPECT_EQ((*engine)->result("r", 200ms).code(), Errc::TimedOut);  // waiting for the signal
    }  // stopped: the run stops where it is
    int calls = g_activity_calls.load();
    auto engine = WorkflowEngine::open(runtime(), path);
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    ASSERT_TRUE((*engine)->signal("r", term::atom("paid"), term::integer(1)).ok());
    auto r = (*engine)->result("r", 10s);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(text(r->value), "{8,1}");
    EXPECT_EQ(g_activity_calls.load(), calls);  // the activity's result came from the history
    EXPECT_EQ(WorkflowEngine::open(runtime(), "/nonexistent-dir/x.db").code(), Errc::IoError);
}

// dirty => cpu | io runs a host native installed as a normal one on that dirty pool; without the
// option it runs on a normal scheduler; another value fails the workflow with a bad_option error.
TEST(WorkflowEngine, DirtyActivityOption) {
    auto engine = WorkflowEngine::open(runtime(), store_path("dirty"));
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    auto& e = **engine;
    const std::pair<const char*, const char*> cases[] = {{"cpu", "dirty_cpu"}, {"io", "dirty_io"}, {"none", "normal"}};
    for (const auto& [kind, want] : cases) {
        std::string id = std::string("dirty-") + kind;
        ASSERT_TRUE(e.start(id, "host_workflow", term::tuple({term::atom("dirty"), term::atom(kind)})).ok());
        auto r = e.result(id, 10s);
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(r->status, "completed") << kind;
        EXPECT_EQ(text(r->value), want) << kind;
    }
    ASSERT_TRUE(e.start("dirty-bad", "host_workflow", term::tuple({term::atom("dirty"), term::atom("gpu")})).ok());
    auto bad = e.result("dirty-bad", 10s);
    ASSERT_TRUE(bad.ok()) << bad.error().message;
    EXPECT_EQ(bad->status, "failed");
    EXPECT_NE(text(bad->value).find("{bad_option,{dirty,gpu}}"), std::string::npos) << text(bad->value);
}

// An engine on the virtual clock: advance() moves the time; a 1-hour durable timer passes at once
// while result() waits, and the workflow sees exactly an hour go by.
TEST(WorkflowEngine, VirtualClock) {
    WorkflowEngineOptions options;
    options.virtual_clock = true;
    options.virtual_start_ms = 1000000;
    auto engine = WorkflowEngine::open(runtime(), store_path("virtual"), options);
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    auto& e = **engine;
    ASSERT_TRUE(e.advance(5s).ok());
    auto t = e.time_ms();
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(*t, 1005000);
    ASSERT_TRUE(e.start("nap", "host_workflow", term::tuple({term::atom("sleep"), term::integer(3600000)})).ok());
    auto r = e.result("nap", 10s);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(text(r->value), "4605000");
    t = e.time_ms();
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(*t, 4605000);

    auto real = WorkflowEngine::open(runtime(), store_path("real_clock"));
    ASSERT_TRUE(real.ok()) << real.error().message;
    EXPECT_EQ((*real)->advance(1s).code(), Errc::BadArg);
}

}  // namespace
}  // namespace ember
