// AtomTable (vm/atom_table.hpp): interning, lookup and limits, on tables of their own (the global
// table is shared by every test in the program).
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "vm/atom_table.hpp"

using namespace ember::vm;

namespace {

std::string numbered(std::size_t i) { return "atom_table_test_" + std::to_string(i); }

}  // namespace

TEST(AtomTable, FixedAtomsKeepTheirIndices) {
    AtomTable table;
    EXPECT_EQ(table.find("true"), am_true);
    EXPECT_EQ(table.find("false"), am_false);
    EXPECT_EQ(table.intern("true"), am_true);
    EXPECT_EQ(table.name(am_true), "true");
}

// Well past the index's first size (16,384 slots hold 8,192 names): every growth keeps every name.
TEST(AtomTable, InternFindAndNameRoundTripAcrossGrowth) {
    AtomTable table;
    const std::size_t first = table.size();
    std::vector<Term> atoms;
    for (std::size_t i = 0; i < 100'000; ++i) atoms.push_back(table.intern(numbered(i)));
    EXPECT_EQ(table.size(), first + 100'000);
    for (std::size_t i = 0; i < atoms.size(); ++i) {
        ASSERT_EQ(table.find(numbered(i)), atoms[i]) << i;
        ASSERT_EQ(table.intern(numbered(i)), atoms[i]) << i;
        ASSERT_EQ(table.name(atoms[i]), numbered(i)) << i;
    }
    EXPECT_EQ(table.size(), first + 100'000);  // interning again adds nothing
    EXPECT_EQ(table.find("atom_table_test_absent"), kNonValue);
    Term empty = table.intern("");  // '' is among the fixed atoms
    EXPECT_EQ(table.find(""), empty);
    EXPECT_EQ(table.name(empty), "");
}

// Names that differ only after a shared prefix, or by one byte, are different atoms.
TEST(AtomTable, NearNamesAreDistinct) {
    AtomTable table;
    Term a = table.intern("abc"), b = table.intern("abd"), c = table.intern("abcd"), d = table.intern("ab");
    EXPECT_NE(a, b);
    EXPECT_NE(a, c);
    EXPECT_NE(a, d);
    EXPECT_EQ(table.find("abc"), a);
    EXPECT_EQ(table.find("abcd"), c);
    std::string with_nul("a\0b", 3);
    Term e = table.intern(with_nul);
    EXPECT_NE(e, d);
    EXPECT_EQ(table.name(e), with_nul);
}

TEST(AtomTable, ErrorsLeaveTheTableUnchanged) {
    AtomTable table(detail::kFixedAtomCount + 2);
    AtomError error{};
    EXPECT_NE(table.intern("one", &error), kNonValue);
    EXPECT_NE(table.intern("two", &error), kNonValue);
    const std::size_t full = table.size();
    EXPECT_EQ(table.intern("three", &error), kNonValue);
    EXPECT_EQ(error, AtomError::SystemLimit);
    EXPECT_EQ(table.intern("one"), table.find("one"));  // existing names still intern when full
    EXPECT_EQ(table.intern(std::string(256, 'x'), &error), kNonValue);
    EXPECT_EQ(error, AtomError::TooLong);
    EXPECT_EQ(table.intern("\xff", &error), kNonValue);
    EXPECT_EQ(error, AtomError::BadEncoding);
    EXPECT_EQ(table.size(), full);
    EXPECT_EQ(table.find("three"), kNonValue);

    AtomTable roomy;
    EXPECT_NE(roomy.intern(std::string(255, 'x')), kNonValue);  // 255 characters is the limit, not over it
}

// Threads interning overlapping names agree on every atom.
TEST(AtomTable, ConcurrentInternAgrees) {
    AtomTable table;
    constexpr std::size_t kNames = 20'000;
    std::vector<std::vector<Term>> seen(4, std::vector<Term>(kNames));
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t)
        threads.emplace_back([&, t] {
            for (std::size_t k = 0; k < kNames; ++k) {
                std::size_t i = (k * 7919 + t * 101) % kNames;  // each thread in its own order
                seen[t][i] = table.intern(numbered(i));
            }
        });
    for (auto& th : threads) th.join();
    for (std::size_t i = 0; i < kNames; ++i)
        for (std::size_t t = 1; t < seen.size(); ++t) ASSERT_EQ(seen[t][i], seen[0][i]) << i;
    EXPECT_EQ(table.size(), detail::kFixedAtomCount + kNames);
}
