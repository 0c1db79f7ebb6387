// erlang module BIFs allowed in guards, and the operators (OTP erl_arith.c, erl_bif_guard.c, bif.c):
// arithmetic, comparisons, boolean operators, type tests, and the tuple/list/map size accessors.
#include "bifs/bif.hpp"
#include "vm/arith.hpp"
#include "vm/binary.hpp"
#include "vm/compare.hpp"
#include "vm/map.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// An arithmetic error (badarith, or system_limit for a too large result) raised as a BIF error (first
// frame is the operator with its args). `reason` is read through the pointer after `r` was computed:
// passed by value it could be read before the call that sets it (unspecified argument order).
inline Term arith_result(Process* p, Term r, const Term* reason) {
    if (r == kNonValue) raise_error_args(p, *reason);
    return r;
}

#define ARITH2(name, fast, slow)                          \
    EMBER_BIF(name) {                                     \
        Term r = fast(args[0], args[1]);                  \
        if (r != kNonValue) return r;                     \
        Term reason = am_badarith;                        \
        return arith_result(p, slow(*p, args[0], args[1], &reason), &reason); \
    }
ARITH2(bif_plus, add_small, arith_add)
ARITH2(bif_minus, sub_small, arith_sub)
ARITH2(bif_times, mul_small, arith_mul)
ARITH2(bif_div, div_small, arith_div)
ARITH2(bif_rem, rem_small, arith_rem)
ARITH2(bif_band, band_small, arith_band)
ARITH2(bif_bor, bor_small, arith_bor)
ARITH2(bif_bxor, bxor_small, arith_bxor)
ARITH2(bif_bsl, bsl_small, arith_bsl)
ARITH2(bif_bsr, bsr_small, arith_bsr)
#undef ARITH2

EMBER_BIF(bif_fdiv) {
    Term reason = am_badarith;
    return arith_result(p, arith_fdiv(*p, args[0], args[1], &reason), &reason);
}
EMBER_BIF(bif_neg) {
    Term r = neg_small(args[0]);
    if (r != kNonValue) return r;
    Term reason = am_badarith;
    return arith_result(p, arith_neg(*p, args[0], &reason), &reason);
}
EMBER_BIF(bif_uplus) {
    Term reason = am_badarith;
    return arith_result(p, arith_plus(args[0], &reason), &reason);
}
EMBER_BIF(bif_bnot) {
    Term r = bnot_small(args[0]);
    if (r != kNonValue) return r;
    Term reason = am_badarith;
    return arith_result(p, arith_bnot(*p, args[0], &reason), &reason);
}

// Rounding BIFs fail with badarg (not badarith), as erl.
#define NUM1(name, fn)                                       \
    EMBER_BIF(name) {                                        \
        Term reason = am_badarg;                             \
        Term r = fn(*p, args[0], &reason);                   \
        if (r == kNonValue) raise_error_args(p, am_badarg);  \
        return r;                                            \
    }
NUM1(bif_abs, bif_abs)
NUM1(bif_trunc, bif_trunc)
NUM1(bif_round, bif_round)
NUM1(bif_floor, bif_floor)
NUM1(bif_ceil, bif_ceil)
NUM1(bif_float_1, bif_float)
#undef NUM1

EMBER_BIF(bif_eq) { return make_bool(args[0] == args[1] || equal(args[0], args[1])); }
EMBER_BIF(bif_ne) { return make_bool(!(args[0] == args[1] || equal(args[0], args[1]))); }
EMBER_BIF(bif_eqx) { return make_bool(args[0] == args[1] || exact_equal(args[0], args[1])); }
EMBER_BIF(bif_nex) { return make_bool(!(args[0] == args[1] || exact_equal(args[0], args[1]))); }
EMBER_BIF(bif_lt) { return make_bool(compare_terms(args[0], args[1]) < 0); }
EMBER_BIF(bif_le) { return make_bool(compare_terms(args[0], args[1]) <= 0); }
EMBER_BIF(bif_gt) { return make_bool(compare_terms(args[0], args[1]) > 0); }
EMBER_BIF(bif_ge) { return make_bool(compare_terms(args[0], args[1]) >= 0); }
EMBER_BIF(bif_max) { return compare_terms(args[0], args[1]) < 0 ? args[1] : args[0]; }
EMBER_BIF(bif_min) { return compare_terms(args[0], args[1]) > 0 ? args[1] : args[0]; }

EMBER_BIF(bif_not) {
    if (!is_boolean(args[0])) return badarg(p);
    return make_bool(args[0] == am_false);
}
#define BOOL2(name, op)                                                     \
    EMBER_BIF(name) {                                                       \
        if (!is_boolean(args[0]) || !is_boolean(args[1])) return badarg(p); \
        bool a = args[0] == am_true, b = args[1] == am_true;                \
        return make_bool(op);                                               \
    }
BOOL2(bif_and, a && b)
BOOL2(bif_or, a || b)
BOOL2(bif_xor, a != b)
#undef BOOL2

#define TYPE1(name, pred) \
    EMBER_BIF(name) {     \
        Term v = args[0]; \
        return make_bool(pred); \
    }
TYPE1(bif_is_atom, is_atom(v))
TYPE1(bif_is_binary, is_bitstring(v) && binary_ref(v).is_binary())
TYPE1(bif_is_bitstring, is_bitstring(v))
TYPE1(bif_is_boolean, is_boolean(v))
TYPE1(bif_is_float, is_float(v))
TYPE1(bif_is_function_1, is_fun(v))
TYPE1(bif_is_integer, is_integer(v))
TYPE1(bif_is_list, is_list(v) || v == kNil)
TYPE1(bif_is_map, is_map(v))
TYPE1(bif_is_number, is_number(v))
TYPE1(bif_is_pid, is_local_pid(v) || is_boxed_of(v, Subtag::ExternalPid))
TYPE1(bif_is_port, is_local_port(v) || is_boxed_of(v, Subtag::ExternalPort))
TYPE1(bif_is_reference, is_local_ref(v) || is_boxed_of(v, Subtag::ExternalRef))
TYPE1(bif_is_tuple, is_tuple(v))
#undef TYPE1

EMBER_BIF(bif_is_function_2) {
    if (!is_small(args[1]) || small_value(args[1]) < 0) return badarg(p);
    return make_bool(is_fun(args[0]) && fun_arity(args[0]) == small_value(args[1]));
}
EMBER_BIF(bif_is_record_2) {
    if (!is_atom(args[1])) return badarg(p);
    Term t = args[0];
    return make_bool(is_tuple(t) && tuple_arity(t) >= 1 && tuple_element(t, 0) == args[1]);
}
EMBER_BIF(bif_is_record_3) {
    if (!is_atom(args[1]) || !is_small(args[2])) return badarg(p);
    Term t = args[0];
    return make_bool(is_tuple(t) && static_cast<SWord>(tuple_arity(t)) == small_value(args[2]) &&
                     tuple_arity(t) >= 1 && tuple_element(t, 0) == args[1]);
}

EMBER_BIF(bif_element) {
    Term i = args[0], t = args[1];
    if (!is_small(i) || !is_tuple(t)) return badarg(p);
    SWord n = small_value(i);
    if (n < 1 || static_cast<Word>(n) > tuple_arity(t)) return badarg(p);
    return tuple_element(t, static_cast<Word>(n - 1));
}
EMBER_BIF(bif_setelement) {
    Term i = args[0], t = args[1];
    if (!is_small(i) || !is_tuple(t)) return badarg(p);
    SWord n = small_value(i);
    Word arity = tuple_arity(t);
    if (n < 1 || static_cast<Word>(n) > arity) return badarg(p);
    Term* hp = p->alloc(arity + 1);
    std::copy(boxed_ptr(t), boxed_ptr(t) + arity + 1, hp);
    hp[n] = args[2];
    return make_boxed(hp);
}
EMBER_BIF(bif_tuple_size) {
    if (!is_tuple(args[0])) return badarg(p);
    return make_small(static_cast<SWord>(tuple_arity(args[0])));
}
EMBER_BIF(bif_size) {
    if (is_tuple(args[0])) return make_small(static_cast<SWord>(tuple_arity(args[0])));
    if (is_bitstring(args[0])) return make_small(static_cast<SWord>(binary_ref(args[0]).byte_size()));
    return badarg(p);
}
EMBER_BIF(bif_byte_size) {
    if (!is_bitstring(args[0])) return badarg(p);
    return make_small(static_cast<SWord>((binary_ref(args[0]).bit_size + 7) / 8));
}
EMBER_BIF(bif_bit_size) {
    if (!is_bitstring(args[0])) return badarg(p);
    return make_small(static_cast<SWord>(binary_ref(args[0]).bit_size));
}
EMBER_BIF(bif_length) {
    std::int64_t n = list_length(args[0]);
    if (n < 0) return badarg(p);
    return make_small(n);
}
EMBER_BIF(bif_hd) {
    if (!is_list(args[0])) return badarg(p);
    return car(args[0]);
}
EMBER_BIF(bif_tl) {
    if (!is_list(args[0])) return badarg(p);
    return cdr(args[0]);
}
EMBER_BIF(bif_map_size) {
    if (!is_map(args[0])) {
        raise_error_args(p, make_tuple2(*p, am_badmap, args[0]));
        return kNonValue;
    }
    return make_small(static_cast<SWord>(map_size(args[0])));
}
EMBER_BIF(bif_map_get) {
    if (!is_map(args[1])) {
        raise_error_args(p, make_tuple2(*p, am_badmap, args[1]));
        return kNonValue;
    }
    Term v = map_get(args[1], args[0]);
    if (v == kNonValue) {
        raise_error_args(p, make_tuple2(*p, am_badkey, args[0]));
        return kNonValue;
    }
    return v;
}
EMBER_BIF(bif_is_map_key) {
    if (!is_map(args[1])) {
        raise_error_args(p, make_tuple2(*p, am_badmap, args[1]));
        return kNonValue;
    }
    return make_bool(map_get(args[1], args[0]) != kNonValue);
}

const BifSpec kBifs[] = {
    {"erlang", "+", 2, bif_plus, kCapPure},
    {"erlang", "-", 2, bif_minus, kCapPure},
    {"erlang", "*", 2, bif_times, kCapPure},
    {"erlang", "/", 2, bif_fdiv, kCapPure},
    {"erlang", "div", 2, bif_div, kCapPure},
    {"erlang", "rem", 2, bif_rem, kCapPure},
    {"erlang", "band", 2, bif_band, kCapPure},
    {"erlang", "bor", 2, bif_bor, kCapPure},
    {"erlang", "bxor", 2, bif_bxor, kCapPure},
    {"erlang", "bsl", 2, bif_bsl, kCapPure},
    {"erlang", "bsr", 2, bif_bsr, kCapPure},
    {"erlang", "bnot", 1, bif_bnot, kCapPure},
    {"erlang", "-", 1, bif_neg, kCapPure},
    {"erlang", "+", 1, bif_uplus, kCapPure},
    {"erlang", "abs", 1, bif_abs, kCapPure},
    {"erlang", "trunc", 1, bif_trunc, kCapPure},
    {"erlang", "round", 1, bif_round, kCapPure},
    {"erlang", "floor", 1, bif_floor, kCapPure},
    {"erlang", "ceil", 1, bif_ceil, kCapPure},
    {"erlang", "float", 1, bif_float_1, kCapPure},
    {"erlang", "==", 2, bif_eq, kCapPure},
    {"erlang", "/=", 2, bif_ne, kCapPure},
    {"erlang", "=:=", 2, bif_eqx, kCapPure},
    {"erlang", "=/=", 2, bif_nex, kCapPure},
    {"erlang", "<", 2, bif_lt, kCapPure},
    {"erlang", "=<", 2, bif_le, kCapPure},
    {"erlang", ">", 2, bif_gt, kCapPure},
    {"erlang", ">=", 2, bif_ge, kCapPure},
    {"erlang", "max", 2, bif_max, kCapPure},
    {"erlang", "min", 2, bif_min, kCapPure},
    {"erlang", "not", 1, bif_not, kCapPure},
    {"erlang", "and", 2, bif_and, kCapPure},
    {"erlang", "or", 2, bif_or, kCapPure},
    {"erlang", "xor", 2, bif_xor, kCapPure},
    {"erlang", "is_atom", 1, bif_is_atom, kCapPure},
    {"erlang", "is_binary", 1, bif_is_binary, kCapPure},
    {"erlang", "is_bitstring", 1, bif_is_bitstring, kCapPure},
    {"erlang", "is_boolean", 1, bif_is_boolean, kCapPure},
    {"erlang", "is_float", 1, bif_is_float, kCapPure},
    {"erlang", "is_function", 1, bif_is_function_1, kCapPure},
    {"erlang", "is_function", 2, bif_is_function_2, kCapPure},
    {"erlang", "is_integer", 1, bif_is_integer, kCapPure},
    {"erlang", "is_list", 1, bif_is_list, kCapPure},
    {"erlang", "is_map", 1, bif_is_map, kCapPure},
    {"erlang", "is_number", 1, bif_is_number, kCapPure},
    {"erlang", "is_pid", 1, bif_is_pid, kCapPure},
    {"erlang", "is_port", 1, bif_is_port, kCapPure},
    {"erlang", "is_reference", 1, bif_is_reference, kCapPure},
    {"erlang", "is_tuple", 1, bif_is_tuple, kCapPure},
    {"erlang", "is_record", 2, bif_is_record_2, kCapPure},
    {"erlang", "is_record", 3, bif_is_record_3, kCapPure},
    {"erlang", "element", 2, bif_element, kCapPure},
    {"erlang", "setelement", 3, bif_setelement, kCapPure},
    {"erlang", "tuple_size", 1, bif_tuple_size, kCapPure},
    {"erlang", "size", 1, bif_size, kCapPure},
    {"erlang", "byte_size", 1, bif_byte_size, kCapPure},
    {"erlang", "bit_size", 1, bif_bit_size, kCapPure},
    {"erlang", "length", 1, bif_length, kCapPure},
    {"erlang", "hd", 1, bif_hd, kCapPure},
    {"erlang", "tl", 1, bif_tl, kCapPure},
    {"erlang", "map_size", 1, bif_map_size, kCapPure},
    {"erlang", "map_get", 2, bif_map_get, kCapPure},
    {"erlang", "is_map_key", 2, bif_is_map_key, kCapPure},
};

}  // namespace

std::span<const BifSpec> erlang_guard_bifs() { return kBifs; }

}  // namespace ember::bifs
