// Module MD5 (see module_md5.hpp). The digest comes from GNU Nettle; this file only selects the bytes.
#include "loader/module_md5.hpp"

#include <nettle/md5.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "loader/beam_file.hpp"

namespace ember::loader {

namespace {

constexpr std::size_t kFunEntryBytes = 24;                       // FunT: 6 u32 fields per entry
constexpr std::size_t kFunOldUniqAt = 20;                        // the 6th field is OldUniq

std::uint32_t read_u32(const std::uint8_t* p) {
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

struct ChunkData {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    bool present = false;
};

// beam_lib:md5_chunks(), in hashing order.
constexpr std::array<const char*, 9> kMd5Chunks = {"Atom", "AtU8", "Code", "StrT", "ImpT",
                                                   "ExpT", "FunT", "LitT", "Meta"};

// Walks the IFF container and records the first occurrence of each MD5 chunk.
// Precondition: none on `image`. Returns false if the container is malformed.
bool find_chunks(std::span<const std::uint8_t> image, std::array<ChunkData, kMd5Chunks.size()>& chunks) {
    if (image.size() < 12 || std::memcmp(image.data(), "FOR1", 4) != 0) return false;
    std::size_t form_size = read_u32(image.data() + 4);
    if (form_size > image.size() - 8 || form_size < 4) return false;
    if (std::memcmp(image.data() + 8, "BEAM", 4) != 0) return false;
    std::size_t pos = 12;
    std::size_t end = 8 + form_size;
    while (pos < end) {
        if (end - pos < 8) return false;
        const std::uint8_t* header = image.data() + pos;
        std::size_t size = read_u32(header + 4);
        pos += 8;
        if (size > end - pos) return false;
        for (std::size_t i = 0; i < kMd5Chunks.size(); ++i) {
            if (chunks[i].present || std::memcmp(header, kMd5Chunks[i], 4) != 0) continue;
            chunks[i] = ChunkData{image.data() + pos, size, true};
        }
        std::size_t padded = size + (4 - size % 4) % 4;
        pos += std::min(padded, end - pos);
    }
    return true;
}

// Hashes FunT with every entry's OldUniq as zeros (beam_lib filter_funtab/1): the 4-byte count, then
// 20 bytes kept + 4 zero bytes per whole 24-byte entry, then any trailing bytes as they are.
void hash_funtab(md5_ctx* ctx, const ChunkData& c) {
    static const std::uint8_t kZeros[4] = {};
    if (c.size < 4) {
        md5_update(ctx, c.size, c.data);
        return;
    }
    md5_update(ctx, 4, c.data);
    std::size_t pos = 4;
    while (c.size - pos >= kFunEntryBytes) {
        md5_update(ctx, kFunOldUniqAt, c.data + pos);
        md5_update(ctx, sizeof kZeros, kZeros);
        pos += kFunEntryBytes;
    }
    md5_update(ctx, c.size - pos, c.data + pos);
}

}  // namespace

bool module_md5(std::span<const std::uint8_t> beam_bytes, std::uint8_t out[16]) {
    std::vector<std::uint8_t> inflated;
    std::span<const std::uint8_t> image;
    std::string error;
    if (!plain_beam_image(beam_bytes, inflated, image, error)) return false;
    std::array<ChunkData, kMd5Chunks.size()> chunks{};
    if (!find_chunks(image, chunks)) return false;
    md5_ctx ctx;
    md5_init(&ctx);
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const ChunkData& c = chunks[i];
        if (!c.present) continue;
        if (std::strcmp(kMd5Chunks[i], "FunT") == 0)
            hash_funtab(&ctx, c);
        else
            md5_update(&ctx, c.size, c.data);
    }
    md5_digest(&ctx, MD5_DIGEST_SIZE, out);
    return true;
}

}  // namespace ember::loader
