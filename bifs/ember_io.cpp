// The native side of Ember's standard I/O server (lib/ember/src/ember_io_server.erl): writes bytes to
// the OS's stdout/stderr. Capability: io.
#include <atomic>
#include <cstdio>

#include "bifs/bif.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

std::atomic<bool> g_printable_unicode{false};

// ember_io:write(Fd, IoData) with Fd 1 (stdout) or 2 (stderr): writes the bytes, returns ok.
EMBER_BIF(bif_write) {
    Term fd = args[0];
    if (fd != make_small(1) && fd != make_small(2)) return badarg(p);
    std::string bytes;
    if (!iolist_bytes(args[1], bytes)) return badarg(p);
    std::FILE* out = fd == make_small(1) ? stdout : stderr;
    std::fwrite(bytes.data(), 1, bytes.size(), out);
    std::fflush(out);
    return am_ok;
}

// io:printable_range/0: latin1 (erl's default) or unicode, as the +pc emulator flag sets it.
EMBER_BIF(bif_printable_range) { return g_printable_unicode.load() ? atom("unicode") : am_latin1; }

const BifSpec kBifs[] = {
    {"ember_io", "write", 2, bif_write, kCapIo},
    {"io", "printable_range", 0, bif_printable_range, kCapPure},
};

}  // namespace

std::span<const BifSpec> ember_io_bifs() { return kBifs; }

void set_printable_range_unicode(bool unicode) { g_printable_unicode.store(unicode); }

}  // namespace ember::bifs
