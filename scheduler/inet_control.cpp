// The control half of the inet drivers: prim_inet's port_control requests (OTP kernel/src/inet_int.hrl
// for the numbers and encodings, prim_inet.erl for what each answer must look like) and the socket
// options (inet:setopts/2, inet:getopts/2 in the kernel docs). Replies are [1 | Data] for ok and
// [0 | ReasonChars] for an error, which prim_inet turns into {ok, Data} / {error, Reason}.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <ifaddrs.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <netdb.h>
#include <sys/ioctl.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "scheduler/inet_driver.hpp"
#include "scheduler/inet_socket.hpp"
#include "vm/posix_errors.hpp"

namespace ember::scheduler {

namespace inet {

using bifs::packet::Type;

std::string errno_name(int err) { return vm::posix_error_name(err); }

std::string reply_ok(std::string_view data) {
    std::string r(1, '\1');
    r.append(data);
    return r;
}
std::string reply_error(std::string_view reason) {
    std::string r(1, '\0');
    r.append(reason);
    return r;
}
std::string reply_errno(int err) { return reply_error(errno_name(err)); }

namespace {

// ---- byte codecs (big-endian, as prim_inet's ?int16/?int32) ----

struct Reader {
    std::string_view d;
    std::size_t pos = 0;
    bool ok = true;
    std::size_t left() const { return d.size() - pos; }
    std::uint32_t u8() {
        if (left() < 1) return ok = false, 0;
        return static_cast<unsigned char>(d[pos++]);
    }
    std::uint32_t u16() {
        std::uint32_t hi = u8();
        return (hi << 8) | u8();
    }
    std::uint32_t u32() {
        std::uint32_t hi = u16();
        return (hi << 16) | u16();
    }
    std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
    std::string_view bytes(std::size_t n) {
        if (left() < n) return ok = false, std::string_view{};
        std::string_view r = d.substr(pos, n);
        pos += n;
        return r;
    }
};

void put16(std::string& o, std::uint32_t v) {
    o.push_back(static_cast<char>((v >> 8) & 0xFF));
    o.push_back(static_cast<char>(v & 0xFF));
}
void put32(std::string& o, std::uint32_t v) {
    put16(o, v >> 16);
    put16(o, v & 0xFFFF);
}
void put64(std::string& o, std::uint64_t v) {
    put32(o, static_cast<std::uint32_t>(v >> 32));
    put32(o, static_cast<std::uint32_t>(v));
}

// ---- addresses ([F, P1, P0 | IP] as prim_inet's enc_value_2(addr, _)) ----

bool read_addr(Reader& r, int sock_family, sockaddr_storage& ss, socklen_t& len) {
    std::memset(&ss, 0, sizeof ss);
    std::uint32_t f = r.u8();
    if (f == kAfAny || f == kAfLoopback) {
        std::uint32_t port = r.u16();
        if (!r.ok) return false;
        if (sock_family == AF_INET6) {
            auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
            a->sin6_family = AF_INET6;
            a->sin6_port = htons(static_cast<std::uint16_t>(port));
            a->sin6_addr = f == kAfAny ? in6addr_any : in6addr_loopback;
            len = sizeof *a;
        } else {
            auto* a = reinterpret_cast<sockaddr_in*>(&ss);
            a->sin_family = AF_INET;
            a->sin_port = htons(static_cast<std::uint16_t>(port));
            a->sin_addr.s_addr = htonl(f == kAfAny ? INADDR_ANY : INADDR_LOOPBACK);
            len = sizeof *a;
        }
        return true;
    }
    if (f == kAfInet) {
        auto* a = reinterpret_cast<sockaddr_in*>(&ss);
        a->sin_family = AF_INET;
        a->sin_port = htons(static_cast<std::uint16_t>(r.u16()));
        std::string_view ip = r.bytes(4);
        if (!r.ok) return false;
        std::memcpy(&a->sin_addr, ip.data(), 4);
        len = sizeof *a;
        return sock_family == AF_INET;
    }
    if (f == kAfInet6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(static_cast<std::uint16_t>(r.u16()));
        std::string_view ip = r.bytes(16);
        if (!r.ok) return false;
        std::memcpy(&a->sin6_addr, ip.data(), 16);
        if (r.left() >= 8) {
            a->sin6_flowinfo = htonl(r.u32());
            a->sin6_scope_id = r.u32();
        }
        len = sizeof *a;
        return sock_family == AF_INET6;
    }
    return false;
}

// setsockopt with an int; the errno value or 0.
int set_int(int fd, int level, int name, int value) {
    return ::setsockopt(fd, level, name, &value, sizeof value) == 0 ? 0 : errno;
}
bool get_int(int fd, int level, int name, int& value) {
    socklen_t len = sizeof value;
    value = 0;
    return ::getsockopt(fd, level, name, &value, &len) == 0;
}

// The socket-level options: option number -> (level, name), by family where it matters.
bool socket_option(const InetSocket& s, std::uint32_t opt, int& level, int& name) {
    bool v6 = s.family == AF_INET6;
    switch (opt) {
    case 0: level = SOL_SOCKET, name = SO_REUSEADDR; return true;
    case 1: level = SOL_SOCKET, name = SO_KEEPALIVE; return true;
    case 2: level = SOL_SOCKET, name = SO_DONTROUTE; return true;
    case 4: level = SOL_SOCKET, name = SO_BROADCAST; return true;
    case 5: level = SOL_SOCKET, name = SO_OOBINLINE; return true;
    case 6: level = SOL_SOCKET, name = SO_SNDBUF; return true;
    case 7: level = SOL_SOCKET, name = SO_RCVBUF; return true;
    case 8: level = SOL_SOCKET, name = SO_PRIORITY; return true;
    case 9: level = IPPROTO_IP, name = IP_TOS; return !v6;
    case 10: level = IPPROTO_TCP, name = TCP_NODELAY; return s.stream;
    case 12: level = v6 ? IPPROTO_IPV6 : IPPROTO_IP, name = v6 ? IPV6_MULTICAST_HOPS : IP_MULTICAST_TTL; return true;
    case 13: level = v6 ? IPPROTO_IPV6 : IPPROTO_IP, name = v6 ? IPV6_MULTICAST_LOOP : IP_MULTICAST_LOOP; return true;
    case 16: level = IPPROTO_IPV6, name = IPV6_V6ONLY; return v6;
    case 41: level = IPPROTO_IPV6, name = IPV6_TCLASS; return v6;
    case 43: level = IPPROTO_IP, name = IP_RECVTOS; return !v6;
    case 44: level = IPPROTO_IPV6, name = IPV6_RECVTCLASS; return v6;
    case 46: level = IPPROTO_IP, name = IP_TTL; return !v6;
    case 47: level = IPPROTO_IP, name = IP_RECVTTL; return !v6;
    case 48: level = IPPROTO_TCP, name = TCP_CORK; return s.stream;
    default: return false;
    }
}

bool packet_type_of(std::uint32_t v, Type& t) {
    switch (v) {
    case 0: t = Type::Raw; return true;
    case 1: t = Type::Length1; return true;
    case 2: t = Type::Length2; return true;
    case 3: t = Type::Length4; return true;
    case 4: t = Type::Asn1; return true;
    case 5: t = Type::SunRm; return true;
    case 6: t = Type::Cdr; return true;
    case 7: t = Type::Fcgi; return true;
    case 8: t = Type::Line; return true;
    case 9: t = Type::Tpkt; return true;
    case 10: t = Type::Http; return true;
    case 11: t = Type::HttpH; return true;
    case 12: t = Type::SslTls; return true;
    case 13: t = Type::HttpBin; return true;
    case 14: t = Type::HttpHBin; return true;
    default: return false;
    }
}

std::uint32_t packet_number(Type t) {
    switch (t) {
    case Type::Raw: return 0;
    case Type::Length1: return 1;
    case Type::Length2: return 2;
    case Type::Length4: return 3;
    case Type::Asn1: return 4;
    case Type::SunRm: return 5;
    case Type::Cdr: return 6;
    case Type::Fcgi: return 7;
    case Type::Line: return 8;
    case Type::Tpkt: return 9;
    case Type::Http: return 10;
    case Type::HttpH: return 11;
    case Type::SslTls: return 12;
    case Type::HttpBin: return 13;
    case Type::HttpHBin: return 14;
    }
    return 0;
}

// {active, A}: once, true, false, or N added to the current count (erl: a sum <= 0 makes the socket
// passive and sends {tcp_passive, S} / {udp_passive, S}; a sum above 32767 is einval).
bool set_active(InetSocket& s, std::uint32_t mode, std::int32_t n, bool& passive_msg) {
    if (mode == kMulti) {
        std::int32_t sum = (s.opts.active == kMulti ? s.opts.active_count : 0) + n;
        if (sum > 32767) return false;
        if (sum <= 0) {
            s.opts.active = kPassive;
            s.opts.active_count = 0;
            passive_msg = true;
        } else {
            s.opts.active = kMulti;
            s.opts.active_count = sum;
        }
        return true;
    }
    if (mode > kMulti) return false;
    s.opts.active = static_cast<Active>(mode);
    s.opts.active_count = 0;
    return true;
}

// INET_REQ_SETOPTS: [Opt:8, Value...]*, applied in order. Returns 0 or an errno value.
int set_options(InetSocket& s, std::string_view buf, bool& pump_needed, bool& passive_msg) {
    Reader r{buf};
    while (r.ok && r.left() > 0) {
        std::uint32_t opt = r.u8();
        if (opt == 22) {  // active
            std::uint32_t mode = r.u32();
            std::int32_t n = mode == kMulti ? static_cast<std::int16_t>(r.u16()) : 0;
            if (!r.ok || !set_active(s, mode, n, passive_msg)) return EINVAL;
            pump_needed = true;
            continue;
        }
        if (opt == 3) {  // linger {Bool, Seconds}
            linger l{};
            l.l_onoff = r.u32() != 0;
            l.l_linger = r.i32();
            if (!r.ok) return EINVAL;
            if (::setsockopt(s.fd, SOL_SOCKET, SO_LINGER, &l, sizeof l) != 0) return errno;
            continue;
        }
        if (opt == 34) {  // raw {Level, Name, Binary}
            int level = r.i32(), name = r.i32();
            std::string_view v = r.bytes(r.u32());
            if (!r.ok) return EINVAL;
            (void)::setsockopt(s.fd, level, name, v.data(), static_cast<socklen_t>(v.size()));  // erl ignores its errors
            continue;
        }
        if (opt == 42 || opt == 38) {  // bind_to_device, netns: {Binary}
            std::string_view v = r.bytes(r.u32());
            if (!r.ok) return EINVAL;
            if (opt == 38) continue;  // network namespaces: accepted only at open, as a no-op here
            std::string dev(v);
            if (::setsockopt(s.fd, SOL_SOCKET, SO_BINDTODEVICE, dev.c_str(), static_cast<socklen_t>(dev.size())) != 0)
                return errno;
            continue;
        }
        if (opt == 14 || opt == 15) {  // add_membership, drop_membership
            std::uint32_t fam = r.u32();
            std::uint32_t idx = r.u32();
            if (fam == kAfInet) {
                ip_mreqn m{};
                std::string_view group = r.bytes(4), iface = r.bytes(4);
                if (!r.ok) return EINVAL;
                std::memcpy(&m.imr_multiaddr, group.data(), 4);
                std::memcpy(&m.imr_address, iface.data(), 4);
                m.imr_ifindex = static_cast<int>(idx);
                if (::setsockopt(s.fd, IPPROTO_IP, opt == 14 ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &m, sizeof m) != 0)
                    return errno;
            } else {
                ipv6_mreq m{};
                std::string_view group = r.bytes(16);
                if (!r.ok) return EINVAL;
                std::memcpy(&m.ipv6mr_multiaddr, group.data(), 16);
                m.ipv6mr_interface = idx;
                if (::setsockopt(s.fd, IPPROTO_IPV6, opt == 14 ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP, &m, sizeof m) != 0)
                    return errno;
            }
            continue;
        }
        std::uint32_t v = r.u32();
        if (!r.ok) return EINVAL;
        auto iv = static_cast<std::int32_t>(v);
        int level = 0, name = 0;
        switch (opt) {
        case 11:  // multicast_if
            if (s.family == AF_INET6) {
                if (int e = set_int(s.fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, iv)) return e;
            } else {
                in_addr a;
                a.s_addr = htonl(v);
                if (::setsockopt(s.fd, IPPROTO_IP, IP_MULTICAST_IF, &a, sizeof a) != 0) return errno;
            }
            break;
        case 20:  // a size below the minimum is raised to it, as erl does
            s.opts.buffer = iv < 1 ? 1 : v;
            s.opts.buffer_set = true;
            break;
        case 21: s.opts.header = v; pump_needed = true; break;
        case 23: {
            Type t;
            if (!packet_type_of(v, t)) return EINVAL;
            s.opts.packet = t;
            s.http_headers = t == Type::HttpH || t == Type::HttpHBin;
            pump_needed = true;
            break;
        }
        case 24:
            if (v > 1) return EINVAL;
            s.opts.binary = v == 1;
            break;
        case 25: s.opts.deliver_port = v == 0; break;
        case 26: s.opts.exit_on_close = v != 0; break;
        case 27:  // negative is 0; the low mark follows a high mark set below it (erl)
            s.opts.high_watermark = std::max<std::int32_t>(iv, 0);
            s.opts.low_watermark = std::min(s.opts.low_watermark, s.opts.high_watermark);
            break;
        case 28:
            s.opts.low_watermark = std::max<std::int32_t>(iv, 0);
            s.opts.high_watermark = std::max(s.opts.high_watermark, s.opts.low_watermark);
            break;
        case 30: s.opts.send_timeout = iv; break;
        case 31: s.opts.delay_send = v != 0; break;
        case 32: s.opts.packet_size = v; pump_needed = true; break;
        case 33: s.opts.read_packets = v; break;
        case 35: s.opts.send_timeout_close = v != 0; break;
        case 36:  // an unsigned size, at least 1
            if (v < 1) return EINVAL;
            s.opts.high_msgq_watermark = iv;
            break;
        case 37:
            if (v < 1) return EINVAL;
            s.opts.low_msgq_watermark = iv;
            break;
        case 39: s.opts.show_econnreset = v != 0; break;
        case 40: s.opts.line_delimiter = static_cast<char>(v & 0xFF); pump_needed = true; break;
        case 99: s.opts.debug = v != 0; break;
        default:
            if (!socket_option(s, opt, level, name)) {
                // inet_drv ignores an option that does not apply to this socket kind, except the
                // IPv6 traffic class on an IPv4 socket.
                if (opt == 41 || opt == 16) return EINVAL;
                if (opt <= 48) break;
                return EINVAL;
            }
            // inet_drv reports setsockopt's errors only for the newer IP options (tclass, recvtos,
            // recvtclass, ttl, recvttl); for the others a refused value is ignored.
            if (int e = set_int(s.fd, level, name, iv); e && (opt == 41 || opt == 43 || opt == 44 || opt == 46 || opt == 47))
                return e;
            // erl sizes the read buffer from recbuf unless {buffer, N} was given: tcp grows it to
            // recbuf, udp takes recbuf (at most one 64 KiB datagram).
            if (opt == 7 && iv > 0 && !s.opts.buffer_set)
                s.opts.buffer = s.stream ? std::max<std::uint32_t>(s.opts.buffer, v) : std::min<std::uint32_t>(v, 65536);
            break;
        }
    }
    return r.ok ? 0 : EINVAL;
}

// INET_REQ_GETOPTS: the reply [Opt:8, Value...]* for the options asked (unknown ones are left out,
// as inet_drv does; line_delimiter cannot be read back in erl 25 and is einval there too).
int get_options(const InetSocket& s, std::string_view buf, std::string& o) {
    Reader r{buf};
    while (r.ok && r.left() > 0) {
        std::uint32_t opt = r.u8();
        auto put_opt = [&](std::uint32_t v) {
            o.push_back(static_cast<char>(opt));
            put32(o, v);
        };
        switch (opt) {
        case 22:
            o.push_back(static_cast<char>(opt));
            put32(o, s.opts.active);
            if (s.opts.active == kMulti) put16(o, static_cast<std::uint32_t>(s.opts.active_count));
            continue;
        case 3: {
            linger l{};
            socklen_t len = sizeof l;
            if (::getsockopt(s.fd, SOL_SOCKET, SO_LINGER, &l, &len) != 0) return errno;
            o.push_back(static_cast<char>(opt));
            put32(o, l.l_onoff ? 1 : 0);
            put32(o, static_cast<std::uint32_t>(l.l_linger));
            continue;
        }
        case 34: {  // raw {Level, Name, binary size | value}
            int level = r.i32(), name = r.i32();
            std::uint32_t is_bin = r.u8();
            std::uint32_t size = r.u32();
            if (!r.ok || size > 65536) return EINVAL;
            if (is_bin) r.bytes(size);
            std::string val(is_bin ? size : 4, '\0');
            socklen_t len = static_cast<socklen_t>(val.size());
            if (::getsockopt(s.fd, level, name, val.data(), &len) != 0) return errno;
            val.resize(len);
            o.push_back(static_cast<char>(opt));
            put32(o, static_cast<std::uint32_t>(level));
            put32(o, static_cast<std::uint32_t>(name));
            put32(o, static_cast<std::uint32_t>(val.size()));
            o.append(val);
            continue;
        }
        case 42: {
            char dev[64] = {};
            socklen_t len = sizeof dev;
            if (::getsockopt(s.fd, SOL_SOCKET, SO_BINDTODEVICE, dev, &len) != 0) return errno;
            std::string_view d(dev, strnlen(dev, len));
            o.push_back(static_cast<char>(opt));
            put32(o, static_cast<std::uint32_t>(d.size()));
            o.append(d);
            continue;
        }
        case 11: {
            if (s.stream) continue;
            in_addr a{};
            socklen_t len = sizeof a;
            if (s.family == AF_INET6) continue;
            if (::getsockopt(s.fd, IPPROTO_IP, IP_MULTICAST_IF, &a, &len) != 0) return errno;
            o.push_back(static_cast<char>(opt));
            o.append(reinterpret_cast<const char*>(&a), 4);
            put32(o, kAfInet);
            continue;
        }
        case 20: put_opt(s.opts.buffer); continue;
        case 21: put_opt(s.opts.header); continue;
        case 23: put_opt(packet_number(s.opts.packet)); continue;
        case 24: put_opt(s.opts.binary ? 1 : 0); continue;
        case 25: put_opt(s.opts.deliver_port ? 0 : 1); continue;
        case 26: put_opt(s.opts.exit_on_close ? 1 : 0); continue;
        case 27: if (s.stream) put_opt(static_cast<std::uint32_t>(s.opts.high_watermark)); continue;
        case 28: if (s.stream) put_opt(static_cast<std::uint32_t>(s.opts.low_watermark)); continue;
        case 30: if (s.stream) put_opt(static_cast<std::uint32_t>(s.opts.send_timeout)); continue;
        case 31: if (s.stream) put_opt(s.opts.delay_send ? 1 : 0); continue;
        case 32: put_opt(s.opts.packet_size); continue;
        case 33: if (!s.stream) put_opt(s.opts.read_packets); continue;
        case 35: if (s.stream) put_opt(s.opts.send_timeout_close ? 1 : 0); continue;
        case 36: put_opt(static_cast<std::uint32_t>(s.opts.high_msgq_watermark)); continue;
        case 37: put_opt(static_cast<std::uint32_t>(s.opts.low_msgq_watermark)); continue;
        case 38: continue;
        case 39: if (s.stream) put_opt(s.opts.show_econnreset ? 1 : 0); continue;
        case 40: return EINVAL;
        case 14:
        case 15: return EINVAL;  // add_membership/drop_membership cannot be read back
        case 99: put_opt(s.opts.debug ? 1 : 0); continue;
        default: break;
        }
        int level = 0, name = 0, v = 0;
        if (!socket_option(s, opt, level, name)) {
            if (opt <= 48) continue;
            return EINVAL;
        }
        if (!get_int(s.fd, level, name, v)) return errno;
        if (opt == 6 || opt == 7 || opt == 8 || opt == 9 || opt == 41 || opt == 12 || opt == 46) put_opt(static_cast<std::uint32_t>(v));
        else put_opt(v ? 1 : 0);
    }
    return r.ok ? 0 : EINVAL;
}

// [F, P1, P0 | IP] for a socket address.
std::string encode_sockaddr(const sockaddr_storage& ss) {
    std::string o;
    if (ss.ss_family == AF_INET6) {
        const auto* a = reinterpret_cast<const sockaddr_in6*>(&ss);
        o.push_back(static_cast<char>(kAfInet6));
        put16(o, ntohs(a->sin6_port));
        o.append(reinterpret_cast<const char*>(&a->sin6_addr), 16);
    } else {
        const auto* a = reinterpret_cast<const sockaddr_in*>(&ss);
        o.push_back(static_cast<char>(kAfInet));
        put16(o, ntohs(a->sin_port));
        o.append(reinterpret_cast<const char*>(&a->sin_addr), 4);
    }
    return o;
}

std::string get_stats(const InetSocket& s, std::string_view req, bool& ok) {
    std::string o;
    ok = true;
    for (char c : req) {
        auto code = static_cast<std::uint8_t>(c);
        o.push_back(c);
        switch (code) {
        case 1: put32(o, s.stats.recv_cnt); break;
        case 2: put32(o, s.stats.recv_max); break;
        case 3: put32(o, s.stats.recv_cnt ? static_cast<std::uint32_t>(s.stats.recv_oct / s.stats.recv_cnt) : 0); break;
        case 4: put32(o, 0); break;
        case 5: put32(o, s.stats.send_cnt); break;
        case 6: put32(o, s.stats.send_max); break;
        case 7: put32(o, s.stats.send_cnt ? static_cast<std::uint32_t>(s.stats.send_oct / s.stats.send_cnt) : 0); break;
        case 8: put32(o, static_cast<std::uint32_t>(s.out_bytes)); break;
        case 9: put64(o, s.stats.recv_oct); break;
        case 10: put64(o, s.stats.send_oct); break;
        default: ok = false; return {};
        }
    }
    return o;
}

int open_socket(InetSocket& s, std::uint32_t af, std::uint32_t type) {
    int family = af == kAfInet ? AF_INET : af == kAfInet6 ? AF_INET6 : -1;
    if (family < 0) return af == kAfLocal ? EINVAL : EAFNOSUPPORT;  // local sockets: not supported
    int want = s.stream ? 1 : 2;
    if (static_cast<int>(type) != want) return EINVAL;
    int fd = ::socket(family, (s.stream ? SOCK_STREAM : SOCK_DGRAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return errno;
    s.fd = fd;
    s.family = family;
    if (!s.stream) set_int(fd, SOL_SOCKET, SO_RCVBUF, 8192);  // erl's udp default (the kernel reports 16384)
    attach_descriptor(s);
    return 0;
}

// INET_REQ_FDOPEN: [AF, Type, Fd:32, Bound:32] (gen_tcp/gen_udp {fd, N}).
int adopt_fd(InetSocket& s, Reader& r) {
    std::uint32_t af = r.u8(), type = r.u8();
    int fd = r.i32();
    r.u32();
    if (!r.ok || fd < 0) return EINVAL;
    int family = af == kAfInet ? AF_INET : af == kAfInet6 ? AF_INET6 : -1;
    if (family < 0) return EAFNOSUPPORT;
    if (static_cast<int>(type) != (s.stream ? 1 : 2)) return EINVAL;
    if (::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK) != 0) return errno;
    s.fd = fd;
    s.family = family;
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0) s.bound = true;
    len = sizeof ss;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0) s.connected = true;
    attach_descriptor(s);
    return 0;
}


// ---- interfaces (inet:getifaddrs/0, getiflist/0, ifget/2) ----

// INET_IFF_* flags from the kernel's IFF_* (only the bits erl reports).
std::uint32_t iff_flags(unsigned f) {
    std::uint32_t o = 0;
    if (f & IFF_UP) o |= 0x1;
    if (f & IFF_BROADCAST) o |= 0x2;
    if (f & IFF_LOOPBACK) o |= 0x4;
    if (f & IFF_POINTOPOINT) o |= 0x8;
    if (f & IFF_RUNNING) o |= 0x10;
    if (f & IFF_MULTICAST) o |= 0x20;
    return o;
}

// A sockaddr value: [F | IP bytes] (prim_inet's dec_value(sockaddr, _)); false for other families.
bool put_sockaddr(std::string& o, const sockaddr* sa) {
    if (!sa) return false;
    if (sa->sa_family == AF_INET) {
        o.push_back(static_cast<char>(kAfInet));
        o.append(reinterpret_cast<const char*>(&reinterpret_cast<const sockaddr_in*>(sa)->sin_addr), 4);
        return true;
    }
    if (sa->sa_family == AF_INET6) {
        o.push_back(static_cast<char>(kAfInet6));
        o.append(reinterpret_cast<const char*>(&reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr), 16);
        return true;
    }
    return false;
}

// INET_REQ_GETIFADDRS: per getifaddrs(3) entry, Name 0 {flags, Flags} [addr, netmask, broadaddr |
// dstaddr | hwaddr] 0; prim_inet merges the entries of one interface.
std::string if_addrs(bool& ok) {
    ifaddrs* list = nullptr;
    ok = ::getifaddrs(&list) == 0;
    std::string o;
    if (!ok) return o;
    for (ifaddrs* i = list; i; i = i->ifa_next) {
        if (!i->ifa_addr) continue;
        std::string opts;
        opts.push_back(6);
        put32(opts, iff_flags(i->ifa_flags));
        int fam = i->ifa_addr->sa_family;
        if (fam == AF_INET || fam == AF_INET6) {
            opts.push_back(1);
            put_sockaddr(opts, i->ifa_addr);
            std::string mask;
            if (put_sockaddr(mask, i->ifa_netmask)) opts += '\5' + mask;
            std::string other;
            if ((i->ifa_flags & IFF_BROADCAST) && fam == AF_INET && put_sockaddr(other, i->ifa_broadaddr))
                opts += '\2' + other;
            else if ((i->ifa_flags & IFF_POINTOPOINT) && put_sockaddr(other, i->ifa_dstaddr))
                opts += '\3' + other;
        } else if (fam == AF_PACKET) {
            const auto* ll = reinterpret_cast<const sockaddr_ll*>(i->ifa_addr);
            if (ll->sll_halen == 0) continue;
            opts.push_back(7);
            put16(opts, ll->sll_halen);
            opts.append(reinterpret_cast<const char*>(ll->sll_addr), ll->sll_halen);
        } else {
            continue;
        }
        o += i->ifa_name;
        o.push_back('\0');
        o += opts;
        o.push_back('\0');
    }
    ::freeifaddrs(list);
    return o;
}

// INET_REQ_GETIFLIST: the names of the interfaces with an IPv4 address, each ended by 0.
std::string if_list(bool& ok) {
    ifaddrs* list = nullptr;
    ok = ::getifaddrs(&list) == 0;
    std::string o;
    if (!ok) return o;
    for (ifaddrs* i = list; i; i = i->ifa_next)
        if (i->ifa_addr && i->ifa_addr->sa_family == AF_INET) {
            o += i->ifa_name;
            o.push_back('\0');
        }
    ::freeifaddrs(list);
    return o;
}

// INET_REQ_IFGET: [N, Name, Opt...] -> [Opt, Value]... by ioctl; what the interface lacks is left out.
std::string if_get(int fd, Reader& r) {
    std::string name(r.bytes(r.u8()));
    std::string o;
    if (!r.ok || name.size() >= IFNAMSIZ) return o;
    while (r.ok && r.left() > 0) {
        std::uint32_t opt = r.u8();
        ifreq req{};
        std::memcpy(req.ifr_name, name.data(), name.size());
        switch (opt) {
        case 1: case 2: case 3: case 5: {
            unsigned long code = opt == 1 ? SIOCGIFADDR : opt == 2 ? SIOCGIFBRDADDR : opt == 3 ? SIOCGIFDSTADDR : SIOCGIFNETMASK;
            if (::ioctl(fd, code, &req) != 0) break;
            std::string v;
            if (put_sockaddr(v, &req.ifr_addr)) o += static_cast<char>(opt) + v;
            break;
        }
        case 4:
            if (::ioctl(fd, SIOCGIFMTU, &req) != 0) break;
            o.push_back(4);
            put32(o, static_cast<std::uint32_t>(req.ifr_mtu));
            break;
        case 6:
            if (::ioctl(fd, SIOCGIFFLAGS, &req) != 0) break;
            o.push_back(6);
            put32(o, iff_flags(static_cast<unsigned short>(req.ifr_flags)));
            break;
        case 7:
            if (::ioctl(fd, SIOCGIFHWADDR, &req) != 0) break;
            o.push_back(7);
            put16(o, 6);
            o.append(req.ifr_hwaddr.sa_data, 6);
            break;
        default:
            break;
        }
    }
    return o;
}

}  // namespace

void inherit_options(const InetSocket& listener, InetSocket& accepted) {
    accepted.opts = listener.opts;
    // The active mode is not copied: prim_inet:accept sets it from the listener's afterwards.
    accepted.opts.active = kPassive;
    accepted.opts.active_count = 0;
    accepted.family = listener.family;
    accepted.http_headers = listener.opts.packet == Type::HttpH || listener.opts.packet == Type::HttpHBin;
}

std::optional<std::string> InetSocket::control(const PortPtr& port, std::unique_lock<std::mutex>& lock,
                                               vm::Term caller, std::uint32_t op, std::string_view data) {
    if (op < kControlMagic || op - kControlMagic > 255) return reply_error("exbadport");
    op -= kControlMagic;
    Reader r{data};
    bool needs_socket = op != kOpen && op != kFdOpen && op != kGetHostName && op != kSetOpts && op != kGetOpts &&
                        op != kGetStat && op != kGetStatus && op != kGetServByName && op != kGetServByPort;
    if (needs_socket && fd < 0) return reply_error("einval");
    switch (op) {
    case kOpen: {
        if (fd >= 0) return reply_error("ebadf");
        std::uint32_t af = r.u8(), type = r.u8();
        if (!r.ok) return reply_error("einval");
        if (int e = open_socket(*this, af, type)) return reply_errno(e);
        return reply_ok();
    }
    case kFdOpen:
        if (fd >= 0) return reply_error("ebadf");
        if (int e = adopt_fd(*this, r)) return reply_errno(e);
        return reply_ok();
    case kBind: {
        sockaddr_storage ss;
        socklen_t len;
        if (!read_addr(r, family, ss, len)) return reply_error("einval");
        if (::bind(fd, reinterpret_cast<sockaddr*>(&ss), len) != 0) return reply_errno(errno);
        bound = true;
        sockaddr_storage got{};
        socklen_t glen = sizeof got;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&got), &glen);
        std::string o;
        put16(o, ntohs(got.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&got)->sin6_port
                                                 : reinterpret_cast<sockaddr_in*>(&got)->sin_port));
        return reply_ok(o);
    }
    case kListen: {
        if (!stream) return reply_error("enotsup");
        auto backlog = static_cast<std::int16_t>(r.u16());
        if (!r.ok) return reply_error("einval");
        if (::listen(fd, backlog) != 0) return reply_errno(errno);
        listening = true;
        return reply_ok();
    }
    case kConnect: {
        std::int32_t timeout = r.i32();
        sockaddr_storage ss;
        socklen_t len;
        if (!r.ok || !read_addr(r, family, ss, len)) return reply_error("einval");
        if (stream && (connected || connecting || listening)) return reply_error(connected ? "eisconn" : "ealready");
        int rc = ::connect(fd, reinterpret_cast<sockaddr*>(&ss), len);
        int err = rc == 0 ? 0 : errno;
        if (!stream) {
            if (err) return reply_errno(err);
            connected = true;
            bound = true;
            std::string reply = begin_async(port, *this, &connect_op, nullptr, caller, -1);
            finish_connect(port, *this, 0);
            return reply;
        }
        if (err && err != EINPROGRESS) return reply_errno(err);
        connecting = true;
        bound = true;
        std::string reply = begin_async(port, *this, &connect_op, nullptr, caller, timeout);
        if (!err) finish_connect(port, *this, 0);
        else pump(port, lock, *this);
        return reply;
    }
    case kAccept: {
        if (!listening) return reply_error("einval");
        std::int32_t timeout = r.i32();
        if (!r.ok) return reply_error("einval");
        std::string reply = begin_async(port, *this, nullptr, &accepts, caller, timeout);
        pump(port, lock, *this);
        return reply;
    }
    case kTcpRecv:
    case kPacketRecv: {
        if ((op == kTcpRecv) != stream) return reply_error("einval");
        std::int32_t timeout = r.i32();
        std::uint32_t length = r.u32();
        if (!r.ok) return reply_error("einval");
        if (opts.active != kPassive) return reply_error("einval");
        if (stream) {
            if (!connected) {
                return reply_error("enotconn");
            }
            if (opts.packet != Type::Raw && length != 0) return reply_error("einval");
            if (length > 64 * 1024 * 1024) return reply_error("enomem");
        }
        if (recv_op) return reply_error("ealready");
        std::string reply = begin_async(port, *this, &recv_op, nullptr, caller, timeout, length);
        pump(port, lock, *this);
        return reply;
    }
    case kTcpUnrecv:
        if (!stream) return reply_error("enotsup");
        in.insert(0, data);
        pump(port, lock, *this);
        return reply_ok();
    case kTcpShutdown: {
        if (!stream) return reply_error("enotsup");
        std::uint32_t how = r.u8();
        if (!r.ok || how > 2) return reply_error("einval");
        if (!connected) return reply_error("enotconn");
        if (::shutdown(fd, how == 0 ? SHUT_RD : how == 1 ? SHUT_WR : SHUT_RDWR) != 0) return reply_errno(errno);
        return reply_ok();
    }
    case kPeer:
    case kName: {
        if (op == kPeer && (!connected || closed)) return reply_error("enotconn");
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        int rc = op == kPeer ? ::getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len)
                             : ::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
        if (rc != 0) return reply_errno(errno);
        return reply_ok(encode_sockaddr(ss));
    }
    case kSetOpts: {
        bool pump_needed = false, passive_msg = false;
        if (int e = set_options(*this, data, pump_needed, passive_msg)) return reply_errno(e);
        if (passive_msg) send_passive(*port, *this);
        if (pump_needed) pump(port, lock, *this);
        return reply_ok();
    }
    case kGetOpts: {
        std::string o;
        if (int e = get_options(*this, data, o)) return reply_errno(e);
        return reply_ok(o);
    }
    case kGetStat: {
        bool ok;
        std::string o = get_stats(*this, data, ok);
        return ok ? reply_ok(o) : reply_error("einval");
    }
    case kGetStatus: {
        std::uint32_t f = 0;
        if (fd >= 0 && !(closed && opts.exit_on_close)) f |= kFOpen;
        if (bound) f |= kFBound;
        if (connected && !closed) f |= kFActive;
        if (listening) f |= kFListen;
        if (connecting) f |= kFCon;
        if (!accepts.empty()) f |= kFAcc;
        std::string o;
        put32(o, f);
        return reply_ok(o);
    }
    case kGetType: {
        std::string o;
        put32(o, family == AF_INET6 ? kAfInet6 : kAfInet);
        put32(o, stream ? 1 : 2);
        return reply_ok(o);
    }
    case kGetFd: {
        std::string o;
        put32(o, static_cast<std::uint32_t>(fd));
        return reply_ok(o);
    }
    case kGetHostName: {
        char name[256] = {};
        if (::gethostname(name, sizeof name - 1) != 0) return reply_errno(errno);
        return reply_ok(name);
    }
    case kSubscribe: {
        std::string o;
        for (char c : data) {
            if (c != 1) return reply_error("einval");
            o.push_back(1);
            put32(o, static_cast<std::uint32_t>(out_bytes));
            if (out_bytes > 0) empty_out_q_subscribers.push_back(caller);
        }
        return reply_ok(o);
    }
    case kGetServByName: {
        // [L1, Name, L2, Proto] -> [P1, P0]; a service the system does not know is einval, as in erl.
        std::string name(r.bytes(r.u8())), proto(r.bytes(r.u8()));
        if (!r.ok) return reply_error("einval");
        servent se{}, *res = nullptr;
        char buf[4096];
        if (::getservbyname_r(name.c_str(), proto.c_str(), &se, buf, sizeof buf, &res) != 0 || !res)
            return reply_error("einval");
        std::string o;
        put16(o, ntohs(static_cast<std::uint16_t>(res->s_port)));
        return reply_ok(o);
    }
    case kGetServByPort: {
        // [P1, P0, L, Proto] -> Name.
        std::uint32_t number = r.u16();
        std::string proto(r.bytes(r.u8()));
        if (!r.ok) return reply_error("einval");
        servent se{}, *res = nullptr;
        char buf[4096];
        if (::getservbyport_r(htons(static_cast<std::uint16_t>(number)), proto.c_str(), &se, buf, sizeof buf, &res) != 0 ||
            !res)
            return reply_error("einval");
        return reply_ok(res->s_name);
    }
    case kGetIfAddrs:
    case kGetIfList: {
        bool ok;
        std::string o = op == kGetIfAddrs ? if_addrs(ok) : if_list(ok);
        return ok ? reply_ok(o) : reply_errno(errno);
    }
    case kIfGet: return reply_ok(if_get(fd, r));
    case kIgnoreFd: return reply_ok();
    case kGetIx: return reply_error("einval");
    default: return reply_error("enotsup");
    }
}

}  // namespace inet

std::unique_ptr<PortDriver> make_inet_driver(std::string_view name) {
    if (name == "tcp_inet") return std::make_unique<inet::InetSocket>(true);
    if (name == "udp_inet") return std::make_unique<inet::InetSocket>(false);
    return nullptr;
}

}  // namespace ember::scheduler
