// The hosted-script layer's I/O backends (include/ember/script.hpp, docs/scripts.md): the thread-pool
// backend on the real filesystem and clock, the mock backend in memory on a virtual clock, and the
// table of backends a host registered for ember_script_io:open/1.
//
// Invariants: every request's `done` runs exactly once; a thread-pool backend joins its workers when
// it is destroyed (requests queued then are still answered); the timer thread is process-wide and
// holds only the callbacks, never a backend.
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <queue>
#include <set>
#include <thread>
#include <unordered_map>

#include "ember/script.hpp"
#include "nif/script_fs.hpp"

namespace ember {

namespace {

using Clock = std::chrono::steady_clock;

// ---- the real clock: one timer thread for every thread-pool backend --------------------------------

class TimerThread {
public:
    static TimerThread& instance() {
        static TimerThread timers;
        return timers;
    }

    void add(Clock::time_point when, std::function<void()> done) {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable()) m_thread = std::thread([this] { run(); });
        m_timers.push(Timer{when, m_seq++, std::move(done)});
        m_wake.notify_one();
    }

    ~TimerThread() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_wake.notify_one();
        }
        if (m_thread.joinable()) m_thread.join();
    }

private:
    struct Timer {
        Clock::time_point when;
        std::uint64_t seq;
        std::function<void()> done;
        bool operator>(const Timer& o) const { return when != o.when ? when > o.when : seq > o.seq; }
    };

    // Fires due timers in deadline order, outside the lock (a callback may add a timer).
    void run() {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (m_timers.empty()) {
                m_wake.wait(lock);
                continue;
            }
            Clock::time_point next = m_timers.top().when;
            if (Clock::now() < next) {
                m_wake.wait_until(lock, next);
                continue;
            }
            std::function<void()> done = std::move(const_cast<Timer&>(m_timers.top()).done);
            m_timers.pop();
            lock.unlock();
            done();
            lock.lock();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers;
    std::uint64_t m_seq = 0;
    bool m_stop = false;
    std::thread m_thread;
};

// ---- virtual time ------------------------------------------------------------------------------------

// Sleeps on a clock that moves only when advance() is called: to the earliest deadline, firing every
// sleep due then in the order they were asked for.
class VirtualClock {
public:
    void sleep(std::chrono::milliseconds duration, std::function<void()> done) {
        std::lock_guard lock(m_mutex);
        std::int64_t at = m_now + std::max<std::int64_t>(0, duration.count());
        m_sleeps.emplace(std::make_pair(at, m_seq++), std::move(done));
    }

    bool advance() {
        std::vector<std::function<void()>> due;
        {
            std::lock_guard lock(m_mutex);
            if (m_sleeps.empty()) return false;
            std::int64_t at = m_sleeps.begin()->first.first;
            m_now = std::max(m_now, at);
            while (!m_sleeps.empty() && m_sleeps.begin()->first.first == at) {
                due.push_back(std::move(m_sleeps.begin()->second));
                m_sleeps.erase(m_sleeps.begin());
            }
        }
        for (auto& done : due) done();
        return true;
    }

    std::int64_t now() const {
        std::lock_guard lock(m_mutex);
        return m_now;
    }

private:
    mutable std::mutex m_mutex;
    std::int64_t m_now = 0;
    std::uint64_t m_seq = 0;
    std::map<std::pair<std::int64_t, std::uint64_t>, std::function<void()>> m_sleeps;
};

// ---- the thread-pool backend -------------------------------------------------------------------------

class ThreadPoolBackend final : public ScriptBackend {
public:
    explicit ThreadPoolBackend(ThreadPoolBackendOptions options)
        : m_options(std::move(options)), m_started(Clock::now()) {
        if (m_options.threads == 0) m_options.threads = 1;
        if (!m_options.fs_root.empty()) m_root.emplace(m_options.fs_root);
    }

    ~ThreadPoolBackend() override {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_wake.notify_all();
        }
        for (auto& t : m_workers) t.join();
    }

    void sleep(std::chrono::milliseconds duration, std::function<void()> done) override {
        if (m_options.virtual_time) return m_virtual.sleep(duration, std::move(done));
        TimerThread::instance().add(Clock::now() + duration, std::move(done));
    }

    void read_file(std::string path, ScriptIoCallback done) override {
        if (!m_root) return done(ScriptIoResult::failure("no_fs_root"));
        submit([this, path = std::move(path), done = std::move(done)] {
            done(from_fs(m_root->read_file(path)));
        });
    }

    void write_file(std::string path, std::string data, ScriptIoCallback done) override {
        if (!m_root) return done(ScriptIoResult::failure("no_fs_root"));
        submit([this, path = std::move(path), data = std::move(data), done = std::move(done)] {
            done(from_fs(m_root->write_file(path, data)));
        });
    }

    void list_dir(std::string path, ScriptIoCallback done) override {
        if (!m_root) return done(ScriptIoResult::failure("no_fs_root"));
        submit([this, path = std::move(path), done = std::move(done)] {
            done(from_fs(m_root->list_dir(path)));
        });
    }

    void http_get(std::string url, ScriptIoCallback done) override {
        if (!m_options.http_client) return done(ScriptIoResult::failure("http_disabled"));
        submit([this, url = std::move(url), done = std::move(done)] {
            ScriptIoResult r;
            try {
                r = m_options.http_client(url);
            } catch (const std::exception& e) {
                r = ScriptIoResult::failure("http_client_exception");
            }
            done(std::move(r));
        });
    }

    std::int64_t now_ms() const override {
        if (m_options.virtual_time) return m_virtual.now();
        return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_started).count();
    }

    bool advance_idle_clock() override { return m_options.virtual_time && m_virtual.advance(); }

private:
    static ScriptIoResult from_fs(script::FsResult fs) {
        ScriptIoResult r;
        r.error = std::move(fs.error);
        r.data = std::move(fs.data);
        r.names = std::move(fs.names);
        return r;
    }

    void submit(std::function<void()> job) {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        if (m_idle == 0 && m_workers.size() < m_options.threads)
            m_workers.emplace_back([this] { work(); });
        else
            m_wake.notify_one();
    }

    // Runs jobs until the backend is destroyed and the queue is empty.
    void work() {
        std::unique_lock lock(m_mutex);
        while (true) {
            if (m_jobs.empty()) {
                if (m_stop) return;
                ++m_idle;
                m_wake.wait(lock);
                --m_idle;
                continue;
            }
            std::function<void()> job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            job();
            lock.lock();
        }
    }

    ThreadPoolBackendOptions m_options;
    Clock::time_point m_started;
    std::optional<script::FsRoot> m_root;
    VirtualClock m_virtual;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    std::vector<std::thread> m_workers;
    unsigned m_idle = 0;
    bool m_stop = false;
};

// A relative path made canonical ("a/b"; the root is ""), or an error (script::split_beneath).
bool normalize(const std::string& path, std::string& out, std::string& error) {
    std::vector<std::string> parts;
    if (!script::split_beneath(path, parts, error)) return false;
    out.clear();
    for (const auto& p : parts) {
        if (!out.empty()) out += '/';
        out += p;
    }
    return true;
}

std::string parent_of(const std::string& path) {
    std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

}  // namespace

std::shared_ptr<ScriptBackend> make_thread_pool_backend(ThreadPoolBackendOptions options) {
    return std::make_shared<ThreadPoolBackend>(std::move(options));
}

// ---- the mock backend --------------------------------------------------------------------------------

struct MockScriptBackend::State {
    mutable std::mutex mutex;
    std::map<std::string, std::string> files;  // canonical path -> contents
    std::set<std::string> directories;         // explicit ones (parents of files are implicit)
    std::map<std::string, ScriptIoResult> http;
    std::size_t requests = 0;
    VirtualClock clock;

    // Caller holds mutex.
    bool is_directory(const std::string& path) const {
        if (path.empty() || directories.count(path)) return true;
        std::string prefix = path + '/';
        auto it = files.lower_bound(prefix);
        if (it != files.end() && it->first.compare(0, prefix.size(), prefix) == 0) return true;
        auto d = directories.lower_bound(prefix);
        return d != directories.end() && d->compare(0, prefix.size(), prefix) == 0;
    }
};

MockScriptBackend::MockScriptBackend() : m_state(std::make_unique<State>()) {}
MockScriptBackend::~MockScriptBackend() = default;

void MockScriptBackend::add_file(std::string path, std::string contents) {
    std::string canonical, error;
    if (!normalize(path, canonical, error) || canonical.empty()) return;
    std::lock_guard lock(m_state->mutex);
    m_state->files[canonical] = std::move(contents);
}

void MockScriptBackend::add_directory(std::string path) {
    std::string canonical, error;
    if (!normalize(path, canonical, error) || canonical.empty()) return;
    std::lock_guard lock(m_state->mutex);
    m_state->directories.insert(canonical);
}

void MockScriptBackend::add_http_response(std::string url, HttpResponse response) {
    ScriptIoResult r;
    r.http = std::move(response);
    std::lock_guard lock(m_state->mutex);
    m_state->http[std::move(url)] = std::move(r);
}

void MockScriptBackend::add_http_error(std::string url, std::string reason) {
    std::lock_guard lock(m_state->mutex);
    m_state->http[std::move(url)] = ScriptIoResult::failure(std::move(reason));
}

std::optional<std::string> MockScriptBackend::file(const std::string& path) const {
    std::string canonical, error;
    if (!normalize(path, canonical, error)) return std::nullopt;
    std::lock_guard lock(m_state->mutex);
    auto it = m_state->files.find(canonical);
    if (it == m_state->files.end()) return std::nullopt;
    return it->second;
}

std::size_t MockScriptBackend::requests() const {
    std::lock_guard lock(m_state->mutex);
    return m_state->requests;
}

void MockScriptBackend::sleep(std::chrono::milliseconds duration, std::function<void()> done) {
    {
        std::lock_guard lock(m_state->mutex);
        ++m_state->requests;
    }
    m_state->clock.sleep(duration, std::move(done));
}

void MockScriptBackend::read_file(std::string path, ScriptIoCallback done) {
    ScriptIoResult r;
    std::string canonical;
    if (normalize(path, canonical, r.error)) {
        std::lock_guard lock(m_state->mutex);
        ++m_state->requests;
        auto it = m_state->files.find(canonical);
        if (it != m_state->files.end()) r.data = it->second;
        else r.error = m_state->is_directory(canonical) ? "eisdir" : "enoent";
    }
    done(std::move(r));
}

void MockScriptBackend::write_file(std::string path, std::string data, ScriptIoCallback done) {
    ScriptIoResult r;
    std::string canonical;
    if (normalize(path, canonical, r.error)) {
        std::lock_guard lock(m_state->mutex);
        ++m_state->requests;
        if (m_state->is_directory(canonical)) r.error = "eisdir";
        else if (m_state->files.count(parent_of(canonical))) r.error = "enotdir";
        else if (!m_state->is_directory(parent_of(canonical))) r.error = "enoent";
        else m_state->files[canonical] = std::move(data);
    }
    done(std::move(r));
}

void MockScriptBackend::list_dir(std::string path, ScriptIoCallback done) {
    ScriptIoResult r;
    std::string canonical;
    if (normalize(path, canonical, r.error)) {
        std::lock_guard lock(m_state->mutex);
        ++m_state->requests;
        if (m_state->files.count(canonical)) {
            r.error = "enotdir";
        } else if (!m_state->is_directory(canonical)) {
            r.error = "enoent";
        } else {
            std::string prefix = canonical.empty() ? std::string() : canonical + '/';
            std::set<std::string> names;
            auto child = [&](const std::string& p) {
                if (p.compare(0, prefix.size(), prefix) != 0 || p.size() == prefix.size()) return;
                std::string rest = p.substr(prefix.size());
                names.insert(rest.substr(0, rest.find('/')));
            };
            for (const auto& [p, _] : m_state->files) child(p);
            for (const auto& d : m_state->directories) child(d);
            r.names.assign(names.begin(), names.end());
        }
    }
    done(std::move(r));
}

void MockScriptBackend::http_get(std::string url, ScriptIoCallback done) {
    ScriptIoResult r;
    {
        std::lock_guard lock(m_state->mutex);
        ++m_state->requests;
        auto it = m_state->http.find(url);
        r = it == m_state->http.end() ? ScriptIoResult::failure("no_response") : it->second;
    }
    done(std::move(r));
}

std::int64_t MockScriptBackend::now_ms() const { return m_state->clock.now(); }

bool MockScriptBackend::advance_idle_clock() { return m_state->clock.advance(); }

// ---- backends registered by hosts ----------------------------------------------------------------------

namespace {
std::mutex g_backends_mutex;
std::unordered_map<std::uint64_t, std::shared_ptr<ScriptBackend>> g_backends;
std::uint64_t g_next_backend = 1;
}  // namespace

std::uint64_t register_script_backend(std::shared_ptr<ScriptBackend> backend) {
    std::lock_guard lock(g_backends_mutex);
    std::uint64_t id = g_next_backend++;
    g_backends.emplace(id, std::move(backend));
    return id;
}

void unregister_script_backend(std::uint64_t id) {
    std::shared_ptr<ScriptBackend> gone;  // destroyed outside the lock (a pool joins its workers)
    std::lock_guard lock(g_backends_mutex);
    auto it = g_backends.find(id);
    if (it == g_backends.end()) return;
    gone = std::move(it->second);
    g_backends.erase(it);
}

std::shared_ptr<ScriptBackend> find_script_backend(std::uint64_t id) {
    std::lock_guard lock(g_backends_mutex);
    auto it = g_backends.find(id);
    return it == g_backends.end() ? nullptr : it->second;
}

}  // namespace ember
