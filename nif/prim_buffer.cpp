// prim_buffer NIFs (OTP erts/emulator/nifs/common/prim_buffer_nif.c): a byte queue used by prim_file for
// read-ahead and by file_io_server. The queue is a list of chunks (the binaries written, copied) and an
// offset into the first. A buffer is a resource reference owned by its creator (nif/resource.hpp).
#include <algorithm>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>

#include "bifs/bif.hpp"
#include "nif/resource.hpp"
#include "nif/static_nifs.hpp"
#include "vm/bignum.hpp"

namespace ember::nif {

using namespace ember::vm;

namespace {

struct Buffer final : Resource {
    Buffer() : Resource(ResourceKind::Buffer) {}
    std::mutex mutex;
    std::deque<std::string> chunks;  // invariant: no empty chunk; head_offset < chunks.front().size()
    std::size_t head_offset = 0;
    std::size_t size = 0;
    bool locked = false;  // try_lock/unlock (erl: an atomic flag the Erlang side uses as a mutex)

    void skip(std::size_t n) {
        size -= n;
        while (n > 0) {
            std::size_t avail = chunks.front().size() - head_offset;
            if (n < avail) {
                head_offset += n;
                return;
            }
            n -= avail;
            chunks.pop_front();
            head_offset = 0;
        }
    }
    void copy_out(std::uint8_t* out, std::size_t n) const {
        std::size_t offset = head_offset;
        for (const std::string& c : chunks) {
            if (n == 0) break;
            std::size_t take = std::min(n, c.size() - offset);
            std::memcpy(out, c.data() + offset, take);
            out += take;
            n -= take;
            offset = 0;
        }
    }
};

template <class Op>
Term with_buffer(Process* p, Term ref, Op&& op) {
    std::shared_ptr<Buffer> b = ResourceTable::global().find_as<Buffer>(ref, ResourceKind::Buffer);
    if (!b) return badarg(p);
    std::lock_guard lock(b->mutex);
    return op(*b);
}

bool get_size(Term t, std::size_t& out) {
    std::uint64_t v;
    if (!is_integer(t) || !integer_to_uint64(t, &v)) return false;
    out = static_cast<std::size_t>(v);
    return true;
}

EMBER_BIF(nif_new) { return ResourceTable::global().make(*p, p->pid, std::make_shared<Buffer>()); }

EMBER_BIF(nif_size) {
    return with_buffer(p, args[0], [&](Buffer& b) { return make_integer_u64(*p, b.size); });
}

EMBER_BIF(nif_peek_head) {
    return with_buffer(p, args[0], [&](Buffer& b) -> Term {
        if (b.chunks.empty()) return badarg(p);
        const std::string& c = b.chunks.front();
        return make_binary(*p, reinterpret_cast<const std::uint8_t*>(c.data()) + b.head_offset, c.size() - b.head_offset);
    });
}

EMBER_BIF(nif_copying_read) {
    std::size_t n;
    if (!get_size(args[1], n)) return badarg(p);
    return with_buffer(p, args[0], [&](Buffer& b) -> Term {
        if (n > b.size) return badarg(p);
        std::uint8_t* out;
        Term bin = make_binary_uninit(*p, n, &out);
        b.copy_out(out, n);
        b.skip(n);
        return bin;
    });
}

EMBER_BIF(nif_write) {
    // The iovec is checked before anything is queued.
    for (Term t = args[1]; t != kNil; t = cdr(t)) {
        if (!is_list(t) || !is_bitstring(car(t)) || !binary_ref(car(t)).is_binary()) return badarg(p);
    }
    return with_buffer(p, args[0], [&](Buffer& b) -> Term {
        for (Term t = args[1]; t != kNil; t = cdr(t)) {
            BinaryRef r = binary_ref(car(t));
            std::size_t n = r.byte_size();
            if (n == 0) continue;
            std::string chunk(n, '\0');
            copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(chunk.data()), 0, n * 8);
            b.chunks.push_back(std::move(chunk));
            b.size += n;
        }
        return am_ok;
    });
}

EMBER_BIF(nif_skip) {
    std::size_t n;
    if (!get_size(args[1], n)) return badarg(p);
    return with_buffer(p, args[0], [&](Buffer& b) -> Term {
        if (n > b.size) return badarg(p);
        b.skip(n);
        return am_ok;
    });
}

EMBER_BIF(nif_find_byte_index) {
    if (!is_small(args[1]) || small_value(args[1]) < 0 || small_value(args[1]) > 255) return badarg(p);
    char needle = static_cast<char>(small_value(args[1]));
    return with_buffer(p, args[0], [&](Buffer& b) -> Term {
        std::size_t base = 0, offset = b.head_offset;
        for (const std::string& c : b.chunks) {
            const char* start = c.data() + offset;
            if (const void* hit = std::memchr(start, needle, c.size() - offset)) {
                std::size_t index = base + static_cast<std::size_t>(static_cast<const char*>(hit) - start);
                return make_tuple2(*p, am_ok, make_integer_u64(*p, index));
            }
            base += c.size() - offset;
            offset = 0;
        }
        return bifs::atom("not_found");
    });
}

EMBER_BIF(nif_try_lock) {
    return with_buffer(p, args[0], [&](Buffer& b) -> Term {
        if (b.locked) return bifs::atom("busy");
        b.locked = true;
        return bifs::atom("acquired");
    });
}

EMBER_BIF(nif_unlock) {
    return with_buffer(p, args[0], [&](Buffer& b) -> Term {
        if (!b.locked) {  // as erl: unlocking a buffer that is not locked
            raise_error(p, bifs::atom("lock_order_violation"));
            return kNonValue;
        }
        b.locked = false;
        return am_ok;
    });
}

const BifSpec kNifs[] = {
    {"prim_buffer", "new", 0, nif_new, kCapPure},
    {"prim_buffer", "size", 1, nif_size, kCapPure},
    {"prim_buffer", "peek_head", 1, nif_peek_head, kCapPure},
    {"prim_buffer", "copying_read", 2, nif_copying_read, kCapPure},
    {"prim_buffer", "write", 2, nif_write, kCapPure},
    {"prim_buffer", "skip", 2, nif_skip, kCapPure},
    {"prim_buffer", "find_byte_index", 2, nif_find_byte_index, kCapPure},
    {"prim_buffer", "try_lock", 1, nif_try_lock, kCapPure},
    {"prim_buffer", "unlock", 1, nif_unlock, kCapPure},
};

}  // namespace

std::span<const BifSpec> prim_buffer_nifs() { return kNifs; }

}  // namespace ember::nif
