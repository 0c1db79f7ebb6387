// Internal to scheduler/dist*.cpp: a remote node's entry and what the distribution's two halves share
// (scheduler/dist.cpp: connecting, encoding and sending, going down, the BIF side;
// scheduler/dist_input.cpp: what a connection receives, spawn requests from other nodes).
#pragma once

#include <atomic>
#include <deque>
#include <initializer_list>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "scheduler/dist.hpp"
#include "vm/atom_table.hpp"
#include "vm/dist_hooks.hpp"
#include "vm/magic_ref.hpp"
#include "vm/owned_term.hpp"

namespace ember::scheduler::dist::detail {

using namespace vm;

// Control message operations (OTP dist.h enum dop).
enum Op : SWord {
    kLink = 1, kSend = 2, kExit = 3, kUnlink = 4, kRegSend = 6, kGroupLeader = 7, kExit2 = 8,
    kSendTT = 12, kExitTT = 13, kRegSendTT = 16, kExit2TT = 18,
    kMonitorP = 19, kDemonitorP = 20, kMonitorPExit = 21, kSendSender = 22, kSendSenderTT = 23,
    kPayloadExit = 24, kPayloadExitTT = 25, kPayloadExit2 = 26, kPayloadExit2TT = 27,
    kPayloadMonitorPExit = 28, kSpawnRequest = 29, kSpawnRequestTT = 30, kSpawnReply = 31,
    kSpawnReplyTT = 32, kAliasSend = 33, kAliasSendTT = 34, kUnlinkId = 35, kUnlinkIdAck = 36,
};

inline constexpr std::uint8_t kPassThrough = 112;

inline Term atom_of(const char* s) { return AtomTable::global().intern(s); }

enum class State { Idle, Pending, Connected };

// A signal that waits for its connection, or is about to be encoded. `to` is the remote pid (a
// Signal), the remote name (RegSend) or the alias (AliasSend); `s` owns the payload.
enum class OutKind { Signal, RegSend, AliasSend, SpawnRequest };
struct Outgoing {
    OutKind kind;
    Term to = kNil;
    Signal* s = nullptr;
    Term from = kNil;  // RegSend, AliasSend, SpawnRequest: the sender
};

// A spawn_request to the node, waiting for its SPAWN_REPLY.
struct PendingSpawn {
    Term caller;
    vm::OwnedTerm tag;  // the reply's first element (spawn_reply, or the reply_tag option's term)
    bool reply_ok, reply_error;
    bool link, monitor;
    // spawn_request_abandon/1 dropped the request: no reply; a child it makes gets an exit signal
    // `abandoned` if the link option was given.
    bool abandoned = false;
    // The requester ended before the reply, with this reason: a child it asked to link to gets it as
    // a link exit (requester_exited, dist.hpp).
    bool requester_exited = false;
    vm::OwnedTerm requester_exit{};
    bool replying = false;  // its SPAWN_REPLY is being delivered (the entry goes when that is done)
};

// A monitor of a local process by a process of the connection's node. The local side keeps it in
// monitored_by under a key of its own (vm/dist_hooks.hpp remote_monitor_key: a counter, so that the
// other node's references are not kept for ever); the reference itself is held here until the monitor
// ends.
struct RemoteMonitor {
    Term target;        // the local process monitored
    Term watcher;       // the remote process monitoring it
    Term name = kNil;   // the name it was monitored by (its 'DOWN' names it)
    OwnedTerm ref;      // the other node's reference
};

inline Word new_remote_monitor_key() {
    static std::atomic<Word> next{1};
    return (next.fetch_add(1, std::memory_order_relaxed) << 2 | kTagBoxed) | kRemoteMonitorKeyBit;
}

// A map key for an external reference (its words are immediates).
inline std::string ref_words(Term ref) {
    const Term* hp = boxed_ptr(ref);
    return std::string(reinterpret_cast<const char*>(hp), (1 + header_arity(hp[0])) * sizeof(Word));
}

// The DHandle's reference (one object per node, as erl's dist entry).
struct Connection;
struct HandleObject : MagicObject {
    Connection* conn = nullptr;
};
inline void destroy_handle(MagicObject* obj) { delete static_cast<HandleObject*>(obj); }

// One remote node (OTP DistEntry). Entries are never freed: a node that was once talked to keeps its
// entry (idle when not connected), and DHandles name it.
struct Connection {
    std::mutex mutex;
    Term node = kNil;
    State state = State::Idle;
    std::uint32_t conn_id = 0;
    std::uint64_t flags = 0;
    std::uint32_t creation = 0;
    Term port = kNil;
    HandleObject* handle = nullptr;
    std::vector<Outgoing> queue;  // while pending
    std::deque<std::string> out;  // encoded packets for the I/O thread to write (write_packet)
    bool flush_posted = false;
    std::uint64_t packets_in = 0, packets_out = 0;
    std::uint64_t next_unlink_id = 1;
    // What crosses the connection, ended with noconnection when it goes down.
    std::set<std::pair<Term, Term>> links;                     // (local pid, remote pid)
    std::map<std::pair<Term, Word>, Term> monitors;             // (local watcher, ref id) -> remote pid or name
    std::unordered_map<Word, RemoteMonitor> remote_monitors;   // remote_monitor_key -> who
    std::unordered_map<std::string, Word> remote_monitor_keys;  // the other node's ref -> key
    std::unordered_map<Term, std::uint32_t> node_monitors;     // monitor_node/2 holders -> count
    std::unordered_map<Word, PendingSpawn> spawns;             // request ref id -> requester
};

struct Table {
    std::mutex mutex;
    std::unordered_map<Term, Connection*> by_node;
    std::unordered_map<Term, Connection*> by_port;
    std::uint32_t next_conn_id = 0;
    // process_flag(monitor_nodes, ...) subscribers: pid -> [(option key, count)].
    std::unordered_map<Term, std::vector<std::pair<int, std::uint32_t>>> subscribers;
};

// The node's entry (made if `create`), or nullptr. Entries are never freed.
Connection* entry(Term node, bool create);
// The entry whose controller is `port`, or nullptr.
Connection* entry_of_port(Term port);
// A message from no process (deliver_message).
void send_plain(Term to, Term msg);
inline Term small(SWord v) { return make_small(v); }
Term tuple_of(HeapAllocator& h, std::initializer_list<Term> items);
// Packet `ctrl` [+ `payload` unless kNonValue] in the pass-through format; false if a term has no
// external form.
bool encode_packet(Term ctrl, Term payload, std::string& out);
// Queues one packet for the controller port (c.mutex held); the I/O thread writes it.
void write_packet(Connection& c, const std::string& packet);
// Sends or queues `o` (c.mutex held).
void submit(Connection& c, Outgoing o);
// Pending spawn requests with the link option, over all connections (requester_exited is called
// at a process's exit only while there are any). Changed with the entries, under their c.mutex.
extern std::atomic<std::int64_t> g_linked_spawns;
inline void add_spawn(Connection& c, Word id, const PendingSpawn& ps) {
    c.spawns[id] = ps;
    if (ps.link) g_linked_spawns.fetch_add(1, std::memory_order_relaxed);
}
inline void erase_spawn(Connection& c, std::unordered_map<Word, PendingSpawn>::iterator it) {
    if (it->second.link) g_linked_spawns.fetch_sub(1, std::memory_order_relaxed);
    c.spawns.erase(it);
}

// A spawn request the node refused or could not take: the requester's monitor ends and, if it
// asked for error replies, it hears {Tag, ReqId, error, Reason}.
void spawn_failed(const PendingSpawn& ps, Word id, Term reason);

}  // namespace ember::scheduler::dist::detail
