// ember::WorkflowEngine: durable workflows driven from C++ (docs/workflows.md). A thin host-side handle
// on the guest engine (ember_workflow_engine) running on a Runtime:
//
//   ember::Runtime rt(config);   // config.code_path holds the workflow modules' beams
//   auto engine = ember::WorkflowEngine::open(rt, "/var/lib/app/workflows.db").value();
//   engine->start("order-1", "order", ember::term::integer(1));
//   engine->signal("order-1", ember::term::atom("paid"), ember::term::integer(42));
//   ember::WorkflowResult r = engine->result("order-1", std::chrono::seconds(60)).value();
//   // r.status == "completed", r.value: what order:run/1 returned
//
// Workflow and activity code is Erlang (any BEAM language) on the Runtime's code path or loaded with
// Runtime::load_module; activities written in C++ are host natives (Runtime::install_nifs) that the
// workflow calls as activities. Every member function may be called from any host thread; each blocks
// until the engine answers (never on a scheduler thread: not from inside a native).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ember/json.hpp"
#include "ember/runtime.hpp"

namespace ember {

struct WorkflowResult {
    std::string status;  // "completed", "failed", "cancelled", "terminated"
    OwnedTerm value;     // completed: the workflow's value; failed: {Class, Reason, Stack} or the reason
};

// ember_workflow:start_engine/2's options.
struct WorkflowEngineOptions {
    // The virtual clock, for tests (docs/workflows.md "Virtual clock"): the runs' time moves only by
    // advance() and by skipping to the next deadline while a result() waits and nothing else can
    // happen. It starts at virtual_start_ms (default: the real time) or later.
    bool virtual_clock = false;
    std::optional<std::int64_t> virtual_start_ms;
};

class WorkflowEngine {
public:
    // Opens (creating it when missing) the store at `store_path` and starts an engine on it; the runs
    // that were open there resume at once. Errors: the store's (Corrupt, IoError, Busy, ...), ShutDown.
    static Result<std::unique_ptr<WorkflowEngine>> open(Runtime& runtime, const std::string& store_path);
    static Result<std::unique_ptr<WorkflowEngine>> open(Runtime& runtime, const std::string& store_path,
                                                        const WorkflowEngineOptions& options);
    // Stops the engine: its runs stop where they are and resume on the next open of the store.
    ~WorkflowEngine();
    WorkflowEngine(const WorkflowEngine&) = delete;
    WorkflowEngine& operator=(const WorkflowEngine&) = delete;

    // A run of module:run(input) under workflow_id; its run id. Duplicate while a run of the id is open.
    Result<std::string> start(std::string_view workflow_id, std::string_view module, const OwnedTerm& input);
    // The latest run's outcome, waiting up to `timeout` for it. Errors: NotFound, TimedOut (still
    // running), ShutDown.
    Result<WorkflowResult> result(std::string_view workflow_id, std::chrono::milliseconds timeout);
    // ember_workflow:signal/4; NoProc when no run of the id is open.
    Result<void> signal(std::string_view workflow_id, const OwnedTerm& name, const OwnedTerm& payload);
    // ember_workflow:query/4: the handler's answer. NoProc (not running), NotFound (no query handler),
    // TimedOut.
    Result<OwnedTerm> query(std::string_view workflow_id, const OwnedTerm& name, const OwnedTerm& args);
    // ember_workflow:cancel/2; NoProc when no run of the id is open.
    Result<void> cancel(std::string_view workflow_id);
    // ember_workflow:describe/2: #{runs => [RunInfo], history => [{Seq, Type, Payload, TimeMs}]}.
    Result<OwnedTerm> describe(std::string_view workflow_id);
    // The workflow ids with an open run, sorted.
    Result<std::vector<std::string>> list_open();
    // ember_workflow:advance/2 (virtual clock): returns once the time has moved `by` forward and the
    // runs have reacted to every deadline on the way. BadArg on a real-clock engine.
    Result<void> advance(std::chrono::milliseconds by);
    // ember_workflow:engine_time/1: the engine's time in Unix ms (virtual or real).
    Result<std::int64_t> time_ms();

    // The same with JSON payloads (<ember/json.hpp>, OTP 27's json mapping: an object is a map with
    // binary keys, a string a binary, ...). The signal's name is an atom. result_json gives the value
    // as JSON text (BadArg when it has no JSON form, e.g. a tuple).
    Result<std::string> start_json(std::string_view workflow_id, std::string_view module, std::string_view input_json);
    Result<void> signal_json(std::string_view workflow_id, std::string_view name, std::string_view payload_json);
    struct JsonResult {
        std::string status;
        std::string value_json;
    };
    Result<JsonResult> result_json(std::string_view workflow_id, std::chrono::milliseconds timeout);

    Pid engine_pid() const { return m_engine; }

private:
    WorkflowEngine(Runtime& runtime, Pid engine) : m_runtime(runtime), m_engine(engine) {}
    // ember_workflow:Function(Args) in a fresh process; what it returned.
    Result<OwnedTerm> call(std::string_view function, const std::vector<OwnedTerm>& args,
                           std::chrono::milliseconds timeout = std::chrono::minutes(5));

    Runtime& m_runtime;
    Pid m_engine;
};

}  // namespace ember
