// Tagged 64-bit term words, BEAM layout (OTP erts/emulator/beam/erl_term.h).
//
// Every Erlang value is one 64-bit word. The two low bits are the primary tag:
//
//   ...pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp00   header (heap only)
//   ...pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp01   list: pointer to a cons cell
//   ...pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp10   boxed: pointer to a header
//   ...vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv11   immediate
//
// Immediates (bits 0-3 = immediate-1 tag, bits 0-5 = immediate-2 tag):
//
//   vvvv...vvvv 0011   local pid      (pid number << 4)
//   vvvv...vvvv 0111   local port     (port number << 4)
//   vvvv...vvvv 1111   small integer  (60-bit two's complement value << 4)
//   vvvv...vv 00 1011  atom           (atom index << 6)
//   vvvv...vv 01 1011  catch          (catch-table index << 6; only on the stack)
//   0000...00 11 1011  [] (nil)
//
// Header words (first word of every boxed object), subtag in bits 2-5, arity in bits 6-63; the arity is
// always the number of words that follow the header, so the GC can copy any boxed object it does not
// understand:
//
//   aaaa...aaaa 0000 00  tuple           arity = element count
//   aaaa...aaaa 0001 00  match context   (bs_start_match3/4)
//   aaaa...aaaa 0010 00  positive bignum arity = limb count
//   aaaa...aaaa 0011 00  negative bignum arity = limb count
//   aaaa...aaaa 0100 00  local reference
//   aaaa...aaaa 0101 00  fun (closure)
//   aaaa...aaaa 0110 00  float           arity = 1
//   aaaa...aaaa 0111 00  export fun      arity = 1
//   aaaa...aaaa 1000 00  refc binary     (off-heap data, on the process's off-heap list)
//   aaaa...aaaa 1001 00  heap binary     (<= 64 bytes inline)
//   aaaa...aaaa 1010 00  sub binary
//   aaaa...aaaa 1011 00  (unused)
//   aaaa...aaaa 1100 00  external pid
//   aaaa...aaaa 1101 00  external port
//   aaaa...aaaa 1110 00  external reference
//   aaaa...aaaa 1111 00  map
//
// THE_NON_VALUE (kNonValue) is the word 0: it never appears as a term in a register, a heap cell or a
// message. A BIF returns it to say "an exception was raised; the reason is on the process".
#pragma once

#include <bit>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace ember::vm {

using Term = std::uint64_t;
using Word = std::uint64_t;
using SWord = std::int64_t;

#ifdef EMBER_TERM_CHECKS
#define EMBER_TERM_ASSERT(cond) assert(cond)
#else
#define EMBER_TERM_ASSERT(cond) ((void)0)
#endif

inline constexpr Term kNonValue = 0;

// ---- primary tags -------------------------------------------------------------------------------------
inline constexpr Word kTagPrimaryMask = 0x3;
inline constexpr Word kTagHeader = 0x0;
inline constexpr Word kTagList = 0x1;
inline constexpr Word kTagBoxed = 0x2;
inline constexpr Word kTagImmed1 = 0x3;

inline constexpr Word kImmed1Mask = 0xF;
inline constexpr Word kImmed1Pid = 0x3;
inline constexpr Word kImmed1Port = 0x7;
inline constexpr Word kImmed1Immed2 = 0xB;
inline constexpr Word kImmed1Small = 0xF;

inline constexpr Word kImmed2Mask = 0x3F;
inline constexpr Word kImmed2Atom = 0x0B;
inline constexpr Word kImmed2Catch = 0x1B;
inline constexpr Word kImmed2Nil = 0x3B;

inline constexpr Term kNil = kImmed2Nil;

constexpr Word primary_tag(Term t) { return t & kTagPrimaryMask; }
constexpr bool is_immed(Term t) { return primary_tag(t) == kTagImmed1; }
constexpr bool is_list(Term t) { return primary_tag(t) == kTagList; }  // non-empty list (cons)
constexpr bool is_boxed(Term t) { return primary_tag(t) == kTagBoxed; }
constexpr bool is_header(Term t) { return primary_tag(t) == kTagHeader; }
constexpr bool is_nil(Term t) { return t == kNil; }
constexpr bool is_value(Term t) { return t != kNonValue; }

// ---- small integers -----------------------------------------------------------------------------------
inline constexpr int kSmallBits = 60;
inline constexpr SWord kMaxSmall = (SWord(1) << (kSmallBits - 1)) - 1;
inline constexpr SWord kMinSmall = -(SWord(1) << (kSmallBits - 1));

constexpr bool is_small(Term t) { return (t & kImmed1Mask) == kImmed1Small; }
constexpr bool fits_small(SWord v) { return v >= kMinSmall && v <= kMaxSmall; }
constexpr Term make_small(SWord v) {
    EMBER_TERM_ASSERT(fits_small(v));
    return (Word(v) << 4) | kImmed1Small;
}
constexpr SWord small_value(Term t) {
    EMBER_TERM_ASSERT(is_small(t));
    return SWord(t) >> 4;
}

// ---- atoms --------------------------------------------------------------------------------------------
constexpr bool is_atom(Term t) { return (t & kImmed2Mask) == kImmed2Atom; }
constexpr Term make_atom(Word index) { return (index << 6) | kImmed2Atom; }
constexpr Word atom_index(Term t) {
    EMBER_TERM_ASSERT(is_atom(t));
    return t >> 6;
}

// ---- catch markers (stack only) -----------------------------------------------------------------------
constexpr bool is_catch(Term t) { return (t & kImmed2Mask) == kImmed2Catch; }
constexpr Term make_catch(Word index) { return (index << 6) | kImmed2Catch; }
constexpr Word catch_index(Term t) { return t >> 6; }

// ---- pids and ports -----------------------------------------------------------------------------------
// A local pid carries a 60-bit number from a monotonic counter; pid numbers are never reused, so an
// exit tombstone can tell "never spawned" from "evicted". Printed as <0.N.0>.
constexpr bool is_local_pid(Term t) { return (t & kImmed1Mask) == kImmed1Pid; }
constexpr Term make_pid(Word number) { return (number << 4) | kImmed1Pid; }
constexpr Word pid_number(Term t) { return t >> 4; }
constexpr bool is_local_port(Term t) { return (t & kImmed1Mask) == kImmed1Port; }
constexpr Term make_port(Word number) { return (number << 4) | kImmed1Port; }
constexpr Word port_number(Term t) { return t >> 4; }

// ---- pointers -----------------------------------------------------------------------------------------
inline Term* list_ptr(Term t) {
    EMBER_TERM_ASSERT(is_list(t));
    return reinterpret_cast<Term*>(t - kTagList);
}
inline Term make_list(const Term* cell) { return reinterpret_cast<Word>(cell) | kTagList; }
inline Term* boxed_ptr(Term t) {
    EMBER_TERM_ASSERT(is_boxed(t));
    return reinterpret_cast<Term*>(t - kTagBoxed);
}
inline Term make_boxed(const Term* header) { return reinterpret_cast<Word>(header) | kTagBoxed; }
inline Term car(Term list) { return list_ptr(list)[0]; }
inline Term cdr(Term list) { return list_ptr(list)[1]; }

// ---- headers ------------------------------------------------------------------------------------------
enum class Subtag : std::uint8_t {
    Tuple = 0x0,
    MatchContext = 0x1,
    PosBignum = 0x2,
    NegBignum = 0x3,
    Ref = 0x4,
    Fun = 0x5,
    Float = 0x6,
    Export = 0x7,
    RefcBinary = 0x8,
    HeapBinary = 0x9,
    SubBinary = 0xA,
    ExternalPid = 0xC,
    ExternalPort = 0xD,
    ExternalRef = 0xE,
    Map = 0xF,
};

constexpr Term make_header(Word arity, Subtag subtag) { return (arity << 6) | (Word(subtag) << 2) | kTagHeader; }
constexpr Subtag header_subtag(Term header) { return Subtag((header >> 2) & 0xF); }
constexpr Word header_arity(Term header) { return header >> 6; }

inline Term boxed_header(Term t) { return *boxed_ptr(t); }
inline Subtag boxed_subtag(Term t) { return header_subtag(boxed_header(t)); }
inline bool is_boxed_of(Term t, Subtag s) { return is_boxed(t) && boxed_subtag(t) == s; }

// ---- tuples: [header arity=N][e1]...[eN] --------------------------------------------------------------
inline bool is_tuple(Term t) { return is_boxed_of(t, Subtag::Tuple); }
inline Word tuple_arity(Term t) { return header_arity(boxed_header(t)); }
inline Term* tuple_elements(Term t) { return boxed_ptr(t) + 1; }  // zero-based
inline Term tuple_element(Term t, Word i) { return boxed_ptr(t)[1 + i]; }  // zero-based

// ---- floats: [header arity=1][IEEE double bits] -------------------------------------------------------
inline constexpr Word kFloatWords = 2;
inline bool is_float(Term t) { return is_boxed_of(t, Subtag::Float); }
inline double float_value(Term t) { return std::bit_cast<double>(boxed_ptr(t)[1]); }
inline Term write_float(Term* hp, double d) {
    hp[0] = make_header(1, Subtag::Float);
    hp[1] = std::bit_cast<Word>(d);
    return make_boxed(hp);
}

// ---- bignums: [header arity=limbs, sign in subtag][limb0 (least significant)]...[limbN-1] ---------------
// Limbs are GMP mp_limb_t (64-bit). The value is normalised: the top limb is non-zero and the value does
// not fit a small integer.
inline bool is_bignum(Term t) {
    if (!is_boxed(t)) return false;
    Subtag s = boxed_subtag(t);
    return s == Subtag::PosBignum || s == Subtag::NegBignum;
}
inline bool is_integer(Term t) { return is_small(t) || is_bignum(t); }
inline bool is_number(Term t) { return is_integer(t) || is_float(t); }
inline bool bignum_negative(Term t) { return boxed_subtag(t) == Subtag::NegBignum; }
inline Word bignum_limb_count(Term t) { return header_arity(boxed_header(t)); }
inline const Word* bignum_limbs(Term t) { return boxed_ptr(t) + 1; }

// ---- references: [header arity=3][n0][n1][n2] ----------------------------------------------------------
// Printed as #Ref<0.n2.n1.n0> like OTP; n0..n2 each hold 32 significant bits.
inline constexpr Word kRefWords = 4;
inline bool is_local_ref(Term t) { return is_boxed_of(t, Subtag::Ref); }

// ---- funs ---------------------------------------------------------------------------------------------
// Closure: [header arity=2+num_free][FunEntry*][creator pid][free var 0]...[free var num_free-1]
// Export:  [header arity=1][Export*]
struct FunEntry;
struct Export;
inline bool is_closure(Term t) { return is_boxed_of(t, Subtag::Fun); }
inline bool is_export_fun(Term t) { return is_boxed_of(t, Subtag::Export); }
inline bool is_fun(Term t) {
    if (!is_boxed(t)) return false;
    Subtag s = boxed_subtag(t);
    return s == Subtag::Fun || s == Subtag::Export;
}
inline FunEntry* closure_entry(Term t) { return reinterpret_cast<FunEntry*>(boxed_ptr(t)[1]); }
inline Term closure_creator(Term t) { return boxed_ptr(t)[2]; }
inline Word closure_num_free(Term t) { return header_arity(boxed_header(t)) - 2; }
inline Term* closure_free_vars(Term t) { return boxed_ptr(t) + 3; }
inline Export* export_fun_entry(Term t) { return reinterpret_cast<Export*>(boxed_ptr(t)[1]); }

// ---- maps ---------------------------------------------------------------------------------------------
// Flat map (<= 32 keys): [header arity=N+2, Map][N][keys tuple term][v0]...[vN-1], keys sorted in term
// order. Larger maps use the HAMT layout described in vm/map.hpp; the word after the header tells
// which: kFlatMapTag in the low bits of word 1 for flat maps.
inline constexpr Word kMapFlatMax = 32;
inline bool is_map(Term t) { return is_boxed_of(t, Subtag::Map); }

// ---- binaries -----------------------------------------------------------------------------------------
// Heap binary:  [header arity=1+ceil(bytes/8), HeapBinary][size in bytes][data ...]
// Refc binary:  [header arity=4, RefcBinary][size in bytes][Binary* (refcounted block)][const uint8* data]
//               [next off-heap object on the owning heap's list, raw pointer or 0]
// Sub binary:   [header arity=4, SubBinary][size in bytes][bit offset into original][extra bits 0-7]
//               [original binary term (heap or refc binary)]
// A sub binary with extra bits != 0 is a bitstring that is not a binary. Binaries bigger than
// kHeapBinaryMax bytes are refcounted and live off-heap.
inline constexpr Word kHeapBinaryMax = 64;
inline bool is_heap_binary(Term t) { return is_boxed_of(t, Subtag::HeapBinary); }
inline bool is_refc_binary(Term t) { return is_boxed_of(t, Subtag::RefcBinary); }
inline bool is_sub_binary(Term t) { return is_boxed_of(t, Subtag::SubBinary); }
inline bool is_bitstring(Term t) {
    if (!is_boxed(t)) return false;
    Subtag s = boxed_subtag(t);
    return s == Subtag::HeapBinary || s == Subtag::RefcBinary || s == Subtag::SubBinary;
}
inline bool is_match_context(Term t) { return is_boxed_of(t, Subtag::MatchContext); }

// ---- booleans -----------------------------------------------------------------------------------------
// The atoms 'false' and 'true' have fixed indices (vm/atoms.def); see vm/atom_table.hpp.

// ---- operand words in threaded code -------------------------------------------------------------------
// A "source" operand in threaded code is either a term (any non-header tag: an immediate or a pointer
// into a module's literal area) or a register reference, which uses the header tag so that it can never
// be confused with a term:
//   iiii...iiii 0000   x register i        (i << 4)
//   iiii...iiii 0100   y register i        (i << 4 | 4)
//   iiii...iiii 1000   float register i    (i << 4 | 8)
inline constexpr Word kOperandX = 0x0;
inline constexpr Word kOperandY = 0x4;
inline constexpr Word kOperandFr = 0x8;
constexpr bool operand_is_register(Word w) { return (w & kTagPrimaryMask) == 0; }
// The literal size `all` of bs_get_binary2/bs_skip_bits2 as its own operand word (a cons at address 0,
// which no term is), so a size register that holds the atom 'all' at run time fails the match as in erl.
inline constexpr Word kOperandSizeAll = kTagList;
constexpr Word operand_reg_kind(Word w) { return w & 0xC; }
constexpr Word operand_reg_index(Word w) { return w >> 4; }
constexpr Word make_x_operand(Word i) { return (i << 4) | kOperandX; }
constexpr Word make_y_operand(Word i) { return (i << 4) | kOperandY; }
constexpr Word make_fr_operand(Word i) { return (i << 4) | kOperandFr; }

}  // namespace ember::vm
