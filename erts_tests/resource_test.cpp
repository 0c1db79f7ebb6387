// NIF resources (nif/resource.hpp): references naming native objects, owned by a process.
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "nif/resource.hpp"

#include "test_support.hpp"

namespace ember::nif {
namespace {

using namespace vm;
using vm::test::TestHeap;

std::atomic<int> g_destroyed{0};

struct Counted final : Resource {
    explicit Counted(ResourceKind k) : Resource(k) {}
    ~Counted() override { g_destroyed.fetch_add(1); }
};

Term pid(Word n) { return make_pid(n); }

TEST(ResourceTableTest, FindByKindOnly) {
    TestHeap heap;
    ResourceTable& table = ResourceTable::global();
    Term ref = table.make(heap, pid(900001), std::make_shared<Counted>(ResourceKind::Buffer));
    EXPECT_TRUE(is_local_ref(ref));
    EXPECT_NE(table.find(ref, ResourceKind::Buffer), nullptr);
    EXPECT_EQ(table.find(ref, ResourceKind::File), nullptr);
    EXPECT_EQ(table.find(make_small(7), ResourceKind::Buffer), nullptr);
    table.release(ref);
    EXPECT_EQ(table.find(ref, ResourceKind::Buffer), nullptr);
    table.release(ref);  // a second release is a no-op
}

TEST(ResourceTableTest, ReleaseDestroysOnceNoHolderIsLeft) {
    TestHeap heap;
    ResourceTable& table = ResourceTable::global();
    int before = g_destroyed.load();
    Term ref = table.make(heap, pid(900002), std::make_shared<Counted>(ResourceKind::ZStream));
    std::shared_ptr<Resource> held = table.find(ref, ResourceKind::ZStream);
    table.release(ref);
    EXPECT_EQ(g_destroyed.load(), before);  // a native still holds it (e.g. on a dirty scheduler)
    held.reset();
    EXPECT_EQ(g_destroyed.load(), before + 1);
}

TEST(ResourceTableTest, OwnerExitReleasesOnlyItsOwn) {
    TestHeap heap;
    ResourceTable& table = ResourceTable::global();
    Term a1 = table.make(heap, pid(900003), std::make_shared<Counted>(ResourceKind::File));
    Term a2 = table.make(heap, pid(900003), std::make_shared<Counted>(ResourceKind::Buffer));
    Term b = table.make(heap, pid(900004), std::make_shared<Counted>(ResourceKind::File));
    int before = g_destroyed.load();
    table.release_owned(pid(900003));
    EXPECT_EQ(g_destroyed.load(), before + 2);
    EXPECT_EQ(table.find(a1, ResourceKind::File), nullptr);
    EXPECT_EQ(table.find(a2, ResourceKind::Buffer), nullptr);
    EXPECT_NE(table.find(b, ResourceKind::File), nullptr);
    table.release_owned(pid(900003));  // nothing left: no-op
    table.release_owned(pid(900004));
    EXPECT_EQ(table.find(b, ResourceKind::File), nullptr);
}

TEST(ResourceTableTest, SetOwnerMovesTheExitRelease) {
    TestHeap heap;
    ResourceTable& table = ResourceTable::global();
    Term ref = table.make(heap, pid(900005), std::make_shared<Counted>(ResourceKind::ZStream));
    table.set_owner(ref, pid(900006));
    EXPECT_EQ(table.find(ref, ResourceKind::ZStream)->owner.load(), pid(900006));
    table.release_owned(pid(900005));
    EXPECT_NE(table.find(ref, ResourceKind::ZStream), nullptr);
    table.release_owned(pid(900006));
    EXPECT_EQ(table.find(ref, ResourceKind::ZStream), nullptr);
}

TEST(ResourceTableTest, ConcurrentMakeAndOwnerExit) {
    ResourceTable& table = ResourceTable::global();
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&table, t] {
            TestHeap heap;
            Term owner = pid(910000 + Word(t));
            for (int round = 0; round < 50; ++round) {
                std::vector<Term> refs;
                for (int i = 0; i < 20; ++i) refs.push_back(table.make(heap, owner, std::make_shared<Counted>(ResourceKind::Buffer)));
                table.release(refs[0]);
                table.release_owned(owner);
                for (Term r : refs) EXPECT_EQ(table.find(r, ResourceKind::Buffer), nullptr);
            }
        });
    }
    for (auto& th : threads) th.join();
}

}  // namespace
}  // namespace ember::nif
