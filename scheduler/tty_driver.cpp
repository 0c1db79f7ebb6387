// The `tty_sl` driver: the terminal port OTP 25's user_drv opens as {spawn, "tty_sl -c -e"} (facts
// from OTP erts/emulator/drivers/unix/ttsl_drv.c and kernel's user_drv.erl). Keystrokes are read on
// the I/O poller and sent as port data; output commands edit a "smart line" that knows where the
// cursor is on wrapped lines. Cursor movement uses ANSI/VT100 sequences (no termcap). docs/shell.md.
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <asio/posix/stream_descriptor.hpp>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "scheduler/io_poller.hpp"
#include "scheduler/port_entity.hpp"
#include "scheduler/tty.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/runtime_support.hpp"

namespace ember::scheduler {

using namespace ember::vm;

namespace {

// user_drv.erl's command bytes and port_control operations (OTP 25 adds a magic number to the
// control operations: ERTS_TTYSL_DRV_CONTROL_MAGIC_NUMBER).
constexpr char kOpPutc = 0, kOpMove = 1, kOpInsc = 2, kOpDelc = 3, kOpBeep = 4, kOpPutcSync = 5;
constexpr std::uint32_t kControlMagic = 0x018b0900;
constexpr std::uint32_t kCtrlGetWinsize = 100 + kControlMagic;
constexpr std::uint32_t kCtrlGetUnicodeState = 101 + kControlMagic;
constexpr std::uint32_t kCtrlSetUnicodeState = 102 + kControlMagic;
constexpr unsigned kDefaultWidth = 80, kDefaultHeight = 24;
constexpr int kMaxLine = 1 << 16;  // ttsl_drv's MAXSIZE: a longer line gets a newline first

// Line-buffer cells: a character, or a tagged cell for what prints as several columns (a control
// character ^X, a tab's spaces, a \NNN escape); tag-only cells pad the columns of the cell before.
constexpr std::uint32_t kControlTag = 0x10000000u;
constexpr std::uint32_t kEscapedTag = 0x01000000u;
constexpr std::uint32_t kTagMask = 0xFF000000u;

// ---- terminal modes (process-wide: there is one terminal) ----
struct TerminalModes {
    std::atomic<bool> saved{false};
    termios original{};               // as found: restored at exit
    std::atomic<bool> raw_on{false};  // `raw` is applied (between open and stop, outside breaks)
    termios raw{};
    termios at_open{};  // as the port found them: restored when it closes (ttsl_drv's tty_reset)
    int fd = 0;
};
TerminalModes g_modes;
std::atomic<bool> g_cols_stale{true};  // SIGWINCH seen: re-read the width before the next layout

void restore_and_reraise(int sig) {
    tty_restore_original();
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

void on_sigcont(int) {
    // Back from a stop (Ctrl-Z): the shell that ran us may have changed the modes.
    if (g_modes.raw_on.load()) ::tcsetattr(g_modes.fd, TCSANOW, &g_modes.raw);
    g_cols_stale.store(true);
}

void on_sigwinch(int) { g_cols_stale.store(true); }

// Installs `handler` for `sig` unless someone else already handles it.
void install_if_default(int sig, void (*handler)(int)) {
    struct sigaction old{};
    if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) return;
    struct sigaction sa{};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(sig, &sa, nullptr);
}

void restore_at_exit() { tty_restore_original(); }

std::pair<unsigned, unsigned> window_size(int fd) {
    winsize ws{};
    if (::ioctl(fd, TIOCGWINSZ, &ws) == 0)
        return {ws.ws_col ? ws.ws_col : kDefaultWidth, ws.ws_row ? ws.ws_row : kDefaultHeight};
    return {kDefaultWidth, kDefaultHeight};
}

// One UTF-8 character from s[pos..n): the code point (pos advanced), -2 for an incomplete sequence
// at the end, -1 for an invalid one (overlong, surrogate, above 10FFFF).
int pick_utf8(const unsigned char* s, std::size_t n, std::size_t& pos) {
    if (pos >= n) return -1;
    const unsigned char* c = s + pos;
    std::size_t left = n - pos;
    if (c[0] < 0x80) {
        ++pos;
        return c[0];
    }
    int len = (c[0] & 0xE0) == 0xC0 ? 2 : (c[0] & 0xF0) == 0xE0 ? 3 : (c[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0) return -1;
    if (left < static_cast<std::size_t>(len)) {
        for (std::size_t i = 1; i < left; ++i)
            if ((c[i] & 0xC0) != 0x80) return -1;
        return -2;
    }
    std::uint32_t cp = c[0] & (0x7F >> len);
    for (int i = 1; i < len; ++i) {
        if ((c[i] & 0xC0) != 0x80) return -1;
        cp = (cp << 6) | (c[i] & 0x3F);
    }
    static const std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    pos += static_cast<std::size_t>(len);
    return static_cast<int>(cp);
}

void put_utf8(std::uint32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Columns of the \NNN (octal, up to \777) or \x{H...} form of a non-printable character.
int escape_width(std::uint32_t ch) {
    if (ch <= 0777) return 3;
    int digits = 0;
    for (std::uint32_t c = ch; c; c >>= 4) ++digits;
    return digits + 3;
}

void append_escape(std::uint32_t ch, std::string& out) {
    char buf[32];
    if (ch <= 0777) std::snprintf(buf, sizeof buf, "%03o", static_cast<unsigned>(ch));
    else std::snprintf(buf, sizeof buf, "x{%X}", static_cast<unsigned>(ch));
    out += buf;
}

bool write_all(int fd, const std::string& s) {
    std::size_t off = 0;
    while (off < s.size()) {
        ssize_t n = ::write(fd, s.data() + off, s.size() - off);
        if (n > 0) {
            off += static_cast<std::size_t>(n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd p{fd, POLLOUT, 0};
            ::poll(&p, 1, 1000);
        } else {
            return false;
        }
    }
    return true;
}

class TtyDriver;
// The open tty_sl port (at most one), for the break handler's pause and resume.
std::mutex g_open_mutex;
PortPtr g_open_port;
TtyDriver* g_open_driver = nullptr;
std::atomic<bool> g_break_active{false};

class TtyDriver final : public PortDriver {
public:
    TtyDriver(int in_fd, int out_fd, bool binary, bool utf8, locale_t locale)
        : m_in(in_fd), m_out(out_fd), m_binary(binary), m_utf8(utf8), m_locale(locale) {}
    ~TtyDriver() override {
        if (m_locale) ::freelocale(m_locale);
    }

    // Starts (or resumes) waiting for keystrokes on the I/O thread.
    void arm_reader(const PortPtr& port) {
        IoPoller::global().post([this, port] {
            if (!port->reader) {
                int fd = ::fcntl(m_in, F_DUPFD_CLOEXEC, 10);
                if (fd < 0) return;
                port->reader = std::make_unique<asio::posix::stream_descriptor>(IoPoller::global().context(), fd);
            }
            wait_input(port);
        });
    }

    PortOp output(const PortPtr& port, std::unique_lock<std::mutex>& lock, Term, std::string data) override {
        if (data.empty()) return PortOp::Ok;
        m_text.clear();
        if (m_lpos > kMaxLine) put_chars("\n");
        std::string_view rest(data.data() + 1, data.size() - 1);
        switch (data[0]) {
        case kOpPutc:
        case kOpPutcSync:
            put_chars(rest);
            break;
        case kOpMove:
            if (rest.size() >= 2) move_rel(int16(rest));
            break;
        case kOpInsc:
            ins_chars(rest);
            break;
        case kOpDelc:
            if (rest.size() >= 2) del_chars(int16(rest));
            break;
        case kOpBeep:
            m_text += '\a';
            break;
        default:
            break;  // unknown operations are ignored, as ttsl_drv does
        }
        if (!m_text.empty() && !write_all(m_out, m_text)) {
            terminate_port(port, lock, AtomTable::global().intern("eio"));
            return PortOp::Ok;
        }
        if (data[0] == kOpPutcSync) send_port_tuple(*port, am_ok);  // {Port, ok}: user_drv's ack
        return PortOp::Ok;
    }

    std::optional<std::string> control(const PortPtr&, std::unique_lock<std::mutex>&, Term, std::uint32_t op,
                                       std::string_view data) override {
        switch (op) {
        case kCtrlGetWinsize: {
            auto [w, h] = window_size(m_in);
            std::uint32_t wh[2] = {w, h};  // native byte order, as user_drv reads it
            return std::string(reinterpret_cast<const char*>(wh), sizeof wh);
        }
        case kCtrlGetUnicodeState:
            return std::string(1, m_utf8 ? 1 : 0);
        case kCtrlSetUnicodeState: {
            if (data.empty()) return std::string();
            std::string old(1, m_utf8 ? 1 : 0);
            m_utf8 = data[0] != 0;
            return old;
        }
        default:
            return std::string();  // ttsl_drv answers other operations with an empty reply
        }
    }

    void stop(const PortPtr& port) override {
        {
            std::lock_guard lock(g_open_mutex);
            if (g_open_port == port) {
                g_open_port.reset();
                g_open_driver = nullptr;
            }
        }
        g_modes.raw_on.store(false);
        ::tcsetattr(g_modes.fd, TCSANOW, &g_modes.at_open);
        if (m_in > 2) ::close(m_in);  // a device named in the command (the reader has its own dup)
        IoPoller::global().post([port] {
            asio::error_code ignored;
            if (port->reader) port->reader->close(ignored);
            port->reader.reset();
        });
    }

    bool can_wake() const override { return true; }

private:
    static int int16(std::string_view s) {
        return static_cast<std::int16_t>((static_cast<unsigned char>(s[0]) << 8) | static_cast<unsigned char>(s[1]));
    }

    // ---- keystrokes (I/O thread) ----
    void wait_input(const PortPtr& port) {
        if (!port->reader) return;
        port->reader->async_wait(asio::posix::stream_descriptor::wait_read,
                                 [this, port](const asio::error_code& ec) {
                                     if (ec) return;  // closed
                                     if (g_break_active.load()) {
                                         m_parked = true;  // the break menu owns stdin; it re-arms us
                                         return;
                                     }
                                     read_input(port);
                                 });
    }

    void read_input(const PortPtr& port) {
        pollfd p{m_in, POLLIN, 0};
        if (::poll(&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR))) {
            wait_input(port);  // someone else took the bytes
            return;
        }
        unsigned char buf[1024];
        std::size_t have = m_partial.size();
        std::memcpy(buf, m_partial.data(), have);
        m_partial.clear();
        ssize_t n;
        while ((n = ::read(m_in, buf + have, sizeof buf - have)) < 0 && errno == EINTR) {}
        std::unique_lock lock(port->mutex);
        if (!port->alive) return;
        if (n < 0 && errno != EAGAIN) {
            terminate_port(port, lock, make_small(-1));  // driver_failure(port, -1), as ttsl_drv
            return;
        }
        if (n == 0) {
            send_port_tuple(*port, AtomTable::global().intern("eof"));  // the terminal hung up
            return;
        }
        std::size_t total = have + static_cast<std::size_t>(n < 0 ? 0 : n);
        port->input += total;
        std::string data;
        if (m_utf8) {
            // Whole characters only: an incomplete one at the end waits for its other bytes.
            std::size_t pos = 0;
            int ch = 0;
            while (pos < total && (ch = pick_utf8(buf, total, pos)) >= 0) {}
            if (ch == -2) m_partial.assign(buf + pos, buf + total);
            if (ch == -1) m_utf8 = false;  // not a UTF-8 terminal after all: bytes are Latin-1
            else data.assign(reinterpret_cast<char*>(buf), pos);
        }
        if (!m_utf8) {
            data.clear();
            for (std::size_t i = 0; i < total; ++i) put_utf8(buf[i], data);
        }
        if (!data.empty()) send_data(*port, data);
        lock.unlock();
        wait_input(port);
    }

    void send_data(Port& port, const std::string& bytes) {
        std::size_t n = bytes.size();
        HeapFragment* f = HeapFragment::create(6 + (m_binary ? (n + 7) / 8 + 8 : 2 * n));
        FragmentAllocator a(f);
        Term data;
        if (m_binary) {
            data = make_binary(a, reinterpret_cast<const std::uint8_t*>(bytes.data()), n);
        } else {
            data = kNil;
            for (std::size_t i = n; i > 0; --i)
                data = make_cons(a, make_small(static_cast<unsigned char>(bytes[i - 1])), data);
        }
        static const Term am_data = AtomTable::global().intern("data");
        send_from_port(port, make_tuple2(a, port.id, make_tuple2(a, am_data, data)), f);
    }

    // ---- the smart line (port lock held); output collects in m_text ----
    int col(int l) const { return l % m_cols; }
    int line(int l) const { return l / m_cols; }

    void update_cols() {
        if (g_cols_stale.exchange(false)) m_cols = static_cast<int>(window_size(m_in).first);
    }

    bool printable(int ch) const {
        if (m_utf8 && ch >= 128) return true;
        return ch <= 255 && (m_locale ? ::isprint_l(ch, m_locale) : std::isprint(ch));
    }

    void cell(std::size_t at, std::uint32_t v) {
        if (m_buf.size() <= at) m_buf.resize(at + 64);
        m_buf[at] = v;
    }

    // Writes the characters into the buffer at lpos (overwriting); a newline, return or escape
    // flushes the segment and starts a new line. Returns the cells written on the current line.
    int insert_buf(std::string_view s) {
        const auto* b = reinterpret_cast<const unsigned char*>(s.data());
        std::size_t pos = 0;
        int start = m_lpos;
        while (pos < s.size()) {
            int ch = pick_utf8(b, s.size(), pos);
            if (ch < 0) ch = b[pos++];  // invalid UTF-8: the byte itself
            if (printable(ch)) {
                cell(m_lpos++, static_cast<std::uint32_t>(ch));
            } else if (ch >= 128) {
                cell(m_lpos++, static_cast<std::uint32_t>(ch) | kEscapedTag);
                for (int k = escape_width(static_cast<std::uint32_t>(ch)); k > 0; --k) cell(m_lpos++, kEscapedTag);
            } else if (ch == '\t') {
                cell(m_lpos++, kControlTag | '\t');
                while (m_lpos % 8) cell(m_lpos++, kControlTag);
            } else if (ch == '\x1b' || ch == '\n' || ch == '\r') {
                write_buf(start, m_lpos - start);
                if (ch == '\x1b') {
                    m_text += '\x1b';
                } else {
                    m_text += '\r';
                    if (ch == '\n') m_text += '\n';
                }
                if (m_llen > m_lpos)
                    std::copy(m_buf.begin() + m_lpos, m_buf.begin() + m_llen, m_buf.begin());
                m_llen = m_llen > m_lpos ? m_llen - m_lpos : 0;
                m_lpos = start = 0;
            } else {
                cell(m_lpos++, static_cast<std::uint32_t>(ch) | kControlTag);
                cell(m_lpos++, kControlTag);
            }
        }
        return m_lpos - start;
    }

    // Prints n cells from `from`, then works around the "xn" wrap glitch (VT100 and xterm keep the
    // cursor on the last column): when the text ends exactly at a line end, the next character is
    // written again (or a space) so the cursor moves to the new line, then one step left.
    void write_buf(int from, int n) {
        update_cols();
        int i = from, end = from + n;
        std::uint32_t last = ' ';
        bool last_wide = false;
        std::string last_utf8;
        while (i < end) {
            std::uint32_t c = m_buf[i];
            if (!(c & kTagMask)) {
                if (m_utf8) {
                    last_utf8.clear();
                    put_utf8(c, last_utf8);
                    m_text += last_utf8;
                    last_wide = true;
                } else {
                    m_text += static_cast<char>(c);
                    last = c;
                    last_wide = false;
                }
                ++i;
            } else if (c == (kControlTag | '\t')) {
                m_text += ' ';
                ++i;
                while (i < end && m_buf[i] == kControlTag) {
                    m_text += ' ';
                    ++i;
                }
                last = ' ';
                last_wide = false;
            } else if (c & kControlTag) {
                std::uint32_t ch = c & ~kTagMask;
                m_text += '^';
                last = ch == 0177 ? '?' : (ch | 0x40);
                m_text += static_cast<char>(last);
                last_wide = false;
                i += 2;
            } else if (c & kEscapedTag) {
                std::uint32_t ch = c & ~kTagMask;
                std::string esc;
                append_escape(ch, esc);
                m_text += '\\';
                m_text += esc;
                last = static_cast<unsigned char>(esc.back());
                last_wide = false;
                i += escape_width(ch) + 1;
            } else {
                ++i;
            }
        }
        if (i > 0 && col(i) == 0) {
            if (i >= m_llen) m_text += ' ';
            else if (last_wide) m_text += last_utf8;
            else m_text += static_cast<char>(last);
            move_left(1);
        }
    }

    void move_left(int n) {
        if (n > 0) m_text += "\x1b[" + std::to_string(n) + "D";
    }
    void move_right(int n) {
        if (n > 0) m_text += "\x1b[" + std::to_string(n) + "C";
    }
    void move_up(int n) {
        if (n > 0) m_text += "\x1b[" + std::to_string(n) + "A";
    }
    void move_down(int n) {
        m_text.append(static_cast<std::size_t>(n > 0 ? n : 0), '\n');  // scrolls at the bottom, as termcap's "do"
    }

    void move_cursor(int from, int to) {
        update_cols();
        int dl = line(to) - line(from), dc = col(to) - col(from);
        if (dl > 0) move_down(dl);
        else move_up(-dl);
        if (dc > 0) move_right(dc);
        else move_left(-dc);
    }

    // The buffer index n logical characters away from lpos (padding cells skipped).
    int step_over(int n) const {
        int c = m_lpos;
        for (; n > 0 && c < m_llen; --n) {
            ++c;
            while (c < m_llen && (m_buf[c] & kTagMask) && !(m_buf[c] & ~kTagMask)) ++c;
        }
        for (; n < 0 && c > 0; ++n) {
            --c;
            while (c > 0 && (m_buf[c] & kTagMask) && !(m_buf[c] & ~kTagMask)) --c;
        }
        return c;
    }

    void put_chars(std::string_view s) {
        int n = insert_buf(s);
        if (n > 0) write_buf(m_lpos - n, n);
        if (m_lpos > m_llen) m_llen = m_lpos;
    }

    void move_rel(int n) {
        int npos = step_over(n);
        move_cursor(m_lpos, npos);
        m_lpos = npos;
    }

    void ins_chars(std::string_view s) {
        std::vector<std::uint32_t> tail(m_buf.begin() + m_lpos, m_buf.begin() + std::max(m_llen, m_lpos));
        int n = insert_buf(s);
        for (std::size_t k = 0; k < tail.size(); ++k) cell(m_lpos + k, tail[k]);
        m_llen = m_lpos + static_cast<int>(tail.size());
        write_buf(m_lpos - n, m_llen - (m_lpos - n));
        move_cursor(m_llen, m_lpos);
    }

    // Deletes n logical characters after (n > 0) or before (n < 0) the cursor; the cursor ends at
    // the start of the deleted block.
    void del_chars(int n) {
        update_cols();
        int pos = step_over(n);
        if (pos == m_lpos) return;
        int from = std::min(pos, m_lpos), to = std::max(pos, m_lpos);
        int l = to - from;
        if (pos < m_lpos) move_cursor(m_lpos, from);
        std::copy(m_buf.begin() + to, m_buf.begin() + m_llen, m_buf.begin() + from);
        m_lpos = from;
        m_llen -= l;
        write_buf(m_lpos, m_llen - m_lpos);
        m_text.append(static_cast<std::size_t>(l), ' ');
        if (col(m_llen + l) == 0) {
            m_text += ' ';
            move_left(1);
        }
        move_cursor(m_llen + l, m_lpos);
    }

    int m_in, m_out;
    bool m_binary, m_utf8;
    locale_t m_locale;
    std::string m_partial;  // I/O thread: the start of a UTF-8 character
    bool m_parked = false;  // I/O thread: stopped reading for the break menu

    std::vector<std::uint32_t> m_buf = std::vector<std::uint32_t>(1024);
    int m_llen = 0, m_lpos = 0;
    int m_cols = kDefaultWidth;
    std::string m_text;

    friend void ember::scheduler::tty_leave_break();
};

// ttsl_drv's tty_init: -c/+c canonical mode off/on, -e/+e echo, -s/+s signals; unspecified: as found.
termios make_modes(const termios& found, int canon, int echo, int sig) {
    termios t = found;
    t.c_iflag &= ~ISTRIP;
    if (canon > 0) {
        t.c_iflag |= ICRNL;
        t.c_lflag |= ICANON;
        t.c_oflag |= OPOST;
    } else if (canon < 0) {
        t.c_iflag &= ~ICRNL;
        t.c_lflag &= ~ICANON;
        t.c_oflag &= ~OPOST;
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
    }
    if (echo > 0) t.c_lflag |= ECHO;
    else if (echo < 0) t.c_lflag &= ~ECHO;
    if (sig > 0) {
        t.c_iflag |= BRKINT | IGNPAR | ICRNL | IXON | IXANY;
        t.c_lflag |= ISIG | IEXTEN;
    } else if (sig < 0) {
        t.c_iflag &= ~(BRKINT | IGNPAR | ICRNL | IXON | IXANY);
        t.c_lflag &= ~(ISIG | IEXTEN);
    }
    return t;
}

// The terminal speaks UTF-8 when the locale's character set (LC_ALL, LC_CTYPE, LANG) is UTF-8, as
// ttsl_drv decides with setlocale + nl_langinfo; the global locale is left alone.
bool locale_is_utf8(locale_t loc) {
    if (!loc) return false;
    const char* cs = ::nl_langinfo_l(CODESET, loc);
    return cs && std::strcmp(cs, "UTF-8") == 0;
}

}  // namespace

void tty_save_original() {
    if (g_modes.saved.load() || !::isatty(0)) return;
    if (::tcgetattr(0, &g_modes.original) != 0) return;
    g_modes.saved.store(true);
    std::atexit(restore_at_exit);
    for (int sig : {SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL})
        install_if_default(sig, restore_and_reraise);
    install_if_default(SIGCONT, on_sigcont);
    install_if_default(SIGWINCH, on_sigwinch);
}

void tty_disable_intr_char() {
    tty_save_original();
    if (!g_modes.saved.load()) return;
    termios t;
    if (::tcgetattr(0, &t) != 0) return;
    t.c_cc[VINTR] = _POSIX_VDISABLE;
    ::tcsetattr(0, TCSANOW, &t);
}

void tty_restore_original() {
    if (g_modes.saved.load()) ::tcsetattr(0, TCSANOW, &g_modes.original);
}

void tty_enter_break() {
    g_break_active.store(true);
    if (g_modes.saved.load()) {
        // The cooked modes as found (+Bc's disabled interrupt character stays off).
        termios t = g_modes.original;
        if (g_modes.raw_on.load()) t.c_cc[VINTR] = g_modes.raw.c_cc[VINTR];
        ::tcsetattr(0, TCSANOW, &t);
    }
}

void tty_leave_break() {
    if (g_modes.raw_on.load()) ::tcsetattr(g_modes.fd, TCSANOW, &g_modes.raw);
    g_break_active.store(false);
    std::lock_guard lock(g_open_mutex);
    if (!g_open_port || !g_open_driver) return;
    PortPtr port = g_open_port;
    TtyDriver* driver = g_open_driver;
    IoPoller::global().post([port, driver] {
        if (driver->m_parked) {
            driver->m_parked = false;
            driver->wait_input(port);
        }
    });
}

std::optional<OpenResult> open_tty_port(Term owner, std::string_view command, bool binary) {
    std::string_view name = command.substr(0, command.find(' '));
    if (name != "tty_sl") return std::nullopt;
    std::unique_lock open_lock(g_open_mutex);
    if (g_open_port) return OpenResult{kNil, EINVAL};  // one terminal port at a time, as erl
    if (!::isatty(0) || !::isatty(1)) return OpenResult{kNil, EINVAL};
    int canon = 0, echo = 0, sig = 0;
    int fd = 0;
    std::string_view rest = command.substr(name.size());
    while (!rest.empty()) {
        std::size_t b = rest.find_first_not_of(' ');
        if (b == std::string_view::npos) break;
        rest.remove_prefix(b);
        std::string_view arg = rest.substr(0, rest.find(' '));
        rest.remove_prefix(arg.size());
        int flag = arg[0] == '+' ? 1 : arg[0] == '-' ? -1 : 0;
        if (flag && arg.size() > 1) {
            if (arg[1] == 'c') canon = flag;
            if (arg[1] == 'e') echo = flag;
            if (arg[1] == 's') sig = flag;
        } else if (!flag) {
            std::string device(arg);
            if (fd > 0) ::close(fd);
            fd = ::open(device.c_str(), O_RDWR | O_CLOEXEC);
            if (fd < 0) return OpenResult{kNil, EINVAL};
        }
    }
    tty_save_original();
    termios found;
    if (::tcgetattr(fd, &found) != 0) {
        if (fd > 0) ::close(fd);
        return OpenResult{kNil, EINVAL};
    }
    g_modes.fd = fd;
    g_modes.at_open = found;
    g_modes.raw = make_modes(found, canon, echo, sig);
    if (::tcsetattr(fd, TCSANOW, &g_modes.raw) != 0) {
        if (fd > 0) ::close(fd);
        return OpenResult{kNil, EINVAL};
    }
    g_modes.raw_on.store(true);
    g_cols_stale.store(true);
    locale_t loc = ::newlocale(LC_CTYPE_MASK, "", nullptr);
    if (!loc) loc = ::newlocale(LC_CTYPE_MASK, "C", nullptr);
    auto driver = std::make_unique<TtyDriver>(fd, fd == 0 ? 1 : fd, binary, locale_is_utf8(loc), loc);
    TtyDriver* raw_driver = driver.get();
    Term id = open_port_with_driver(owner, std::string(command), std::move(driver));
    PortPtr port = find_port(id);
    g_open_port = port;
    g_open_driver = raw_driver;
    open_lock.unlock();
    if (port) raw_driver->arm_reader(port);
    return OpenResult{id, 0};
}

}  // namespace ember::scheduler
