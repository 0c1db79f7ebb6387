// Code loading below the BIFs (bifs/code_loading.cpp): the IFF chunk lookup of
// erts_internal:beamfile_chunk/2, beamfile_md5 and prepare_module_bytes on real and mutated beams (a
// bad image gives nullopt / false / an error, never a crash), and the code table's current/old
// lifecycle (finish_loading, delete_module, purge_old) that erlang:finish_loading/1,
// delete_module/1 and purge_module/1 rely on. Fixed seeds: the same variants every run.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "beam_builder.hpp"
#include "bifs/bif.hpp"
#include "loader/beamfile_chunks.hpp"
#include "loader/code_loader.hpp"
#include "loader/module_md5.hpp"
#include "vm/atom_table.hpp"
#include "vm/module.hpp"

namespace fs = std::filesystem;
using namespace ember;

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes stdlib_beam(const std::string& name) {
    for (const auto& app : fs::directory_iterator(fs::path(EMBER_OTP_ROOT) / "lib"))
        if (app.path().filename().string().rfind("stdlib-", 0) == 0) {
            std::ifstream in(app.path() / "ebin" / (name + ".beam"), std::ios::binary);
            return Bytes(std::istreambuf_iterator<char>(in), {});
        }
    return {};
}

std::uint32_t get32(const Bytes& b, std::size_t at) {
    return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 | std::uint32_t(b[at + 2]) << 8 | b[at + 3];
}

constexpr std::uint32_t id(const char (&s)[5]) {
    return std::uint32_t(std::uint8_t(s[0])) << 24 | std::uint32_t(std::uint8_t(s[1])) << 16 |
           std::uint32_t(std::uint8_t(s[2])) << 8 | std::uint32_t(std::uint8_t(s[3]));
}

// Every chunk of a well-formed image is found where a plain walk of the file puts it.
TEST(BeamfileChunk, FindsEveryChunkOfStdlibBeams) {
    for (const char* name : {"lists", "gen_server", "queue", "io_lib", "ets"}) {
        Bytes b = stdlib_beam(name);
        ASSERT_GT(b.size(), 12u) << name;
        std::size_t at = 12, seen = 0;
        while (at + 8 <= b.size()) {
            std::uint32_t chunk = get32(b, at), size = get32(b, at + 4);
            auto found = loader::find_iff_chunk(b, chunk);
            ASSERT_TRUE(found) << name;
            EXPECT_EQ(found->offset, at + 8) << name;
            EXPECT_EQ(found->size, size) << name;
            at += 8 + ((size + 3) & ~3u);
            ++seen;
        }
        EXPECT_GE(seen, 5u) << name;
        EXPECT_FALSE(loader::find_iff_chunk(b, id("Zzzz"))) << name;
        std::uint8_t md5[16], expected[16];
        ASSERT_TRUE(loader::beamfile_md5(b, md5)) << name;
        ASSERT_TRUE(loader::module_md5(b, expected)) << name;
        EXPECT_EQ(0, std::memcmp(md5, expected, 16)) << name;
    }
}

TEST(BeamfileChunk, MalformedForms) {
    auto bytes = [](std::string s) { return Bytes(s.begin(), s.end()); };
    EXPECT_FALSE(loader::find_iff_chunk({}, id("AtU8")));
    EXPECT_FALSE(loader::find_iff_chunk(bytes("FOR1"), id("AtU8")));
    EXPECT_FALSE(loader::find_iff_chunk(bytes(std::string("FOR1\0\0\0\4MAEB", 12)), id("AtU8")));
    // A chunk whose padded size passes the form's end, and a negative chunk size.
    EXPECT_FALSE(loader::find_iff_chunk(bytes(std::string("FOR1\0\0\0\17BEAMAtU8\0\0\0\3abc", 23)), id("AtU8")));
    EXPECT_FALSE(loader::find_iff_chunk(bytes(std::string("FOR1\0\0\0\14BEAMAtU8\x80\0\0\0", 20)), id("AtU8")));
    auto ok = loader::find_iff_chunk(bytes(std::string("FOR1\0\0\0\20BEAMAtU8\0\0\0\3abc\0", 24)), id("AtU8"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->offset, 20u);
    EXPECT_EQ(ok->size, 3u);
    std::uint8_t md5[16];
    EXPECT_FALSE(loader::beamfile_md5(bytes(std::string("FOR1\0\0\0\20BEAMAtU8\0\0\0\3abc\0", 24)), md5));
}

// Byte flips, truncations and overwritten words: the lookup stays inside the image, md5 and
// prepare_module_bytes answer or fail cleanly.
TEST(BeamfileChunk, MutatedBeamsNeverCrash) {
    bifs::register_all_bifs();
    std::mt19937_64 rng(20261204);
    const std::uint32_t ids[] = {id("AtU8"), id("Code"), id("ImpT"), id("ExpT"), id("LitT"), id("Line"), id("FunT")};
    std::size_t prepared = 0, refused = 0;
    for (const char* name : {"queue", "ordsets", "proplists"}) {
        const Bytes base = stdlib_beam(name);
        ASSERT_FALSE(base.empty()) << name;
        for (int i = 0; i < 1500; ++i) {
            Bytes b = base;
            switch (rng() % 4) {
            case 0: b[rng() % b.size()] ^= std::uint8_t(1u << (rng() % 8)); break;
            case 1: b.resize(rng() % b.size()); break;
            case 2: {
                std::size_t at = (rng() % (b.size() / 4)) * 4;
                std::uint32_t v = std::uint32_t(rng());
                for (int k = 0; k < 4; ++k) b[at + std::size_t(k)] = std::uint8_t(v >> (24 - 8 * k));
                break;
            }
            default:
                for (int k = 0; k < 8; ++k) b[rng() % b.size()] = std::uint8_t(rng());
                break;
            }
            for (std::uint32_t c : ids) {
                if (auto found = loader::find_iff_chunk(b, c)) {
                    EXPECT_LE(found->offset + found->size, b.size());
                }
            }
            std::uint8_t md5[16];
            (void)loader::beamfile_md5(b, md5);
            std::string error;
            auto m = loader::prepare_module_bytes(b, name, &error);
            if (m) {
                EXPECT_TRUE(vm::is_atom(m->name));
                ++prepared;
            } else {
                EXPECT_FALSE(error.empty());
                ++refused;
            }
        }
    }
    EXPECT_GT(refused, 1000u);
    EXPECT_GT(prepared, 0u);  // flips in padding or line numbers still load
}

TEST(BeamfileChunk, RandomImagesNeverCrash) {
    std::mt19937_64 rng(42);
    for (int i = 0; i < 3000; ++i) {
        Bytes b(8 + rng() % 200);
        for (auto& x : b) x = std::uint8_t(rng());
        std::memcpy(b.data(), "FOR1", 4);
        std::uint32_t size = rng() % 2 ? std::uint32_t(b.size() - 8) : std::uint32_t(rng());
        for (int k = 0; k < 4; ++k) b[4 + std::size_t(k)] = std::uint8_t(size >> (24 - 8 * k));
        if (b.size() >= 12 && rng() % 2) std::memcpy(b.data() + 8, "BEAM", 4);
        if (auto found = loader::find_iff_chunk(b, std::uint32_t(rng()))) {
            EXPECT_LE(found->offset + found->size, b.size());
        }
        std::uint8_t md5[16];
        EXPECT_FALSE(loader::beamfile_md5(b, md5));
        EXPECT_FALSE(loader::prepare_module_bytes(b, "random", nullptr));
    }
}

// erlang:finish_loading/1, delete_module/1 and purge_module/1 on the code table (erl's answers are
// checked by fixtures/code_loading_tests.erl; this checks the table's own invariants).
TEST(CodeTable, CurrentAndOldLifecycle) {
    bifs::register_all_bifs();
    vm::CodeServer& server = vm::CodeServer::global();
    const Bytes beam = stdlib_beam("sofs");
    auto prepare = [&] {
        std::string error;
        auto m = loader::prepare_module_bytes(beam, "sofs", &error);
        EXPECT_TRUE(m) << error;
        return m;
    };
    vm::Term sofs = vm::AtomTable::global().intern("sofs");
    EXPECT_EQ(server.delete_module(sofs), vm::CodeServer::DeleteResult::Undefined);

    std::vector<std::unique_ptr<vm::Module>> mods;
    mods.push_back(prepare());
    mods.push_back(prepare());
    std::vector<vm::Term> failed, on_load;
    EXPECT_EQ(server.finish_loading(mods, &failed, &on_load), vm::CodeServer::FinishResult::Duplicated);
    EXPECT_EQ(mods.size(), 2u);  // untouched: still prepared
    EXPECT_EQ(failed, std::vector<vm::Term>{sofs});

    mods.pop_back();
    failed.clear();
    EXPECT_EQ(server.finish_loading(mods, &failed, &on_load), vm::CodeServer::FinishResult::Ok);
    EXPECT_TRUE(mods.empty() && on_load.empty());
    vm::Module* first = server.find_module(sofs);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(server.old_module(sofs), nullptr);

    mods.push_back(prepare());
    EXPECT_EQ(server.finish_loading(mods, &failed, &on_load), vm::CodeServer::FinishResult::Ok);
    EXPECT_EQ(server.old_module(sofs), first);
    vm::Module* second = server.find_module(sofs);

    mods.push_back(prepare());
    EXPECT_EQ(server.finish_loading(mods, &failed, &on_load), vm::CodeServer::FinishResult::NotPurged);
    EXPECT_EQ(mods.size(), 1u);
    EXPECT_EQ(server.delete_module(sofs), vm::CodeServer::DeleteResult::NotPurged);
    EXPECT_EQ(server.find_module(sofs), second);

    EXPECT_TRUE(server.purge_old(sofs));
    EXPECT_FALSE(server.purge_old(sofs));
    // Purged code stays in memory: a return address into it still finds its module.
    EXPECT_EQ(server.module_at(first->code.get()), first);

    EXPECT_EQ(server.delete_module(sofs), vm::CodeServer::DeleteResult::Deleted);
    EXPECT_EQ(server.find_module(sofs), nullptr);
    EXPECT_EQ(server.old_module(sofs), second);
    EXPECT_EQ(server.find_defined(sofs, vm::AtomTable::global().intern("union"), 2), nullptr);
    auto loaded = server.modules_with_code();
    EXPECT_NE(std::find(loaded.begin(), loaded.end(), sofs), loaded.end());
    EXPECT_TRUE(server.purge_old(sofs));
    loaded = server.modules_with_code();
    EXPECT_EQ(std::find(loaded.begin(), loaded.end(), sofs), loaded.end());
    EXPECT_EQ(server.delete_module(sofs), vm::CodeServer::DeleteResult::Deleted);  // known, no code: true

    failed.clear();
    EXPECT_EQ(server.finish_loading(mods, &failed, &on_load), vm::CodeServer::FinishResult::Ok);
    EXPECT_NE(server.find_defined(sofs, vm::AtomTable::global().intern("union"), 2), nullptr);
}

// module_at's lock-free index: readers find every module inserted before they looked, and nothing for
// addresses outside all modules, while a writer inserts modules in random address order (the buffer
// grows past its first 256 entries on the way).
TEST(CodeIndex, FindsModulesWhileOthersAreInserted) {
    constexpr std::size_t kModules = 1500;
    std::vector<std::unique_ptr<vm::Module>> modules(kModules);
    for (auto& m : modules) {
        m = std::make_unique<vm::Module>();
        m->code_words = 16;
        m->code = std::make_unique<vm::Instr[]>(m->code_words);
    }
    std::mt19937 rng(7);
    std::shuffle(modules.begin(), modules.end(), rng);
    auto outside = std::make_unique<vm::Instr[]>(4);  // no module's code

    vm::CodeIndex index;
    std::atomic<std::size_t> inserted{0};
    std::atomic<bool> done{false};
    std::atomic<std::size_t> wrong{0}, lookups{0};
    auto reader = [&](unsigned seed) {
        std::mt19937 r(seed);
        while (!done.load(std::memory_order_acquire)) {
            std::size_t n = inserted.load(std::memory_order_acquire);
            if (n == 0) continue;
            const vm::Module* m = modules[r() % n].get();
            const vm::Instr* pc = m->code.get() + r() % m->code_words;
            if (index.find(pc) != m) wrong.fetch_add(1);
            if (index.find(outside.get() + 1) != nullptr) wrong.fetch_add(1);
            lookups.fetch_add(1, std::memory_order_relaxed);
        }
    };
    std::thread a(reader, 1), b(reader, 2);
    for (std::size_t i = 0; i < kModules; ++i) {
        index.insert(modules[i].get());
        index.insert(modules[i].get());  // a second insertion changes nothing
        inserted.store(i + 1, std::memory_order_release);
    }
    done.store(true, std::memory_order_release);
    a.join();
    b.join();
    EXPECT_EQ(wrong.load(), 0u) << "of " << lookups.load() << " lookups";
    for (const auto& m : modules) {
        EXPECT_EQ(index.find(m->code.get()), m.get());
        EXPECT_EQ(index.find(m->code.get() + m->code_words - 1), m.get());
        EXPECT_NE(index.find(m->code.get() + m->code_words), m.get());  // one past its end
    }
    EXPECT_EQ(index.find(nullptr), nullptr);
}

}  // namespace

// Register numbers, live counts and stack sizes are packed into 16-bit operand fields (vm/code.hpp):
// values that do not fit fail the load with an error instead of being cut short.
TEST(Translate, PackedOperandLimits) {
    bifs::register_all_bifs();
    auto load_error = [](const Bytes& body) {
        std::string error;
        auto m = loader::prepare_module_bytes(test::synthetic(body), "m", &error);
        return m ? std::string("loaded") : error;
    };
    // allocate 3 0; deallocate 3
    EXPECT_EQ(load_error({12, 0x30, 0x00, 18, 0x30}), "loaded");
    // allocate 70000 0
    EXPECT_NE(load_error({12, 0x38, 0x01, 0x11, 0x70, 0x00}).find("out of range"), std::string::npos);
    // test_heap 1 5000 (live count beyond the x registers)
    EXPECT_NE(load_error({16, 0x10, 0x18, 0x13, 0x88}).find("out of range"), std::string::npos);
    // test_heap 1 0
    EXPECT_EQ(load_error({16, 0x10, 0x00}), "loaded");
}
