%% Benchmark: TCP echo on loopback through gen_tcp: latency (10,000 request/reply round trips of
%% 32 bytes with {packet, 4}) and throughput (64 MB streamed through an echo server in 64 KB
%% sends). In-VM time of the work is printed.
-module(bench_tcp_echo).
-export([main/0, main/1]).

main(_) -> main().
main() ->
    {ok, L} = gen_tcp:listen(0, [binary, {packet, 4}, {active, false}, {reuseaddr, true}, {ip, {127, 0, 0, 1}}]),
    {ok, Port} = inet:port(L),
    spawn_link(fun() -> {ok, S} = gen_tcp:accept(L), echo(S) end),
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {packet, 4}, {active, false}]),
    Msg = binary:copy(<<"ping">>, 8),
    T0 = erlang:monotonic_time(millisecond),
    Rtt = pingpong(C, Msg, 10000, 0),
    T1 = erlang:monotonic_time(millisecond),
    Bulk = bulk(),
    T2 = erlang:monotonic_time(millisecond),
    gen_tcp:close(C),
    io:format("bench_tcp_echo work_ms ~w~n", [T2 - T0]),
    io:format("bench_tcp_echo latency_us ~w~n", [(T1 - T0) * 1000 div 10000]),
    io:format("bench_tcp_echo checksum ~w~n", [{Rtt, Bulk}]),
    erlang:halt(0).

echo(S) ->
    case gen_tcp:recv(S, 0) of
        {ok, D} -> ok = gen_tcp:send(S, D), echo(S);
        {error, closed} -> ok
    end.

pingpong(_, _, 0, N) -> N;
pingpong(C, Msg, K, N) ->
    ok = gen_tcp:send(C, Msg),
    {ok, R} = gen_tcp:recv(C, 0),
    pingpong(C, Msg, K - 1, N + byte_size(R)).

%% Stream 64 MB to a raw echo server and read it all back.
bulk() ->
    {ok, L} = gen_tcp:listen(0, [binary, {packet, raw}, {active, false}, {ip, {127, 0, 0, 1}}]),
    {ok, Port} = inet:port(L),
    spawn_link(fun() -> {ok, S} = gen_tcp:accept(L), raw_echo(S) end),
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {packet, raw}, {active, false}]),
    Chunk = binary:copy(<<"0123456789abcdef">>, 4096),
    Total = 1024 * byte_size(Chunk),
    Self = self(),
    spawn_link(fun() -> [ok = gen_tcp:send(C, Chunk) || _ <- lists:seq(1, 1024)], Self ! sent end),
    Got = drain(C, Total, 0),
    receive sent -> ok end,
    gen_tcp:close(C),
    Got.

raw_echo(S) ->
    case gen_tcp:recv(S, 0) of
        {ok, D} -> ok = gen_tcp:send(S, D), raw_echo(S);
        {error, closed} -> ok
    end.

drain(_, Total, Got) when Got >= Total -> Got;
drain(C, Total, Got) ->
    {ok, D} = gen_tcp:recv(C, 0),
    drain(C, Total, Got + byte_size(D)).
