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
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <tuple>

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

// ---- addresses ----

// An address as inet_drv's inet_set_faddress reads it: [inet, P1, P0, IP:4], [inet6, P1, P0,
// IP:16 (, Flow:32, Scope:32)], [any | loopback, P1, P0] in the socket's family, or [local, N, Path].
// nullptr, or the error atom inet_drv answers (einval for short data, eafnosupport for a tag).
const char* read_addr(Reader& r, int sock_family, sockaddr_storage& ss, socklen_t& len) {
    std::memset(&ss, 0, sizeof ss);
    if (r.left() < 1) return "einval";
    std::uint32_t tag = r.u8();
    switch (tag) {
    case kAfAny:
    case kAfLoopback: {
        if (r.left() < 2) return "einval";
        auto port = htons(static_cast<std::uint16_t>(r.u16()));
        if (sock_family == AF_INET) {
            auto* a = reinterpret_cast<sockaddr_in*>(&ss);
            a->sin_family = AF_INET;
            a->sin_port = port;
            a->sin_addr.s_addr = htonl(tag == kAfAny ? INADDR_ANY : INADDR_LOOPBACK);
            len = sizeof *a;
        } else if (sock_family == AF_INET6) {
            auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
            a->sin6_family = AF_INET6;
            a->sin6_port = port;
            a->sin6_addr = tag == kAfAny ? in6addr_any : in6addr_loopback;
            len = sizeof *a;
        } else {
            return "einval";
        }
        return nullptr;
    }
    case kAfInet: {
        if (r.left() < 6) return "einval";
        auto* a = reinterpret_cast<sockaddr_in*>(&ss);
        a->sin_family = AF_INET;
        a->sin_port = htons(static_cast<std::uint16_t>(r.u16()));
        std::memcpy(&a->sin_addr, r.bytes(4).data(), 4);
        len = sizeof *a;
        return nullptr;
    }
    case kAfInet6: {
        if (r.left() < 18) return "einval";
        auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(static_cast<std::uint16_t>(r.u16()));
        std::memcpy(&a->sin6_addr, r.bytes(16).data(), 16);
        a->sin6_flowinfo = htonl(r.u32());  // zeros when left out (inet_drv reads them anyway)
        a->sin6_scope_id = r.u32();
        r.ok = true;  // the two are optional: a short read here is no error
        len = sizeof *a;
        return nullptr;
    }
    case kAfLocal: {
        if (r.left() < 1) return "einval";
        std::size_t n = static_cast<unsigned char>(r.d[r.pos]);
        if (r.left() < 1 + n) return "einval";
        bool abstract = r.left() > 1 && r.d[r.pos + 1] == '\0';  // Linux's abstract names need no NUL
        auto* a = reinterpret_cast<sockaddr_un*>(&ss);
        if (n + (abstract ? 0 : 1) > sizeof a->sun_path) return "einval";
        r.u8();
        a->sun_family = AF_UNIX;
        std::memcpy(a->sun_path, r.bytes(n).data(), n);
        len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + n);
        return nullptr;
    }
    default: return "eafnosupport";
    }
}

// [F, P1, P0 | IP] (or [local, N | Path]) for a socket address; nullopt for other families.
std::optional<std::string> encode_sockaddr(const sockaddr_storage& ss, socklen_t len) {
    std::string o;
    if (ss.ss_family == AF_INET6) {
        const auto* a = reinterpret_cast<const sockaddr_in6*>(&ss);
        o.push_back(static_cast<char>(kAfInet6));
        put16(o, ntohs(a->sin6_port));
        o.append(reinterpret_cast<const char*>(&a->sin6_addr), 16);
    } else if (ss.ss_family == AF_INET) {
        const auto* a = reinterpret_cast<const sockaddr_in*>(&ss);
        o.push_back(static_cast<char>(kAfInet));
        put16(o, ntohs(a->sin_port));
        o.append(reinterpret_cast<const char*>(&a->sin_addr), 4);
    } else if (ss.ss_family == AF_UNIX && len >= offsetof(sockaddr_un, sun_path)) {
        const auto* a = reinterpret_cast<const sockaddr_un*>(&ss);
        std::size_t n = std::min<std::size_t>(len - offsetof(sockaddr_un, sun_path), 255);
        std::size_t m = strnlen(a->sun_path, n);
        if (m == 0) m = n;  // an abstract name
        o.push_back(static_cast<char>(kAfLocal));
        o.push_back(static_cast<char>(m));
        o.append(a->sun_path, m);
    } else {
        return std::nullopt;
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

// The socket type an OPEN or FDOPEN request names: tcp_inet takes stream only, udp_inet stream,
// dgram or seqpacket (opened with the udp protocol, which the kernel refuses for all but dgram).
int socket_type(const InetSocket& s, std::uint32_t type) {
    if (type == 1) return SOCK_STREAM;
    if (s.stream) return -1;
    return type == 2 ? SOCK_DGRAM : type == 3 ? SOCK_SEQPACKET : -1;
}

// INET_REQ_OPEN: [Family, Type], checked in inet_drv's order (length, family, type, state).
std::string open_socket(InetSocket& s, std::string_view data) {
    if (data.size() != 2) return reply_error("einval");
    auto af = static_cast<std::uint8_t>(data[0]);
    if (af != kAfInet && af != kAfInet6 && af != kAfLocal) return reply_error("eafnosupport");
    int type = socket_type(s, static_cast<std::uint8_t>(data[1]));
    if (type < 0) return reply_error("einval");
    if (s.fd >= 0) return reply_error("exbadseq");
    if (af == kAfLocal) return reply_error("einval");  // local sockets: not supported (docs/sockets.md)
    int family = af == kAfInet ? AF_INET : AF_INET6;
    int fd = ::socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, s.stream ? IPPROTO_TCP : IPPROTO_UDP);
    if (fd < 0) return reply_errno(errno);
    s.fd = fd;
    s.family = family;
    s.sock_type = type;
    attach_descriptor(s);
    return reply_ok();
}

// INET_REQ_FDOPEN: [Family, Type, Fd:32 (, Bound:32)] (gen_tcp/gen_udp {fd, N}).
std::string adopt_fd(InetSocket& s, std::string_view data) {
    if (data.size() != 6 && data.size() != 10) return reply_error("einval");
    Reader r{data};
    std::uint32_t af = r.u8();
    int type = socket_type(s, r.u8());
    int fd = r.i32();
    bool bound = data.size() == 6 || r.u32() != 0;
    if (af != kAfInet && af != kAfInet6 && af != kAfLocal) return reply_error("eafnosupport");
    if (type < 0) return reply_error("einval");
    if (af == kAfLocal) return reply_error("einval");
    int family = af == kAfInet ? AF_INET : AF_INET6;
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (bound) {
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return reply_errno(errno);
        if (ss.ss_family != family) return reply_error("einval");
    }
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0) return reply_errno(errno);
    s.fd = fd;
    s.family = family;
    s.sock_type = type;
    s.bound = bound;
    len = sizeof ss;
    if (type == SOCK_STREAM && ::getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0) s.connected = true;
    attach_descriptor(s);
    return reply_ok();
}

// ---- interfaces (inet:getifaddrs/0, getiflist/0, ifget/2) ----

// INET_IFF_* flags from the kernel's IFF_* as inet_drv's IFGET_FLAGS (running: taken from up).
std::uint32_t iff_flags(unsigned f) {
    std::uint32_t o = 0;
    if (f & IFF_UP) o |= 0x1;
    if (f & IFF_BROADCAST) o |= 0x2;
    if (f & IFF_LOOPBACK) o |= 0x4;
    if (f & IFF_POINTOPOINT) o |= 0x8;
    if (f & IFF_UP) o |= 0x10;
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

// INET_REQ_IFGET: [N, Name:N, Opt...] -> [Opt, Value]... by ioctl on the socket, as inet_drv's
// inet_ctl_ifget: a name longer than the data, or an option code it does not know, is einval; what
// the interface lacks is left out (flags read as 0). A name that takes all the data is einval too
// (inet_drv then reads past its buffer).
std::string if_get(int fd, std::string_view data) {
    if (data.empty() || static_cast<unsigned char>(data[0]) >= data.size()) return reply_error("einval");
    std::size_t n = static_cast<unsigned char>(data[0]);
    ifreq base{};
    std::memcpy(base.ifr_name, data.data() + 1, std::min<std::size_t>(n, IFNAMSIZ - 1));
    std::string o;
    for (char c : data.substr(1 + n)) {
        auto opt = static_cast<std::uint8_t>(c);
        ifreq req = base;
        switch (opt) {
        case 1: case 2: case 3: case 5: {
            unsigned long code = opt == 1 ? SIOCGIFADDR : opt == 2 ? SIOCGIFBRDADDR : opt == 3 ? SIOCGIFDSTADDR : SIOCGIFNETMASK;
            if (::ioctl(fd, code, &req) != 0) break;
            o.push_back(static_cast<char>(opt));
            const sockaddr* sa = &req.ifr_addr;
            if (sa->sa_family == AF_INET || sa->sa_family == 0) {
                o.push_back(static_cast<char>(kAfInet));
                o.append(reinterpret_cast<const char*>(&reinterpret_cast<const sockaddr_in*>(sa)->sin_addr), 4);
            } else {
                put_sockaddr(o, sa);
            }
            break;
        }
        case 4:
            if (::ioctl(fd, SIOCGIFMTU, &req) != 0) break;
            o.push_back(4);
            put32(o, static_cast<std::uint32_t>(req.ifr_mtu));
            break;
        case 6:
            o.push_back(6);
            put32(o, ::ioctl(fd, SIOCGIFFLAGS, &req) != 0 ? 0 : iff_flags(static_cast<unsigned short>(req.ifr_flags)));
            break;
        case 7:
            if (::ioctl(fd, SIOCGIFHWADDR, &req) != 0) break;
            o.push_back(7);
            put16(o, 6);
            o.append(req.ifr_hwaddr.sa_data, 6);
            break;
        default: return reply_error("einval");
        }
    }
    return reply_ok(o);
}

// INET_REQ_IFSET: [N, Name:N, (Opt, Value)...], checked as inet_drv's inet_ctl_ifset (einval for a
// name longer than the data, an unknown option or a value cut short); Ember does not change
// interfaces, so a well-formed request is enotsup.
std::string if_set(std::string_view data) {
    if (data.empty() || static_cast<unsigned char>(data[0]) > data.size()) return reply_error("einval");
    Reader r{data.substr(std::min(data.size(), 1 + static_cast<std::size_t>(static_cast<unsigned char>(data[0]))))};
    auto address = [&r] {  // [Family, IP]
        std::uint32_t f = r.u8();
        std::size_t n = f == kAfInet ? 4 : f == kAfInet6 ? 16 : 0;
        return n > 0 && r.left() >= n && r.bytes(n).size() == n;
    };
    while (r.left() > 0) {
        switch (r.u8()) {
        case 1: case 2: case 3: case 5:
            if (!address()) return reply_error("einval");
            break;
        case 7: {  // [Len:16, HwAddr]
            if (r.left() < 2) return reply_error("einval");
            std::size_t n = r.u16();
            if (r.left() < n) return reply_error("einval");
            r.bytes(n);
            break;
        }
        case 4: case 6:
            if (r.left() < 4) return reply_error("einval");
            r.u32();
            break;
        default: return reply_error("einval");
        }
    }
    return reply_error("enotsup");
}

}  // namespace

void inherit_options(const InetSocket& listener, InetSocket& accepted) {
    accepted.opts = listener.opts;
    // The active mode is not copied: prim_inet:accept sets it from the listener's afterwards.
    accepted.opts.active = kPassive;
    accepted.opts.active_count = 0;
    accepted.family = listener.family;
    accepted.sock_type = SOCK_STREAM;
    accepted.http_headers = listener.opts.packet == Type::HttpH || listener.opts.packet == Type::HttpHBin;
}

namespace {

// The requests both drivers answer alike (inet_drv's inet_ctl), each checking what inet_drv checks in
// its order: the data's length and the socket's state decide between einval, exbadport and enotconn.
// nullopt makes port_control raise badarg (inet_drv returns a negative length for an unknown
// getstat or subscribe code).
std::optional<std::string> common_control(const PortPtr& port, InetSocket& s, vm::Term caller, std::uint32_t op,
                                          std::string_view data) {
    const bool open = s.fd >= 0;
    Reader r{data};
    switch (op) {
    case kGetStat: {
        bool ok;
        std::string o = get_stats(s, data, ok);
        if (!ok) return std::nullopt;
        return reply_ok(o);
    }
    case kSubscribe: {
        std::string o;
        for (char c : data) {
            if (c != 1) return std::nullopt;  // INET_SUBS_EMPTY_OUT_Q is the only one
            o.push_back(1);
            put32(o, static_cast<std::uint32_t>(s.out_bytes));
            if (s.out_bytes > 0) s.empty_out_q_subscribers.push_back(caller);
        }
        return reply_ok(o);
    }
    case kGetOpts: {
        std::string o;
        if (!get_options(s, data, o)) return reply_error("einval");
        return reply_ok(o);
    }
    case kGetIfList:
    case kGetIfAddrs: {
        if (!open) return reply_error("exbadport");
        bool ok;
        std::string o = op == kGetIfAddrs ? if_addrs(ok) : if_list(ok);
        return ok ? reply_ok(o) : reply_errno(errno);
    }
    case kIfGet:
        if (!open) return reply_error("exbadport");
        return if_get(s.fd, data);
    case kIfSet:
        if (!open) return reply_error("exbadport");
        return if_set(data);
    case kGetStatus: {
        std::uint32_t f = 0;
        if (open && !(s.closed && s.opts.exit_on_close())) f |= kFOpen;
        if (s.bound) f |= kFBound;
        if (s.connected && !s.closed) f |= kFActive;
        if (s.listening) f |= kFListen;
        if (s.connecting) f |= kFCon;
        if (!s.accepts.empty()) f |= kFAcc;
        std::string o;
        put32(o, f);
        return reply_ok(o);
    }
    case kGetType: {
        if (s.family != AF_INET && s.family != AF_INET6) return reply_error("einval");
        if (s.sock_type != SOCK_STREAM && s.sock_type != SOCK_DGRAM) return reply_error("einval");
        std::string o;
        put32(o, s.family == AF_INET6 ? kAfInet6 : kAfInet);
        put32(o, s.sock_type == SOCK_STREAM ? 1 : 2);
        return reply_ok(o);
    }
    case kGetFd: {
        if (!open) return reply_error("einval");
        std::string o;
        put32(o, static_cast<std::uint32_t>(s.fd));
        return reply_ok(o);
    }
    case kGetHostName: {
        if (!data.empty()) return reply_error("einval");
        char name[256] = {};
        if (::gethostname(name, sizeof name - 1) != 0) return reply_errno(errno);
        return reply_ok(name);
    }
    case kGetLAddrs:
    case kGetPAddrs: {
        if (data.size() != 4) return reply_error("einval");
        if (!open) return reply_error("exbadport");
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        int rc = op == kGetLAddrs ? ::getsockname(s.fd, reinterpret_cast<sockaddr*>(&ss), &len)
                                  : ::getpeername(s.fd, reinterpret_cast<sockaddr*>(&ss), &len);
        if (rc != 0) return reply_errno(errno);
        return reply_ok(encode_sockaddr(ss, len).value_or(std::string{}));
    }
    case kPeer:
    case kName: {
        if (op == kPeer && (!s.connected || s.closed)) return reply_error("enotconn");
        const auto& fake = op == kPeer ? s.fake_peer : s.fake_name;
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        if (fake) {
            std::tie(ss, len) = *fake;
        } else {
            int rc = op == kPeer ? ::getpeername(s.fd, reinterpret_cast<sockaddr*>(&ss), &len)
                                 : ::getsockname(s.fd, reinterpret_cast<sockaddr*>(&ss), &len);
            if (rc != 0) return reply_errno(errno);
        }
        std::optional<std::string> o = encode_sockaddr(ss, len);
        return o ? reply_ok(*o) : reply_error("einval");
    }
    case kSetPeer:
    case kSetName: {
        auto& fake = op == kSetPeer ? s.fake_peer : s.fake_name;
        if (data.empty()) {
            fake.reset();
            return reply_ok();
        }
        if (data.size() < 2) return reply_error("einval");
        sockaddr_storage ss;
        socklen_t len;
        if (const char* e = read_addr(r, s.family, ss, len)) return reply_error(e);
        fake = std::make_pair(ss, len);
        return reply_ok();
    }
    case kBind: {
        if (data.size() < 2) return reply_error("einval");
        if (!open || s.bound || s.listening || s.connected || s.connecting) return reply_error("exbadport");
        sockaddr_storage ss;
        socklen_t len;
        if (const char* e = read_addr(r, s.family, ss, len)) return reply_error(e);
        if (::bind(s.fd, reinterpret_cast<sockaddr*>(&ss), len) != 0) return reply_errno(errno);
        s.bound = true;
        sockaddr_storage got{};
        socklen_t glen = sizeof got;
        ::getsockname(s.fd, reinterpret_cast<sockaddr*>(&got), &glen);
        std::string o;
        put16(o, ntohs(got.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&got)->sin6_port
                                                 : reinterpret_cast<sockaddr_in*>(&got)->sin_port));
        return reply_ok(o);
    }
    case kIgnoreFd:
        if (!s.connected || s.closed) return reply_error("enotconn");
        if (!s.stream) return reply_error("einval");
        if (data.empty() || (data[0] != 0 && data[0] != 1)) return reply_error("einval");
        return reply_ok();  // Ember never hands the descriptor to another driver: nothing to ignore
    case kGetServByName: {
        // [L1, Name, L2, Proto] -> [P1, P0]; a service the system does not know is einval, as in erl.
        if (data.size() < 2) return reply_error("einval");
        std::size_t n = r.u8();
        if (n >= r.left()) return reply_error("einval");  // the name and the next length byte
        std::string name(r.bytes(n));
        std::size_t m = r.u8();
        if (m > r.left()) return reply_error("einval");
        std::string proto(r.bytes(m));
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
        if (data.size() < 3) return reply_error("einval");
        std::uint32_t number = r.u16();
        std::size_t m = r.u8();
        if (m > r.left()) return reply_error("einval");
        std::string proto(r.bytes(m));
        servent se{}, *res = nullptr;
        char buf[4096];
        if (::getservbyport_r(htons(static_cast<std::uint16_t>(number)), proto.c_str(), &se, buf, sizeof buf, &res) != 0 ||
            !res)
            return reply_error("einval");
        return reply_ok(res->s_name);
    }
    default: return reply_error("exbadport");  // inet_drv's answer to a request it does not know
    }
}

// tcp_inet's own requests (inet_drv's tcp_inet_ctl); the rest go to common_control.
std::optional<std::string> tcp_control(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s,
                                       vm::Term caller, std::uint32_t op, std::string_view data) {
    const bool open = s.fd >= 0;
    Reader r{data};
    switch (op) {
    case kListen:
        if (!open) return reply_error("exbadport");
        if (data.size() != 2) return reply_error("einval");
        if (::listen(s.fd, static_cast<std::int16_t>(r.u16())) != 0) return reply_errno(errno);
        s.listening = true;
        return reply_ok();
    case kConnect: {
        // [Timeout:32, Address]
        if (!open) return reply_error("exbadport");
        if (s.connected) return reply_error("eisconn");
        if (s.connecting) return reply_error("einval");
        if (data.size() < 6) return reply_error("einval");
        std::int32_t timeout = r.i32();
        sockaddr_storage ss;
        socklen_t len;
        if (const char* e = read_addr(r, s.family, ss, len)) return reply_error(e);
        int err = ::connect(s.fd, reinterpret_cast<sockaddr*>(&ss), len) == 0 ? 0 : errno;
        if (err && err != EINPROGRESS) return reply_errno(err);
        s.connecting = true;
        s.bound = true;
        std::string reply = begin_async(port, s, &s.connect_op, nullptr, caller, timeout);
        if (!err) finish_connect(port, s, 0);
        else pump(port, lock, s);
        return reply;
    }
    case kAccept: {
        if (!s.listening || data.size() != 4) return reply_error("einval");
        std::string reply = begin_async(port, s, nullptr, &s.accepts, caller, r.i32());
        pump(port, lock, s);
        return reply;
    }
    case kTcpRecv: {
        // [Timeout:32, Length:32]
        if (!s.connected) return reply_error("enotconn");
        if (s.opts.active != kPassive || data.size() != 8) return reply_error("einval");
        std::int32_t timeout = r.i32();
        std::uint32_t length = r.u32();
        if (s.opts.htype != 0 && length != 0) return reply_error("einval");
        if (length > 64 * 1024 * 1024) return reply_error("enomem");
        if (s.recv_op) return reply_error("ealready");
        std::string reply = begin_async(port, s, &s.recv_op, nullptr, caller, timeout, length);
        pump(port, lock, s);
        return reply;
    }
    case kTcpUnrecv:
        if (!s.connected || s.closed) return reply_error("enotconn");
        s.in.insert(0, data);
        pump(port, lock, s);
        return reply_ok();
    case kTcpShutdown: {
        if (!s.connected || s.closed) return reply_error("enotconn");
        if (data.size() != 1) return reply_error("einval");
        if (::shutdown(s.fd, static_cast<signed char>(data[0])) != 0) return reply_errno(errno);  // the kernel checks how
        return reply_ok();
    }
    case kTcpSendfile:  // [Fd:32, Offset:64, Length:64]: checked as inet_drv does, then not supported
        if (data.size() != 20) return reply_error("einval");
        if (!s.connected || s.closed) return reply_error("enotconn");
        return reply_error("enotsup");
    default: return common_control(port, s, caller, op, data);
    }
}

// udp_inet's own requests (inet_drv's packet_inet_ctl); the rest go to common_control.
std::optional<std::string> udp_control(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s,
                                       vm::Term caller, std::uint32_t op, std::string_view data) {
    const bool open = s.fd >= 0;
    Reader r{data};
    switch (op) {
    case kConnect: {
        // [Timeout:32, Address], or nothing to dissolve the association.
        if (!open) return reply_error("exbadport");
        sockaddr_storage ss{};
        socklen_t len = sizeof(sockaddr);
        if (data.empty()) {
            ss.ss_family = AF_UNSPEC;
            ::connect(s.fd, reinterpret_cast<sockaddr*>(&ss), len);
            s.connected = false;
        } else {
            if (data.size() < 6) return reply_error("einval");
            r.u32();  // the timeout does not apply
            if (const char* e = read_addr(r, s.family, ss, len)) return reply_error(e);
            if (::connect(s.fd, reinterpret_cast<sockaddr*>(&ss), len) != 0) {
                int err = errno;
                sockaddr unspec{};
                unspec.sa_family = AF_UNSPEC;
                ::connect(s.fd, &unspec, sizeof unspec);
                s.connected = false;
                return reply_errno(err);
            }
            s.connected = true;
            s.bound = true;
        }
        bool now_connected = s.connected;
        std::string reply = begin_async(port, s, &s.connect_op, nullptr, caller, -1);
        finish_connect(port, s, 0);
        s.connected = now_connected;  // an empty address dissolves the association
        return reply;
    }
    case kPacketRecv: {
        // [Timeout:32, Length:32]; the length does not apply to datagrams.
        if (!open) return reply_error("exbadport");
        if (s.opts.active != kPassive || data.size() != 8) return reply_error("einval");
        if (s.recv_op) return reply_error("ealready");
        std::string reply = begin_async(port, s, &s.recv_op, nullptr, caller, r.i32());
        pump(port, lock, s);
        return reply;
    }
    default: return common_control(port, s, caller, op, data);
    }
}

}  // namespace

std::optional<std::string> InetSocket::control(const PortPtr& port, std::unique_lock<std::mutex>& lock,
                                               vm::Term caller, std::uint32_t op, std::string_view data) {
    // inet_drv subtracts prim_inet's magic number; anything else is a request it does not know.
    if (op < kControlMagic || op - kControlMagic > 255) return reply_error("exbadport");
    op -= kControlMagic;
    switch (op) {
    case kOpen: return open_socket(*this, data);
    case kFdOpen: return adopt_fd(*this, data);
    case kClose:
        close_socket(port, lock, *this);
        return reply_ok();
    case kSetOpts: {
        // Options before a refused one stay set, as in inet_drv, and {active, N} reaching 0 has sent
        // its passive message already.
        bool pump_needed = false, passive_msg = false;
        bool ok = set_options(*this, data, pump_needed, passive_msg);
        if (passive_msg) send_passive(*port, *this);
        if (!ok) return reply_error("einval");
        if (pump_needed && fd >= 0) pump(port, lock, *this);
        return reply_ok();
    }
    default:
        return stream ? tcp_control(port, lock, *this, caller, op, data) : udp_control(port, lock, *this, caller, op, data);
    }
}

}  // namespace inet

std::unique_ptr<PortDriver> make_inet_driver(std::string_view name) {
    if (name == "tcp_inet") return std::make_unique<inet::InetSocket>(true);
    if (name == "udp_inet") return std::make_unique<inet::InetSocket>(false);
    return nullptr;
}

}  // namespace ember::scheduler
