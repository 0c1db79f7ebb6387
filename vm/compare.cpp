#include "vm/compare.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string_view>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/inline_stack.hpp"
#include "vm/map.hpp"
#include "vm/module.hpp"
#include "vm/node_name.hpp"

namespace ember::vm {

namespace {

// Type classes in standard term order.
enum TermClass : int {
    kClassNumber = 0,
    kClassAtom,
    kClassRef,
    kClassFun,
    kClassPort,
    kClassPid,
    kClassTuple,
    kClassMap,
    kClassNil,
    kClassList,
    kClassBits,
};

int term_class(Term t) {
    switch (primary_tag(t)) {
    case kTagList:
        return kClassList;
    case kTagBoxed:
        switch (boxed_subtag(t)) {
        case Subtag::Tuple: return kClassTuple;
        case Subtag::PosBignum:
        case Subtag::NegBignum:
        case Subtag::Float: return kClassNumber;
        case Subtag::Ref:
        case Subtag::ExternalRef: return kClassRef;
        case Subtag::Fun:
        case Subtag::Export: return kClassFun;
        case Subtag::RefcBinary:
        case Subtag::HeapBinary:
        case Subtag::SubBinary:
        case Subtag::MatchContext: return kClassBits;
        case Subtag::ExternalPid: return kClassPid;
        case Subtag::ExternalPort: return kClassPort;
        case Subtag::Map: return kClassMap;
        }
        return kClassBits;
    default:
        if (is_small(t)) return kClassNumber;
        if (is_atom(t)) return kClassAtom;
        if (is_local_pid(t)) return kClassPid;
        if (is_local_port(t)) return kClassPort;
        return kClassNil;
    }
}

template <typename T>
int sign_of(T a, T b) {
    return a < b ? -1 : (a > b ? 1 : 0);
}

// Compares the bit strings a (starting `aoff` bits into a[0]) and b, `bits` bits long.
int compare_bit_ranges(const std::uint8_t* a, std::size_t aoff, const std::uint8_t* b, std::size_t boff,
                       std::size_t bits) {
    if (aoff == 0 && boff == 0) {
        std::size_t bytes = bits / 8;
        if (bytes) {
            int c = std::memcmp(a, b, bytes);
            if (c != 0) return c < 0 ? -1 : 1;
        }
        std::size_t rest = bits % 8;
        if (rest == 0) return 0;
        unsigned mask = (0xFFu << (8 - rest)) & 0xFF;
        return sign_of(unsigned(a[bytes]) & mask, unsigned(b[bytes]) & mask);
    }
    auto byte_at = [](const std::uint8_t* p, std::size_t off, std::size_t i) -> unsigned {
        if (off == 0) return p[i];
        return ((unsigned(p[i]) << off) | (unsigned(p[i + 1]) >> (8 - off))) & 0xFF;
    };
    std::size_t bytes = bits / 8;
    for (std::size_t i = 0; i < bytes; ++i) {
        unsigned x = byte_at(a, aoff, i), y = byte_at(b, boff, i);
        if (x != y) return x < y ? -1 : 1;
    }
    std::size_t rest = bits % 8;
    if (rest == 0) return 0;
    // The last partial byte: read bit by bit to never touch bytes past the end.
    for (std::size_t k = 0; k < rest; ++k) {
        std::size_t ab = aoff + bytes * 8 + k, bb = boff + bytes * 8 + k;
        unsigned x = (a[ab / 8] >> (7 - ab % 8)) & 1, y = (b[bb / 8] >> (7 - bb % 8)) & 1;
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

int compare_bitstrings(Term a, Term b) {
    BinaryRef ra = binary_ref(a);
    BinaryRef rb = binary_ref(b);
    std::size_t common = std::min(ra.bit_size, rb.bit_size);
    int c = compare_bit_ranges(ra.data, ra.bit_offset, rb.data, rb.bit_offset, common);
    if (c != 0) return c;
    return sign_of(ra.bit_size, rb.bit_size);
}

int compare_floats(double a, double b) { return a < b ? -1 : (a > b ? 1 : 0); }

// Numbers: by value. In exact mode (map key order) every integer sorts before every float, whatever
// the values: erl 25 gives maps:keys(#{2 => a, 1.0 => b}) = [2, 1.0].
int compare_numbers(Term a, Term b, bool exact) {
    bool af = is_float(a), bf = is_float(b);
    if (!af && !bf) return integer_compare(a, b);
    if (af && bf) return compare_floats(float_value(a), float_value(b));
    if (exact) return af ? 1 : -1;
    if (af) {
        int c = -integer_compare_double(b, float_value(a));
        return (c == 0 && exact) ? 1 : c;
    }
    int c = integer_compare_double(a, float_value(b));
    return (c == 0 && exact) ? -1 : c;
}

// Local refs [n0][n1][n2] compare from the most significant number (n2) down, as OTP.
// The node and creation of a pid, port or reference (this node's for a local one).
struct NodeOf {
    Term node;
    Word creation;
};
NodeOf node_of_id(Term t, bool local) {
    if (local) return {this_node(), this_creation()};
    const Term* p = boxed_ptr(t);
    // pid, port: [hdr][node][..][..][creation]; ref: [hdr][node][creation][n0]...
    Word creation = header_subtag(p[0]) == Subtag::ExternalRef ? Word(small_value(p[2])) : Word(small_value(p[4]));
    return {p[1], creation};
}

// OTP's CMP_NODES: node names as atoms, then creations.
int compare_nodes(const NodeOf& a, const NodeOf& b) {
    if (a.node != b.node) return compare_atoms(a.node, b.node);
    return sign_of(a.creation, b.creation);
}

// References (OTP erts_cmp ref_common): node, then the numbers from the most significant, where
// extra high words of zero do not count.
int compare_refs(Term a, Term b) {
    bool al = is_local_ref(a), bl = is_local_ref(b);
    if (int c = compare_nodes(node_of_id(a, al), node_of_id(b, bl)); c != 0) return c;
    const Term* pa = boxed_ptr(a);
    const Term* pb = boxed_ptr(b);
    // A magic ref (vm/magic_ref.hpp) compares by its three id words, as the reference it is.
    const Term* na = al ? pa + 1 : pa + 3;
    const Term* nb = bl ? pb + 1 : pb + 3;
    Word la = al ? 3 : header_arity(pa[0]) - 2, lb = bl ? 3 : header_arity(pb[0]) - 2;
    auto word = [](const Term* n, bool local, Word i) { return local ? n[i] : Word(small_value(n[i])); };
    while (la > lb) {
        if (word(na, al, la - 1) != 0) return 1;
        --la;
    }
    while (lb > la) {
        if (word(nb, bl, lb - 1) != 0) return -1;
        --lb;
    }
    for (Word i = la; i-- > 0;) {
        Word x = word(na, al, i), y = word(nb, bl, i);
        if (x != y) return sign_of(x, y);
    }
    return 0;
}

// Pids and ports, as erl 25 orders them (checked with pids and ports made from the external format):
// a pid by its number first (serial, then id, as a local pid's number holds them), then its node; a
// port by its node first, then its number.
int compare_ids(Term a, Term b) {
    bool al = is_immed(a), bl = is_immed(b);
    if (al && bl) return sign_of(a >> 4, b >> 4);
    bool pids = is_local_pid(a) || is_boxed_of(a, Subtag::ExternalPid);
    if (!pids) {
        if (int c = compare_nodes(node_of_id(a, al), node_of_id(b, bl)); c != 0) return c;
    }
    auto number = [](Term t, bool local) -> std::pair<Word, Word> {
        if (is_local_pid(t)) return {pid_number(t) >> 32, pid_number(t) & 0xFFFFFFFFu};
        if (local) return {0, port_number(t)};
        const Term* p = boxed_ptr(t);
        if (header_subtag(p[0]) == Subtag::ExternalPid) return {Word(small_value(p[3])), Word(small_value(p[2]))};
        return {0, Word(small_value(p[2])) | Word(small_value(p[3])) << 32};
    };
    auto x = number(a, al), y = number(b, bl);
    if (x.first != y.first) return sign_of(x.first, y.first);
    if (x.second != y.second) return sign_of(x.second, y.second);
    return pids ? compare_nodes(node_of_id(a, al), node_of_id(b, bl)) : 0;
}

struct Range {
    const Term* a;
    const Term* b;
    Word n;
    bool exact;
};

class Comparer {
public:
    // Invariant: every pushed range holds pairs still to compare, left to right; a range is pushed
    // only when its owner's earlier parts compared equal, so the first difference decides.
    int run(Term a, Term b, bool exact) {
        for (;;) {
            int c = step(a, b, exact);
            if (c != 0) return c;
            if (!next(a, b, exact)) return 0;
        }
    }

private:
    bool next(Term& a, Term& b, bool& exact) {
        while (!m_stack.empty()) {
            Range& r = m_stack.back();
            if (r.n == 0) {
                m_stack.pop_back();
                continue;
            }
            a = *r.a++;
            b = *r.b++;
            exact = r.exact;
            --r.n;
            return true;
        }
        return false;
    }

    void push(const Term* a, const Term* b, Word n, bool exact) {
        if (n) m_stack.push_back(Range{a, b, n, exact});
    }

    // Compares a and b at the top level; containers push their parts instead of recursing.
    int step(Term a, Term b, bool exact) {
        for (;;) {
            if (a == b) return 0;
            if (is_atom(a) && is_atom(b)) return compare_atoms(a, b);
            if (is_small(a) && is_small(b)) return sign_of(small_value(a), small_value(b));
            int ca = term_class(a), cb = term_class(b);
            if (ca != cb) return ca < cb ? -1 : 1;
            switch (ca) {
            case kClassNumber: return compare_numbers(a, b, exact);
            case kClassAtom: return compare_atoms(a, b);
            case kClassRef: return compare_refs(a, b);
            case kClassPort:
            case kClassPid: return compare_ids(a, b);
            case kClassNil: return 0;
            case kClassBits: return compare_bitstrings(a, b);
            case kClassFun: return compare_funs(a, b, exact);
            case kClassTuple: {
                Word na = tuple_arity(a), nb = tuple_arity(b);
                if (na != nb) return na < nb ? -1 : 1;
                if (na == 0) return 0;
                push(tuple_elements(a) + 1, tuple_elements(b) + 1, na - 1, exact);
                a = tuple_elements(a)[0];
                b = tuple_elements(b)[0];
                continue;
            }
            case kClassList: {
                // Tail first on the stack, then loop on the heads: the stack stays flat for long lists.
                const Term* la = list_ptr(a);
                const Term* lb = list_ptr(b);
                push(la + 1, lb + 1, 1, exact);
                a = la[0];
                b = lb[0];
                continue;
            }
            case kClassMap: return compare_maps(a, b, exact);
            }
            return 0;
        }
    }

    int compare_funs(Term a, Term b, bool exact) {
        bool ae = is_export_fun(a), be = is_export_fun(b);
        if (ae != be) return ae ? 1 : -1;  // closures before export funs, as erl 25
        if (ae) {
            const Export* x = export_fun_entry(a);
            const Export* y = export_fun_entry(b);
            if (x == y) return 0;
            if (int c = compare_atoms(x->module, y->module)) return c;
            if (int c = compare_atoms(x->function, y->function)) return c;
            return sign_of(x->arity, y->arity);
        }
        const FunEntry* x = closure_entry(a);
        const FunEntry* y = closure_entry(b);
        if (x != y) {
            Term mx = x->module ? x->module->name : am_undefined;
            Term my = y->module ? y->module->name : am_undefined;
            if (mx != my) return compare_atoms(mx, my);
            if (x->index != y->index) return sign_of(x->index, y->index);
            if (x->old_uniq != y->old_uniq) return sign_of(x->old_uniq, y->old_uniq);
        }
        Word na = closure_num_free(a), nb = closure_num_free(b);
        if (na != nb) return sign_of(na, nb);
        push(closure_free_vars(a), closure_free_vars(b), na, exact);
        return 0;
    }

    // Maps: by size, then keys in exact order, then values in that key order.
    int compare_maps(Term a, Term b, bool exact) {
        Word na = map_size(a), nb = map_size(b);
        if (na != nb) return na < nb ? -1 : 1;
        if (na == 0) return 0;
        if (is_flatmap(a) && is_flatmap(b)) {
            push(flatmap_values(a), flatmap_values(b), na, exact);
            push(flatmap_keys(a), flatmap_keys(b), na, true);
            return 0;
        }
        auto& ka = own(), &va = own(), &kb = own(), &vb = own();
        map_sorted_pairs(a, ka, va);
        map_sorted_pairs(b, kb, vb);
        push(va.data(), vb.data(), na, exact);
        push(ka.data(), kb.data(), na, true);
        return 0;
    }

    std::vector<Term>& own() {
        m_owned.push_back(std::make_unique<std::vector<Term>>());
        return *m_owned.back();
    }

    InlineStack<Range, 16> m_stack;
    std::vector<std::unique_ptr<std::vector<Term>>> m_owned;  // sorted hashmap pairs being compared
};

}  // namespace

int compare_atoms(Term a, Term b) {
    if (a == b) return 0;
    std::string_view x = atom_name(a), y = atom_name(b);
    std::size_t n = std::min(x.size(), y.size());
    int c = std::memcmp(x.data(), y.data(), n);
    if (c != 0) return c < 0 ? -1 : 1;
    return sign_of(x.size(), y.size());
}

int compare_terms(Term a, Term b) {
    if (a == b) return 0;
    // Two small integers: their tagged words order as their values (same tag bits below them).
    if (is_small(a) && is_small(b)) return SWord(a) < SWord(b) ? -1 : 1;
    Comparer c;
    return c.run(a, b, false);
}

int compare_exact(Term a, Term b) {
    if (a == b) return 0;
    // Two small integers: their tagged words order as their values (same tag bits below them).
    if (is_small(a) && is_small(b)) return SWord(a) < SWord(b) ? -1 : 1;
    Comparer c;
    return c.run(a, b, true);
}

bool exact_equal(Term a, Term b) {
    if (a == b) return true;
    if (is_immed(a) && is_immed(b)) return false;
    Comparer c;
    return c.run(a, b, true) == 0;
}

bool equal(Term a, Term b) {
    if (a == b) return true;
    if (is_immed(a) && is_immed(b)) return false;
    Comparer c;
    return c.run(a, b, false) == 0;
}

}  // namespace ember::vm
