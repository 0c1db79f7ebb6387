// Compiled patterns: the PCRE2 compile cache, the re_pattern binary format and OTP 25's error texts
// (bifs/re_pattern.hpp; docs/re.md).
#include "bifs/re_pattern.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <list>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace ember::bifs::re {

namespace {

constexpr char kMagic[4] = {'E', 'R', 'E', '1'};
constexpr std::size_t kHeaderSize = 10;

// The compile option bits re's options can set (bifs/re.cpp parse_options); a decoded binary with any
// other bit is rejected (compile() adds MATCH_INVALID_UTF and USE_OFFSET_LIMIT itself).
constexpr std::uint32_t kKnownFlags =
    PCRE2_ANCHORED | PCRE2_CASELESS | PCRE2_DOLLAR_ENDONLY | PCRE2_DOTALL | PCRE2_EXTENDED | PCRE2_FIRSTLINE |
    PCRE2_MULTILINE | PCRE2_NO_AUTO_CAPTURE | PCRE2_DUPNAMES | PCRE2_UNGREEDY | PCRE2_UCP | PCRE2_NEVER_UTF |
    PCRE2_UTF | PCRE2_NO_START_OPTIMIZE;

// Process-wide cache of compiled patterns keyed by encode_pattern's bytes. Bounded: the least
// recently used entry goes when it is full (a Code stays alive while a match holds it).
class CodeCache {
public:
    std::shared_ptr<const Code> find(const std::string& key) {
        std::lock_guard lock(m_mutex);
        auto it = m_map.find(key);
        if (it == m_map.end()) return nullptr;
        m_lru.splice(m_lru.begin(), m_lru, it->second.second);
        return it->second.first;
    }
    void insert(const std::string& key, std::shared_ptr<const Code> code) {
        std::lock_guard lock(m_mutex);
        if (m_map.count(key)) return;
        if (m_map.size() >= kCapacity) {
            m_map.erase(m_lru.back());
            m_lru.pop_back();
        }
        m_lru.push_front(key);
        m_map.emplace(key, std::make_pair(std::move(code), m_lru.begin()));
    }

private:
    static constexpr std::size_t kCapacity = 512;
    std::mutex m_mutex;
    std::list<std::string> m_lru;  // most recent first
    std::unordered_map<std::string, std::pair<std::shared_ptr<const Code>, std::list<std::string>::iterator>> m_map;
};

// PCRE 8.44 in OTP 25 classifies bytes 128..255 as ISO-8859-1 (its pcre_chartables.c was generated in
// a Latin-1 locale): \\w, [[:alpha:]], caseless matching etc. know the Latin-1 letters, also for code
// points below 256 in UTF mode without ucp. PCRE2's built-in tables are ASCII-only, so Ember builds
// the same tables: PCRE2's C-locale tables plus the Latin-1 upper half, measured on erl 25
// (docs/re.md). The layout (lcc, fcc, cbits, ctypes) is read off the C-locale tables themselves.
bool latin1_upper(int c) { return (c >= 0xC0 && c <= 0xDE && c != 0xD7); }
bool latin1_lower(int c) { return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xDF && c <= 0xFF && c != 0xF7); }
bool latin1_punct(int c) {
    return (c >= 0xA0 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 || c == 0xF7;
}

const std::uint8_t* latin1_tables() {
    static const std::uint8_t* tables = [] {
        const std::uint8_t* base = pcre2_maketables(nullptr);  // C locale
        constexpr std::size_t kLcc = 0, kFcc = 256, kCbits = 512, kCtypes = 832, kLength = 1088;
        static std::uint8_t t[kLength];
        std::memcpy(t, base, kLength);
        pcre2_maketables_free(nullptr, base);
        std::uint8_t* ctypes = t + kCtypes;
        std::uint8_t word_bit = ctypes['_'], letter_bit = ctypes['Z'] & ~word_bit;
        std::uint8_t lc_bit = ctypes['z'] & ~ctypes['Z'];
        // The ten class bitmaps, each identified by its ASCII members.
        using Pred = bool (*)(int);
        const Pred ascii_preds[] = {
            [](int c) { return std::isspace(c) != 0; }, [](int c) { return std::isxdigit(c) != 0; },
            [](int c) { return std::isdigit(c) != 0; }, [](int c) { return std::isupper(c) != 0; },
            [](int c) { return std::islower(c) != 0; }, [](int c) { return std::isalnum(c) != 0 || c == '_'; },
            [](int c) { return std::isgraph(c) != 0; }, [](int c) { return std::isprint(c) != 0; },
            [](int c) { return std::ispunct(c) != 0; }, [](int c) { return std::iscntrl(c) != 0; },
        };
        const Pred latin1_preds[] = {
            [](int) { return false; }, [](int) { return false; }, [](int) { return false; }, latin1_upper, latin1_lower,
            [](int c) { return latin1_upper(c) || latin1_lower(c); }, [](int c) { return c >= 0xA0; },
            [](int c) { return c >= 0xA0; }, latin1_punct, [](int c) { return c < 0xA0; },
        };
        for (int block = 0; block < 10; ++block) {
            std::uint8_t* bits = t + kCbits + 32 * block;
            int which = -1;
            for (int k = 0; k < 10 && which < 0; ++k) {
                bool same = true;
                for (int c = 0; c < 128 && same; ++c)
                    same = ((bits[c / 8] >> (c % 8)) & 1) == (ascii_preds[k](c) ? 1 : 0);
                if (same) which = k;
            }
            if (which < 0) continue;  // unknown layout: keep the C-locale bitmap
            for (int c = 128; c < 256; ++c)
                if (latin1_preds[which](c)) bits[c / 8] = std::uint8_t(bits[c / 8] | (1u << (c % 8)));
        }
        for (int c = 128; c < 256; ++c) {
            bool up = latin1_upper(c), low = latin1_lower(c);
            if (up) {
                t[kLcc + c] = std::uint8_t(c + 32);
                t[kFcc + c] = std::uint8_t(c + 32);
            } else if (low && c >= 0xE0) {
                t[kFcc + c] = std::uint8_t(c - 32);
            }
            if (up || low) ctypes[c] = std::uint8_t(ctypes[c] | letter_bit | word_bit | (low ? lc_bit : 0));
        }
        return t;
    }();
    return tables;
}

// Escapes PCRE 8.44 and PCRE2 10.42 read differently, rewritten before PCRE2 compiles the pattern:
// - An unknown letter escape ("\\y", "\\F") is that letter in PCRE 8.44 and an error in PCRE2; inside a
//   class, so are \\A \\B \\C \\G \\K \\R \\X \\Z \\z. The backslash is dropped.
// - With `widen` (UTF mode): PCRE2 matches \\w, \\d, \\s (and \\W, \\D, \\S) outside a class against ASCII
//   only, while PCRE 8.44 used the character tables for every code point below 256 (so \\w matched "é").
//   Inside a class PCRE2 does use the tables, so the escape becomes a one-item class ("[\\w]"). Not
//   before '+' or '{': PCRE 8.44 checked the minimum repeats of such an escape against ASCII only (so
//   "\\w+" skips a leading "é" on erl 25), as PCRE2 does for the whole repeat.
// `orig` maps each offset of the result (and its end) back to the source, for error positions.
// True when a '+' or '{' quantifier follows at `at` (after any no-op "\\E").
bool repeated(std::string_view s, std::size_t at) {
    while (at + 1 < s.size() && s[at] == '\\' && s[at + 1] == 'E') at += 2;
    return at < s.size() && (s[at] == '+' || s[at] == '{');
}

// Also, PCRE 8.44 reads '-' after a class escape or POSIX class ("[\\d-z]", "[[:alpha:]-z]") as a
// literal hyphen, PCRE2 as a bad range: it becomes "\\-". And PCRE2-only syntax PCRE 8.44 rejects,
// "(?*" (non-atomic lookahead) and "(*name:" (alpha assertions), is reported in `pcre1_only` (the first
// such place: code and offset as PCRE 8.44 gives them; code 0 if none).
std::string rewrite_escapes(std::string_view s, bool widen, std::vector<std::size_t>& orig, CompileError& pcre1_only) {
    std::string out;
    out.reserve(s.size() + 8);
    orig.clear();
    auto put = [&](char c, std::size_t from) {
        out.push_back(c);
        orig.push_back(from);
    };
    bool in_class = false, in_quote = false;
    pcre1_only = {};
    auto note = [&](int code, std::size_t at) {
        if (pcre1_only.code == 0) pcre1_only = {code, at};
    };
    // After a class item that cannot start a range: a following "-x" is a literal hyphen.
    auto literal_hyphen = [&](std::size_t& i) {
        if (in_class && i + 1 < s.size() && s[i] == '-' && s[i + 1] != ']') put('\\', i), put('-', i), ++i;
    };
    for (std::size_t i = 0; i < s.size();) {
        char c = s[i];
        if (!in_quote && !in_class && c == '(' && i + 2 < s.size()) {
            if (s[i + 1] == '?' && s[i + 2] == '*') note(111, i + 2);
            if (s[i + 1] == '*' && std::islower(static_cast<unsigned char>(s[i + 2]))) {
                std::size_t at = i + 2;
                while (at < s.size() && std::isalpha(static_cast<unsigned char>(s[at]))) ++at;
                if (at < s.size() && s[at] == ':') at = std::min(s.find(')', at), s.size());
                note(160, at);
            }
        }
        if (in_quote) {
            if (c == '\\' && i + 1 < s.size() && s[i + 1] == 'E') {
                in_quote = false;
                put(c, i), put('E', i + 1), i += 2;
            } else {
                put(c, i), ++i;
            }
        } else if (c == '\\' && i + 1 < s.size()) {
            char n = s[i + 1];
            if (n == 'Q') {
                in_quote = true;
            } else if (n != '\0' && (std::strchr("ijmqyFIJMOTY", n) != nullptr ||
                                      (in_class && std::strchr("ABCGKRXZz", n) != nullptr))) {
                put(n, i + 1);
                i += 2;
                continue;
            } else if (widen && !in_class && std::strchr("wWdDsS", n) != nullptr && !repeated(s, i + 2)) {
                put('[', i), put('\\', i), put(n, i + 1), put(']', i + 1);
                i += 2;
                continue;
            }
            put(c, i), put(n, i + 1), i += 2;
            if (in_class && (n == 'p' || n == 'P') && i < s.size()) {  // \p{..} or \pL
                std::size_t end = s[i] == '{' ? s.find('}', i) : i;
                if (end == std::string_view::npos) continue;
                for (; i <= end; ++i) put(s[i], i);
            }
            if (in_class && std::strchr("dDsSwWhHvVpP", n) != nullptr) literal_hyphen(i);
        } else if (!in_class && c == '[') {
            in_class = true;
            put(c, i), ++i;
            if (i < s.size() && s[i] == '^') put('^', i), ++i;
            if (i < s.size() && s[i] == ']') put(']', i), ++i;
        } else if (in_class && c == '[' && i + 1 < s.size() && std::strchr(":.=", s[i + 1]) != nullptr) {
            std::size_t end = s.find(std::string{s[i + 1], ']'}, i + 2);  // a POSIX class [:name:]
            std::size_t stop = end == std::string_view::npos ? i + 1 : end + 2;
            for (; i < stop; ++i) put(s[i], i);
            literal_hyphen(i);
        } else {
            if (in_class && c == ']') in_class = false;
            put(c, i), ++i;
        }
    }
    orig.push_back(s.size());
    return out;
}

CodeCache& cache() {
    static CodeCache* c = new CodeCache;  // never destroyed: schedulers may still match at exit
    return *c;
}

}  // namespace

Code::Code(pcre2_code* code) : m_code(code) {
    std::uint32_t newline = 0;
    PCRE2_SPTR table = nullptr;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &m_capture_count);
    pcre2_pattern_info(code, PCRE2_INFO_NEWLINE, &newline);
    pcre2_pattern_info(code, PCRE2_INFO_ALLOPTIONS, &m_all_options);
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &m_name_count);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &m_name_entry_size);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    m_name_table = table;
    m_use_crlf = newline == PCRE2_NEWLINE_ANY || newline == PCRE2_NEWLINE_CRLF || newline == PCRE2_NEWLINE_ANYCRLF;
}

Code::~Code() {
    pcre2_code_free(m_code);
    pcre2_code_free(m_valid_utf_only);
}

namespace {

// A few recently used patterns per thread, checked before the shared cache: no lock and no hashing
// for the common loop over one pattern (bench: 20,000 re:run calls with one compiled pattern went from
// 73 to 34 ms, best of three on a busy machine).
class RecentCodes {
public:
    std::shared_ptr<const Code> find(std::string_view key) const {
        for (const auto& e : m_entries)
            if (e.code && e.key == key) return e.code;
        return nullptr;
    }
    void insert(std::string_view key, std::shared_ptr<const Code> code) {
        m_entries[m_next] = {std::string(key), std::move(code)};
        m_next = (m_next + 1) % kSize;
    }

private:
    static constexpr std::size_t kSize = 8;
    struct Entry {
        std::string key;
        std::shared_ptr<const Code> code;
    };
    Entry m_entries[kSize];
    std::size_t m_next = 0;
};

RecentCodes& recent() {
    thread_local RecentCodes r;
    return r;
}

}  // namespace

std::shared_ptr<const Code> compile_pattern_binary(std::string_view bin, CompileError& err) {
    if (auto hit = recent().find(bin)) return hit;
    std::string_view source;
    CompileOptions opts;
    if (!decode_pattern(bin, source, opts)) {
        err = {PCRE2_ERROR_BADDATA, 0};
        return nullptr;
    }
    return compile(source, opts, err);
}

namespace {

std::shared_ptr<const Code> compile_uncached(std::string_view source, const CompileOptions& opts, CompileError& err);

}  // namespace

std::shared_ptr<const Code> compile(std::string_view source, const CompileOptions& opts, CompileError& err) {
    std::string key = encode_pattern(source, opts);
    if (auto hit = recent().find(key)) return hit;
    auto code = cache().find(key);
    if (!code) {
        code = compile_uncached(source, opts, err);
        if (!code) return nullptr;
        cache().insert(key, code);
    }
    recent().insert(key, code);
    return code;
}

namespace {

std::shared_ptr<const Code> compile_uncached(std::string_view source, const CompileOptions& opts, CompileError& err) {

    pcre2_compile_context* ctx = pcre2_compile_context_create(nullptr);
    if (ctx == nullptr) {
        err = {PCRE2_ERROR_NOMEMORY, 0};
        return nullptr;
    }
    // PCRE 8.44 as OTP 25 builds it: LF newline, \R matches any Unicode newline.
    pcre2_set_newline(ctx, opts.newline ? opts.newline : PCRE2_NEWLINE_LF);
    pcre2_set_bsr(ctx, opts.bsr ? opts.bsr : PCRE2_BSR_UNICODE);
    pcre2_set_character_tables(ctx, latin1_tables());
    std::uint32_t flags = opts.flags;
    // Invalid UTF-8 is rejected before matching (bifs/re.cpp); MATCH_INVALID_UTF keeps a match that
    // skips that check (re:internal_run/4 with FirstCall = false) memory-safe whatever the subject.
    if (flags & PCRE2_UTF) flags |= PCRE2_MATCH_INVALID_UTF;
    // Lets a match on a normal scheduler look for a start only within a window (bifs/re.cpp).
    flags |= PCRE2_USE_OFFSET_LIMIT;
    std::vector<std::size_t> orig;
    bool utf = (flags & PCRE2_UTF) || source.find("(*UTF") != std::string_view::npos;
    CompileError pcre1_only;
    std::string text = rewrite_escapes(source, utf, orig, pcre1_only);
    // In extended mode "(?*" may sit in a comment; only erl would know, so nothing is reported then.
    if ((flags & PCRE2_EXTENDED) || source.find("(?x") != std::string_view::npos) pcre1_only = {};
    int code = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code* compiled =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), flags, &code, &offset, ctx);
    pcre2_code* valid_utf_only = nullptr;
    if (compiled != nullptr && (flags & PCRE2_MATCH_INVALID_UTF)) {
        int ignored = 0;
        PCRE2_SIZE at = 0;
        valid_utf_only = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(),
                                       flags & ~PCRE2_MATCH_INVALID_UTF, &ignored, &at, ctx);
    }
    pcre2_compile_context_free(ctx);
    std::size_t at = orig[std::min<std::size_t>(offset, orig.size() - 1)];
    if (pcre1_only.code != 0 && (compiled != nullptr || at > pcre1_only.offset)) {
        pcre2_code_free(compiled);  // PCRE 8.44 stops at syntax PCRE2 accepted
        pcre2_code_free(valid_utf_only);
        err = pcre1_only;
        return nullptr;
    }
    if (compiled == nullptr) {
        err = {code, at};
        return nullptr;
    }
    auto result = std::make_shared<Code>(compiled);
    result->set_valid_utf_only(valid_utf_only);
    return result;
}

}  // namespace

std::string encode_pattern(std::string_view source, const CompileOptions& opts) {
    std::string out(kHeaderSize, '\0');
    std::memcpy(out.data(), kMagic, 4);
    for (int i = 0; i < 4; ++i) out[4 + i] = static_cast<char>((opts.flags >> (8 * i)) & 0xFF);
    out[8] = static_cast<char>(opts.newline);
    out[9] = static_cast<char>(opts.bsr);
    out.append(source);
    return out;
}

bool decode_pattern(std::string_view bin, std::string_view& source, CompileOptions& opts) {
    if (bin.size() < kHeaderSize || std::memcmp(bin.data(), kMagic, 4) != 0) return false;
    std::uint32_t flags = 0;
    for (int i = 0; i < 4; ++i) flags |= std::uint32_t(static_cast<std::uint8_t>(bin[4 + i])) << (8 * i);
    std::uint32_t newline = static_cast<std::uint8_t>(bin[8]), bsr = static_cast<std::uint8_t>(bin[9]);
    if ((flags & ~kKnownFlags) != 0 || newline > PCRE2_NEWLINE_NUL || bsr > PCRE2_BSR_ANYCRLF) return false;
    opts = {flags, newline, bsr};
    source = bin.substr(kHeaderSize);
    return true;
}

std::string error_text(int pcre2_code) {
    // PCRE2 compile error -> PCRE 8.44's text for the same condition (pcre_compile.c error_texts;
    // PCRE2 kept most of PCRE1's numbers, codes 101.. are PCRE1's ERR1..).
    static const std::unordered_map<int, const char*> kPcre1 = {
        {101, "\\ at end of pattern"},
        {102, "\\c at end of pattern"},
        {103, "unrecognized character follows \\"},
        {104, "numbers out of order in {} quantifier"},
        {105, "number too big in {} quantifier"},
        {106, "missing terminating ] for character class"},
        {107, "invalid escape sequence in character class"},
        {108, "range out of order in character class"},
        {109, "nothing to repeat"},
        {110, "internal error: unexpected repeat"},
        {111, "unrecognized character after (? or (?-"},
        {112, "POSIX named classes are supported only within a class"},
        {113, "POSIX collating elements are not supported"},
        {114, "missing )"},
        {115, "reference to non-existent subpattern"},
        {117, "unknown option bit(s) set"},
        {118, "missing ) after comment"},
        {119, "parentheses are too deeply nested"},
        {120, "regular expression is too large"},
        {121, "failed to get memory"},
        {122, "unmatched parentheses"},
        {123, "internal error: code overflow"},
        {125, "lookbehind assertion is not fixed length"},
        {127, "conditional group contains more than two branches"},
        {124, "malformed number or name after (?("},
        {128, "assertion expected after (?( or (?(?C)"},
        {129, "digit expected after (?+"},
        {130, "unknown POSIX class name"},
        {133, "parentheses are too deeply nested (stack check)"},
        {134, "character value in \\x{} or \\o{} is too large"},
        {136, "\\C not allowed in lookbehind assertion"},
        {137, "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u"},
        {138, "number after (?C is > 255"},
        {139, "closing ) for (?C expected"},
        {141, "unrecognized character after (?P"},
        {142, "syntax error in subpattern name (missing terminator)"},
        {143, "two named subpatterns have the same name"},
        {144, "group name must start with a non-digit"},
        {146, "malformed \\P or \\p sequence"},
        {147, "unknown property name after \\P or \\p"},
        {148, "subpattern name is too long (maximum 32 characters)"},
        {149, "too many named subpatterns (maximum 10000)"},
        {150, "invalid range in character class"},
        {151, "octal value is greater than \\377 in 8-bit non-UTF-8 mode"},
        {154, "DEFINE group contains more than one branch"},
        {155, "missing opening brace after \\o"},
        {157, "\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number"},
        {158, "(?R or (?[+-]digits must be followed by )"},
        {160, "(*VERB) not recognized or malformed"},
        {195, "(*VERB) not recognized or malformed"},  // PCRE2's (*alpha_assertion) names
        {161, "number is too big"},
        {162, "subpattern name expected"},
        {164, "non-octal character in \\o{} (closing brace missing?)"},
        {165, "different names for subpatterns of the same number are not allowed"},
        {166, "(*MARK) must have an argument"},
        {167, "non-hex character in \\x{} (closing brace missing?)"},
        {168, "\\c must be followed by an ASCII character"},
        {169, "\\k is not followed by a braced, angle-bracketed, or quoted name"},
        {171, "\\N is not supported in a class"},
        {173, "disallowed Unicode code point (>= 0xd800 && <= 0xdfff)"},
        {174, "setting UTF is disabled by the application"},
        {176, "name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)"},
        {177, "character value in \\u.... sequence is too large"},
        {178, "digits missing in \\x{} or \\o{}"},
        {186, "regular expression is too complicated"},
    };
    if (pcre2_code < 0 && pcre2_code >= PCRE2_ERROR_UTF8_ERR21 && pcre2_code <= PCRE2_ERROR_UTF8_ERR1)
        return "invalid UTF-8 string";
    if (auto it = kPcre1.find(pcre2_code); it != kPcre1.end()) return it->second;
    PCRE2_UCHAR buf[256];
    if (pcre2_get_error_message(pcre2_code, buf, sizeof buf) < 0)
        return "Unknown error (" + std::to_string(pcre2_code) + ")";
    return reinterpret_cast<const char*>(buf);
}

namespace {

// The index of the ')' closing the group that opens at `open`, skipping escapes and classes; `open`
// itself when there is none.
std::size_t closing_paren(std::string_view s, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\\') {
            ++i;
        } else if (c == '[') {
            std::size_t j = i + 1;
            if (j < s.size() && s[j] == '^') ++j;
            if (j < s.size() && s[j] == ']') ++j;
            for (; j < s.size() && s[j] != ']'; ++j)
                if (s[j] == '\\') ++j;
            i = j;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return i;
        }
    }
    return open;
}

// True when the pattern ends inside a character class (an unterminated "[...").
bool ends_in_class(std::string_view s) {
    bool in_class = false, in_quote = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            in_quote = s[i + 1] == 'Q' ? true : s[i + 1] == 'E' ? false : in_quote;
            ++i;
        } else if (in_quote) {
            continue;
        } else if (!in_class && s[i] == '[') {
            in_class = true;
            if (i + 1 < s.size() && s[i + 1] == '^') ++i;
            if (i + 1 < s.size() && s[i + 1] == ']') ++i;
        } else if (in_class && s[i] == '[' && i + 1 < s.size() && s[i + 1] == ':') {
            std::size_t end = s.find(":]", i + 2);
            if (end != std::string_view::npos) i = end + 1;
        } else if (in_class && s[i] == ']') {
            in_class = false;
        }
    }
    return in_class;
}

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

Pcre1Error pcre1_error(const CompileError& err, std::string_view source) {
    Pcre1Error out{error_text(err.code), err.offset};
    std::size_t at = err.offset;
    bool at_end = at == source.size();
    switch (err.code) {
        case 101:  // a trailing backslash inside an unterminated class
            if (ends_in_class(source)) {
                out.text = "missing terminating ] for character class";
                out.offset = source.size();
            }
            break;
        case 114:  // "(?" or "(?i" at the end: PCRE 8.44 complains about the option letters
            if (at_end) {
                std::size_t q = source.rfind("(?");
                if (q != std::string_view::npos && ends_with(source, "(?P")) {
                    out.text = "unrecognized character after (?P";
                } else if (q != std::string_view::npos &&
                           source.substr(q + 2).find_first_not_of("imsxXJU-^") == std::string_view::npos) {
                    out.text = "unrecognized character after (? or (?-";
                }
            }
            break;
        case 162:  // a group name missing at the end
            if (at_end && ends_with(source, "(?<")) out.text = "unrecognized character after (?<";
            else if (at_end && !ends_with(source, "(?P>"))
                out.text = "syntax error in subpattern name (missing terminator)";
            break;
        case 157:  // "\g" at the end
            if (at_end && ends_with(source, "\\g") && at > 0) {
                out.text = "a numbered reference must not be zero";
                out.offset = at - 1;
            }
            break;
        case 115: {
            auto before = [&](std::string_view text) {  // `text` ends just before the error offset
                return at >= text.size() && source.substr(at - text.size(), text.size()) == text;
            };
            bool digit = at < source.size() && source[at] >= '1' && source[at] <= '9';
            if (before("\\g0") || before("\\g{0}")) {
                out.text = "a numbered reference must not be zero";  // \g0: PCRE2 looks for group 0's end
                out.offset = at - 1;
            } else if (before("\\") && digit) {
                out.offset = source.size();  // \N: PCRE 8.44 checks numbered references at the end
            } else if (before("(?(") || before("(?(<") || before("(?('") ||
                       (before("(?") && at < source.size() && source[at] == '(')) {
                std::size_t close = source.find(')', at);  // a condition: after its closing parenthesis
                if (close != std::string_view::npos) out.offset = close + 1;
            } else if (before("(?&") || before("\\k<") || before("\\k{") || before("\\k'")) {
                std::size_t end = at;  // a named reference: PCRE 8.44 points after the name
                while (end < source.size() &&
                       (std::isalnum(static_cast<unsigned char>(source[end])) || source[end] == '_'))
                    ++end;
                out.offset = end;
            }
            break;
        }
        case 125:  // lookbehind not of fixed length: PCRE 8.44 points at its closing parenthesis
            if (at < source.size() && source[at] == '(') out.offset = closing_paren(source, at);
            break;
        case 160:  // "(*" not followed by a verb name: PCRE 8.44 sees a quantifier after "("
            if (at >= 2 && source.substr(at - 2, 2) == "(*" &&
                !(at < source.size() && (std::isupper(static_cast<unsigned char>(source[at])) || source[at] == ':'))) {
                out.text = "nothing to repeat";
                out.offset = at - 1;
            }
            break;
        case 142:  // "(?(name" without its ")": PCRE 8.44 complains about the condition
            if (at_end && source.rfind("(?(") != std::string_view::npos)
                out.text = "malformed number or name after (?(";
            break;
        case 150:  // a range ending at a class escape: PCRE 8.44 points at the backslash
            if (at > 0) out.offset = at - 1;
            break;
        case 128: case 129:  // PCRE 8.44 points one further
            out.offset = at + 1;
            break;
        case 174:  // (*UTF) with never_utf: PCRE 8.44 reports the start of the pattern
            out.offset = 0;
            break;
        case 137: case 143: case 147: case 169:  // PCRE2 points one past PCRE 8.44's position
            if (at > 0) out.offset = at - 1;
            break;
        default: break;
    }
    return out;
}

bool valid_utf8(const std::uint8_t* s, std::size_t n) {
    std::size_t i = 0;
    while (i < n) {
        std::uint8_t c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        std::uint32_t cp;
        if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07;
        else return false;
        if (n - i < len) return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        static constexpr std::uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
    }
    return true;
}

std::string version() {
    char buf[64] = {};
    pcre2_config(PCRE2_CONFIG_VERSION, buf);
    return buf;
}

}  // namespace ember::bifs::re
