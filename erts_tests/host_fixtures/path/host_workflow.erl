%% A workflow for erts_tests/workflow_engine_test.cpp (ember::WorkflowEngine): an activity that is a
%% host native (host_activities:double/1, installed by the test), a durable timer, a signal, a query;
%% the dirty activity option on a host native (host_activities:where/0 names its scheduler's kind).
-module(host_workflow).
-export([run/1]).

run({order, N}) ->
    ember_workflow:set_query_handler(fun(stage, _) -> waiting_for_payment end),
    Doubled = ember_workflow:activity(host_activities, double, [N], #{}),
    ember_workflow:sleep(10),
    {ok, Paid} = ember_workflow:await_signal(paid),
    {Doubled, Paid};
run(#{<<"items">> := Items}) ->  % JSON input: #{<<"items">> => [...]}
    {ok, #{<<"discount">> := D}} = ember_workflow:await_signal(coupon),
    #{<<"total">> => lists:sum(Items) - D, <<"count">> => length(Items)};
run({dirty, none}) ->
    ember_workflow:activity(host_activities, where, [], #{});
run({dirty, Kind}) ->
    ember_workflow:activity(host_activities, where, [], #{dirty => Kind});
run({sleep, Ms}) ->
    ember_workflow:sleep(Ms),
    ember_workflow:now();
run(fail) ->
    error(boom);
run(wait) ->
    {ok, V} = ember_workflow:await_signal(never),
    V.
