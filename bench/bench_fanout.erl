%% Benchmark: fan-out/fan-in. Spawn 10,000 workers that each compute something small and
%% send the result back; collect all of them (in arrival order); 24 rounds.
-module(bench_fanout).
-export([main/0, main/1, run/2]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(24, 10000),
    io:format("bench_fanout work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_fanout checksum ~w~n", [Sum]),
    erlang:halt(0).

run(Rounds, Workers) -> rounds(0, Rounds, Workers, 0).

rounds(R, R, _, Acc) -> Acc;
rounds(R, Rounds, Workers, Acc) ->
    Me = self(),
    [spawn(fun() -> Me ! {result, I, work(R * Workers + I)} end) || I <- lists:seq(1, Workers)],
    Sum = collect(Workers, 0),
    rounds(R + 1, Rounds, Workers, (Acc * 13 + Sum) band 16#FFFFFFF).

%% A few microseconds of work: a short list built, mapped and folded.
work(Seed) ->
    L = [(Seed + K) rem 97 || K <- lists:seq(1, 40)],
    lists:foldl(fun(X, A) -> (A * 31 + X) band 16#FFFF end, 0, lists:map(fun(X) -> X * X end, L)).

collect(0, Acc) -> Acc;
collect(N, Acc) ->
    receive {result, I, V} -> collect(N - 1, (Acc + I * V) band 16#FFFFFFF) end.
