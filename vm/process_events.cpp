#include "vm/process_events.hpp"

namespace ember::vm {

namespace {
ProcessEventCounters g_counters;
std::atomic<ProcessEventSink*> g_sink{nullptr};
}  // namespace

ProcessEventCounters& process_event_counters() { return g_counters; }
void set_process_event_sink(ProcessEventSink* sink) { g_sink.store(sink, std::memory_order_release); }
ProcessEventSink* process_event_sink() { return g_sink.load(std::memory_order_acquire); }

}  // namespace ember::vm
