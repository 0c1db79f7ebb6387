%% Benchmark: ref-tagged selective receive. Our mailbox holds 1,000 unrelated messages
%% while we make 300,000 calls of the shape
%%     Ref = make_ref(), Server ! {req, self(), Ref, X}, receive {Ref, R} -> R end
%% (and 100,000 with a monitor reference instead, like gen_server:call). A VM that scans
%% the whole mailbox on every receive does ~1,000 failed matches per call; OTP's receive
%% markers (recv_marker_reserve/bind/use) skip the messages that arrived before the ref.
-module(bench_selective).
-export([main/0, main/1, run/3]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(1000, 300000, 100000),
    io:format("bench_selective work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_selective checksum ~w~n", [Sum]),
    erlang:halt(0).

run(Junk, RefCalls, MonCalls) ->
    Server = spawn(fun server/0),
    [self() ! {junk, I} || I <- lists:seq(1, Junk)],
    A1 = ref_calls(Server, RefCalls, 0),
    A2 = mon_calls(Server, MonCalls, A1),
    Server ! stop,
    % The junk must still be there, in order.
    drain(1, Junk, A2).

ref_calls(_, 0, Acc) -> Acc;
ref_calls(Server, N, Acc) ->
    R = ref_call(Server, N),
    ref_calls(Server, N - 1, (Acc * 3 + R) band 16#FFFFFF).

ref_call(Server, X) ->
    Ref = make_ref(),
    Server ! {req, self(), Ref, X},
    receive {Ref, R} -> R end.

mon_calls(_, 0, Acc) -> Acc;
mon_calls(Server, N, Acc) ->
    R = mon_call(Server, N),
    mon_calls(Server, N - 1, (Acc * 5 + R) band 16#FFFFFF).

mon_call(Server, X) ->
    Mref = erlang:monitor(process, Server),
    Server ! {req, self(), Mref, X},
    receive
        {Mref, R} ->
            erlang:demonitor(Mref, [flush]),
            R;
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    end.

server() ->
    receive
        {req, From, Ref, X} -> From ! {Ref, (X * X) rem 10007}, server();
        stop -> ok
    end.

drain(I, Junk, Acc) when I > Junk -> Acc;
drain(I, Junk, Acc) ->
    receive {junk, I} -> drain(I + 1, Junk, (Acc + I) band 16#FFFFFFF) after 0 -> -I end.
