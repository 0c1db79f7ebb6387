// OwnedTerm: terms copied into storage they own (see vm/owned_term.hpp for the block layout).
#include "vm/owned_term.hpp"

#include <atomic>
#include <new>

#include "vm/binary.hpp"
#include "vm/magic_ref.hpp"
#include "vm/copy.hpp"
#include "vm/process.hpp"
#include "vm/term_print.hpp"

namespace ember::vm {

namespace {

using RefCount = std::atomic<Word>;
static_assert(sizeof(RefCount) == sizeof(Word) && alignof(RefCount) <= alignof(Word));
static_assert(RefCount::is_always_lock_free);

// Words of the block before the term words: the reference count.
constexpr Word kCountWords = 1;

RefCount& count_of(HeapFragment* f) { return *std::launder(reinterpret_cast<RefCount*>(&f->data[0])); }

// A fragment of `term_words` term words with its count set to `owners`; FragmentAllocator hands out
// words after the count.
HeapFragment* create_block(Word term_words, Word owners) {
    HeapFragment* f = HeapFragment::create(kCountWords + term_words);
    new (&f->data[0]) RefCount(owners);
    f->used = kCountWords;
    return f;
}

}  // namespace

OwnedTerm::OwnedTerm(const OwnedTerm& other) noexcept : m_term(other.m_term), m_storage(other.m_storage) {
    retain();
}

OwnedTerm::OwnedTerm(OwnedTerm&& other) noexcept : m_term(other.m_term), m_storage(other.m_storage) {
    other.m_term = kNil;
    other.m_storage = nullptr;
}

OwnedTerm& OwnedTerm::operator=(const OwnedTerm& other) noexcept {
    if (this != &other) {
        other.retain();  // before release: `other` may share our block
        release();
        m_term = other.m_term;
        m_storage = other.m_storage;
    }
    return *this;
}

OwnedTerm& OwnedTerm::operator=(OwnedTerm&& other) noexcept {
    if (this != &other) {
        release();
        m_term = other.m_term;
        m_storage = other.m_storage;
        other.m_term = kNil;
        other.m_storage = nullptr;
    }
    return *this;
}

OwnedTerm::~OwnedTerm() { release(); }

void OwnedTerm::retain() const noexcept {
    if (m_storage) count_of(m_storage).fetch_add(1, std::memory_order_relaxed);
}

// The last owner frees: acq_rel so that every other owner's reads happen before the block is freed.
void OwnedTerm::release() noexcept {
    if (!m_storage) return;
    HeapFragment* f = m_storage;
    m_storage = nullptr;
    m_term = kNil;
    if (count_of(f).fetch_sub(1, std::memory_order_acq_rel) == 1) {
        count_of(f).~RefCount();
        release_fragment(f);  // drops the refc binaries' references, frees the block
    }
}

OwnedTerm OwnedTerm::copy_of(Term t) {
    if (t == kNonValue) return OwnedTerm(kNonValue, nullptr);
    if (is_immed(t)) return OwnedTerm(t, nullptr);
    bool has_ctx = false;
    Word size = term_size(t, &has_ctx);
    if (has_ctx) return OwnedTerm(kNonValue, nullptr);
    HeapFragment* f = create_block(size, 1);
    FragmentAllocator heap(f);
    Term copy = copy_term_to(t, heap.alloc(size), heap);
    return OwnedTerm(copy, f);
}

// Sizes every term first (one block for all), then copies; terms that cannot be copied (match
// contexts) give kNonValue handles without storage.
std::vector<OwnedTerm> OwnedTerm::copy_all(std::span<const Term> terms) {
    std::vector<OwnedTerm> out(terms.size());
    std::vector<Word> sizes(terms.size(), 0);
    Word total = 0;
    Word owners = 0;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        Term t = terms[i];
        if (t == kNonValue) {
            out[i].m_term = kNonValue;
            continue;
        }
        if (is_immed(t)) {
            out[i].m_term = t;
            continue;
        }
        bool has_ctx = false;
        Word size = term_size(t, &has_ctx);
        if (has_ctx) {
            out[i].m_term = kNonValue;
            continue;
        }
        sizes[i] = size;
        total += size;
        ++owners;
    }
    if (owners == 0) return out;
    HeapFragment* f = create_block(total, owners);
    FragmentAllocator heap(f);
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (sizes[i] == 0) continue;
        out[i].m_term = copy_term_to(terms[i], heap.alloc(sizes[i]), heap);
        out[i].m_storage = f;
    }
    return out;
}

std::size_t OwnedTerm::words() const noexcept { return m_storage ? std::size_t(m_storage->size - kCountWords) : 0; }

std::size_t OwnedTerm::bytes() const noexcept {
    if (!m_storage) return 0;
    std::size_t total = sizeof(HeapFragment) + std::size_t(m_storage->size) * sizeof(Word);
    for (const Term* refc = m_storage->off_heap; refc; refc = reinterpret_cast<const Term*>(refc[4]))
        if (refc[0] != kMagicRefHeader) total += reinterpret_cast<const Binary*>(refc[2])->capacity;
    return total;
}

std::size_t OwnedTerm::use_count() const noexcept {
    return m_storage ? std::size_t(count_of(m_storage).load(std::memory_order_relaxed)) : 0;
}

std::string OwnedTerm::to_string() const {
    if (!is_value()) return "THE_NON_VALUE";
    return format_term_w(m_term);
}

Term OwnedTerm::copy_into(HeapAllocator& heap) const {
    if (!is_value()) return kNonValue;
    return copy_term(m_term, heap);
}

}  // namespace ember::vm
