// Terms for hosts of libember: building terms to send to guest processes, reading terms that come back,
// and process identifiers. Part of the public API (include <ember/runtime.hpp>, which includes this).
//
// Every term a host holds is an ember::OwnedTerm (vm/owned_term.hpp): an immutable deep copy that lives
// outside every process heap, so it stays valid after garbage collections and after the process it came
// from has exited, and may be copied to and read from any thread. Copying a handle is one atomic
// increment; the last handle frees the storage.
//
// Errors: builders never throw on bad input. A builder given input it cannot represent (an atom longer
// than 255 characters or not valid UTF-8, invalid external-format bytes, ...) or given an argument that
// is itself not a value returns a handle with is_value() == false. Readers return std::nullopt when the
// term is not of the kind asked for. Runtime calls given a non-value term fail with Errc::BadArg.
//
// Threads: every function here is thread-safe and may be used before a Runtime exists (atoms go into
// the process-wide atom table, which is never garbage collected: as in erl, do not make atoms from
// unbounded input).
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vm/owned_term.hpp"

namespace ember {

using OwnedTerm = vm::OwnedTerm;

// A local process identifier as the host sees it: the pid's number, which Ember never reuses (pids
// print as <0.Number.0>, like erl's local pids). Pid{0} is never a process: it is the `From` a guest
// sees in {'EXIT', From, Reason} when the host sends it an exit signal (Runtime::terminate).
struct Pid {
    std::uint64_t number = 0;

    static constexpr Pid host() { return Pid{0}; }
    // "<0.Number.0>", as erl prints a local pid.
    std::string to_string() const;
    auto operator<=>(const Pid&) const = default;
};

namespace term {

// ---- building ----------------------------------------------------------------------------------------

// An atom from UTF-8 text (at most 255 characters, as OTP). Non-value if too long or not UTF-8.
OwnedTerm atom(std::string_view utf8);
// Any 64-bit integer (a bignum when it does not fit a small integer); Erlang integers are unbounded,
// larger ones can be made with from_etf.
OwnedTerm integer(std::int64_t value);
OwnedTerm unsigned_integer(std::uint64_t value);
// A float. Non-value for NaN and infinities, which Erlang floats cannot hold.
OwnedTerm float64(double value);
// A binary holding a copy of the bytes (<<...>>).
OwnedTerm binary(std::span<const std::uint8_t> bytes);
OwnedTerm binary(std::string_view bytes);
// A string as Erlang sees "...": a list of Unicode code points from UTF-8 text. Non-value if not UTF-8.
OwnedTerm charlist(std::string_view utf8);
// {E1, ..., En} (n may be 0).
OwnedTerm tuple(std::span<const OwnedTerm> elements);
OwnedTerm tuple(std::initializer_list<OwnedTerm> elements);
// [E1, ..., En | Tail]; a proper list when `tail` is [] (the default).
OwnedTerm list(std::span<const OwnedTerm> elements, const OwnedTerm& tail = OwnedTerm());
OwnedTerm list(std::initializer_list<OwnedTerm> elements);
OwnedTerm nil();  // []
OwnedTerm pid(Pid p);
// The term encoded by `bytes` in the external term format (erlang:binary_to_term/1; the bytes start with
// the version byte 131). Non-value, with the reason in *error when given, for invalid bytes. Trailing
// bytes after the term are an error, as binary_to_term/1.
OwnedTerm from_etf(std::span<const std::uint8_t> bytes, std::string* error = nullptr);

// ---- reading -----------------------------------------------------------------------------------------

// erlang:term_to_binary/1 (OTP 25 defaults: minor version 1, uncompressed). nullopt for a non-value or a
// term with no external form.
std::optional<std::vector<std::uint8_t>> to_etf(const OwnedTerm& t);
// The atom's name (UTF-8), or nullopt if `t` is not an atom.
std::optional<std::string> atom_name(const OwnedTerm& t);
// The integer's value if it is an integer that fits (int64 / uint64).
std::optional<std::int64_t> to_int64(const OwnedTerm& t);
std::optional<std::uint64_t> to_uint64(const OwnedTerm& t);
std::optional<double> to_double(const OwnedTerm& t);  // floats only
// The bytes of a binary (not of a bitstring whose size is not a whole number of bytes).
std::optional<std::string> binary_bytes(const OwnedTerm& t);
std::optional<Pid> to_pid(const OwnedTerm& t);  // local pids only
// Elements of a tuple / a proper list, each an independent copy (O(size of the term)).
std::optional<std::vector<OwnedTerm>> tuple_elements(const OwnedTerm& t);
std::optional<std::vector<OwnedTerm>> list_elements(const OwnedTerm& t);
// Exact equality, as =:= (false if either is not a value).
bool equal(const OwnedTerm& a, const OwnedTerm& b);
// io_lib:format("~w", [T]) text; "THE_NON_VALUE" for a non-value. Same as t.to_string().
std::string to_string(const OwnedTerm& t);

}  // namespace term
}  // namespace ember

template <>
struct std::hash<ember::Pid> {
    std::size_t operator()(const ember::Pid& p) const noexcept { return std::hash<std::uint64_t>()(p.number); }
};
