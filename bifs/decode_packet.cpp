// erlang:decode_packet/3 (OTP erts/doc erlang:decode_packet/3): the first packet of a binary, framed by
// one of the inet packet types. Framing and HTTP parsing are in packet_parser.cpp; this file turns
// their results into terms:
//   {ok, Packet, Rest}          Packet: a binary, or an HTTP tuple; Rest: what follows (extra bits too)
//   {more, Length | undefined}  the total length if the header says it, else undefined
//   {error, invalid}            bad header or over {packet_size, N}
#include <string>

#include "bifs/bif.hpp"
#include "bifs/packet_parser.hpp"
#include "bifs/packet_terms.hpp"
#include "vm/bignum.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

bool packet_type(Term t, packet::Type& out) {
    using packet::Type;
    if (is_small(t)) {
        switch (small_value(t)) {
        case 0: out = Type::Raw; return true;
        case 1: out = Type::Length1; return true;
        case 2: out = Type::Length2; return true;
        case 4: out = Type::Length4; return true;
        default: return false;
        }
    }
    static const struct {
        Term atom;
        Type type;
    } kNames[] = {
        {atom("raw"), Type::Raw},         {atom("asn1"), Type::Asn1},   {atom("sunrm"), Type::SunRm},
        {atom("cdr"), Type::Cdr},         {atom("fcgi"), Type::Fcgi},   {atom("line"), Type::Line},
        {atom("tpkt"), Type::Tpkt},       {atom("http"), Type::Http},   {atom("httph"), Type::HttpH},
        {atom("http_bin"), Type::HttpBin}, {atom("httph_bin"), Type::HttpHBin}, {atom("ssl_tls"), Type::SslTls},
    };
    for (const auto& n : kNames)
        if (n.atom == t) {
            out = n.type;
            return true;
        }
    return false;
}

// {packet_size, N}, {line_length, N}, {line_delimiter, C} (line only); N an integer 0..2^32-1.
bool packet_options(Term opts, packet::Type type, packet::Limits& lim) {
    static const Term am_packet_size = atom("packet_size"), am_line_length = atom("line_length"),
                      am_line_delimiter = atom("line_delimiter");
    while (opts != kNil) {
        if (!is_list(opts)) return false;
        Term o = car(opts);
        std::uint64_t v;
        if (!is_tuple(o) || tuple_arity(o) != 2 || !integer_to_uint64(tuple_element(o, 1), &v) || v > 0xFFFFFFFFu)
            return false;
        Term key = tuple_element(o, 0);
        if (key == am_packet_size)
            lim.max_packet = std::uint32_t(v);
        else if (key == am_line_length)
            lim.line_length = std::uint32_t(v);
        else if (key == am_line_delimiter && type == packet::Type::Line && v <= 255)
            lim.delimiter = char(v);
        else
            return false;
        opts = cdr(opts);
    }
    return true;
}

}  // namespace

// An HTTP string: a list of bytes, or (http_bin types) a binary.
static Term http_string(HeapAllocator& h, std::string_view s, bool as_binary) {
    if (as_binary) return make_binary(h, s);
    Term list = kNil;
    for (std::size_t i = s.size(); i-- > 0;) list = make_cons(h, make_small(std::uint8_t(s[i])), list);
    return list;
}

static Term http_uri(HeapAllocator& h, const packet::HttpUri& u, bool bin) {
    using K = packet::HttpUri::Kind;
    switch (u.kind) {
    case K::Star: return atom("*");
    case K::AbsPath: return make_tuple2(h, atom("abs_path"), http_string(h, u.s1, bin));
    case K::String: return http_string(h, u.s1, bin);
    case K::Scheme: return make_tuple3(h, atom("scheme"), http_string(h, u.s1, bin), http_string(h, u.s2, bin));
    case K::Http:
    case K::Https: {
        Term port = u.port == 0 ? am_undefined : make_small(SWord(u.port));
        Term* hp = h.alloc(6);
        hp[0] = make_header(5, Subtag::Tuple);
        hp[1] = atom("absoluteURI");
        hp[2] = atom(u.kind == K::Http ? "http" : "https");
        hp[3] = http_string(h, u.s1, bin);
        hp[4] = port;
        hp[5] = http_string(h, u.s2, bin);
        return make_boxed(hp);
    }
    }
    return am_undefined;
}

Term http_term(HeapAllocator& h, const packet::HttpLine& line, bool bin) {
    using K = packet::HttpLine::Kind;
    switch (line.kind) {
    case K::Request: {
        Term method = line.known_method >= 0 ? atom(std::string(packet::http_method_name(line.known_method)).c_str())
                                             : http_string(h, line.method, bin);
        Term version = make_tuple2(h, make_small(line.major), make_small(line.minor));
        return make_tuple4(h, atom("http_request"), method, http_uri(h, line.uri, bin), version);
    }
    case K::Response: {
        Term version = make_tuple2(h, make_small(line.major), make_small(line.minor));
        return make_tuple4(h, atom("http_response"), version, make_small(line.status),
                           http_string(h, line.phrase, bin));
    }
    case K::Header: {
        Term name = line.known_header >= 0
                        ? atom(std::string(packet::http_header_name(line.known_header)).c_str())
                        : http_string(h, line.name, bin);
        // The fourth element is the field name as received.
        return make_tuple5(h, atom("http_header"), make_small(line.known_header + 1), name,
                           http_string(h, line.raw_name, bin), http_string(h, line.value, bin));
    }
    case K::EndOfHeaders: return atom("http_eoh");
    case K::Error: return make_tuple2(h, atom("http_error"), http_string(h, line.line, bin));
    }
    return am_undefined;
}

namespace {

EMBER_BIF(bif_decode_packet_3) {
    packet::Type type;
    packet::Limits limits;
    static const Term am_badopt = atom("badopt");
    if (!packet_type(args[0], type)) return badarg_with_cause(p, am_badopt);  // erl checks the type first
    if (!is_bitstring(args[1]) || !packet_options(args[2], type, limits)) return badarg(p);
    BinaryRef ref = binary_ref(args[1]);
    std::size_t size = ref.byte_size();
    std::string aligned;
    std::string_view bytes;
    if (ref.bit_offset == 0) {
        bytes = std::string_view(reinterpret_cast<const char*>(ref.data), size);
    } else {
        aligned.resize(size);
        copy_bits(ref.data, ref.bit_offset, reinterpret_cast<std::uint8_t*>(aligned.data()), 0, size * 8);
        bytes = aligned;
    }
    static const Term am_more = atom("more"), am_invalid = atom("invalid");
    bool header_state = false;
    std::int64_t packet_size = packet::packet_length(type, bytes, limits, header_state);
    if (packet_size < 0) return make_tuple2(*p, am_error, am_invalid);
    if (packet_size == 0 || std::uint64_t(packet_size) > size)
        return make_tuple2(*p, am_more, packet_size == 0 ? am_undefined : make_small(packet_size));
    std::string_view whole = bytes.substr(0, std::size_t(packet_size));
    Term result;
    if (packet::is_http(type)) {
        header_state = type == packet::Type::HttpH || type == packet::Type::HttpHBin;
        bool bin = type == packet::Type::HttpBin || type == packet::Type::HttpHBin;
        result = http_term(*p, packet::parse_http(whole, header_state), bin);
    } else if (type == packet::Type::SslTls) {
        // {ssl_tls, [], ContentType, {Major, Minor}, Body}; an SSLv2 hello becomes a handshake record
        // whose body is <<1, Length:24, Hello/binary>>.
        auto byte = [&](std::size_t i) { return std::uint8_t(whole[i]); };
        std::string body;
        SWord content_type, major, minor;
        if ((byte(0) & 0x80) && byte(2) == 1) {
            std::size_t len = whole.size() - 3;
            body = {char(1), char(len >> 16), char(len >> 8), char(len)};
            body.append(whole.substr(3));
            content_type = 22, major = byte(3), minor = byte(4);
        } else {
            body = whole.substr(5);
            content_type = byte(0), major = byte(1), minor = byte(2);
        }
        result = make_tuple5(*p, atom("ssl_tls"), kNil, make_small(content_type),
                             make_tuple2(*p, make_small(major), make_small(minor)), make_binary(*p, body));
    } else {
        std::string_view body = packet::packet_body(type, whole);
        result = make_sub_binary(*p, args[1], std::size_t(body.data() - bytes.data()) * 8, body.size() * 8);
    }
    Term rest = make_sub_binary(*p, args[1], std::size_t(packet_size) * 8, ref.bit_size - std::size_t(packet_size) * 8);
    return make_tuple3(*p, am_ok, result, rest);
}

const BifSpec kBifs[] = {
    {"erlang", "decode_packet", 3, bif_decode_packet_3, kCapPure},
};

}  // namespace

std::span<const BifSpec> decode_packet_bifs() { return kBifs; }

}  // namespace ember::bifs
