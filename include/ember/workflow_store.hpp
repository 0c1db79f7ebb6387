// The durable history store of the workflow layer (docs/workflows.md): runs and their event
// histories, the ground the guest engine (ember_workflow*) replays from.
//
//   #include <ember/workflow_store.hpp>
//   auto store = ember::open_sqlite_history_store("/var/lib/app/workflows.db").value();
//   store->create_run({.workflow_id = "order-17", .run_id = "r1", .type = "order_flow", .input = etf});
//   store->append("r1", 1, {{"activity_scheduled", payload}});   // -> next_seq 2
//   auto events = store->history("r1", 1).value();
//
// A run is one execution of a workflow; a workflow id has at most one run that is not closed. A run's
// events are numbered 1, 2, ... without gaps; append is optimistic: the caller names the seq its first
// event gets (the run's next_seq), so two writers racing on one run cannot both win. Once append
// returns a value, its events are on stable storage (the SQLite backend: WAL, synchronous=FULL, one
// transaction per append); an append that returns an Error wrote nothing.
//
// Threads: every member function may be called from any thread at the same time (each backend says
// how it serializes). Errors are values (Result/Error of <ember/runtime.hpp>), never exceptions.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ember/runtime.hpp"

namespace ember {

// Opaque bytes: inputs, results and payloads are ETF (term_to_binary) written by the engine; the store
// never decodes them.
using Bytes = std::vector<std::uint8_t>;

enum class RunStatus : std::uint8_t { Running, Completed, Failed, Cancelled, ContinuedAsNew, Terminated };

const char* run_status_name(RunStatus status);  // "running", "completed", ..., "continued_as_new"
std::optional<RunStatus> run_status_from_name(std::string_view name);

struct RunInfo {
    std::string workflow_id;  // the workflow's stable name; several runs over time
    std::string run_id;       // unique in the store
    std::string type;         // the workflow module
    Bytes input;
    RunStatus status = RunStatus::Running;
    Bytes result;              // empty while running
    std::int64_t created_ms = 0;  // Unix time; create_run stamps the clock when 0
    std::int64_t closed_ms = 0;   // 0 while running
    std::int64_t next_seq = 1;    // the seq the next appended event gets
};

struct EventRecord {
    std::int64_t seq = 0;  // 1-based within the run
    std::string type;      // "workflow_started", "activity_scheduled", ...
    Bytes payload;
    std::int64_t time_ms = 0;  // Unix time
};

// An event to append: it gets seq expected_seq + its index. time_ms 0: the store stamps its clock.
struct NewEvent {
    std::string type;
    Bytes payload;
    std::int64_t time_ms = 0;
};

// Error codes a store returns (Error::message says more, naming the file):
//   BadArg     an empty id or type, status Running given to close_run, expected_seq < 1
//   NotFound   no run with that id
//   Duplicate  create_run: the workflow id has a run that is not closed, or the run id exists
//   Conflict   append: expected_seq is not the run's next_seq (another writer appended first)
//   Closed     append or close_run on a closed run
//   Corrupt    the file is not a database, is damaged, or has a schema this Ember does not know
//   DiskFull   the disk (or the file's quota) is full; nothing of the call was written
//   Busy       another connection holds the lock longer than the busy timeout
//   IoError    any other failure to read, write or open the file (permissions, a missing directory)
class HistoryStore {
public:
    virtual ~HistoryStore() = default;

    // Stores a new run: status Running, next_seq 1, closed_ms 0 and an empty result whatever `run`
    // says. Returns the run as stored.
    virtual Result<RunInfo> create_run(const RunInfo& run) = 0;
    // Appends `events` atomically, numbered from expected_seq, which must be the run's next_seq.
    // Returns the new next_seq. An empty span checks the same conditions and writes nothing.
    virtual Result<std::int64_t> append(std::string_view run_id, std::int64_t expected_seq,
                                        std::span<const NewEvent> events) = 0;
    Result<std::int64_t> append(std::string_view run_id, std::int64_t expected_seq,
                                const std::vector<NewEvent>& events) {
        return append(run_id, expected_seq, std::span<const NewEvent>(events));
    }
    // The run's events with seq >= from_seq, in seq order.
    virtual Result<std::vector<EventRecord>> history(std::string_view run_id, std::int64_t from_seq = 1) = 0;
    // Closes a running run with a final status (not Running) and result; appends no event.
    virtual Result<void> close_run(std::string_view run_id, RunStatus status, std::span<const std::uint8_t> result) = 0;
    // continue-as-new in one transaction: closes the running run `run_id` as ContinuedAsNew with
    // `result` and creates `next` (same workflow id; stored as create_run stores a run), so a crash
    // leaves either the old run open or the new one. Returns the new run. Errors: those of close_run
    // and create_run, BadArg for another workflow id.
    virtual Result<RunInfo> continue_as_new(std::string_view run_id, std::span<const std::uint8_t> result,
                                            const RunInfo& next) = 0;
    // Every run whose status is Running, by created_ms then run_id.
    virtual Result<std::vector<RunInfo>> open_runs() = 0;
    // Every run of the workflow id, by created_ms then run_id.
    virtual Result<std::vector<RunInfo>> runs_of(std::string_view workflow_id) = 0;
    virtual Result<RunInfo> describe(std::string_view run_id) = 0;
};

struct SqliteStoreOptions {
    // How long a call waits for a lock another connection (another process, another open store on the
    // same file) holds before it fails with Busy.
    int busy_timeout_ms = 5000;
    // The SQLite VFS to open the file with (sqlite3_vfs_register); empty: the default. Tests use it to
    // inject I/O faults.
    std::string vfs;
};

// Opens (creating it and its schema when missing) a SQLite history store. One connection guarded by a
// mutex: calls from several threads are serialized. Errors: Corrupt, IoError, Busy, DiskFull.
Result<std::unique_ptr<HistoryStore>> open_sqlite_history_store(const std::string& path,
                                                                const SqliteStoreOptions& options = {});

}  // namespace ember
