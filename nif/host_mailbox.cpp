// Host mailboxes (Runtime::open_mailbox): a guest process running ember_host_mailbox:run(Id)
// (lib/ember/src/ember_host_mailbox.erl) receives every message and hands it to
// ember_host_mailbox:deliver/2, a native registered here at boot, which copies it into the host-side
// queue of mailbox Id and wakes one waiting host thread. Ids are never reused; a closed mailbox answers
// `closed` and its process ends.
#include <condition_variable>
#include <deque>
#include <unordered_map>

#include "nif/runtime_impl.hpp"
#include "vm/atom_table.hpp"
#include "vm/exceptions.hpp"
#include "vm/messages.hpp"
#include "vm/module.hpp"

namespace ember {

using namespace ember::vm;
using host::error;

struct Mailbox::State {
    std::uint64_t id = 0;
    Pid pid;
    mutable std::mutex mutex;
    std::condition_variable cv;
    std::deque<OwnedTerm> queue;
    bool closed = false;
    bool shut_down = false;
};

namespace {

std::mutex g_mailboxes_mutex;
std::unordered_map<std::uint64_t, std::shared_ptr<Mailbox::State>> g_mailboxes;
std::uint64_t g_next_mailbox = 1;

std::shared_ptr<Mailbox::State> find_mailbox(std::uint64_t id) {
    std::lock_guard lock(g_mailboxes_mutex);
    auto it = g_mailboxes.find(id);
    return it == g_mailboxes.end() ? nullptr : it->second;
}

// ember_host_mailbox:deliver(Id, Msg) -> ok | closed.
Term bif_deliver_2(Process* p, const Term* args) {
    if (!is_small(args[0])) return badarg(p);
    std::shared_ptr<Mailbox::State> box = find_mailbox(static_cast<std::uint64_t>(small_value(args[0])));
    static const Term closed = AtomTable::global().intern("closed");
    if (!box) return closed;
    OwnedTerm msg = OwnedTerm::copy_of(args[1]);
    {
        std::lock_guard lock(box->mutex);
        if (box->closed || box->shut_down) return closed;
        box->queue.push_back(std::move(msg));
    }
    box->cv.notify_one();
    return am_ok;
}

// Only the mailbox's own (host-spawned) process calls it; a sandboxed guest cannot inject messages.
const BifSpec kDeliver{"ember_host_mailbox", "deliver", 2, bif_deliver_2, kCapSystem};

}  // namespace

namespace host {

void register_mailbox_native() { CodeServer::global().register_bifs(&kDeliver, 1); }

void shutdown_mailboxes() {
    std::vector<std::shared_ptr<Mailbox::State>> all;
    {
        std::lock_guard lock(g_mailboxes_mutex);
        for (auto& [id, box] : g_mailboxes) all.push_back(box);
    }
    for (auto& box : all) {
        {
            std::lock_guard lock(box->mutex);
            box->shut_down = true;
        }
        box->cv.notify_all();
    }
}

}  // namespace host

Mailbox::Mailbox(std::shared_ptr<State> state) : m_state(std::move(state)) {}

Mailbox::~Mailbox() { close(); }

Pid Mailbox::pid() const { return m_state->pid; }

std::size_t Mailbox::size() const {
    std::lock_guard lock(m_state->mutex);
    return m_state->queue.size();
}

Result<OwnedTerm> Mailbox::receive(std::chrono::milliseconds timeout) {
    return receive_if([](const OwnedTerm&) { return true; }, timeout);
}

Result<OwnedTerm> Mailbox::receive_if(const std::function<bool(const OwnedTerm&)>& match,
                                      std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    State& s = *m_state;
    std::unique_lock lock(s.mutex);
    std::size_t scanned = 0;  // messages already tested (a selective receive scans each once)
    for (;;) {
        for (; scanned < s.queue.size(); ++scanned) {
            if (match(s.queue[scanned])) {
                OwnedTerm out = std::move(s.queue[scanned]);
                s.queue.erase(s.queue.begin() + static_cast<std::ptrdiff_t>(scanned));
                return out;
            }
        }
        if (s.closed) return error(Errc::Closed, "the mailbox is closed");
        if (s.shut_down) return error(Errc::ShutDown);
        if (s.cv.wait_until(lock, deadline) == std::cv_status::timeout && scanned == s.queue.size() && !s.closed &&
            !s.shut_down)
            return error(Errc::TimedOut);
        // Another receiver may have taken messages from the front meanwhile: rescan.
        scanned = 0;
    }
}

void Mailbox::close() {
    if (!m_state) return;
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->closed) return;
        m_state->closed = true;
    }
    m_state->cv.notify_all();
    {
        std::lock_guard lock(g_mailboxes_mutex);
        g_mailboxes.erase(m_state->id);
    }
    if (!scheduler::Scheduler::global().halted())
        send_signal(make_pid(m_state->pid.number), make_signal(SignalKind::Exit, host::kHostPid, am_kill));
}

Result<std::unique_ptr<Mailbox>> Runtime::open_mailbox() {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    auto state = std::make_shared<Mailbox::State>();
    {
        std::lock_guard lock(g_mailboxes_mutex);
        state->id = g_next_mailbox++;
        g_mailboxes.emplace(state->id, state);
    }
    SpawnOptions options;
    options.trap_exit = true;
    auto pid = m_impl->spawn("ember_host_mailbox", "run", {term::integer(static_cast<std::int64_t>(state->id))}, options);
    if (!pid) {
        std::lock_guard lock(g_mailboxes_mutex);
        g_mailboxes.erase(state->id);
        return pid.error();
    }
    state->pid = *pid;  // before anyone else can see the state: the native only reads the queue fields
    return std::make_unique<Mailbox>(std::move(state));
}

}  // namespace ember
