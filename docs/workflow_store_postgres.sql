-- The workflow history store's schema (version 1) for PostgreSQL: the same tables, columns,
-- constraints and indexes as the SQLite backend's (nif/workflow_store_sqlite.cpp, docs/workflows.md),
-- with PostgreSQL's types: INTEGER -> BIGINT, BLOB -> BYTEA. TEXT columns hold UTF-8 without NUL
-- (the store refuses other ids and types in both backends). Not used yet: the PostgreSQL backend is
-- the next step.
CREATE TABLE schema_version (
    version BIGINT NOT NULL
);
INSERT INTO schema_version (version) VALUES (1);

CREATE TABLE runs (
    run_id      TEXT   NOT NULL PRIMARY KEY,
    workflow_id TEXT   NOT NULL,
    type        TEXT   NOT NULL,
    input       BYTEA  NOT NULL,
    status      TEXT   NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled',
                                                 'continued_as_new', 'terminated')),
    result      BYTEA  NOT NULL,
    created_ms  BIGINT NOT NULL,
    closed_ms   BIGINT,
    next_seq    BIGINT NOT NULL CHECK (next_seq >= 1)
);
-- At most one open run per workflow id.
CREATE UNIQUE INDEX runs_one_open_per_workflow ON runs (workflow_id) WHERE status = 'running';
CREATE INDEX runs_by_workflow ON runs (workflow_id, created_ms);

CREATE TABLE events (
    run_id   TEXT   NOT NULL REFERENCES runs (run_id),
    seq      BIGINT NOT NULL CHECK (seq >= 1),
    type     TEXT   NOT NULL,
    payload  BYTEA  NOT NULL,
    time_ms  BIGINT NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- append, as one transaction (READ COMMITTED is enough: the row lock serializes writers of a run):
--   BEGIN;
--   SELECT status, next_seq FROM runs WHERE run_id = $1 FOR UPDATE;
--   -- not found / status <> 'running' / next_seq <> expected: ROLLBACK with not_found, closed, conflict
--   INSERT INTO events (run_id, seq, type, payload, time_ms) VALUES ($1, $2, $3, $4, $5), ...;
--   UPDATE runs SET next_seq = $6 WHERE run_id = $1;
--   COMMIT;   -- durable with synchronous_commit = on (the default)
