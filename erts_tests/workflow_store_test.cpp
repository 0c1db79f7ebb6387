// The workflow history store's C++ API (include/ember/workflow_store.hpp, docs/workflows.md): the
// HistoryStore contract run against every backend (HistoryStoreContract: round trips, optimistic
// concurrency, run lifecycle, reopening, size, threads), and the SQLite backend's own behaviour
// (WorkflowStore: its file, and the failures a file can have (corrupt, locked, full disk) through a
// fault-injecting SQLite VFS).
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

#include "ember/workflow_store.hpp"

namespace {

using namespace ember;
namespace fs = std::filesystem;

// ---- a VFS that fails writes once a byte budget is spent (a full disk, deterministically) ----------

std::atomic<std::int64_t> g_write_budget{-1};  // bytes writable before SQLITE_FULL; -1: no limit
sqlite3_vfs* g_real_vfs = nullptr;

struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;  // the default VFS's file, allocated right after this struct
};
sqlite3_file* real_of(sqlite3_file* f) { return reinterpret_cast<FaultFile*>(f)->real; }

int fault_write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
    std::int64_t left = g_write_budget.load();
    while (left >= 0) {
        if (left < n) {
            g_write_budget = 0;
            return SQLITE_FULL;
        }
        if (g_write_budget.compare_exchange_weak(left, left - n)) break;
    }
    return real_of(f)->pMethods->xWrite(real_of(f), buf, n, off);
}

const sqlite3_io_methods kFaultMethods = {
    3,
    [](sqlite3_file* f) { return real_of(f)->pMethods->xClose(real_of(f)); },
    [](sqlite3_file* f, void* b, int n, sqlite3_int64 o) { return real_of(f)->pMethods->xRead(real_of(f), b, n, o); },
    fault_write,
    [](sqlite3_file* f, sqlite3_int64 s) { return real_of(f)->pMethods->xTruncate(real_of(f), s); },
    [](sqlite3_file* f, int fl) { return real_of(f)->pMethods->xSync(real_of(f), fl); },
    [](sqlite3_file* f, sqlite3_int64* s) { return real_of(f)->pMethods->xFileSize(real_of(f), s); },
    [](sqlite3_file* f, int l) { return real_of(f)->pMethods->xLock(real_of(f), l); },
    [](sqlite3_file* f, int l) { return real_of(f)->pMethods->xUnlock(real_of(f), l); },
    [](sqlite3_file* f, int* r) { return real_of(f)->pMethods->xCheckReservedLock(real_of(f), r); },
    [](sqlite3_file* f, int op, void* a) { return real_of(f)->pMethods->xFileControl(real_of(f), op, a); },
    [](sqlite3_file* f) { return real_of(f)->pMethods->xSectorSize(real_of(f)); },
    [](sqlite3_file* f) { return real_of(f)->pMethods->xDeviceCharacteristics(real_of(f)); },
    [](sqlite3_file* f, int pg, int sz, int ext, void volatile** p) {
        return real_of(f)->pMethods->xShmMap(real_of(f), pg, sz, ext, p);
    },
    [](sqlite3_file* f, int off, int n, int fl) { return real_of(f)->pMethods->xShmLock(real_of(f), off, n, fl); },
    [](sqlite3_file* f) { real_of(f)->pMethods->xShmBarrier(real_of(f)); },
    [](sqlite3_file* f, int del) { return real_of(f)->pMethods->xShmUnmap(real_of(f), del); },
    [](sqlite3_file* f, sqlite3_int64 o, int n, void** p) { return real_of(f)->pMethods->xFetch(real_of(f), o, n, p); },
    [](sqlite3_file* f, sqlite3_int64 o, void* p) { return real_of(f)->pMethods->xUnfetch(real_of(f), o, p); },
};

int fault_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
    auto* ff = reinterpret_cast<FaultFile*>(f);
    ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
    int rc = g_real_vfs->xOpen(g_real_vfs, name, ff->real, flags, out_flags);
    ff->base.pMethods = rc == SQLITE_OK && ff->real->pMethods ? &kFaultMethods : nullptr;
    return rc;
}

// Registers "ember_fault" once: the default VFS with fault_open.
const char* fault_vfs() {
    static sqlite3_vfs vfs = [] {
        g_real_vfs = sqlite3_vfs_find(nullptr);
        sqlite3_vfs v = *g_real_vfs;
        v.iVersion = 2;  // no system-call overrides
        v.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real_vfs->szOsFile;
        v.pNext = nullptr;
        v.zName = "ember_fault";
        v.pAppData = nullptr;
        v.xOpen = fault_open;
        v.xDelete = [](sqlite3_vfs*, const char* n, int s) { return g_real_vfs->xDelete(g_real_vfs, n, s); };
        v.xAccess = [](sqlite3_vfs*, const char* n, int fl, int* r) { return g_real_vfs->xAccess(g_real_vfs, n, fl, r); };
        v.xFullPathname = [](sqlite3_vfs*, const char* n, int sz, char* out) {
            return g_real_vfs->xFullPathname(g_real_vfs, n, sz, out);
        };
        v.xDlOpen = nullptr, v.xDlError = nullptr, v.xDlSym = nullptr, v.xDlClose = nullptr;
        v.xRandomness = [](sqlite3_vfs*, int n, char* out) { return g_real_vfs->xRandomness(g_real_vfs, n, out); };
        v.xSleep = [](sqlite3_vfs*, int us) { return g_real_vfs->xSleep(g_real_vfs, us); };
        v.xCurrentTime = [](sqlite3_vfs*, double* t) { return g_real_vfs->xCurrentTime(g_real_vfs, t); };
        v.xGetLastError = [](sqlite3_vfs*, int n, char* out) { return g_real_vfs->xGetLastError(g_real_vfs, n, out); };
        v.xCurrentTimeInt64 = [](sqlite3_vfs*, sqlite3_int64* t) { return g_real_vfs->xCurrentTimeInt64(g_real_vfs, t); };
        return v;
    }();
    static const int registered = sqlite3_vfs_register(&vfs, 0);
    EXPECT_EQ(registered, SQLITE_OK);
    return vfs.zName;
}

// ---- helpers ------------------------------------------------------------------------------------------

// A scratch directory per test.
class ScratchDir {
protected:
    void make_scratch() {
        std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        for (char& c : name)
            if (c == '/') c = '_';  // parameterized tests are named Test/param
        m_dir = fs::temp_directory_path() / ("ember-wfstore-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_path = (m_dir / "history.db").string();
    }
    void remove_scratch() {
        g_write_budget = -1;
        fs::remove_all(m_dir);
    }

    fs::path m_dir;
    std::string m_path;
};

// The SQLite backend's own behaviour (files, locks, faults).
class WorkflowStore : public ::testing::Test, protected ScratchDir {
protected:
    void SetUp() override { make_scratch(); }
    void TearDown() override { remove_scratch(); }

    std::unique_ptr<HistoryStore> open(const SqliteStoreOptions& options = {}) {
        auto s = open_sqlite_history_store(m_path, options);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
        return s.ok() ? std::move(*s) : nullptr;
    }
};

// The HistoryStore contract, run against every backend (include/ember/workflow_store.hpp): a backend
// opens a store that keeps its data in `dir` (or in a server database it empties first), and a second
// open of the same `dir` sees the same data. A PostgreSQL backend joins the list with its own entry.
struct StoreBackend {
    const char* name;
    std::function<std::unique_ptr<HistoryStore>(const fs::path& dir)> open;
};

const std::vector<StoreBackend>& store_backends() {
    static const std::vector<StoreBackend> backends = {
        {"sqlite",
         [](const fs::path& dir) -> std::unique_ptr<HistoryStore> {
             auto s = open_sqlite_history_store((dir / "history.db").string());
             EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
             return s.ok() ? std::move(*s) : nullptr;
         }},
    };
    return backends;
}

class HistoryStoreContract : public ::testing::TestWithParam<StoreBackend>, protected ScratchDir {
protected:
    void SetUp() override { make_scratch(); }
    void TearDown() override { remove_scratch(); }

    std::unique_ptr<HistoryStore> open() { return GetParam().open(m_dir); }
};

Bytes bytes(std::string_view s) { return Bytes(s.begin(), s.end()); }

RunInfo run(std::string wf, std::string id, std::string type = "order_flow") {
    RunInfo r;
    r.workflow_id = std::move(wf);
    r.run_id = std::move(id);
    r.type = std::move(type);
    r.input = bytes("\x83\x64\x00\x02hi");
    return r;
}

std::vector<NewEvent> events(int n, const std::string& prefix = "ev") {
    std::vector<NewEvent> out;
    for (int i = 0; i < n; ++i) out.push_back({prefix + std::to_string(i), bytes("payload " + std::to_string(i)), 0});
    return out;
}

// ---- tests ------------------------------------------------------------------------------------------

TEST_P(HistoryStoreContract, AppendAndReadBack) {
    auto s = open();
    ASSERT_TRUE(s);
    auto created = s->create_run(run("order-1", "r1"));
    ASSERT_TRUE(created.ok()) << created.error().message;
    EXPECT_EQ(created->status, RunStatus::Running);
    EXPECT_EQ(created->next_seq, 1);
    EXPECT_GT(created->created_ms, 1'600'000'000'000);

    Bytes with_nul = {0x83, 0x00, 0xFF, 0x00};
    std::vector<NewEvent> evs = {{"workflow_started", {}, 0}, {"activity_scheduled", with_nul, 1234}, {"timer_started", bytes("t"), 0}};
    auto next = s->append("r1", 1, evs);
    ASSERT_TRUE(next.ok()) << next.error().message;
    EXPECT_EQ(*next, 4);

    auto h = s->history("r1", 1);
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ((*h)[i].seq, i + 1);
        EXPECT_EQ((*h)[i].type, evs[i].type);
        EXPECT_EQ((*h)[i].payload, evs[i].payload);
    }
    EXPECT_EQ((*h)[1].time_ms, 1234);
    EXPECT_GT((*h)[0].time_ms, 1'600'000'000'000);  // stamped by the store

    auto tail = s->history("r1", 3);
    ASSERT_TRUE(tail.ok());
    ASSERT_EQ(tail->size(), 1u);
    EXPECT_EQ((*tail)[0].type, "timer_started");
    EXPECT_TRUE(s->history("r1", 4)->empty());

    auto d = s->describe("r1");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->workflow_id, "order-1");
    EXPECT_EQ(d->type, "order_flow");
    EXPECT_EQ(d->input, run("", "").input);
    EXPECT_EQ(d->next_seq, 4);
    EXPECT_EQ(d->closed_ms, 0);

    // An empty append checks and writes nothing.
    EXPECT_EQ(*s->append("r1", 4, std::vector<NewEvent>{}), 4);
    EXPECT_EQ(s->append("r1", 3, std::vector<NewEvent>{}).code(), Errc::Conflict);
}

TEST_P(HistoryStoreContract, SeqConflictWritesNothing) {
    auto s = open();
    ASSERT_TRUE(s->create_run(run("wf", "r1")).ok());
    ASSERT_TRUE(s->append("r1", 1, events(2)).ok());
    // A writer that read the history before that append tries seq 1 again, then one far ahead.
    auto stale = s->append("r1", 1, events(1, "stale"));
    ASSERT_EQ(stale.code(), Errc::Conflict);
    EXPECT_NE(stale.error().message.find("next seq is 3"), std::string::npos) << stale.error().message;
    EXPECT_EQ(s->append("r1", 7, events(1, "ahead")).code(), Errc::Conflict);
    EXPECT_EQ(s->history("r1")->size(), 2u);
    EXPECT_EQ(s->describe("r1")->next_seq, 3);
    EXPECT_EQ(*s->append("r1", 3, events(1)), 4);
}

TEST_P(HistoryStoreContract, OneOpenRunPerWorkflow) {
    auto s = open();
    ASSERT_TRUE(s->create_run(run("wf", "r1")).ok());
    auto dup = s->create_run(run("wf", "r2"));
    ASSERT_EQ(dup.code(), Errc::Duplicate);
    EXPECT_NE(dup.error().message.find("r1"), std::string::npos);
    ASSERT_TRUE(s->create_run(run("other", "r3")).ok());
    EXPECT_EQ(s->create_run(run("third", "r3")).code(), Errc::Duplicate);  // the run id exists

    ASSERT_TRUE(s->close_run("r1", RunStatus::ContinuedAsNew, bytes("next")).ok());
    auto r2 = s->create_run(run("wf", "r2"));
    ASSERT_TRUE(r2.ok()) << r2.error().message;
    EXPECT_EQ(s->create_run(run("wf", "r1")).code(), Errc::Duplicate);

    auto of = s->runs_of("wf");
    ASSERT_TRUE(of.ok());
    ASSERT_EQ(of->size(), 2u);
    EXPECT_EQ((*of)[0].run_id, "r1");
    EXPECT_EQ((*of)[0].status, RunStatus::ContinuedAsNew);
    EXPECT_EQ((*of)[1].run_id, "r2");
    auto open_runs = s->open_runs();
    ASSERT_TRUE(open_runs.ok());
    std::vector<std::string> ids;
    for (const auto& r : *open_runs) ids.push_back(r.run_id);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"r2", "r3"}));
    EXPECT_TRUE(s->runs_of("nobody")->empty());
}

// continue_as_new closes the old run and opens the next one in one transaction; a failure on either
// side leaves both as they were.
TEST_P(HistoryStoreContract, ContinueAsNewIsAtomic) {
    auto s = open();
    ASSERT_TRUE(s->create_run(run("wf", "r1")).ok());
    ASSERT_TRUE(s->create_run(run("other", "o1")).ok());
    auto next = s->continue_as_new("r1", bytes("carry"), run("wf", "r2"));
    ASSERT_TRUE(next.ok()) << next.error().message;
    EXPECT_EQ(next->status, RunStatus::Running);
    EXPECT_EQ(s->describe("r1")->status, RunStatus::ContinuedAsNew);
    EXPECT_EQ(s->describe("r1")->result, bytes("carry"));
    EXPECT_EQ(s->describe("r2")->status, RunStatus::Running);
    // the old run is closed now: nothing changes
    EXPECT_EQ(s->continue_as_new("r1", {}, run("wf", "r3")).code(), Errc::Closed);
    EXPECT_EQ(s->describe("r3").code(), Errc::NotFound);
    // the next run's id exists: the old run stays open
    EXPECT_EQ(s->continue_as_new("r2", {}, run("wf", "o1")).code(), Errc::Duplicate);
    EXPECT_EQ(s->describe("r2")->status, RunStatus::Running);
    // another workflow id is refused
    EXPECT_EQ(s->continue_as_new("r2", {}, run("other", "x")).code(), Errc::BadArg);
    EXPECT_EQ(s->describe("r2")->status, RunStatus::Running);
}

TEST_P(HistoryStoreContract, ClosedRunRefusesAppends) {
    auto s = open();
    ASSERT_TRUE(s->create_run(run("wf", "r1")).ok());
    ASSERT_TRUE(s->append("r1", 1, events(2)).ok());
    EXPECT_EQ(s->close_run("r1", RunStatus::Running, {}).code(), Errc::BadArg);
    ASSERT_TRUE(s->close_run("r1", RunStatus::Completed, bytes("done")).ok());
    auto refused = s->append("r1", 3, events(1));
    ASSERT_EQ(refused.code(), Errc::Closed);
    EXPECT_NE(refused.error().message.find("completed"), std::string::npos);
    EXPECT_EQ(s->close_run("r1", RunStatus::Failed, {}).code(), Errc::Closed);

    auto d = s->describe("r1");
    EXPECT_EQ(d->status, RunStatus::Completed);
    EXPECT_EQ(d->result, bytes("done"));
    EXPECT_GT(d->closed_ms, 0);
    EXPECT_EQ(d->next_seq, 3);  // closing appends nothing
    EXPECT_EQ(s->history("r1")->size(), 2u);
}

TEST_P(HistoryStoreContract, MissingRunsAndBadArguments) {
    auto s = open();
    EXPECT_EQ(s->describe("nope").code(), Errc::NotFound);
    EXPECT_EQ(s->history("nope").code(), Errc::NotFound);
    EXPECT_EQ(s->append("nope", 1, events(1)).code(), Errc::NotFound);
    EXPECT_EQ(s->close_run("nope", RunStatus::Failed, {}).code(), Errc::NotFound);
    EXPECT_EQ(s->create_run(run("", "r")).code(), Errc::BadArg);
    EXPECT_EQ(s->create_run(run("wf", "")).code(), Errc::BadArg);
    EXPECT_EQ(s->create_run(run("wf", "r", "")).code(), Errc::BadArg);
    EXPECT_EQ(s->create_run(run("wf", std::string("a\0b", 3))).code(), Errc::BadArg);
    EXPECT_EQ(s->create_run(run("wf\xff", "r")).code(), Errc::BadArg);  // not UTF-8
    EXPECT_EQ(s->create_run(run(std::string(1025, 'x'), "r")).code(), Errc::BadArg);
    ASSERT_TRUE(s->create_run(run("wf", "r")).ok());
    EXPECT_EQ(s->append("r", 0, events(1)).code(), Errc::BadArg);
    EXPECT_EQ(s->append("r", INT64_MAX, events(2)).code(), Errc::BadArg);
    EXPECT_EQ(s->append("r", 1, std::vector<NewEvent>{{"", {}, 0}}).code(), Errc::BadArg);
    EXPECT_EQ(s->history("r")->size(), 0u);
}

TEST_F(WorkflowStore, BadPaths) {
    EXPECT_EQ(open_sqlite_history_store("").code(), Errc::BadArg);
    auto missing_dir = open_sqlite_history_store((m_dir / "no" / "such" / "dir.db").string());
    ASSERT_EQ(missing_dir.code(), Errc::IoError);
    EXPECT_NE(missing_dir.error().message.find("cannot open"), std::string::npos) << missing_dir.error().message;
}

TEST_P(HistoryStoreContract, ReopenKeepsEverything) {
    {
        auto s = open();
        ASSERT_TRUE(s->create_run(run("wf", "r1")).ok());
        ASSERT_TRUE(s->append("r1", 1, events(5)).ok());
        ASSERT_TRUE(s->close_run("r1", RunStatus::Cancelled, bytes("why")).ok());
        ASSERT_TRUE(s->create_run(run("wf", "r2")).ok());
        ASSERT_TRUE(s->append("r2", 1, events(3)).ok());
    }
    auto s = open();
    auto r1 = s->describe("r1");
    ASSERT_TRUE(r1.ok());
    EXPECT_EQ(r1->status, RunStatus::Cancelled);
    EXPECT_EQ(r1->result, bytes("why"));
    EXPECT_EQ(s->history("r1")->size(), 5u);
    EXPECT_EQ(s->open_runs()->size(), 1u);
    auto h = s->history("r2");
    ASSERT_EQ(h->size(), 3u);
    EXPECT_EQ((*h)[2].payload, bytes("payload 2"));
    EXPECT_EQ(*s->append("r2", 4, events(1)), 5);
}

TEST_F(WorkflowStore, FileUsesAWriteAheadLog) {
    ASSERT_NE(open(), nullptr);
    // The journal mode is persistent: a plain connection sees it.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(m_path.c_str(), &raw), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(raw, "PRAGMA journal_mode", -1, &st, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
    sqlite3_finalize(st);
    sqlite3_close(raw);
}

TEST_P(HistoryStoreContract, TenThousandEvents) {
    auto s = open();
    ASSERT_TRUE(s->create_run(run("big", "r")).ok());
    std::int64_t seq = 1;
    for (int batch = 0; batch < 100; ++batch) {
        auto next = s->append("r", seq, events(100, "b" + std::to_string(batch) + "-"));
        ASSERT_TRUE(next.ok()) << next.error().message;
        seq = *next;
    }
    EXPECT_EQ(seq, 10'001);
    auto h = s->history("r");
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 10'000u);
    for (std::size_t i = 0; i < h->size(); ++i) ASSERT_EQ((*h)[i].seq, static_cast<std::int64_t>(i + 1));
    EXPECT_EQ((*h)[9'999].type, "b99-99");
    EXPECT_EQ(s->history("r", 9'991)->size(), 10u);
}

TEST_P(HistoryStoreContract, TwoThreadsAppendToDifferentRuns) {
    auto s = open();
    ASSERT_TRUE(s->create_run(run("a", "ra")).ok());
    ASSERT_TRUE(s->create_run(run("b", "rb")).ok());
    constexpr int kEach = 200;
    std::atomic<int> failures{0};
    auto writer = [&](const std::string& id) {
        for (int i = 1; i <= kEach; ++i)
            if (!s->append(id, i, std::vector<NewEvent>{{"e", bytes(id + std::to_string(i)), 0}}).ok()) ++failures;
    };
    std::thread a(writer, "ra"), b(writer, "rb");
    a.join();
    b.join();
    EXPECT_EQ(failures.load(), 0);
    for (std::string id : {"ra", "rb"}) {
        auto h = s->history(id);
        ASSERT_EQ(h->size(), static_cast<std::size_t>(kEach));
        for (int i = 0; i < kEach; ++i) EXPECT_EQ((*h)[i].payload, bytes(id + std::to_string(i + 1)));
    }
}

// Two stores on one file (two connections, as two OS processes would have): SQLite's file locks and
// the busy timeout serialize them; no append fails and none is lost.
TEST_F(WorkflowStore, TwoConnectionsOnOneFile) {
    auto first = open();
    auto second = open();
    ASSERT_TRUE(first && second);
    ASSERT_TRUE(first->create_run(run("a", "ra")).ok());
    ASSERT_TRUE(second->create_run(run("b", "rb")).ok());
    EXPECT_EQ(first->create_run(run("b", "rb2")).code(), Errc::Duplicate);  // sees the other's run
    constexpr int kEach = 100;
    std::atomic<int> failures{0};
    auto writer = [&](HistoryStore* s, const std::string& id) {
        for (int i = 1; i <= kEach; ++i)
            if (!s->append(id, i, events(1)).ok()) ++failures;
    };
    std::thread a(writer, first.get(), "ra"), b(writer, second.get(), "rb");
    a.join();
    b.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(second->history("ra")->size(), static_cast<std::size_t>(kEach));
    EXPECT_EQ(first->history("rb")->size(), static_cast<std::size_t>(kEach));
}

TEST_P(HistoryStoreContract, TwoWritersOnOneRunOneWins) {
    auto s = open();
    ASSERT_TRUE(s->create_run(run("wf", "r")).ok());
    std::atomic<int> won{0}, conflicts{0};
    auto writer = [&] {
        auto r = s->append("r", 1, events(3));
        if (r.ok()) ++won;
        else if (r.code() == Errc::Conflict) ++conflicts;
    };
    std::thread a(writer), b(writer);
    a.join();
    b.join();
    EXPECT_EQ(won.load(), 1);
    EXPECT_EQ(conflicts.load(), 1);
    EXPECT_EQ(s->history("r")->size(), 3u);
}

TEST_F(WorkflowStore, GarbageFileIsCorrupt) {
    {
        std::ofstream f(m_path, std::ios::binary);
        for (int i = 0; i < 1000; ++i) f << "this is not a database ";
    }
    auto s = open_sqlite_history_store(m_path);
    ASSERT_EQ(s.code(), Errc::Corrupt);
    EXPECT_NE(s.error().message.find("corrupt or not a database"), std::string::npos) << s.error().message;
    EXPECT_NE(s.error().message.find(m_path), std::string::npos);
}

TEST_F(WorkflowStore, DamagedPagesAreCorrupt) {
    {
        auto s = open();
        ASSERT_TRUE(s->create_run(run("wf", "r")).ok());
        std::int64_t seq = 1;
        for (int i = 0; i < 20; ++i) seq = *s->append("r", seq, events(50));
    }  // closed: the WAL is checkpointed into the file
    auto size = fs::file_size(m_path);
    ASSERT_GT(size, 16'384u);
    {
        std::fstream f(m_path, std::ios::binary | std::ios::in | std::ios::out);
        f.seekp(4096);  // every page after the first
        std::string junk(size - 4096, '\xA5');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    auto s = open_sqlite_history_store(m_path);
    Errc code = s.ok() ? (*s)->history("r").code() : s.code();
    EXPECT_EQ(code, Errc::Corrupt);
    if (s.ok()) {  // every call answers, none crashes
        EXPECT_FALSE((*s)->describe("r").ok());
        EXPECT_FALSE((*s)->append("r", 1001, events(1)).ok());
        EXPECT_FALSE((*s)->open_runs().ok());
    }
}

TEST_F(WorkflowStore, ForeignDatabaseAndNewerSchemaAreRefused) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(m_path.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "CREATE TABLE users (name TEXT)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    auto foreign = open_sqlite_history_store(m_path);
    ASSERT_EQ(foreign.code(), Errc::Corrupt);
    EXPECT_NE(foreign.error().message.find("not an Ember workflow store"), std::string::npos);

    fs::remove(m_path);
    { auto s = open(); }
    ASSERT_EQ(sqlite3_open(m_path.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "UPDATE schema_version SET version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    auto newer = open_sqlite_history_store(m_path);
    ASSERT_EQ(newer.code(), Errc::Corrupt);
    EXPECT_NE(newer.error().message.find("schema version 99"), std::string::npos) << newer.error().message;
}

TEST_F(WorkflowStore, LockedDatabaseIsBusy) {
    SqliteStoreOptions options;
    options.busy_timeout_ms = 50;
    auto s = open(options);
    ASSERT_TRUE(s->create_run(run("wf", "r")).ok());
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(m_path.c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    auto r = s->append("r", 1, events(1));
    ASSERT_EQ(r.code(), Errc::Busy);
    EXPECT_NE(r.error().message.find("locked"), std::string::npos) << r.error().message;
    ASSERT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    EXPECT_EQ(*s->append("r", 1, events(1)), 2);
}

TEST_F(WorkflowStore, FullDiskLosesNoAcknowledgedEvent) {
    SqliteStoreOptions options;
    options.vfs = fault_vfs();
    std::vector<std::string> acknowledged;
    std::int64_t seq = 1;
    Error failure{Errc::BadArg, ""};
    {
        auto s = open(options);
        ASSERT_TRUE(s);
        ASSERT_TRUE(s->create_run(run("wf", "r")).ok());
        g_write_budget = 200'000;
        std::string big(900, 'p');
        for (int i = 0; i < 10'000; ++i) {
            std::string type = "e" + std::to_string(i);
            auto r = s->append("r", seq, std::vector<NewEvent>{{type, bytes(big), 0}, {type + "b", bytes(big), 0}});
            if (!r.ok()) {
                failure = r.error();
                break;
            }
            seq = *r;
            acknowledged.push_back(type);
        }
        ASSERT_EQ(failure.code, Errc::DiskFull) << failure.message;
        EXPECT_NE(failure.message.find("disk is full"), std::string::npos) << failure.message;
        EXPECT_GT(acknowledged.size(), 10u);
        // Reads still work; the failed append left nothing.
        auto h = s->history("r");
        ASSERT_TRUE(h.ok()) << h.error().message;
        EXPECT_EQ(h->size(), 2 * acknowledged.size());
        EXPECT_EQ(s->describe("r")->next_seq, seq);
        // Space again: the store goes on where it was.
        g_write_budget = -1;
        auto again = s->append("r", seq, std::vector<NewEvent>{{"after", bytes("x"), 0}});
        ASSERT_TRUE(again.ok()) << again.error().message;
        seq = *again;
        acknowledged.push_back("after");
    }
    auto s = open();  // the default VFS
    auto h = s->history("r");
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 2 * acknowledged.size() - 1);
    for (std::size_t i = 0; i + 1 < acknowledged.size(); ++i) {
        EXPECT_EQ((*h)[2 * i].type, acknowledged[i]);
        EXPECT_EQ((*h)[2 * i + 1].type, acknowledged[i] + "b");
    }
    EXPECT_EQ(h->back().type, "after");
    EXPECT_EQ(s->describe("r")->next_seq, seq);
}

TEST_F(WorkflowStore, FullDiskWhileCreating) {
    SqliteStoreOptions options;
    options.vfs = fault_vfs();
    g_write_budget = 0;
    auto s = open_sqlite_history_store(m_path, options);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), Errc::DiskFull) << s.error().message;
    g_write_budget = -1;
    auto again = open_sqlite_history_store(m_path, options);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_TRUE((*again)->open_runs()->empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, HistoryStoreContract, ::testing::ValuesIn(store_backends()),
                         [](const ::testing::TestParamInfo<StoreBackend>& info) { return std::string(info.param.name); });

}  // namespace
