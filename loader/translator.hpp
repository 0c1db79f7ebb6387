// The translator from generic BEAM instructions to threaded code (loader/transform.hpp translate()):
// internal to the loader, shared by transform.cpp (everything else) and transform_bs.cpp (binary
// construction).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "loader/transform.hpp"
#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/module.hpp"
#include "vm/native.hpp"
#include "vm/services.hpp"

namespace ember::loader {

using vm::BifSpec;
using vm::Export;
using vm::Instr;
using vm::Module;
using vm::Op;
using vm::Term;
using vm::Word;

// A live-register count: x[0..Live) are GC roots, and an instruction may keep its result in x[Live]
// across a collection, so Live < kMaxRegisters, the x register count (it also fits a packed operand
// field, vm/code.hpp).
inline bool live_ok(const Operand& o) { return o.value >= 0 && o.value < kMaxRegisters; }

// The literal atom 'all' (a bit-syntax size meaning "the rest").
inline bool is_all_atom(const Operand& o) {
    return o.kind == OperandKind::Atom && static_cast<vm::Term>(o.value) == vm::am_all;
}

// Emits threaded code for one module. Invariants: `m_code` holds instruction words with label
// operands as label numbers (patched in finish()); `m_label_at[L]` is the word offset of label L.
class Translator {
public:
    Translator(BeamFile& file, Module& module) : m_file(file), m_mod(module) {}

    bool run(LoadError& error);

private:
    // ---- emission ----
    void op(Op o) { m_code.push_back(static_cast<Instr>(o)); m_op_starts.push_back(m_code.size() - 1); }
    void word(Word w) { m_code.push_back(w); }
    void label(const Operand& o) {
        m_label_patches.push_back(m_code.size());
        m_code.push_back(static_cast<Word>(o.value));
    }
    void label_number(std::int64_t l) {
        m_label_patches.push_back(m_code.size());
        m_code.push_back(static_cast<Word>(l));
    }

    bool fail(const GenericInstr& gi, std::string message) {
        m_error.module = std::string(m_file.module_name());
        m_error.chunk = "Code";
        m_error.offset = gi.offset;
        m_error.message = std::string(genop_name(gi.op)) + ": " + std::move(message);
        return false;
    }

    // ---- operands ----
    bool source(const Operand& o, Word& out);
    bool dest(const Operand& o, Word& out);
    bool term_of(const Operand& o, Term& out);  // a constant operand's term
    Word heap_need(const Operand& o) const;
    bool import_export(const GenericInstr& gi, const Operand& o, Export*& out);
    bool bif_spec(const GenericInstr& gi, const Operand& o, const BifSpec*& out);

    bool emit(const GenericInstr& gi);
    bool emit_select_val(const GenericInstr& gi);
    bool emit_increment(const GenericInstr& gi, const BifSpec* b);
    bool emit_bs_create_bin(const GenericInstr& gi);
    bool emit_bs_old(const GenericInstr& gi);
    bool emit_move(const Operand& src, const Operand& dst);
    bool fuse_move(Op second, Word s, Word d);
    void emit_return();
    bool fuse_call_fun_last();
    bool fuse_test_heap(Word need);
    bool fuse_list_frame(Word src, Word head_y, Word tail_x);
    void emit_caps_check(const BifSpec* b);
    unsigned flags_of(const Operand& o);

    bool finish();

    BeamFile& m_file;
    Module& m_mod;
    LoadError m_error;
    std::vector<Instr> m_code;
    std::vector<std::size_t> m_op_starts;
    std::vector<std::size_t> m_label_patches;
    std::vector<std::int64_t> m_label_at;
    std::vector<Term> m_literals;
    struct PendingFunction {
        Term name;
        std::uint32_t arity;
        std::size_t func_info;
    };
    std::vector<PendingFunction> m_functions;
    struct PendingLine {
        std::size_t offset;
        std::uint32_t item;
    };
    std::vector<PendingLine> m_lines;
    std::size_t m_last_label_at = static_cast<std::size_t>(-1);  // code offset of the most recent label
    Word m_fused_live = 0;  // the live count of the test_heap fuse_test_heap dropped
    std::int64_t m_on_load_at = -1;  // code offset of the on_load function's entry
};

}  // namespace ember::loader
