// Mutation fuzzing of parse_beam: real OTP beams with flipped bytes, truncations, corrupted sizes and
// counts, and garbage chunks. Every variant must come back as a BeamFile or a LoadError, never a crash
// or a hang; a BeamFile that comes back must satisfy the reader's invariants. Fixed seed: the same
// variants every run.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <zlib.h>

#include "loader/beam_file.hpp"

namespace fs = std::filesystem;
using namespace ember::loader;

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

// stdlib's ebin under the OTP root, whatever its version suffix.
fs::path stdlib_beam(const std::string& name) {
    for (const auto& app : fs::directory_iterator(fs::path(EMBER_OTP_ROOT) / "lib"))
        if (app.path().filename().string().rfind("stdlib-", 0) == 0) return app.path() / "ebin" / (name + ".beam");
    return {};
}

struct ChunkPos {
    std::size_t header;  // offset of the 4-byte id
    std::size_t data;    // offset of the data
    std::uint32_t size;
};

std::uint32_t get32(const Bytes& b, std::size_t at) {
    return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 | std::uint32_t(b[at + 2]) << 8 | b[at + 3];
}
void set32(Bytes& b, std::size_t at, std::uint32_t v) {
    if (at + 4 > b.size()) return;
    for (int i = 0; i < 4; ++i) b[at + std::size_t(i)] = std::uint8_t(v >> (24 - 8 * i));
}

// Chunk positions of a well-formed image.
std::vector<ChunkPos> chunks_of(const Bytes& b) {
    std::vector<ChunkPos> out;
    std::size_t at = 12;
    while (at + 8 <= b.size()) {
        std::uint32_t size = get32(b, at + 4);
        out.push_back({at, at + 8, size});
        at += 8 + ((size + 3) & ~3u);
    }
    return out;
}

// Invariants of a successful parse: the tables and every operand agree.
void check_invariants(const BeamFile& f) {
    ASSERT_FALSE(f.atoms.empty());
    ASSERT_FALSE(f.code.empty());
    ASSERT_EQ(f.code.back().op, GenOp::op_int_code_end);
    for (const auto& in : f.code) {
        ASSERT_EQ(in.args.size(), genop_arity(in.op));
        for (const auto& a : in.args) {
            std::vector<const Operand*> all{&a};
            for (const auto& e : a.list) all.push_back(&e);
            for (const Operand* o : all) {
                switch (o->kind) {
                case OperandKind::X:
                case OperandKind::Y:
                case OperandKind::FloatReg: ASSERT_LT(o->value, kMaxRegisters); break;
                case OperandKind::Label: ASSERT_LT(std::uint64_t(o->value), f.label_count); break;
                case OperandKind::Literal: ASSERT_LT(std::uint64_t(o->value), f.literals.size()); break;
                default: break;
                }
            }
        }
    }
    for (const auto& e : f.exports) ASSERT_LT(e.label, f.label_count);
    for (const auto& item : f.lines.items) ASSERT_LT(item.file, std::max<std::size_t>(f.lines.file_names.size(), 1));
}

class Fuzzer {
public:
    explicit Fuzzer(std::uint64_t seed) : m_rng(seed) {}

    std::size_t ok = 0, errors = 0;

    void run(const Bytes& b) {
        auto r = parse_beam(b, "fuzz");
        if (r) {
            ++ok;
            check_invariants(*r);
        } else {
            ++errors;
            ASSERT_FALSE(r.error().message.empty());
            ASSERT_LE(r.error().offset, b.size() + 64);
        }
    }

    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(m_rng() % n); }
    std::uint8_t byte() { return std::uint8_t(m_rng()); }
    std::uint32_t word() {
        static const std::uint32_t interesting[] = {0, 1, 2, 3, 4, 0x7F, 0x80, 0xFF, 0x100, 0xFFFF, 0x7FFFFFFF,
                                                   0x80000000u, 0xFFFFFFFFu, 0xFFFFFFFEu, 1u << 24};
        return m_rng() % 2 ? interesting[below(std::size(interesting))] : std::uint32_t(m_rng());
    }

private:
    std::mt19937_64 m_rng;
};

void fuzz_seed(const Bytes& seed, Fuzzer& fz, int rounds) {
    auto chunks = chunks_of(seed);
    ASSERT_GE(chunks.size(), 5u);
    // Truncations: every chunk boundary (and the bytes around it), then random points.
    for (const auto& c : chunks) {
        for (std::size_t cut : {c.header, c.header + 4, c.data, c.data + 1, c.data + 4, c.data + c.size / 2,
                                c.data + c.size - 1, c.data + c.size}) {
            if (cut > seed.size()) continue;
            fz.run(Bytes(seed.begin(), seed.begin() + std::ptrdiff_t(cut)));
            if (::testing::Test::HasFatalFailure()) return;
        }
    }
    for (int i = 0; i < rounds / 4; ++i) fz.run(Bytes(seed.begin(), seed.begin() + std::ptrdiff_t(fz.below(seed.size()))));
    for (int i = 0; i < rounds; ++i) {
        Bytes b = seed;
        const ChunkPos& c = chunks[fz.below(chunks.size())];
        switch (fz.below(7)) {
        case 0:  // random byte flips anywhere
            for (std::size_t n = 1 + fz.below(8); n > 0; --n) b[fz.below(b.size())] ^= std::uint8_t(1 + fz.below(255));
            break;
        case 1:  // byte flips inside one chunk's data
            for (std::size_t n = 1 + fz.below(4); n > 0 && c.size > 0; --n) b[c.data + fz.below(c.size)] = fz.byte();
            break;
        case 2:  // corrupt a chunk size
            set32(b, c.header + 4, fz.word());
            break;
        case 3:  // corrupt a count / header word near the start of a chunk
            set32(b, c.data + 4 * fz.below(std::min<std::size_t>(6, c.size / 4 + 1)), fz.word());
            break;
        case 4: {  // insert a garbage chunk (random or known id) at a chunk boundary
            static const char* ids[] = {"AtU8", "Code", "LitT", "Line", "Type", "FunT", "ImpT", "XXXX"};
            const char* id = ids[fz.below(std::size(ids))];
            Bytes g(id, id + 4);
            std::uint32_t size = std::uint32_t(fz.below(64));
            for (int k = 0; k < 4; ++k) g.push_back(std::uint8_t(size >> (24 - 8 * k)));
            for (std::uint32_t k = 0; k < ((size + 3) & ~3u); ++k) g.push_back(fz.byte());
            b.insert(b.begin() + std::ptrdiff_t(c.header), g.begin(), g.end());
            set32(b, 4, std::uint32_t(b.size() - 8));
            break;
        }
        case 5:  // corrupt the IFF form size
            set32(b, 4, fz.word());
            break;
        case 6: {  // splice: overwrite a run of bytes with a copy from elsewhere in the file
            std::size_t len = 1 + fz.below(32);
            std::size_t from = fz.below(b.size() - len), to = fz.below(b.size() - len);
            std::copy(seed.begin() + std::ptrdiff_t(from), seed.begin() + std::ptrdiff_t(from + len),
                      b.begin() + std::ptrdiff_t(to));
            break;
        }
        }
        fz.run(b);
        if (::testing::Test::HasFatalFailure()) return;
    }
}

}  // namespace

TEST(BeamFuzz, MutatedOtpBeamsNeverCrash) {
    Fuzzer fz(0xE3BE5EED);
    auto start = std::chrono::steady_clock::now();
    std::size_t seeds = 0;
    for (const char* name : {"lists", "io_lib_format", "gen_server", "maps", "string"}) {
        Bytes seed = read_bytes(stdlib_beam(name));
        ASSERT_FALSE(seed.empty()) << name;
        ASSERT_TRUE(parse_beam(seed, name)) << name;
        ++seeds;
        fuzz_seed(seed, fz, 800);
        if (HasFatalFailure()) return;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%zu seeds: %zu variants parsed, %zu rejected, %.1f s\n", seeds, fz.ok, fz.errors, secs);
    EXPECT_GT(fz.errors, 1000u);
}

// Random instruction streams inside a valid container with literals, lines, types, imports and
// lambdas, so that operand decoding and every table check get exercised (garbage IFF images are
// mostly rejected before the Code chunk).
TEST(BeamFuzz, RandomCodeStreams) {
    auto chunk = [](Bytes& out, const char* id, const Bytes& data) {
        out.insert(out.end(), id, id + 4);
        for (int k = 0; k < 4; ++k) out.push_back(std::uint8_t(data.size() >> (24 - 8 * k)));
        out.insert(out.end(), data.begin(), data.end());
        while (out.size() % 4) out.push_back(0);
    };
    auto u32 = [](Bytes& b, std::uint32_t v) {
        for (int k = 0; k < 4; ++k) b.push_back(std::uint8_t(v >> (24 - 8 * k)));
    };
    // LitT: two literals, the atoms a and [] in ETF, zlib-compressed.
    Bytes table;
    u32(table, 2);
    for (const Bytes& lit : {Bytes{131, 119, 1, 'a'}, Bytes{131, 106}}) {
        u32(table, std::uint32_t(lit.size()));
        table.insert(table.end(), lit.begin(), lit.end());
    }
    Bytes z(compressBound(uLong(table.size())));
    uLongf zlen = uLongf(z.size());
    ASSERT_EQ(compress(z.data(), &zlen, table.data(), uLong(table.size())), Z_OK);
    Bytes litt;
    u32(litt, std::uint32_t(table.size()));
    litt.insert(litt.end(), z.begin(), z.begin() + std::ptrdiff_t(zlen));
    // Line: version 0, 2 items (line 5, file 1 line 7), one file name "x.erl".
    Bytes line;
    for (std::uint32_t v : {0u, 0u, 2u, 2u, 1u}) u32(line, v);
    for (std::uint8_t c : std::initializer_list<std::uint8_t>{0x51, 0x12, 0x71, 0x00, 0x05, 'x', '.', 'e', 'r', 'l'})
        line.push_back(c);
    // Type v1: two 18-byte entries.
    Bytes type;
    u32(type, 1);
    u32(type, 2);
    for (int e = 0; e < 2; ++e) {
        type.push_back(0x1F);
        type.push_back(0xFF);
        for (int k = 0; k < 16; ++k) type.push_back(k < 8 ? 0 : 0xFF);
    }

    // An image around `instrs`, which follow label 1, func_info m f 0, label 2.
    auto image_with = [&](const Bytes& instrs) {
        Bytes code;
        for (std::uint32_t v : {16u, 0u, 184u, 8u, 1u}) u32(code, v);  // 8 labels, 1 function
        for (std::uint8_t c : std::initializer_list<std::uint8_t>{1, 0x10, 2, 0x12, 0x22, 0x00, 1, 0x20})
            code.push_back(c);
        code.insert(code.end(), instrs.begin(), instrs.end());
        Bytes body{'B', 'E', 'A', 'M'};
        chunk(body, "AtU8", {0, 0, 0, 3, 1, 'm', 1, 'f', 1, 'g'});
        chunk(body, "Code", code);
        chunk(body, "ImpT", {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, 1});
        chunk(body, "ExpT", {0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2});
        chunk(body, "FunT", {0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        chunk(body, "LitT", litt);
        chunk(body, "StrT", {'a', 'b', 'c', 'd'});
        chunk(body, "Line", line);
        chunk(body, "Type", type);
        Bytes image{'F', 'O', 'R', '1'};
        u32(image, std::uint32_t(body.size()));
        image.insert(image.end(), body.begin(), body.end());
        return image;
    };
    // The container is sound: line 2, move literal 1 to x(0) typed 1, call_ext 0 (erlang... import 0),
    // make_fun2 0, bs_put_string 2 1, return, int_code_end.
    const Bytes sound_instrs{153, 0x20, 64, 0x47, 0x10, 0x57, 0x03, 0x10, 7, 0x10, 0x00, 103, 0x00,
                             92, 0x20, 0x10, 19, 3};
    auto sound = parse_beam(image_with(sound_instrs), "m");
    ASSERT_TRUE(sound) << sound.error().to_string();
    ASSERT_EQ(sound->literals.size(), 2u);
    ASSERT_EQ(sound->lines.items.size(), 3u);
    ASSERT_EQ(sound->types.entries.size(), 2u);

    std::mt19937_64 rng(1234);
    Fuzzer fz(99);
    for (int i = 0; i < 6000; ++i) {
        // Random bytes, biased to valid opcodes, sometimes ending with int_code_end.
        Bytes instrs(rng() % 48);
        for (auto& c : instrs) c = rng() % 3 ? std::uint8_t(rng() % 185) : std::uint8_t(rng());
        if (rng() % 2) instrs.push_back(3);
        fz.run(image_with(instrs));
        if (HasFatalFailure()) return;
    }
    // Small mutations of the sound stream reach deeper into operand checks.
    for (int i = 0; i < 4000; ++i) {
        Bytes instrs = sound_instrs;
        for (std::size_t n = 1 + rng() % 3; n > 0; --n) instrs[rng() % instrs.size()] = std::uint8_t(rng());
        fz.run(image_with(instrs));
        if (HasFatalFailure()) return;
    }
    std::printf("random code streams: %zu parsed, %zu rejected\n", fz.ok, fz.errors);
    EXPECT_GT(fz.errors, 0u);
}

TEST(BeamFuzz, RandomGarbageNeverCrashes) {
    Fuzzer fz(42);
    std::mt19937_64 rng(7);
    for (int i = 0; i < 3000; ++i) {
        Bytes b(rng() % 256);
        for (auto& x : b) x = std::uint8_t(rng());
        if (i % 2 && b.size() >= 12) {  // a valid-looking IFF header over garbage
            const char head[] = {'F', 'O', 'R', '1', 0, 0, 0, 0, 'B', 'E', 'A', 'M'};
            std::copy(head, head + 12, b.begin());
            set32(b, 4, std::uint32_t(b.size() - 8));
        }
        fz.run(b);
        if (HasFatalFailure()) return;
    }
    // gzip magic over garbage, and a gzip bomb-shaped header.
    fz.run(Bytes{0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
    EXPECT_EQ(fz.ok, 0u);
}
