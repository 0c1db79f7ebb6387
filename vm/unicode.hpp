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

// Byte-level checks of the unicode module's converters (OTP erl_unicode.c), for input that arrives
// in pieces: a sequence may be split across binaries.
// Length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot start one.
inline int utf8_lead_len(std::uint8_t c) {
    if ((c & 0x80) == 0) return 1;
    if ((c & 0xE0) == 0xC0) return 2;
    if ((c & 0xF0) == 0xE0) return 3;
    if ((c & 0xF8) == 0xF0) return 4;
    return 0;
}

// OTP's validity rules for a complete sequence of n = utf8_lead_len(s[0]) bytes.
inline bool utf8_seq_valid(const std::uint8_t* s, int n) {
    auto cont = [](std::uint8_t b) { return (b & 0xC0) == 0x80; };
    switch (n) {
        case 1: return true;
        case 2: return cont(s[1]) && s[0] >= 0xC2;
        case 3:
            if (!cont(s[1]) || !cont(s[2]) || (s[0] == 0xE0 && s[1] < 0xA0)) return false;
            return !((s[0] & 0xF) == 0xD && (s[1] & 0x20) != 0);  // surrogates
        case 4:
            if (!cont(s[1]) || !cont(s[2]) || !cont(s[3]) || (s[0] == 0xF0 && s[1] < 0x90)) return false;
            return !((s[0] & 7) > 4 || ((s[0] & 7) == 4 && (s[1] & 0x3F) > 0xF));
        default: return false;
    }
}

// OTP erl_unicode.c check_leftovers: true when the carried bytes may still become a valid sequence
// (incomplete), false when they never can (error).
inline bool utf8_leftovers_incomplete(const std::uint8_t* s, int size) {
    if ((s[0] & 0xE0) == 0xC0) return true;
    bool c1 = size > 1 && (s[1] & 0xC0) == 0x80;
    bool c2 = size > 2 && (s[2] & 0xC0) == 0x80;
    if ((s[0] & 0xF0) == 0xE0) return size < 2 || (size < 3 && c1);
    if ((s[0] & 0xF8) == 0xF0) return size < 2 || (size < 3 && c1) || (size < 4 && c1 && c2);
    return false;
}

}  // namespace ember::vm
