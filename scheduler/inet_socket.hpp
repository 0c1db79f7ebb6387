// Internal to scheduler/inet_*.cpp: the state of one tcp_inet or udp_inet port (OTP inet_drv.c's
// descriptor) and the pieces its control and I/O halves share (docs/sockets.md).
//
// Threading (as for every port, scheduler/ports.hpp): the fields are guarded by the port's mutex;
// control requests and output run in the calling process's thread, readiness and timers on the I/O
// thread. `sd` and `timers` are touched on the I/O thread only.
#pragma once

#include <asio/posix/stream_descriptor.hpp>
#include <asio/steady_timer.hpp>

#include <sys/socket.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "bifs/packet_parser.hpp"
#include "scheduler/port_entity.hpp"

namespace ember::scheduler::inet {

// prim_inet's control protocol (OTP kernel/src/inet_int.hrl). prim_inet adds kControlMagic to every
// request number it sends with erlang:port_control/3.
inline constexpr std::uint32_t kControlMagic = 0x03f1a300;
enum Req : std::uint32_t {
    kOpen = 1, kClose = 2, kConnect = 3, kPeer = 4, kName = 5, kBind = 6, kSetOpts = 7, kGetOpts = 8,
    kGetIx = 9, kGetStat = 11, kGetHostName = 12, kFdOpen = 13, kGetFd = 14, kGetType = 15,
    kGetStatus = 16, kGetServByName = 17, kGetServByPort = 18, kSetName = 19, kSetPeer = 20,
    kGetIfList = 21, kIfGet = 22, kIfSet = 23, kSubscribe = 24, kGetIfAddrs = 25, kAccept = 26,
    kListen = 27, kIgnoreFd = 28, kGetLAddrs = 29, kGetPAddrs = 30,
    kTcpRecv = 42, kTcpUnrecv = 43, kTcpShutdown = 44, kTcpSendfile = 45, kPacketRecv = 60,
};
enum Family : std::uint8_t { kAfUnspec = 0, kAfInet = 1, kAfInet6 = 2, kAfAny = 3, kAfLoopback = 4, kAfLocal = 5 };
enum Active : std::uint8_t { kPassive = 0, kActiveTrue = 1, kOnce = 2, kMulti = 3 };
enum StatusFlag : std::uint32_t {
    kFOpen = 0x1, kFBound = 0x2, kFActive = 0x4, kFListen = 0x8, kFCon = 0x10, kFAcc = 0x20,
};

// The driver-level options (INET_LOPT_*) and their defaults as erl 25 reports them. inet_drv keeps
// active, mode, deliver, exit_on_close and packet as the int32 it was given (prim_inet only sends
// valid ones; a raw port_control may send any) and getopts reports them back unchanged; the I/O half
// reads them as inet_drv does: any mode but 0 (list) is binary, any deliver but 0 (port) is term,
// any non-zero active is active.
struct Options {
    std::int32_t active = kPassive;  // Active, or another non-zero number (active)
    std::int32_t active_count = 0;   // {active, N}
    std::int32_t mode = 0;
    std::int32_t deliver = 1;
    std::int32_t exitf = 1;
    std::int32_t htype = 0;          // the packet option's number (prim_inet's encoding)
    bifs::packet::Type packet = bifs::packet::Type::Raw;  // htype decoded; a number no type has reads as raw
    std::uint32_t packet_size = 0;  // 0: no limit
    std::uint32_t header = 0;
    std::uint32_t buffer = 1460;
    bool buffer_set = false;  // {buffer, N} given: recbuf no longer resizes it
    char line_delimiter = '\n';
    std::int32_t send_timeout = -1;
    bool send_timeout_close = false, delay_send = false, show_econnreset = false;
    std::int32_t high_watermark = 8192, low_watermark = 4096;
    // The port's message queue limits, a size as the driver API keeps it (getopts caps it at INT_MAX).
    std::uint64_t high_msgq_watermark = 8192, low_msgq_watermark = 4096;
    std::uint32_t read_packets = 5;
    std::int32_t debug = 0;
    std::optional<std::string> netns;  // {netns, Path}: kept and reported, not entered

    bool binary() const { return mode != 0; }
    bool deliver_port() const { return deliver == 0; }  // {S, {data, D}} instead of {tcp, S, D}
    bool exit_on_close() const { return exitf != 0; }
};

struct Stats {
    std::uint64_t recv_oct = 0, send_oct = 0;
    std::uint32_t recv_cnt = 0, recv_max = 0, send_cnt = 0, send_max = 0;
};

// A request that answers later with {inet_async, S, Ref, Result} to `caller`.
struct AsyncOp {
    vm::Term caller = vm::kNil;
    std::uint16_t ref = 0;
    std::uint64_t id = 0;      // unique per socket: timers name their operation by it
    std::uint32_t length = 0;  // recv: bytes wanted (0: a packet or whatever is there)
};

struct InetSocket final : PortDriver {
    explicit InetSocket(bool tcp) : stream(tcp) {}
    ~InetSocket() override;

    PortOp output(const PortPtr& port, std::unique_lock<std::mutex>& lock, vm::Term caller, std::string data) override;
    std::optional<std::string> control(const PortPtr& port, std::unique_lock<std::mutex>& lock, vm::Term caller,
                                       std::uint32_t op, std::string_view data) override;
    void stop(const PortPtr& port) override;
    bool can_wake() const override {
        return (listening && !accepts.empty()) || recv_op || connect_op || !out.empty() ||
               (opts.active != kPassive && (!stream || (connected && !closed && !read_closed)));
    }

    // ---- under the port mutex ----
    bool stream;  // tcp_inet (SOCK_STREAM) or udp_inet (SOCK_DGRAM)
    int fd = -1;
    int family = 0;     // AF_INET or AF_INET6 once open (inet_drv's sfamily; kept after close)
    int sock_type = 0;  // SOCK_STREAM or SOCK_DGRAM once open (inet_drv's stype; kept after close)
    bool bound = false, listening = false, connecting = false, connected = false;
    bool closed = false;        // the connection ended (peer close or error); the port may live on
    bool read_closed = false;   // exit_on_close false: only the read side ended
    bool delayed_close_send = false;  // the next send answers {error, closed}, later ones enotconn
    Options opts;
    Stats stats;
    std::string in;             // received bytes not yet delivered (tcp)
    bool http_headers = false;  // packet http*: reading header lines
    std::deque<AsyncOp> accepts;
    std::optional<AsyncOp> recv_op, connect_op;
    std::uint16_t next_ref = 0;
    std::uint64_t next_op_id = 1;
    std::deque<std::string> out;  // output the kernel has not taken yet
    std::size_t out_bytes = 0;
    std::vector<vm::Term> empty_out_q_subscribers;
    // prim_inet:setname/2 and setpeer/2: addresses name/peer report instead of the socket's own.
    std::optional<std::pair<sockaddr_storage, socklen_t>> fake_name, fake_peer;
    bool read_armed = false, write_armed = false;

    // ---- I/O thread only ----
    std::unique_ptr<asio::posix::stream_descriptor> sd;
    std::unordered_map<std::uint64_t, std::unique_ptr<asio::steady_timer>> timers;
};

// ---- byte codecs (big-endian, as prim_inet's ?int16/?int32) ----

// Reads the request data; past the end it reads zeros and clears `ok` (never beyond the buffer).
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

inline void put16(std::string& o, std::uint32_t v) {
    o.push_back(static_cast<char>((v >> 8) & 0xFF));
    o.push_back(static_cast<char>(v & 0xFF));
}
inline void put32(std::string& o, std::uint32_t v) {
    put16(o, v >> 16);
    put16(o, v & 0xFFFF);
}
inline void put64(std::string& o, std::uint64_t v) {
    put32(o, static_cast<std::uint32_t>(v >> 32));
    put32(o, static_cast<std::uint32_t>(v));
}

// inet_control.cpp
std::string reply_ok(std::string_view data = {});
std::string reply_error(std::string_view reason);
std::string reply_errno(int err);
std::string errno_name(int err);
// Gives the new socket of a connection accepted on `listener` its options (inet_drv copies the
// listen descriptor's driver options to the accepted one).
void inherit_options(const InetSocket& listener, InetSocket& accepted);

// inet_options.cpp
// INET_REQ_SETOPTS: [Opt:8, Value:32, Extra...]* applied in order, as inet_drv's inet_set_opts;
// false (einval) at the first option it refuses. A tail shorter than 5 bytes is ignored.
bool set_options(InetSocket& s, std::string_view buf, bool& pump_needed, bool& passive_msg);
// INET_REQ_GETOPTS: the reply [Opt:8, Value...]* as inet_drv's inet_fill_opts; false (einval) for
// an option code it does not know. An option the socket cannot report is left out.
bool get_options(const InetSocket& s, std::string_view buf, std::string& o);
// The packet option's number -> type; false for a number no packet type has.
bool packet_type_of(std::uint32_t v, bifs::packet::Type& t);

// inet_io.cpp (lock held unless said otherwise)
// Starts an async operation: the reply [R1, R0] carries its ref; `timeout_ms` < 0 waits forever.
std::string begin_async(const PortPtr& port, InetSocket& s, std::optional<AsyncOp>* slot, std::deque<AsyncOp>* queue,
                        vm::Term caller, std::int32_t timeout_ms, std::uint32_t length = 0);
// Sends {inet_async, S, Ref, Result} where Result is `ok_atom` or {error, Reason} / {ok, Term}.
void async_reply_atom(const Port& port, const AsyncOp& op, vm::Term result_atom);
void async_reply_error(const Port& port, const AsyncOp& op, std::string_view reason);
// Does what the current state allows at once: delivers buffered input, answers a pending recv,
// and arms the descriptor for reading or writing when something waits for it.
void pump(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s);
// Non-blocking connect finished or failed (tcp); called from control for an immediate result too.
void finish_connect(const PortPtr& port, InetSocket& s, int err);
// INET_REQ_CLOSE: ends the socket but not the port (inet_drv's erl_inet_close): pending operations
// answer {error, closed}, queued output is dropped, the descriptor is closed (the lock is released
// while the I/O thread closes it).
void close_socket(const PortPtr& port, std::unique_lock<std::mutex>& lock, InetSocket& s);
// Registers the socket's descriptor with the I/O thread's reactor (any thread).
void attach_descriptor(InetSocket& s);
// Sends {tcp_passive, S} / {udp_passive, S} to the owner.
void send_passive(const Port& port, const InetSocket& s);
// Sends {inet_reply, S, Status} to `caller` (Status: ok or {error, Reason}).
void inet_reply(const Port& port, vm::Term caller, std::string_view error_reason);

}  // namespace ember::scheduler::inet
