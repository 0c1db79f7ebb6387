// Unit tests for the term-conversion BIFs (bifs/erlang_terms.cpp, bifs/erlang_etf.cpp, bifs/erlang_ids.cpp), called
// directly through their registration tables on a bare Process. The differential tests against erl are
// in fixtures/conv_bif_tests.erl; these cover what a fixture cannot: bad input that must not crash,
// deep nesting, limits and table consistency.
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/binary.hpp"
#include "vm/compare.hpp"
#include "vm/etf.hpp"
#include "vm/term_print.hpp"

#include "test_support.hpp"

using namespace ember;
using namespace ember::vm;
using namespace ember::vm::test;

namespace {

// Every table here is module erlang (checked below), so natives are named without their module.
class TermsBifTest : public BifTest {
protected:
    TermsBifTest() : BifTest({bifs::erlang_terms_bifs(), bifs::erlang_etf_bifs(), bifs::erlang_ids_bifs()}) {}
    Term call(const char* name, std::vector<Term> args) { return BifTest::call("erlang", name, std::move(args)); }
};

TEST_F(TermsBifTest, TablesHaveNoDuplicatesAndAreErlang) {
    std::set<std::pair<std::string, int>> seen;
    for (auto table : {bifs::erlang_terms_bifs(), bifs::erlang_etf_bifs(), bifs::erlang_ids_bifs()}) {
        for (const BifSpec& s : table) {
            EXPECT_STREQ(s.module, "erlang");
            EXPECT_TRUE(seen.insert({s.function, s.arity}).second) << s.function << "/" << int(s.arity);
        }
    }
    EXPECT_GE(seen.size(), 60u);
}

TEST_F(TermsBifTest, AtomsRoundTrip) {
    EXPECT_EQ(w(call("list_to_atom", {str("hello")})), "hello");
    EXPECT_EQ(w(call("atom_to_list", {atom("abc")})), "[97,98,99]");
    EXPECT_EQ(w(call("atom_to_binary", {atom("\xce\xb1"), am_latin1})), "<error badarg>");
    EXPECT_EQ(w(call("binary_to_atom", {bin(std::string(256, 'a')), am_latin1})), "<error system_limit>");
    EXPECT_EQ(w(call("binary_to_existing_atom", {bin(std::string(256, 'a')), am_utf8})), "<error badarg>");
    EXPECT_EQ(w(call("list_to_atom", {str(std::string(256, 'b'))})), "<error system_limit>");
}

TEST_F(TermsBifTest, DeeplyNestedIolistsDoNotOverflowTheStack) {
    // [[[...[1]...]]] 200,000 levels deep, and the same as a bitstring list.
    Term t = make_cons(p, make_small(1), kNil);
    for (int i = 0; i < 200000; ++i) t = make_cons(p, t, kNil);
    EXPECT_EQ(w(call("iolist_size", {t})), "1");
    EXPECT_EQ(w(call("list_to_binary", {t})), "<<1>>");
    EXPECT_EQ(w(call("iolist_to_binary", {t})), "<<1>>");
    EXPECT_EQ(w(call("list_to_bitstring", {t})), "<<1>>");
}

TEST_F(TermsBifTest, ListToBitstringPacksBits) {
    std::uint8_t one = 0x80;
    Term b1 = make_sub_binary(p, make_binary(p, &one, 1), 0, 1);  // <<1:1>>
    Term parts[] = {b1, make_small(255), b1};
    EXPECT_EQ(w(call("list_to_bitstring", {make_list_of(p, parts, 3)})), "<<255,3:2>>");
}

TEST_F(TermsBifTest, BinaryToTermRejectsGarbageWithoutCrashing) {
    std::mt19937 rng(12345);
    std::vector<std::uint8_t> enc;
    Term sample_items[] = {atom("abc"), make_small(-5), str("xyz"), bin("binary"), kNil};
    Term sample = make_list_of(p, sample_items, 5);
    ASSERT_TRUE(etf_encode(sample, enc));
    int decoded = 0;
    for (int round = 0; round < 3000; ++round) {
        std::vector<std::uint8_t> bytes = enc;
        int flips = 1 + int(rng() % 4);
        for (int i = 0; i < flips; ++i) bytes[rng() % bytes.size()] = std::uint8_t(rng());
        if (rng() % 3 == 0) bytes.resize(rng() % bytes.size());
        Term b = make_binary(p, bytes.data(), bytes.size());
        Term r = call("binary_to_term", {b});
        if (r != kNonValue) ++decoded;
        else EXPECT_EQ(p.exc_reason, am_badarg);
    }
    EXPECT_GT(decoded, 0);
}

TEST_F(TermsBifTest, IovecConcatenationIsTermToBinary) {
    std::string big(300, 'x');
    Term items[] = {bin(big), make_small(7), bin("small"), atom("a"), bin(big)};
    Term t = make_list_of(p, items, 5);
    Term iov = call("term_to_iovec", {t});
    ASSERT_NE(iov, kNonValue);
    Term flat = call("iolist_to_binary", {iov});
    Term direct = call("term_to_binary", {t});
    EXPECT_TRUE(exact_equal(flat, direct));
    EXPECT_EQ(list_length(iov), 5);  // header, payload, middle, payload, nil
}

TEST_F(TermsBifTest, PidRefPortText) {
    EXPECT_EQ(w(call("list_to_pid", {str("<0.42.0>")})), "<0.42.0>");
    EXPECT_EQ(w(call("list_to_pid", {str("<0.42.0")})), "<error badarg>");
    EXPECT_EQ(w(call("list_to_ref", {str("#Ref<0.1.2.3>")})), "#Ref<0.1.2.3>");
    EXPECT_EQ(w(call("list_to_port", {str("#Port<0.9>")})), "#Port<0.9>");
    EXPECT_EQ(w(call("ref_to_list", {call("list_to_ref", {str("#Ref<0.4294967295.0.7>")})})),
              w(str("#Ref<0.4294967295.0.7>")));
}

TEST_F(TermsBifTest, MakeTupleLimits) {
    EXPECT_EQ(w(call("make_tuple", {make_small(Word(1) << 24), am_ok})), "<error badarg>");
    Term t = call("make_tuple", {make_small(100000), am_ok});
    ASSERT_TRUE(is_tuple(t));
    EXPECT_EQ(tuple_arity(t), 100000u);
}

TEST_F(TermsBifTest, UniqueIntegersIncrease) {
    Term opts[] = {am_positive};
    Term a = call("unique_integer", {make_list_of(p, opts, 1)});
    Term b = call("unique_integer", {make_list_of(p, opts, 1)});
    ASSERT_TRUE(is_small(a) && is_small(b));
    EXPECT_GT(small_value(a), 0);
    EXPECT_GT(small_value(b), small_value(a));
    Term c = call("unique_integer", {});
    ASSERT_TRUE(is_small(c));
    EXPECT_LT(small_value(c), 0);
}

}  // namespace
