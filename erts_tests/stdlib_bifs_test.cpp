// Unit tests for the stdlib natives (bifs/lists.cpp, maps.cpp, unicode.cpp, binary.cpp,
// erts_internal.cpp), called directly through their registration tables on a bare Process. The
// differential tests against erl are fixtures/{lists,maps,unicode,binary}_bif_tests.erl; these cover
// what a fixture cannot: bad input that must not crash, deep nesting, long inputs, table consistency,
// and map_next continuation paths over many batches.
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/binary.hpp"
#include "vm/compare.hpp"
#include "vm/map.hpp"
#include "vm/term_print.hpp"

#include "test_support.hpp"

using namespace ember;
using namespace ember::vm;
using namespace ember::vm::test;

namespace {

class StdlibBifTest : public BifTest {
protected:
    StdlibBifTest()
        : BifTest({bifs::lists_bifs(), bifs::maps_bifs(), bifs::unicode_bifs(), bifs::binary_bifs(),
                   bifs::erts_internal_bifs()}) {}
    Term int_map(int n) {
        std::vector<Term> ks, vs;
        for (int i = 1; i <= n; ++i) {
            ks.push_back(make_small(i));
            vs.push_back(make_small(3 * i));
        }
        return map_from_pairs(p, ks.data(), vs.data(), Word(n));
    }
};

TEST_F(StdlibBifTest, TablesHaveNoDuplicates) {
    std::set<std::tuple<std::string, std::string, int>> seen;
    std::size_t n = 0;
    for (auto table : tables()) {
        for (const BifSpec& s : table) {
            EXPECT_TRUE(seen.insert({s.module, s.function, s.arity}).second) << s.module << ":" << s.function;
            EXPECT_EQ(s.capabilities, kCapPure);
            ++n;
        }
    }
    EXPECT_GE(n, 45u);
}

TEST_F(StdlibBifTest, ListsBasics) {
    EXPECT_EQ(w(call("lists", "reverse", {list({make_small(1), make_small(2)}), atom("t")})), "[2,1|t]");
    EXPECT_EQ(w(call("lists", "reverse", {make_cons(p, make_small(1), make_small(2)), kNil})), "<error badarg>");
    EXPECT_EQ(w(call("lists", "keyfind", {make_small(1), make_small(1), list({make_tuple2(p, atom("x"), kNil)})})),
              "false");
    EXPECT_EQ(w(call("lists", "keyfind", {atom("a"), make_small(0), kNil})), "<error badarg>");
    EXPECT_EQ(w(call("erlang", "--", {list({make_small(1), make_small(2), make_small(1)}), list({make_small(1)})})),
              "[2,1]");
    EXPECT_EQ(w(call("erlang", "++", {list({make_small(1)}), atom("t")})), "[1|t]");
}

TEST_F(StdlibBifTest, LongListsDoNotRecurse) {
    std::vector<Term> items;
    for (int i = 0; i < 300000; ++i) items.push_back(make_small(i % 1000));
    Term l = list(items);
    Term r = call("lists", "reverse", {l, kNil});
    ASSERT_NE(r, kNonValue);
    EXPECT_EQ(list_length(r), 300000);
    EXPECT_EQ(call("lists", "member", {make_small(5000), l}), am_false);
    Term d = call("erlang", "--", {l, l});
    EXPECT_EQ(d, kNil);
    EXPECT_EQ(list_length(call("erlang", "++", {l, l})), 600000);
}

// Walks a map with erts_internal:map_next/3 as maps:to_list does, batch after batch.
TEST_F(StdlibBifTest, MapNextListModeCoversEveryPairOnce) {
    for (int n : {0, 1, 32, 33, 100, 5000, 40000}) {
        Term m = int_map(n);
        Term acc = kNil;
        Term path = make_small(0);
        int batches = 0;
        while (true) {
            Term r = call("erts_internal", "map_next", {path, m, acc});
            ASSERT_NE(r, kNonValue) << n;
            ++batches;
            if (is_list(r) && is_integer(car(r))) {
                path = car(r);
                ASSERT_EQ(car(cdr(r)), m);
                acc = cdr(cdr(r));
                continue;
            }
            acc = r;
            break;
        }
        // The accumulated list is maps:to_list order.
        EXPECT_TRUE(exact_equal(acc, map_to_list(p, m))) << n;
        if (n > 32) {
            EXPECT_GE(batches, 2) << n;
        }
    }
}

TEST_F(StdlibBifTest, MapNextIteratorModeFollowsIterationOrder) {
    Term m = int_map(3000);
    std::vector<Term> expected;
    map_foreach(m, [&](Term k, Term) { expected.push_back(k); });
    std::vector<Term> got;
    Term it = call("erts_internal", "map_next", {make_small(0), m, atom("iterator")});
    while (it != atom("none")) {
        ASSERT_NE(it, kNonValue);
        if (is_list(it)) {
            it = call("erts_internal", "map_next", {car(it), cdr(it), atom("iterator")});
            continue;
        }
        ASSERT_TRUE(is_tuple(it));
        got.push_back(tuple_element(it, 0));
        it = tuple_element(it, 2);
    }
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], expected[i]) << i;
}

TEST_F(StdlibBifTest, MapNextRejectsBadPaths) {
    Term m = int_map(100);
    for (Term path : {make_small(-1), make_small(0xFFFFFFF), atom("x"), make_small(15)}) {
        Term r = call("erts_internal", "map_next", {path, m, kNil});
        // A path is either rejected or yields a well-formed answer; it never crashes.
        if (r == kNonValue) {
            EXPECT_EQ(w(r), "<error badarg>");
        }
    }
    EXPECT_EQ(w(call("erts_internal", "map_next", {make_small(0), m, atom("foo")})), "<error badarg>");
}

TEST_F(StdlibBifTest, MapsErrors) {
    EXPECT_EQ(w(call("maps", "get", {atom("a"), atom("x")})), "<error {badmap,x}>");
    EXPECT_EQ(w(call("maps", "update", {atom("a"), make_small(1), map_new(p)})), "<error {badkey,a}>");
    EXPECT_EQ(w(call("maps", "merge", {map_new(p), atom("y")})), "<error {badmap,y}>");
    EXPECT_EQ(w(call("maps", "from_list", {list({atom("a")})})), "<error badarg>");
}

TEST_F(StdlibBifTest, UnicodeDeepNestingDoesNotRecurse) {
    Term t = list({make_small(0x20AC)});
    for (int i = 0; i < 200000; ++i) t = make_cons(p, t, kNil);
    Term r = call("unicode", "characters_to_binary", {t, am_unicode});
    ASSERT_NE(r, kNonValue);
    EXPECT_EQ(w(r), "<<226,130,172>>");
    // An error at the bottom builds a rest as deep as the input.
    Term bad = list({make_small(-1)});
    for (int i = 0; i < 200000; ++i) bad = make_cons(p, bad, kNil);
    r = call("unicode", "characters_to_list", {bad, am_unicode});
    ASSERT_TRUE(is_tuple(r));
    EXPECT_EQ(tuple_element(r, 0), am_error);
}

TEST_F(StdlibBifTest, UnicodeIncompleteAcrossBinaries) {
    Term r = call("unicode", "characters_to_binary", {list({bin("a\xE2"), bin("\x82"), bin("\xAC")}), am_unicode});
    EXPECT_EQ(w(r), "<<97,226,130,172>>");
    r = call("unicode", "characters_to_binary", {list({bin("a\xE2"), bin("\x82")}), am_unicode});
    EXPECT_EQ(w(r), "{incomplete,<<97>>,<<226,130>>}");
    // Encodings handled in Erlang code are rejected outside the interpreter, not crashed on.
    EXPECT_EQ(w(call("unicode", "characters_to_binary", {bin("a"), atom("utf16")})), "<error badarg>");
}

TEST_F(StdlibBifTest, BinarySearchOnLongSubject) {
    std::string s;
    for (int i = 0; i < 10000; ++i) s += "abcde";
    Term subject = bin(s);
    Term r = call("binary", "matches", {subject, list({bin("cd"), bin("cde"), bin("e")})});
    EXPECT_EQ(list_length(r), 10000);
    r = call("binary", "split", {subject, bin("e"), list({am_global, atom("trim")})});
    EXPECT_EQ(list_length(r), 10000);
    EXPECT_EQ(w(call("binary", "match", {subject, bin("ea"), list({make_tuple2(p, atom("scope"),
                                                                                  make_tuple2(p, make_small(10),
                                                                                              make_small(-6)))})})),
              "{4,2}");
}

// Every BIF of the tables with arguments drawn from a pool of odd terms: results or badarg-like
// errors, never a crash.
TEST_F(StdlibBifTest, OddArgumentsNeverCrash) {
    std::vector<Term> pool = {kNil, atom("a"), am_unicode, am_latin1, am_global, atom("iterator"), make_small(0),
                              make_small(-1), make_small(1), make_small(300), make_small(0x110000), bin(""),
                              bin("\xFF\xFE"), bin("abc"), str("abc"), make_cons(p, make_small(1), atom("x")),
                              make_tuple2(p, atom("scope"), make_tuple2(p, make_small(0), make_small(1))),
                              make_tuple2(p, atom("bm"), bin("x")), int_map(3), int_map(40), map_new(p),
                              list({bin("a"), make_small(98), list({make_small(-5)})}),
                              make_sub_binary(p, bin("abcdef"), 3, 16)};
    std::mt19937 rng(1234);
    for (auto table : tables()) {
        for (const BifSpec& s : table) {
            for (int round = 0; round < 200; ++round) {
                std::vector<Term> args;
                for (int i = 0; i < s.arity; ++i) args.push_back(pool[rng() % pool.size()]);
                Term r = s.fn(&p, args.data());
                if (r == kNonValue) {
                    EXPECT_NE(p.exc_reason, kNonValue) << s.module << ":" << s.function;
                }
            }
        }
    }
}

}  // namespace
