// The host API's names, groups, timers and process inspection (include/ember/runtime.hpp).
//
//  - register_name / whereis_or_spawn: the scheduler's name table (what guests see with whereis/1).
//    whereis_or_spawn registers the child in Scheduler::spawn's before_run hook (the child exists and
//    has not run), under Impl::names_mutex, so host threads racing on one name make one process.
//  - groups: an Ember table in Impl::groups (not OTP's pg, which needs a scope process): pids never
//    come back, so dead members are dropped lazily when the group is read.
//  - send_after: the scheduler's message timers (the ones erlang:send_after/3 uses).
//  - info / set_label: a request signal run in the target's context (vm/messages.hpp), like
//    process_info from another process; the host thread waits for the answer on a condition variable.
#include <algorithm>
#include <condition_variable>

#include "bifs/erlang_info.hpp"
#include "nif/runtime_impl.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/messages.hpp"
#include "vm/process_events.hpp"
#include "vm/term_print.hpp"

namespace ember {

using namespace ember::vm;
using host::error;
using host::kHostPid;
using host::valid_pid;

namespace {

Term label_key() {
    static const Term key = AtomTable::global().intern("$process_label");
    return key;
}

// A request whose answer the host waits for. The handler owns one reference (a boxed shared_ptr in
// the signal's payload, a small integer holding the box's address).
struct InfoRequest {
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false;
    bool alive = false;
    ProcessInfo info;
};

Term box_payload(void* box) { return make_small(static_cast<SWord>(reinterpret_cast<std::intptr_t>(box))); }
template <class T>
T* unbox_payload(Term t) {
    return reinterpret_cast<T*>(static_cast<std::intptr_t>(small_value(t)));
}

std::string mfa_string(Term m, Term f, Term a) {
    if (!is_atom(m) || !is_atom(f)) return {};
    return std::string(atom_name(m)) + ":" + std::string(atom_name(f)) + "/" + format_term_w(a);
}

void fill_info(Process* q, Term answer, ProcessInfo& out) {
    for (Term l = answer; is_list(l); l = cdr(l)) {
        Term item = car(l);
        if (!is_tuple(item) || tuple_arity(item) != 2) continue;
        std::string_view key = atom_name(tuple_element(item, 0));
        Term v = tuple_element(item, 1);
        std::uint64_t n = 0;
        if (key == "status") out.status = std::string(atom_name(v));
        else if (key == "message_queue_len" && integer_to_uint64(v, &n)) out.message_queue_len = n;
        else if (key == "reductions" && integer_to_uint64(v, &n)) out.reductions = n;
        else if (key == "memory" && integer_to_uint64(v, &n)) out.memory = n;
        else if (key == "registered_name" && is_atom(v)) out.registered_name = std::string(atom_name(v));
        else if (key == "trap_exit") out.trap_exit = v == am_true;
        else if (key == "current_function" && is_tuple(v) && tuple_arity(v) == 3)
            out.current_function = mfa_string(tuple_element(v, 0), tuple_element(v, 1), tuple_element(v, 2));
        else if (key == "initial_call" && is_tuple(v) && tuple_arity(v) == 3)
            out.initial_call = mfa_string(tuple_element(v, 0), tuple_element(v, 1), tuple_element(v, 2));
    }
    for (const auto& [k, v] : q->dictionary)
        if (k == label_key()) out.label = OwnedTerm::copy_of(v);
    out.capabilities = q->capabilities;
}

// Runs in the target's context (nullptr: it is gone).
Term info_handler(Process* target, Term arg, HeapAllocator& heap) {
    auto* box = unbox_payload<std::shared_ptr<InfoRequest>>(arg);
    std::shared_ptr<InfoRequest> req = std::move(*box);
    delete box;
    ProcessInfo info;
    if (target) {
        static const Term items = [] {
            // A literal list of item atoms in a static heap (atoms are immediates; cells never move).
            static Term cells[2 * 8];
            const char* names[] = {"status", "message_queue_len", "reductions", "memory", "current_function",
                                   "registered_name", "trap_exit", "initial_call"};
            for (int i = 0; i < 8; ++i) {
                cells[2 * i] = AtomTable::global().intern(names[i]);
                cells[2 * i + 1] = i + 1 < 8 ? make_list(&cells[2 * i + 2]) : kNil;
            }
            return make_list(cells);
        }();
        info.pid = Pid{pid_number(target->pid)};
        fill_info(target, bifs::process_info_items(heap, target, items), info);
    }
    {
        std::lock_guard lock(req->mutex);
        req->alive = target != nullptr;
        req->info = std::move(info);
        req->done = true;
    }
    req->cv.notify_all();
    return kNonValue;  // no reply signal
}

Term set_label_handler(Process* target, Term arg, HeapAllocator& heap) {
    auto* label = unbox_payload<OwnedTerm>(arg);
    if (target) {
        Term v = label->copy_into(heap);
        bool found = false;
        for (auto& [k, old] : target->dictionary)
            if (k == label_key()) {
                old = v;
                found = true;
            }
        if (!found) target->dictionary.emplace_back(label_key(), v);
    }
    delete label;
    return kNonValue;
}

Result<Term> name_atom(std::string_view name) {
    Term a = AtomTable::global().intern(name);
    if (name.empty() || a == kNonValue || a == am_undefined) return error(Errc::BadArg, "bad name");
    return a;
}

}  // namespace

// ---- names ------------------------------------------------------------------------------------------

Result<void> Runtime::register_name(std::string_view name, Pid pid) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    auto a = name_atom(name);
    if (!a) return a.error();
    if (!valid_pid(pid) || !m_impl->sched.is_alive(make_pid(pid.number)))
        return error(Errc::NoProc, pid.to_string() + " is not alive");
    if (!m_impl->sched.register_name(*a, make_pid(pid.number))) {
        if (!m_impl->sched.is_alive(make_pid(pid.number))) return error(Errc::NoProc, pid.to_string() + " is not alive");
        return error(Errc::Duplicate, std::string(name) + " or " + pid.to_string() + " is already registered");
    }
    return {};
}

Result<void> Runtime::unregister_name(std::string_view name) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    auto a = name_atom(name);
    if (!a) return a.error();
    if (!m_impl->sched.unregister_name(*a)) return error(Errc::BadArg, std::string(name) + " is not registered");
    return {};
}

Result<Pid> Runtime::whereis_or_spawn(std::string_view name, const SpawnSpec& spec) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    auto a = name_atom(name);
    if (!a) return a.error();
    std::lock_guard lock(m_impl->names_mutex);
    for (int attempt = 0; attempt < 16; ++attempt) {
        if (std::optional<Pid> found = whereis(name)) return *found;
        bool registered = false;
        auto spawned = m_impl->spawn(spec.module, spec.function, spec.args, spec.options, [&](Term child) {
            registered = m_impl->sched.register_name(*a, child);
            // A guest took the name meanwhile: this child must not run. Its first signal kills it.
            if (!registered) send_signal(child, make_signal(SignalKind::Exit, kHostPid, am_kill));
        });
        if (!spawned) return spawned;
        if (registered) return spawned;
    }
    return error(Errc::Duplicate, std::string(name) + " keeps being taken by guests");
}

Result<void> Runtime::send_named(std::string_view name, const OwnedTerm& message) { return send(name, message); }

// ---- groups -------------------------------------------------------------------------------------------

Result<void> Runtime::join(std::string_view group, Pid pid) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!is_live(pid)) return error(Errc::NoProc, pid.to_string() + " is not alive");
    std::lock_guard lock(m_impl->groups_mutex);
    auto it = m_impl->groups.find(group);
    if (it == m_impl->groups.end()) it = m_impl->groups.emplace(std::string(group), std::vector<Pid>{}).first;
    it->second.push_back(pid);
    return {};
}

Result<void> Runtime::leave(std::string_view group, Pid pid) {
    std::lock_guard lock(m_impl->groups_mutex);
    auto it = m_impl->groups.find(group);
    if (it != m_impl->groups.end()) {
        auto& v = it->second;
        auto at = std::find(v.rbegin(), v.rend(), pid);
        if (at != v.rend()) {
            v.erase(std::next(at).base());
            if (v.empty()) m_impl->groups.erase(it);
            return {};
        }
    }
    return error(Errc::BadArg, pid.to_string() + " is not a member of " + std::string(group));
}

std::vector<Pid> Runtime::members(std::string_view group) {
    std::lock_guard lock(m_impl->groups_mutex);
    auto it = m_impl->groups.find(group);
    if (it == m_impl->groups.end()) return {};
    auto& v = it->second;
    std::erase_if(v, [&](Pid p) { return !is_live(p); });
    std::vector<Pid> out;
    for (Pid p : v)
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    if (v.empty()) m_impl->groups.erase(it);
    return out;
}

std::vector<std::string> Runtime::groups() {
    std::vector<std::string> names;
    {
        std::lock_guard lock(m_impl->groups_mutex);
        for (const auto& [name, pids] : m_impl->groups) names.push_back(name);
    }
    std::erase_if(names, [&](const std::string& g) { return members(g).empty(); });
    return names;
}

Result<std::size_t> Runtime::kill_group(std::string_view group, const OwnedTerm& reason) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!reason.is_value()) return error(Errc::BadArg, "the reason is not a value");
    std::size_t n = 0;
    for (Pid p : members(group))
        if (terminate(p, reason).ok()) ++n;
    return n;
}

// ---- timers ------------------------------------------------------------------------------------------

bool TimerHandle::cancel() const {
    return m_id != 0 && scheduler::Scheduler::global().cancel_message_timer(m_id) >= 0;
}

Result<TimerHandle> Runtime::send_after(std::chrono::milliseconds delay, Pid to, const OwnedTerm& message) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!message.is_value()) return error(Errc::BadArg, "the message is not a value");
    if (delay.count() < 0) return error(Errc::BadArg, "negative delay");
    if (!is_live(to)) return error(Errc::NoProc, to.to_string() + " is not alive");
    return TimerHandle(m_impl->sched.start_message_timer(deadline_after_ms(delay.count()), make_pid(to.number),
                                                         message.get(), false));
}

Result<TimerHandle> Runtime::send_after(std::chrono::milliseconds delay, std::string_view name, const OwnedTerm& message) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!message.is_value()) return error(Errc::BadArg, "the message is not a value");
    if (delay.count() < 0) return error(Errc::BadArg, "negative delay");
    auto a = name_atom(name);
    if (!a) return a.error();
    return TimerHandle(m_impl->sched.start_message_timer(deadline_after_ms(delay.count()), *a, message.get(), false));
}

// ---- processes ---------------------------------------------------------------------------------------

std::vector<Pid> Runtime::list() {
    std::vector<Pid> out;
    if (m_impl->shut.load()) return out;
    for (Term t : m_impl->sched.all_pids())
        if (m_impl->sched.is_alive(t)) out.push_back(Pid{pid_number(t)});
    return out;
}

Result<ProcessInfo> Runtime::info(Pid pid, std::chrono::milliseconds timeout) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!valid_pid(pid)) return error(Errc::NoProc);
    auto req = std::make_shared<InfoRequest>();
    auto* box = new std::shared_ptr<InfoRequest>(req);
    Signal* s = make_signal(SignalKind::Request, kHostPid, box_payload(box), make_small(0));
    s->handler = info_handler;
    send_signal(make_pid(pid.number), s);  // a dead target runs the handler with nullptr at once
    std::unique_lock lock(req->mutex);
    if (!req->cv.wait_for(lock, timeout, [&] { return req->done; })) return error(Errc::TimedOut);
    if (!req->alive) return error(Errc::NoProc, pid.to_string() + " is not alive");
    return std::move(req->info);
}

Result<void> Runtime::set_label(Pid pid, const OwnedTerm& label) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!label.is_value()) return error(Errc::BadArg, "the label is not a value");
    if (!valid_pid(pid)) return error(Errc::NoProc);
    Signal* s = make_signal(SignalKind::Request, kHostPid, box_payload(new OwnedTerm(label)), make_small(0));
    s->handler = set_label_handler;
    if (!send_signal(make_pid(pid.number), s)) return error(Errc::NoProc, pid.to_string() + " is not alive");
    return {};
}

Counters Runtime::counters() const {
    const ProcessEventCounters& c = process_event_counters();
    return Counters{c.spawned.load(std::memory_order_relaxed), c.exited.load(std::memory_order_relaxed),
                    c.dropped_messages.load(std::memory_order_relaxed)};
}

Result<void> Runtime::deliver_signal(Pid pid, const ExitSignal& signal) {
    if (m_impl->shut.load()) return error(Errc::ShutDown);
    if (!signal.reason.is_value()) return error(Errc::BadArg, "the reason is not a value");
    if (!valid_pid(pid)) return error(Errc::NoProc);
    if (signal.from.number >= host::kPidLimit) return error(Errc::BadArg, "bad sender pid");
    if (!send_signal(make_pid(pid.number), make_signal(SignalKind::Exit, make_pid(signal.from.number), signal.reason.get())))
        return error(Errc::NoProc, pid.to_string() + " is not alive");
    return {};
}

std::uint64_t Runtime::spawned_pid_watermark() const {
    std::uint64_t next = m_impl->sched.pid_counter();
    return next == 0 ? 0 : next - 1;
}

}  // namespace ember
