#include "vm/copy.hpp"

#include "vm/magic_ref.hpp"

#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vm/binary.hpp"
#include "vm/dirty.hpp"
#include "vm/literal_area.hpp"

namespace ember::vm {

namespace {

// Words 1..arity of a boxed object: which of them are terms (to follow) rather than raw data.
// Returns the index of the first term word and the number of term words.
struct TermWords {
    Word first;
    Word count;
};

TermWords term_words(Term header) {
    Word arity = header_arity(header);
    switch (header_subtag(header)) {
    case Subtag::Tuple:
    case Subtag::Map: return {1, arity};  // map bookkeeping words are immediates
    case Subtag::Fun: return {2, arity - 1};  // [FunEntry*] raw; creator pid and free vars are terms
    case Subtag::SubBinary: return {4, 1};    // [size][bit offset][extra bits] raw, then the original
    default: return {1, 0};                   // numbers, refs, exports, heap/refc binaries, externals
    }
}

}  // namespace

// Invariant: `stack` holds terms whose words are not yet counted; lists are walked along their tails.
Word term_size(Term t, bool* has_match_context) {
    if (has_match_context) *has_match_context = false;
    Word size = 0;
    std::vector<Term> stack;
    stack.push_back(t);
    while (!stack.empty()) {
        Term x = stack.back();
        stack.pop_back();
        for (;;) {
            if (is_list(x)) {
                size += 2;
                const Term* cell = list_ptr(x);
                if (!is_immed(cell[0])) stack.push_back(cell[0]);
                x = cell[1];
                continue;
            }
            if (!is_boxed(x)) break;
            const Term* p = boxed_ptr(x);
            Term hdr = p[0];
            if (header_subtag(hdr) == Subtag::MatchContext) {
                if (has_match_context) *has_match_context = true;
                break;
            }
            size += 1 + header_arity(hdr);
            TermWords tw = term_words(hdr);
            for (Word i = 0; i < tw.count; ++i) {
                Term e = p[tw.first + i];
                if (!is_immed(e)) stack.push_back(e);
            }
            break;
        }
    }
    return size;
}

namespace {
// Words of each distinct object reachable from t (literals too when `with_literals`).
Word shared_size(Term t, bool with_literals, bool* has_match_context) {
    Word size = 0;
    std::unordered_set<const Term*> seen;
    std::vector<Term> stack{t};
    while (!stack.empty()) {
        Term x = stack.back();
        stack.pop_back();
        while (is_list(x) || is_boxed(x)) {
            const Term* obj = is_list(x) ? list_ptr(x) : boxed_ptr(x);
            if ((!with_literals && is_literal_ptr(obj)) || !seen.insert(obj).second) break;
            if (is_list(x)) {
                size += 2;
                stack.push_back(obj[0]);
                x = obj[1];
                continue;
            }
            if (has_match_context && header_subtag(obj[0]) == Subtag::MatchContext) *has_match_context = true;
            size += 1 + header_arity(obj[0]);
            TermWords tw = term_words(obj[0]);
            for (Word i = 0; i < tw.count; ++i) stack.push_back(obj[tw.first + i]);
            break;
        }
    }
    return size;
}
}  // namespace

Word term_size_shared(Term t) { return shared_size(t, false, nullptr); }
Word copy_shared_size(Term t) { return shared_size(t, true, nullptr); }

// Copies one object (cons cell or boxed) to *top verbatim and returns the new term. Its words still
// point into the source until the scan reaches them.
static Term copy_object(Term x, Term*& top, HeapAllocator& heap) {
    if (is_list(x)) {
        const Term* cell = list_ptr(x);
        Term* dst = top;
        dst[0] = cell[0];
        dst[1] = cell[1];
        top += 2;
        return make_list(dst);
    }
    const Term* p = boxed_ptr(x);
    Word words = 1 + header_arity(p[0]);
    Term* dst = top;
    std::memcpy(dst, p, words * sizeof(Term));
    top += words;
    if (is_off_heap_header(p[0])) {
        off_heap_retain(dst);
        dst[4] = 0;
        heap.add_off_heap(dst);
    }
    return make_boxed(dst);
}

// Cheney scan: every word between `scan` and `top` is either a cons cell word (a term) or part of an
// object that starts with a header; pointers ahead of `scan` still point into the source.
Term copy_term_to(Term t, Term* hp, HeapAllocator& heap) {
    if (is_immed(t)) return t;
    Term* top = hp;
    Term root = copy_object(t, top, heap);
    Term* scan = hp;
    while (scan < top) {
        Term w = *scan;
        if (is_header(w)) {
            TermWords tw = term_words(w);
            Term* body = scan + tw.first;
            for (Word i = 0; i < tw.count; ++i) {
                if (is_list(body[i]) || is_boxed(body[i])) body[i] = copy_object(body[i], top, heap);
            }
            scan += 1 + header_arity(w);
            continue;
        }
        if (is_list(w) || is_boxed(w)) *scan = copy_object(w, top, heap);
        ++scan;
    }
    return root;
}

Term copy_term_shared(Term t, HeapAllocator& heap, bool copy_literals) {
    if (is_immed(t) || (!copy_literals && is_literal_ptr(is_list(t) ? list_ptr(t) : boxed_ptr(t)))) return t;
    bool has_ctx = false;
    Word size = shared_size(t, copy_literals, &has_ctx);
    if (has_ctx) return kNonValue;
    Term* hp = heap.alloc(size);
    Term* top = hp;
    // The Cheney scan of copy_term_to, with the forwarding addresses in a table: the source may be
    // shared with other processes (a literal), so it is not written.
    std::unordered_map<const Term*, Term> moved;
    auto copy = [&](Term x) -> Term {
        if (!is_list(x) && !is_boxed(x)) return x;
        const Term* obj = is_list(x) ? list_ptr(x) : boxed_ptr(x);
        if (!copy_literals && is_literal_ptr(obj)) return x;
        auto [it, fresh] = moved.try_emplace(obj, kNonValue);
        if (fresh) it->second = copy_object(x, top, heap);
        return it->second;
    };
    Term root = copy(t);
    for (Term* scan = hp; scan < top;) {
        Term w = *scan;
        if (is_header(w)) {
            TermWords tw = term_words(w);
            for (Word i = 0; i < tw.count; ++i) scan[tw.first + i] = copy(scan[tw.first + i]);
            scan += 1 + header_arity(w);
            continue;
        }
        *scan = copy(w);
        ++scan;
    }
    return root;
}

Term copy_term(Term t, HeapAllocator& heap) {
    if (is_immed(t)) return t;
    bool has_ctx = false;
    Word size = term_size(t, &has_ctx);
    if (has_ctx) return kNonValue;
    return copy_term_to(t, heap.alloc(size), heap);
}



// The term_size walk, stopping once `limit` is passed; refc binaries count their bytes / 8.
bool term_larger_than(Term t, Word limit) {
    Word size = 0;
    std::vector<Term> stack;
    stack.push_back(t);
    while (!stack.empty()) {
        Term x = stack.back();
        stack.pop_back();
        for (;;) {
            if (is_list(x)) {
                size += 2;
                const Term* cell = list_ptr(x);
                if (!is_immed(cell[0])) stack.push_back(cell[0]);
                x = cell[1];
                if (size > limit) return true;
                continue;
            }
            if (!is_boxed(x)) break;
            const Term* p = boxed_ptr(x);
            Term hdr = p[0];
            if (header_subtag(hdr) == Subtag::MatchContext) break;
            size += 1 + header_arity(hdr);
            if (header_subtag(hdr) == Subtag::RefcBinary) size += binary_ref(x).byte_size() / sizeof(Word);
            TermWords tw = term_words(hdr);
            for (Word i = 0; i < tw.count; ++i) {
                Term e = p[tw.first + i];
                if (!is_immed(e)) stack.push_back(e);
            }
            break;
        }
        if (size > limit) return true;
    }
    return false;
}

}  // namespace ember::vm
