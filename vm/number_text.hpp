// Numbers to text and back, as erl's integer_to_list/2, list_to_integer/2, string:to_integer/1,
// float_to_list/1,2, io_lib's ~w/~p for floats, list_to_float/1 and string:to_float/1
// (OTP erts/emulator/beam/erl_bif_*.c, big.c, erts/emulator/ryu/d2s.c, sys/common/erl_sys_common_misc.c).
//
// Functions here take bytes (Latin-1 / ASCII text) and never look at Erlang lists or binaries; the BIFs
// convert their argument first. Errors are reported as false / kNonValue with a reason, never a crash.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

// ---- integers -----------------------------------------------------------------------------------------
// Text of an integer term (small or bignum) in `base` (2..36), upper-case letters, '-' for negatives:
// integer_to_list(-255, 16) is "-FF". The caller validates the base (erl raises badarg otherwise).
std::string integer_to_string(Term integer, int base = 10);
void append_integer_text(std::string& out, Term integer, int base = 10);

// list_to_integer/2, binary_to_integer/2: optional '+' or '-', then one or more digits of `base` (either
// case), and nothing else. Returns the integer, or kNonValue with *reason = badarg (bad text or base
// outside 2..36) or system_limit (more than kMaxBignumLimbs limbs).
Term parse_integer(HeapAllocator& heap, std::string_view text, int base, Term* reason);

// The longest prefix of `text` that is an integer as above (string:to_integer/1 uses base 10): returns it
// and stores the number of bytes used in *consumed. kNonValue with *reason = badarg and *consumed = 0
// when the text does not start with an integer ("", "-", "abc", " 1"); system_limit when too big.
Term parse_integer_prefix(HeapAllocator& heap, std::string_view text, int base, std::size_t* consumed,
                          Term* reason);

// ---- floats to text -----------------------------------------------------------------------------------
// float_to_list/2 options. The default (float_to_list/1, or no decimals/scientific/short option) is
// {scientific, 20}. The last of decimals/scientific/short wins; compact only affects decimals.
struct FloatFormat {
    enum class Kind { Scientific, Decimals, Short };
    Kind kind = Kind::Scientific;
    int precision = 20;  // digits after the point: decimals 0..253, scientific 0..249
    bool compact = false;
};
inline constexpr int kMaxFloatDecimals = 253;
inline constexpr int kMaxFloatScientific = 249;
inline constexpr std::size_t kMaxFloatTextLength = 255;  // erl's 256-byte buffer, NUL included

// Reads a float_to_list/2 option list (a proper list of short, compact, {decimals, 0..253},
// {scientific, 0..249}); false when erl raises badarg.
bool parse_float_format_options(Term options, FloatFormat* out);

// float_to_list(D, Options) text. False when erl raises badarg: the text would be longer than
// kMaxFloatTextLength characters (e.g. 1.0e300 with {decimals, 2}), or `d` is not finite.
bool float_to_text(double d, const FloatFormat& format, std::string* out);

// float_to_list(D, [short]), io_lib:format("~w"/"~p"): the shortest digits that read back as D, in fixed
// notation when that is not longer than the scientific one ("0.1", "100.0", "1234567.0", "1.0e5",
// "1.0e-5", "1.2345678901234568e17", "5.0e-324"); see docs/numbers.md for the exact rule.
std::string float_to_text_short(double d);
void append_float_short(std::string& out, double d);

// ---- text to floats -----------------------------------------------------------------------------------
// list_to_float/1, binary_to_float/1: [+-]digits.digits([eE][+-]digits)? and nothing else ("1", "1.",
// ".5", "1e5" are errors). Correctly rounded; false on bad syntax or a result too large for a double
// (underflow gives 0.0 or a subnormal, like erl).
bool parse_float(std::string_view text, double* out);

// string:to_float/1: the longest prefix of that form; an exponent is taken only when complete ("1.5e"
// reads 1.5 and leaves "e"). False (and *consumed = 0) when there is none.
bool parse_float_prefix(std::string_view text, double* out, std::size_t* consumed);

}  // namespace ember::vm
