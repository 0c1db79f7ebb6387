// Checksum BIFs of module erlang (OTP erts/emulator/beam/erl_bif_chksum.c): md5/1, md5_init/0,
// md5_update/2, md5_final/1, crc32/1,2, crc32_combine/3, adler32/1,2, adler32_combine/3; and
// erlang:is_builtin/3. MD5 comes from GNU Nettle, CRC-32 and Adler-32 from zlib (the same system zlib
// erl links, so combine results agree bit for bit).
//
// Error rules, as erl 25: data must be iodata (bytes 0..255, binaries, nested lists, a binary tail;
// a bitstring that is not a binary is badarg); checksum arguments and combine lengths must be integers
// in 0..2^32-1, anything else is badarg.
//
// The md5 context is erl's MD5_CTX as an 88-byte binary, little-endian on x86-64 like erl's:
//   [0..16)  state A, B, C, D (u32 each)
//   [16..24) message length in bits (u32 low, u32 high)
//   [24..88) pending input block; byte (bits / 8) % 64 onwards is stale
// md5_update/md5_final accept any 88-byte binary (as erl does) and reject other sizes with badarg. The
// result of any context, even one erl never produced, is the digest erl's MD5Update/MD5Final give.
#include <nettle/md5.h>
#include <zlib.h>

#include <cstring>
#include <string>

#include "bifs/bif.hpp"
#include "vm/binary.hpp"
#include "vm/module.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

constexpr std::size_t kMd5ContextBytes = 88;
constexpr std::size_t kMd5BlockBytes = 64;

// The bytes of iodata `t`: points `data`/`size` at a byte-aligned binary's own bytes, or flattens
// into `buf`. False if `t` is not iodata.
bool iodata_bytes(Term t, std::string& buf, const std::uint8_t** data, std::size_t* size) {
    if (is_bitstring(t)) {
        BinaryRef r = binary_ref(t);
        if (!r.is_binary()) return false;
        if (r.byte_aligned()) {
            *data = r.data;
            *size = r.byte_size();
            return true;
        }
    }
    if (!iolist_bytes(t, buf)) return false;
    *data = reinterpret_cast<const std::uint8_t*>(buf.data());
    *size = buf.size();
    return true;
}

// An integer in 0..2^32-1 (erl: term_to_Uint and a 32-bit check).
bool uint32_arg(Term t, std::uint32_t* out) {
    if (!is_small(t)) return false;
    SWord v = small_value(t);
    if (v < 0 || v > SWord(0xFFFFFFFF)) return false;
    *out = static_cast<std::uint32_t>(v);
    return true;
}

// ---- MD5 contexts ---------------------------------------------------------------------------------

struct Md5State {
    std::uint32_t abcd[4];
    std::uint64_t bits;
    std::uint8_t block[kMd5BlockBytes];
};

std::uint32_t load_le32(const std::uint8_t* p) {
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}
void store_le32(std::uint8_t* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = std::uint8_t(v >> (8 * i));
}

// Reads an 88-byte context binary. False (badarg) if `t` is not a binary of exactly that size.
bool read_context(Term t, Md5State& s) {
    if (!is_bitstring(t)) return false;
    BinaryRef r = binary_ref(t);
    if (!r.is_binary() || r.byte_size() != kMd5ContextBytes) return false;
    std::uint8_t raw[kMd5ContextBytes];
    copy_bits(r.data, r.bit_offset, raw, 0, kMd5ContextBytes * 8);
    for (int i = 0; i < 4; ++i) s.abcd[i] = load_le32(raw + 4 * i);
    s.bits = std::uint64_t(load_le32(raw + 16)) | std::uint64_t(load_le32(raw + 20)) << 32;
    std::memcpy(s.block, raw + 24, kMd5BlockBytes);
    return true;
}

Term write_context(Process* p, const Md5State& s) {
    std::uint8_t* out = nullptr;
    Term bin = make_binary_uninit(*p, kMd5ContextBytes, &out);
    for (int i = 0; i < 4; ++i) store_le32(out + 4 * i, s.abcd[i]);
    store_le32(out + 16, std::uint32_t(s.bits));
    store_le32(out + 20, std::uint32_t(s.bits >> 32));
    std::memcpy(out + 24, s.block, kMd5BlockBytes);
    return bin;
}

// Nettle's context for the same point in the stream. Nettle counts whole blocks plus an index; erl
// counts bits, and takes its block index from bits / 8 % 64.
void to_nettle(const Md5State& s, md5_ctx& ctx) {
    std::memcpy(ctx.state, s.abcd, sizeof s.abcd);
    ctx.count = s.bits >> 9;
    ctx.index = unsigned((s.bits >> 3) & (kMd5BlockBytes - 1));
    std::memcpy(ctx.block, s.block, kMd5BlockBytes);
}

// Feeds `size` bytes. Postcondition: bits grows by size * 8 (mod 2^64), as erl's MD5Update.
void md5_feed(Md5State& s, const std::uint8_t* data, std::size_t size) {
    md5_ctx ctx;
    to_nettle(s, ctx);
    md5_update(&ctx, size, data);
    std::memcpy(s.abcd, ctx.state, sizeof s.abcd);
    std::memcpy(s.block, ctx.block, kMd5BlockBytes);
    s.bits += std::uint64_t(size) * 8;
}

// erl's MD5Final: pad with 0x80 and zeros to 56 mod 64, append the bit count as it stood before
// padding, output A..D little-endian. Done with Nettle's update so that a context whose bit count is
// not a whole number of bytes still gives erl's digest.
void md5_finish(Md5State s, std::uint8_t out[16]) {
    std::uint8_t length[8];
    store_le32(length, std::uint32_t(s.bits));
    store_le32(length + 4, std::uint32_t(s.bits >> 32));
    std::size_t index = (s.bits >> 3) & (kMd5BlockBytes - 1);
    std::size_t pad_size = index < 56 ? 56 - index : 120 - index;
    std::uint8_t pad[kMd5BlockBytes + 8] = {0x80};
    md5_ctx ctx;
    to_nettle(s, ctx);
    md5_update(&ctx, pad_size, pad);
    md5_update(&ctx, sizeof length, length);
    for (int i = 0; i < 4; ++i) store_le32(out + 4 * i, ctx.state[i]);
}

Md5State md5_fresh() {
    md5_ctx ctx;
    md5_init(&ctx);
    Md5State s{};
    std::memcpy(s.abcd, ctx.state, sizeof s.abcd);
    return s;
}

EMBER_BIF(bif_md5_1) {
    std::string buf;
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    if (!iodata_bytes(args[0], buf, &data, &size)) return badarg(p);
    md5_ctx ctx;
    md5_init(&ctx);
    md5_update(&ctx, size, data);
    std::uint8_t digest[MD5_DIGEST_SIZE];
    md5_digest(&ctx, MD5_DIGEST_SIZE, digest);
    return make_binary(*p, digest, sizeof digest);
}

EMBER_BIF(bif_md5_init_0) { return write_context(p, md5_fresh()); }

EMBER_BIF(bif_md5_update_2) {
    Md5State s;
    if (!read_context(args[0], s)) return badarg(p);
    std::string buf;
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    if (!iodata_bytes(args[1], buf, &data, &size)) return badarg(p);
    md5_feed(s, data, size);
    return write_context(p, s);
}

EMBER_BIF(bif_md5_final_1) {
    Md5State s;
    if (!read_context(args[0], s)) return badarg(p);
    std::uint8_t digest[16];
    md5_finish(s, digest);
    return make_binary(*p, digest, sizeof digest);
}

// ---- CRC-32 and Adler-32 ---------------------------------------------------------------------------

enum class Sum { Crc32, Adler32 };

// Updates a running checksum with iodata; false if `t` is not iodata.
bool checksum_update(Sum kind, Term t, std::uint32_t& sum) {
    std::string buf;
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    if (!iodata_bytes(t, buf, &data, &size)) return false;
    uLong acc = sum;
    // zlib takes uInt lengths; feed big inputs in pieces.
    while (size > 0) {
        uInt n = static_cast<uInt>(std::min<std::size_t>(size, 1u << 30));
        acc = kind == Sum::Crc32 ? crc32(acc, data, n) : adler32(acc, data, n);
        data += n;
        size -= n;
    }
    sum = static_cast<std::uint32_t>(acc);
    return true;
}

template <Sum kind>
EMBER_BIF(bif_sum_1) {
    std::uint32_t sum = kind == Sum::Crc32 ? std::uint32_t(crc32(0, nullptr, 0)) : std::uint32_t(adler32(0, nullptr, 0));
    if (!checksum_update(kind, args[0], sum)) return badarg(p);
    return make_small(sum);
}

template <Sum kind>
EMBER_BIF(bif_sum_2) {
    std::uint32_t sum;
    if (!uint32_arg(args[0], &sum)) return badarg(p);
    if (!checksum_update(kind, args[1], sum)) return badarg(p);
    return make_small(sum);
}

template <Sum kind>
EMBER_BIF(bif_sum_combine_3) {
    std::uint32_t a, b, length;
    if (!uint32_arg(args[0], &a) || !uint32_arg(args[1], &b) || !uint32_arg(args[2], &length)) return badarg(p);
    uLong r;
    if (kind == Sum::Crc32)
        r = crc32_combine(a, b, static_cast<z_off_t>(length));
    else
        r = length == 0 ? a : adler32_combine(a, b, static_cast<z_off_t>(length));  // erl's zero-length rule
    return make_small(static_cast<std::uint32_t>(r));
}

// ---- is_builtin/3 ----------------------------------------------------------------------------------

// True for M:F/A registered as a native (erl: in the export table with a BIF entry). A negative or
// too-large arity is simply not a BIF (false); a non-small arity or non-atom M/F is badarg.
EMBER_BIF(bif_is_builtin_3) {
    if (!is_atom(args[0]) || !is_atom(args[1]) || !is_small(args[2])) return badarg(p);
    SWord arity = small_value(args[2]);
    if (arity < 0 || arity > 255) return am_false;
    Export* ep = CodeServer::global().find_defined(args[0], args[1], std::uint32_t(arity));
    return ep != nullptr && ep->bif != nullptr ? am_true : am_false;
}

const BifSpec kBifs[] = {
    {"erlang", "md5", 1, bif_md5_1, kCapPure},
    {"erlang", "md5_init", 0, bif_md5_init_0, kCapPure},
    {"erlang", "md5_update", 2, bif_md5_update_2, kCapPure},
    {"erlang", "md5_final", 1, bif_md5_final_1, kCapPure},
    {"erlang", "crc32", 1, bif_sum_1<Sum::Crc32>, kCapPure},
    {"erlang", "crc32", 2, bif_sum_2<Sum::Crc32>, kCapPure},
    {"erlang", "crc32_combine", 3, bif_sum_combine_3<Sum::Crc32>, kCapPure},
    {"erlang", "adler32", 1, bif_sum_1<Sum::Adler32>, kCapPure},
    {"erlang", "adler32", 2, bif_sum_2<Sum::Adler32>, kCapPure},
    {"erlang", "adler32_combine", 3, bif_sum_combine_3<Sum::Adler32>, kCapPure},
    {"erlang", "is_builtin", 3, bif_is_builtin_3, kCapPure},
};

}  // namespace

std::span<const BifSpec> checksums_bifs() { return kBifs; }

}  // namespace ember::bifs
