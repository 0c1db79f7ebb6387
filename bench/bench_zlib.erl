%% Benchmark: zlib compress/uncompress of 64 MB (deflate at the default level, then inflate),
%% plus gzip/gunzip and crc32 of the same data. In-VM time of the work is printed.
-module(bench_zlib).
-export([main/0, main/1]).

main(_) -> main().
main() ->
    Data = data(64 bsl 20),
    T0 = erlang:monotonic_time(millisecond),
    Z = zlib:compress(Data),
    Data = zlib:uncompress(Z),
    G = zlib:gzip(binary:part(Data, 0, 16 bsl 20)),
    U = zlib:gunzip(G),
    Crc = erlang:crc32(Data),
    T1 = erlang:monotonic_time(millisecond),
    io:format("bench_zlib work_ms ~w~n", [T1 - T0]),
    io:format("bench_zlib checksum ~w~n", [{byte_size(Z), byte_size(G), byte_size(U), Crc}]),
    erlang:halt(0).

%% Compressible but not trivial: a text-like pattern with a running counter.
data(Size) ->
    Chunk = iolist_to_binary([[integer_to_list(I), " lorem ipsum dolor sit amet ", integer_to_list(I * I rem 9973), "\n"]
                              || I <- lists:seq(1, 20000)]),
    N = Size div byte_size(Chunk) + 1,
    binary:part(iolist_to_binary(lists:duplicate(N, Chunk)), 0, Size).
