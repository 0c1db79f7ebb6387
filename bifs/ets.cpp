// ets BIFs: tables, objects, keys, counters, ownership and info (OTP 25 stdlib ets, erl_db.c for the
// rules). Selects and match specs are in bifs/ets_select.cpp. docs/ets.md has the design.
#include <algorithm>
#include <bit>
#include <cmath>
#include <chrono>

#include "vm/node_name.hpp"
#include "bifs/clocks.hpp"
#include "bifs/ets_common.hpp"
#include "vm/capabilities.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/bignum.hpp"
#include "vm/compare.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"
#include "vm/runtime_support.hpp"

namespace ember::bifs::ets {

using namespace ember::vm;

namespace {

struct EtsAtoms {
    Term set = atom("set"), ordered_set = atom("ordered_set"), bag = atom("bag"), duplicate_bag = atom("duplicate_bag");
    Term public_ = atom("public"), protected_ = atom("protected"), private_ = atom("private");
    Term named_table = atom("named_table"), keypos = atom("keypos"), heir = atom("heir"), none = atom("none");
    Term write_concurrency = atom("write_concurrency"), read_concurrency = atom("read_concurrency");
    Term decentralized_counters = atom("decentralized_counters"), compressed = atom("compressed"), auto_ = atom("auto");
    Term id = atom("id"), owner = atom("owner"), size = atom("size"), protection = atom("protection");
    Term fixed = atom("fixed"), safe_fixed = atom("safe_fixed"), safe_fixed_monotonic_time = atom("safe_fixed_monotonic_time");
    Term stats = atom("stats"), end_of_table = atom("$end_of_table"), transfer = atom("ETS-TRANSFER");
};
const EtsAtoms& A() {
    static const EtsAtoms a;
    return a;
}

Term type_atom(TableType t) {
    switch (t) {
    case TableType::Set: return A().set;
    case TableType::OrderedSet: return A().ordered_set;
    case TableType::Bag: return A().bag;
    default: return A().duplicate_bag;
    }
}
Term access_atom(Access a) {
    return a == Access::Public ? A().public_ : a == Access::Protected ? A().protected_ : A().private_;
}

// ---- new/2 -----------------------------------------------------------------------------------------------

EMBER_BIF(bif_new) {
    const EtsAtoms& a = A();
    Term name = args[0];
    if (!is_atom(name) || list_length(args[1]) < 0) return badarg(p);
    TableType type = TableType::Set;
    bool type_given = false;  // erl: the first type option counts
    Access access = Access::Protected;
    bool named = false, wc = false, rc = false, compressed = false, dc_given = false, dc = false;
    Term wc_value = am_false;
    std::size_t locks = 0;  // {write_concurrency, {debug_hash_fixed_number_of_locks, N}}
    unsigned keypos = 1;
    Term heir = a.none, heir_data = kNil;
    for (Term l = args[1]; is_list(l); l = cdr(l)) {
        Term o = car(l);
        if (o == a.set || o == a.ordered_set || o == a.bag || o == a.duplicate_bag) {
            if (!type_given)
                type = o == a.set ? TableType::Set : o == a.ordered_set ? TableType::OrderedSet
                     : o == a.bag ? TableType::Bag : TableType::DuplicateBag;
            type_given = true;
        }
        else if (o == a.public_) access = Access::Public;
        else if (o == a.protected_) access = Access::Protected;
        else if (o == a.private_) access = Access::Private;
        else if (o == a.named_table) named = true;
        else if (o == a.compressed) compressed = true;
        else if (is_tuple(o) && tuple_arity(o) == 2) {
            Term k = tuple_element(o, 0), v = tuple_element(o, 1);
            if (k == a.keypos && is_small(v) && small_value(v) >= 1 && small_value(v) < (1 << 24)) keypos = unsigned(small_value(v));
            else if (k == a.write_concurrency && (v == am_true || v == am_false || v == a.auto_)) {
                wc = v != am_false;
                wc_value = v;
                locks = 0;
            } else if (k == a.write_concurrency && is_tuple(v) && tuple_arity(v) == 2 &&
                       tuple_element(v, 0) == atom("debug_hash_fixed_number_of_locks") && is_small(tuple_element(v, 1)) &&
                       small_value(tuple_element(v, 1)) >= 1 && small_value(tuple_element(v, 1)) <= 32768) {
                // OTP 25 (erl_db.c): a hash table with a fixed number of lock stripes, the largest power
                // of two not above N but at least 64; ets:info(T, write_concurrency) gives it back.
                locks = std::max<std::size_t>(64, std::bit_floor(std::size_t(small_value(tuple_element(v, 1)))));
                wc = true;
                wc_value = am_true;
            } else if (k == a.read_concurrency && (v == am_true || v == am_false)) rc = v == am_true;
            else if (k == a.decentralized_counters && (v == am_true || v == am_false)) {
                dc_given = true;
                dc = v == am_true;
            } else if (k == a.heir && v == a.none) heir = a.none;
            else return badarg(p);
        } else if (is_tuple(o) && tuple_arity(o) == 3 && tuple_element(o, 0) == a.heir && is_local_pid(tuple_element(o, 1))) {
            heir = tuple_element(o, 1);
            heir_data = tuple_element(o, 2);
        } else {
            return badarg(p);
        }
    }
    // A public or named table is shared with every process: ets_shared (docs/capabilities.md).
    if ((access == Access::Public || named) &&
        !require_capabilities(p, kCapEtsShared, p->capabilities, "ets", "new", 2))
        return kNonValue;
    if (locks != 0 && type == TableType::OrderedSet) return badarg(p);  // hash tables only, as erl
    std::uint64_t id = scheduler::Scheduler::global().next_ref_id();
    auto t = std::make_shared<Table>(id, name, named, type, keypos, access, p->pid, wc && type != TableType::OrderedSet,
                                     locks);
    t->write_concurrency = wc;
    t->read_concurrency = rc;
    t->compressed = compressed;
    t->write_concurrency_option = wc_value;
    t->fixed_lock_count = locks != 0;
    // OTP 25: decentralized counters only with write_concurrency; then as given, or by default with
    // {write_concurrency, auto} and for ordered_set.
    t->decentralized_counters =
        wc && (dc_given ? dc : (wc_value == a.auto_ || locks != 0 || type == TableType::OrderedSet));
    if (heir != a.none) t->set_heir(heir, heir_data);
    bool limit = false;
    if (!Registry::global().add(t, &limit)) {
        if (limit) {
            raise_error_args(p, am_system_limit);
            return kNonValue;
        }
        return badarg(p);
    }
    return table_tid(*p, *t);
}

// ---- writes ----------------------------------------------------------------------------------------------

// The objects of insert/insert_new's second argument (a tuple or a proper list of them); false if any
// is not storable.
bool objects_of(const Table& t, Term arg, std::vector<Term>& out) {
    if (is_tuple(arg)) {
        out.push_back(arg);
        return storable(t, arg);
    }
    if (list_length(arg) < 0) return false;
    for (Term l = arg; is_list(l); l = cdr(l)) {
        if (!storable(t, car(l))) return false;
        out.push_back(car(l));
    }
    return true;
}

Term do_insert(Process* p, const Term* args, bool only_new) {
    TablePtr t = table_for(p, args[0], Need::Write);
    std::vector<Term> objs;
    if (!t || !objects_of(*t, args[1], objs)) return badarg(p);
    if (objs.empty()) return am_true;
    return make_bool(t->insert(objs, only_new));
}
EMBER_BIF(bif_insert) { return do_insert(p, args, false); }
EMBER_BIF(bif_insert_new) { return do_insert(p, args, true); }

EMBER_BIF(bif_delete_1) {
    TablePtr t = table_for(p, args[0], Need::Write);
    if (!t || !Registry::global().remove(t)) return badarg(p);
    return am_true;  // the objects go with the last reference (operations already inside finish on them)
}
EMBER_BIF(bif_delete_2) {
    TablePtr t = table_for(p, args[0], Need::Write);
    if (!t) return badarg(p);
    t->erase_key(args[1]);
    return am_true;
}
EMBER_BIF(bif_delete_object) {
    TablePtr t = table_for(p, args[0], Need::Write);
    if (!t || !storable(*t, args[1])) return badarg(p);
    t->erase_object(args[1]);
    return am_true;
}
EMBER_BIF(bif_internal_delete_all) {
    TablePtr t = table_for(p, args[0], Need::Write);
    if (!t) return badarg(p);
    std::size_t n = t->size();
    t->clear();
    return make_integer_u64(*p, n);
}
EMBER_BIF(bif_take) {
    TablePtr t = table_for(p, args[0], Need::Write);
    if (!t) return badarg(p);
    std::vector<Term> out;
    t->erase_key(args[1], [&](Term o) { out.push_back(copy_out(p, o)); });
    return make_list_of(*p, out.data(), out.size());
}

// ---- reads -----------------------------------------------------------------------------------------------

EMBER_BIF(bif_lookup) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    std::vector<Term> out;
    t->lookup(args[1], [&](Term o) { out.push_back(copy_out(p, o)); });
    return make_list_of(*p, out.data(), out.size());
}
EMBER_BIF(bif_lookup_element) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t || !is_small(args[2]) || small_value(args[2]) < 1) return badarg(p);
    Word pos = Word(small_value(args[2]));
    std::vector<Term> out;
    bool bad = false;
    t->lookup(args[1], [&](Term o) {
        if (tuple_arity(o) < pos) bad = true;
        else out.push_back(copy_out(p, tuple_element(o, pos - 1)));
    });
    if (bad || out.empty()) return badarg(p);
    if (!t->is_bag()) return out[0];
    return make_list_of(*p, out.data(), out.size());
}
EMBER_BIF(bif_member) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    return make_bool(t->member(args[1]));
}

Term key_result(Process* p, bool found, Term key) { return found ? key : A().end_of_table; }

EMBER_BIF(bif_first) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    Term k = kNil;
    bool found = t->first([&](Term key) { k = copy_out(p, key); });
    return key_result(p, found, k);
}
EMBER_BIF(bif_last) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    Term k = kNil;
    bool found = t->last([&](Term key) { k = copy_out(p, key); });
    return key_result(p, found, k);
}
Term step(Process* p, const Term* args, bool forward) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t) return badarg(p);
    Term k = kNil;
    bool missing = false;
    auto f = [&](Term key) { k = copy_out(p, key); };
    bool found = forward ? t->next(args[1], &missing, f) : t->prev(args[1], &missing, f);
    if (missing && !t->fixed()) return badarg(p);
    return key_result(p, found, k);
}
EMBER_BIF(bif_next) { return step(p, args, true); }
EMBER_BIF(bif_prev) { return step(p, args, false); }

EMBER_BIF(bif_slot) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t || !is_small(args[1]) || small_value(args[1]) < 0) return badarg(p);
    std::vector<Term> out;
    SlotResult r = t->slot(std::size_t(small_value(args[1])), [&](Term o) { out.push_back(copy_out(p, o)); });
    if (r == SlotResult::Bad) return badarg(p);
    if (r == SlotResult::End) return A().end_of_table;
    return make_list_of(*p, out.data(), out.size());
}

// ---- counters and elements -------------------------------------------------------------------------------

struct CounterOp {
    Word pos;  // 0-based
    Term incr;
    Term threshold = kNonValue, set_value = kNonValue;
};

// One update op (Incr | {Pos, Incr} | {Pos, Incr, Threshold, SetValue}); false if malformed.
bool parse_counter_op(const Table& t, Term op, CounterOp& out) {
    if (is_integer(op)) {
        out = {t.keypos, op};  // the element after the key
        return true;
    }
    if (!is_tuple(op) || (tuple_arity(op) != 2 && tuple_arity(op) != 4)) return false;
    Term pos = tuple_element(op, 0);
    if (!is_small(pos) || small_value(pos) < 1 || Word(small_value(pos)) == t.keypos) return false;
    out.pos = Word(small_value(pos)) - 1;
    out.incr = tuple_element(op, 1);
    if (!is_integer(out.incr)) return false;
    if (tuple_arity(op) == 4) {
        out.threshold = tuple_element(op, 2);
        out.set_value = tuple_element(op, 3);
        if (!is_integer(out.threshold) || !is_integer(out.set_value)) return false;
    }
    return true;
}

Term update_counter(Process* p, const Term* args, Term deflt) {
    TablePtr t = table_for(p, args[0], Need::Write);
    if (!t || t->is_bag()) return badarg(p);
    bool many = args[2] == kNil || is_list(args[2]);
    std::vector<CounterOp> ops;
    if (many) {
        if (list_length(args[2]) < 0) return badarg(p);
        for (Term l = args[2]; is_list(l); l = cdr(l)) {
            CounterOp op;
            if (!parse_counter_op(*t, car(l), op)) return badarg(p);
            ops.push_back(op);
        }
    } else {
        CounterOp op;
        if (!parse_counter_op(*t, args[2], op)) return badarg(p);
        ops.push_back(op);
    }
    if (deflt != kNonValue && !storable(*t, deflt)) return badarg(p);
    static const Export* plus = CodeServer::global().find_defined(am_erlang, atom("+"), 2);
    std::vector<Term> results;
    bool bad = false;
    // The updated tuple is built in a scratch buffer, not on p's heap: the table stores it in place or
    // copies it, so no heap words are spent per update (only a bignum sum goes to p's heap).
    std::vector<Term> scratch;
    auto updater = [&](Term old) -> Term {
        Word n = tuple_arity(old);
        scratch.resize(n + 1);
        Term* hp = scratch.data();
        hp[0] = make_header(n, Subtag::Tuple);
        for (Word i = 0; i < n; ++i) hp[i + 1] = tuple_element(old, i);
        results.clear();
        for (const CounterOp& op : ops) {
            if (op.pos >= n || !is_integer(hp[op.pos + 1])) {
                bad = true;
                return kNonValue;
            }
            Term sum_args[2] = {hp[op.pos + 1], op.incr};
            Term v = plus->bif->fn(p, sum_args);
            if (v == kNonValue) {
                bad = true;
                return kNonValue;
            }
            if (op.threshold != kNonValue) {
                bool up = compare_terms(op.incr, make_small(0)) >= 0;
                int c = compare_terms(v, op.threshold);
                if ((up && c > 0) || (!up && c < 0)) v = op.set_value;
            }
            hp[op.pos + 1] = v;
            results.push_back(v);
        }
        return make_boxed(hp);
    };
    for (int attempt = 0; attempt < 1000; ++attempt) {
        if (t->update(args[1], updater)) {
            if (bad) return badarg(p);
            // The results point into p's heap or into the caller's terms (already on p's side).
            Term out = many ? make_list_of(*p, results.data(), results.size()) : results[0];
            return out;
        }
        if (deflt == kNonValue) return badarg(p);
        // The default object, with the key given: inserted unless another process got there first.
        Word n = tuple_arity(deflt);
        Term* hp = p->alloc(n + 1);
        hp[0] = make_header(n, Subtag::Tuple);
        for (Word i = 0; i < n; ++i) hp[i + 1] = tuple_element(deflt, i);
        hp[t->keypos] = args[1];
        Term obj = make_boxed(hp);
        for (const CounterOp& op : ops)
            if (op.pos >= n || !is_integer(hp[op.pos + 1])) return badarg(p);
        t->insert(std::span<const Term>(&obj, 1), true);
    }
    return badarg(p);
}
EMBER_BIF(bif_update_counter_3) { return update_counter(p, args, kNonValue); }
EMBER_BIF(bif_update_counter_4) { return update_counter(p, args, args[3]); }

EMBER_BIF(bif_update_element) {
    TablePtr t = table_for(p, args[0], Need::Write);
    if (!t || t->is_bag()) return badarg(p);
    std::vector<std::pair<Word, Term>> ops;
    auto parse = [&](Term op) {
        if (!is_tuple(op) || tuple_arity(op) != 2 || !is_small(tuple_element(op, 0))) return false;
        SWord pos = small_value(tuple_element(op, 0));
        if (pos < 1 || Word(pos) == t->keypos) return false;
        ops.push_back({Word(pos) - 1, tuple_element(op, 1)});
        return true;
    };
    if (is_tuple(args[2])) {
        if (!parse(args[2])) return badarg(p);
    } else {
        if (list_length(args[2]) < 0) return badarg(p);
        for (Term l = args[2]; is_list(l); l = cdr(l))
            if (!parse(car(l))) return badarg(p);
    }
    bool bad = false;
    bool found = t->update(args[1], [&](Term old) -> Term {
        Word n = tuple_arity(old);
        for (const auto& op : ops)
            if (op.first >= n) {
                bad = true;
                return kNonValue;
            }
        Term* hp = p->alloc(n + 1);
        hp[0] = make_header(n, Subtag::Tuple);
        for (Word i = 0; i < n; ++i) hp[i + 1] = tuple_element(old, i);
        for (const auto& op : ops) hp[op.first + 1] = op.second;
        return make_boxed(hp);
    });
    if (bad) return badarg(p);
    return make_bool(found);
}

// ---- ownership, names, options ---------------------------------------------------------------------------

EMBER_BIF(bif_give_away) {
    TablePtr t = table_for(p, args[0], Need::Owner);
    Term to = args[1];
    if (!t || !is_local_pid(to) || to == p->pid || !scheduler::Scheduler::global().is_alive(to)) return badarg(p);
    Registry::global().set_owner(t, to);
    Term msg = make_tuple4(*p, A().transfer, table_tid(*p, *t), p->pid, args[2]);
    send_message(p, to, msg);
    return am_true;
}

EMBER_BIF(bif_rename) {
    TablePtr t = table_for(p, args[0], Need::Owner);
    if (!t || !is_atom(args[1]) || !Registry::global().rename(t, args[1])) return badarg(p);
    return t->named ? args[1] : make_ref(*p, t->id);  // the table's identifier
}

EMBER_BIF(bif_whereis) {
    if (!is_atom(args[0])) return badarg(p);
    TablePtr t = Registry::global().find(args[0]);
    if (!t) return am_undefined;
    return make_ref(*p, t->id);
}

bool apply_setopt(Process* p, Table& t, Term o) {
    const EtsAtoms& a = A();
    if (is_tuple(o) && tuple_arity(o) == 2 && tuple_element(o, 0) == a.heir && tuple_element(o, 1) == a.none) {
        t.set_heir(a.none, kNil);
        return true;
    }
    if (is_tuple(o) && tuple_arity(o) == 3 && tuple_element(o, 0) == a.heir && is_local_pid(tuple_element(o, 1))) {
        Term h = tuple_element(o, 1);
        t.set_heir(h, tuple_element(o, 2));
        return true;
    }
    if (is_tuple(o) && tuple_arity(o) == 2 && tuple_element(o, 0) == a.protection) {
        Term v = tuple_element(o, 1);
        if (v == a.public_) t.access.store(Access::Public);
        else if (v == a.protected_) t.access.store(Access::Protected);
        else if (v == a.private_) t.access.store(Access::Private);
        else return false;
        return true;
    }
    return false;
}
EMBER_BIF(bif_setopts) {
    TablePtr t = table_for(p, args[0], Need::Owner);
    if (!t) return badarg(p);
    if (is_tuple(args[1])) {
        if (!apply_setopt(p, *t, args[1])) return badarg(p);
        return am_true;
    }
    if (list_length(args[1]) < 0) return badarg(p);
    for (Term l = args[1]; is_list(l); l = cdr(l))
        if (!is_tuple(car(l))) return badarg(p);
    for (Term l = args[1]; is_list(l); l = cdr(l))
        if (!apply_setopt(p, *t, car(l))) return badarg(p);
    return am_true;
}

EMBER_BIF(bif_safe_fixtable) {
    TablePtr t = table_for(p, args[0], Need::Read);
    if (!t || (args[1] != am_true && args[1] != am_false)) return badarg(p);
    t->fix(p->pid, args[1] == am_true);
    return am_true;
}

// ets:all/0 in OTP 25 asks every scheduler: the answer is schedulers messages {Ref, Tids}.
EMBER_BIF(bif_internal_request_all) {
    Term ref = make_ref(*p, scheduler::Scheduler::global().next_ref_id());
    std::vector<Term> tids;
    for (const TablePtr& t : Registry::global().all()) tids.push_back(table_tid(*p, *t));
    Term list = make_list_of(*p, tids.data(), tids.size());
    // As many answers as erlang:system_info(schedulers) says (ets.erl waits for that many).
    unsigned n = std::max(1u, scheduler::Scheduler::global().scheduler_count());
    for (unsigned i = 0; i < n; ++i) send_message(p, p->pid, make_tuple2(*p, ref, i == 0 ? list : kNil));
    return ref;
}

// ---- info ------------------------------------------------------------------------------------------------

Term fix_info(Process* p, const Table& t, bool monotonic) {
    std::int64_t since = 0;
    auto fixes = t.fixations(&since);
    if (fixes.empty()) return am_false;
    std::vector<Term> procs;
    for (const auto& [pid, n] : fixes) procs.push_back(make_tuple2(*p, pid, make_integer(*p, n)));
    Term list = make_list_of(*p, procs.data(), procs.size());
    Term when;
    if (monotonic) {
        when = make_integer(*p, since);
    } else {
        std::int64_t sys_us = std::chrono::duration_cast<std::chrono::microseconds>(
                                  std::chrono::system_clock::now().time_since_epoch()).count() -
                              (monotonic_ns() - since) / 1000;
        when = make_tuple3(*p, make_small(sys_us / 1'000'000'000'000), make_small((sys_us / 1'000'000) % 1'000'000),
                           make_small(sys_us % 1'000'000));
    }
    return make_tuple2(*p, when, list);
}

// The value of one info item, or kNonValue for an unknown item.
Term info_item(Process* p, const TablePtr& t, Term item) {
    const EtsAtoms& a = A();
    if (item == a.id) return make_ref(*p, t->id);
    if (item == am_name) return t->name.load();
    if (item == a.named_table) return make_bool(t->named);
    if (item == am_type) return type_atom(t->type);
    if (item == a.keypos) return make_small(t->keypos);
    if (item == a.size) return make_integer_u64(*p, t->size());
    if (item == am_memory) return make_integer(*p, t->memory_words());
    if (item == a.owner) return t->owner.load();
    if (item == a.heir) return t->heir_pid();
    if (item == a.protection) return access_atom(t->access.load());
    if (item == a.compressed) return make_bool(t->compressed);
    if (item == a.read_concurrency) return make_bool(t->read_concurrency);
    if (item == a.write_concurrency) {  // true, false, auto or {debug_hash_fixed_number_of_locks, N}
        if (t->fixed_lock_count)
            return make_tuple2(*p, atom("debug_hash_fixed_number_of_locks"), make_small(SWord(t->lock_count())));
        return t->write_concurrency_option;
    }
    if (item == a.decentralized_counters) return make_bool(t->decentralized_counters);
    if (item == a.fixed) return make_bool(t->fixed());
    if (item == a.safe_fixed) return fix_info(p, *t, false);
    if (item == a.safe_fixed_monotonic_time) return fix_info(p, *t, true);
    if (item == am_node) return this_node();
    if (item == am_binary) return ets_table_binary_info(p, t);
    if (item == a.stats) {
        // {Buckets, AvgChainLen, StdDev, ExpectedStdDev, MinChain, MaxChain, KeptItems, Locks} as erl
        // 25 answers, over Ember's slots (bifs/ets_hash.hpp; erl's table starts at 256 buckets, Ember's
        // stripes at 8 slots each). Ember keeps no pseudo-deleted objects, so KeptItems is 0.
        // An ordered_set: false, as erl for its AVL tree. erl's CA tree (write_concurrency) reports its
        // routing and base nodes; Ember has no CA tree, and raises badarg there (docs/ets.md).
        if (!t->is_hash()) return t->write_concurrency ? kNonValue : am_false;
        std::vector<std::size_t> lens = t->chain_lengths();
        double n = double(lens.size()), total = 0, squares = 0;
        std::size_t lo = lens.empty() ? 0 : lens[0], hi = 0;
        for (std::size_t l : lens) {
            total += double(l);
            squares += double(l) * double(l);
            lo = std::min(lo, l);
            hi = std::max(hi, l);
        }
        double avg = n > 0 ? total / n : 0, var = n > 0 ? squares / n - avg * avg : 0;
        // A uniform hash puts each object in a slot with probability 1/n (binomial deviation).
        double expected = n > 0 ? std::sqrt(avg * (1 - 1 / n)) : 0;
        Term items[8] = {make_small(SWord(lens.size())), write_float(p->alloc(kFloatWords), avg),
                         write_float(p->alloc(kFloatWords), std::sqrt(std::max(var, 0.0))),
                         write_float(p->alloc(kFloatWords), expected), make_small(SWord(lo)), make_small(SWord(hi)),
                         make_small(0), make_small(SWord(t->lock_count()))};
        Term* hp = p->alloc(9);
        hp[0] = make_header(8, Subtag::Tuple);
        for (int i = 0; i < 8; ++i) hp[i + 1] = items[i];
        return make_boxed(hp);
    }
    return kNonValue;
}

EMBER_BIF(bif_info_1) {
    Term tid = args[0];
    if (!is_atom(tid) && !is_local_ref(tid)) return badarg(p);
    TablePtr t = Registry::global().find(tid);  // info works on any table (private ones too)
    if (!t || t->dead.load()) {
        if (is_atom(tid) || Registry::global().was_table(tid)) return am_undefined;
        return badarg(p);
    }
    const EtsAtoms& a = A();
    const Term keys[] = {a.id, a.decentralized_counters, a.read_concurrency, a.write_concurrency, a.compressed,
                         am_memory, a.owner, a.heir, am_name, a.size, am_node, a.named_table, am_type, a.keypos,
                         a.protection};
    std::vector<Term> items;
    for (Term k : keys) items.push_back(make_tuple2(*p, k, info_item(p, t, k)));
    return make_list_of(*p, items.data(), items.size());
}
EMBER_BIF(bif_info_2) {
    Term tid = args[0];
    if (!is_atom(tid) && !is_local_ref(tid)) return badarg(p);
    TablePtr t = Registry::global().find(tid);
    if (!t || t->dead.load()) {
        if (is_atom(tid) || Registry::global().was_table(tid)) return am_undefined;
        return badarg(p);
    }
    Term v = info_item(p, t, args[1]);
    if (v == kNonValue) return badarg(p);
    return v;
}

const BifSpec kBifs[] = {
    {"ets", "new", 2, bif_new, kCapPure},
    {"ets", "insert", 2, shared<bif_insert>, kCapPure},
    {"ets", "insert_new", 2, shared<bif_insert_new>, kCapPure},
    {"ets", "delete", 1, shared<bif_delete_1>, kCapPure},
    {"ets", "delete", 2, shared<bif_delete_2>, kCapPure},
    {"ets", "delete_object", 2, shared<bif_delete_object>, kCapPure},
    {"ets", "internal_delete_all", 2, shared<bif_internal_delete_all>, kCapPure},
    {"ets", "take", 2, shared<bif_take>, kCapPure},
    {"ets", "lookup", 2, shared<bif_lookup>, kCapPure},
    {"ets", "lookup_element", 3, shared<bif_lookup_element>, kCapPure},
    {"ets", "member", 2, shared<bif_member>, kCapPure},
    {"ets", "first", 1, shared<bif_first>, kCapPure},
    {"ets", "last", 1, shared<bif_last>, kCapPure},
    {"ets", "next", 2, shared<bif_next>, kCapPure},
    {"ets", "prev", 2, shared<bif_prev>, kCapPure},
    {"ets", "slot", 2, shared<bif_slot>, kCapPure},
    {"ets", "update_counter", 3, shared<bif_update_counter_3>, kCapPure},
    {"ets", "update_counter", 4, shared<bif_update_counter_4>, kCapPure},
    {"ets", "update_element", 3, shared<bif_update_element>, kCapPure},
    {"ets", "give_away", 3, shared<bif_give_away>, kCapPure},
    {"ets", "rename", 2, shared<bif_rename>, kCapPure},
    {"ets", "whereis", 1, shared<bif_whereis>, kCapPure},
    {"ets", "setopts", 2, shared<bif_setopts>, kCapPure},
    {"ets", "safe_fixtable", 2, shared<bif_safe_fixtable>, kCapPure},
    {"ets", "internal_request_all", 0, bif_internal_request_all, kCapEtsShared},
    {"ets", "info", 1, shared<bif_info_1>, kCapPure},
    {"ets", "info", 2, shared<bif_info_2>, kCapPure},
};

}  // namespace
}  // namespace ember::bifs::ets

namespace ember::bifs::ets {
void deny_shared_table(Process* p, vm::BifFn self) {
    for (std::span<const BifSpec> table : CodeServer::global().bif_tables())
        for (const BifSpec& s : table)
            if (s.fn == self) return raise_capability_denied(p, kCapEtsShared, s.module, s.function, s.arity);
    raise_capability_denied(p, kCapEtsShared, "ets", "unknown", 0);  // unreachable: every wrapper is a row
}
}  // namespace ember::bifs::ets

namespace ember::bifs {
std::span<const vm::BifSpec> ets_bifs() { return ets::kBifs; }
}  // namespace ember::bifs
