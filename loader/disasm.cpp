// The `ember dis` listing. See disasm.hpp.
#include "loader/disasm.hpp"

#include <memory>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/magic_ref.hpp"
#include "vm/etf.hpp"
#include "vm/heap_allocator.hpp"
#include "vm/term_print.hpp"

namespace ember::loader {

namespace {

// Heap for decoding literals just to print them: blocks freed, refc binaries released, on destruction.
class ScratchHeap final : public vm::HeapAllocator {
public:
    ~ScratchHeap() override {
        // Refc binary layout (vm/term.hpp): [header][size][Binary*][data][next].
        for (vm::Term* h : m_refc) vm::off_heap_release(h);
    }
    vm::Term* alloc(vm::Word words) override {
        m_blocks.emplace_back(new vm::Term[words ? words : 1]);
        return m_blocks.back().get();
    }
    void add_off_heap(vm::Term* refc_header) override { m_refc.push_back(refc_header); }

private:
    std::vector<std::unique_ptr<vm::Term[]>> m_blocks;
    std::vector<vm::Term*> m_refc;
};

constexpr std::size_t kMaxLiteralText = 100;

// A literal as ~w prints it (cut at kMaxLiteralText characters), or a note saying why it cannot be.
std::string literal_text(const std::vector<std::uint8_t>& etf) {
    vm::EtfScan scan = vm::etf_scan(etf.data(), etf.size());
    if (!scan.ok) return "<bad literal: " + scan.error + ">";
    ScratchHeap heap;
    vm::Term t = vm::etf_decode(heap, etf.data(), etf.size());
    if (t == vm::kNonValue) return "<undecodable literal>";
    std::string s = vm::format_term_w(t);
    if (s.size() > kMaxLiteralText) s = s.substr(0, kMaxLiteralText - 3) + "...";
    return s;
}

std::string format_operand_with(const Operand& o, const std::vector<std::string>* literals);

// Atom text as Erlang would print it: bare when it is a plain lowercase identifier, else quoted.
std::string format_atom(vm::Term atom) {
    std::string_view name = vm::atom_name(atom);
    bool bare = !name.empty() && name[0] >= 'a' && name[0] <= 'z';
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@'))
            bare = false;
    if (bare) return std::string(name);
    std::string s = "'";
    for (char c : name) {
        if (c == '\'' || c == '\\') s += '\\';
        s += c;
    }
    return s + "'";
}

std::string mfa(vm::Term m, vm::Term f, std::uint32_t arity) {
    return format_atom(m) + ":" + format_atom(f) + "/" + std::to_string(arity);
}

// A trailing comment naming what an index operand refers to (imports, lambdas, line items).
std::string annotation(const BeamFile& file, const GenericInstr& in) {
    auto import_at = [&](unsigned arg) -> std::string {
        std::uint64_t i = std::uint64_t(in.args[arg].value);
        if (i >= file.imports.size()) return {};
        const Import& imp = file.imports[i];
        return mfa(imp.module, imp.function, imp.arity);
    };
    auto lambda_at = [&](unsigned arg) -> std::string {
        std::uint64_t i = std::uint64_t(in.args[arg].value);
        if (in.args[arg].kind != OperandKind::Unsigned || i >= file.lambdas.size()) return {};
        const Lambda& l = file.lambdas[i];
        return "fun " + format_atom(l.function) + "/" + std::to_string(l.arity);
    };
    switch (in.op) {
    case GenOp::op_call_ext:
    case GenOp::op_call_ext_last:
    case GenOp::op_call_ext_only:
    case GenOp::op_bif1:
    case GenOp::op_bif2: return import_at(1);
    case GenOp::op_bif0: return import_at(0);
    case GenOp::op_gc_bif1:
    case GenOp::op_gc_bif2:
    case GenOp::op_gc_bif3: return import_at(2);
    case GenOp::op_make_fun2:
    case GenOp::op_make_fun3:
    case GenOp::op_call_fun2: return lambda_at(0);
    case GenOp::op_line: {
        std::uint64_t i = std::uint64_t(in.args[0].value);
        if (!file.lines.present || i == 0 || i >= file.lines.items.size()) return {};
        const LineItem& item = file.lines.items[i];
        return file.lines.file_names[item.file] + ":" + std::to_string(item.line);
    }
    default: return {};
    }
}

}  // namespace

namespace {

std::string format_operand_with(const Operand& o, const std::vector<std::string>* literals) {
    auto typed = [&](const char* reg) {
        std::string s = std::string(reg) + "(" + std::to_string(o.value) + ")";
        if (o.type_index != 0) s += "/t" + std::to_string(o.type_index);
        return s;
    };
    switch (o.kind) {
    case OperandKind::Unsigned:
    case OperandKind::Integer: return std::to_string(o.value);
    case OperandKind::Atom: return format_atom(vm::Term(o.value));
    case OperandKind::Nil: return "[]";
    case OperandKind::X: return typed("x");
    case OperandKind::Y: return typed("y");
    case OperandKind::FloatReg: return "fr(" + std::to_string(o.value) + ")";
    case OperandKind::Label: return "f(" + std::to_string(o.value) + ")";
    case OperandKind::Literal:
        if (literals && std::uint64_t(o.value) < literals->size()) return (*literals)[std::size_t(o.value)];
        return "literal#" + std::to_string(o.value);
    case OperandKind::Char: return "char(" + std::to_string(o.value) + ")";
    case OperandKind::Overflow: return "overflow";
    case OperandKind::List: {
        std::string s = "[";
        for (std::size_t i = 0; i < o.list.size(); ++i)
            s += (i ? ", " : "") + format_operand_with(o.list[i], literals);
        return s + "]";
    }
    case OperandKind::AllocList: {
        static const char* kinds[] = {"words", "floats", "funs"};
        std::string s = "{alloc";
        for (std::size_t i = 0; i + 1 < o.list.size(); i += 2)
            s += std::string(",") + kinds[o.list[i].value % 3] + "=" + std::to_string(o.list[i + 1].value);
        return s + "}";
    }
    }
    return "?";
}

}  // namespace

std::string format_operand(const Operand& operand) { return format_operand_with(operand, nullptr); }

void disassemble(const BeamFile& file, std::ostream& out) {
    std::vector<std::string> literals;
    literals.reserve(file.literals.size());
    for (const auto& lit : file.literals) literals.push_back(literal_text(lit));
    out << "module " << format_atom(file.module) << "\n";
    out << "exports:";
    for (const auto& e : file.exports) out << " " << format_atom(e.function) << "/" << e.arity << "@" << e.label;
    out << "\nimports:";
    for (std::size_t i = 0; i < file.imports.size(); ++i)
        out << " " << i << "=" << mfa(file.imports[i].module, file.imports[i].function, file.imports[i].arity);
    out << "\nlabels " << file.label_count << ", functions " << file.function_count << ", literals "
        << file.literals.size() << ", lambdas " << file.lambdas.size() << "\n";
    for (std::size_t k = 0; k < file.code.size(); ++k) {
        const GenericInstr& in = file.code[k];
        // A blank line before each function's first label (label [line] func_info).
        bool starts_function = in.op == GenOp::op_label &&
                               ((k + 1 < file.code.size() && file.code[k + 1].op == GenOp::op_func_info) ||
                                (k + 2 < file.code.size() && file.code[k + 1].op == GenOp::op_line &&
                                 file.code[k + 2].op == GenOp::op_func_info));
        if (starts_function) out << "\n";
        std::string line = (in.op == GenOp::op_label ? "" : "    ") + std::string(genop_name(in.op));
        for (const auto& a : in.args) line += " " + format_operand_with(a, &literals);
        std::string note = annotation(file, in);
        if (!note.empty()) {
            if (line.size() < 48) line.resize(48, ' ');
            line += "  % " + note;
        }
        out << line << "\n";
    }
}

}  // namespace ember::loader
