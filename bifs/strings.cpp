// String and iolist helpers shared by BIFs.
#include "bifs/bif.hpp"
#include "vm/binary.hpp"
#include "vm/unicode.hpp"

namespace ember::bifs {

using namespace ember::vm;

bool latin1_string(Term t, std::string& out) {
    out.clear();
    if (is_bitstring(t)) {
        BinaryRef r = binary_ref(t);
        if (!r.is_binary()) return false;
        out.resize(r.byte_size());
        copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(out.data()), 0, r.bit_size);
        return true;
    }
    for (; is_list(t); t = cdr(t)) {
        Term c = car(t);
        if (!is_small(c) || small_value(c) < 0 || small_value(c) > 255) return false;
        out.push_back(static_cast<char>(small_value(c)));
    }
    return t == kNil;
}

bool unicode_list_to_utf8(Term t, std::string& out) {
    out.clear();
    for (; is_list(t); t = cdr(t)) {
        Term c = car(t);
        if (!is_small(c) || small_value(c) < 0 || !is_valid_code_point(static_cast<std::uint32_t>(small_value(c))))
            return false;
        utf8_append(out, static_cast<std::uint32_t>(small_value(c)));
    }
    return t == kNil;
}

// Iterative over the list spine with an explicit stack for nested lists.
bool iolist_bytes(Term t, std::string& out) {
    std::vector<Term> stack;
    stack.push_back(t);
    while (!stack.empty()) {
        Term cur = stack.back();
        stack.pop_back();
        while (true) {
            if (cur == kNil) break;
            if (is_bitstring(cur)) {
                BinaryRef r = binary_ref(cur);
                if (!r.is_binary()) return false;
                std::size_t at = out.size();
                out.resize(at + r.byte_size());
                copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(out.data() + at), 0, r.bit_size);
                break;
            }
            if (!is_list(cur)) return false;
            Term h = car(cur);
            if (is_small(h)) {
                SWord v = small_value(h);
                if (v < 0 || v > 255) return false;
                out.push_back(static_cast<char>(v));
            } else if (is_list(h) || h == kNil || is_bitstring(h)) {
                stack.push_back(cdr(cur));
                cur = h;
                continue;
            } else {
                return false;
            }
            cur = cdr(cur);
        }
    }
    return true;
}

}  // namespace ember::bifs
