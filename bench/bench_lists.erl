%% Benchmark: list allocation and traversal (build, reverse, map, filter, sort, append).
-module(bench_lists).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(80),
    io:format("bench_lists work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_lists checksum ~w~n", [Sum]),
    erlang:halt(0).

run(Rounds) -> run(Rounds, 0).

run(0, Acc) -> Acc;
run(R, Acc) ->
    L = build(100000, []),
    M = lists:map(fun(X) -> X * 3 + R end, L),
    F = [X || X <- M, X rem 2 =:= 0],
    Rev = lists:reverse(F),
    S = lists:sort(fun(A, B) -> A > B end, lists:sublist(Rev, 20000)),
    Z = lists:zip(lists:seq(1, 1000), lists:duplicate(1000, R)),
    Sum = lists:sum(S) + length(Rev) + len(F ++ L, 0) + length(Z),
    run(R - 1, (Acc + Sum) rem 1000000007).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

len([], N) -> N;
len([_ | T], N) -> len(T, N + 1).
