// The SQLite backend of the workflow history store (include/ember/workflow_store.hpp, docs/workflows.md).
//
// One connection per store, guarded by one mutex: every call takes the mutex for its whole duration,
// so the prepared statements and the connection's error state belong to one call at a time. SQLite
// lets one writer in at a time anyway; a store is meant to be opened once per file and shared.
// Other connections to the same file (another OS process, a second open) are kept out by SQLite's
// file locks; a call waits busy_timeout_ms for them and then fails with Busy.
//
// Durability: journal_mode=WAL with synchronous=FULL, so a transaction's commit has fsync'ed the WAL
// before sqlite3_step(COMMIT) returns. Every write is one transaction begun IMMEDIATE (the write lock
// taken up front: no deadlock between two connections upgrading read locks); an error at any step
// rolls it back, so a failed call leaves nothing behind.
//
// Invariants: outside a call the connection is in autocommit mode (no open transaction) and every
// statement is reset with no bindings; runs.next_seq = 1 + the highest seq of the run's events.
#include <sqlite3.h>

#include <chrono>
#include <climits>
#include <mutex>

#include "ember/workflow_store.hpp"

namespace ember {

namespace {

constexpr int kSchemaVersion = 1;
constexpr std::size_t kMaxNameBytes = 1024;  // ids and types

// The schema, version 1. docs/workflow_store_postgres.sql is the same for PostgreSQL (BIGINT for
// INTEGER, BYTEA for BLOB; no WITHOUT ROWID).
constexpr const char* kSchemaSql = R"sql(
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
CREATE TABLE runs (
    run_id      TEXT    NOT NULL PRIMARY KEY,
    workflow_id TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    input       BLOB    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled',
                                                   'continued_as_new', 'terminated')),
    result      BLOB    NOT NULL,
    created_ms  INTEGER NOT NULL,
    closed_ms   INTEGER,
    next_seq    INTEGER NOT NULL CHECK (next_seq >= 1)
);
CREATE UNIQUE INDEX runs_one_open_per_workflow ON runs (workflow_id) WHERE status = 'running';
CREATE INDEX runs_by_workflow ON runs (workflow_id, created_ms);
CREATE TABLE events (
    run_id   TEXT    NOT NULL REFERENCES runs (run_id),
    seq      INTEGER NOT NULL CHECK (seq >= 1),
    type     TEXT    NOT NULL,
    payload  BLOB    NOT NULL,
    time_ms  INTEGER NOT NULL,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;
)sql";

constexpr const char* kRunColumns =
    "workflow_id, run_id, type, input, status, result, created_ms, closed_ms, next_seq";

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Error make_error(Errc code, std::string message) { return Error{code, std::move(message)}; }

// An id or type as both SQLite and PostgreSQL TEXT take it: 1..kMaxNameBytes bytes of UTF-8, no NUL.
bool valid_name(std::string_view s) {
    if (s.empty() || s.size() > kMaxNameBytes) return false;
    std::size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == 0) return false;
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < n; ++k) {
            auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n;
    }
    return true;
}

// A prepared statement, reset and unbound when the Use that ran it goes out of scope.
class Statement {
public:
    Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }
    int prepare(sqlite3* db, const char* sql) { return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr); }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

class Use {
public:
    explicit Use(Statement& s) : m_stmt(s.get()) {}
    ~Use() {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;

    void text(int i, std::string_view s) { sqlite3_bind_text(m_stmt, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT); }
    void blob(int i, std::span<const std::uint8_t> b) {
        // A null pointer would bind NULL, not an empty blob.
        if (b.empty()) sqlite3_bind_zeroblob(m_stmt, i, 0);
        else sqlite3_bind_blob64(m_stmt, i, b.data(), b.size(), SQLITE_TRANSIENT);
    }
    void int64(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    int step() { return sqlite3_step(m_stmt); }

    std::string column_text(int i) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i))) : std::string();
    }
    Bytes column_blob(int i) const {
        const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, i));
        return p ? Bytes(p, p + sqlite3_column_bytes(m_stmt, i)) : Bytes();
    }
    std::int64_t column_int64(int i) const { return sqlite3_column_int64(m_stmt, i); }

private:
    sqlite3_stmt* m_stmt;
};

class SqliteHistoryStore final : public HistoryStore {
public:
    SqliteHistoryStore(sqlite3* db, std::string path, int busy_timeout_ms)
        : m_db(db), m_path(std::move(path)), m_busy_timeout_ms(busy_timeout_ms) {}
    // sqlite3_close_v2 defers the close until the statements (members, finalized after this body) are
    // gone; closing the last connection checkpoints the WAL into the file.
    ~SqliteHistoryStore() override { sqlite3_close_v2(m_db); }

    // The pragmas, the schema (created in an empty file, checked otherwise) and the statements.
    Result<void> init();

    Result<RunInfo> create_run(const RunInfo& run) override;
    Result<std::int64_t> append(std::string_view run_id, std::int64_t expected_seq,
                                std::span<const NewEvent> events) override;
    Result<std::vector<EventRecord>> history(std::string_view run_id, std::int64_t from_seq) override;
    Result<void> close_run(std::string_view run_id, RunStatus status, std::span<const std::uint8_t> result) override;
    Result<RunInfo> continue_as_new(std::string_view run_id, std::span<const std::uint8_t> result,
                                    const RunInfo& next) override;
    Result<std::vector<RunInfo>> open_runs() override;
    Result<std::vector<RunInfo>> runs_of(std::string_view workflow_id) override;
    Result<RunInfo> describe(std::string_view run_id) override;

    // The Error for SQLite result code `rc` met while `doing` (the connection's message included).
    Error db_error(int rc, const char* doing) const;

private:
    static RunInfo new_run(const RunInfo& run);
    Result<void> insert_run_locked(const RunInfo& stored);
    Result<void> close_run_locked(std::string_view run_id, RunStatus status, std::span<const std::uint8_t> result);
    Result<RunInfo> describe_locked(std::string_view run_id);

    struct RunState {
        RunStatus status;
        std::int64_t next_seq;
    };

    Result<void> exec(const char* sql, const char* doing);
    Result<void> prepare(Statement& s, const char* sql);
    Result<void> begin_write() {
        Use u(m_begin);
        int rc = u.step();
        return rc == SQLITE_DONE ? Result<void>() : Result<void>(db_error(rc, "beginning a transaction"));
    }
    Result<void> commit() {
        Use u(m_commit);
        int rc = u.step();
        return rc == SQLITE_DONE ? Result<void>() : Result<void>(db_error(rc, "committing"));
    }
    // Undoes the open transaction, if SQLite has not already rolled it back itself (it does after some
    // errors: SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM).
    void rollback() {
        if (sqlite3_get_autocommit(m_db)) return;
        Use u(m_rollback);
        u.step();
    }
    // NotFound, or the run's status and next_seq.
    Result<RunState> run_state(std::string_view run_id);
    Result<RunInfo> read_run(Use& u) const;
    Result<std::vector<RunInfo>> run_list(Statement& s, std::optional<std::string_view> workflow_id);

    sqlite3* m_db;
    std::string m_path;
    int m_busy_timeout_ms;
    std::mutex m_mutex;
    Statement m_begin, m_begin_read, m_commit, m_rollback;
    Statement m_insert_run, m_select_run, m_open_run_of, m_run_state, m_insert_event, m_set_next_seq,
        m_select_events, m_close, m_open_runs, m_runs_of;
};

Error SqliteHistoryStore::db_error(int rc, const char* doing) const {
    std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    std::string where = " (" + m_path + ", " + doing + ")";
    switch (rc & 0xFF) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return make_error(Errc::Corrupt, "the database file is corrupt or not a database: " + detail + where);
    case SQLITE_FULL:
        return make_error(Errc::DiskFull, "the disk is full: " + detail + where);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return make_error(Errc::Busy, "the database is locked by another connection (waited " +
                                          std::to_string(m_busy_timeout_ms) + " ms): " + detail + where);
    case SQLITE_CANTOPEN:
        return make_error(Errc::IoError, "cannot open the database file: " + detail + where);
    default:
        return make_error(Errc::IoError, detail + where);
    }
}

Result<void> SqliteHistoryStore::exec(const char* sql, const char* doing) {
    int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return db_error(rc, doing);
    return {};
}

Result<void> SqliteHistoryStore::prepare(Statement& s, const char* sql) {
    int rc = s.prepare(m_db, sql);
    if (rc != SQLITE_OK) return db_error(rc, "preparing a statement");
    return {};
}

Result<void> SqliteHistoryStore::init() {
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, m_busy_timeout_ms);
    // journal_mode answers the mode it set: a file system without shared memory, say, keeps "delete".
    {
        Statement s;
        if (auto r = prepare(s, "PRAGMA journal_mode=WAL"); !r) return r;
        Use u(s);
        int rc = u.step();
        if (rc != SQLITE_ROW) return db_error(rc, "setting the WAL journal mode");
        if (std::string mode = u.column_text(0); mode != "wal")
            return make_error(Errc::IoError, "the database cannot use a write-ahead log (journal mode " + mode +
                                                 ") (" + m_path + ")");
    }
    if (auto r = exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;", "setting pragmas"); !r) return r;

    if (auto r = prepare(m_begin, "BEGIN IMMEDIATE"); !r) return r;
    if (auto r = prepare(m_commit, "COMMIT"); !r) return r;
    if (auto r = prepare(m_rollback, "ROLLBACK"); !r) return r;

    // The schema: created in a file with no tables, checked in one with a schema_version table.
    if (auto r = begin_write(); !r) return r;
    auto schema = [&]() -> Result<void> {
        Statement tables;
        if (auto r = prepare(tables, "SELECT count(*), sum(name = 'schema_version') FROM sqlite_master WHERE type = 'table'"); !r)
            return r;
        Use u(tables);
        int rc = u.step();
        if (rc != SQLITE_ROW) return db_error(rc, "reading the schema");
        std::int64_t count = u.column_int64(0), ours = u.column_int64(1);
        if (count == 0) {
            if (auto r = exec(kSchemaSql, "creating the schema"); !r) return r;
            std::string insert = "INSERT INTO schema_version (version) VALUES (" + std::to_string(kSchemaVersion) + ")";
            return exec(insert.c_str(), "creating the schema");
        }
        if (ours == 0)
            return make_error(Errc::Corrupt, "the file is a SQLite database but not an Ember workflow store (no "
                                             "schema_version table) (" + m_path + ")");
        Statement version;
        if (auto r = prepare(version, "SELECT max(version) FROM schema_version"); !r) return r;
        Use v(version);
        rc = v.step();
        if (rc != SQLITE_ROW) return db_error(rc, "reading the schema version");
        if (std::int64_t found = v.column_int64(0); found != kSchemaVersion)
            return make_error(Errc::Corrupt, "the store has schema version " + std::to_string(found) +
                                                 "; this Ember knows version " + std::to_string(kSchemaVersion) +
                                                 " (" + m_path + ")");
        return {};
    }();
    if (!schema) {
        rollback();
        return schema;
    }
    if (auto r = commit(); !r) {
        rollback();
        return r;
    }

    std::string select_run = std::string("SELECT ") + kRunColumns + " FROM runs WHERE run_id = ?1";
    std::string open_runs = std::string("SELECT ") + kRunColumns +
                            " FROM runs WHERE status = 'running' ORDER BY created_ms, run_id";
    std::string runs_of = std::string("SELECT ") + kRunColumns +
                          " FROM runs WHERE workflow_id = ?1 ORDER BY created_ms, run_id";
    for (auto [stmt, sql] : std::initializer_list<std::pair<Statement*, const char*>>{
             {&m_begin_read, "BEGIN DEFERRED"},
             {&m_insert_run,
              "INSERT INTO runs (workflow_id, run_id, type, input, status, result, created_ms, closed_ms, next_seq) "
              "VALUES (?1, ?2, ?3, ?4, 'running', x'', ?5, NULL, 1)"},
             {&m_select_run, select_run.c_str()},
             {&m_open_run_of, "SELECT run_id FROM runs WHERE workflow_id = ?1 AND status = 'running'"},
             {&m_run_state, "SELECT status, next_seq FROM runs WHERE run_id = ?1"},
             {&m_insert_event, "INSERT INTO events (run_id, seq, type, payload, time_ms) VALUES (?1, ?2, ?3, ?4, ?5)"},
             {&m_set_next_seq, "UPDATE runs SET next_seq = ?2 WHERE run_id = ?1"},
             {&m_select_events, "SELECT seq, type, payload, time_ms FROM events WHERE run_id = ?1 AND seq >= ?2 ORDER BY seq"},
             {&m_close, "UPDATE runs SET status = ?2, result = ?3, closed_ms = ?4 WHERE run_id = ?1"},
             {&m_open_runs, open_runs.c_str()},
             {&m_runs_of, runs_of.c_str()},
         })
        if (auto r = prepare(*stmt, sql); !r) return r;
    return {};
}

Result<SqliteHistoryStore::RunState> SqliteHistoryStore::run_state(std::string_view run_id) {
    Use u(m_run_state);
    u.text(1, run_id);
    int rc = u.step();
    if (rc == SQLITE_DONE) return make_error(Errc::NotFound, "no run " + std::string(run_id) + " (" + m_path + ")");
    if (rc != SQLITE_ROW) return db_error(rc, "reading a run");
    auto status = run_status_from_name(u.column_text(0));
    if (!status) return make_error(Errc::Corrupt, "run " + std::string(run_id) + " has an unknown status (" + m_path + ")");
    return RunState{*status, u.column_int64(1)};
}

Result<RunInfo> SqliteHistoryStore::read_run(Use& u) const {
    RunInfo r;
    r.workflow_id = u.column_text(0);
    r.run_id = u.column_text(1);
    r.type = u.column_text(2);
    r.input = u.column_blob(3);
    auto status = run_status_from_name(u.column_text(4));
    if (!status) return make_error(Errc::Corrupt, "run " + r.run_id + " has an unknown status (" + m_path + ")");
    r.status = *status;
    r.result = u.column_blob(5);
    r.created_ms = u.column_int64(6);
    r.closed_ms = u.column_int64(7);  // NULL reads as 0
    r.next_seq = u.column_int64(8);
    return r;
}

// The run as create_run stores it: Running, next_seq 1, no result, created_ms stamped when 0.
RunInfo SqliteHistoryStore::new_run(const RunInfo& run) {
    RunInfo stored = run;
    stored.status = RunStatus::Running;
    stored.result.clear();
    stored.closed_ms = 0;
    stored.next_seq = 1;
    if (stored.created_ms == 0) stored.created_ms = now_ms();
    return stored;
}

// Inserts a new run inside the caller's write transaction (caller holds m_mutex).
Result<void> SqliteHistoryStore::insert_run_locked(const RunInfo& stored) {
    {
        Use u(m_open_run_of);
        u.text(1, stored.workflow_id);
        int rc = u.step();
        if (rc == SQLITE_ROW)
            return make_error(Errc::Duplicate, "workflow " + stored.workflow_id + " already has an open run, " +
                                                   u.column_text(0) + " (" + m_path + ")");
        if (rc != SQLITE_DONE) return db_error(rc, "looking for an open run");
    }
    if (auto st = run_state(stored.run_id); st.ok())
        return make_error(Errc::Duplicate, "run " + stored.run_id + " exists (" + m_path + ")");
    else if (st.code() != Errc::NotFound)
        return st.error();
    Use u(m_insert_run);
    u.text(1, stored.workflow_id);
    u.text(2, stored.run_id);
    u.text(3, stored.type);
    u.blob(4, stored.input);
    u.int64(5, stored.created_ms);
    int rc = u.step();
    if ((rc & 0xFF) == SQLITE_CONSTRAINT)
        return make_error(Errc::Duplicate, "run " + stored.run_id + " or an open run of " + stored.workflow_id +
                                               " exists (" + m_path + ")");
    if (rc != SQLITE_DONE) return db_error(rc, "inserting a run");
    return {};
}

Result<RunInfo> SqliteHistoryStore::create_run(const RunInfo& run) {
    if (!valid_name(run.workflow_id) || !valid_name(run.run_id) || !valid_name(run.type))
        return make_error(Errc::BadArg, "workflow id, run id and type must be 1 to 1024 bytes of UTF-8 without NUL");
    RunInfo stored = new_run(run);
    std::lock_guard lock(m_mutex);
    if (auto r = begin_write(); !r) return r.error();
    auto body = [&]() -> Result<void> {
        if (auto r = insert_run_locked(stored); !r) return r;
        return commit();
    }();
    if (!body) {
        rollback();
        return body.error();
    }
    return stored;
}

Result<std::int64_t> SqliteHistoryStore::append(std::string_view run_id, std::int64_t expected_seq,
                                                std::span<const NewEvent> events) {
    if (expected_seq < 1 || static_cast<std::uint64_t>(expected_seq) + events.size() > static_cast<std::uint64_t>(INT64_MAX))
        return make_error(Errc::BadArg, "expected seq " + std::to_string(expected_seq) + " is out of range");
    for (const NewEvent& e : events)
        if (!valid_name(e.type))
            return make_error(Errc::BadArg, "an event type must be 1 to 1024 bytes of UTF-8 without NUL");

    std::lock_guard lock(m_mutex);
    if (auto r = begin_write(); !r) return r.error();
    std::int64_t stamp = now_ms();
    auto body = [&]() -> Result<std::int64_t> {
        auto st = run_state(run_id);
        if (!st) return st.error();
        if (st->status != RunStatus::Running)
            return make_error(Errc::Closed, "run " + std::string(run_id) + " is closed (" +
                                                run_status_name(st->status) + ") (" + m_path + ")");
        if (st->next_seq != expected_seq)
            return make_error(Errc::Conflict, "run " + std::string(run_id) + ": expected seq " +
                                                  std::to_string(expected_seq) + ", next seq is " +
                                                  std::to_string(st->next_seq) + " (" + m_path + ")");
        if (events.empty()) return expected_seq;
        std::int64_t seq = expected_seq;
        for (const NewEvent& e : events) {
            Use u(m_insert_event);
            u.text(1, run_id);
            u.int64(2, seq++);
            u.text(3, e.type);
            u.blob(4, e.payload);
            u.int64(5, e.time_ms != 0 ? e.time_ms : stamp);
            if (int rc = u.step(); rc != SQLITE_DONE) return db_error(rc, "appending an event");
        }
        {
            Use u(m_set_next_seq);
            u.text(1, run_id);
            u.int64(2, seq);
            if (int rc = u.step(); rc != SQLITE_DONE) return db_error(rc, "appending an event");
        }
        if (auto r = commit(); !r) return r.error();
        return seq;
    }();
    rollback();  // a no-op after the commit
    return body;
}

Result<std::vector<EventRecord>> SqliteHistoryStore::history(std::string_view run_id, std::int64_t from_seq) {
    std::lock_guard lock(m_mutex);
    // One read transaction: the run's existence and its events come from one snapshot.
    {
        Use u(m_begin_read);
        if (int rc = u.step(); rc != SQLITE_DONE) return db_error(rc, "beginning a transaction");
    }
    auto body = [&]() -> Result<std::vector<EventRecord>> {
        if (auto st = run_state(run_id); !st) return st.error();
        std::vector<EventRecord> out;
        Use u(m_select_events);
        u.text(1, run_id);
        u.int64(2, from_seq);
        int rc;
        while ((rc = u.step()) == SQLITE_ROW)
            out.push_back(EventRecord{u.column_int64(0), u.column_text(1), u.column_blob(2), u.column_int64(3)});
        if (rc != SQLITE_DONE) return db_error(rc, "reading events");
        return out;
    }();
    if (body) {
        if (auto r = commit(); !r) body = r.error();
    }
    rollback();
    return body;
}

// Closes a running run inside the caller's write transaction (caller holds m_mutex).
Result<void> SqliteHistoryStore::close_run_locked(std::string_view run_id, RunStatus status,
                                                  std::span<const std::uint8_t> result) {
    auto st = run_state(run_id);
    if (!st) return st.error();
    if (st->status != RunStatus::Running)
        return make_error(Errc::Closed, "run " + std::string(run_id) + " is closed (" +
                                            run_status_name(st->status) + ") (" + m_path + ")");
    Use u(m_close);
    u.text(1, run_id);
    u.text(2, run_status_name(status));
    u.blob(3, result);
    u.int64(4, now_ms());
    if (int rc = u.step(); rc != SQLITE_DONE) return db_error(rc, "closing a run");
    return {};
}

Result<void> SqliteHistoryStore::close_run(std::string_view run_id, RunStatus status, std::span<const std::uint8_t> result) {
    if (status == RunStatus::Running) return make_error(Errc::BadArg, "close_run needs a final status, not running");
    std::lock_guard lock(m_mutex);
    if (auto r = begin_write(); !r) return r;
    auto body = [&]() -> Result<void> {
        if (auto r = close_run_locked(run_id, status, result); !r) return r;
        return commit();
    }();
    rollback();
    return body;
}

Result<RunInfo> SqliteHistoryStore::continue_as_new(std::string_view run_id, std::span<const std::uint8_t> result,
                                                    const RunInfo& next) {
    if (!valid_name(next.workflow_id) || !valid_name(next.run_id) || !valid_name(next.type))
        return make_error(Errc::BadArg, "workflow id, run id and type must be 1 to 1024 bytes of UTF-8 without NUL");
    RunInfo stored = new_run(next);
    std::lock_guard lock(m_mutex);
    if (auto r = begin_write(); !r) return r.error();
    auto body = [&]() -> Result<void> {
        auto old = describe_locked(run_id);
        if (!old) return old.error();
        if (old->workflow_id != stored.workflow_id)
            return make_error(Errc::BadArg, "the next run must have the workflow id of run " + std::string(run_id));
        if (auto r = close_run_locked(run_id, RunStatus::ContinuedAsNew, result); !r) return r;
        if (auto r = insert_run_locked(stored); !r) return r;
        return commit();
    }();
    if (!body) {
        rollback();
        return body.error();
    }
    return stored;
}

Result<std::vector<RunInfo>> SqliteHistoryStore::run_list(Statement& s, std::optional<std::string_view> workflow_id) {
    std::vector<RunInfo> out;
    Use u(s);
    if (workflow_id) u.text(1, *workflow_id);
    int rc;
    while ((rc = u.step()) == SQLITE_ROW) {
        auto run = read_run(u);
        if (!run) return run.error();
        out.push_back(std::move(*run));
    }
    if (rc != SQLITE_DONE) return db_error(rc, "reading runs");
    return out;
}

Result<std::vector<RunInfo>> SqliteHistoryStore::open_runs() {
    std::lock_guard lock(m_mutex);
    return run_list(m_open_runs, std::nullopt);
}

Result<std::vector<RunInfo>> SqliteHistoryStore::runs_of(std::string_view workflow_id) {
    std::lock_guard lock(m_mutex);
    return run_list(m_runs_of, workflow_id);
}

Result<RunInfo> SqliteHistoryStore::describe(std::string_view run_id) {
    std::lock_guard lock(m_mutex);
    return describe_locked(run_id);
}

Result<RunInfo> SqliteHistoryStore::describe_locked(std::string_view run_id) {
    Use u(m_select_run);
    u.text(1, run_id);
    int rc = u.step();
    if (rc == SQLITE_DONE) return make_error(Errc::NotFound, "no run " + std::string(run_id) + " (" + m_path + ")");
    if (rc != SQLITE_ROW) return db_error(rc, "reading a run");
    return read_run(u);
}

}  // namespace

const char* run_status_name(RunStatus status) {
    switch (status) {
    case RunStatus::Running: return "running";
    case RunStatus::Completed: return "completed";
    case RunStatus::Failed: return "failed";
    case RunStatus::Cancelled: return "cancelled";
    case RunStatus::ContinuedAsNew: return "continued_as_new";
    case RunStatus::Terminated: return "terminated";
    }
    return "unknown";
}

std::optional<RunStatus> run_status_from_name(std::string_view name) {
    for (RunStatus s : {RunStatus::Running, RunStatus::Completed, RunStatus::Failed, RunStatus::Cancelled,
                        RunStatus::ContinuedAsNew, RunStatus::Terminated})
        if (name == run_status_name(s)) return s;
    return std::nullopt;
}

Result<std::unique_ptr<HistoryStore>> open_sqlite_history_store(const std::string& path, const SqliteStoreOptions& options) {
    if (path.empty() || path.find('\0') != std::string::npos)
        return make_error(Errc::BadArg, "a history store needs a file name without NUL");
    // The connection is used from whichever thread holds the store's mutex.
    if (!sqlite3_threadsafe())
        return make_error(Errc::IoError, "the SQLite library was built without thread support (SQLITE_THREADSAFE=0)");
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(path.c_str(), &db, flags, options.vfs.empty() ? nullptr : options.vfs.c_str());
    // The store owns `db` from here (sqlite3_open_v2 may hand back a connection even when it fails).
    auto store = std::make_unique<SqliteHistoryStore>(db, path, options.busy_timeout_ms);
    if (rc != SQLITE_OK) return store->db_error(rc, "opening");
    if (auto r = store->init(); !r) return r.error();
    return std::unique_ptr<HistoryStore>(std::move(store));
}

}  // namespace ember
