// ets select/match families, ets:match_spec_* and erlang:match_spec_test/3 (OTP 25 stdlib ets, ERTS
// "Match Specifications in Erlang"). The compiler and interpreter are bifs/match_spec.cpp.
//
// Continuations (select/3 and friends) have the shapes ets:repair_continuation/2 expects of erl's:
// hash tables {Tid, Stripe bsl 32 bor LastHash, Limit, CompiledMsRef, [], Reverse}, ordered_set
// {Tid, LastKey, '$ember_ordered', Limit, CompiledMsRef, [], Reverse, 0}. Both resume correctly whatever
// was inserted or deleted in between (bifs/ets_table.hpp).
#include "bifs/ets_common.hpp"
#include "bifs/match_spec.hpp"
#include "vm/bignum.hpp"
#include "vm/compare.hpp"
#include "vm/runtime_support.hpp"

namespace ember::bifs::ets {

using namespace ember::vm;

namespace {

Term end_of_table() {
    static const Term a = atom("$end_of_table");
    return a;
}
Term ordered_marker() {
    static const Term a = atom("$ember_ordered");
    return a;
}

Term make_tuple_of(Process* p, const Term* items, std::size_t n) {
    Term* hp = p->alloc(n + 1);
    hp[0] = make_header(n, Subtag::Tuple);
    for (std::size_t i = 0; i < n; ++i) hp[i + 1] = items[i];
    return make_boxed(hp);
}

// A match spec in the table dialect for a table operation, or nullptr (badarg).
// The compiled table-dialect spec, or nullptr after raising: system_limit for a spec that nests too
// deeply (as erl), badarg for any other error.
ms::MsPtr table_ms(Process* p, Term spec) {
    bool too_deep = false;
    ms::MsPtr m = ms::compile(spec, ms::Dialect::Table, nullptr, &too_deep);
    if (!m) {
        if (too_deep) raise_error_args(p, am_system_limit);
        else badarg(p);
    }
    return m;
}

// [{Pattern, [], [Body]}] on p's heap (match/2,3 and match_object/2,3).
Term pattern_ms(Process* p, Term pattern, const char* body) {
    Term b = make_cons(*p, atom(body), kNil);
    return make_cons(*p, make_tuple3(*p, pattern, kNil, b), kNil);
}

// The matching objects' results in traversal order (all of them).
Term select_all(Process* p, Table& t, const ms::CompiledMs& m, bool reverse) {
    std::vector<Term> out;
    auto visit = [&](Term o) {
        ms::RunOutcome r = ms::run(m, p, o);
        if (r.matched) out.push_back(copy_out(p, r.result));
        return Visit::Continue;
    };
    // Heads that all bind their key: look the keys up. A hash table answers them in reverse order
    // of first appearance (as erl's select over several bound keys); an ordered_set walks in key order.
    std::vector<Term> keys = ms::bound_keys(m, t.keypos);
    if (keys.size() == 1 || (!keys.empty() && t.is_hash())) {
        for (auto k = keys.rbegin(); k != keys.rend(); ++k) t.lookup(*k, [&](Term o) { visit(o); });
    } else {
        Position pos;
        t.traverse(pos, reverse, visit);
    }
    return make_list_of(*p, out.data(), out.size());
}

// One chunk of at most about `limit` results from `pos`; '$end_of_table' when there are none.
Term select_chunk(Process* p, Table& t, Term tid, const ms::MsPtr& m, Term ms_ref, SWord limit, Position& pos,
                  bool reverse) {
    std::vector<Term> out;
    bool at_end = t.traverse(pos, reverse, [&](Term o) {
        ms::RunOutcome r = ms::run(*m, p, o);
        if (r.matched) out.push_back(copy_out(p, r.result));
        return SWord(out.size()) >= limit ? Visit::Stop : Visit::Continue;
    });
    if (out.empty()) return end_of_table();
    Term results = make_list_of(*p, out.data(), out.size());
    if (at_end) return make_tuple2(*p, results, end_of_table());
    Term rev = make_small(reverse ? 1 : 0);
    Term cont;
    if (t.is_hash()) {
        Term items[6] = {tid, make_small(SWord((std::uint64_t(pos.stripe) << 32) | pos.hash)), make_small(limit), ms_ref, kNil, rev};
        cont = make_tuple_of(p, items, 6);
    } else {
        Term items[8] = {tid, copy_out(p, pos.key_storage.get()), ordered_marker(), make_small(limit), ms_ref, kNil, rev,
                         make_small(0)};
        cont = make_tuple_of(p, items, 8);
    }
    return make_tuple2(*p, results, cont);
}

Term select_limited(Process* p, Term tid, Term spec, Term limit, bool reverse) {
    TablePtr t = table_for(p, tid, Need::Read);
    if (!t || !is_small(limit) || small_value(limit) < 1) return badarg(p);
    ms::MsPtr m = table_ms(p, spec);
    if (!m) return kNonValue;
    Position pos;
    return select_chunk(p, *t, tid, m, ms::make_compiled_ref(p, m), small_value(limit), pos, reverse);
}

// select/1, match/1, match_object/1, select_reverse/1: the next chunk.
EMBER_BIF(bif_select_1) {
    Term c = args[0];
    if (c == end_of_table()) return c;
    bool hash_shape = is_tuple(c) && tuple_arity(c) == 6;
    if (!hash_shape && !(is_tuple(c) && tuple_arity(c) == 8 && tuple_element(c, 2) == ordered_marker())) return badarg(p);
    Term limit = tuple_element(c, hash_shape ? 2 : 3), ms_ref = tuple_element(c, hash_shape ? 3 : 4);
    Term rev = tuple_element(c, hash_shape ? 5 : 6);
    if (!is_small(limit) || small_value(limit) < 1) return badarg(p);
    TablePtr t = table_for(p, tuple_element(c, 0), Need::Read);
    ms::MsPtr m = ms::find_compiled(ms_ref);
    if (!t || !m || t->is_hash() != hash_shape) return badarg(p);
    Position pos;
    pos.started = true;
    if (hash_shape) {
        Term at = tuple_element(c, 1);
        if (!is_small(at) || small_value(at) < 0) return badarg(p);
        pos.stripe = std::size_t(std::uint64_t(small_value(at)) >> 32);
        pos.hash = std::uint32_t(small_value(at));
    } else {
        pos.key_storage = OwnedTerm::copy_of(tuple_element(c, 1));
    }
    return select_chunk(p, *t, tuple_element(c, 0), m, ms_ref, small_value(limit), pos, rev == make_small(1));
}

EMBER_BIF(bif_select_2) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    ms::MsPtr m = table_ms(p, args[1]);
    if (!m) return kNonValue;
    return select_all(p, *t, *m, false);
}
EMBER_BIF(bif_select_reverse_2) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    ms::MsPtr m = table_ms(p, args[1]);
    if (!m) return kNonValue;
    return select_all(p, *t, *m, true);
}
EMBER_BIF(bif_select_3) { return select_limited(p, args[0], args[1], args[2], false); }
EMBER_BIF(bif_select_reverse_3) { return select_limited(p, args[0], args[1], args[2], true); }

EMBER_BIF(bif_match_2) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    ms::MsPtr m = table_ms(p, pattern_ms(p, args[1], "$$"));
    if (!m) return kNonValue;
    return select_all(p, *t, *m, false);
}
EMBER_BIF(bif_match_object_2) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    ms::MsPtr m = table_ms(p, pattern_ms(p, args[1], "$_"));
    if (!m) return kNonValue;
    return select_all(p, *t, *m, false);
}
EMBER_BIF(bif_match_3) { return select_limited(p, args[0], pattern_ms(p, args[1], "$$"), args[2], false); }
EMBER_BIF(bif_match_object_3) { return select_limited(p, args[0], pattern_ms(p, args[1], "$_"), args[2], false); }

EMBER_BIF(bif_select_count) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    ms::MsPtr m = table_ms(p, args[1]);
    if (!m) return kNonValue;
    std::uint64_t n = 0;
    Position pos;
    t->traverse(pos, false, [&](Term o) {
        ms::RunOutcome r = ms::run(*m, p, o);
        if (r.matched && r.result == am_true) ++n;
        return Visit::Continue;
    });
    return make_integer_u64(*p, n);
}

EMBER_BIF(bif_internal_select_delete) {
    TablePtr t = table_for(p, args[0], Need::Write);
    if (!t) return badarg(p);
    ms::MsPtr m = table_ms(p, args[1]);
    if (!m) return kNonValue;
    std::size_t n = t->rewrite([&](Term o) -> Term {
        ms::RunOutcome r = ms::run(*m, p, o);
        return r.matched && r.result == am_true ? am_true : kNonValue;
    });
    return make_integer_u64(*p, n);
}

EMBER_BIF(bif_select_replace) {
    TablePtr t = table_for(p, args[0], Need::Write);
    if (!t || t->type == TableType::Bag) return badarg(p);  // erl: not for bag tables
    ms::MsPtr m = table_ms(p, args[1]);
    if (!m) return kNonValue;
    Table& tab = *t;
    std::size_t n = tab.rewrite([&](Term o) -> Term {
        ms::RunOutcome r = ms::run(*m, p, o);
        if (!r.matched || !storable(tab, r.result)) return kNonValue;
        // The key must stay the same (=:=), else the object is left as it is.
        if (!exact_equal(tuple_element(r.result, tab.keypos - 1), tuple_element(o, tab.keypos - 1))) return kNonValue;
        if (exact_equal(r.result, o)) return o;  // unchanged: counted (as erl does), nothing written
        return r.result;
    });
    return make_integer_u64(*p, n);
}

// ---- compiled match specs --------------------------------------------------------------------------------

EMBER_BIF(bif_match_spec_compile) {
    ms::MsPtr m = table_ms(p, args[0]);
    if (!m) return kNonValue;
    return ms::make_compiled_ref(p, m);
}
EMBER_BIF(bif_is_compiled_ms) { return make_bool(ms::find_compiled(args[0]) != nullptr); }

EMBER_BIF(bif_match_spec_run_r) {
    ms::MsPtr m = ms::find_compiled(args[1]);
    if (!m || list_length(args[0]) < 0) return badarg(p);
    Term acc = args[2];
    for (Term l = args[0]; is_list(l); l = cdr(l)) {
        ms::RunOutcome r = ms::run(*m, p, car(l));
        if (r.matched) acc = make_cons(*p, copy_out(p, r.result), acc);
    }
    return acc;
}

EMBER_BIF(bif_match_spec_test) {
    static const Term table = atom("table"), trace = atom("trace"), return_trace = atom("return_trace"),
                      exception_trace = atom("exception_trace");
    Term kind = args[2];
    if (kind != table && kind != trace) return badarg(p);
    if (kind == trace && list_length(args[0]) < 0) return badarg(p);
    std::vector<std::string> errors;
    ms::MsPtr m = ms::compile(args[1], kind == table ? ms::Dialect::Table : ms::Dialect::Trace, &errors);
    if (!m) {
        if (errors.empty()) errors.push_back("Match program contains a term that cannot be stored.");
        std::vector<Term> items;
        for (const std::string& e : errors) items.push_back(make_tuple2(*p, am_error, make_charlist(*p, e)));
        return make_tuple2(*p, am_error, make_list_of(*p, items.data(), items.size()));
    }
    ms::RunOutcome r = ms::run(*m, p, args[0]);
    Term result = r.matched ? copy_out(p, r.result) : am_false;
    Term flags = kNil;
    if (r.exception_trace) flags = make_cons(*p, exception_trace, flags);
    if (r.return_trace) flags = make_cons(*p, return_trace, flags);
    return make_tuple4(*p, am_ok, result, flags, kNil);
}

const BifSpec kBifs[] = {
    {"ets", "select", 1, bif_select_1, kCapPure},
    {"ets", "select", 2, shared<bif_select_2>, kCapPure},
    {"ets", "select", 3, shared<bif_select_3>, kCapPure},
    {"ets", "select_reverse", 1, bif_select_1, kCapPure},
    {"ets", "select_reverse", 2, shared<bif_select_reverse_2>, kCapPure},
    {"ets", "select_reverse", 3, shared<bif_select_reverse_3>, kCapPure},
    {"ets", "match", 1, bif_select_1, kCapPure},
    {"ets", "match", 2, shared<bif_match_2>, kCapPure},
    {"ets", "match", 3, shared<bif_match_3>, kCapPure},
    {"ets", "match_object", 1, bif_select_1, kCapPure},
    {"ets", "match_object", 2, shared<bif_match_object_2>, kCapPure},
    {"ets", "match_object", 3, shared<bif_match_object_3>, kCapPure},
    {"ets", "select_count", 2, shared<bif_select_count>, kCapPure},
    {"ets", "internal_select_delete", 2, shared<bif_internal_select_delete>, kCapPure},
    {"ets", "select_replace", 2, shared<bif_select_replace>, kCapPure},
    {"ets", "match_spec_compile", 1, bif_match_spec_compile, kCapPure},
    {"ets", "is_compiled_ms", 1, bif_is_compiled_ms, kCapPure},
    {"ets", "match_spec_run_r", 3, bif_match_spec_run_r, kCapPure},
    {"erlang", "match_spec_test", 3, bif_match_spec_test, kCapPure},
};

}  // namespace
}  // namespace ember::bifs::ets

namespace ember::bifs {
std::span<const vm::BifSpec> ets_select_bifs() { return ets::kBifs; }
}  // namespace ember::bifs
