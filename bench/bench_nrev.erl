%% Benchmark: naive reverse (quadratic list building: almost every cons cell is garbage at once)
%% of a 1,000-element list, repeated; allocation-heavy with a small live set.
-module(bench_nrev).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    L = lists:seq(1, 1000),
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(L, 600, 0),
    T1 = erlang:monotonic_time(millisecond),
    io:format("bench_nrev work_ms ~w~n", [T1 - T0]),
    io:format("bench_nrev checksum ~w~n", [Sum]),
    erlang:halt(0).

run(_, 0, Acc) -> Acc;
run(L, N, Acc) ->
    [H | _] = nrev(L),
    run(L, N - 1, (Acc + H * N) rem 1000000007).

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].

run(N) -> run(lists:seq(1, 1000), N, 0).
