// Compiled regular expressions for the re BIFs (bifs/re.cpp), on the system PCRE2 library (10.42).
//
// A compiled pattern travels as the Erlang term {re_pattern, NumGroups, Unicode, UseCRLF, Binary}
// (OTP re:compile/2). OTP 25 stores PCRE 8.4x's compiled bytes in Binary; Ember stores the pattern
// source and its compile options instead (format below), and keeps the pcre2_code for it in a
// process-wide cache. So the term is plain data: it survives term_to_binary/binary_to_term, message
// passing and ETS, and a forged or corrupted Binary can only fail to compile (badarg), never feed
// PCRE2 untrusted compiled code.
//
// Binary format (all integers little-endian):
//   bytes 0..3   "ERE1"            magic and format version
//   bytes 4..7   compile options   PCRE2_* compile option bits (only the ones re's options map to)
//   byte  8      newline           0 = default (LF), else PCRE2_NEWLINE_*
//   byte  9      bsr               0 = default (Unicode), else PCRE2_BSR_*
//   bytes 10..   the pattern source bytes (UTF-8 when the unicode option is set)
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace ember::bifs::re {

// What pcre2_compile needs besides the source; newline/bsr 0 means "not given".
struct CompileOptions {
    std::uint32_t flags = 0;
    std::uint32_t newline = 0;
    std::uint32_t bsr = 0;
    bool operator==(const CompileOptions&) const = default;
};

// An immutable compiled pattern, shared between processes and schedulers (pcre2_code is thread-safe
// for matching, pcre2api "Multithreading").
class Code {
public:
    explicit Code(pcre2_code* code);
    ~Code();
    Code(const Code&) = delete;
    Code& operator=(const Code&) = delete;

    const pcre2_code* get() const { return m_code; }
    // For a UTF pattern, the same compiled without MATCH_INVALID_UTF: for subjects known to be valid
    // UTF-8 only, matched with NO_UTF_CHECK (PCRE2 then does not scan the rest of the subject for
    // invalid UTF on every call, which made a global match quadratic). nullptr otherwise.
    const pcre2_code* valid_utf_only() const { return m_valid_utf_only; }
    void set_valid_utf_only(pcre2_code* code) { m_valid_utf_only = code; }
    std::uint32_t capture_count() const { return m_capture_count; }
    std::uint32_t all_options() const { return m_all_options; }  // PCRE2_INFO_ALLOPTIONS
    bool use_crlf() const { return m_use_crlf; }  // newline is CRLF, ANYCRLF or ANY (re:check_for_crlf)
    // The name table: `count` entries of `entry_size` bytes, 2-byte big-endian group number then the
    // NUL-terminated name, sorted by name (pcre2api "Information about a pattern's named groups").
    std::uint32_t name_count() const { return m_name_count; }
    std::uint32_t name_entry_size() const { return m_name_entry_size; }
    const std::uint8_t* name_table() const { return m_name_table; }

private:
    pcre2_code* m_code;
    pcre2_code* m_valid_utf_only = nullptr;
    std::uint32_t m_capture_count = 0, m_name_count = 0, m_name_entry_size = 0, m_all_options = 0;
    const std::uint8_t* m_name_table = nullptr;
    bool m_use_crlf = false;
};

struct CompileError {
    int code = 0;             // PCRE2 error code
    std::size_t offset = 0;   // byte offset in the pattern
};

// Compiles (or finds in the cache) `source` with `opts`. On failure returns null and fills `err`.
std::shared_ptr<const Code> compile(std::string_view source, const CompileOptions& opts, CompileError& err);

// The compiled pattern for the Binary of a re_pattern term (null, with err.code PCRE2_ERROR_BADDATA,
// if the binary is not one encode_pattern made).
std::shared_ptr<const Code> compile_pattern_binary(std::string_view bin, CompileError& err);

// The Binary of a re_pattern term, and back. decode_pattern is false for anything not made by
// encode_pattern (wrong magic, short, unknown option bits).
std::string encode_pattern(std::string_view source, const CompileOptions& opts);
bool decode_pattern(std::string_view bin, std::string_view& source, CompileOptions& opts);

// The error text OTP 25's PCRE 8.44 gives for the same error, where the two libraries share the
// error (docs/re.md); PCRE2's own text otherwise.
std::string error_text(int pcre2_code);

// A PCRE2 compile error as PCRE 8.44 reports it: its text and pattern offset, translated where the
// difference is systematic (docs/re.md lists the rules).
struct Pcre1Error {
    std::string text;
    std::size_t offset;
};
Pcre1Error pcre1_error(const CompileError& err, std::string_view source);

// Strict UTF-8 validation (RFC 3629: no overlongs, surrogates or values above 0x10FFFF).
bool valid_utf8(const std::uint8_t* s, std::size_t n);

// The PCRE2 version as re:version/0 reports it ("10.42 2022-12-11").
std::string version();

}  // namespace ember::bifs::re
