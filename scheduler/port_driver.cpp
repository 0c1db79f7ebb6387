// The spawn and fd drivers (OTP sys_drivers.c, erl_child_setup.c): child processes started with
// posix_spawn, their pipes and exit status watched on the I/O poller, output framed as stream,
// {packet, N} or {line, L} data (docs/ports.md).
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <asio/read.hpp>
#include <asio/write.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>

#include "scheduler/io_poller.hpp"
#include "scheduler/port_entity.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/runtime_support.hpp"

extern char** environ;

namespace ember::scheduler {

using namespace ember::vm;

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;

Term atom_of(const char* name) { return AtomTable::global().intern(name); }

// The POSIX error atom for errno `e` (erl_posix_str.c names).
Term errno_atom(int e) {
    switch (e) {
    case EPIPE: return atom_of("epipe");
    case EBADF: return atom_of("ebadf");
    case EINVAL: return atom_of("einval");
    case EIO: return atom_of("eio");
    case ENOENT: return atom_of("enoent");
    case EACCES: return atom_of("eacces");
    case ENOEXEC: return atom_of("enoexec");
    case ENOMEM: return atom_of("enomem");
    case EMFILE: return atom_of("emfile");
    case ENFILE: return atom_of("enfile");
    case EAGAIN: return atom_of("eagain");
    case ENOTDIR: return atom_of("enotdir");
    case EISDIR: return atom_of("eisdir");
    case E2BIG: return atom_of("e2big");
    case EPERM: return atom_of("eperm");
    case ECONNRESET: return atom_of("econnreset");
    default: return atom_of("unknown");
    }
}

// Moves fd above the low numbers a child's file actions dup onto (0..4); keeps close-on-exec.
int lift_fd(int fd) {
    if (fd >= 10) return fd;
    int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
    if (moved < 0) return fd;  // no descriptor free: keep the low one
    ::close(fd);
    return moved;
}

// {Port, {data, Payload}} where the payload is bytes (list or binary), or {eol | noeol, Bytes}.
void send_data(Port& port, const char* bytes, std::size_t n, Term line_tag) {
    Word words = 3 + 3 + (line_tag != kNil ? 3 : 0) + (port.spec.binary ? (n + 7) / 8 + 8 : 2 * n);
    HeapFragment* f = HeapFragment::create(words);
    FragmentAllocator a(f);
    Term data;
    if (port.spec.binary) {
        data = make_binary(a, reinterpret_cast<const std::uint8_t*>(bytes), n);
    } else {
        data = kNil;
        for (std::size_t i = n; i > 0; --i)
            data = make_cons(a, make_small(static_cast<unsigned char>(bytes[i - 1])), data);
    }
    if (line_tag != kNil) data = make_tuple2(a, line_tag, data);
    static const Term am_data = atom_of("data");
    Term msg = make_tuple2(a, port.id, make_tuple2(a, am_data, data));
    send_from_port(port, msg, f);
}

// Splits port.pending into lines of at most line_length bytes (erl: {eol, Line} for a whole line, its
// "\n" or "\r\n" removed; {noeol, Part} for a line longer than the limit). At eof the rest is a noeol.
void deliver_lines(Port& port, bool at_eof) {
    static const Term am_eol = atom_of("eol");
    static const Term am_noeol = atom_of("noeol");
    std::string& b = port.pending;
    std::size_t limit = port.spec.line_length;
    std::size_t pos = 0;
    while (pos < b.size()) {
        std::size_t nl = b.find('\n', pos);
        if (nl != std::string::npos) {
            std::size_t len = nl - pos;
            if (len > 0 && b[nl - 1] == '\r') --len;
            if (len <= limit) {
                send_data(port, b.data() + pos, len, am_eol);
                pos = nl + 1;
                continue;
            }
        } else if (b.size() - pos <= limit) {
            break;  // wait for the rest of the line
        }
        send_data(port, b.data() + pos, limit, am_noeol);
        pos += limit;
    }
    b.erase(0, pos);
    if (at_eof && !b.empty()) {
        send_data(port, b.data(), b.size(), am_noeol);
        b.clear();
    }
}

// {packet, N} input: whole packets only; a partial one waits (and is dropped at eof).
void deliver_packets(Port& port) {
    std::string& b = port.pending;
    unsigned hn = port.spec.packet_bytes;
    std::size_t pos = 0;
    while (b.size() - pos >= hn) {
        std::uint64_t len = 0;
        for (unsigned i = 0; i < hn; ++i) len = (len << 8) | static_cast<unsigned char>(b[pos + i]);
        if (b.size() - pos - hn < len) break;
        send_data(port, b.data() + pos + hn, len, kNil);
        pos += hn + len;
    }
    b.erase(0, pos);
}

void deliver(Port& port, const char* bytes, std::size_t n) {
    switch (port.spec.framing) {
    case PortFraming::Stream:
        send_data(port, bytes, n, kNil);
        break;
    case PortFraming::Packet:
        port.pending.append(bytes, n);
        deliver_packets(port);
        break;
    case PortFraming::Line:
        port.pending.append(bytes, n);
        deliver_lines(port, false);
        break;
    }
}

// {Port, {stderr, Bytes}} (ember_stderr): stream chunks as read, whatever the framing of stdout.
void send_stderr(Port& port, const char* bytes, std::size_t n) {
    Word words = 3 + 3 + (port.spec.binary ? (n + 7) / 8 + 8 : 2 * n);
    HeapFragment* f = HeapFragment::create(words);
    FragmentAllocator a(f);
    Term data = kNil;
    if (port.spec.binary) {
        data = make_binary(a, reinterpret_cast<const std::uint8_t*>(bytes), n);
    } else {
        for (std::size_t i = n; i > 0; --i)
            data = make_cons(a, make_small(static_cast<unsigned char>(bytes[i - 1])), data);
    }
    static const Term am_stderr = atom_of("stderr");
    send_from_port(port, make_tuple2(a, port.id, make_tuple2(a, am_stderr, data)), f);
}

// {ember_collect, Max}: keeps the first Max bytes of stream `which` (0 stdout, 1 stderr). Lock held.
void collect(Port& port, int which, const char* bytes, std::size_t n) {
    std::string& kept = port.collected[which];
    std::size_t room = port.spec.collect_limit - std::min(port.spec.collect_limit, kept.size());
    if (n > room) port.collect_truncated = true;
    kept.append(bytes, std::min(n, room));
}

// {Port, {exit_status, N}}: a signal death is 128 + the signal, as erl. Lock held.
void send_exit_status(Port& port) {
    static const Term am_exit_status = atom_of("exit_status");
    HeapFragment* f = HeapFragment::create(6);
    FragmentAllocator a(f);
    send_from_port(port, make_tuple2(a, port.id, make_tuple2(a, am_exit_status, make_small(port.exit_status))), f);
}

// After eof (and the exit status, if asked for): {exit_status, N}, then {Port, eof} with the eof
// option, else the port ends with reason normal (erl's spawn driver). With ember_stderr, eof means the
// end of both stdout and stderr, so every stderr chunk comes before. Lock held, port alive.
void check_finish(const PortPtr& port, std::unique_lock<std::mutex>& lock) {
    if (port->finished || !port->eof_seen || !port->err_eof_seen) return;
    if (port->spec.exit_status && !port->status_known && port->os_pid > 0) return;
    port->finished = true;
    if (!port->spec.eof) unlist_port(*port);  // gone from ports/0 before its last message arrives
    if (port->spec.exit_status && port->status_known) send_exit_status(*port);
    if (port->spec.eof) send_port_tuple(*port, atom_of("eof"));
    else terminate_port(port, lock, am_normal);
}

void start_read(const PortPtr& port) {
    port->reader->async_read_some(asio::buffer(port->read_buf), [port](const asio::error_code& ec, std::size_t n) {
        std::unique_lock lock(port->mutex);
        if (!port->alive) return;
        if (!ec) {
            port->input += n;
            if (port->spec.collect_limit) collect(*port, 0, port->read_buf.data(), n);
            else deliver(*port, port->read_buf.data(), n);
            lock.unlock();
            start_read(port);
            return;
        }
        if (port->spec.framing == PortFraming::Line) deliver_lines(*port, true);
        port->eof_seen = true;
        check_finish(port, lock);
    });
}

void start_err_read(const PortPtr& port) {
    port->err_reader->async_read_some(asio::buffer(port->err_buf), [port](const asio::error_code& ec, std::size_t n) {
        std::unique_lock lock(port->mutex);
        if (!port->alive) return;
        if (!ec) {
            port->input += n;
            if (port->spec.collect_limit) collect(*port, 1, port->err_buf.data(), n);
            else send_stderr(*port, port->err_buf.data(), n);
            lock.unlock();
            start_err_read(port);
            return;
        }
        port->err_eof_seen = true;
        check_finish(port, lock);
    });
}

// The child's end: reaped at once (no zombies), whatever became of the port.
void child_exited(const PortPtr& port, int status) {
    std::unique_lock lock(port->mutex);
    port->status_known = true;
    port->exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    port->term_signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    if (!port->alive) return;
    if (port->spec.in) {
        check_finish(port, lock);
    } else if (port->spec.exit_status && !port->finished) {
        port->finished = true;
        send_exit_status(*port);
    }
}

void watch_child(const PortPtr& port, pid_t pid) {
    int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    if (pidfd < 0) {
        // No pidfd (kernel before 5.3): a thread waits for this child alone.
        std::thread([port, pid] {
            int status = 0;
            siginfo_t info;
            while (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {}
            {
                std::lock_guard lock(port->mutex);  // reaped and marked together (signal_port_child)
                while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
                port->reaped = true;
            }
            IoPoller::global().post([port, status] { child_exited(port, status); });
        }).detach();
        return;
    }
    ::fcntl(pidfd, F_SETFD, FD_CLOEXEC);
    port->child_watch = std::make_unique<asio::posix::stream_descriptor>(IoPoller::global().context(), pidfd);
    port->child_watch->async_wait(asio::posix::stream_descriptor::wait_read, [port, pid](const asio::error_code&) {
        int status = 0;
        pid_t r;
        {
            std::lock_guard lock(port->mutex);  // reaped and marked together (signal_port_child)
            while ((r = ::waitpid(pid, &status, 0)) < 0 && errno == EINTR) {}
            port->reaped = true;
        }
        port->child_watch.reset();
        if (r == pid) child_exited(port, status);
    });
}

struct SpawnFds {
    int to_child = -1;    // we write, the child reads (its stdin or fd 3)
    int from_child = -1;  // we read, the child writes (its stdout or fd 4)
    int err_from_child = -1;  // ember_stderr: we read the child's fd 2
    int stdin_feed = -1;      // ember_stdin: we write the data to the child's stdin, then close
};

// The environment of the child: ours, with {env, [...]} applied.
std::vector<std::string> child_environment(const PortSpec& spec) {
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e) env.emplace_back(*e);
    for (const auto& [name, value] : spec.env) {
        std::string prefix = name + "=";
        std::erase_if(env, [&](const std::string& s) { return s.compare(0, prefix.size(), prefix) == 0; });
        if (value) env.push_back(prefix + *value);
    }
    return env;
}

// posix_spawn with close-on-exec on every other descriptor, a new session (as erl_child_setup), an
// empty signal mask. Returns 0 or an errno value.
int spawn_child(Port& port, SpawnFds& fds, pid_t& pid) {
    const PortSpec& spec = port.spec;
    std::string file;
    std::vector<std::string> argv;
    std::optional<std::string> cd = spec.cd;
    if (spec.kind == PortKind::Spawn) {
        file = "/bin/sh";
        argv = {"sh", "-c", "exec " + spec.command};
    } else {
        file = spec.command;
        if (::access(file.c_str(), X_OK) != 0) return errno;
        argv.push_back(spec.arg0 ? *spec.arg0 : file);
        argv.insert(argv.end(), spec.args.begin(), spec.args.end());
    }
    struct stat st;
    if (cd && (::stat(cd->c_str(), &st) != 0 || !S_ISDIR(st.st_mode))) {
        // erl's child setup reports a bad cd from the child and exits 2; so does this one.
        file = "/bin/sh";
        argv = {"sh", "-c", "echo \"spawn: Could not cd to $0\" >&2; exit 2", *cd};
        cd.reset();
    }
    int in_pipe[2] = {-1, -1}, out_pipe[2] = {-1, -1}, err_pipe[2] = {-1, -1};
    auto close_all = [&] {
        for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]})
            if (fd >= 0) ::close(fd);
    };
    bool feed_stdin = spec.out || spec.stdin_data.has_value();
    if (feed_stdin && ::pipe2(in_pipe, O_CLOEXEC) != 0) return errno;
    if ((spec.in && ::pipe2(out_pipe, O_CLOEXEC) != 0) ||
        (spec.separate_stderr && ::pipe2(err_pipe, O_CLOEXEC) != 0)) {
        int e = errno;
        close_all();
        return e;
    }
    for (int* fd : {&in_pipe[0], &in_pipe[1], &out_pipe[0], &out_pipe[1], &err_pipe[0], &err_pipe[1]})
        if (*fd >= 0) *fd = lift_fd(*fd);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    int child_in = spec.use_stdio ? 0 : 3, child_out = spec.use_stdio ? 1 : 4;
    if (feed_stdin) posix_spawn_file_actions_adddup2(&fa, in_pipe[0], child_in);
    else if (spec.use_stdio) posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    if (spec.in) {
        posix_spawn_file_actions_adddup2(&fa, out_pipe[1], child_out);
        if (spec.stderr_to_stdout) posix_spawn_file_actions_adddup2(&fa, out_pipe[1], 2);
    }
    if (spec.separate_stderr) posix_spawn_file_actions_adddup2(&fa, err_pipe[1], 2);
    posix_spawn_file_actions_addclosefrom_np(&fa, spec.use_stdio ? 3 : 5);
    if (cd) posix_spawn_file_actions_addchdir_np(&fa, cd->c_str());
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK);

    std::vector<std::string> env = child_environment(spec);
    std::vector<char*> argv_p, env_p;
    for (auto& a : argv) argv_p.push_back(a.data());
    argv_p.push_back(nullptr);
    for (auto& e : env) env_p.push_back(e.data());
    env_p.push_back(nullptr);
    int err = ::posix_spawn(&pid, file.c_str(), &fa, &attr, argv_p.data(), env_p.data());
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    for (int* fd : {&in_pipe[0], &out_pipe[1], &err_pipe[1]}) {
        if (*fd >= 0) ::close(*fd);
        *fd = -1;
    }
    if (err != 0) {
        close_all();
        return err;
    }
    (spec.out ? fds.to_child : fds.stdin_feed) = in_pipe[1];
    fds.from_child = out_pipe[0];
    fds.err_from_child = err_pipe[0];
    return 0;
}

// {fd, In, Out}: duplicates of the given descriptors (the originals stay open when the port closes).
int open_fds(const PortSpec& spec, SpawnFds& fds) {
    if (spec.in) {
        fds.from_child = ::fcntl(spec.fd_in, F_DUPFD_CLOEXEC, 10);
        if (fds.from_child < 0) return errno;
    }
    if (spec.out) {
        fds.to_child = ::fcntl(spec.fd_out, F_DUPFD_CLOEXEC, 10);
        if (fds.to_child < 0) {
            int e = errno;
            if (fds.from_child >= 0) ::close(fds.from_child);
            return e;
        }
    }
    return 0;
}

void write_next(const PortPtr& port) {
    std::unique_lock lock(port->mutex);
    if (!port->alive || port->out_queue.empty() || !port->writer) {
        port->write_active = false;
        return;
    }
    auto buf = std::make_shared<std::string>(std::move(port->out_queue.front()));
    port->out_queue.pop_front();
    lock.unlock();
    asio::async_write(*port->writer, asio::buffer(*buf), [port, buf](const asio::error_code& ec, std::size_t) {
        std::unique_lock lock(port->mutex);
        if (!port->alive) return;
        port->queue_bytes -= std::min<std::uint64_t>(port->queue_bytes, buf->size());
        if (ec) {
            port->write_active = false;
            terminate_port(port, lock, errno_atom(ec.value()));
            return;
        }
        lock.unlock();
        write_next(port);
    });
}

}  // namespace

int start_driver(const PortPtr& port) {
    SpawnFds fds;
    pid_t pid = -1;
    int err = port->spec.kind == PortKind::Fd ? open_fds(port->spec, fds) : spawn_child(*port, fds, pid);
    if (err) return err;
    if (pid > 0) port->os_pid = pid;
    if (port->spec.kind != PortKind::Fd && fds.to_child >= 0) {
        // Only our end of the pipe becomes non-blocking (the child's end is another open file).
        ::fcntl(fds.to_child, F_SETFL, ::fcntl(fds.to_child, F_GETFL) | O_NONBLOCK);
        port->direct_fd = fds.to_child;
    }
    if (!port->spec.in) port->eof_seen = false;
    port->err_eof_seen = fds.err_from_child < 0;
    std::shared_ptr<const std::string> feed;
    if (fds.stdin_feed >= 0) feed = std::make_shared<const std::string>(*port->spec.stdin_data);
    IoPoller::global().post([port, fds, pid, feed] {
        asio::io_context& ctx = IoPoller::global().context();
        if (fds.to_child >= 0) port->writer = std::make_unique<asio::posix::stream_descriptor>(ctx, fds.to_child);
        if (fds.from_child >= 0) {
            port->reader = std::make_unique<asio::posix::stream_descriptor>(ctx, fds.from_child);
            port->read_buf.resize(kReadChunk);
            start_read(port);
        }
        if (fds.err_from_child >= 0) {
            port->err_reader = std::make_unique<asio::posix::stream_descriptor>(ctx, fds.err_from_child);
            port->err_buf.resize(kReadChunk);
            start_err_read(port);
        }
        if (fds.stdin_feed >= 0) {
            // The whole data, then end of input for the child (a write error, e.g. the child closed
            // its stdin, just ends the feed: SIGPIPE is ignored).
            port->stdin_feed = std::make_unique<asio::posix::stream_descriptor>(ctx, fds.stdin_feed);
            asio::async_write(*port->stdin_feed, asio::buffer(*feed), [port, feed](const asio::error_code&, std::size_t) {
                asio::error_code ignored;
                if (port->stdin_feed) port->stdin_feed->close(ignored);
                port->stdin_feed.reset();
            });
        }
        if (pid > 0) watch_child(port, pid);
    });
    return 0;
}

void kick_writer(const PortPtr& port) {
    if (port->write_active) return;
    port->write_active = true;
    IoPoller::global().post([port] { write_next(port); });
}

void stop_driver(const PortPtr& port) {
    if (port->driver) {
        port->driver->stop(port);
        return;
    }
    {
        std::lock_guard lock(port->mutex);
        port->direct_fd = -1;  // closed below, on the I/O thread
    }
    IoPoller::global().post([port] {
        asio::error_code ignored;
        if (port->reader) port->reader->close(ignored);
        if (port->writer) port->writer->close(ignored);
        if (port->err_reader) port->err_reader->close(ignored);
        if (port->stdin_feed) port->stdin_feed->close(ignored);
        port->reader.reset();
        port->writer.reset();
        port->err_reader.reset();
        port->stdin_feed.reset();
    });
}

bool signal_port_child(Term port_term, int sig) {
    PortPtr port = find_port(port_term);
    if (!port) return false;
    std::lock_guard lock(port->mutex);
    // `reaped` is set under this lock together with the waitpid: until then the child's pid (and its
    // process group, led by it since POSIX_SPAWN_SETSID) cannot have been reused.
    if (!port->alive || port->os_pid <= 0 || port->reaped || port->spec.kind == PortKind::Fd) return false;
    if (::kill(-static_cast<pid_t>(port->os_pid), sig) != 0 && ::kill(static_cast<pid_t>(port->os_pid), sig) != 0)
        return false;
    return true;
}

}  // namespace ember::scheduler

namespace ember::scheduler {

bool collected_output(Term port_term, CollectedOutput& out) {
    PortPtr port = find_port(port_term);
    if (!port) return false;
    std::lock_guard lock(port->mutex);
    if (!port->alive || port->spec.collect_limit == 0) return false;
    out.out = port->collected[0];
    out.err = port->collected[1];
    out.truncated = port->collect_truncated;
    out.finished = port->finished;
    out.reaped = port->status_known;
    out.exit_code = port->exit_status;
    out.term_signal = port->term_signal;
    return true;
}

}  // namespace ember::scheduler
