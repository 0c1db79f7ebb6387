// Term order, ==, =:= (vm/compare.hpp). Expected results come from erl 25 (each noted beside the case).
#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>
#include <string>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/compare.hpp"
#include "vm/copy.hpp"
#include "vm/map.hpp"
#include "vm/module.hpp"

#include "test_support.hpp"

using namespace ember::vm;
using namespace ember::vm::test;

namespace {

std::vector<SWord> seq(SWord from, SWord to) {
    std::vector<SWord> v;
    for (SWord k = from; k <= to; ++k) v.push_back(k);
    return v;
}

}  // namespace

TEST(Compare, TypeOrder) {
    // erl: lists:sort([{2}, {1,1}, #{a=>1}, #{}, [], [a], <<>>, 1.5, 1, a, self(), make_ref()])
    TermBuilder b;
    // (funs need loaded code; they sit between refs and ports)
    std::vector<Term> sorted = {b.i(1), b.f(1.5), b.a("a"), b.ref(1, 2, 3)};
    sorted.push_back(make_port(3));
    sorted.push_back(make_pid(9));
    sorted.push_back(b.t({b.i(2)}));
    sorted.push_back(b.t({b.i(1), b.i(1)}));
    sorted.push_back(b.map({}));
    sorted.push_back(b.map({{b.a("a"), b.i(1)}}));
    sorted.push_back(kNil);
    sorted.push_back(b.l({b.a("a")}));
    sorted.push_back(b.bin({}));
    for (std::size_t x = 0; x < sorted.size(); ++x) {
        for (std::size_t y = 0; y < sorted.size(); ++y) {
            int expect = x < y ? -1 : (x > y ? 1 : 0);
            EXPECT_EQ(compare_terms(sorted[x], sorted[y]), expect) << x << " vs " << y;
            EXPECT_EQ(compare_exact(sorted[x], sorted[y]), expect) << x << " vs " << y;
        }
    }
}

TEST(Compare, IntFloatMixing) {
    TermBuilder b;
    EXPECT_EQ(compare_terms(b.i(1), b.f(1.0)), 0);
    EXPECT_TRUE(equal(b.i(1), b.f(1.0)));
    EXPECT_FALSE(exact_equal(b.i(1), b.f(1.0)));
    EXPECT_EQ(compare_exact(b.i(1), b.f(1.0)), -1);  // erl: lists:sort([1.0,1]) keeps 1.0 first, map keys 1 < 1.0
    EXPECT_EQ(compare_exact(b.f(1.0), b.i(1)), 1);
    EXPECT_EQ(compare_terms(b.i(2), b.f(1.5)), 1);
    EXPECT_TRUE(equal(b.i(0), b.f(-0.0)));  // erl 25: 0 == -0.0, 0.0 =:= -0.0
    EXPECT_TRUE(exact_equal(b.f(0.0), b.f(-0.0)));
    EXPECT_TRUE(equal(b.f(0.0), b.f(-0.0)));
}

TEST(Compare, BignumVsFloatExact) {
    TermBuilder b;
    Term two64 = b.big(false, {0, 1});  // 1 bsl 64
    EXPECT_TRUE(equal(two64, b.f(18446744073709551616.0)));
    // 9007199254740993 > 9007199254740992.0 (small integers, beyond double precision)
    EXPECT_EQ(compare_terms(b.i(9007199254740993), b.f(9007199254740992.0)), 1);
    EXPECT_EQ(compare_terms(b.i(36028797018963969), b.f(36028797018963968.0)), 1);
    EXPECT_EQ(compare_terms(b.i(-36028797018963969), b.f(-36028797018963968.0)), -1);
    // 576460752303423487 > 5.764607523034235e17 is false in erl; 576460752303423488 == 5.764607523034235e17
    EXPECT_EQ(compare_terms(b.i(576460752303423487), b.f(5.764607523034235e17)), -1);
    Term two59 = b.big(false, {Word(1) << 59});
    EXPECT_TRUE(equal(two59, b.f(5.764607523034235e17)));
    // -(1 bsl 70) < -1.0e21, -(1 bsl 70) > -1.0e22, (1 bsl 70) < 1.0e22, (1 bsl 70) > 1.0e21
    Term two70 = b.big(false, {0, 64});
    Term neg70 = b.big(true, {0, 64});
    EXPECT_EQ(compare_terms(neg70, b.f(-1.0e21)), -1);
    EXPECT_EQ(compare_terms(neg70, b.f(-1.0e22)), 1);
    EXPECT_EQ(compare_terms(two70, b.f(1.0e22)), -1);
    EXPECT_EQ(compare_terms(two70, b.f(1.0e21)), 1);
    // 1 bsl 1023 == 8.98846567431158e307; (1 bsl 1024) > 1.7976931348623157e308
    std::vector<Word> limbs(16, 0);
    limbs[15] = Word(1) << 63;
    Term* hp = b.heap.alloc(17);
    hp[0] = make_header(16, Subtag::PosBignum);
    for (int k = 0; k < 16; ++k) hp[1 + k] = limbs[k];
    EXPECT_EQ(compare_terms(make_boxed(hp), b.f(std::ldexp(1.0, 1023))), 0);
    Term* hp2 = b.heap.alloc(18);
    hp2[0] = make_header(17, Subtag::PosBignum);
    for (int k = 0; k < 16; ++k) hp2[1 + k] = 0;
    hp2[17] = 1;
    EXPECT_EQ(compare_terms(make_boxed(hp2), b.f(1.7976931348623157e308)), 1);
    EXPECT_EQ(integer_compare(two64, two70), -1);
    EXPECT_EQ(integer_compare(neg70, b.i(-5)), -1);
    EXPECT_EQ(integer_compare(neg70, b.big(true, {0, 1})), -1);
}

TEST(Compare, Atoms) {
    TermBuilder b;
    EXPECT_EQ(compare_terms(b.a("a"), b.a("ab")), -1);
    EXPECT_EQ(compare_terms(b.a("ab"), b.a("b")), -1);
    EXPECT_EQ(compare_terms(b.a("zzz"), b.a("\xc3\xa5")), -1);  // 'zzz' < 'å' (code point order)
    EXPECT_EQ(compare_terms(b.a("\xc3\xa5"), b.a("\xe2\x82\xac")), -1);
}

TEST(Compare, TuplesAndLists) {
    TermBuilder b;
    EXPECT_EQ(compare_terms(b.t({b.i(2)}), b.t({b.i(1), b.i(1)})), -1);  // size first
    EXPECT_EQ(compare_terms(b.t({b.i(1), b.i(2)}), b.t({b.i(1), b.f(2.0)})), 0);
    EXPECT_FALSE(exact_equal(b.t({b.i(1), b.i(2)}), b.t({b.i(1), b.f(2.0)})));
    EXPECT_EQ(compare_terms(b.l({b.i(1)}, b.i(2)), b.l({b.i(1), b.i(2)})), -1);  // [1|2] < [1,2]
    EXPECT_EQ(compare_terms(b.l({b.i(1)}), b.l({b.i(1), b.i(2)})), -1);         // [1] < [1,2]
    EXPECT_EQ(compare_terms(b.l({b.a("a")}), b.l({b.a("a")}, b.a("b"))), 1);     // [a] > [a|b]
    EXPECT_EQ(compare_terms(b.l({b.i(1), b.i(3)}), b.l({b.i(1), b.i(2)})), 1);
}

TEST(Compare, Bitstrings) {
    // erl: lists:sort([<<1:3>>, <<>>, <<0>>, <<1>>, <<0:1>>, <<128>>, <<1:1>>, <<1,2>>])
    //   = [<<>>,<<0:1>>,<<0>>,<<1>>,<<1,2>>,<<1:3>>,<<1:1>>,<<128>>]
    TermBuilder b;
    std::vector<Term> sorted = {b.bin({}), b.bits(0, 1), b.bin({0}), b.bin({1}), b.bin({1, 2}),
                                b.bits(1, 3), b.bits(1, 1), b.bin({128})};
    for (std::size_t x = 0; x < sorted.size(); ++x) {
        for (std::size_t y = 0; y < sorted.size(); ++y) {
            int expect = x < y ? -1 : (x > y ? 1 : 0);
            EXPECT_EQ(compare_terms(sorted[x], sorted[y]), expect) << x << " vs " << y;
        }
    }
    // Unaligned sub binaries compare by their bits.
    Term big = b.bin({0x12, 0x34, 0x56, 0x78});
    Term s1 = make_sub_binary(b.heap, big, 4, 16);  // <<16#2345:16>>
    EXPECT_TRUE(exact_equal(s1, b.bin({0x23, 0x45})));
    Term s2 = make_sub_binary(b.heap, big, 4, 12);  // <<16#234:12>>
    EXPECT_EQ(compare_terms(s2, s1), -1);
}

TEST(Compare, RefsPidsPorts) {
    TermBuilder b;
    // Refs compare from the most significant number down (#Ref<0.n2.n1.n0>).
    EXPECT_EQ(compare_terms(b.ref(9, 1, 1), b.ref(1, 1, 2)), -1);
    EXPECT_EQ(compare_terms(b.ref(1, 2, 1), b.ref(9, 1, 1)), 1);
    EXPECT_TRUE(exact_equal(b.ref(1, 2, 3), b.ref(1, 2, 3)));
    EXPECT_EQ(compare_terms(make_pid(5), make_pid(40)), -1);
    EXPECT_EQ(compare_terms(make_port(5), make_pid(1)), -1);
}

TEST(Compare, Funs) {
    TermBuilder b;
    // erl: [fun lists:map/2 < fun lists:map/3, fun lists:map/2 < fun lists:filter/2, fun a:b/9 < fun lists:map/2]
    //      = [true, false, true]; closures sort before export funs.
    auto exp = [&b](Export& e, const char* m, const char* f, std::uint32_t arity) {
        e.module = b.a(m);
        e.function = b.a(f);
        e.arity = arity;
        Term* hp = b.heap.alloc(2);
        hp[0] = make_header(1, Subtag::Export);
        hp[1] = reinterpret_cast<Word>(&e);
        return make_boxed(hp);
    };
    Export e1, e2, e3, e4;
    Term map2 = exp(e1, "lists", "map", 2), map3 = exp(e2, "lists", "map", 3);
    Term filter2 = exp(e3, "lists", "filter", 2), ab9 = exp(e4, "a", "b", 9);
    EXPECT_EQ(compare_terms(map2, map3), -1);
    EXPECT_EQ(compare_terms(map2, filter2), 1);
    EXPECT_EQ(compare_terms(ab9, map2), -1);
    EXPECT_TRUE(exact_equal(map2, map2));
    FunEntry fe{};
    fe.index = 3;
    fe.old_uniq = 77;
    auto closure = [&b, &fe](std::initializer_list<Term> free) {
        Term* hp = b.heap.alloc(3 + free.size());
        hp[0] = make_header(2 + free.size(), Subtag::Fun);
        hp[1] = reinterpret_cast<Word>(&fe);
        hp[2] = make_pid(1);
        Word k = 3;
        for (Term x : free) hp[k++] = x;
        return make_boxed(hp);
    };
    Term c1 = closure({b.i(1)}), c2 = closure({b.i(2)}), c1f = closure({b.f(1.0)});
    EXPECT_EQ(compare_terms(c1, map2), -1);
    EXPECT_EQ(compare_terms(c1, c2), -1);
    EXPECT_TRUE(equal(c1, c1f));
    EXPECT_FALSE(exact_equal(c1, c1f));
    EXPECT_EQ(compare_terms(closure({}), c1), -1);  // fewer free variables first
}

TEST(Compare, Maps) {
    TermBuilder b;
    Term one = b.i(1), onef = b.f(1.0);
    Term a = b.a("a"), bb = b.a("b"), z = b.a("z");
    // #{1=>a} < #{1.0=>a}, #{a=>2} < #{b=>1}, #{z=>1} < #{a=>1,b=>2}
    EXPECT_EQ(compare_terms(b.map({{one, a}}), b.map({{onef, a}})), -1);
    EXPECT_EQ(compare_terms(b.map({{a, b.i(2)}}), b.map({{bb, b.i(1)}})), -1);
    EXPECT_EQ(compare_terms(b.map({{z, b.i(1)}}), b.map({{a, b.i(1)}, {bb, b.i(2)}})), -1);
    // #{a=>1} == #{a=>1.0}, not =:=, not <
    EXPECT_TRUE(equal(b.map({{a, one}}), b.map({{a, onef}})));
    EXPECT_FALSE(exact_equal(b.map({{a, one}}), b.map({{a, onef}})));
    EXPECT_EQ(compare_terms(b.map({{a, one}}), b.map({{a, onef}})), 0);
    EXPECT_EQ(compare_exact(b.map({{a, one}}), b.map({{a, onef}})), -1);
}

TEST(Compare, HashMaps) {
    TermBuilder b;
    Term m40 = b.int_map(seq(1, 40));
    std::vector<SWord> k41 = seq(1, 39);
    k41.push_back(41);
    Term m41 = b.int_map(k41);
    EXPECT_EQ(compare_terms(m40, m41), -1);  // M40 < M41
    Term m40b = map_put(b.heap, m40, b.i(40), b.i(41));
    EXPECT_EQ(compare_terms(m40, m40b), -1);  // M40 < M40#{40 => 41}
    Term m40f = map_put(b.heap, m40, b.i(20), b.f(20.0));
    EXPECT_TRUE(equal(m40, m40f));  // M40 == M40#{20 => 20.0}
    EXPECT_FALSE(exact_equal(m40, m40f));
    EXPECT_EQ(compare_terms(m40f, m40), 0);
    Term m40r = map_put(b.heap, map_remove(b.heap, m40, b.i(1)), b.f(1.0), b.i(1));
    EXPECT_EQ(compare_terms(m40r, m40), 1);  // (maps:remove(1,M40))#{1.0=>1} > M40
    Term copy = b.int_map(seq(1, 40));
    EXPECT_TRUE(exact_equal(m40, copy));
}

TEST(Compare, LongListsAndDeepNesting) {
    TermBuilder b;
    const int n = 1000000;
    Term l1 = kNil, l2 = kNil;
    for (int k = n; k > 0; --k) {
        l1 = b.cons(b.i(k), l1);
        l2 = b.cons(b.i(k), l2);
    }
    EXPECT_TRUE(exact_equal(l1, l2));
    EXPECT_EQ(compare_terms(l1, l2), 0);
    Term l3 = b.cons(b.i(0), l2);
    EXPECT_EQ(compare_terms(l1, l3), 1);
    // Deeply nested tuples and lists of lists.
    Term t1 = kNil, t2 = kNil;
    for (int k = 0; k < 200000; ++k) {
        t1 = b.t({b.i(k), t1});
        t2 = b.t({b.i(k), t2});
    }
    EXPECT_TRUE(equal(t1, t2));
    Term d1 = kNil, d2 = kNil;
    for (int k = 0; k < 200000; ++k) {
        d1 = b.cons(d1, kNil);
        d2 = b.cons(d2, kNil);
    }
    EXPECT_EQ(compare_terms(d1, d2), 0);
    // Copying works on the same shapes.
    TestHeap h2;
    Term c1 = copy_term(l1, h2);
    EXPECT_TRUE(exact_equal(c1, l1));
    EXPECT_EQ(term_size(l1), Word(2 * n));
    Term c2 = copy_term(d1, h2);
    EXPECT_TRUE(exact_equal(c2, d1));
}

TEST(Copy, Structures) {
    TermBuilder b;
    Term big = b.bin(std::initializer_list<int>{});
    std::vector<std::uint8_t> bytes(200, 7);
    Term refc = make_binary(b.heap, bytes.data(), bytes.size());
    Term sub = make_sub_binary(b.heap, refc, 3, 100);
    Term hsub = make_sub_binary(b.heap, b.bin({1, 2, 3, 4}), 5, 17);
    Term m = b.int_map(seq(1, 50));
    Term term = b.t({b.i(1), b.f(2.5), b.big(true, {1, 2}), big, refc, sub, hsub, m, b.map({{b.a("k"), b.l({b.i(1)})}}),
                     b.ref(1, 2, 3), b.l({b.a("x")}, b.i(3))});
    TestHeap h2;
    Word size = term_size(term);
    Term c = copy_term(term, h2);
    EXPECT_TRUE(exact_equal(c, term));
    EXPECT_NE(c, term);
    EXPECT_GT(size, Word(0));
    // The refc binary's Binary is shared and retained: the copy's sub binary points into the same bytes.
    BinaryRef r1 = binary_ref(tuple_element(term, 5)), r2 = binary_ref(tuple_element(c, 5));
    EXPECT_EQ(r1.data, r2.data);
    EXPECT_EQ(map_get(tuple_element(c, 7), b.i(33)), b.i(33));
    // A fresh heap copy of a copy is still equal.
    TestHeap h3;
    EXPECT_TRUE(exact_equal(copy_term(c, h3), term));
    EXPECT_EQ(copy_term(b.i(5), h3), b.i(5));
}
