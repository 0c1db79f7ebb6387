// ember_ffi (nif/ffi.cpp, lib/ember/src/ember_ffi.erl, docs/ffi.md): the guest functions of
// erts_tests/ffi/ffi_guest.erl run in a host Runtime against libc, libm and the test library built from
// erts_tests/ffi/ffi_testlib.c. Each guest function checks its own results (a failed check is a
// badmatch naming the value) and returns ok. Not differential: erl has no ember_ffi.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <shared_mutex>
#include <string>
#include <thread>

#include "ember/runtime.hpp"
#include "nif/static_nifs.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/process.hpp"

#ifndef EMBER_FFI_GUEST_DIR
#error "EMBER_FFI_GUEST_DIR (the compiled ffi_guest.beam's directory) must be defined by CMake"
#endif
#ifndef EMBER_FFI_TESTLIB
#error "EMBER_FFI_TESTLIB (the path of the test C library) must be defined by CMake"
#endif

namespace ember {
namespace {

using namespace std::chrono_literals;
namespace t = ember::term;

// One Runtime per test process (gtest_discover_tests runs each test in its own).
Runtime& rt() {
    static std::unique_ptr<Runtime> runtime = [] {
        RuntimeConfig config;
        config.schedulers = 2;
        config.dirty_cpu = 2;
        config.dirty_io = 4;
        config.code_path = {EMBER_FFI_GUEST_DIR};
        config.guest_ebin = EMBER_TEST_GUEST_EBIN;
        auto r = Runtime::create(config);
        if (!r.ok()) {
            ADD_FAILURE() << "Runtime::create: " << r.error().message;
            std::abort();
        }
        return std::move(r).value();
    }();
    return *runtime;
}

class RuntimeEnvironment : public ::testing::Environment {
public:
    void TearDown() override {
        if (made) rt().shutdown();
    }
    static inline bool made = false;
};
[[maybe_unused]] ::testing::Environment* const g_env = ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);

Runtime& runtime() {
    RuntimeEnvironment::made = true;
    return rt();
}

// The outcome of ffi_guest:Name(TestLibPath) as text: the result, or "exit: Reason".
std::string run_guest(const char* name, void (*before_go)(Pid) = nullptr) {
    auto pid = runtime().spawn("ffi_guest", name, {t::binary(std::string_view(EMBER_FFI_TESTLIB))});
    if (!pid.ok()) return "spawn failed: " + pid.error().message;
    if (before_go) before_go(pid.value());
    auto out = runtime().run_until_exit(pid.value(), 300s);
    if (!out.ok()) return "wait failed: " + out.error().message;
    if (!out.value().normal()) return "exit: " + out.value().reason.to_string();
    return out.value().result ? out.value().result->to_string() : "<no result>";
}

TEST(FfiGuest, Libc) { EXPECT_EQ(run_guest("libc"), "ok"); }
TEST(FfiGuest, Libm) { EXPECT_EQ(run_guest("libm"), "ok"); }
TEST(FfiGuest, IntegerEdges) { EXPECT_EQ(run_guest("int_edges"), "ok"); }
TEST(FfiGuest, Floats) { EXPECT_EQ(run_guest("floats"), "ok"); }
TEST(FfiGuest, ManyMixedArguments) { EXPECT_EQ(run_guest("many_args"), "ok"); }
TEST(FfiGuest, Strings) { EXPECT_EQ(run_guest("strings"), "ok"); }
TEST(FfiGuest, Binaries) { EXPECT_EQ(run_guest("binaries"), "ok"); }
TEST(FfiGuest, Pointers) { EXPECT_EQ(run_guest("pointers"), "ok"); }
TEST(FfiGuest, Buffers) { EXPECT_EQ(run_guest("buffers"), "ok"); }
TEST(FfiGuest, VoidReturn) { EXPECT_EQ(run_guest("void_return"), "ok"); }
TEST(FfiGuest, SignatureErrors) { EXPECT_EQ(run_guest("signature_errors"), "ok"); }
TEST(FfiGuest, CallErrors) { EXPECT_EQ(run_guest("call_errors"), "ok"); }
TEST(FfiGuest, ClosedLibrary) { EXPECT_EQ(run_guest("closed_library"), "ok"); }
TEST(FfiGuest, DirtyCalls) { EXPECT_EQ(run_guest("dirty"), "ok"); }
TEST(FfiGuest, Handles) { EXPECT_EQ(run_guest("handles"), "ok"); }
TEST(FfiGuest, OwnerExitReleases) { EXPECT_EQ(run_guest("owner_exit"), "ok"); }
TEST(FfiGuest, Sizes) { EXPECT_EQ(run_guest("sizes"), "ok"); }
TEST(FfiGuest, RandomTermsGiveErrorsNotCrashes) { EXPECT_EQ(run_guest("fuzz"), "ok"); }

// Removes native_code from a process waiting in receive, then sends it `go`. Guests cannot narrow
// their capabilities yet (docs/ffi.md), so the host does it on the process struct: holding main_lock
// (the process is not running meanwhile) and sending afterwards orders the write before its next run.
void drop_native_code(Pid pid) {
    auto& sched = scheduler::Scheduler::global();
    bool done = false;
    for (int tries = 0; tries < 10000 && !done; ++tries) {
        {
            std::shared_lock<std::shared_mutex> lock;
            vm::Process* p = sched.lookup(vm::make_pid(pid.number), lock);
            if (!p) break;
            if (p->status.load() == vm::ProcessStatus::Waiting && p->main_lock.try_lock()) {
                p->capabilities &= ~vm::CapabilitySet(vm::kCapNativeCode);
                p->main_lock.unlock();
                done = true;
            }
        }
        if (!done) std::this_thread::sleep_for(1ms);
    }
    ASSERT_TRUE(done) << "the guest never waited in receive";
    ASSERT_TRUE(runtime().send(pid, t::atom("go")).ok());
}

TEST(FfiCapability, DeniedWithoutNativeCode) {
    EXPECT_EQ(run_guest("denied", drop_native_code),
              "[{capability_denied,native_code,{ember_ffi,open,1}},{capability_denied,native_code,{ember_ffi,alloc,1}},"
              "{capability_denied,native_code,{ember_ffi,sizeof,1}},{capability_denied,native_code,{ember_ffi,call,2}},"
              "{capability_denied,native_code,{ember_ffi,call_dirty_io,2}}]");
}

TEST(FfiCapability, EveryNativeNeedsNativeCode) {
    auto rows = nif::ember_ffi_nifs();
    EXPECT_EQ(rows.size(), 13u);
    for (const vm::BifSpec& row : rows) {
        EXPECT_STREQ(row.module, "ember_ffi");
        EXPECT_NE(row.capabilities & vm::kCapNativeCode, 0u) << row.function << "/" << int(row.arity);
    }
}

}  // namespace
}  // namespace ember
