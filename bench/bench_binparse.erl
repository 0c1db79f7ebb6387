%% Benchmark: building binaries (records of mixed fields appended one by one) and parsing them back
%% with binary matching; allocation-heavy on the heap and the binary virtual heap.
-module(bench_binparse).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(40),
    T1 = erlang:monotonic_time(millisecond),
    io:format("bench_binparse work_ms ~w~n", [T1 - T0]),
    io:format("bench_binparse checksum ~w~n", [Sum]),
    erlang:halt(0).

run(Rounds) -> run(Rounds, 0).

run(0, Acc) -> Acc;
run(R, Acc) ->
    Bin = build(20000, R, <<>>),
    run(R - 1, (Acc + parse(Bin, 0)) rem 1000000007).

build(0, _, Bin) -> Bin;
build(N, R, Bin) ->
    Name = integer_to_binary(N * 7 + R),
    build(N - 1, R, <<Bin/binary, N:32, (N rem 251):8, (byte_size(Name)):16, Name/binary, (N * R):64/float>>).

parse(<<>>, Acc) -> Acc;
parse(<<N:32, B:8, Len:16, Name:Len/binary, F:64/float, Rest/binary>>, Acc) ->
    parse(Rest, (Acc + N + B + binary_to_integer(Name) + trunc(F)) rem 1000000007).
