// Unit tests for bifs/checksums.cpp (md5, crc32, adler32, is_builtin), bifs/atomics.cpp (atomics and
// counters natives) and loader/module_md5.cpp. The differential tests against erl are
// fixtures/sums_bif_tests.erl; these cover what a fixture cannot: module MD5s of real beams checked
// against erl's beam_lib:md5/1, malformed beams, md5 contexts erl never produces, concurrent atomics.
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "bifs/bif.hpp"
#include "loader/beam_file.hpp"
#include "loader/module_md5.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/term_print.hpp"

#include "test_support.hpp"

using namespace ember;
using namespace ember::vm;
using namespace ember::vm::test;

namespace {

namespace fs = std::filesystem;

class SumsTest : public BifTest {
protected:
    SumsTest() : BifTest({bifs::checksums_bifs(), bifs::atomics_bifs()}) {}
};

std::string hex(const std::uint8_t* d, std::size_t n) {
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
        s += digits[d[i] >> 4];
        s += digits[d[i] & 15];
    }
    return s;
}

std::vector<std::uint8_t> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string run(const std::string& cmd) {
    std::string out;
    FILE* f = popen(cmd.c_str(), "r");
    if (!f) return out;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    pclose(f);
    return out;
}

// ---- module MD5 ----------------------------------------------------------------------------------

TEST(ModuleMd5, MatchesBeamLibForOtpAndCompiledBeams) {
    fs::path dir = fs::temp_directory_path() / ("ember_sums_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    // A module with funs (FunT), literals (LitT), strings (StrT) and imports.
    std::ofstream(dir / "md5probe.erl") << "-module(md5probe).\n-export([f/1, g/0]).\n"
                                          "f(X) -> [fun(Y) -> X + Y end, fun lists:reverse/1, <<\"bin\">>].\n"
                                          "g() -> {#{a => [1,2,3]}, \"a string\", 1 bsl 80, 3.5}.\n";
    ASSERT_EQ(std::system(("cd " + dir.string() + " && erlc md5probe.erl && mkdir -p z && erlc +compressed -o z md5probe.erl").c_str()), 0);
    std::vector<fs::path> beams = {dir / "md5probe.beam", dir / "z" / "md5probe.beam"};
    for (const char* mod : {"lists", "gen_server", "io_lib_format", "ets", "beam_lib"}) {
        for (auto& lib : fs::directory_iterator(fs::path(EMBER_OTP_ROOT) / "lib")) {
            fs::path b = lib.path() / "ebin" / (std::string(mod) + ".beam");
            if (fs::exists(b)) beams.push_back(b);
        }
    }
    ASSERT_GE(beams.size(), 7u);
    std::string list;
    for (auto& b : beams) list += (list.empty() ? "\"" : ",\"") + b.string() + "\"";
    std::string out = run("erl -noshell -eval '[begin {ok,{_,M}} = beam_lib:md5(F), "
                          "io:format(\"~s~n\", [binary:encode_hex(M)]) end || F <- [" + list + "]], halt().' 2>&1");
    std::vector<std::string> expected;
    for (std::size_t at = 0; at < out.size();) {
        std::size_t nl = out.find('\n', at);
        if (nl == std::string::npos) break;
        std::string line = out.substr(at, nl - at);
        for (char& c : line) c = char(std::tolower(c));
        expected.push_back(line);
        at = nl + 1;
    }
    ASSERT_EQ(expected.size(), beams.size()) << out;
    for (std::size_t i = 0; i < beams.size(); ++i) {
        auto bytes = read_file(beams[i]);
        std::uint8_t md5[16];
        ASSERT_TRUE(loader::module_md5(bytes, md5)) << beams[i];
        EXPECT_EQ(hex(md5, 16), expected[i]) << beams[i];
    }
    fs::remove_all(dir);
}

TEST(ModuleMd5, RejectsMalformedImagesWithoutCrashing) {
    std::uint8_t md5[16] = {};
    EXPECT_FALSE(loader::module_md5({}, md5));
    const std::uint8_t junk[] = {'F', 'O', 'R', '1', 0, 0, 0, 4, 'B', 'E', 'A', 'X'};
    EXPECT_FALSE(loader::module_md5(junk, md5));
    const std::uint8_t big[] = {'F', 'O', 'R', '1', 0xff, 0, 0, 4, 'B', 'E', 'A', 'M'};
    EXPECT_FALSE(loader::module_md5(big, md5));
    const std::uint8_t chunk_too_big[] = {'F', 'O', 'R', '1', 0, 0, 0, 12, 'B', 'E', 'A', 'M',
                                          'C', 'o', 'd', 'e', 0, 0, 0, 9};
    EXPECT_FALSE(loader::module_md5(chunk_too_big, md5));
    const std::uint8_t bad_gzip[] = {0x1f, 0x8b, 8, 0, 1, 2, 3};
    EXPECT_FALSE(loader::module_md5(bad_gzip, md5));
    // An empty BEAM form hashes nothing: the MD5 of no bytes.
    const std::uint8_t empty_form[] = {'F', 'O', 'R', '1', 0, 0, 0, 4, 'B', 'E', 'A', 'M'};
    ASSERT_TRUE(loader::module_md5(empty_form, md5));
    EXPECT_EQ(hex(md5, 16), "d41d8cd98f00b204e9800998ecf8427e");

    // Truncations and bit flips of a real beam never crash.
    fs::path lists;
    for (auto& lib : fs::directory_iterator(fs::path(EMBER_OTP_ROOT) / "lib"))
        if (fs::exists(lib.path() / "ebin" / "lists.beam")) lists = lib.path() / "ebin" / "lists.beam";
    auto bytes = read_file(lists);
    ASSERT_FALSE(bytes.empty());
    std::mt19937 rng(7);
    for (int i = 0; i < 2000; ++i) {
        std::vector<std::uint8_t> b = bytes;
        if (i % 2) b.resize(rng() % b.size());
        for (int k = 0; k < 4; ++k)
            if (!b.empty()) b[rng() % std::min<std::size_t>(b.size(), 64)] ^= std::uint8_t(1u << (rng() % 8));
        (void)loader::module_md5(b, md5);
    }
}

// A gzip-compressed beam (code:load_binary accepts one) has the MD5 of its plain image, both through
// module_md5 and through plain_beam_image, which load_module_bytes uses to inflate only once.
TEST(ModuleMd5, GzipBeamHashesAsItsPlainImage) {
    fs::path lists;
    for (auto& lib : fs::directory_iterator(fs::path(EMBER_OTP_ROOT) / "lib"))
        if (fs::exists(lib.path() / "ebin" / "lists.beam")) lists = lib.path() / "ebin" / "lists.beam";
    auto plain = read_file(lists);
    ASSERT_FALSE(plain.empty());
    z_stream zs{};
    ASSERT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    std::vector<std::uint8_t> gz(deflateBound(&zs, uLong(plain.size())) + 32);
    zs.next_in = plain.data();
    zs.avail_in = uInt(plain.size());
    zs.next_out = gz.data();
    zs.avail_out = uInt(gz.size());
    ASSERT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
    gz.resize(zs.total_out);
    deflateEnd(&zs);

    std::uint8_t want[16], got[16];
    ASSERT_TRUE(loader::module_md5(plain, want));
    ASSERT_TRUE(loader::module_md5(gz, got));
    EXPECT_EQ(hex(got, 16), hex(want, 16));
    std::vector<std::uint8_t> storage;
    std::span<const std::uint8_t> image;
    std::string error;
    ASSERT_TRUE(loader::plain_beam_image(gz, storage, image, error)) << error;
    EXPECT_TRUE(std::equal(image.begin(), image.end(), plain.begin(), plain.end()));
    ASSERT_TRUE(loader::plain_beam_image(plain, storage, image, error));
    EXPECT_EQ(image.data(), plain.data());  // a plain image is used in place
    const std::uint8_t bad_gzip[] = {0x1f, 0x8b, 8, 0, 1, 2, 3};
    EXPECT_FALSE(loader::plain_beam_image(bad_gzip, storage, image, error));
}

// ---- md5 -----------------------------------------------------------------------------------------

TEST_F(SumsTest, Md5KnownVectors) {
    EXPECT_EQ(w(call("erlang", "md5", {bin("abc")})), "<<144,1,80,152,60,210,79,176,214,150,63,125,40,225,127,114>>");
    EXPECT_EQ(w(call("erlang", "md5", {str("")})), "<<212,29,140,217,143,0,178,4,233,128,9,152,236,248,66,126>>");
    EXPECT_EQ(w(call("erlang", "md5", {atom("abc")})), "<error badarg>");
    EXPECT_EQ(w(call("erlang", "md5", {make_sub_binary(p, bin("ab"), 0, 9)})), "<error badarg>");
}

// Feeding any split of the input through md5_update gives md5/1's digest; the context stays 88 bytes.
TEST_F(SumsTest, Md5UpdateSplitsAgreeWithOneShot) {
    std::string data;
    for (int i = 0; i < 300; ++i) data += char('a' + i % 26);
    for (std::size_t len : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 119u, 128u, 300u}) {
        std::string m = data.substr(0, len);
        std::string want = bytes_of(call("erlang", "md5", {bin(m)}));
        for (std::size_t cut = 0; cut <= len; cut += 7) {
            Term c = call("erlang", "md5_init", {});
            ASSERT_EQ(binary_ref(c).byte_size(), 88u);
            c = call("erlang", "md5_update", {c, bin(m.substr(0, cut))});
            c = call("erlang", "md5_update", {c, str(m.substr(cut))});
            ASSERT_EQ(binary_ref(c).byte_size(), 88u);
            EXPECT_EQ(bytes_of(call("erlang", "md5_final", {c})), want) << len << " " << cut;
        }
    }
}

TEST_F(SumsTest, Md5ContextsLikeErl) {
    // erl: binary:part(erlang:md5_update(erlang:md5_init(), "abc"), 16, 8) = <<24,0,0,0,0,0,0,0>>
    Term c = call("erlang", "md5_update", {call("erlang", "md5_init", {}), str("abc")});
    EXPECT_EQ(bytes_of(c).substr(16, 8), std::string("\x18\0\0\0\0\0\0\0", 8));
    // erl: erlang:md5_final(binary:copy(<<0>>, 88)) =
    //   <<176,230,65,201,152,204,62,174,111,162,248,114,109,152,205,221>>
    EXPECT_EQ(w(call("erlang", "md5_final", {bin(std::string(88, '\0'))})),
              "<<176,230,65,201,152,204,62,174,111,162,248,114,109,152,205,221>>");
    // A bit count that is not whole bytes (erl never makes one, but accepts it):
    // erl: erlang:md5_final(<<(binary:copy(<<7>>,16))/binary, 13:32/little, 0:32, (binary:copy(<<9>>,64))/binary>>)
    std::string odd = std::string(16, '\7') + std::string("\x0d\0\0\0\0\0\0\0", 8) + std::string(64, '\x09');
    EXPECT_EQ(w(call("erlang", "md5_final", {bin(odd)})),
              "<<176,106,76,81,59,209,155,184,10,209,222,125,135,207,131,228>>");
    // An unaligned sub-binary context is read correctly.
    Term wide = bin(std::string(1, '\0') + std::string(88, '\0'));
    Term shifted = make_sub_binary(p, wide, 3, 88 * 8);
    EXPECT_EQ(w(call("erlang", "md5_final", {shifted})),
              "<<176,230,65,201,152,204,62,174,111,162,248,114,109,152,205,221>>");
    // Wrong sizes and types are badarg.
    EXPECT_EQ(w(call("erlang", "md5_final", {bin(std::string(87, '\0'))})), "<error badarg>");
    EXPECT_EQ(w(call("erlang", "md5_update", {bin(std::string(92, '\0')), str("a")})), "<error badarg>");
    EXPECT_EQ(w(call("erlang", "md5_update", {str(std::string(88, 'a')), str("a")})), "<error badarg>");
    EXPECT_EQ(w(call("erlang", "md5_update", {call("erlang", "md5_init", {}), atom("a")})), "<error badarg>");
}

// ---- crc32 / adler32 ------------------------------------------------------------------------------

TEST_F(SumsTest, Crc32AndAdler32) {
    EXPECT_EQ(w(call("erlang", "crc32", {bin("hello")})), "907060870");
    EXPECT_EQ(w(call("erlang", "crc32", {call("erlang", "crc32", {str("he")}), str("llo")})), "907060870");
    EXPECT_EQ(w(call("erlang", "crc32", {make_small(4294967295), str("a")})), "3310005809");
    EXPECT_EQ(w(call("erlang", "crc32", {make_small(4294967296), str("a")})), "<error badarg>");
    EXPECT_EQ(w(call("erlang", "crc32", {make_small(-1), str("a")})), "<error badarg>");
    EXPECT_EQ(w(call("erlang", "crc32_combine", {make_small(1), make_small(2), make_small(4294967295)})), "3");
    EXPECT_EQ(w(call("erlang", "crc32_combine", {make_small(1), make_small(2), make_small(2147483648)})),
              "498536550");
    EXPECT_EQ(w(call("erlang", "crc32_combine", {make_small(1), make_small(2), make_small(4294967296)})),
              "<error badarg>");
    EXPECT_EQ(w(call("erlang", "adler32", {bin("hello")})), "103547413");
    EXPECT_EQ(w(call("erlang", "adler32", {make_small(4294967295), str("a")})), "8192111");
    EXPECT_EQ(w(call("erlang", "adler32_combine", {make_small(1), make_small(2), make_small(0)})), "1");
    EXPECT_EQ(w(call("erlang", "adler32_combine", {make_small(1), make_small(2), make_small(4294967295)})), "2");
    EXPECT_EQ(w(call("erlang", "adler32", {make_cons(p, make_small(1), make_small(2))})), "<error badarg>");
}

// Checksums of a large binary (fed to zlib in one piece) equal the chunked iolist result.
TEST_F(SumsTest, LargeInputsAgreeWithChunks) {
    std::string big(3 << 20, '\0');
    for (std::size_t i = 0; i < big.size(); ++i) big[i] = char(i * 131 % 251);
    Term whole_crc = call("erlang", "crc32", {bin(big)});
    Term first = call("erlang", "crc32", {bin(big.substr(0, 1000))});
    EXPECT_EQ(w(call("erlang", "crc32", {first, bin(big.substr(1000))})), w(whole_crc));
    Term whole_adler = call("erlang", "adler32", {bin(big)});
    Term a1 = call("erlang", "adler32", {bin(big.substr(0, 12345))});
    Term a2 = call("erlang", "adler32", {bin(big.substr(12345))});
    EXPECT_EQ(w(call("erlang", "adler32_combine", {a1, a2, make_small(SWord(big.size() - 12345))})), w(whole_adler));
}

TEST_F(SumsTest, IsBuiltinArgumentErrors) {
    EXPECT_EQ(w(call("erlang", "is_builtin", {make_small(1), atom("b"), make_small(0)})), "<error badarg>");
    EXPECT_EQ(w(call("erlang", "is_builtin", {atom("a"), atom("b"), atom("c")})), "<error badarg>");
    EXPECT_EQ(w(call("erlang", "is_builtin", {atom("a"), atom("b"), make_small(-1)})), "false");
    EXPECT_EQ(w(call("erlang", "is_builtin", {atom("a"), atom("b"), make_small(256)})), "false");
}

// ---- atomics and counters -------------------------------------------------------------------------

TEST_F(SumsTest, AtomicsRangesAndWraparound) {
    Term a = call("erts_internal", "atomics_new", {make_small(2), make_small(1)});
    ASSERT_TRUE(is_local_ref(a));
    Term max = make_integer(p, INT64_MAX);
    EXPECT_EQ(w(call("atomics", "put", {a, make_small(1), max})), "ok");
    EXPECT_EQ(w(call("atomics", "add_get", {a, make_small(1), make_small(1)})), "-9223372036854775808");
    EXPECT_EQ(w(call("atomics", "add_get", {a, make_small(1), make_integer_u64(p, UINT64_MAX)})),
              "9223372036854775807");
    EXPECT_EQ(w(call("atomics", "put", {a, make_small(1), make_integer_u64(p, std::uint64_t(1) << 63)})),
              "<error badarg>");
    EXPECT_EQ(w(call("atomics", "get", {a, make_small(3)})), "<error badarg>");
    EXPECT_EQ(w(call("atomics", "get", {a, make_small(0)})), "<error badarg>");
    EXPECT_EQ(w(call("atomics", "exchange", {a, make_small(2), make_small(-5)})), "0");
    EXPECT_EQ(w(call("atomics", "compare_exchange", {a, make_small(2), make_small(-5), make_small(6)})), "ok");
    EXPECT_EQ(w(call("atomics", "compare_exchange", {a, make_small(2), make_small(-5), make_small(7)})), "6");

    Term u = call("erts_internal", "atomics_new", {make_small(1), make_small(0)});
    EXPECT_EQ(w(call("atomics", "add_get", {u, make_small(1), make_small(-1)})), "18446744073709551615");
    EXPECT_EQ(w(call("atomics", "put", {u, make_small(1), make_small(-1)})), "<error badarg>");
    EXPECT_EQ(w(call("atomics", "info", {u})), "#{max => 18446744073709551615,memory => 48,min => 0,size => 1}");

    // Kinds do not mix; plain refs and other terms are not arrays.
    Term c = call("erts_internal", "counters_new", {make_small(1)});
    EXPECT_EQ(w(call("atomics", "get", {c, make_small(1)})), "<error badarg>");
    EXPECT_EQ(w(call("erts_internal", "counters_get", {a, make_small(1)})), "<error badarg>");
    EXPECT_EQ(w(call("atomics", "get", {make_ref(p, 123456789012345ull), make_small(1)})), "<error badarg>");
    EXPECT_EQ(w(call("atomics", "info", {atom("x")})), "<error badarg>");

    EXPECT_EQ(w(call("erts_internal", "atomics_new", {make_small(0), make_small(1)})), "<error badarg>");
    Term huge = call("erts_internal", "atomics_new", {make_integer_u64(p, UINT64_MAX), make_small(1)});
    EXPECT_EQ(w(huge), "<error system_limit>");
}

TEST_F(SumsTest, AtomicsAndCountersAreAtomicAcrossThreads) {
    Term a = call("erts_internal", "atomics_new", {make_small(1), make_small(1)});
    Term c = call("erts_internal", "counters_new", {make_small(1)});
    const BifSpec* add = find_bif("atomics", "add", 3);
    const BifSpec* cadd = find_bif("erts_internal", "counters_add", 3);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            Process q;
            Term args[3] = {a, make_small(1), make_small(1)};
            Term cargs[3] = {c, make_small(1), make_small(-2)};
            for (int i = 0; i < 50000; ++i) {
                add->fn(&q, args);
                cadd->fn(&q, cargs);
            }
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(w(call("atomics", "get", {a, make_small(1)})), "200000");
    EXPECT_EQ(w(call("erts_internal", "counters_get", {c, make_small(1)})), "-400000");
}

}  // namespace
