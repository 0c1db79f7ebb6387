// Internal BIFs that OTP's own modules call (erts_internal, erts_debug, error_logger), answered as erl 25
// answers them where Ember's runtime has the same notion:
//  - erts_internal:term_type/1 names the representation of a term (Ember's own: a small binary:part/3
//    result is a sub binary here where erl may copy it into a heap binary);
//  - erts_internal:map_to_tuple_keys/1: the key tuple of a flat map (badarg for a large map);
//  - erts_debug:flat_size/1 is the term's size in heap words in Ember's layout (docs/terms.md); it is
//    erl's number for immediates, tuples, lists, floats, bignums and heap binaries, and differs for
//    refs, funs, maps and off-heap binaries, whose layouts differ;
//  - erts_debug:size_shared/1: the same counting each shared subterm once and literals (module
//    constants, persistent terms) not at all; erts_debug:copy_shared/2 copies a term keeping that
//    sharing (literals copied too when the second argument is true);
//  - erts_debug:same/2: whether two terms are the same word (the same object);
//  - erts_internal:time_unit/0 and perf_counter_unit/0: native time units per second;
//  - erts_internal:is_system_process/1: whether the VM started the process itself (init and, on
//    OTP's boot, erts_code_purger, erts_literal_area_collector and the dirty signal handlers);
//  - erts_internal:system_check(schedulers): ok once every scheduler is responsive (they always are
//    by the time a process can ask);
//  - erlang:display_string/1 writes a character list to stderr as UTF-8;
//  - error_logger:warning_map/0: warnings are logged as warnings (erl's +W default).
#include <cstdio>
#include <string>

#include "bifs/bif.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/copy.hpp"
#include "vm/map.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

const char* term_type_name(Term t) {
    if (is_small(t)) return "fixnum";
    if (is_atom(t)) return "atom";
    if (t == kNil) return "nil";
    if (is_list(t)) return "list";
    if (is_local_pid(t)) return "pid";
    if (is_local_port(t)) return "port";
    if (!is_boxed(t)) return "unknown";
    switch (boxed_subtag(t)) {
    case Subtag::Tuple: return "tuple";
    case Subtag::MatchContext: return "match_context";
    case Subtag::PosBignum:
    case Subtag::NegBignum: return "bignum";
    case Subtag::Ref: return "reference";
    case Subtag::Fun: return "fun";
    case Subtag::Float: return "hfloat";
    case Subtag::Export: return "export";
    case Subtag::RefcBinary: return "refc_binary";
    case Subtag::HeapBinary: return "heap_binary";
    case Subtag::SubBinary: return "sub_binary";
    case Subtag::ExternalPid: return "external_pid";
    case Subtag::ExternalPort: return "external_port";
    case Subtag::ExternalRef: return "external_reference";
    case Subtag::Map: return is_flatmap(t) ? "flatmap" : is_hashmap_head(t) ? "hashmap" : "hashmap_node";
    }
    return "unknown";
}

EMBER_BIF(bif_term_type_1) { return atom(term_type_name(args[0])); }

EMBER_BIF(bif_map_to_tuple_keys_1) {
    if (!is_map(args[0])) {
        raise_error_args(p, make_tuple2(*p, atom("badmap"), args[0]));
        return kNonValue;
    }
    if (!is_flatmap(args[0])) return badarg(p);
    return flatmap_keys_tuple(args[0]);
}

EMBER_BIF(bif_flat_size_1) {
    bool match_context = false;
    Word words = term_size(args[0], &match_context);
    return make_small(SWord(words));
}

EMBER_BIF(bif_size_shared_1) { return make_small(SWord(term_size_shared(args[0]))); }

EMBER_BIF(bif_copy_shared_2) {
    if (args[1] != am_true && args[1] != am_false) return badarg(p);
    Term copy = copy_term_shared(args[0], *p, args[1] == am_true);
    return copy == kNonValue ? badarg(p) : copy;
}

EMBER_BIF(bif_same_2) { return make_bool(args[0] == args[1]); }

EMBER_BIF(bif_time_unit_0) { return make_small(1000000000); }

EMBER_BIF(bif_is_system_process_1) {
    if (!is_local_pid(args[0])) return badarg(p);
    if (args[0] == p->pid) return make_bool(p->system_process);
    std::shared_lock<std::shared_mutex> lock;
    Process* q = scheduler::Scheduler::global().lookup(args[0], lock);
    return make_bool(q && q->system_process);
}

EMBER_BIF(bif_system_check_1) {
    if (args[0] != atom("schedulers")) return badarg(p);
    return am_ok;
}

EMBER_BIF(bif_display_string_1) {
    std::string text;
    if (!unicode_list_to_utf8(args[0], text)) return badarg(p);
    // As erts' printf: each newline is written as \r\n.
    std::string out;
    for (char c : text) {
        if (c == '\n') out.push_back('\r');
        out.push_back(c);
    }
    std::fwrite(out.data(), 1, out.size(), stderr);
    std::fflush(stderr);
    return am_true;
}

EMBER_BIF(bif_display_nl_0) {
    std::fwrite("\r\n", 1, 2, stderr);
    std::fflush(stderr);
    return am_true;
}

EMBER_BIF(bif_warning_map_0) { return atom("warning"); }

const BifSpec kBifs[] = {
    {"erts_internal", "term_type", 1, bif_term_type_1, kCapPure},
    {"erts_internal", "map_to_tuple_keys", 1, bif_map_to_tuple_keys_1, kCapPure},
    {"erts_internal", "time_unit", 0, bif_time_unit_0, kCapPure},
    {"erts_internal", "perf_counter_unit", 0, bif_time_unit_0, kCapPure},
    {"erts_internal", "is_system_process", 1, bif_is_system_process_1, kCapPure},
    {"erts_internal", "system_check", 1, bif_system_check_1, kCapSystem},
    {"erts_debug", "flat_size", 1, bif_flat_size_1, kCapPure},
    {"erts_debug", "size_shared", 1, bif_size_shared_1, kCapPure},
    {"erts_debug", "copy_shared", 2, bif_copy_shared_2, kCapPure},
    {"erts_debug", "same", 2, bif_same_2, kCapPure},
    {"erlang", "display_string", 1, bif_display_string_1, kCapIo},
    {"erlang", "display_nl", 0, bif_display_nl_0, kCapIo},
    {"error_logger", "warning_map", 0, bif_warning_map_0, kCapPure},
};

}  // namespace

std::span<const BifSpec> system_internals_bifs() { return kBifs; }

}  // namespace ember::bifs
