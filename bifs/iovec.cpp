// erlang:iolist_to_iovec/1 (OTP erts/doc erlang:iolist_to_iovec/1): an iolist as a list of binaries
// whose concatenation is the same bytes, built the way erl builds it so that the chunks compare equal:
//  - binaries of at least kSmallBinary bytes are passed through (sub binaries, no copy) unless they
//    have to top up a small accumulator first;
//  - bytes and smaller binaries are copied into an accumulator binary, which is emitted when a large
//    binary follows or when it would have to grow past kAccumulatorLimit.
// A bitstring that is not a binary, or anything that is not an iolist, is badarg.
#include <string>
#include <vector>

#include "bifs/bif.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

constexpr std::size_t kSmallBinary = 256;                  // 4 x the heap-binary limit, as erl
constexpr std::size_t kAccumulatorLimit = kSmallBinary * 32;  // erl stops reallocating here

class IovecBuilder {
public:
    explicit IovecBuilder(Process* p) : m_p(p) {}

    void add_bytes(const std::uint8_t* data, std::size_t n) {
        reserve(n);
        m_acc.append(reinterpret_cast<const char*>(data), n);
    }

    void add_binary(Term bin, const BinaryRef& r) {
        std::size_t size = r.byte_size();
        if (size == 0) return;
        bool acc_small = m_acc.size() < kSmallBinary, bin_small = size < kSmallBinary;
        if (!bin_small && (m_acc.empty() || !acc_small)) {
            flush();
            m_out.push_back(bin);
        } else if (bin_small || size + m_acc.size() < kSmallBinary * 2) {
            append_bits(r, 0, size);
        } else {
            // Top the accumulator up to kSmallBinary bytes and pass the rest on as a sub binary.
            std::size_t spill = kSmallBinary - m_acc.size();
            append_bits(r, 0, spill);
            flush();
            m_out.push_back(make_sub_binary(*m_p, bin, spill * 8, (size - spill) * 8));
        }
    }

    Term finish() {
        flush();
        return make_list_of(*m_p, m_out.data(), m_out.size());
    }

private:
    void append_bits(const BinaryRef& r, std::size_t from, std::size_t n) {
        reserve(n);
        std::size_t at = m_acc.size();
        m_acc.resize(at + n);
        copy_bits(r.data, r.bit_offset + from * 8, reinterpret_cast<std::uint8_t*>(m_acc.data() + at), 0, n * 8);
    }

    // The accumulator's allocation grows by doubling (at least to kSmallBinary); past
    // kAccumulatorLimit it is emitted and a new one started instead.
    void reserve(std::size_t extra) {
        std::size_t required = m_acc.size() + extra;
        if (m_capacity == 0) {
            m_capacity = std::max(required, kSmallBinary);
        } else if (required > m_capacity) {
            if (m_capacity >= kAccumulatorLimit) {
                flush();
                m_capacity = std::max(extra, kSmallBinary);
                return;
            }
            m_capacity = std::max(required, m_capacity * 2);
        }
    }

    void flush() {
        if (!m_acc.empty()) m_out.push_back(make_binary(*m_p, m_acc));
        m_acc.clear();
        m_capacity = 0;
    }

    Process* m_p;
    std::string m_acc;
    std::size_t m_capacity = 0;  // erl's accumulator allocation size, which decides the chunking
    std::vector<Term> m_out;
};

EMBER_BIF(bif_iolist_to_iovec_1) {
    Term in = args[0];
    if (in == kNil) return kNil;
    if (is_bitstring(in)) {
        BinaryRef r = binary_ref(in);
        if (!r.is_binary()) return badarg(p);
        return r.byte_size() == 0 ? kNil : make_cons(*p, in, kNil);
    }
    if (!is_list(in)) return badarg(p);
    IovecBuilder out(p);
    std::vector<std::uint8_t> run;  // consecutive bytes are appended as one sequence
    std::vector<Term> rest{in};
    auto end_run = [&] {
        if (!run.empty()) out.add_bytes(run.data(), run.size());
        run.clear();
    };
    while (!rest.empty()) {
        Term cur = rest.back();
        rest.pop_back();
        while (is_list(cur)) {
            Term h = car(cur);
            if (is_small(h)) {
                SWord v = small_value(h);
                if (v < 0 || v > 255) return badarg(p);
                run.push_back(std::uint8_t(v));
            } else if (is_bitstring(h)) {
                BinaryRef r = binary_ref(h);
                if (!r.is_binary()) return badarg(p);
                end_run();
                out.add_binary(h, r);
            } else if (is_list(h) || h == kNil) {
                end_run();
                if (cdr(cur) != kNil) rest.push_back(cdr(cur));
                cur = h;
                continue;
            } else {
                return badarg(p);
            }
            cur = cdr(cur);
        }
        end_run();
        if (is_bitstring(cur)) {
            BinaryRef r = binary_ref(cur);
            if (!r.is_binary()) return badarg(p);
            out.add_binary(cur, r);
        } else if (cur != kNil) {
            return badarg(p);
        }
    }
    return out.finish();
}

const BifSpec kBifs[] = {
    {"erlang", "iolist_to_iovec", 1, bif_iolist_to_iovec_1, kCapPure},
};

}  // namespace

std::span<const BifSpec> iovec_bifs() { return kBifs; }

}  // namespace ember::bifs
