// Unit tests for process_info/1,2 (bifs/erlang_process_info.cpp) and statistics/system_info
// (bifs/erlang_info.cpp) on a bare Process, without running schedulers. The differential tests
// against erl are in fixtures/introspection_tests.erl and fixtures/info_bif_tests.erl; these cover
// what erl cannot check: Ember's dropped_messages item, and answers while no scheduler runs.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "bifs/bif.hpp"
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

}  // namespace
