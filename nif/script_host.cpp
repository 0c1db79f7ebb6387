// ember::ScriptHost (include/ember/script.hpp, docs/scripts.md): runs escript-style sources as hosted
// scripts on a Runtime, through the guest module ember_script_host.
//
// Invariants: a source is compiled at most once at a time (m_compile_mutex) and its module is kept in
// m_modules until evicted; an evicted module has no running script (running == 0) and is unloaded by the
// guest; every backend a run registers is unregistered when the run returns.
#include <fstream>
#include <iomanip>
#include <list>
#include <mutex>
#include <sstream>
#include <unordered_map>

#include "ember/script.hpp"
#include "vm/capabilities.hpp"

namespace ember {

namespace {

constexpr std::size_t kMaxModules = 256;

OwnedTerm pair(OwnedTerm a, OwnedTerm b) { return term::tuple({std::move(a), std::move(b)}); }

std::string hex64(std::uint64_t v) {
    std::ostringstream s;
    s << std::hex << std::setw(16) << std::setfill('0') << v;
    return s.str();
}

// FNV-1a 64: the cache key of a source (and its default module name).
std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

ScriptResult failure(ScriptOutcome outcome, std::string message) {
    ScriptResult r;
    r.outcome = outcome;
    r.message = std::move(message);
    return r;
}

}  // namespace

const char* script_outcome_name(ScriptOutcome outcome) {
    switch (outcome) {
    case ScriptOutcome::Ok: return "ok";
    case ScriptOutcome::Failed: return "failed";
    case ScriptOutcome::Deadlock: return "deadlock";
    case ScriptOutcome::TimeLimit: return "time_limit";
    case ScriptOutcome::MemoryLimit: return "memory_limit";
    case ScriptOutcome::CompileError: return "compile_error";
    case ScriptOutcome::Error: return "error";
    }
    return "error";
}

struct ScriptHost::Impl {
    Runtime& runtime;

    struct Entry {
        std::string module;
        std::size_t running = 0;
        std::list<std::uint64_t>::iterator lru;  // position in `recent` (front: most recent)
    };
    std::mutex mutex;                        // m_modules, recent
    std::unordered_map<std::uint64_t, Entry> modules;  // source hash -> its module
    std::list<std::uint64_t> recent;
    std::mutex compile_mutex;                // one compilation at a time

    explicit Impl(Runtime& rt) : runtime(rt) {}

    // Runs ember_script_host:F(Args) in a fresh process and returns what it returned.
    Result<OwnedTerm> call(std::string_view function, const std::vector<OwnedTerm>& args) {
        Result<Pid> pid = runtime.spawn("ember_script_host", function, args);
        if (!pid) return pid.error();
        Result<Outcome> out = runtime.run_until_exit(*pid);
        if (!out) return out.error();
        if (!out->normal() || !out->result)
            return Error{Errc::BadArg, "ember_script_host:" + std::string(function) + " failed: " +
                                           term::to_string(out->reason)};
        return *out->result;
    }

    // The module of `source`, compiled and loaded on first use; counts one running script on it.
    // nullopt with `result` set when it does not compile.
    std::optional<std::string> acquire(std::string_view source, const std::string& name, ScriptResult& result) {
        std::uint64_t hash = fnv1a(source);
        if (auto m = lookup(hash)) return m;
        std::lock_guard compile_lock(compile_mutex);
        if (auto m = lookup(hash)) return m;  // compiled while we waited
        std::string default_module = "script_" + hex64(hash);
        Result<OwnedTerm> compiled = call("compile", {term::binary(source), term::charlist(name),
                                                      term::atom(default_module)});
        if (!compiled) {
            result = failure(ScriptOutcome::Error, compiled.error().message);
            return std::nullopt;
        }
        auto parts = term::tuple_elements(*compiled);
        if (!parts || parts->size() != 2) {
            result = failure(ScriptOutcome::Error, "unexpected compile answer " + term::to_string(*compiled));
            return std::nullopt;
        }
        if (term::atom_name((*parts)[0]) == "compile_error") {
            result = failure(ScriptOutcome::CompileError, "the script does not compile: " + term::to_string((*parts)[1]));
            result.reason = (*parts)[1];
            return std::nullopt;
        }
        std::string module = term::atom_name((*parts)[1]).value_or("");
        std::vector<std::string> evicted;
        {
            std::lock_guard lock(mutex);
            recent.push_front(hash);
            modules[hash] = Entry{module, 1, recent.begin()};
            evicted = evict_locked();
        }
        for (const auto& m : evicted) (void)call("unload", {term::atom(m)});
        return module;
    }

    std::optional<std::string> lookup(std::uint64_t hash) {
        std::lock_guard lock(mutex);
        auto it = modules.find(hash);
        if (it == modules.end()) return std::nullopt;
        ++it->second.running;
        recent.splice(recent.begin(), recent, it->second.lru);
        return it->second.module;
    }

    void release(const std::string& module) {
        std::lock_guard lock(mutex);
        for (auto& [hash, e] : modules)
            if (e.module == module && e.running > 0) {
                --e.running;
                return;
            }
    }

    // Beyond kMaxModules: the least recently used modules no script runs. Caller holds mutex.
    std::vector<std::string> evict_locked() {
        std::vector<std::string> out;
        for (auto it = recent.end(); modules.size() > kMaxModules && it != recent.begin();) {
            --it;
            auto m = modules.find(*it);
            if (m->second.running != 0) continue;
            out.push_back(m->second.module);
            modules.erase(m);
            it = recent.erase(it);
        }
        return out;
    }

    ScriptResult run(std::string_view source, const std::string& name, const ScriptOptions& options) {
        std::vector<OwnedTerm> props;
        if (options.capability_names) {
            std::vector<OwnedTerm> caps;
            for (const auto& c : *options.capability_names) {
                if (vm::capability_from_name(c) == 0) return failure(ScriptOutcome::Error, "unknown capability " + c);
                caps.push_back(term::atom(c));
            }
            props.push_back(pair(term::atom("capabilities"), term::list(caps)));
        }
        if (options.time_limit)
            props.push_back(pair(term::atom("time_limit_ms"), term::integer(options.time_limit->count())));
        if (options.memory_limit_words)
            props.push_back(pair(term::atom("max_heap_words"),
                                 term::unsigned_integer(options.memory_limit_words)));
        std::shared_ptr<ScriptBackend> backend = options.backend ? options.backend : make_thread_pool_backend();
        std::uint64_t backend_id = register_script_backend(backend);
        props.push_back(pair(term::atom("backend"), term::unsigned_integer(backend_id)));
        std::vector<OwnedTerm> args;
        for (const auto& a : options.args) args.push_back(term::charlist(a));

        ScriptResult result;
        std::optional<std::string> module = acquire(source, name, result);
        if (!module) {
            unregister_script_backend(backend_id);
            return result;
        }
        Result<OwnedTerm> answer = call("run", {term::atom(*module), term::list(args), term::list(props)});
        release(*module);
        unregister_script_backend(backend_id);
        if (!answer) return failure(ScriptOutcome::Error, answer.error().message);
        read_answer(*answer, result);
        return result;
    }

    // {Outcome, [{Pid, Output}], [OsProcessHandle]} from ember_script_host:run/3.
    static void read_answer(const OwnedTerm& answer, ScriptResult& r) {
        auto parts = term::tuple_elements(answer);
        if (!parts || parts->size() != 3) {
            r = failure(ScriptOutcome::Error, "unexpected answer " + term::to_string(answer));
            return;
        }
        const OwnedTerm& outcome = (*parts)[0];
        if (auto name = term::atom_name(outcome)) {
            r.outcome = *name == "time_limit" ? ScriptOutcome::TimeLimit : ScriptOutcome::MemoryLimit;
            r.message = *name == "time_limit" ? "the time limit passed" : "a process passed the memory limit";
        } else if (auto o = term::tuple_elements(outcome); o && o->size() == 2) {
            std::string tag = term::atom_name((*o)[0]).value_or("");
            if (tag == "ok") {
                r.outcome = ScriptOutcome::Ok;
                r.value = (*o)[1];
            } else {
                r.outcome = tag == "deadlock" ? ScriptOutcome::Deadlock : ScriptOutcome::Failed;
                r.reason = (*o)[1];
                r.message = (tag == "deadlock" ? "deadlock: " : "the script failed: ") + term::to_string(r.reason);
            }
        }
        if (auto outputs = term::list_elements((*parts)[1]))
            for (const auto& o : *outputs) {
                auto pid_text = term::tuple_elements(o);
                if (!pid_text || pid_text->size() != 2) continue;
                r.output.push_back(ProcessOutput{term::to_pid((*pid_text)[0]).value_or(Pid{}),
                                                 term::binary_bytes((*pid_text)[1]).value_or("")});
            }
        if (auto handles = term::list_elements((*parts)[2]))
            for (const auto& h : *handles)
                if (auto n = term::to_uint64(h)) r.os_processes.push_back(*n);
    }
};

ScriptHost::ScriptHost(Runtime& runtime) : m_impl(std::make_unique<Impl>(runtime)) {}
ScriptHost::~ScriptHost() = default;

ScriptResult ScriptHost::run_source(std::string_view source, const ScriptOptions& options) {
    return m_impl->run(source, "script", options);
}

ScriptResult ScriptHost::run_file(const std::string& path, const ScriptOptions& options) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return failure(ScriptOutcome::Error, "cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return m_impl->run(text.str(), path, options);
}

}  // namespace ember
