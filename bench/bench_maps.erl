%% Benchmark: maps of 50,000 keys built, updated, looked up and folded (allocation-heavy: every
%% update of a large map copies a path of its HAMT).
-module(bench_maps).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(8),
    T1 = erlang:monotonic_time(millisecond),
    io:format("bench_maps work_ms ~w~n", [T1 - T0]),
    io:format("bench_maps checksum ~w~n", [Sum]),
    erlang:halt(0).

run(Rounds) -> run(Rounds, 0).

run(0, Acc) -> Acc;
run(R, Acc) ->
    N = 50000,
    M0 = build(N, R, #{}),
    M1 = update(N, M0),
    M2 = maps:map(fun(K, V) -> V + K band 7 end, M1),
    Lookups = lookup(N, M2, 0),
    Folded = maps:fold(fun(K, V, A) -> (A + K * V) rem 1000000007 end, 0, M2),
    M3 = maps:filter(fun(K, _) -> K rem 3 =/= 0 end, M2),
    run(R - 1, (Acc + Lookups + Folded + map_size(M3)) rem 1000000007).

build(0, _, M) -> M;
build(K, R, M) -> build(K - 1, R, M#{K => K * R}).

update(0, M) -> M;
update(K, M) -> update(K - 1, M#{K := maps:get(K, M) + 1}).

lookup(0, _, A) -> A;
lookup(K, M, A) -> lookup(K - 1, M, (A + maps:get((K * 7919) rem 50000 + 1, M)) rem 1000000007).
