#include "loader/transform.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "loader/translator.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/bitsyntax.hpp"
#include "vm/etf.hpp"
#include "vm/process.hpp"
#include "vm/runtime_support.hpp"

namespace ember::loader {

using namespace ember::vm;

bool Translator::term_of(const Operand& o, Term& out) {
    switch (o.kind) {
    case OperandKind::Atom: out = static_cast<Term>(o.value); return true;
    case OperandKind::Nil: out = kNil; return true;
    case OperandKind::Char: out = make_small(o.value); return true;
    case OperandKind::Unsigned:
    case OperandKind::Integer:
        if (fits_small(o.value)) out = make_small(o.value);
        else out = make_integer(m_mod.literals, o.value);
        return true;
    case OperandKind::Literal:
        if (o.value < 0 || static_cast<std::size_t>(o.value) >= m_literals.size()) return false;
        out = m_literals[static_cast<std::size_t>(o.value)];
        return true;
    default: return false;
    }
}

bool Translator::source(const Operand& o, Word& out) {
    switch (o.kind) {
    case OperandKind::X: out = make_x_operand(static_cast<Word>(o.value)); return true;
    case OperandKind::Y: out = make_y_operand(static_cast<Word>(o.value)); return true;
    default: return term_of(o, out);
    }
}

bool Translator::dest(const Operand& o, Word& out) {
    if (o.kind == OperandKind::X) out = make_x_operand(static_cast<Word>(o.value));
    else if (o.kind == OperandKind::Y) out = make_y_operand(static_cast<Word>(o.value));
    else return false;
    return true;
}

// Heap words for an allocation operand: a plain count, or an allocation list of words, floats, funs.
Word Translator::heap_need(const Operand& o) const {
    if (o.kind != OperandKind::AllocList) return static_cast<Word>(o.value);
    Word need = 0;
    for (std::size_t i = 0; i + 1 < o.list.size(); i += 2) {
        Word n = static_cast<Word>(o.list[i + 1].value);
        switch (o.list[i].value) {
        case 0: need += n; break;
        case 1: need += n * kFloatWords; break;
        case 2: need += n * 3; break;  // closure base: header, FunEntry*, creator
        default: break;
        }
    }
    return need;
}

bool Translator::import_export(const GenericInstr& gi, const Operand& o, Export*& out) {
    if (o.value < 0 || static_cast<std::size_t>(o.value) >= m_file.imports.size())
        return fail(gi, "import index out of range");
    const Import& imp = m_file.imports[static_cast<std::size_t>(o.value)];
    out = CodeServer::global().export_entry(imp.module, imp.function, imp.arity);
    return true;
}

bool Translator::bif_spec(const GenericInstr& gi, const Operand& o, const BifSpec*& out) {
    Export* ep;
    if (!import_export(gi, o, ep)) return false;
    if (!ep->bif) {
        AtomTable& atoms = AtomTable::global();
        return fail(gi, "not a BIF: " + std::string(atoms.name(ep->module)) + ":" +
                            std::string(atoms.name(ep->function)) + "/" + std::to_string(ep->arity));
    }
    out = ep->bif;
    return true;
}

unsigned Translator::flags_of(const Operand& o) {
    // bs_create_bin flags: [] or a literal list of atoms.
    Term t;
    if (o.kind == OperandKind::Unsigned) return static_cast<unsigned>(o.value);
    if (!term_of(o, t)) return 0;
    unsigned f = 0;
    AtomTable& atoms = AtomTable::global();
    for (; is_list(t); t = cdr(t)) {
        std::string_view n = is_atom(car(t)) ? atoms.name(car(t)) : std::string_view();
        if (n == "little") f |= kBsLittle;
        else if (n == "native") f |= kBsNative | kBsLittle;
        else if (n == "signed") f |= kBsSigned;
        else if (n == "aligned") f |= kBsAligned;
        else if (n == "exact") f |= kBsExact;
    }
    return f;
}

// Two register moves in a row (no label or line between) become one instruction: erlc emits such
// pairs before most calls (`move {x,0},{y,0}; move {x,1},{x,0}; call ...`); one dispatch less.
bool Translator::fuse_move(Op second, Word s, Word d) {
    std::size_t n = m_code.size();
    if (m_op_starts.empty() || m_op_starts.back() + 2 != n || m_last_label_at == n ||
        (!m_lines.empty() && m_lines.back().offset == n))
        return false;
    Op first = static_cast<Op>(m_code[n - 2]);
    Op fused;
    if (first == Op::move_x_y && second == Op::move_x_x) fused = Op::move_xy_xx;
    else if (first == Op::move_x_x && second == Op::move_x_x) fused = Op::move_xx_xx;
    else if (first == Op::move_y_x && second == Op::move_y_x) fused = Op::move_yx_yx;
    else return false;
    Instr moved = m_code[n - 1];
    m_code[n - 2] = static_cast<Instr>(fused);
    m_code[n - 1] = vm::pack_fields(vm::packed_field(moved, 0), vm::packed_field(moved, 1), s, d);
    return true;
}

bool Translator::emit_move(const Operand& src, const Operand& dst) {
    Word s, d;
    if (!source(src, s) || !dest(dst, d)) return false;
    if (dst.kind == OperandKind::X && (src.kind == OperandKind::X || src.kind == OperandKind::Y) &&
        fuse_move(src.kind == OperandKind::X ? Op::move_x_x : Op::move_y_x, static_cast<Word>(src.value),
                  static_cast<Word>(dst.value)))
        return true;
    // Register numbers are below kMaxRegisters here (source() and dest() checked them): they pack.
    if (dst.kind == OperandKind::X && src.kind == OperandKind::X) {
        op(Op::move_x_x), word(vm::pack_fields(Word(src.value), Word(dst.value)));
    } else if (dst.kind == OperandKind::X && src.kind == OperandKind::Y) {
        op(Op::move_y_x), word(vm::pack_fields(Word(src.value), Word(dst.value)));
    } else if (dst.kind == OperandKind::Y && src.kind == OperandKind::X) {
        op(Op::move_x_y), word(vm::pack_fields(Word(src.value), Word(dst.value)));
    } else if (dst.kind == OperandKind::X && !operand_is_register(s)) {
        op(Op::move_c_x), word(s), word(static_cast<Word>(dst.value));
    } else {
        op(Op::move), word(s), word(d);
    }
    return true;
}

namespace {

// erlang's integer operators as gc_bif2 get an op with the small-integer case inline (vm/ops_bifs.inc);
// `fallback` for any other BIF.
Op integer_operator_op(const BifSpec* b, Op fallback) {
    if (std::string_view(b->module) != "erlang" || b->arity != 2) return fallback;
    static const std::pair<std::string_view, Op> kOps[] = {
        {"+", Op::i_plus}, {"-", Op::i_minus}, {"*", Op::i_times}, {"div", Op::i_div}, {"rem", Op::i_rem},
        {"band", Op::i_band}, {"bor", Op::i_bor}, {"bxor", Op::i_bxor}, {"bsl", Op::i_bsl}, {"bsr", Op::i_bsr}};
    for (const auto& [name, o] : kOps)
        if (b->function == name) return o;
    return fallback;
}

}  // namespace

// `deallocate N; return` with no label between them becomes deallocate_return (OTP's
// deallocate_return): one dispatch less at the end of every function with a frame (not measured
// separately; see docs/benchmarks.md "Performance notes").
// A direct BIF op (bif0/1/2, gc_bif1/2/3) carries no capability check of its own: a BIF that needs a
// capability gets an i_caps_check before it (docs/capabilities.md).
void Translator::emit_caps_check(const BifSpec* b) {
    if (b->capabilities != kCapPure) op(Op::i_caps_check), word(reinterpret_cast<Word>(b));
}

void Translator::emit_return() {
    std::size_t n = m_code.size();
    if (!m_op_starts.empty() && m_op_starts.back() + 2 == n && m_code[n - 2] == static_cast<Instr>(Op::deallocate) &&
        m_last_label_at != n) {
        if (fuse_call_fun_last()) return;
        m_code[n - 2] = static_cast<Instr>(Op::deallocate_return);
        return;
    }
    op(Op::return_);
}

// The code ends with `test_heap need L` and no label or line after it: drop it, keep L in
// m_fused_live, and let the caller emit an instruction that does the check itself.
bool Translator::fuse_test_heap(Word need) {
    std::size_t n = m_code.size();
    if (m_op_starts.empty() || m_op_starts.back() + 2 != n || m_code[n - 2] != static_cast<Instr>(Op::test_heap) ||
        vm::packed_half(m_code[n - 1], 1) != need || m_last_label_at == n ||
        (!m_lines.empty() && m_lines.back().offset > n - 2))
        return false;
    m_fused_live = vm::packed_field(m_code[n - 1], 0);
    m_code.resize(n - 2);
    m_op_starts.pop_back();
    return true;
}

// `is_nonempty_list F x; allocate N L; get_list x y x'` (same x, no label or line inside, x within
// the live count) becomes one nonempty_list_frame_get: how erlc starts every body-recursive list
// function (lists:map/2, naive append), three dispatches in one. The fail label keeps its word, so
// its patch entry stays valid. Precondition: the caller emits nothing else for the get_list.
bool Translator::fuse_list_frame(Word src, Word head_y, Word tail_x) {
    std::size_t n = m_code.size();
    if (m_op_starts.size() < 2) return false;
    std::size_t a = m_op_starts.back(), t = m_op_starts[m_op_starts.size() - 2];
    if (a + 2 != n || t + 3 != a || m_code[a] != static_cast<Instr>(Op::allocate) ||
        m_code[t] != static_cast<Instr>(Op::is_nonempty_list_x) || m_code[t + 2] != src)
        return false;
    if (m_last_label_at != static_cast<std::size_t>(-1) && m_last_label_at > t) return false;
    if (!m_lines.empty() && m_lines.back().offset > t) return false;
    Word need = vm::packed_field(m_code[a + 1], 0), live = vm::packed_field(m_code[a + 1], 1);
    if (src >= live) return false;
    m_code[t] = static_cast<Instr>(Op::nonempty_list_frame_get);
    m_code[t + 2] = vm::pack_fields(need, live, src, head_y);
    m_code[t + 3] = tail_x;
    m_code.resize(t + 4);
    m_op_starts.pop_back();
    return true;
}

// `call_fun A; deallocate N; return` (or call_fun2) with no label or line between becomes
// call_fun_last / call_fun2_last (OTP ops.tab's i_call_fun_last): the frame is dropped before the
// call, so the callee's stack trace and process_info(current_stacktrace) show no frame of the
// caller, as on erl (eunit's with_context/2 is such a caller). Precondition: the code ends with
// `deallocate N` (emit_return checked it).
bool Translator::fuse_call_fun_last() {
    std::size_t n = m_code.size();
    if (m_op_starts.size() < 2 || m_last_label_at == n - 2 ||
        (!m_lines.empty() && m_lines.back().offset >= n - 2))
        return false;
    std::size_t call_at = m_op_starts[m_op_starts.size() - 2];
    Op call = static_cast<Op>(m_code[call_at]);
    Word dealloc = m_code[n - 1];
    if (call == Op::call_fun && call_at + 2 == n - 2) {
        m_code[call_at] = static_cast<Instr>(Op::call_fun_last);
    } else if (call == Op::call_fun2 && call_at + 3 == n - 2) {
        m_code[call_at] = static_cast<Instr>(Op::call_fun2_last);
    } else {
        return false;
    }
    m_code.resize(n - 2);
    m_op_starts.pop_back();
    word(dealloc);
    return true;
}

// X + Int, Int + X and X - Int with a small Int become `increment` (OTP ops.tab's i_increment).
bool Translator::emit_increment(const GenericInstr& gi, const BifSpec* b) {
    std::string_view f = b->function;
    if (std::string_view(b->module) != "erlang" || (f != "+" && f != "-")) return false;
    const Operand* reg = &gi.args[3];
    const Operand* lit = &gi.args[4];
    if (f == "+" && !reg->is_register()) std::swap(reg, lit);
    if (!reg->is_register() || lit->kind != OperandKind::Integer) return false;
    SWord n = f == "-" ? -lit->value : lit->value;
    if (!fits_small(n) || !fits_small(lit->value)) return false;
    Word src, dst;
    if (!source(*reg, src) || !dest(gi.args[5], dst)) return false;
    if (reg->kind == OperandKind::X && gi.args[5].kind == OperandKind::X) {
        src = static_cast<Word>(reg->value);
        dst = static_cast<Word>(gi.args[5].value);
        op(Op::increment_x);
    } else {
        op(Op::increment);
    }
    label(gi.args[0]), word(static_cast<Word>(gi.args[1].value)), word(src), word(make_small(n)), word(dst);
    return true;
}

bool Translator::emit_select_val(const GenericInstr& gi) {
    Word src;
    if (!source(gi.args[0], src)) return fail(gi, "bad source");
    const auto& list = gi.args[2].list;
    std::size_t n = list.size() / 2;
    std::vector<std::pair<Term, std::int64_t>> cases;
    bool all_immediate = true;
    for (std::size_t i = 0; i < n; ++i) {
        Term v;
        if (!term_of(list[2 * i], v)) return fail(gi, "bad select value");
        if (!is_immed(v)) all_immediate = false;
        cases.emplace_back(v, list[2 * i + 1].value);
    }
    if (all_immediate) std::sort(cases.begin(), cases.end(), [](auto& a, auto& b) { return a.first < b.first; });
    op(!all_immediate ? Op::select_val_linear : n == 2 ? Op::select_val2 : Op::select_val);
    word(src);
    label(gi.args[1]);
    word(n);
    for (auto& c : cases) word(c.first);
    for (auto& c : cases) label_number(c.second);
    return true;
}

namespace {

// Limits of the numbers packed into operand fields (vm/code.hpp), besides live counts (live_ok): a
// stack frame fits a 16-bit field (its y registers are below kMaxRegisters anyway); a heap need or
// tuple position fits a 32-bit half (no heap or tuple comes near 2^32 words).
constexpr Word kMaxHeapNeed = 0xFFFFFFFF;
static_assert(kMaxRegisters == vm::kMaxXRegs, "the loader's register limit is the size of the x register file");
bool frame_size_ok(const Operand& o) { return o.value >= 0 && o.value <= 0xFFFF; }

}  // namespace

// Precondition: gi.args has genop_arity(gi.op) operands (checked by the reader).
bool Translator::emit(const GenericInstr& gi) {
    const auto& a = gi.args;
    Word w0 = 0, w1 = 0, w2 = 0;
    auto src = [&](std::size_t i, Word& out) { return source(a[i], out); };
    auto dst = [&](std::size_t i, Word& out) { return dest(a[i], out); };
    auto u = [&](std::size_t i) { return static_cast<Word>(a[i].value); };
#define NEED(cond, what) \
    if (!(cond)) return fail(gi, what)

    switch (gi.op) {
    case GenOp::op_label:
        NEED(a[0].value > 0 && static_cast<std::size_t>(a[0].value) < m_label_at.size(), "label out of range");
        m_label_at[static_cast<std::size_t>(a[0].value)] = static_cast<std::int64_t>(m_code.size());
        m_last_label_at = m_code.size();
        return true;
    case GenOp::op_line:
        m_lines.push_back({m_code.size(), static_cast<std::uint32_t>(a[0].value)});
        return true;
    case GenOp::op_func_info:
        m_functions.push_back({static_cast<Term>(a[1].value), static_cast<std::uint32_t>(a[2].value), m_code.size()});
        op(Op::func_info), word(u(2));
        return true;
    case GenOp::op_int_code_end:
    case GenOp::op_nif_start:
    case GenOp::op_executable_line:
    case GenOp::op_debug_line:
    case GenOp::op_fclearerror:
    case GenOp::op_fcheckerror:
    case GenOp::op_bs_context_to_binary:
        return true;
    case GenOp::op_on_load:
        // erlc puts on_load right after the entry label of the on_load function: it marks that entry.
        m_on_load_at = static_cast<std::int64_t>(m_code.size());
        return true;

    // ---- calls ----
    case GenOp::op_call: op(Op::call), word(u(0)), label(a[1]); return true;
    case GenOp::op_call_last: op(Op::call_last), word(u(0)), label(a[1]), word(u(2)); return true;
    case GenOp::op_call_only: op(Op::call_only), word(u(0)), label(a[1]); return true;
    case GenOp::op_call_ext:
    case GenOp::op_call_ext_last:
    case GenOp::op_call_ext_only: {
        Export* ep;
        if (!import_export(gi, a[1], ep)) return false;
        if (ep->bif && !ep->bif->traps) {
            // OTP's loader does the same: a BIF is called in place, a tail call becomes call + return.
            op(Op::call_bif), word(u(0)), word(reinterpret_cast<Word>(ep));
            if (gi.op == GenOp::op_call_ext_last) op(Op::deallocate), word(u(2));
            if (gi.op != GenOp::op_call_ext) emit_return();
            // Reached only when the BIF is call-traced: it then returns here through a one-word frame
            // (vm/ops_calls.inc call_bif), so the caller stays the function it returns into, as on erl.
            if (gi.op == GenOp::op_call_ext_only) op(Op::deallocate_return), word(0);
            return true;
        }
        if (ep->bif && ep->module == am_erlang && ep->function == am_apply && (ep->arity == 2 || ep->arity == 3)) {
            // apply/2,3 (OTP's i_apply, i_apply_fun and their tail forms): see vm/ops_calls.inc.
            if (gi.op == GenOp::op_call_ext) op(Op::call_apply), word(u(0)), word(reinterpret_cast<Word>(ep));
            else if (gi.op == GenOp::op_call_ext_only) op(Op::call_apply_only), word(u(0)), word(reinterpret_cast<Word>(ep));
            else op(Op::call_apply_last), word(u(0)), word(reinterpret_cast<Word>(ep)), word(u(2));
            return true;
        }
        if (gi.op == GenOp::op_call_ext) op(Op::call_ext), word(u(0)), word(reinterpret_cast<Word>(ep));
        else if (gi.op == GenOp::op_call_ext_only) op(Op::call_ext_only), word(u(0)), word(reinterpret_cast<Word>(ep));
        else op(Op::call_ext_last), word(u(0)), word(reinterpret_cast<Word>(ep)), word(u(2));
        return true;
    }
    case GenOp::op_bif0: {
        const BifSpec* b;
        if (!bif_spec(gi, a[0], b)) return false;
        NEED(dst(1, w0), "bad destination");
        emit_caps_check(b);
        op(Op::bif0), word(reinterpret_cast<Word>(b)), word(w0);
        return true;
    }
    case GenOp::op_bif1:
    case GenOp::op_bif2: {
        const BifSpec* b;
        if (!bif_spec(gi, a[1], b)) return false;
        bool two = gi.op == GenOp::op_bif2;
        NEED(src(2, w0), "bad source");
        if (two) NEED(src(3, w1), "bad source");
        NEED(dst(two ? 4 : 3, w2), "bad destination");
        emit_caps_check(b);
        op(two ? Op::bif2 : Op::bif1), label(a[0]), word(reinterpret_cast<Word>(b)), word(w0);
        if (two) word(w1);
        word(w2);
        return true;
    }
    case GenOp::op_gc_bif1:
    case GenOp::op_gc_bif2:
    case GenOp::op_gc_bif3: {
        const BifSpec* b;
        if (!bif_spec(gi, a[2], b)) return false;
        if (gi.op == GenOp::op_gc_bif2 && emit_increment(gi, b)) return true;
        std::size_t nargs = gi.op == GenOp::op_gc_bif1 ? 1 : gi.op == GenOp::op_gc_bif2 ? 2 : 3;
        Op gc_op = nargs == 1 ? Op::gc_bif1 : nargs == 2 ? Op::gc_bif2 : Op::gc_bif3;
        if (nargs == 2) gc_op = integer_operator_op(b, gc_op);
        Word args[3];
        for (std::size_t i = 0; i < nargs; ++i) NEED(src(3 + i, args[i]), "bad source");
        NEED(dst(3 + nargs, w0), "bad destination");
        emit_caps_check(b);
        op(gc_op);
        label(a[0]), word(u(1)), word(reinterpret_cast<Word>(b));
        for (std::size_t i = 0; i < nargs; ++i) word(args[i]);
        word(w0);
        return true;
    }
    case GenOp::op_apply: op(Op::apply), word(u(0)); return true;
    case GenOp::op_apply_last: op(Op::apply_last), word(u(0)), word(u(1)); return true;
    case GenOp::op_call_fun: op(Op::call_fun), word(u(0)); return true;
    case GenOp::op_call_fun2:
        NEED(src(2, w0), "bad fun source");
        op(Op::call_fun2), word(u(1)), word(w0);
        return true;
    case GenOp::op_make_fun2:
    case GenOp::op_make_fun3: {
        std::size_t idx = u(0);
        NEED(idx < m_mod.lambda_count, "lambda index out of range");
        FunEntry* fe = &m_mod.lambdas[idx];
        // make_fun2 (compilers before OTP 25, and OTP 25's for some options) reserves no heap: as erl's
        // i_make_fun, it collects first if the fun does not fit, its free variables x0..x(n-1) live.
        // make_fun3 comes after the compiler's test_heap.
        NEED(fe->num_free < kMaxRegisters, "too many free variables");
        if (gi.op == GenOp::op_make_fun2) op(Op::test_heap), word(vm::pack_fields_wide(fe->num_free, 0, 3 + fe->num_free));
        op(Op::make_fun), word(reinterpret_cast<Word>(fe));
        if (gi.op == GenOp::op_make_fun2) {
            word(make_x_operand(0)), word(fe->num_free);
            for (Word k = 0; k < fe->num_free; ++k) word(make_x_operand(k));
        } else {
            NEED(dst(1, w0), "bad destination");
            word(w0), word(a[2].list.size());
            NEED(a[2].list.size() == fe->num_free, "environment size differs from the lambda's");
            for (const Operand& e : a[2].list) {
                NEED(source(e, w1), "bad environment source");
                word(w1);
            }
        }
        return true;
    }

    // ---- stack and heap ----
    case GenOp::op_allocate:
    case GenOp::op_allocate_zero:
        NEED(frame_size_ok(a[0]) && live_ok(a[1]), "stack frame or live count out of range");
        op(Op::allocate), word(vm::pack_fields(u(0), u(1)));
        return true;
    case GenOp::op_allocate_heap:
    case GenOp::op_allocate_heap_zero: {
        Word need = heap_need(a[1]);
        NEED(frame_size_ok(a[0]) && live_ok(a[2]), "stack frame or live count out of range");
        NEED(need <= kMaxHeapNeed, "heap need out of range");
        op(Op::allocate_heap), word(vm::pack_fields_wide(u(0), u(2), need));
        return true;
    }
    case GenOp::op_test_heap: {
        Word need = heap_need(a[0]);
        NEED(live_ok(a[1]), "live count out of range");
        NEED(need <= kMaxHeapNeed, "heap need out of range");
        op(Op::test_heap), word(vm::pack_fields_wide(u(1), 0, need));
        return true;
    }
    case GenOp::op_init: NEED(dst(0, w0), "bad register"); op(Op::init_y), word(w0); return true;
    case GenOp::op_init_yregs:
        for (const Operand& r : a[0].list) {
            NEED(dest(r, w0), "bad register");
            op(Op::init_y), word(w0);
        }
        return true;
    case GenOp::op_deallocate: op(Op::deallocate), word(u(0)); return true;
    case GenOp::op_trim: op(Op::trim), word(u(0)); return true;
    case GenOp::op_return: emit_return(); return true;
    case GenOp::op_move: NEED(emit_move(a[0], a[1]), "bad operands"); return true;
    case GenOp::op_swap:
        NEED(dst(0, w0) && dst(1, w1), "bad registers");
        op(Op::swap), word(w0), word(w1);
        return true;
    case GenOp::op_jump: op(Op::jump), label(a[0]); return true;
    case GenOp::op_get_list:
        NEED(src(0, w0) && dst(1, w1) && dst(2, w2), "bad operands");
        if (a[0].kind == OperandKind::X && a[1].kind == OperandKind::X && a[2].kind == OperandKind::X) {
            op(Op::get_list_x), word(vm::pack_fields(u(0), u(1), u(2)));
            return true;
        }
        if (a[0].kind == OperandKind::X && a[1].kind == OperandKind::Y && a[2].kind == OperandKind::X) {
            if (fuse_list_frame(u(0), u(1), u(2))) return true;
            op(Op::get_list_xyx), word(vm::pack_fields(u(0), u(1), u(2)));
            return true;
        }
        op(Op::get_list), word(w0), word(w1), word(w2);
        return true;
    case GenOp::op_get_hd:
    case GenOp::op_get_tl:
        NEED(src(0, w0) && dst(1, w1), "bad operands");
        op(gi.op == GenOp::op_get_hd ? Op::get_hd : Op::get_tl), word(w0), word(w1);
        return true;
    case GenOp::op_get_tuple_element:
        NEED(src(0, w0) && dst(2, w1), "bad operands");
        if (a[0].kind == OperandKind::X && a[2].kind == OperandKind::X) {
            NEED(u(1) < kMaxHeapNeed, "tuple position out of range");
            op(Op::get_tuple_element_x), word(vm::pack_fields_wide(u(0), u(2), u(1) + 1));
            return true;
        }
        op(Op::get_tuple_element), word(w0), word(u(1)), word(w1);
        return true;
    case GenOp::op_set_tuple_element:
        NEED(src(0, w0) && src(1, w1), "bad operands");
        op(Op::set_tuple_element), word(w0), word(w1), word(u(2));
        return true;
    case GenOp::op_put_list:
        NEED(src(0, w0) && src(1, w1) && dst(2, w2), "bad operands");
        if (a[0].kind == OperandKind::X && a[2].kind == OperandKind::X) {
            if (a[1].kind == OperandKind::X) {
                op(Op::put_list_xx), word(vm::pack_fields(u(0), u(1), u(2)));
                return true;
            }
            if (!operand_is_register(w1)) {
                op(Op::put_list_xc), word(vm::pack_fields(u(0), u(2))), word(w1);
                return true;
            }
        }
        if (a[0].kind == OperandKind::Y && a[1].kind == OperandKind::X && a[2].kind == OperandKind::X) {
            if (fuse_test_heap(2)) {
                op(Op::test_heap_put_list_yx), word(vm::pack_fields(m_fused_live, u(0), u(1), u(2)));
                return true;
            }
            op(Op::put_list_yx), word(vm::pack_fields(u(0), u(1), u(2)));
            return true;
        }
        op(Op::put_list), word(w0), word(w1), word(w2);
        return true;
    case GenOp::op_put_tuple2: {
        NEED(dst(0, w0), "bad destination");
        op(Op::put_tuple2), word(w0), word(a[1].list.size());
        for (const Operand& e : a[1].list) {
            NEED(source(e, w1), "bad element");
            word(w1);
        }
        return true;
    }
    case GenOp::op_update_record: {
        // update_record Hint Size Src Dst {list: Index Value ...}
        NEED(src(2, w0) && dst(3, w1), "bad operands");
        const auto& list = a[4].list;
        op(Op::update_record), word(w0), word(w1), word(u(1)), word(list.size());
        for (std::size_t i = 0; i + 1 < list.size(); i += 2) {
            NEED(list[i].value >= 1 && static_cast<Word>(list[i].value) <= u(1), "record index out of range");
            NEED(source(list[i + 1], w2), "bad value");
            word(static_cast<Word>(list[i].value)), word(w2);
        }
        return true;
    }

    // ---- tests ----
#define TYPE_TEST(gen, spec)                                       \
    case GenOp::gen:                                               \
        NEED(src(1, w0), "bad source");                            \
        op(Op::spec), label(a[0]), word(w0);                       \
        return true;
    TYPE_TEST(op_is_integer, is_integer)
    TYPE_TEST(op_is_float, is_float)
    TYPE_TEST(op_is_number, is_number)
    TYPE_TEST(op_is_atom, is_atom)
    TYPE_TEST(op_is_pid, is_pid)
    TYPE_TEST(op_is_reference, is_reference)
    TYPE_TEST(op_is_port, is_port)
    TYPE_TEST(op_is_nil, is_nil)
    TYPE_TEST(op_is_binary, is_binary)
    TYPE_TEST(op_is_bitstr, is_bitstr)
    TYPE_TEST(op_is_list, is_list)
    TYPE_TEST(op_is_tuple, is_tuple)
    TYPE_TEST(op_is_function, is_function)
    TYPE_TEST(op_is_boolean, is_boolean)
    TYPE_TEST(op_is_map, is_map)
#undef TYPE_TEST
    case GenOp::op_is_nonempty_list:
        NEED(src(1, w0), "bad source");
        if (a[1].kind == OperandKind::X) op(Op::is_nonempty_list_x), label(a[0]), word(u(1));
        else op(Op::is_nonempty_list), label(a[0]), word(w0);
        return true;
    case GenOp::op_is_function2:
        NEED(src(1, w0) && src(2, w1), "bad operands");
        op(Op::is_function2), label(a[0]), word(w0), word(w1);
        return true;
    case GenOp::op_test_arity:
        NEED(src(1, w0), "bad source");
        op(Op::test_arity), label(a[0]), word(w0), word(u(2));
        return true;
    case GenOp::op_is_tagged_tuple:
        NEED(src(1, w0), "bad source");
        op(Op::is_tagged_tuple), label(a[0]), word(w0), word(u(2)), word(static_cast<Term>(a[3].value));
        return true;
    case GenOp::op_is_lt:
    case GenOp::op_is_ge:
    case GenOp::op_is_eq:
    case GenOp::op_is_ne:
    case GenOp::op_is_eq_exact:
    case GenOp::op_is_ne_exact: {
        NEED(src(1, w0) && src(2, w1), "bad operands");
        bool exact = gi.op == GenOp::op_is_eq_exact || gi.op == GenOp::op_is_ne_exact;
        if (exact && (is_immed(w1) && !operand_is_register(w1))) {
            op(gi.op == GenOp::op_is_eq_exact ? Op::is_eq_exact_imm : Op::is_ne_exact_imm);
            label(a[0]), word(w0), word(w1);
            return true;
        }
        if (gi.op == GenOp::op_is_lt || gi.op == GenOp::op_is_ge) {
            bool lt = gi.op == GenOp::op_is_lt;
            bool x0 = a[1].kind == OperandKind::X, x1 = a[2].kind == OperandKind::X;
            bool c0 = !operand_is_register(w0), c1 = !operand_is_register(w1);
            if (x0 && x1) {
                op(lt ? Op::is_lt_xx : Op::is_ge_xx), label(a[0]), word(u(1)), word(u(2));
                return true;
            }
            if (x0 && c1) {
                op(lt ? Op::is_lt_xc : Op::is_ge_xc), label(a[0]), word(u(1)), word(w1);
                return true;
            }
            if (c0 && x1) {
                op(lt ? Op::is_lt_cx : Op::is_ge_cx), label(a[0]), word(w0), word(u(2));
                return true;
            }
        }
        Op o = gi.op == GenOp::op_is_lt ? Op::is_lt
             : gi.op == GenOp::op_is_ge ? Op::is_ge
             : gi.op == GenOp::op_is_eq ? Op::is_eq
             : gi.op == GenOp::op_is_ne ? Op::is_ne
             : gi.op == GenOp::op_is_eq_exact ? Op::is_eq_exact : Op::is_ne_exact;
        op(o), label(a[0]), word(w0), word(w1);
        return true;
    }
    case GenOp::op_select_val: return emit_select_val(gi);
    case GenOp::op_select_tuple_arity: {
        NEED(src(0, w0), "bad source");
        const auto& list = a[2].list;
        std::size_t n = list.size() / 2;
        if (n == 2) {
            op(Op::select_tuple_arity2), word(w0), label(a[1]), word(n);
            for (std::size_t i = 0; i < n; ++i) {
                NEED(list[2 * i].value >= 0 && list[2 * i].value < (std::int64_t(1) << 40), "bad arity");
                word(make_header(static_cast<Word>(list[2 * i].value), Subtag::Tuple));
            }
            for (std::size_t i = 0; i < n; ++i) label(list[2 * i + 1]);
            return true;
        }
        op(Op::select_tuple_arity), word(w0), label(a[1]), word(n);
        for (std::size_t i = 0; i < n; ++i) word(static_cast<Word>(list[2 * i].value));
        for (std::size_t i = 0; i < n; ++i) label(list[2 * i + 1]);
        return true;
    }

    // ---- exceptions ----
    case GenOp::op_catch:
    case GenOp::op_try:
        NEED(dst(0, w0), "bad register");
        op(Op::catch_), word(w0), label(a[1]);
        return true;
    case GenOp::op_catch_end: NEED(dst(0, w0), "bad register"); op(Op::catch_end), word(w0); return true;
    case GenOp::op_try_end: NEED(dst(0, w0), "bad register"); op(Op::try_end), word(w0); return true;
    case GenOp::op_try_case: NEED(dst(0, w0), "bad register"); op(Op::try_case), word(w0); return true;
    case GenOp::op_try_case_end: NEED(src(0, w0), "bad source"); op(Op::try_case_end), word(w0); return true;
    case GenOp::op_badmatch: NEED(src(0, w0), "bad source"); op(Op::badmatch), word(w0); return true;
    case GenOp::op_case_end: NEED(src(0, w0), "bad source"); op(Op::case_end), word(w0); return true;
    case GenOp::op_badrecord: NEED(src(0, w0), "bad source"); op(Op::badrecord), word(w0); return true;
    case GenOp::op_if_end: op(Op::if_end); return true;
    case GenOp::op_raise: NEED(src(0, w0) && src(1, w1), "bad operands"); op(Op::raise), word(w0), word(w1); return true;
    case GenOp::op_build_stacktrace: op(Op::build_stacktrace); return true;
    case GenOp::op_raw_raise: op(Op::raw_raise); return true;

    // ---- messages ----
    case GenOp::op_send: op(Op::send); return true;
    case GenOp::op_remove_message: op(Op::remove_message); return true;
    case GenOp::op_timeout: op(Op::timeout); return true;
    case GenOp::op_loop_rec: NEED(dst(1, w0), "bad destination"); op(Op::loop_rec), label(a[0]), word(w0); return true;
    case GenOp::op_loop_rec_end: op(Op::loop_rec_end), label(a[0]); return true;
    case GenOp::op_wait: op(Op::wait), label(a[0]); return true;
    case GenOp::op_wait_timeout: NEED(src(1, w0), "bad timeout"); op(Op::wait_timeout), label(a[0]), word(w0); return true;
    case GenOp::op_recv_mark:
    case GenOp::op_recv_set: return true;
    case GenOp::op_recv_marker_reserve: NEED(dst(0, w0), "bad register"); op(Op::recv_marker_reserve), word(w0); return true;
    case GenOp::op_recv_marker_bind:
        NEED(src(0, w0) && src(1, w1), "bad operands");
        op(Op::recv_marker_bind), word(w0), word(w1);
        return true;
    case GenOp::op_recv_marker_clear: NEED(src(0, w0), "bad source"); op(Op::recv_marker_clear), word(w0); return true;
    case GenOp::op_recv_marker_use: NEED(src(0, w0), "bad source"); op(Op::recv_marker_use), word(w0); return true;

    // ---- floats ----
    case GenOp::op_fmove:
        if (a[0].kind == OperandKind::FloatReg && a[1].kind == OperandKind::FloatReg) {
            op(Op::fmove_fr), word(u(0)), word(u(1));
        } else if (a[0].kind == OperandKind::FloatReg) {
            NEED(dst(1, w0), "bad destination");
            op(Op::fstore), word(u(0)), word(w0);
        } else {
            NEED(src(0, w0) && a[1].kind == OperandKind::FloatReg, "bad operands");
            if (a[0].kind == OperandKind::X) op(Op::fload_x), word(u(0)), word(u(1));
            else if (a[0].kind == OperandKind::Y) op(Op::fload_y), word(u(0)), word(u(1));
            else op(Op::fload), word(w0), word(u(1));
        }
        return true;
    case GenOp::op_fconv: NEED(src(0, w0), "bad source"); op(Op::fconv), word(w0), word(u(1)); return true;
    case GenOp::op_fadd: op(Op::fadd), word(u(1)), word(u(2)), word(u(3)); return true;
    case GenOp::op_fsub: op(Op::fsub), word(u(1)), word(u(2)), word(u(3)); return true;
    case GenOp::op_fmul: op(Op::fmul), word(u(1)), word(u(2)), word(u(3)); return true;
    case GenOp::op_fdiv: op(Op::fdiv), word(u(1)), word(u(2)), word(u(3)); return true;
    case GenOp::op_fnegate: op(Op::fnegate), word(u(1)), word(u(2)); return true;

    // ---- maps ----
    case GenOp::op_put_map_assoc:
    case GenOp::op_put_map_exact: {
        NEED(src(1, w0) && dst(2, w1), "bad operands");
        const auto& list = a[4].list;
        NEED(list.size() % 2 == 0, "odd key/value list");
        op(gi.op == GenOp::op_put_map_assoc ? Op::put_map_assoc : Op::put_map_exact);
        label(a[0]), word(w0), word(w1), word(u(3)), word(list.size());
        for (const Operand& e : list) {
            NEED(source(e, w2), "bad key or value");
            word(w2);
        }
        return true;
    }
    case GenOp::op_has_map_fields: {
        NEED(src(1, w0), "bad source");
        op(Op::has_map_fields), label(a[0]), word(w0), word(a[2].list.size());
        for (const Operand& e : a[2].list) {
            NEED(source(e, w1), "bad key");
            word(w1);
        }
        return true;
    }
    case GenOp::op_get_map_elements: {
        NEED(src(1, w0), "bad source");
        const auto& list = a[2].list;
        NEED(list.size() % 2 == 0, "odd key/destination list");
        op(Op::get_map_elements), label(a[0]), word(w0), word(list.size());
        for (std::size_t i = 0; i < list.size(); i += 2) {
            NEED(source(list[i], w1) && dest(list[i + 1], w2), "bad key or destination");
            word(w1), word(w2);
        }
        return true;
    }

    // ---- binaries ----
    case GenOp::op_bs_create_bin: return emit_bs_create_bin(gi);
    case GenOp::op_bs_init_writable: op(Op::bs_init_writable); return true;
    case GenOp::op_bs_init2:
    case GenOp::op_bs_init_bits:
    case GenOp::op_bs_append:
    case GenOp::op_bs_private_append:
    case GenOp::op_bs_put_integer:
    case GenOp::op_bs_put_binary:
    case GenOp::op_bs_put_float:
    case GenOp::op_bs_put_string:
    case GenOp::op_bs_put_utf8:
    case GenOp::op_bs_put_utf16:
    case GenOp::op_bs_put_utf32:
    case GenOp::op_bs_add:
    case GenOp::op_bs_utf8_size:
    case GenOp::op_bs_utf16_size:
        return emit_bs_old(gi);
    case GenOp::op_bs_start_match3:
        NEED(src(1, w0) && dst(3, w1), "bad operands");
        op(Op::bs_start_match), label(a[0]), word(u(2)), word(w0), word(w1);
        return true;
    case GenOp::op_bs_start_match4:
        NEED(src(2, w0) && dst(3, w1), "bad operands");
        op(Op::bs_start_match);
        if (a[0].kind == OperandKind::Label) label(a[0]);
        else word(0);  // no_fail / resume: the source is known to be a bitstring
        word(u(1)), word(w0), word(w1);
        return true;
    case GenOp::op_bs_get_integer2:
    case GenOp::op_bs_get_float2:
    case GenOp::op_bs_get_binary2: {
        // Fail Ctx Live Size Unit Flags Dst
        NEED(src(1, w0) && src(3, w1) && dst(6, w2), "bad operands");
        if (gi.op == GenOp::op_bs_get_binary2 && is_all_atom(a[3])) w1 = kOperandSizeAll;
        Op o = gi.op == GenOp::op_bs_get_integer2 ? Op::bs_get_integer
             : gi.op == GenOp::op_bs_get_float2 ? Op::bs_get_float : Op::bs_get_binary;
        op(o), label(a[0]), word(w0), word(u(2)), word(w1), word(u(4)), word(flags_of(a[5])), word(w2);
        return true;
    }
    case GenOp::op_bs_skip_bits2:
        // Fail Ctx Size Unit Flags
        NEED(src(1, w0) && src(2, w1), "bad operands");
        if (is_all_atom(a[2])) w1 = kOperandSizeAll;
        op(Op::bs_skip_bits), label(a[0]), word(w0), word(w1), word(u(3)), word(flags_of(a[4]));
        return true;
    case GenOp::op_bs_test_tail2:
        NEED(src(1, w0), "bad context");
        if (a[2].kind == OperandKind::Overflow) {  // more bits than any binary has: always fails
            op(Op::jump), label(a[0]);
            return true;
        }
        op(Op::bs_test_tail), label(a[0]), word(w0), word(u(2));
        return true;
    case GenOp::op_bs_test_unit:
        NEED(src(1, w0), "bad context");
        op(Op::bs_test_unit), label(a[0]), word(w0), word(u(2));
        return true;
    case GenOp::op_bs_match_string: {
        NEED(src(1, w0), "bad context");
        Word bits = u(2), offset = u(3);
        NEED(offset + (bits + 7) / 8 <= m_mod.strings.size(), "string outside the string table");
        op(Op::bs_match_string), label(a[0]), word(w0), word(bits),
            word(reinterpret_cast<Word>(m_mod.strings.data() + offset));
        return true;
    }
    case GenOp::op_bs_get_utf8:
    case GenOp::op_bs_get_utf16:
    case GenOp::op_bs_get_utf32: {
        // Fail Ctx Live Flags Dst
        NEED(src(1, w0) && dst(4, w1), "bad operands");
        Op o = gi.op == GenOp::op_bs_get_utf8 ? Op::bs_get_utf8
             : gi.op == GenOp::op_bs_get_utf16 ? Op::bs_get_utf16 : Op::bs_get_utf32;
        op(o), label(a[0]), word(w0), word(flags_of(a[3])), word(w1);
        return true;
    }
    case GenOp::op_bs_skip_utf8:
    case GenOp::op_bs_skip_utf16:
    case GenOp::op_bs_skip_utf32: {
        NEED(src(1, w0), "bad context");
        Op o = gi.op == GenOp::op_bs_skip_utf8 ? Op::bs_skip_utf8
             : gi.op == GenOp::op_bs_skip_utf16 ? Op::bs_skip_utf16 : Op::bs_skip_utf32;
        op(o), label(a[0]), word(w0), word(flags_of(a[3]));
        return true;
    }
    case GenOp::op_bs_get_tail:
    case GenOp::op_bs_get_position:
        NEED(src(0, w0) && dst(1, w1), "bad operands");
        op(gi.op == GenOp::op_bs_get_tail ? Op::bs_get_tail : Op::bs_get_position), word(w0), word(w1), word(u(2));
        return true;
    case GenOp::op_bs_set_position:
        NEED(src(0, w0) && src(1, w1), "bad operands");
        op(Op::bs_set_position), word(w0), word(w1);
        return true;

    default:
        // Instructions erlc 25+ does not emit for this module shape (old bit syntax construction,
        // bs_match of OTP 26): loading succeeds, running one raises {unsupported_instruction, N}.
        op(Op::unsupported), word(static_cast<Word>(gi.op));
        return true;
    }
#undef NEED
}

// Resolves labels and builds the module's function, line and lambda tables.
bool Translator::finish() {
    if (m_code.size() > 0xFFFFFFFF) {  // function and line tables keep 32-bit code offsets
        m_error = {std::string(m_file.module_name()), "Code", 0, "module code too large"};
        return false;
    }
    m_mod.code_words = m_code.size();
    m_mod.code = std::make_unique<Instr[]>(m_code.size());
    Instr* code = m_mod.code.get();
    const void* const* handlers = instruction_handlers();
    std::vector<char> is_op(m_code.size(), 0);
    for (std::size_t s : m_op_starts) is_op[s] = 1;
    for (std::size_t i = 0; i < m_code.size(); ++i) code[i] = m_code[i];
    for (std::size_t s : m_op_starts) code[s] = reinterpret_cast<Instr>(handlers[m_code[s]]);
    for (std::size_t site : m_label_patches) {
        Word l = m_code[site];
        if (l == 0) {
            code[site] = 0;  // no fail label
            continue;
        }
        if (l >= m_label_at.size() || m_label_at[l] < 0) {
            m_error = {std::string(m_file.module_name()), "Code", 0, "undefined label " + std::to_string(l)};
            return false;
        }
        code[site] = reinterpret_cast<Instr>(code + m_label_at[l]);
    }
    // Functions: each runs from its func_info to the next one. (The tables live as long as the code:
    // reserved to size, not grown by doubling.)
    m_mod.functions.reserve(m_functions.size());
    m_mod.lines.reserve(m_lines.size());
    for (std::size_t i = 0; i < m_functions.size(); ++i) {
        const PendingFunction& f = m_functions[i];
        std::size_t end = i + 1 < m_functions.size() ? m_functions[i + 1].func_info : m_code.size();
        // A function's line instruction precedes its func_info; the next function's starts before it.
        m_mod.functions.push_back({f.name, code + f.func_info, f.arity, static_cast<std::uint32_t>(end - f.func_info)});
    }
    for (const PendingLine& l : m_lines) {
        if (l.item >= m_file.lines.items.size()) continue;
        const LineItem& item = m_file.lines.items[l.item];
        m_mod.lines.push_back({static_cast<std::uint32_t>(l.offset), vm::LineRef::make_location(item.file, item.line)});
    }
    // Lines recorded before a func_info belong to that function: keep the offset order.
    std::stable_sort(m_mod.lines.begin(), m_mod.lines.end(),
                     [](const vm::LineRef& a, const vm::LineRef& b) { return a.offset < b.offset; });
    for (std::size_t i = 0; i < m_mod.lambda_count; ++i) {
        const Lambda& l = m_file.lambdas[i];
        if (l.label >= m_label_at.size() || m_label_at[l.label] < 0) {
            m_error = {std::string(m_file.module_name()), "FunT", 0, "lambda label undefined"};
            return false;
        }
        m_mod.lambdas[i].address = code + m_label_at[l.label];
    }
    if (m_on_load_at >= 0) m_mod.on_load = code + m_on_load_at;
    return true;
}

bool Translator::run(LoadError& error) {
    m_mod.name = m_file.module;
    m_mod.strings = m_file.strings;
    std::string name(m_file.module_name());
    // Literals, then Attr and CInf (term_to_binary output; one that does not decode makes the file
    // bad, as on erl's beam_file.c: corrupt attribute table / compile info, not a module with no
    // attributes). Every term is checked first, so the literal area takes what they need in one chunk.
    Word literal_words = 0;
    for (std::size_t i = 0; i < m_file.literals.size(); ++i) {
        const auto& bytes = m_file.literals[i];
        EtfScan scan = etf_scan(bytes.data(), bytes.size());
        if (!scan.ok) {
            error = {name, "LitT", 0, "literal " + std::to_string(i) + ": " + scan.error};
            return false;
        }
        literal_words += scan.heap_words;
    }
    const std::vector<std::uint8_t>* const info_chunks[] = {&m_file.attributes, &m_file.compile_info};
    auto info_chunk_name = [&](const std::vector<std::uint8_t>* raw) {
        return raw == &m_file.attributes ? "Attr" : "CInf";
    };
    for (const auto* raw : info_chunks) {
        if (raw->empty()) continue;
        EtfScan scan = etf_scan(raw->data(), raw->size());
        if (!scan.ok) {
            error = {name, info_chunk_name(raw), 0, "not an external term: " + scan.error};
            return false;
        }
        literal_words += scan.heap_words;
    }
    // The Line chunk's files (the first, when unnamed, is the module's own .erl) become {file, "F"}
    // literals that stack traces share: a code point per byte at most.
    std::vector<std::string> files = m_file.lines.file_names;
    if (!files.empty() && files[0].empty()) files[0] = name + ".erl";
    for (const std::string& f : files) literal_words += 3 + 2 * f.size();
    m_mod.literals.reserve(literal_words);
    for (std::size_t i = 0; i < m_file.literals.size(); ++i) {
        const auto& bytes = m_file.literals[i];
        Term t = etf_decode(m_mod.literals, bytes.data(), bytes.size());
        if (t == kNonValue) {
            error = {name, "LitT", 0, "literal " + std::to_string(i) + " could not be built"};
            return false;
        }
        m_literals.push_back(t);
    }
    for (const auto* raw : info_chunks) {
        Term t = kNil;
        if (!raw->empty()) {
            t = etf_decode(m_mod.literals, raw->data(), raw->size());
            if (t == kNonValue) {
                error = {name, info_chunk_name(raw), 0, "the term could not be built"};
                return false;
            }
        }
        (raw == &m_file.attributes ? m_mod.attributes : m_mod.compile_info) = t;
    }
    for (const std::string& f : files)
        m_mod.file_terms.push_back(make_tuple2(m_mod.literals, am_file, make_charlist(m_mod.literals, f)));
    // Lambdas.
    m_mod.lambda_count = m_file.lambdas.size();
    m_mod.lambdas = std::make_unique<FunEntry[]>(m_mod.lambda_count);
    for (std::size_t i = 0; i < m_mod.lambda_count; ++i) {
        const Lambda& l = m_file.lambdas[i];
        m_mod.lambdas[i] = FunEntry{&m_mod, l.function, l.arity, l.num_free, l.index, l.old_uniq, nullptr};
    }
    m_label_at.assign(m_file.label_count + 1, -1);
    for (const GenericInstr& gi : m_file.code) {
        if (!emit(gi)) {
            error = m_error;
            return false;
        }
    }
    if (!finish()) {
        error = m_error;
        return false;
    }
    // Exports (bound to their entry points when the module is published).
    m_mod.exports.reserve(m_file.exports.size());
    m_mod.export_addresses.reserve(m_file.exports.size());
    for (const FunctionEntry& e : m_file.exports) {
        if (e.label >= m_label_at.size() || m_label_at[e.label] < 0) {
            error = {name, "ExpT", 0, "export label undefined"};
            return false;
        }
        m_mod.exports.push_back(CodeServer::global().export_entry(m_mod.name, e.function, e.arity));
        m_mod.export_addresses.push_back(m_mod.code.get() + m_label_at[e.label]);
    }
    return true;
}

Expected<std::unique_ptr<Module>> translate(BeamFile& file) {
    auto module = std::make_unique<Module>();
    Translator t(file, *module);
    LoadError error;
    if (!t.run(error)) return error;
    return module;
}

}  // namespace ember::loader
