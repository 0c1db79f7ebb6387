// The OS-process registry (docs/os_process.md) under the host API's minimal boot: a Runtime made by
// libember runs the Ember-only guest suite erts_tests/os_process/os_process_tests.erl (also run by the
// CLI on both boots, erts_tests/os_process/os_process.cmake), and a host-made sandbox without
// os_process is denied.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

#include "ember/runtime.hpp"

#ifndef EMBER_OS_PROCESS_TESTS_DIR
#error "EMBER_OS_PROCESS_TESTS_DIR (the compiled os_process_tests.beam's directory) must be defined by CMake"
#endif
#ifndef EMBER_TEST_GUEST_EBIN
#define EMBER_TEST_GUEST_EBIN ""
#endif

namespace ember {
namespace {

using namespace std::chrono_literals;

// One Runtime per OS process (gtest_discover_tests runs each test in a process of its own).
Runtime& runtime() {
    static std::unique_ptr<Runtime> rt = [] {
        RuntimeConfig config;
        config.schedulers = 2;
        config.dirty_cpu = 1;
        config.dirty_io = 1;
        config.guest_ebin = EMBER_TEST_GUEST_EBIN;
        config.code_path = {EMBER_OS_PROCESS_TESTS_DIR};
        auto r = Runtime::create(config);
        if (!r.ok()) {
            ADD_FAILURE() << "Runtime::create: " << r.error().message;
            std::abort();
        }
        return std::move(r).value();
    }();
    return *rt;
}

bool g_made = false;
class Environment : public ::testing::Environment {
public:
    void TearDown() override {
        if (g_made) runtime().shutdown();
    }
};
[[maybe_unused]] ::testing::Environment* const g_env = ::testing::AddGlobalTestEnvironment(new Environment);

// The text of M:F(Args)'s result, or of its exit reason.
std::string run(std::string_view m, std::string_view f, const std::vector<OwnedTerm>& args, const SpawnOptions& opts) {
    g_made = true;
    auto pid = runtime().spawn(m, f, args, opts);
    if (!pid.ok()) return "<spawn failed: " + pid.error().message + ">";
    auto out = runtime().run_until_exit(*pid, 300s);
    if (!out.ok()) return std::string("<wait failed: ") + errc_name(out.code()) + ">";
    return out->result ? out->result->to_string() : "<exit " + out->reason.to_string() + ">";
}

TEST(OsProcessHost, GuestSuitePassesUnderTheHostBoot) {
    EXPECT_EQ(run("os_process_tests", "failures", {}, {}), "[]");
}

TEST(OsProcessHost, HostSandboxWithoutOsProcessIsDenied) {
    SpawnOptions sandbox;
    sandbox.capability_names = std::vector<std::string>{"process", "clock", "entropy", "file_read", "io"};
    std::string got = run("ember_os_process", "count", {}, sandbox);
    EXPECT_EQ(got.rfind("<exit {{capability_denied,os_process,{ember_os_process,request,1}},", 0), 0u) << got;
    // The same call with every capability answers.
    EXPECT_EQ(run("ember_os_process", "kill_all", {}, {}), "#{killed => 0}");
}

}  // namespace
}  // namespace ember
