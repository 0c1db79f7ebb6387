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

bool iolist_bytes(Term t, std::string& out) {
    return walk_iolist(
        t, IolistKind::Binaries, [&](std::uint8_t b) { out.push_back(static_cast<char>(b)); },
        [&](const BinaryRef& r) {
            std::size_t at = out.size();
            out.resize(at + r.byte_size());
            copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(out.data() + at), 0, r.bit_size);
        });
}

}  // namespace ember::bifs
