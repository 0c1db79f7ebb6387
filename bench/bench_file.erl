%% Benchmark: write and read back 256 MB through file:write_file/read_file, then the same in
%% 1 MB chunks through a raw file handle. In-VM time of the work is printed.
-module(bench_file).
-export([main/0, main/1]).

-define(MB, (1 bsl 20)).

main(_) -> main().
main() ->
    Dir = filename:join("/tmp", "ember_bench_file_" ++ os:getpid()),
    ok = file:make_dir(Dir),
    Path = filename:join(Dir, "data.bin"),
    Chunk = list_to_binary([I rem 251 || I <- lists:seq(1, ?MB)]),
    Data = iolist_to_binary(lists:duplicate(128, Chunk)),
    T0 = erlang:monotonic_time(millisecond),
    ok = file:write_file(Path, Data),
    {ok, Back} = file:read_file(Path),
    {ok, F} = file:open(Path, [raw, binary, write]),
    [ok = file:write(F, Chunk) || _ <- lists:seq(1, 128)],
    ok = file:close(F),
    {ok, R} = file:open(Path, [raw, binary, read]),
    Read = read_all(R, 0),
    ok = file:close(R),
    T1 = erlang:monotonic_time(millisecond),
    ok = file:delete(Path),
    ok = file:del_dir(Dir),
    io:format("bench_file work_ms ~w~n", [T1 - T0]),
    io:format("bench_file checksum ~w~n", [{byte_size(Back) + Read, erlang:crc32(Back)}]),
    erlang:halt(0).

read_all(F, N) ->
    case file:read(F, ?MB) of
        {ok, B} -> read_all(F, N + byte_size(B));
        eof -> N
    end.
