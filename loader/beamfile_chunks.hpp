// Chunk lookup on a raw beam image, as erts_internal:beamfile_chunk/2 and beamfile_module_md5/1 see it
// (OTP erts/emulator/beam/beam_file.c iff_init, read_beam_chunks, beamfile_read). Unlike parse_beam,
// these take the image as it is: no gzip, no validation of the chunks' contents beyond what erts does
// before it answers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace ember::loader {

struct ChunkSpan {
    std::size_t offset;  // of the chunk's data in the image
    std::size_t size;    // without padding
};

// The data of chunk `id` (four characters, big-endian) of an IFF "FOR1" form: the last chunk with
// that id, as erts' read_beam_chunks keeps it. nullopt if the form or any chunk header is malformed
// (the form size must fit the image; every chunk, padded to 4 bytes, must fit the form; the form type
// must be "BEAM") or if there is no such chunk.
std::optional<ChunkSpan> find_iff_chunk(std::span<const std::uint8_t> image, std::uint32_t id);

// The module MD5 (Mod:module_info(md5)) of a plain beam image, if the image is a loadable beam:
// the chunks erts' beamfile_read requires are present and parse_beam accepts it. Ember's check is
// parse_beam, which also validates the code, so a beam with broken instructions but sound tables has
// an MD5 in erl and none here (docs/loader.md).
bool beamfile_md5(std::span<const std::uint8_t> image, std::uint8_t out[16]);

}  // namespace ember::loader
