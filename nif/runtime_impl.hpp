// Runtime::Impl, shared by the files of the host API: nif/runtime.cpp (boot, spawn, signals, waits),
// nif/host_services.cpp (names, groups, timers, process inspection), nif/host_natives.cpp
// (install_nifs), nif/host_mailbox.cpp and nif/host_events.cpp.
#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "ember/runtime.hpp"
#include "scheduler/scheduler.hpp"
#include "scheduler/tombstones.hpp"

namespace ember {

namespace host {

constexpr std::uint64_t kPidLimit = std::uint64_t(1) << 60;  // pid numbers are 60 bits (vm/term.hpp)
inline constexpr vm::Term kHostPid = vm::make_pid(0);        // the `From` of the host's signals

inline bool valid_pid(Pid p) { return p.number != 0 && p.number < kPidLimit; }
inline Error error(Errc code, std::string message = {}) { return Error{code, std::move(message)}; }

// The event log (nif/host_events.cpp): starts its thread on the first callback, stops at shutdown.
void start_event_log();
void stop_event_log();
// Whether the host installed natives for `module` (erlang:load_nif/2 of such a module succeeds: the
// host's natives are its NIF library; nif/static_nifs.cpp).
bool has_natives(vm::Term module);
// The mailbox service (nif/host_mailbox.cpp): registers ember_host_mailbox:deliver/2 at boot; wakes
// every receiver with ShutDown at shutdown.
void register_mailbox_native();
void shutdown_mailboxes();

}  // namespace host

struct Runtime::Impl {
    scheduler::Scheduler& sched = scheduler::Scheduler::global();
    scheduler::TombstoneTable* tombstones = nullptr;  // the scheduler's (made by configure() during boot)
    std::atomic<bool> shut{false};        // no new work: shutdown() or a guest halt
    std::atomic<bool> host_shutdown{false};
    std::mutex shutdown_mutex;            // serialises shutdown(); guards joined
    bool joined = false;
    mutable std::mutex status_mutex;      // guards halt_status
    std::optional<int> halt_status;
    std::thread halt_watcher;             // wakes waiters when a guest halts the runtime

    // whereis_or_spawn: one spawn per name at a time among host threads.
    std::mutex names_mutex;
    // Host-side process groups: name -> members in join order (a pid once per join).
    std::mutex groups_mutex;
    std::map<std::string, std::vector<Pid>, std::less<>> groups;

    static Result<std::unique_ptr<Impl>> boot(const RuntimeConfig& config);
    void watch_halt();
    void shutdown();
    Result<Pid> spawn(std::string_view module, std::string_view function, const std::vector<OwnedTerm>& args,
                      const SpawnOptions& options, std::function<void(vm::Term)> before_run = {});
    Result<Outcome> wait(Pid pid, std::optional<std::chrono::steady_clock::time_point> deadline);
};

}  // namespace ember
