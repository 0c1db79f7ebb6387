%% Workflow benchmarks (docs/workflows.md; not a test): run by tools/bench/workflow.sh on Ember only (erl
%% has no ember_workflow). Prints, for a store in DIR:
%%   store_inserts_per_s   single-event appends straight to the store (the physical limit: one fsync each)
%%   starts_per_s          workflows started and completed (a workflow that returns at once)
%%   activities_per_s      activity completions with durable history (one workflow running 500 in a row)
%%   timers                10,000 workflows waiting on a durable timer at once: VM memory per waiting
%%                         workflow, then the time for all of them to fire and complete
%%   replay_ms             resuming a run whose history has 5,001 events (5,000 markers): from opening the
%%                         store to the run waiting where it stopped
-module(workflow_bench).
-export([main/1, run/1, noop/0]).

main([Dir]) ->
    Store = ember_workflow_store:open(filename:join(Dir, "raw.db")),
    {ok, _} = ember_workflow_store:create_run(Store, #{workflow_id => <<"raw">>, run_id => <<"raw-1">>,
                                                       type => <<"x">>, input => <<>>}),
    N = 1000,
    {T0, _} = timer:tc(fun() ->
                               lists:foldl(fun(Seq, _) ->
                                                   {ok, _} = ember_workflow_store:append(Store, <<"raw-1">>, Seq,
                                                                                         [{<<"e">>, <<"payload">>}])
                                           end, ok, lists:seq(1, N))
                       end),
    report("store_inserts_per_s", round(N / (T0 / 1.0e6))),

    {ok, E} = ember_workflow:start_engine(filename:join(Dir, "wf.db")),
    Starts = 300,
    {T1, _} = timer:tc(fun() ->
                               Ids = [begin
                                          W = <<"s", (integer_to_binary(I))/binary>>,
                                          {ok, _} = ember_workflow:start(E, W, ?MODULE, quick),
                                          W
                                      end || I <- lists:seq(1, Starts)],
                               [{ok, done} = ember_workflow:result(E, W, 60000) || W <- Ids]
                       end),
    report("starts_per_s", round(Starts / (T1 / 1.0e6))),

    Acts = 500,
    {T2, _} = timer:tc(fun() ->
                               {ok, _} = ember_workflow:start(E, <<"acts">>, ?MODULE, {activities, Acts}),
                               {ok, Acts} = ember_workflow:result(E, <<"acts">>, 120000)
                       end),
    report("activities_per_s", round(Acts / (T2 / 1.0e6))),
    ember_workflow:stop_engine(E),

    {ok, E2} = ember_workflow:start_engine(filename:join(Dir, "timers.db")),
    Waiting = 10000,
    Mem0 = erlang:memory(total),
    FireAt = erlang:system_time(millisecond) + 60000,
    [{ok, _} = ember_workflow:start(E2, <<"t", (integer_to_binary(I))/binary>>, ?MODULE, {sleep_until, FireAt})
     || I <- lists:seq(1, Waiting)],
    wait_timers_started(E2, Waiting),
    Mem1 = erlang:memory(total),
    report("timers_bytes_per_waiting_workflow", (Mem1 - Mem0) div Waiting),
    ember_workflow:stop_engine(E2),

    {ok, E3} = ember_workflow:start_engine(filename:join(Dir, "replay.db")),
    {ok, _} = ember_workflow:start(E3, <<"long">>, ?MODULE, {markers, 5000}),
    wait_event_count(E3, <<"long">>, 5000),
    ember_workflow:stop_engine(E3),
    {T3, E4} = timer:tc(fun() ->
                                {ok, Eng} = ember_workflow:start_engine(filename:join(Dir, "replay.db")),
                                {ok, yes} = ember_workflow:query(Eng, <<"long">>, replayed, []),  % once it waits
                                Eng
                        end),
    {ok, #{history := H}} = ember_workflow:describe(E4, <<"long">>),
    report("replay_ms_for_events", {T3 div 1000, length(H)}),
    ember_workflow:stop_engine(E4),
    halt(0).

report(Name, Value) -> io:format("workflow_bench ~s ~p~n", [Name, Value]).

%% The workflows.
run(quick) -> done;
run({activities, N}) ->
    lists:foldl(fun(_, Acc) -> ember_workflow:activity(?MODULE, noop, [], #{}), Acc + 1 end, 0, lists:seq(1, N));
run({sleep_until, At}) ->
    ember_workflow:sleep(max(0, At - ember_workflow:now())),
    done;
run({markers, N}) ->
    [ember_workflow:side_effect(fun() -> I end) || I <- lists:seq(1, N)],
    ember_workflow:set_query_handler(fun(replayed, _) -> yes end),
    {ok, _} = ember_workflow:await_signal(never),
    done.

noop() -> ok.

%% Until every one of N workflows recorded its timer (the last one started is enough: runs start in
%% order and each records at once).
wait_timers_started(E, N) ->
    Last = <<"t", (integer_to_binary(N))/binary>>,
    wait_event_count(E, Last, 3).

wait_event_count(E, W, Count) ->
    case ember_workflow:describe(E, W) of
        {ok, #{history := H}} when length(H) >= Count -> ok;
        _ -> timer:sleep(50), wait_event_count(E, W, Count)
    end.
