#include "vm/magic_ref.hpp"

#include "vm/binary.hpp"

namespace ember::vm {

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
