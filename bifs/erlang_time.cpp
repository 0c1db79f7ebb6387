// erlang and os module BIFs about time (OTP erts erl_time_sup.c, erl_bif_info.c; the erlang and os module
// docs "Time and Time Correction in Erlang").
//
// Ember's clocks (std::chrono):
//   - native time unit = nanosecond: erlang:convert_time_unit(1, second, native) is 1000000000, as in
//     erl 25 on Linux. perf_counter is the same unit (steady_clock nanoseconds).
//   - Erlang monotonic time = steady_clock, shifted so that it starts at kMonotonicStart (erl starts its
//     monotonic clock near the smallest small integer, -576460752000000000 native units, and so do we:
//     values stay small integers for ~36 years).
//   - Erlang system time = monotonic time + time offset, always. The offset is system_clock (wall
//     clock) - monotonic time, read from one pair of samples at start; it stays so in erl's default
//     no_time_warp mode, is taken again once at finalize in single_time_warp mode, and follows
//     system_clock's steps in multi_time_warp mode (erl +C; clocks.hpp).
//   - erlang:now/0 is strictly increasing per runtime (a CAS on the last value handed out).
// Time unit arguments: second, millisecond, microsecond, nanosecond, native, perf_counter, the deprecated
// seconds/milli_seconds/micro_seconds/nano_seconds, or a positive integer (parts per second, bignums
// included). Conversion rounds toward negative infinity, like erlang:convert_time_unit/3.
#include <atomic>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <ctime>
#include <mutex>

#include "bifs/bif.hpp"
#include "bifs/clocks.hpp"
#include "vm/arith.hpp"
#include "vm/bignum.hpp"
#include "vm/messages.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
constexpr std::int64_t kMonotonicStart = -576'460'752'000'000'000;  // erlang:system_info(start_time) in erl 25

std::int64_t os_system_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct Clocks {
    std::chrono::steady_clock::time_point steady_base = std::chrono::steady_clock::now();
    std::atomic<std::int64_t> offset_ns{os_system_ns() - kMonotonicStart};  // system - monotonic
};

Clocks& clocks() {
    static Clocks c;
    return c;
}

// The time warp mode (erl +C) and time correction (+c) are set once, before the runtime starts.
TimeWarpMode g_warp_mode = TimeWarpMode::No;
bool g_time_correction = true;
std::atomic<bool> g_offset_preliminary{false};  // single_time_warp until the offset is finalized
std::mutex g_finalize_mutex;

// A multi_time_warp offset follows the OS system time: a step of the OS clock larger than this
// (an NTP step, a manual change) becomes a new offset, sent to the time offset monitors.
constexpr std::int64_t kOffsetStepNs = 1'000'000;

// The offset in microseconds, as erl keeps a finalized or changed one.
std::int64_t whole_microseconds(std::int64_t ns) { return ns / 1000 * 1000; }

}  // namespace

std::int64_t monotonic_ns() {
    auto d = std::chrono::steady_clock::now() - clocks().steady_base;
    return kMonotonicStart + std::chrono::duration_cast<std::chrono::nanoseconds>(d).count();
}
std::int64_t monotonic_start_ns() { return kMonotonicStart; }

bool set_time_warp_mode(std::string_view mode) {
    if (mode == "no_time_warp") g_warp_mode = TimeWarpMode::No;
    else if (mode == "single_time_warp") g_warp_mode = TimeWarpMode::Single;
    else if (mode == "multi_time_warp") g_warp_mode = TimeWarpMode::Multi;
    else return false;
    g_offset_preliminary.store(g_warp_mode == TimeWarpMode::Single);
    return true;
}
TimeWarpMode time_warp_mode() { return g_warp_mode; }
bool set_time_correction(std::string_view value) {
    if (value != "true" && value != "false") return false;
    g_time_correction = value == "true";
    return true;
}
bool time_correction() { return g_time_correction; }

TimeOffsetState time_offset_state() {
    switch (g_warp_mode) {
    case TimeWarpMode::No: return TimeOffsetState::Final;
    case TimeWarpMode::Multi: return TimeOffsetState::Volatile;
    case TimeWarpMode::Single: break;
    }
    return g_offset_preliminary.load() ? TimeOffsetState::Preliminary : TimeOffsetState::Final;
}

TimeOffsetState finalize_time_offset() {
    if (g_warp_mode != TimeWarpMode::Single) return time_offset_state();
    std::lock_guard lock(g_finalize_mutex);
    if (!g_offset_preliminary.load()) return TimeOffsetState::Final;
    // The offset becomes the OS system time's, and every time offset monitor hears of it (erl sends
    // the 'CHANGE' messages whether or not the value moved).
    std::int64_t offset = whole_microseconds(os_system_ns() - monotonic_ns());
    clocks().offset_ns.store(offset);
    g_offset_preliminary.store(false);
    notify_time_offset_change(offset);
    return TimeOffsetState::Preliminary;
}
std::int64_t steady_ns_of_monotonic(std::int64_t mono) {
    std::int64_t base = std::chrono::duration_cast<std::chrono::nanoseconds>(
                            clocks().steady_base.time_since_epoch()).count();
    return base + (mono - kMonotonicStart);
}

namespace {

// erlang:time_offset() in native units; in multi_time_warp mode, a step of the OS system time is
// noticed here (when the time is next read) and reported to the time offset monitors.
std::int64_t offset_ns() {
    std::int64_t offset = clocks().offset_ns.load(std::memory_order_relaxed);
    if (g_warp_mode != TimeWarpMode::Multi) return offset;
    std::int64_t now = os_system_ns() - monotonic_ns();
    if (std::abs(now - offset) <= kOffsetStepNs) return offset;
    std::int64_t changed = whole_microseconds(now);
    if (clocks().offset_ns.compare_exchange_strong(offset, changed)) {
        notify_time_offset_change(changed);
        return changed;
    }
    return offset;  // another thread changed it first
}

std::int64_t system_ns() { return monotonic_ns() + offset_ns(); }
std::int64_t perf_counter_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Parts per second of a time unit term, as a positive integer term; kNonValue if `unit` is not one.
Term unit_hz(Term unit) {
    static const Term second = AtomTable::global().intern("second");
    static const Term seconds = AtomTable::global().intern("seconds");
    static const Term millisecond = AtomTable::global().intern("millisecond");
    static const Term milli_seconds = AtomTable::global().intern("milli_seconds");
    static const Term microsecond = AtomTable::global().intern("microsecond");
    static const Term micro_seconds = AtomTable::global().intern("micro_seconds");
    static const Term nanosecond = AtomTable::global().intern("nanosecond");
    static const Term nano_seconds = AtomTable::global().intern("nano_seconds");
    static const Term perf_counter = AtomTable::global().intern("perf_counter");
    if (is_small(unit)) return small_value(unit) > 0 ? unit : kNonValue;
    if (is_bignum(unit)) return bignum_negative(unit) ? kNonValue : unit;
    if (unit == second || unit == seconds) return make_small(1);
    if (unit == millisecond || unit == milli_seconds) return make_small(1000);
    if (unit == microsecond || unit == micro_seconds) return make_small(1'000'000);
    if (unit == nanosecond || unit == nano_seconds || unit == am_native || unit == perf_counter)
        return make_small(kNanosPerSecond);
    return kNonValue;
}

// floor(time * to / from) for integer terms (from, to > 0); kNonValue only on a system_limit-sized result.
Term convert_units(HeapAllocator& h, Term time, Term from, Term to) {
    if (is_small(time) && is_small(from) && is_small(to)) {
        __int128 t = small_value(time), f = small_value(from), u = small_value(to);
        __int128 n = t * u;  // |t|, |u| < 2^59: no overflow
        __int128 q = n / f;
        if ((n % f != 0) && (n < 0)) --q;
        if (q >= INT64_MIN && q <= INT64_MAX) return make_integer(h, static_cast<std::int64_t>(q));
    }
    Term reason = kNil;
    Term n = arith_mul(h, to, time, &reason);
    if (n == kNonValue) return kNonValue;
    bool negative = is_small(time) ? small_value(time) < 0 : bignum_negative(time);
    if (negative) {
        Term adj = arith_sub(h, from, make_small(1), &reason);
        if (adj == kNonValue) return kNonValue;
        n = arith_sub(h, n, adj, &reason);
        if (n == kNonValue) return kNonValue;
    }
    return arith_div(h, n, from, &reason);
}

Term native_in_unit(Process* p, std::int64_t ns, Term unit) {
    Term hz = unit_hz(unit);
    if (hz == kNonValue) return badarg(p);
    Term r = convert_units(*p, make_integer(*p, ns), make_small(kNanosPerSecond), hz);
    if (r == kNonValue) return badarg(p);
    return r;
}

EMBER_BIF(bif_monotonic_time_0) { return make_integer(*p, monotonic_ns()); }
EMBER_BIF(bif_monotonic_time_1) { return native_in_unit(p, monotonic_ns(), args[0]); }
EMBER_BIF(bif_system_time_0) { return make_integer(*p, system_ns()); }
EMBER_BIF(bif_system_time_1) { return native_in_unit(p, system_ns(), args[0]); }
EMBER_BIF(bif_time_offset_0) { return make_integer(*p, offset_ns()); }
EMBER_BIF(bif_time_offset_1) { return native_in_unit(p, offset_ns(), args[0]); }
EMBER_BIF(bif_os_system_time_0) { return make_integer(*p, os_system_ns()); }
EMBER_BIF(bif_os_system_time_1) { return native_in_unit(p, os_system_ns(), args[0]); }
EMBER_BIF(bif_os_perf_counter_0) { return make_integer(*p, perf_counter_ns()); }
EMBER_BIF(bif_os_perf_counter_1) { return native_in_unit(p, perf_counter_ns(), args[0]); }

EMBER_BIF(bif_convert_time_unit_3) {
    Term time = args[0];
    Term from = unit_hz(args[1]);
    Term to = unit_hz(args[2]);
    if (!is_integer(time) || from == kNonValue || to == kNonValue) return badarg(p);
    Term r = convert_units(*p, time, from, to);
    if (r == kNonValue) return badarg(p);
    return r;
}

// {MegaSecs, Secs, MicroSecs} of a microsecond count.
Term timestamp_tuple(Process* p, std::int64_t us) {
    std::int64_t secs = us / 1'000'000;
    return make_tuple3(*p, make_small(secs / 1'000'000), make_small(secs % 1'000'000), make_small(us % 1'000'000));
}

EMBER_BIF(bif_timestamp_0) { return timestamp_tuple(p, system_ns() / 1000); }
EMBER_BIF(bif_os_timestamp_0) { return timestamp_tuple(p, os_system_ns() / 1000); }

// erlang:now/0: system time in microseconds, strictly increasing across all calls in the runtime.
EMBER_BIF(bif_now_0) {
    static std::atomic<std::int64_t> last{0};
    std::int64_t now = system_ns() / 1000;
    std::int64_t prev = last.load(std::memory_order_relaxed);
    std::int64_t next;
    do {
        next = now > prev ? now : prev + 1;
    } while (!last.compare_exchange_weak(prev, next, std::memory_order_relaxed));
    return timestamp_tuple(p, next);
}

// ---- calendar -----------------------------------------------------------------------------------------
struct DateTime {
    std::int64_t year, month, day, hour, minute, second;
};

Term make_date(Process* p, const DateTime& dt) {
    return make_tuple3(*p, make_integer(*p, dt.year), make_small(dt.month), make_small(dt.day));
}
Term make_time(Process* p, const DateTime& dt) {
    return make_tuple3(*p, make_small(dt.hour), make_small(dt.minute), make_small(dt.second));
}
Term make_datetime(Process* p, const DateTime& dt) { return make_tuple2(*p, make_date(p, dt), make_time(p, dt)); }

DateTime from_tm(const std::tm& tm) {
    return {std::int64_t(tm.tm_year) + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec};
}

DateTime local_now() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return from_tm(tm);
}
DateTime universal_now() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return from_tm(tm);
}

bool is_leap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
std::int64_t days_in_month(std::int64_t y, std::int64_t m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool small_in(Term t, std::int64_t lo, std::int64_t hi, std::int64_t* out) {
    if (!is_small(t) || small_value(t) < lo || small_value(t) > hi) return false;
    *out = small_value(t);
    return true;
}

// {{Y,M,D},{H,Mi,S}} with a valid date, min_year <= Y < INT_MAX and S <= 59. erl's bounds: 1902 (its
// BASE_YEAR) for the local/universal conversions, 1600 for universaltime_to_posixtime.
bool parse_datetime(Term t, DateTime* dt, std::int64_t min_year = 1902) {
    if (!is_tuple(t) || tuple_arity(t) != 2) return false;
    Term d = tuple_element(t, 0), tm = tuple_element(t, 1);
    if (!is_tuple(d) || tuple_arity(d) != 3 || !is_tuple(tm) || tuple_arity(tm) != 3) return false;
    if (!small_in(tuple_element(d, 0), min_year, INT_MAX - 1, &dt->year) ||
        !small_in(tuple_element(d, 1), 1, 12, &dt->month) ||
        !small_in(tuple_element(d, 2), 1, days_in_month(dt->year, dt->month), &dt->day) ||
        !small_in(tuple_element(tm, 0), 0, 23, &dt->hour) || !small_in(tuple_element(tm, 1), 0, 59, &dt->minute) ||
        !small_in(tuple_element(tm, 2), 0, 59, &dt->second))
        return false;
    return true;
}

std::tm to_tm(const DateTime& dt) {
    std::tm tm{};
    tm.tm_year = static_cast<int>(dt.year - 1900);
    tm.tm_mon = static_cast<int>(dt.month - 1);
    tm.tm_mday = static_cast<int>(dt.day);
    tm.tm_hour = static_cast<int>(dt.hour);
    tm.tm_min = static_cast<int>(dt.minute);
    tm.tm_sec = static_cast<int>(dt.second);
    return tm;
}

// localtime_to_universaltime(DateTime, IsDst): IsDst true/false/undefined as mktime's tm_isdst 1/0/-1.
Term local_to_universal(Process* p, Term datetime, Term is_dst) {
    DateTime dt;
    if (!parse_datetime(datetime, &dt)) return badarg(p);
    std::tm tm = to_tm(dt);
    if (is_dst == am_true) tm.tm_isdst = 1;
    else if (is_dst == am_false) tm.tm_isdst = 0;
    else if (is_dst == am_undefined) tm.tm_isdst = -1;
    else return badarg(p);
    std::tm probe = tm;
    std::time_t t = std::mktime(&tm);
    std::tm out{};
    if (t == static_cast<std::time_t>(-1)) {
        // -1 is also 1969-12-31T23:59:59Z; anything else means the time is not representable: as erl.
        probe.tm_sec -= 1;
        if (std::mktime(&probe) == static_cast<std::time_t>(-1)) return datetime;
    }
    if (!gmtime_r(&t, &out)) return datetime;
    return make_datetime(p, from_tm(out));
}

EMBER_BIF(bif_localtime_to_universaltime_1) { return local_to_universal(p, args[0], am_undefined); }
EMBER_BIF(bif_localtime_to_universaltime_2) { return local_to_universal(p, args[0], args[1]); }

EMBER_BIF(bif_universaltime_to_localtime_1) {
    DateTime dt;
    if (!parse_datetime(args[0], &dt)) return badarg(p);
    std::tm tm = to_tm(dt);
    std::time_t t = timegm(&tm);
    std::tm out{};
    if (!localtime_r(&t, &out)) return args[0];
    return make_datetime(p, from_tm(out));
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's civil algorithms).
std::int64_t days_from_civil(std::int64_t y, std::int64_t m, std::int64_t d) {
    y -= m <= 2;
    std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    std::int64_t yoe = y - era * 400;
    std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
void civil_from_days(std::int64_t z, DateTime* dt) {
    z += 719468;
    std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    std::int64_t doe = z - era * 146097;
    std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    std::int64_t mp = (5 * doy + 2) / 153;
    dt->day = doy - (153 * mp + 2) / 5 + 1;
    dt->month = mp < 10 ? mp + 3 : mp - 9;
    dt->year = yoe + era * 400 + (dt->month <= 2);
}

EMBER_BIF(bif_universaltime_to_posixtime_1) {
    DateTime dt;
    if (!parse_datetime(args[0], &dt, 1600)) return badarg(p);
    std::int64_t days = days_from_civil(dt.year, dt.month, dt.day);
    return make_integer(*p, days * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second);
}

// FIXME: erl gives odd results for years <= 0 (posixtime_to_universaltime(-62167219200) is
// {{-1,12,31},{0,0,0}}); Ember answers in the proleptic Gregorian calendar with a year 0.
EMBER_BIF(bif_posixtime_to_universaltime_1) {
    if (!is_small(args[0])) return badarg(p);
    std::int64_t t = small_value(args[0]);
    std::int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    std::int64_t secs = t - days * 86400;
    DateTime dt;
    civil_from_days(days, &dt);
    dt.hour = secs / 3600;
    dt.minute = secs / 60 % 60;
    dt.second = secs % 60;
    return make_datetime(p, dt);
}

EMBER_BIF(bif_date_0) { return make_date(p, local_now()); }
EMBER_BIF(bif_time_0) { return make_time(p, local_now()); }
EMBER_BIF(bif_localtime_0) { return make_datetime(p, local_now()); }
EMBER_BIF(bif_universaltime_0) { return make_datetime(p, universal_now()); }

const BifSpec kBifs[] = {
    {"erlang", "monotonic_time", 0, bif_monotonic_time_0, kCapTime},
    {"erlang", "monotonic_time", 1, bif_monotonic_time_1, kCapTime},
    {"erlang", "system_time", 0, bif_system_time_0, kCapTime},
    {"erlang", "system_time", 1, bif_system_time_1, kCapTime},
    {"erlang", "time_offset", 0, bif_time_offset_0, kCapTime},
    {"erlang", "time_offset", 1, bif_time_offset_1, kCapTime},
    {"erlang", "convert_time_unit", 3, bif_convert_time_unit_3, kCapPure},
    {"erlang", "timestamp", 0, bif_timestamp_0, kCapTime},
    {"erlang", "now", 0, bif_now_0, kCapTime},
    {"erlang", "date", 0, bif_date_0, kCapTime},
    {"erlang", "time", 0, bif_time_0, kCapTime},
    {"erlang", "localtime", 0, bif_localtime_0, kCapTime},
    {"erlang", "universaltime", 0, bif_universaltime_0, kCapTime},
    {"erlang", "localtime_to_universaltime", 1, bif_localtime_to_universaltime_1, kCapTime},
    {"erlang", "localtime_to_universaltime", 2, bif_localtime_to_universaltime_2, kCapTime},
    {"erlang", "universaltime_to_localtime", 1, bif_universaltime_to_localtime_1, kCapTime},
    {"erlang", "universaltime_to_posixtime", 1, bif_universaltime_to_posixtime_1, kCapPure},
    {"erlang", "posixtime_to_universaltime", 1, bif_posixtime_to_universaltime_1, kCapPure},
    {"os", "timestamp", 0, bif_os_timestamp_0, kCapTime},
    {"os", "system_time", 0, bif_os_system_time_0, kCapTime},
    {"os", "system_time", 1, bif_os_system_time_1, kCapTime},
    {"os", "perf_counter", 0, bif_os_perf_counter_0, kCapTime},
    {"os", "perf_counter", 1, bif_os_perf_counter_1, kCapTime},
};

}  // namespace

std::span<const BifSpec> erlang_time_bifs() { return kBifs; }

}  // namespace ember::bifs
