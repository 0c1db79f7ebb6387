// Exit tombstones (scheduler/tombstones.hpp): outcomes, eviction by count and by bytes, the pid states,
// waiting, shutdown, and many threads at once.
#include <gtest/gtest.h>

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "scheduler/tombstones.hpp"
#include "vm/copy.hpp"

#include "test_support.hpp"

namespace ember::scheduler {
namespace {

using namespace std::chrono_literals;
using vm::SWord;
using vm::Term;
using vm::kNil;
using vm::test::TermBuilder;
using vm::test::TestHeap;
using Clock = std::chrono::steady_clock;

// A stand-in for the scheduler's process table: a pid counter and the set of pids in the table.
// Exits follow the scheduler's contract: record, then remove.
class FakeProcesses {
public:
    std::uint64_t spawn() {
        std::lock_guard lock(m_mutex);
        std::uint64_t pid = m_counter++;
        m_live.insert(pid);
        return pid;
    }
    void remove(std::uint64_t pid) {
        std::lock_guard lock(m_mutex);
        m_live.erase(pid);
    }
    PidOracle oracle() {
        return PidOracle{[this] {
                             std::lock_guard lock(m_mutex);
                             return m_counter;
                         },
                         [this](std::uint64_t pid) {
                             std::lock_guard lock(m_mutex);
                             return m_live.count(pid) != 0;
                         }};
    }

private:
    std::mutex m_mutex;
    std::uint64_t m_counter = 1;
    std::unordered_set<std::uint64_t> m_live;
};

class TombstoneTest : public ::testing::Test {
protected:
    FakeProcesses procs;
    TermBuilder b;

    // Spawns and ends a process with `reason` (and `result`) the way the scheduler does.
    std::uint64_t run_to_exit(TombstoneTable& table, Term reason, std::optional<Term> result = std::nullopt) {
        std::uint64_t pid = procs.spawn();
        EXPECT_TRUE(table.record(pid, reason, result));
        procs.remove(pid);
        return pid;
    }
    // Waits (on a thread) until `n` threads are blocked in table.wait().
    static void await_waiters(const TombstoneTable& table, std::size_t n) {
        auto give_up = Clock::now() + 10s;
        while (table.waiters() < n && Clock::now() < give_up) std::this_thread::sleep_for(1ms);
        ASSERT_EQ(table.waiters(), n);
    }
    static Clock::time_point soon() { return Clock::now() + 10s; }
};

TEST_F(TombstoneTest, ExitedOutcomeIsReturnedAtOnce) {
    TombstoneTable table(procs.oracle());
    EXPECT_EQ(table.capacity(), 65536u);
    EXPECT_EQ(table.byte_budget(), std::size_t(64) << 20);
    std::uint64_t pid = run_to_exit(table, b.t({b.a("badarg"), b.l({b.i(1), b.i(2)})}), b.a("done"));
    LookupResult r = table.lookup(pid);
    EXPECT_EQ(r.status, PidStatus::Exited);
    EXPECT_EQ(r.outcome.reason.to_string(), "{badarg,[1,2]}");
    ASSERT_TRUE(r.outcome.result.has_value());
    EXPECT_EQ(r.outcome.result->to_string(), "done");
    LookupResult w = table.wait(pid, soon());
    EXPECT_EQ(w.status, PidStatus::Exited);
    EXPECT_EQ(w.outcome.reason.to_string(), "{badarg,[1,2]}");
    // No result for a process that was not host-spawned.
    std::uint64_t pid2 = run_to_exit(table, b.a("normal"));
    LookupResult r2 = table.wait(pid2);
    EXPECT_EQ(r2.status, PidStatus::Exited);
    EXPECT_FALSE(r2.outcome.result.has_value());
    // A host-spawned process that crashed has no value to keep.
    std::uint64_t pid3 = run_to_exit(table, b.t({b.a("badarith"), kNil}), vm::kNonValue);
    EXPECT_FALSE(table.lookup(pid3).outcome.result.has_value());
    EXPECT_EQ(table.size(), 3u);
}

TEST_F(TombstoneTest, NeverSpawnedEvictedAndRunningAreToldApart) {
    TombstoneTable table(procs.oracle(), TombstoneLimits{2, kDefaultTombstoneBytes});
    std::uint64_t running = procs.spawn();
    std::uint64_t first = run_to_exit(table, b.a("a"));
    run_to_exit(table, b.a("b"));
    run_to_exit(table, b.a("c"));  // evicts `first`
    EXPECT_EQ(table.lookup(0).status, PidStatus::NeverSpawned);
    EXPECT_EQ(table.lookup(1000).status, PidStatus::NeverSpawned);
    EXPECT_EQ(table.lookup(running).status, PidStatus::Running);
    EXPECT_EQ(table.lookup(first).status, PidStatus::Evicted);
    EXPECT_EQ(table.wait(first).status, PidStatus::Evicted);     // at once, no deadline needed
    EXPECT_EQ(table.wait(1000).status, PidStatus::NeverSpawned);
    EXPECT_EQ(table.wait(0).status, PidStatus::NeverSpawned);
    EXPECT_EQ(table.evicted(), 1u);
    EXPECT_STREQ(pid_status_name(PidStatus::Evicted), "evicted");
}

TEST_F(TombstoneTest, EvictionAtCapacityIsFifoInExitOrder) {
    TombstoneTable table(procs.oracle(), TombstoneLimits{3, kDefaultTombstoneBytes});
    std::vector<std::uint64_t> pids;
    for (int i = 0; i < 6; ++i) pids.push_back(procs.spawn());
    // Exit order differs from pid order.
    std::vector<std::uint64_t> order{pids[4], pids[1], pids[5], pids[0], pids[3]};
    for (std::uint64_t pid : order) {
        ASSERT_TRUE(table.record(pid, b.i(SWord(pid))));
        procs.remove(pid);
    }
    EXPECT_EQ(table.size(), 3u);
    EXPECT_EQ(table.lookup(pids[4]).status, PidStatus::Evicted);
    EXPECT_EQ(table.lookup(pids[1]).status, PidStatus::Evicted);
    for (std::uint64_t pid : {pids[5], pids[0], pids[3]}) {
        LookupResult r = table.lookup(pid);
        ASSERT_EQ(r.status, PidStatus::Exited);
        EXPECT_EQ(r.outcome.reason.get(), b.i(SWord(pid)));
    }
    EXPECT_EQ(table.lookup(pids[2]).status, PidStatus::Running);
    table.set_capacity(1);  // shrinking evicts the oldest at once
    EXPECT_EQ(table.size(), 1u);
    EXPECT_EQ(table.lookup(pids[3]).status, PidStatus::Exited);
    EXPECT_EQ(table.lookup(pids[0]).status, PidStatus::Evicted);
    EXPECT_EQ(table.evicted(), 4u);
    table.set_capacity(0);
    EXPECT_EQ(table.size(), 0u);
    EXPECT_EQ(table.bytes(), 0u);
}

TEST_F(TombstoneTest, DuplicateAndZeroPidsAreRefused) {
    TombstoneTable table(procs.oracle());
    std::uint64_t pid = run_to_exit(table, b.a("first"));
    EXPECT_FALSE(table.record(pid, b.a("second")));
    EXPECT_FALSE(table.record(0, b.a("zero")));
    EXPECT_EQ(table.lookup(pid).outcome.reason.to_string(), "first");
    EXPECT_EQ(table.size(), 1u);
}

TEST_F(TombstoneTest, ByteBudgetEvictsOldestFirst) {
    TombstoneTable table(procs.oracle());
    Term reason = b.t({b.a("error"), b.l({b.i(1), b.i(2), b.i(3), b.i(4)})});
    std::uint64_t first = run_to_exit(table, reason);
    std::size_t one = table.bytes();
    EXPECT_EQ(one, table.lookup(first).outcome.reason.bytes());
    EXPECT_GT(one, vm::term_size(reason) * 8);  // block header and count word included
    table.set_byte_budget(one * 3 + one / 2);
    std::vector<std::uint64_t> pids{first};
    for (int i = 0; i < 4; ++i) pids.push_back(run_to_exit(table, reason));
    EXPECT_EQ(table.size(), 3u);
    EXPECT_EQ(table.bytes(), 3 * one);
    EXPECT_EQ(table.lookup(pids[0]).status, PidStatus::Evicted);
    EXPECT_EQ(table.lookup(pids[1]).status, PidStatus::Evicted);
    EXPECT_EQ(table.lookup(pids[2]).status, PidStatus::Exited);
    // Immediates cost no bytes: only the count bounds them.
    for (int i = 0; i < 10; ++i) run_to_exit(table, b.a("normal"));
    EXPECT_EQ(table.size(), 13u);
}

TEST_F(TombstoneTest, OutcomeLargerThanTheBudgetIsReplacedByAMarker) {
    TombstoneTable table(procs.oracle(), TombstoneLimits{100, 1000});
    std::vector<Term> items(500, b.i(7));
    TestHeap heap;
    Term big = vm::make_list_of(heap, items.data(), items.size());  // 1,000 words
    std::uint64_t small_before = run_to_exit(table, b.t({b.a("kept")}));
    std::uint64_t p1 = run_to_exit(table, big, b.a("ok"));
    std::uint64_t p2 = run_to_exit(table, b.t({b.a("shutdown")}), big);
    std::uint64_t p3 = run_to_exit(table, big, big);
    LookupResult r1 = table.lookup(p1);
    EXPECT_EQ(r1.outcome.reason.to_string(), "'$ember_reason_too_large'");
    EXPECT_EQ(r1.outcome.result->to_string(), "ok");
    LookupResult r2 = table.lookup(p2);
    EXPECT_EQ(r2.outcome.reason.to_string(), "{shutdown}");
    EXPECT_EQ(r2.outcome.result->to_string(), "'$ember_result_too_large'");
    EXPECT_FALSE(r2.outcome.reason.same_storage(*r1.outcome.result));
    EXPECT_LT(r2.outcome.reason.bytes(), 100u);  // re-copied alone, not pinning the big block
    LookupResult r3 = table.lookup(p3);
    EXPECT_EQ(r3.outcome.reason.to_string(), "'$ember_reason_too_large'");
    EXPECT_EQ(r3.outcome.result->to_string(), "'$ember_result_too_large'");
    EXPECT_EQ(table.lookup(small_before).status, PidStatus::Exited);  // nothing had to go
    EXPECT_LE(table.bytes(), 1000u);
}

TEST_F(TombstoneTest, RefcBinariesAreHeldUntilEviction) {
    TombstoneTable table(procs.oracle(), TombstoneLimits{1, kDefaultTombstoneBytes});
    std::string text(4096, 'x');
    std::uint64_t pid;
    vm::Binary* blk;
    {
        TestHeap heap;
        Term bin = vm::make_binary(heap, text);
        blk = reinterpret_cast<vm::Binary*>(vm::boxed_ptr(bin)[2]);
        blk->retain();
        pid = run_to_exit(table, b.t({b.a("bin"), bin}));
        EXPECT_EQ(blk->refs.load(), 3);
    }
    EXPECT_EQ(blk->refs.load(), 2);
    EXPECT_GE(table.bytes(), 4096u);
    LookupResult r = table.lookup(pid);
    EXPECT_EQ(vm::binary_ref(vm::tuple_element(r.outcome.reason.get(), 1)).byte_size(), 4096u);
    run_to_exit(table, b.a("normal"));  // evicts it; `r` still holds the block
    EXPECT_EQ(blk->refs.load(), 2);
    r = LookupResult();
    EXPECT_EQ(blk->refs.load(), 1);
    blk->release();
}

TEST_F(TombstoneTest, WaitIsWokenByARecordFromAnotherThread) {
    TombstoneTable table(procs.oracle());
    std::uint64_t pid = procs.spawn();
    std::uint64_t other = procs.spawn();
    LookupResult got;
    std::thread waiter([&] { got = table.wait(pid); });
    LookupResult other_got;
    std::thread other_waiter([&] { other_got = table.wait(other, Clock::now() + 200ms); });
    await_waiters(table, 2);
    TermBuilder local;
    table.record(pid, local.t({local.a("exit"), local.i(3)}), local.i(99));
    procs.remove(pid);
    waiter.join();
    EXPECT_EQ(got.status, PidStatus::Exited);
    EXPECT_EQ(got.outcome.reason.to_string(), "{exit,3}");
    EXPECT_EQ(got.outcome.result->get(), local.i(99));
    other_waiter.join();  // not woken by the other pid's record
    EXPECT_EQ(other_got.status, PidStatus::TimedOut);
    EXPECT_EQ(table.waiters(), 0u);
}

TEST_F(TombstoneTest, SeveralWaitersOnOnePidAllGetTheOutcome) {
    TombstoneTable table(procs.oracle(), TombstoneLimits{0, kDefaultTombstoneBytes});  // keeps nothing
    std::uint64_t pid = procs.spawn();
    std::vector<LookupResult> got(3);
    std::vector<std::thread> ts;
    for (auto& g : got) ts.emplace_back([&table, &g, pid] { g = table.wait(pid, soon()); });
    await_waiters(table, 3);
    table.record(pid, b.a("killed"));
    procs.remove(pid);
    for (auto& t : ts) t.join();
    for (auto& g : got) {
        EXPECT_EQ(g.status, PidStatus::Exited);
        EXPECT_EQ(g.outcome.reason.to_string(), "killed");
    }
    EXPECT_EQ(table.size(), 0u);  // evicted at once, but the waiters got it
    EXPECT_EQ(table.lookup(pid).status, PidStatus::Evicted);
}

TEST_F(TombstoneTest, WaitTimesOut) {
    TombstoneTable table(procs.oracle());
    std::uint64_t pid = procs.spawn();
    auto start = Clock::now();
    LookupResult r = table.wait(pid, start + 50ms);
    EXPECT_EQ(r.status, PidStatus::TimedOut);
    EXPECT_GE(Clock::now() - start, 50ms);
    EXPECT_EQ(table.wait(pid, start).status, PidStatus::TimedOut);  // a deadline in the past
    EXPECT_EQ(table.waiters(), 0u);
    EXPECT_EQ(table.lookup(pid).status, PidStatus::Running);
}

TEST_F(TombstoneTest, ShutdownWakesAllWaiters) {
    TombstoneTable table(procs.oracle());
    std::uint64_t exited = run_to_exit(table, b.a("normal"));
    std::vector<std::uint64_t> pids{procs.spawn(), procs.spawn(), procs.spawn()};
    std::vector<LookupResult> got(4);
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; ++i) {
        std::uint64_t pid = pids[std::size_t(i % 3)];
        ts.emplace_back([&table, &got, i, pid] { got[std::size_t(i)] = table.wait(pid, i % 2 ? std::optional(soon()) : std::nullopt); });
    }
    await_waiters(table, 4);
    table.shutdown();
    for (auto& t : ts) t.join();
    for (auto& g : got) EXPECT_EQ(g.status, PidStatus::ShuttingDown);
    EXPECT_TRUE(table.shutting_down());
    table.shutdown();  // idempotent
    EXPECT_EQ(table.wait(pids[0]).status, PidStatus::ShuttingDown);  // at once
    EXPECT_EQ(table.wait(exited).status, PidStatus::Exited);         // recorded outcomes stay readable
    EXPECT_TRUE(table.record(pids[1], b.a("late")));
    EXPECT_EQ(table.lookup(pids[1]).outcome.reason.to_string(), "late");
}

// 4 threads end 100,000 processes (record, then leave the process table) while 4 threads wait on and
// look up random pids. Every answer must be consistent: a wait ends Exited with that pid's own reason
// or Evicted; a lookup says Exited (right reason), Evicted or Running, never NeverSpawned.
TEST_F(TombstoneTest, ConcurrentRecordersAndWaiters) {
    constexpr std::uint64_t kPids = 100000;
    constexpr std::size_t kCapacity = 1000;
    std::vector<std::atomic<bool>> live(kPids + 1);
    for (auto& l : live) l.store(true);
    PidOracle oracle{[] { return kPids + 1; }, [&live](std::uint64_t pid) { return pid <= kPids && live[pid].load(); }};
    TombstoneTable table(oracle, TombstoneLimits{kCapacity, kDefaultTombstoneBytes});
    std::atomic<std::uint64_t> next{1};
    std::atomic<int> errors{0};
    std::atomic<std::uint64_t> exited_seen{0}, evicted_seen{0}, running_seen{0};
    auto expected_reason = [](std::uint64_t pid) { return "{exit," + std::to_string(pid) + ",[pid]}"; };
    std::vector<std::thread> threads;
    for (int k = 0; k < 4; ++k) {
        threads.emplace_back([&] {
            TermBuilder tb;  // a process heap of this recorder
            for (std::uint64_t pid; (pid = next.fetch_add(1)) <= kPids;) {
                Term reason = tb.t({tb.a("exit"), tb.i(SWord(pid)), tb.l({tb.a("pid")})});
                std::optional<Term> result;
                if (pid % 2 == 0) result = tb.i(SWord(pid * 2));
                if (!table.record(pid, reason, result)) errors.fetch_add(1);
                live[pid].store(false);
            }
        });
    }
    for (int k = 0; k < 4; ++k) {
        threads.emplace_back([&, k] {
            std::mt19937_64 rng(std::uint64_t(k) + 1);
            for (int ops = 0; next.load() <= kPids || ops < 5000; ++ops) {
                // Waits near the recorders' frontier (woken waits, fresh tombstones); lookups anywhere.
                bool wait = rng() % 2;
                std::uint64_t pid = rng() % kPids + 1;
                if (wait) {
                    std::int64_t near = std::int64_t(next.load()) + std::int64_t(rng() % 64) - 32;
                    pid = std::uint64_t(std::clamp<std::int64_t>(near, 1, std::int64_t(kPids)));
                }
                LookupResult r = wait ? table.wait(pid, Clock::now() + 10s) : table.lookup(pid);
                switch (r.status) {
                case PidStatus::Exited:
                    exited_seen.fetch_add(1);
                    if (r.outcome.reason.to_string() != expected_reason(pid)) errors.fetch_add(1);
                    if ((pid % 2 == 0) != r.outcome.result.has_value()) errors.fetch_add(1);
                    else if (r.outcome.result && r.outcome.result->get() != vm::make_small(SWord(pid * 2)))
                        errors.fetch_add(1);
                    break;
                case PidStatus::Evicted: evicted_seen.fetch_add(1); break;
                case PidStatus::Running: running_seen.fetch_add(1); break;
                default: errors.fetch_add(1); break;
                }
            }
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(errors.load(), 0);
    EXPECT_EQ(table.size(), kCapacity);
    EXPECT_EQ(table.evicted(), kPids - kCapacity);
    EXPECT_EQ(table.waiters(), 0u);
    std::uint64_t exited = 0;
    for (std::uint64_t pid = 1; pid <= kPids; ++pid) {
        PidStatus s = table.lookup(pid).status;
        exited += s == PidStatus::Exited;
        EXPECT_TRUE(s == PidStatus::Exited || s == PidStatus::Evicted) << pid;
    }
    EXPECT_EQ(exited, kCapacity);
    std::printf("answers: %llu exited, %llu evicted, %llu running\n", (unsigned long long)exited_seen.load(),
                (unsigned long long)evicted_seen.load(), (unsigned long long)running_seen.load());
}

// Not a timed assertion: prints record()'s cost with a full default-sized table (it stays flat as the
// table fills and evicts: O(1) amortised) and the heap bytes per entry (glibc malloc, as the tests
// link; the numbers in docs/tombstones.md come from here).
TEST_F(TombstoneTest, RecordCostAndMemoryPerEntry) {
    TermBuilder tb;
    Term reasons[2] = {tb.a("normal"), tb.t({tb.a("error"), tb.a("badarg")})};
    for (Term reason : reasons) {
        std::uint64_t base = 1;
        std::unique_ptr<TombstoneTable> table;
        auto run = [&](std::uint64_t n) {
            auto t0 = Clock::now();
            for (std::uint64_t i = 0; i < n; ++i) table->record(base++, reason);
            return std::chrono::duration<double, std::nano>(Clock::now() - t0).count() / double(n);
        };
        table = std::make_unique<TombstoneTable>(PidOracle{[] { return std::uint64_t(1) << 40; }, {}});
        std::size_t before = mallinfo2().uordblks;
        double fill = run(kDefaultTombstoneEntries);
        std::size_t after = mallinfo2().uordblks;
        double steady = run(1000000);
        std::printf("reason %s: %.0f ns/record filling, %.0f ns/record evicting; %.1f heap bytes/entry, "
                    "table bytes() %zu\n",
                    vm::format_term_w(reason).c_str(), fill, steady,
                    double(after - before) / double(kDefaultTombstoneEntries), table->bytes());
        EXPECT_EQ(table->size(), kDefaultTombstoneEntries);
        table.reset();
    }
}

}  // namespace
}  // namespace ember::scheduler
