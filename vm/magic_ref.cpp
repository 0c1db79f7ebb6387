#include "vm/magic_ref.hpp"

#include <mutex>
#include <unordered_map>

#include "vm/binary.hpp"
#include "vm/services.hpp"

namespace ember::vm {

namespace {
// Objects whose reference was encoded, by reference number; an entry leaves with its object.
struct SavedTable {
    std::mutex mutex;
    std::unordered_map<std::uint64_t, MagicObject*> by_id;
};
SavedTable& saved_table() {
    static SavedTable* t = new SavedTable();
    return *t;
}
}  // namespace

void magic_ref_save(MagicObject* obj) {
    if (obj->saved.load(std::memory_order_acquire)) return;
    SavedTable& t = saved_table();
    std::lock_guard lock(t.mutex);
    t.by_id[obj->ref_id] = obj;
    obj->saved.store(true, std::memory_order_release);
}

MagicObject* magic_ref_lookup(std::uint64_t ref_id) {
    SavedTable& t = saved_table();
    std::lock_guard lock(t.mutex);
    auto it = t.by_id.find(ref_id);
    if (it == t.by_id.end()) return nullptr;
    // Only while a count is held: an object whose count reached zero is on its way out (its
    // release waits for this lock to take the entry out).
    MagicObject* obj = it->second;
    std::int64_t n = obj->refs.load(std::memory_order_acquire);
    while (n > 0)
        if (obj->refs.compare_exchange_weak(n, n + 1, std::memory_order_acq_rel)) return obj;
    return nullptr;
}

void MagicObject::magic_ref_forget(MagicObject* obj) {
    SavedTable& t = saved_table();
    std::lock_guard lock(t.mutex);
    auto it = t.by_id.find(obj->ref_id);
    if (it != t.by_id.end() && it->second == obj) t.by_id.erase(it);
}

Term make_magic_ref(HeapAllocator& heap, MagicObject* obj) {
    std::uint64_t id = obj->ref_id;
    Term* hp = heap.alloc(kMagicRefWords);
    hp[0] = kMagicRefHeader;
    hp[1] = id & 0xFFFFFFFFu;
    hp[2] = id >> 32;
    hp[3] = 0;
    hp[4] = 0;
    hp[5] = reinterpret_cast<Word>(obj);
    obj->retain();
    heap.add_off_heap(hp);
    return make_boxed(hp);
}

Term adopt_as_magic_ref(HeapAllocator& heap, MagicObject* obj, void (*destroy)(MagicObject*)) {
    obj->destroy = destroy;
    obj->ref_id = next_reference_id();
    Term ref = make_magic_ref(heap, obj);
    obj->release();  // the term's count is the only one now
    return ref;
}

void off_heap_retain(const Term* obj) {
    if (obj[0] == kMagicRefHeader)
        reinterpret_cast<MagicObject*>(obj[5])->retain();
    else
        reinterpret_cast<Binary*>(obj[2])->retain();
}

void off_heap_release(const Term* obj) {
    if (obj[0] == kMagicRefHeader)
        reinterpret_cast<MagicObject*>(obj[5])->release();
    else
        reinterpret_cast<Binary*>(obj[2])->release();
}

Word off_heap_binary_words(const Term* obj) {
    if (obj[0] == kMagicRefHeader) return 0;
    return Word(reinterpret_cast<const Binary*>(obj[2])->size / sizeof(Word));
}

}  // namespace ember::vm
