// BIFs of the maps module (OTP erts/emulator/beam/erl_map.c). Error reasons as erl: {badmap, M} for a
// map argument that is not a map, {badkey, K} for a missing key, badarg for a malformed list.
//
// keys/1, values/1, from_list/1 and from_keys/2 work in slices of kSliceElements entries on large
// inputs and yield in between (vm/bif_yield.hpp), as erl's trap: a process building or listing a
// million-key map does not hold its scheduler for the whole time. The lists are checked at once (a
// walk that allocates nothing), so a malformed list raises before any slice.
#include <vector>

#include "bifs/bif.hpp"
#include "vm/bif_yield.hpp"
#include "vm/map.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

Term raise_badmap(Process* p, Term m) {
    raise_error_args(p, make_tuple2(*p, am_badmap, m));
    return kNonValue;
}

Term raise_badkey(Process* p, Term k) {
    raise_error_args(p, make_tuple2(*p, am_badkey, k));
    return kNonValue;
}

EMBER_BIF(bif_maps_get_2) {
    if (!is_map(args[1])) return raise_badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    if (v == kNonValue) return raise_badkey(p, args[0]);
    return v;
}

EMBER_BIF(bif_maps_find_2) {
    if (!is_map(args[1])) return raise_badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    if (v == kNonValue) return am_error;
    return make_tuple2(*p, am_ok, v);
}

// Entries (map leaves or list elements) a slice handles: about erl's slice of CONTEXT_REDS (4000)
// reductions at a few entries per reduction.
constexpr Word kSliceElements = 16000;

enum class Part { Keys, Values };

// Conses the key or value of every leaf under `child` (a leaf [K|V] or a HAMT node) onto acc in
// iteration order; the finished list is then in erl's list order, the reverse (vm/map.hpp).
Term cons_leaves(Process* p, Term child, Part part, Term acc, Word& done) {
    if (is_list(child)) {
        ++done;
        return make_cons(*p, part == Part::Keys ? car(child) : cdr(child), acc);
    }
    map_foreach(child, [&](Term k, Term v) {
        acc = make_cons(*p, part == Part::Keys ? k : v, acc);
        ++done;
    });
    return acc;
}

// One slice of keys/values of a HAMT: args = Map, Acc, NextUnit. The units are the head's children
// that are leaves and the children of those that are nodes (at most 16 * 16), in iteration order.
Term list_slice(Process* p, const Term* args, Part part, const BifContinuation& again) {
    const Term map = args[0];
    Term acc = args[1];
    const Word first = Word(small_value(args[2]));
    Word done = 0, unit = 0, n = 0;
    const Term* kids = hashmap_children(map, n);
    for (Word i = 0; i < n; ++i) {
        Word m = 1;
        const Term* sub = &kids[i];
        if (!is_list(kids[i])) sub = hashmap_children(kids[i], m);
        for (Word j = 0; j < m; ++j, ++unit) {
            if (unit < first) continue;
            if (done >= kSliceElements) {
                Term* x = p->bif_x;
                x[0] = map;
                x[1] = acc;
                x[2] = make_small(SWord(unit));
                return again.yield(p, 3);
            }
            acc = cons_leaves(p, sub[j], part, acc, done);
        }
    }
    return acc;
}

Term keys_slice(Process* p, const Term* args);
Term values_slice(Process* p, const Term* args);
const BifContinuation kKeysAgain("maps", "keys", 1, keys_slice);
const BifContinuation kValuesAgain("maps", "values", 1, values_slice);
Term keys_slice(Process* p, const Term* args) { return list_slice(p, args, Part::Keys, kKeysAgain); }
Term values_slice(Process* p, const Term* args) { return list_slice(p, args, Part::Values, kValuesAgain); }

// keys/1 or values/1 of a map: at once when small, else in slices.
Term map_list(Process* p, Term map, Part part) {
    if (map_size(map) <= kSliceElements || !BifContinuation::can_yield(p))
        return part == Part::Keys ? map_keys(*p, map) : map_values(*p, map);
    Term state[3] = {map, kNil, make_small(0)};
    return part == Part::Keys ? keys_slice(p, state) : values_slice(p, state);
}

enum class Source { Pairs, Keys };

// One slice of from_list/from_keys: args = Rest (checked already), Acc, Value (from_keys). A later
// key wins, within a slice (map_from_pairs) and across slices (map_merge).
Term build_slice(Process* p, const Term* args, Source source, const BifContinuation& again) {
    Term rest = args[0];
    const Term value = args[2];
    std::vector<Term> keys, values;
    keys.reserve(kSliceElements);
    values.reserve(kSliceElements);
    for (Word n = 0; n < kSliceElements && is_list(rest); ++n, rest = cdr(rest)) {
        Term e = car(rest);
        keys.push_back(source == Source::Pairs ? tuple_element(e, 0) : e);
        values.push_back(source == Source::Pairs ? tuple_element(e, 1) : value);
    }
    // This slice's map merged into the earlier ones': its keys win.
    Term acc = map_merge(*p, args[1], map_from_pairs(*p, keys.data(), values.data(), keys.size()));
    if (rest == kNil) return acc;
    Term* x = p->bif_x;
    x[0] = rest;
    x[1] = acc;
    x[2] = value;
    return again.yield(p, 3);
}

Term from_list_slice(Process* p, const Term* args);
Term from_keys_slice(Process* p, const Term* args);
const BifContinuation kFromListAgain("maps", "from_list", 1, from_list_slice);
const BifContinuation kFromKeysAgain("maps", "from_keys", 2, from_keys_slice);
Term from_list_slice(Process* p, const Term* args) { return build_slice(p, args, Source::Pairs, kFromListAgain); }
Term from_keys_slice(Process* p, const Term* args) { return build_slice(p, args, Source::Keys, kFromKeysAgain); }

// maps:from_list(List): List is a proper list of 2-tuples; a later key wins.
EMBER_BIF(bif_maps_from_list_1) {
    Word n = 0;
    Term list = args[0];
    for (; is_list(list); list = cdr(list), ++n) {
        Term t = car(list);
        if (!is_tuple(t) || tuple_arity(t) != 2) return badarg(p);
    }
    if (list != kNil) return badarg(p);
    if (n > kSliceElements && BifContinuation::can_yield(p)) {
        Term state[3] = {args[0], map_new(*p), kNil};
        return from_list_slice(p, state);
    }
    std::vector<Term> keys, values;
    keys.reserve(n);
    values.reserve(n);
    for (list = args[0]; is_list(list); list = cdr(list)) {
        keys.push_back(tuple_element(car(list), 0));
        values.push_back(tuple_element(car(list), 1));
    }
    return map_from_pairs(*p, keys.data(), values.data(), keys.size());
}

// maps:from_keys(Keys, Value): Keys is a proper list.
EMBER_BIF(bif_maps_from_keys_2) {
    Word n = 0;
    Term list = args[0];
    for (; is_list(list); list = cdr(list)) ++n;
    if (list != kNil) return badarg(p);
    if (n > kSliceElements && BifContinuation::can_yield(p)) {
        Term state[3] = {args[0], map_new(*p), args[1]};
        return from_keys_slice(p, state);
    }
    std::vector<Term> keys;
    keys.reserve(n);
    for (list = args[0]; is_list(list); list = cdr(list)) keys.push_back(car(list));
    std::vector<Term> values(keys.size(), args[1]);
    return map_from_pairs(*p, keys.data(), values.data(), keys.size());
}

EMBER_BIF(bif_maps_is_key_2) {
    if (!is_map(args[1])) return raise_badmap(p, args[1]);
    return make_bool(map_contains(args[1], args[0]));
}

EMBER_BIF(bif_maps_keys_1) {
    if (!is_map(args[0])) return raise_badmap(p, args[0]);
    return map_list(p, args[0], Part::Keys);
}

EMBER_BIF(bif_maps_values_1) {
    if (!is_map(args[0])) return raise_badmap(p, args[0]);
    return map_list(p, args[0], Part::Values);
}

EMBER_BIF(bif_maps_merge_2) {
    if (!is_map(args[0])) return raise_badmap(p, args[0]);
    if (!is_map(args[1])) return raise_badmap(p, args[1]);
    return map_merge(*p, args[0], args[1]);
}

EMBER_BIF(bif_maps_put_3) {
    if (!is_map(args[2])) return raise_badmap(p, args[2]);
    return map_put(*p, args[2], args[0], args[1]);
}

EMBER_BIF(bif_maps_remove_2) {
    if (!is_map(args[1])) return raise_badmap(p, args[1]);
    return map_remove(*p, args[1], args[0]);
}

// maps:take(Key, Map) -> {Value, MapWithoutKey} | error.
EMBER_BIF(bif_maps_take_2) {
    if (!is_map(args[1])) return raise_badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    if (v == kNonValue) return am_error;
    Term rest = map_remove(*p, args[1], args[0]);
    return make_tuple2(*p, v, rest);
}

EMBER_BIF(bif_maps_update_3) {
    if (!is_map(args[2])) return raise_badmap(p, args[2]);
    Term r = map_update(*p, args[2], args[0], args[1]);
    if (r == kNonValue) return raise_badkey(p, args[0]);
    return r;
}

const BifSpec kBifs[] = {
    {"maps", "get", 2, bif_maps_get_2, kCapPure},
    {"maps", "find", 2, bif_maps_find_2, kCapPure},
    {"maps", "from_list", 1, bif_maps_from_list_1, kCapPure, DirtyKind::None, /*traps=*/true},  // yields
    {"maps", "from_keys", 2, bif_maps_from_keys_2, kCapPure, DirtyKind::None, /*traps=*/true},  // yields
    {"maps", "is_key", 2, bif_maps_is_key_2, kCapPure},
    {"maps", "keys", 1, bif_maps_keys_1, kCapPure, DirtyKind::None, /*traps=*/true},  // yields
    {"maps", "values", 1, bif_maps_values_1, kCapPure, DirtyKind::None, /*traps=*/true},  // yields
    {"maps", "merge", 2, bif_maps_merge_2, kCapPure},
    {"maps", "put", 3, bif_maps_put_3, kCapPure},
    {"maps", "remove", 2, bif_maps_remove_2, kCapPure},
    {"maps", "take", 2, bif_maps_take_2, kCapPure},
    {"maps", "update", 3, bif_maps_update_3, kCapPure},
};

}  // namespace

std::span<const BifSpec> maps_bifs() { return kBifs; }

}  // namespace ember::bifs
