// The host event log (Runtime::set_event_callback): a vm::ProcessEventSink that turns spawn, exit and
// dropped-message notes into ember::Event structs on the scheduler thread where they happen (texts
// formatted there, while the terms are alive), queues them (bounded), and one event thread calls the
// host's callback in queue order. The callback may call any Runtime function: it never runs on a
// scheduler thread.
#include <condition_variable>
#include <deque>

#include "nif/runtime_impl.hpp"
#include "vm/atom_table.hpp"
#include "vm/process_events.hpp"
#include "vm/term_print.hpp"

namespace ember {

using namespace ember::vm;

namespace {

constexpr std::size_t kMaxQueued = 65536;
constexpr std::size_t kMaxReasonBytes = 1000;

std::string clipped(std::string s) {
    if (s.size() > kMaxReasonBytes) {
        s.resize(kMaxReasonBytes - 3);
        s += "...";
    }
    return s;
}

EventLevel exit_level(Term reason) {
    if (reason == am_normal) return EventLevel::Debug;
    static const Term shutdown = AtomTable::global().intern("shutdown");
    if (reason == shutdown || (is_tuple(reason) && tuple_arity(reason) == 2 && tuple_element(reason, 0) == shutdown))
        return EventLevel::Info;
    return EventLevel::Error;
}

class EventLog final : public ProcessEventSink {
public:
    void set(EventLevel level, EventCallback callback) {
        std::lock_guard lock(m_callback_mutex);
        m_callback = std::move(callback);
        m_level.store(m_callback ? static_cast<int>(level) : kOff, std::memory_order_release);
    }

    void start() {
        std::lock_guard lock(m_mutex);
        if (m_thread.joinable() || m_stopped) return;
        m_thread = std::thread([this] { run(); });
    }

    void stop() {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_cv.notify_all();
        if (m_thread.joinable()) m_thread.join();
    }

    std::uint64_t dropped() const { return m_dropped.load(std::memory_order_relaxed); }

    void spawned(Term pid, Term module, Term function, std::uint32_t arity) override {
        if (!wants(EventLevel::Debug)) return;
        push(Event{EventKind::Spawn, EventLevel::Debug, Pid{pid_number(pid)},
                   std::string(atom_name(module)) + ":" + std::string(atom_name(function)) + "/" + std::to_string(arity),
                   std::chrono::system_clock::now()});
    }
    void exited(Term pid, Term reason) override {
        EventLevel level = exit_level(reason);
        if (!wants(level)) return;
        push(Event{EventKind::Exit, level, Pid{pid_number(pid)}, clipped(format_term_w(reason)),
                   std::chrono::system_clock::now()});
    }
    void dropped(Term to, Term message) override {
        if (!wants(EventLevel::Warning)) return;
        push(Event{EventKind::DroppedMessage, EventLevel::Warning, Pid{is_local_pid(to) ? pid_number(to) : 0},
                   clipped(format_term_w(message)), std::chrono::system_clock::now()});
    }

private:
    static constexpr int kOff = 255;

    bool wants(EventLevel level) const { return static_cast<int>(level) >= m_level.load(std::memory_order_acquire); }

    void push(Event e) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopped || m_queue.size() >= kMaxQueued) {
                m_dropped.fetch_add(1, std::memory_order_relaxed);
                return;
            }
            m_queue.push_back(std::move(e));
        }
        m_cv.notify_one();
    }

    void run() {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_cv.wait(lock, [&] { return m_stopped || !m_queue.empty(); });
            if (m_queue.empty()) return;  // stopped and drained
            Event e = std::move(m_queue.front());
            m_queue.pop_front();
            lock.unlock();
            {
                std::lock_guard cb(m_callback_mutex);
                if (m_callback && static_cast<int>(e.level) >= m_level.load(std::memory_order_relaxed)) m_callback(e);
            }
            lock.lock();
        }
    }

    std::atomic<int> m_level{kOff};
    std::mutex m_callback_mutex;  // guards m_callback; held while it runs
    EventCallback m_callback;
    std::mutex m_mutex;           // guards the queue, m_stopped, m_thread
    std::condition_variable m_cv;
    std::deque<Event> m_queue;
    bool m_stopped = false;
    std::thread m_thread;
    std::atomic<std::uint64_t> m_dropped{0};
};

// Lives until the OS process ends (the VM may still hold the sink pointer during static destruction).
EventLog& event_log() {
    static EventLog* log = new EventLog();
    return *log;
}

}  // namespace

const char* event_kind_name(EventKind kind) {
    switch (kind) {
    case EventKind::Spawn: return "spawn";
    case EventKind::Exit: return "exit";
    case EventKind::DroppedMessage: return "dropped_message";
    }
    return "unknown";
}

namespace host {

void start_event_log() {
    event_log().start();
    set_process_event_sink(&event_log());
}

void stop_event_log() { event_log().stop(); }

}  // namespace host

void Runtime::set_event_callback(EventLevel min_level, EventCallback callback) {
    bool on = static_cast<bool>(callback);
    event_log().set(min_level, std::move(callback));
    if (on && !m_impl->shut.load()) host::start_event_log();
}

std::uint64_t Runtime::dropped_events() const { return event_log().dropped(); }

}  // namespace ember
