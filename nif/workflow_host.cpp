// ember::WorkflowEngine (include/ember/workflow.hpp, docs/workflows.md): each call runs the matching
// ember_workflow function in a fresh guest process and reads its answer.
#include "ember/workflow.hpp"

#include <algorithm>

namespace ember {

namespace {

Error error_of(Errc code, const std::string& what) { return Error{code, what}; }

// {Tag, Value} -> Value when Tag is `tag`.
std::optional<OwnedTerm> tagged(const OwnedTerm& t, std::string_view tag) {
    auto parts = term::tuple_elements(t);
    if (!parts || parts->size() != 2 || term::atom_name((*parts)[0]) != tag) return std::nullopt;
    return (*parts)[1];
}

// The reason of {error, Reason} as an Error, with `known` atom reasons mapped to codes.
Error error_answer(const OwnedTerm& answer, std::initializer_list<std::pair<std::string_view, Errc>> known) {
    if (auto reason = tagged(answer, "error")) {
        if (auto name = term::atom_name(*reason))
            for (const auto& [atom, code] : known)
                if (*name == atom) return error_of(code, std::string(atom));
        return error_of(Errc::BadArg, term::to_string(*reason));
    }
    return error_of(Errc::BadArg, "unexpected answer " + term::to_string(answer));
}

OwnedTerm id_term(std::string_view workflow_id) { return term::binary(workflow_id); }

}  // namespace

Result<std::unique_ptr<WorkflowEngine>> WorkflowEngine::open(Runtime& runtime, const std::string& store_path) {
    return open(runtime, store_path, WorkflowEngineOptions{});
}

Result<std::unique_ptr<WorkflowEngine>> WorkflowEngine::open(Runtime& runtime, const std::string& store_path,
                                                             const WorkflowEngineOptions& options) {
    // The options as a proplist (start_engine/2 takes a map or a proplist).
    std::vector<OwnedTerm> props;
    if (options.virtual_clock)
        props.push_back(term::tuple({term::atom("clock"),
                                     options.virtual_start_ms
                                         ? term::tuple({term::atom("virtual"), term::integer(*options.virtual_start_ms)})
                                         : term::atom("virtual")}));
    Result<Pid> pid = runtime.spawn("ember_workflow", "start_engine", {term::charlist(store_path), term::list(props)});
    if (!pid) return pid.error();
    Result<Outcome> out = runtime.run_until_exit(*pid, std::chrono::minutes(5));
    if (!out) return out.error();
    if (!out->normal() || !out->result) return error_of(Errc::BadArg, "start_engine failed: " + term::to_string(out->reason));
    if (auto engine = tagged(*out->result, "ok"))
        if (auto p = term::to_pid(*engine)) return std::unique_ptr<WorkflowEngine>(new WorkflowEngine(runtime, *p));
    return error_answer(*out->result, {{"corrupt", Errc::Corrupt}, {"io_error", Errc::IoError}, {"busy", Errc::Busy},
                                       {"disk_full", Errc::DiskFull}});
}

WorkflowEngine::~WorkflowEngine() {
    if (!m_runtime.is_shut_down()) (void)call("stop_engine", {term::pid(m_engine)}, std::chrono::seconds(30));
}

Result<OwnedTerm> WorkflowEngine::call(std::string_view function, const std::vector<OwnedTerm>& args,
                                       std::chrono::milliseconds timeout) {
    Result<Pid> pid = m_runtime.spawn("ember_workflow", function, args);
    if (!pid) return pid.error();
    Result<Outcome> out = m_runtime.run_until_exit(*pid, timeout);
    if (!out) return out.error();
    if (!out->normal() || !out->result)
        return error_of(Errc::BadArg, "ember_workflow:" + std::string(function) + " failed: " + term::to_string(out->reason));
    return *out->result;
}

Result<std::string> WorkflowEngine::start(std::string_view workflow_id, std::string_view module, const OwnedTerm& input) {
    OwnedTerm mod = term::atom(module);
    if (!mod.is_value() || !input.is_value()) return error_of(Errc::BadArg, "bad module name or input");
    auto answer = call("start", {term::pid(m_engine), id_term(workflow_id), mod, input});
    if (!answer) return answer.error();
    if (auto run = tagged(*answer, "ok"))
        if (auto id = term::binary_bytes(*run)) return *id;
    return error_answer(*answer, {{"already_started", Errc::Duplicate}});
}

Result<WorkflowResult> WorkflowEngine::result(std::string_view workflow_id, std::chrono::milliseconds timeout) {
    auto answer = call("result", {term::pid(m_engine), id_term(workflow_id), term::integer(timeout.count())},
                       timeout + std::chrono::seconds(30));
    if (!answer) return answer.error();
    if (auto value = tagged(*answer, "ok")) return WorkflowResult{"completed", *value};
    if (auto reason = tagged(*answer, "error")) {
        if (auto name = term::atom_name(*reason)) {
            if (*name == "not_found") return error_of(Errc::NotFound, "no workflow " + std::string(workflow_id));
            if (*name == "timeout") return error_of(Errc::TimedOut, "the workflow is still running");
            return WorkflowResult{*name, OwnedTerm()};  // cancelled, terminated
        }
        if (auto parts = term::tuple_elements(*reason); parts && parts->size() == 2)
            if (auto status = term::atom_name((*parts)[0])) return WorkflowResult{*status, (*parts)[1]};
    }
    return error_answer(*answer, {});
}

Result<void> WorkflowEngine::signal(std::string_view workflow_id, const OwnedTerm& name, const OwnedTerm& payload) {
    auto answer = call("signal", {term::pid(m_engine), id_term(workflow_id), name, payload});
    if (!answer) return answer.error();
    if (term::atom_name(*answer) == "ok") return {};
    return error_answer(*answer, {{"not_running", Errc::NoProc}});
}

Result<OwnedTerm> WorkflowEngine::query(std::string_view workflow_id, const OwnedTerm& name, const OwnedTerm& args) {
    auto answer = call("query", {term::pid(m_engine), id_term(workflow_id), name, args});
    if (!answer) return answer.error();
    if (auto value = tagged(*answer, "ok")) return *value;
    return error_answer(*answer, {{"not_running", Errc::NoProc}, {"no_query_handler", Errc::NotFound},
                                  {"timeout", Errc::TimedOut}});
}

Result<void> WorkflowEngine::cancel(std::string_view workflow_id) {
    auto answer = call("cancel", {term::pid(m_engine), id_term(workflow_id)});
    if (!answer) return answer.error();
    if (term::atom_name(*answer) == "ok") return {};
    return error_answer(*answer, {{"not_running", Errc::NoProc}});
}

Result<OwnedTerm> WorkflowEngine::describe(std::string_view workflow_id) {
    auto answer = call("describe", {term::pid(m_engine), id_term(workflow_id)});
    if (!answer) return answer.error();
    if (auto value = tagged(*answer, "ok")) return *value;
    return error_answer(*answer, {{"not_found", Errc::NotFound}});
}

Result<std::vector<std::string>> WorkflowEngine::list_open() {
    auto answer = call("list_open", {term::pid(m_engine)});
    if (!answer) return answer.error();
    std::vector<std::string> ids;
    if (auto value = tagged(*answer, "ok"))
        if (auto items = term::list_elements(*value))
            for (const auto& i : *items)
                if (auto id = term::binary_bytes(i)) ids.push_back(*id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<void> WorkflowEngine::advance(std::chrono::milliseconds by) {
    if (by.count() < 0) return error_of(Errc::BadArg, "advance by a negative time");
    auto answer = call("advance", {term::pid(m_engine), term::integer(by.count())});
    if (!answer) return answer.error();
    if (term::atom_name(*answer) == "ok") return {};
    return error_answer(*answer, {});  // {error, real_clock}: BadArg
}

Result<std::int64_t> WorkflowEngine::time_ms() {
    auto answer = call("engine_time", {term::pid(m_engine)});
    if (!answer) return answer.error();
    if (auto ms = term::to_int64(*answer)) return *ms;
    return error_of(Errc::BadArg, "unexpected answer " + term::to_string(*answer));
}

Result<std::string> WorkflowEngine::start_json(std::string_view workflow_id, std::string_view module,
                                               std::string_view input_json) {
    auto input = json::decode(input_json);
    if (!input) return input.error();
    return start(workflow_id, module, *input);
}

Result<void> WorkflowEngine::signal_json(std::string_view workflow_id, std::string_view name,
                                         std::string_view payload_json) {
    auto payload = json::decode(payload_json);
    if (!payload) return payload.error();
    OwnedTerm n = term::atom(name);
    if (!n.is_value()) return error_of(Errc::BadArg, "bad signal name");
    return signal(workflow_id, n, *payload);
}

Result<WorkflowEngine::JsonResult> WorkflowEngine::result_json(std::string_view workflow_id,
                                                               std::chrono::milliseconds timeout) {
    auto r = result(workflow_id, timeout);
    if (!r) return r.error();
    if (r->status != "completed") return JsonResult{r->status, "null"};
    auto text = json::encode(r->value);
    if (!text) return text.error();
    return JsonResult{r->status, *text};
}

}  // namespace ember
