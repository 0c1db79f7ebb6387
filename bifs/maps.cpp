// BIFs of the maps module (OTP erts/emulator/beam/erl_map.c). Error reasons as erl: {badmap, M} for a
// map argument that is not a map, {badkey, K} for a missing key, badarg for a malformed list.
#include <vector>

#include "bifs/bif.hpp"
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

// maps:from_list(List): List is a proper list of 2-tuples; a later key wins.
EMBER_BIF(bif_maps_from_list_1) {
    std::vector<Term> keys, values;
    Term list = args[0];
    for (; is_list(list); list = cdr(list)) {
        Term t = car(list);
        if (!is_tuple(t) || tuple_arity(t) != 2) return badarg(p);
        keys.push_back(tuple_element(t, 0));
        values.push_back(tuple_element(t, 1));
    }
    if (list != kNil) return badarg(p);
    return map_from_pairs(*p, keys.data(), values.data(), keys.size());
}

// maps:from_keys(Keys, Value): Keys is a proper list.
EMBER_BIF(bif_maps_from_keys_2) {
    std::vector<Term> keys;
    Term list = args[0];
    for (; is_list(list); list = cdr(list)) keys.push_back(car(list));
    if (list != kNil) return badarg(p);
    std::vector<Term> values(keys.size(), args[1]);
    return map_from_pairs(*p, keys.data(), values.data(), keys.size());
}

EMBER_BIF(bif_maps_is_key_2) {
    if (!is_map(args[1])) return raise_badmap(p, args[1]);
    return make_bool(map_contains(args[1], args[0]));
}

EMBER_BIF(bif_maps_keys_1) {
    if (!is_map(args[0])) return raise_badmap(p, args[0]);
    return map_keys(*p, args[0]);
}

EMBER_BIF(bif_maps_values_1) {
    if (!is_map(args[0])) return raise_badmap(p, args[0]);
    return map_values(*p, args[0]);
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
    {"maps", "from_list", 1, bif_maps_from_list_1, kCapPure},
    {"maps", "from_keys", 2, bif_maps_from_keys_2, kCapPure},
    {"maps", "is_key", 2, bif_maps_is_key_2, kCapPure},
    {"maps", "keys", 1, bif_maps_keys_1, kCapPure},
    {"maps", "values", 1, bif_maps_values_1, kCapPure},
    {"maps", "merge", 2, bif_maps_merge_2, kCapPure},
    {"maps", "put", 3, bif_maps_put_3, kCapPure},
    {"maps", "remove", 2, bif_maps_remove_2, kCapPure},
    {"maps", "take", 2, bif_maps_take_2, kCapPure},
    {"maps", "update", 3, bif_maps_update_3, kCapPure},
};

}  // namespace

std::span<const BifSpec> maps_bifs() { return kBifs; }

}  // namespace ember::bifs
