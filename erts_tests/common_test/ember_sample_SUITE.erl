%% A small Common Test suite run by ct_run_compare.sh on erl (ct_run) and on Ember: three cases,
%% one failing on purpose, with init_per_suite/end_per_suite and init_per_testcase/end_per_testcase.
-module(ember_sample_SUITE).
-include_lib("common_test/include/ct.hrl").
-export([all/0, init_per_suite/1, end_per_suite/1, init_per_testcase/2, end_per_testcase/2,
         passes/1, fails/1, uses_config/1]).

all() -> [passes, fails, uses_config].

init_per_suite(Config) -> [{suite_value, 42} | Config].
end_per_suite(_Config) -> ok.

init_per_testcase(TC, Config) -> [{tc, TC} | Config].
end_per_testcase(_TC, _Config) -> ok.

passes(_Config) ->
    3 = length(lists:seq(1, 3)),
    ok.

fails(_Config) -> ct:fail(deliberate_failure).

uses_config(Config) ->
    42 = ?config(suite_value, Config),
    uses_config = ?config(tc, Config),
    ok.
