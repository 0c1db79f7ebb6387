// The natives between ember_script and its I/O backend (include/ember/script.hpp, docs/scripts.md).
//
// A script's coordinator opens a context (ember_script_io:open/1, capability system): a magic ref that
// keeps the backend alive. A request native (read_file/2, write_file/3, list_dir/2, http_get/2,
// sleep/2) checks the CALLER's capability like any native, hands the request to the backend and
// returns a reference at once; the backend's answer arrives as {ember_script_io, Ref, Result}. The
// context counts requests not answered yet, so the coordinator never calls a script deadlocked while
// the backend can still wake one of its processes, and on virtual time it moves the clock
// (advance/1) when the script is idle.
//
// Invariants: a request's count is dropped only after its answer was delivered (a process that gets
// it is runnable before the count reaches zero); answer callbacks hold the counter, never the context
// or the backend, so the last reference to a backend is never dropped on one of its own threads.
#include <memory>
#include <mutex>
#include <unordered_map>

#include "bifs/bif.hpp"
#include "ember/script.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/binary.hpp"
#include "vm/bignum.hpp"
#include "vm/magic_ref.hpp"
#include "vm/map.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"
#include "vm/scratch_heap.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// Requests not answered yet, per requesting process: a process that exited (a cancelled sleeper, say)
// no longer counts, so its late answer does not hold off deadlock detection.
struct Pending {
    std::mutex mutex;
    std::unordered_map<Term, std::int64_t> by_pid;

    void add(Term pid) {
        std::lock_guard lock(mutex);
        ++by_pid[pid];
    }
    void remove(Term pid) {
        std::lock_guard lock(mutex);
        auto it = by_pid.find(pid);
        if (it != by_pid.end() && --it->second == 0) by_pid.erase(it);
    }
    std::int64_t live() {
        std::lock_guard lock(mutex);
        std::int64_t n = 0;
        for (const auto& [pid, count] : by_pid)
            if (scheduler::Scheduler::global().is_alive(pid)) n += count;
        return n;
    }
};

struct IoContext : MagicObject {
    std::shared_ptr<ScriptBackend> backend;
    std::shared_ptr<Pending> pending = std::make_shared<Pending>();
};

void destroy_context(MagicObject* o) { delete static_cast<IoContext*>(o); }

IoContext* context_of(Term t) { return magic_object_as<IoContext>(t, destroy_context); }

Term text_binary(HeapAllocator& h, std::string_view s) {
    return make_binary(h, reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
}

// An error reason as an atom (at most 255 bytes of it, the atom limit); `einval` for text that cannot
// be one (not UTF-8).
Term reason_atom(const std::string& reason) {
    Term a = AtomTable::global().intern(std::string_view(reason).substr(0, 255));
    return a == kNonValue ? atom("einval") : a;
}

// The answer of a request as the script sees it.
enum class Shape { Ok, Data, Names, Http };

Term result_term(HeapAllocator& h, Shape shape, const ScriptIoResult& r) {
    if (!r.ok()) return make_tuple2(h, am_error, reason_atom(r.error));
    switch (shape) {
    case Shape::Ok: return am_ok;
    case Shape::Data: return make_tuple2(h, am_ok, text_binary(h, r.data));
    case Shape::Names: {
        std::vector<Term> names;
        names.reserve(r.names.size());
        for (const auto& n : r.names) names.push_back(make_charlist(h, n));
        return make_tuple2(h, am_ok, make_list_of(h, names.data(), names.size()));
    }
    case Shape::Http: {
        std::vector<Term> headers;
        for (const auto& [name, value] : r.http.headers)
            headers.push_back(make_tuple2(h, text_binary(h, name), text_binary(h, value)));
        static const Term k_body = atom("body"), k_headers = atom("headers");
        Term keys[] = {k_body, k_headers, am_status};
        Term values[] = {text_binary(h, r.http.body), make_list_of(h, headers.data(), headers.size()),
                         make_small(r.http.status)};
        return make_tuple2(h, am_ok, map_from_pairs(h, keys, values, 3));
    }
    }
    return am_ok;
}

// The callback that delivers {ember_script_io, Ref, Result} to `to` and then drops the count.
ScriptIoCallback answer_to(Term to, std::uint64_t ref, Shape shape, std::shared_ptr<Pending> pending) {
    return [to, ref, shape, pending = std::move(pending)](ScriptIoResult r) {
        {
            ScratchHeap h;
            static const Term tag = atom("ember_script_io");
            deliver_message(to, make_tuple3(h, tag, make_ref(h, ref), result_term(h, shape, r)));
        }
        pending->remove(to);
    };
}

// A request's common part: the context, a fresh reference, the count taken. kNonValue after badarg.
struct Request {
    IoContext* ctx = nullptr;
    std::uint64_t ref = 0;
};

bool start_request(Process* p, Term ctx_term, Request& req) {
    req.ctx = context_of(ctx_term);
    if (!req.ctx) return false;
    req.ref = scheduler::Scheduler::global().next_ref_id();
    req.ctx->pending->add(p->pid);
    return true;
}

bool is_pair(Term t) { return is_tuple(t) && tuple_arity(t) == 2; }

// A file name as the file module takes one: a binary (bytes as they are), a flat list of code points
// (UTF-8), or a deep list of bytes and binaries. No NUL byte.
bool path_of(Term t, std::string& out) {
    out.clear();
    bool ok = is_bitstring(t) ? iolist_bytes(t, out) : (unicode_list_to_utf8(t, out) || (out.clear(), iolist_bytes(t, out)));
    return ok && out.find('\0') == std::string::npos;
}

// ember_script_io:open(Options) -> Context. Options: #{backend => Id} (a backend the host registered,
// register_script_backend), or #{fs_root => Dir, virtual_time => Bool} (a thread-pool backend; no
// fs_root: file requests answer no_fs_root), or #{mock => #{files => #{Path => Data}, http => #{Url =>
// {Status, Body} | {error, Reason}}}} (a MockScriptBackend). badarg for anything else.
EMBER_BIF(bif_open_1) {
    Term opts = args[0];
    if (!is_map(opts)) return badarg(p);
    static const Term k_backend = atom("backend"), k_fs_root = atom("fs_root"),
                      k_virtual = atom("virtual_time"), k_mock = atom("mock"), k_files = atom("files"),
                      k_http = atom("http");
    std::shared_ptr<ScriptBackend> backend;
    if (Term id = map_get(opts, k_backend); id != kNonValue) {
        if (!is_small(id) || small_value(id) <= 0) return badarg(p);
        backend = find_script_backend(static_cast<std::uint64_t>(small_value(id)));
        if (!backend) return badarg(p);
    } else if (Term mock = map_get(opts, k_mock); mock != kNonValue) {
        if (!is_map(mock)) return badarg(p);
        auto m = std::make_shared<MockScriptBackend>();
        bool ok = true;
        if (Term files = map_get(mock, k_files); files != kNonValue) {
            if (!is_map(files)) return badarg(p);
            map_foreach(files, [&](Term k, Term v) {
                std::string path, data;
                if (!path_of(k, path) || !iolist_bytes(v, data)) ok = false;
                else m->add_file(path, data);
            });
        }
        if (Term http = map_get(mock, k_http); http != kNonValue) {
            if (!is_map(http)) return badarg(p);
            map_foreach(http, [&](Term k, Term v) {
                std::string url, body;
                if (!iolist_bytes(k, url) && !latin1_string(k, url)) ok = false;
                else if (is_pair(v) && tuple_element(v, 0) == am_error && is_atom(tuple_element(v, 1)))
                    m->add_http_error(url, std::string(atom_name(tuple_element(v, 1))));
                else if (is_pair(v) && is_small(tuple_element(v, 0)) && iolist_bytes(tuple_element(v, 1), body))
                    m->add_http_response(url, HttpResponse{static_cast<int>(small_value(tuple_element(v, 0))), {}, body});
                else ok = false;
            });
        }
        if (!ok) return badarg(p);
        backend = std::move(m);
    } else {
        ThreadPoolBackendOptions o;
        if (Term root = map_get(opts, k_fs_root); root != kNonValue && !path_of(root, o.fs_root)) return badarg(p);
        if (Term v = map_get(opts, k_virtual); v != kNonValue) {
            if (v != am_true && v != am_false) return badarg(p);
            o.virtual_time = v == am_true;
        }
        backend = make_thread_pool_backend(std::move(o));
    }
    auto* ctx = new IoContext();
    ctx->backend = std::move(backend);
    return adopt_as_magic_ref(*p, ctx, destroy_context);
}

// ember_script_io:read_file(Context, Path) -> Ref; answer {ok, Binary} | {error, Reason}.
EMBER_BIF(bif_read_file_2) {
    std::string path;
    Request req;
    if (!path_of(args[1], path) || !start_request(p, args[0], req)) return badarg(p);
    req.ctx->backend->read_file(std::move(path), answer_to(p->pid, req.ref, Shape::Data, req.ctx->pending));
    return make_ref(*p, req.ref);
}

// ember_script_io:write_file(Context, Path, IoData) -> Ref; answer ok | {error, Reason}.
EMBER_BIF(bif_write_file_3) {
    std::string path, data;
    Request req;
    if (!path_of(args[1], path) || !iolist_bytes(args[2], data) || !start_request(p, args[0], req)) return badarg(p);
    req.ctx->backend->write_file(std::move(path), std::move(data),
                                 answer_to(p->pid, req.ref, Shape::Ok, req.ctx->pending));
    return make_ref(*p, req.ref);
}

// ember_script_io:list_dir(Context, Path) -> Ref; answer {ok, [Name]} | {error, Reason}.
EMBER_BIF(bif_list_dir_2) {
    std::string path;
    Request req;
    if (!path_of(args[1], path) || !start_request(p, args[0], req)) return badarg(p);
    req.ctx->backend->list_dir(std::move(path), answer_to(p->pid, req.ref, Shape::Names, req.ctx->pending));
    return make_ref(*p, req.ref);
}

// ember_script_io:http_get(Context, Url) -> Ref; answer {ok, #{status, headers, body}} | {error, Reason}.
EMBER_BIF(bif_http_get_2) {
    std::string url;
    Request req;
    if (!(iolist_bytes(args[1], url) || unicode_list_to_utf8(args[1], url)) || !start_request(p, args[0], req))
        return badarg(p);
    req.ctx->backend->http_get(std::move(url), answer_to(p->pid, req.ref, Shape::Http, req.ctx->pending));
    return make_ref(*p, req.ref);
}

// ember_script_io:sleep(Context, Ms) -> Ref; answer ok after Ms on the backend's clock.
EMBER_BIF(bif_sleep_2) {
    if (!is_small(args[1]) || small_value(args[1]) < 0) return badarg(p);
    Request req;
    if (!start_request(p, args[0], req)) return badarg(p);
    ScriptIoCallback done = answer_to(p->pid, req.ref, Shape::Ok, req.ctx->pending);
    req.ctx->backend->sleep(std::chrono::milliseconds(small_value(args[1])),
                            [done = std::move(done)] { done(ScriptIoResult{}); });
    return make_ref(*p, req.ref);
}

// ember_script_io:spawn(Context, Fun) -> pid(): a new process of the caller's script running Fun()
// (a fun of arity 0), with the caller's capabilities and group leader. A script's processes thus
// spawn within it without the `process` capability (which would let them signal any process of the
// VM); only a process holding its script's context can.
EMBER_BIF(bif_spawn_2) {
    if (!context_of(args[0]) || !is_fun(args[1]) || fun_arity(args[1]) != 0) return badarg(p);
    Term call_args = make_cons(*p, args[1], make_cons(*p, kNil, kNil));
    return scheduler::Scheduler::global().spawn(p, am_erlang, am_apply, call_args, {});
}

// ember_script_io:now(Context) -> Ms on the backend's clock (virtual time for a mock).
EMBER_BIF(bif_now_1) {
    IoContext* ctx = context_of(args[0]);
    if (!ctx) return badarg(p);
    return make_integer(*p, ctx->backend->now_ms());
}

// ember_script_io:pending(Context) -> the number of requests of live processes not answered yet.
EMBER_BIF(bif_pending_1) {
    IoContext* ctx = context_of(args[0]);
    if (!ctx) return badarg(p);
    return make_integer(*p, ctx->pending->live());
}

// ember_script_io:advance(Context) -> boolean(): on virtual time, moves the clock to the next sleep
// and answers the sleeps due (true); false on the real clock or with no sleep pending.
EMBER_BIF(bif_advance_1) {
    IoContext* ctx = context_of(args[0]);
    if (!ctx) return badarg(p);
    return make_bool(ctx->backend->advance_idle_clock());
}

const BifSpec kBifs[] = {
    {"ember_script_io", "open", 1, bif_open_1, kCapSystem},
    {"ember_script_io", "read_file", 2, bif_read_file_2, kCapFileRead},
    {"ember_script_io", "write_file", 3, bif_write_file_3, kCapFileWrite},
    {"ember_script_io", "list_dir", 2, bif_list_dir_2, kCapFileRead},
    {"ember_script_io", "http_get", 2, bif_http_get_2, kCapNetwork},
    {"ember_script_io", "sleep", 2, bif_sleep_2, kCapPure},
    {"ember_script_io", "now", 1, bif_now_1, kCapPure},
    {"ember_script_io", "spawn", 2, bif_spawn_2, kCapPure},
    {"ember_script_io", "pending", 1, bif_pending_1, kCapPure},
    {"ember_script_io", "advance", 1, bif_advance_1, kCapSystem},
};

}  // namespace

std::span<const BifSpec> ember_script_io_bifs() { return kBifs; }

}  // namespace ember::bifs
