// erl_tracer NIFs (OTP erts/emulator/beam/erl_tracer_nif.c; erts/doc erl_tracer.xml): the default tracer
// module, whose state is the tracer pid or port. enabled/3 says whether the tracer is still there;
// trace/5 sends the trace message: {trace, Tracee, Tag, Msg} ({trace_ts, ..., Timestamp} when the
// options carry a timestamp), with the options' extra term after Msg; seq_trace events are
// {seq_trace, Label, Msg} (Tracee is the label).
#include "bifs/bif.hpp"
#include "nif/static_nifs.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/map.hpp"
#include "vm/messages.hpp"

namespace ember::nif {

using namespace ember::vm;

namespace {

// enabled(TraceTag, TracerState, Tracee) -> trace | remove
EMBER_BIF(nif_enabled) {
    Term tracer = args[1];
    if (is_local_pid(tracer)) return scheduler::Scheduler::global().is_alive(tracer) ? bifs::atom("trace") : bifs::atom("remove");
    if (is_local_port(tracer)) return bifs::atom("trace");
    return bifs::atom("remove");
}

// trace(TraceTag, TracerState, Tracee, TraceTerm, Opts) -> ok
EMBER_BIF(nif_trace) {
    Term tag = args[0], tracer = args[1], tracee = args[2], msg = args[3], opts = args[4];
    if (!is_local_pid(tracer) || !is_map(opts)) return am_ok;
    Term extra = map_get(opts, bifs::atom("extra"));
    Term ts = map_get(opts, bifs::atom("timestamp"));
    Term items[6];
    std::size_t n = 0;
    if (tag == bifs::atom("seq_trace")) {
        items[n++] = bifs::atom("seq_trace");
        items[n++] = tracee;
        items[n++] = msg;
    } else {
        items[n++] = ts != kNonValue ? bifs::atom("trace_ts") : bifs::atom("trace");
        items[n++] = tracee;
        items[n++] = tag;
        items[n++] = msg;
        if (extra != kNonValue) items[n++] = extra;
    }
    if (ts != kNonValue) items[n++] = ts;
    Term* hp = p->alloc(n + 1);
    hp[0] = make_header(n, Subtag::Tuple);
    for (std::size_t i = 0; i < n; ++i) hp[i + 1] = items[i];
    Term t = make_boxed(hp);
    deliver_message(tracer, t);
    return am_ok;
}

const BifSpec kNifs[] = {
    {"erl_tracer", "enabled", 3, nif_enabled, kCapPure},
    {"erl_tracer", "trace", 5, nif_trace, kCapPure},
};

}  // namespace

std::span<const BifSpec> erl_tracer_nifs() { return kNifs; }

}  // namespace ember::nif
