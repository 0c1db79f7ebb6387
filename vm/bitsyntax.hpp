// Bit syntax: binary construction and matching (OTP erl_bits.c, beam_bs_*; the instructions are
// bs_create_bin, bs_start_match3/4, bs_get_*, bs_skip_*, bs_test_*, bs_match_string, bs_get_tail,
// bs_get_position, bs_set_position).
//
// Match context term: [header arity=3, MatchContext][bitstring term being matched][position, raw bits]
// [end, raw bits]. Positions are bit offsets from the start of the matched bitstring (not of the
// underlying binary), so the context survives a GC that moves the binary. Only word 1 is a term.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

struct Process;

// Segment flags, as in BEAM's field flags operand (and as the loader encodes bs_create_bin's flag lists).
enum BsFlags : unsigned {
    kBsAligned = 1,
    kBsLittle = 2,
    kBsSigned = 4,
    kBsExact = 8,
    kBsNative = 16,
};

inline constexpr Word kMatchContextWords = 4;

// ---- matching: every function returns false when the match fails (a jump, never an exception) ----
// A new match context for `src`, or the same context if src already is one. kNonValue if src is not
// a bitstring. Allocates kMatchContextWords on `heap`.
Term bs_start_match(HeapAllocator& heap, Term src);
Word bs_match_remaining(Term ctx);  // bits left
// `bits` is the segment size already multiplied by the unit.
bool bs_get_integer(HeapAllocator& heap, Term ctx, Word bits, unsigned flags, Term* out);
bool bs_get_float(HeapAllocator& heap, Term ctx, Word bits, unsigned flags, Term* out);  // 16/32/64; 0 -> 0.0
bool bs_get_binary(HeapAllocator& heap, Term ctx, Word bits, Term* out);  // sub binary
bool bs_get_binary_all(HeapAllocator& heap, Term ctx, Word unit, Term* out);  // rest; size % unit == 0
bool bs_skip_bits(Term ctx, Word bits);
bool bs_skip_all(Term ctx, Word unit);
bool bs_test_tail(Term ctx, Word bits);  // exactly `bits` bits left
bool bs_test_unit(Term ctx, Word unit);  // bits left divisible by unit
bool bs_match_string(Term ctx, Word bits, const std::uint8_t* bytes);
bool bs_get_utf8(Term ctx, Term* out);
bool bs_get_utf16(Term ctx, unsigned flags, Term* out);
bool bs_get_utf32(Term ctx, unsigned flags, Term* out);
Term bs_get_tail(HeapAllocator& heap, Term ctx);  // the rest as a sub binary
Term bs_get_position(Term ctx);  // small integer
void bs_set_position(Term ctx, Term position);

// ---- construction ----
enum class BsSegmentType : std::uint8_t {
    Integer, Float, Binary, BinaryAll /* size 'all' */, Utf8, Utf16, Utf32, String, Append, PrivateAppend
};
struct BsSegment {
    BsSegmentType type;
    unsigned flags;
    Word unit;              // size unit
    Term value;             // the value to put (for String: unused)
    Term size;              // size term (small integer, or am_all / kNil when not applicable)
    const std::uint8_t* string = nullptr;  // String: bytes in the module's string table
    Word string_bytes = 0;
    std::uint32_t number = 0;  // the segment's number in the source (1-based; 0 = unknown)
};

// Builds the bitstring described by the segments (bs_create_bin). On a bad segment returns kNonValue
// and sets *bad_segment to its index and *reason to the error reason (badarg, or system_limit for
// sizes that cannot be represented), as OTP raises them.
Term bs_create_bin(HeapAllocator& heap, const BsSegment* segments, std::size_t count, std::size_t* bad_segment,
                   Term* reason);

// The full story of a failed bs_create_bin, for OTP 24+ error_info: erl reports it as
// #{cause => {SegmentNumber (1-based), TypeName, KindName, Value}} (see erl_erts_errors:format_bs_fail).
enum class BsCreateErrorKind : std::uint8_t {
    Type,     // value of the wrong type (or an invalid code point for utf segments)
    Size,     // size is not a non-negative integer (badarg) or too large (system_limit)
    Short,    // binary segment with a size larger than the binary
    Unit,     // binary 'all' / append segment whose bit size is not a multiple of the unit
    Invalid,  // float segment whose size is not 16, 32 or 64 (value = the size in bits)
    NoFloat,  // float segment given an integer too large for a double
};
struct BsCreateError {
    std::size_t segment = 0;                          // zero-based index of the failing segment
    Term reason = kNonValue;                          // am_badarg or am_system_limit
    BsCreateErrorKind kind = BsCreateErrorKind::Type;
    Term value = kNonValue;                           // the offending term (size term for Size errors)
};
// A first segment of type Append/PrivateAppend appends in place when its value is the newest version
// of a writable binary (vm/binary.hpp; docs/bitsyntax.md "Appending").
Term bs_create_bin(HeapAllocator& heap, const BsSegment* segments, std::size_t count, BsCreateError* error);
// The same, also giving the bytes an in-place append enlarged the binary by (0 otherwise), which the
// bs_create_bin instruction charges to the process's virtual binary heap.
Term bs_create_bin_grown(HeapAllocator& heap, const BsSegment* segments, std::size_t count, BsCreateError* error,
                         std::size_t* grown_bytes);
// bs_init_writable: an empty writable binary (a version to append to) with room for `size_hint` bytes
// when that is a non-negative small integer (capped), else 1024 bytes (as OTP).
Term bs_init_writable(HeapAllocator& heap, Term size_hint);
// ---- construction before bs_create_bin (erlc +no_bs_create_bin, OTP 22-24 compilers) ----
// bs_init2/bs_init_bits/bs_append/bs_private_append open a buffer; the bs_put_* instructions after them
// write at the next bit (OTP erl_bits.c erts_current_bin/erts_bin_offset). The state lives on the
// process (Process::bs_put) and is cleared by a GC, which may move a heap binary under it.
struct BsPutState {
    std::uint8_t* base = nullptr;  // zeroed bytes being written (nullptr: no construction open)
    std::size_t offset = 0;        // next bit
    std::size_t limit = 0;         // bits the buffer holds
};
// Largest bitstring a construction builds (2^47 bytes); above it the result is system_limit.
inline constexpr Word kBsMaxCreateBits = Word(1) << 50;
// Heap words bs_init_bits(bits) allocates.
Word bs_init_heap_words(std::size_t bits);
// A zeroed bitstring of `bits` bits (a sub binary over a heap/refc binary when not whole bytes), opened
// for the puts. Precondition: bits <= kBsMaxCreateBits.
Term bs_init_bits(HeapAllocator& heap, std::size_t bits, BsPutState& st);
// Heap words bs_append_open allocates at most (a new refc term and the version's sub binary).
inline constexpr Word kBsAppendHeapWords = 10;
// `bin` followed by `add_bits` bits still to be put: in place when `bin` is the newest version of a
// writable binary, else a copy into a new writable one (OTP erts_bs_append). kNonValue (badarg) if
// `bin` is not a bitstring or its size is not a multiple of `unit`, system_limit in *reason when too
// large. `grown` receives bytes added to a writable block in place.
Term bs_append_open(HeapAllocator& heap, Term bin, std::size_t add_bits, Word unit, BsPutState& st,
                    std::size_t* grown, Term* reason);
// bs_put_*: checks and writes one segment at st.offset, as bs_create_bin would. False (with *reason)
// on a bad value or size, or when the segment does not fit what the construction opened.
bool bs_put_segment(BsPutState& st, const BsSegment& s, Term* reason);

// Names as erl's cause tuple spells them: "type", "size", "short", "unit", "invalid", "no_float".
const char* bs_create_error_kind_name(BsCreateErrorKind kind);
// "integer", "float", "binary" (also for append segments), "utf8", "utf16", "utf32", "string".
const char* bs_segment_type_name(BsSegmentType type);

// IEEE half precision conversions used by 16-bit float segments (round to nearest even, as erl).
std::uint16_t bs_double_to_half(double d);
double bs_half_to_double(std::uint16_t h);

}  // namespace ember::vm
