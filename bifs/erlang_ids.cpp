// erlang module BIFs on pids, refs, ports and funs (OTP bif.c, erl_fun.c, erl_bif_unique.c): their
// text forms and back (pid_to_list, list_to_ref, fun_to_list, ...), fun_info, make_fun and
// unique_integer.
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "scheduler/dist.hpp"
#include "vm/etf_internal.hpp"
#include "vm/binary.hpp"
#include "vm/bignum.hpp"
#include "vm/module.hpp"
#include "vm/term_print.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// ---- pids, refs, ports and funs as text ---------------------------------------------------------------

Term text_list(Process* p, const std::string& s) { return make_charlist(*p, s); }

EMBER_BIF(bif_pid_to_list) {
    if (!is_local_pid(args[0]) && !is_boxed_of(args[0], Subtag::ExternalPid)) return badarg(p);
    return text_list(p, format_term_w(args[0]));
}
EMBER_BIF(bif_port_to_list) {
    if (!is_local_port(args[0]) && !is_boxed_of(args[0], Subtag::ExternalPort)) return badarg(p);
    return text_list(p, format_term_w(args[0]));
}
EMBER_BIF(bif_ref_to_list) {
    if (!is_local_ref(args[0]) && !is_boxed_of(args[0], Subtag::ExternalRef)) return badarg(p);
    return text_list(p, format_term_w(args[0]));
}
// erts prints the fun into a byte buffer and returns its bytes: a non-ASCII atom comes back as its
// UTF-8 bytes (fun m:'é'/0 gives "fun m:" ++ [195, 169] ++ "/0"), as in erl.
EMBER_BIF(bif_fun_to_list) {
    if (!is_fun(args[0])) return badarg(p);
    std::string text = format_term_w(args[0]);
    Term list = kNil;
    for (std::size_t i = text.size(); i-- > 0;)
        list = make_cons(*p, make_small(static_cast<std::uint8_t>(text[i])), list);
    return list;
}

// Parses `prefix` then N decimal numbers (each <= max) separated by '.', then `suffix`, nothing else.
bool parse_dotted(const std::string& s, std::string_view prefix, std::string_view suffix, std::size_t count,
                  std::uint64_t max, std::uint64_t* out) {
    if (s.size() < prefix.size() + suffix.size() || s.compare(0, prefix.size(), prefix) != 0 ||
        s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    std::size_t pos = prefix.size(), end = s.size() - suffix.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) {
            if (pos >= end || s[pos] != '.') return false;
            ++pos;
        }
        std::size_t start = pos;
        std::uint64_t v = 0;
        while (pos < end && s[pos] >= '0' && s[pos] <= '9') {
            std::uint64_t digit = std::uint64_t(s[pos] - '0');
            if (v > (max - digit) / 10) return false;  // v * 10 + digit > max, without overflow
            v = v * 10 + digit;
            ++pos;
        }
        if (pos == start) return false;
        out[i] = v;
    }
    return pos == end;
}

// A proper list of 0..255 (not a binary) as a string.
bool list_text(Term t, std::string& out) { return (is_list(t) || t == kNil) && latin1_string(t, out); }

// Another node's identifier is written with the node's printed index (vm/term_print.cpp: the node
// atom's index); as erl, list_to_pid/port/ref take that node's creation, so only a connected node's
// identifiers can be made. False otherwise.
bool connected_node_at(std::uint64_t index, Term& node, std::uint32_t& creation) {
    if (index == 0 || index >= AtomTable::global().size()) return false;
    node = make_atom(Word(index));
    std::optional<std::uint32_t> c = scheduler::dist::connected_creation(node);
    if (!c) return false;
    creation = *c;
    return true;
}

// "<0.N.S>" (N < 2^32 and S < 2^28: Ember's 60-bit pid numbers), or "<Node.N.S>" of a connected
// node (N, S < 2^32).
EMBER_BIF(bif_list_to_pid) {
    std::string s;
    std::uint64_t v[3];
    if (!list_text(args[0], s) || !parse_dotted(s, "<", ">", 3, 0xFFFFFFFFu, v)) return badarg(p);
    if (v[0] == 0) {
        if (v[2] >= (std::uint64_t(1) << 28)) return badarg(p);
        return make_pid(v[1] | (v[2] << 32));
    }
    Term node;
    std::uint32_t creation;
    if (!connected_node_at(v[0], node, creation)) return badarg(p);
    Term* hp = p->alloc(vm::etf_detail::kExternalPidWords);
    hp[0] = make_header(vm::etf_detail::kExternalPidWords - 1, Subtag::ExternalPid);
    hp[1] = node;
    hp[2] = make_small(SWord(v[1]));
    hp[3] = make_small(SWord(v[2]));
    hp[4] = make_small(SWord(creation));
    return make_boxed(hp);
}
// "#Ref<0.A.B.C>" is the local ref [n0 = C][n1 = B][n2 = A]; "#Ref<Node.A.B.C...>" (3 to 5
// numbers, the last one first) another node's.
EMBER_BIF(bif_list_to_ref) {
    std::string s;
    std::uint64_t v[6];
    if (!list_text(args[0], s)) return badarg(p);
    if (parse_dotted(s, "#Ref<", ">", 4, 0xFFFFFFFFu, v) && v[0] == 0) {
        Term* hp = p->alloc(kRefWords);
        hp[0] = make_header(3, Subtag::Ref);
        hp[1] = v[3];
        hp[2] = v[2];
        hp[3] = v[1];
        return make_boxed(hp);
    }
    for (std::size_t k = 3; k <= vm::etf_detail::kMaxRefIds; ++k) {
        Term node;
        std::uint32_t creation;
        if (!parse_dotted(s, "#Ref<", ">", k + 1, 0xFFFFFFFFu, v) || !connected_node_at(v[0], node, creation))
            continue;
        Term* hp = p->alloc(3 + k);
        hp[0] = make_header(2 + k, Subtag::ExternalRef);
        hp[1] = node;
        hp[2] = make_small(SWord(creation));
        for (std::size_t i = 0; i < k; ++i) hp[3 + i] = make_small(SWord(v[k - i]));
        return make_boxed(hp);
    }
    return badarg(p);
}
// "#Port<0.N>", or "#Port<Node.N>" of a connected node (N < 2^64).
EMBER_BIF(bif_list_to_port) {
    std::string s;
    std::uint64_t v[2];
    if (!list_text(args[0], s) || !parse_dotted(s, "#Port<", ">", 2, UINT64_MAX, v)) return badarg(p);
    if (v[0] == 0) {
        if (v[1] > (std::uint64_t(1) << 59) - 1) return badarg(p);
        return make_port(v[1]);
    }
    Term node;
    std::uint32_t creation;
    if (!connected_node_at(v[0], node, creation)) return badarg(p);
    Term* hp = p->alloc(vm::etf_detail::kExternalPortWords);
    hp[0] = make_header(vm::etf_detail::kExternalPortWords - 1, Subtag::ExternalPort);
    hp[1] = node;
    hp[2] = make_small(SWord(v[1] & 0xFFFFFFFFu));
    hp[3] = make_small(SWord(v[1] >> 32));
    hp[4] = make_small(SWord(creation));
    return make_boxed(hp);
}

// ---- funs ---------------------------------------------------------------------------------------------

// The value of one fun_info item, or kNonValue if `item` is not one (erl: badarg).
Term fun_info_value(Process* p, Term fun, Term item) {
    if (is_export_fun(fun)) {
        const Export* ex = export_fun_entry(fun);
        if (item == am_module) return ex->module;
        if (item == am_name) return ex->function;
        if (item == am_arity) return make_small(ex->arity);
        if (item == am_env) return kNil;
        if (item == am_type) return am_external;
        if (item == am_pid || item == am_index || item == am_new_index || item == am_uniq || item == am_new_uniq)
            return am_undefined;
        return kNonValue;
    }
    const FunEntry* fe = closure_entry(fun);
    if (item == am_module) return fe && fe->module ? fe->module->name : am_undefined;
    if (item == am_name) {
        // Code that is not loaded has no name for its lambdas: [] as erl's, until a version with the
        // same MD5 is loaded.
        if (fe->module->purged.load(std::memory_order_acquire)) {
            const FunEntry* live = CodeServer::global().live_lambda(fe);
            return live ? live->function : kNil;
        }
        return fe->function;
    }
    if (item == am_arity) return make_small(fun_arity(fun));
    if (item == am_env) return make_list_of(*p, closure_free_vars(fun), closure_num_free(fun));
    if (item == am_type) return am_local;
    if (item == am_pid) return closure_creator(fun);
    if (item == am_index || item == am_new_index) return fe ? make_small(fe->index) : am_undefined;
    if (item == am_uniq) return fe ? make_integer_u64(*p, fe->old_uniq) : am_undefined;
    if (item == am_new_uniq) return fe && fe->module ? make_binary(*p, fe->module->md5, 16) : am_undefined;
    return kNonValue;
}

EMBER_BIF(bif_fun_info_2) {
    if (!is_fun(args[0])) return badarg(p);
    Term v = fun_info_value(p, args[0], args[1]);
    if (v == kNonValue) return badarg(p);
    return make_tuple2(*p, args[1], v);
}

// erlang:fun_info/1: the item list in erl's order (export funs only have the first five kinds).
EMBER_BIF(bif_fun_info_1) {
    if (!is_fun(args[0])) return badarg(p);
    static const Term local_items[] = {am_pid, am_module, am_new_index, am_new_uniq, am_index,
                                       am_uniq, am_name, am_arity, am_env, am_type};
    static const Term export_items[] = {am_module, am_name, am_arity, am_env, am_type};
    bool exported = is_export_fun(args[0]);
    const Term* items = exported ? export_items : local_items;
    std::size_t n = exported ? std::size(export_items) : std::size(local_items);
    Term pairs[std::size(local_items)];
    for (std::size_t i = 0; i < n; ++i) pairs[i] = make_tuple2(*p, items[i], fun_info_value(p, args[0], items[i]));
    return make_list_of(*p, pairs, n);
}

// erlang:fun_info_mfa(Fun): {Module, Name, Arity}, Arity being the arity the fun accepts.
EMBER_BIF(bif_fun_info_mfa) {
    if (!is_fun(args[0])) return badarg(p);
    return make_tuple3(*p, fun_info_value(p, args[0], am_module), fun_info_value(p, args[0], am_name),
                       make_small(fun_arity(args[0])));
}

// erlang:make_fun(M, F, A): the export fun `fun M:F/A` (0 =< A =< 255).
EMBER_BIF(bif_make_fun) {
    if (!is_atom(args[0]) || !is_atom(args[1]) || !is_small(args[2]) || small_value(args[2]) < 0 ||
        small_value(args[2]) > 255)
        return badarg(p);
    Export* ex = CodeServer::global().export_entry(args[0], args[1], std::uint32_t(small_value(args[2])));
    Term* hp = p->alloc(2);
    hp[0] = make_header(1, Subtag::Export);
    hp[1] = reinterpret_cast<Word>(ex);
    return make_boxed(hp);
}

// ---- unique integers ----------------------------------------------------------------------------------

// One runtime-wide counter serves every flavour: values are unique and strictly increasing, so they
// are also monotonic. Without `positive` they start at the smallest small integer, like erl.
std::atomic<std::uint64_t> g_unique_counter{1};

Term unique_integer_impl(Process* p, bool positive) { return make_unique_integer(*p, positive); }
EMBER_BIF(bif_unique_integer_0) { return unique_integer_impl(p, false); }
EMBER_BIF(bif_unique_integer_1) {
    static const Term monotonic = AtomTable::global().intern("monotonic");
    bool positive = false;
    Term t = args[0];
    for (; is_list(t); t = cdr(t)) {
        if (car(t) == am_positive) positive = true;
        else if (car(t) != monotonic) return badarg(p);
    }
    if (t != kNil) return badarg(p);
    return unique_integer_impl(p, positive);
}

const BifSpec kBifs[] = {
    {"erlang", "pid_to_list", 1, bif_pid_to_list, kCapPure},
    {"erlang", "port_to_list", 1, bif_port_to_list, kCapPure},
    {"erlang", "ref_to_list", 1, bif_ref_to_list, kCapPure},
    {"erlang", "fun_to_list", 1, bif_fun_to_list, kCapPure},
    {"erlang", "list_to_pid", 1, bif_list_to_pid, kCapPure},
    {"erlang", "list_to_ref", 1, bif_list_to_ref, kCapPure},
    {"erlang", "list_to_port", 1, bif_list_to_port, kCapPure},
    {"erlang", "fun_info", 1, bif_fun_info_1, kCapPure},
    {"erlang", "fun_info", 2, bif_fun_info_2, kCapPure},
    {"erlang", "fun_info_mfa", 1, bif_fun_info_mfa, kCapPure},
    {"erlang", "make_fun", 3, bif_make_fun, kCapPure},
    {"erlang", "unique_integer", 0, bif_unique_integer_0, kCapEntropy},
    {"erlang", "unique_integer", 1, bif_unique_integer_1, kCapEntropy},
};

}  // namespace

std::span<const BifSpec> erlang_ids_bifs() { return kBifs; }

}  // namespace ember::bifs

namespace ember::bifs {
vm::Term make_unique_integer(vm::HeapAllocator& heap, bool positive) {
    std::uint64_t n = g_unique_counter.fetch_add(1, std::memory_order_relaxed);
    if (positive) return vm::make_integer_u64(heap, n);
    // The smallest small integer plus the 64-bit counter: up to 2^64 - 2^59 - 1, then it wraps to the
    // smallest small integer again, as erl's.
    __int128 v = __int128(vm::kMinSmall) + n;
    return v < 0 ? vm::make_integer(heap, std::int64_t(v)) : vm::make_integer_u64(heap, std::uint64_t(v));
}
std::uint64_t unique_integer_state() { return g_unique_counter.load(std::memory_order_relaxed) - 1; }
void set_unique_integer_state(std::uint64_t state) { g_unique_counter.store(state + 1, std::memory_order_relaxed); }
}  // namespace ember::bifs
