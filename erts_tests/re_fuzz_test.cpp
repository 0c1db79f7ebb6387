// Robustness of the re BIFs (bifs/re.cpp, bifs/re_pattern.cpp) on bad input: thousands of random and
// mutated patterns, subjects, option lists and corrupted re_pattern terms. Every call must return a
// term or raise badarg, never crash; the differential tests against erl are fixtures/re_tests.erl and
// fixtures/re2_tests.erl. Also: a long backtracking match leaves the normal scheduler for the dirty
// CPU pool (schedule_dirty) and finishes there.
#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "bifs/re_pattern.hpp"
#include "vm/binary.hpp"
#include "vm/term_print.hpp"

#include "test_support.hpp"

using namespace ember;
using namespace ember::vm;
using namespace ember::vm::test;
namespace re = ember::bifs::re;

namespace {

class ReFuzzTest : public BifTest {
protected:
    ReFuzzTest() : BifTest({bifs::re_bifs()}) {}

    // Calls a re BIF; a call that moved to the dirty pool is finished there, as the scheduler would.
    // Returns the result, or kNonValue after checking that the exception is badarg.
    Term invoke(const char* name, std::vector<Term> args) {
        p.dirty_bif = nullptr;
        p.exc_reason = kNil;
        Term r = call("re", name, args);
        if (r == kNonValue && p.dirty_bif != nullptr) {
            const BifSpec* spec = p.dirty_bif;
            p.dirty_bif = nullptr;
            ++dirty_calls;
            r = spec->fn(&p, args.data());
            EXPECT_EQ(p.dirty_bif, nullptr) << "a dirty re call rescheduled itself";
        }
        if (r == kNonValue) {
            EXPECT_EQ(p.exc_reason, am_badarg) << name << " raised " << format_term_w(p.exc_reason);
        }
        return r;
    }

    int dirty_calls = 0;
};

const char* const kPieces[] = {
    "a", "b", "ab", ".", "*", "+", "?", "{", "}", "{2}", "{1,3}", "{,2}", "(", ")", "(?:", "(?=", "(?!", "(?<=", "(?<!",
    "(?>", "(?|", "(?i)", "(?x)", "(?s", "(?<n>", "(?P<n>", "(?'n'", "(?P=n)", "\\k<n>", "\\g{1}", "\\g{-1}", "\\1",
    "\\9", "(?1)", "(?R)", "(?&n)", "(?(1)", "(?(<n>)", "(?(R)", "(?C)", "(?C9)", "(?C\"x\")", "[", "]", "[^", "[a-z]",
    "[[:alpha:]]", "[[:bad:]]", "\\", "\\w", "\\W", "\\d", "\\s", "\\b", "\\B", "\\p{L}", "\\P{Lu}", "\\p{", "\\X",
    "\\R", "\\h", "\\v", "\\C", "\\Q", "\\E", "\\x{41}", "\\x{110000}", "\\o{7}", "\\c", "\\cA", "\\N", "\\K", "^",
    "$", "|", "*+", "++", "?+", "*?", "(*UTF)", "(*UCP)", "(*CR)", "(*ANY)", "(*FAIL)", "(*ACCEPT)", "(*COMMIT)",
    "(*SKIP)", "(*PRUNE:x)", "(*MARK:m)", "(*THEN)", "(*LIMIT_MATCH=5)", "(*NO_START_OPT)", "#", "\n", "\r", " ",
    "\xc3\xa9", "\xe2\x82\xac", "\xff", "\xc3", "\x80", "\x00",
};

const char* const kOptions[] = {
    "unicode", "caseless", "multiline", "dotall", "extended", "anchored", "ungreedy", "dollar_endonly", "firstline",
    "no_auto_capture", "dupnames", "ucp", "never_utf", "no_start_optimize", "bsr_anycrlf", "bsr_unicode",
    "notbol", "noteol", "notempty", "notempty_atstart", "report_errors", "global", "bogus",
};

}  // namespace

TEST_F(ReFuzzTest, RandomPatternsSubjectsAndOptionsNeverCrash) {
    std::mt19937 rng(20261204);
    auto pick = [&](int n) { return int(rng() % unsigned(n)); };
    auto random_pattern = [&] {
        std::string s;
        int n = pick(8);
        for (int i = 0; i < n; ++i) {
            if (pick(10) == 0) s.push_back(char(rng() & 0xFF));
            else s += kPieces[pick(int(std::size(kPieces)))];
        }
        return s;
    };
    auto random_subject = [&] {
        std::string s;
        int n = pick(40);
        for (int i = 0; i < n; ++i) {
            int k = pick(6);
            if (k == 0) s.push_back(char(rng() & 0xFF));
            else if (k == 1) s += "\xc3\xa9";
            else if (k == 2) s += "\r\n";
            else s.push_back(char('a' + pick(3)));
        }
        return s;
    };
    auto random_options = [&](bool run) {
        std::vector<Term> opts;
        int n = pick(4);
        for (int i = 0; i < n; ++i) {
            int k = pick(int(std::size(kOptions)) + (run ? 6 : 2));
            if (k < int(std::size(kOptions))) {
                opts.push_back(atom(kOptions[k]));
                continue;
            }
            k -= int(std::size(kOptions));
            static const char* const kNl[] = {"cr", "lf", "crlf", "anycrlf", "any", "nul"};
            static const char* const kCap[] = {"all", "first", "all_but_first", "none", "all_names"};
            static const char* const kType[] = {"index", "list", "binary", "bogus"};
            switch (k) {
                case 0: opts.push_back(make_tuple2(&p, atom("newline"), atom(kNl[pick(6)]))); break;
                case 1: opts.push_back(make_small(pick(3))); break;
                case 2: opts.push_back(make_tuple2(&p, atom("offset"), make_small(pick(50) - 2))); break;
                case 3:
                    opts.push_back(make_tuple3(p, atom("capture"), atom(kCap[pick(5)]), atom(kType[pick(4)])));
                    break;
                case 4:
                    opts.push_back(make_tuple3(p, atom("capture"), list({make_small(pick(4)), atom("n"), bin("n")}),
                                               atom(kType[pick(3)])));
                    break;
                default:
                    opts.push_back(make_tuple2(&p, atom(pick(2) ? "match_limit" : "match_limit_recursion"),
                                               make_small(pick(200))));
                    break;
            }
        }
        return list(opts);
    };

    int compiled = 0, matched = 0;
    for (int iter = 0; iter < 20000; ++iter) {
        std::string pattern = random_pattern();
        Term copts = random_options(false);
        Term pat = pick(2) ? bin(pattern) : list({bin(pattern)});
        Term c = invoke("compile", {pat, copts});
        Term subject = bin(random_subject());
        Term ropts = random_options(true);
        // From source, and through the compiled pattern when there is one.
        Term r = invoke("run", {subject, bin(pattern), ropts});
        if (r != kNonValue && is_tuple(r)) ++matched;
        invoke("internal_run", {subject, bin(pattern), ropts, atom(pick(2) ? "true" : "false")});
        if (c == kNonValue || !is_tuple(c) || tuple_element(c, 0) != am_ok) continue;
        ++compiled;
        Term mp = tuple_element(c, 1);
        invoke("run", {subject, mp, ropts});
        invoke("run", {subject, mp});
        invoke("inspect", {mp, atom("namelist")});
        // A corrupted compiled pattern: random bytes flipped in its binary, or a wrong header.
        BinaryRef ref = binary_ref(tuple_element(mp, 4));
        std::string bytes(reinterpret_cast<const char*>(ref.data), ref.byte_size());
        for (int k = 0; k <= pick(3); ++k) bytes[std::size_t(pick(int(bytes.size())))] = char(rng() & 0xFF);
        Term bad = make_tuple5(p, tuple_element(mp, 0), tuple_element(mp, 1), tuple_element(mp, 2),
                               tuple_element(mp, 3), bin(bytes));
        invoke("run", {subject, bad, list({})});
        invoke("inspect", {bad, atom("namelist")});
    }
    // The generator must reach the interesting paths, not only option errors.
    EXPECT_GT(compiled, 4000);
    EXPECT_GT(matched, 500);
}

TEST_F(ReFuzzTest, RandomBytesAsPatternBinaryNeverCrash) {
    std::mt19937 rng(42);
    for (int iter = 0; iter < 2000; ++iter) {
        std::string bytes = re::encode_pattern("", {});
        bytes.resize(std::size_t(rng() % 12));  // truncated headers too
        for (char& ch : bytes)
            if (rng() % 3 == 0) ch = char(rng() & 0xFF);
        std::size_t extra = rng() % 20;
        for (std::size_t i = 0; i < extra; ++i) bytes.push_back(char(rng() & 0xFF));
        Term mp = make_tuple5(p, atom("re_pattern"), make_small(0), make_small(rng() % 2), make_small(0), bin(bytes));
        invoke("run", {bin("abc\xc3\xa9"), mp, list({})});
        invoke("inspect", {mp, atom("namelist")});
    }
}

TEST_F(ReFuzzTest, BadTermsAreBadarg) {
    Term good = bin("a");
    for (Term t : {atom("x"), make_small(1), list({make_small(256)}), list({make_small(-1)}),
                   make_tuple2(&p, good, good),
                   make_tuple5(p, atom("re_pattern"), atom("a"), make_small(0), make_small(0), good)}) {
        EXPECT_EQ(invoke("run", {t, good}), kNonValue);
        EXPECT_EQ(invoke("run", {good, t}), kNonValue);
        EXPECT_EQ(invoke("compile", {t}), kNonValue);
        EXPECT_EQ(invoke("inspect", {t, atom("namelist")}), kNonValue);
    }
    EXPECT_EQ(invoke("internal_run", {good, good, list({}), atom("maybe")}), kNonValue);
    // Invalid UTF-8 is badarg also when the pattern turns UTF on itself, and when the caller says the
    // subject was checked before (FirstCall = false) it is at least never read out of bounds.
    Term bad_utf = bin("\xff\xc3" "a\xe2\x82");
    EXPECT_EQ(invoke("run", {bad_utf, bin("(*UTF)a")}), kNonValue);
    EXPECT_EQ(invoke("internal_run", {bad_utf, bin("(*UTF)a"), list({}), atom("false")}), kNonValue);
    EXPECT_EQ(invoke("run", {bad_utf, bin("a"), list({atom("unicode")})}), kNonValue);
    EXPECT_NE(invoke("internal_run", {bad_utf, bin("a|\\C."), list({atom("unicode")}), atom("false")}), kNonValue);
    EXPECT_EQ(w(invoke("run", {good, good, list({})})), "{match,[{0,1}]}");
}

TEST_F(ReFuzzTest, LongBacktrackingMovesToTheDirtyPool) {
    std::string s(28, 'a');
    s += '!';
    p.dirty_bif = nullptr;
    Term args[] = {bin(s), bin("^(a|aa)+$"), list({atom("report_errors")})};
    Term first = call("re", "run", {args[0], args[1], args[2]});
    ASSERT_EQ(first, kNonValue);
    ASSERT_NE(p.dirty_bif, nullptr);
    EXPECT_EQ(p.dirty_bif->dirty, DirtyKind::Cpu);
    EXPECT_EQ(w(invoke("run", {args[0], args[1], args[2]})), "nomatch");
    EXPECT_EQ(dirty_calls, 1);
    // A small match never leaves the scheduler.
    p.dirty_bif = nullptr;
    EXPECT_EQ(w(call("re", "run", {bin("xaab"), bin("a+b")})), "{match,[{1,3}]}");
    EXPECT_EQ(p.dirty_bif, nullptr);
}

TEST_F(ReFuzzTest, LongSubjectsRunDirtyUnlessTheMatchStartsEarly) {
    std::string s(200000, 'x');
    s += "needle";
    // No start in the first 64 KiB: the search finishes on the dirty pool.
    EXPECT_EQ(w(invoke("run", {bin(s), bin("needle")})), "{match,[{200000,6}]}");
    EXPECT_EQ(w(invoke("run", {bin(s), bin("[^x]+")})), "{match,[{200000,6}]}");
    EXPECT_EQ(dirty_calls, 2);
    // A match starting early is found on the normal scheduler, even when it runs past the window.
    EXPECT_EQ(w(invoke("run", {bin(s), bin("x+n"), list({make_tuple2(&p, atom("offset"), make_small(7))})})),
              "{match,[{7,199994}]}");
    EXPECT_EQ(w(invoke("run", {bin(s), bin("^x*(?=needle)")})), "{match,[{0,200000}]}");
    EXPECT_EQ(dirty_calls, 2);
}

TEST_F(ReFuzzTest, Utf8Validation) {
    EXPECT_TRUE(re::valid_utf8(reinterpret_cast<const std::uint8_t*>("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"), 10));
    for (const char* bad : {"\xc3", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\x80", "\xe2\x82", "\xff"})
        EXPECT_FALSE(re::valid_utf8(reinterpret_cast<const std::uint8_t*>(bad), std::strlen(bad))) << bad;
}
