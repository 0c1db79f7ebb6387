// erl_nif.h: binaries, iolists, I/O vectors and queues, maps and map iterators (OTP erts/doc erl_nif
// "ErlNifBinary", "enif_inspect_iovec", "enif_ioq_*", "enif_make_map_*", "enif_map_iterator_*").
//
// An ErlNifBinary made by enif_alloc_binary owns a refcounted block (ref_bin = vm::Binary*); one made
// by enif_inspect_binary borrows the term's bytes (ref_bin = NULL) for the rest of the NIF call.
#include <algorithm>
#include <cstring>
#include <deque>
#include <vector>

#include "bifs/bif.hpp"
#include "nif/nif_env.hpp"
#include "vm/binary.hpp"
#include "vm/map.hpp"
#include "vm/runtime_support.hpp"

using namespace ember::vm;
using ember::nif::heap_of;

namespace {

Binary* owned(const ErlNifBinary* bin) { return static_cast<Binary*>(bin->ref_bin); }

// A block holding a copy of `r`'s bytes (r byte-sized).
Binary* binary_copy(const BinaryRef& r) {
    Binary* b = Binary::try_create(r.byte_size());
    if (!b) return nullptr;
    b->size = r.byte_size();
    copy_bits(r.data, r.bit_offset, b->data, 0, r.bit_size);
    return b;
}

// The block behind a byte-aligned binary term with its data offset, retained; else a copy.
Binary* share_or_copy(Term t, std::size_t* offset) {
    BinaryRef r = binary_ref(t);
    if (r.byte_aligned() && is_refc_binary(r.original)) {
        Binary* b = reinterpret_cast<Binary*>(boxed_ptr(r.original)[2]);
        b->retain();
        *offset = std::size_t(r.data - reinterpret_cast<const std::uint8_t*>(boxed_ptr(r.original)[3]));
        return b;
    }
    *offset = 0;
    return binary_copy(r);
}

}  // namespace

// An I/O queue (enif_ioq_*): byte ranges of refcounted blocks, oldest first.
struct erts_io_queue {
    struct Chunk {
        Binary* block;
        const std::uint8_t* data;
        std::size_t size;
    };
    std::deque<Chunk> chunks;
    std::size_t size = 0;
    std::vector<SysIOVec> peek;  // enif_ioq_peek's answer, valid until the queue changes
};

extern "C" {

// ---- binaries -------------------------------------------------------------------------------------
int enif_alloc_binary(size_t size, ErlNifBinary* bin) {
    Binary* b = Binary::try_create(size);
    if (!b) return 0;
    b->size = size;
    bin->size = size;
    bin->data = b->data;
    bin->ref_bin = b;
    return 1;
}

// A read-only (inspected) source is left untouched and a mutable copy is made (erl_nif docs).
int enif_realloc_binary(ErlNifBinary* bin, size_t size) {
    Binary* old = owned(bin);
    if (old && old->capacity >= size && old->refs.load() == 1) {
        old->size = size;
        bin->size = size;
        return 1;
    }
    Binary* b = Binary::try_create(size);
    if (!b) return 0;
    b->size = size;
    std::memcpy(b->data, bin->data, std::min(size, bin->size));
    if (old) old->release();
    bin->size = size;
    bin->data = b->data;
    bin->ref_bin = b;
    return 1;
}

void enif_release_binary(ErlNifBinary* bin) {
    if (Binary* b = owned(bin)) b->release();
    bin->ref_bin = nullptr;
}

int enif_inspect_binary(ErlNifEnv* env, ERL_NIF_TERM t, ErlNifBinary* bin) {
    if (!is_bitstring(t)) return 0;
    BinaryRef r = binary_ref(t);
    if (!r.is_binary()) return 0;
    if (r.byte_aligned()) {
        bin->data = const_cast<unsigned char*>(r.data);
    } else {  // an unaligned sub binary: an aligned copy on the env's heap, valid as long
        std::uint8_t* out;
        make_binary_uninit(heap_of(env), r.byte_size(), &out);
        copy_bits(r.data, r.bit_offset, out, 0, r.bit_size);
        bin->data = out;
    }
    bin->size = r.byte_size();
    bin->ref_bin = nullptr;
    return 1;
}

int enif_inspect_iolist_as_binary(ErlNifEnv* env, ERL_NIF_TERM t, ErlNifBinary* bin) {
    if (is_bitstring(t)) return enif_inspect_binary(env, t, bin);
    if (!is_list(t) && !is_nil(t)) return 0;
    std::string bytes;
    if (!ember::bifs::iolist_bytes(t, bytes)) return 0;
    std::uint8_t* out;
    make_binary_uninit(heap_of(env), bytes.size(), &out);
    std::memcpy(out, bytes.data(), bytes.size());
    bin->data = out;
    bin->size = bytes.size();
    bin->ref_bin = nullptr;
    return 1;
}

// Ownership of an allocated binary moves to the term (no copy, as erl); an inspected one is copied.
ERL_NIF_TERM enif_make_binary(ErlNifEnv* env, ErlNifBinary* bin) {
    if (Binary* b = owned(bin)) {
        b->size = bin->size;
        bin->ref_bin = nullptr;
        return make_refc_binary(heap_of(env), b);
    }
    return make_binary(heap_of(env), bin->data, bin->size);
}

unsigned char* enif_make_new_binary(ErlNifEnv* env, size_t size, ERL_NIF_TERM* termp) {
    std::uint8_t* out;
    *termp = make_binary_uninit(heap_of(env), size, &out);
    return out;
}

ERL_NIF_TERM enif_make_sub_binary(ErlNifEnv* env, ERL_NIF_TERM t, size_t pos, size_t size) {
    if (!is_bitstring(t)) return enif_make_badarg(env);
    BinaryRef r = binary_ref(t);
    if (pos > r.byte_size() || size > r.byte_size() - pos) return enif_make_badarg(env);
    return make_sub_binary(heap_of(env), t, pos * 8, size * 8);
}

// ---- I/O vectors ----------------------------------------------------------------------------------
// Takes up to max_elements binaries from the list `iovec_term` (erl_nif docs: the limit counts list
// elements); *tail gets the rest. Every element's block is referenced (copied if it is not
// refcounted), so the vector stays valid after the call; free it with enif_free_iovec.
int enif_inspect_iovec(ErlNifEnv* env, size_t max_length, ERL_NIF_TERM iovec_term, ERL_NIF_TERM* tail,
                       ErlNifIOVec** iovec) {
    std::vector<Term> items;
    std::size_t total = 0;
    Term cur = iovec_term;
    for (; is_list(cur) && items.size() < max_length; cur = cdr(cur)) {
        Term h = car(cur);
        if (!is_bitstring(h) || !binary_ref(h).is_binary()) return 0;
        items.push_back(h);
        total += binary_ref(h).byte_size();
    }
    if (!is_list(cur) && !is_nil(cur)) return 0;
    for (Term rest = cur; is_list(rest); rest = cdr(rest))
        if (!is_bitstring(car(rest)) || !binary_ref(car(rest)).is_binary()) return 0;
    auto* v = static_cast<ErlNifIOVec*>(std::calloc(1, sizeof(ErlNifIOVec)));
    if (!v) return 0;
    std::size_t n = items.size();
    if (n <= ERL_NIF_IOVEC_SIZE) {
        v->iov = v->small_iov;
        v->ref_bins = v->small_ref_bin;
    } else {
        v->iov = static_cast<SysIOVec*>(std::calloc(n, sizeof(SysIOVec)));
        v->ref_bins = static_cast<void**>(std::calloc(n, sizeof(void*)));
    }
    v->iovcnt = int(n);
    v->size = total;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t offset;
        Binary* b = share_or_copy(items[i], &offset);
        v->ref_bins[i] = b;
        v->iov[i].iov_base = b ? reinterpret_cast<char*>(b->data + offset) : nullptr;
        v->iov[i].iov_len = binary_ref(items[i]).byte_size();
    }
    *tail = cur;
    *iovec = v;
    (void)env;
    return 1;
}

void enif_free_iovec(ErlNifIOVec* v) {
    if (!v) return;
    for (int i = 0; i < v->iovcnt; ++i)
        if (v->ref_bins[i]) static_cast<Binary*>(v->ref_bins[i])->release();
    if (v->iov != v->small_iov) {
        std::free(v->iov);
        std::free(v->ref_bins);
    }
    std::free(v);
}

// ---- I/O queues -----------------------------------------------------------------------------------
ErlNifIOQueue* enif_ioq_create(ErlNifIOQueueOpts opts) {
    if (opts != ERL_NIF_IOQ_NORMAL) return nullptr;
    return new erts_io_queue();
}
void enif_ioq_destroy(ErlNifIOQueue* q) {
    if (!q) return;
    for (auto& c : q->chunks) c.block->release();
    delete q;
}
// Takes over `bin` (an allocated binary; an inspected one is copied), minus its first `skip` bytes.
int enif_ioq_enq_binary(ErlNifIOQueue* q, ErlNifBinary* bin, size_t skip) {
    if (skip > bin->size) return 0;
    Binary* b = owned(bin);
    if (!b) {
        b = Binary::try_create(bin->size);
        if (!b) return 0;
        b->size = bin->size;
        std::memcpy(b->data, bin->data, bin->size);
    }
    bin->ref_bin = nullptr;
    if (bin->size - skip > 0) {
        q->chunks.push_back({b, b->data + skip, bin->size - skip});
        q->size += bin->size - skip;
    } else {
        b->release();
    }
    q->peek.clear();
    return 1;
}
int enif_ioq_enqv(ErlNifIOQueue* q, ErlNifIOVec* iov, size_t skip) {
    if (skip > iov->size) return 0;
    for (int i = 0; i < iov->iovcnt; ++i) {
        std::size_t len = iov->iov[i].iov_len;
        auto* data = reinterpret_cast<const std::uint8_t*>(iov->iov[i].iov_base);
        if (skip >= len) {
            skip -= len;
            continue;
        }
        Binary* b = static_cast<Binary*>(iov->ref_bins ? iov->ref_bins[i] : nullptr);
        if (b) {
            b->retain();
        } else {
            b = Binary::try_create(len);
            if (!b) return 0;
            b->size = len;
            std::memcpy(b->data, data, len);
            data = b->data;
        }
        q->chunks.push_back(erts_io_queue::Chunk{b, data + skip, len - skip});
        q->size += len - skip;
        skip = 0;
    }
    q->peek.clear();
    return 1;
}
size_t enif_ioq_size(ErlNifIOQueue* q) { return q->size; }
int enif_ioq_deq(ErlNifIOQueue* q, size_t count, size_t* size) {
    if (count > q->size) return 0;
    q->size -= count;
    while (count > 0) {
        auto& c = q->chunks.front();
        if (count >= c.size) {
            count -= c.size;
            c.block->release();
            q->chunks.pop_front();
        } else {
            c.data += count;
            c.size -= count;
            count = 0;
        }
    }
    q->peek.clear();
    if (size) *size = q->size;
    return 1;
}
SysIOVec* enif_ioq_peek(ErlNifIOQueue* q, int* iovlen) {
    q->peek.clear();
    for (auto& c : q->chunks) q->peek.push_back({reinterpret_cast<char*>(const_cast<std::uint8_t*>(c.data)), c.size});
    if (iovlen) *iovlen = int(q->peek.size());
    return q->peek.empty() ? nullptr : q->peek.data();
}
int enif_ioq_peek_head(ErlNifEnv* env, ErlNifIOQueue* q, size_t* size, ERL_NIF_TERM* head) {
    if (q->chunks.empty()) return 0;
    auto& c = q->chunks.front();
    c.block->retain();
    Term t = make_refc_binary(heap_of(env), c.block);
    // A refc term covers its whole block; the head is the queued range of it.
    std::size_t offset = std::size_t(c.data - c.block->data);
    if (offset != 0 || c.size != c.block->size) t = make_sub_binary(heap_of(env), t, offset * 8, c.size * 8);
    if (size) *size = c.size;
    *head = t;
    return 1;
}

// ---- maps -----------------------------------------------------------------------------------------
int enif_get_map_size(ErlNifEnv*, ERL_NIF_TERM t, size_t* size) {
    if (!is_map(t)) return 0;
    *size = map_size(t);
    return 1;
}
ERL_NIF_TERM enif_make_new_map(ErlNifEnv* env) { return map_new(heap_of(env)); }
int enif_make_map_put(ErlNifEnv* env, ERL_NIF_TERM m, ERL_NIF_TERM key, ERL_NIF_TERM value, ERL_NIF_TERM* out) {
    if (!is_map(m)) return 0;
    *out = map_put(heap_of(env), m, key, value);
    return 1;
}
int enif_get_map_value(ErlNifEnv*, ERL_NIF_TERM m, ERL_NIF_TERM key, ERL_NIF_TERM* value) {
    if (!is_map(m)) return 0;
    Term v = map_get(m, key);
    if (v == kNonValue) return 0;
    *value = v;
    return 1;
}
int enif_make_map_update(ErlNifEnv* env, ERL_NIF_TERM m, ERL_NIF_TERM key, ERL_NIF_TERM value, ERL_NIF_TERM* out) {
    if (!is_map(m)) return 0;
    Term r = map_update(heap_of(env), m, key, value);
    if (r == kNonValue) return 0;
    *out = r;
    return 1;
}
int enif_make_map_remove(ErlNifEnv* env, ERL_NIF_TERM m, ERL_NIF_TERM key, ERL_NIF_TERM* out) {
    if (!is_map(m)) return 0;
    *out = map_remove(heap_of(env), m, key);
    return 1;
}
// Fails (0) on a duplicate key, as erl.
int enif_make_map_from_arrays(ErlNifEnv* env, ERL_NIF_TERM keys[], ERL_NIF_TERM values[], size_t cnt,
                              ERL_NIF_TERM* out) {
    Term m = map_from_pairs(heap_of(env), keys, values, cnt);
    if (m == kNonValue || map_size(m) != cnt) return 0;
    *out = m;
    return 1;
}

// Iterators: the pairs in erl's iteration order (maps:iterator/1), in an array the iterator owns;
// idx 0 is before the first pair, size + 1 after the last (OTP's head/tail positions).
int enif_map_iterator_create(ErlNifEnv*, ERL_NIF_TERM m, ErlNifMapIterator* it, ErlNifMapIteratorEntry entry) {
    if (!is_map(m)) return 0;
    if (entry != ERL_NIF_MAP_ITERATOR_FIRST && entry != ERL_NIF_MAP_ITERATOR_LAST) return 0;
    std::size_t n = map_size(m);
    Term* kv = static_cast<Term*>(std::malloc(2 * (n ? n : 1) * sizeof(Term)));
    if (!kv) return 0;
    std::size_t i = 0;
    Word cursor = 0;
    Term k, v;
    while (i < n && map_next(m, cursor, k, v)) {
        kv[2 * i] = k;
        kv[2 * i + 1] = v;
        ++i;
    }
    it->map = m;
    it->size = i;
    it->u.hash.wstack = nullptr;
    it->u.hash.kv = kv;
    it->idx = n == 0 ? (entry == ERL_NIF_MAP_ITERATOR_FIRST ? 1 : 0) : (entry == ERL_NIF_MAP_ITERATOR_FIRST ? 1 : i);
    return 1;
}
void enif_map_iterator_destroy(ErlNifEnv*, ErlNifMapIterator* it) {
    std::free(it->u.hash.kv);
    it->u.hash.kv = nullptr;
}
int enif_map_iterator_is_head(ErlNifEnv*, ErlNifMapIterator* it) { return it->idx == 0; }
int enif_map_iterator_is_tail(ErlNifEnv*, ErlNifMapIterator* it) { return it->idx == it->size + 1; }
int enif_map_iterator_next(ErlNifEnv*, ErlNifMapIterator* it) {
    if (it->idx > it->size) return 0;
    ++it->idx;
    return it->idx <= it->size;
}
int enif_map_iterator_prev(ErlNifEnv*, ErlNifMapIterator* it) {
    if (it->idx == 0) return 0;
    --it->idx;
    return it->idx > 0;
}
int enif_map_iterator_get_pair(ErlNifEnv*, ErlNifMapIterator* it, ERL_NIF_TERM* key, ERL_NIF_TERM* value) {
    if (it->idx < 1 || it->idx > it->size) return 0;
    *key = it->u.hash.kv[2 * (it->idx - 1)];
    *value = it->u.hash.kv[2 * (it->idx - 1) + 1];
    return 1;
}

}  // extern "C"
