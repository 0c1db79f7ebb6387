#include "nif/resource.hpp"

#include <algorithm>
#include <random>

#include <sys/random.h>

#include "scheduler/scheduler.hpp"
#include "vm/runtime_support.hpp"

namespace ember::nif {

using namespace ember::vm;

ResourceTable& ResourceTable::global() {
    static ResourceTable table;
    return table;
}

Term ResourceTable::make(HeapAllocator& heap, Term owner, std::shared_ptr<Resource> r) {
    std::uint64_t id = scheduler::Scheduler::global().next_ref_id();
    r->owner.store(owner);
    {
        std::lock_guard lock(m_mutex);
        m_by_id.emplace(id, std::move(r));
        m_by_owner[owner].push_back(id);
    }
    m_count.fetch_add(1, std::memory_order_relaxed);
    return make_ref(heap, id);
}

namespace {
// From the kernel's CSPRNG (a seeded generator's outputs would let a holder of many handles predict
// the next ones).
std::uint64_t random_id() {
    std::uint64_t id = 0;
    if (getrandom(&id, sizeof id, 0) == sizeof id) return id;
    std::random_device device;
    return (std::uint64_t(device()) << 32) ^ device();
}
}  // namespace

Term ResourceTable::make_unguessable(HeapAllocator& heap, Term owner, std::shared_ptr<Resource> r) {
    r->owner.store(owner);
    for (;;) {
        std::uint64_t id = random_id() | (std::uint64_t(1) << 63);
        {
            std::lock_guard lock(m_mutex);
            if (!m_by_id.emplace(id, r).second) continue;  // taken (1 in 2^63): draw again
            m_by_owner[owner].push_back(id);
        }
        m_count.fetch_add(1, std::memory_order_relaxed);
        return make_ref(heap, id);
    }
}

std::shared_ptr<Resource> ResourceTable::find(Term ref, ResourceKind kind) {
    if (!is_local_ref(ref)) return nullptr;
    std::lock_guard lock(m_mutex);
    auto it = m_by_id.find(ref_id(ref));
    if (it == m_by_id.end() || it->second->kind != kind) return nullptr;
    return it->second;
}

void ResourceTable::release(Term ref) {
    if (!is_local_ref(ref)) return;
    std::shared_ptr<Resource> dropped;  // destroyed outside the lock (closing a file may block)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_by_id.find(ref_id(ref));
        if (it == m_by_id.end()) return;
        dropped = std::move(it->second);
        m_by_id.erase(it);
        auto owned = m_by_owner.find(dropped->owner.load());
        if (owned != m_by_owner.end()) {
            std::erase(owned->second, ref_id(ref));
            if (owned->second.empty()) m_by_owner.erase(owned);
        }
    }
    m_count.fetch_sub(1, std::memory_order_relaxed);
}

void ResourceTable::set_owner(Term ref, Term owner) {
    if (!is_local_ref(ref)) return;
    std::lock_guard lock(m_mutex);
    std::uint64_t id = ref_id(ref);
    auto it = m_by_id.find(id);
    if (it == m_by_id.end()) return;
    auto owned = m_by_owner.find(it->second->owner.load());
    if (owned != m_by_owner.end()) {
        std::erase(owned->second, id);
        if (owned->second.empty()) m_by_owner.erase(owned);
    }
    it->second->owner.store(owner);
    m_by_owner[owner].push_back(id);
}

void ResourceTable::release_owned(Term pid) {
    if (m_count.load(std::memory_order_relaxed) == 0) return;  // the common case: one load per exit
    std::vector<std::shared_ptr<Resource>> dropped;
    {
        std::lock_guard lock(m_mutex);
        auto owned = m_by_owner.find(pid);
        if (owned == m_by_owner.end()) return;
        for (std::uint64_t id : owned->second) {
            auto it = m_by_id.find(id);
            if (it == m_by_id.end()) continue;
            dropped.push_back(std::move(it->second));
            m_by_id.erase(it);
        }
        m_by_owner.erase(owned);
    }
    m_count.fetch_sub(dropped.size(), std::memory_order_relaxed);
}

}  // namespace ember::nif
