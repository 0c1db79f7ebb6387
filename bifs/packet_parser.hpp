// Packet framing and HTTP line parsing, shared by erlang:decode_packet/3 and (later) the socket and
// port {packet, Type} options (OTP erts/doc erlang:decode_packet/3; the inet driver's packet modes).
//
// Pure byte-level code: no terms. packet_length() finds where the first packet of a buffer ends;
// parse_http() splits one HTTP line into its parts; the caller builds the Erlang terms.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ember::bifs::packet {

enum class Type : std::uint8_t {
    Raw,       // raw | 0
    Length1,   // 1: [L0 | Data], header stripped
    Length2,   // 2: big-endian 16-bit length
    Length4,   // 4: big-endian 32-bit length
    Asn1,      // BER tag + length
    SunRm,     // 4-byte record mark, top bit = last fragment
    Cdr,       // CORBA GIOP header
    Fcgi,      // FastCGI record header (padding dropped from the body)
    Tpkt,      // RFC 1006 TPKT header
    Line,      // up to and including the delimiter
    Http, HttpH, HttpBin, HttpHBin,
    SslTls,
};

inline bool is_http(Type t) {
    return t == Type::Http || t == Type::HttpH || t == Type::HttpBin || t == Type::HttpHBin;
}

struct Limits {
    std::uint32_t max_packet = 0;  // {packet_size, N}: 0 = no limit
    std::uint32_t line_length = 0; // {line_length, N}: lines longer are cut (and limit HTTP lines)
    char delimiter = '\n';         // {line_delimiter, C}
};

// Length in bytes of the first whole packet of buf (header included), 0 if more data is needed and
// the total is unknown, or -1 if the data is invalid or over the size limit. A result larger than
// buf.size() is the total length of a packet that has not fully arrived. `header_state` is the HTTP
// state: false while expecting a request/status line, true while reading headers (httph types start
// in header state).
std::int64_t packet_length(Type type, std::string_view buf, const Limits& limits, bool header_state);

// The part of a whole packet handed to the user: the length header is dropped for 1/2/4 and the
// padding for fcgi; every other type returns the packet as it is.
std::string_view packet_body(Type type, std::string_view packet);

// One parsed HTTP line (OTP inet: http packet mode).
struct HttpUri {
    enum class Kind : std::uint8_t { Star, AbsPath, Http, Https, Scheme, String } kind;
    std::string_view s1;  // path (AbsPath), host (Http/Https), scheme (Scheme), whole text (String)
    std::string_view s2;  // path (Http/Https), rest after "scheme:" (Scheme)
    std::uint32_t port = 0;  // Http/Https: 0 = not given
};

struct HttpLine {
    enum class Kind : std::uint8_t { Request, Response, Header, EndOfHeaders, Error } kind;
    // Request: method (known_method = index into the method table, or -1), uri, version.
    int known_method = -1;
    std::string_view method;
    HttpUri uri{};
    int major = 0, minor = 0;
    // Response: version, status, phrase.
    int status = 0;
    std::string_view phrase;
    // Header: known_header = index into the header table or -1; name is the canonical (capitalised)
    // name when it is at most 50 bytes, else the raw name; value is the text after ':' and blanks.
    int known_header = -1;
    std::string name;
    std::string_view raw_name;  // the name as received
    std::string_view value;
    // Error: the whole line as received.
    std::string_view line;
};

// Parses one whole HTTP packet (as delimited by packet_length). Updates header_state as the inet
// driver does: a request or status line switches to headers, the empty line back to start lines.
HttpLine parse_http(std::string_view packet, bool& header_state);

// The method atoms ('GET', ...) and header field atoms ('Content-Length', ...) by table index; a
// header's table index + 1 is the second element of {http_header, ...}.
std::string_view http_method_name(int index);
std::string_view http_header_name(int index);

}  // namespace ember::bifs::packet
