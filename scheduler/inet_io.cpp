// The I/O half of the inet drivers: reading, packet framing and delivery ({tcp, S, Data},
// {udp, S, IP, Port, Data}, {inet_async, S, Ref, Result}), writing with {inet_reply, S, Status},
// accept and connect completion, and operation timeouts (OTP inet_drv.c's behaviour as the kernel docs
// for gen_tcp, gen_udp and inet describe it; docs/sockets.md).
//
// Reads happen where they are wanted: a passive recv or an accept first tries the non-blocking call
// in the caller's thread, and only when nothing is there arms the descriptor on the I/O thread.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <future>

#include "bifs/packet_terms.hpp"
#include "scheduler/dist.hpp"
#include "scheduler/inet_socket.hpp"
#include "scheduler/io_poller.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"

namespace ember::scheduler::inet {

using namespace ember::vm;
using bifs::packet::Type;

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;
constexpr std::size_t kMaxReadPerWake = 1024 * 1024;

Term atom_of(const char* name) { return AtomTable::global().intern(name); }

InetSocket& sock(const PortPtr& port) { return static_cast<InetSocket&>(*port->driver); }

// Words a data term of n bytes needs at most (list: 2 per byte; binary: heap or refc).
Word data_words(const InetSocket& s, std::size_t n) {
    if (!s.opts.binary() || s.opts.deliver_port()) return 2 * n;
    return 2 * std::min<std::size_t>(s.opts.header, n) + 12 + (n <= 64 ? (n + 7) / 8 : 0);
}

// The user's data: a list, a binary, or with {header, H} in binary mode [B1, ..., BH | Binary].
// {deliver, port} delivers a list whatever the mode, as erl's driver does.
Term make_data(HeapAllocator& h, const InetSocket& s, std::string_view bytes) {
    if (!s.opts.binary() || s.opts.deliver_port()) {
        Term list = kNil;
        for (std::size_t i = bytes.size(); i-- > 0;) list = make_cons(h, make_small(static_cast<unsigned char>(bytes[i])), list);
        return list;
    }
    // With {header, H}, data of at most H bytes is a plain list (erl: [] for an empty packet).
    std::size_t hd = std::min<std::size_t>(s.opts.header, bytes.size());
    Term tail = s.opts.header > 0 && bytes.size() <= s.opts.header ? kNil : make_binary(h, bytes.substr(hd));
    for (std::size_t i = hd; i-- > 0;) tail = make_cons(h, make_small(static_cast<unsigned char>(bytes[i])), tail);
    return tail;
}

void send_to(const Port& port, Term to, Term msg, HeapFragment* f) {
    auto* sig = new Signal();
    sig->kind = SignalKind::Message;
    sig->from = port.id;
    sig->payload = msg;
    sig->fragment = f;
    send_signal(to, sig);
}

void cancel_timer(const PortPtr& port, std::uint64_t id) {
    IoPoller::global().post([port, id] { sock(port).timers.erase(id); });
}

// {inet_async, S, Ref, Result}: Result built by `build` into a fragment of `words` more words.
template <class Build>
void async_reply(const Port& port, const AsyncOp& op, Word words, Build build) {
    static const Term am_inet_async = atom_of("inet_async");
    HeapFragment* f = HeapFragment::create(words + 5);
    FragmentAllocator a(f);
    Term result = build(a);
    send_to(port, op.caller, make_tuple4(a, am_inet_async, port.id, make_small(op.ref), result), f);
}

Term ip_term(HeapAllocator& h, const sockaddr_storage& ss) {
    if (ss.ss_family == AF_INET6) {
        const auto* a = reinterpret_cast<const sockaddr_in6*>(&ss);
        Term* hp = h.alloc(9);
        hp[0] = make_header(8, Subtag::Tuple);
        for (int i = 0; i < 8; ++i)
            hp[1 + i] = make_small((a->sin6_addr.s6_addr[2 * i] << 8) | a->sin6_addr.s6_addr[2 * i + 1]);
        return make_boxed(hp);
    }
    const auto* a = reinterpret_cast<const sockaddr_in*>(&ss);
    const auto* b = reinterpret_cast<const std::uint8_t*>(&a->sin_addr);
    return make_tuple4(h, make_small(b[0]), make_small(b[1]), make_small(b[2]), make_small(b[3]));
}

std::uint16_t port_of(const sockaddr_storage& ss) {
    return ntohs(ss.ss_family == AF_INET6 ? reinterpret_cast<const sockaddr_in6*>(&ss)->sin6_port
                                          : reinterpret_cast<const sockaddr_in*>(&ss)->sin_port);
}

void finish_op_timer(const PortPtr& port, const AsyncOp& op) { cancel_timer(port, op.id); }

// After one delivered message in active mode: once -> passive; {active, N} counts down and at 0 the
// owner gets {tcp_passive, S} / {udp_passive, S}.
void count_active(const Port& port, InetSocket& s) {
    if (s.opts.active == kOnce) {
        s.opts.active = kPassive;
    } else if (s.opts.active == kMulti && --s.opts.active_count <= 0) {
        s.opts.active = kPassive;
        s.opts.active_count = 0;
        HeapFragment* f = HeapFragment::create(3);
        FragmentAllocator a(f);
        send_to(port, port.owner, make_tuple2(a, atom_of(s.stream ? "tcp_passive" : "udp_passive"), port.id), f);
    }
}

// Active-mode delivery of one tcp packet: {tcp, S, Data}, {http, S, Packet} or, with {deliver, port},
// {S, {data, Data}}.
void deliver_active(Port& port, InetSocket& s, std::string_view packet, bool http) {
    static const Term am_tcp = atom_of("tcp"), am_http = atom_of("http"), am_data = atom_of("data");
    bool bin_http = s.opts.packet == Type::HttpBin || s.opts.packet == Type::HttpHBin;
    Word words = 8 + (http ? 40 + 4 * packet.size() + 16 : data_words(s, packet.size()));
    HeapFragment* f = HeapFragment::create(words);
    FragmentAllocator a(f);
    Term payload = http ? bifs::http_term(a, bifs::packet::parse_http(packet, s.http_headers), bin_http)
                        : make_data(a, s, bifs::packet::packet_body(s.opts.packet, packet));
    Term msg = s.opts.deliver_port() ? make_tuple2(a, port.id, make_tuple2(a, am_data, payload))
                                   : make_tuple3(a, http ? am_http : am_tcp, port.id, payload);
    port.input += packet.size();
    send_to(port, port.owner, msg, f);
}

void reply_packet(Port& port, InetSocket& s, const AsyncOp& op, std::string_view packet, bool http) {
    bool bin_http = s.opts.packet == Type::HttpBin || s.opts.packet == Type::HttpHBin;
    Word words = 3 + (http ? 40 + 4 * packet.size() + 16 : data_words(s, packet.size()));
    port.input += packet.size();
    async_reply(port, op, words, [&](HeapAllocator& h) {
        Term payload = http ? bifs::http_term(h, bifs::packet::parse_http(packet, s.http_headers), bin_http)
                            : make_data(h, s, bifs::packet::packet_body(s.opts.packet, packet));
        return make_tuple2(h, am_ok, payload);
    });
}

// The length of the next whole packet in s.in: > 0 ready, 0 need more, -1 invalid.
std::int64_t next_packet(const InetSocket& s) {
    if (s.in.empty()) return 0;
    if (s.opts.packet == Type::Raw) return static_cast<std::int64_t>(s.in.size());
    bifs::packet::Limits lim;
    lim.max_packet = s.opts.packet_size;
    lim.line_length = s.opts.packet == Type::Line ? s.opts.buffer : 0;  // longer lines come in pieces
    lim.delimiter = s.opts.line_delimiter;
    std::int64_t n = bifs::packet::packet_length(s.opts.packet, s.in, lim, s.http_headers);
    if (n < 0) return -1;
    if (n == 0 || static_cast<std::uint64_t>(n) > s.in.size()) return 0;
    return n;
}

void reply_all_closed(const Port& port, InetSocket& s) {
    if (s.recv_op) async_reply_error(port, *s.recv_op, "closed");
    if (s.connect_op) async_reply_error(port, *s.connect_op, "closed");
    for (const AsyncOp& op : s.accepts) async_reply_error(port, op, "closed");
    s.recv_op.reset();
    s.connect_op.reset();
    s.accepts.clear();
}

// The peer closed the connection (err == 0) or it failed (err: errno). Active: {tcp_closed, S} (after
// {tcp_error, S, econnreset} with show_econnreset) and, with exit_on_close, the port ends. Passive:
// the pending recv gets {error, closed}; the next send says closed once, then enotconn.
void connection_ended(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s, int err) {
    // A reset shows only with show_econnreset; a bad packet (EMSGSIZE) or another error always does.
    bool reset = (err == ECONNRESET && s.opts.show_econnreset) || (err && err != ECONNRESET && err != EPIPE);
    std::string reason = reset ? errno_name(err) : "closed";
    if (s.opts.exit_on_close()) {
        s.closed = true;
        s.connected = false;
        s.delayed_close_send = true;
    } else {
        s.read_closed = true;
    }
    if (s.opts.active == kPassive) {
        if (s.recv_op) {
            AsyncOp op = *s.recv_op;
            s.recv_op.reset();
            finish_op_timer(port, op);
            async_reply_error(*port, op, reason);
        }
        s.in.clear();
        return;
    }
    s.in.clear();
    if (reset) {
        HeapFragment* f = HeapFragment::create(4);
        FragmentAllocator a(f);
        send_to(*port, port->owner, make_tuple3(a, atom_of("tcp_error"), port->id, atom_of(reason.c_str())), f);
    }
    HeapFragment* f = HeapFragment::create(3);
    FragmentAllocator a(f);
    send_to(*port, port->owner, make_tuple2(a, atom_of("tcp_closed"), port->id), f);
    if (s.opts.exit_on_close()) terminate_port(port, lock, am_normal);
}

// Hands buffered tcp input to the owner (active) or to the pending recv (passive). A packet that is
// invalid or over packet_size ends the connection as an error (erl: {error, emsgsize} to the recv,
// or {tcp_error, S, emsgsize} and {tcp_closed, S}). False when the connection ended.
bool deliver_tcp(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s) {
    bool http = bifs::packet::is_http(s.opts.packet);
    while (!s.in.empty()) {
        if (s.opts.active == kPassive) {
            if (!s.recv_op) return true;
            AsyncOp op = *s.recv_op;
            std::size_t n;
            if (s.opts.packet == Type::Raw && op.length > 0) {
                if (s.in.size() < op.length) return true;
                n = op.length;
            } else {
                std::int64_t len = next_packet(s);
                if (len == 0) return true;
                if (len < 0) {
                    connection_ended(port, lock, s, EMSGSIZE);
                    return false;
                }
                n = static_cast<std::size_t>(len);
            }
            s.recv_op.reset();
            finish_op_timer(port, op);
            std::string packet = s.in.substr(0, n);
            s.in.erase(0, n);
            reply_packet(*port, s, op, packet, http);
            return true;
        }
        std::int64_t len = next_packet(s);
        if (len == 0) return true;
        if (len < 0) {
            connection_ended(port, lock, s, EMSGSIZE);
            return false;
        }
        std::string packet = s.in.substr(0, static_cast<std::size_t>(len));
        s.in.erase(0, static_cast<std::size_t>(len));
        if (port->dist_controller) {
            // A distribution connection: the packet (without its length header) is the VM's.
            port->input += packet.size();
            dist::port_input(port->id, std::string(bifs::packet::packet_body(s.opts.packet, packet)));
            continue;
        }
        deliver_active(*port, s, packet, http);
        count_active(*port, s);
    }
    return true;
}

// Reads what the kernel has for a tcp socket. Returns false when the connection ended (handled).
bool read_tcp(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s) {
    char buf[kReadChunk];
    std::size_t total = 0;
    while (total < kMaxReadPerWake) {
        ssize_t n = ::recv(s.fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n > 0) {
            s.in.append(buf, static_cast<std::size_t>(n));
            s.stats.recv_oct += static_cast<std::uint64_t>(n);
            s.stats.recv_cnt++;
            s.stats.recv_max = std::max<std::uint32_t>(s.stats.recv_max, static_cast<std::uint32_t>(n));
            total += static_cast<std::size_t>(n);
            if (static_cast<std::size_t>(n) < sizeof buf) break;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        int err = n == 0 ? 0 : errno;
        if (!deliver_tcp(port, lock, s)) return false;  // what came before the end still goes out
        connection_ended(port, lock, s, err);
        return false;
    }
    return deliver_tcp(port, lock, s);
}

// Datagrams for a udp socket: up to read_packets per call.
void read_udp(const PortPtr& port, InetSocket& s) {
    static const Term am_udp = atom_of("udp");
    std::string buf;
    for (std::uint32_t i = 0; i < std::max<std::uint32_t>(s.opts.read_packets, 1); ++i) {
        if (s.opts.active == kPassive && !s.recv_op) return;
        buf.resize(s.opts.buffer);
        sockaddr_storage from{};
        socklen_t flen = sizeof from;
        ssize_t n = ::recvfrom(s.fd, buf.data(), buf.size(), MSG_DONTWAIT, reinterpret_cast<sockaddr*>(&from), &flen);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) return;
            std::string reason = errno_name(errno);
            if (s.recv_op) {
                AsyncOp op = *s.recv_op;
                s.recv_op.reset();
                finish_op_timer(port, op);
                async_reply_error(*port, op, reason);
            } else {
                HeapFragment* f = HeapFragment::create(4);
                FragmentAllocator a(f);
                send_to(*port, port->owner, make_tuple3(a, atom_of("udp_error"), port->id, atom_of(reason.c_str())), f);
            }
            return;
        }
        std::string_view data(buf.data(), static_cast<std::size_t>(n));
        s.stats.recv_oct += static_cast<std::uint64_t>(n);
        s.stats.recv_cnt++;
        s.stats.recv_max = std::max<std::uint32_t>(s.stats.recv_max, static_cast<std::uint32_t>(n));
        port->input += data.size();
        if (s.recv_op) {
            // {ok, [F, P1, P0 | IP bytes ++ Data]}: prim_inet:recvfrom0 takes the address apart.
            AsyncOp op = *s.recv_op;
            s.recv_op.reset();
            finish_op_timer(port, op);
            std::size_t ip_len = from.ss_family == AF_INET6 ? 16 : 4;
            async_reply(*port, op, 3 + 2 * (3 + ip_len) + data_words(s, data.size()), [&](HeapAllocator& h) {
                Term tail = make_data(h, s, data);
                const auto* ip = from.ss_family == AF_INET6
                                     ? reinterpret_cast<const std::uint8_t*>(&reinterpret_cast<sockaddr_in6*>(&from)->sin6_addr)
                                     : reinterpret_cast<const std::uint8_t*>(&reinterpret_cast<sockaddr_in*>(&from)->sin_addr);
                for (std::size_t k = ip_len; k-- > 0;) tail = make_cons(h, make_small(ip[k]), tail);
                std::uint16_t p = port_of(from);
                tail = make_cons(h, make_small(p & 0xFF), tail);
                tail = make_cons(h, make_small(p >> 8), tail);
                tail = make_cons(h, make_small(from.ss_family == AF_INET6 ? kAfInet6 : kAfInet), tail);
                return make_tuple2(h, am_ok, tail);
            });
            return;
        }
        HeapFragment* f = HeapFragment::create(6 + 9 + 3 + 2 * (19 + data.size()) + data_words(s, data.size() + 19));
        FragmentAllocator a(f);
        Term msg;
        if (s.opts.deliver_port()) {
            // {S, {data, [F, P1, P0 | IP] ++ Data}}: the address bytes and the datagram as one binary
            // (or list), as erl's driver_output of the packet with its address header.
            std::string whole;
            std::uint16_t p = port_of(from);
            whole.push_back(static_cast<char>(from.ss_family == AF_INET6 ? kAfInet6 : kAfInet));
            whole.push_back(static_cast<char>(p >> 8));
            whole.push_back(static_cast<char>(p & 0xFF));
            if (from.ss_family == AF_INET6)
                whole.append(reinterpret_cast<const char*>(&reinterpret_cast<sockaddr_in6*>(&from)->sin6_addr), 16);
            else
                whole.append(reinterpret_cast<const char*>(&reinterpret_cast<sockaddr_in*>(&from)->sin_addr), 4);
            whole.append(data);
            Term bytes = s.opts.binary() ? make_binary(a, whole) : make_data(a, s, whole);
            msg = make_tuple2(a, port->id, make_tuple2(a, atom_of("data"), bytes));
        } else {
            msg = make_tuple5(a, am_udp, port->id, ip_term(a, from), make_small(port_of(from)), make_data(a, s, data));
        }
        send_to(*port, port->owner, msg, f);
        count_active(*port, s);
    }
}

// Accepts queued connections for pending accepts: each becomes a new tcp_inet port owned by (and
// linked to) the process that asked, answered with {inet_async, L, Ref, {ok, S}}.
void accept_pending(const PortPtr& port, InetSocket& s) {
    while (!s.accepts.empty()) {
        int nfd = ::accept4(s.fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (nfd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) return;
            AsyncOp op = s.accepts.front();
            s.accepts.pop_front();
            finish_op_timer(port, op);
            async_reply_error(*port, op, errno_name(errno));
            continue;
        }
        AsyncOp op = s.accepts.front();
        s.accepts.pop_front();
        finish_op_timer(port, op);
        auto accepted = std::make_unique<InetSocket>(true);
        accepted->fd = nfd;
        accepted->bound = accepted->connected = true;
        inherit_options(s, *accepted);
        attach_descriptor(*accepted);
        Term id = open_port_with_driver(op.caller, "tcp_inet", std::move(accepted));
        send_signal(op.caller, make_signal(SignalKind::Link, id));
        async_reply(*port, op, 3, [&](HeapAllocator& h) { return make_tuple2(h, am_ok, id); });
    }
}

// Writes queued output; false if the connection failed (handled).
bool flush_output(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s) {
    while (!s.out.empty()) {
        std::string& front = s.out.front();
        ssize_t n = ::send(s.fd, front.data(), front.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) return true;
            int err = errno;
            s.out.clear();
            s.out_bytes = 0;
            if (s.opts.active != kPassive) {
                connection_ended(port, lock, s, err);
                return false;
            }
            s.closed = true;
            s.connected = false;
            s.delayed_close_send = true;
            return false;
        }
        s.out_bytes -= static_cast<std::size_t>(n);
        if (static_cast<std::size_t>(n) == front.size()) s.out.pop_front();
        else front.erase(0, static_cast<std::size_t>(n));
    }
    for (Term who : s.empty_out_q_subscribers) {
        HeapFragment* f = HeapFragment::create(3);
        FragmentAllocator a(f);
        send_to(*port, who, make_tuple2(a, atom_of("empty_out_q"), port->id), f);
    }
    s.empty_out_q_subscribers.clear();
    return true;
}

void on_readable(const PortPtr& port);
void on_writable(const PortPtr& port);

// Arms the descriptor for what the socket waits on.
void arm(const PortPtr& port, InetSocket& s) {
    bool want_read = s.fd >= 0 &&
                     ((s.listening && !s.accepts.empty()) ||
                      (s.stream && s.connected && !s.closed && !s.read_closed && (s.opts.active != kPassive || s.recv_op)) ||
                      (!s.stream && (s.opts.active != kPassive || s.recv_op)));
    bool want_write = s.fd >= 0 && (s.connecting || !s.out.empty());
    if (want_read && !s.read_armed) {
        s.read_armed = true;
        IoPoller::global().post([port] {
            auto& so = sock(port);
            if (!so.sd) return;
            so.sd->async_wait(asio::posix::stream_descriptor::wait_read, [port](const asio::error_code&) { on_readable(port); });
        });
    }
    if (want_write && !s.write_armed) {
        s.write_armed = true;
        IoPoller::global().post([port] {
            auto& so = sock(port);
            if (!so.sd) return;
            so.sd->async_wait(asio::posix::stream_descriptor::wait_write, [port](const asio::error_code&) { on_writable(port); });
        });
    }
}

void on_readable(const PortPtr& port) {
    std::unique_lock lock(port->mutex);
    InetSocket& s = sock(port);
    s.read_armed = false;
    if (!port->alive || s.fd < 0) return;
    if (s.listening) accept_pending(port, s);
    else if (s.stream) {
        if (!s.connected || s.closed || s.read_closed) return;
        if (!read_tcp(port, lock, s)) {
            if (!lock.owns_lock() || !port->alive) return;
        }
    } else read_udp(port, s);
    if (lock.owns_lock() && port->alive) arm(port, s);
}

void on_writable(const PortPtr& port) {
    std::unique_lock lock(port->mutex);
    InetSocket& s = sock(port);
    s.write_armed = false;
    if (!port->alive || s.fd < 0) return;
    if (s.connecting) {
        int err = 0;
        socklen_t len = sizeof err;
        ::getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        finish_connect(port, s, err);
    }
    if (!s.out.empty() && !flush_output(port, lock, s)) return;
    if (lock.owns_lock() && port->alive) arm(port, s);
}

}  // namespace

InetSocket::~InetSocket() {
    if (!sd && fd >= 0) ::close(fd);
}

void attach_descriptor(InetSocket& s) {
    s.sd = std::make_unique<asio::posix::stream_descriptor>(IoPoller::global().context(), s.fd);
}

void async_reply_atom(const Port& port, const AsyncOp& op, Term result_atom) {
    async_reply(port, op, 0, [&](HeapAllocator&) { return result_atom; });
}

void async_reply_error(const Port& port, const AsyncOp& op, std::string_view reason) {
    Term r = atom_of(std::string(reason).c_str());
    async_reply(port, op, 3, [&](HeapAllocator& h) { return make_tuple2(h, am_error, r); });
}

void inet_reply(const Port& port, Term caller, std::string_view error_reason) {
    if (caller == kNil) return;
    static const Term am_inet_reply = atom_of("inet_reply");
    HeapFragment* f = HeapFragment::create(7);
    FragmentAllocator a(f);
    Term status = error_reason.empty() ? am_ok : make_tuple2(a, am_error, atom_of(std::string(error_reason).c_str()));
    send_to(port, caller, make_tuple3(a, am_inet_reply, port.id, status), f);
}

void send_passive(const Port& port, const InetSocket& s) {
    HeapFragment* f = HeapFragment::create(3);
    FragmentAllocator a(f);
    send_to(port, port.owner, make_tuple2(a, atom_of(s.stream ? "tcp_passive" : "udp_passive"), port.id), f);
}

std::string begin_async(const PortPtr& port, InetSocket& s, std::optional<AsyncOp>* slot, std::deque<AsyncOp>* queue,
                        Term caller, std::int32_t timeout_ms, std::uint32_t length) {
    AsyncOp op;
    op.caller = caller;
    op.ref = s.next_ref++;  // inet_drv numbers a port's operations from 0
    op.id = s.next_op_id++;
    op.length = length;
    if (slot) *slot = op;
    else queue->push_back(op);
    if (timeout_ms >= 0) {
        std::uint64_t id = op.id;
        IoPoller::global().post([port, id, timeout_ms] {
            auto timer = std::make_unique<asio::steady_timer>(IoPoller::global().context());
            timer->expires_after(std::chrono::milliseconds(timeout_ms));
            timer->async_wait([port, id](const asio::error_code& ec) {
                if (ec) return;
                std::unique_lock lock(port->mutex);
                InetSocket& s = sock(port);
                s.timers.erase(id);
                if (!port->alive) return;
                auto expire = [&](const AsyncOp& op) { async_reply_error(*port, op, "timeout"); };
                if (s.recv_op && s.recv_op->id == id) {
                    expire(*s.recv_op);
                    s.recv_op.reset();
                } else if (s.connect_op && s.connect_op->id == id) {
                    expire(*s.connect_op);
                    s.connect_op.reset();
                    s.connecting = false;
                } else {
                    for (auto it = s.accepts.begin(); it != s.accepts.end(); ++it)
                        if (it->id == id) {
                            expire(*it);
                            s.accepts.erase(it);
                            break;
                        }
                }
            });
            sock(port).timers[id] = std::move(timer);
        });
    }
    std::string r;
    r.push_back(static_cast<char>(op.ref >> 8));
    r.push_back(static_cast<char>(op.ref & 0xFF));
    return reply_ok(r);
}

void finish_connect(const PortPtr& port, InetSocket& s, int err) {
    s.connecting = false;
    if (!err) s.connected = true;
    if (!s.connect_op) return;
    AsyncOp op = *s.connect_op;
    s.connect_op.reset();
    finish_op_timer(port, op);
    if (err) async_reply_error(*port, op, errno_name(err));
    else async_reply_atom(*port, op, am_ok);
}

void pump(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s) {
    if (s.fd < 0) return;
    if (s.listening) {
        accept_pending(port, s);
    } else if (s.stream && s.connected && !s.closed) {
        if (!deliver_tcp(port, lock, s)) return;
        // A passive recv still waiting: try the kernel once here before involving the I/O thread.
        if (s.recv_op && !s.read_closed && !read_tcp(port, lock, s)) return;
    } else if (s.stream && s.recv_op && (s.closed || s.read_closed)) {
        AsyncOp op = *s.recv_op;
        s.recv_op.reset();
        finish_op_timer(port, op);
        async_reply_error(*port, op, "closed");
    } else if (!s.stream && s.recv_op) {
        read_udp(port, s);
    }
    if (lock.owns_lock() && port->alive) arm(port, s);
}

PortOp InetSocket::output(const PortPtr& port, std::unique_lock<std::mutex>& lock, Term caller, std::string data) {
    if (!stream) {
        // [Address, AncLen:32, Anc, Payload] from prim_inet:sendto/4.
        std::size_t pos = 0;
        auto byte = [&](std::size_t i) { return i < data.size() ? static_cast<unsigned char>(data[i]) : 0u; };
        if (data.size() < 3 || fd < 0) {
            inet_reply(*port, caller, "einval");
            return PortOp::Ok;
        }
        unsigned f = byte(0);
        std::uint16_t p = static_cast<std::uint16_t>((byte(1) << 8) | byte(2));
        sockaddr_storage ss{};
        socklen_t len = 0;
        bool use_connected = false;
        pos = 3;
        if (f == kAfInet && family == AF_INET) {
            auto* a = reinterpret_cast<sockaddr_in*>(&ss);
            a->sin_family = AF_INET;
            a->sin_port = htons(p);
            if (data.size() < pos + 4) return inet_reply(*port, caller, "einval"), PortOp::Ok;
            std::memcpy(&a->sin_addr, data.data() + pos, 4);
            pos += 4;
            len = sizeof *a;
        } else if (f == kAfInet6 && family == AF_INET6) {
            auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
            a->sin6_family = AF_INET6;
            a->sin6_port = htons(p);
            if (data.size() < pos + 24) return inet_reply(*port, caller, "einval"), PortOp::Ok;
            std::memcpy(&a->sin6_addr, data.data() + pos, 16);
            pos += 24;
            len = sizeof *a;
        } else if (f == kAfAny || f == kAfLoopback) {
            if (f == kAfAny && p == 0) {
                use_connected = true;
            } else if (family == AF_INET6) {
                auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
                a->sin6_family = AF_INET6;
                a->sin6_port = htons(p);
                a->sin6_addr = f == kAfAny ? in6addr_any : in6addr_loopback;
                len = sizeof *a;
            } else {
                auto* a = reinterpret_cast<sockaddr_in*>(&ss);
                a->sin_family = AF_INET;
                a->sin_port = htons(p);
                a->sin_addr.s_addr = htonl(f == kAfAny ? INADDR_ANY : INADDR_LOOPBACK);
                len = sizeof *a;
            }
        } else {
            inet_reply(*port, caller, "einval");
            return PortOp::Ok;
        }
        if (data.size() < pos + 4) return inet_reply(*port, caller, "einval"), PortOp::Ok;
        std::size_t anc = (byte(pos) << 24) | (byte(pos + 1) << 16) | (byte(pos + 2) << 8) | byte(pos + 3);
        pos += 4;
        if (data.size() < pos + anc) return inet_reply(*port, caller, "einval"), PortOp::Ok;
        pos += anc;  // ancillary data (tos/ttl per datagram) is not applied
        std::string_view payload(data.data() + pos, data.size() - pos);
        ssize_t n = use_connected ? ::send(fd, payload.data(), payload.size(), MSG_DONTWAIT | MSG_NOSIGNAL)
                                  : ::sendto(fd, payload.data(), payload.size(), MSG_DONTWAIT | MSG_NOSIGNAL,
                                             reinterpret_cast<sockaddr*>(&ss), len);
        if (n < 0) {
            inet_reply(*port, caller, errno_name(errno == EDESTADDRREQ ? EINVAL : errno));
            return PortOp::Ok;
        }
        bound = true;
        stats.send_cnt++;
        stats.send_oct += payload.size();
        stats.send_max = std::max<std::uint32_t>(stats.send_max, static_cast<std::uint32_t>(payload.size()));
        inet_reply(*port, caller, {});
        return PortOp::Ok;
    }
    if (!connected || closed) {
        if (delayed_close_send) {
            delayed_close_send = false;
            inet_reply(*port, caller, "closed");
        } else {
            inet_reply(*port, caller, "enotconn");
        }
        return PortOp::Ok;
    }
    std::size_t raw = data.size();
    if (opts.packet == Type::Length1 || opts.packet == Type::Length2 || opts.packet == Type::Length4) {
        // erl 25 sends a packet too long for its header with the length cut to the header's bytes.
        unsigned hn = opts.packet == Type::Length1 ? 1 : opts.packet == Type::Length2 ? 2 : 4;
        std::string header(hn, '\0');
        for (unsigned i = 0; i < hn; ++i) header[hn - 1 - i] = static_cast<char>((raw >> (8 * i)) & 0xFF);
        data.insert(0, header);
    }
    stats.send_cnt++;  // the counts include the packet header, as erl's
    stats.send_oct += data.size();
    stats.send_max = std::max<std::uint32_t>(stats.send_max, static_cast<std::uint32_t>(data.size()));
    out_bytes += data.size();
    out.push_back(std::move(data));
    if (out.size() == 1 && !flush_output(port, lock, *this)) {
        inet_reply(*port, caller, opts.show_econnreset ? "econnreset" : "closed");
        return PortOp::Ok;
    }
    inet_reply(*port, caller, {});
    if (lock.owns_lock() && port->alive) arm(port, *this);
    return PortOp::Ok;
}

namespace {

// Runs `fn` on the I/O thread (which owns `sd` and the timers) and waits for it; the port's mutex
// must not be held.
template <class Fn>
void run_on_io_thread(Fn fn) {
    if (IoPoller::global().on_io_thread()) {
        fn();
        return;
    }
    std::promise<void> ran;
    std::future<void> done = ran.get_future();
    IoPoller::global().post([&ran, &fn] {
        fn();
        ran.set_value();
    });
    done.wait();
}

}  // namespace

void InetSocket::stop(const PortPtr& port) {
    {
        std::lock_guard lock(port->mutex);
        reply_all_closed(*port, *this);
        out.clear();
        out_bytes = 0;
    }
    // The descriptor is closed before the port's end returns, as erl's port_close: a connect right
    // after closing a listener is refused, and the port number is free again at once.
    run_on_io_thread([port] {
        InetSocket& s = sock(port);
        s.timers.clear();
        asio::error_code ignored;
        if (s.sd) s.sd->close(ignored);
    });
}

void close_socket(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s) {
    if (s.fd < 0) return;
    reply_all_closed(*port, s);
    s.out.clear();
    s.out_bytes = 0;
    s.fd = -1;
    s.bound = s.listening = s.connecting = s.connected = s.closed = s.read_closed = false;
    const asio::posix::stream_descriptor* target = s.sd.get();
    lock.unlock();
    // Under the port's mutex on the I/O thread: an OPEN in between may have attached a new descriptor.
    run_on_io_thread([port, target] {
        std::lock_guard guard(port->mutex);
        InetSocket& so = sock(port);
        if (so.sd.get() != target) return;
        so.timers.clear();
        asio::error_code ignored;
        if (so.sd) so.sd->close(ignored);
        so.sd.reset();
    });
    lock.lock();
}

}  // namespace ember::scheduler::inet
