// Emulator flags for both boots (see tools/ember/emulator_flags.hpp).
#include "tools/ember/emulator_flags.hpp"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "bifs/bif.hpp"
#include "bifs/clocks.hpp"
#include "vm/gc.hpp"

namespace ember::tools {

namespace {

bool parse_count(std::string_view v, unsigned& n, unsigned max) {
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    return ec == std::errc() && n >= 1 && n <= max && (end == v.data() + v.size() || *end == ':');
}

// erl's emulator flags (erts/doc erl.xml "Emulator Flags"): the prefix and whether a value follows,
// attached (+A1, +sbtu) or as the next argument (+A 1), as erl_init.c reads them. Longest prefix wins.
struct EmulatorFlag {
    std::string_view prefix;
    bool value;
};
constexpr EmulatorFlag kEmulatorFlags[] = {
    {"+a", true},      {"+A", true},      {"+B", false},      {"+c", true},      {"+C", true},      {"+d", false},
    {"+dcg", true},    {"+e", true},      {"+ec", false},     {"+fnl", false},   {"+fnu", false},   {"+fna", false},
    {"+hms", true},    {"+hmbs", true},   {"+hmax", true},    {"+hmaxel", true}, {"+hmaxk", true},  {"+hmaxib", true},
    {"+hpds", true},   {"+hmqd", true},   {"+IOp", true},     {"+IOt", true},    {"+IOPp", true},   {"+IOPt", true},
    {"+J", true},      {"+L", false},     {"+M", true},       {"+pc", true},     {"+P", true},      {"+Q", true},
    {"+R", true},      {"+r", false},     {"+rg", true},      {"+S", true},      {"+SP", true},     {"+SDcpu", true},
    {"+SDPcpu", true}, {"+SDio", true},   {"+sbt", true},     {"+sbwt", true},   {"+sbwtdcpu", true},
    {"+sbwtdio", true}, {"+scl", true},   {"+sct", true},     {"+secio", true},  {"+sfwi", true},    {"+spp", true},
    {"+ss", true},     {"+ssdcpu", true}, {"+ssdio", true},   {"+sss", true},    {"+stbt", true},   {"+sub", true},
    {"+swct", true},   {"+swt", true},    {"+swtdcpu", true}, {"+swtdio", true}, {"+t", true},      {"+T", true},
    {"+v", false},     {"+V", false},     {"+W", true},       {"+zdbbl", true},  {"+zdntgc", true},
    {"+ssrct", false}, {"+sws", true},    {"+sssdcpu", true}, {"+sssdio", true}, {"+zosrl", true},  {"+n", false},
    {"+JDdump", true}, {"+JPperf", true}, {"+K", true},
};

// The flag `arg` starts with, or nullptr. A flag without a value must match exactly, except +B (+Bc,
// +Bd, +Bi) and +fnl/+fnu/+fna (with a w, i or e suffix).
const EmulatorFlag* find_emulator_flag(std::string_view arg) {
    const EmulatorFlag* best = nullptr;
    for (const EmulatorFlag& f : kEmulatorFlags) {
        if (!arg.starts_with(f.prefix) || (best && best->prefix.size() >= f.prefix.size())) continue;
        bool suffix_ok = f.value || arg.size() == f.prefix.size() || f.prefix == "+B" || f.prefix == "+n" ||
                         f.prefix.starts_with("+fn");
        if (suffix_ok) best = &f;
    }
    return best;
}

}  // namespace

int read_emulator_flag(const std::vector<std::string>& args, std::size_t& i, EmulatorSettings& out) {
    const std::string& a = args[i];
    auto value = [&]() -> const std::string* {
        if (i + 1 < args.size()) return &args[++i];
        std::fprintf(stderr, "Missing argument(s) for '%s'.\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", a.c_str());
        return nullptr;
    };
    if (a.starts_with("+B")) {
        // erl_init.c: +Bc, +Bd, +Bi, or +B followed by c/d/i as the next argument; +B alone is +Bd.
        char how = a.size() > 2 ? a[2] : 0;
        if (!how && i + 1 < args.size() && !args[i + 1].empty() &&
            (args[i + 1][0] == 'c' || args[i + 1][0] == 'd' || args[i + 1][0] == 'i'))
            how = args[++i][0];
        out.break_mode = how == 'c'   ? scheduler::BreakMode::ShellInterrupt
                        : how == 'i' ? scheduler::BreakMode::Ignore
                                     : scheduler::BreakMode::Disabled;
        return 0;
    }
    const EmulatorFlag* flag = find_emulator_flag(a);
    if (flag && flag->prefix == "+c") {
        // +c [true|false] (erl_init.c): the value attached, or the next argument if it is one of the
        // two; +c alone disables time correction.
        std::string v = a.substr(2);
        if (v.empty() && i + 1 < args.size() && (args[i + 1] == "true" || args[i + 1] == "false")) v = args[++i];
        if (!bifs::set_time_correction(v.empty() ? "false" : v)) {
            std::fprintf(stderr, "bad time correction %s\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", v.c_str());
            return 1;
        }
        return 0;
    }
    if (!flag) {
        std::fprintf(stderr, "ember: emulator flag %s is not supported\n", a.c_str());
        return 1;
    }
    std::string v;
    if (flag->prefix == "+M") {
        // +M<Allocator><Param> <Value> (erts_alloc): the value is always the next argument.
        if (const std::string* next = value()) v = *next;
        else return 1;
    } else if (flag->value) {
        if (a.size() > flag->prefix.size()) v = a.substr(flag->prefix.size());
        else if (const std::string* next = value()) v = *next;
        else return 1;
    }
    std::string_view f = flag->prefix;
    if (f == "+S") {
        // +S Schedulers:SchedulersOnline (erl_init.c), either part optional: ":1" keeps the default
        // schedulers and puts one online. The online count may not exceed the schedulers.
        std::string_view all = v, total = all.substr(0, all.find(':'));
        std::string_view online = total.size() < all.size() ? all.substr(total.size() + 1) : std::string_view{};
        unsigned n = 0, m = 0;
        if (!total.empty() && !parse_count(total, n, 1024)) {
            std::fprintf(stderr, "bad amount of schedulers %s\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", v.c_str());
            return 1;
        }
        if (!online.empty() && !parse_count(online, m, 1024)) {
            std::fprintf(stderr, "bad number of schedulers online %.*s\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n",
                         int(online.size()), online.data());
            return 1;
        }
        if (n != 0 && m > n) {
            std::fprintf(stderr, "bad amount of schedulers online %u (total amount of schedulers %u)\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", m, n);
            return 1;
        }
        if (n != 0) out.scheduler.schedulers = n;
        if (m != 0) out.scheduler.schedulers_online = m;
    } else if (f == "+SDcpu" || f == "+SDio" || f == "+P") {
        unsigned n = 0;
        bool ok = f == "+P" ? parse_count(v, n, 134217727) && n >= 1024 : parse_count(v, n, 1024);
        if (!ok) {
            const char* what = f == "+P"       ? "number of processes"
                               : f == "+SDcpu" ? "number of dirty CPU schedulers" : "number of dirty I/O schedulers";
            std::fprintf(stderr, "bad %s %s\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", what, v.c_str());
            return 1;
        }
        if (f == "+SDcpu") out.scheduler.dirty_cpu = n;
        else if (f == "+SDio") out.scheduler.dirty_io = n;
        // +P: Ember's process table has no fixed limit; the value is checked only.
    }
    if (f == "+hmax" || f == "+hmaxk" || f == "+hmaxel") {
        // The system default max_heap_size (erl_init.c; erlang:system_flag(max_heap_size, _)): +hmax
        // words as strtol reads them (no number: 0), +hmaxk / +hmaxel true or false.
        vm::MaxHeapSize d = vm::default_max_heap_size();
        if (f == "+hmax") {
            long long n = std::strtoll(v.c_str(), nullptr, 10);
            if (n < 0 || n > vm::kMaxSmall) {
                std::fprintf(stderr, "bad max heap size %s\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", v.c_str());
                return 1;
            }
            d.size = vm::Word(n);
        } else if (v == "true" || v == "false") {
            (f == "+hmaxk" ? d.kill : d.error_logger) = v == "true";
        } else {
            std::fprintf(stderr, "bad max heap %s %s\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n",
                         f == "+hmaxk" ? "kill" : "error logger", v.c_str());
            return 1;
        }
        vm::set_default_max_heap_size(d);
    }
    if (f == "+pc") {
        // What io:printable_range/0 answers (erl_init.c).
        if (v != "unicode" && v != "latin1") {
            std::fprintf(stderr, "bad range of printable characters: %s\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", v.c_str());
            return 1;
        }
        bifs::set_printable_range_unicode(v == "unicode");
    }
    if (f == "+C" && !bifs::set_time_warp_mode(v)) {
        std::fprintf(stderr, "Invalid time warp mode: %s\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", v.c_str());
        return 1;
    }
    // The others tune erts internals Ember does not have (allocators, binding, polling): accepted.
    return 0;
}

}  // namespace ember::tools
