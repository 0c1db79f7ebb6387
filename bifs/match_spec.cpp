// Match-spec compiler and interpreter (see bifs/match_spec.hpp).
#include "bifs/match_spec.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "bifs/bif.hpp"
#include "bifs/erlang_info.hpp"
#include "bifs/trace_internal.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/compare.hpp"
#include "vm/hash.hpp"
#include "vm/magic_ref.hpp"
#include "vm/map.hpp"
#include "vm/module.hpp"
#include "vm/runtime_support.hpp"
#include "vm/services.hpp"
#include "vm/term_print.hpp"

namespace ember::bifs::ms {

using namespace ember::vm;

namespace {

constexpr int kMaxVar = 100000000;  // '$N' with N above this is an ordinary atom (as erl)
// Nesting depth of heads and expressions the compiler accepts: the compiler and the interpreter recurse
// on it, so it bounds their C stack use (about 200 bytes a level). erl has no such limit; a list in a
// head counts one level per element. AddressSanitizer builds have far larger frames (redzones), so
// they accept less, to keep the same margin on an 8 MB stack.
#ifdef __SANITIZE_ADDRESS__
constexpr int kMaxDepth = 400;
#else
constexpr int kMaxDepth = 2000;
#endif

struct Pat {
    enum Kind : std::uint8_t { Any, Var, Const, Tuple, Cons, Map } kind = Any;
    int var = 0;
    Term value = kNil;       // Const: the term; Map: unused
    std::vector<Pat> kids;   // Tuple: elements; Cons: head, tail; Map: values
    std::vector<Term> keys;  // Map
};

enum class Op : std::uint8_t {
    Const, Var, Whole, AllVars, Tuple, List, Map, Bif, AndAlso, OrElse, And, Or, Not, Xor,
    Lt, Le, Gt, Ge, EqExact, NeExact, Eq, Ne, Self,
    // trace dialect only
    Message, ReturnTrace, ExceptionTrace, Caller, CallerLine, Silent, ProcessDump, Display, EnableTrace,
    DisableTrace, Trace, SetTcw, GetTcw, SetSeqToken, GetSeqToken, IsSeqTrace, TraceUndefined,
};

struct Expr {
    Op op = Op::Const;
    Term value = kNil;  // Const
    int var = 0;
    bool has_tail = false;  // List: the last kid is the tail
    BifFn fn = nullptr;
    std::vector<Expr> kids;
};

struct Clause {
    Pat head;
    std::vector<Expr> guards;
    std::vector<Expr> body;
    int nvars = 0;
    std::vector<int> var_order;  // variables the head binds, ascending ('$$')
    bool body_is_object = false;
};

}  // namespace

class CompiledMs {
public:
    OwnedTerm source;
    Dialect dialect = Dialect::Table;
    std::vector<Clause> clauses;
    bool uses_caller_line = false;
};

namespace {

// '$N' -> N, '_' -> -2, other atoms -> -1.
int var_number(Term a) {
    std::string_view s = atom_name(a);
    if (s == "_") return -2;
    if (s.size() < 2 || s[0] != '$' || s.size() > 10) return -1;
    int n = 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        n = n * 10 + (s[i] - '0');
    }
    if (s.size() > 2 && s[1] == '0') return -1;  // '$01' is not a variable
    return n > kMaxVar ? -1 : n;
}

struct Compiler {
    Dialect dialect;
    std::vector<std::string>* errors;
    std::vector<bool> bound;
    bool failed = false;
    int depth = 0;
    bool uses_caller_line = false;

    struct Nest {
        Compiler& c;
        explicit Nest(Compiler& c_) : c(c_) { ++c.depth; }
        ~Nest() { --c.depth; }
    };
    bool nested_too_deeply = false;
    bool too_deep() {
        if (depth <= kMaxDepth) return false;
        error("Match program is nested too deeply.");
        nested_too_deeply = true;
        return true;
    }

    void error(std::string text) {
        if (!failed && errors) errors->push_back(std::move(text));
        failed = true;
    }

    Pat pattern(Term t) {
        Pat p;
        Nest nest(*this);
        if (too_deep()) return p;
        if (is_atom(t)) {
            int v = var_number(t);
            if (v == -2) return p;
            if (v >= 0) {
                p.kind = Pat::Var;
                p.var = v;
                if (bound.size() <= std::size_t(v)) bound.resize(std::size_t(v) + 1, false);
                bound[std::size_t(v)] = true;
                return p;
            }
        }
        if (is_tuple(t) || is_list(t)) {
            p.kind = is_tuple(t) ? Pat::Tuple : Pat::Cons;
            if (is_tuple(t))
                for (Word i = 0; i < tuple_arity(t); ++i) p.kids.push_back(pattern(tuple_element(t, i)));
            else
                p.kids = {pattern(car(t)), pattern(cdr(t))};
            // No variable inside: one =:= compare (and a constant key select can look up).
            if (std::all_of(p.kids.begin(), p.kids.end(), [](const Pat& k) { return k.kind == Pat::Const; })) {
                p.kind = Pat::Const;
                p.value = t;
                p.kids.clear();
            }
            return p;
        }
        if (is_map(t)) {
            p.kind = Pat::Map;
            Word cursor = 0;
            Term k, v;
            while (map_next(t, cursor, k, v)) {
                if (is_atom(k) && var_number(k) == -2) error("Underscore found in map key.");
                else if (is_atom(k) && var_number(k) >= 0) error("Variable found in map key.");
                p.keys.push_back(k);
                p.kids.push_back(pattern(v));
            }
            return p;
        }
        p.kind = Pat::Const;
        p.value = t;
        return p;
    }

    struct FnSpec {
        const char* name;
        int arity;  // -1: any number >= 1
        Op op;
        bool trace_only;
    };

    Expr call(Term t) {
        Expr e;
        Term f = tuple_element(t, 0);
        int arity = int(tuple_arity(t)) - 1;
        std::string_view name = atom_name(f);
        static const FnSpec specials[] = {
            {"andalso", -1, Op::AndAlso, false}, {"orelse", -1, Op::OrElse, false},
            {"and", -1, Op::And, false},         {"or", -1, Op::Or, false},
            {"not", 1, Op::Not, false},          {"xor", 2, Op::Xor, false},
            {"<", 2, Op::Lt, false},             {"=<", 2, Op::Le, false},
            {">", 2, Op::Gt, false},             {">=", 2, Op::Ge, false},
            {"=:=", 2, Op::EqExact, false},      {"=/=", 2, Op::NeExact, false},
            {"==", 2, Op::Eq, false},            {"/=", 2, Op::Ne, false},
            {"self", 0, Op::Self, false},        {"message", 1, Op::Message, true},
            {"return_trace", 0, Op::ReturnTrace, true}, {"exception_trace", 0, Op::ExceptionTrace, true},
            {"display", 1, Op::Display, true}, {"process_dump", 0, Op::ProcessDump, true},
            {"enable_trace", 1, Op::EnableTrace, true}, {"enable_trace", 2, Op::EnableTrace, true},
            {"disable_trace", 1, Op::DisableTrace, true}, {"disable_trace", 2, Op::DisableTrace, true},
            {"trace", 2, Op::Trace, true},   {"trace", 3, Op::Trace, true},
            {"caller", 0, Op::Caller, true}, {"caller_line", 0, Op::CallerLine, true},
            {"current_stacktrace", 0, Op::TraceUndefined, true}, {"current_stacktrace", 1, Op::TraceUndefined, true},
            {"set_seq_token", 2, Op::SetSeqToken, true}, {"get_seq_token", 0, Op::GetSeqToken, true},
            {"is_seq_trace", 0, Op::IsSeqTrace, true}, {"silent", 1, Op::Silent, true},
            {"set_tcw", 1, Op::SetTcw, true}, {"get_tcw", 0, Op::GetTcw, true},
        };
        // Guard BIFs a match spec may call (erl_db_util.c guard_tab), resolved to the erlang BIFs.
        static const std::pair<const char*, int> bifs[] = {
            {"is_atom", 1}, {"is_float", 1}, {"is_integer", 1}, {"is_list", 1}, {"is_number", 1},
            {"is_pid", 1}, {"is_port", 1}, {"is_reference", 1}, {"is_tuple", 1}, {"is_map", 1},
            {"is_binary", 1}, {"is_function", 1}, {"is_record", 3}, {"is_map_key", 2}, {"abs", 1},
            {"element", 2}, {"hd", 1}, {"tl", 1}, {"length", 1}, {"map_get", 2}, {"map_size", 1},
            {"node", 0}, {"node", 1}, {"float", 1}, {"round", 1}, {"trunc", 1}, {"size", 1},
            {"bit_size", 1}, {"byte_size", 1}, {"binary_part", 2}, {"binary_part", 3}, {"+", 1},
            {"-", 1}, {"+", 2}, {"-", 2}, {"*", 2}, {"/", 2}, {"div", 2}, {"rem", 2}, {"band", 2},
            {"bor", 2}, {"bxor", 2}, {"bnot", 1}, {"bsl", 2}, {"bsr", 2},
        };
        for (const FnSpec& s : specials) {
            if (name != s.name || !(s.arity == arity || (s.arity == -1 && arity >= 1))) continue;
            if (s.trace_only && dialect != Dialect::Trace) {
                error("Special form '" + std::string(name) + "' used in wrong dialect.");
                return e;
            }
            e.op = s.op;
            if (e.op == Op::CallerLine) uses_caller_line = true;
            for (int i = 1; i <= arity; ++i) e.kids.push_back(expr(tuple_element(t, Word(i))));
            return e;
        }
        for (const auto& [bname, barity] : bifs) {
            if (name != bname || arity != barity) continue;
            Export* ex = CodeServer::global().find_defined(am_erlang, f, std::uint32_t(arity));
            if (ex == nullptr || ex->bif == nullptr) break;
            e.op = Op::Bif;
            e.fn = ex->bif->fn;
            for (int i = 1; i <= arity; ++i) e.kids.push_back(expr(tuple_element(t, Word(i))));
            return e;
        }
        error("Function " + format_term_w(f) + "/" + std::to_string(arity) + " does_not_exist.");
        return e;
    }

    Expr expr(Term t) {
        Expr e;
        Nest nest(*this);
        if (too_deep()) return e;
        if (is_atom(t)) {
            std::string_view s = atom_name(t);
            if (s == "$_") {
                e.op = Op::Whole;
                return e;
            }
            if (s == "$$") {
                e.op = Op::AllVars;
                return e;
            }
            int v = var_number(t);
            if (v >= 0) {
                if (std::size_t(v) >= bound.size() || !bound[std::size_t(v)]) {
                    error("Variable " + std::string(s) + " is unbound.");
                    return e;
                }
                e.op = Op::Var;
                e.var = v;
                return e;
            }
            e.value = t;
            return e;
        }
        if (is_list(t)) {
            e.op = Op::List;
            Term l = t;
            for (; is_list(l); l = cdr(l)) e.kids.push_back(expr(car(l)));
            if (l != kNil) {
                e.has_tail = true;
                e.kids.push_back(expr(l));
            }
            return e;
        }
        if (is_map(t)) {
            e.op = Op::Map;
            Word cursor = 0;
            Term k, v;
            while (map_next(t, cursor, k, v)) {
                e.kids.push_back(expr(k));
                e.kids.push_back(expr(v));
            }
            return e;
        }
        if (is_tuple(t)) {
            Word n = tuple_arity(t);
            if (n == 1 && is_tuple(tuple_element(t, 0))) {
                Term inner = tuple_element(t, 0);
                e.op = Op::Tuple;
                for (Word i = 0; i < tuple_arity(inner); ++i) e.kids.push_back(expr(tuple_element(inner, i)));
                return e;
            }
            if (n == 2 && tuple_element(t, 0) == atom("const")) {
                e.value = tuple_element(t, 1);
                return e;
            }
            if (n >= 1 && is_atom(tuple_element(t, 0))) return call(t);
            error(format_term_w(t) + " is neither a function call, nor a tuple (tuples are written {{ ... }}).");
            return e;
        }
        e.value = t;  // numbers, binaries, pids, refs, funs, []
        return e;
    }

    Clause clause(Term c) {
        Clause cl;
        if (!is_tuple(c) || tuple_arity(c) != 3) {
            error("Match program part is not a tuple of arity 3.");
            return cl;
        }
        bound.clear();
        Term head = tuple_element(c, 0);
        if (dialect == Dialect::Trace && !is_list(head) && head != kNil && !(is_atom(head) && var_number(head) != -1)) {
            error("Match head is not a list or the atom '_'.");  // FIXME: erl's exact text
            return cl;
        }
        cl.head = pattern(head);
        for (std::size_t v = 0; v < bound.size(); ++v)
            if (bound[v]) cl.var_order.push_back(int(v));
        cl.nvars = int(bound.size());
        Term guards = tuple_element(c, 1), body = tuple_element(c, 2);
        if (list_length(guards) < 0) {
            error("Match expression is not a list.");
            return cl;
        }
        if (list_length(body) < 0 || (list_length(body) == 0 && dialect != Dialect::Trace)) {  // trace: [] is allowed
            error("Body clause does not return anything.");
            return cl;
        }
        for (Term l = guards; is_list(l); l = cdr(l)) cl.guards.push_back(expr(car(l)));
        for (Term l = body; is_list(l); l = cdr(l)) cl.body.push_back(expr(car(l)));
        cl.body_is_object = cl.body.size() == 1 && cl.body[0].op == Op::Whole;
        return cl;
    }
};

// ---- running ---------------------------------------------------------------------------------------------

struct Runner {
    Process* p;
    Term obj;
    std::vector<Term>& vars;
    bool return_trace = false;
    bool exception_trace = false;
    Term message = kNonValue;
    const TraceCall* call = nullptr;  // nullptr: not a traced call (erlang:match_spec_test/3, ETS)
    int silent = -1;

    // The process a trace function names: itself when `spec` is absent (kNonValue), else a local pid
    // or a registered name; nullptr when there is none (looked up under `lock`).
    Process* target(Term spec, std::shared_lock<std::shared_mutex>& lock) {
        if (spec == kNonValue || spec == p->pid) return p;
        if (is_atom(spec)) spec = scheduler::Scheduler::global().whereis(spec);
        if (spec == p->pid) return p;
        if (!is_local_pid(spec)) return nullptr;
        return lookup_process(spec, lock);
    }

    // enable_trace/disable_trace([Pid,] Flag) and trace([Pid,] Disable, Enable): flags of the named
    // process change with the tracer of the process being traced, or the one an Enable list names.
    // Returns true if the target exists and its flags changed (enable/disable: if it exists).
    Term change_trace(const Expr& e, const Clause& c) {
        std::vector<Term> a;
        for (const Expr& k : e.kids) {
            Term v = eval(k, c);
            if (v == kNonValue) return v;
            a.push_back(v);
        }
        Term spec = kNonValue, off = kNil, on = kNil;
        if (e.op == Op::Trace) {
            if (a.size() == 3) spec = a[0];
            off = a[a.size() - 2];
            on = a[a.size() - 1];
        } else {
            if (a.size() == 2) spec = a[0];
            (e.op == Op::EnableTrace ? on : off) = make_cons(*p, a.back(), kNil);
        }
        // The tracer is the calling process's own unless a list names one ({tracer, T}).
        std::uint32_t off_bits = 0, on_bits = 0;
        Term tracer = p->tracer.load(std::memory_order_relaxed);
        if (!trace::parse_flags(off, off_bits, tracer) || !trace::parse_flags(on, on_bits, tracer)) return kNonValue;
        if (!call) return make_bool(e.op != Op::Trace);  // erlang:match_spec_test/3 changes nothing
        std::shared_lock<std::shared_mutex> lock;
        Process* q = target(spec, lock);
        bool changed = false;
        if (!q || !trace::set_match_trace(q, tracer, off_bits, on_bits, &changed)) return am_false;
        return e.op == Op::Trace ? make_bool(changed) : am_true;
    }

    bool match(const Pat& pat, Term t) {
        switch (pat.kind) {
        case Pat::Any:
            return true;
        case Pat::Var: {
            Term& slot = vars[std::size_t(pat.var)];
            if (slot == kNonValue) {
                slot = t;
                return true;
            }
            return exact_equal(slot, t);
        }
        case Pat::Const:
            return t == pat.value || exact_equal(t, pat.value);
        case Pat::Tuple: {
            if (!is_tuple(t) || tuple_arity(t) != pat.kids.size()) return false;
            for (std::size_t i = 0; i < pat.kids.size(); ++i)
                if (!match(pat.kids[i], tuple_element(t, i))) return false;
            return true;
        }
        case Pat::Cons:
            return is_list(t) && match(pat.kids[0], car(t)) && match(pat.kids[1], cdr(t));
        case Pat::Map: {
            if (!is_map(t)) return false;
            for (std::size_t i = 0; i < pat.keys.size(); ++i) {
                Term v = map_get(t, pat.keys[i]);
                if (v == kNonValue || !match(pat.kids[i], v)) return false;
            }
            return true;
        }
        }
        return false;
    }

    // kNonValue: an exception (the clause's guard fails, or the body's value is 'EXIT').
    Term eval(const Expr& e, const Clause& c) {
        switch (e.op) {
        case Op::Const:
            return e.value;
        case Op::Var:
            return vars[std::size_t(e.var)];
        case Op::Whole:
            return obj;
        case Op::AllVars: {
            std::vector<Term> items;
            for (int v : c.var_order) items.push_back(vars[std::size_t(v)]);
            return make_list_of(*p, items.data(), items.size());
        }
        case Op::Tuple: {
            std::vector<Term> items;
            for (const Expr& k : e.kids) {
                Term v = eval(k, c);
                if (v == kNonValue) return v;
                items.push_back(v);
            }
            Term* hp = p->alloc(items.size() + 1);
            hp[0] = make_header(items.size(), Subtag::Tuple);
            for (std::size_t i = 0; i < items.size(); ++i) hp[i + 1] = items[i];
            return make_boxed(hp);
        }
        case Op::List: {
            std::vector<Term> items;
            for (const Expr& k : e.kids) {
                Term v = eval(k, c);
                if (v == kNonValue) return v;
                items.push_back(v);
            }
            Term tail = kNil;
            if (e.has_tail) {
                tail = items.back();
                items.pop_back();
            }
            for (std::size_t i = items.size(); i-- > 0;) tail = make_cons(*p, items[i], tail);
            return tail;
        }
        case Op::Map: {
            std::vector<Term> keys, values;
            for (std::size_t i = 0; i < e.kids.size(); i += 2) {
                Term k = eval(e.kids[i], c), v = eval(e.kids[i + 1], c);
                if (k == kNonValue || v == kNonValue) return kNonValue;
                keys.push_back(k);
                values.push_back(v);
            }
            return map_from_pairs(*p, keys.data(), values.data(), keys.size());
        }
        case Op::Bif: {
            Term args[3];
            for (std::size_t i = 0; i < e.kids.size(); ++i) {
                args[i] = eval(e.kids[i], c);
                if (args[i] == kNonValue) return kNonValue;
            }
            return e.fn(p, args);
        }
        case Op::AndAlso:
        case Op::OrElse: {
            bool is_and = e.op == Op::AndAlso;
            for (const Expr& k : e.kids) {
                Term v = eval(k, c);
                if (v != am_true && v != am_false) return kNonValue;
                if (is_and && v == am_false) return am_false;
                if (!is_and && v == am_true) return am_true;
            }
            return is_and ? am_true : am_false;
        }
        case Op::And:
        case Op::Or: {
            bool is_and = e.op == Op::And;
            bool acc = is_and;
            for (const Expr& k : e.kids) {
                Term v = eval(k, c);
                if (v != am_true && v != am_false) return kNonValue;
                acc = is_and ? (acc && v == am_true) : (acc || v == am_true);
            }
            return make_bool(acc);
        }
        case Op::Not: {
            Term v = eval(e.kids[0], c);
            if (v != am_true && v != am_false) return kNonValue;
            return make_bool(v == am_false);
        }
        case Op::Xor: {
            Term a = eval(e.kids[0], c), b = eval(e.kids[1], c);
            if ((a != am_true && a != am_false) || (b != am_true && b != am_false)) return kNonValue;
            return make_bool(a != b);
        }
        case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: case Op::EqExact: case Op::NeExact:
        case Op::Eq: case Op::Ne: {
            Term a = eval(e.kids[0], c);
            if (a == kNonValue) return a;
            Term b = eval(e.kids[1], c);
            if (b == kNonValue) return b;
            switch (e.op) {
            case Op::Lt: return make_bool(compare_terms(a, b) < 0);
            case Op::Le: return make_bool(compare_terms(a, b) <= 0);
            case Op::Gt: return make_bool(compare_terms(a, b) > 0);
            case Op::Ge: return make_bool(compare_terms(a, b) >= 0);
            case Op::EqExact: return make_bool(exact_equal(a, b));
            case Op::NeExact: return make_bool(!exact_equal(a, b));
            case Op::Eq: return make_bool(equal(a, b));
            default: return make_bool(!equal(a, b));
            }
        }
        case Op::Self:
            return p->pid;
        case Op::Message: {
            Term v = eval(e.kids[0], c);
            message = v == kNonValue ? atom("EXIT") : v;  // a failing argument makes it 'EXIT' (erl)
            return v == kNonValue ? v : am_true;
        }
        case Op::ReturnTrace:
            return_trace = true;
            return am_true;
        case Op::ExceptionTrace:
            exception_trace = true;
            return am_true;
        case Op::Caller:
            return call ? call->caller : am_undefined;
        case Op::CallerLine:
            return call ? call->caller_line : am_undefined;
        case Op::ProcessDump:
            return make_binary(*p, backtrace_text(p));
        case Op::Display: {
            Term v = eval(e.kids[0], c);
            if (v == kNonValue) return v;
            if (call) {  // not in erlang:match_spec_test/3
                std::string text = format_term_display(v) + "\n";
                std::fwrite(text.data(), 1, text.size(), stderr);
            }
            return am_true;
        }
        case Op::EnableTrace:
        case Op::DisableTrace:
        case Op::Trace:
            return change_trace(e, c);
        case Op::SetTcw: {
            Term v = eval(e.kids[0], c);
            if (v == kNonValue || !is_small(v) || small_value(v) < 0 || small_value(v) > SWord(0xFFFFFFFF)) return kNonValue;
            if (!call) return make_small(SWord(trace::g_control_word.load(std::memory_order_relaxed)));  // a test
            return make_small(SWord(trace::g_control_word.exchange(std::uint32_t(small_value(v)), std::memory_order_relaxed)));
        }
        case Op::GetTcw:
            return make_small(SWord(trace::g_control_word.load(std::memory_order_relaxed)));
        case Op::Silent: {
            Term v = eval(e.kids[0], c);
            if (v == kNonValue) return v;
            if (v == am_true) silent = 1;
            else if (v == am_false) silent = 0;
            return am_true;
        }
        case Op::GetSeqToken:
            return seq_token_of(p, *p);  // [] without a token
        case Op::IsSeqTrace:
            return make_bool(seq_token_of(p, *p) != kNil);
        case Op::SetSeqToken: {
            Term a[2] = {eval(e.kids[0], c), eval(e.kids[1], c)};
            if (a[0] == kNonValue || a[1] == kNonValue) return kNonValue;
            static const Term flags[] = {atom("send"), atom("receive"), atom("print"), atom("timestamp"),
                                         atom("monotonic_timestamp"), atom("strict_monotonic_timestamp"),
                                         atom("spawn")};
            bool ok = a[0] == atom("label") ||
                      (a[0] == atom("serial") && is_tuple(a[1]) && tuple_arity(a[1]) == 2 &&
                       is_small(tuple_element(a[1], 0)) && small_value(tuple_element(a[1], 0)) >= 0 &&
                       is_small(tuple_element(a[1], 1)) && small_value(tuple_element(a[1], 1)) >= 0);
            for (Term f : flags) ok = ok || (a[0] == f && (a[1] == am_true || a[1] == am_false));
            if (!ok) return kNonValue;
            if (!call) return am_true;  // erlang:match_spec_test/3 changes nothing
            static const BifFn seq_trace = CodeServer::global().find_defined(am_erlang, atom("seq_trace"), 2)->bif->fn;
            return seq_trace(p, a) == kNonValue ? kNonValue : am_true;
        }
        case Op::TraceUndefined:
            return am_undefined;
        }
        return kNonValue;
    }
};

// A compiled spec behind an ets:match_spec_compile reference: a magic reference (vm/magic_ref.hpp),
// as erl's, so the spec lives as long as a term names it, and a reference that only looks the same
// (decoded from the external format, say) is no compiled spec: badarg where one is needed.
struct CompiledObject : MagicObject {
    MsPtr ms;
};
void destroy_compiled(MagicObject* o) { delete static_cast<CompiledObject*>(o); }

}  // namespace

MsPtr compile(Term spec, Dialect dialect, std::vector<std::string>* errors, bool* too_deep) {
    if (list_length(spec) < 0) {
        if (errors) errors->push_back(is_list(spec) ? "Match programs are not in a proper list." : "Match programs are not in a list.");
        return nullptr;
    }
    auto ms = std::make_shared<CompiledMs>();
    ms->source = OwnedTerm::copy_of(spec);
    if (!ms->source.is_value()) return nullptr;
    ms->dialect = dialect;
    Compiler c{dialect, errors, {}, false};
    for (Term l = ms->source.get(); is_list(l) && !c.failed; l = cdr(l)) ms->clauses.push_back(c.clause(car(l)));
    if (too_deep) *too_deep = c.nested_too_deeply;
    if (c.failed) return nullptr;
    ms->uses_caller_line = c.uses_caller_line;
    return ms;
}

bool uses_caller_line(const CompiledMs& ms) { return ms.uses_caller_line; }

RunOutcome run(const CompiledMs& ms, Process* p, Term obj, const TraceCall* call) {
    RunOutcome out;
    thread_local std::vector<Term> vars;  // reused: run is called once per object of a select
    for (const Clause& c : ms.clauses) {
        vars.assign(std::size_t(c.nvars), kNonValue);
        Runner r{p, obj, vars};
        r.call = call;
        if (!r.match(c.head, obj)) continue;
        bool ok = true;
        for (const Expr& g : c.guards)
            if (r.eval(g, c) != am_true) {
                ok = false;
                break;
            }
        if (!ok) continue;
        out.matched = true;
        if (c.body_is_object) {
            out.result = obj;
            return out;
        }
        Term v = kNonValue;
        for (const Expr& b : c.body) {
            v = r.eval(b, c);
            if (v == kNonValue) break;
        }
        if (ms.dialect == Dialect::Trace) {
            // A failing action ends the body; only message/1's failure shows (as 'EXIT').
            out.result = r.message != kNonValue ? r.message : am_true;
            out.return_trace = r.return_trace;
            out.exception_trace = r.exception_trace;
            out.silent = r.silent;
        } else {
            out.result = v == kNonValue ? atom("EXIT") : v;
        }
        return out;
    }
    return out;
}

std::vector<Term> bound_keys(const CompiledMs& ms, unsigned keypos) {
    std::vector<Term> keys;
    for (const Clause& c : ms.clauses) {
        if (c.head.kind != Pat::Tuple || c.head.kids.size() < keypos) return {};
        const Pat& k = c.head.kids[keypos - 1];
        // A constant key: looking it up finds a superset of what the head matches (an ordered_set
        // looks up with ==, the head then checks =:=).
        if (k.kind != Pat::Const) return {};
        if (std::none_of(keys.begin(), keys.end(), [&](Term x) { return exact_equal(x, k.value); }))
            keys.push_back(k.value);
    }
    return keys;
}

Term make_compiled_ref(Process* p, const MsPtr& ms) {
    auto* obj = new CompiledObject();
    obj->ms = ms;
    return adopt_as_magic_ref(*p, obj, destroy_compiled);
}

MsPtr find_compiled(Term ref) {
    CompiledObject* obj = magic_object_as<CompiledObject>(ref, destroy_compiled);
    return obj ? obj->ms : nullptr;
}

}  // namespace ember::bifs::ms
