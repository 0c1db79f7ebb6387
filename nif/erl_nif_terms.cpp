// erl_nif.h: term construction and inspection, comparison, hashing, exceptions, the external format
// (OTP erts/doc erl_nif "enif_make_*", "enif_get_*", "enif_is_*"). Terms are Ember's term words.
#include <cmath>
#include <cstdarg>
#include <cstring>
#include <limits>
#include <string>

#include "bifs/bif.hpp"
#include "nif/nif_env.hpp"
#include "vm/arith.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/compare.hpp"
#include "vm/copy.hpp"
#include "vm/etf.hpp"
#include "vm/hash.hpp"
#include "vm/magic_ref.hpp"
#include "vm/runtime_support.hpp"
#include "vm/services.hpp"
#include "vm/unicode.hpp"

using namespace ember::vm;
using ember::nif::heap_of;

namespace {

Term* alloc_words(ErlNifEnv* env, Word n) { return heap_of(env).alloc(n); }

template <class T>
int get_signed(Term t, T* out) {
    std::int64_t v;
    if (!is_integer(t) || !integer_to_int64(t, &v)) return 0;
    if (v < std::int64_t(std::numeric_limits<T>::min()) || v > std::int64_t(std::numeric_limits<T>::max()))
        return 0;
    *out = T(v);
    return 1;
}

template <class T>
int get_unsigned(Term t, T* out) {
    std::uint64_t v;
    if (!is_integer(t) || !integer_to_uint64(t, &v)) return 0;
    if (v > std::uint64_t(std::numeric_limits<T>::max())) return 0;
    *out = T(v);
    return 1;
}

bool utf8_to_latin1(std::string_view utf8, std::string& out) {
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out.push_back(char(c));
        } else if ((c & 0xFE) == 0xC2 && i + 1 < utf8.size()) {  // U+0080..U+00FF
            out.push_back(char(((c & 0x03) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F)));
        } else {
            return false;
        }
    }
    return true;
}

void latin1_to_utf8(std::string_view latin1, std::string& out) {
    for (char ch : latin1) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out.push_back(char(c));
        } else {
            out.push_back(char(0xC0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3F)));
        }
    }
}

// Latin-1 text of an atom into buf (NUL-terminated); the byte count + 1, or 0 if it does not fit or
// has a character above 255.
int atom_latin1(Term atom, char* buf, unsigned len) {
    std::string_view utf8 = atom_name(atom);
    std::string latin1;
    if (!utf8_to_latin1(utf8, latin1)) return 0;
    if (latin1.size() + 1 > len) return 0;
    std::memcpy(buf, latin1.data(), latin1.size());
    buf[latin1.size()] = '\0';
    return int(latin1.size() + 1);
}

}  // namespace

extern "C" {

// ---- type tests -----------------------------------------------------------------------------------
int enif_is_atom(ErlNifEnv*, ERL_NIF_TERM t) { return is_atom(t); }
int enif_is_binary(ErlNifEnv*, ERL_NIF_TERM t) { return is_bitstring(t) && binary_ref(t).is_binary(); }
int enif_is_ref(ErlNifEnv*, ERL_NIF_TERM t) { return is_local_ref(t) || is_boxed_of(t, Subtag::ExternalRef); }
int enif_is_fun(ErlNifEnv*, ERL_NIF_TERM t) { return is_fun(t); }
int enif_is_pid(ErlNifEnv*, ERL_NIF_TERM t) { return is_local_pid(t) || is_boxed_of(t, Subtag::ExternalPid); }
int enif_is_port(ErlNifEnv*, ERL_NIF_TERM t) { return is_local_port(t) || is_boxed_of(t, Subtag::ExternalPort); }
int enif_is_empty_list(ErlNifEnv*, ERL_NIF_TERM t) { return is_nil(t); }
int enif_is_list(ErlNifEnv*, ERL_NIF_TERM t) { return is_nil(t) || is_list(t); }
int enif_is_tuple(ErlNifEnv*, ERL_NIF_TERM t) { return is_tuple(t); }
int enif_is_map(ErlNifEnv*, ERL_NIF_TERM t) { return is_map(t); }
int enif_is_number(ErlNifEnv*, ERL_NIF_TERM t) { return is_number(t); }
int enif_is_exception(ErlNifEnv* env, ERL_NIF_TERM t) { return t == kNonValue && env && env->has_exception; }
int enif_is_identical(ERL_NIF_TERM a, ERL_NIF_TERM b) { return exact_equal(a, b); }
int enif_compare(ERL_NIF_TERM a, ERL_NIF_TERM b) { return compare_terms(a, b); }

ErlNifTermType enif_term_type(ErlNifEnv*, ERL_NIF_TERM t) {
    if (is_atom(t)) return ERL_NIF_TERM_TYPE_ATOM;
    if (is_small(t)) return ERL_NIF_TERM_TYPE_INTEGER;
    if (is_local_pid(t)) return ERL_NIF_TERM_TYPE_PID;
    if (is_local_port(t)) return ERL_NIF_TERM_TYPE_PORT;
    if (is_nil(t) || is_list(t)) return ERL_NIF_TERM_TYPE_LIST;
    switch (boxed_subtag(t)) {
    case Subtag::Tuple: return ERL_NIF_TERM_TYPE_TUPLE;
    case Subtag::PosBignum:
    case Subtag::NegBignum: return ERL_NIF_TERM_TYPE_INTEGER;
    case Subtag::Float: return ERL_NIF_TERM_TYPE_FLOAT;
    case Subtag::Ref:
    case Subtag::ExternalRef: return ERL_NIF_TERM_TYPE_REFERENCE;
    case Subtag::Fun:
    case Subtag::Export: return ERL_NIF_TERM_TYPE_FUN;
    case Subtag::ExternalPid: return ERL_NIF_TERM_TYPE_PID;
    case Subtag::ExternalPort: return ERL_NIF_TERM_TYPE_PORT;
    case Subtag::Map: return ERL_NIF_TERM_TYPE_MAP;
    default: return ERL_NIF_TERM_TYPE_BITSTRING;
    }
}

// ---- numbers (enif_*int64 are these on LP64: erl_nif_api_funcs.h) --------------------------------------------------------------------------------------
int enif_get_int(ErlNifEnv*, ERL_NIF_TERM t, int* ip) { return get_signed(t, ip); }
int enif_get_uint(ErlNifEnv*, ERL_NIF_TERM t, unsigned* ip) { return get_unsigned(t, ip); }
int enif_get_long(ErlNifEnv*, ERL_NIF_TERM t, long* ip) { return get_signed(t, ip); }
int enif_get_ulong(ErlNifEnv*, ERL_NIF_TERM t, unsigned long* ip) { return get_unsigned(t, ip); }
int enif_get_double(ErlNifEnv*, ERL_NIF_TERM t, double* dp) {
    if (!is_float(t)) return 0;
    *dp = float_value(t);
    return 1;
}
ERL_NIF_TERM enif_make_int(ErlNifEnv*, int i) { return make_small(i); }
ERL_NIF_TERM enif_make_uint(ErlNifEnv*, unsigned i) { return make_small(SWord(i)); }
ERL_NIF_TERM enif_make_long(ErlNifEnv* env, long i) { return make_integer(heap_of(env), i); }
ERL_NIF_TERM enif_make_ulong(ErlNifEnv* env, unsigned long i) { return make_integer_u64(heap_of(env), i); }
// erl: a non-finite double is badarg (the env gets the exception).
ERL_NIF_TERM enif_make_double(ErlNifEnv* env, double d) {
    if (!std::isfinite(d)) return enif_make_badarg(env);
    return make_float(heap_of(env), d);
}

// ---- atoms ----------------------------------------------------------------------------------------
ERL_NIF_TERM enif_make_atom(ErlNifEnv* env, const char* name) {
    return enif_make_atom_len(env, name, std::strlen(name));
}
// Names are Latin-1 (erl_nif docs); longer than 255 characters is badarg.
ERL_NIF_TERM enif_make_atom_len(ErlNifEnv* env, const char* name, size_t len) {
    if (len > 255) return enif_make_badarg(env);
    AtomError error;
    Term a = AtomTable::global().intern_latin1(std::string_view(name, len), &error);
    return a == kNonValue ? enif_make_badarg(env) : a;
}
int enif_make_existing_atom(ErlNifEnv* env, const char* name, ERL_NIF_TERM* atom, ErlNifCharEncoding enc) {
    return enif_make_existing_atom_len(env, name, std::strlen(name), atom, enc);
}
int enif_make_existing_atom_len(ErlNifEnv*, const char* name, size_t len, ERL_NIF_TERM* atom, ErlNifCharEncoding) {
    if (len > 255) return 0;
    std::string utf8;
    latin1_to_utf8(std::string_view(name, len), utf8);
    Term a = AtomTable::global().find(utf8);
    if (a == kNonValue) return 0;
    *atom = a;
    return 1;
}
int enif_get_atom(ErlNifEnv*, ERL_NIF_TERM t, char* buf, unsigned len, ErlNifCharEncoding) {
    if (!is_atom(t)) return 0;
    return atom_latin1(t, buf, len);
}
int enif_get_atom_length(ErlNifEnv*, ERL_NIF_TERM t, unsigned* len, ErlNifCharEncoding) {
    if (!is_atom(t)) return 0;
    std::string latin1;
    if (!utf8_to_latin1(atom_name(t), latin1)) return 0;
    *len = unsigned(latin1.size());
    return 1;
}

// ---- tuples and lists -----------------------------------------------------------------------------
ERL_NIF_TERM enif_make_tuple_from_array(ErlNifEnv* env, const ERL_NIF_TERM arr[], unsigned cnt) {
    if (cnt == 0) {
        Term* hp = alloc_words(env, 1);
        hp[0] = make_header(0, Subtag::Tuple);
        return make_boxed(hp);
    }
    Term* hp = alloc_words(env, cnt + 1);
    hp[0] = make_header(cnt, Subtag::Tuple);
    std::memcpy(hp + 1, arr, cnt * sizeof(Term));
    return make_boxed(hp);
}
ERL_NIF_TERM enif_make_tuple(ErlNifEnv* env, unsigned cnt, ...) {
    Term* hp = alloc_words(env, cnt + 1);
    hp[0] = make_header(cnt, Subtag::Tuple);
    va_list ap;
    va_start(ap, cnt);
    for (unsigned i = 0; i < cnt; ++i) hp[1 + i] = va_arg(ap, ERL_NIF_TERM);
    va_end(ap);
    return make_boxed(hp);
}
int enif_get_tuple(ErlNifEnv*, ERL_NIF_TERM t, int* arity, const ERL_NIF_TERM** array) {
    if (!is_tuple(t)) return 0;
    *arity = int(tuple_arity(t));
    *array = tuple_elements(t);
    return 1;
}
ERL_NIF_TERM enif_make_list_cell(ErlNifEnv* env, ERL_NIF_TERM car, ERL_NIF_TERM cdr) {
    return make_cons(heap_of(env), car, cdr);
}
ERL_NIF_TERM enif_make_list_from_array(ErlNifEnv* env, const ERL_NIF_TERM arr[], unsigned cnt) {
    return make_list_of(heap_of(env), arr, cnt);
}
ERL_NIF_TERM enif_make_list(ErlNifEnv* env, unsigned cnt, ...) {
    if (cnt == 0) return kNil;
    Term* hp = alloc_words(env, 2 * Word(cnt));
    va_list ap;
    va_start(ap, cnt);
    for (unsigned i = 0; i < cnt; ++i) {
        hp[2 * i] = va_arg(ap, ERL_NIF_TERM);
        hp[2 * i + 1] = i + 1 < cnt ? make_list(hp + 2 * i + 2) : kNil;
    }
    va_end(ap);
    return make_list(hp);
}
int enif_get_list_cell(ErlNifEnv*, ERL_NIF_TERM t, ERL_NIF_TERM* head, ERL_NIF_TERM* tail) {
    if (!is_list(t)) return 0;
    *head = car(t);
    *tail = cdr(t);
    return 1;
}
int enif_get_list_length(ErlNifEnv*, ERL_NIF_TERM t, unsigned* len) {
    std::int64_t n = list_length(t);
    if (n < 0 || n > std::int64_t(UINT32_MAX)) return 0;
    *len = unsigned(n);
    return 1;
}
int enif_make_reverse_list(ErlNifEnv* env, ERL_NIF_TERM t, ERL_NIF_TERM* list) {
    std::int64_t n = list_length(t);
    if (n < 0) return 0;
    Term out = kNil;
    if (n > 0) {
        Term* hp = alloc_words(env, 2 * Word(n));
        for (Term cur = t; is_list(cur); cur = cdr(cur), hp += 2) {
            hp[0] = car(cur);
            hp[1] = out;
            out = make_list(hp);
        }
    }
    *list = out;
    return 1;
}

// ---- strings --------------------------------------------------------------------------------------
ERL_NIF_TERM enif_make_string(ErlNifEnv* env, const char* s, ErlNifCharEncoding enc) {
    return enif_make_string_len(env, s, std::strlen(s), enc);
}
ERL_NIF_TERM enif_make_string_len(ErlNifEnv* env, const char* s, size_t len, ErlNifCharEncoding) {
    if (len == 0) return kNil;
    Term* hp = alloc_words(env, 2 * Word(len));
    for (size_t i = 0; i < len; ++i) {
        hp[2 * i] = make_small(static_cast<unsigned char>(s[i]));
        hp[2 * i + 1] = i + 1 < len ? make_list(hp + 2 * i + 2) : kNil;
    }
    return make_list(hp);
}
// erl: the number of bytes written including the NUL; -(written) if the buffer was too small (the
// string truncated, still NUL-terminated); 0 if `list` is not a Latin-1 string or len < 1.
int enif_get_string(ErlNifEnv*, ERL_NIF_TERM list, char* buf, unsigned len, ErlNifCharEncoding) {
    if (len < 1) return 0;
    unsigned i = 0;
    Term cur = list;
    for (; is_list(cur); cur = cdr(cur)) {  // one pass, as erl: a full buffer is seen before a bad tail
        Term h = car(cur);
        if (!is_small(h) || small_value(h) < 0 || small_value(h) > 255) return 0;
        if (i + 1 >= len) {
            buf[i] = '\0';
            return -int(len);
        }
        buf[i++] = char(small_value(h));
    }
    if (!is_nil(cur)) return 0;
    buf[i] = '\0';
    return int(i + 1);
}

// ---- references, unique integers, pids, ports -------------------------------------------------------
ERL_NIF_TERM enif_make_ref(ErlNifEnv* env) { return make_ref(heap_of(env), next_reference_id()); }

int enif_get_local_pid(ErlNifEnv*, ERL_NIF_TERM t, ErlNifPid* pid) {
    if (!is_local_pid(t)) return 0;
    pid->pid = t;
    return 1;
}
int enif_get_local_port(ErlNifEnv*, ERL_NIF_TERM t, ErlNifPort* port) {
    if (!is_local_port(t)) return 0;
    port->port_id = t;
    return 1;
}
void enif_set_pid_undefined(ErlNifPid* pid) { pid->pid = am_undefined; }
int enif_is_pid_undefined(const ErlNifPid* pid) { return pid->pid == am_undefined; }

// ---- exceptions -----------------------------------------------------------------------------------
// The NIF's return value is ignored once an exception is pending (erl_nif docs enif_raise_exception).
ERL_NIF_TERM enif_make_badarg(ErlNifEnv* env) { return enif_raise_exception(env, am_badarg); }
ERL_NIF_TERM enif_raise_exception(ErlNifEnv* env, ERL_NIF_TERM reason) {
    env->has_exception = true;
    env->exception = reason;
    return kNonValue;
}
int enif_has_pending_exception(ErlNifEnv* env, ERL_NIF_TERM* reason) {
    if (!env->has_exception) return 0;
    if (reason) *reason = env->exception;
    return 1;
}

// ---- copying, hashing, the external format ----------------------------------------------------------
ERL_NIF_TERM enif_make_copy(ErlNifEnv* dst, ERL_NIF_TERM src) { return copy_term(src, heap_of(dst)); }

ErlNifUInt64 enif_hash(ErlNifHash type, ERL_NIF_TERM term, ErlNifUInt64 salt) {
    switch (type) {
    case ERL_NIF_INTERNAL_HASH: return internal_hash(term, std::uint32_t(salt));
    case ERL_NIF_PHASH2: return phash2(term);  // erlang:phash2/1; the salt is ignored, as erl
    default: return 0;
    }
}

int enif_term_to_binary(ErlNifEnv*, ERL_NIF_TERM term, ErlNifBinary* bin) {
    std::vector<std::uint8_t> bytes;
    if (!etf_encode(term, bytes)) return 0;
    if (!enif_alloc_binary(bytes.size(), bin)) return 0;
    std::memcpy(bin->data, bytes.data(), bytes.size());
    return 1;
}
// erl: the number of bytes read, 0 on failure. ERL_NIF_BIN2TERM_SAFE refuses new atoms.
size_t enif_binary_to_term(ErlNifEnv* env, const unsigned char* data, size_t sz, ERL_NIF_TERM* term,
                           unsigned int opts) {
    if (opts & ~unsigned(ERL_NIF_BIN2TERM_SAFE)) return 0;
    EtfDecodeOption o = (opts & ERL_NIF_BIN2TERM_SAFE) ? EtfDecodeOption::Safe : EtfDecodeOption::None;
    EtfScan scan = etf_scan(data, sz, o);
    if (!scan.ok) return 0;
    Term t = etf_decode(heap_of(env), data, scan.used, o);
    if (t == kNonValue) return 0;
    *term = t;
    return scan.used;
}

}  // extern "C"
