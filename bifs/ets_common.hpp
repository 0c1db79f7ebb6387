// Helpers shared by the ets BIF files (bifs/ets.cpp, bifs/ets_select.cpp).
#pragma once

#include "bifs/bif.hpp"
#include "bifs/ets_table.hpp"
#include "vm/copy.hpp"

namespace ember::bifs::ets {

// What an operation needs of the caller (OTP: DB_READ / DB_WRITE / owner-only operations).
enum class Need : std::uint8_t { Read, Write, Owner };

// The live table `tid` names if p may use it that way, else nullptr (the caller raises badarg).
inline TablePtr table_for(Process* p, Term tid, Need need) {
    TablePtr t = Registry::global().find(tid);
    if (!t || t->dead.load(std::memory_order_relaxed)) return nullptr;
    Access a = t->access.load(std::memory_order_relaxed);
    bool own = t->owned_by(p->pid);
    if (own || (need == Need::Read && (a != Access::Private || p->ets_super_user)) || (need == Need::Write && a == Access::Public)) return t;
    return nullptr;
}

// The ets_shared capability (docs/capabilities.md): a table another process owns needs it, whatever
// the access. shared<F> wraps a BIF whose first argument names a table (tid or name): for a caller
// without ets_shared it denies the call when that table exists and is not the caller's; F then never
// runs. A process holding ets_shared pays one AND.
void deny_shared_table(Process* p, vm::BifFn self);  // the denial for the row whose fn is `self`
template <vm::BifFn F>
Term shared(Process* p, const Term* args) {
    if (!(p->capabilities & vm::kCapEtsShared)) [[unlikely]] {
        TablePtr t = Registry::global().find(args[0]);
        if (t && !t->owned_by(p->pid)) {
            deny_shared_table(p, &shared<F>);
            return vm::kNonValue;
        }
    }
    return F(p, args);
}

// A copy of a term read from table storage into p's heap (called with the table lock held).
inline Term copy_out(Process* p, Term t) { return vm::is_immed(t) ? t : vm::copy_term(t, *p); }

// A tuple that may be stored in t (arity >= keypos).
inline bool storable(const Table& t, Term obj) { return vm::is_tuple(obj) && vm::tuple_arity(obj) >= t.keypos; }

}  // namespace ember::bifs::ets

namespace ember::bifs {
// ets:info(T, binary): {Address, Size, RefCount} of the refc binaries in T's objects
// (bifs/erts_internal_misc.cpp).
Term ets_table_binary_info(vm::Process* p, const ets::TablePtr& t);
}  // namespace ember::bifs
