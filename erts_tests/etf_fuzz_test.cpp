// Robustness of etf_scan/etf_decode on random and mutated input (fixed seed): every input yields an
// error or a term, never a crash; a decoded term re-encodes, and its encoding decodes to the same bytes.
#include <gtest/gtest.h>

#include <bit>
#include <cstring>
#include <random>
#include <vector>

#include "vm/binary.hpp"
#include "vm/etf.hpp"
#include "vm/term_print.hpp"

#include "test_support.hpp"

namespace ember::vm {
namespace {

using namespace test;

using Bytes = std::vector<std::uint8_t>;

// Writes a random, mostly valid term in external format.
class Generator {
public:
    explicit Generator(std::uint32_t seed) : m_rng(seed) {}

    Bytes term() {
        Bytes b{131};
        write(b, 0);
        return b;
    }

private:
    unsigned pick(unsigned n) { return unsigned(m_rng() % n); }
    static void u16(Bytes& b, unsigned v) { b.insert(b.end(), {std::uint8_t(v >> 8), std::uint8_t(v)}); }
    static void u32(Bytes& b, std::uint32_t v) {
        b.insert(b.end(), {std::uint8_t(v >> 24), std::uint8_t(v >> 16), std::uint8_t(v >> 8), std::uint8_t(v)});
    }
    void atom(Bytes& b) {
        static const char* names[] = {"ok", "error", "nonode@nohost", "fuzz_atom", "x@y", "lists", "map"};
        std::string s = names[pick(7)];
        if (pick(2)) {
            b.insert(b.end(), {119, std::uint8_t(s.size())});
        } else {
            b.push_back(100);
            u16(b, unsigned(s.size()));
        }
        b.insert(b.end(), s.begin(), s.end());
    }
    void node(Bytes& b) {
        const char* name = pick(2) ? "nonode@nohost" : "other@host";
        b.insert(b.end(), {119, std::uint8_t(std::strlen(name))});
        b.insert(b.end(), name, name + std::strlen(name));
    }
    void write(Bytes& b, int depth) {
        unsigned kind = pick(depth > 6 ? 8 : 16);
        switch (kind) {
        case 0: b.insert(b.end(), {97, std::uint8_t(m_rng())}); break;
        case 1: b.push_back(98); u32(b, m_rng()); break;
        case 2: {
            double d = std::uniform_real_distribution<double>(-1e300, 1e300)(m_rng);
            b.push_back(70);
            std::uint64_t bits = std::bit_cast<std::uint64_t>(d);
            u32(b, std::uint32_t(bits >> 32));
            u32(b, std::uint32_t(bits));
            break;
        }
        case 3: atom(b); break;
        case 4: b.push_back(106); break;
        case 5: {
            unsigned n = pick(12);
            b.push_back(107);
            u16(b, n);
            for (unsigned i = 0; i < n; ++i) b.push_back(std::uint8_t(m_rng()));
            break;
        }
        case 6: {
            unsigned n = pick(90);
            bool bits = pick(3) == 0 && n > 0;
            b.push_back(bits ? 77 : 109);
            u32(b, n);
            if (bits) b.push_back(std::uint8_t(1 + pick(8)));
            for (unsigned i = 0; i < n; ++i) b.push_back(std::uint8_t(m_rng()));
            break;
        }
        case 7: {
            unsigned n = 1 + pick(12);
            b.insert(b.end(), {110, std::uint8_t(n), std::uint8_t(pick(2))});
            for (unsigned i = 0; i < n; ++i) b.push_back(std::uint8_t(m_rng()));
            break;
        }
        case 8: case 9: {
            unsigned n = pick(5);
            b.insert(b.end(), {104, std::uint8_t(n)});
            for (unsigned i = 0; i < n; ++i) write(b, depth + 1);
            break;
        }
        case 10: case 11: {
            unsigned n = 1 + pick(5);
            b.push_back(108);
            u32(b, n);
            for (unsigned i = 0; i < n; ++i) write(b, depth + 1);
            if (pick(4) == 0) write(b, depth + 1); else b.push_back(106);
            break;
        }
        case 12: {
            unsigned n = pick(pick(8) == 0 ? 40 : 5);
            b.push_back(116);
            u32(b, n);
            for (unsigned i = 0; i < n; ++i) {
                if (pick(3)) {  // mostly distinct integer keys
                    b.push_back(98);
                    u32(b, i * 7919 + pick(3));
                } else {
                    write(b, depth + 1);
                }
                write(b, depth + 1);
            }
            break;
        }
        case 13:
            b.push_back(88);
            node(b);
            u32(b, pick(1000));
            u32(b, pick(4));
            u32(b, pick(2) ? 0 : m_rng());
            break;
        case 14: {
            unsigned n = 1 + pick(5);
            b.push_back(90);
            u16(b, n);
            node(b);
            u32(b, pick(2) ? 0 : 3);
            for (unsigned i = 0; i < n; ++i) u32(b, m_rng());
            break;
        }
        default:
            if (pick(2)) {
                b.push_back(89);
                node(b);
                u32(b, pick(100));
                u32(b, pick(2) ? 0 : 7);
            } else {
                b.insert(b.end(), {113, 119, 5, 'l', 'i', 's', 't', 's', 119, 3, 'm', 'a', 'p', 97, 2});
            }
            break;
        }
    }

    std::mt19937 m_rng;
};

// Runs one input through the codec. Returns true if it decoded.
bool exercise(const Bytes& in) {
    EtfScan s = etf_scan(in.data(), in.size());
    TestHeap heap;
    std::string err;
    Term t = etf_decode(heap, in.data(), in.size(), EtfDecodeOption::None, &err);
    if (!s.ok) {
        EXPECT_EQ(t, kNonValue);
        return false;
    }
    EXPECT_LE(s.used, in.size());
    if (t == kNonValue) {
        EXPECT_FALSE(err.empty());  // e.g. duplicate map keys, found only while building
        return false;
    }
    (void)format_term_w(t);
    Bytes once;
    EXPECT_TRUE(etf_encode(t, once));
    TestHeap heap2;
    Term t2 = etf_decode(heap2, once.data(), once.size());
    EXPECT_NE(t2, kNonValue);
    Bytes twice;
    EXPECT_TRUE(etf_encode(t2, twice));
    EXPECT_EQ(once, twice);
    return true;
}

TEST(EtfFuzzTest, GeneratedTermsRoundTrip) {
    Generator gen(20240601);
    int decoded = 0;
    for (int i = 0; i < 20000; ++i) {
        Bytes b = gen.term();
        decoded += exercise(b);
        if (i % 10 == 0) {  // compressed form of the same term
            TestHeap heap;
            Term t = etf_decode(heap, b.data(), b.size());
            if (t != kNonValue) {
                Bytes z;
                EtfEncodeOptions o;
                o.compressed = 6;
                ASSERT_TRUE(etf_encode(t, z, o));
                EXPECT_TRUE(exercise(z));
            }
        }
    }
    EXPECT_GT(decoded, 13000);  // most generated inputs are valid
}

TEST(EtfFuzzTest, MutatedInputsNeverCrash) {
    Generator gen(7);
    std::mt19937 rng(99);
    for (int i = 0; i < 50000; ++i) {
        Bytes b = gen.term();
        if (i % 7 == 0) {
            TestHeap heap;
            Term t = etf_decode(heap, b.data(), b.size());
            if (t != kNonValue) {
                Bytes z;
                EtfEncodeOptions o;
                o.compressed = 1;
                etf_encode(t, z, o);
                b = z;
            }
        }
        int edits = 1 + int(rng() % 4);
        for (int e = 0; e < edits && !b.empty(); ++e) {
            std::size_t pos = rng() % b.size();
            switch (rng() % 5) {
            case 0: b[pos] = std::uint8_t(rng()); break;
            case 1: b[pos] ^= std::uint8_t(1u << (rng() % 8)); break;
            case 2: b.resize(pos); break;
            case 3: b.insert(b.begin() + std::ptrdiff_t(pos), std::uint8_t(rng())); break;
            default: b[pos] = std::uint8_t(0xFF); break;  // huge lengths
            }
        }
        exercise(b);
    }
}

TEST(EtfFuzzTest, RandomBytesNeverCrash) {
    std::mt19937 rng(4242);
    static const std::uint8_t tags[] = {70, 77, 80, 82, 88, 89, 90, 97, 98, 99, 100, 101, 102, 103, 104, 105,
                                        106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 118, 119, 120};
    for (int i = 0; i < 100000; ++i) {
        Bytes b{131};
        std::size_t n = rng() % 40;
        for (std::size_t k = 0; k < n; ++k)
            b.push_back(rng() % 3 == 0 ? tags[rng() % sizeof tags] : std::uint8_t(rng() % 4 == 0 ? rng() : rng() % 4));
        exercise(b);
    }
}

// Mutations of a few inputs from erl 25 that the generator does not produce (funs, old tags, text floats,
// V4 ports, compressed data).
TEST(EtfFuzzTest, MutatedErlSeedsNeverCrash) {
    static const std::vector<Bytes> seeds = {
        {131, 112, 0, 0, 0, 76, 1, 210, 165, 58, 4, 122, 179, 50, 221, 199, 173, 0, 206, 152, 243, 232, 27, 0, 0,
         0, 0, 0, 0, 0, 1, 100, 0, 6, 102, 117, 110, 109, 111, 100, 97, 0, 98, 6, 149, 41, 208, 88, 100, 0, 13,
         110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 97, 5},
        {131, 113, 100, 0, 5, 108, 105, 115, 116, 115, 100, 0, 3, 109, 97, 112, 97, 2},
        {131, 99, 49, 46, 53, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 101, 43,
         48, 48, 0, 0, 0, 0, 0},
        {131, 120, 100, 0, 3, 110, 64, 104, 0, 0, 0, 7, 0, 0, 0, 2, 0, 0, 0, 5},
        {131, 114, 0, 3, 100, 0, 3, 110, 64, 104, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3},
        {131, 103, 100, 0, 3, 110, 64, 104, 0, 0, 0, 7, 0, 0, 0, 2, 3},
        {131, 80, 0, 0, 1, 46, 120, 156, 203, 48, 74, 97, 96, 78, 76, 74, 30, 37, 137, 33, 1, 41, 148, 78, 37},
        {131, 116, 0, 0, 0, 2, 100, 0, 1, 97, 97, 2, 100, 0, 1, 98, 97, 1},
        {131, 77, 0, 0, 0, 1, 3, 224},
        {131, 111, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1},
    };
    std::mt19937 rng(31337);
    for (int i = 0; i < 40000; ++i) {
        Bytes b = seeds[std::size_t(i) % seeds.size()];
        int edits = 1 + int(rng() % 3);
        for (int e = 0; e < edits && !b.empty(); ++e) {
            std::size_t pos = rng() % b.size();
            switch (rng() % 4) {
            case 0: b[pos] = std::uint8_t(rng()); break;
            case 1: b[pos] ^= std::uint8_t(1u << (rng() % 8)); break;
            case 2: b.resize(pos + (rng() % 2)); break;
            default: b.insert(b.begin() + std::ptrdiff_t(pos), std::uint8_t(rng())); break;
            }
        }
        exercise(b);
    }
}

}  // namespace
}  // namespace ember::vm
