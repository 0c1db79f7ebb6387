%% Benchmark: a ring of 10,000 processes passing one token around many times. Only one
%% process is runnable at any moment, so this measures message send + receive + a context
%% switch (and, with several schedulers, wake-up latency across threads).
-module(bench_ring).
-export([main/0, main/1, run/2]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(10000, 150),
    io:format("bench_ring work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_ring checksum ~w~n", [Sum]),
    erlang:halt(0).

%% N relay processes; the token goes Laps times around the ring and back to us.
run(N, Laps) ->
    Me = self(),
    First = lists:foldl(fun(I, Next) -> spawn(fun() -> relay(Next, I) end) end, Me, lists:seq(1, N)),
    {Hops, Acc} = lap(First, Laps, 0, 0),
    First ! stop,
    receive stop -> ok end,
    Hops * 1000003 + Acc.

lap(_, 0, Hops, Acc) -> {Hops, Acc};
lap(First, Laps, Hops, Acc) ->
    First ! {token, 0, Acc},
    receive {token, H, Acc1} -> lap(First, Laps - 1, Hops + H, Acc1) end.

%% Each relay folds its index into the token, so the checksum depends on every hop.
relay(Next, I) ->
    receive
        {token, H, Acc} ->
            Next ! {token, H + 1, (Acc * 31 + I) band 16#FFFFFF},
            relay(Next, I);
        stop ->
            Next ! stop
    end.
