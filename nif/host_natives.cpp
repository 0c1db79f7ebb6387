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
#include <algorithm>
#include <array>
#include <exception>
#include <set>
#include <utility>

#include "nif/runtime_impl.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
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
