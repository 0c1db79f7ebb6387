// Shared pieces of Ember's prim_file NIF library (OTP erts/emulator/nifs/common/prim_file_nif.c and
// unix/unix_prim_file.c semantics): nif/prim_file_io.cpp has the file handle operations,
// nif/prim_file_fs.cpp the path operations and the table. docs/files.md.
#pragma once

#include <cerrno>
#include <cstdint>
#include <mutex>
#include <string>

#include <sys/stat.h>

#include "bifs/bif.hpp"
#include "nif/resource.hpp"
#include "vm/native.hpp"

namespace ember::nif::prim_file {

// Reads and writes above this many bytes move to the dirty IO pool (vm/dirty.hpp), so a process
// reading a big file does not hold a normal scheduler.
inline constexpr std::size_t kDirtyIoBytes = std::size_t(64) << 10;

// An open file (OTP efile_unix_t). `mutex` serialises operations on it (OTP's BUSY state); fd is -1
// once closed, and operations then answer {error, einval} as erl's CLOSED state does.
struct File final : Resource {
    File() : Resource(ResourceKind::File) {}
    ~File() override;
    std::mutex mutex;
    int fd = -1;
};

// {error, Posix} with erl's lowercase errno name (erl_posix_str.c erl_errno_id).
vm::Term posix_error(vm::Process* p, int err);
vm::Term errno_atom(int err);
// A path argument as the NIFs receive it: prim_file:internal_name2native/1's NUL-terminated binary
// (any number of trailing NULs, no NUL before them). False (the caller answers {error, einval}) if not.
bool marshal_path(vm::Term t, std::string& out);
// An int64 argument; false if it is not an integer in range.
bool get_int64(vm::Term t, std::int64_t& out);

// #file_info{} as read_info_nif returns it (times as posix seconds; prim_file.erl converts them).
// access: bit 0 read, bit 1 write.
vm::Term file_info(vm::Process* p, const struct stat& st, int access);

std::span<const vm::BifSpec> io_nifs();
std::span<const vm::BifSpec> fs_nifs();

}  // namespace ember::nif::prim_file
