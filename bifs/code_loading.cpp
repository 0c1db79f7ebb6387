// The code-loading BIFs OTP's code_server, code, erlang.erl, erts_code_purger and
// erts_literal_area_collector call (OTP erts/emulator/beam/beam_bif_load.c; docs/loader.md "Loading
// and purging"):
//  - erts_internal:prepare_loading/2 parses and translates a beam without publishing it and names the
//    result with a reference (erl: a magic reference); erlang:finish_loading/1 publishes a list of them
//    atomically ({duplicated, Ms} | {not_purged, Ms} | {on_load, Ms} | ok);
//    erlang:has_prepared_code_on_load/1;
//  - erlang:delete_module/1, check_old_code/1, loaded/0, pre_loaded/0;
//  - erts_internal:check_process_code/1 (the caller's own stack), check_dirty_process_code/2 and
//    purge_module/2 with erl's phases, for the code purger only; erlang:purge_module/1 served natively
//    while Ember does not run OTP's erts_code_purger;
//  - erts_internal:beamfile_chunk/2 and beamfile_module_md5/1 on a beam binary;
//  - erts_literal_area_collector:release_area_switch/0 and send_copy_request/3, the release of the
//    literal areas of erased and replaced persistent terms (vm/literal_release.hpp). Ember does not
//    release a purged module's literals (purged code stays in memory).
#include <algorithm>
#include <mutex>

#include "bifs/bif.hpp"
#include "loader/beamfile_chunks.hpp"
#include "loader/code_loader.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/binary.hpp"
#include "vm/messages.hpp"
#include "vm/magic_ref.hpp"
#include "vm/literal_release.hpp"
#include "vm/module.hpp"
#include "vm/runtime_support.hpp"
#include "vm/services.hpp"
#include "vm/system_tasks.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// Prepared code (erlang:prepare_loading/2) is the object of a magic reference, as erl's: prepared code
// never passed to finish_loading/1 is freed when the last term naming it is garbage collected.
// The mutex orders finish_loading's take-and-maybe-put-back against other readers of the same code.
struct PreparedCode final : MagicObject {
    std::unique_ptr<Module> module;  // null once loaded
};
std::mutex g_prepared_mutex;

void destroy_prepared(MagicObject* obj) { delete static_cast<PreparedCode*>(obj); }

PreparedCode* prepared_object(Term t) { return magic_object_as<PreparedCode>(t, destroy_prepared); }

// The bytes of a binary (not a bitstring with a partial byte), copied into `tmp` if unaligned.
bool binary_bytes(Term t, std::vector<std::uint8_t>& tmp, std::span<const std::uint8_t>& out) {
    if (!is_bitstring(t)) return false;
    BinaryRef r = binary_ref(t);
    if (!r.is_binary()) return false;
    if (r.byte_aligned()) {
        out = {r.data, r.byte_size()};
        return true;
    }
    tmp.resize(r.byte_size());
    copy_bits(r.data, r.bit_offset, tmp.data(), 0, r.bit_size);
    out = tmp;
    return true;
}

// Whether `p` is the given system process: one the VM spawned itself (OTP's boot, nif/boot.cpp) running
// Module:start/0.
bool is_system_process(const Process* p, const char* module) {
    static const Term start = atom("start");
    return p->system_process && p->initial_call[0] == atom(module) && p->initial_call[1] == start &&
           p->initial_call[2] == make_small(0);
}

Term notsup(Process* p) {
    raise_error_args(p, atom("notsup"));
    return kNonValue;
}

}  // namespace

// OTP beam_bif_load.c check_process_code: does q execute, or will it return into, code of `old`?
bool runs_code_of(const Process* q, const vm::Module* old) {
    if (q->i && old->contains(q->i)) return true;
    if (q->cp && old->contains(q->cp)) return true;
    for (const Term* s = q->stop; s && s < q->heap_end; ++s)
        if (*s != 0 && is_header(*s) && old->contains(reinterpret_cast<const Instr*>(*s))) return true;
    return false;
}

namespace {

EMBER_BIF(bif_prepare_loading) {
    std::vector<std::uint8_t> tmp;
    std::span<const std::uint8_t> bytes;
    if (!is_atom(args[0]) || !binary_bytes(args[1], tmp, bytes)) return badarg(p);
    // erts' loader reads plain IFF only (erlang:prepare_loading/2 gunzips before calling this).
    static constexpr std::uint8_t kForm[] = {'F', 'O', 'R', '1'};
    bool plain = bytes.size() >= 4 && std::equal(kForm, kForm + 4, bytes.begin());
    std::unique_ptr<Module> m = plain ? loader::prepare_module_bytes(bytes, atom_name(args[0]), nullptr) : nullptr;
    if (!m || m->name != args[0]) return make_tuple2(*p, am_error, atom("badfile"));
    auto* code = new PreparedCode();
    code->module = std::move(m);
    return adopt_as_magic_ref(*p, code, destroy_prepared);
}

EMBER_BIF(bif_has_prepared_code_on_load) {
    std::lock_guard lock(g_prepared_mutex);
    PreparedCode* code = prepared_object(args[0]);
    if (!code) return badarg(p);
    // Already loaded: false, as erl.
    return make_bool(code->module && code->module->on_load != nullptr);
}

// {Tag, Mods}: Mods in the reverse of their list order, as erts' exception_list builds it.
Term tagged_modules(Process* p, const char* tag, const std::vector<Term>& mods) {
    Term list = kNil;
    for (Term m : mods) list = make_cons(*p, m, list);
    return make_tuple2(*p, atom(tag), list);
}

EMBER_BIF(bif_finish_loading) {
    if (list_length(args[0]) < 0) return badarg(p);
    std::lock_guard lock(g_prepared_mutex);
    std::vector<PreparedCode*> codes;  // the terms in args[0] keep them alive
    bool any_on_load = false;
    for (Term t = args[0]; is_list(t); t = cdr(t)) {
        PreparedCode* code = prepared_object(car(t));
        if (!code || !code->module) return badarg(p);
        // The same prepared code twice loads its module twice: {duplicated, [Module]}, as erl.
        if (std::find(codes.begin(), codes.end(), code) != codes.end())
            return tagged_modules(p, "duplicated", {code->module->name});
        codes.push_back(code);
        any_on_load = any_on_load || code->module->on_load;
    }
    // An on_load function cannot run inside an atomic load of several modules.
    if (codes.size() > 1 && any_on_load) {
        raise_error_args(p, am_system_limit);
        return kNonValue;
    }
    std::vector<std::unique_ptr<Module>> mods;
    for (PreparedCode* code : codes) mods.push_back(std::move(code->module));
    std::vector<Term> failed, on_load;
    CodeServer::FinishResult r = CodeServer::global().finish_loading(mods, &failed, &on_load);
    if (r != CodeServer::FinishResult::Ok) {
        for (std::size_t i = 0; i < codes.size(); ++i) codes[i]->module = std::move(mods[i]);
        return tagged_modules(p, r == CodeServer::FinishResult::Duplicated ? "duplicated" : "not_purged", failed);
    }
    if (!on_load.empty()) return tagged_modules(p, "on_load", on_load);
    return am_ok;
}

EMBER_BIF(bif_delete_module) {
    if (!is_atom(args[0])) return badarg(p);
    switch (CodeServer::global().delete_module(args[0])) {
    case CodeServer::DeleteResult::Undefined: return am_undefined;
    case CodeServer::DeleteResult::NotPurged: return badarg(p);  // erl also logs "must be purged"
    case CodeServer::DeleteResult::Deleted: break;
    }
    return am_true;
}

EMBER_BIF(bif_check_old_code) {
    if (!is_atom(args[0])) return badarg(p);
    return make_bool(CodeServer::global().old_module(args[0]) != nullptr);
}

EMBER_BIF(bif_loaded) {
    std::vector<Term> mods = CodeServer::global().modules_with_code();
    return make_list_of(*p, mods.data(), mods.size());
}

std::mutex g_pre_loaded_mutex;
std::vector<Term> g_pre_loaded;  // set by OTP's boot

// erl lists the modules built into its emulator. On OTP's boot these are the erts modules Ember loads
// before init runs (nif/boot.cpp boot_otp). On Ember's own boot: the guest modules it loads and runs
// before any user code (docs/cli.md), the I/O server and init, and the CLI's boot process; only those
// actually loaded are listed (a host Runtime has no boot process).
EMBER_BIF(bif_pre_loaded) {
    std::vector<Term> mods;
    {
        std::lock_guard lock(g_pre_loaded_mutex);
        mods = g_pre_loaded;
    }
    if (mods.empty())
        for (const char* n : {"ember_boot", "ember_init", "ember_io_server"})
            if (CodeServer::global().find_module(atom(n))) mods.push_back(atom(n));
    return make_list_of(*p, mods.data(), mods.size());
}

// erlang:purge_module/1 on Ember's minimal boot, where OTP's erts_code_purger does not run (on OTP's
// boot erlang.erl's own purge_module/1 asks it): the same hard purge, badarg if there is no old code;
// else ember_code:purge_module/1 (lib/ember/src/ember_code.erl) kills the processes that execute the
// old code (ember_code:process_runs_old_code/2), then drops it.
EMBER_BIF(bif_purge_module_1) {
    if (!is_atom(args[0]) || !CodeServer::global().old_module(args[0])) return badarg(p);
    static const Term m = atom("ember_code");
    Export* ep = CodeServer::global().export_entry(m, atom("purge_module"), 1);
    if (!CodeServer::global().find_module(m)) loader::ensure_loaded(m);
    const Instr* target = ep->address.load(std::memory_order_acquire);
    if (target == ep->stub) return make_bool(CodeServer::global().purge_old(args[0]));  // no guest modules
    p->trap = target;
    p->trap_arity = 1;
    return kNonValue;
}

// ember_code:process_runs_old_code(Pid, Mod) -> boolean() | busy: whether Pid executes, or will
// return into, the old code of Mod (erts' check_process_code, asked from outside the process). busy:
// Pid runs right now on another scheduler; ask again.
EMBER_BIF(bif_process_runs_old_code) {
    if (!is_local_pid(args[0]) || !is_atom(args[1])) return badarg(p);
    Module* old = CodeServer::global().old_module(args[1]);
    if (!old) return am_false;
    if (args[0] == p->pid) return make_bool(runs_code_of(p, old));
    std::shared_lock<std::shared_mutex> table_lock;
    Process* q = scheduler::Scheduler::global().lookup(args[0], table_lock);
    if (!q) return am_false;
    std::unique_lock q_lock(q->main_lock, std::try_to_lock);
    if (!q_lock.owns_lock()) return atom("busy");
    // Checked under main_lock: an exiting process releases it only when it is done.
    ProcessStatus s = q->status.load();
    if (s == ProcessStatus::Exiting || s == ProcessStatus::Exited) return am_false;
    return make_bool(runs_code_of(q, old));
}

// ember_code:purge_old(Mod): drops the old code of Mod; false if there is none (any more).
EMBER_BIF(bif_purge_old) {
    if (!is_atom(args[0])) return badarg(p);
    return make_bool(CodeServer::global().purge_old(args[0]));
}

EMBER_BIF(bif_check_process_code) {
    if (!is_atom(args[0])) return badarg(p);
    Module* old = CodeServer::global().old_module(args[0]);
    return make_bool(old && runs_code_of(p, old));
}

EMBER_BIF(bif_check_dirty_process_code) {
    if (!is_system_process(p, "erts_dirty_process_signal_handler")) return notsup(p);
    if (!is_local_pid(args[0]) || !is_atom(args[1])) return badarg(p);
    if (args[0] == p->pid) return atom("normal");
    std::shared_lock<std::shared_mutex> table_lock;
    Process* q = scheduler::Scheduler::global().lookup(args[0], table_lock);
    if (!q) return am_false;
    std::unique_lock q_lock(q->main_lock, std::try_to_lock);
    if (!q_lock.owns_lock()) return atom("busy");
    if (!q->dirty_bif) return atom("normal");
    Module* old = CodeServer::global().old_module(args[1]);
    return make_bool(old && runs_code_of(q, old));
}

// The module the code purger is purging (between prepare and complete/abort), or kNonValue.
std::mutex g_purge_mutex;
Term g_purging = kNonValue;

EMBER_BIF(bif_purge_module_2) {
    if (!is_system_process(p, "erts_code_purger")) return notsup(p);
    if (!is_atom(args[0])) return badarg(p);
    std::lock_guard lock(g_purge_mutex);
    Term op = args[1];
    if (op == atom("prepare") || op == atom("prepare_on_load")) {
        if (g_purging != kNonValue) return badarg(p);
        // prepare_on_load: erl moves the failed on_load code into the old slot first; Ember already
        // dropped it in finish_after_on_load(Mod, false), so there is only old code to look for.
        if (!CodeServer::global().old_module(args[0])) return am_false;
        g_purging = args[0];
        return am_true;
    }
    if (op == atom("abort")) {
        if (g_purging != args[0]) return badarg(p);
        g_purging = kNonValue;
        return am_false;
    }
    if (op == atom("complete")) {
        if (g_purging != args[0]) return badarg(p);
        g_purging = kNonValue;
        return make_bool(CodeServer::global().purge_old(args[0]));
    }
    return badarg(p);
}

EMBER_BIF(bif_beamfile_chunk) {
    // The chunk id: a proper list of exactly four bytes.
    std::uint32_t id = 0;
    Term t = args[1];
    for (int i = 0; i < 4; ++i, t = cdr(t)) {
        if (!is_list(t) || !is_small(car(t)) || small_value(car(t)) < 0 || small_value(car(t)) > 255) return badarg(p);
        id = id << 8 | static_cast<std::uint32_t>(small_value(car(t)));
    }
    if (t != kNil) return badarg(p);
    std::vector<std::uint8_t> tmp;
    std::span<const std::uint8_t> bytes;
    if (!binary_bytes(args[0], tmp, bytes)) return badarg(p);
    std::optional<loader::ChunkSpan> chunk = loader::find_iff_chunk(bytes, id);
    if (!chunk || chunk->size == 0) return am_undefined;
    BinaryRef r = binary_ref(args[0]);
    if (!r.byte_aligned()) return make_binary(*p, bytes.data() + chunk->offset, chunk->size);
    return make_sub_binary(*p, args[0], chunk->offset * 8, chunk->size * 8);
}

EMBER_BIF(bif_beamfile_module_md5) {
    std::vector<std::uint8_t> tmp;
    std::span<const std::uint8_t> bytes;
    if (!binary_bytes(args[0], tmp, bytes)) return badarg(p);
    std::uint8_t md5[16];
    if (!loader::beamfile_md5(bytes, md5)) return am_undefined;
    return make_binary(*p, md5, sizeof md5);
}

// ---- erts_literal_area_collector (erts/preloaded/src/erts_literal_area_collector.erl) ----
// The collector switches to the next literal area to release (freeing the one before) and asks each
// process to copy what it refers to in it; each answers {copy_literals, {AreaId, How, Pid}, ok} after
// its collection. How (init | check_gc | need_gc) tells erl's process whether it may collect at
// once; Ember's always does, so the first request is answered ok. A dead process answers at once.

EMBER_BIF(bif_release_area_switch) {
    if (!is_system_process(p, "erts_literal_area_collector")) return notsup(p);
    return make_bool(literal_area_switch());
}

// In the target's context, or with q == nullptr for a dead target: req is {AreaId, How, Pid, Collector}.
Term copy_literals_request(Process* q, Term req, HeapAllocator& h) {
    Term id = make_tuple3(h, tuple_element(req, 0), tuple_element(req, 1), tuple_element(req, 2));
    Term reply = make_tuple3(h, atom("copy_literals"), id, am_ok);
    Term collector = tuple_element(req, 3);
    if (q) request_copy_literals(q, collector, reply);
    else send_signal(collector, make_signal(SignalKind::Message, tuple_element(req, 2), reply));
    return kNonValue;
}

EMBER_BIF(bif_send_copy_request) {
    if (!is_system_process(p, "erts_literal_area_collector")) return notsup(p);
    if (!is_local_pid(args[0])) return badarg(p);
    Term how = args[2];
    if (how != atom("init") && how != atom("check_gc") && how != atom("need_gc")) return badarg(p);
    Term req = make_tuple4(*p, args[1], how, args[0], p->pid);
    send_request_message(p, args[0], copy_literals_request, req);
    return am_ok;
}

const BifSpec kBifs[] = {
    {"erts_internal", "prepare_loading", 2, bif_prepare_loading, kCapCode},
    {"erlang", "has_prepared_code_on_load", 1, bif_has_prepared_code_on_load, kCapPure},
    {"erlang", "finish_loading", 1, bif_finish_loading, kCapCode},
    {"erlang", "delete_module", 1, bif_delete_module, kCapCode},
    {"erlang", "check_old_code", 1, bif_check_old_code, kCapPure},
    {"erlang", "loaded", 0, bif_loaded, kCapPure},
    {"erlang", "pre_loaded", 0, bif_pre_loaded, kCapPure},
    {"ember_code", "process_runs_old_code", 2, bif_process_runs_old_code, kCapCode},
    {"ember_code", "purge_old", 1, bif_purge_old, kCapCode},
    {"erts_internal", "check_process_code", 1, bif_check_process_code, kCapPure},
    {"erts_internal", "check_dirty_process_code", 2, bif_check_dirty_process_code, kCapCode},
    {"erts_internal", "purge_module", 2, bif_purge_module_2, kCapCode},
    {"erts_internal", "beamfile_chunk", 2, bif_beamfile_chunk, kCapPure},
    {"erts_internal", "beamfile_module_md5", 1, bif_beamfile_module_md5, kCapPure},
    {"erts_literal_area_collector", "release_area_switch", 0, bif_release_area_switch, kCapCode},
    {"erts_literal_area_collector", "send_copy_request", 3, bif_send_copy_request, kCapCode},
};

// Only on Ember's minimal boot: on OTP's, erlang.erl's own purge_module/1 asks erts_code_purger.
const BifSpec kMinimalBootBifs[] = {
    {"erlang", "purge_module", 1, bif_purge_module_1, kCapCode, DirtyKind::None, /*traps=*/true},
};

}  // namespace

void set_pre_loaded(std::vector<Term> modules) {
    std::lock_guard lock(g_pre_loaded_mutex);
    g_pre_loaded = std::move(modules);
}

std::span<const BifSpec> code_loading_bifs() { return kBifs; }
std::span<const BifSpec> minimal_boot_code_loading_bifs() { return kMinimalBootBifs; }

}  // namespace ember::bifs
