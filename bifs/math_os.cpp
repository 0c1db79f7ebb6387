// math module BIFs (OTP erts/emulator/beam/erl_math.c) and os module BIFs (OTP erts os.c / erl_bif_os.c:
// getenv, putenv, unsetenv, env, getpid). The time BIFs of os (timestamp, system_time, perf_counter) are in
// bifs/erlang_time.cpp with their erlang siblings.
//
// math error rules, as erl 25: an argument that is not a number raises badarg; an integer too big for a
// double, or a result that is not finite (NaN, +-inf: math:log(0), math:sqrt(-1), math:pow(10, 400)),
// raises badarith. Arguments are checked left to right.
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <mutex>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "vm/arith.hpp"
#include "vm/bignum.hpp"
#include "vm/unicode.hpp"

extern char** environ;

namespace ember::bifs {

using namespace ember::vm;

namespace {

// ---- math ---------------------------------------------------------------------------------------------

// A math argument as a double; on failure raises (badarg or badarith) and returns false.
bool math_arg(Process* p, Term t, double* out) {
    if (is_float(t)) {
        *out = float_value(t);
        return true;
    }
    if (!is_integer(t)) {
        badarg(p);
        return false;
    }
    if (!integer_to_double(t, out)) {
        raise_error_args(p, am_badarith);
        return false;
    }
    return true;
}

// The float result, or badarith when it is not finite.
Term math_result(Process* p, double d) {
    if (!std::isfinite(d)) {
        raise_error_args(p, am_badarith);
        return kNonValue;
    }
    return make_float(*p, d);
}

template <double (*F)(double)>
Term math1(Process* p, const Term* args) {
    double a;
    if (!math_arg(p, args[0], &a)) return kNonValue;
    return math_result(p, F(a));
}

template <double (*F)(double, double)>
Term math2(Process* p, const Term* args) {
    double a, b;
    if (!math_arg(p, args[0], &a) || !math_arg(p, args[1], &b)) return kNonValue;
    return math_result(p, F(a, b));
}

// Plain function pointers for the overloaded <cmath> names.
double m_sin(double x) { return std::sin(x); }
double m_cos(double x) { return std::cos(x); }
double m_tan(double x) { return std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_atanh(double x) { return std::atanh(x); }
double m_exp(double x) { return std::exp(x); }
double m_log(double x) { return std::log(x); }
double m_log2(double x) { return std::log2(x); }
double m_log10(double x) { return std::log10(x); }
double m_sqrt(double x) { return std::sqrt(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
double m_ceil(double x) { return std::ceil(x); }
double m_floor(double x) { return std::floor(x); }
double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_pow(double x, double y) { return std::pow(x, y); }
double m_fmod(double x, double y) { return std::fmod(x, y); }

// ---- os environment -----------------------------------------------------------------------------------
// getenv/setenv are not thread-safe in glibc: every access from a BIF goes through this mutex.
std::mutex& env_mutex() {
    static std::mutex m;
    return m;
}

// Flattens a deep list of code points (no binaries, like erl's native-name check for env names and
// values) into UTF-8. False when it is not one or contains NUL.
bool env_chars(Term t, std::string& out) {
    out.clear();
    std::vector<Term> rest;  // tails of the enclosing lists still to walk
    rest.push_back(t);
    while (!rest.empty()) {
        Term cur = rest.back();
        rest.pop_back();
        while (is_list(cur)) {
            Term c = car(cur);
            if (is_list(c) || c == kNil) {
                rest.push_back(cdr(cur));
                cur = c;
                continue;
            }
            if (!is_small(c) || small_value(c) <= 0 || small_value(c) > 0x10FFFF ||
                !is_valid_code_point(static_cast<std::uint32_t>(small_value(c))))
                return false;
            utf8_append(out, static_cast<std::uint32_t>(small_value(c)));
            cur = cdr(cur);
        }
        if (cur != kNil) return false;
    }
    return true;
}

// An env name: chars as above, without '='. (The empty name is allowed: getenv("") is false.)
bool env_name(Term t, std::string& out) { return env_chars(t, out) && out.find('=') == std::string::npos; }

// Text from the environment as a list of code points: UTF-8 when valid, else bytes (latin1).
Term env_text_to_list(Process* p, std::string_view s) {
    std::vector<Term> cps;
    cps.reserve(s.size());
    std::size_t pos = 0;
    bool valid = true;
    while (pos < s.size()) {
        std::uint32_t cp;
        std::size_t n = utf8_decode(s, pos, cp);
        if (n == 0) {
            valid = false;
            break;
        }
        cps.push_back(make_small(cp));
        pos += n;
    }
    if (!valid) {
        cps.clear();
        for (unsigned char c : s) cps.push_back(make_small(c));
    }
    return make_list_of(*p, cps.data(), cps.size());
}

EMBER_BIF(bif_os_getenv_1) {
    std::string name;
    if (!env_name(args[0], name)) return badarg(p);
    std::string value;
    {
        std::lock_guard lock(env_mutex());
        const char* v = name.empty() ? nullptr : std::getenv(name.c_str());
        if (!v) return am_false;
        value = v;
    }
    return env_text_to_list(p, value);
}

EMBER_BIF(bif_os_putenv_2) {
    std::string name, value;
    if (!env_name(args[0], name) || !env_chars(args[1], value)) return badarg(p);
    std::lock_guard lock(env_mutex());
    // setenv rejects the empty name; erl's putenv("", V) returns true and changes nothing visible.
    if (!name.empty() && ::setenv(name.c_str(), value.c_str(), 1) != 0) return badarg(p);
    return am_true;
}

EMBER_BIF(bif_os_unsetenv_1) {
    std::string name;
    if (!env_name(args[0], name)) return badarg(p);
    std::lock_guard lock(env_mutex());
    if (!name.empty()) ::unsetenv(name.c_str());
    return am_true;
}

// os:env/0: [{Name, Value}] for every variable, in environ order.
EMBER_BIF(bif_os_env_0) {
    std::vector<std::string> entries;
    {
        std::lock_guard lock(env_mutex());
        for (char** e = environ; e && *e; ++e) entries.emplace_back(*e);
    }
    Term list = kNil;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        std::string_view entry = *it;
        std::size_t eq = entry.find('=', 1);  // a name may start with '=' on some systems
        if (eq == std::string_view::npos) continue;
        Term name = env_text_to_list(p, entry.substr(0, eq));
        Term value = env_text_to_list(p, entry.substr(eq + 1));
        list = make_cons(*p, make_tuple2(*p, name, value), list);
    }
    return list;
}

EMBER_BIF(bif_os_getpid_0) {
    std::string pid = std::to_string(::getpid());
    return make_charlist(*p, pid);
}

const BifSpec kBifs[] = {
    {"math", "sin", 1, math1<m_sin>, kCapPure},
    {"math", "cos", 1, math1<m_cos>, kCapPure},
    {"math", "tan", 1, math1<m_tan>, kCapPure},
    {"math", "asin", 1, math1<m_asin>, kCapPure},
    {"math", "acos", 1, math1<m_acos>, kCapPure},
    {"math", "atan", 1, math1<m_atan>, kCapPure},
    {"math", "sinh", 1, math1<m_sinh>, kCapPure},
    {"math", "cosh", 1, math1<m_cosh>, kCapPure},
    {"math", "tanh", 1, math1<m_tanh>, kCapPure},
    {"math", "asinh", 1, math1<m_asinh>, kCapPure},
    {"math", "acosh", 1, math1<m_acosh>, kCapPure},
    {"math", "atanh", 1, math1<m_atanh>, kCapPure},
    {"math", "exp", 1, math1<m_exp>, kCapPure},
    {"math", "log", 1, math1<m_log>, kCapPure},
    {"math", "log2", 1, math1<m_log2>, kCapPure},
    {"math", "log10", 1, math1<m_log10>, kCapPure},
    {"math", "sqrt", 1, math1<m_sqrt>, kCapPure},
    {"math", "erf", 1, math1<m_erf>, kCapPure},
    {"math", "erfc", 1, math1<m_erfc>, kCapPure},
    {"math", "ceil", 1, math1<m_ceil>, kCapPure},
    {"math", "floor", 1, math1<m_floor>, kCapPure},
    {"math", "atan2", 2, math2<m_atan2>, kCapPure},
    {"math", "pow", 2, math2<m_pow>, kCapPure},
    {"math", "fmod", 2, math2<m_fmod>, kCapPure},
    {"os", "getenv", 1, bif_os_getenv_1, kCapOsProcess},
    {"os", "putenv", 2, bif_os_putenv_2, kCapOsProcess},
    {"os", "unsetenv", 1, bif_os_unsetenv_1, kCapOsProcess},
    {"os", "env", 0, bif_os_env_0, kCapOsProcess},
    {"os", "getpid", 0, bif_os_getpid_0, kCapOsProcess},
};

}  // namespace

std::span<const BifSpec> math_os_bifs() { return kBifs; }

}  // namespace ember::bifs
