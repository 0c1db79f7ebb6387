// NIF resources (OTP erl_nif.c enif_alloc_resource / enif_make_resource) for the static NIF libraries:
// a native object named by a reference term, so is_reference/1 holds as in erl.
//
// FIXME: erl's resource terms are "magic" references whose object is freed when the last term is
// garbage collected. Ember's references carry no pointer the GC knows (the same limitation as
// bifs/atomics.cpp), so a resource lives until it is released explicitly (file:close/1, zlib:close/1)
// or its owner process exits, whichever comes first; the owner-exit release is erl's behaviour for
// files (prim_file_nif.c owner_death_callback closes the file) and buffers and zstreams are private to
// their owner in practice. The table holds shared_ptrs, so a native running on a dirty scheduler keeps
// its object alive while another process releases it.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "vm/heap_allocator.hpp"
#include "vm/term.hpp"

namespace ember::nif {

enum class ResourceKind : std::uint8_t { File, Buffer, ZStream, FfiLibrary, FfiFunction, FfiBuffer };

struct Resource {
    explicit Resource(ResourceKind k) : kind(k) {}
    virtual ~Resource() = default;
    const ResourceKind kind;
    std::atomic<vm::Term> owner{vm::kNil};  // the pid whose exit releases it
};

class ResourceTable {
public:
    static ResourceTable& global();

    // A new reference naming `r`, owned by `owner`.
    vm::Term make(vm::HeapAllocator& heap, vm::Term owner, std::shared_ptr<Resource> r);
    // As make, with a random id whose top bit is set (no sequential reference has it): a handle that
    // cannot be guessed, nor rebuilt with list_to_ref/1 by whoever has not seen it (ember_ffi).
    vm::Term make_unguessable(vm::HeapAllocator& heap, vm::Term owner, std::shared_ptr<Resource> r);
    // The resource `ref` names if it is of `kind` (nullptr if `ref` is no such live resource).
    std::shared_ptr<Resource> find(vm::Term ref, ResourceKind kind);
    template <class T>
    std::shared_ptr<T> find_as(vm::Term ref, ResourceKind kind) {
        return std::static_pointer_cast<T>(find(ref, kind));
    }
    void release(vm::Term ref);
    // Moves `ref` to a new owner (zlib:set_controlling_process/2).
    void set_owner(vm::Term ref, vm::Term owner);
    // Called at every process exit (scheduler/process_table.cpp): releases what `pid` owns.
    void release_owned(vm::Term pid);

private:
    std::mutex m_mutex;
    std::atomic<std::size_t> m_count{0};
    std::unordered_map<std::uint64_t, std::shared_ptr<Resource>> m_by_id;
    std::unordered_map<vm::Term, std::vector<std::uint64_t>> m_by_owner;
};

}  // namespace ember::nif
