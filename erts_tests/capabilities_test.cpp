// The capability sandbox (docs/capabilities.md), driven from the host API: every registered native
// that needs a capability is denied to a process without it, through every call path; the denial
// counters count exactly those denials; spawn narrows and inherits; a capability-less process calling
// every native with random arguments neither crashes the VM nor gets past a check. The guest side is
// erts_tests/host_fixtures/caps_probe.erl.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ember/runtime.hpp"
#include "nif/static_nifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/capabilities.hpp"
#include "vm/module.hpp"

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

Runtime& rt() {
    static std::unique_ptr<Runtime> runtime = [] {
        RuntimeConfig config;
        config.schedulers = 2;
        config.guest_ebin = EMBER_TEST_GUEST_EBIN;
        auto r = Runtime::create(config);
        if (!r.ok()) {
            ADD_FAILURE() << "Runtime::create: " << r.error().message;
            std::abort();
        }
        std::ifstream in(std::string(EMBER_HOST_FIXTURES) + "/caps_probe.beam", std::ios::binary);
        std::vector<std::uint8_t> beam((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto loaded = r.value()->load_module("caps_probe", beam);
        if (!loaded.ok()) {
            ADD_FAILURE() << "load caps_probe: " << loaded.error().message;
            std::abort();
        }
        return std::move(r).value();
    }();
    return *runtime;
}

// Runs caps_probe:Function(Args...) in a host-spawned process holding every capability; its result
// printed with ~w, or the exit reason prefixed with "EXIT ".
std::string run_probe(const char* function, const std::vector<OwnedTerm>& args = {},
                      std::chrono::milliseconds timeout = 120s) {
    auto pid = rt().spawn("caps_probe", function, args);
    if (!pid.ok()) return "spawn failed: " + pid.error().message;
    auto out = rt().run_until_exit(*pid, timeout);
    if (!out.ok()) return std::string("run_until_exit: ") + errc_name(out.code());
    if (!out->normal() || !out->result) return "EXIT " + out->reason.to_string();
    return out->result->to_string();
}

// One registered native: where it is reached from and what it needs.
struct Native {
    std::string module, function;
    unsigned arity;
    vm::CapabilitySet capabilities;
    bool exported;  // a BIF (an export entry); false: a NIF bound into its module's code
};

// Every row of every registration table: the BIF tables the code server registered (rows a later
// duplicate overrode are left out: a separate test forbids duplicates) and the static NIF libraries.
std::vector<Native> registry() {
    rt();  // registers the BIFs
    std::vector<Native> out;
    vm::AtomTable& atoms = vm::AtomTable::global();
    for (std::span<const vm::BifSpec> table : vm::CodeServer::global().bif_tables())
        for (const vm::BifSpec& s : table) {
            vm::Export* ep = vm::CodeServer::global().export_entry(atoms.intern(s.module), atoms.intern(s.function), s.arity);
            if (ep->bif == &s) out.push_back({s.module, s.function, s.arity, s.capabilities, true});
        }
    for (const nif::StaticNifLibrary& lib : nif::static_nif_libraries())
        for (const vm::BifSpec& s : lib.nifs()) out.push_back({s.module, s.function, s.arity, s.capabilities, false});
    return out;
}

// The only gated native no guest process can call: prim_file's helper process closes handles with it.
bool no_guest_path(const Native& n) { return n.module == "prim_file" && n.function == "delayed_close_nif"; }

TEST(CapabilityAudit, EveryRowHasOnlyNamedBits) {
    std::size_t gated = 0;
    for (const Native& n : registry()) {
        EXPECT_EQ(n.capabilities & ~vm::kCapNamedBits, 0u) << n.module << ":" << n.function << "/" << n.arity;
        if (n.capabilities) ++gated;
    }
    EXPECT_GT(gated, 100u);  // the audit gates well over a hundred natives
}

TEST(CapabilityAudit, NamesRoundTrip) {
    for (unsigned bit = 0; bit < vm::kCapabilityBits; ++bit) {
        ASSERT_NE(vm::capability_name(bit), nullptr);
        EXPECT_EQ(vm::capability_from_name(vm::capability_name(bit)), vm::CapabilitySet(1) << bit);
    }
    EXPECT_EQ(vm::capability_from_name("filesystem"), 0u);
    EXPECT_EQ(vm::kCapFilesystem, vm::kCapFileRead | vm::kCapFileWrite);
}

// For every gated native and every capability it needs: a process holding everything else is denied
// through apply/3 and an export fun, and (BIFs) a process spawned on the MFA itself is denied at its
// first call; NIFs are reached through the public function that calls them. The denial counters
// grow by exactly the number of denials.
TEST(CapabilitySweep, EveryGatedNativeIsDeniedThroughEveryPath) {
    std::vector<OwnedTerm> rows;
    std::map<std::string, std::uint64_t> expected;
    for (unsigned bit = 0; bit < vm::kCapabilityBits; ++bit) expected[vm::capability_name(bit)] = 0;
    for (const Native& n : registry()) {
        if (n.capabilities == 0 || no_guest_path(n)) continue;
        for (unsigned bit = 0; bit < vm::kCapabilityBits; ++bit) {
            if (!(n.capabilities & (vm::CapabilitySet(1) << bit))) continue;
            rows.push_back(t::tuple({t::atom(n.module), t::atom(n.function), t::integer(n.arity),
                                     t::atom(vm::capability_name(bit)), t::atom(n.exported ? "export" : "nif")}));
            expected[vm::capability_name(bit)] += n.exported ? 3 : 1;
        }
    }
    ASSERT_GT(rows.size(), 100u);
    std::string deltas;
    for (const auto& [name, count] : expected)
        deltas += (deltas.empty() ? "" : ",") + std::string("{") + name + "," + std::to_string(count) + "}";
    EXPECT_EQ(run_probe("sweep", {t::list(rows)}), "{[],[" + deltas + "]}");
}

// The call paths the loader and the interpreter have, from a process holding nothing.
TEST(CapabilitySweep, DirectCallPaths) {
    EXPECT_EQ(run_probe("direct"),
              "[{call_bif,{denied,clock,{erlang,system_time,0}}},"
              "{call_ext_tail,{denied,os_process,{os,getenv,1}}},"
              "{export_fun,{denied,system,{erlang,halt,0}}},"
              "{apply_3,{denied,system,{erlang,halt,0}}},"
              "{apply_2,{denied,os_process,{os,getpid,0}}},"
              "{hibernate,{denied,system,{erlang,halt,0}}},"
              "{spawn_fun_child,{denied,process,{erlang,spawn,1}}},"
              "{call_bif_entropy,{denied,entropy,{erlang,unique_integer,1}}},"
              "{nif_local_call,{denied,file_read,{prim_file,read_file_nif,1}}},"
              "{autoload_with_on_load,{value,<<97,98,99>>}}]");
}

// A bif0 op of a gated BIF (assembled by caps_probe: erlc never emits one) gets the loader's
// i_caps_check.
TEST(CapabilitySweep, DirectBifOpIsChecked) {
    EXPECT_EQ(run_probe("bif_op"), "[{denied,clock,{erlang,system_time,0}},clock_ok]");
}

// Natives whose need depends on their arguments: ETS tables of others, ports of others, open_port by
// kind, process_info of others, prim_file:open modes; and what stays allowed.
TEST(CapabilitySweep, ArgumentDependentChecks) {
    EXPECT_EQ(run_probe("dynamic"),
              "[{table_unchanged,true},{port_alive,true},"
              "{ets_lookup_other,{denied,ets_shared,{ets,lookup,2}}},"
              "{ets_insert_other,{denied,ets_shared,{ets,insert,2}}},"
              "{ets_new_public,{denied,ets_shared,{ets,new,2}}},"
              "{ets_new_named,{denied,ets_shared,{ets,new,2}}},"
              "{ets_own_private,{value,[{a,1}]}},"
              "{ets_all,{denied,ets_shared,{ets,internal_request_all,0}}},"
              "{port_command_other_no_process,{denied,process,{erts_internal,port_command,3}}},"
              "{port_command_other_process_only,{denied,os_process,{erts_internal,port_command,3}}},"
              "{port_info_other,{denied,process,{erts_internal,port_info,2}}},"
              "{port_message_command,{denied,process,{erlang,send,2}}},"
              "{port_message_junk,{denied,os_process,{erlang,send,2}}},"
              "{port_close_other,{denied,os_process,{erts_internal,port_close,1}}},"
              "{open_port_spawn,{denied,os_process,{erts_internal,open_port,2}}},"
              "{open_port_fd,{denied,io,{erts_internal,open_port,2}}},"
              "{process_info_self,{value,status}},"
              "{process_info_other,{denied,process,{erlang,process_info,2}}},"
              "{open_read_only,{value,ok}},"
              "{open_write,{denied,file_write,{prim_file,open_nif,2}}},"
              "{file_read_direct,{denied,file_read,{prim_file,read_file_nif,1}}},"
              "{file_read_service,{value,<<120>>}},"
              "{send_to_parent,{value,sent}},"
              "{monitor_allowed,{value,true}}]");
}

OwnedTerm atoms(std::initializer_list<const char*> names) {
    std::vector<OwnedTerm> items;
    for (const char* n : names) items.push_back(t::atom(n));
    return t::list(items);
}

OwnedTerm spawn_how(const char* how, const OwnedTerm& opts) { return t::tuple({t::atom(how), opts}); }

TEST(CapabilitySpawn, ChildrenInheritAndOptionsOnlyNarrow) {
    OwnedTerm parent = atoms({"process", "clock"});
    auto caps_opt = [](OwnedTerm list) { return t::list({t::tuple({t::atom("capabilities"), std::move(list)})}); };
    EXPECT_EQ(run_probe("capabilities_of_child", {parent, spawn_how("spawn", t::nil())}), "[process,clock]");
    EXPECT_EQ(run_probe("capabilities_of_child",
                        {parent, spawn_how("spawn_opt", caps_opt(atoms({"clock", "file_read", "system"})))}),
              "[clock]");
    EXPECT_EQ(run_probe("capabilities_of_child",
                        {parent, spawn_how("spawn_request", caps_opt(atoms({"process", "network"})))}),
              "[process]");
    EXPECT_EQ(run_probe("capabilities_of_child", {parent, spawn_how("spawn_opt", caps_opt(atoms({"bogus"})))}),
              "{error,badarg}");
}

TEST(CapabilitySpawn, HostSpawnOptions) {
    SpawnOptions options;
    options.capability_names = std::vector<std::string>{"file_read", "clock"};
    auto pid = rt().spawn("ember", "capabilities", {}, options);
    ASSERT_TRUE(pid.ok());
    auto out = rt().run_until_exit(*pid, 10s);
    ASSERT_TRUE(out.ok() && out->result);
    EXPECT_EQ(out->result->to_string(), "[clock,file_read]");

    options.capability_names = std::vector<std::string>{};
    pid = rt().spawn("ember", "capabilities", {}, options);
    ASSERT_TRUE(pid.ok());
    out = rt().run_until_exit(*pid, 10s);
    ASSERT_TRUE(out.ok() && out->result);
    EXPECT_EQ(out->result->to_string(), "[]");

    options.capability_names = std::vector<std::string>{"clock", "no_such_capability"};
    EXPECT_EQ(rt().spawn("ember", "capabilities", {}, options).code(), Errc::BadArg);
}

TEST(CapabilityCounters, HostGetterCountsADenial) {
    auto count_of = [](const char* name) {
        for (const auto& [n, c] : rt().capability_denials())
            if (n == name) return c;
        return std::uint64_t(~0);
    };
    ASSERT_EQ(rt().capability_denials().size(), vm::kCapabilityBits);
    std::uint64_t before = count_of("native_code");
    SpawnOptions options;
    options.capability_names = std::vector<std::string>{};
    auto pid = rt().spawn("erlang", "load_nif", {t::charlist("x"), t::integer(0)}, options);
    ASSERT_TRUE(pid.ok());
    auto out = rt().run_until_exit(*pid, 10s);
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->reason.to_string(), "{{capability_denied,native_code,{erlang,load_nif,2}},[]}");
    EXPECT_EQ(count_of("native_code"), before + 1);
}

// Every registered native, 100 calls each with pseudo-random arguments, from a process without
// capabilities: the VM survives, no gated native answers anything but the denial, and the public
// table and port of another process are untouched. Runs in a few seconds.
TEST(CapabilityFuzz, SandboxedProcessCallsEveryNative) {
    std::vector<OwnedTerm> rows;
    for (const Native& n : registry())
        rows.push_back(t::tuple({t::atom(n.module), t::atom(n.function), t::integer(n.arity),
                                 t::atom(n.capabilities ? "true" : "false")}));
    EXPECT_EQ(run_probe("fuzz", {t::list(rows), t::integer(100)}, 60s), "{[],[{table,true},{port,true}]}");
    EXPECT_FALSE(rt().is_shut_down());
}

}  // namespace
}  // namespace ember
