#include "loader/beamfile_chunks.hpp"

#include "loader/beam_file.hpp"
#include "loader/module_md5.hpp"

namespace ember::loader {

namespace {

// A signed big-endian 32-bit value at `pos`, or nullopt if it does not fit before `end`.
std::optional<std::int32_t> read_i32(std::span<const std::uint8_t> bytes, std::size_t pos, std::size_t end) {
    if (end < 4 || pos > end - 4) return std::nullopt;
    std::uint32_t v = std::uint32_t(bytes[pos]) << 24 | std::uint32_t(bytes[pos + 1]) << 16 |
                      std::uint32_t(bytes[pos + 2]) << 8 | std::uint32_t(bytes[pos + 3]);
    return static_cast<std::int32_t>(v);
}

constexpr std::uint32_t iff_id(char a, char b, char c, char d) {
    return std::uint32_t(std::uint8_t(a)) << 24 | std::uint32_t(std::uint8_t(b)) << 16 |
           std::uint32_t(std::uint8_t(c)) << 8 | std::uint32_t(std::uint8_t(d));
}

}  // namespace

std::optional<ChunkSpan> find_iff_chunk(std::span<const std::uint8_t> image, std::uint32_t id) {
    auto form = read_i32(image, 0, image.size());
    if (!form || std::uint32_t(*form) != iff_id('F', 'O', 'R', '1')) return std::nullopt;
    auto form_size = read_i32(image, 4, image.size());
    if (!form_size || *form_size < 0 || std::size_t(*form_size) > image.size() - 8) return std::nullopt;
    std::size_t pos = 8, end = 8 + std::size_t(*form_size);
    auto beam = read_i32(image, pos, end);
    if (!beam || std::uint32_t(*beam) != iff_id('B', 'E', 'A', 'M')) return std::nullopt;
    pos += 4;
    std::optional<ChunkSpan> found;
    while (pos < end) {
        auto chunk_id = read_i32(image, pos, end);
        auto chunk_size = read_i32(image, pos + 4, end);
        if (!chunk_id || !chunk_size || *chunk_size < 0) return std::nullopt;
        pos += 8;
        std::size_t size = std::size_t(*chunk_size), storage = (size + 3) & ~std::size_t(3);
        if (storage > end - pos) return std::nullopt;
        if (std::uint32_t(*chunk_id) == id) found = ChunkSpan{pos, size};
        pos += storage;
    }
    return found;
}

bool beamfile_md5(std::span<const std::uint8_t> image, std::uint8_t out[16]) {
    // beamfile_read: Code, AtU8 (an OTP <= 20 "Atom" table is refused), ImpT and ExpT are required.
    for (std::uint32_t id : {iff_id('C', 'o', 'd', 'e'), iff_id('A', 't', 'U', '8'), iff_id('I', 'm', 'p', 'T'),
                             iff_id('E', 'x', 'p', 'T')}) {
        auto chunk = find_iff_chunk(image, id);
        if (!chunk || chunk->size == 0) return false;
    }
    if (!parse_beam(image)) return false;
    return module_md5(image, out);
}

}  // namespace ember::loader
