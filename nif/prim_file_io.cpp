// prim_file's file handle NIFs (OTP prim_file_nif.c open_nif ... read_handle_info_nif, unix_prim_file.c).
// A handle is a resource reference (nif/resource.hpp) owned by the opening process; its exit closes the
// file (erl: owner_death_callback). Reads and writes of more than kDirtyIoBytes continue on the dirty
// IO pool.
#include <deque>
#include <new>
#include <stdexcept>
#include <unordered_set>
#include <vector>

#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

#include "nif/prim_file.hpp"
#include "vm/bignum.hpp"
#include "vm/capabilities.hpp"
#include "vm/dirty.hpp"

namespace ember::nif::prim_file {

using namespace ember::vm;

File::~File() {
    if (fd >= 0) ::close(fd);
}

namespace {

const Term kEof = bifs::atom("eof");

// Ids of recently closed handles: an operation on one answers {error, einval} as erl does, while the
// table forgets closed files (bounded memory: the last kRemembered closes).
class ClosedIds {
public:
    static ClosedIds& global() {
        static ClosedIds ids;
        return ids;
    }
    void add(std::uint64_t id) {
        std::lock_guard lock(m_mutex);
        if (m_order.size() == kRemembered) {
            m_set.erase(m_order.front());
            m_order.pop_front();
        }
        m_order.push_back(id);
        m_set.insert(id);
    }
    bool contains(std::uint64_t id) {
        std::lock_guard lock(m_mutex);
        return m_set.count(id) != 0;
    }

private:
    static constexpr std::size_t kRemembered = 4096;
    std::mutex m_mutex;
    std::deque<std::uint64_t> m_order;
    std::unordered_set<std::uint64_t> m_set;
};

enum Mode : unsigned { kRead = 1, kWrite = 2, kExclusive = 4, kAppend = 8, kSync = 16, kSkipTypeCheck = 32, kDirectory = 64 };

// Runs op(file) with the file locked; badarg if `ref` is no file handle, {error, einval} if closed.
template <class Op>
Term with_file(Process* p, Term ref, Op&& op) {
    std::shared_ptr<File> f = ResourceTable::global().find_as<File>(ref, ResourceKind::File);
    if (!f) {
        if (is_local_ref(ref) && ClosedIds::global().contains(ref_id(ref))) return posix_error(p, EINVAL);
        return badarg(p);
    }
    std::lock_guard lock(f->mutex);
    if (f->fd < 0) return posix_error(p, EINVAL);
    return op(*f);
}

// A read buffer of `size` bytes; false (the caller answers {error, enomem}) if it cannot be had.
bool alloc_buffer(std::vector<std::uint8_t>& buf, std::size_t size) {
    try {
        buf.resize(size);
        return true;
    } catch (const std::bad_alloc&) {
        return false;
    } catch (const std::length_error&) {
        return false;
    }
}

// A block that file data is read into directly (no zero fill, no copy into the term afterwards).
class ReadBlock {
public:
    ~ReadBlock() {
        if (m_bin) m_bin->release();
    }
    // False when memory runs out (the caller answers enomem).
    bool reserve(std::size_t capacity) { return reserve_keeping(0, capacity); }
    // Grows to `capacity`, keeping the first `kept` bytes.
    bool reserve_keeping(std::size_t kept, std::size_t capacity) {
        Binary* bigger = Binary::try_create(capacity);
        if (!bigger) return false;
        if (m_bin) {
            std::memcpy(bigger->data, m_bin->data, kept);
            m_bin->release();
        }
        m_bin = bigger;
        return true;
    }
    std::uint8_t* data() { return m_bin->data; }
    std::size_t capacity() const { return m_bin->capacity; }
    // {ok, Binary} of the first n bytes: a heap binary when small or mostly empty, else this block.
    Term ok_term(Process* p, std::size_t n) {
        Term bin;
        if (n <= kHeapBinaryMax || n < m_bin->capacity / 2) {
            bin = make_binary(*p, m_bin->data, n);
        } else {
            m_bin->size = n;
            bin = make_refc_binary(*p, m_bin);
            m_bin = nullptr;
        }
        return make_tuple2(*p, am_ok, bin);
    }

private:
    Binary* m_bin = nullptr;
};

// The binaries of an iovec (erlang:iolist_to_iovec/1's list of binaries); false if it is not one.
bool inspect_iovec(Term list, std::vector<iovec>& out, std::size_t& total) {
    total = 0;
    for (Term t = list; t != kNil; t = cdr(t)) {
        if (!is_list(t)) return false;
        Term b = car(t);
        if (!is_bitstring(b)) return false;
        BinaryRef r = binary_ref(b);
        if (!r.is_binary() || !r.byte_aligned()) return false;
        out.push_back(iovec{const_cast<std::uint8_t*>(r.data), r.byte_size()});
        total += r.byte_size();
    }
    return true;
}

// Writes all of iov (at offset if >= 0); returns bytes written or -1 with errno.
std::int64_t write_all(int fd, std::vector<iovec> iov, std::int64_t offset) {
    std::int64_t written = 0;
    std::size_t first = 0;
    while (first < iov.size()) {
        if (iov[first].iov_len == 0) {
            ++first;
            continue;
        }
        int count = static_cast<int>(std::min<std::size_t>(iov.size() - first, IOV_MAX));
        ssize_t n = offset >= 0 ? ::pwritev(fd, &iov[first], count, offset + written) : ::writev(fd, &iov[first], count);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (n == 0) break;
        written += n;
        std::size_t left = static_cast<std::size_t>(n);
        while (left > 0 && first < iov.size()) {
            if (left >= iov[first].iov_len) {
                left -= iov[first].iov_len;
                ++first;
            } else {
                iov[first].iov_base = static_cast<char*>(iov[first].iov_base) + left;
                iov[first].iov_len -= left;
                left = 0;
            }
        }
    }
    return written;
}

// Reads up to `size` bytes (at offset if >= 0) until EOF; -1 with errno on error.
std::int64_t read_up_to(int fd, std::uint8_t* buf, std::size_t size, std::int64_t offset) {
    std::size_t got = 0;
    while (got < size) {
        ssize_t n = offset >= 0 ? ::pread(fd, buf + got, size - got, offset + static_cast<std::int64_t>(got))
                                : ::read(fd, buf + got, size - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    return static_cast<std::int64_t>(got);
}

Term make_handle(Process* p, int fd) {
    auto f = std::make_shared<File>();
    f->fd = fd;
    Term ref = ResourceTable::global().make(*p, p->pid, std::move(f));
    return make_tuple2(*p, am_ok, ref);
}

EMBER_BIF(nif_open) {
    if (list_length(args[1]) < 0) return badarg(p);
    unsigned modes = 0;
    for (Term t = args[1]; is_list(t); t = cdr(t)) {
        Term m = car(t);
        if (m == bifs::atom("read")) modes |= kRead;
        else if (m == bifs::atom("write")) modes |= kWrite;
        else if (m == bifs::atom("exclusive")) modes |= kExclusive;
        else if (m == bifs::atom("append")) modes |= kAppend;
        else if (m == bifs::atom("sync")) modes |= kSync;
        else if (m == bifs::atom("skip_type_check")) modes |= kSkipTypeCheck;
        else if (m == bifs::atom("directory")) modes |= kDirectory;
    }
    if (modes & (kAppend | kExclusive)) modes |= kWrite;
    else if (!(modes & (kRead | kWrite))) modes |= kRead;
    // The row asks for file_read; a mode that writes also needs file_write (docs/capabilities.md).
    if ((modes & kWrite) && !require_capabilities(p, kCapFileWrite, p->capabilities, "prim_file", "open_nif", 2))
        return kNonValue;
    std::string path;
    if (!marshal_path(args[0], path)) return posix_error(p, EINVAL);
    int flags;
    if ((modes & kRead) && !(modes & kWrite)) flags = O_RDONLY;
    else if ((modes & kWrite) && !(modes & kRead)) flags = O_WRONLY | O_CREAT | O_TRUNC;
    else flags = O_RDWR | O_CREAT;
    if (modes & kAppend) flags = (flags & ~O_TRUNC) | O_APPEND;
    if (modes & kExclusive) flags |= O_EXCL;
    if (modes & kSync) flags |= O_SYNC;
    mode_t mode = 0666;
    if (modes & kDirectory) {
        flags |= O_DIRECTORY;
        mode = 0777;
    }
    int fd;
    do fd = ::open(path.c_str(), flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return posix_error(p, errno);
    struct stat st;
    if (!(modes & (kSkipTypeCheck | kDirectory)) && ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return posix_error(p, EISDIR);
    }
    return make_handle(p, fd);
}

EMBER_BIF(nif_file_desc_to_ref) {
    std::int64_t fd;
    if (!is_integer(args[0]) || !get_int64(args[0], fd) || fd < INT32_MIN || fd > INT32_MAX) return badarg(p);
    if (::fcntl(static_cast<int>(fd), F_GETFL) == -1 && errno == EBADF) return posix_error(p, EBADF);
    return make_handle(p, static_cast<int>(fd));
}

EMBER_BIF(nif_close) {
    std::shared_ptr<File> f = ResourceTable::global().find_as<File>(args[0], ResourceKind::File);
    if (!f) {
        if (is_local_ref(args[0]) && ClosedIds::global().contains(ref_id(args[0]))) return posix_error(p, EINVAL);
        return badarg(p);
    }
    ClosedIds::global().add(ref_id(args[0]));
    ResourceTable::global().release(args[0]);
    std::lock_guard lock(f->mutex);
    if (f->fd < 0) return posix_error(p, EINVAL);
    int fd = f->fd;
    f->fd = -1;
    if (::close(fd) < 0) return posix_error(p, errno);  // close(2) is not retried on EINTR (OTP)
    return am_ok;
}

Term read_impl(Process* p, const Term* args) {
    std::int64_t size;
    get_int64(args[1], size);
    return with_file(p, args[0], [&](File& f) -> Term {
        std::vector<std::uint8_t> buf;
        ReadBlock block;
        if (!block.reserve(static_cast<std::size_t>(size))) return posix_error(p, ENOMEM);
        std::int64_t n = read_up_to(f.fd, block.data(), static_cast<std::size_t>(size), -1);
        if (n < 0) return posix_error(p, errno);
        if (n == 0) return kEof;
        return block.ok_term(p, static_cast<std::size_t>(n));
    });
}
const BifSpec kReadDirty{"prim_file", "read_nif", 2, read_impl, kCapFileRead, DirtyKind::Io};

EMBER_BIF(nif_read) {
    std::int64_t size;
    if (!is_integer(args[1])) return badarg(p);
    if (!get_int64(args[1], size) || size < 0) return posix_error(p, EINVAL);
    if (!ResourceTable::global().find(args[0], ResourceKind::File)) return with_file(p, args[0], [](File&) { return kNil; });
    if (static_cast<std::uint64_t>(size) > kDirtyIoBytes && current_dirty_kind() == DirtyKind::None)
        return schedule_dirty(p, &kReadDirty);
    return read_impl(p, args);
}

Term write_impl(Process* p, const Term* args) {
    std::vector<iovec> iov;
    std::size_t total;
    if (!inspect_iovec(args[1], iov, total)) return badarg(p);
    return with_file(p, args[0], [&](File& f) -> Term {
        if (write_all(f.fd, iov, -1) < 0) return posix_error(p, errno);
        return am_ok;
    });
}
const BifSpec kWriteDirty{"prim_file", "write_nif", 2, write_impl, kCapFileWrite, DirtyKind::Io};

EMBER_BIF(nif_write) {
    std::vector<iovec> iov;
    std::size_t total;
    if (!inspect_iovec(args[1], iov, total)) return badarg(p);
    if (total > kDirtyIoBytes && current_dirty_kind() == DirtyKind::None &&
        ResourceTable::global().find(args[0], ResourceKind::File))
        return schedule_dirty(p, &kWriteDirty);
    return write_impl(p, args);
}

Term pread_impl(Process* p, const Term* args) {
    std::int64_t offset, size;
    get_int64(args[1], offset);
    get_int64(args[2], size);
    return with_file(p, args[0], [&](File& f) -> Term {
        ReadBlock block;
        if (!block.reserve(static_cast<std::size_t>(size))) return posix_error(p, ENOMEM);
        std::int64_t n = read_up_to(f.fd, block.data(), static_cast<std::size_t>(size), offset);
        if (n < 0) return posix_error(p, errno);
        if (n == 0) return kEof;
        return block.ok_term(p, static_cast<std::size_t>(n));
    });
}
const BifSpec kPreadDirty{"prim_file", "pread_nif", 3, pread_impl, kCapFileRead, DirtyKind::Io};

EMBER_BIF(nif_pread) {
    std::int64_t offset, size;
    if (!is_integer(args[1]) || !is_integer(args[2])) return badarg(p);
    if (!get_int64(args[1], offset) || !get_int64(args[2], size) || offset < 0 || size < 0)
        return with_file(p, args[0], [&](File&) { return posix_error(p, EINVAL); });
    if (static_cast<std::uint64_t>(size) > kDirtyIoBytes && current_dirty_kind() == DirtyKind::None &&
        ResourceTable::global().find(args[0], ResourceKind::File))
        return schedule_dirty(p, &kPreadDirty);
    return pread_impl(p, args);
}

Term pwrite_impl(Process* p, const Term* args) {
    std::int64_t offset;
    get_int64(args[1], offset);
    std::vector<iovec> iov;
    std::size_t total;
    if (!inspect_iovec(args[2], iov, total)) return badarg(p);
    return with_file(p, args[0], [&](File& f) -> Term {
        if (write_all(f.fd, iov, offset) < 0) return posix_error(p, errno);
        return am_ok;
    });
}
const BifSpec kPwriteDirty{"prim_file", "pwrite_nif", 3, pwrite_impl, kCapFileWrite, DirtyKind::Io};

EMBER_BIF(nif_pwrite) {
    std::vector<iovec> iov;
    std::size_t total;
    std::int64_t offset;
    if (!is_integer(args[1]) || !inspect_iovec(args[2], iov, total)) return badarg(p);
    if (!get_int64(args[1], offset) || offset < 0)
        return with_file(p, args[0], [&](File&) { return posix_error(p, EINVAL); });
    if (total > kDirtyIoBytes && current_dirty_kind() == DirtyKind::None &&
        ResourceTable::global().find(args[0], ResourceKind::File))
        return schedule_dirty(p, &kPwriteDirty);
    return pwrite_impl(p, args);
}

EMBER_BIF(nif_seek) {
    std::int64_t offset;
    if (!get_int64(args[2], offset)) return badarg(p);
    int whence;
    if (args[1] == bifs::atom("bof")) whence = SEEK_SET;
    else if (args[1] == bifs::atom("cur")) whence = SEEK_CUR;
    else if (args[1] == kEof) whence = SEEK_END;
    else return badarg(p);
    return with_file(p, args[0], [&](File& f) -> Term {
        off_t r = ::lseek(f.fd, offset, whence);
        if (r < 0) return posix_error(p, errno ? errno : EINVAL);
        return make_tuple2(*p, am_ok, make_integer(*p, static_cast<std::int64_t>(r)));
    });
}

EMBER_BIF(nif_sync) {
    if (!is_small(args[1])) return badarg(p);
    bool data_only = small_value(args[1]) != 0;
    return with_file(p, args[0], [&](File& f) -> Term {
        if ((data_only ? ::fdatasync(f.fd) : ::fsync(f.fd)) < 0) return posix_error(p, errno);
        return am_ok;
    });
}

EMBER_BIF(nif_truncate) {
    return with_file(p, args[0], [&](File& f) -> Term {
        off_t pos = ::lseek(f.fd, 0, SEEK_CUR);
        if (pos < 0 || ::ftruncate(f.fd, pos) < 0) return posix_error(p, errno);
        return am_ok;
    });
}

EMBER_BIF(nif_allocate) {
    std::int64_t offset, length;
    if (!is_integer(args[1]) || !is_integer(args[2])) return badarg(p);
    bool valid = get_int64(args[1], offset) && get_int64(args[2], length) && offset >= 0 && length >= 0;
    return with_file(p, args[0], [&](File& f) -> Term {
        if (!valid) return posix_error(p, EINVAL);
        int r;
        do r = ::fallocate(f.fd, 0, offset, length);
        while (r < 0 && errno == EINTR);
        if (r < 0 && (errno == ENOSYS || errno == EOPNOTSUPP)) {
            r = ::posix_fallocate(f.fd, offset, length);
            if (r > 0) {
                errno = r;
                r = -1;
            }
        }
        if (r < 0) return posix_error(p, errno);
        return am_ok;
    });
}

EMBER_BIF(nif_advise) {
    std::int64_t offset, length;
    if (!is_integer(args[1]) || !is_integer(args[2])) return badarg(p);
    bool valid = get_int64(args[1], offset) && get_int64(args[2], length) && offset >= 0 && length >= 0;
    int advice = -1;
    const char* names[] = {"normal", "random", "sequential", "will_need", "dont_need", "no_reuse"};
    const int values[] = {POSIX_FADV_NORMAL, POSIX_FADV_RANDOM, POSIX_FADV_SEQUENTIAL,
                          POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE};
    for (int i = 0; i < 6; ++i)
        if (args[3] == bifs::atom(names[i])) advice = values[i];
    return with_file(p, args[0], [&](File& f) -> Term {
        if (!valid || advice < 0) return posix_error(p, EINVAL);
        int r = ::posix_fadvise(f.fd, offset, length, advice);
        if (r != 0) return posix_error(p, r);
        return am_ok;
    });
}

EMBER_BIF(nif_read_handle_info) {
    return with_file(p, args[0], [&](File& f) -> Term {
        struct stat st;
        if (::fstat(f.fd, &st) < 0) return posix_error(p, errno);
        // As unix_prim_file.c check_access: the permission bits of the class the caller belongs to.
        int shift = st.st_uid == ::geteuid() ? 6 : st.st_gid == ::getegid() ? 3 : 0;
        int access = ((st.st_mode >> shift) & 4 ? 1 : 0) | ((st.st_mode >> shift) & 2 ? 2 : 0);
        return file_info(p, st, access);
    });
}

EMBER_BIF(nif_ipread_s32bu_p32bu) {
    std::int64_t pointer_offset, max_size;
    if (!is_integer(args[1]) || !is_integer(args[2])) return badarg(p);
    bool valid = get_int64(args[1], pointer_offset) && get_int64(args[2], max_size) && pointer_offset >= 0 &&
                 max_size < (std::int64_t(1) << 31);
    return with_file(p, args[0], [&](File& f) -> Term {
        if (!valid) return posix_error(p, EINVAL);
        std::uint8_t block[8];
        std::int64_t n = read_up_to(f.fd, block, sizeof block, pointer_offset);
        if (n < 0) return posix_error(p, errno);
        if (n < 8) return kEof;
        std::uint32_t size = (std::uint32_t(block[0]) << 24) | (block[1] << 16) | (block[2] << 8) | block[3];
        std::uint32_t offset = (std::uint32_t(block[4]) << 24) | (block[5] << 16) | (block[6] << 8) | block[7];
        if (static_cast<std::int64_t>(size) > max_size) return kEof;
        std::vector<std::uint8_t> buf;
        if (!alloc_buffer(buf, size)) return posix_error(p, ENOMEM);
        std::int64_t got = read_up_to(f.fd, buf.data(), buf.size(), offset);
        if (got < 0) return posix_error(p, errno);
        Term data = got == 0 ? kEof : make_binary(*p, buf.data(), static_cast<std::size_t>(got));
        return make_tuple2(*p, am_ok, make_tuple3(*p, make_integer(*p, size), make_integer(*p, offset), data));
    });
}

EMBER_BIF(nif_get_handle) {
    return with_file(p, args[0], [&](File& f) -> Term {
        int fd = f.fd;
        return make_binary(*p, reinterpret_cast<const std::uint8_t*>(&fd), sizeof fd);
    });
}

EMBER_BIF(nif_delayed_close) {
    // Ember closes an orphaned file at its owner's exit (nif/resource.hpp); the janitor never asks.
    std::shared_ptr<File> f = ResourceTable::global().find_as<File>(args[0], ResourceKind::File);
    if (!f) return badarg(p);
    return am_ok;
}

Term read_file_impl(Process* p, const Term* args) {
    std::string path;
    if (!marshal_path(args[0], path)) return posix_error(p, EINVAL);
    int fd;
    do fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return posix_error(p, errno);
    struct stat st;
    std::size_t size = ::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<std::size_t>(st.st_size) : 0;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return posix_error(p, EISDIR);
    }
    if (size > kDirtyIoBytes && current_dirty_kind() == DirtyKind::None) {
        ::close(fd);
        static const BifSpec kDirty{"prim_file", "read_file_nif", 1, read_file_impl, kCapFileRead, DirtyKind::Io};
        return schedule_dirty(p, &kDirty);
    }
    // Reads until EOF: the file may have grown or shrunk since fstat (or be a /proc file of size 0).
    // One byte more than the size lets the first read see EOF without growing the block.
    ReadBlock block;
    if (!block.reserve(size ? size + 1 : 16 << 10)) {
        ::close(fd);
        return posix_error(p, ENOMEM);
    }
    std::size_t got = 0;
    for (;;) {
        std::int64_t n = read_up_to(fd, block.data() + got, block.capacity() - got, -1);
        if (n < 0) {
            int err = errno;
            ::close(fd);
            return posix_error(p, err);
        }
        got += static_cast<std::size_t>(n);
        if (got < block.capacity()) break;
        if (!block.reserve_keeping(got, block.capacity() * 2)) {
            ::close(fd);
            return posix_error(p, ENOMEM);
        }
    }
    ::close(fd);
    return block.ok_term(p, got);
}

EMBER_BIF(nif_read_file) { return read_file_impl(p, args); }


const BifSpec kNifs[] = {
    {"prim_file", "open_nif", 2, nif_open, kCapFileRead},
    {"prim_file", "close_nif", 1, nif_close, kCapFileRead},
    {"prim_file", "read_nif", 2, nif_read, kCapFileRead},
    {"prim_file", "write_nif", 2, nif_write, kCapFileWrite},
    {"prim_file", "pread_nif", 3, nif_pread, kCapFileRead},
    {"prim_file", "pwrite_nif", 3, nif_pwrite, kCapFileWrite},
    {"prim_file", "seek_nif", 3, nif_seek, kCapFileRead},
    {"prim_file", "sync_nif", 2, nif_sync, kCapFileWrite},
    {"prim_file", "truncate_nif", 1, nif_truncate, kCapFileWrite},
    {"prim_file", "allocate_nif", 3, nif_allocate, kCapFileWrite},
    {"prim_file", "advise_nif", 4, nif_advise, kCapFileRead},
    {"prim_file", "read_handle_info_nif", 1, nif_read_handle_info, kCapFileRead},
    {"prim_file", "ipread_s32bu_p32bu_nif", 3, nif_ipread_s32bu_p32bu, kCapFileRead},
    {"prim_file", "read_file_nif", 1, nif_read_file, kCapFileRead},
    {"prim_file", "get_handle_nif", 1, nif_get_handle, kCapFileRead},
    {"prim_file", "delayed_close_nif", 1, nif_delayed_close, kCapFileRead},
    {"prim_file", "file_desc_to_ref_nif", 1, nif_file_desc_to_ref, kCapFilesystem},
};

}  // namespace

std::span<const BifSpec> io_nifs() { return kNifs; }

}  // namespace ember::nif::prim_file
