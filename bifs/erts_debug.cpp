// erts_debug's dirty-scheduler test BIFs (OTP erts/emulator/beam/erl_bif_info.c, erts_debug_dirty_cpu_2,
// erts_debug_dirty_io_2, erts_debug_dirty_3). They tell guest code which kind of thread ran a call, so
// the routing of dirty natives can be checked against erl:
//   erts_debug:dirty_cpu(scheduler, type) -> dirty_cpu     (runs on the dirty CPU pool)
//   erts_debug:dirty_io(scheduler, type)  -> dirty_io      (runs on the dirty IO pool)
//   erts_debug:dirty(Mode, A, B)          -> the same on the pool Mode names: normal | dirty_cpu | dirty_io
//   (wait, Ms)                            -> ok after blocking that thread Ms milliseconds (Ms < 0: at once)
// Any other arguments, and any other Mode, raise badarg. erl also accepts a few internal test
// operations (reschedule, alive_waitexiting, ...) that Ember does not have; they raise badarg here.
#include <chrono>
#include <thread>

#include "bifs/bif.hpp"
#include "vm/dirty.hpp"

namespace ember::bifs {

using namespace ember::vm;

namespace {

// The operation itself, on whatever thread the caller was routed to.
Term dirty_test(Process* p, Term op, Term arg) {
    static const Term am_scheduler = atom("scheduler");
    static const Term am_wait = atom("wait");
    if (op == am_scheduler && arg == am_type) {
        switch (current_dirty_kind()) {
            case DirtyKind::Cpu: return atom("dirty_cpu");
            case DirtyKind::Io: return atom("dirty_io");
            case DirtyKind::None: return am_normal;
        }
    }
    if (op == am_wait && is_small(arg)) {
        SWord ms = small_value(arg);
        if (ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        return am_ok;
    }
    return badarg(p);
}

EMBER_BIF(bif_erts_debug_dirty_cpu_2) { return dirty_test(p, args[0], args[1]); }
EMBER_BIF(bif_erts_debug_dirty_io_2) { return dirty_test(p, args[0], args[1]); }

// dirty/3 on a dirty pool: the arguments are still (Mode, Op, Arg).
Term dirty_3_on_pool(Process* p, const Term* args) { return dirty_test(p, args[1], args[2]); }
const BifSpec kDirty3Cpu{"erts_debug", "dirty", 3, dirty_3_on_pool, kCapPure, DirtyKind::Cpu};
const BifSpec kDirty3Io{"erts_debug", "dirty", 3, dirty_3_on_pool, kCapPure, DirtyKind::Io};

EMBER_BIF(bif_erts_debug_dirty_3) {
    static const Term am_dirty_cpu = atom("dirty_cpu");
    static const Term am_dirty_io = atom("dirty_io");
    if (args[0] == am_normal) return dirty_test(p, args[1], args[2]);
    if (args[0] == am_dirty_cpu) return schedule_dirty(p, &kDirty3Cpu);
    if (args[0] == am_dirty_io) return schedule_dirty(p, &kDirty3Io);
    return badarg(p);
}

const BifSpec kBifs[] = {
    {"erts_debug", "dirty_cpu", 2, bif_erts_debug_dirty_cpu_2, kCapPure, DirtyKind::Cpu},
    {"erts_debug", "dirty_io", 2, bif_erts_debug_dirty_io_2, kCapPure, DirtyKind::Io},
    {"erts_debug", "dirty", 3, bif_erts_debug_dirty_3, kCapPure},
};

}  // namespace

std::span<const BifSpec> erts_debug_bifs() { return kBifs; }

}  // namespace ember::bifs
