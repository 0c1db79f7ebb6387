// The list BIFs of OTP erts/emulator/beam/erl_bif_lists.c: lists:reverse/2, member/2 and the key*
// search functions, and erlang:'++'/2, '--'/2 (alias append/2, subtract/2). OTP traps long lists to
// yield; these loop to the end in one call.
#include <map>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/compare.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// lists:reverse(List, Tail): List must be a proper list; Tail may be anything.
EMBER_BIF(bif_lists_reverse_2) {
    Term list = args[0];
    std::int64_t n = list_length(list);
    if (n < 0) return badarg(p);
    if (n == 0) return args[1];
    Term* hp = p->alloc(Word(2 * n));
    Term acc = args[1];
    for (; is_list(list); list = cdr(list)) {
        hp[0] = car(list);
        hp[1] = acc;
        acc = make_list(hp);
        hp += 2;
    }
    return acc;
}

// lists:member(Elem, List): exact match (=:=). An improper tail is a badarg only if reached.
EMBER_BIF(bif_lists_member_2) {
    Term elem = args[0];
    Term list = args[1];
    for (; is_list(list); list = cdr(list)) {
        Term h = car(list);
        if (h == elem || exact_equal(h, elem)) return am_true;
    }
    if (list != kNil) return badarg(p);
    return am_false;
}

// The first tuple in `list` whose N-th element == key (arithmetic equality, as OTP's keyfind).
// Returns false (the atom) when there is none, kNonValue after raising badarg.
Term keyfind(Process* p, const Term* args) {
    Term key = args[0];
    Term pos = args[1];
    Term list = args[2];
    if (!is_small(pos) || small_value(pos) < 1) return badarg(p);
    Word n = Word(small_value(pos));
    bool immediate_only = is_atom(key);  // an atom equals only the same atom word
    for (; is_list(list); list = cdr(list)) {
        Term t = car(list);
        if (!is_tuple(t) || tuple_arity(t) < n) continue;
        Term e = tuple_element(t, n - 1);
        if (e == key) return t;
        if (immediate_only) continue;
        if (equal(e, key)) return t;
    }
    if (list != kNil) return badarg(p);
    return am_false;
}

EMBER_BIF(bif_lists_keyfind_3) { return keyfind(p, args); }

EMBER_BIF(bif_lists_keymember_3) {
    Term r = keyfind(p, args);
    if (r == kNonValue) return r;
    return make_bool(r != am_false);
}

EMBER_BIF(bif_lists_keysearch_3) {
    Term r = keyfind(p, args);
    if (r == kNonValue || r == am_false) return r;
    return make_tuple2(*p, am_value, r);
}

// A ++ B: A must be a proper list; B may be anything (it becomes the tail).
EMBER_BIF(bif_plusplus_2) {
    Term a = args[0];
    std::int64_t n = list_length(a);
    if (n < 0) return badarg(p);
    if (n == 0) return args[1];
    Term* hp = p->alloc(Word(2 * n));
    Term result = make_list(hp);
    for (; is_list(a); a = cdr(a)) {
        hp[0] = car(a);
        hp[1] = is_list(cdr(a)) ? make_list(hp + 2) : args[1];
        hp += 2;
    }
    return result;
}

// A -- B: both proper lists. For each element of B the first remaining occurrence (=:=) in A is
// removed; equivalently, the first k occurrences of each value that occurs k times in B.
EMBER_BIF(bif_minusminus_2) {
    Term a = args[0];
    Term b = args[1];
    std::int64_t na = list_length(a);
    std::int64_t nb = list_length(b);
    if (na < 0 || nb < 0) return badarg(p);
    if (na == 0 || nb == 0) return a;
    struct ExactLess {
        bool operator()(Term x, Term y) const { return compare_exact(x, y) < 0; }
    };
    std::map<Term, std::int64_t, ExactLess> remove;
    for (; is_list(b); b = cdr(b)) ++remove[car(b)];
    std::vector<Term> kept;
    kept.reserve(std::size_t(na));
    for (; is_list(a); a = cdr(a)) {
        auto it = remove.find(car(a));
        if (it != remove.end() && it->second > 0) {
            --it->second;
            continue;
        }
        kept.push_back(car(a));
    }
    return make_list_of(*p, kept.data(), kept.size());
}

const BifSpec kBifs[] = {
    {"erlang", "++", 2, bif_plusplus_2, kCapPure},
    {"erlang", "--", 2, bif_minusminus_2, kCapPure},
    {"erlang", "append", 2, bif_plusplus_2, kCapPure},
    {"erlang", "subtract", 2, bif_minusminus_2, kCapPure},
    {"lists", "reverse", 2, bif_lists_reverse_2, kCapPure},
    {"lists", "member", 2, bif_lists_member_2, kCapPure},
    {"lists", "keyfind", 3, bif_lists_keyfind_3, kCapPure},
    {"lists", "keymember", 3, bif_lists_keymember_3, kCapPure},
    {"lists", "keysearch", 3, bif_lists_keysearch_3, kCapPure},
};

}  // namespace

std::span<const BifSpec> lists_bifs() { return kBifs; }

}  // namespace ember::bifs
