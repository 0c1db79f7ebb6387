// The BEAM file reader: IFF container, chunks, and the Code chunk decoded into generic instructions
// (OTP erts/emulator/beam/beam_file.c; file layout written by lib/compiler/src/beam_asm.erl).
//
// parse_beam never trusts a count, size or index in the file: every read goes through ByteReader,
// every table index is checked, and any problem becomes a LoadError naming the chunk and the byte
// offset in the file. It never throws on bad input (only std::bad_alloc could escape).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "loader/compact_term.hpp"
#include "loader/opcodes.hpp"
#include "vm/term.hpp"

namespace ember::loader {

struct LoadError {
    std::string module;   // module name if known (else the name hint)
    std::string chunk;    // "AtU8", "Code", ...; empty for the IFF container itself
    std::size_t offset = 0;  // byte offset in the file
    std::string message;

    // "MODULE: chunk CHUNK at byte OFFSET: MESSAGE"
    std::string to_string() const;
};

// A std::expected-like result (C++23's std::expected is not in GCC 12's library).
template <typename T>
class Expected {
public:
    Expected(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Expected(LoadError error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return m_v.index() == 0; }
    explicit operator bool() const { return has_value(); }
    T& value() { return std::get<0>(m_v); }
    const T& value() const { return std::get<0>(m_v); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const LoadError& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, LoadError> m_v;
};

struct Import {
    vm::Term module = vm::kNonValue;
    vm::Term function = vm::kNonValue;
    std::uint32_t arity = 0;
};

// An ExpT or LocT entry.
struct FunctionEntry {
    vm::Term function = vm::kNonValue;
    std::uint32_t arity = 0;
    std::uint32_t label = 0;
};

// A FunT entry. `arity` includes the free variables (as in the file).
struct Lambda {
    vm::Term function = vm::kNonValue;
    std::uint32_t arity = 0;
    std::uint32_t label = 0;
    std::uint32_t index = 0;
    std::uint32_t num_free = 0;
    std::uint32_t old_uniq = 0;
};

struct LineItem {
    std::uint32_t file = 0;  // index into LineTable::file_names
    std::uint32_t line = 0;
};

// The Line chunk (version 0). As in erts: items[0] is the "undefined location" {0, 0}, so a
// `line N` instruction names items[N]; file_names[0] is the implicit "<module>.erl" and
// file_names[k] for k >= 1 is the k-th name stored in the chunk.
struct LineTable {
    bool present = false;  // false if the chunk is absent or has an unknown version (ignored, as erts)
    std::uint32_t version = 0;
    std::uint32_t flags = 0;
    std::uint32_t instruction_count = 0;
    std::vector<LineItem> items;
    std::vector<std::string> file_names;
};

// One entry of the Type chunk, normalised across versions 1-4 (OTP 25-28). `bits` is the type
// union as stored (its bit layout depends on TypeTable::version); the ranges and unit are decoded.
struct TypeEntry {
    std::uint16_t bits = 0;
    bool has_min = false;
    bool has_max = false;
    bool has_unit = false;
    std::int64_t min = 0;
    std::int64_t max = 0;
    std::uint8_t unit = 1;
};

struct TypeTable {
    bool present = false;  // false if absent or of an unknown version (typed registers then untyped)
    std::uint32_t version = 0;
    std::vector<TypeEntry> entries;
};

struct GenericInstr {
    GenOp op = GenOp::op_label;
    std::uint32_t offset = 0;  // byte offset of the opcode in the file (for later error messages)
    std::span<const Operand> args;  // in BeamFile::operands
};

struct BeamFile {
    vm::Term module = vm::kNonValue;
    std::vector<vm::Term> atoms;  // atoms[0] = kNonValue (index 0 in code means []); atoms[1] = module
    std::vector<Import> imports;
    std::vector<FunctionEntry> exports;
    std::vector<FunctionEntry> locals;
    std::vector<Lambda> lambdas;
    std::vector<std::uint8_t> strings;                 // StrT
    std::vector<std::vector<std::uint8_t>> literals;   // ETF bytes (version byte 131 first)
    std::size_t file_literal_count = 0;                // literals[0..this) came from LitT; the rest
                                                       // are big integers from Code operands
    LineTable lines;
    TypeTable types;
    std::vector<std::uint8_t> attributes;    // Attr: raw ETF
    std::vector<std::uint8_t> compile_info;  // CInf: raw ETF
    std::uint32_t instruction_set = 0;
    std::uint32_t max_opcode = 0;
    std::uint32_t label_count = 0;
    std::uint32_t function_count = 0;
    std::vector<GenericInstr> code;  // ends with int_code_end
    std::vector<Operand> operands;   // the storage of code's operands (spans point into it)

    BeamFile() = default;
    // Moves keep the operands' storage (and so the spans into it); a copy would not.
    BeamFile(BeamFile&&) = default;
    BeamFile& operator=(BeamFile&&) = default;
    BeamFile(const BeamFile&) = delete;
    BeamFile& operator=(const BeamFile&) = delete;

    std::string_view module_name() const;
};

using BeamResult = Expected<BeamFile>;

// The plain IFF image of a .beam: `bytes` itself, or, for a gzip-compressed beam (code:load_binary
// accepts them), its inflated bytes held in `storage`. False with `error` set for a bad gzip stream.
// Lets a loader inflate once and hand the image to both parse_beam and module_md5.
bool plain_beam_image(std::span<const std::uint8_t> bytes, std::vector<std::uint8_t>& storage,
                      std::span<const std::uint8_t>& image, std::string& error);

// Parses a whole .beam image (optionally gzip-compressed, as code:load_binary accepts). `name_hint`
// names the module in errors raised before the atom table is read (e.g. the file name).
BeamResult parse_beam(std::span<const std::uint8_t> bytes, std::string_view name_hint = {});

// Decodes the Code chunk's instruction stream `code` (which starts at file offset `base_offset`)
// into file.code and validates it. Precondition: every table of `file` is filled in. Used by
// parse_beam; exposed for tests.
bool decode_code(BeamFile& file, std::span<const std::uint8_t> code, std::size_t base_offset, LoadError& error);

}  // namespace ember::loader
