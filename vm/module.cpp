#include "vm/module.hpp"

#include <algorithm>
#include <cstring>

#include "vm/atom_table.hpp"
#include "vm/code.hpp"

namespace ember::vm {

const FunctionInfo* Module::function_at(const Instr* pc) const {
    // The last function whose func_info is at or before pc (a branch-free binary search: stack traces
    // look up every frame).
    std::size_t n = functions.size();
    if (n == 0 || pc < functions[0].func_info) return nullptr;
    const FunctionInfo* base = functions.data();
    while (n > 1) {
        std::size_t half = n / 2;
        base = base[half].func_info <= pc ? base + half : base;
        n -= half;
    }
    return pc < base->end() ? base : nullptr;
}

const LineRef* Module::line_at(const Instr* pc) const {
    if (!contains(pc)) return nullptr;
    auto offset = static_cast<std::uint32_t>(pc - code.get());
    auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                               [](std::uint32_t a, const LineRef& l) { return a < l.offset; });
    if (it == lines.begin()) return nullptr;
    return &*(it - 1);
}

CodeServer& CodeServer::global() {
    static CodeServer server;
    return server;
}

namespace {
void point_at_stub(Export* ep, Op op) {
    ep->stub[0] = reinterpret_cast<Instr>(instruction_handlers()[static_cast<int>(op)]);
    ep->stub[1] = reinterpret_cast<Instr>(ep);
    ep->address.store(ep->stub, std::memory_order_release);
}
}  // namespace

Export* CodeServer::export_entry(Term module, Term function, std::uint32_t arity) {
    MfaKey key{module, function, arity};
    {
        std::shared_lock lock(m_mutex);
        auto it = m_exports.find(key);
        if (it != m_exports.end()) return it->second.get();
    }
    std::unique_lock lock(m_mutex);
    auto& slot = m_exports[key];
    if (!slot) {
        slot = std::make_unique<Export>();
        slot->module = module;
        slot->function = function;
        slot->arity = arity;
        point_at_stub(slot.get(), Op::call_error_handler);
    }
    return slot.get();
}

Export* CodeServer::find_defined(Term module, Term function, std::uint32_t arity) {
    std::shared_lock lock(m_mutex);
    auto it = m_exports.find(MfaKey{module, function, arity});
    if (it == m_exports.end() || !it->second->is_defined()) return nullptr;
    return it->second.get();
}

Module* CodeServer::find_module(Term name) const {
    std::shared_lock lock(m_mutex);
    auto it = m_modules.find(name);
    return it == m_modules.end() ? nullptr : it->second.get();
}

void CodeServer::publish(std::unique_ptr<Module> module) {
    std::unique_lock lock(m_mutex);
    publish_locked(std::move(module));
}

namespace {
std::atomic<CodeChangeHook> g_code_change_hook{nullptr};
}  // namespace

void set_code_change_hook(CodeChangeHook hook) { g_code_change_hook.store(hook); }

void CodeIndex::insert(Module* m) {
    constexpr auto relaxed = std::memory_order_relaxed;
    const Buffer* b = m_current.load(relaxed);
    std::size_t n = m_size.load(relaxed);
    const Instr* start = m->code.get();
    std::size_t at = 0, hi = n;  // the first entry whose code starts at or after m's
    while (at < hi) {
        std::size_t mid = at + (hi - at) / 2;
        if (b->entries[mid].start.load(relaxed) < start) at = mid + 1;
        else hi = mid;
    }
    if (at < n && b->entries[at].module.load(relaxed) == m) return;
    if (!b || n == b->capacity) {
        // A new buffer with the same entries: a reader of either sees the same index.
        auto grown = std::make_unique<Buffer>();
        grown->capacity = b ? 2 * b->capacity : 256;
        grown->entries = std::make_unique<Entry[]>(grown->capacity);
        for (std::size_t i = 0; i < n; ++i) {
            grown->entries[i].start.store(b->entries[i].start.load(relaxed), relaxed);
            grown->entries[i].module.store(b->entries[i].module.load(relaxed), relaxed);
        }
        b = grown.get();
        m_buffers.push_back(std::move(grown));
        m_current.store(b, std::memory_order_release);
    }
    std::uint64_t sequence = m_sequence.load(relaxed);
    m_sequence.store(sequence + 1, relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    for (std::size_t i = n; i > at; --i) {
        b->entries[i].start.store(b->entries[i - 1].start.load(relaxed), relaxed);
        b->entries[i].module.store(b->entries[i - 1].module.load(relaxed), std::memory_order_release);
    }
    b->entries[at].start.store(start, relaxed);
    b->entries[at].module.store(m, std::memory_order_release);
    m_size.store(n + 1, std::memory_order_release);
    m_sequence.store(sequence + 2, std::memory_order_release);
}

Module* CodeIndex::find(const Instr* pc) const {
    for (;;) {
        std::uint64_t sequence = m_sequence.load(std::memory_order_acquire);
        if (sequence & 1) continue;  // an insertion is moving entries (a few thousand stores at most)
        const Buffer* b = m_current.load(std::memory_order_acquire);
        Module* found = nullptr;
        if (b) {
            // The last module whose code starts at or before pc. Entries read during an insertion may be
            // out of order; the sequence check below throws such a result away.
            std::size_t n = std::min(m_size.load(std::memory_order_acquire), b->capacity);
            const Entry* base = b->entries.get();
            if (n > 0 && base->start.load(std::memory_order_relaxed) <= pc) {
                while (n > 1) {  // branch-free: stack traces look up every frame
                    std::size_t half = n / 2;
                    base = base[half].start.load(std::memory_order_relaxed) <= pc ? base + half : base;
                    n -= half;
                }
                found = base->module.load(std::memory_order_acquire);
            }
        }
        std::atomic_thread_fence(std::memory_order_acquire);
        if (m_sequence.load(std::memory_order_relaxed) != sequence) continue;
        return found && found->contains(pc) ? found : nullptr;
    }
}

void CodeServer::publish_locked(std::unique_ptr<Module> module) {
    m_by_code.insert(module.get());
    // Exports that are BIFs keep their native (erlang.beam has Erlang stubs for them).
    for (std::size_t i = 0; i < module->exports.size(); ++i)
        if (!module->exports[i]->bif) module->exports[i]->address.store(module->export_addresses[i], std::memory_order_release);
    m_known.insert(module->name);
    auto& slot = m_modules[module->name];
    Module* retired = slot.get();
    if (slot) {
        // The current version becomes old; an old one still there (a native load path that does not
        // check not_purged: code:load_file/1, on-demand loading) goes to the graveyard.
        auto& old = m_old[module->name];
        if (old) m_old_modules.push_back(std::move(old));
        old = std::move(slot);
    }
    slot = std::move(module);
    if (CodeChangeHook hook = g_code_change_hook.load()) [[unlikely]] hook(slot.get(), retired);
}

CodeServer::DeleteResult CodeServer::delete_module(Term name) {
    std::unique_lock lock(m_mutex);
    if (!m_known.count(name)) return DeleteResult::Undefined;
    auto old = m_old.find(name);
    if (old != m_old.end() && old->second) return DeleteResult::NotPurged;
    auto cur = m_modules.find(name);
    if (cur == m_modules.end()) return DeleteResult::Deleted;  // known, no code: erl answers true too
    for (Export* ep : cur->second->exports)
        if (!ep->bif) point_at_stub(ep, Op::call_error_handler);
    if (CodeChangeHook hook = g_code_change_hook.load()) [[unlikely]] hook(nullptr, cur->second.get());
    m_old[name] = std::move(cur->second);
    m_modules.erase(cur);
    return DeleteResult::Deleted;
}

Module* CodeServer::old_module(Term name) const {
    std::shared_lock lock(m_mutex);
    auto it = m_old.find(name);
    return it == m_old.end() ? nullptr : it->second.get();
}

namespace {
std::atomic<ModulePurgedHook> g_module_purged_hook{nullptr};
}  // namespace

void set_module_purged_hook(ModulePurgedHook hook) { g_module_purged_hook.store(hook); }

bool CodeServer::purge_old(Term name) {
    Module* purged;
    {
        std::unique_lock lock(m_mutex);
        auto it = m_old.find(name);
        if (it == m_old.end() || !it->second) return false;
        purged = it->second.get();
        purged->purged.store(true, std::memory_order_release);
        m_old_modules.push_back(std::move(it->second));
        m_old.erase(it);
    }
    if (ModulePurgedHook hook = g_module_purged_hook.load()) hook(purged);  // the graveyard keeps it
    return true;
}

const FunEntry* CodeServer::live_lambda(const FunEntry* fe) const {
    std::shared_lock lock(m_mutex);
    auto it = m_modules.find(fe->module->name);
    if (it == m_modules.end() || std::memcmp(it->second->md5, fe->module->md5, sizeof fe->module->md5) != 0)
        return nullptr;
    const Module& m = *it->second;
    for (std::size_t i = 0; i < m.lambda_count; ++i)
        if (m.lambdas[i].index == fe->index && m.lambdas[i].arity == fe->arity) return &m.lambdas[i];
    return nullptr;
}

const FunEntry* CodeServer::decoded_lambda(Term module, const std::uint8_t (&md5)[16], std::uint32_t index,
                                           std::uint32_t old_uniq, std::uint32_t arity, std::uint32_t num_free) {
    auto defines = [&](const Module* m) -> const FunEntry* {
        if (!m || std::memcmp(m->md5, md5, sizeof md5) != 0) return nullptr;
        for (std::size_t i = 0; i < m->lambda_count; ++i) {
            const FunEntry& fe = m->lambdas[i];
            if (fe.index == index && fe.old_uniq == old_uniq && fe.arity == arity && fe.num_free == num_free)
                return &fe;
        }
        return nullptr;
    };
    {
        std::shared_lock lock(m_mutex);
        auto cur = m_modules.find(module);
        if (const FunEntry* fe = defines(cur == m_modules.end() ? nullptr : cur->second.get())) return fe;
        auto old = m_old.find(module);
        if (const FunEntry* fe = defines(old == m_old.end() ? nullptr : old->second.get())) return fe;
    }
    std::array<std::uint8_t, 16> key_md5;
    std::memcpy(key_md5.data(), md5, sizeof md5);
    std::lock_guard lock(m_placeholders_mutex);
    Placeholder& ph = m_placeholders[{module, key_md5}];
    if (!ph.module) {
        ph.module = std::make_unique<Module>();
        ph.module->name = module;
        std::memcpy(ph.module->md5, md5, sizeof md5);
        ph.module->purged.store(true, std::memory_order_release);
    }
    for (const FunEntry& fe : ph.lambdas)
        if (fe.index == index && fe.old_uniq == old_uniq && fe.arity == arity && fe.num_free == num_free) return &fe;
    return &ph.lambdas.emplace_back(FunEntry{ph.module.get(), kNil, arity, num_free, index, old_uniq, nullptr});
}

std::vector<Term> CodeServer::modules_with_code() const {
    std::shared_lock lock(m_mutex);
    std::vector<Term> out;
    for (const auto& [name, m] : m_modules) out.push_back(name);
    for (const auto& [name, m] : m_old)
        if (m && !m_modules.count(name)) out.push_back(name);
    return out;
}

CodeServer::FinishResult CodeServer::finish_loading(std::vector<std::unique_ptr<Module>>& mods,
                                                    std::vector<Term>* failed, std::vector<Term>* on_load) {
    std::unique_lock lock(m_mutex);
    // As erts' finish_loading_1: duplicates first (each repeat listed), then old code (not_purged).
    std::unordered_set<Term> seen;
    for (const auto& m : mods)
        if (!seen.insert(m->name).second) failed->push_back(m->name);
    if (!failed->empty()) return FinishResult::Duplicated;
    for (const auto& m : mods) {
        auto old = m_old.find(m->name);
        if (m_modules.count(m->name) && old != m_old.end() && old->second) failed->push_back(m->name);
    }
    if (!failed->empty()) return FinishResult::NotPurged;
    for (auto& m : mods) {
        m_known.insert(m->name);
        if (m->on_load) {
            on_load->push_back(m->name);
            PendingOnLoad& slot = m_pending[m->name];
            if (slot.module) m_old_modules.push_back(std::move(slot.module));
            m_by_code.insert(m.get());
            slot.module = std::move(m);
            slot.started = false;
            slot.runner = kNil;
        } else {
            publish_locked(std::move(m));
        }
    }
    mods.clear();
    return FinishResult::Ok;
}

void CodeServer::publish_pending(std::unique_ptr<Module> module) {
    std::unique_lock lock(m_mutex);
    m_known.insert(module->name);
    PendingOnLoad& slot = m_pending[module->name];
    if (slot.module) m_old_modules.push_back(std::move(slot.module));  // a reload while pending
    m_by_code.insert(module.get());
    slot.module = std::move(module);
    slot.started = false;
    slot.runner = kNil;
}

bool CodeServer::is_pending(Term name) const {
    std::shared_lock lock(m_mutex);
    return m_pending.count(name) != 0;
}

CodeServer::OnLoadJoin CodeServer::join_on_load(Term name, Term pid) {
    std::unique_lock lock(m_mutex);
    auto it = m_pending.find(name);
    if (it == m_pending.end()) return m_modules.count(name) ? OnLoadJoin::Loaded : OnLoadJoin::Absent;
    it->second.waiters.push_back(pid);
    if (it->second.started) return OnLoadJoin::Wait;
    it->second.started = true;
    return OnLoadJoin::Run;
}

Module* CodeServer::start_on_load(Term name, Term runner) {
    std::unique_lock lock(m_mutex);
    auto it = m_pending.find(name);
    if (it == m_pending.end()) return nullptr;
    it->second.started = true;
    it->second.runner = runner;
    return it->second.module.get();
}

std::vector<Term> CodeServer::finish_on_load(Term name, bool keep) {
    std::unique_lock lock(m_mutex);
    auto it = m_pending.find(name);
    if (it == m_pending.end()) return {};
    std::vector<Term> waiters = std::move(it->second.waiters);
    std::unique_ptr<Module> module = std::move(it->second.module);
    m_pending.erase(it);
    // A dropped module may still be running (its runner returns through it): keep it as old code.
    if (keep) publish_locked(std::move(module));
    else m_old_modules.push_back(std::move(module));
    return waiters;
}

Module* CodeServer::module_at(const Instr* pc) const { return m_by_code.find(pc); }

std::vector<Term> CodeServer::loaded_modules() const {
    std::shared_lock lock(m_mutex);
    std::vector<Term> out;
    for (const auto& [name, m] : m_modules) out.push_back(name);
    return out;
}

std::vector<std::string> CodeServer::duplicate_bifs() const {
    std::lock_guard lock(m_duplicates_mutex);
    return m_duplicate_bifs;
}

std::vector<std::span<const BifSpec>> CodeServer::bif_tables() const {
    std::lock_guard lock(m_duplicates_mutex);
    return m_bif_tables;
}

std::vector<Export*> CodeServer::bif_exports() const {
    std::lock_guard lock(m_duplicates_mutex);
    return m_bif_exports;
}

void CodeServer::register_bifs(const BifSpec* specs, std::size_t count) {
    AtomTable& atoms = AtomTable::global();
    std::vector<Export*> fresh;  // exports that become BIFs here (a duplicate row is not listed again)
    fresh.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const BifSpec& s = specs[i];
        Export* ep = export_entry(atoms.intern(s.module), atoms.intern(s.function), s.arity);
        if (ep->bif == nullptr) fresh.push_back(ep);
        else if (ep->bif != &s) {
            std::lock_guard lock(m_duplicates_mutex);
            m_duplicate_bifs.push_back(std::string(s.module) + ":" + s.function + "/" + std::to_string(s.arity));
        }
        ep->bif = &s;
        point_at_stub(ep, Op::call_bif_stub);
    }
    std::lock_guard lock(m_duplicates_mutex);
    m_bif_tables.emplace_back(specs, count);
    m_bif_exports.insert(m_bif_exports.end(), fresh.begin(), fresh.end());
}

}  // namespace ember::vm
