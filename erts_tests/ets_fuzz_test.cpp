// Robustness of the match-spec compiler and interpreter (bifs/match_spec.cpp) behind ets:select/2,3,
// ets:select_count/2, ets:match_spec_compile/1 and erlang:match_spec_test/3 on random and mutated match
// specs (fixed seeds): every call returns a value of the documented shape or raises badarg; nothing
// crashes. Run on a bare Process through the registration tables (test_support.hpp BifTest).
#include <gtest/gtest.h>

#include <random>

#include "test_support.hpp"

namespace ember::vm {
namespace {

using namespace test;

// Random terms shaped like match specs: mostly valid clauses, with every kind of mistake mixed in.
class MsGenerator {
public:
    MsGenerator(Process& p, std::uint32_t seed) : m_p(p), m_rng(seed) {}

    Term spec() {
        switch (pick(12)) {
        case 0: return leaf(0);  // not a list
        case 1: return make_cons(m_p, clause(), leaf(0));  // improper
        default: {
            std::vector<Term> cs;
            for (unsigned i = 0, n = pick(4); i < n; ++i) cs.push_back(pick(10) ? clause() : expr(2));
            return make_list_of(m_p, cs.data(), cs.size());
        }
        }
    }
    Term object() {
        Term items[4] = {leaf(0), leaf(0), small(int(pick(10))), leaf(0)};
        return tuple(items, 1 + pick(4));
    }

private:
    unsigned pick(unsigned n) { return unsigned(m_rng() % n); }
    Term atom(const char* s) { return AtomTable::global().intern(s); }
    Term small(int v) { return make_small(v); }
    Term tuple(const Term* items, std::size_t n) {
        Term* hp = m_p.alloc(n + 1);
        hp[0] = make_header(n, Subtag::Tuple);
        for (std::size_t i = 0; i < n; ++i) hp[i + 1] = items[i];
        return make_boxed(hp);
    }
    Term list(std::vector<Term> items) { return make_list_of(m_p, items.data(), items.size()); }

    Term var() {
        static const char* vars[] = {"$1", "$2", "$3", "$0", "$_", "$$", "_", "$100000001", "$01", "$"};
        return atom(vars[pick(10)]);
    }
    Term leaf(int) {
        switch (pick(9)) {
        case 0: return var();
        case 1: return small(int(pick(200)) - 100);
        case 2: return write_float(m_p.alloc(kFloatWords), double(pick(1000)) / 7.0);
        case 3: return atom(pick(2) ? "true" : "false");
        case 4: return kNil;
        case 5: return make_binary(m_p, "fuzz");
        case 6: return atom("const");
        case 7: return make_integer(m_p, std::int64_t(1) << 62);
        default: return atom("a");
        }
    }
    Term pattern(int depth) {
        if (depth > 3 || pick(3) == 0) return pick(2) ? var() : leaf(depth);
        Term items[4];
        std::size_t n = pick(5);
        for (std::size_t i = 0; i < n; ++i) items[i] = pattern(depth + 1);
        if (pick(4) == 0) return make_cons(m_p, pattern(depth + 1), pattern(depth + 1));
        if (pick(6) == 0) {
            Term k = atom("k"), v = pattern(depth + 1);
            return map_from_pairs(m_p, &k, &v, 1);
        }
        return tuple(items, n);
    }
    Term expr(int depth) {
        static const char* fns[] = {"+", "-", "*", "div", "rem", "band", "bsl", "abs", "element", "hd", "tl", "length",
                                    "size", "is_atom", "is_integer", "is_tuple", "map_get", "map_size", "is_map_key",
                                    "float", "round", "trunc", "node", "self", "binary_part", "byte_size", "and",
                                    "or", "not", "xor", "andalso", "orelse", ">", "<", "==", "=:=", "=/=", ">=",
                                    "message", "return_trace", "is_seq_trace", "caller", "nonexistent", "const",
                                    "is_record", "bit_size", "display", "get_tcw"};
        if (depth > 3 || pick(3) == 0) return pick(2) ? var() : leaf(depth);
        switch (pick(6)) {
        case 0: {  // {{...}} tuple construction
            Term items[3] = {expr(depth + 1), expr(depth + 1), expr(depth + 1)};
            Term inner = tuple(items, pick(4));
            return tuple(&inner, 1);
        }
        case 1: return list({expr(depth + 1), expr(depth + 1)});
        case 2: {
            Term k = expr(depth + 1), v = expr(depth + 1);
            return map_from_pairs(m_p, &k, &v, 1);
        }
        default: {  // a call, arity 0..3
            Term items[4] = {atom(fns[pick(sizeof fns / sizeof fns[0])]), expr(depth + 1), expr(depth + 1), expr(depth + 1)};
            return tuple(items, 1 + pick(4));
        }
        }
    }
    Term exprs() {
        switch (pick(10)) {
        case 0: return leaf(0);
        case 1: return make_cons(m_p, expr(0), leaf(0));
        default: {
            std::vector<Term> items;
            for (unsigned i = 0, n = pick(3); i < n; ++i) items.push_back(expr(0));
            return list(items);
        }
        }
    }
    Term clause() {
        Term items[3] = {pattern(0), exprs(), pick(8) ? list({expr(0)}) : exprs()};
        std::size_t n = pick(12) == 0 ? pick(5) : 3;
        return tuple(items, n < 3 ? n : 3);
    }

    Process& m_p;
    std::mt19937 m_rng;
};

class EtsFuzz : public BifTest {
protected:
    EtsFuzz() : BifTest({bifs::ets_bifs(), bifs::ets_select_bifs()}) { bifs::register_all_bifs(); }

    bool is_badarg(Term r) { return r == kNonValue && p.exc_reason == am_badarg; }
    bool is_system_limit(Term r) { return r == kNonValue && p.exc_reason == am_system_limit; }
};

TEST_F(EtsFuzz, RandomSpecsNeverCrash) {
    Term set = call("ets", "new", {atom("fuzz_set"), list({atom("set"), atom("public")})});
    Term oset = call("ets", "new", {atom("fuzz_oset"), list({atom("ordered_set"), atom("public")})});
    ASSERT_TRUE(is_local_ref(set));
    MsGenerator g(p, 20261204);
    for (int i = 0; i < 50; ++i) {
        Term o = g.object();
        call("ets", "insert", {set, o});
        call("ets", "insert", {oset, o});
    }
    int compiled = 0, rejected = 0;
    for (int i = 0; i < 4000; ++i) {
        Term ms = g.spec();
        for (Term t : {set, oset}) {
            Term r = call("ets", "select", {t, ms});
            ASSERT_TRUE(is_badarg(r) || r == kNil || is_list(r)) << w(ms);
            (r == kNonValue ? rejected : compiled)++;
            Term c = call("ets", "select_count", {t, ms});
            ASSERT_TRUE(is_badarg(c) || is_small(c)) << w(ms);
            Term chunk = call("ets", "select", {t, ms, make_small(3)});
            ASSERT_TRUE(chunk != kNonValue || is_badarg(chunk)) << w(ms);
            if (chunk != kNonValue && is_tuple(chunk)) {
                Term rest = call("ets", "select", {tuple_element(chunk, 1)});
                ASSERT_TRUE(rest != kNonValue) << w(ms);
            }
        }
        for (const char* kind : {"table", "trace"}) {
            Term obj = std::string_view(kind) == "table" ? g.object() : list({atom("a"), make_small(1)});
            Term r = call("erlang", "match_spec_test", {obj, ms, atom(kind)});
            ASSERT_TRUE(r != kNonValue) << w(ms);
            ASSERT_TRUE(is_tuple(r) && (tuple_element(r, 0) == am_ok || tuple_element(r, 0) == am_error)) << w(r);
        }
        Term cms = call("ets", "match_spec_compile", {ms});
        if (cms != kNonValue) {
            Term run = call("ets", "match_spec_run_r", {list({g.object(), g.object(), make_small(3)}), cms, kNil});
            ASSERT_TRUE(run == kNil || is_list(run)) << w(ms);
        } else {
            ASSERT_TRUE(is_badarg(cms));
        }
    }
    // Both outcomes happen, so the generator exercises compiled and rejected specs.
    EXPECT_GT(compiled, 100);
    EXPECT_GT(rejected, 100);
    call("ets", "delete", {set});
    call("ets", "delete", {oset});
}

// Mutations of valid specs: one subterm replaced by a random term.
TEST_F(EtsFuzz, MutatedValidSpecsNeverCrash) {
    Term t = call("ets", "new", {atom("fuzz_mut"), list({atom("duplicate_bag"), atom("public")})});
    MsGenerator g(p, 7);
    for (int i = 0; i < 30; ++i) call("ets", "insert", {t, g.object()});
    std::mt19937 rng(99);
    for (int i = 0; i < 3000; ++i) {
        Term head_items[2] = {atom("$1"), atom("$2")};
        Term head = make_tuple2(p, head_items[0], head_items[1]);
        Term guard = make_tuple3(p, atom(">"), atom("$2"), make_small(1));
        Term body_items[2] = {atom("$1"), atom("$2")};
        Term body_tuple = make_tuple2(p, body_items[0], body_items[1]);
        Term* hp = p.alloc(2);  // {{'$1', '$2'}}: the object itself
        hp[0] = make_header(1, Subtag::Tuple);
        hp[1] = body_tuple;
        Term body = make_boxed(hp);
        Term parts[3] = {head, list({guard}), list({body})};
        parts[rng() % 3] = g.spec();
        Term clause = make_tuple3(p, parts[0], parts[1], parts[2]);
        Term ms = list({clause});
        Term r = call("ets", "select", {t, ms});
        ASSERT_TRUE(is_badarg(r) || r == kNil || is_list(r)) << w(ms);
        Term d = call("ets", "select_replace", {t, ms});
        ASSERT_TRUE(is_badarg(d) || is_small(d)) << w(ms);
    }
    call("ets", "delete", {t});
}

// Very deep heads, guards and bodies are rejected (badarg / error tuple), not a C stack overflow.
TEST_F(EtsFuzz, DeepSpecsAreRejected) {
    Term t = call("ets", "new", {atom("fuzz_deep"), list({atom("set"), atom("public")})});
    call("ets", "insert", {t, make_tuple2(p, atom("a"), make_small(1))});
    Term deep_tuple = atom("$1"), deep_list = atom("$1"), deep_call = atom("$1");
    for (int i = 0; i < 200000; ++i) {
        deep_tuple = make_tuple2(p, deep_tuple, atom("_"));
        deep_list = make_cons(p, deep_list, kNil);
        deep_call = make_tuple2(p, atom("hd"), deep_call);
    }
    Term ms_head = list({make_tuple3(p, deep_tuple, kNil, list({atom("$_")}))});
    Term ms_guard = list({make_tuple3(p, atom("$1"), list({deep_call}), list({atom("$_")}))});
    Term ms_body = list({make_tuple3(p, atom("$1"), kNil, list({deep_list}))});
    // Past the compiler's nesting limit: system_limit, as erl raises for deep guards and bodies.
    for (Term ms : {ms_head, ms_guard, ms_body}) {
        EXPECT_TRUE(is_system_limit(call("ets", "select", {t, ms})));
        Term r = call("erlang", "match_spec_test", {make_tuple2(p, atom("a"), make_small(1)), ms, atom("table")});
        ASSERT_TRUE(is_tuple(r));
        EXPECT_EQ(tuple_element(r, 0), am_error);
    }
    call("ets", "delete", {t});
}

}  // namespace
}  // namespace ember::vm
