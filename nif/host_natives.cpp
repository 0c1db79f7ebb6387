// Runtime::install_nifs: host natives as BIF rows (vm/native.hpp BifSpec) on the export entries of
// their MFAs (vm::CodeServer::register_bifs).
//
// A BifFn is a plain function pointer that gets only the process and the arguments, so each installed
// native takes one of kMaxHostNatives slots, and slot N's BifSpec points at trampoline<N>, which calls
// the slot's std::function. Slots are never freed (exports are never freed either, and threaded code
// may hold the export): a native stays installed until the OS process ends.
//
// The call: the arguments are copied out of the caller's heap into OwnedTerms, the native runs, its
// result is copied into the caller's heap (Process is a HAlloc-style HeapAllocator: no GC during a
// native), or what it raised is raised on the process.
//
// ember_dirty:apply(Kind, M, F, Args) runs the host native M:F/length(Args) on the dirty pool Kind
// (cpu | io), whatever kind it was installed with: the durable-workflow engine's `dirty` activity
// option (docs/workflows.md). A normal BIF checks the arguments and the target's capabilities, then
// moves the call to the pool (vm/dirty.hpp schedule_dirty), where the target's slot runs as if called
// directly. Only host natives: a NIF library's function finds its library through its own BifSpec
// (Process::native_spec) and may reschedule itself, so it is not called from here.
// ember_dirty:is_host_native(M, F, A) tells whether M:F/A is one.
#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "nif/runtime_impl.hpp"
#include "nif/static_nifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/capabilities.hpp"
#include "vm/dirty.hpp"
#include "vm/exceptions.hpp"
#include "vm/module.hpp"
#include "vm/runtime_support.hpp"

namespace ember {

using namespace ember::vm;
using host::error;

namespace {

constexpr std::size_t kMaxHostNatives = 4096;

struct HostNative {
    std::string module;
    std::string function;
    NativeFn fn;
    BifSpec spec{};
};

// Allocated when installed and never freed (a registered BifSpec points into it): zero-initialized
// storage costs nothing at start-up, where 4,096 constructed slots cost ~0.7 MB of page faults.
HostNative* g_natives[kMaxHostNatives];
std::size_t g_native_count = 0;        // slots in use (guarded by g_natives_mutex; slots are immutable once published)
std::set<std::string> g_native_modules;
std::mutex g_natives_mutex;

Term call_native(std::size_t slot, Process* p, const Term* args) {
    const HostNative& n = *g_natives[slot];
    std::vector<OwnedTerm> copies;
    copies.reserve(n.spec.arity);
    for (unsigned i = 0; i < n.spec.arity; ++i) copies.push_back(OwnedTerm::copy_of(args[i]));
    NifContext ctx(Pid{pid_number(p->pid)}, p->capabilities);
    OwnedTerm result;
    try {
        result = n.fn(ctx, std::span<const OwnedTerm>(copies));
    } catch (const std::exception& e) {
        raise_error_args(p, make_tuple2(*p, AtomTable::global().intern("host_native_exception"),
                                        make_binary(*p, std::string_view(e.what()))));
        return kNonValue;
    } catch (...) {
        raise_error_args(p, make_tuple2(*p, AtomTable::global().intern("host_native_exception"),
                                        make_binary(*p, std::string_view("unknown C++ exception"))));
        return kNonValue;
    }
    switch (ctx.raised()) {
    case NifContext::Raise::Error: raise_error_args(p, ctx.raised_term().copy_into(*p)); return kNonValue;
    case NifContext::Raise::Exit: raise_exit(p, ctx.raised_term().copy_into(*p)); return kNonValue;
    case NifContext::Raise::Throw: raise_throw(p, ctx.raised_term().copy_into(*p)); return kNonValue;
    case NifContext::Raise::None: break;
    }
    if (!result.is_value()) return badarg(p);
    return result.copy_into(*p);
}

template <std::size_t N>
Term trampoline(Process* p, const Term* args) {
    return call_native(N, p, args);
}

template <std::size_t... I>
constexpr std::array<BifFn, sizeof...(I)> make_trampolines(std::index_sequence<I...>) {
    return {&trampoline<I>...};
}

constexpr std::array<BifFn, kMaxHostNatives> kTrampolines = make_trampolines(std::make_index_sequence<kMaxHostNatives>());

// The slot of the host native that M:F/A's export runs, if it runs one.
std::optional<std::size_t> host_native_slot(Term m, Term f, std::int64_t arity) {
    if (!is_atom(m) || !is_atom(f) || arity < 0 || arity > 255) return std::nullopt;
    Export* ep = CodeServer::global().find_defined(m, f, static_cast<unsigned>(arity));
    if (!ep || !ep->bif) return std::nullopt;
    std::lock_guard lock(g_natives_mutex);
    for (std::size_t slot = 0; slot < g_native_count; ++slot)
        if (&g_natives[slot]->spec == ep->bif) return slot;
    return std::nullopt;
}

// ember_dirty:apply/4 on its pool: the arguments are still (Kind, M, F, Args), checked by
// bif_dirty_apply_4.
Term dirty_apply_on_pool(Process* p, const Term* args) {
    std::optional<std::size_t> slot = host_native_slot(args[1], args[2], list_length(args[3]));
    if (!slot) return badarg(p);
    std::vector<Term> argv;
    for (Term l = args[3]; is_list(l); l = cdr(l)) argv.push_back(car(l));
    return call_native(*slot, p, argv.data());
}

const BifSpec kDirtyApplyCpu{"ember_dirty", "apply", 4, dirty_apply_on_pool, kCapPure, DirtyKind::Cpu};
const BifSpec kDirtyApplyIo{"ember_dirty", "apply", 4, dirty_apply_on_pool, kCapPure, DirtyKind::Io};

// ember_dirty:apply(Kind, M, F, Args): the host native's value (or what it raises), computed on the
// dirty pool Kind. badarg: Kind not cpu | io, Args not a proper list, M:F/A not a host native.
Term bif_dirty_apply_4(Process* p, const Term* args) {
    static const Term am_cpu = AtomTable::global().intern("cpu");
    static const Term am_io = AtomTable::global().intern("io");
    if (args[0] != am_cpu && args[0] != am_io) return badarg(p);
    std::optional<std::size_t> slot = host_native_slot(args[1], args[2], list_length(args[3]));
    if (!slot) return badarg(p);
    const BifSpec& target = g_natives[*slot]->spec;
    if (!require_capabilities(p, target.capabilities, p->capabilities, target.module, target.function, target.arity))
        return kNonValue;
    return schedule_dirty(p, args[0] == am_cpu ? &kDirtyApplyCpu : &kDirtyApplyIo);
}

// ember_dirty:is_host_native(M, F, A) -> boolean().
Term bif_is_host_native_3(Process* p, const Term* args) {
    if (!is_atom(args[0]) || !is_atom(args[1]) || !is_small(args[2])) return badarg(p);
    return make_bool(host_native_slot(args[0], args[1], small_value(args[2])).has_value());
}

const BifSpec kDirtyApplyBifs[] = {
    {"ember_dirty", "apply", 4, bif_dirty_apply_4, kCapPure},
    {"ember_dirty", "is_host_native", 3, bif_is_host_native_3, kCapPure},
};

std::string mfa_text(std::string_view m, std::string_view f, unsigned a) {
    return std::string(m) + ":" + std::string(f) + "/" + std::to_string(a);
}

}  // namespace

OwnedTerm NifContext::raise_error(const OwnedTerm& reason) {
    m_raise = Raise::Error;
    m_raised = reason.is_value() ? reason : term::atom("badarg");
    return OwnedTerm::copy_of(kNonValue);
}

OwnedTerm NifContext::raise_exit(const OwnedTerm& reason) {
    m_raise = Raise::Exit;
    m_raised = reason.is_value() ? reason : term::atom("badarg");
    return OwnedTerm::copy_of(kNonValue);
}

OwnedTerm NifContext::raise_throw(const OwnedTerm& value) {
    m_raise = Raise::Throw;
    m_raised = value.is_value() ? value : term::atom("badarg");
    return OwnedTerm::copy_of(kNonValue);
}

OwnedTerm NifContext::raise_badarg() { return raise_error(term::atom("badarg")); }

Result<void> Runtime::install_nifs(std::string_view module, std::span<const NativeSpec> table) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    AtomTable& atoms = AtomTable::global();
    Term m = atoms.intern(module);
    if (module.empty() || m == kNonValue) return error(Errc::BadArg, "bad module name");
    CodeServer& code = CodeServer::global();
    std::lock_guard lock(g_natives_mutex);
    if (g_native_count + table.size() > kMaxHostNatives)
        return error(Errc::BadArg, "more than " + std::to_string(kMaxHostNatives) + " host natives");
    // Validate every row before installing any.
    std::set<std::pair<std::string, unsigned>> seen;
    for (const NativeSpec& row : table) {
        std::string mfa = mfa_text(module, row.name, row.arity);
        Term f = atoms.intern(row.name);
        if (row.name.empty() || f == kNonValue) return error(Errc::BadArg, "bad function name in " + mfa);
        if (row.arity > 255) return error(Errc::BadArg, mfa + ": arity above 255");
        if (!row.fn) return error(Errc::BadArg, mfa + ": no function");
        if (row.dirty != DirtyKind::None && row.dirty != DirtyKind::Cpu && row.dirty != DirtyKind::Io)
            return error(Errc::BadArg, mfa + ": bad dirty kind");
        if (!seen.insert({row.name, row.arity}).second) return error(Errc::Duplicate, mfa + " appears twice in the table");
        Export* ep = code.find_defined(m, f, row.arity);
        if (ep && ep->bif) return error(Errc::Duplicate, mfa + " is already a native");
    }
    for (const NativeSpec& row : table) {
        std::size_t slot = g_native_count++;
        g_natives[slot] = new HostNative;
        HostNative& n = *g_natives[slot];
        n.module = std::string(module);
        n.function = row.name;
        n.fn = row.fn;
        n.spec = BifSpec{n.module.c_str(), n.function.c_str(), static_cast<std::uint8_t>(row.arity),
                         kTrampolines[slot], row.capabilities, row.dirty};
        code.register_bifs(&n.spec, 1);  // publishes the export's stub (release store)
    }
    if (!table.empty()) g_native_modules.insert(std::string(module));
    return {};
}

std::span<const BifSpec> nif::dirty_apply_bifs() { return kDirtyApplyBifs; }

bool host::has_natives(Term module) {
    if (!is_atom(module)) return false;
    std::lock_guard lock(g_natives_mutex);
    return g_native_modules.count(std::string(atom_name(module))) != 0;
}

std::vector<std::string> Runtime::registered_nif_modules() const {
    std::lock_guard lock(g_natives_mutex);
    return std::vector<std::string>(g_native_modules.begin(), g_native_modules.end());
}

}  // namespace ember
