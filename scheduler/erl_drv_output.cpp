// What a driver sends (erl_driver docs: driver_output*, erl_drv_output_term, erl_drv_send_term and the
// driver term format; OTP io.c deliver_read_message, driver_deliver_term). Messages are built on a
// scratch heap, then copied into the signal's fragment by make_signal.
#include <cmath>
#include <cstring>
#include <memory>

#include "scheduler/erl_drv_port.hpp"
#include "vm/arith.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/etf.hpp"
#include "vm/map.hpp"
#include "vm/messages.hpp"
#include "vm/runtime_support.hpp"
#include "vm/scratch_heap.hpp"

namespace ember::scheduler {

using namespace ember::vm;

namespace {

Term bytes_term(HeapAllocator& h, const char* p, std::size_t n, bool binary, Term tail = kNil) {
    if (binary) return make_binary(h, reinterpret_cast<const std::uint8_t*>(p), n);
    Term list = tail;
    for (std::size_t i = n; i > 0; --i) list = make_cons(h, make_small(static_cast<unsigned char>(p[i - 1])), list);
    return list;
}

// {Port, {data, Data}}: Data is the header bytes as a list ending in the body (a binary in binary
// mode, more list elements otherwise), as io.c's deliver_read_message builds it.
void deliver_data(DrvPort* dp, const char* hbuf, std::size_t hlen, const char* buf, std::size_t len) {
    DrvApiLock guard(dp);
    Port* port = guard.port();
    if (!port) return;
    ScratchHeap h;
    // In binary mode the data is a binary, but no buffer at all (driver_output2(P, H, N, NULL, 0)) is
    // no tail: [H1, ..., Hn] rather than [H1, ..., Hn | <<>>] (erts io.c deliver_read_message).
    Term body = !dp->binary ? bytes_term(h, buf, len, false) : buf ? bytes_term(h, buf, len, true) : kNil;
    Term data = hlen ? bytes_term(h, hbuf, hlen, false, body) : body;
    static const Term am_data = AtomTable::global().intern("data");
    Term msg = make_tuple2(h, port->id, make_tuple2(h, am_data, data));
    port->input += hlen + len;
    drv_send(*port, port->owner, msg);
}

// Builds the term a driver term spec describes (erl_driver "driver term format"); kNonValue if the
// spec is malformed (unknown type, too few operands, bad atom/pid/port, stack not ending in one term).
Term build_spec(HeapAllocator& h, const ErlDrvTermData* d, int n) {
    std::vector<Term> stack;
    int i = 0;
    auto need = [&](int k) { return i + k <= n; };
    while (i < n) {
        ErlDrvTermData type = d[i++];
        switch (type) {
        case ERL_DRV_NIL:
            stack.push_back(kNil);
            break;
        case ERL_DRV_ATOM:
            if (!need(1) || !is_atom(d[i])) return kNonValue;
            stack.push_back(d[i++]);
            break;
        case ERL_DRV_INT:
            if (!need(1)) return kNonValue;
            stack.push_back(make_integer(h, static_cast<std::int64_t>(static_cast<ErlDrvSInt>(d[i++]))));
            break;
        case ERL_DRV_UINT:
            if (!need(1)) return kNonValue;
            stack.push_back(make_integer_u64(h, static_cast<std::uint64_t>(d[i++])));
            break;
        case ERL_DRV_INT64:
            if (!need(1) || !d[i]) return kNonValue;
            stack.push_back(make_integer(h, *reinterpret_cast<const ErlDrvSInt64*>(d[i++])));
            break;
        case ERL_DRV_UINT64:
            if (!need(1) || !d[i]) return kNonValue;
            stack.push_back(make_integer_u64(h, *reinterpret_cast<const ErlDrvUInt64*>(d[i++])));
            break;
        case ERL_DRV_PORT:
            if (!need(1) || !is_local_port(d[i])) return kNonValue;
            stack.push_back(d[i++]);
            break;
        case ERL_DRV_PID:
            if (!need(1) || !is_local_pid(d[i])) return kNonValue;
            stack.push_back(d[i++]);
            break;
        case ERL_DRV_FLOAT: {
            if (!need(1) || !d[i]) return kNonValue;
            double v = *reinterpret_cast<const double*>(d[i++]);
            if (!std::isfinite(v)) return kNonValue;
            stack.push_back(make_float(h, v));
            break;
        }
        case ERL_DRV_BINARY: {
            if (!need(3) || !d[i]) return kNonValue;
            auto* bin = reinterpret_cast<const ErlDrvBinary*>(d[i]);
            std::size_t len = d[i + 1], off = d[i + 2];
            i += 3;
            if (off > static_cast<std::size_t>(bin->orig_size) || len > static_cast<std::size_t>(bin->orig_size) - off)
                return kNonValue;
            stack.push_back(make_binary(h, reinterpret_cast<const std::uint8_t*>(bin->orig_bytes + off), len));
            break;
        }
        case ERL_DRV_BUF2BINARY: {
            if (!need(2)) return kNonValue;
            auto* buf = reinterpret_cast<const char*>(d[i]);
            std::size_t len = d[i + 1];
            i += 2;
            if (!buf && len) return kNonValue;
            stack.push_back(make_binary(h, reinterpret_cast<const std::uint8_t*>(buf), buf ? len : 0));
            break;
        }
        case ERL_DRV_STRING:
        case ERL_DRV_STRING_CONS: {
            if (!need(2)) return kNonValue;
            auto* s = reinterpret_cast<const char*>(d[i]);
            std::size_t len = d[i + 1];
            i += 2;
            if (!s && len) return kNonValue;
            Term tail = kNil;
            if (type == ERL_DRV_STRING_CONS) {
                if (stack.empty()) return kNonValue;
                tail = stack.back();
                stack.pop_back();
            }
            stack.push_back(bytes_term(h, s, len, false, tail));
            break;
        }
        case ERL_DRV_TUPLE: {
            if (!need(1)) return kNonValue;
            std::size_t k = d[i++];
            if (k > stack.size()) return kNonValue;
            Term* t = h.alloc(k + 1);
            t[0] = make_header(static_cast<Word>(k), Subtag::Tuple);
            std::copy(stack.end() - static_cast<std::ptrdiff_t>(k), stack.end(), t + 1);
            stack.resize(stack.size() - k);
            stack.push_back(make_boxed(t));
            break;
        }
        case ERL_DRV_LIST: {
            // k elements including the tail, which is the last one pushed.
            if (!need(1)) return kNonValue;
            std::size_t k = d[i++];
            if (k == 0 || k > stack.size()) return kNonValue;
            Term list = stack.back();
            for (std::size_t j = 1; j < k; ++j) list = make_cons(h, stack[stack.size() - 1 - j], list);
            stack.resize(stack.size() - k);
            stack.push_back(list);
            break;
        }
        case ERL_DRV_MAP: {
            if (!need(1)) return kNonValue;
            std::size_t k = d[i++];
            if (2 * k > stack.size()) return kNonValue;
            std::vector<Term> keys(k), values(k);
            std::size_t base = stack.size() - 2 * k;
            for (std::size_t j = 0; j < k; ++j) {
                keys[j] = stack[base + 2 * j];
                values[j] = stack[base + 2 * j + 1];
            }
            Term m = map_from_pairs(h, keys.data(), values.data(), k);
            if (map_size(m) != k) return kNonValue;  // duplicate keys are not allowed
            stack.resize(base);
            stack.push_back(m);
            break;
        }
        case ERL_DRV_EXT2TERM: {
            if (!need(2) || !d[i]) return kNonValue;
            auto* buf = reinterpret_cast<const std::uint8_t*>(d[i]);
            std::size_t len = d[i + 1];
            i += 2;
            Term t = etf_decode(h, buf, len);
            if (t == kNonValue) return kNonValue;
            stack.push_back(t);
            break;
        }
        default:
            return kNonValue;
        }
    }
    return stack.size() == 1 ? stack.front() : kNonValue;
}

// erl_drv_output_term / erl_drv_send_term: 1 sent, 0 the port is gone, -1 a bad spec.
int send_term(Term port_id, Term to, bool to_owner, const ErlDrvTermData* data, int len) {
    if (!data || len <= 0) return -1;
    DrvPortPtr dp = drv_port_of(port_id);
    if (!dp) return 0;
    ScratchHeap h;
    Term msg = build_spec(h, data, len);
    if (msg == kNonValue) return -1;
    // erl_drv_send_term may be called from any thread, also while a callback of this port waits for
    // that thread: the port's lock is taken only if it is free (a callback of the port holds it
    // otherwise), so such a thread never blocks here.
    PortPtr port = dp->port.lock();
    if (!port) return 0;
    std::unique_lock<std::mutex> lock;
    if (current_callback_port() != dp.get()) lock = std::unique_lock(port->mutex, std::try_to_lock);
    if (!port->alive) return 0;
    if (to_owner) to = port->owner;
    if (!is_local_pid(to)) return 0;
    drv_send(*port, to, msg);
    return 1;
}

}  // namespace

void drv_send(Port& port, Term to, Term msg) {
    Signal* s = make_signal(SignalKind::Message, port.id, msg);
    send_signal(to, s);
}

}  // namespace ember::scheduler

using namespace ember::scheduler;
using namespace ember::vm;

// Declared in erl_driver.h outside its extern "C" (a global variable's name is not mangled anyway).
const ErlDrvTermData driver_term_nil = kNil;

extern "C" {

ErlDrvTermData driver_mk_term_nil(void) { return kNil; }

ErlDrvTermData driver_mk_atom(char* name) {
    // Atoms a driver names are Latin-1 text (erts: erts_atom_put with ERTS_ATOM_ENC_LATIN1).
    std::string utf8;
    for (const char* p = name ? name : ""; *p; ++p) {
        auto c = static_cast<unsigned char>(*p);
        if (c < 0x80) utf8.push_back(static_cast<char>(c));
        else {
            utf8.push_back(static_cast<char>(0xC0 | (c >> 6)));
            utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return AtomTable::global().intern(utf8);
}

int driver_output(ErlDrvPort port, char* buf, ErlDrvSizeT len) {
    if (!port || (!buf && len)) return -1;
    deliver_data(port, nullptr, 0, buf, len);
    return 0;
}

int driver_output2(ErlDrvPort port, char* hbuf, ErlDrvSizeT hlen, char* buf, ErlDrvSizeT len) {
    if (!port || (!hbuf && hlen) || (!buf && len)) return -1;
    deliver_data(port, hbuf, hlen, buf, len);
    return 0;
}

int driver_output_binary(ErlDrvPort port, char* hbuf, ErlDrvSizeT hlen, ErlDrvBinary* bin, ErlDrvSizeT offset,
                         ErlDrvSizeT len) {
    if (!port || !bin || (!hbuf && hlen)) return -1;
    if (offset > static_cast<ErlDrvSizeT>(bin->orig_size) || len > static_cast<ErlDrvSizeT>(bin->orig_size) - offset)
        return -1;
    deliver_data(port, hbuf, hlen, bin->orig_bytes + offset, len);
    return 0;
}

int driver_outputv(ErlDrvPort port, char* hbuf, ErlDrvSizeT hlen, ErlIOVec* ev, ErlDrvSizeT skip) {
    if (!port || !ev || (!hbuf && hlen)) return -1;
    std::vector<std::string_view> segments;
    for (int i = 0; i < ev->vsize; ++i) {
        std::size_t n = ev->iov[i].iov_len;
        const char* p = static_cast<const char*>(ev->iov[i].iov_base);
        if (skip >= n) {
            skip -= n;
            continue;
        }
        segments.emplace_back(p + skip, n - skip);
        skip = 0;
    }
    if (!port->binary) {
        std::string body;
        for (std::string_view s : segments) body.append(s);
        deliver_data(port, hbuf, hlen, body.data(), body.size());
        return 0;
    }
    // Binary mode (io.c deliver_vec_message): the header bytes, then one binary per io vector
    // element, the last one as the list's tail ([] when there is none).
    DrvApiLock guard(port);
    Port* p = guard.port();
    if (!p) return 0;
    ScratchHeap h;
    Term data = kNil;
    std::size_t total = hlen;
    for (std::size_t i = segments.size(); i > 0; --i) {
        Term bin = bytes_term(h, segments[i - 1].data(), segments[i - 1].size(), true);
        data = i == segments.size() ? bin : make_cons(h, bin, data);
        total += segments[i - 1].size();
    }
    data = bytes_term(h, hbuf, hlen, false, data);
    static const Term am_data = AtomTable::global().intern("data");
    p->input += total;
    drv_send(*p, p->owner, make_tuple2(h, p->id, make_tuple2(h, am_data, data)));
    return 0;
}

ErlDrvSizeT driver_vec_to_buf(ErlIOVec* ev, char* buf, ErlDrvSizeT len) {
    if (!ev || !buf) return 0;
    ErlDrvSizeT copied = 0;
    for (int i = 0; i < ev->vsize && copied < len; ++i) {
        std::size_t n = std::min<std::size_t>(ev->iov[i].iov_len, len - copied);
        if (n) std::memcpy(buf + copied, ev->iov[i].iov_base, n);
        copied += n;
    }
    return copied;
}

int erl_drv_output_term(ErlDrvTermData port, ErlDrvTermData* data, int len) {
    return send_term(port, kNil, true, data, len);
}

int erl_drv_send_term(ErlDrvTermData port, ErlDrvTermData to, ErlDrvTermData* data, int len) {
    return send_term(port, to, false, data, len);
}

int driver_output_term(ErlDrvPort ix, ErlDrvTermData* data, int len) {
    return ix ? send_term(ix->id, kNil, true, data, len) : -1;
}

int driver_send_term(ErlDrvPort ix, ErlDrvTermData to, ErlDrvTermData* data, int len) {
    return ix ? send_term(ix->id, to, false, data, len) : -1;
}

}  // extern "C"
