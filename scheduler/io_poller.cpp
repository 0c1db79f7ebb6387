#include "scheduler/io_poller.hpp"

#include <csignal>

namespace ember::scheduler {

IoPoller& IoPoller::global() {
    static IoPoller poller;
    return poller;
}

IoPoller::~IoPoller() {
    if (!m_thread.joinable()) return;
    m_guard.reset();
    m_context.stop();
    m_thread.join();
}

asio::io_context& IoPoller::context() {
    std::call_once(m_started, [this] {
        // A write to a pipe whose reader is gone must fail with EPIPE (the port then exits with
        // reason epipe, as in erl) instead of killing the VM; erl ignores SIGPIPE the same way.
        std::signal(SIGPIPE, SIG_IGN);
        m_guard.emplace(m_context.get_executor());
        m_thread = std::thread([this] { m_context.run(); });
    });
    return m_context;
}

}  // namespace ember::scheduler
