#include "vm/runtime_support.hpp"

#include "vm/atom_table.hpp"
#include "vm/exceptions.hpp"
#include "vm/unicode.hpp"

namespace ember::vm {

Term make_tuple2(HeapAllocator& h, Term a, Term b) {
    Term* hp = h.alloc(3);
    hp[0] = make_header(2, Subtag::Tuple);
    hp[1] = a;
    hp[2] = b;
    return make_boxed(hp);
}

Term make_tuple3(HeapAllocator& h, Term a, Term b, Term c) {
    Term* hp = h.alloc(4);
    hp[0] = make_header(3, Subtag::Tuple);
    hp[1] = a;
    hp[2] = b;
    hp[3] = c;
    return make_boxed(hp);
}

Term make_tuple4(HeapAllocator& h, Term a, Term b, Term c, Term d) {
    Term* hp = h.alloc(5);
    hp[0] = make_header(4, Subtag::Tuple);
    hp[1] = a;
    hp[2] = b;
    hp[3] = c;
    hp[4] = d;
    return make_boxed(hp);
}

Term make_tuple5(HeapAllocator& h, Term a, Term b, Term c, Term d, Term e) {
    Term* hp = h.alloc(6);
    hp[0] = make_header(5, Subtag::Tuple);
    hp[1] = a;
    hp[2] = b;
    hp[3] = c;
    hp[4] = d;
    hp[5] = e;
    return make_boxed(hp);
}

Term make_cons(HeapAllocator& h, Term head, Term tail) {
    Term* hp = h.alloc(2);
    hp[0] = head;
    hp[1] = tail;
    return make_list(hp);
}

Term make_list_of(HeapAllocator& h, const Term* items, std::size_t n) {
    if (n == 0) return kNil;
    Term* hp = h.alloc(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        hp[2 * i] = items[i];
        hp[2 * i + 1] = i + 1 < n ? make_list(hp + 2 * i + 2) : kNil;
    }
    return make_list(hp);
}

Term make_charlist(HeapAllocator& h, std::string_view utf8) {
    std::size_t count = 0;
    if (!utf8_count_chars(utf8, count)) count = utf8.size();
    if (count == 0) return kNil;
    Term* hp = h.alloc(2 * count);
    std::size_t pos = 0, i = 0;
    while (pos < utf8.size() && i < count) {
        std::uint32_t cp;
        std::size_t n = utf8_decode(utf8, pos, cp);
        if (n == 0) {
            cp = static_cast<std::uint8_t>(utf8[pos]);
            n = 1;
        }
        pos += n;
        hp[2 * i] = make_small(cp);
        hp[2 * i + 1] = i + 1 < count ? make_list(hp + 2 * i + 2) : kNil;
        ++i;
    }
    return make_list(hp);
}

Term make_ref(HeapAllocator& h, std::uint64_t id) {
    Term* hp = h.alloc(kRefWords);
    hp[0] = make_header(3, Subtag::Ref);
    hp[1] = id & 0xFFFFFFFFu;
    hp[2] = id >> 32;
    hp[3] = 0;
    return make_boxed(hp);
}

std::uint64_t ref_id(Term ref) {
    if (is_small(ref)) return static_cast<std::uint64_t>(small_value(ref));
    const Term* w = boxed_ptr(ref);
    return w[1] | (w[2] << 32);
}

Term copy_ref(HeapAllocator& h, Term ref_or_id) { return make_ref(h, ref_id(ref_or_id)); }

std::int64_t list_length(Term list) {
    std::int64_t n = 0;
    while (is_list(list)) {
        ++n;
        list = cdr(list);
    }
    return list == kNil ? n : -1;
}

std::uint32_t fun_arity(Term fun) {
    if (is_export_fun(fun)) return export_fun_entry(fun)->arity;
    FunEntry* fe = closure_entry(fun);
    return fe->arity - fe->num_free;
}

}  // namespace ember::vm
