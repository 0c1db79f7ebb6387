// UTF-8 helpers shared by atoms, the ETF codec and the unicode BIFs (OTP unicode module semantics:
// code points 0..0x10FFFF except the surrogates 0xD800..0xDFFF).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ember::vm {

constexpr bool is_valid_code_point(std::uint32_t cp) { return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF); }

// Appends the UTF-8 encoding of a valid code point.
inline void utf8_append(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// Decodes one code point at s[pos]. Returns the number of bytes consumed, or 0 if the bytes at pos are
// not a valid, shortest-form UTF-8 sequence of a valid code point (or are truncated).
inline std::size_t utf8_decode(std::string_view s, std::size_t pos, std::uint32_t& cp) {
    if (pos >= s.size()) return 0;
    auto b = [&](std::size_t i) { return static_cast<std::uint8_t>(s[pos + i]); };
    std::uint8_t c0 = b(0);
    if (c0 < 0x80) {
        cp = c0;
        return 1;
    }
    std::size_t n;
    std::uint32_t min;
    if ((c0 & 0xE0) == 0xC0) {
        n = 2, cp = c0 & 0x1F, min = 0x80;
    } else if ((c0 & 0xF0) == 0xE0) {
        n = 3, cp = c0 & 0x0F, min = 0x800;
    } else if ((c0 & 0xF8) == 0xF0) {
        n = 4, cp = c0 & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (pos + n > s.size()) return 0;
    for (std::size_t i = 1; i < n; ++i) {
        if ((b(i) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i) & 0x3F);
    }
    if (cp < min || !is_valid_code_point(cp)) return 0;
    return n;
}

// Counts code points; false if the text is not valid UTF-8.
inline bool utf8_count_chars(std::string_view s, std::size_t& count) {
    count = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        std::uint32_t cp;
        std::size_t n = utf8_decode(s, pos, cp);
        if (n == 0) return false;
        pos += n;
        ++count;
    }
    return true;
}

}  // namespace ember::vm
