// The translator's binary construction (loader/translator.hpp): bs_create_bin and the older
// construction instructions (bs_init2, bs_put_*, bs_append, ...) that erlc emits with
// +no_bs_create_bin and OTP 22-24 compilers emitted.
#include <string>

#include "loader/translator.hpp"
#include "vm/atom_table.hpp"
#include "vm/bitsyntax.hpp"
#include "vm/process.hpp"

namespace ember::loader {

using namespace ember::vm;

bool Translator::emit_bs_create_bin(const GenericInstr& gi) {
    // bs_create_bin Fail Alloc Live Unit Dst {list: Type Seg Unit Flags Src Size ...}
    Word dst;
    if (!dest(gi.args[4], dst)) return fail(gi, "bad destination");
    const auto& list = gi.args[5].list;
    if (list.size() % 6 != 0) return fail(gi, "segment list length is not a multiple of 6");
    // x[Live] holds the result while the instruction collects for its Alloc words (vm/ops_binary.inc).
    if (!live_ok(gi.args[2])) return fail(gi, "live register count out of range");
    std::size_t n = list.size() / 6;
    op(Op::bs_create_bin);
    label(gi.args[0]);
    word(heap_need(gi.args[1]));
    word(static_cast<Word>(gi.args[2].value));
    word(dst);
    word(n);
    AtomTable& atoms = AtomTable::global();
    for (std::size_t i = 0; i < n; ++i) {
        const Operand* s = &list[6 * i];
        if (s[0].kind != OperandKind::Atom) return fail(gi, "segment type is not an atom");
        std::string_view type = atoms.name(static_cast<Term>(s[0].value));
        BsSegmentType t;
        if (type == "integer") t = BsSegmentType::Integer;
        else if (type == "float") t = BsSegmentType::Float;
        else if (type == "binary") t = BsSegmentType::Binary;
        else if (type == "utf8") t = BsSegmentType::Utf8;
        else if (type == "utf16") t = BsSegmentType::Utf16;
        else if (type == "utf32") t = BsSegmentType::Utf32;
        else if (type == "string") t = BsSegmentType::String;
        else if (type == "append") t = BsSegmentType::Append;
        else if (type == "private_append") t = BsSegmentType::PrivateAppend;
        else return fail(gi, "unknown segment type " + std::string(type));
        Word value = kNil, size = kNil;
        const std::uint8_t* str = nullptr;
        Word str_len = 0;
        if (t == BsSegmentType::String) {
            std::int64_t off = s[4].value, len = s[5].value;
            if (off < 0 || len < 0 || static_cast<std::size_t>(off + len) > m_mod.strings.size())
                return fail(gi, "string segment outside the string table");
            str = m_mod.strings.data() + off;
            str_len = static_cast<Word>(len);
        } else {
            if (!source(s[4], value)) return fail(gi, "bad segment source");
            if (s[5].kind == OperandKind::Atom && atoms.name(static_cast<Term>(s[5].value)) == "all") {
                if (t == BsSegmentType::Binary) t = BsSegmentType::BinaryAll;
                size = am_all;
            } else if (s[5].kind != OperandKind::Atom) {
                if (!source(s[5], size)) return fail(gi, "bad segment size");
            }
        }
        // The type word also carries the source segment number (error_info's cause names it).
        bool numbered = s[1].kind == OperandKind::Integer || s[1].kind == OperandKind::Unsigned;
        Word seg = numbered && s[1].value > 0 && s[1].value < (1 << 24) ? static_cast<Word>(s[1].value) : 0;
        word(static_cast<Word>(t) | (seg << 8));
        word(flags_of(s[3]));
        word(static_cast<Word>(s[2].value));
        word(value);
        word(size);
        word(reinterpret_cast<Word>(str));
        word(str_len);
    }
    return true;
}


// Binary construction before bs_create_bin (erlc +no_bs_create_bin, OTP 22-24): bs_init2/bs_init_bits/
// bs_append/bs_private_append open a buffer, bs_put_* write segments into it (vm/ops_binary.inc).
bool Translator::emit_bs_old(const GenericInstr& gi) {
    const auto& a = gi.args;
    Word w0, w1, w2;
    // x[Live] may hold a term across the GC (bs_append): live_ok.
    auto put = [&](BsSegmentType t, const Operand& fail_label, unsigned flags, Word unit, Word value, Word size,
                   const std::uint8_t* str, Word len) {
        op(Op::bs_put), label(fail_label), word(static_cast<Word>(t)), word(flags), word(unit), word(value),
            word(size), word(reinterpret_cast<Word>(str)), word(len);
    };
    static const Operand kNoFail{OperandKind::Label, 0, 0, {}};
    switch (gi.op) {
    case GenOp::op_bs_init2:
    case GenOp::op_bs_init_bits:
        // Fail Size Words Live Flags Dst
        if (!source(a[1], w0) || !dest(a[5], w1)) return fail(gi, "bad operands");
        if (!live_ok(a[3])) return fail(gi, "live register count out of range");
        op(Op::bs_init), label(a[0]), word(w0), word(heap_need(a[2])), word(static_cast<Word>(a[3].value)),
            word(w1), word(gi.op == GenOp::op_bs_init2 ? 8 : 1);
        return true;
    case GenOp::op_bs_append:
        // Fail Size Extra Live Unit Bin Flags Dst
        if (!source(a[1], w0) || !source(a[5], w1) || !dest(a[7], w2)) return fail(gi, "bad operands");
        if (!live_ok(a[3])) return fail(gi, "live register count out of range");
        op(Op::bs_append), label(a[0]), word(w0), word(heap_need(a[2])), word(static_cast<Word>(a[3].value)),
            word(static_cast<Word>(a[4].value)), word(w1), word(w2);
        return true;
    case GenOp::op_bs_private_append:
        // Fail Size Unit Bin Flags Dst
        if (!source(a[1], w0) || !source(a[3], w1) || !dest(a[5], w2)) return fail(gi, "bad operands");
        op(Op::bs_private_append), label(a[0]), word(w0), word(static_cast<Word>(a[2].value)), word(w1), word(w2);
        return true;
    case GenOp::op_bs_put_integer:
    case GenOp::op_bs_put_binary:
    case GenOp::op_bs_put_float: {
        // Fail Size Unit Flags Src
        BsSegmentType t = gi.op == GenOp::op_bs_put_integer ? BsSegmentType::Integer
                        : gi.op == GenOp::op_bs_put_float   ? BsSegmentType::Float
                                                            : BsSegmentType::Binary;
        if (!source(a[1], w0) || !source(a[4], w1)) return fail(gi, "bad operands");
        // A literal size 'all' is resolved here, as for bs_create_bin: an 'all' that only turns up
        // in a register at run time is a bad size.
        if (t == BsSegmentType::Binary && is_all_atom(a[1])) t = BsSegmentType::BinaryAll;
        put(t, a[0], flags_of(a[3]), static_cast<Word>(a[2].value), w1, w0, nullptr, 0);
        return true;
    }
    case GenOp::op_bs_put_string: {
        // Len Offset into the string table
        std::int64_t len = a[0].value, off = a[1].value;
        if (off < 0 || len < 0 || static_cast<std::size_t>(off + len) > m_mod.strings.size())
            return fail(gi, "string outside the string table");
        put(BsSegmentType::String, kNoFail, 0, 8, kNil, kNil, m_mod.strings.data() + off, static_cast<Word>(len));
        return true;
    }
    case GenOp::op_bs_put_utf8:
    case GenOp::op_bs_put_utf16:
    case GenOp::op_bs_put_utf32: {
        // Fail Flags Src
        BsSegmentType t = gi.op == GenOp::op_bs_put_utf8    ? BsSegmentType::Utf8
                        : gi.op == GenOp::op_bs_put_utf16 ? BsSegmentType::Utf16
                                                          : BsSegmentType::Utf32;
        if (!source(a[2], w0)) return fail(gi, "bad source");
        put(t, a[0], flags_of(a[1]), 1, w0, kNil, nullptr, 0);
        return true;
    }
    case GenOp::op_bs_add:
        // Fail Src1 Src2 Unit Dst
        if (!source(a[1], w0) || !source(a[2], w1) || !dest(a[4], w2)) return fail(gi, "bad operands");
        op(Op::bs_add), label(a[0]), word(w0), word(w1), word(static_cast<Word>(a[3].value)), word(w2);
        return true;
    case GenOp::op_bs_utf8_size:
    case GenOp::op_bs_utf16_size:
        // Fail Src Dst (never fails)
        if (!source(a[1], w0) || !dest(a[2], w1)) return fail(gi, "bad operands");
        op(gi.op == GenOp::op_bs_utf8_size ? Op::bs_utf8_size : Op::bs_utf16_size), word(w0), word(w1);
        return true;
    default:
        return fail(gi, "not a construction instruction");
    }
}

}  // namespace ember::loader
