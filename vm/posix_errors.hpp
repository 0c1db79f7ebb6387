// The Erlang name of a POSIX error number (OTP erl_posix_str.c / file's and inet's error atoms).
#pragma once

#include <string>

namespace ember::vm {

// The lowercase errno macro name ("enoent"); EOPNOTSUPP is "enotsup" and EWOULDBLOCK "eagain" as in
// erl; "unknown" for a number the C library does not name.
std::string posix_error_name(int err);

}  // namespace ember::vm
