%% The durable-workflow engine (ember_workflow, docs/workflows.md) on Ember: one function per behaviour,
%% each returns ok or fails. This module is also the workflows' code (run/1 dispatches on the input).
%% Ember-only (erl has no ember_workflow). Run by workflow_tests.sh with a scratch directory. (No
%% -behaviour(ember_workflow): erlc here does not have Ember's guest modules on its path.)
-module(workflow_tests).
-export([main/1, run/1, count/1, flaky/2, fail/1, record_call/1, slow_call/2, tracked/1]).
-compile([export_all, nowarn_export_all]).

-define(EQ(Want, Got), (fun() -> case Got of Want -> ok; __Other -> error({expected, ??Want, got, __Other}) end end)()).
%% As EQ, with Want an expression (computed from bound variables) rather than a pattern.
-define(SAME(Want, Got), same(Want, Got)).

same(Want, Want) -> ok;
same(Want, Got) -> error({expected, Want, got, Got}).

tests() ->
    [simple_value, already_started, activity_retries, activity_gives_up, non_retryable, activity_timeout,
     durable_sleep, signal_before_and_after_await, await_signal_timeout, markers_recorded,
     resume_after_engine_killed, resume_keeps_markers_and_signals, nondeterminism_detected, describe_history,
     unknown_workflow, cancel_runs_compensation, cancel_caught, cancel_survives_restart, queries,
     get_version_new_run, get_version_old_history, continue_as_new, all_members, all_gives_up,
     race_timer_wins, race_activity_wins, race_replays_its_winner, all_resumes_pending_members,
     child_workflow, child_failure, child_survives_restart, activity_limits, schedule_to_close,
     virtual_sleep, no_skip_while_activity_runs, virtual_clock_options, dirty_option].

main([Dir]) ->
    put(dir, Dir),
    ets:new(wf_counts, [named_table, public, set]),
    Results = [{T, catch ?MODULE:T()} || T <- tests()],
    Failed = [R || {_, Res} = R <- Results, Res =/= ok],
    [io:format("FAIL ~p: ~p~n", [T, Res]) || {T, Res} <- Failed],
    io:format("workflow_tests: ~p passed, ~p failed~n", [length(Results) - length(Failed), length(Failed)]),
    halt(case Failed of [] -> 0; _ -> 1 end).

db(Name) -> filename:join(get(dir), atom_to_list(Name) ++ ".db").

engine(Name) ->
    {ok, E} = ember_workflow:start_engine(db(Name)),
    E.

%% An engine on the virtual clock: realistic intervals (minutes, an hour) take no real time.
virtual_engine(Name) ->
    {ok, E} = ember_workflow:start_engine(db(Name), #{clock => virtual}),
    E.

id() -> integer_to_binary(erlang:unique_integer([positive])).

%% ---- the workflows ----------------------------------------------------------------------------------

run({value, X}) -> X * 2;
run({retries, Key, FailTimes}) ->
    V = ember_workflow:activity(?MODULE, flaky, [Key, FailTimes],
                                #{initial_interval_ms => 60000, backoff_coefficient => 2.0,
                                  maximum_interval_ms => 150000, maximum_attempts => 6}),
    {V, ember_workflow:now()};
run({gives_up, Key}) ->
    try ember_workflow:activity(?MODULE, flaky, [Key, 100], #{initial_interval_ms => 60000, maximum_attempts => 3})
    catch error:{activity_failed, R} -> {gave_up, R, count(Key)}
    end;
run({non_retryable, Key}) ->
    catch ember_workflow:activity(?MODULE, fail, [Key], #{non_retryable => [fatal], initial_interval_ms => 60000});
run(timeout) ->
    catch ember_workflow:activity(timer, sleep, [infinity], #{start_to_close_ms => 60000, maximum_attempts => 2,
                                                              initial_interval_ms => 30000});
run({sleep, Ms}) ->
    T0 = erlang:monotonic_time(millisecond),
    ember_workflow:sleep(Ms),
    erlang:monotonic_time(millisecond) - T0;
run({virtual_sleep, Ms}) ->
    T0 = ember_workflow:now(),
    ember_workflow:sleep(Ms),
    {T0, ember_workflow:now()};
run({dirty, Kind}) ->
    %% An Erlang activity with the dirty option runs as any other (in its own process).
    {ember_workflow:activity(?MODULE, record_call, [{self(), dirty}], #{dirty => Kind}),
     catch ember_workflow:all([{activity, ?MODULE, record_call, [{self(), dirty}], #{dirty => gpu}}])};
run({race_slow, Key}) ->
    ember_workflow:race([{activity, ?MODULE, slow_call, [{Key, slow}, 300], #{}}, {sleep, 3600000}]);
run(signals) ->
    {ok, A} = ember_workflow:await_signal(first),
    {ok, B} = ember_workflow:await_signal(second),
    {A, B};
run({signal_timeout, Name}) ->
    T0 = ember_workflow:now(),
    R = ember_workflow:await_signal(Name, 3600000),
    {R, ember_workflow:now() - T0};
run(markers) ->
    {ember_workflow:now(), ember_workflow:random(), ember_workflow:side_effect(fun() -> make_ref() end)};
run({resume, Key}) ->
    A = ember_workflow:activity(?MODULE, record_call, [{Key, a}], #{}),
    ember_workflow:sleep(3600000),
    B = ember_workflow:activity(?MODULE, record_call, [{Key, b}], #{}),
    {A, B};
run({resume_markers, Key}) ->
    Now = ember_workflow:now(),
    R = ember_workflow:random(),
    {ok, S} = ember_workflow:await_signal(go),
    _ = ember_workflow:activity(?MODULE, record_call, [{Key, after_signal}], #{}),
    {Now, R, S};
run({cancellable, Key}) ->
    try ember_workflow:sleep(100000)
    after ember_workflow:activity(?MODULE, record_call, [{Key, compensate}], #{})
    end;
run(cancel_caught) ->
    try ember_workflow:sleep(100000) catch exit:cancelled -> caught end;
run(queried) ->
    ember_workflow:set_query_handler(fun(state, _) -> waiting end),
    {ok, V} = ember_workflow:await_signal(go),
    ember_workflow:set_query_handler(fun(state, Extra) -> {got, V, Extra} end),
    {ok, _} = ember_workflow:await_signal(finish),
    V;
run({ver, Key}) ->
    V = case persistent_term:get({?MODULE, ver_code}, new) of
            old -> 0;
            new -> ember_workflow:get_version(step_change, 0, 1)
        end,
    R = case V of
            0 -> ember_workflow:activity(?MODULE, record_call, [{Key, old_step}], #{});
            1 -> ember_workflow:sleep(1)
        end,
    {ok, _} = ember_workflow:await_signal(finish),
    {V, R};
run({count_down, Key, 0}) ->
    {done, count({Key, round})};
run({count_down, Key, N}) ->
    ember_workflow:activity(?MODULE, record_call, [{Key, round}], #{}),
    ember_workflow:continue_as_new({count_down, Key, N - 1});
run({all, Key}) ->
    ember_workflow:all([{activity, ?MODULE, flaky, [{Key, flaky}, 1], #{initial_interval_ms => 60000}},
                        {activity, ?MODULE, record_call, [{Key, x}], #{}},
                        {sleep, 3600000}]);
run({all_gives_up, Key}) ->
    try ember_workflow:all([{activity, ?MODULE, fail, [{Key, fail}],
                             #{maximum_attempts => 2, initial_interval_ms => 60000}},
                            {activity, timer, sleep, [5000], #{}}])
    catch error:{activity_failed, R} -> {gave_up, R}
    end;
run(race_timer) ->
    ember_workflow:race([{activity, timer, sleep, [5000], #{}}, {sleep, 20}]);
run({race_activity, Key}) ->
    ember_workflow:race([{activity, ?MODULE, record_call, [{Key, fast}], #{}}, {sleep, 5000}]);
run({race_then_wait, Key}) ->
    R = ember_workflow:race([{activity, ?MODULE, record_call, [{Key, fast}], #{}},
                             {activity, ?MODULE, slow_call, [{Key, slow}, 3000], #{}}]),
    {ok, _} = ember_workflow:await_signal(finish),
    R;
run({all_slow, Key}) ->
    ember_workflow:all([{activity, ?MODULE, record_call, [{Key, fast}], #{}},
                        {activity, ?MODULE, slow_call, [{Key, slow}, 300], #{}}]);
run({parent, Key}) ->
    A = ember_workflow:child(?MODULE, {value, 5}, #{}),
    B = ember_workflow:child(?MODULE, {child_step, Key}, #{workflow_id => <<Key/binary, "-kid">>}),
    {A, B};
run({child_step, Key}) ->
    ember_workflow:activity(?MODULE, record_call, [{Key, child}], #{}),
    {ok, V} = ember_workflow:await_signal(go),
    V;
run(failing_parent) ->
    try ember_workflow:child(?MODULE, {gives_up_now}, #{}) catch error:{child_failed, Id, _} -> {caught, Id} end;
run({gives_up_now}) ->
    error(boom);
run({schedule_to_close, Key}) ->
    catch ember_workflow:activity(?MODULE, fail, [Key], #{schedule_to_close_ms => 300000, maximum_attempts => 0,
                                                          initial_interval_ms => 60000, backoff_coefficient => 2.0});
run({limited, Key}) ->
    ember_workflow:all([{activity, ?MODULE, tracked, [Key], #{}} || _ <- lists:seq(1, 4)]);
run({versioned, Key}) ->
    %% v1 runs activity record_call first; the test swaps in code where the first command is a sleep.
    case persistent_term:get({?MODULE, version}, 1) of
        1 -> ember_workflow:activity(?MODULE, record_call, [{Key, v1}], #{});
        2 -> ember_workflow:sleep(1)
    end,
    {ok, _} = ember_workflow:await_signal(finish),
    done.

%% ---- activities -------------------------------------------------------------------------------------

count(Key) -> case ets:lookup(wf_counts, Key) of [{_, N}] -> N; [] -> 0 end.
bump(Key) -> ets:update_counter(wf_counts, Key, 1, {Key, 0}).

flaky(Key, FailTimes) ->
    case bump(Key) of
        N when N =< FailTimes -> error({flaky, N});
        N -> {ok_after, N}
    end.

fail(Key) -> bump(Key), error(fatal).

record_call(Key) -> bump(Key), {called, element(2, Key)}.

slow_call(Key, Ms) -> timer:sleep(Ms), record_call(Key).

%% Counts how many run at once under Key: {Key, now} and the highest seen, {Key, max}.
tracked(Key) ->
    Now = ets:update_counter(wf_counts, {Key, now}, 1, {{Key, now}, 0}),
    ets:insert(wf_counts, {{Key, max}, max(Now, count({Key, max}))}),
    timer:sleep(20),
    ets:update_counter(wf_counts, {Key, now}, -1),
    ok.

%% ---- the tests --------------------------------------------------------------------------------------

simple_value() ->
    E = engine(simple),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {value, 21}),
    ?EQ({ok, 42}, ember_workflow:result(E, W, 5000)),
    ?EQ({ok, 42}, ember_workflow:result(E, W, 5000)),  % from the store
    ember_workflow:stop_engine(E).

already_started() ->
    E = engine(dup),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, signals),
    ?EQ({error, already_started}, ember_workflow:start(E, W, ?MODULE, signals)),
    ember_workflow:stop_engine(E).

%% Retries on the virtual clock: the attempts come exactly at the backoff times (60 s, then x2,
%% capped by maximum_interval_ms at 150 s), and no real time passes.
activity_retries() ->
    E = virtual_engine(retries),
    W = id(),
    T0 = erlang:monotonic_time(millisecond),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {retries, W, 4}),
    {ok, {{ok_after, 5}, Done}} = ember_workflow:result(E, W, 5000),
    ?EQ(true, erlang:monotonic_time(millisecond) - T0 < 5000),
    {ok, #{history := H}} = ember_workflow:describe(E, W),
    ?EQ([<<"workflow_started">>, <<"activity_scheduled">>, <<"activity_failed">>, <<"activity_failed">>,
         <<"activity_failed">>, <<"activity_failed">>, <<"activity_completed">>, <<"marker">>],
        [T || {_, T, _, _} <- H]),
    S = scheduled_at(H),
    ?SAME([{1, S + 60000}, {2, S + 180000}, {3, S + 330000}, {4, S + 480000}], retries(H)),
    ?SAME(S + 480000, Done),
    ?EQ(Done, ember_workflow:engine_time(E)),
    ember_workflow:stop_engine(E).

activity_gives_up() ->
    E = virtual_engine(gives_up),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {gives_up, W}),
    ?EQ({ok, {gave_up, {flaky, 3}, 3}}, ember_workflow:result(E, W, 5000)),
    {ok, #{history := H}} = ember_workflow:describe(E, W),
    S = scheduled_at(H),
    ?SAME([{1, S + 60000}, {2, S + 180000}], retries(H)),
    ember_workflow:stop_engine(E).

non_retryable() ->
    E = virtual_engine(non_retryable),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {non_retryable, W}),
    {ok, {'EXIT', {{activity_failed, fatal}, _}}} = ember_workflow:result(E, W, 5000),
    ?EQ(1, count(W)),
    ember_workflow:stop_engine(E).

%% start_to_close on the virtual clock: an activity that runs (here for ever) stops the time skipping,
%% so the test moves the time with advance/2; each attempt is killed 60 s after it started.
activity_timeout() ->
    E = virtual_engine(timeout),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, timeout),
    wait_for_event(E, W, <<"activity_scheduled">>),
    ?EQ({error, timeout}, ember_workflow:result(E, W, 100)),  % no skipping while the attempt runs
    ok = ember_workflow:advance(E, 60000),
    {ok, #{history := H1}} = ember_workflow:describe(E, W),
    S = scheduled_at(H1),
    ?SAME([{1, S + 90000}], retries(H1)),  % timed out at S + 60 s, retried 30 s later
    ?EQ([timeout], [R || {_, <<"activity_failed">>, #{reason := R}, _} <- H1]),
    ok = ember_workflow:advance(E, 90000),  % the retry at S + 90 s, its timeout at S + 150 s
    {ok, {'EXIT', {{activity_failed, timeout}, _}}} = ember_workflow:result(E, W, 5000),
    ?SAME(S + 150000, ember_workflow:engine_time(E)),
    ember_workflow:stop_engine(E).

durable_sleep() ->
    E = engine(sleep),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {sleep, 50}),
    {ok, Ms} = ember_workflow:result(E, W, 5000),
    ?EQ(true, Ms >= 50),
    ember_workflow:stop_engine(E).

signal_before_and_after_await() ->
    E = engine(signals),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, signals),
    ?EQ(ok, ember_workflow:signal(E, W, second, 2)),  % before the workflow waits for it
    timer:sleep(20),
    ?EQ(ok, ember_workflow:signal(E, W, first, 1)),
    ?EQ({ok, {1, 2}}, ember_workflow:result(E, W, 5000)),
    ?EQ({error, not_running}, ember_workflow:signal(E, W, first, 1)),
    ember_workflow:stop_engine(E).

%% A 1-hour signal deadline on the virtual clock: it passes at once while the test waits for the
%% result; a signal that comes first wins, with no time gone.
await_signal_timeout() ->
    E = virtual_engine(signal_timeout),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {signal_timeout, never}),
    ?EQ({ok, {timeout, 3600000}}, ember_workflow:result(E, W, 5000)),
    W2 = id(),
    {ok, _} = ember_workflow:start(E, W2, ?MODULE, {signal_timeout, go}),
    wait_for_event(E, W2, <<"timer_started">>),
    ok = ember_workflow:signal(E, W2, go, 1),
    ?EQ({ok, {{ok, 1}, 0}}, ember_workflow:result(E, W2, 5000)),
    ember_workflow:stop_engine(E).

markers_recorded() ->
    E = engine(markers),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, markers),
    {ok, {Now, R, Ref}} = ember_workflow:result(E, W, 5000),
    ?EQ(true, is_integer(Now) andalso is_float(R) andalso is_reference(Ref)),
    {ok, #{history := H}} = ember_workflow:describe(E, W),
    ?EQ([Now, R, Ref], [V || {_, <<"marker">>, #{value := V}, _} <- H]),
    ember_workflow:stop_engine(E).

%% The engine (and with it every run) dies after the first activity completed; a new engine on the
%% same store resumes the run: the activity is not run again, the timer fires once, the run completes.
%% The engine (and with it every run) dies after the first activity completed; a new engine on the
%% same store resumes the run: the activity is not run again, the 1-hour timer (virtual clock) fires
%% once, at the deadline the history recorded, and the run completes.
resume_after_engine_killed() ->
    E1 = virtual_engine(resume),
    W = id(),
    {ok, _} = ember_workflow:start(E1, W, ?MODULE, {resume, W}),
    wait_for_event(E1, W, <<"timer_started">>),
    kill_engine(E1),
    ?EQ(1, count({W, a})),
    E2 = virtual_engine(resume),
    ?EQ({ok, {{called, a}, {called, b}}}, ember_workflow:result(E2, W, 5000)),
    ?EQ({1, 1}, {count({W, a}), count({W, b})}),
    {ok, #{history := H}} = ember_workflow:describe(E2, W),
    ?EQ(1, length([x || {_, <<"timer_fired">>, _, _} <- H])),
    [FireAt] = [At || {_, <<"timer_started">>, #{fire_at := At}, _} <- H],
    ?SAME(scheduled_at(H) + 3600000, FireAt),
    ?EQ(true, ember_workflow:engine_time(E2) >= FireAt),
    ember_workflow:stop_engine(E2).

%% Markers and signals recorded before a restart are what the resumed run sees.
resume_keeps_markers_and_signals() ->
    E1 = engine(resume_markers),
    W = id(),
    {ok, _} = ember_workflow:start(E1, W, ?MODULE, {resume_markers, W}),
    wait_for_event(E1, W, <<"marker">>),
    ok = ember_workflow:signal(E1, W, go, hello),
    wait_for_event(E1, W, <<"signal_consumed">>),
    {ok, #{history := H1}} = ember_workflow:describe(E1, W),
    [Now, R] = [V || {_, <<"marker">>, #{value := V}, _} <- H1],
    kill_engine(E1),
    E2 = engine(resume_markers),
    ?EQ({ok, {Now, R, hello}}, ember_workflow:result(E2, W, 5000)),
    ember_workflow:stop_engine(E2).

%% New code that takes a different first step than the history recorded fails the run with a recorded
%% nondeterminism error naming the command.
nondeterminism_detected() ->
    persistent_term:put({?MODULE, version}, 1),
    E1 = engine(versioned),
    W = id(),
    {ok, _} = ember_workflow:start(E1, W, ?MODULE, {versioned, W}),
    wait_for_event(E1, W, <<"activity_completed">>),
    kill_engine(E1),
    persistent_term:put({?MODULE, version}, 2),
    E2 = engine(versioned),
    {error, {failed, {nondeterminism, 1, {activity, {?MODULE, record_call, 1}}, {timer, 1}}}} =
        ember_workflow:result(E2, W, 5000),
    {ok, #{history := H}} = ember_workflow:describe(E2, W),
    ?EQ(true, lists:keymember(<<"nondeterminism">>, 2, H)),
    persistent_term:erase({?MODULE, version}),
    ember_workflow:stop_engine(E2).

describe_history() ->
    E = engine(describe),
    W = id(),
    {ok, RunId} = ember_workflow:start(E, W, ?MODULE, {value, 1}),
    {ok, 2} = ember_workflow:result(E, W, 5000),
    {ok, #{runs := [#{run_id := RunId, status := completed}], history := [{1, <<"workflow_started">>, #{input := {value, 1}}, _}]}} =
        ember_workflow:describe(E, W),
    ember_workflow:stop_engine(E).

unknown_workflow() ->
    E = engine(unknown),
    ?EQ({error, not_found}, ember_workflow:result(E, <<"nope">>, 100)),
    ?EQ({error, not_running}, ember_workflow:signal(E, <<"nope">>, x, 1)),
    ?EQ({error, not_found}, ember_workflow:describe(E, <<"nope">>)),
    ember_workflow:stop_engine(E).

cancel_runs_compensation() ->
    E = engine(cancel),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {cancellable, W}),
    wait_for_event(E, W, <<"timer_started">>),
    ?EQ(ok, ember_workflow:cancel(E, W)),
    ?EQ({error, cancelled}, ember_workflow:result(E, W, 5000)),
    ?EQ(1, count({W, compensate})),
    {ok, #{history := H}} = ember_workflow:describe(E, W),
    ?EQ(true, lists:keymember(<<"cancel_requested">>, 2, H) andalso lists:keymember(<<"cancel_delivered">>, 2, H)),
    ?EQ({error, not_running}, ember_workflow:cancel(E, W)),
    ember_workflow:stop_engine(E).

cancel_caught() ->
    E = engine(cancel_caught),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, cancel_caught),
    wait_for_event(E, W, <<"timer_started">>),
    ok = ember_workflow:cancel(E, W),
    ?EQ({ok, caught}, ember_workflow:result(E, W, 5000)),
    ember_workflow:stop_engine(E).

%% A cancellation recorded before a crash is delivered at the same place after it, and the
%% compensation runs once.
cancel_survives_restart() ->
    E1 = engine(cancel_restart),
    W = id(),
    {ok, _} = ember_workflow:start(E1, W, ?MODULE, {cancellable, W}),
    wait_for_event(E1, W, <<"timer_started">>),
    ok = ember_workflow:cancel(E1, W),
    wait_for_event(E1, W, <<"activity_completed">>),
    kill_engine(E1),
    E2 = engine(cancel_restart),
    ?EQ({error, cancelled}, ember_workflow:result(E2, W, 5000)),
    ?EQ(1, count({W, compensate})),
    ember_workflow:stop_engine(E2).

queries() ->
    E = engine(queries),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, queried),
    wait_for_event(E, W, <<"workflow_started">>),
    timer:sleep(20),
    ?EQ({ok, waiting}, ember_workflow:query(E, W, state, [])),
    ok = ember_workflow:signal(E, W, go, 7),
    wait_for_event(E, W, <<"signal_consumed">>),
    timer:sleep(20),
    ?EQ({ok, {got, 7, x}}, ember_workflow:query(E, W, state, x)),
    {error, {error, function_clause}} = ember_workflow:query(E, W, other, x),
    {ok, #{history := H}} = ember_workflow:describe(E, W),
    ok = ember_workflow:signal(E, W, finish, 1),
    ?EQ({ok, 7}, ember_workflow:result(E, W, 5000)),
    ?EQ([], [T || {_, T, _, _} <- H, T =:= <<"query">>]),
    ?EQ({error, not_running}, ember_workflow:query(E, W, state, [])),
    ember_workflow:stop_engine(E).

get_version_new_run() ->
    persistent_term:put({?MODULE, ver_code}, new),
    E = engine(version_new),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {ver, W}),
    ok = ember_workflow:signal(E, W, finish, 1),
    ?EQ({ok, {1, ok}}, ember_workflow:result(E, W, 5000)),
    {ok, #{history := H}} = ember_workflow:describe(E, W),
    ?EQ([#{change_id := step_change, version := 1}], [P || {_, <<"version">>, P, _} <- H]),
    ember_workflow:stop_engine(E).

%% A run recorded by code without get_version keeps the old path when resumed by code with it.
get_version_old_history() ->
    persistent_term:put({?MODULE, ver_code}, old),
    E1 = engine(version_old),
    W = id(),
    {ok, _} = ember_workflow:start(E1, W, ?MODULE, {ver, W}),
    wait_for_event(E1, W, <<"activity_completed">>),
    kill_engine(E1),
    persistent_term:put({?MODULE, ver_code}, new),
    E2 = engine(version_old),
    timer:sleep(20),
    ok = ember_workflow:signal(E2, W, finish, 1),
    ?EQ({ok, {0, {called, old_step}}}, ember_workflow:result(E2, W, 5000)),
    ?EQ(1, count({W, old_step})),
    ember_workflow:stop_engine(E2).

continue_as_new() ->
    E = engine(continue),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {count_down, W, 3}),
    ?EQ({ok, {done, 3}}, ember_workflow:result(E, W, 5000)),
    {ok, #{runs := Runs, history := H}} = ember_workflow:describe(E, W),
    ?EQ([continued_as_new, continued_as_new, continued_as_new, completed], [S || #{status := S} <- Runs]),
    ?EQ([{1, <<"workflow_started">>}], [{Seq, T} || {Seq, T, _, _} <- H]),  % the last run's own history
    ember_workflow:stop_engine(E).

all_members() ->
    E = virtual_engine(all),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {all, W}),
    ?EQ({ok, [{ok_after, 2}, {called, x}, ok]}, ember_workflow:result(E, W, 5000)),
    ?EQ({2, 1}, {count({W, flaky}), count({W, x})}),
    ember_workflow:stop_engine(E).

%% The other member (a 5 s real sleep) keeps the virtual clock from skipping; advance/2 moves it to
%% the failed member's retry, which fails for good and stops the sleeper.
all_gives_up() ->
    E = virtual_engine(all_gives_up),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {all_gives_up, W}),
    wait_for_event(E, W, <<"activity_failed">>),
    T0 = erlang:monotonic_time(millisecond),
    ok = ember_workflow:advance(E, 60000),
    ?EQ({ok, {gave_up, fatal}}, ember_workflow:result(E, W, 5000)),
    ?EQ(true, erlang:monotonic_time(millisecond) - T0 < 4000),
    ember_workflow:stop_engine(E).

race_timer_wins() ->
    E = engine(race_timer),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, race_timer),
    ?EQ({ok, {2, ok}}, ember_workflow:result(E, W, 5000)),
    ember_workflow:stop_engine(E).

race_activity_wins() ->
    E = engine(race_activity),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {race_activity, W}),
    ?EQ({ok, {1, {called, fast}}}, ember_workflow:result(E, W, 5000)),
    ember_workflow:stop_engine(E).

%% After a restart, race/1 answers with the member the history recorded first; the loser is not run
%% again.
race_replays_its_winner() ->
    E1 = engine(race_replay),
    W = id(),
    {ok, _} = ember_workflow:start(E1, W, ?MODULE, {race_then_wait, W}),
    wait_for_event(E1, W, <<"activity_completed">>),
    kill_engine(E1),
    E2 = engine(race_replay),
    timer:sleep(20),
    ok = ember_workflow:signal(E2, W, finish, 1),
    ?EQ({ok, {1, {called, fast}}}, ember_workflow:result(E2, W, 5000)),
    ?EQ({1, 0}, {count({W, fast}), count({W, slow})}),
    ember_workflow:stop_engine(E2).

%% all/1 resumed after a crash runs only the members whose completion is not recorded.
all_resumes_pending_members() ->
    E1 = engine(all_resume),
    W = id(),
    {ok, _} = ember_workflow:start(E1, W, ?MODULE, {all_slow, W}),
    wait_for_event(E1, W, <<"activity_completed">>),
    kill_engine(E1),
    E2 = engine(all_resume),
    ?EQ({ok, [{called, fast}, {called, slow}]}, ember_workflow:result(E2, W, 5000)),
    ?EQ(1, count({W, fast})),
    ember_workflow:stop_engine(E2).

child_workflow() ->
    E = engine(child),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {parent, W}),
    Kid = <<W/binary, "-kid">>,
    wait_for_event(E, Kid, <<"activity_completed">>),
    ok = ember_workflow:signal(E, Kid, go, 9),
    ?EQ({ok, {10, 9}}, ember_workflow:result(E, W, 5000)),
    ?EQ({ok, 10}, ember_workflow:result(E, <<W/binary, "/child-1">>, 5000)),
    ember_workflow:stop_engine(E).

child_failure() ->
    E = engine(child_failure),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, failing_parent),
    Kid = <<W/binary, "/child-1">>,
    ?EQ({ok, {caught, Kid}}, ember_workflow:result(E, W, 5000)),
    ember_workflow:stop_engine(E).

%% Parent and child both resume after the engine is killed; the child's activity is not run again.
child_survives_restart() ->
    E1 = engine(child_restart),
    W = id(),
    {ok, _} = ember_workflow:start(E1, W, ?MODULE, {parent, W}),
    Kid = <<W/binary, "-kid">>,
    wait_for_event(E1, Kid, <<"activity_completed">>),
    kill_engine(E1),
    E2 = engine(child_restart),
    timer:sleep(20),
    ok = ember_workflow:signal(E2, Kid, go, 3),
    ?EQ({ok, {10, 3}}, ember_workflow:result(E2, W, 5000)),
    ?EQ(1, count({W, child})),
    ember_workflow:stop_engine(E2).

%% schedule_to_close_ms bounds every attempt and the waits between them together.
%% schedule_to_close_ms bounds every attempt and the waits between them together: attempts at 0, 60
%% and 180 s; the next retry would come at 420 s, past the 5 minutes, so the third failure gives up.
schedule_to_close() ->
    E = virtual_engine(schedule_to_close),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {schedule_to_close, W}),
    {ok, {'EXIT', {{activity_failed, schedule_to_close_timeout}, _}}} = ember_workflow:result(E, W, 5000),
    {ok, #{history := H}} = ember_workflow:describe(E, W),
    S = scheduled_at(H),
    ?SAME([{1, S + 60000}, {2, S + 180000}], retries(H)),
    ?EQ(3, count(W)),
    ?SAME(S + 180000, ember_workflow:engine_time(E)),
    ember_workflow:stop_engine(E).

%% activity_limits: at most 2 attempts of tracked/1 at once across 3 workflows of 4 parallel members.
activity_limits() ->
    {ok, E} = ember_workflow:start_engine(db(limits), #{activity_limits => #{{?MODULE, tracked} => 2}}),
    W = id(),
    Ws = [<<W/binary, $-, (integer_to_binary(I))/binary>> || I <- lists:seq(1, 3)],
    [{ok, _} = ember_workflow:start(E, X, ?MODULE, {limited, W}) || X <- Ws],
    [?EQ({ok, [ok, ok, ok, ok]}, ember_workflow:result(E, X, 10000)) || X <- Ws],
    ?EQ(2, count({W, max})),
    ember_workflow:stop_engine(E).

%% A 1-hour durable timer on the virtual clock: exactly an hour of recorded time, no real time.
virtual_sleep() ->
    E = virtual_engine(virtual_sleep),
    W = id(),
    T0 = erlang:monotonic_time(millisecond),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {virtual_sleep, 3600000}),
    {ok, {Start, End}} = ember_workflow:result(E, W, 5000),
    ?EQ(3600000, End - Start),
    ?EQ(true, erlang:monotonic_time(millisecond) - T0 < 5000),
    {ok, #{history := H}} = ember_workflow:describe(E, W),
    ?SAME([Start + 3600000], [At || {_, <<"timer_started">>, #{fire_at := At}, _} <- H]),
    ember_workflow:stop_engine(E).

%% While an activity runs, the virtual clock does not skip: a 300 ms activity beats a 1-hour timer.
no_skip_while_activity_runs() ->
    E = virtual_engine(no_skip),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {race_slow, W}),
    ?EQ({ok, {1, {called, slow}}}, ember_workflow:result(E, W, 5000)),
    ember_workflow:stop_engine(E).

%% clock => {virtual, StartMs} starts there; advance/2 without timers just moves the time; a real
%% engine refuses advance/2; a bad clock option is an error.
virtual_clock_options() ->
    {ok, E} = ember_workflow:start_engine(db(clock_options), #{clock => {virtual, 1000000}}),
    ?EQ(1000000, ember_workflow:engine_time(E)),
    ok = ember_workflow:advance(E, 500),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, markers),
    {ok, {1000500, _, _}} = ember_workflow:result(E, W, 5000),
    ember_workflow:stop_engine(E),
    R = engine(clock_real),
    ?EQ({error, real_clock}, ember_workflow:advance(R, 1)),
    ?EQ(true, abs(ember_workflow:engine_time(R) - erlang:system_time(millisecond)) < 1000),
    ember_workflow:stop_engine(R),
    ?EQ({error, {bad_option, {clock, sundial}}}, ember_workflow:start_engine(db(clock_bad), #{clock => sundial})),
    ok.

%% dirty => cpu | io is accepted for an Erlang activity (it runs as usual); another value is an error
%% raised in the workflow, for all/race members too.
dirty_option() ->
    E = engine(dirty),
    W = id(),
    {ok, _} = ember_workflow:start(E, W, ?MODULE, {dirty, io}),
    {ok, {{called, dirty}, {'EXIT', {{bad_option, {dirty, gpu}}, _}}}} = ember_workflow:result(E, W, 5000),
    W2 = id(),
    {ok, _} = ember_workflow:start(E, W2, ?MODULE, {dirty, fast}),
    {error, {failed, {error, {bad_option, {dirty, fast}}, _}}} = ember_workflow:result(E, W2, 5000),
    ember_workflow:stop_engine(E),
    %% The trampoline the option uses for host natives (none is installed here) refuses the rest.
    ?EQ(false, ember_dirty:is_host_native(?MODULE, record_call, 1)),
    ?EQ(false, ember_dirty:is_host_native(erlang, self, 0)),
    {'EXIT', {badarg, _}} = (catch ember_dirty:apply(cpu, ?MODULE, record_call, [x])),
    {'EXIT', {badarg, _}} = (catch ember_dirty:apply(gpu, erlang, self, [])),
    {'EXIT', {badarg, _}} = (catch ember_dirty:apply(io, erlang, self, improper)),
    ok.

%% ---- helpers ----------------------------------------------------------------------------------------

%% The recorded scheduling time of the (first) activity, and {Attempt, RetryAt} of its failures.
scheduled_at(H) -> hd([At || {_, <<"activity_scheduled">>, #{scheduled_at := At}, _} <- H]).
retries(H) -> [{N, At} || {_, <<"activity_failed">>, #{attempt := N, retry_at := At}, _} <- H].

wait_for_event(E, W, Type) ->
    wait_for_event(E, W, Type, 500).
wait_for_event(_E, _W, Type, 0) ->
    error({no_event, Type});
wait_for_event(E, W, Type, N) ->
    H = case ember_workflow:describe(E, W) of
            {ok, #{history := H0}} -> H0;
            {error, not_found} -> []  % not started yet (a child)
        end,
    case lists:keymember(Type, 2, H) of
        true -> ok;
        false -> timer:sleep(10), wait_for_event(E, W, Type, N - 1)
    end.

%% As a crash: the engine is killed, its runs get the exit signal and stop where they are.
kill_engine(E) ->
    MRef = erlang:monitor(process, E),
    exit(E, kill),
    receive {'DOWN', MRef, process, E, _} -> ok end,
    timer:sleep(50).
