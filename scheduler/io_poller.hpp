// The I/O poller: one thread running an Asio io_context for every port's descriptors (DESIGN.md:
// "scheduler/ — ... I/O polling (Asio)"; docs/ports.md). Handlers run on that thread only, so the Asio
// objects they touch need no lock; other threads hand work over with post().
#pragma once

#include <asio/executor_work_guard.hpp>
#include <asio/io_context.hpp>
#include <asio/post.hpp>

#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace ember::scheduler {

class IoPoller {
public:
    static IoPoller& global();
    ~IoPoller();

    // The context; its thread starts on first use.
    asio::io_context& context();
    // Runs f on the I/O thread.
    template <class F>
    void post(F&& f) {
        asio::post(context(), std::forward<F>(f));
    }
    // True on the I/O thread.
    bool on_io_thread() const { return std::this_thread::get_id() == m_thread.get_id(); }

private:
    IoPoller() = default;
    asio::io_context m_context{1};
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> m_guard;
    std::thread m_thread;
    std::once_flag m_started;
};

}  // namespace ember::scheduler
