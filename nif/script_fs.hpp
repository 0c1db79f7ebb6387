// File access confined to a root directory, for the hosted-script layer's I/O backend (docs/scripts.md):
// read_file/write_file/list_dir of a path relative to fs_root. A path that would leave the root — an
// absolute path, `..` above the root, a symlink (anywhere in the path) pointing outside — is refused
// with `outside_root`, atomically: the path is resolved by the kernel with openat2(RESOLVE_BENEATH)
// against a descriptor of the root (Linux 5.6+), so a concurrent rename cannot slip past a check. On
// older kernels the path is walked component by component and every symlink is refused.
// Errors otherwise are the errno names file:read_file/1 and friends return (enoent, eacces, eisdir,
// enotdir, ...: vm::posix_error_name).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ember::script {

struct FsResult {
    std::string error;                // empty on success, else "outside_root" or an errno name
    std::string data;                 // read_file: the contents
    std::vector<std::string> names;   // list_dir: the entries, without "." and "..", sorted
    bool ok() const { return error.empty(); }
};

// A root directory, opened once (O_PATH). Movable, not copyable.
class FsRoot {
public:
    explicit FsRoot(const std::string& directory);  // !valid() if it cannot be opened as a directory
    ~FsRoot();
    FsRoot(FsRoot&& other) noexcept;
    FsRoot& operator=(FsRoot&& other) noexcept;
    FsRoot(const FsRoot&) = delete;
    FsRoot& operator=(const FsRoot&) = delete;

    bool valid() const { return m_fd >= 0; }
    FsResult read_file(std::string_view relative) const;
    FsResult write_file(std::string_view relative, std::string_view data) const;  // creates or truncates
    FsResult list_dir(std::string_view relative) const;

private:
    int open_beneath(std::string_view relative, int flags, std::string& error) const;
    int open_walking(const std::string& path, int flags, std::string& error) const;
    int m_fd = -1;
};

// The components of a relative path with `.` and empty ones dropped and `..` applied: false with
// `error` = outside_root for an absolute path or `..` above the root, einval for a NUL byte. The
// root itself is no components. Lexical only (symlinks are the opener's business).
bool split_beneath(std::string_view path, std::vector<std::string>& parts, std::string& error);

// Tests: false makes every FsRoot use the fallback of kernels without openat2.
void use_openat2(bool on);

}  // namespace ember::script
