// Resolving calls through exports, funs and apply (OTP beam_common.c apply/fixed_apply/call_fun,
// error_handler:undefined_function for on-demand loading).
#include <cstdio>

#include "vm/atom_table.hpp"
#include "vm/exceptions.hpp"
#include "vm/interp.hpp"
#include "vm/runtime_support.hpp"
#include "vm/services.hpp"

namespace ember::vm {

namespace {
// error:undef with the first frame {M, F, Args, []}.
void raise_undef(Process* p, Term module, Term function, std::uint32_t arity, const Term* x) {
    raise_error(p, am_undef);
    Term args = make_list_of(*p, x, arity);
    Term frame = make_tuple4(*p, module, function, args, kNil);
    p->exc_stacktrace = stacktrace_of_call(p, frame);
    p->reraised = true;  // the trace is complete
}
}  // namespace

// ErrorHandler:undefined_function(M, F, Args), or undefined_lambda(M, Fun, Args), continues the call
// (OTP kernel error_handler.erl; the module is process_flag(error_handler)'s), once that module is
// loaded; nullptr before. `first` and `second` become its first two arguments, x[0..arity) the third.
static const Instr* to_error_handler(Process* p, Term handler_function, Term first, Term second,
                                     std::uint32_t arity, Term* x) {
    static const Term default_module = AtomTable::global().intern("error_handler");
    Term handler_module = p->error_handler == kNil ? default_module : p->error_handler;
    Export* handler = CodeServer::global().export_entry(handler_module, handler_function, 3);
    if (handler->address.load(std::memory_order_acquire) == handler->stub && handler_module != default_module &&
        !CodeServer::global().find_module(handler_module))
        load_module_on_demand(handler_module, nullptr);
    const Instr* target = handler->address.load(std::memory_order_acquire);
    if (target == handler->stub || (first == handler_module && second == handler_function && arity == 3))
        return nullptr;
    Term args = make_list_of(*p, x, arity);
    x[0] = first;
    x[1] = second;
    x[2] = args;
    return target;
}

// Ember's guest modules (lib/ember: the script and workflow layers, ember_code, ...) are part of the
// system, as erl's preloaded modules are: on OTP's boot too the VM loads them from its own code path,
// so they work without being on code_server's path (code:get_path/0 stays erl's).
static bool loads_as_guest_module(Term module) {
    std::string_view name = atom_name(module);
    if (!name.starts_with("ember_") || CodeServer::global().find_module(module)) return false;
    return load_module_on_demand(module, nullptr) != nullptr;
}

const Instr* resolve_undefined(Process* p, Export* ep, Term* x) {
    if ((g_undefined_calls_to_error_handler || p->error_handler != kNil) && !loads_as_guest_module(ep->module))
        if (const Instr* handler = to_error_handler(p, am_undefined_function, ep->module, ep->function, ep->arity, x))
            return handler;
    if (!CodeServer::global().find_module(ep->module)) {
        std::string error;
        Module* m = load_module_on_demand(ep->module, &error);
        if (!m && error == kOnLoadPendingError) {
            // As erl's error_handler: the call waits in ember_code:undefined_function(M, F, Args) for the
            // module's on_load function, then goes ahead or raises undef.
            static const Term handler_module = AtomTable::global().intern("ember_code");
            static const Term handler_function = AtomTable::global().intern("undefined_function");
            Export* handler = CodeServer::global().export_entry(handler_module, handler_function, 3);
            if (!CodeServer::global().find_module(handler_module)) load_module_on_demand(handler_module, nullptr);
            if (handler->address.load(std::memory_order_acquire) != handler->stub) {
                Term args = make_list_of(*p, x, ep->arity);
                x[0] = ep->module;
                x[1] = ep->function;
                x[2] = args;
                return handler->address.load(std::memory_order_acquire);
            }
        } else if (!m && error != "nofile") {
            // As OTP's code server reports a module that exists but does not load.
            std::fprintf(stderr, "=ERROR REPORT====\nLoading of module %s failed: %s\n\n",
                         std::string(atom_name(ep->module)).c_str(), error.c_str());
        }
    }
    const Instr* target = ep->address.load(std::memory_order_acquire);
    if (target != ep->stub || ep->bif) return target;
    raise_undef(p, ep->module, ep->function, ep->arity, x);
    return nullptr;
}

void unwrap_apply(Term& module, Term& function, std::uint32_t& arity, Term* x) {
    while (module == am_erlang && function == am_apply && arity == 3) {
        std::int64_t n = list_length(x[2]);
        if (n < 0 || n > 255) return;
        module = x[0];
        function = x[1];
        Term list = x[2];
        for (std::uint32_t i = 0; is_list(list); list = cdr(list)) x[i++] = car(list);
        arity = std::uint32_t(n);
    }
}

const Instr* resolve_apply(Process* p, Term module, Term function, std::uint32_t arity, Term* x) {
    if (!is_atom(module) || !is_atom(function)) {
        // As erl: the stack trace starts with erlang:apply(Module, Function, Args) and its error_info.
        raise_error(p, am_badarg);
        static const Export* apply3 = CodeServer::global().find_defined(am_erlang, am_apply, 3);
        if (apply3 && apply3->bif) {
            Term args[3] = {module, function, make_list_of(*p, x, arity)};
            set_bif_error_frame(p, apply3->bif, args);
        }
        return nullptr;
    }
    Export* ep = CodeServer::global().export_entry(module, function, arity);
    return ep->address.load(std::memory_order_acquire);
}

const Instr* resolve_fun_call(Process* p, Term fun, std::uint32_t arity, Term* x) {
    if (is_closure(fun)) {
        FunEntry* fe = closure_entry(fun);
        std::uint32_t num_free = static_cast<std::uint32_t>(closure_num_free(fun));
        if (fe->arity - num_free != arity) {
            Term args = make_list_of(*p, x, arity);
            raise_error(p, make_tuple2(*p, am_badarity, make_tuple2(*p, fun, args)));
            return nullptr;
        }
        if (fe->module->purged.load(std::memory_order_acquire)) {
            // The fun's code was purged (OTP: the fun entry no longer has code unless a loaded module
            // with the same MD5 defines it). With no current version at all, erl's
            // error_handler:undefined_lambda loads the module first and raises undef if it cannot.
            Term name = fe->module->name;
            if (!CodeServer::global().find_module(name) &&
                (g_undefined_calls_to_error_handler || p->error_handler != kNil)) {
                if (const Instr* handler = to_error_handler(p, am_undefined_lambda, name, fun, arity, x)) {
                    p->trap_arity = 3;
                    return handler;
                }
            }
            if (!CodeServer::global().find_module(name) && !load_module_on_demand(name, nullptr)) {
                // error_handler:undefined_lambda's crash: undef with {Fun, Args, []} on top.
                raise_error(p, am_undef);
                Term frame = make_tuple3(*p, fun, make_list_of(*p, x, arity), kNil);
                p->exc_stacktrace = stacktrace_of_call(p, frame, p->i);
                p->reraised = true;  // the trace is complete
                return nullptr;
            }
            const FunEntry* live = CodeServer::global().live_lambda(fe);
            if (!live) {
                raise_error(p, make_tuple2(*p, am_badfun, fun));
                return nullptr;
            }
            fe = const_cast<FunEntry*>(live);
        }
        const Term* env = closure_free_vars(fun);
        for (std::uint32_t k = 0; k < num_free; ++k) x[arity + k] = env[k];
        p->trap_arity = arity + num_free;
        return fe->address;
    }
    if (is_export_fun(fun)) {
        Export* ep = export_fun_entry(fun);
        if (ep->arity != arity) {
            Term args = make_list_of(*p, x, arity);
            raise_error(p, make_tuple2(*p, am_badarity, make_tuple2(*p, fun, args)));
            return nullptr;
        }
        p->trap_arity = arity;
        return ep->address.load(std::memory_order_acquire);
    }
    raise_error(p, make_tuple2(*p, am_badfun, fun));
    return nullptr;
}

}  // namespace ember::vm
