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

// The driver-level options (INET_LOPT_*) and their defaults as erl 25 reports them.
struct Options {
    Active active = kPassive;
    int active_count = 0;  // {active, N}
    bool binary = false;
    bifs::packet::Type packet = bifs::packet::Type::Raw;
    std::uint32_t packet_size = 0;  // 0: no limit
    std::uint32_t header = 0;
    bool deliver_port = false;  // {deliver, port}: {S, {data, D}} instead of {tcp, S, D}
    bool exit_on_close = true;
    std::uint32_t buffer = 1460;
    bool buffer_set = false;  // {buffer, N} given: recbuf no longer resizes it
    char line_delimiter = '\n';
    std::int32_t send_timeout = -1;
    bool send_timeout_close = false, delay_send = false, show_econnreset = false;
    std::int32_t high_watermark = 8192, low_watermark = 4096;
    std::int32_t high_msgq_watermark = 8192, low_msgq_watermark = 4096;
    std::uint32_t read_packets = 5;
    bool debug = false;
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
    explicit InetSocket(bool tcp) : stream(tcp) {
        if (!tcp) opts.buffer = 8192;
    }
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
    int family = 0;  // AF_INET or AF_INET6 once open
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
    bool read_armed = false, write_armed = false;

    // ---- I/O thread only ----
    std::unique_ptr<asio::posix::stream_descriptor> sd;
    std::unordered_map<std::uint64_t, std::unique_ptr<asio::steady_timer>> timers;
};

// inet_control.cpp
std::string reply_ok(std::string_view data = {});
std::string reply_error(std::string_view reason);
std::string reply_errno(int err);
std::string errno_name(int err);
// Gives the new socket of a connection accepted on `listener` its options (inet_drv copies the
// listen descriptor's driver options to the accepted one).
void inherit_options(const InetSocket& listener, InetSocket& accepted);

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
// Registers the socket's descriptor with the I/O thread's reactor (any thread).
void attach_descriptor(InetSocket& s);
// Sends {tcp_passive, S} / {udp_passive, S} to the owner.
void send_passive(const Port& port, const InetSocket& s);
// Sends {inet_reply, S, Status} to `caller` (Status: ok or {error, Reason}).
void inet_reply(const Port& port, vm::Term caller, std::string_view error_reason);

}  // namespace ember::scheduler::inet
