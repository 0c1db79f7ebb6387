// The zlib NIF library (OTP erts/emulator/nifs/common/zlib_nif.c) over the system zlib: OTP's zlib.erl
// runs unchanged on it. A zstream is a resource reference (nif/resource.hpp) with a controlling
// process: every call from another process raises error:not_on_controlling_process, as in erl. Input
// is queued by enqueue_nif and consumed by deflate_nif/inflate_nif in chunks, each call producing at
// most one output chunk ({continue, Out} | {finished, Out} | {need_dictionary, Adler, Out}).
// zlib return codes become erl's answers: Z_STREAM_ERROR and Z_DATA_ERROR raise stream_error /
// data_error, the others are returned as atoms.
#include <zlib.h>

#include <cstring>
#include <deque>
#include <mutex>
#include <string>

#include "bifs/bif.hpp"
#include "nif/resource.hpp"
#include "nif/static_nifs.hpp"
#include "vm/bignum.hpp"
#include "vm/copy.hpp"
#include "vm/owned_term.hpp"

namespace ember::nif {

using namespace ember::vm;

namespace {

enum class State : std::uint8_t { None, Deflate, Inflate, Closed };
enum class EosBehavior : int { Error = 0, Reset = 1, Cut = 2 };

// One stream. `mutex` serialises the natives on it (only the controlling process calls them, but a
// set_controller may race with a call from the old controller).
struct ZStream final : Resource {
    ZStream() : Resource(ResourceKind::ZStream) { std::memset(&s, 0, sizeof s); }
    ~ZStream() override { end(); }
    void end() {
        if (state == State::Deflate) deflateEnd(&s);
        else if (state == State::Inflate) inflateEnd(&s);
    }
    std::size_t queued() const { return queue_size; }
    void reset_input() {
        queue.clear();
        head_offset = 0;
        queue_size = 0;
        stash = OwnedTerm();
        has_stash = false;
    }

    std::mutex mutex;
    z_stream s;
    State state = State::None;
    EosBehavior eos_behavior = EosBehavior::Cut;
    uLong input_crc = crc32(0L, Z_NULL, 0);
    uLong output_crc = crc32(0L, Z_NULL, 0);
    bool want_input_crc = false, want_output_crc = false, is_raw = false, eos_seen = false;
    int chunk_buffer_size = 4000;  // inflateChunk's output size (deprecated API)
    // Input not consumed yet (no empty chunk): the binaries themselves, kept alive, not copies.
    struct Chunk {
        OwnedTerm keep;                  // the enqueued binary (refc binaries are shared, not copied)
        std::unique_ptr<char[]> copied;  // the bytes of a binary that is not byte-aligned
        const char* bytes = nullptr;
        std::size_t length = 0;
        std::size_t size() const { return length; }
        const char* data() const { return bytes; }
    };
    std::deque<Chunk> queue;
    std::size_t head_offset = 0;    // consumed bytes of queue.front()
    std::size_t queue_size = 0;
    OwnedTerm stash;
    bool has_stash = false;
};

Term raise(Process* p, const char* reason) {
    raise_error(p, bifs::atom(reason));
    return kNonValue;
}

// zlib_nif.c zlib_return.
Term zlib_result(Process* p, int code) {
    switch (code) {
    case Z_OK: return am_ok;
    case Z_STREAM_END: return bifs::atom("stream_end");
    case Z_ERRNO: return make_small(errno);
    case Z_STREAM_ERROR: return raise(p, "stream_error");
    case Z_DATA_ERROR: return raise(p, "data_error");
    case Z_MEM_ERROR: return bifs::atom("mem_error");
    case Z_BUF_ERROR: return bifs::atom("buf_error");
    case Z_VERSION_ERROR: return bifs::atom("version_error");
    default: return bifs::atom("unknown_error");
    }
}

bool get_int(Term t, int& out) {
    std::int64_t v;
    if (!is_integer(t) || !integer_to_int64(t, &v) || v < INT32_MIN || v > INT32_MAX) return false;
    out = static_cast<int>(v);
    return true;
}

enum class Need { Any, Deflate, Inflate, DeflateOrInflate, None };

// Runs op(stream) after erl's checks: badarg for a non-stream, not_on_controlling_process, then the
// state the operation needs (not_initialized / already_initialized).
template <class Op>
Term with_stream(Process* p, Term ref, Need need, Op&& op) {
    std::shared_ptr<ZStream> z = ResourceTable::global().find_as<ZStream>(ref, ResourceKind::ZStream);
    if (!z) return badarg(p);
    if (z->owner.load() != p->pid) return raise(p, "not_on_controlling_process");
    std::lock_guard lock(z->mutex);
    switch (need) {
    case Need::Any: break;
    case Need::Deflate:
        if (z->state != State::Deflate) return raise(p, "not_initialized");
        break;
    case Need::Inflate:
        if (z->state != State::Inflate) return raise(p, "not_initialized");
        break;
    case Need::DeflateOrInflate:
        if (z->state != State::Deflate && z->state != State::Inflate) return raise(p, "not_initialized");
        break;
    case Need::None:
        if (z->state != State::None) return raise(p, "already_initialized");
        break;
    }
    return op(*z);
}

// One codec step (zlib_nif.c zlib_flush_queue + zlib_codec): feeds at most input_limit queued bytes
// with Z_NO_FLUSH, then flushes with `flush` once the queue is empty and there is output room.
Term codec(Process* p, ZStream& z, int (*fn)(z_streamp, int), std::size_t input_limit, std::size_t output_size,
           int flush) {
    // The output goes straight into the result binary (no intermediate buffer); a short result is
    // copied into a binary of its own size below.
    std::uint8_t* out_bytes = nullptr;
    Term out_bin = make_binary_uninit(*p, output_size, &out_bytes);
    z.s.next_out = reinterpret_cast<Bytef*>(out_bytes);
    z.s.avail_out = static_cast<uInt>(output_size);
    int res = Z_OK;
    std::size_t consumed = 0;
    for (auto it = z.queue.begin(); res == Z_OK && it != z.queue.end() && consumed < input_limit; ++it) {
        std::size_t offset = it == z.queue.begin() ? z.head_offset : 0;
        std::size_t block = std::min(it->size() - offset, input_limit);
        z.s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(it->data() + offset));
        z.s.avail_in = static_cast<uInt>(block);
        res = fn(&z.s, Z_NO_FLUSH);
        std::size_t used = block - z.s.avail_in;
        if (z.want_input_crc) z.input_crc = crc32(z.input_crc, reinterpret_cast<const Bytef*>(it->data() + offset), static_cast<uInt>(used));
        consumed += used;
        if (used < block) break;  // output full, stream end or error: the rest stays queued
    }
    // Dequeue what was consumed.
    std::size_t left = consumed;
    while (left > 0) {
        std::size_t avail = z.queue.front().size() - z.head_offset;
        if (left < avail) {
            z.head_offset += left;
            left = 0;
        } else {
            left -= avail;
            z.queue.pop_front();
            z.head_offset = 0;
        }
    }
    z.queue_size -= consumed;
    std::size_t remaining = z.queue_size;
    if (res == Z_OK && remaining == 0 && z.s.avail_out > 0) {
        z.s.next_in = nullptr;
        z.s.avail_in = 0;
        res = fn(&z.s, flush);
    }
    std::size_t produced = output_size - z.s.avail_out;
    // No pointer into the queue or into `out` outlives this call.
    z.s.next_in = nullptr;
    z.s.avail_in = 0;
    z.s.next_out = nullptr;
    z.s.avail_out = 0;
    if (res < 0 && res != Z_BUF_ERROR) return zlib_result(p, res);
    if (res == Z_STREAM_END) z.eos_seen = true;
    if (z.want_output_crc) z.output_crc = crc32(z.output_crc, reinterpret_cast<const Bytef*>(out_bytes), static_cast<uInt>(produced));
    if (consumed == 0 && produced == 0 && remaining != 0) return zlib_result(p, Z_DATA_ERROR);  // no progress
    Term chunk = produced == output_size ? out_bin : make_binary(*p, out_bytes, produced);
    Term output = produced > 0 ? make_cons(*p, chunk, kNil) : kNil;
    if (remaining == 0 && produced < output_size) return make_tuple2(*p, bifs::atom("finished"), output);
    if (res != Z_NEED_DICT) return make_tuple2(*p, bifs::atom("continue"), output);
    return make_tuple3(*p, bifs::atom("need_dictionary"), make_integer_u64(*p, z.s.adler), output);
}

EMBER_BIF(nif_open) {
    auto z = std::make_shared<ZStream>();
    z->s.data_type = Z_BINARY;
    return ResourceTable::global().make(*p, p->pid, std::move(z));
}

EMBER_BIF(nif_close) {
    return with_stream(p, args[0], Need::Any, [&](ZStream& z) -> Term {
        if (z.state == State::Closed) return raise(p, "not_initialized");
        z.end();
        z.state = State::Closed;
        z.stash = OwnedTerm();
        z.has_stash = false;
        return am_ok;
    });
}

EMBER_BIF(nif_set_controller) {
    if (!is_local_pid(args[1])) return badarg(p);
    return with_stream(p, args[0], Need::Any, [&](ZStream&) -> Term {
        ResourceTable::global().set_owner(args[0], args[1]);
        return am_ok;
    });
}

EMBER_BIF(nif_deflate_init) {
    int level, method, window_bits, mem_level, strategy;
    if (!get_int(args[1], level) || !get_int(args[2], method) || !get_int(args[3], window_bits) ||
        !get_int(args[4], mem_level) || !get_int(args[5], strategy))
        return badarg(p);
    return with_stream(p, args[0], Need::None, [&](ZStream& z) -> Term {
        int res = deflateInit2(&z.s, level, method, window_bits, mem_level, strategy);
        if (res == Z_OK) {
            z.state = State::Deflate;
            z.eos_seen = false;
            z.is_raw = window_bits < 0;
            z.want_output_crc = false;
            z.want_input_crc = z.is_raw;
            z.output_crc = z.input_crc = crc32(0L, Z_NULL, 0);
        }
        return zlib_result(p, res);
    });
}

EMBER_BIF(nif_deflate_set_dictionary) {
    std::string dict;
    if (!bifs::iolist_bytes(args[1], dict)) return badarg(p);
    return with_stream(p, args[0], Need::Deflate, [&](ZStream& z) -> Term {
        int res = deflateSetDictionary(&z.s, reinterpret_cast<const Bytef*>(dict.data()), static_cast<uInt>(dict.size()));
        if (res != Z_OK) return zlib_result(p, res);
        // s.adler is not kept in raw mode: computed here (zlib_nif.c does the same).
        uLong checksum = z.is_raw ? adler32(0, reinterpret_cast<const Bytef*>(dict.data()), static_cast<uInt>(dict.size()))
                                  : z.s.adler;
        return make_integer_u64(*p, checksum);
    });
}

EMBER_BIF(nif_deflate_reset) {
    return with_stream(p, args[0], Need::Deflate, [&](ZStream& z) -> Term {
        int res = deflateReset(&z.s);
        z.input_crc = crc32(0L, Z_NULL, 0);
        z.eos_seen = false;
        z.reset_input();
        return zlib_result(p, res);
    });
}

EMBER_BIF(nif_deflate_end) {
    return with_stream(p, args[0], Need::Deflate, [&](ZStream& z) -> Term {
        int res = deflateEnd(&z.s);
        if (res == Z_OK && z.queued() > 0) res = Z_DATA_ERROR;
        z.reset_input();
        z.state = State::None;
        return zlib_result(p, res);
    });
}

EMBER_BIF(nif_deflate_params) {
    int level, strategy;
    if (!get_int(args[1], level) || !get_int(args[2], strategy)) return badarg(p);
    return with_stream(p, args[0], Need::Deflate, [&](ZStream& z) -> Term {
        // zlib.erl flushed everything before; a one-byte buffer detects pending output (zlib_nif.c).
        Bytef dummy;
        z.s.next_out = &dummy;
        z.s.avail_out = 1;
        int res = deflateParams(&z.s, level, strategy);
        if (z.s.avail_out == 0) return zlib_result(p, Z_STREAM_ERROR);
        return zlib_result(p, res);
    });
}

Term run_codec(Process* p, const Term* args, bool deflating) {
    int in_size, out_size, flush;
    if (!get_int(args[1], in_size) || !get_int(args[2], out_size) || !get_int(args[3], flush) || in_size <= 0 ||
        out_size < 0)
        return badarg(p);
    return with_stream(p, args[0], deflating ? Need::Deflate : Need::Inflate, [&](ZStream& z) -> Term {
        if (!deflating && z.eos_seen && z.queued() > 0) {
            switch (z.eos_behavior) {
            case EosBehavior::Error: return zlib_result(p, Z_DATA_ERROR);
            case EosBehavior::Reset: {
                int res = inflateReset(&z.s);
                if (res != Z_OK) return zlib_result(p, res);
                z.eos_seen = false;
                break;
            }
            case EosBehavior::Cut: z.reset_input(); break;
            }
        }
        return codec(p, z, deflating ? deflate : inflate, static_cast<std::size_t>(in_size),
                     static_cast<std::size_t>(out_size), flush);
    });
}

EMBER_BIF(nif_deflate) { return run_codec(p, args, true); }
EMBER_BIF(nif_inflate) { return run_codec(p, args, false); }

EMBER_BIF(nif_inflate_init) {
    int window_bits, eos;
    if (!get_int(args[1], window_bits) || !get_int(args[2], eos) || eos < 0 || eos > 2) return badarg(p);
    return with_stream(p, args[0], Need::None, [&](ZStream& z) -> Term {
        int res = inflateInit2(&z.s, window_bits);
        if (res == Z_OK) {
            z.state = State::Inflate;
            z.eos_behavior = static_cast<EosBehavior>(eos);
            z.eos_seen = false;
            z.is_raw = window_bits < 0;
            z.want_output_crc = z.is_raw;
            z.want_input_crc = false;
            z.output_crc = z.input_crc = crc32(0L, Z_NULL, 0);
        }
        return zlib_result(p, res);
    });
}

EMBER_BIF(nif_inflate_set_dictionary) {
    std::string dict;
    if (!bifs::iolist_bytes(args[1], dict)) return badarg(p);
    return with_stream(p, args[0], Need::Inflate, [&](ZStream& z) -> Term {
        return zlib_result(p, inflateSetDictionary(&z.s, reinterpret_cast<const Bytef*>(dict.data()),
                                                   static_cast<uInt>(dict.size())));
    });
}

EMBER_BIF(nif_inflate_get_dictionary) {
    return with_stream(p, args[0], Need::Inflate, [&](ZStream& z) -> Term {
        std::string dict(32768, '\0');
        uInt len = 0;
        int res = inflateGetDictionary(&z.s, reinterpret_cast<Bytef*>(dict.data()), &len);
        if (res < 0) return zlib_result(p, res);
        return make_binary(*p, reinterpret_cast<const std::uint8_t*>(dict.data()), len);
    });
}

EMBER_BIF(nif_inflate_reset) {
    return with_stream(p, args[0], Need::Inflate, [&](ZStream& z) -> Term {
        int res = inflateReset(&z.s);
        z.output_crc = crc32(0L, Z_NULL, 0);
        z.eos_seen = false;
        z.reset_input();
        return zlib_result(p, res);
    });
}

EMBER_BIF(nif_inflate_end) {
    return with_stream(p, args[0], Need::Inflate, [&](ZStream& z) -> Term {
        int res = inflateEnd(&z.s);
        if (res == Z_OK && (!z.eos_seen || z.queued() > 0)) res = Z_DATA_ERROR;
        z.reset_input();
        z.state = State::None;
        return zlib_result(p, res);
    });
}

EMBER_BIF(nif_crc32) {
    return with_stream(p, args[0], Need::Any, [&](ZStream& z) -> Term {
        if (z.state == State::Deflate) return make_integer_u64(*p, z.input_crc);
        if (z.state == State::Inflate) return make_integer_u64(*p, z.output_crc);
        return raise(p, "not_initialized");
    });
}

EMBER_BIF(nif_get_stash) {
    return with_stream(p, args[0], Need::Any, [&](ZStream& z) -> Term {
        if (!z.has_stash) return bifs::atom("empty");
        return make_tuple2(*p, am_ok, copy_term(z.stash.get(), *p));
    });
}

EMBER_BIF(nif_clear_stash) {
    return with_stream(p, args[0], Need::Any, [&](ZStream& z) -> Term {
        if (!z.has_stash) return raise(p, "error");
        z.stash = OwnedTerm();
        z.has_stash = false;
        return am_ok;
    });
}

EMBER_BIF(nif_set_stash) {
    return with_stream(p, args[0], Need::Any, [&](ZStream& z) -> Term {
        if (z.has_stash) return raise(p, "error");
        z.stash = OwnedTerm::copy_of(args[1]);
        z.has_stash = true;
        return am_ok;
    });
}

EMBER_BIF(nif_get_buf_size) {
    return with_stream(p, args[0], Need::Any, [&](ZStream& z) -> Term { return make_small(z.chunk_buffer_size); });
}

EMBER_BIF(nif_set_buf_size) {
    return with_stream(p, args[0], Need::Any, [&](ZStream& z) -> Term {
        if (!get_int(args[1], z.chunk_buffer_size)) return badarg(p);
        return am_ok;
    });
}

EMBER_BIF(nif_enqueue) {
    return with_stream(p, args[0], Need::DeflateOrInflate, [&](ZStream& z) -> Term {
        std::vector<ZStream::Chunk> chunks;
        for (Term t = args[1]; t != kNil; t = cdr(t)) {
            if (!is_list(t) || !is_bitstring(car(t))) return badarg(p);
            BinaryRef r = binary_ref(car(t));
            if (!r.is_binary()) return badarg(p);
            if (r.byte_size() == 0) continue;
            ZStream::Chunk c;
            c.length = r.byte_size();
            if (r.byte_aligned()) {
                c.keep = OwnedTerm::copy_of(car(t));
                c.bytes = reinterpret_cast<const char*>(binary_ref(c.keep.get()).data);
            } else {
                c.copied.reset(new char[c.length]);
                copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(c.copied.get()), 0, r.bit_size);
                c.bytes = c.copied.get();
            }
            chunks.push_back(std::move(c));
        }
        for (ZStream::Chunk& c : chunks) {
            z.queue_size += c.size();
            z.queue.push_back(std::move(c));
        }
        return am_ok;
    });
}

const BifSpec kNifs[] = {
    {"zlib", "close_nif", 1, nif_close, kCapPure},
    {"zlib", "open_nif", 0, nif_open, kCapPure},
    {"zlib", "set_controller_nif", 2, nif_set_controller, kCapPure},
    {"zlib", "deflateInit_nif", 6, nif_deflate_init, kCapPure},
    {"zlib", "deflateSetDictionary_nif", 2, nif_deflate_set_dictionary, kCapPure},
    {"zlib", "deflateReset_nif", 1, nif_deflate_reset, kCapPure},
    {"zlib", "deflateEnd_nif", 1, nif_deflate_end, kCapPure},
    {"zlib", "deflateParams_nif", 3, nif_deflate_params, kCapPure},
    {"zlib", "deflate_nif", 4, nif_deflate, kCapPure},
    {"zlib", "inflateInit_nif", 3, nif_inflate_init, kCapPure},
    {"zlib", "inflateSetDictionary_nif", 2, nif_inflate_set_dictionary, kCapPure},
    {"zlib", "inflateGetDictionary_nif", 1, nif_inflate_get_dictionary, kCapPure},
    {"zlib", "inflateReset_nif", 1, nif_inflate_reset, kCapPure},
    {"zlib", "inflateEnd_nif", 1, nif_inflate_end, kCapPure},
    {"zlib", "inflate_nif", 4, nif_inflate, kCapPure},
    {"zlib", "crc32_nif", 1, nif_crc32, kCapPure},
    {"zlib", "getStash_nif", 1, nif_get_stash, kCapPure},
    {"zlib", "clearStash_nif", 1, nif_clear_stash, kCapPure},
    {"zlib", "setStash_nif", 2, nif_set_stash, kCapPure},
    {"zlib", "getBufSize_nif", 1, nif_get_buf_size, kCapPure},
    {"zlib", "setBufSize_nif", 2, nif_set_buf_size, kCapPure},
    {"zlib", "enqueue_nif", 2, nif_enqueue, kCapPure},
};

}  // namespace

std::span<const BifSpec> zlib_nifs() { return kNifs; }

}  // namespace ember::nif
