%% Benchmark: parallel scaling. 64 independent CPU-bound workers (calls, list and tuple
%% allocation, so every scheduler also garbage collects) share a fixed amount of work;
%% the parent only collects their results. Run it with +S 1 and +S 2 and compare times
%% (tools/bench/run.sh --scaling).
-module(bench_parallel).
-export([main/0, main/1, run/2]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(64, 12800),
    T1 = erlang:monotonic_time(millisecond),
    io:format("bench_parallel checksum ~w~n", [Sum]),
    % Time of the parallel part alone (no VM start-up), for run.sh --scaling.
    io:format("bench_parallel work_ms ~w~n", [T1 - T0]),
    erlang:halt(0).

%% K workers, Units work units in total (Units div K each).
run(K, Units) ->
    Me = self(),
    Each = Units div K,
    [spawn(fun() -> Me ! {done, I, worker(I, Each, 0)} end) || I <- lists:seq(1, K)],
    collect(K, 0).

collect(0, Acc) -> Acc;
collect(N, Acc) ->
    receive {done, I, R} -> collect(N - 1, (Acc + I * R) band 16#FFFFFFF) end.

worker(_, 0, Acc) -> Acc;
worker(I, N, Acc) ->
    F = fib(18 + (I + N) rem 2),
    T = tree_sum(build(8, I + N)),
    S = lists:sum(lists:sort([(X * 7919 + I) rem 1000 || X <- lists:seq(1, 300)])),
    worker(I, N - 1, (Acc * 31 + F + T + S) band 16#FFFFFFF).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

build(0, V) -> {leaf, V};
build(D, V) -> {node, build(D - 1, V * 2), build(D - 1, V * 2 + 1)}.

tree_sum({leaf, V}) -> V band 255;
tree_sum({node, L, R}) -> tree_sum(L) + tree_sum(R).
