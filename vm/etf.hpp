// External term format (OTP erts/doc "External Term Format"; erlang:term_to_binary/binary_to_term).
//
// Decoding is two passes over the bytes: etf_scan validates everything and counts the heap words the
// term needs (so bad input is rejected before anything is built), then etf_decode builds the term
// with a single allocation. Neither pass trusts any length or count in the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

enum class EtfDecodeOption : unsigned {
    None = 0,
    Safe = 1,  // binary_to_term(B, [safe]): refuse to create new atoms (and, as OTP, external funs)
};

struct EtfScan {
    bool ok = false;
    Word heap_words = 0;    // words of etf_decode's single block (maps of > 32 keys also go through
                            // map_from_pairs, which allocates on its own)
    std::size_t used = 0;   // bytes consumed, including the version byte
    std::string error;      // what was wrong and at which byte offset, when !ok
};

// Validates the term at data[0..size) (which starts with the version byte 131; a compressed term,
// tag 80, is inflated with zlib). Scans the first term only; `used` tells where it ended.
EtfScan etf_scan(const std::uint8_t* data, std::size_t size, EtfDecodeOption options = EtfDecodeOption::None);

// Builds the term (validating it again first, so it is safe on any input). Returns kNonValue, with the
// reason in *error if given, when the bytes are invalid, a map has duplicate keys (found only while
// building), or an atom could not be created (atom table full, or Safe and the atom is new).
Term etf_decode(HeapAllocator& heap, const std::uint8_t* data, std::size_t size,
                EtfDecodeOption options = EtfDecodeOption::None, std::string* error = nullptr);

struct EtfEncodeOptions {
    int compressed = 0;     // 0 = none, 1..9 zlib level (term_to_binary(T, [compressed]) is level 6)
    // 0: floats as 31-byte text; 1: NEW_FLOAT_EXT; 2: also every atom as UTF-8. Atoms that are not
    // Latin-1 are UTF-8 in all versions. OTP 25's default is 1 (checked against erl 25.2.3:
    // term_to_binary(abc) is <<131,100,0,3,97,98,99>>); OTP 26 changed it to 2.
    int minor_version = 1;
    bool deterministic = false;  // maps of > 32 keys in key order instead of hash order
};

// Appends the external format of `t` (version byte first) to `out`. Returns false (out unchanged) if
// `t` holds something with no external form (a match context or a closure without a fun entry).
bool etf_encode(Term t, std::vector<std::uint8_t>& out, const EtfEncodeOptions& options = {});

}  // namespace ember::vm
