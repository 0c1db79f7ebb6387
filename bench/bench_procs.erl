%% Benchmark: processes and messages: a ring of processes passing a token around,
%% plus spawn/monitor churn.
-module(bench_procs).
-export([main/0, main/1, run/2]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(1000, 3000),
    io:format("bench_procs work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_procs checksum ~w~n", [Sum]),
    erlang:halt(0).

run(RingSize, Laps) ->
    Me = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, Me, lists:seq(1, RingSize)),
    First ! {token, 0},
    Hops = lap(First, Laps),
    exit(First, kill),
    Churn = churn(50000, 0),
    Hops + Churn.

lap(_, 0) -> receive {token, N} -> N end;
lap(First, Laps) ->
    receive {token, N} -> First ! {token, N + 1} end,
    lap(First, Laps - 1).

relay(Next) ->
    receive
        {token, N} -> Next ! {token, N + 1}, relay(Next)
    end.

churn(0, Acc) -> Acc;
churn(N, Acc) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit({done, N rem 5}) end),
    receive {'DOWN', Ref, process, Pid, {done, K}} -> churn(N - 1, Acc + K) end.
