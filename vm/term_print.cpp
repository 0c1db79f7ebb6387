// The ~w printer. Rules follow OTP 25 io_lib (write/1, write_atom_as_latin1/1, write_string1/3) and
// float_to_list(F, [short]) (vm/number_text.hpp); see vm/term_print.hpp.
#include "vm/term_print.hpp"

#include <gmp.h>

#include <charconv>
#include <cstdio>
#include <string_view>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/map.hpp"
#include "vm/module.hpp"
#include "vm/number_text.hpp"
#include "vm/unicode.hpp"

namespace ember::vm {

namespace {

bool is_reserved_word(std::string_view s) {
    static constexpr std::string_view kWords[] = {
        "after", "begin", "case", "try",  "cond", "catch", "andalso", "orelse", "end",
        "fun",   "if",    "let",  "of",   "receive", "when", "bnot", "not", "div",
        "rem",   "band",  "and",  "bor",  "bxor", "bsl",  "bsr",   "or",    "xor"};
    for (std::string_view w : kWords)
        if (w == s) return true;
    return false;
}

constexpr bool is_lower_start(std::uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

constexpr bool is_latin1_alnum_or_underscore(std::uint32_t c) {
    return is_lower_start(c) || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= '0' && c <= '9') || c == '_';
}
constexpr bool is_name_char(std::uint32_t c) { return is_latin1_alnum_or_underscore(c) || c == '@'; }

enum class Style { W, Display, Report };  // Report: ~p's strings on one line (crash reports)

// io_lib string_char/4 in unicode_as_latin1 mode, quote character '. Display style (erts's atom
// printer) writes every character >= 160 as UTF-8 instead of \x{...}.
void append_quoted_char(std::string& out, std::uint32_t c, Style style = Style::W) {
    if (c == '\'' || c == '\\') {
        out.push_back('\\');
        out.push_back(char(c));
    } else if (c >= ' ' && c <= '~') {
        out.push_back(char(c));
    } else if (c >= 0xA0 && (c <= 0xFF || style == Style::Display)) {
        utf8_append(out, c);
    } else if (c > 0xFF) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "\\x{%X}", unsigned(c));
        out += buf;
    } else {
        switch (c) {
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\v': out += "\\v"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case 0x1B:
            if (style == Style::Display) out += "\\033";
            else out += "\\e";
            break;
        case 0x7F:
            if (style == Style::Display) out.push_back(char(c));
            else out += "\\d";
            break;
        default:
            out.push_back('\\');
            out.push_back(char('0' + (c >> 6)));
            out.push_back(char('0' + ((c >> 3) & 7)));
            out.push_back(char('0' + (c & 7)));
        }
    }
}

void append_unsigned(std::string& out, std::uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

// Collects a map's pairs as k0, v0, k1, v1, ... in erl's iteration order (io_lib uses maps:iterator).
void collect_map_pairs(Term map, std::vector<Term>& out) {
    map_foreach(map, [&out](Term k, Term v) {
        out.push_back(k);
        out.push_back(v);
    });
}

struct Work {
    enum Kind : std::uint8_t { Value, Text, ListTail, TupleFrom, MapFrom } kind;
    Term term = 0;
    Word index = 0;   // TupleFrom: next element; MapFrom: next pair (index into the pair arena)
    Word end = 0;     // MapFrom: one past the last pair
    const char* text = nullptr;  // Text: what to print; MapFrom: the key/value separator
};

// io_lib:write_atom_as_latin1 (W) or erts's atom printer (Display, OTP erl_printf_term.c
// print_atom_name: unquoted only when the first character is a Latin-1 lowercase letter and the rest
// are Latin-1 alphanumerics or '_'; no reserved words, '@' needs quotes; UTF-8 output).
void append_atom_styled(std::string& out, Term atom, Style style) {
    std::string_view name = atom_name(atom);
    std::vector<std::uint32_t> cps;
    cps.reserve(name.size());
    for (std::size_t pos = 0; pos < name.size();) {
        std::uint32_t cp = 0;
        std::size_t n = utf8_decode(name, pos, cp);
        if (n == 0) {  // cannot happen for interned atoms; print the byte
            cp = static_cast<std::uint8_t>(name[pos]);
            n = 1;
        }
        cps.push_back(cp);
        pos += n;
    }
    bool quote = true;
    if ((style == Style::Display || !is_reserved_word(name)) && !cps.empty() && is_lower_start(cps[0])) {
        quote = false;
        for (std::size_t i = 1; i < cps.size(); ++i)
            if (style == Style::Display ? !is_latin1_alnum_or_underscore(cps[i]) : !is_name_char(cps[i])) {
                quote = true;
                break;
            }
    }
    if (!quote) {
        out += name;
        return;
    }
    out.push_back('\'');
    for (std::uint32_t c : cps) append_quoted_char(out, c, style);
    out.push_back('\'');
}


void append_binary_w(std::string& out, Term t) {
    BinaryRef ref = binary_ref(t);
    out += "<<";
    std::size_t bytes = ref.byte_size();
    for (std::size_t i = 0; i < bytes; ++i) {
        std::uint8_t b;
        copy_bits(ref.data, ref.bit_offset + i * 8, &b, 0, 8);
        if (i != 0) out.push_back(',');
        append_unsigned(out, b);
    }
    std::size_t rest = ref.bit_size % 8;
    if (rest != 0) {
        std::uint8_t b = 0;
        copy_bits(ref.data, ref.bit_offset + bytes * 8, &b, 0, rest);
        if (bytes != 0) out.push_back(',');
        append_unsigned(out, b >> (8 - rest));
        out.push_back(':');
        append_unsigned(out, rest);
    }
    out += ">>";
}

// Node index printed in external identifiers: erl prints its distribution-table slot; Ember prints
// the node atom's index (stable for the life of the VM).
void append_node_index(std::string& out, Term node) { append_unsigned(out, atom_index(node)); }

Word small_field(Term t) { return is_small(t) ? Word(small_value(t)) : 0; }

// erts (erl_printf_term.c) prints a proper, non-empty list as "..." when every element is a byte
// in 32..126 or 160..255, or a tab or newline (checked against erl 25).
bool is_display_string(Term t) {
    for (; is_list(t); t = cdr(t)) {
        Term h = car(t);
        if (!is_small(h)) return false;
        SWord c = small_value(h);
        if (!((c >= 32 && c <= 126) || (c >= 160 && c <= 255) || c == '\t' || c == '\n')) return false;
    }
    return is_nil(t);
}

// Only " and newline are escaped (a backslash is printed as is, as erts does); bytes are raw Latin-1.
void append_display_string(std::string& out, Term t) {
    out.push_back('"');
    for (; is_list(t); t = cdr(t)) {
        char c = char(small_value(car(t)));
        if (c == '"') out += "\\\"";
        else if (c == '\n') out += "\\n";
        else out.push_back(c);
    }
    out.push_back('"');
}

// erts prints a non-empty binary of bytes 32..126 as <<"...">>, escaping only ".
bool append_display_binary(std::string& out, Term t) {
    BinaryRef ref = binary_ref(t);
    if (!ref.is_binary() || ref.bit_size == 0) return false;
    std::string text(ref.byte_size(), '\0');
    copy_bits(ref.data, ref.bit_offset, reinterpret_cast<std::uint8_t*>(text.data()), 0, ref.bit_size);
    for (char c : text)
        if (c < 32 || c > 126) return false;
    out += "<<\"";
    for (char c : text) {
        if (c == '"') out.push_back('\\');
        out.push_back(c);
    }
    out += "\">>";
    return true;
}

// io_lib:printable_latin1_list/1: what ~p prints as a string.
constexpr bool is_printable_latin1(SWord c) {
    return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= '\b' && c <= '\r') || c == 0x1B;
}
bool is_report_string(Term t) {
    for (; is_list(t); t = cdr(t)) {
        Term h = car(t);
        if (!is_small(h) || !is_printable_latin1(small_value(h))) return false;
    }
    return is_nil(t);
}
// io_lib write_string/2 with quote Q: escapes Q, backslash and the control characters. Latin-1 above
// 159 is written as its raw byte, as erl's report reaches a Latin-1 standard_io (-noshell default).
void append_report_char(std::string& out, std::uint32_t c, char quote) {
    switch (c) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case 0x1B: out += "\\e"; return;
    case '\\': out += "\\\\"; return;
    default:
        if (c == std::uint32_t(quote)) out.push_back('\\');
        out.push_back(static_cast<char>(c));  // c <= 255: printable Latin-1
    }
}
void append_report_string(std::string& out, Term t) {
    out.push_back('"');
    for (; is_list(t); t = cdr(t)) append_report_char(out, std::uint32_t(small_value(car(t))), '"');
    out.push_back('"');
}
// ~p prints a binary whose bytes are all printable Latin-1 as <<"...">>.
bool append_report_binary(std::string& out, Term t) {
    BinaryRef ref = binary_ref(t);
    if (!ref.is_binary() || ref.bit_size == 0) return false;
    std::string text(ref.byte_size(), '\0');
    copy_bits(ref.data, ref.bit_offset, reinterpret_cast<std::uint8_t*>(text.data()), 0, ref.bit_size);
    for (char c : text)
        if (!is_printable_latin1(static_cast<std::uint8_t>(c))) return false;
    out += "<<\"";
    for (char c : text) append_report_char(out, static_cast<std::uint8_t>(c), '"');
    out += "\">>";
    return true;
}

// Prints one non-compound term, or opens a compound one by pushing its parts onto `stack`.
void print_one(std::string& out, Term t, std::vector<Work>& stack, std::vector<Term>& pairs, Style style) {
    if (is_small(t) || is_bignum(t)) return append_integer(out, t);
    if (is_atom(t)) return append_atom_styled(out, t, style);
    if (is_nil(t)) {
        out += "[]";
        return;
    }
    if (is_local_pid(t)) {
        Word n = pid_number(t);
        out += "<0.";
        append_unsigned(out, n & 0xFFFFFFFF);
        out.push_back('.');
        append_unsigned(out, n >> 32);
        out.push_back('>');
        return;
    }
    if (is_local_port(t)) {
        out += "#Port<0.";
        append_unsigned(out, port_number(t));
        out.push_back('>');
        return;
    }
    if (is_list(t)) {
        if (style == Style::Display && is_display_string(t)) return append_display_string(out, t);
        if (style == Style::Report && is_report_string(t)) return append_report_string(out, t);
        out.push_back('[');
        stack.push_back({Work::Text, 0, 0, 0, "]"});
        stack.push_back({Work::ListTail, cdr(t)});
        stack.push_back({Work::Value, car(t)});
        return;
    }
    if (!is_boxed(t)) {
        out += "<bad term>";
        return;
    }
    const Term* hp = boxed_ptr(t);
    switch (header_subtag(hp[0])) {
    case Subtag::Tuple: {
        Word arity = header_arity(hp[0]);
        out.push_back('{');
        stack.push_back({Work::Text, 0, 0, 0, "}"});
        if (arity != 0) {
            stack.push_back({Work::TupleFrom, t, 1});
            stack.push_back({Work::Value, hp[1]});
        }
        return;
    }
    case Subtag::Float:
        if (style == Style::Display) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.6e", float_value(t));
            out += buf;
        } else {
            append_float_short(out, float_value(t));
        }
        return;
    case Subtag::HeapBinary:
    case Subtag::RefcBinary:
    case Subtag::SubBinary:
        if (style == Style::Display && append_display_binary(out, t)) return;
        if (style == Style::Report && append_report_binary(out, t)) return;
        return append_binary_w(out, t);
    case Subtag::Ref:
        out += "#Ref<0.";
        append_unsigned(out, hp[3] & 0xFFFFFFFF);
        out.push_back('.');
        append_unsigned(out, hp[2] & 0xFFFFFFFF);
        out.push_back('.');
        append_unsigned(out, hp[1] & 0xFFFFFFFF);
        out.push_back('>');
        return;
    case Subtag::ExternalPid:  // [hdr][node][id][serial][creation]
        out.push_back('<');
        append_node_index(out, hp[1]);
        out.push_back('.');
        append_unsigned(out, small_field(hp[2]));
        out.push_back('.');
        append_unsigned(out, small_field(hp[3]));
        out.push_back('>');
        return;
    case Subtag::ExternalPort:  // [hdr][node][id low 32][id high 32][creation]
        out += "#Port<";
        append_node_index(out, hp[1]);
        out.push_back('.');
        append_unsigned(out, small_field(hp[2]) | (small_field(hp[3]) << 32));
        out.push_back('>');
        return;
    case Subtag::ExternalRef: {  // [hdr][node][creation][n0]...[nk-1]
        Word n = header_arity(hp[0]) - 2;
        out += "#Ref<";
        append_node_index(out, hp[1]);
        for (Word i = n; i-- > 0;) {
            out.push_back('.');
            append_unsigned(out, small_field(hp[3 + i]));
        }
        out.push_back('>');
        return;
    }
    case Subtag::Fun: {
        const FunEntry* fe = closure_entry(t);
        out += "#Fun<";
        if (fe != nullptr && fe->module != nullptr) {
            // Funs are printed by erts (erlang:fun_to_list, which io_lib calls): a closure's module
            // name is written raw, never quoted (OTP erl_printf_term.c FUN_DEF).
            out += atom_name(fe->module->name);
            out.push_back('.');
            append_unsigned(out, fe->index);
            out.push_back('.');
            append_unsigned(out, fe->old_uniq);
        } else {
            out += "unknown";
        }
        out.push_back('>');
        return;
    }
    case Subtag::Export: {
        const Export* ex = export_fun_entry(t);
        out += "fun ";
        append_atom_styled(out, ex->module, Style::Display);  // erts's atom rules, as for closures
        out.push_back(':');
        append_atom_styled(out, ex->function, Style::Display);
        out.push_back('/');
        append_unsigned(out, ex->arity);
        return;
    }
    case Subtag::Map: {
        out += "#{";
        stack.push_back({Work::Text, 0, 0, 0, "}"});
        std::size_t first = pairs.size() / 2;
        collect_map_pairs(t, pairs);
        std::size_t last = pairs.size() / 2;
        if (first != last) {
            stack.push_back({Work::MapFrom, Term(first), first, last,
                             style == Style::Display ? "=>" : " => "});
        }
        return;
    }
    default:
        out += "<bad term>";
        return;
    }
}

}  // namespace

void append_atom_w(std::string& out, Term atom) { append_atom_styled(out, atom, Style::W); }


void append_integer(std::string& out, Term integer) {
    if (is_small(integer)) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, small_value(integer));
        out.append(buf, r.ptr);
        return;
    }
    Word n = bignum_limb_count(integer);
    std::vector<mp_limb_t> limbs(bignum_limbs(integer), bignum_limbs(integer) + n);
    while (n > 0 && limbs[n - 1] == 0) --n;
    if (n == 0) {
        out.push_back('0');
        return;
    }
    std::vector<unsigned char> digits(mpn_sizeinbase(limbs.data(), mp_size_t(n), 10) + 1);
    mp_size_t len = mpn_get_str(digits.data(), 10, limbs.data(), mp_size_t(n));
    if (bignum_negative(integer)) out.push_back('-');
    mp_size_t i = 0;
    while (i < len - 1 && digits[std::size_t(i)] == 0) ++i;
    for (; i < len; ++i) out.push_back(char('0' + digits[std::size_t(i)]));
}

namespace {

// Invariant: `stack` holds what is still to print, top first; compound terms never recurse in C.
void append_term_styled(std::string& out, Term t, Style style) {
    std::vector<Work> stack;
    std::vector<Term> pairs;
    stack.push_back({Work::Value, t});
    while (!stack.empty()) {
        Work w = stack.back();
        stack.pop_back();
        switch (w.kind) {
        case Work::Value:
            print_one(out, w.term, stack, pairs, style);
            break;
        case Work::Text:
            out += w.text;
            break;
        case Work::ListTail:
            if (is_list(w.term)) {
                stack.push_back({Work::ListTail, cdr(w.term)});
                stack.push_back({Work::Value, car(w.term)});
                out.push_back(',');
            } else if (!is_nil(w.term)) {
                out.push_back('|');
                stack.push_back({Work::Value, w.term});
            }
            break;
        case Work::TupleFrom:
            if (w.index < tuple_arity(w.term)) {
                out.push_back(',');
                stack.push_back({Work::TupleFrom, w.term, w.index + 1});
                stack.push_back({Work::Value, tuple_element(w.term, w.index)});
            }
            break;
        case Work::MapFrom:  // term = index of the map's first pair
            if (w.index < w.end) {
                if (w.index != w.term) out.push_back(',');
                stack.push_back({Work::MapFrom, w.term, w.index + 1, w.end, w.text});
                stack.push_back({Work::Value, pairs[2 * w.index + 1]});
                stack.push_back({Work::Text, 0, 0, 0, w.text});
                stack.push_back({Work::Value, pairs[2 * w.index]});
            }
            break;
        }
    }
}

}  // namespace

void append_term_w(std::string& out, Term t) { append_term_styled(out, t, Style::W); }

std::string format_term_w(Term t) {
    std::string out;
    append_term_styled(out, t, Style::W);
    return out;
}

std::string format_term_report(Term t) {
    std::string out;
    append_term_styled(out, t, Style::Report);
    return out;
}

std::string format_term_display(Term t) {
    std::string out;
    append_term_styled(out, t, Style::Display);
    return out;
}

}  // namespace ember::vm
