// Scaffolding shared by the erts_tests GoogleTest executables (each *_test.cpp is its own executable, so
// everything here is inline): a heap that never collects, a hex ETF reader independent of vm/etf.cpp,
// term builders, number parsing for erl-printed tables, and a fixture that calls natives on a bare
// Process through their registration tables.
#pragma once

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/arith.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/bignum.hpp"
#include "vm/heap_allocator.hpp"
#include "vm/map.hpp"
#include "vm/number_text.hpp"
#include "vm/process.hpp"
#include "vm/runtime_support.hpp"
#include "vm/term.hpp"
#include "vm/term_print.hpp"

namespace ember::vm::test {

// A heap for tests: every allocation is its own zeroed chunk that lives as long as the heap; refc
// binaries registered off-heap are released when the heap goes.
class TestHeap final : public HeapAllocator {
public:
    TestHeap() = default;
    TestHeap(const TestHeap&) = delete;
    TestHeap& operator=(const TestHeap&) = delete;
    ~TestHeap() override {
        for (Term* h : m_off_heap) reinterpret_cast<Binary*>(h[2])->release();
    }
    Term* alloc(Word words) override {
        m_chunks.push_back(std::make_unique<Term[]>(words ? words : 1));
        return m_chunks.back().get();
    }
    void add_off_heap(Term* refc_header) override { m_off_heap.push_back(refc_header); }
    std::size_t off_heap_count() const { return m_off_heap.size(); }

private:
    std::vector<std::unique_ptr<Term[]>> m_chunks;
    std::vector<Term*> m_off_heap;
};

// Decodes the subset of the external term format the erl-generated tables use (no compression, no
// pids/ports/refs/funs), written independently of vm/etf.cpp so that tests of hashing and maps do not
// depend on the codec. Input: term_to_binary output as hex, starting with the version byte 131.
class EtfReader {
public:
    EtfReader(HeapAllocator& heap, const std::string& hex) : m_heap(heap) {
        for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
            m_bytes.push_back(std::uint8_t(std::stoi(hex.substr(i, 2), nullptr, 16)));
        }
    }
    Term read() {
        m_pos = 1;  // version byte 131
        return term();
    }

private:
    std::uint32_t u8() { return m_bytes.at(m_pos++); }
    std::uint32_t u16() { return (u8() << 8) | u8(); }
    std::uint32_t u32() { return (u16() << 16) | u16(); }
    Term integer(bool negative, const std::vector<std::uint8_t>& le) {
        std::vector<Word> limbs((le.size() + 7) / 8, 0);
        for (std::size_t i = 0; i < le.size(); ++i) limbs[i / 8] |= Word(le[i]) << (8 * (i % 8));
        while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
        if (limbs.empty()) return make_small(0);
        if (limbs.size() == 1 && limbs[0] <= Word(kMaxSmall) + (negative ? 1 : 0)) {
            return make_small(negative ? SWord(0) - SWord(limbs[0]) : SWord(limbs[0]));
        }
        Term* hp = m_heap.alloc(1 + limbs.size());
        hp[0] = make_header(limbs.size(), negative ? Subtag::NegBignum : Subtag::PosBignum);
        for (std::size_t i = 0; i < limbs.size(); ++i) hp[1 + i] = limbs[i];
        return make_boxed(hp);
    }
    Term tuple(Word n) {
        std::vector<Term> xs;
        for (Word i = 0; i < n; ++i) xs.push_back(term());
        Term* hp = m_heap.alloc(1 + n);
        hp[0] = make_header(n, Subtag::Tuple);
        for (Word i = 0; i < n; ++i) hp[1 + i] = xs[i];
        return make_boxed(hp);
    }
    Term list_of(std::vector<Term> xs, Term tail) {
        for (std::size_t i = xs.size(); i-- > 0;) {
            Term* hp = m_heap.alloc(2);
            hp[0] = xs[i];
            hp[1] = tail;
            tail = make_list(hp);
        }
        return tail;
    }
    Term term() {
        std::uint32_t tag = u8();
        switch (tag) {
        case 97: return make_small(SWord(u8()));
        case 98: return make_small(SWord(std::int32_t(u32())));
        case 110:
        case 111: {
            std::uint32_t n = tag == 110 ? u8() : u32();
            bool neg = u8() != 0;
            std::vector<std::uint8_t> le;
            for (std::uint32_t i = 0; i < n; ++i) le.push_back(std::uint8_t(u8()));
            return integer(neg, le);
        }
        case 70: {
            Word w = 0;
            for (int i = 0; i < 8; ++i) w = (w << 8) | u8();
            return write_float(m_heap.alloc(2), std::bit_cast<double>(w));
        }
        case 118:
        case 119: {
            std::uint32_t n = tag == 119 ? u8() : u16();
            std::string name;
            for (std::uint32_t i = 0; i < n; ++i) name.push_back(char(u8()));
            return AtomTable::global().intern(name);
        }
        case 106: return kNil;
        case 107: {
            std::uint32_t n = u16();
            std::vector<Term> xs;
            for (std::uint32_t i = 0; i < n; ++i) xs.push_back(make_small(SWord(u8())));
            return list_of(xs, kNil);
        }
        case 108: {
            std::uint32_t n = u32();
            std::vector<Term> xs;
            for (std::uint32_t i = 0; i < n; ++i) xs.push_back(term());
            Term tail = term();
            return list_of(xs, tail);
        }
        case 104: return tuple(u8());
        case 105: return tuple(u32());
        case 109:
        case 77: {
            std::uint32_t n = u32();
            std::uint32_t bits = tag == 77 ? u8() : 8;
            std::vector<std::uint8_t> data;
            for (std::uint32_t i = 0; i < n; ++i) data.push_back(std::uint8_t(u8()));
            Term bin = make_binary(m_heap, data.data(), data.size());
            if (tag == 77 && bits != 8) bin = make_sub_binary(m_heap, bin, 0, (n - 1) * 8 + bits);
            return bin;
        }
        case 116: {
            std::uint32_t n = u32();
            std::vector<Term> ks, vs;
            for (std::uint32_t i = 0; i < n; ++i) {
                ks.push_back(term());
                vs.push_back(term());
            }
            return map_from_pairs(m_heap, ks.data(), vs.data(), n);
        }
        default: ADD_FAILURE() << "unsupported ETF tag " << tag; return kNil;
        }
    }

    HeapAllocator& m_heap;
    std::vector<std::uint8_t> m_bytes;
    std::size_t m_pos = 0;
};

// The elements of a proper (or improper: the tail is dropped) list.
inline std::vector<Term> list_to_vector(Term l) {
    std::vector<Term> v;
    for (; is_list(l); l = cdr(l)) v.push_back(car(l));
    return v;
}

// Terms on a heap of their own, written briefly: b.t({b.i(1), b.a("x")}).
struct TermBuilder {
    TestHeap heap;
    Term i(SWord v) { return make_small(v); }
    Term a(const char* name) { return AtomTable::global().intern(name); }
    Term f(double d) { return write_float(heap.alloc(2), d); }
    // A bignum from little-endian limbs (not normalised: the limbs are taken as given).
    Term big(bool negative, std::initializer_list<Word> limbs) {
        Term* hp = heap.alloc(1 + limbs.size());
        hp[0] = make_header(limbs.size(), negative ? Subtag::NegBignum : Subtag::PosBignum);
        Word k = 1;
        for (Word l : limbs) hp[k++] = l;
        return make_boxed(hp);
    }
    Term t(std::initializer_list<Term> xs) {
        Term* hp = heap.alloc(1 + xs.size());
        hp[0] = make_header(xs.size(), Subtag::Tuple);
        Word k = 1;
        for (Term x : xs) hp[k++] = x;
        return make_boxed(hp);
    }
    Term l(std::initializer_list<Term> xs, Term tail = kNil) {
        std::vector<Term> v(xs);
        for (std::size_t k = v.size(); k-- > 0;) tail = cons(v[k], tail);
        return tail;
    }
    Term cons(Term h, Term tl) {
        Term* hp = heap.alloc(2);
        hp[0] = h;
        hp[1] = tl;
        return make_list(hp);
    }
    Term bin(std::initializer_list<int> bytes) {
        std::vector<std::uint8_t> v;
        for (int b : bytes) v.push_back(std::uint8_t(b));
        return make_binary(heap, v.data(), v.size());
    }
    // A bitstring of `nbits` bits whose value is the low bits of `value` (like <<Value:Bits>>).
    Term bits(unsigned value, unsigned nbits) {
        std::uint8_t byte = std::uint8_t(value << (8 - nbits));
        Term whole = make_binary(heap, &byte, 1);
        return make_sub_binary(heap, whole, 0, nbits);
    }
    Term ref(Word n0, Word n1, Word n2) {
        Term* hp = heap.alloc(4);
        hp[0] = make_header(3, Subtag::Ref);
        hp[1] = n0;
        hp[2] = n1;
        hp[3] = n2;
        return make_boxed(hp);
    }
    Term map(std::initializer_list<std::pair<Term, Term>> kv) {
        std::vector<Term> ks, vs;
        for (auto& [k, v] : kv) {
            ks.push_back(k);
            vs.push_back(v);
        }
        return map_from_pairs(heap, ks.data(), vs.data(), ks.size());
    }
    // A map whose values are its keys.
    Term int_map(const std::vector<SWord>& keys) {
        std::vector<Term> ks;
        for (SWord k : keys) ks.push_back(make_small(k));
        return map_from_pairs(heap, ks.data(), ks.data(), ks.size());
    }
};

// ---- numbers as erl prints them ----------------------------------------------------------------------

// A decimal integer (small or bignum) from erl's ~w text; the text must parse.
inline Term integer_term(HeapAllocator& heap, std::string_view text) {
    Term reason = kNonValue;
    Term t = parse_integer(heap, text, 10, &reason);
    EXPECT_TRUE(is_value(t)) << text;
    return t;
}

// A number from erl's ~w text: a float when it has a '.', otherwise a decimal integer.
inline Term number_term(HeapAllocator& heap, std::string_view text) {
    if (text.find('.') != std::string_view::npos) {
        double d = 0;
        EXPECT_TRUE(parse_float(text, &d)) << text;
        return make_float(heap, d);
    }
    return integer_term(heap, text);
}

// An error reason of the numeric code as erl prints it ("?" for any other).
inline std::string reason_text(Term reason) {
    if (reason == am_badarith) return "badarith";
    if (reason == am_badarg) return "badarg";
    if (reason == am_system_limit) return "system_limit";
    return "?";
}

// ---- natives on a bare Process ------------------------------------------------------------------------

using BifTables = std::vector<std::span<const BifSpec>>;

// A fixture calling natives directly through their registration tables (bifs/bif.hpp) on a bare
// Process; a derived fixture names the tables it searches.
class BifTest : public ::testing::Test {
protected:
    explicit BifTest(BifTables tables) : m_tables(std::move(tables)) {}

    Process p;

    // The native registered as module:name/arity in this fixture's tables, or nullptr.
    const BifSpec* find_bif(std::string_view module, std::string_view name, int arity) const {
        for (auto table : m_tables)
            for (const BifSpec& s : table)
                if (s.module == module && s.function == name && s.arity == arity) return &s;
        return nullptr;
    }
    Term call(const char* module, const char* name, std::vector<Term> args) {
        const BifSpec* s = find_bif(module, name, int(args.size()));
        EXPECT_NE(s, nullptr) << module << ":" << name << "/" << args.size();
        if (!s) return kNonValue;
        return s->fn(&p, args.data());
    }
    const BifTables& tables() const { return m_tables; }
    Term str(std::string_view s) { return make_charlist(p, s); }
    Term bin(std::string_view s) { return make_binary(p, s); }
    Term atom(std::string_view s) { return AtomTable::global().intern(s); }
    Term list(std::vector<Term> items) { return make_list_of(p, items.data(), items.size()); }
    // ~w of a result, or "<error Reason>" when the native raised.
    std::string w(Term t) { return t == kNonValue ? "<error " + format_term_w(p.exc_reason) + ">" : format_term_w(t); }
    // The bytes of a bitstring (the last partial byte's bits at the top).
    std::string bytes_of(Term b) {
        BinaryRef r = binary_ref(b);
        std::string out(r.byte_size(), '\0');
        copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(out.data()), 0, r.bit_size);
        return out;
    }

private:
    BifTables m_tables;
};

}  // namespace ember::vm::test
