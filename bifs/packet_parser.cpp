// Packet framing and HTTP line parsing (see packet_parser.hpp). The rules follow OTP 25's inet packet
// modes as documented for erlang:decode_packet/3 and observed on erl; fixtures/decode_packet_tests.erl
// compares every type with erl.
#include "bifs/packet_parser.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstring>

namespace ember::bifs::packet {

namespace {

constexpr std::array<std::string_view, 7> kMethods = {"OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE"};

// The inet driver's header table; {http_header, Index + 1, ...} numbers them from 1 in this order.
constexpr std::array<std::string_view, 52> kHeaders = {
    "Cache-Control", "Connection", "Date", "Pragma", "Transfer-Encoding", "Upgrade", "Via", "Accept",
    "Accept-Charset", "Accept-Encoding", "Accept-Language", "Authorization", "From", "Host",
    "If-Modified-Since", "If-Match", "If-None-Match", "If-Range", "If-Unmodified-Since", "Max-Forwards",
    "Proxy-Authorization", "Range", "Referer", "User-Agent", "Age", "Location", "Proxy-Authenticate",
    "Public", "Retry-After", "Server", "Vary", "Warning", "Www-Authenticate", "Allow", "Content-Base",
    "Content-Encoding", "Content-Language", "Content-Length", "Content-Location", "Content-Md5",
    "Content-Range", "Content-Type", "Etag", "Expires", "Last-Modified", "Accept-Ranges", "Set-Cookie",
    "Set-Cookie2", "X-Forwarded-For", "Cookie", "Keep-Alive", "Proxy-Connection"};

constexpr std::size_t kMaxHeaderName = 50;

std::uint8_t byte_at(std::string_view s, std::size_t i) { return static_cast<std::uint8_t>(s[i]); }
std::uint32_t be16(std::string_view s, std::size_t i) { return (std::uint32_t(byte_at(s, i)) << 8) | byte_at(s, i + 1); }
std::uint32_t be24(std::string_view s, std::size_t i) { return (be16(s, i) << 8) | byte_at(s, i + 2); }
std::uint32_t be32(std::string_view s, std::size_t i) { return (be16(s, i) << 16) | be16(s, i + 2); }
std::uint32_t le32(std::string_view s, std::size_t i) {
    return byte_at(s, i) | (std::uint32_t(byte_at(s, i + 1)) << 8) | (std::uint32_t(byte_at(s, i + 2)) << 16) |
           (std::uint32_t(byte_at(s, i + 3)) << 24);
}

// HTTP token separators (RFC 2616 tspecials), control characters, space and bytes >= 128.
bool is_separator(std::uint8_t c) {
    if (c <= 32 || c >= 128) return true;
    return std::strchr("()<>@,;:\\\"/[]?={}", c) != nullptr;
}
bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A length header of hlen bytes announcing plen more: the total, or -1 over the limit.
std::int64_t with_header(std::int64_t hlen, std::int64_t plen, std::uint32_t max_packet) {
    std::int64_t max = max_packet == 0 ? INT_MAX - hlen : max_packet;
    if (plen < 0 || plen > max) return -1;
    return hlen + plen;
}

std::int64_t asn1_length(std::string_view b, std::uint32_t max_packet) {
    std::size_t n = b.size();
    if (n < 2) return 0;
    std::size_t left = n - 1, pos = 1;
    if ((byte_at(b, 0) & 0x1f) == 0x1f) {  // long tag: continuation bytes have the top bit set
        while (left > 0 && (byte_at(b, pos) & 0x80)) ++pos, --left;
        if (left < 2) return 0;
        ++pos, --left;
    }
    std::uint32_t length = byte_at(b, pos) & 0x7f;
    std::int64_t plen;
    if (byte_at(b, pos) & 0x80) {  // long length form: `length` bytes follow
        ++pos, --left;
        if (left < length) return 0;
        switch (length) {
        case 0: plen = 0; break;
        case 1: plen = byte_at(b, pos); break;
        case 2: plen = be16(b, pos); break;
        case 3: plen = be24(b, pos); break;
        case 4: plen = be32(b, pos); break;
        default: return -1;
        }
        pos += length;
    } else {
        ++pos;
        plen = length;
    }
    return with_header(std::int64_t(pos), plen, max_packet);
}

std::int64_t line_length(std::string_view b, const Limits& lim) {
    std::size_t n = b.size();
    std::size_t at = b.find(lim.delimiter);
    if (at == std::string_view::npos) {
        if (lim.max_packet != 0 && n > lim.max_packet) return -1;
        if (lim.line_length != 0 && n >= lim.line_length) return lim.line_length;  // cut a long line
        return 0;
    }
    std::size_t len = at + 1;
    if (lim.max_packet != 0 && len > lim.max_packet) return -1;
    if (lim.line_length != 0 && len > lim.line_length) return lim.line_length;
    return std::int64_t(len);
}

// An HTTP line; in header state a line continues while the next one starts with a blank.
std::int64_t http_length(std::string_view b, const Limits& lim, bool header_state) {
    std::size_t n = b.size();
    if ((n == 1 && b[0] == '\n') || (n == 2 && b[0] == '\r' && b[1] == '\n')) return std::int64_t(n);
    // Without a packet_size, line_length limits HTTP lines (older decode_packet users rely on it).
    std::uint32_t max = lim.max_packet != 0 ? lim.max_packet : lim.line_length;
    std::size_t from = 0;
    for (;;) {
        std::size_t nl = b.find('\n', from);
        if (nl == std::string_view::npos) {
            if (max != 0 && n >= max) return -1;
            return 0;
        }
        std::size_t plen = nl + 1;
        bool too_long = max != 0 && plen > max;
        if (!header_state) return too_long ? -1 : std::int64_t(plen);
        if (plen < n) {
            if (is_blank(b[plen]) && plen > 2) {
                from = plen;
                continue;
            }
            return too_long ? -1 : std::int64_t(plen);
        }
        return too_long ? -1 : 0;
    }
}

// Digits at b[pos...]: their value; pos moves past them.
int read_number(std::string_view b, std::size_t& pos) {
    int v = 0;
    while (pos < b.size() && is_digit(b[pos])) {
        v = v * 10 + (b[pos] - '0');
        ++pos;
    }
    return v;
}

// "major.minor" at b[pos...]; false unless both have at least one digit.
bool read_version(std::string_view b, std::size_t& pos, int& major, int& minor) {
    std::size_t start = pos;
    major = read_number(b, pos);
    if (pos == start || pos >= b.size() || b[pos] != '.') return false;
    ++pos;
    start = pos;
    minor = read_number(b, pos);
    return pos != start;
}

void skip_blanks(std::string_view b, std::size_t& pos) {
    while (pos < b.size() && is_blank(b[pos])) ++pos;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

// host[:port][/path] after "http://" or "https://". The port counts only if everything after the
// first ':' is digits and it is not 0. OTP 25 has no IPv6 literal rule: "[::1]:80" splits at the
// first ':' (later releases special-case brackets).
void parse_host_uri(HttpUri& uri, std::string_view rest) {
    std::size_t slash = rest.find('/');
    std::string_view host = rest;
    if (slash == std::string_view::npos) {
        uri.s2 = "/";
    } else {
        uri.s2 = rest.substr(slash);
        host = rest.substr(0, slash);
    }
    uri.s1 = host;
    uri.port = 0;
    std::size_t colon = host.find(':');
    if (colon == std::string_view::npos) return;
    uri.s1 = host.substr(0, colon);
    std::size_t pos = colon + 1;
    std::uint32_t port = 0;
    while (pos < host.size() && is_digit(host[pos])) port = port * 10 + std::uint32_t(host[pos++] - '0');
    if (pos == host.size() && port != 0) uri.port = port;
}

HttpUri parse_uri(std::string_view u) {
    HttpUri uri{};
    if (u == "*") {
        uri.kind = HttpUri::Kind::Star;
    } else if (u.size() <= 1 || u[0] == '/') {
        uri.kind = HttpUri::Kind::AbsPath;
        uri.s1 = u;
    } else if (starts_with_nocase(u, "http://")) {
        uri.kind = HttpUri::Kind::Http;
        parse_host_uri(uri, u.substr(7));
    } else if (starts_with_nocase(u, "https://")) {
        uri.kind = HttpUri::Kind::Https;
        parse_host_uri(uri, u.substr(8));
    } else if (std::size_t colon = u.find(':'); colon != std::string_view::npos) {
        uri.kind = HttpUri::Kind::Scheme;
        uri.s1 = u.substr(0, colon);
        uri.s2 = u.substr(colon + 1);
    } else {
        uri.kind = HttpUri::Kind::String;
        uri.s1 = u;
    }
    return uri;
}

bool parse_status_line(std::string_view b, HttpLine& out) {
    std::size_t pos = 5;  // after "HTTP/"
    if (!read_version(b, pos, out.major, out.minor)) return false;
    std::size_t start = pos;
    skip_blanks(b, pos);
    if (pos == start) return false;
    out.status = read_number(b, pos);
    start = pos;
    skip_blanks(b, pos);
    if (pos == start && pos < b.size()) return false;
    out.phrase = b.substr(pos);  // may be empty
    out.kind = HttpLine::Kind::Response;
    return true;
}

bool parse_request_line(std::string_view b, HttpLine& out) {
    std::size_t pos = 0;
    while (pos < b.size() && !is_separator(byte_at(b, pos))) ++pos;
    if (pos == b.size() || pos == 0 || !is_blank(b[pos])) return false;
    out.method = b.substr(0, pos);
    auto known = std::find(kMethods.begin(), kMethods.end(), out.method);
    out.known_method = known == kMethods.end() ? -1 : int(known - kMethods.begin());
    skip_blanks(b, pos);
    std::size_t uri_start = pos;
    while (pos < b.size() && !is_blank(b[pos])) ++pos;
    if (pos == uri_start) return false;
    std::string_view uri = b.substr(uri_start, pos - uri_start);
    skip_blanks(b, pos);
    if (pos == b.size()) {  // HTTP/0.9 request: no version
        out.major = 0;
        out.minor = 9;
    } else {
        if (b.size() - pos < 8 || b.substr(pos, 5) != "HTTP/") return false;
        pos += 5;
        if (!read_version(b, pos, out.major, out.minor)) return false;
    }
    out.uri = parse_uri(uri);
    out.kind = HttpLine::Kind::Request;
    return true;
}

bool parse_header_line(std::string_view b, HttpLine& out) {
    std::size_t pos = 0;
    bool upper_next = true;
    std::string canonical;
    while (!is_separator(byte_at(b, pos))) {
        char c = b[pos];
        if (upper_next) {
            if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
            upper_next = false;
        } else if (c >= 'A' && c <= 'Z') {
            c = char(c - 'A' + 'a');
        } else if (c == '-') {
            upper_next = true;
        }
        if (canonical.size() < kMaxHeaderName) canonical += c;
        ++pos;
        if (pos == b.size()) return false;
    }
    if (b[pos] != ':') return false;
    std::size_t name_len = pos;
    if (name_len <= kMaxHeaderName) {
        auto known = std::find(kHeaders.begin(), kHeaders.end(), std::string_view(canonical));
        out.known_header = known == kHeaders.end() ? -1 : int(known - kHeaders.begin());
        out.name = canonical;
    } else {
        out.known_header = -1;
        out.name = std::string(b.substr(0, name_len));
    }
    out.raw_name = b.substr(0, name_len);
    ++pos;
    skip_blanks(b, pos);
    out.value = b.substr(pos);
    out.kind = HttpLine::Kind::Header;
    return true;
}

}  // namespace

std::int64_t packet_length(Type type, std::string_view b, const Limits& lim, bool header_state) {
    std::size_t n = b.size();
    switch (type) {
    case Type::Raw: return std::int64_t(n);
    case Type::Length1: return n < 1 ? 0 : with_header(1, byte_at(b, 0), lim.max_packet);
    case Type::Length2: return n < 2 ? 0 : with_header(2, be16(b, 0), lim.max_packet);
    case Type::Length4: return n < 4 ? 0 : with_header(4, be32(b, 0), lim.max_packet);
    case Type::SunRm: return n < 4 ? 0 : with_header(4, be32(b, 0) & 0x7fffffff, lim.max_packet);
    case Type::Line: return line_length(b, lim);
    case Type::Asn1: return asn1_length(b, lim.max_packet);
    case Type::Cdr: {
        if (n < 12) return 0;
        if (b.substr(0, 4) != "GIOP") return -1;
        std::uint32_t size = (byte_at(b, 6) & 1) ? le32(b, 8) : be32(b, 8);
        return with_header(12, size, lim.max_packet);
    }
    case Type::Fcgi:
        if (n < 8) return 0;
        if (byte_at(b, 0) != 1) return -1;
        return with_header(8, std::int64_t(be16(b, 4)) + byte_at(b, 6), lim.max_packet);
    case Type::Tpkt:
        if (n < 4) return 0;
        if (byte_at(b, 0) != 3) return -1;
        return with_header(4, std::int64_t(be16(b, 2)) - 4, lim.max_packet);
    case Type::SslTls: {
        if (n < 5) return 0;
        std::int64_t plen = (byte_at(b, 0) & 0x80) && byte_at(b, 2) == 1
                                ? std::int64_t(be16(b, 0) & 0x7fff) - 3  // SSLv2 client hello
                                : std::int64_t(be16(b, 3));
        return with_header(5, plen, lim.max_packet);
    }
    case Type::Http:
    case Type::HttpBin: return http_length(b, lim, header_state);
    case Type::HttpH:
    case Type::HttpHBin: return http_length(b, lim, true);
    }
    return -1;
}

std::string_view packet_body(Type type, std::string_view p) {
    switch (type) {
    case Type::Length1: return p.substr(1);
    case Type::Length2: return p.substr(2);
    case Type::Length4: return p.substr(4);
    case Type::Fcgi: return p.substr(0, p.size() - byte_at(p, 6));
    default: return p;
    }
}

HttpLine parse_http(std::string_view packet, bool& header_state) {
    HttpLine out{};
    out.kind = HttpLine::Kind::Error;
    out.line = packet;
    std::string_view b = packet;
    if (b.size() >= 2 && b[b.size() - 2] == '\r')
        b.remove_suffix(2);
    else if (!b.empty() && b.back() == '\n')
        b.remove_suffix(1);
    bool ok;
    if (!header_state) {
        ok = b.size() >= 5 && b.substr(0, 5) == "HTTP/" ? parse_status_line(b, out) : parse_request_line(b, out);
        if (ok) header_state = true;
    } else if (b.empty()) {
        out.kind = HttpLine::Kind::EndOfHeaders;
        header_state = false;
        ok = true;
    } else {
        ok = parse_header_line(b, out);
    }
    if (!ok) {
        out = HttpLine{};
        out.kind = HttpLine::Kind::Error;
        out.line = packet;
    }
    return out;
}

std::string_view http_method_name(int index) { return kMethods[std::size_t(index)]; }
std::string_view http_header_name(int index) { return kHeaders[std::size_t(index)]; }

}  // namespace ember::bifs::packet
