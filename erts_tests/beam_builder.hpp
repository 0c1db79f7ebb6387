// Synthetic BEAM images for loader tests (beam_file_test.cpp, code_loading_test.cpp): an IFF
// builder and a one-function module around a hand-encoded instruction body (compact term encoding,
// OTP beam_asm.erl).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ember::test {

inline void put32(std::vector<std::uint8_t>& v, std::uint32_t x) {
    for (int s = 24; s >= 0; s -= 8) v.push_back(std::uint8_t(x >> s));
}

// Builds an IFF BEAM image from chunks.
struct BeamBuilder {
    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> chunks;

    void add(const std::string& id, std::vector<std::uint8_t> data) { chunks.emplace_back(id, std::move(data)); }
    std::vector<std::uint8_t> build() const {
        std::vector<std::uint8_t> body{'B', 'E', 'A', 'M'};
        for (const auto& [id, data] : chunks) {
            body.insert(body.end(), id.begin(), id.end());
            put32(body, std::uint32_t(data.size()));
            body.insert(body.end(), data.begin(), data.end());
            while (body.size() % 4) body.push_back(0);
        }
        std::vector<std::uint8_t> out{'F', 'O', 'R', '1'};
        put32(out, std::uint32_t(body.size()));
        out.insert(out.end(), body.begin(), body.end());
        return out;
    }
};

inline std::vector<std::uint8_t> code_chunk(const std::vector<std::uint8_t>& code, std::uint32_t max_opcode = 184,
                                            std::uint32_t labels = 3, std::uint32_t functions = 1) {
    std::vector<std::uint8_t> c;
    put32(c, 16);
    put32(c, 0);
    put32(c, max_opcode);
    put32(c, labels);
    put32(c, functions);
    c.insert(c.end(), code.begin(), code.end());
    return c;
}

// Module m with f/0: label 1, func_info m f 0, label 2, BODY..., return, int_code_end.
inline std::vector<std::uint8_t> synthetic(const std::vector<std::uint8_t>& body, std::uint32_t max_opcode = 184) {
    BeamBuilder b;
    b.add("AtU8", {0, 0, 0, 2, 1, 'm', 1, 'f'});
    std::vector<std::uint8_t> code{1, 0x10, 2, 0x12, 0x22, 0x00, 1, 0x20};
    code.insert(code.end(), body.begin(), body.end());
    code.push_back(19);  // return
    code.push_back(3);   // int_code_end
    b.add("Code", code_chunk(code, max_opcode));
    b.add("ImpT", {0, 0, 0, 0});
    b.add("ExpT", {0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2});
    return b.build();
}

}  // namespace ember::test
