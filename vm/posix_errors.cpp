#include "vm/posix_errors.hpp"

#include <cerrno>
#include <cstring>

namespace ember::vm {

std::string posix_error_name(int err) {
    if (err == EOPNOTSUPP) return "enotsup";
    if (err == EWOULDBLOCK) return "eagain";
    const char* name = ::strerrorname_np(err);
    if (!name) return "unknown";
    std::string lower(name);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower;
}

}  // namespace ember::vm
