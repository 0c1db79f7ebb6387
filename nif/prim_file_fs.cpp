// prim_file's path NIFs (OTP prim_file_nif.c read_info_nif ... altname_nif over unix_prim_file.c), the
// helpers shared with nif/prim_file_io.cpp, and the library's table. Errors are erl's {error, Posix}.
#include <cctype>
#include <cstring>
#include <vector>

#include <dirent.h>
#include <unistd.h>
#include <utime.h>

#include "nif/prim_file.hpp"
#include "vm/posix_errors.hpp"
#include "nif/static_nifs.hpp"
#include "vm/bignum.hpp"

namespace ember::nif::prim_file {

using namespace ember::vm;

Term errno_atom(int err) { return bifs::atom(posix_error_name(err).c_str()); }

Term posix_error(Process* p, int err) { return make_tuple2(*p, am_error, errno_atom(err)); }

bool marshal_path(Term t, std::string& out) {
    if (!is_bitstring(t)) return false;
    BinaryRef r = binary_ref(t);
    if (!r.is_binary() || !r.byte_aligned()) return false;
    std::string_view bytes(reinterpret_cast<const char*>(r.data), r.byte_size());
    std::size_t nul = bytes.find('\0');
    if (nul == std::string_view::npos) return false;
    if (bytes.find_first_not_of('\0', nul) != std::string_view::npos) return false;
    out.assign(bytes.substr(0, nul));
    return true;
}

bool get_int64(Term t, std::int64_t& out) { return is_integer(t) && integer_to_int64(t, &out); }

Term file_info(Process* p, const struct stat& st, int access) {
    const char* type = S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "device"
                       : S_ISDIR(st.st_mode)                       ? "directory"
                       : S_ISREG(st.st_mode)                       ? "regular"
                       : S_ISLNK(st.st_mode)                       ? "symlink"
                                                                   : "other";
    const char* access_name = access == 1 ? "read" : access == 2 ? "write" : access == 3 ? "read_write" : "none";
    Term items[14] = {
        bifs::atom("file_info"),
        make_integer_u64(*p, static_cast<std::uint64_t>(st.st_size)),
        bifs::atom(type),
        bifs::atom(access_name),
        make_integer(*p, static_cast<std::int64_t>(st.st_atime)),
        make_integer(*p, static_cast<std::int64_t>(st.st_mtime)),
        make_integer(*p, static_cast<std::int64_t>(st.st_ctime)),
        make_integer_u64(*p, static_cast<std::uint32_t>(st.st_mode)),
        make_integer_u64(*p, static_cast<std::uint32_t>(st.st_nlink)),
        make_integer_u64(*p, static_cast<std::uint32_t>(st.st_dev)),
        make_integer_u64(*p, static_cast<std::uint32_t>(st.st_rdev)),
        make_integer_u64(*p, static_cast<std::uint32_t>(st.st_ino)),
        make_integer_u64(*p, static_cast<std::uint32_t>(st.st_uid)),
        make_integer_u64(*p, static_cast<std::uint32_t>(st.st_gid)),
    };
    Term* hp = p->alloc(15);
    hp[0] = make_header(14, Subtag::Tuple);
    for (int i = 0; i < 14; ++i) hp[1 + i] = items[i];
    return make_boxed(hp);
}

namespace {

#define PATH_ARG(var, term)                                       \
    std::string var;                                              \
    if (!marshal_path(term, var)) return posix_error(p, EINVAL)

Term ok_or_errno(Process* p, int r) { return r < 0 ? posix_error(p, errno) : am_ok; }

EMBER_BIF(nif_read_info) {
    if (!is_small(args[1])) return badarg(p);
    PATH_ARG(path, args[0]);
    struct stat st;
    if ((small_value(args[1]) ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st)) < 0)
        return posix_error(p, errno);
    int access = (::access(path.c_str(), R_OK) == 0 ? 1 : 0) | (::access(path.c_str(), W_OK) == 0 ? 2 : 0);
    return file_info(p, st, access);
}

EMBER_BIF(nif_set_permissions) {
    std::int64_t perms;
    if (!get_int64(args[1], perms) || perms < 0 || perms > UINT32_MAX) return badarg(p);
    PATH_ARG(path, args[0]);
    mode_t mode = static_cast<mode_t>(perms) & (S_ISUID | S_ISGID | S_IRWXU | S_IRWXG | S_IRWXO);
    if (::chmod(path.c_str(), mode) < 0 && ::chmod(path.c_str(), mode & ~(S_ISUID | S_ISGID)) < 0)
        return posix_error(p, errno);
    return am_ok;
}

EMBER_BIF(nif_set_owner) {
    std::int64_t uid, gid;
    if (!get_int64(args[1], uid) || !get_int64(args[2], gid) || uid < INT32_MIN || uid > INT32_MAX ||
        gid < INT32_MIN || gid > INT32_MAX)
        return badarg(p);
    PATH_ARG(path, args[0]);
    return ok_or_errno(p, ::chown(path.c_str(), static_cast<uid_t>(uid), static_cast<gid_t>(gid)));
}

EMBER_BIF(nif_set_time) {
    std::int64_t atime, mtime, ctime;
    if (!get_int64(args[1], atime) || !get_int64(args[2], mtime) || !get_int64(args[3], ctime)) return badarg(p);
    PATH_ARG(path, args[0]);
    struct utimbuf t;
    t.actime = static_cast<time_t>(atime);
    t.modtime = static_cast<time_t>(mtime);
    return ok_or_errno(p, ::utime(path.c_str(), &t));  // ctime cannot be set (as erl)
}

EMBER_BIF(nif_read_link) {
    PATH_ARG(path, args[0]);
    std::vector<char> buf(256);
    for (;;) {
        ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size());
        if (n <= 0) return posix_error(p, errno);
        if (static_cast<std::size_t>(n) < buf.size())
            return make_tuple2(*p, am_ok, make_binary(*p, reinterpret_cast<const std::uint8_t*>(buf.data()), std::size_t(n)));
        buf.resize(buf.size() * 2);
    }
}

EMBER_BIF(nif_list_dir) {
    PATH_ARG(path, args[0]);
    DIR* dir = ::opendir(path.c_str());
    if (!dir) return posix_error(p, errno);
    Term list = kNil;
    while (struct dirent* e = ::readdir(dir)) {
        std::string_view name(e->d_name);
        if (name == "." || name == "..") continue;
        list = make_cons(*p, make_binary(*p, name), list);
    }
    ::closedir(dir);
    return make_tuple2(*p, am_ok, list);
}

EMBER_BIF(nif_rename) {
    PATH_ARG(from, args[0]);
    PATH_ARG(to, args[1]);
    if (::rename(from.c_str(), to.c_str()) < 0) {
        if (errno == ENOTEMPTY) return posix_error(p, EEXIST);
        if (from == "/") return posix_error(p, EINVAL);
        return posix_error(p, errno);
    }
    return am_ok;
}

EMBER_BIF(nif_make_hard_link) {
    PATH_ARG(existing, args[0]);
    PATH_ARG(link, args[1]);
    return ok_or_errno(p, ::link(existing.c_str(), link.c_str()));
}

EMBER_BIF(nif_make_soft_link) {
    PATH_ARG(existing, args[0]);
    PATH_ARG(link, args[1]);
    return ok_or_errno(p, ::symlink(existing.c_str(), link.c_str()));
}

EMBER_BIF(nif_make_dir) {
    PATH_ARG(path, args[0]);
    return ok_or_errno(p, ::mkdir(path.c_str(), 0777));
}

EMBER_BIF(nif_del_file) {
    PATH_ARG(path, args[0]);
    if (::unlink(path.c_str()) < 0) return posix_error(p, errno == EISDIR ? EPERM : errno);  // as erl on Linux
    return am_ok;
}

EMBER_BIF(nif_del_dir) {
    PATH_ARG(path, args[0]);
    if (::rmdir(path.c_str()) < 0) {
        int err = errno == ENOTEMPTY ? EEXIST : errno;
        if (err == EEXIST) {
            // Deleting the current directory: erl answers einval.
            struct stat a, b;
            if (::stat(path.c_str(), &a) == 0 && ::stat(".", &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev)
                err = EINVAL;
        }
        return posix_error(p, err);
    }
    return am_ok;
}

EMBER_BIF(nif_get_device_cwd) {
    if (!is_small(args[0])) return badarg(p);
    return posix_error(p, ENOTSUP);  // drive letters exist only on Windows
}

EMBER_BIF(nif_set_cwd) {
    PATH_ARG(path, args[0]);
    return ok_or_errno(p, ::chdir(path.c_str()));
}

EMBER_BIF(nif_get_cwd) {
    std::vector<char> buf(256);
    while (!::getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) return posix_error(p, errno);
        buf.resize(buf.size() * 2);
    }
    return make_tuple2(*p, am_ok, make_binary(*p, std::string_view(buf.data())));
}

EMBER_BIF(nif_altname) {
    PATH_ARG(path, args[0]);
    return posix_error(p, ENOTSUP);  // short names exist only on Windows
}


const BifSpec kNifs[] = {
    {"prim_file", "read_info_nif", 2, nif_read_info, kCapFileRead},
    {"prim_file", "set_permissions_nif", 2, nif_set_permissions, kCapFileWrite},
    {"prim_file", "set_owner_nif", 3, nif_set_owner, kCapFileWrite},
    {"prim_file", "set_time_nif", 4, nif_set_time, kCapFileWrite},
    {"prim_file", "read_link_nif", 1, nif_read_link, kCapFileRead},
    {"prim_file", "list_dir_nif", 1, nif_list_dir, kCapFileRead},
    {"prim_file", "rename_nif", 2, nif_rename, kCapFileWrite},
    {"prim_file", "make_hard_link_nif", 2, nif_make_hard_link, kCapFileWrite},
    {"prim_file", "make_soft_link_nif", 2, nif_make_soft_link, kCapFileWrite},
    {"prim_file", "make_dir_nif", 1, nif_make_dir, kCapFileWrite},
    {"prim_file", "del_file_nif", 1, nif_del_file, kCapFileWrite},
    {"prim_file", "del_dir_nif", 1, nif_del_dir, kCapFileWrite},
    {"prim_file", "get_device_cwd_nif", 1, nif_get_device_cwd, kCapFileRead},
    {"prim_file", "set_cwd_nif", 1, nif_set_cwd, kCapSystem},
    {"prim_file", "get_cwd_nif", 0, nif_get_cwd, kCapFileRead},
    {"prim_file", "altname_nif", 1, nif_altname, kCapFileRead},
};

}  // namespace

std::span<const BifSpec> fs_nifs() { return kNifs; }

}  // namespace ember::nif::prim_file

namespace ember::nif {

// The library as erl links it: one table of both halves.
std::span<const vm::BifSpec> prim_file_nifs() {
    static const std::vector<vm::BifSpec> all = [] {
        std::vector<vm::BifSpec> v;
        for (auto part : {prim_file::io_nifs(), prim_file::fs_nifs()}) v.insert(v.end(), part.begin(), part.end());
        return v;
    }();
    return all;
}

}  // namespace ember::nif
