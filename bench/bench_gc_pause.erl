%% Benchmark: GC pauses of a process holding a large live set (a 4M-element tuple of small tuples:
%% about 16M words, 128 MB; `-run bench_gc_pause main N` for N elements, 16000000 for about 512 MB)
%% while it keeps allocating garbage. The process times each round of
%% allocation; a round that took much longer than the median paused for a collection. Prints the
%% work time and the p50/p99/max round times in microseconds (in-VM, erlang:monotonic_time).
-module(bench_gc_pause).
-export([main/0, main/1]).

main([N]) -> run(list_to_integer(N));
main([]) -> main().
main() -> run(4000000).
run(Elements) ->
    Self = self(),
    P = spawn_opt(fun() -> Self ! {self(), work(Elements)} end, [{min_heap_size, 233}]),
    receive {P, {Ms, Rounds, Check}} ->
        Sorted = lists:sort(Rounds),
        N = length(Sorted),
        Pct = fun(Q) -> lists:nth(max(1, min(N, round(Q * N))), Sorted) end,
        io:format("bench_gc_pause work_ms ~w~n", [Ms]),
        io:format("bench_gc_pause round_us p50 ~w p99 ~w max ~w~n", [Pct(0.5), Pct(0.99), lists:last(Sorted)]),
        io:format("bench_gc_pause checksum ~w~n", [Check])
    end,
    erlang:halt(0).

work(Elements) ->
    T0 = erlang:monotonic_time(millisecond),
    %% 4 words per element live: a 3-word tuple each and the big tuple's slot (16M words for 4M).
    Live = list_to_tuple([{I, I * 2} || I <- lists:seq(1, Elements)]),
    Rounds = rounds(2000, Live, []),
    Ms = erlang:monotonic_time(millisecond) - T0,
    {Ms, Rounds, element(2, element(1234567, Live)) + length(Rounds)}.

rounds(0, _, Acc) -> Acc;
rounds(K, Live, Acc) ->
    T0 = erlang:monotonic_time(microsecond),
    garbage(2000, []),
    _ = element(K, Live),
    rounds(K - 1, Live, [erlang:monotonic_time(microsecond) - T0 | Acc]).

garbage(0, L) -> length(L);
garbage(N, L) -> garbage(N - 1, [{N, N} | L]).
