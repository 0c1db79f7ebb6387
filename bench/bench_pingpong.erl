%% Benchmark: ping-pong. 16 independent pairs of processes, each pair doing 60,000 round
%% trips; with several schedulers the pairs run in parallel and partners may sit on
%% different schedulers (wake-ups across threads).
-module(bench_pingpong).
-export([main/0, main/1, run/2]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(16, 60000),
    io:format("bench_pingpong work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_pingpong checksum ~w~n", [Sum]),
    erlang:halt(0).

run(Pairs, Trips) ->
    Me = self(),
    [begin
         Ponger = spawn(fun() -> ponger(Id) end),
         spawn(fun() -> Me ! {done, Id, pinger(Ponger, Trips, Id)} end)
     end || Id <- lists:seq(1, Pairs)],
    collect(Pairs, 0).

collect(0, Acc) -> Acc;
collect(N, Acc) ->
    receive {done, Id, R} -> collect(N - 1, Acc + Id * R) end.

pinger(Ponger, 0, Acc) ->
    Ponger ! stop,
    Acc;
pinger(Ponger, N, Acc) ->
    Ponger ! {ping, self(), N},
    receive {pong, K} -> pinger(Ponger, N - 1, (Acc + K) band 16#FFFFFF) end.

ponger(Id) ->
    receive
        {ping, From, N} -> From ! {pong, N * Id rem 65521}, ponger(Id);
        stop -> ok
    end.
