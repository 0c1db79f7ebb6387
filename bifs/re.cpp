// The re BIFs on PCRE2: re:compile/1,2, re:run/2,3, re:internal_run/4, re:inspect/2, re:version/0
// (OTP erts/emulator/beam/erl_bif_re.c for result shapes and option handling; docs/re.md).
//
// As in OTP, the BIFs handle binaries and the common cases; the rest continues in OTP's unmodified
// re.erl: global matching traps to re:grun/3, unicode patterns on list subjects (or with list
// captures) to re:urun/3, unicode compiles of lists to re:ucompile/2.
//
// Scheduling: stock PCRE2 cannot suspend a match and resume it later (OTP patches its PCRE copy with
// a loop counter and restart data). Instead a match on a normal scheduler runs with a small match
// limit (kSliceMatchLimit) and may only start within kScanWindowBytes of its offset; if it hits the
// limit, or finds no start in the window, the call restarts from scratch on the dirty CPU pool with the
// caller's own limits. The wasted work is bounded, and no long match blocks a normal scheduler.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "bifs/re_pattern.hpp"
#include "vm/dirty.hpp"
#include "vm/runtime_support.hpp"

namespace ember::bifs {

using namespace vm;

namespace {

// A normal-scheduler match stops after this many PCRE2 match-limit steps and restarts on a dirty CPU
// scheduler: 20,000 steps of ^(a|aa)+$ backtracking took 0.3 ms here, so this is about 0.75 ms, a
// scheduler slice (docs/re.md).
constexpr std::uint32_t kSliceMatchLimit = 50000;
// PCRE2's match limit does not count start positions: trying every start in 1 MB took 27-56 ms here.
// So on a normal scheduler a match may only start in the first kScanWindowBytes after its offset
// (pcre2_set_offset_limit; about 1.2 ms at worst); finding no match there, the call restarts on the
// dirty CPU pool over the whole subject. A match that starts in the window is the leftmost match.
constexpr std::size_t kScanWindowBytes = std::size_t(1) << 16;
// PCRE2's start-of-match scans (memchr, start bitmaps) ignore the offset limit but run at about
// 0.5 ns/byte; more than this many bytes after the offset go to the dirty CPU pool at once.
constexpr std::size_t kDirtySubjectBytes = std::size_t(1) << 23;
// A first call checks all of a UTF subject's UTF-8 (1.7 ns/byte here, mixed ASCII and 2-byte text):
// above this size (about 1.8 ms), on a dirty scheduler.
constexpr std::size_t kDirtyUtfCheckBytes = std::size_t(1) << 20;
// PCRE 8.44's default match limits as OTP 25 builds it (and PCRE2's).
constexpr std::uint32_t kDefaultMatchLimit = 10000000;

struct ReAtoms {
    Term re_pattern = atom("re_pattern"), capture = atom("capture"), offset = atom("offset"),
         match_limit = atom("match_limit"), match_limit_recursion = atom("match_limit_recursion"),
         newline = atom("newline"), cr = atom("cr"), crlf = atom("crlf"), lf = atom("lf"), anycrlf = atom("anycrlf"),
         any = atom("any"), anchored = atom("anchored"), notempty = atom("notempty"),
         notempty_atstart = atom("notempty_atstart"), notbol = atom("notbol"), noteol = atom("noteol"),
         no_start_optimize = atom("no_start_optimize"), caseless = atom("caseless"),
         dollar_endonly = atom("dollar_endonly"), dotall = atom("dotall"), extended = atom("extended"),
         firstline = atom("firstline"), multiline = atom("multiline"), no_auto_capture = atom("no_auto_capture"),
         dupnames = atom("dupnames"), ungreedy = atom("ungreedy"), ucp = atom("ucp"), never_utf = atom("never_utf"),
         report_errors = atom("report_errors"), bsr_anycrlf = atom("bsr_anycrlf"), bsr_unicode = atom("bsr_unicode"),
         index = atom("index"), list = atom("list"), all = atom("all"), none = atom("none"),
         all_but_first = atom("all_but_first"), first = atom("first"), all_names = atom("all_names"),
         match = atom("match"), nomatch = atom("nomatch"), namelist = atom("namelist"), compile = atom("compile"),
         re = atom("re"), grun = atom("grun"), urun = atom("urun"), ucompile = atom("ucompile");
};
const ReAtoms& A() {
    static const ReAtoms a;
    return a;
}

// Option list flags (erl_bif_re.c PARSE_FLAG_*).
enum : unsigned {
    kUniqueCompile = 1u << 0,  // an option only re:compile understands
    kUniqueExec = 1u << 1,     // an option only re:run understands
    kUnicode = 1u << 2,
    kCaptureOpt = 1u << 3,
    kGlobal = 1u << 4,
    kReportErrors = 1u << 5,
    kMatchLimit = 1u << 6,
    kMatchLimitRecursion = 1u << 7,
};

struct Options {
    re::CompileOptions compile;
    std::uint32_t match = 0;  // pcre2_match options
    unsigned flags = 0;
    std::size_t offset = 0;
    Term capture_values = kNil, capture_type = kNil;
    std::uint32_t match_limit = 0, depth_limit = 0;
};

// A non-negative small that fits a C int (erl_bif_re.c term_to_int).
bool int_arg(Term t, int& out) {
    if (!is_small(t) || small_value(t) < 0 || small_value(t) > 0x7FFFFFFF) return false;
    out = static_cast<int>(small_value(t));
    return true;
}

bool parse_newline(Term t, std::uint32_t& out) {
    const ReAtoms& a = A();
    if (t == a.cr) out = PCRE2_NEWLINE_CR;
    else if (t == a.lf) out = PCRE2_NEWLINE_LF;
    else if (t == a.crlf) out = PCRE2_NEWLINE_CRLF;
    else if (t == a.anycrlf) out = PCRE2_NEWLINE_ANYCRLF;
    else if (t == a.any) out = PCRE2_NEWLINE_ANY;
    else return false;  // OTP 25 (PCRE 8.44) has no {newline, nul}
    return true;
}

// Parses a re option list (compile and run options together); false for anything erl rejects.
bool parse_options(Term list, Options& o) {
    const ReAtoms& a = A();
    for (; is_list(list); list = cdr(list)) {
        Term item = car(list);
        if (is_tuple(item)) {
            Word arity = tuple_arity(item);
            Term key = arity > 0 ? tuple_element(item, 0) : kNil;
            if (arity == 3 && key == a.capture) {
                o.capture_values = tuple_element(item, 1);
                o.capture_type = tuple_element(item, 2);
                o.flags |= kCaptureOpt | kUniqueExec;
                continue;
            }
            if (arity != 2 || !is_atom(key)) return false;
            Term val = tuple_element(item, 1);
            int n = 0;
            if (key == a.capture) {
                o.capture_values = val;
                o.capture_type = a.index;
                o.flags |= kCaptureOpt | kUniqueExec;
            } else if (key == a.offset) {
                if (!int_arg(val, n)) return false;
                o.offset = std::size_t(n);
                o.flags |= kUniqueExec;
            } else if (key == a.match_limit) {
                if (!int_arg(val, n)) return false;
                o.match_limit = std::uint32_t(n);
                o.flags |= kUniqueExec | kMatchLimit;
            } else if (key == a.match_limit_recursion) {
                if (!int_arg(val, n)) return false;
                o.depth_limit = std::uint32_t(n);
                o.flags |= kUniqueExec | kMatchLimitRecursion;
            } else if (key == a.newline) {
                if (!parse_newline(val, o.compile.newline)) return false;
            } else {
                return false;
            }
            continue;
        }
        struct Flag {
            Term name;
            std::uint32_t compile, match;
            unsigned flags;
        };
        const Flag table[] = {
            {a.anchored, PCRE2_ANCHORED, PCRE2_ANCHORED, 0},
            {a.notempty, 0, PCRE2_NOTEMPTY, kUniqueExec},
            {a.notempty_atstart, 0, PCRE2_NOTEMPTY_ATSTART, kUniqueExec},
            {a.notbol, 0, PCRE2_NOTBOL, kUniqueExec},
            {a.noteol, 0, PCRE2_NOTEOL, kUniqueExec},
            {a.no_start_optimize, PCRE2_NO_START_OPTIMIZE, 0, kUniqueCompile},
            {a.caseless, PCRE2_CASELESS, 0, kUniqueCompile},
            {a.dollar_endonly, PCRE2_DOLLAR_ENDONLY, 0, kUniqueCompile},
            {a.dotall, PCRE2_DOTALL, 0, kUniqueCompile},
            {a.extended, PCRE2_EXTENDED, 0, kUniqueCompile},
            {a.firstline, PCRE2_FIRSTLINE, 0, kUniqueCompile},
            {a.multiline, PCRE2_MULTILINE, 0, kUniqueCompile},
            {a.no_auto_capture, PCRE2_NO_AUTO_CAPTURE, 0, kUniqueCompile},
            {a.dupnames, PCRE2_DUPNAMES, 0, kUniqueCompile},
            {a.ungreedy, PCRE2_UNGREEDY, 0, kUniqueCompile},
            {a.ucp, PCRE2_UCP, 0, kUniqueCompile},
            {a.never_utf, PCRE2_NEVER_UTF, 0, kUniqueCompile},
            {a.report_errors, 0, 0, kUniqueExec | kReportErrors},
            {am_unicode, PCRE2_UTF, 0, kUniqueCompile | kUnicode},
            {am_global, 0, 0, kUniqueExec | kGlobal},
        };
        bool found = false;
        for (const Flag& f : table) {
            if (item != f.name) continue;
            o.compile.flags |= f.compile;
            o.match |= f.match;
            o.flags |= f.flags;
            found = true;
            break;
        }
        if (found) continue;
        if (item == a.bsr_anycrlf) o.compile.bsr = PCRE2_BSR_ANYCRLF;
        else if (item == a.bsr_unicode) o.compile.bsr = PCRE2_BSR_UNICODE;
        else return false;
    }
    return list == kNil;
}

// The bytes of an iodata term: a byte-aligned binary is used in place (no GC can run during a BIF).
struct Bytes {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    std::string owned;
    Term binary = kNil;  // the subject binary, when the bytes are its own (captures become sub binaries)
};

// The refc binary holding b's bytes, or nullptr (heap binaries move with the GC; iolists are copied).
Binary* refc_block(const Bytes& b) {
    if (b.binary == kNil) return nullptr;
    Term orig = binary_ref(b.binary).original;
    return is_refc_binary(orig) ? reinterpret_cast<Binary*>(boxed_ptr(orig)[2]) : nullptr;
}

// Whether b's bytes are those p checked as valid UTF-8 last (the block is retained, so its bytes
// cannot have been freed and reused since, and a binary's bytes never change). The memory lasts
// until the process's next garbage collection (vm/gc.cpp), so a binary is not kept alive long.
bool checked_before(const Process* p, const Bytes& b) {
    return p->re_valid_binary != nullptr && p->re_valid_binary == refc_block(b) && p->re_valid_data == b.data &&
           p->re_valid_size == b.size;
}

void remember_checked(Process* p, const Bytes& b) {
    Binary* block = refc_block(b);
    if (block == p->re_valid_binary) {
        p->re_valid_data = b.data;
        p->re_valid_size = b.size;
        return;
    }
    if (block) block->refs.fetch_add(1, std::memory_order_relaxed);
    if (p->re_valid_binary) p->re_valid_binary->release();
    p->re_valid_binary = block;
    p->re_valid_data = block ? b.data : nullptr;
    p->re_valid_size = block ? b.size : 0;
}

bool get_bytes(Term t, Bytes& b) {
    if (is_bitstring(t)) {
        BinaryRef r = binary_ref(t);
        if (!r.is_binary()) return false;
        if (r.byte_aligned()) {
            b.data = r.data;
            b.size = r.byte_size();
            b.binary = t;
            return true;
        }
    }
    if (!iolist_bytes(t, b.owned)) return false;
    b.data = reinterpret_cast<const std::uint8_t*>(b.owned.data());
    b.size = b.owned.size();
    return true;
}

// Continues in Erlang code: re:Function(a0, a1[, a2]) (OTP BIF_TRAP2/3).
Term trap_to_re(Process* p, Term function, std::initializer_list<Term> targs) {
    Term* x = p->bif_x;
    if (x == nullptr) return badarg(p);  // called outside the interpreter (unit tests)
    std::uint32_t n = 0;
    for (Term t : targs) x[n++] = t;
    const Instr* target = resolve_apply(p, A().re, function, n, x);
    if (!target) return kNonValue;
    p->trap_arity = n;
    p->trap = target;
    return kNonValue;
}

Term make_pattern_term(Process* p, const re::Code& code, std::string_view source, const re::CompileOptions& opts,
                       bool unicode) {
    std::string bin = re::encode_pattern(source, opts);
    Term b = make_binary(*p, bin);
    return make_tuple5(*p, A().re_pattern, make_small(SWord(code.capture_count())), make_small(unicode ? 1 : 0),
                       make_small(code.use_crlf() ? 1 : 0), b);
}

Term make_compile_error(Process* p, const re::CompileError& err, std::string_view source) {
    re::Pcre1Error e = re::pcre1_error(err, source);
    return make_tuple2(p, make_charlist(*p, e.text), make_small(SWord(e.offset)));
}

// re:compile/1,2 (erl_bif_re.c re_compile).
Term do_compile(Process* p, Term pattern, Term opt_list) {
    Options o;
    if (!parse_options(opt_list, o) || (o.flags & kUniqueExec)) return badarg(p);
    bool unicode = (o.flags & kUnicode) != 0;
    if (unicode && !is_bitstring(pattern)) return trap_to_re(p, A().ucompile, {pattern, opt_list});
    Bytes src;
    if (!get_bytes(pattern, src)) return badarg(p);
    std::string_view source(reinterpret_cast<const char*>(src.data), src.size);
    re::CompileError err;
    auto code = re::compile(source, o.compile, err);
    if (!code) return make_tuple2(p, am_error, make_compile_error(p, err, source));
    return make_tuple2(p, am_ok, make_pattern_term(p, *code, source, o.compile, unicode));
}

EMBER_BIF(bif_re_compile_1) { return do_compile(p, args[0], kNil); }
EMBER_BIF(bif_re_compile_2) { return do_compile(p, args[0], args[1]); }

// What a match returns (erl_bif_re.c ReturnInfo): all groups, all but the first, or a list of
// entries, each entry the candidate group numbers of one value (several for a duplicated name: the
// first one that is set wins).
struct Capture {
    enum class Kind { Index, List, Binary, None } kind = Kind::Index;
    enum class Which { All, AllButFirst, Listed } which = Which::All;
    std::vector<std::vector<int>> entries;
};

// Group numbers for a name (empty if the pattern has no such name: the value is then unset).
std::vector<int> groups_named(const re::Code& code, std::string_view name) {
    std::vector<int> out;
    const std::uint8_t* e = code.name_table();
    for (std::uint32_t i = 0; i < code.name_count(); ++i, e += code.name_entry_size()) {
        const char* n = reinterpret_cast<const char*>(e + 2);
        if (std::strlen(n) == name.size() && std::memcmp(n, name.data(), name.size()) == 0)
            out.push_back((int(e[0]) << 8) | int(e[1]));
    }
    return out;
}

bool build_capture(const Options& o, const re::Code& code, Capture& c) {
    const ReAtoms& a = A();
    if (o.capture_type == a.index) c.kind = Capture::Kind::Index;
    else if (o.capture_type == a.list) c.kind = Capture::Kind::List;
    else if (o.capture_type == am_binary) c.kind = Capture::Kind::Binary;
    else return false;
    Term v = o.capture_values;
    if (v == a.all) {
        c.which = Capture::Which::All;
    } else if (v == a.none || v == kNil) {
        c.kind = Capture::Kind::None;
    } else if (v == a.all_but_first) {
        c.which = Capture::Which::AllButFirst;
    } else if (v == a.first) {
        c.which = Capture::Which::Listed;
        c.entries.push_back({0});
    } else if (v == a.all_names) {
        if (code.name_count() == 0) {
            c.kind = Capture::Kind::None;  // as erl: `match` when the pattern has no names
            return true;
        }
        c.which = Capture::Which::Listed;
        const std::uint8_t* e = code.name_table();
        std::string_view last;
        for (std::uint32_t i = 0; i < code.name_count(); ++i, e += code.name_entry_size()) {
            std::string_view name(reinterpret_cast<const char*>(e + 2));
            if (i > 0 && name == last) continue;  // a duplicated name is one value
            c.entries.push_back(groups_named(code, name));
            last = name;
        }
    } else if (is_list(v)) {
        c.which = Capture::Which::Listed;
        for (; is_list(v); v = cdr(v)) {
            Term id = car(v);
            int n = 0;
            std::string name;
            if (int_arg(id, n)) {
                c.entries.push_back({n});
                continue;
            }
            if (is_atom(id)) {
                std::string_view utf8 = atom_name(id);
                name.assign(utf8);
            } else if (!(is_bitstring(id) || is_list(id) || id == kNil) || !iolist_bytes(id, name)) {
                return false;
            }
            c.entries.push_back(groups_named(code, name));
        }
        if (v != kNil) return false;
    } else {
        return false;
    }
    return true;
}

Term bytes_to_list(Process* p, const std::uint8_t* s, std::size_t n) {
    Term list = kNil;
    for (std::size_t i = n; i > 0; --i) list = make_cons(*p, make_small(s[i - 1]), list);
    return list;
}

// One captured value; `group` < 0 or not below `rc` (unset) gives {-1,0}, [] or <<>>.
Term capture_value(Process* p, const Capture& c, const Bytes& subj, const PCRE2_SIZE* ov, int rc, int group) {
    bool set = group >= 0 && group < rc && ov[2 * group] != PCRE2_UNSET;
    std::size_t start = set ? ov[2 * group] : 0, len = set ? ov[2 * group + 1] - ov[2 * group] : 0;
    switch (c.kind) {
        case Capture::Kind::Index:
            if (!set) return make_tuple2(p, make_small(-1), make_small(0));
            return make_tuple2(p, make_small(SWord(start)), make_small(SWord(len)));
        case Capture::Kind::List: return bytes_to_list(p, subj.data + start, len);
        case Capture::Kind::Binary:
            if (subj.binary != kNil && len > 0) return make_sub_binary(*p, subj.binary, start * 8, len * 8);
            return make_binary(*p, subj.data + start, len);
        case Capture::Kind::None: break;
    }
    return kNil;
}

Term build_result(Process* p, const Capture& c, const Bytes& subj, const PCRE2_SIZE* ov, int rc) {
    if (c.kind == Capture::Kind::None) return A().match;
    std::vector<Term> values;
    if (c.which == Capture::Which::Listed) {
        for (const auto& cands : c.entries) {
            int g = cands.empty() ? -1 : cands[0];
            for (int cand : cands) {
                if (cand >= 0 && cand < rc && ov[2 * cand] != PCRE2_UNSET) {
                    g = cand;
                    break;
                }
            }
            values.push_back(capture_value(p, c, subj, ov, rc, g));
        }
    } else {
        for (int g = c.which == Capture::Which::AllButFirst ? 1 : 0; g < rc; ++g)
            values.push_back(capture_value(p, c, subj, ov, rc, g));
    }
    return make_tuple2(p, A().match, make_list_of(*p, values.data(), values.size()));
}

enum class RunMode { Normal, Dirty };

const BifSpec* dirty_spec(int which);

// The body of re:run/2,3 and re:internal_run/4 (erl_bif_re.c re_run). `which` names the BIF for the
// dirty restart (0 run/2, 1 run/3, 2 internal_run/4).
Term do_run(Process* p, const Term* args, int which, RunMode mode) {
    const ReAtoms& a = A();
    Term subject = args[0], pattern = args[1], opt_list = which == 0 ? kNil : args[2];
    bool first = which != 2 || args[3] == am_true;
    if (which == 2 && args[3] != am_true && args[3] != am_false) return badarg(p);
    Options o;
    if (!parse_options(opt_list, o)) return badarg(p);
    bool list_capture = (o.flags & kCaptureOpt) && o.capture_type == a.list;
    bool global = (o.flags & kGlobal) != 0;

    std::shared_ptr<const re::Code> code;
    if (!(is_tuple(pattern) && tuple_arity(pattern) == 5)) {
        if (!is_bitstring(pattern) && !is_list(pattern) && pattern != kNil) return badarg(p);
        bool unicode = (o.flags & kUnicode) != 0;
        if (unicode && (!is_bitstring(pattern) || !is_bitstring(subject) || (list_capture && !global)))
            return trap_to_re(p, a.urun, {subject, pattern, opt_list});
        Bytes src;
        if (!get_bytes(pattern, src)) return badarg(p);
        std::string_view source(reinterpret_cast<const char*>(src.data), src.size);
        re::CompileError err;
        code = re::compile(source, o.compile, err);
        if (!code) {
            if (!(o.flags & kReportErrors)) return badarg(p);
            Term e = make_tuple2(p, a.compile, make_compile_error(p, err, source));
            return make_tuple2(p, am_error, e);
        }
        if (global) {
            Term compiled = make_pattern_term(p, *code, source, o.compile, unicode);
            Term info = make_tuple3(*p, opt_list, (o.flags & kUniqueCompile) ? am_true : am_false, pattern);
            return trap_to_re(p, a.grun, {subject, compiled, info});
        }
    } else {
        if (o.flags & kUniqueCompile) return badarg(p);
        const Term* e = tuple_elements(pattern);
        if (e[0] != a.re_pattern || !is_small(e[1]) || !is_small(e[2]) || !is_small(e[3]) || !is_bitstring(e[4]))
            return badarg(p);
        Bytes bin;
        if (!get_bytes(e[4], bin)) return badarg(p);
        std::string_view encoded(reinterpret_cast<const char*>(bin.data), bin.size);
        re::CompileError err;
        code = re::compile_pattern_binary(encoded, err);
        if (!code) return badarg(p);
        if (small_value(e[2]) != 0 && (!is_bitstring(subject) || (list_capture && !global)))
            return trap_to_re(p, a.urun, {subject, pattern, opt_list});
        if (global) {
            Term info = make_tuple2(p, opt_list, am_false);
            return trap_to_re(p, a.grun, {subject, pattern, info});
        }
        if (o.compile.newline || o.compile.bsr) {
            // PCRE 8.44 took newline and \R conventions at match time too; PCRE2 only at compile
            // time, so a different convention at run time compiles a variant (cached like the original).
            std::string_view source;
            re::CompileOptions copts;
            re::decode_pattern(encoded, source, copts);
            if (o.compile.newline) copts.newline = o.compile.newline;
            if (o.compile.bsr) copts.bsr = o.compile.bsr;
            code = re::compile(source, copts, err);
            if (!code) return badarg(p);
        }
    }

    Capture capture;
    if ((o.flags & kCaptureOpt) && !build_capture(o, *code, capture)) return badarg(p);
    Bytes subj;
    if (!get_bytes(subject, subj)) return badarg(p);
    if (o.offset > subj.size) return badarg(p);
    std::uint32_t all_options = code->all_options();
    bool utf = (all_options & PCRE2_UTF) != 0;
    if (mode == RunMode::Normal &&
        (subj.size - o.offset > kDirtySubjectBytes || (utf && first && subj.size > kDirtyUtfCheckBytes)))
        return schedule_dirty(p, dirty_spec(which));
    bool known_valid = false;
    if (utf) {
        // Checked here rather than by PCRE2 (the pattern has MATCH_INVALID_UTF: bifs/re_pattern.cpp).
        if (first && !re::valid_utf8(subj.data, subj.size)) return badarg(p);
        if (o.offset < subj.size && (subj.data[o.offset] & 0xC0) == 0x80) return badarg(p);
        // A later call of a global match (FirstCall false) over the same bytes is known valid; after
        // a collection dropped the memory, one check of the whole subject makes it known again.
        known_valid = first || checked_before(p, subj) ||
                      (code->valid_utf_only() && refc_block(subj) && re::valid_utf8(subj.data, subj.size));
        if (known_valid && !checked_before(p, subj)) remember_checked(p, subj);
    }

    std::uint32_t user_limit = (o.flags & kMatchLimit) ? o.match_limit : kDefaultMatchLimit;
    bool sliced = mode == RunMode::Normal && user_limit > kSliceMatchLimit;
    pcre2_match_context* mctx = pcre2_match_context_create(nullptr);
    pcre2_match_data* md = pcre2_match_data_create_from_pattern(code->get(), nullptr);
    if (mctx == nullptr || md == nullptr) {
        pcre2_match_context_free(mctx);
        pcre2_match_data_free(md);
        raise_error_args(p, am_system_limit);
        return kNonValue;
    }
    pcre2_set_match_limit(mctx, sliced ? kSliceMatchLimit : user_limit);
    bool windowed = mode == RunMode::Normal && subj.size - o.offset > kScanWindowBytes;
    if (windowed) pcre2_set_offset_limit(mctx, o.offset + kScanWindowBytes);
    if (o.flags & kMatchLimitRecursion) pcre2_set_depth_limit(mctx, o.depth_limit);
    // PCRE2 checks the UTF-8 itself only for a pattern that turns UTF on inside ("(*UTF)"): without
    // MATCH_INVALID_UTF, matching unchecked invalid UTF-8 would be undefined behaviour.
    std::uint32_t match_options = o.match | ((all_options & PCRE2_MATCH_INVALID_UTF) ? PCRE2_NO_UTF_CHECK : 0);
    const pcre2_code* compiled = known_valid && code->valid_utf_only() ? code->valid_utf_only() : code->get();
    int rc = pcre2_match(compiled, subj.data, subj.size, o.offset, match_options, md, mctx);
    pcre2_match_context_free(mctx);
    if ((rc == PCRE2_ERROR_MATCHLIMIT && sliced) || (rc == PCRE2_ERROR_NOMATCH && windowed)) {
        pcre2_match_data_free(md);
        return schedule_dirty(p, dirty_spec(which));
    }
    Term result;
    bool report = (o.flags & kReportErrors) != 0;
    if (rc >= 0) {
        if (rc == 0) rc = int(code->capture_count()) + 1;  // cannot happen: the ovector fits every group
        result = build_result(p, capture, subj, pcre2_get_ovector_pointer(md), rc);
    } else if (rc == PCRE2_ERROR_MATCHLIMIT) {
        result = report ? make_tuple2(p, am_error, a.match_limit) : a.nomatch;
    } else if (rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT) {
        result = report ? make_tuple2(p, am_error, a.match_limit_recursion) : a.nomatch;
    } else if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL || rc == PCRE2_ERROR_RECURSELOOP) {
        result = a.nomatch;
    } else {
        result = badarg(p);  // bad UTF-8 or offset (checked above), out of memory
    }
    pcre2_match_data_free(md);
    return result;
}

EMBER_BIF(bif_re_run_2) { return do_run(p, args, 0, RunMode::Normal); }
EMBER_BIF(bif_re_run_3) { return do_run(p, args, 1, RunMode::Normal); }
EMBER_BIF(bif_re_internal_run_4) { return do_run(p, args, 2, RunMode::Normal); }
Term dirty_run_2(Process* p, const Term* args) { return do_run(p, args, 0, RunMode::Dirty); }
Term dirty_run_3(Process* p, const Term* args) { return do_run(p, args, 1, RunMode::Dirty); }
Term dirty_internal_run_4(Process* p, const Term* args) { return do_run(p, args, 2, RunMode::Dirty); }

const BifSpec kDirtyRun[] = {
    {"re", "run", 2, dirty_run_2, kCapPure, DirtyKind::Cpu},
    {"re", "run", 3, dirty_run_3, kCapPure, DirtyKind::Cpu},
    {"re", "internal_run", 4, dirty_internal_run_4, kCapPure, DirtyKind::Cpu},
};
const BifSpec* dirty_spec(int which) { return &kDirtyRun[which]; }

// re:inspect(MP, namelist) -> {namelist, [Name]}: names sorted, a duplicated name once.
EMBER_BIF(bif_re_inspect_2) {
    const ReAtoms& a = A();
    Term mp = args[0];
    if (!is_tuple(mp) || tuple_arity(mp) != 5 || args[1] != a.namelist) return badarg(p);
    const Term* e = tuple_elements(mp);
    if (e[0] != a.re_pattern || !is_small(e[1]) || !is_small(e[2]) || !is_small(e[3]) || !is_bitstring(e[4]))
        return badarg(p);
    Bytes bin;
    if (!get_bytes(e[4], bin)) return badarg(p);
    re::CompileError err;
    auto code = re::compile_pattern_binary(std::string_view(reinterpret_cast<const char*>(bin.data), bin.size), err);
    if (!code) return badarg(p);
    std::vector<Term> names;
    const std::uint8_t* entry = code->name_table();
    std::string_view last;
    for (std::uint32_t i = 0; i < code->name_count(); ++i, entry += code->name_entry_size()) {
        std::string_view name(reinterpret_cast<const char*>(entry + 2));
        if (i > 0 && name == last) continue;
        names.push_back(make_binary(*p, name));
        last = name;
    }
    return make_tuple2(p, a.namelist, make_list_of(*p, names.data(), names.size()));
}

EMBER_BIF(bif_re_version_0) { return make_binary(*p, re::version()); }

const BifSpec kBifs[] = {
    {"re", "version", 0, bif_re_version_0, kCapPure},
    {"re", "compile", 1, bif_re_compile_1, kCapPure, DirtyKind::None, true},
    {"re", "compile", 2, bif_re_compile_2, kCapPure, DirtyKind::None, true},
    {"re", "run", 2, bif_re_run_2, kCapPure, DirtyKind::None, true},
    {"re", "run", 3, bif_re_run_3, kCapPure, DirtyKind::None, true},
    {"re", "internal_run", 4, bif_re_internal_run_4, kCapPure, DirtyKind::None, true},
    {"re", "inspect", 2, bif_re_inspect_2, kCapPure},
};

}  // namespace

std::span<const BifSpec> re_bifs() { return kBifs; }

}  // namespace ember::bifs
