// The hosted-script layer's host side (docs/scripts.md): the I/O backend that ember_script's
// sleep/read_file/write_file/list_dir/http_get reach, its two implementations, and ScriptHost, which
// runs scripts on a Runtime.
//
//   ember::Runtime rt;
//   ember::ScriptHost host(rt);
//   ember::ScriptOptions options;
//   options.capability_names = std::vector<std::string>{"file_read"};
//   options.backend = ember::make_thread_pool_backend({.fs_root = "/srv/scripts/data"});
//   ember::ScriptResult r = host.run_source("main(_) -> ember_script:read_file(\"in.txt\").", options);
//   // r.outcome == ScriptOutcome::Ok, r.value: {ok, <<...>>}
//
// Erlang has no counterpart; the shapes follow the file module (errors are the atoms file:read_file/1
// returns) and escript (main/1).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ember/runtime.hpp"
#include "ember/term.hpp"

namespace ember {

// ---- the I/O backend ---------------------------------------------------------------------------------

struct HttpResponse {
    int status = 0;                                            // 200, 404, ...
    std::vector<std::pair<std::string, std::string>> headers;  // in the order received
    std::string body;
};

// The answer to one request. The script sees {ok, Data} / ok / {ok, Names} / {ok, #{status, headers,
// body}} or {error, Reason} with Reason the atom named by `error`.
struct ScriptIoResult {
    // Empty on success. Else an atom name: an errno name as the file module returns (enoent, eacces,
    // eisdir, enotdir, ...), "outside_root" (the path leaves fs_root), "no_fs_root" (the backend has
    // no root directory), "http_disabled" (no HTTP client), "no_response" (the mock has no canned
    // answer), or what the host's HTTP client reports.
    std::string error;
    std::string data;                // read_file: the contents
    std::vector<std::string> names;  // list_dir: the entries, sorted, without "." and ".."
    HttpResponse http;               // http_get
    bool ok() const { return error.empty(); }
    static ScriptIoResult failure(std::string reason) {
        ScriptIoResult r;
        r.error = std::move(reason);
        return r;
    }
};

using ScriptIoCallback = std::function<void(ScriptIoResult)>;

// What a script's I/O goes through. Paths are relative to the backend's root directory, as the script
// wrote them; the backend refuses one that leaves the root (an absolute path, `..` above the root, a
// symlink pointing outside) with "outside_root".
//
// Every request returns promptly and calls `done` exactly once, from any thread, possibly before it
// returns (a backend that answers from memory). A backend object may serve several scripts at once
// (the thread-pool one) or is meant for one script at a time (any backend on virtual time: its clock
// moves when one script is idle).
class ScriptBackend {
public:
    virtual ~ScriptBackend() = default;
    // ember_script:sleep/1: `done` after `duration` on the backend's clock.
    virtual void sleep(std::chrono::milliseconds duration, std::function<void()> done) = 0;
    virtual void read_file(std::string path, ScriptIoCallback done) = 0;
    // Creates or truncates the file.
    virtual void write_file(std::string path, std::string data, ScriptIoCallback done) = 0;
    virtual void list_dir(std::string path, ScriptIoCallback done) = 0;
    virtual void http_get(std::string url, ScriptIoCallback done) = 0;
    // Milliseconds on the backend's clock since the backend was made (ember_script:now/0).
    virtual std::int64_t now_ms() const = 0;
    // Virtual time: called when every process of a script is blocked and only this backend can wake
    // one. A backend on virtual time moves its clock to the earliest pending sleep, completes every
    // sleep due then (in the order they were asked for) and returns true; the real clock returns false.
    virtual bool advance_idle_clock() { return false; }
};

struct ThreadPoolBackendOptions {
    // Root directory of read_file/write_file/list_dir. Empty: file requests answer "no_fs_root". A root
    // that cannot be opened as a directory answers "enoent" to every file request.
    std::string fs_root;
    unsigned threads = 4;  // worker threads for file and HTTP requests (started on first use)
    // HTTP GET of a URL, run on a worker thread; return ScriptIoResult::failure(reason) for an error.
    // Empty: http_get answers "http_disabled".
    std::function<ScriptIoResult(const std::string& url)> http_client;
    // Sleeps on a virtual clock (advance_idle_clock) instead of the real one, with real files: what
    // `ember script --mock-time` uses. A virtual-time backend serves one script at a time.
    bool virtual_time = false;
};

// The real backend: files under fs_root through nif/script_fs (openat2 RESOLVE_BENEATH), sleeps on
// the steady clock (one timer thread for all such backends), HTTP through the host's client.
std::shared_ptr<ScriptBackend> make_thread_pool_backend(ThreadPoolBackendOptions options = {});

// The mock backend for tests: files in memory (canned, and whatever the script writes), canned HTTP
// responses, a virtual clock that starts at 0 and moves only when the script is idle, so 100
// concurrent sleep(1000) finish together at virtual 1000 in no wall time, in order of virtual time.
// Thread-safe; meant for one script at a time.
class MockScriptBackend final : public ScriptBackend {
public:
    MockScriptBackend();
    ~MockScriptBackend() override;

    // A file at `path` (relative, `/`-separated); its parent directories exist implicitly.
    void add_file(std::string path, std::string contents);
    void add_directory(std::string path);  // an empty directory
    void add_http_response(std::string url, HttpResponse response);
    void add_http_error(std::string url, std::string reason);
    // The file's contents now (canned or written by a script), or nullopt.
    std::optional<std::string> file(const std::string& path) const;
    std::size_t requests() const;  // requests answered so far (sleeps included)

    void sleep(std::chrono::milliseconds duration, std::function<void()> done) override;
    void read_file(std::string path, ScriptIoCallback done) override;
    void write_file(std::string path, std::string data, ScriptIoCallback done) override;
    void list_dir(std::string path, ScriptIoCallback done) override;
    void http_get(std::string url, ScriptIoCallback done) override;
    std::int64_t now_ms() const override;
    bool advance_idle_clock() override;

    struct State;

private:
    std::unique_ptr<State> m_state;
};

// ---- running scripts ---------------------------------------------------------------------------------

enum class ScriptOutcome : std::uint8_t {
    Ok,            // main/1 (or the function) returned: ScriptResult::value
    Failed,        // the root process failed: ScriptResult::reason (an exit reason)
    Deadlock,      // every process blocked for good: reason = [{Pid, {await, Child} | 'receive'}]
    TimeLimit,     // time_limit passed
    MemoryLimit,   // a process of the script passed memory_limit_words (it was killed)
    CompileError,  // the source did not compile: reason = [{Line, <<Message>>}]
    Error,         // the script could not be started (runtime shut down, bad options): message
};
const char* script_outcome_name(ScriptOutcome outcome);  // "ok", "failed", "deadlock", ...

struct ScriptOptions {
    std::vector<std::string> args;  // main(Args): a list of strings, as escript's main/1 gets
    // The sandbox of every process of the script, by capability name (docs/capabilities.md).
    // nullopt: every capability; {}: none (pure code, sleep, println, spawn within the script).
    std::optional<std::vector<std::string>> capability_names;
    std::shared_ptr<ScriptBackend> backend;  // null: a thread-pool backend without fs_root or HTTP
    std::optional<std::chrono::milliseconds> time_limit;
    // Largest heap of any one process of the script, in words (erlang's max_heap_size); 0: no limit.
    std::size_t memory_limit_words = 0;
};

struct ProcessOutput {
    Pid pid;
    std::string text;  // everything the process wrote (println, io:format), in order
};

struct ScriptResult {
    ScriptOutcome outcome = ScriptOutcome::Error;
    OwnedTerm value;               // Ok: what main/1 returned
    OwnedTerm reason;              // Failed, Deadlock, CompileError: see ScriptOutcome
    std::string message;           // a readable account of a non-Ok outcome
    std::vector<ProcessOutput> output;  // per process, in order of first output
    // The OS processes the script started (ember_os_process handles, oldest first): every one that was
    // still running when the script ended was killed.
    std::vector<std::uint64_t> os_processes;
    bool ok() const { return outcome == ScriptOutcome::Ok; }
};

// Runs scripts on a Runtime: Erlang source with an escript-style main/1 (a first `#!` line and a `%%!`
// line are skipped; without -module the module gets a name of Ember's), compiled by OTP's compiler
// running on Ember. A source is compiled once and kept (up to 256 distinct sources; the least
// recently used unused one is purged beyond that; two different sources that declare the same
// -module replace each other, so run them one at a time). Any host thread may call run_* at the same
// time; each call blocks until its script has ended, and nothing of the script outlives it: its
// processes are killed, and the OS processes they started (ember_os_process) are killed with them.
class ScriptHost {
public:
    explicit ScriptHost(Runtime& runtime);
    ~ScriptHost();
    ScriptHost(const ScriptHost&) = delete;
    ScriptHost& operator=(const ScriptHost&) = delete;

    ScriptResult run_source(std::string_view source, const ScriptOptions& options = {});
    ScriptResult run_file(const std::string& path, const ScriptOptions& options = {});

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

// Internal (bifs/ember_script_io.cpp, nif/script_host.cpp): a backend registered under an id that
// ember_script_io:open/1 takes, until unregistered.
std::uint64_t register_script_backend(std::shared_ptr<ScriptBackend> backend);
void unregister_script_backend(std::uint64_t id);
std::shared_ptr<ScriptBackend> find_script_backend(std::uint64_t id);

}  // namespace ember
