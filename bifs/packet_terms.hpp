// The Erlang terms of parsed HTTP packets (OTP erts/doc erlang:decode_packet/3: HttpPacket), shared by
// erlang:decode_packet/3 and the inet driver's {packet, http | httph | http_bin | httph_bin} modes.
#pragma once

#include "bifs/packet_parser.hpp"
#include "vm/process.hpp"

namespace ember::bifs {

// {http_request, ...}, {http_response, ...}, {http_header, ...}, http_eoh or {http_error, Line};
// strings are lists, or binaries when `bin` (the *_bin types). At most 40 + 4 * line bytes words.
vm::Term http_term(vm::HeapAllocator& h, const packet::HttpLine& line, bool bin);

}  // namespace ember::bifs
