// File name BIFs of erts that OTP's file and prim_file modules call (OTP erl_unicode.c
// prim_file:internal_name2native/1 etc., file:native_name_encoding/0), plus
// erts_internal:spawn_system_process/3 which prim_file's on_load uses for its janitor process, and
// erlang:dt_spread_tag/1 and friends, which file.erl calls around every file_server_2 request.
//
// Ember runs as erl's default +fnu on a UTF-8 system: a name given as a (deep) list of code points is
// encoded as UTF-8, a binary name is taken as raw bytes; the native form ends with a NUL byte, and a
// name containing NUL is badarg (as erl). A native name that is not valid UTF-8 decodes to
// {error, warning}, erl's answer under its default +fnuw.
#include <string>

#include "bifs/bif.hpp"
#include "nif/static_nifs.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/unicode.hpp"

namespace ember::nif {

using namespace ember::vm;

// The native (NUL-less) form of a file name term, or false if it is not one (see above).
bool native_name(Term t, std::string& out) {
    out.clear();
    if (is_bitstring(t)) {
        BinaryRef r = binary_ref(t);
        if (!r.is_binary() || !r.byte_aligned()) return false;
        out.assign(reinterpret_cast<const char*>(r.data), r.byte_size());
    } else {
        // A deep list of code points (erl flattens it).
        std::vector<Term> rest{t};
        while (!rest.empty()) {
            Term cur = rest.back();
            rest.pop_back();
            while (cur != kNil) {
                if (!is_list(cur)) return false;
                Term h = car(cur);
                if (is_small(h)) {
                    SWord v = small_value(h);
                    if (v < 0 || !is_valid_code_point(static_cast<std::uint32_t>(v))) return false;
                    utf8_append(out, static_cast<std::uint32_t>(v));
                } else if (is_list(h) || h == kNil) {
                    rest.push_back(cdr(cur));
                    cur = h;
                    continue;
                } else {
                    return false;
                }
                cur = cdr(cur);
            }
        }
    }
    return out.find('\0') == std::string::npos;
}

// A native name as erl returns it to Erlang: a list of code points, or kNonValue if not valid UTF-8.
Term name_from_native(Process* p, std::string_view s) {
    std::vector<Term> cps;
    for (std::size_t pos = 0; pos < s.size();) {
        std::uint32_t cp;
        std::size_t n = utf8_decode(s, pos, cp);
        if (n == 0) return kNonValue;
        cps.push_back(make_small(cp));
        pos += n;
    }
    return make_list_of(*p, cps.data(), cps.size());
}

namespace {

EMBER_BIF(bif_internal_name2native) {
    std::string name;
    if (!native_name(args[0], name)) return badarg(p);
    name.push_back('\0');
    return make_binary(*p, name);
}

EMBER_BIF(bif_internal_native2name) {
    if (!is_bitstring(args[0]) || !binary_ref(args[0]).is_binary()) return badarg(p);
    BinaryRef r = binary_ref(args[0]);
    std::string s(reinterpret_cast<const char*>(r.data), r.byte_size());
    Term t = name_from_native(p, s);
    if (t == kNonValue) return make_tuple2(*p, am_error, bifs::atom("warning"));
    return t;
}

EMBER_BIF(bif_internal_normalize_utf8) {
    // erl normalizes to NFC only on systems whose file names are (macOS); on Linux the name is kept.
    if (!is_bitstring(args[0]) || !binary_ref(args[0]).is_binary()) return badarg(p);
    BinaryRef r = binary_ref(args[0]);
    std::string s(reinterpret_cast<const char*>(r.data), r.byte_size());
    Term t = name_from_native(p, s);
    if (t == kNonValue) return badarg(p);
    return t;
}

EMBER_BIF(bif_is_translatable) {
    if (!is_bitstring(args[0]) || !binary_ref(args[0]).is_binary()) return badarg(p);
    BinaryRef r = binary_ref(args[0]);
    std::size_t count;
    return make_bool(utf8_count_chars(std::string_view(reinterpret_cast<const char*>(r.data), r.byte_size()), count));
}

EMBER_BIF(bif_native_name_encoding) { return bifs::atom("utf8"); }

// The dynamic-trace tag BIFs file.erl wraps every file_server call in (OTP erl_bif_info.c, a build
// without dtrace: spreading is a no-op and there is no tag).
EMBER_BIF(bif_dt_spread_tag) {
    if (args[0] != am_true && args[0] != am_false) return badarg(p);
    return am_true;
}
EMBER_BIF(bif_dt_restore_tag) { return am_true; }
EMBER_BIF(bif_dt_get_tag) { return am_undefined; }

EMBER_BIF(bif_spawn_system_process) {
    // erl: a process init:restart/0 does not kill; Ember has no restart, so it is an ordinary spawn.
    if (!is_atom(args[0]) || !is_atom(args[1]) || list_length(args[2]) < 0) return badarg(p);
    return scheduler::Scheduler::global().spawn(p, args[0], args[1], args[2], {});
}

const BifSpec kBifs[] = {
    {"prim_file", "internal_name2native", 1, bif_internal_name2native, kCapPure},
    {"prim_file", "internal_native2name", 1, bif_internal_native2name, kCapPure},
    {"prim_file", "internal_normalize_utf8", 1, bif_internal_normalize_utf8, kCapPure},
    {"prim_file", "is_translatable", 1, bif_is_translatable, kCapPure},
    {"file", "native_name_encoding", 0, bif_native_name_encoding, kCapPure},
    {"erts_internal", "spawn_system_process", 3, bif_spawn_system_process, kCapProcess},
    {"erlang", "dt_spread_tag", 1, bif_dt_spread_tag, kCapPure},
    {"erlang", "dt_restore_tag", 1, bif_dt_restore_tag, kCapPure},
    {"erlang", "dt_get_tag", 0, bif_dt_get_tag, kCapPure},
};

}  // namespace

std::span<const BifSpec> file_name_bifs() { return kBifs; }

}  // namespace ember::nif
