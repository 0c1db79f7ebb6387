// Terms for hosts (include/ember/term.hpp): builders go through a scratch heap and end in one
// OwnedTerm::copy_of, so each result owns a single storage block.
#include <cmath>
#include <memory>

#include "ember/term.hpp"
#include "vm/scratch_heap.hpp"
#include "vm/arith.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/magic_ref.hpp"
#include "vm/compare.hpp"
#include "vm/etf.hpp"
#include "vm/runtime_support.hpp"
#include "vm/term_print.hpp"
#include "vm/unicode.hpp"

namespace ember {

using namespace ember::vm;

std::string Pid::to_string() const { return "<0." + std::to_string(number) + ".0>"; }

namespace term {
namespace {

using vm::ScratchHeap;

const OwnedTerm& non_value() {
    static const OwnedTerm t = OwnedTerm::copy_of(kNonValue);
    return t;
}

bool all_values(std::span<const OwnedTerm> terms) {
    for (const OwnedTerm& t : terms)
        if (!t.is_value()) return false;
    return true;
}

}  // namespace

OwnedTerm atom(std::string_view utf8) {
    AtomError error;
    Term a = AtomTable::global().intern(utf8, &error);
    return a == kNonValue ? non_value() : OwnedTerm::copy_of(a);
}

OwnedTerm integer(std::int64_t value) {
    ScratchHeap heap;
    return OwnedTerm::copy_of(make_integer(heap, value));
}

OwnedTerm unsigned_integer(std::uint64_t value) {
    ScratchHeap heap;
    return OwnedTerm::copy_of(make_integer_u64(heap, value));
}

OwnedTerm float64(double value) {
    if (!std::isfinite(value)) return non_value();
    ScratchHeap heap;
    return OwnedTerm::copy_of(make_float(heap, value));
}

OwnedTerm binary(std::span<const std::uint8_t> bytes) {
    ScratchHeap heap;
    return OwnedTerm::copy_of(make_binary(heap, bytes.data(), bytes.size()));
}

OwnedTerm binary(std::string_view bytes) {
    return binary(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

OwnedTerm charlist(std::string_view utf8) {
    std::size_t count = 0;
    if (!utf8_count_chars(utf8, count)) return non_value();
    ScratchHeap heap;
    return OwnedTerm::copy_of(make_charlist(heap, utf8));
}

OwnedTerm tuple(std::span<const OwnedTerm> elements) {
    if (!all_values(elements)) return non_value();
    ScratchHeap heap;
    Term* hp = heap.alloc(elements.size() + 1);
    hp[0] = make_header(elements.size(), Subtag::Tuple);
    for (std::size_t i = 0; i < elements.size(); ++i) hp[i + 1] = elements[i].get();
    return OwnedTerm::copy_of(make_boxed(hp));
}

OwnedTerm tuple(std::initializer_list<OwnedTerm> elements) {
    return tuple(std::span(elements.begin(), elements.size()));
}

OwnedTerm list(std::span<const OwnedTerm> elements, const OwnedTerm& tail) {
    if (!all_values(elements) || !tail.is_value()) return non_value();
    if (elements.empty()) return tail;
    ScratchHeap heap;
    Term* hp = heap.alloc(2 * elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
        hp[2 * i] = elements[i].get();
        hp[2 * i + 1] = i + 1 < elements.size() ? make_list(hp + 2 * i + 2) : tail.get();
    }
    return OwnedTerm::copy_of(make_list(hp));
}

OwnedTerm list(std::initializer_list<OwnedTerm> elements) {
    return list(std::span(elements.begin(), elements.size()));
}

OwnedTerm nil() { return OwnedTerm(); }

OwnedTerm pid(Pid p) {
    // Pid numbers are 60 bits (vm/term.hpp); a larger number was never a pid.
    if (p.number >> 60) return non_value();
    return OwnedTerm::copy_of(make_pid(p.number));
}

OwnedTerm from_etf(std::span<const std::uint8_t> bytes, std::string* error) {
    EtfScan scan = etf_scan(bytes.data(), bytes.size());
    if (!scan.ok) {
        if (error) *error = scan.error;
        return non_value();
    }
    if (scan.used != bytes.size()) {
        if (error) *error = "trailing bytes after the term at offset " + std::to_string(scan.used);
        return non_value();
    }
    ScratchHeap heap;
    Term t = etf_decode(heap, bytes.data(), bytes.size(), EtfDecodeOption::None, error);
    return t == kNonValue ? non_value() : OwnedTerm::copy_of(t);
}

std::optional<std::vector<std::uint8_t>> to_etf(const OwnedTerm& t) {
    if (!t.is_value()) return std::nullopt;
    std::vector<std::uint8_t> out;
    if (!etf_encode(t.get(), out)) return std::nullopt;
    return out;
}

std::optional<std::string> atom_name(const OwnedTerm& t) {
    if (!t.is_value() || !is_atom(t.get())) return std::nullopt;
    return std::string(vm::atom_name(t.get()));
}

std::optional<std::int64_t> to_int64(const OwnedTerm& t) {
    std::int64_t v;
    if (!t.is_value() || !is_integer(t.get()) || !integer_to_int64(t.get(), &v)) return std::nullopt;
    return v;
}

std::optional<std::uint64_t> to_uint64(const OwnedTerm& t) {
    std::uint64_t v;
    if (!t.is_value() || !is_integer(t.get()) || !integer_to_uint64(t.get(), &v)) return std::nullopt;
    return v;
}

std::optional<double> to_double(const OwnedTerm& t) {
    if (!t.is_value() || !is_float(t.get())) return std::nullopt;
    return float_value(t.get());
}

std::optional<std::string> binary_bytes(const OwnedTerm& t) {
    if (!t.is_value() || !is_bitstring(t.get())) return std::nullopt;
    BinaryRef r = binary_ref(t.get());
    if (!r.is_binary()) return std::nullopt;
    std::string out(r.byte_size(), '\0');
    if (r.byte_aligned()) {
        std::copy(r.data, r.data + r.byte_size(), reinterpret_cast<std::uint8_t*>(out.data()));
    } else {
        copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(out.data()), 0, r.bit_size);
    }
    return out;
}

std::optional<Pid> to_pid(const OwnedTerm& t) {
    if (!t.is_value() || !is_local_pid(t.get())) return std::nullopt;
    return Pid{pid_number(t.get())};
}

std::optional<std::vector<OwnedTerm>> tuple_elements(const OwnedTerm& t) {
    if (!t.is_value() || !is_tuple(t.get())) return std::nullopt;
    std::vector<OwnedTerm> out;
    Word n = tuple_arity(t.get());
    out.reserve(n);
    for (Word i = 0; i < n; ++i) out.push_back(OwnedTerm::copy_of(tuple_element(t.get(), i)));
    return out;
}

std::optional<std::vector<OwnedTerm>> list_elements(const OwnedTerm& t) {
    if (!t.is_value() || list_length(t.get()) < 0) return std::nullopt;
    std::vector<OwnedTerm> out;
    for (Term l = t.get(); is_list(l); l = cdr(l)) out.push_back(OwnedTerm::copy_of(car(l)));
    return out;
}

bool equal(const OwnedTerm& a, const OwnedTerm& b) {
    return a.is_value() && b.is_value() && exact_equal(a.get(), b.get());
}

std::string to_string(const OwnedTerm& t) { return t.to_string(); }

}  // namespace term
}  // namespace ember
