%% Benchmark: re:run over a 1 MB text (global matches with captures, a compiled pattern, a
%% non-matching scan and re:replace/split on part of it). In-VM time of the work is printed.
-module(bench_re).
-export([main/0, main/1]).

main(_) -> main().
main() ->
    Text = text(1 bsl 20),
    {ok, Words} = re:compile(<<"\\b([a-z]+)ing\\b">>),
    {ok, Dates} = re:compile(<<"(\\d{4})-(\\d{2})-(\\d{2})">>),
    T0 = erlang:monotonic_time(millisecond),
    Sum = lists:foldl(fun(_, Acc) -> Acc + round(Text, Words, Dates) end, 0, lists:seq(1, 2)),
    T1 = erlang:monotonic_time(millisecond),
    io:format("bench_re work_ms ~w~n", [T1 - T0]),
    io:format("bench_re checksum ~w~n", [Sum]),
    erlang:halt(0).

round(Text, Words, Dates) ->
    {match, W} = re:run(Text, Words, [global, {capture, all_but_first, index}]),
    {match, D} = re:run(Text, Dates, [global, {capture, all, binary}]),
    nomatch = re:run(Text, <<"zzz[0-9]qqq">>),
    Part = binary:part(Text, 0, 65536),
    R = re:replace(Part, <<"(\\d+)">>, <<"<\\1>">>, [global, {return, binary}]),
    S = re:split(Part, <<"\\s+">>, [{return, binary}]),
    length(W) + length(D) + byte_size(R) + length(S).

%% Deterministic text: words, numbers and dates.
text(Size) -> text(Size, 1, []).
text(Size, _, Acc) when Size =< 0 -> iolist_to_binary(lists:reverse(Acc));
text(Size, N, Acc) ->
    Piece = case N rem 7 of
                0 -> io_lib:format("~4..0w-~2..0w-~2..0w ", [1900 + N rem 120, 1 + N rem 12, 1 + N rem 28]);
                1 -> "running ";
                2 -> integer_to_list(N * 7919) ++ " ";
                3 -> "the quick brown fox ";
                4 -> "jumping ";
                5 -> "over\n";
                _ -> "lazy dogs "
            end,
    B = iolist_to_binary(Piece),
    text(Size - byte_size(B), N + 1, [B | Acc]).
