// Random and deep iolists into every iolist-taking BIF (fixed seeds): iolist_size/1, iolist_to_binary/1,
// list_to_binary/1, binary:list_to_bin/1, erlang:md5/1, crc32/1, adler32/1 and
// unicode:characters_to_binary/2. Each call must return a term or raise badarg, never crash; for a valid
// iolist all of them must agree with a flattening done here. The generator follows OTP's own
// random_iolist helper (stdlib/crypto test suites): bytes, lists, binaries, sub binaries at a bit
// offset, binary tails, nesting on both sides, plus invalid elements.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/binary.hpp"

#include "test_support.hpp"

using namespace ember;
using namespace ember::vm;
using namespace ember::vm::test;

namespace {

class IolistFuzzTest : public BifTest {
protected:
    IolistFuzzTest()
        : BifTest({bifs::erlang_terms_bifs(), bifs::binary_bifs(), bifs::checksums_bifs(), bifs::unicode_bifs()}),
          m_rng(20261204) {}

    unsigned pick(unsigned n) { return unsigned(m_rng() % n); }

    // A binary of n random bytes; half the time a sub binary at bit offset 3 (as random_iolist does).
    Term random_binary(unsigned n) {
        std::string bytes;
        for (unsigned i = 0; i < n + 1; ++i) bytes.push_back(char(m_rng()));
        if (n > 1 && pick(2)) return make_sub_binary(p, make_binary(p, bytes), 3, 8 * std::size_t(n - 1));
        bytes.resize(n);
        return make_binary(p, bytes);
    }
    Term invalid_element() {
        switch (pick(5)) {
        case 0: return make_small(256);
        case 1: return make_small(-1);
        case 2: return atom("x");
        case 3: return make_sub_binary(p, make_binary(p, "ab"), 0, 11);  // a bitstring
        default: return make_tuple2(p, kNil, kNil);
        }
    }
    // Up to `budget` bytes; `bad_percent` of the elements are invalid.
    Term random_iolist(int budget, unsigned bad_percent, int depth = 0) {
        Term acc = kNil;
        while (budget > 0) {
            int x = int(pick(unsigned(std::min(budget, 64)) + 1));
            Term e;
            if (pick(100) < bad_percent) e = invalid_element();
            else {
                switch (pick(depth > 12 ? 3 : 4)) {
                case 0: e = make_small(pick(256)); x = 1; break;
                case 1: {
                    std::vector<Term> items;
                    for (int i = 0; i < x; ++i) items.push_back(make_small(pick(256)));
                    e = list(items);
                    break;
                }
                case 2: e = random_binary(unsigned(x)); break;
                default: e = random_iolist(x, bad_percent, depth + 1); break;
                }
            }
            budget -= std::max(x, 1);
            // Mostly [E | Acc]; sometimes [Acc | Binary] (a binary tail) or [Acc | E].
            bool list_like = is_list(e) || e == kNil;
            if (pick(10) == 0) acc = make_cons(p, acc, pick(3) && list_like ? e : random_binary(unsigned(x)));
            else acc = make_cons(p, e, acc);
        }
        return acc;
    }

    // Flattens like erl (a binary is allowed as a tail); false if not an iolist.
    static bool flatten(Term t, std::string& out) {
        std::vector<Term> rest{t};
        while (!rest.empty()) {
            Term cur = rest.back();
            rest.pop_back();
            while (cur != kNil) {
                if (is_bitstring(cur)) {
                    BinaryRef r = binary_ref(cur);
                    if (!r.is_binary()) return false;
                    std::string b(r.byte_size(), '\0');
                    copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(b.data()), 0, r.bit_size);
                    out += b;
                    break;
                }
                if (!is_list(cur)) return false;
                Term h = car(cur);
                if (is_small(h)) {
                    if (small_value(h) < 0 || small_value(h) > 255) return false;
                    out.push_back(char(small_value(h)));
                    cur = cdr(cur);
                } else if (is_list(h) || h == kNil || is_bitstring(h)) {
                    rest.push_back(cdr(cur));
                    cur = h;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    // Runs every BIF on t and checks them against the flattening. Returns whether t was valid.
    bool check_all(Term t) {
        std::string ref;
        bool valid = flatten(t, ref);
        bool top_list = is_list(t) || t == kNil;
        Term flat = make_binary(p, ref);
        auto expect_bytes = [&](Term r, bool ok, const char* what) {
            if (!ok) {
                EXPECT_EQ(r, kNonValue) << what;
                return;
            }
            ASSERT_NE(r, kNonValue) << what;
            ASSERT_TRUE(is_bitstring(r) && binary_ref(r).is_binary()) << what;
            EXPECT_EQ(bytes_of(r), ref) << what;
        };
        Term size = call("erlang", "iolist_size", {t});
        if (valid) EXPECT_EQ(w(size), std::to_string(ref.size()));
        else EXPECT_EQ(size, kNonValue);
        expect_bytes(call("erlang", "iolist_to_binary", {t}), valid, "iolist_to_binary");
        expect_bytes(call("erlang", "list_to_binary", {t}), valid && top_list, "list_to_binary");
        expect_bytes(call("binary", "list_to_bin", {t}), valid && top_list, "binary:list_to_bin");
        for (const char* f : {"md5", "crc32", "adler32"}) {
            Term r = call("erlang", f, {t});
            if (!valid) {
                EXPECT_EQ(r, kNonValue) << f;
                continue;
            }
            EXPECT_EQ(w(r), w(call("erlang", f, {flat}))) << f;
        }
        // Code points above 255 are fine here, so only "never crashes, a binary is a binary".
        Term u = call("unicode", "characters_to_binary", {t, atom("unicode")});
        p.trap = nullptr;
        if (u != kNonValue && is_boxed(u) && !is_tuple(u)) {
            EXPECT_TRUE(is_bitstring(u) && binary_ref(u).is_binary());
        }
        return valid;
    }

    std::mt19937 m_rng;
};

TEST_F(IolistFuzzTest, RandomValidIolists) {
    int valid = 0;
    for (int i = 0; i < 600; ++i) valid += check_all(random_iolist(1 + int(pick(1000)), 0));
    EXPECT_EQ(valid, 600);
}

TEST_F(IolistFuzzTest, RandomIolistsWithBadElements) {
    int valid = 0;
    for (int i = 0; i < 600; ++i) valid += check_all(random_iolist(1 + int(pick(600)), 1 + pick(8)));
    EXPECT_GT(valid, 0);
    EXPECT_LT(valid, 600);
}

TEST_F(IolistFuzzTest, TopLevelTermsThatAreNotLists) {
    for (Term t : {random_binary(10), random_binary(100), atom("a"), make_small(1), make_small(300),
                   make_sub_binary(p, make_binary(p, "abc"), 1, 9), make_cons(p, make_small(1), make_small(2)),
                   make_cons(p, kNil, atom("t"))})
        check_all(t);
}

// Nesting far deeper than any C stack could recurse through (OTP's BIFs are iterative too).
TEST_F(IolistFuzzTest, DeepNesting) {
    constexpr int kDepth = 200'000;
    Term head = kNil, tail = random_binary(3), both = kNil;
    for (int i = 0; i < kDepth; ++i) {
        head = make_cons(p, head, make_cons(p, make_small(i & 255), kNil));  // [[[...], 1], 2]
        tail = make_cons(p, make_small(i & 255), tail);                      // [1, 2, ... | <<..>>]
        both = make_cons(p, make_cons(p, both, kNil), random_binary(1));     // [[[..]] | <<x>>]
    }
    EXPECT_TRUE(check_all(head));
    EXPECT_TRUE(check_all(tail));
    EXPECT_TRUE(check_all(both));
    // The same with one bad element at the innermost level.
    Term bad = make_cons(p, make_small(256), kNil);
    for (int i = 0; i < kDepth; ++i) bad = make_cons(p, bad, kNil);
    EXPECT_FALSE(check_all(bad));
}

}  // namespace
