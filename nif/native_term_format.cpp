// %T in enif_fprintf/enif_snprintf (and erl_driver's erl_drv_printf): OTP's erts_printf_term text of a
// term, which differs from io_lib's ~w: printable byte lists print as "strings", printable ASCII
// binaries as <<"...">>, floats as C's %e, maps without spaces (#{a=>1}). Hash maps (more than 32
// keys) print as #{...} too; erl prints their internal node layout there.
#include <cstdio>
#include <string>

#include "nif/nif_env.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/map.hpp"
#include "vm/module.hpp"
#include "vm/term_print.hpp"

namespace ember::nif {

using namespace ember::vm;

namespace {

bool is_latin1_lower(int c) { return (c >= 'a' && c <= 'z') || (c >= 223 && c <= 255 && c != 247); }
bool is_latin1_alnum(int c) {
    return (c >= '0' && c <= '9') || is_latin1_lower(c) || (c >= 'A' && c <= 'Z') || (c >= 192 && c <= 222 && c != 215);
}

void append_atom(std::string& out, Term a) {
    std::string_view s = atom_name(a);
    if (s.empty()) {
        out += "''";
        return;
    }
    // Quote unless the first character is a Latin-1 lowercase letter and the rest alphanumeric or _.
    auto latin1_at = [&](std::size_t i) -> int {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) return c;
        if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) return ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
        if ((c & 0xC0) == 0x80) return 'a';
        return 0;
    };
    bool quote = !is_latin1_lower(latin1_at(0));
    for (std::size_t i = 1; !quote && i < s.size(); ++i) {
        int c = latin1_at(i);
        if (!is_latin1_alnum(c) && c != '_') quote = true;
    }
    if (quote) out.push_back('\'');
    for (char ch : s) {
        switch (ch) {
        case '\'': out += "\\'"; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\b': out += "\\b"; break;
        case '\v': out += "\\v"; break;
        default:
            if (static_cast<unsigned char>(ch) < ' ') {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\%03o", static_cast<unsigned char>(ch));
                out += buf;
            } else {
                out.push_back(ch);
            }
        }
    }
    if (quote) out.push_back('\'');
}

bool printable_string(Term list) {
    for (; is_list(list); list = cdr(list)) {
        Term h = car(list);
        if (!is_small(h) || small_value(h) < 0 || small_value(h) > 255) return false;
        int c = int(small_value(h));
        bool cntrl = c < ' ' || c == 127 || (c >= 128 && c < 160);
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (cntrl && !space) return false;
    }
    return is_nil(list);
}

void append_term(std::string& out, Term t);

void append_binary(std::string& out, Term t) {
    BinaryRef r = binary_ref(t);
    std::size_t bytes = r.byte_size(), rest = r.bit_size % 8;
    std::string data(bytes + (rest ? 1 : 0), '\0');
    copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(data.data()), 0, r.bit_size);
    bool printable = rest == 0 && bytes > 0;
    for (std::size_t i = 0; printable && i < bytes; ++i)
        printable = static_cast<unsigned char>(data[i]) >= ' ' && static_cast<unsigned char>(data[i]) < 127;
    if (printable) {
        out += "<<\"";
        for (std::size_t i = 0; i < bytes; ++i) {
            if (data[i] == '"') out.push_back('\\');
            out.push_back(data[i]);
        }
        out += "\">>";
        return;
    }
    out += "<<";
    for (std::size_t i = 0; i < bytes; ++i) {
        if (i) out.push_back(',');
        out += std::to_string(static_cast<unsigned char>(data[i]));
    }
    if (rest) {
        if (bytes) out.push_back(',');
        out += std::to_string(static_cast<unsigned char>(data[bytes]) >> (8 - rest));
        out += ":" + std::to_string(rest);
    }
    out += ">>";
}

void append_term(std::string& out, Term t) {
    if (is_nil(t)) {
        out += "[]";
    } else if (is_atom(t)) {
        append_atom(out, t);
    } else if (is_integer(t)) {
        append_integer(out, t);
    } else if (is_float(t)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%e", float_value(t));
        out += buf;
    } else if (is_list(t)) {
        if (printable_string(t)) {
            out.push_back('"');
            for (Term c = t; is_list(c); c = cdr(c)) {
                char ch = char(small_value(car(c)));
                if (ch == '\n') {
                    out += "\\n";
                    continue;
                }
                if (ch == '"') out.push_back('\\');
                out.push_back(ch);
            }
            out.push_back('"');
            return;
        }
        out.push_back('[');
        Term c = t;
        for (bool first = true; is_list(c); c = cdr(c), first = false) {
            if (!first) out.push_back(',');
            append_term(out, car(c));
        }
        if (!is_nil(c)) {
            out.push_back('|');
            append_term(out, c);
        }
        out.push_back(']');
    } else if (is_tuple(t)) {
        out.push_back('{');
        for (Word i = 0; i < tuple_arity(t); ++i) {
            if (i) out.push_back(',');
            append_term(out, tuple_element(t, i));
        }
        out.push_back('}');
    } else if (is_bitstring(t)) {
        append_binary(out, t);
    } else if (is_map(t)) {
        out += "#{";
        bool first = true;
        map_foreach(t, [&](Term k, Term v) {
            if (!first) out.push_back(',');
            first = false;
            append_term(out, k);
            out += "=>";
            append_term(out, v);
        });
        out.push_back('}');
    } else if (is_closure(t)) {
        const FunEntry* fe = closure_entry(t);
        out += "#Fun<" + std::string(atom_name(fe->module->name)) + "." + std::to_string(fe->index) + "." +
               std::to_string(fe->old_uniq) + ">";
    } else if (is_export_fun(t)) {
        const Export* ep = export_fun_entry(t);
        out += "fun ";
        append_atom(out, ep->module);
        out.push_back(':');
        append_atom(out, ep->function);
        out += "/" + std::to_string(ep->arity);
    } else {
        append_term_w(out, t);  // pids, ports, references: as ~w prints them
    }
}

}  // namespace

void append_printf_term(std::string& out, Term t) { append_term(out, t); }

}  // namespace ember::nif
