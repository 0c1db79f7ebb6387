// Modules, export entries and fun entries (OTP beam/module.c, export.c, erl_fun.c).
//
// An Export is the stable address of M:F/A. Callers jump through Export::address, so loading a new
// version of a module only swaps addresses. An export that is not (yet) defined points at its own
// stub, which runs call_error_handler (load on demand, else undef); a BIF's export points at a stub
// that calls the native. Exports are never freed: pointers to them are embedded in threaded code and
// export funs.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vm/code.hpp"
#include "vm/literal_area.hpp"
#include "vm/native.hpp"
#include "vm/term.hpp"

namespace ember::vm {

struct Module;

struct Export {
    Term module;
    Term function;
    std::uint32_t arity;
    std::atomic<const Instr*> address;
    Instr stub[2];             // call_error_handler or call_bif_stub, then this Export*
    const BifSpec* bif = nullptr;

    bool is_defined() const { return bif != nullptr || address.load(std::memory_order_acquire) != stub; }
};

struct FunEntry {
    Module* module;
    Term function;        // the lambda's generated name, e.g. '-f/1-fun-0-'
    std::uint32_t arity;  // arity of the lambda function including free variables
    std::uint32_t num_free;
    std::uint32_t index;
    std::uint32_t old_uniq;
    const Instr* address;
};

struct FunctionInfo {
    Term name;
    const Instr* func_info;  // the func_info instruction before the entry
    std::uint32_t arity;
    std::uint32_t words;     // from func_info to the next function's func_info (or the code's end)

    const Instr* entry() const { return func_info + kOpWords[static_cast<int>(Op::func_info)]; }
    const Instr* end() const { return func_info + words; }  // one past the function's last instruction
};

// A line table entry, 8 bytes as erl's location table entries (beam_code.h): a location is
// file << 24 | line, and one erl cannot represent (file 255 or more, line 2^24 - 1 or more) is line 0,
// "no location", as erl's MAKE_LOCATION makes it.
struct LineRef {
    std::uint32_t offset;    // code word offset of the first instruction the line applies to
    std::uint32_t location;  // file << 24 | line, or 0

    static constexpr std::uint32_t make_location(std::uint32_t file, std::uint32_t line) {
        return file < 255 && line < (1u << 24) - 1 ? file << 24 | line : 0;
    }
    std::uint32_t line() const { return location & ((1u << 24) - 1); }
    std::uint32_t file() const { return location >> 24; }  // index into Module::file_terms
};

struct Module {
    Term name = kNil;
    std::unique_ptr<Instr[]> code;
    std::size_t code_words = 0;
    LiteralArea literals;
    std::vector<FunctionInfo> functions;  // sorted by func_info address
    std::vector<LineRef> lines;           // sorted by offset
    std::vector<Term> file_terms;         // {file, "F"} of each source file of the Line chunk (literals)
    std::unique_ptr<FunEntry[]> lambdas;
    std::size_t lambda_count = 0;
    std::vector<Export*> exports;
    std::vector<const Instr*> export_addresses;  // entry of exports[i]
    std::vector<std::uint8_t> strings;    // StrT, for bs_match_string
    Term attributes = kNil;               // decoded Attr chunk (in the literal area)
    Term compile_info = kNil;             // decoded CInf chunk
    std::uint8_t md5[16] = {};
    const Instr* on_load = nullptr;
    // Set when the code is purged (it stays in memory): its funs then call the current version's
    // lambda of the same index if the current version has the same MD5 (erl keys fun entries by the
    // module MD5), else raise badfun (vm/calls.cpp).
    std::atomic<bool> purged{false};

    const FunctionInfo* function_at(const Instr* pc) const;
    const LineRef* line_at(const Instr* pc) const;
    const Instr* line_address(const LineRef& l) const { return code.get() + l.offset; }
    bool contains(const Instr* pc) const { return pc >= code.get() && pc < code.get() + code_words; }
};

// Every module that ever entered the code server, by the start of its code, for CodeServer::module_at:
// a sorted array read without a lock. A module's code never moves or goes (a purged one moves to the
// graveyard), so entries are only ever added. Readers use a sequence lock: they retry if an insertion
// ran meanwhile. A full buffer is replaced by one twice its size and kept, so a reader never reads
// freed memory (the buffers together hold at most twice the entries).
class CodeIndex {
public:
    CodeIndex() = default;
    CodeIndex(const CodeIndex&) = delete;
    CodeIndex& operator=(const CodeIndex&) = delete;
    // Adds m (no-op if it is there). One writer at a time: the caller holds the code server's lock.
    void insert(Module* m);
    // The module whose code contains pc, or nullptr. Thread-safe, lock-free.
    Module* find(const Instr* pc) const;

private:
    struct Entry {
        std::atomic<const Instr*> start;  // module->code.get(): the search reads no Module
        std::atomic<Module*> module;
    };
    struct Buffer {
        std::size_t capacity;
        std::unique_ptr<Entry[]> entries;
    };
    std::atomic<std::uint64_t> m_sequence{0};  // odd while an insertion moves entries
    std::atomic<const Buffer*> m_current{nullptr};
    std::atomic<std::size_t> m_size{0};
    std::vector<std::unique_ptr<Buffer>> m_buffers;  // every buffer made; the last is m_current
};

// Global tables. Thread-safe; lookups of published entries are cheap.
// Called (outside the code server's lock) for each module version purge_old drops; the NIF layer
// runs the library's unload callback there (nif/erl_nif_load.cpp). Set once.
using ModulePurgedHook = void (*)(Module*);
void set_module_purged_hook(ModulePurgedHook hook);
// Called (under the code server's lock: it must not call back into CodeServer) when module code changes:
// `loaded` became current (nullptr for a delete_module), `retired` is the version that stopped being
// current (nullptr when there was none). Call tracing clears the breakpoints of retired code, as erl
// does, and applies trace_pattern(on_load, ...) to loaded code (bifs/trace_calls.cpp). Set once.
using CodeChangeHook = void (*)(Module* loaded, Module* retired);
void set_code_change_hook(CodeChangeHook hook);

class CodeServer {
public:
    static CodeServer& global();

    // The export for M:F/A, created (undefined) if missing.
    Export* export_entry(Term module, Term function, std::uint32_t arity);
    // The export if it exists and is defined (a loaded function or a BIF), else nullptr.
    Export* find_defined(Term module, Term function, std::uint32_t arity);

    Module* find_module(Term name) const;
    // Publishes a loaded module: replaces any current version (which becomes old code) and points the
    // module's exports at their code.
    void publish(std::unique_ptr<Module> module);
    Module* module_at(const Instr* pc) const;  // the module whose code contains pc
    // The lambda a fun of purged code calls now: the current version's lambda with the same index,
    // if that version has the same MD5; else nullptr (badfun).
    const FunEntry* live_lambda(const FunEntry* fe) const;
    // The fun entry of a fun read from the external format (NEW_FUN_EXT: module, MD5, index, OldUniq,
    // arity with the free variables, their count). The current or old version's lambda when that
    // version has this MD5 and defines it; otherwise a lasting entry of a placeholder module marked
    // purged, with no code and the name [] (OTP keeps fun entries by module, MD5 and index whether
    // code is loaded or not: erts_put_fun_entry2). A call of a placeholder entry loads the module on
    // demand and runs the lambda of the version with the same MD5 (vm/calls.cpp). Thread-safe.
    const FunEntry* decoded_lambda(Term module, const std::uint8_t (&md5)[16], std::uint32_t index,
                                   std::uint32_t old_uniq, std::uint32_t arity, std::uint32_t num_free);
    std::vector<Term> loaded_modules() const;

    // ---- current and old code (OTP beam_bif_load.c: each module has at most one current and one old
    // version). Loading makes the current version old; purging drops the old one. Purged code is not
    // freed: Ember keeps it (m_graveyard) because a process may still return into it or hold a fun or
    // a literal of it (erl kills such processes and copies such literals first; docs/loader.md). ----
    enum class DeleteResult { Undefined, NotPurged, Deleted };
    // erlang:delete_module/1: current code becomes old and the exports undefined. Undefined if the
    // module was never loaded, NotPurged (nothing changes) if it has old code.
    DeleteResult delete_module(Term name);
    Module* old_module(Term name) const;  // the old version, or nullptr
    bool purge_old(Term name);            // drops the old version; false if there is none
    std::vector<Term> modules_with_code() const;  // current or old code (erlang:loaded/0)
    // erlang:finish_loading/1 on prepared modules. On success publishes every module (those with an
    // on_load function pending, listed in *on_load), empties `mods` and returns Ok. Otherwise nothing
    // changes, `mods` is untouched and *failed lists the offending modules.
    enum class FinishResult { Ok, Duplicated, NotPurged };
    FinishResult finish_loading(std::vector<std::unique_ptr<Module>>& mods, std::vector<Term>* failed,
                                std::vector<Term>* on_load);

    void register_bifs(const BifSpec* specs, std::size_t count);
    // Every table given to register_bifs, in order (the capability audit iterates them).
    std::vector<std::span<const BifSpec>> bif_tables() const;
    // The export entries of every registered BIF, in registration order. Does not take the code lock,
    // so hooks that run under it (set_code_change_hook) may call it.
    std::vector<Export*> bif_exports() const;
    // MFAs registered by more than one table row (the later row wins): a bug, checked by a test.
    std::vector<std::string> duplicate_bifs() const;

    // ---- -on_load (OTP code_server handle_on_load, erlang:call_on_load_function/1,
    // finish_after_on_load/2). A module with an on_load function is published "pending": find_module
    // does not see it and its exports stay undefined until its on_load function returned ok. ----
    void publish_pending(std::unique_ptr<Module> module);
    bool is_pending(Term name) const;
    enum class OnLoadJoin { Loaded, Run, Wait, Absent };
    // Registers `pid` to hear how the pending module's on_load ends ({'$ember_on_load', Mod, Result});
    // Run for the first caller (who must start the runner), Wait for later ones. Loaded/Absent: there
    // is no pending module (it is loaded, or not).
    OnLoadJoin join_on_load(Term name, Term pid);
    // The pending module, now run by `runner` (nullptr if none is pending).
    Module* start_on_load(Term name, Term runner);
    // Ends the pending state: publishes the module if `keep`, else drops it. Returns the waiters.
    std::vector<Term> finish_on_load(Term name, bool keep);

private:
    struct PendingOnLoad {
        std::unique_ptr<Module> module;
        bool started = false;
        Term runner = kNil;
        std::vector<Term> waiters;
    };
    void publish_locked(std::unique_ptr<Module> module);
    std::unordered_map<Term, PendingOnLoad> m_pending;

    struct MfaKey {
        Term module, function;
        std::uint32_t arity;
        bool operator==(const MfaKey&) const = default;
    };
    struct MfaHash {
        std::size_t operator()(const MfaKey& k) const {
            return std::hash<Word>()(k.module * 31 + k.function * 131 + k.arity);
        }
    };
    mutable std::shared_mutex m_mutex;
    std::unordered_map<MfaKey, std::unique_ptr<Export>, MfaHash> m_exports;
    std::unordered_map<Term, std::unique_ptr<Module>> m_modules;
    std::unordered_map<Term, std::unique_ptr<Module>> m_old;  // old code, by module name
    std::unordered_set<Term> m_known;                         // every module ever published (erts_put_module)
    std::vector<std::unique_ptr<Module>> m_old_modules;       // the graveyard: purged or dropped code
    // Every module above (current, old, graveyard, pending on_load): module_at's index, added to under
    // m_mutex when a module first enters.
    CodeIndex m_by_code;
    // decoded_lambda's placeholders, by module and MD5: never freed, as erl's fun table entries of a
    // module that never loads (their number is bounded by the distinct funs decoded).
    struct Placeholder {
        std::unique_ptr<Module> module;
        std::deque<FunEntry> lambdas;  // stable addresses
    };
    std::mutex m_placeholders_mutex;
    std::map<std::pair<Term, std::array<std::uint8_t, 16>>, Placeholder> m_placeholders;
    mutable std::mutex m_duplicates_mutex;
    std::vector<std::string> m_duplicate_bifs;
    std::vector<std::span<const BifSpec>> m_bif_tables;  // under m_duplicates_mutex
    std::vector<Export*> m_bif_exports;                  // under m_duplicates_mutex
};

}  // namespace ember::vm
