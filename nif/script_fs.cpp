#include "nif/script_fs.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "vm/posix_errors.hpp"

namespace ember::script {

namespace {
bool g_openat2 = true;  // false: the walking fallback (tests)
}  // namespace

void use_openat2(bool on) { g_openat2 = on; }

bool split_beneath(std::string_view path, std::vector<std::string>& parts, std::string& error) {
    parts.clear();
    if (!path.empty() && path.front() == '/') {
        error = "outside_root";
        return false;
    }
    if (path.find('\0') != std::string_view::npos) {
        error = "einval";
        return false;
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string_view::npos) slash = path.size();
        std::string_view part = path.substr(start, slash - start);
        if (part == "..") {
            if (parts.empty()) {
                error = "outside_root";
                return false;
            }
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.emplace_back(part);
        }
        start = slash + 1;
    }
    return true;
}

FsRoot::FsRoot(const std::string& directory) {
    m_fd = ::open(directory.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
}

FsRoot::~FsRoot() {
    if (m_fd >= 0) ::close(m_fd);
}

FsRoot::FsRoot(FsRoot&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }

FsRoot& FsRoot::operator=(FsRoot&& other) noexcept {
    std::swap(m_fd, other.m_fd);
    return *this;
}

// The descriptor of `relative` opened under the root, or -1 with `error` set. EXDEV is what openat2
// answers for a path that resolves outside the root (`..`, an absolute symlink target, ...).
int FsRoot::open_beneath(std::string_view relative, int flags, std::string& error) const {
    if (m_fd < 0) {
        error = "enoent";
        return -1;
    }
    if (!relative.empty() && relative.front() == '/') {
        error = "outside_root";
        return -1;
    }
    if (relative.find('\0') != std::string_view::npos) {
        error = "einval";
        return -1;
    }
    std::string path = relative.empty() ? std::string(".") : std::string(relative);
    open_how how{};
    how.flags = static_cast<std::uint64_t>(flags | O_CLOEXEC);
    how.mode = (flags & O_CREAT) ? 0666 : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    if (!g_openat2) return open_walking(path, flags, error);
    long fd;
    do {
        fd = ::syscall(SYS_openat2, m_fd, path.c_str(), &how, sizeof how);
    } while (fd < 0 && (errno == EINTR || errno == EAGAIN));
    if (fd < 0 && errno == ENOSYS) return open_walking(path, flags, error);
    if (fd < 0) {
        error = errno == EXDEV ? "outside_root" : vm::posix_error_name(errno);
        return -1;
    }
    return static_cast<int>(fd);
}

// Without openat2 (kernels before 5.6): the path is walked one component at a time with O_NOFOLLOW,
// `..` may not go above the root, and a symlink anywhere is refused as outside_root (stricter than
// openat2, which follows symlinks that stay inside).
int FsRoot::open_walking(const std::string& path, int flags, std::string& error) const {
    std::vector<std::string> parts;
    if (!split_beneath(path, parts, error)) return -1;
    // A failure on a symlink (ELOOP, or ENOTDIR where a directory was asked for) is an escape.
    auto failure = [](int dir, const char* name, int code) -> std::string {
        struct stat st {};
        if (code == ELOOP || (::fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)))
            return "outside_root";
        return vm::posix_error_name(code);
    };
    int dir = ::dup(m_fd);
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        int next = ::openat(dir, parts[i].c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0) error = failure(dir, parts[i].c_str(), errno);
        ::close(dir);
        if (next < 0) return -1;
        dir = next;
    }
    const char* last = parts.empty() ? "." : parts.back().c_str();
    int fd = ::openat(dir, last, flags | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) error = failure(dir, last, errno);
    ::close(dir);
    return fd;
}

FsResult FsRoot::read_file(std::string_view relative) const {
    FsResult r;
    int fd = open_beneath(relative, O_RDONLY, r.error);
    if (fd < 0) return r;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        r.error = "eisdir";
        return r;
    }
    char buffer[65536];
    while (true) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            r.error = vm::posix_error_name(errno);
            r.data.clear();
            break;
        }
        if (n == 0) break;
        r.data.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return r;
}

FsResult FsRoot::write_file(std::string_view relative, std::string_view data) const {
    FsResult r;
    int fd = open_beneath(relative, O_WRONLY | O_CREAT | O_TRUNC, r.error);
    if (fd < 0) return r;
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            r.error = vm::posix_error_name(errno);
            break;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::close(fd) != 0 && r.ok()) r.error = vm::posix_error_name(errno);
    return r;
}

FsResult FsRoot::list_dir(std::string_view relative) const {
    FsResult r;
    int fd = open_beneath(relative, O_RDONLY | O_DIRECTORY, r.error);
    if (fd < 0) return r;
    DIR* dir = ::fdopendir(fd);
    if (!dir) {
        r.error = vm::posix_error_name(errno);
        ::close(fd);
        return r;
    }
    while (dirent* e = ::readdir(dir)) {
        std::string_view name = e->d_name;
        if (name != "." && name != "..") r.names.emplace_back(name);
    }
    ::closedir(dir);
    std::sort(r.names.begin(), r.names.end());
    return r;
}

}  // namespace ember::script
