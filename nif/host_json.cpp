// JSON <-> term (include/ember/json.hpp). Decoding is a nlohmann SAX handler that builds the term on a
// scratch heap (no DOM in between; nesting is checked as it opens); encoding builds an ordered_json
// (keys in the map's iteration order) and dumps it compactly.
#include <cmath>
#include <vector>

#include <nlohmann/json.hpp>

#include "ember/json.hpp"
#include "nif/runtime_impl.hpp"
#include "vm/scratch_heap.hpp"
#include "vm/arith.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/map.hpp"
#include "vm/runtime_support.hpp"
#include "vm/unicode.hpp"

namespace ember::json {

using namespace ember::vm;
using host::error;

namespace {

constexpr std::size_t kMaxDepth = 512;

// Builds the term as the parser reports values. Each open array/object is a frame collecting its
// elements (and keys); closing it makes the list / map.
class TermBuilder final : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit TermBuilder(vm::ScratchHeap& heap) : m_heap(heap) {}

    Term result() const { return m_result; }
    const std::string& failure() const { return m_failure; }

    bool null() override { return value(AtomTable::global().intern("null")); }
    bool boolean(bool v) override { return value(v ? am_true : am_false); }
    bool number_integer(number_integer_t v) override { return value(make_integer(m_heap, v)); }
    bool number_unsigned(number_unsigned_t v) override { return value(make_integer_u64(m_heap, v)); }
    bool number_float(number_float_t v, const string_t&) override {
        if (!std::isfinite(v)) return fail("a number is not a finite float");
        return value(make_float(m_heap, v));
    }
    bool string(string_t& s) override { return value(make_binary(m_heap, std::string_view(s))); }
    bool binary(binary_t&) override { return fail("binary values are not JSON"); }
    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t& k) override {
        m_frames.back().keys.push_back(make_binary(m_heap, std::string_view(k)));
        return true;
    }
    bool end_object() override {
        Frame f = std::move(m_frames.back());
        m_frames.pop_back();
        return value(map_from_pairs(m_heap, f.keys.data(), f.items.data(), f.items.size()));
    }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override {
        Frame f = std::move(m_frames.back());
        m_frames.pop_back();
        Term list = kNil;
        if (!f.items.empty()) {
            Term* hp = m_heap.alloc(2 * f.items.size());
            for (std::size_t i = 0; i < f.items.size(); ++i) {
                hp[2 * i] = f.items[i];
                hp[2 * i + 1] = i + 1 < f.items.size() ? make_list(hp + 2 * i + 2) : kNil;
            }
            list = make_list(hp);
        }
        return value(list);
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        if (m_failure.empty()) m_failure = "invalid JSON at byte " + std::to_string(position) + ": " + ex.what();
        return false;
    }

private:
    struct Frame {
        bool object;
        std::vector<Term> keys;
        std::vector<Term> items;
    };
    bool fail(std::string why) {
        if (m_failure.empty()) m_failure = std::move(why);
        return false;
    }
    bool open(bool object) {
        if (m_frames.size() >= kMaxDepth) return fail("JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
        m_frames.push_back(Frame{object, {}, {}});
        return true;
    }
    bool value(Term t) {
        if (m_frames.empty()) m_result = t;
        else m_frames.back().items.push_back(t);
        return true;
    }

    vm::ScratchHeap& m_heap;
    std::vector<Frame> m_frames;
    Term m_result = kNonValue;
    std::string m_failure;
};

using Json = nlohmann::ordered_json;

struct Encoder {
    std::string failure;

    bool fail(const std::string& path, const std::string& why) {
        failure = path + ": " + why;
        return false;
    }

    static bool utf8_text(Term t, std::string& out) {
        if (!is_bitstring(t)) return false;
        BinaryRef r = binary_ref(t);
        if (!r.is_binary()) return false;
        out.assign(r.byte_size(), '\0');
        if (r.byte_aligned()) std::copy(r.data, r.data + r.byte_size(), reinterpret_cast<std::uint8_t*>(out.data()));
        else copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(out.data()), 0, r.bit_size);
        return true;
    }

    bool encode(Term t, Json& out, const std::string& path, std::size_t depth) {
        if (depth > kMaxDepth) return fail(path, "nested deeper than " + std::to_string(kMaxDepth) + " levels");
        if (is_atom(t)) {
            if (t == am_true) out = true;
            else if (t == am_false) out = false;
            else if (atom_name(t) == "null") out = nullptr;
            else out = std::string(atom_name(t));
            return true;
        }
        if (is_integer(t)) {
            std::int64_t i;
            std::uint64_t u;
            if (integer_to_int64(t, &i)) out = i;
            else if (integer_to_uint64(t, &u)) out = u;
            else return fail(path, "an integer beyond 64 bits");
            return true;
        }
        if (is_float(t)) {
            double d = float_value(t);
            if (!std::isfinite(d)) return fail(path, "a non-finite float");
            out = d;
            return true;
        }
        if (is_bitstring(t)) {
            std::string s;
            if (!utf8_text(t, s)) return fail(path, "a bitstring that is not whole bytes");
            std::size_t n;
            if (!utf8_count_chars(s, n)) return fail(path, "a binary that is not UTF-8");
            out = std::move(s);
            return true;
        }
        if (t == kNil || is_list(t)) {
            if (list_length(t) < 0) return fail(path, "an improper list");
            out = Json::array();
            std::size_t i = 0;
            for (Term l = t; is_list(l); l = cdr(l), ++i) {
                Json e;
                if (!encode(car(l), e, path + "[" + std::to_string(i) + "]", depth + 1)) return false;
                out.push_back(std::move(e));
            }
            return true;
        }
        if (is_map(t)) {
            out = Json::object();
            bool ok = true;
            map_foreach(t, [&](Term k, Term v) {
                if (!ok) return;
                std::string key;
                if (is_atom(k)) key = std::string(atom_name(k));
                else if (!utf8_text(k, key)) {
                    ok = fail(path, "a map key that is not a binary or an atom");
                    return;
                }
                std::size_t n;
                if (!utf8_count_chars(key, n)) {
                    ok = fail(path, "a map key that is not UTF-8");
                    return;
                }
                if (out.contains(key)) {
                    ok = fail(path, "two map keys name \"" + key + "\"");
                    return;
                }
                Json e;
                if (!encode(v, e, path + "." + key, depth + 1)) {
                    ok = false;
                    return;
                }
                out[key] = std::move(e);
            });
            return ok;
        }
        const char* kind = is_local_pid(t)                      ? "a pid"
                           : is_local_port(t)                   ? "a port"
                           : is_local_ref(t)                    ? "a reference"
                           : is_fun(t)                          ? "a fun"
                           : is_tuple(t)                        ? "a tuple"
                                                                : "a term with no JSON form";
        return fail(path, std::string(kind) + " cannot be represented in JSON");
    }
};

}  // namespace

Result<OwnedTerm> decode(std::string_view text) {
    vm::ScratchHeap heap;
    TermBuilder builder(heap);
    bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &builder, nlohmann::json::input_format_t::json, true);
    if (!ok || builder.result() == kNonValue)
        return error(Errc::BadArg, builder.failure().empty() ? std::string("invalid JSON") : builder.failure());
    return OwnedTerm::copy_of(builder.result());
}

Result<std::string> encode(const OwnedTerm& term) {
    if (!term.is_value()) return error(Errc::BadArg, "the term is not a value");
    Json out;
    Encoder enc;
    if (!enc.encode(term.get(), out, "$", 0)) return error(Errc::BadArg, enc.failure);
    return out.dump();
}

}  // namespace ember::json
