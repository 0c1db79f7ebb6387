// Magic references (OTP erl_binary.h "magic binaries", erl_nif.c resource terms): a reference term
// that also keeps a native object alive, so the garbage collector frees the object when the last term
// naming it dies. NIF resources (nif/nif_resource.cpp) are the users.
//
// Layout: [header arity=5, Ref][n0][n1][n2][next off-heap object][MagicObject*]
// The first four words are those of a plain reference (vm/term.hpp), so comparison, hashing, printing
// and the external format treat a magic ref as the reference it is. Word 4 links it on the owning
// heap's off-heap list like a refc binary (whose link is also word 4), so every walker of that list
// (GC, fragments, copies, process exit) retains and releases both kinds through off_heap_retain /
// off_heap_release below.
#pragma once

#include <atomic>
#include <cstdint>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::vm {

// A refcounted native object with a type-specific destroy function, run by whoever drops the count to
// zero (any thread). Invariant: refs >= 1 while a term, a heap's off-heap list or a native handle
// (enif_keep_resource) holds it.
struct MagicObject {
    std::atomic<std::int64_t> refs{1};
    void (*destroy)(MagicObject*) = nullptr;
    // The reference number every term naming this object carries, so they are all =:= (as erl's
    // resource terms): set by the owner when it makes the object (vm/services.hpp next_reference_id).
    std::uint64_t ref_id = 0;
    // Encoded in the external format at least once: in the table magic_ref_lookup reads (below).
    std::atomic<bool> saved{false};

    void retain() { refs.fetch_add(1, std::memory_order_relaxed); }
    void release() {
        if (refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            if (saved.load(std::memory_order_acquire)) magic_ref_forget(this);
            destroy(this);
        }
    }

private:
    static void magic_ref_forget(MagicObject* obj);
};

// The external format names a magic ref as the plain reference it is; as erl (erts_magic_ref_save_bin,
// erts_magic_ref_lookup_bin), a term decoded on this node while the object still lives is the magic
// ref again, so a compiled match spec or a resource survives term_to_binary/binary_to_term.
void magic_ref_save(MagicObject* obj);  // an encoder wrote obj's reference
// The live object with this reference number, with a new count the caller owns; nullptr if none.
MagicObject* magic_ref_lookup(std::uint64_t ref_id);

inline constexpr Word kMagicRefWords = 6;
inline constexpr Term kMagicRefHeader = make_header(kMagicRefWords - 1, Subtag::Ref);

inline bool is_magic_ref(Term t) { return is_boxed(t) && boxed_header(t) == kMagicRefHeader; }
inline MagicObject* magic_object(Term t) { return reinterpret_cast<MagicObject*>(boxed_ptr(t)[5]); }

// A magic ref naming `obj` (its ref_id), linked on `heap`'s off-heap list; takes one new count on
// `obj`.
Term make_magic_ref(HeapAllocator& heap, MagicObject* obj);

// The first term of a new object made with `new` (refs == 1): sets its destroy function and a fresh
// reference number, and hands the object's count to the term, which is then its only holder.
Term adopt_as_magic_ref(HeapAllocator& heap, MagicObject* obj, void (*destroy)(MagicObject*));

// The object `t` names when `t` is a magic ref whose object has this destroy function (so is a T),
// else nullptr (another kind of object, or not a magic ref).
template <class T>
T* magic_object_as(Term t, void (*destroy)(MagicObject*)) {
    if (!is_magic_ref(t)) return nullptr;
    MagicObject* obj = magic_object(t);
    return obj->destroy == destroy ? static_cast<T*>(obj) : nullptr;
}

// ---- the off-heap list (refc binaries and magic refs, linked through word 4) ----
inline bool is_off_heap_header(Term h) {
    return header_subtag(h) == Subtag::RefcBinary || h == kMagicRefHeader;
}
void off_heap_retain(const Term* obj);
void off_heap_release(const Term* obj);
// Words of binary data the object holds (0 for a magic ref): what it adds to the virtual binary heap.
Word off_heap_binary_words(const Term* obj);

}  // namespace ember::vm
