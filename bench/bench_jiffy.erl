%% Benchmark: Debian's jiffy (a NIF library built for erl, loaded unmodified): decode and encode a
%% 10 MB JSON document 5 times. In-VM time of the work is printed.
-module(bench_jiffy).
-export([main/0, main/1]).

main(_) -> main().
main() ->
    Doc = doc(),
    Json = iolist_to_binary(jiffy:encode(Doc)),
    T0 = erlang:monotonic_time(millisecond),
    {Sizes, Same} = loop(5, Json, Doc, {0, true}),
    T1 = erlang:monotonic_time(millisecond),
    io:format("bench_jiffy work_ms ~w~n", [T1 - T0]),
    io:format("bench_jiffy checksum ~w~n", [{byte_size(Json), Sizes, Same, erlang:phash2(Json)}]),
    erlang:halt(0).

loop(0, _Json, _Doc, Acc) -> Acc;
loop(N, Json, Doc, {Sizes, Same}) ->
    D = jiffy:decode(Json),
    E = iolist_to_binary(jiffy:encode(D)),
    loop(N - 1, Json, Doc, {Sizes + byte_size(E), Same andalso D =:= Doc}).

%% About 10 MB: objects with strings, numbers, floats, nested arrays and unicode.
doc() ->
    [{[{<<"id">>, I}, {<<"name">>, <<"user ", (integer_to_binary(I))/binary, " \xc3\xa9\xe2\x98\x83">>},
       {<<"score">>, I * 1.25}, {<<"active">>, I rem 2 =:= 0}, {<<"tags">>, [<<"alpha">>, <<"beta">>, null]},
       {<<"pos">>, {[{<<"x">>, I rem 1000}, {<<"y">>, -I}]}}]}
     || I <- lists:seq(1, 75000)].
