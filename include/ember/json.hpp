// JSON <-> term conversion for host payloads (docs/host_api.md "JSON"). Built on nlohmann/json; the
// mapping follows OTP 27's json module (json:decode/1, json:encode/1):
//
//   JSON            term
//   object          map with binary keys (encoding also takes atom keys, written as their names)
//   array           proper list
//   string          binary (UTF-8)
//   integer         integer (decoding: any that fits int64/uint64; larger ones are floats, as nlohmann)
//   fraction/exp    float
//   true/false/null the atoms true / false / null
//
// Encoding also writes other atoms as strings (as json:encode/1). Terms JSON cannot hold are errors
// (Errc::BadArg) whose message names the place ($.key[2]) and the kind: pids, ports, references,
// funs, tuples, improper lists, bitstrings that are not whole bytes, binaries that are not UTF-8,
// integers beyond 64 bits, map keys that are not binaries or atoms. Decoding fails on invalid JSON
// (byte offset in the message), on numbers that overflow a double (non-finite floats) and past 512 levels
// of nesting (as does encoding).
//
// Threads: like the term builders, callable from any thread, before or without a Runtime.
#pragma once

#include <string>
#include <string_view>

#include "ember/runtime.hpp"

namespace ember::json {

// The term for a JSON text (json:decode/1).
Result<OwnedTerm> decode(std::string_view text);
// The compact JSON text of a term (json:encode/1): no spaces; map keys in the term's map order.
Result<std::string> encode(const OwnedTerm& term);

}  // namespace ember::json
