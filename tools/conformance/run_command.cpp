// Child process execution for the conformance harness: POSIX fork/exec with both output
// streams captured through poll(), and a wall-clock timeout enforced by killing the
// child's process group (the child calls setpgid(0, 0), so only what we started dies).
#include "tools/conformance/conformance.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ember::tools {

namespace {

void close_fd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

// Reads what is available on fd into out; closes fd at EOF or error.
void drain(int& fd, std::string& out) {
  char buf[65536];
  ssize_t n = read(fd, buf, sizeof buf);
  if (n > 0) {
    out.append(buf, static_cast<size_t>(n));
  } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
    close_fd(fd);
  }
}

}  // namespace

// Pre: argv non-empty. Post: the child has been reaped (never left as a zombie), and
// either exit_status is set, or timed_out / spawn_error says why not.
RunResult run_command(const std::vector<std::string>& argv, GcStress gc, int timeout_s) {
  RunResult r;
  if (argv.empty()) {
    r.spawn_error = "empty command";
    return r;
  }
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0) {
    r.spawn_error = std::string("pipe: ") + std::strerror(errno);
    return r;
  }
  if (pipe(err_pipe) != 0) {
    r.spawn_error = std::string("pipe: ") + std::strerror(errno);
    close(out_pipe[0]);
    close(out_pipe[1]);
    return r;
  }
  std::vector<char*> cargv;
  for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);

  pid_t pid = fork();
  if (pid < 0) {
    r.spawn_error = std::string("fork: ") + std::strerror(errno);
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
    return r;
  }
  if (pid == 0) {
    setpgid(0, 0);
    dup2(out_pipe[1], STDOUT_FILENO);
    dup2(err_pipe[1], STDERR_FILENO);
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) {
      dup2(devnull, STDIN_FILENO);
      close(devnull);
    }
    if (gc == GcStress::on) setenv("EMBER_GC_STRESS", "1", 1);
    execvp(cargv[0], cargv.data());
    const char* msg = "ember-conformance: exec failed\n";
    ssize_t ignored = write(STDERR_FILENO, msg, std::strlen(msg));
    (void)ignored;
    _exit(127);
  }
  setpgid(pid, pid);  // also from the parent, so the group exists before any kill
  close(out_pipe[1]);
  close(err_pipe[1]);
  int out_fd = out_pipe[0], err_fd = err_pipe[0];

  using Clock = std::chrono::steady_clock;
  auto deadline = Clock::now() + std::chrono::seconds(timeout_s);
  while (out_fd >= 0 || err_fd >= 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      r.timed_out = true;
      kill(-pid, SIGKILL);
      break;
    }
    pollfd fds[2];
    int nfds = 0;
    if (out_fd >= 0) fds[nfds++] = {out_fd, POLLIN, 0};
    if (err_fd >= 0) fds[nfds++] = {err_fd, POLLIN, 0};
    int rc = poll(fds, nfds, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (rc < 0 && errno != EINTR) break;
    for (int i = 0; i < nfds && rc > 0; ++i) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      if (fds[i].fd == out_fd) {
        drain(out_fd, r.out);
      } else {
        drain(err_fd, r.err);
      }
    }
  }
  close_fd(out_fd);
  close_fd(err_fd);

  int status = 0;
  for (;;) {
    if (waitpid(pid, &status, 0) >= 0) break;
    if (errno != EINTR) return r;
  }
  if (!r.timed_out && WIFEXITED(status)) r.exit_status = WEXITSTATUS(status);
  if (!r.timed_out && WIFSIGNALED(status)) r.spawn_error = "killed by signal " + std::to_string(WTERMSIG(status));
  return r;
}

}  // namespace ember::tools
