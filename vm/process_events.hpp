// Process lifecycle events for hosts (include/ember/runtime.hpp: Runtime::counters, the event log).
//
// The scheduler notes every spawn and exit, the signal layer every message that reached no live
// process (vm/messages.cpp answer_undeliverable). Counting is three relaxed atomic increments; an
// event sink (nif/host_events.cpp) is called only when one is installed, on the thread where the event
// happened, and must not block or call into the process that is exiting.
#pragma once

#include <atomic>
#include <cstdint>

#include "vm/term.hpp"

namespace ember::vm {

struct ProcessEventCounters {
    std::atomic<std::uint64_t> spawned{0};
    std::atomic<std::uint64_t> exited{0};
    std::atomic<std::uint64_t> dropped_messages{0};
};

class ProcessEventSink {
public:
    virtual ~ProcessEventSink() = default;
    // The child exists and has not run yet.
    virtual void spawned(Term pid, Term module, Term function, std::uint32_t arity) = 0;
    // `reason` lives on the exiting process's heap for the duration of the call only.
    virtual void exited(Term pid, Term reason) = 0;
    // A message to `to` was dropped; `message` is valid for the duration of the call only.
    virtual void dropped(Term to, Term message) = 0;
};

ProcessEventCounters& process_event_counters();
// The sink lives until the OS process ends once installed (nullptr: none).
void set_process_event_sink(ProcessEventSink* sink);
ProcessEventSink* process_event_sink();

inline void note_spawned(Term pid, Term module, Term function, std::uint32_t arity) {
    process_event_counters().spawned.fetch_add(1, std::memory_order_relaxed);
    if (ProcessEventSink* s = process_event_sink()) s->spawned(pid, module, function, arity);
}
inline void note_exited(Term pid, Term reason) {
    process_event_counters().exited.fetch_add(1, std::memory_order_relaxed);
    if (ProcessEventSink* s = process_event_sink()) s->exited(pid, reason);
}
inline void note_dropped(Term to, Term message) {
    process_event_counters().dropped_messages.fetch_add(1, std::memory_order_relaxed);
    if (ProcessEventSink* s = process_event_sink()) s->dropped(to, message);
}

}  // namespace ember::vm
