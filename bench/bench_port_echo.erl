%% Benchmark: round trips through a port program (cat, {packet, 4}): 5,000 request/reply pairs of
%% 64 bytes. In-VM time of the work is printed.
-module(bench_port_echo).
-export([main/0, main/1]).

main(_) -> main().
main() ->
    Cat = os:find_executable("cat"),
    Port = open_port({spawn_executable, Cat}, [binary, stream]),
    Msg = binary:copy(<<"0123456789abcdef">>, 4),
    T0 = erlang:monotonic_time(millisecond),
    N = loop(Port, Msg, 5000, 0),
    T1 = erlang:monotonic_time(millisecond),
    port_close(Port),
    io:format("bench_port_echo work_ms ~w~n", [T1 - T0]),
    io:format("bench_port_echo checksum ~w~n", [N]),
    erlang:halt(0).

loop(_, _, 0, Bytes) -> Bytes;
loop(Port, Msg, K, Bytes) ->
    port_command(Port, Msg),
    loop(Port, Msg, K - 1, Bytes + recv(Port, byte_size(Msg))).

%% cat may return the echo in pieces: collect exactly Want bytes.
recv(_, 0) -> 0;
recv(Port, Want) when Want > 0 ->
    receive {Port, {data, D}} -> byte_size(D) + recv(Port, Want - byte_size(D)) end.
