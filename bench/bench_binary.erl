%% Benchmark: bit syntax: encoding records into binaries (mixed sizes, endianness,
%% floats, utf8), appending in a loop, then decoding them again with matching.
-module(bench_binary).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(100),
    io:format("bench_binary work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_binary checksum ~w~n", [Sum]),
    erlang:halt(0).

run(Rounds) -> run(Rounds, 0).

run(0, Acc) -> Acc;
run(R, Acc) ->
    Bin = encode(20000, R, <<>>),
    {Count, Sum} = decode(Bin, 0, 0),
    Crc = erlang:crc32(Bin),
    run(R - 1, (Acc + Count + Sum + Crc + bits(Bin, 0)) rem 1000000007).

encode(0, _, Acc) -> Acc;
encode(N, R, Acc) ->
    Name = case N rem 3 of 0 -> <<"alpha">>; 1 -> <<"βeta"/utf8>>; _ -> <<"c">> end,
    Acc2 = <<Acc/binary, 16#CAFE:16, N:32/little, (N * R):24/signed, (N rem 7):3, (N rem 31):5,
             (N / 3):64/float, (byte_size(Name)):8, Name/binary, (N rem 1000)/utf8>>,
    encode(N - 1, R, Acc2).

decode(<<16#CAFE:16, N:32/little, M:24/signed, A:3, B:5, F:64/float, L:8, _Name:L/binary, C/utf8, Rest/binary>>, Count, Sum) ->
    decode(Rest, Count + 1, (Sum + N + M + A + B + trunc(F) + C) band 16#FFFFFFF);
decode(<<>>, Count, Sum) -> {Count, Sum}.

bits(<<X:13, Rest/bits>>, Acc) -> bits(Rest, (Acc + X) band 16#FFFFFF);
bits(_, Acc) -> Acc.
