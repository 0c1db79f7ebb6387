// OTP's term hash functions, bit-for-bit (OTP 25 erts/emulator/beam/utils.c: make_hash, make_hash2,
// make_internal_hash).
//
//  - make_hash2: erlang:phash2/1,2. Portable: the same value on every node and release.
//  - make_hash:  erlang:phash/2 (the old portable hash, still used by OTP's dict and sets modules, so
//                their printed layout depends on it).
//  - internal_hash: the hash of map keys in the HAMT (vm/map.hpp). Not portable: immediates (atoms,
//                pids, ...) are hashed by their raw term word, so atom keys depend on atom indices.
// Atoms hash by OTP's atom hash (hashpjw over the name, docs/terms.md), computed from the atom's text.
#pragma once

#include <cstdint>

#include "vm/term.hpp"

namespace ember::vm {

// make_hash2 (the full 32-bit value).
std::uint32_t make_hash2(Term t);
// make_hash (the full 32-bit value).
std::uint32_t make_hash(Term t);
// OTP's make_internal_hash(t, salt) (OTP 25: the seed is salt ^ 3432918353).
std::uint32_t internal_hash(Term t, std::uint32_t salt);
// OTP's make_map_hash(key, depth): the HAMT hash for levels 8*depth .. 8*depth+7. Depth 0 is
// internal_hash(key, 0); deeper levels salt it with a hash of the depth (found to match erl 25 on the
// 121 full 32-bit collisions among the integers 1..1,000,000).
std::uint32_t map_hash(Term key, std::uint32_t depth);
// OTP's atom hash (hashpjw with the "latin-1 clutch" for 2-byte UTF-8 sequences).
std::uint32_t atom_hash(Term atom);

// erlang:phash2(T) = make_hash2(T) band (2^27 - 1).
inline std::uint32_t phash2(Term t) { return make_hash2(t) & ((std::uint32_t(1) << 27) - 1); }
// erlang:phash2(T, Range), 1 =< Range =< 2^32 (the caller validates Range).
inline std::uint32_t phash2(Term t, std::uint64_t range) {
    return std::uint32_t(std::uint64_t(make_hash2(t)) % range);
}
// erlang:phash(T, Range), 1 =< Range =< 2^32: (make_hash(T) rem Range) + 1.
inline std::uint64_t phash(Term t, std::uint64_t range) { return std::uint64_t(make_hash(t)) % range + 1; }

}  // namespace ember::vm
