// erts_internal helpers that OTP 25's stdlib and kernel call directly: the ETS internals behind
// ets:info(T, binary) (erts_internal.erl ets_info_binary/1), map_hashmap_children/1 behind
// erts_debug:size/1, erts_debug:instructions/0 and disassemble/1 on Ember's threaded code (the distribution's
// erts_internal entry points are in bifs/distribution.cpp). Shapes are erl 25's (docs/processes.md lists what differs and why).
#include <cstdio>
#include <mutex>
#include <string>
#include <unordered_map>

#include "bifs/ets_common.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/map.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"

namespace ember::bifs {

using namespace ember::vm;
using scheduler::Scheduler;

namespace {

// ---- ETS internals ------------------------------------------------------------------------------

// ets_super_user(Bool): while set, the caller may read private tables (OTP F_ETS_SUPER_USER).
EMBER_BIF(bif_ets_super_user_1) {
    if (!is_boolean(args[0])) return badarg(p);
    p->ets_super_user = args[0] == am_true;
    return am_ok;
}

// ets_raw_first/1, ets_raw_next/2: first/next without the fixation rules' exceptions; a key a hash
// table does not hold is badarg.
EMBER_BIF(bif_ets_raw_first_1) {
    ets::TablePtr t = ets::table_for(p, args[0], ets::Need::Read);
    if (!t) return badarg(p);
    Term k = kNil;
    bool found = t->first([&](Term key) { k = ets::copy_out(p, key); });
    return found ? k : atom("$end_of_table");
}
EMBER_BIF(bif_ets_raw_next_2) {
    ets::TablePtr t = ets::table_for(p, args[0], ets::Need::Read);
    if (!t) return badarg(p);
    Term k = kNil;
    bool missing = false;
    bool found = t->next(args[1], &missing, [&](Term key) { k = ets::copy_out(p, key); });
    if (missing) return badarg(p);
    return found ? k : atom("$end_of_table");
}

// Appends {Address, OrigSize, RefCount} for each refc binary in `t` (sub binaries name theirs).
void binary_info(Process* p, Term t, std::vector<Term>& out) {
    std::vector<Term> todo{t};
    while (!todo.empty()) {
        Term x = todo.back();
        todo.pop_back();
        if (is_list(x)) {
            todo.push_back(cdr(x));
            todo.push_back(car(x));
        } else if (is_tuple(x)) {
            for (std::uint32_t i = 0; i < tuple_arity(x); ++i) todo.push_back(tuple_element(x, i));
        } else if (is_bitstring(x)) {
            Term orig = binary_ref(x).original;
            if (!is_refc_binary(orig)) continue;
            auto* bin = reinterpret_cast<const Binary*>(boxed_ptr(orig)[2]);
            out.push_back(make_tuple3(*p, make_integer_u64(*p, reinterpret_cast<std::uintptr_t>(bin)),
                                      make_integer_u64(*p, bin->size),
                                      make_integer_u64(*p, std::uint64_t(bin->refs.load()))));
        } else if (is_map(x)) {
            for (Term kv = map_to_list(*p, x); is_list(kv); kv = cdr(kv)) todo.push_back(car(kv));
        }
    }
}

void key_binary_info(Process* p, const ets::TablePtr& t, Term key, std::vector<Term>& rows) {
    // Read in place under the table's lock: a copy would count one more reference.
    t->lookup(key, [&](Term obj) { binary_info(p, obj, rows); });
}

EMBER_BIF(bif_ets_lookup_binary_info_2) {
    ets::TablePtr t = ets::table_for(p, args[0], ets::Need::Read);
    if (!t) return badarg(p);
    std::vector<Term> rows;
    key_binary_info(p, t, args[1], rows);
    return make_list_of(*p, rows.data(), rows.size());
}

}  // namespace

// ets:info(T, binary) (OTP erts_internal:ets_info_binary/1): the refc binaries of every object.
Term ets_table_binary_info(Process* p, const ets::TablePtr& t) {
    std::vector<Term> rows;
    Term key = kNonValue;
    bool found = t->first([&](Term k) { key = ets::copy_out(p, k); });
    while (found) {
        key_binary_info(p, t, key, rows);
        bool missing = false;
        Term prev = key;
        found = t->next(prev, &missing, [&](Term k) { key = ets::copy_out(p, k); });
        if (missing) break;  // deleted meanwhile
    }
    return make_list_of(*p, rows.data(), rows.size());
}

namespace {

// ---- maps ---------------------------------------------------------------------------------------

// The children of a HAMT node (head or inner), last slot first as erl (erl_map.c); Ember's HAMT is
// OTP's layout (vm/map.hpp), so erts_debug:size/1 sees the same tree. A flat map is badarg.
EMBER_BIF(bif_map_hashmap_children_1) {
    Term m = args[0];
    if (!is_map(m)) {
        raise_error_args(p, make_tuple2(*p, atom("badmap"), m));
        return kNonValue;
    }
    if (is_flatmap(m)) return badarg(p);
    Word n = 0;
    const Term* kids = hashmap_children(m, n);
    Term list = kNil;
    for (Word i = 0; i < n; ++i) list = make_cons(*p, kids[i], list);
    return list;
}

// ---- erts_debug:disassemble/1 -------------------------------------------------------------------

// Words of the threaded-code instruction at pc (vm/instructions.def; the variable-length ones as
// their handlers step over them).
std::size_t instruction_words(const Instr* pc, Op op) {
    int fixed = kOpWords[int(op)];
    if (fixed > 0) return std::size_t(fixed);
    auto opnd = [&](int i) { return std::size_t(pc[i]); };
    switch (op) {
    case Op::make_fun: return 4 + opnd(3);
    case Op::put_tuple2: return 3 + opnd(2);
    case Op::update_record: return 5 + opnd(4);
    case Op::select_val:
    case Op::select_val_linear:
    case Op::select_tuple_arity: return 4 + 2 * opnd(3);
    case Op::put_map_assoc:
    case Op::put_map_exact: return 6 + opnd(5);
    case Op::has_map_fields:
    case Op::get_map_elements: return 4 + opnd(3);
    case Op::bs_create_bin: return 6 + 7 * opnd(5);
    default: return 1;
    }
}

// The index of the instruction at pc, or -1 if the word is no handler.
int op_at(const Instr* pc) {
    const void* const* handlers = instruction_handlers();
    for (int i = 0; i < int(std::size(kOpWords)); ++i)
        if (handlers[i] == reinterpret_cast<const void*>(*pc)) return i;
    return -1;
}

// One instruction of Ember's threaded code: {NextAddress, Text, {M, F, A}} as erl's emulator
// answers (erl 25's JIT answers false to everything). An MFA starts at the function's func_info; an
// address continues the listing (erts_debug:df/1 stops when the MFA changes). false: no such code.
EMBER_BIF(bif_disassemble_1) {
    Term what = args[0];
    CodeServer& cs = CodeServer::global();
    const Instr* pc = nullptr;
    Module* mod = nullptr;
    if (is_tuple(what) && tuple_arity(what) == 3 && is_atom(tuple_element(what, 0)) &&
        is_atom(tuple_element(what, 1)) && is_small(tuple_element(what, 2))) {
        mod = cs.find_module(tuple_element(what, 0));
        if (!mod) return am_false;
        for (const FunctionInfo& f : mod->functions)
            if (f.name == tuple_element(what, 1) && SWord(f.arity) == small_value(tuple_element(what, 2))) pc = f.func_info;
        if (!pc) return am_false;
    } else if (is_integer(what)) {
        std::uint64_t addr = 0;
        if (!integer_to_uint64(what, &addr)) return am_false;
        pc = reinterpret_cast<const Instr*>(addr);
        mod = cs.module_at(pc);
        if (!mod) return am_false;
    } else {
        return am_false;
    }
    const FunctionInfo* fn = nullptr;
    for (const FunctionInfo& f : mod->functions)
        if (pc >= f.func_info && pc < f.end()) fn = &f;
    if (!fn) return am_false;
    int op = op_at(pc);
    std::size_t words = op < 0 ? 1 : instruction_words(pc, Op(op));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%p: ", static_cast<const void*>(pc));
    std::string text = buf;
    text += op < 0 ? "?" : kOpNames[op];
    for (std::size_t i = 1; i < words; ++i) {
        std::snprintf(buf, sizeof buf, " %#llx", static_cast<unsigned long long>(pc[i]));
        text += buf;
    }
    text += "\n";
    Term mfa = make_tuple3(*p, mod->name, fn->name, make_small(fn->arity));
    Term next = make_integer_u64(*p, reinterpret_cast<std::uintptr_t>(pc + words));
    return make_tuple3(*p, next, make_binary(*p, text), mfa);
}

// erts_debug:instructions/0: the names of the threaded-code instructions (vm/instructions.def), as
// erl lists its own.
EMBER_BIF(bif_instructions_0) {
    Term list = kNil;
    for (std::size_t i = std::size(kOpNames); i-- > 0;) list = make_cons(*p, make_charlist(*p, kOpNames[i]), list);
    return list;
}

const BifSpec kBifs[] = {
    {"erts_debug", "instructions", 0, bif_instructions_0, kCapPure},
    {"erts_internal", "ets_super_user", 1, bif_ets_super_user_1, kCapSystem},
    {"erts_internal", "ets_raw_first", 1, ets::shared<bif_ets_raw_first_1>, kCapPure},
    {"erts_internal", "ets_raw_next", 2, ets::shared<bif_ets_raw_next_2>, kCapPure},
    {"erts_internal", "ets_lookup_binary_info", 2, ets::shared<bif_ets_lookup_binary_info_2>, kCapPure},
    {"erts_internal", "map_hashmap_children", 1, bif_map_hashmap_children_1, kCapPure},
    {"erts_debug", "disassemble", 1, bif_disassemble_1, kCapSystem},
};

}  // namespace

std::span<const BifSpec> erts_internal_misc_bifs() { return kBifs; }

}  // namespace ember::bifs
