%% Benchmark: time spent in OTP's own Erlang code: io_lib:format of many terms
%% (~p, ~w, ~s, ~f), string and lists functions.
-module(bench_format).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(24000),
    io:format("bench_format work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_format checksum ~w~n", [Sum]),
    erlang:halt(0).

run(N) -> run(N, 0).

run(0, Acc) -> Acc;
run(N, Acc) ->
    Term = {record, N, [N, N * 2, "string " ++ integer_to_list(N)], #{key => N, other => [a, b]}, N / 7},
    S1 = io_lib:format("~p~n", [Term]),
    S2 = io_lib:format("~w|~s|~.3f|~8.16.0B|~-10s|~e", [Term, "text", N / 3, N, "pad", N * 1.5]),
    Flat = lists:flatten([S1, S2]),
    Words = string:lexemes(Flat, " ,{}[]|"),
    Up = string:uppercase(lists:sublist(Flat, 40)),
    Sorted = lists:usort(Words),
    run(N - 1, (Acc + length(Flat) + length(Sorted) + erlang:phash2(Up)) rem 1000000007).
