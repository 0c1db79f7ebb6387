// The linked-in `ram_file_drv` port driver: a file held in memory, which kernel's ram_file.erl opens
// for file:open(Data, [ram | Modes]) (and so dets {ram_file, true}, erl_tar on in-memory archives).
// Facts from OTP 25's ram_file.erl (command codes, reply shapes) and the erl docs of file:open/2;
// written against erl_driver.h, registered as a static driver (docs/drivers.md, docs/files.md).
//
// Protocol: every request is port_command(Port, <<Op:8, Args/binary>>) and gets one reply message,
// {Port, {data, [Code | Rest]}} built with driver_output2 / driver_output_binary:
//   0 ok;  1 error, Rest = the POSIX error name;  2 data, Rest = <<N:32>> then N bytes (a binary in
//   binary mode);  3 number, Rest = <<N:32>>.
// Integers in requests are 32-bit big-endian, signed. An unknown op gets no reply (as erts).
#include <erl_driver.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>

#include "scheduler/erl_drv_port.hpp"

namespace ember::scheduler {

namespace {

enum Op : unsigned char {
    kOpen = 1, kRead = 2, kSeek = 3, kWrite = 4, kFsync = 9, kTruncate = 14, kPread = 17, kPwrite = 18,
    kFdatasync = 19, kGet = 30, kSize = 37, kAdvise = 38, kAllocate = 39,
};
enum Reply : char { kOk = 0, kError = 1, kData = 2, kNumber = 3 };
constexpr int kModeRead = 1, kModeWrite = 2;
constexpr int kSeekSet = 0, kSeekCur = 1, kSeekEnd = 2;

std::int32_t get_i32(const char* p) {
    auto b = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::int32_t>(std::uint32_t(b[0]) << 24 | std::uint32_t(b[1]) << 16 | std::uint32_t(b[2]) << 8 | b[3]);
}
void put_i32(std::int64_t v, char* p) {
    auto u = static_cast<std::uint32_t>(v);
    p[0] = char(u >> 24), p[1] = char(u >> 16), p[2] = char(u >> 8), p[3] = char(u);
}

// One open RAM file: the bytes [0, data.size()) are the file, `pos` the file position (may lie past
// the end: a write there fills the gap with zeros).
struct RamFile {
    ErlDrvPort port = nullptr;
    int mode = 0;  // kModeRead | kModeWrite; 0 until opened
    std::string data;
    std::int64_t pos = 0;

    void reply_code(char code) { driver_output2(port, &code, 1, nullptr, 0); }
    void reply_error(int err) {
        std::string r(1, kError);
        r += erl_errno_id(err);  // already lower case, as the driver's reply must be
        driver_output2(port, r.data(), static_cast<ErlDrvSizeT>(r.size()), nullptr, 0);
    }
    void reply_number(std::int64_t n) {
        char r[5] = {kNumber};
        put_i32(n, r + 1);
        driver_output2(port, r, sizeof r, nullptr, 0);
    }
    void reply_data(std::int64_t at, std::int64_t n) {
        char header[5] = {kData};
        put_i32(n, header + 1);
        ErlDrvBinary* bin = driver_alloc_binary(static_cast<ErlDrvSizeT>(n));
        if (!bin) return reply_error(ENOMEM);
        if (n > 0) std::memcpy(bin->orig_bytes, data.data() + at, static_cast<std::size_t>(n));
        driver_output_binary(port, header, sizeof header, bin, 0, static_cast<ErlDrvSizeT>(n));
        driver_free_binary(bin);
    }

    // Writes at `at` (the position when `at` < 0 is not given); returns an errno value or 0.
    int write(std::int64_t at, const char* bytes, std::int64_t len) {
        if (!(mode & kModeWrite)) return EBADF;
        if (at < 0 || len < 0 || at + len > INT32_MAX) return at < 0 || len < 0 ? EINVAL : EFBIG;
        std::size_t end = static_cast<std::size_t>(at + len);
        try {
            if (end > data.size()) data.resize(end, '\0');
        } catch (const std::bad_alloc&) {
            return ENOMEM;
        }
        if (len > 0) std::memcpy(data.data() + at, bytes, static_cast<std::size_t>(len));
        return 0;
    }
    // The bytes [at, at + len) clipped to the file; returns their count (0 at or past the end).
    std::int64_t readable(std::int64_t at, std::int64_t len) const {
        std::int64_t size = static_cast<std::int64_t>(data.size());
        return at >= size ? 0 : std::min(len, size - at);
    }

    void command(const char* buf, std::size_t count) {
        if (count == 0) return;
        unsigned char op = static_cast<unsigned char>(*buf++);
        --count;
        auto need = [&](std::size_t n) { return count >= n; };
        switch (op) {
        case kOpen:
            if (!need(4)) return reply_error(EINVAL);
            mode = get_i32(buf);
            try {
                data.assign(buf + 4, count - 4);
            } catch (const std::bad_alloc&) {
                return reply_error(ENOMEM);
            }
            pos = 0;
            return reply_number(0);
        case kFsync:
        case kFdatasync:
        case kAdvise:
        case kAllocate:
            // Nothing to flush or reserve in memory; a file that is not open is EBADF.
            return mode == 0 ? reply_error(EBADF) : reply_code(kOk);
        case kWrite:
            if (int err = write(pos, buf, static_cast<std::int64_t>(count))) return reply_error(err);
            pos += static_cast<std::int64_t>(count);
            return reply_number(static_cast<std::int64_t>(count));
        case kPwrite: {
            if (!need(4)) return reply_error(EINVAL);
            std::int64_t at = get_i32(buf);
            if (at < 0) return reply_error(EINVAL);
            if (int err = write(at, buf + 4, static_cast<std::int64_t>(count - 4))) return reply_error(err);
            return reply_number(static_cast<std::int64_t>(count - 4));
        }
        case kSeek: {
            if (!need(8)) return reply_error(EINVAL);
            if (mode == 0) return reply_error(EBADF);
            std::int64_t offset = get_i32(buf), target;
            switch (get_i32(buf + 4)) {
            case kSeekSet: target = offset; break;
            case kSeekCur: target = pos + offset; break;
            case kSeekEnd: target = static_cast<std::int64_t>(data.size()) + offset; break;
            default: return reply_error(EINVAL);
            }
            if (target < 0) return reply_error(EINVAL);
            pos = target;
            return reply_number(pos);
        }
        case kRead:
        case kPread: {
            bool positioned = op == kPread;
            if (!need(positioned ? 8 : 4)) return reply_error(EINVAL);
            std::int64_t at = positioned ? get_i32(buf) : pos;
            if (positioned && at < 0) return reply_error(EINVAL);
            std::int64_t len = get_i32(buf + (positioned ? 4 : 0));
            if (!(mode & kModeRead)) return reply_error(EBADF);
            if (len < 0) return reply_error(EINVAL);
            std::int64_t n = readable(at, len);
            if (!positioned) pos = at + n;
            return reply_data(at, n);
        }
        case kTruncate:
            if (!(mode & kModeWrite)) return reply_error(EACCES);
            // The file ends at the position; a position past the end extends it with zeros (as erts).
            if (pos > INT32_MAX) return reply_error(EFBIG);
            try {
                data.resize(static_cast<std::size_t>(pos), '\0');
            } catch (const std::bad_alloc&) {
                return reply_error(ENOMEM);
            }
            return reply_code(kOk);
        case kGet:
            return reply_data(0, static_cast<std::int64_t>(data.size()));
        case kSize:
            return reply_number(static_cast<std::int64_t>(data.size()));
        default:
            return;  // unknown: no reply, as erts
        }
    }
};

ErlDrvData ram_file_start(ErlDrvPort port, char*) {
    auto* f = new (std::nothrow) RamFile;
    if (!f) {
        errno = ENOMEM;
        return ERL_DRV_ERROR_ERRNO;
    }
    f->port = port;
    return reinterpret_cast<ErlDrvData>(f);
}

void ram_file_stop(ErlDrvData d) { delete reinterpret_cast<RamFile*>(d); }

void ram_file_output(ErlDrvData d, char* buf, ErlDrvSizeT count) {
    reinterpret_cast<RamFile*>(d)->command(buf, count);
}

ErlDrvEntry make_entry() {
    ErlDrvEntry e{};
    e.start = ram_file_start;
    e.stop = ram_file_stop;
    e.output = ram_file_output;
    e.driver_name = const_cast<char*>("ram_file_drv");
    e.extended_marker = ERL_DRV_EXTENDED_MARKER;
    e.major_version = ERL_DRV_EXTENDED_MAJOR_VERSION;
    e.minor_version = ERL_DRV_EXTENDED_MINOR_VERSION;
    e.driver_flags = ERL_DRV_FLAG_USE_PORT_LOCKING;
    return e;
}

}  // namespace

void register_linked_in_drivers() {
    static ErlDrvEntry ram_file = make_entry();
    static const bool registered = (add_static_entry(&ram_file), true);
    (void)registered;
}

}  // namespace ember::scheduler
