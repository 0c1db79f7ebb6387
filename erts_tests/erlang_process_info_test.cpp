// Unit tests for process_info/1,2 (bifs/erlang_process_info.cpp) and statistics/system_info
// (bifs/erlang_info.cpp) on a bare Process, without running schedulers. The differential tests
// against erl are in fixtures/introspection_tests.erl and fixtures/info_bif_tests.erl; these cover
// what erl cannot check: Ember's dropped_messages item, answers while no scheduler runs, and what a
// collection does at a process's max_heap_size (fixtures/max_heap_size_tests.erl is the differential
// side).
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "bifs/bif.hpp"
#include "vm/gc.hpp"
#include "vm/term_print.hpp"

#include "test_support.hpp"

using namespace ember;
using namespace ember::vm;
using namespace ember::vm::test;

namespace {

class ProcessInfoTest : public BifTest {
protected:
    ProcessInfoTest() : BifTest({bifs::erlang_process_info_bifs(), bifs::erlang_info_bifs()}) {
        p.pid = make_pid(900001);
    }
    Term call(const char* name, std::vector<Term> args) { return BifTest::call("erlang", name, std::move(args)); }
};

TEST_F(ProcessInfoTest, TablesHaveNoDuplicates) {
    std::set<std::pair<std::string, int>> seen;
    for (auto table : tables())
        for (const BifSpec& s : table) EXPECT_TRUE(seen.insert({s.function, s.arity}).second) << s.function;
    EXPECT_TRUE(seen.count({"process_info", 2}));
    EXPECT_TRUE(seen.count({"statistics", 1}));
}

// Ember's overload-protection counter (spawn_opt {max_message_queue_len, N}); erl has no such item.
TEST_F(ProcessInfoTest, DroppedMessages) {
    EXPECT_EQ(w(call("process_info", {p.pid, atom("dropped_messages")})), "{dropped_messages,0}");
    p.dropped_messages.store(7);
    EXPECT_EQ(w(call("process_info", {p.pid, atom("dropped_messages")})), "{dropped_messages,7}");
    EXPECT_EQ(w(call("process_info", {p.pid, list({atom("dropped_messages"), atom("trap_exit")})})),
              "[{dropped_messages,7},{trap_exit,false}]");
}

TEST_F(ProcessInfoTest, SelfItems) {
    p.trap_exit = true;
    p.priority = Priority::High;
    EXPECT_EQ(w(call("process_info", {p.pid, atom("status")})), "{status,running}");
    EXPECT_EQ(w(call("process_info", {p.pid, atom("trap_exit")})), "{trap_exit,true}");
    EXPECT_EQ(w(call("process_info", {p.pid, atom("priority")})), "{priority,high}");
    EXPECT_EQ(w(call("process_info", {p.pid, atom("registered_name")})), "[]");
    EXPECT_EQ(w(call("process_info", {p.pid, list({atom("registered_name")})})), "[{registered_name,[]}]");
    EXPECT_EQ(w(call("process_info", {p.pid, atom("current_function")})), "{current_function,undefined}");
    EXPECT_EQ(w(call("process_info", {p.pid, list({atom("message_queue_len"), atom("messages")})})),
              "[{message_queue_len,0},{messages,[]}]");
    EXPECT_EQ(w(call("process_info", {p.pid, kNil})), "[]");
}

TEST_F(ProcessInfoTest, SelfDictionaryInGetOrder) {
    p.dictionary.push_back({atom("a"), make_small(1)});
    p.dictionary.push_back({atom("b"), make_small(2)});
    EXPECT_EQ(w(call("process_info", {p.pid, atom("dictionary")})), "{dictionary,[{b,2},{a,1}]}");
}

TEST_F(ProcessInfoTest, BadItemsAreBadarg) {
    for (Term spec : {atom("foo"), atom("undefined"), list({atom("status"), atom("foo")}), make_small(1),
                      make_cons(p, atom("status"), atom("links")), str("status")})
        EXPECT_EQ(w(call("process_info", {p.pid, spec})), "<error badarg>") << format_term_w(spec);
    EXPECT_EQ(w(call("process_info", {atom("foo"), atom("status")})), "<error badarg>");
    EXPECT_EQ(w(call("process_info", {atom("foo")})), "<error badarg>");
}

// A pid no process has answers undefined at once (no request is sent), after checking the item.
TEST_F(ProcessInfoTest, DeadPid) {
    Term dead = make_pid(900002);
    EXPECT_EQ(w(call("process_info", {dead, atom("status")})), "undefined");
    EXPECT_EQ(w(call("process_info", {dead, list({atom("links")})})), "undefined");
    EXPECT_EQ(w(call("process_info", {dead})), "undefined");
    EXPECT_EQ(w(call("process_info", {dead, atom("foo")})), "<error badarg>");
    EXPECT_FALSE(p.yield_requested);
    EXPECT_EQ(p.request_id, 0u);
}

TEST_F(ProcessInfoTest, DefaultItemsOfSelf) {
    Term l = call("process_info", {p.pid});
    std::string keys;
    for (Term t = l; is_list(t); t = cdr(t)) keys += format_term_w(tuple_element(car(t), 0)) + " ";
    EXPECT_EQ(keys, "current_function initial_call status message_queue_len links dictionary trap_exit "
                    "error_handler priority group_leader total_heap_size heap_size stack_size reductions "
                    "garbage_collection suspending ");
}

// Queue lists: one entry per normal scheduler, then dirty CPU (and dirty IO for *_all), as erl.
TEST_F(ProcessInfoTest, StatisticsShapesWithoutRunningSchedulers) {
    SWord s = small_value(call("system_info", {atom("schedulers")}));
    EXPECT_GE(s, 1);
    EXPECT_EQ(list_length(call("statistics", {atom("run_queue_lengths")})), s + 1);
    EXPECT_EQ(list_length(call("statistics", {atom("run_queue_lengths_all")})), s + 2);
    EXPECT_EQ(list_length(call("statistics", {atom("active_tasks")})), s + 1);
    EXPECT_EQ(list_length(call("statistics", {atom("active_tasks_all")})), s + 2);
    EXPECT_EQ(w(call("statistics", {atom("scheduler_wall_time")})), "undefined");
    EXPECT_EQ(w(call("statistics", {atom("foo")})), "<error badarg>");
    Term gc = call("statistics", {atom("garbage_collection")});
    ASSERT_TRUE(is_tuple(gc));
    EXPECT_EQ(tuple_arity(gc), 3u);
    EXPECT_GE(small_value(call("system_info", {atom("scheduler_id")})), 1);
    EXPECT_EQ(w(call("system_info", {atom("multi_scheduling")})), "enabled");
}

// max_heap_size (vm/gc.cpp): past the limit with kill, the collection is not done (the heap and its
// fragments are as they were) and the process is marked to end; without kill it collects as usual.
class MaxHeapSizeTest : public BifTest {
protected:
    MaxHeapSizeTest() : BifTest({bifs::erlang_process_bifs(), bifs::erlang_process_info_bifs()}) {
        p.pid = make_pid(900002);
        p.set_min_heap_size(233);
    }
    // A list of n small integers built on p's heap (into fragments once the heap is full).
    Term build_list(int n) {
        Term l = kNil;
        for (int k = 0; k < n; ++k) l = make_cons(p, make_small(k), l);
        return l;
    }
};

TEST_F(MaxHeapSizeTest, KillStopsTheCollection) {
    EXPECT_EQ(w(call("erlang", "process_flag", {atom("max_heap_size"), make_small(1000)})),
              "#{error_logger => true,kill => true,size => 0}");
    EXPECT_EQ(w(call("erlang", "process_flag", {atom("max_heap_size"), make_small(1000)})),
              "#{error_logger => true,kill => true,size => 1000}");
    p.set_max_heap_size(MaxHeapSize{1000, true, false});  // no report: no logger in this test
    Term x[1] = {build_list(2000)};
    Word fragments = p.fragment_words;
    ASSERT_GT(fragments, 0u);
    std::uint64_t gcs = p.gc_count;
    garbage_collect(&p, 0, x, 1);
    EXPECT_TRUE(p.max_heap_killed);
    EXPECT_EQ(p.gc_count, gcs);
    EXPECT_EQ(p.fragment_words, fragments);
    EXPECT_EQ(list_length(x[0]), 2000);
}

TEST_F(MaxHeapSizeTest, WithoutKillTheCollectionRuns) {
    p.set_max_heap_size(MaxHeapSize{1000, false, false});
    Term x[1] = {build_list(2000)};
    std::uint64_t gcs = p.gc_count;
    garbage_collect(&p, 0, x, 1);
    EXPECT_FALSE(p.max_heap_killed);
    EXPECT_EQ(p.gc_count, gcs + 1);
    EXPECT_EQ(p.fragment_words, 0u);
    EXPECT_EQ(list_length(x[0]), 2000);
    EXPECT_EQ(p.recent_size, 4000u);
}

TEST_F(MaxHeapSizeTest, UnderTheLimitNothingHappens) {
    p.set_max_heap_size(MaxHeapSize{10000, true, false});
    Term x[1] = {build_list(100)};
    for (int k = 0; k < 50; ++k) {
        build_list(500);  // garbage
        garbage_collect(&p, 0, x, 1);
        ASSERT_FALSE(p.max_heap_killed);
    }
    EXPECT_EQ(list_length(x[0]), 100);
    // A limit keeps the heap near erl's size, not Ember's wider slack: minor collections keep the
    // young generation's size in use, as erl's (next_heap_size of ~1,200 words).
    EXPECT_LE(Word(p.heap_end - p.heap_start), 1598u);
}

// A limit set on a heap that grew with Ember's slack: the next collection is not checked and sizes the
// heap for the limit; the one after is checked on that heap.
TEST_F(MaxHeapSizeTest, LimitSetOnAGrownHeapResizesFirst) {
    p.fullsweep_after = 0;  // every collection major: the heap gets Ember's slack for its live data
    Term x[1] = {build_list(500)};
    for (int k = 0; k < 20 && Word(p.heap_end - p.heap_start) < 10000; ++k) {
        build_list(int(p.heap_end - p.heap_start));  // garbage: the heap grows one size per collection
        garbage_collect(&p, 0, x, 1);
    }
    ASSERT_GT(Word(p.heap_end - p.heap_start), 10000u);  // Ember's slack for 1,000 live words
    p.set_max_heap_size(MaxHeapSize{20000, true, false});
    EXPECT_TRUE(p.max_heap_unsized);
    build_list(6000);  // garbage past the heap, into fragments
    garbage_collect(&p, 0, x, 1);
    EXPECT_FALSE(p.max_heap_killed);
    EXPECT_FALSE(p.max_heap_unsized);
    EXPECT_LE(Word(p.heap_end - p.heap_start), 1598u);
    build_list(2000);
    garbage_collect(&p, 0, x, 1);
    EXPECT_FALSE(p.max_heap_killed);
    EXPECT_EQ(list_length(x[0]), 500);
    // A process spawned with a limit (heap still at its minimum) is checked from its first collection.
    Process q;
    q.set_min_heap_size(233);
    q.set_max_heap_size(MaxHeapSize{1000, true, false});
    EXPECT_FALSE(q.max_heap_unsized);
}

// Fragments past the heap's size make the next GC point collect (HEAP_CHECK_FAILS) only with a limit.
TEST_F(MaxHeapSizeTest, FragmentTriggerOnlyWithALimit) {
    EXPECT_EQ(p.fragment_gc_words, ~Word(0));
    p.set_max_heap_size(MaxHeapSize{100000, true, false});
    EXPECT_EQ(p.fragment_gc_words, Word(p.heap_end - p.heap_start));
    p.set_max_heap_size(MaxHeapSize{0, true, true});
    EXPECT_EQ(p.fragment_gc_words, ~Word(0));
}

TEST_F(MaxHeapSizeTest, BadValuesAreBadarg) {
    for (Term v : {make_small(-1), make_small(232), atom("x"), map_new(p), kNil})
        EXPECT_EQ(w(call("erlang", "process_flag", {atom("max_heap_size"), v})), "<error badarg>") << w(v);
    EXPECT_EQ(w(call("erlang", "process_info", {p.pid, atom("max_heap_size")})),
              "{max_heap_size,#{error_logger => true,kill => true,size => 0}}");
}

}  // namespace
