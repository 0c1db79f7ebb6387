#include "vm/external_ids.hpp"

#include <map>
#include <mutex>
#include <string>
#include <unordered_map>

#include "vm/literal_area.hpp"

namespace ember::vm {

namespace {

struct Interned {
    std::mutex mutex;
    LiteralArea area;
    std::unordered_map<std::string, Term> by_words;  // the object's words (header included) -> copy
};

Interned& interned() {
    static auto* table = new Interned();  // never destroyed: copies are referenced until exit
    return *table;
}

}  // namespace

Term intern_external(Term t) {
    const Term* hp = boxed_ptr(t);
    Word words = 1 + header_arity(hp[0]);
    std::string key(reinterpret_cast<const char*>(hp), words * sizeof(Word));
    Interned& in = interned();
    std::lock_guard lock(in.mutex);
    auto it = in.by_words.find(key);
    if (it != in.by_words.end()) return it->second;
    Term* copy = in.area.alloc(words);
    for (Word i = 0; i < words; ++i) copy[i] = hp[i];
    Term result = make_boxed(copy);
    in.by_words.emplace(std::move(key), result);
    return result;
}

std::vector<InternedCounts> interned_external_counts() {
    std::map<std::pair<Term, Word>, InternedCounts> by_incarnation;
    Interned& in = interned();
    std::lock_guard lock(in.mutex);
    for (const auto& [words, copy] : in.by_words) {
        const Term* hp = boxed_ptr(copy);
        // The creation word: pid and port [node][a][b][creation], reference [node][creation][n0]...
        bool ref = is_external_ref(copy);
        Word creation = Word(small_value(ref ? hp[2] : hp[4]));
        auto [it, fresh] = by_incarnation.try_emplace({hp[1], creation}, InternedCounts{hp[1], creation});
        Word& count = ref ? it->second.refs : is_external_pid(copy) ? it->second.pids : it->second.ports;
        ++count;
    }
    std::vector<InternedCounts> out;
    for (const auto& [key, counts] : by_incarnation) out.push_back(counts);
    return out;
}

}  // namespace ember::vm
