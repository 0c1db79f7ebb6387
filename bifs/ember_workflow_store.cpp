// ember_workflow_store: the natives between the guest workflow engine and the history store
// (include/ember/workflow_store.hpp, docs/workflows.md).
//
// open/1 opens a SQLite store and returns a magic ref that keeps it open; the store closes when the
// last term naming it is garbage collected (or at close/1). Every native runs on the dirty IO
// scheduler (a call may wait for fsync or for another connection's lock) and needs both file_read
// and file_write. Strings come in as binaries or atoms and go out as binaries (the store never makes
// atoms from what it reads, so a damaged or foreign file cannot fill the atom table); inputs, results
// and payloads are binaries (the engine's term_to_binary). Failures of the store are
// {error, Reason}; malformed arguments raise badarg.
//
// Invariant: a StoreHandle's `store` is only read or reset under its mutex; a call copies the
// shared_ptr first, so close/1 or the last reference going away never frees a store a call still uses.
#include <memory>
#include <mutex>

#include "bifs/bif.hpp"
#include "ember/workflow_store.hpp"
#include "vm/bignum.hpp"
#include "vm/magic_ref.hpp"
#include "vm/map.hpp"
#include "vm/runtime_support.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

struct StoreHandle : MagicObject {
    std::mutex mutex;
    std::shared_ptr<HistoryStore> store;
};

void destroy_handle(MagicObject* o) { delete static_cast<StoreHandle*>(o); }

StoreHandle* handle_of(Term t) { return magic_object_as<StoreHandle>(t, destroy_handle); }

// The store behind a handle term: null with badarg raised for a term that is not one, null with
// `closed` set after close/1.
std::shared_ptr<HistoryStore> store_of(Term t, bool& closed) {
    closed = false;
    StoreHandle* h = handle_of(t);
    if (!h) return nullptr;
    std::lock_guard lock(h->mutex);
    closed = !h->store;
    return h->store;
}

Term error_tuple(Process* p, Term reason) { return make_tuple2(*p, am_error, reason); }

// {error, Reason} for a store error; badarg raised for Errc::BadArg (arguments the store refused).
Term store_error(Process* p, const Error& e) {
    if (e.code == Errc::BadArg) return badarg(p);
    return error_tuple(p, atom(errc_name(e.code)));
}

// The term a call returns when the store was closed by close/1.
Term closed_store(Process* p) {
    static const Term reason = atom("store_closed");
    return error_tuple(p, reason);
}

// A binary's bytes; false for anything else (bitstrings that are not whole bytes included).
bool binary_bytes(Term t, std::string& out) {
    out.clear();
    return is_bitstring(t) && binary_ref(t).is_binary() && iolist_bytes(t, out);
}

bool bytes_of(Term t, Bytes& out) {
    if (!is_bitstring(t)) return false;
    BinaryRef r = binary_ref(t);
    if (!r.is_binary()) return false;
    if (r.byte_aligned()) {
        out.assign(r.data, r.data + r.byte_size());
        return true;
    }
    std::string s;
    if (!iolist_bytes(t, s)) return false;
    out.assign(s.begin(), s.end());
    return true;
}

// An id or type: a binary, or an atom (its UTF-8 name).
bool name_of(Term t, std::string& out) {
    if (is_atom(t)) {
        out = std::string(atom_name(t));
        return true;
    }
    return binary_bytes(t, out);
}

bool int64_of(Term t, std::int64_t& out) {
    if (!is_small(t)) return false;
    out = small_value(t);
    return true;
}

Term binary_of(Process* p, std::string_view s) { return make_binary(*p, s); }
Term binary_of(Process* p, const Bytes& b) { return make_binary(*p, b.data(), b.size()); }

// #{workflow_id, run_id, type, input, status, result, created_ms, closed_ms, next_seq}; closed_ms is
// undefined while the run is open.
Term run_map(Process* p, const RunInfo& r) {
    static const Term k_workflow_id = atom("workflow_id"), k_run_id = atom("run_id"), k_type = atom("type"),
                      k_input = atom("input"), k_status = atom("status"), k_result = atom("result"),
                      k_created_ms = atom("created_ms"), k_closed_ms = atom("closed_ms"),
                      k_next_seq = atom("next_seq");
    Term keys[] = {k_workflow_id, k_run_id, k_type, k_input, k_status, k_result, k_created_ms, k_closed_ms, k_next_seq};
    Term values[] = {binary_of(p, r.workflow_id),
                     binary_of(p, r.run_id),
                     binary_of(p, r.type),
                     binary_of(p, r.input),
                     atom(run_status_name(r.status)),
                     binary_of(p, r.result),
                     make_integer(*p, r.created_ms),
                     r.status == RunStatus::Running ? am_undefined : make_integer(*p, r.closed_ms),
                     make_integer(*p, r.next_seq)};
    return map_from_pairs(*p, keys, values, std::size(keys));
}

Term run_list(Process* p, const std::vector<RunInfo>& runs) {
    std::vector<Term> items;
    items.reserve(runs.size());
    for (const RunInfo& r : runs) items.push_back(run_map(p, r));
    return make_tuple2(*p, am_ok, make_list_of(*p, items.data(), items.size()));
}

// ember_workflow_store:open(Path) -> Store | {error, Reason}. Path: a binary or a string; the file and
// its schema are created when missing.
EMBER_BIF(bif_open_1) {
    std::string path;
    bool ok = is_bitstring(args[0]) ? binary_bytes(args[0], path) : unicode_list_to_utf8(args[0], path);
    if (!ok || path.empty() || path.find('\0') != std::string::npos) return badarg(p);
    auto store = open_sqlite_history_store(path);
    if (!store) return store_error(p, store.error());
    auto* h = new StoreHandle();
    h->store = std::shared_ptr<HistoryStore>(std::move(*store));
    return adopt_as_magic_ref(*p, h, destroy_handle);
}

// ember_workflow_store:close(Store) -> ok. Closes the file now; later calls answer {error, store_closed}.
EMBER_BIF(bif_close_1) {
    StoreHandle* h = handle_of(args[0]);
    if (!h) return badarg(p);
    std::shared_ptr<HistoryStore> store;
    {
        std::lock_guard lock(h->mutex);
        store.swap(h->store);
    }
    return am_ok;  // `store` closes here unless a call still uses it
}

// A RunInfo from #{workflow_id, run_id, type, input [, created_ms]}; false for anything else.
bool run_of_map(Term m, RunInfo& run) {
    static const Term k_workflow_id = atom("workflow_id"), k_run_id = atom("run_id"), k_type = atom("type"),
                      k_input = atom("input"), k_created_ms = atom("created_ms");
    if (!is_map(m)) return false;
    Term wf = map_get(m, k_workflow_id), id = map_get(m, k_run_id), type = map_get(m, k_type),
         input = map_get(m, k_input), created = map_get(m, k_created_ms);
    if (wf == kNonValue || id == kNonValue || type == kNonValue || input == kNonValue) return false;
    if (!name_of(wf, run.workflow_id) || !name_of(id, run.run_id) || !name_of(type, run.type) ||
        !bytes_of(input, run.input))
        return false;
    return created == kNonValue || (int64_of(created, run.created_ms) && run.created_ms > 0);
}

// ember_workflow_store:create_run(Store, #{workflow_id, run_id, type, input[, created_ms]}) ->
// {ok, RunInfo} | {error, duplicate | ...}.
EMBER_BIF(bif_create_run_2) {
    RunInfo run;
    if (!run_of_map(args[1], run)) return badarg(p);
    bool closed;
    auto store = store_of(args[0], closed);
    if (!store) return closed ? closed_store(p) : badarg(p);
    auto r = store->create_run(run);
    if (!r) return store_error(p, r.error());
    return make_tuple2(*p, am_ok, run_map(p, *r));
}

// ember_workflow_store:continue_as_new(Store, RunId, Result, #{workflow_id, run_id, type, input}) ->
// {ok, RunInfo} | {error, closed | not_found | duplicate | ...}: closes RunId as continued_as_new with
// Result and creates the next run of the same workflow id, in one transaction.
EMBER_BIF(bif_continue_as_new_4) {
    std::string run_id;
    Bytes result;
    RunInfo next;
    if (!name_of(args[1], run_id) || !bytes_of(args[2], result) || !run_of_map(args[3], next)) return badarg(p);
    bool closed;
    auto store = store_of(args[0], closed);
    if (!store) return closed ? closed_store(p) : badarg(p);
    auto r = store->continue_as_new(run_id, result, next);
    if (!r) return store_error(p, r.error());
    return make_tuple2(*p, am_ok, run_map(p, *r));
}

// ember_workflow_store:append(Store, RunId, ExpectedSeq, [{Type, Payload}]) -> {ok, NextSeq} |
// {error, conflict | closed | not_found | ...}. The events get ExpectedSeq, ExpectedSeq + 1, ...
EMBER_BIF(bif_append_4) {
    std::string run_id;
    std::int64_t expected;
    if (!name_of(args[1], run_id) || !int64_of(args[2], expected)) return badarg(p);
    std::vector<NewEvent> events;
    Term l = args[3];
    for (; is_list(l); l = cdr(l)) {
        Term e = car(l);
        if (!is_tuple(e) || tuple_arity(e) != 2) return badarg(p);
        NewEvent ev;
        if (!name_of(tuple_element(e, 0), ev.type) || !bytes_of(tuple_element(e, 1), ev.payload)) return badarg(p);
        events.push_back(std::move(ev));
    }
    if (l != kNil) return badarg(p);
    bool closed;
    auto store = store_of(args[0], closed);
    if (!store) return closed ? closed_store(p) : badarg(p);
    auto r = store->append(run_id, expected, events);
    if (!r) return store_error(p, r.error());
    return make_tuple2(*p, am_ok, make_integer(*p, *r));
}

// ember_workflow_store:history(Store, RunId, FromSeq) -> {ok, [{Seq, Type, Payload, TimeMs}]} |
// {error, not_found | ...}.
EMBER_BIF(bif_history_3) {
    std::string run_id;
    std::int64_t from;
    if (!name_of(args[1], run_id) || !int64_of(args[2], from)) return badarg(p);
    bool closed;
    auto store = store_of(args[0], closed);
    if (!store) return closed ? closed_store(p) : badarg(p);
    auto r = store->history(run_id, from);
    if (!r) return store_error(p, r.error());
    std::vector<Term> items;
    items.reserve(r->size());
    for (const EventRecord& e : *r)
        items.push_back(make_tuple4(*p, make_integer(*p, e.seq), binary_of(p, e.type), binary_of(p, e.payload),
                                    make_integer(*p, e.time_ms)));
    return make_tuple2(*p, am_ok, make_list_of(*p, items.data(), items.size()));
}

// ember_workflow_store:close_run(Store, RunId, Status, Result) -> ok | {error, closed | not_found | ...}.
// Status: completed, failed, cancelled, continued_as_new or terminated.
EMBER_BIF(bif_close_run_4) {
    std::string run_id;
    Bytes result;
    if (!name_of(args[1], run_id) || !is_atom(args[2]) || !bytes_of(args[3], result)) return badarg(p);
    auto status = run_status_from_name(atom_name(args[2]));
    if (!status || *status == RunStatus::Running) return badarg(p);
    bool closed;
    auto store = store_of(args[0], closed);
    if (!store) return closed ? closed_store(p) : badarg(p);
    auto r = store->close_run(run_id, *status, result);
    if (!r) return store_error(p, r.error());
    return am_ok;
}

// ember_workflow_store:open_runs(Store) -> {ok, [RunInfo]}: the runs not closed.
EMBER_BIF(bif_open_runs_1) {
    bool closed;
    auto store = store_of(args[0], closed);
    if (!store) return closed ? closed_store(p) : badarg(p);
    auto r = store->open_runs();
    if (!r) return store_error(p, r.error());
    return run_list(p, *r);
}

// ember_workflow_store:runs_of(Store, WorkflowId) -> {ok, [RunInfo]}, oldest first.
EMBER_BIF(bif_runs_of_2) {
    std::string wf;
    if (!name_of(args[1], wf)) return badarg(p);
    bool closed;
    auto store = store_of(args[0], closed);
    if (!store) return closed ? closed_store(p) : badarg(p);
    auto r = store->runs_of(wf);
    if (!r) return store_error(p, r.error());
    return run_list(p, *r);
}

// ember_workflow_store:describe(Store, RunId) -> {ok, RunInfo} | {error, not_found | ...}.
EMBER_BIF(bif_describe_2) {
    std::string run_id;
    if (!name_of(args[1], run_id)) return badarg(p);
    bool closed;
    auto store = store_of(args[0], closed);
    if (!store) return closed ? closed_store(p) : badarg(p);
    auto r = store->describe(run_id);
    if (!r) return store_error(p, r.error());
    return make_tuple2(*p, am_ok, run_map(p, *r));
}

constexpr CapabilitySet kCapStore = kCapFileRead | kCapFileWrite;

const BifSpec kBifs[] = {
    {"ember_workflow_store", "open", 1, bif_open_1, kCapStore, DirtyKind::Io},
    {"ember_workflow_store", "close", 1, bif_close_1, kCapStore, DirtyKind::Io},
    {"ember_workflow_store", "create_run", 2, bif_create_run_2, kCapStore, DirtyKind::Io},
    {"ember_workflow_store", "append", 4, bif_append_4, kCapStore, DirtyKind::Io},
    {"ember_workflow_store", "history", 3, bif_history_3, kCapStore, DirtyKind::Io},
    {"ember_workflow_store", "close_run", 4, bif_close_run_4, kCapStore, DirtyKind::Io},
    {"ember_workflow_store", "continue_as_new", 4, bif_continue_as_new_4, kCapStore, DirtyKind::Io},
    {"ember_workflow_store", "open_runs", 1, bif_open_runs_1, kCapStore, DirtyKind::Io},
    {"ember_workflow_store", "runs_of", 2, bif_runs_of_2, kCapStore, DirtyKind::Io},
    {"ember_workflow_store", "describe", 2, bif_describe_2, kCapStore, DirtyKind::Io},
};

}  // namespace

std::span<const BifSpec> ember_workflow_store_bifs() { return kBifs; }

}  // namespace ember::bifs
