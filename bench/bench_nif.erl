%% Benchmark: NIF call overhead. 10M calls of a trivial NIF (add two integers), then 50,000 round
%% trips through a NIF flagged dirty CPU. The library (bench/nifs/bench_nif.c) is built by
%% tools/bench/run.sh next to this beam. In-VM time of the work is printed, and each part's.
-module(bench_nif).
-export([main/0, main/1, add/2, dirty_echo/1]).
-on_load(init/0).

init() -> erlang:load_nif(filename:join(filename:dirname(code:which(?MODULE)), "bench_nif"), 0).

add(_, _) -> erlang:nif_error(nif_not_loaded).
dirty_echo(_) -> erlang:nif_error(nif_not_loaded).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = calls(10000000, 0),
    T1 = erlang:monotonic_time(millisecond),
    Echo = dirty(50000, 0),
    T2 = erlang:monotonic_time(millisecond),
    io:format("bench_nif calls_ms ~w dirty_ms ~w~n", [T1 - T0, T2 - T1]),
    io:format("bench_nif work_ms ~w~n", [T2 - T0]),
    io:format("bench_nif checksum ~w~n", [{Sum, Echo}]),
    erlang:halt(0).

calls(0, Acc) -> Acc;
calls(N, Acc) -> calls(N - 1, add(Acc, N) band 16#FFFFFFF).

dirty(0, Acc) -> Acc;
dirty(N, Acc) -> dirty(N - 1, Acc + dirty_echo(1)).
