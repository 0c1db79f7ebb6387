%% The hosted-script API (lib/ember/src/ember_script.erl, docs/scripts.md) on Ember: one function per
%% behaviour, each returns ok or fails. Ember-only (erl has no ember_script). Run by script_tests.sh.
-module(script_tests).
-export([main/0]).
-compile([export_all, nowarn_export_all]).  % each test is called by name

-define(EQ(Want, Got), case Got of Want -> ok; __Other -> error({expected, ??Want, got, __Other}) end).

tests() ->
    [value, spawn_await, thousand_processes, send_receive, sleep_real_clock, second_await_fails,
     child_failure, output_per_process, deadlock_alone, deadlock_names_waits, no_deadlock_while_sleeping,
     no_deadlock_while_timer_pending, cancel_runs_after, cancel_plain_receive_escalates,
     scope_awaits_children, scope_failure_propagates, scope_exception_cancels, deadline_exceeded,
     deadline_met, time_limit, nothing_outlives_the_script, await_timeout_keeps_handle, unicode_output,
     bad_arguments].

main() ->
    Results = [{T, catch ?MODULE:T()} || T <- tests()],
    Failed = [R || {_, Res} = R <- Results, Res =/= ok],
    [io:format("FAIL ~p: ~p~n", [T, Res]) || {T, Res} <- Failed],
    io:format("script_tests: ~p passed, ~p failed~n", [length(Results) - length(Failed), length(Failed)]),
    halt(case Failed of [] -> 0; _ -> 1 end).

run(F) -> run(F, #{}).
run(F, Opts) -> ember_script:run(F, Opts).

value() ->
    ?EQ(#{outcome := {ok, 42}, output := []}, run(fun() -> 42 end)), ok.

spawn_await() ->
    ?EQ(#{outcome := {ok, 42}},
        run(fun() -> H = ember_script:spawn(fun() -> ember_script:sleep(5), 21 end), 2 * ember_script:await(H) end)),
    ok.

thousand_processes() ->
    ?EQ(#{outcome := {ok, 500500}},
        run(fun() ->
                    Hs = [ember_script:spawn(fun() -> N end) || N <- lists:seq(1, 1000)],
                    lists:sum([ember_script:await(H) || H <- Hs])
            end)),
    ok.

send_receive() ->
    ?EQ(#{outcome := {ok, {pong, 7}}},
        run(fun() ->
                    Parent = self(),
                    H = ember_script:spawn(fun() -> receive {ping, N} -> Parent ! {pong, N} end end),
                    {ember_script_handle, Pid, _} = H,
                    Pid ! {ping, 7},
                    R = receive {pong, _} = M -> M end,
                    ember_script:await(H),
                    R
            end)),
    ok.

sleep_real_clock() ->
    #{outcome := {ok, Elapsed}} =
        run(fun() -> T0 = erlang:monotonic_time(millisecond), ember_script:sleep(30),
                     erlang:monotonic_time(millisecond) - T0 end),
    true = Elapsed >= 30,
    ok.

second_await_fails() ->
    #{outcome := {ok, {1, {'EXIT', {{already_awaited, {ember_script_handle, _, _}}, _}}}}} =
        run(fun() -> H = ember_script:spawn(fun() -> 1 end), A = ember_script:await(H), {A, catch ember_script:await(H)} end),
    ok.

child_failure() ->
    #{outcome := {ok, [{boom, true}, {exit, bye}, {thrown, t}]}} =
        run(fun() ->
                    H1 = ember_script:spawn(fun() -> error(boom) end),
                    H2 = ember_script:spawn(fun() -> exit(bye) end),
                    H3 = ember_script:spawn(fun() -> throw(t) end),
                    R1 = try ember_script:await(H1) catch error:{child_failed, H1, {boom, S}} -> {boom, is_list(S)} end,
                    R2 = try ember_script:await(H2) catch error:{child_failed, H2, bye} -> {exit, bye} end,
                    R3 = try ember_script:await(H3) catch error:{child_failed, H3, {{nocatch, t}, _}} -> {thrown, t} end,
                    [R1, R2, R3]
            end),
    ok.

output_per_process() ->
    #{outcome := {ok, Child}, output := [{Root, <<"hello\nx=1\n">>}, {Child, <<"child out\n">>}]} =
        run(fun() ->
                    ember_script:println("hello"),
                    io:format("x=~p~n", [1]),
                    H = ember_script:spawn(fun() -> ember_script:println(["child ", <<"out">>]), self() end),
                    ember_script:await(H)
            end),
    true = is_pid(Root) andalso Root =/= Child,
    ok.

deadlock_alone() ->
    #{outcome := {deadlock, [{Root, 'receive'}]}} = run(fun() -> receive never -> ok end end),
    true = is_pid(Root),
    false = is_process_alive(Root),
    ok.

deadlock_names_waits() ->
    #{outcome := {deadlock, Edges}} =
        run(fun() -> H = ember_script:spawn(fun() -> receive never -> ok end end), ember_script:await(H) end),
    [{A, WA}, {B, WB}] = Edges,
    true = (WA =:= {await, B} andalso WB =:= 'receive') orelse (WB =:= {await, A} andalso WA =:= 'receive'),
    false = is_process_alive(A) orelse is_process_alive(B),
    ok.

no_deadlock_while_sleeping() ->
    ?EQ(#{outcome := {ok, slept}},
        run(fun() -> H = ember_script:spawn(fun() -> ember_script:sleep(200), slept end), ember_script:await(H) end)),
    ok.

no_deadlock_while_timer_pending() ->
    ?EQ(#{outcome := {ok, tick}},
        run(fun() -> erlang:send_after(150, self(), tick), receive tick -> tick end end)),
    ok.

cancel_runs_after() ->
    #{outcome := {ok, {cleaned, cancelled}}} =
        run(fun() ->
                    Parent = self(),
                    H = ember_script:spawn(fun() ->
                                                   try ember_script:sleep(100000)
                                                   after Parent ! cleaned
                                                   end
                                           end),
                    ember_script:sleep(5),
                    ember_script:cancel(H),
                    R = try ember_script:await(H) catch error:{child_failed, H, Why} -> Why end,
                    {receive cleaned -> cleaned after 1000 -> none end, R}
            end),
    ok.

cancel_plain_receive_escalates() ->
    #{outcome := {ok, cancelled}} =
        run(fun() ->
                    Parent = self(),
                    H = ember_script:spawn(fun() -> Parent ! started, receive never -> ok end end),
                    receive started -> ok end,
                    ember_script:cancel(H),
                    try ember_script:await(H) catch error:{child_failed, H, Why} -> Why end
            end),
    ok.

scope_awaits_children() ->
    #{outcome := {ok, {done, [a, b]}}} =
        run(fun() ->
                    Parent = self(),
                    R = ember_script:scope(fun() ->
                                                   ember_script:spawn(fun() -> ember_script:sleep(20), Parent ! a end),
                                                   ember_script:spawn(fun() -> ember_script:sleep(40), Parent ! b end),
                                                   done
                                           end),
                    Got = [receive X -> X after 0 -> missing end, receive Y -> Y after 0 -> missing end],
                    {R, lists:sort(Got)}
            end),
    ok.

scope_failure_propagates() ->
    #{outcome := {ok, in_scope}} =
        run(fun() ->
                    try ember_script:scope(fun() -> ember_script:spawn(fun() -> error(in_scope) end), ok end)
                    catch error:{child_failed, _, {in_scope, _}} -> in_scope
                    end
            end),
    ok.

scope_exception_cancels() ->
    #{outcome := {ok, {oops, cleaned}}} =
        run(fun() ->
                    Parent = self(),
                    R = try ember_script:scope(fun() ->
                                                       ember_script:spawn(fun() ->
                                                                                  try ember_script:sleep(100000)
                                                                                  after Parent ! cleaned
                                                                                  end
                                                                          end),
                                                       ember_script:sleep(5),
                                                       error(oops)
                                               end)
                        catch error:oops -> oops
                        end,
                    {R, receive cleaned -> cleaned after 0 -> not_cleaned end}
            end),
    ok.

deadline_exceeded() ->
    #{outcome := {ok, {'EXIT', {{deadline_exceeded, 20}, _}}}} =
        run(fun() -> catch ember_script:deadline(20, fun() -> ember_script:sleep(100000) end) end),
    ok.

deadline_met() ->
    ?EQ(#{outcome := {ok, fast}}, run(fun() -> ember_script:deadline(1000, fun() -> fast end) end)), ok.

time_limit() ->
    T0 = erlang:monotonic_time(millisecond),
    #{outcome := time_limit} = run(fun() -> Loop = fun L() -> ember_script:sleep(5), L() end, Loop() end,
                                   #{time_limit_ms => 50}),
    true = erlang:monotonic_time(millisecond) - T0 < 2000,
    ok.

nothing_outlives_the_script() ->
    Parent = self(),
    #{outcome := {ok, _}} =
        run(fun() ->
                    P = spawn(fun() -> receive never -> ok end end),   % a plain spawn, never awaited
                    Parent ! {stray, P},
                    ok
            end),
    receive {stray, P} -> timer:sleep(20), false = is_process_alive(P) end,
    ok.

await_timeout_keeps_handle() ->
    #{outcome := {ok, {timed_out, later}}} =
        run(fun() ->
                    H = ember_script:spawn(fun() -> ember_script:sleep(50), later end),
                    First = try ember_script:await(H, 5) catch error:{await_timeout, H} -> timed_out end,
                    {First, ember_script:await(H)}
            end),
    ok.

unicode_output() ->
    #{output := [{_, <<"héllo ✓\n"/utf8>>}]} = run(fun() -> ember_script:println(<<"héllo ✓"/utf8>>) end),
    ok.

bad_arguments() ->
    {'EXIT', {function_clause, _}} = (catch ember_script:spawn(not_a_fun)),
    {'EXIT', {function_clause, _}} = (catch ember_script:sleep(-1)),
    {'EXIT', {function_clause, _}} = (catch ember_script:run(fun(_) -> x end, #{})),
    {'EXIT', {badarg, _}} = (catch ember_script:await(not_a_handle)),
    ok.
