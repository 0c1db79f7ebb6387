// Socket options of the inet drivers: prim_inet's INET_REQ_SETOPTS and INET_REQ_GETOPTS (option
// numbers and encodings in OTP kernel/src/inet_int.hrl), parsed and answered as OTP 25's inet_drv.c
// does (inet_set_opts, inet_fill_opts), down to which malformed request is einval and which bytes
// are ignored, since erlang:port_control/3 lets any process send any bytes.
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <iterator>

#include "scheduler/inet_socket.hpp"

namespace ember::scheduler::inet {

using bifs::packet::Type;

bool packet_type_of(std::uint32_t v, Type& t) {
    static constexpr Type kTypes[] = {Type::Raw,  Type::Length1, Type::Length2, Type::Length4, Type::Asn1,
                                      Type::SunRm, Type::Cdr,    Type::Fcgi,    Type::Line,    Type::Tpkt,
                                      Type::Http, Type::HttpH,   Type::SslTls,  Type::HttpBin, Type::HttpHBin};
    if (v >= std::size(kTypes)) return false;
    t = kTypes[v];
    return true;
}

namespace {

// The options that are one int for setsockopt/getsockopt: option number -> (level, name), as inet_drv
// maps them whatever the socket's family or type (the kernel refuses what does not apply).
bool int_option(std::uint32_t opt, int& level, int& name) {
    switch (opt) {
    case 0: level = SOL_SOCKET, name = SO_REUSEADDR; return true;
    case 1: level = SOL_SOCKET, name = SO_KEEPALIVE; return true;
    case 2: level = SOL_SOCKET, name = SO_DONTROUTE; return true;
    case 4: level = SOL_SOCKET, name = SO_BROADCAST; return true;
    case 5: level = SOL_SOCKET, name = SO_OOBINLINE; return true;
    case 6: level = SOL_SOCKET, name = SO_SNDBUF; return true;
    case 7: level = SOL_SOCKET, name = SO_RCVBUF; return true;
    case 8: level = SOL_SOCKET, name = SO_PRIORITY; return true;
    case 9: level = IPPROTO_IP, name = IP_TOS; return true;
    case 10: level = IPPROTO_TCP, name = TCP_NODELAY; return true;
    case 12: level = IPPROTO_IP, name = IP_MULTICAST_TTL; return true;
    case 13: level = IPPROTO_IP, name = IP_MULTICAST_LOOP; return true;
    case 16: level = IPPROTO_IPV6, name = IPV6_V6ONLY; return true;
    case 41: level = IPPROTO_IPV6, name = IPV6_TCLASS; return true;
    case 43: level = IPPROTO_IP, name = IP_RECVTOS; return true;
    case 44: level = IPPROTO_IPV6, name = IPV6_RECVTCLASS; return true;
    case 46: level = IPPROTO_IP, name = IP_TTL; return true;
    case 47: level = IPPROTO_IP, name = IP_RECVTTL; return true;
    case 48: level = IPPROTO_TCP, name = TCP_CORK; return true;  // nopush
    default: return false;
    }
}

// erl 25 reports a refused setsockopt only for these (priority, tos, ipv6_v6only, tclass, recvtos,
// recvtclass, ttl, recvttl, bind_to_device); for the others the value is ignored.
bool reports_refusal(std::uint32_t opt) {
    switch (opt) {
    case 8: case 9: case 16: case 41: case 42: case 43: case 44: case 46: case 47: return true;
    default: return false;
    }
}

bool set_raw(int fd, int level, int name, const void* v, std::size_t n) {
    return ::setsockopt(fd, level, name, v, static_cast<socklen_t>(n)) == 0;
}

// add_membership / drop_membership after the domain: [IfIndex:32, Group, Local:32] (inet) or
// [IfIndex:32, Group:128] (inet6). inet_drv reads these without a length check and ignores
// setsockopt's answer, so missing bytes read as zeros here; false when the domain is not the socket's.
bool set_membership(InetSocket& s, Reader& r, std::uint32_t opt, std::int32_t domain) {
    std::uint32_t index = r.u32();
    if (domain == kAfInet && s.family == AF_INET) {
        ip_mreqn m{};
        m.imr_ifindex = static_cast<int>(index);
        m.imr_multiaddr.s_addr = htonl(r.u32());
        m.imr_address.s_addr = htonl(r.u32());
        set_raw(s.fd, IPPROTO_IP, opt == 14 ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &m, sizeof m);
        return true;
    }
    if (domain == kAfInet6 && s.family == AF_INET6) {
        ipv6_mreq m{};
        for (unsigned char& b : m.ipv6mr_multiaddr.s6_addr) b = static_cast<unsigned char>(r.u8());
        m.ipv6mr_interface = index;
        set_raw(s.fd, IPPROTO_IPV6, opt == 14 ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP, &m, sizeof m);
        r.pos = r.d.size();  // inet_drv drops what follows an inet6 membership
        return true;
    }
    return false;
}

// {active, A}: A replaces the mode; for {active, N} (kMulti) an int16 follows, added to the count
// (a sum outside int16 is einval; a sum <= 0 makes the socket passive with {tcp_passive, S}).
bool set_active(InetSocket& s, Reader& r, std::int32_t mode, bool& passive_msg) {
    s.opts.active = mode;
    if (mode != kMulti) {
        s.opts.active_count = 0;
        return true;
    }
    auto n = static_cast<std::int16_t>(r.u16());  // zeros past the end, where inet_drv reads on
    std::int32_t sum = s.opts.active_count + n;
    if (sum > 32767 || sum < -32768) return false;
    s.opts.active_count = std::max(sum, 0);
    if (s.opts.active_count == 0) {
        s.opts.active = kPassive;
        passive_msg = true;
    }
    return true;
}

// {buffer, N} follows recbuf unless set itself: it grows to recbuf, on a udp socket to at most one
// 64 KiB datagram.
void follow_recbuf(InetSocket& s, std::int32_t v) {
    if (s.opts.buffer_set) return;
    if (v > 65536 && s.sock_type == SOCK_DGRAM) s.opts.buffer = 65536;
    else if (v > 0 && static_cast<std::uint32_t>(v) > s.opts.buffer) s.opts.buffer = static_cast<std::uint32_t>(v);
}

}  // namespace

bool set_options(InetSocket& s, std::string_view buf, bool& pump_needed, bool& passive_msg) {
    Reader r{buf};
    const bool tcp = s.sock_type == SOCK_STREAM, udp = s.sock_type == SOCK_DGRAM;
    while (r.left() >= 5) {
        std::uint32_t opt = r.u8();
        std::int32_t v = r.i32();
        auto u = static_cast<std::uint32_t>(v);
        switch (opt) {
        case 20: s.opts.buffer = v < 1 ? 1 : u, s.opts.buffer_set = true; continue;
        case 21: s.opts.header = u, pump_needed = true; continue;
        case 22:
            if (!set_active(s, r, v, passive_msg)) return false;
            pump_needed = true;
            continue;
        case 23: {
            s.opts.htype = v;
            if (!packet_type_of(u, s.opts.packet)) s.opts.packet = Type::Raw;
            s.http_headers = s.opts.packet == Type::HttpH || s.opts.packet == Type::HttpHBin;
            pump_needed = true;
            continue;
        }
        case 24: s.opts.mode = v; continue;
        case 25: s.opts.deliver = v; continue;
        case 26: s.opts.exitf = v; continue;
        case 27:  // negative is 0; the low mark follows a high mark set below it
            if (tcp) {
                s.opts.high_watermark = std::max(v, 0);
                s.opts.low_watermark = std::min(s.opts.low_watermark, s.opts.high_watermark);
            }
            continue;
        case 28:
            if (tcp) {
                s.opts.low_watermark = std::max(v, 0);
                s.opts.high_watermark = std::max(s.opts.high_watermark, s.opts.low_watermark);
            }
            continue;
        case 30: if (tcp) s.opts.send_timeout = v; continue;
        case 31: if (tcp) s.opts.delay_send = v != 0; continue;
        case 32: s.opts.packet_size = u, pump_needed = true; continue;
        case 33:
            if (udp) {
                if (v <= 0) return false;
                s.opts.read_packets = u;
            }
            continue;
        case 35: if (tcp) s.opts.send_timeout_close = v != 0; continue;
        case 36:
        case 37: {  // message queue limits: the int widened to a size, neither 0 nor the all-ones "disabled"
            auto size = static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
            if (size == 0 || size == ~std::uint64_t{0}) return false;
            // The port keeps low <= high: the limit just set pulls the other along.
            std::uint64_t& high = s.opts.high_msgq_watermark;
            std::uint64_t& low = s.opts.low_msgq_watermark;
            (opt == 36 ? high : low) = size;
            if (low > high) (opt == 36 ? low : high) = size;
            continue;
        }
        case 38:  // netns: [Len:32, Path]
            if (v < 0 || r.left() < u) return false;
            s.opts.netns = std::string(r.bytes(u));
            continue;
        case 39: if (s.stream) s.opts.show_econnreset = v != 0; continue;
        case 40: s.opts.line_delimiter = static_cast<char>(v), pump_needed = true; continue;
        case 99: s.opts.debug = v; continue;
        case 3: {  // linger: [OnOff:32, Seconds:32]
            if (r.left() < 4) return false;
            linger l{};
            l.l_onoff = v;
            l.l_linger = r.i32();
            set_raw(s.fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
            continue;
        }
        case 11: {  // multicast_if: an IPv4 address or an IPv6 interface index
            if (s.family != AF_INET && s.family != AF_INET6) return false;
            std::uint32_t a = htonl(u);
            set_raw(s.fd, s.family == AF_INET ? IPPROTO_IP : IPPROTO_IPV6,
                    s.family == AF_INET ? IP_MULTICAST_IF : IPV6_MULTICAST_IF, &a, sizeof a);
            continue;
        }
        case 14:
        case 15:
            if (v != kAfInet && v != kAfInet6) return false;
            if (!set_membership(s, r, opt, v)) return false;
            continue;
        case 34: {  // raw: [Level:32 (the value), Name:32, Size:32, Bytes]
            if (r.left() < 8) return false;
            std::int32_t name = r.i32(), size = r.i32();
            if (size < 0 || r.left() < static_cast<std::uint32_t>(size)) return false;
            std::string_view bytes = r.bytes(static_cast<std::uint32_t>(size));
            set_raw(s.fd, v, name, bytes.data(), bytes.size());  // refusals ignored, as in erl
            continue;
        }
        case 42: {  // bind_to_device: [Len:32, Name], at most IFNAMSIZ bytes
            if (v < 0 || r.left() < u || u > IFNAMSIZ) return false;
            char name[IFNAMSIZ + 1] = {};
            std::string_view bytes = r.bytes(u);
            std::memcpy(name, bytes.data(), bytes.size());
            if (!set_raw(s.fd, SOL_SOCKET, SO_BINDTODEVICE, name, IFNAMSIZ)) return false;
            continue;
        }
        default: break;
        }
        int level = 0, name = 0;
        if (!int_option(opt, level, name)) return false;
        if (opt == 7) follow_recbuf(s, v);
        if (!set_raw(s.fd, level, name, &v, sizeof v) && reports_refusal(opt)) return false;
    }
    return true;
}

namespace {

// INET_OPT_PKTOPTIONS: the IP_PKTOPTIONS control messages of a tcp socket, as [Opt:8, Value:32]*
// after their total length (tos, tclass, ttl); false when the socket cannot report them.
bool pkt_options(const InetSocket& s, std::string& o) {
    alignas(cmsghdr) char buf[2 * CMSG_SPACE(sizeof(int))];
    socklen_t len = sizeof buf;
    bool v6 = s.family == AF_INET6;
    if (::getsockopt(s.fd, v6 ? IPPROTO_IPV6 : IPPROTO_IP, v6 ? IPV6_2292PKTOPTIONS : IP_PKTOPTIONS, buf, &len) != 0)
        return false;
    std::string entries;
    msghdr m{};
    m.msg_control = buf;
    m.msg_controllen = len;
    for (cmsghdr* c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
        int code = c->cmsg_level == IPPROTO_IP && (c->cmsg_type == IP_TOS || c->cmsg_type == IP_RECVTOS) ? 9
                   : c->cmsg_level == IPPROTO_IPV6 && (c->cmsg_type == IPV6_TCLASS || c->cmsg_type == IPV6_RECVTCLASS)
                       ? 41
                   : c->cmsg_level == IPPROTO_IP && (c->cmsg_type == IP_TTL || c->cmsg_type == IP_RECVTTL) ? 46
                                                                                                          : 0;
        if (!code) continue;
        std::size_t n = c->cmsg_len - CMSG_LEN(0);
        std::uint64_t value = 0;
        if (n == 1 || n == 2 || n == 4 || n == 8) std::memcpy(&value, CMSG_DATA(c), n);  // host order, any width
        if (n == 2) value = static_cast<std::uint16_t>(value);
        entries.push_back(static_cast<char>(code));
        put32(entries, static_cast<std::uint32_t>(value));
    }
    o.push_back(45);
    put32(o, static_cast<std::uint32_t>(entries.size()));
    o += entries;
    return true;
}

}  // namespace

bool get_options(const InetSocket& s, std::string_view buf, std::string& o) {
    const bool tcp = s.sock_type == SOCK_STREAM, udp = s.sock_type == SOCK_DGRAM;
    for (std::size_t i = 0; i < buf.size(); ++i) {
        auto opt = static_cast<std::uint8_t>(buf[i]);
        auto put = [&](std::uint32_t v) {
            o.push_back(static_cast<char>(opt));
            put32(o, v);
        };
        switch (opt) {
        case 20: put(s.opts.buffer); continue;
        case 21: put(s.opts.header); continue;
        case 22:
            put(static_cast<std::uint32_t>(s.opts.active));
            if (s.opts.active == kMulti) put16(o, static_cast<std::uint32_t>(s.opts.active_count));
            continue;
        case 23: put(static_cast<std::uint32_t>(s.opts.htype)); continue;
        case 24: put(static_cast<std::uint32_t>(s.opts.mode)); continue;
        case 25: put(static_cast<std::uint32_t>(s.opts.deliver)); continue;
        case 26: put(static_cast<std::uint32_t>(s.opts.exitf)); continue;
        case 27: if (tcp) put(static_cast<std::uint32_t>(s.opts.high_watermark)); continue;
        case 28: if (tcp) put(static_cast<std::uint32_t>(s.opts.low_watermark)); continue;
        case 30: if (tcp) put(static_cast<std::uint32_t>(s.opts.send_timeout)); continue;
        case 31: if (tcp) put(s.opts.delay_send ? 1 : 0); continue;
        case 32: put(s.opts.packet_size); continue;
        case 33: if (udp) put(s.opts.read_packets); continue;
        case 35: if (tcp) put(s.opts.send_timeout_close ? 1 : 0); continue;
        case 36: put(static_cast<std::uint32_t>(std::min<std::uint64_t>(s.opts.high_msgq_watermark, INT32_MAX))); continue;
        case 37: put(static_cast<std::uint32_t>(std::min<std::uint64_t>(s.opts.low_msgq_watermark, INT32_MAX))); continue;
        case 38:
            if (s.opts.netns) {
                put(static_cast<std::uint32_t>(s.opts.netns->size()));
                o += *s.opts.netns;
            }
            continue;
        case 39: if (s.stream) put(s.opts.show_econnreset ? 1 : 0); continue;
        case 99: put(static_cast<std::uint32_t>(s.opts.debug)); continue;
        case 3: {
            linger l{};
            socklen_t len = sizeof l;
            if (::getsockopt(s.fd, SOL_SOCKET, SO_LINGER, &l, &len) != 0) continue;
            put(static_cast<std::uint32_t>(l.l_onoff));
            put32(o, static_cast<std::uint32_t>(l.l_linger));
            continue;
        }
        case 11: {  // multicast_if: [11, IPv4:32, Family:32] (prim_inet 25's dec_value(mif, _))
            in_addr a{};
            socklen_t len = sizeof a;
            if (s.stream || s.family != AF_INET) continue;
            if (::getsockopt(s.fd, IPPROTO_IP, IP_MULTICAST_IF, &a, &len) != 0) continue;
            o.push_back(static_cast<char>(opt));
            o.append(reinterpret_cast<const char*>(&a), 4);
            put32(o, kAfInet);
            continue;
        }
        case 34: {  // raw: [Level:32, Name:32, HasData:8, Size:32, Data?] -> [34, Level, Name, Size, Value]
            Reader r{buf.substr(i + 1)};
            if (r.left() < 13) return false;
            int level = r.i32(), name = r.i32();
            bool has_data = r.u8() != 0;
            std::uint32_t size = r.u32();
            if (size > 65536) return false;
            std::string val(size, '\0');
            if (has_data) {
                if (r.left() < size) return false;
                std::memcpy(val.data(), r.bytes(size).data(), size);
            }
            i += r.pos;
            socklen_t len = static_cast<socklen_t>(size);
            if (::getsockopt(s.fd, level, name, val.data(), &len) != 0) continue;
            val.resize(std::min<std::size_t>(len, size));
            put(static_cast<std::uint32_t>(level));
            put32(o, static_cast<std::uint32_t>(name));
            put32(o, static_cast<std::uint32_t>(val.size()));
            o += val;
            continue;
        }
        case 42: {
            char dev[IFNAMSIZ] = {};
            socklen_t len = sizeof dev;
            if (::getsockopt(s.fd, SOL_SOCKET, SO_BINDTODEVICE, dev, &len) != 0) continue;
            std::string_view d(dev, strnlen(dev, len));
            put(static_cast<std::uint32_t>(d.size()));
            o += d;
            continue;
        }
        case 45:
            if (s.family != AF_INET && s.family != AF_INET6) return false;
            pkt_options(s, o);
            continue;
        default: break;
        }
        int level = 0, name = 0, v = 0;
        if (!int_option(opt, level, name)) return false;
        socklen_t len = sizeof v;
        if (::getsockopt(s.fd, level, name, &v, &len) != 0) continue;
        put(static_cast<std::uint32_t>(v));
    }
    return true;
}

}  // namespace ember::scheduler::inet
