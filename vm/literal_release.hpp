// Release of literal areas that processes may still point into (OTP erts/emulator/beam/beam_bif_load.c:
// erts_queue_release_literals, erts_literal_area_collector:release_area_switch/0, send_copy_request/3;
// erts/preloaded/src/erts_literal_area_collector.erl drives it).
//
// A persistent term that is erased or replaced leaves its literal area behind: processes that read the
// value hold pointers into it (the GC never copies literals). The area is queued here and the
// erts_literal_area_collector system process (OTP's module, unmodified) is sent `copy_literals`. It
// switches to the area (literal_area_switch) and asks every process to copy what it still refers to
// (vm/system_tasks.hpp request_copy_literals: a major collection that copies the area's terms into the
// process's heap, vm/gc.hpp garbage_collect_literals). Once every process has answered it switches
// again, which frees the area and takes the next one.
//
// Only processes can hold pointers into such an area: messages, ETS, spawn arguments and other literal
// areas always get copies (vm/copy.hpp). An exiting process may answer the request at once and still
// read its heap afterwards (its exit reason goes to links, monitors and the tombstone), so an area is
// freed only after every process exit under way at the switch has finished (ExitInProgress).
//
// Without a collector (Ember's fast boot starts none) released areas stay allocated for the life of
// the runtime, as all of them did before.
#pragma once

#include <memory>

#include "vm/literal_area.hpp"
#include "vm/term.hpp"

namespace ember::vm {

// The pid of the process running erts_literal_area_collector:start/0 (set once at boot).
void set_literal_area_collector(Term pid);

// Queues `area` for release. Thread-safe; never blocks on processes.
void release_literal_area(std::unique_ptr<LiteralArea> area);

// erts_literal_area_collector:release_area_switch/0: frees the area being released (every process
// has copied what it referred to), makes the next queued one current and returns whether there is one.
// Called by the collector only.
bool literal_area_switch();

// The area being released, or nullptr. It stays valid until the next switch, which the collector
// makes only after every process answered its copy request.
const LiteralArea* literal_area_releasing();

// Marks the calling thread as running a process exit for the object's lifetime (nestable); the
// switch that frees an area waits for exits that were under way. Cheap: a thread-local counter.
class ExitInProgress {
public:
    ExitInProgress();
    ~ExitInProgress();
    ExitInProgress(const ExitInProgress&) = delete;
    ExitInProgress& operator=(const ExitInProgress&) = delete;
};

}  // namespace ember::vm
