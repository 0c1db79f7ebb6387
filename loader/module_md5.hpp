// The MD5 that erl reports as Mod:module_info(md5) and beam_lib:md5/1 (OTP lib/stdlib/src/beam_lib.erl,
// md5_chunks/0 and filter_funtab/1): the MD5 of the data of the chunks Atom, AtU8, Code, StrT, ImpT,
// ExpT, FunT, LitT and Meta, in that order, each one that is present taken as stored in the file
// (LitT still compressed, padding excluded). In FunT the 4-byte OldUniq field of every 24-byte entry is
// hashed as zeros, so the MD5 does not depend on the compiler's old-style fun hashes.
#pragma once

#include <cstdint>
#include <span>

namespace ember::loader {

// Computes the module MD5 of a .beam image (plain IFF, or gzip-compressed as code:load_binary
// accepts; a loader that already has the plain image from plain_beam_image passes that, so a
// compressed beam is inflated once) into out[0..15]. Returns false, leaving `out` untouched, if the image is not a readable
// IFF "FOR1"/"BEAM" container (a truncated chunk, a bad gzip stream). It does not validate chunk
// contents beyond the FunT entry layout; parse_beam does that.
bool module_md5(std::span<const std::uint8_t> beam_bytes, std::uint8_t out[16]);

}  // namespace ember::loader
