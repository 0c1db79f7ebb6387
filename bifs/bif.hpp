// Shared helpers for BIF implementations (bifs/*.cpp). A BIF is `Term f(Process* p, const Term* args)`
// (vm/native.hpp): it returns the result, or kNonValue after setting the exception (badarg(p) etc.).
// Each bifs/<module>.cpp ends with one registration table, listed in bifs/registry.cpp.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include <vector>

#include "vm/atom_table.hpp"
#include "vm/capabilities.hpp"
#include "vm/binary.hpp"
#include "vm/exceptions.hpp"
#include "vm/native.hpp"
#include "vm/process.hpp"
#include "vm/runtime_support.hpp"
#include "vm/term.hpp"

namespace ember::bifs {

using vm::Process;
using vm::Term;
using vm::Word;
using vm::SWord;

// An atom by name, interned (for atoms vm/atoms.def does not have; cache it in a static when hot).
inline Term atom(const char* name) { return vm::AtomTable::global().intern(name); }

#define EMBER_BIF(name) ::ember::vm::Term name(::ember::vm::Process* p, const ::ember::vm::Term* args)

// Registration tables, one per module file.
std::span<const vm::BifSpec> erlang_process_bifs();
std::span<const vm::BifSpec> erlang_guard_bifs();
std::span<const vm::BifSpec> erlang_code_bifs();
std::span<const vm::BifSpec> ember_io_bifs();
// The +pc emulator flag: what io:printable_range/0 answers (unicode, or latin1 by default).
void set_printable_range_unicode(bool unicode);
std::span<const vm::BifSpec> persistent_term_bifs();
std::span<const vm::BifSpec> system_monitor_bifs();
std::span<const vm::BifSpec> system_profile_bifs();
// erts_debug:get_internal_state(persistent_term): #{table => Slots} of the persistent term table.
vm::Term persistent_term_table_info(vm::Process* p);
std::span<const vm::BifSpec> erlang_timer_bifs();
std::span<const vm::BifSpec> erlang_terms_bifs(), erlang_etf_bifs(), erlang_ids_bifs();  // term conversion
std::span<const vm::BifSpec> lists_bifs(), maps_bifs(), unicode_bifs(), erts_internal_bifs(), binary_bifs();  // stdbifs
std::span<const vm::BifSpec> erlang_info_bifs(), erlang_time_bifs(), math_os_bifs();  // info, time, math, os
std::span<const vm::BifSpec> erlang_process_info_bifs();  // process_info, process_display
std::span<const vm::BifSpec> checksums_bifs(), atomics_bifs();  // md5/crc32/adler32, atomics/counters
std::span<const vm::BifSpec> erts_debug_bifs();  // dirty-scheduler test BIFs
std::span<const vm::BifSpec> decode_packet_bifs();  // erlang:decode_packet/3
std::span<const vm::BifSpec> iovec_bifs(), distribution_bifs();  // iolist_to_iovec; a node not alive
std::span<const vm::BifSpec> system_internals_bifs();  // erts_internal/erts_debug helpers OTP calls
std::span<const vm::BifSpec> re_bifs();  // re on PCRE2 (bifs/re.cpp)
std::span<const vm::BifSpec> ets_bifs(), ets_select_bifs();  // ets tables; selects and match specs
std::span<const vm::BifSpec> erlang_ports_bifs();  // open_port and the port BIFs (bifs/erlang_ports.cpp)
std::span<const vm::BifSpec> code_loading_bifs(), erl_ddll_bifs();  // prepare/finish/purge; erl_ddll
std::span<const vm::BifSpec> process_signal_bifs();  // spawn_request, suspend, system tasks (erts_internal)
// OTP process_flag_aux (bifs/process_signals.cpp): sets a flag process_flag/3 may change on q (erl 25:
// save_calls 0..10000); returns the old value, or the atom badarg.
Term process_flag_aux(vm::Process* q, Term flag, Term value);
// OTP check_process_code (bifs/code_loading.cpp): whether q runs, or will return into, code of `old`
// (its program counter, continuation pointer and the return addresses on its stack).
bool runs_code_of(const vm::Process* q, const vm::Module* old);
std::span<const vm::BifSpec> erts_internal_misc_bifs();  // ETS internals, dist when not alive, disassemble
std::span<const vm::BifSpec> trace_bifs(), trace_call_bifs();  // erlang:trace/3, trace_info/2, trace_pattern/3
std::span<const vm::BifSpec> seq_trace_bifs();  // seq_trace/2, seq_trace_info/1, seq_trace_print/1,2
std::span<const vm::BifSpec> ember_capability_bifs();  // ember:capabilities/0, capability_denials/0
std::span<const vm::BifSpec> ember_os_process_bifs();  // the OS-process registry's natives
// The system's sequential tracer and tokens (bifs/seq_trace.cpp).
Term seq_tracer();
bool set_seq_tracer(Term t);
void reset_seq_trace();
Term seq_token_of(Process* q, vm::HeapAllocator& h);

// erlang:unique_integer/0,1 (bifs/erlang_ids.cpp), on any heap (enif_make_unique_integer).
Term make_unique_integer(vm::HeapAllocator& heap, bool positive);
// The counter behind it, as erl's unique monotonic integer state (erts_debug internal state
// unique_monotonic_integer_state): the next monotonic integer is the smallest small integer plus
// the state plus 1, wrapping at 2^64.
std::uint64_t unique_integer_state();
void set_unique_integer_state(std::uint64_t state);

// Registers every table with the code server (idempotent: only the first call counts). Without
// `code_module_natives` (OTP's boot), the native code:* functions of Ember's own boot are left out.
void register_all_bifs(bool code_module_natives = true);
std::span<const vm::BifSpec> code_module_bifs();
std::span<const vm::BifSpec> minimal_boot_code_loading_bifs();
std::span<const vm::BifSpec> ember_wait_state_bifs();  // ember:wait_state/1 (bifs/ember_wait_state.cpp)
std::span<const vm::BifSpec> ember_script_io_bifs();  // the hosted-script I/O backend (bifs/ember_script_io.cpp)
std::span<const vm::BifSpec> ember_workflow_store_bifs();  // the workflow history store (bifs/ember_workflow_store.cpp)
// erlang:pre_loaded/0's answer from now on (OTP's boot: the erts modules loaded before init).
void set_pre_loaded(std::vector<Term> modules);  // code:ensure_loaded/1 etc. without code_server

// A flat string from a list of character codes 0..255 (latin1) or a binary; false if not one.
bool latin1_string(Term t, std::string& out);
// A UTF-8 string from a proper list of code points; false if not one.
bool unicode_list_to_utf8(Term t, std::string& out);
// Flattens an iolist (bytes 0..255, binaries, nested lists; binary tail allowed) into `out`.
bool iolist_bytes(Term t, std::string& out);

enum class IolistKind { Binaries, Bitstrings /* list_to_bitstring: any bitstring, also as a tail */ };

// Visits an iolist in order without recursion: on_byte(uint8_t) for each integer 0..255, on_bits(BinaryRef)
// for each binary (or bitstring). False if `t` is not an iolist of that kind.
template <class OnByte, class OnBits>
bool walk_iolist(Term t, IolistKind kind, OnByte&& on_byte, OnBits&& on_bits) {
    std::vector<Term> rest{t};  // list tails still to visit, innermost last
    while (!rest.empty()) {
        Term cur = rest.back();
        rest.pop_back();
        while (cur != vm::kNil) {
            if (vm::is_bitstring(cur)) {
                vm::BinaryRef r = vm::binary_ref(cur);
                if (kind == IolistKind::Binaries && !r.is_binary()) return false;
                on_bits(r);
                break;
            }
            if (!vm::is_list(cur)) return false;
            Term h = vm::car(cur);
            if (vm::is_small(h)) {
                SWord v = vm::small_value(h);
                if (v < 0 || v > 255) return false;
                on_byte(static_cast<std::uint8_t>(v));
                cur = vm::cdr(cur);
            } else if (vm::is_list(h) || h == vm::kNil || vm::is_bitstring(h)) {
                rest.push_back(vm::cdr(cur));
                cur = h;
            } else {
                return false;
            }
        }
    }
    return true;
}

}  // namespace ember::bifs
