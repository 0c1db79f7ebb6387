// Emulator flags for both boots (see tools/ember/emulator_flags.hpp).
#include "tools/ember/emulator_flags.hpp"

#include <algorithm>
#include <charconv>
#include <cstdarg>
#include <thread>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "bifs/bif.hpp"
#include "bifs/clocks.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/gc.hpp"

namespace ember::tools {

namespace {

// A bad emulator flag value: erl's message, then the usage line. Returns 1 (the caller's result).
[[gnu::format(printf, 1, 2)]] int usage_error(const char* format, ...) {
    std::va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::fputs("\r\nUsage: ember [flags] [ -- [init_args] ] (see erl(1))\n", stderr);
    return 1;
}

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
            return usage_error("bad time correction %s", v.c_str());
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
        // +S Schedulers:SchedulersOnline, read as erl_init.c's early_init reads it: sscanf "%d:%d",
        // else ":%d" (the default schedulers, that many online); with Schedulers alone, as many online
        // as that or the default online count, whichever is fewer. A value of 0 or less counts down from
        // the default: the logical processors configured (schedulers) or available (online).
        int configured = int(std::max(1u, std::thread::hardware_concurrency()));
        int available = std::min(configured, int(scheduler::available_processors()));
        int total = 0, online = 0;
        int read = std::sscanf(v.c_str(), "%d:%d", &total, &online);
        if (read <= 0) {
            if (std::sscanf(v.c_str(), ":%d", &online) != 1) return usage_error("bad amount of schedulers %s", v.c_str());
            total = configured;
        } else if (read == 1) {
            online = std::min(total, available);
        }
        int schedulers = total > 0 ? total : configured + total;
        int schedulers_online = online > 0 ? online : available + online;
        if (schedulers < 1 || schedulers > 1024) return usage_error("bad amount of schedulers %d", total);
        if (schedulers_online < 1 || schedulers_online > schedulers)
            return usage_error("bad amount of schedulers online %d (total amount of schedulers %d)", schedulers_online, schedulers);
        out.scheduler.schedulers = unsigned(schedulers);
        out.scheduler.schedulers_online = unsigned(schedulers_online);
    } else if (f == "+SDcpu" || f == "+SDio" || f == "+P") {
        unsigned n = 0;
        bool ok = f == "+P" ? parse_count(v, n, 134217727) && n >= 1024 : parse_count(v, n, 1024);
        if (!ok) {
            const char* what = f == "+P"       ? "number of processes"
                               : f == "+SDcpu" ? "number of dirty CPU schedulers" : "number of dirty I/O schedulers";
            return usage_error("bad %s %s", what, v.c_str());
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
                return usage_error("bad max heap size %s", v.c_str());
            }
            d.size = vm::Word(n);
        } else if (v == "true" || v == "false") {
            (f == "+hmaxk" ? d.kill : d.error_logger) = v == "true";
        } else {
            return usage_error("bad max heap %s %s", f == "+hmaxk" ? "kill" : "error logger", v.c_str());
        }
        vm::set_default_max_heap_size(d);
    }
    if (f == "+pc") {
        // What io:printable_range/0 answers (erl_init.c).
        if (v != "unicode" && v != "latin1") {
            return usage_error("bad range of printable characters: %s", v.c_str());
        }
        bifs::set_printable_range_unicode(v == "unicode");
    }
    if (f == "+C" && !bifs::set_time_warp_mode(v)) {
        return usage_error("Invalid time warp mode: %s", v.c_str());
    }
    // The others tune erts internals Ember does not have (allocators, binding, polling): accepted.
    return 0;
}

}  // namespace ember::tools
