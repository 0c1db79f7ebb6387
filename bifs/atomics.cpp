// Natives of the atomics and counters modules (OTP erts/emulator/beam/erl_bif_atomics.c and
// erl_bif_counters.c). As in OTP 25, only these are natives: atomics:put/3, get/2, add/3, add_get/3,
// exchange/3, compare_exchange/4, info/1, erts_internal:atomics_new/2 and erts_internal:counters_new/1,
// counters_get/2, counters_add/3, counters_put/3, counters_info/1. atomics:new/2, sub/3, sub_get/3 and
// the whole counters module are Erlang code in OTP's own atomics.beam / counters.beam, which Ember
// loads unchanged.
//
// Arrays: 64-bit cells, each updated with one atomic instruction (std::atomic_ref, sequentially
// consistent like OTP's erts_atomic64 *_mb operations). A cell holds the two's complement bits; a
// signed array reads them as int64, an unsigned one as uint64, and additions wrap modulo 2^64.
//
// The handle is a magic reference (vm/magic_ref.hpp), as OTP's: is_reference/1 holds, and the array is
// freed when the last term naming it is garbage collected (or its last holder exits).
//
// Error rules, as erl 25: a handle that is not an array of the right kind, an index outside 1..size, or
// a value outside the array's range is badarg. Increments (add, add_get, counters_add) may be any
// integer in -2^63..2^64-1 for both kinds. new/2 of a size >= 2^64 is system_limit.
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <thread>

#include "bifs/bif.hpp"
#include "vm/bignum.hpp"
#include "vm/magic_ref.hpp"
#include "vm/map.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

enum class ArrayKind : std::uint8_t { Atomics, Counters };

// One array, the object of its magic references. `cells` is calloc'd (zeroed lazily by the kernel for
// big arrays) and accessed only through std::atomic_ref.
struct AtomicsArray final : MagicObject {
    ArrayKind kind;
    bool is_signed;
    std::size_t size;
    std::uint64_t* cells;  // owned

    AtomicsArray(ArrayKind k, bool s, std::size_t n, std::uint64_t* c) : kind(k), is_signed(s), size(n), cells(c) {}
    AtomicsArray(const AtomicsArray&) = delete;
    AtomicsArray& operator=(const AtomicsArray&) = delete;
    ~AtomicsArray() { std::free(cells); }
    std::atomic_ref<std::uint64_t> cell(std::size_t i) { return std::atomic_ref<std::uint64_t>(cells[i]); }
};

void destroy_array(MagicObject* obj) { delete static_cast<AtomicsArray*>(obj); }

// The array named by `handle`, if it is a reference made by new for this kind of array. The caller's
// term keeps the array alive while the BIF runs.
AtomicsArray* lookup(Term handle, ArrayKind kind) {
    AtomicsArray* a = magic_object_as<AtomicsArray>(handle, destroy_array);
    return a != nullptr && a->kind == kind ? a : nullptr;
}

// A 1-based index into `a`, as a 0-based cell number; false if not an integer in 1..size.
bool index_arg(const AtomicsArray& a, Term t, std::size_t* out) {
    if (!is_small(t)) return false;
    SWord i = small_value(t);
    if (i < 1 || std::uint64_t(i) > a.size) return false;
    *out = std::size_t(i - 1);
    return true;
}

// A value storable in `a` (put, exchange, compare_exchange), as cell bits.
bool value_arg(const AtomicsArray& a, Term t, std::uint64_t* out) {
    if (a.is_signed) {
        std::int64_t v;
        if (!integer_to_int64(t, &v)) return false;
        *out = std::uint64_t(v);
        return true;
    }
    return integer_to_uint64(t, out);
}

// An increment: any integer in -2^63..2^64-1, as its bits modulo 2^64.
bool increment_arg(Term t, std::uint64_t* out) {
    std::int64_t v;
    if (integer_to_int64(t, &v)) {
        *out = std::uint64_t(v);
        return true;
    }
    return integer_to_uint64(t, out);
}

Term cell_term(Process* p, const AtomicsArray& a, std::uint64_t bits) {
    return a.is_signed ? make_integer(*p, std::int64_t(bits)) : make_integer_u64(*p, bits);
}

// Creates an array and its reference. Size: a positive integer; >= 2^64 (or too big to allocate) is
// system_limit, anything else badarg.
Term new_array(Process* p, Term size_term, ArrayKind kind, bool is_signed) {
    std::uint64_t size;
    if (!integer_to_uint64(size_term, &size)) {
        if (is_bignum(size_term) && !bignum_negative(size_term)) {
            raise_error_args(p, am_system_limit);
            return kNonValue;
        }
        return badarg(p);
    }
    if (size == 0) return badarg(p);
    void* cells = size <= (std::uint64_t(1) << 56) ? std::calloc(size, sizeof(std::uint64_t)) : nullptr;
    if (cells == nullptr) {
        raise_error_args(p, am_system_limit);
        return kNonValue;
    }
    auto* a = new AtomicsArray(kind, is_signed, std::size_t(size), static_cast<std::uint64_t*>(cells));
    return adopt_as_magic_ref(*p, a, destroy_array);
}

// ---- atomics --------------------------------------------------------------------------------------

// erts_internal:atomics_new(Arity, EncodedOpts): bit 0 of the options = signed.
EMBER_BIF(bif_atomics_new_2) {
    std::uint64_t opts;
    if (!integer_to_uint64(args[1], &opts)) return badarg(p);
    return new_array(p, args[0], ArrayKind::Atomics, (opts & 1) != 0);
}

EMBER_BIF(bif_atomics_get_2) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Atomics);
    std::size_t i;
    if (a == nullptr || !index_arg(*a, args[1], &i)) return badarg(p);
    return cell_term(p, *a, a->cell(i).load());
}

EMBER_BIF(bif_atomics_put_3) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Atomics);
    std::size_t i;
    std::uint64_t v;
    if (a == nullptr || !index_arg(*a, args[1], &i) || !value_arg(*a, args[2], &v)) return badarg(p);
    a->cell(i).store(v);
    return am_ok;
}

EMBER_BIF(bif_atomics_add_3) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Atomics);
    std::size_t i;
    std::uint64_t v;
    if (a == nullptr || !index_arg(*a, args[1], &i) || !increment_arg(args[2], &v)) return badarg(p);
    a->cell(i).fetch_add(v);
    return am_ok;
}

EMBER_BIF(bif_atomics_add_get_3) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Atomics);
    std::size_t i;
    std::uint64_t v;
    if (a == nullptr || !index_arg(*a, args[1], &i) || !increment_arg(args[2], &v)) return badarg(p);
    return cell_term(p, *a, a->cell(i).fetch_add(v) + v);
}

EMBER_BIF(bif_atomics_exchange_3) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Atomics);
    std::size_t i;
    std::uint64_t v;
    if (a == nullptr || !index_arg(*a, args[1], &i) || !value_arg(*a, args[2], &v)) return badarg(p);
    return cell_term(p, *a, a->cell(i).exchange(v));
}

// Returns ok if the cell held Expected (and now holds Desired), else the value it holds.
EMBER_BIF(bif_atomics_compare_exchange_4) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Atomics);
    std::size_t i;
    std::uint64_t expected, desired;
    if (a == nullptr || !index_arg(*a, args[1], &i) || !value_arg(*a, args[2], &expected) ||
        !value_arg(*a, args[3], &desired))
        return badarg(p);
    if (a->cell(i).compare_exchange_strong(expected, desired)) return am_ok;
    return cell_term(p, *a, expected);
}

// #{size, max, min, memory}; memory as OTP reports it (a 40-byte header plus the cells).
EMBER_BIF(bif_atomics_info_1) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Atomics);
    if (a == nullptr) return badarg(p);
    auto& atoms = AtomTable::global();
    Term keys[4] = {atoms.intern("size"), atoms.intern("max"), atoms.intern("min"), atoms.intern("memory")};
    Term values[4] = {
        make_integer_u64(*p, a->size),
        a->is_signed ? make_integer(*p, INT64_MAX) : make_integer_u64(*p, UINT64_MAX),
        a->is_signed ? make_integer(*p, INT64_MIN) : make_small(0),
        make_integer_u64(*p, 40 + 8 * std::uint64_t(a->size)),
    };
    return map_from_pairs(*p, keys, values, 4);
}

// ---- counters (write_concurrency) ---------------------------------------------------------------
// OTP spreads these over per-scheduler cache lines; here they are plain atomic cells, which gives the
// same results (counters are signed 64-bit, wrapping).

EMBER_BIF(bif_counters_new_1) { return new_array(p, args[0], ArrayKind::Counters, true); }

EMBER_BIF(bif_counters_get_2) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Counters);
    std::size_t i;
    if (a == nullptr || !index_arg(*a, args[1], &i)) return badarg(p);
    return cell_term(p, *a, a->cell(i).load());
}

EMBER_BIF(bif_counters_add_3) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Counters);
    std::size_t i;
    std::uint64_t v;
    if (a == nullptr || !index_arg(*a, args[1], &i) || !increment_arg(args[2], &v)) return badarg(p);
    a->cell(i).fetch_add(v);
    return am_ok;
}

EMBER_BIF(bif_counters_put_3) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Counters);
    std::size_t i;
    std::uint64_t v;
    if (a == nullptr || !index_arg(*a, args[1], &i) || !value_arg(*a, args[2], &v)) return badarg(p);
    a->cell(i).store(v);
    return am_ok;
}

// #{size, memory}; memory estimated as OTP lays the counters out: one 64-byte-aligned slice per
// scheduler plus one, and a 32-byte header.
EMBER_BIF(bif_counters_info_1) {
    AtomicsArray* a = lookup(args[0], ArrayKind::Counters);
    if (a == nullptr) return badarg(p);
    std::uint64_t schedulers = std::max(1u, std::thread::hardware_concurrency());
    std::uint64_t slice = (8 * std::uint64_t(a->size) + 63) / 64 * 64;
    auto& atoms = AtomTable::global();
    Term keys[2] = {atoms.intern("size"), atoms.intern("memory")};
    Term values[2] = {make_integer_u64(*p, a->size), make_integer_u64(*p, 32 + (schedulers + 1) * slice)};
    return map_from_pairs(*p, keys, values, 2);
}

const BifSpec kBifs[] = {
    {"erts_internal", "atomics_new", 2, bif_atomics_new_2, kCapPure},
    {"atomics", "get", 2, bif_atomics_get_2, kCapPure},
    {"atomics", "put", 3, bif_atomics_put_3, kCapPure},
    {"atomics", "add", 3, bif_atomics_add_3, kCapPure},
    {"atomics", "add_get", 3, bif_atomics_add_get_3, kCapPure},
    {"atomics", "exchange", 3, bif_atomics_exchange_3, kCapPure},
    {"atomics", "compare_exchange", 4, bif_atomics_compare_exchange_4, kCapPure},
    {"atomics", "info", 1, bif_atomics_info_1, kCapPure},
    {"erts_internal", "counters_new", 1, bif_counters_new_1, kCapPure},
    {"erts_internal", "counters_get", 2, bif_counters_get_2, kCapPure},
    {"erts_internal", "counters_add", 3, bif_counters_add_3, kCapPure},
    {"erts_internal", "counters_put", 3, bif_counters_put_3, kCapPure},
    {"erts_internal", "counters_info", 1, bif_counters_info_1, kCapPure},
};

}  // namespace

std::span<const BifSpec> atomics_bifs() { return kBifs; }

}  // namespace ember::bifs
