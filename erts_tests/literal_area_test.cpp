// LiteralArea (vm/literal_area.hpp): chunks sized to their contents, areas sharing pages, and memory
// given back when an area goes without touching its neighbours.
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include "vm/literal_area.hpp"

using namespace ember::vm;

namespace {

void fill(Term* p, Word words, Word seed) {
    for (Word i = 0; i < words; ++i) p[i] = seed * 1000003 + i;
}

bool holds(const Term* p, Word words, Word seed) {
    for (Word i = 0; i < words; ++i)
        if (p[i] != seed * 1000003 + i) return false;
    return true;
}

}  // namespace

// Two small areas end up on one page; freeing the first must leave the second's words alone (only
// pages wholly inside a freed run are returned to the system).
TEST(LiteralArea, FreeingAnAreaKeepsItsPageNeighbours) {
    auto first = std::make_unique<LiteralArea>();
    auto second = std::make_unique<LiteralArea>();
    first->reserve(10);  // exact chunks: the two areas' words sit side by side
    second->reserve(10);
    Term* a = first->alloc(10);
    Term* b = second->alloc(10);
    ASSERT_EQ(reinterpret_cast<std::uintptr_t>(a) / 4096, reinterpret_cast<std::uintptr_t>(b) / 4096);
    ASSERT_TRUE(is_literal_ptr(a));
    ASSERT_TRUE(is_literal_ptr(b));
    fill(a, 10, 1);
    fill(b, 10, 2);
    first.reset();
    EXPECT_TRUE(holds(b, 10, 2));
    auto third = std::make_unique<LiteralArea>();  // may reuse the first's words
    Term* c = third->alloc(10);
    fill(c, 10, 3);
    EXPECT_TRUE(holds(b, 10, 2));
    EXPECT_TRUE(holds(c, 10, 3));
}

TEST(LiteralArea, ReserveGivesOneContiguousRun) {
    LiteralArea area;
    area.reserve(3000);
    Term* start = area.alloc(1);
    Term* prev = start;
    for (int i = 1; i < 3000; ++i) {
        Term* p = area.alloc(1);
        ASSERT_EQ(p, prev + 1) << i;
        prev = p;
    }
    fill(start, 3000, 7);
    EXPECT_TRUE(holds(start, 3000, 7));
    Term* beyond = area.alloc(5);  // past the reservation: a new chunk
    fill(beyond, 5, 8);
    EXPECT_TRUE(holds(start, 3000, 7));
}

// Areas of mixed sizes made and freed in random order (as modules are loaded and purged): every live
// area keeps its contents, and freed runs joined with their neighbours serve later, bigger requests.
TEST(LiteralArea, RandomLifetimesKeepContents) {
    std::mt19937 rng(12345);
    struct Live {
        std::unique_ptr<LiteralArea> area;
        std::vector<std::pair<Term*, Word>> blocks;
        Word seed;
    };
    std::vector<Live> live;
    Word seed = 100;
    for (int round = 0; round < 2000; ++round) {
        if (!live.empty() && rng() % 3 == 0) {
            std::size_t victim = rng() % live.size();
            live.erase(live.begin() + static_cast<std::ptrdiff_t>(victim));
        } else {
            Live l{std::make_unique<LiteralArea>(), {}, seed++};
            if (rng() % 2) l.area->reserve(1 + rng() % 5000);
            int n = 1 + static_cast<int>(rng() % 6);
            for (int i = 0; i < n; ++i) {
                Word words = 1 + rng() % (rng() % 8 == 0 ? 20000 : 300);
                Term* p = l.area->alloc(words);
                fill(p, words, l.seed * 10 + static_cast<Word>(i));
                l.blocks.emplace_back(p, words);
            }
            live.push_back(std::move(l));
        }
        if (round % 250 != 0) continue;
        for (const Live& l : live)
            for (std::size_t i = 0; i < l.blocks.size(); ++i)
                ASSERT_TRUE(holds(l.blocks[i].first, l.blocks[i].second, l.seed * 10 + i)) << round;
    }
    for (const Live& l : live)
        for (std::size_t i = 0; i < l.blocks.size(); ++i)
            EXPECT_TRUE(holds(l.blocks[i].first, l.blocks[i].second, l.seed * 10 + i));
}
