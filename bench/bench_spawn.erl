%% Benchmark: a spawn/exit storm. 600,000 short-lived processes in batches of 1,000; the
%% parent waits for each batch to finish, alternately through monitors ('DOWN' messages
%% carrying the exit reason) and through a result message sent just before a normal exit.
-module(bench_spawn).
-export([main/0, main/1, run/2]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(600, 1000),
    io:format("bench_spawn work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_spawn checksum ~w~n", [Sum]),
    erlang:halt(0).

run(Batches, Size) -> batches(0, Batches, Size, 0).

batches(B, B, _, Acc) -> Acc;
batches(B, Batches, Size, Acc) ->
    Sum = case B band 1 of
              0 -> monitored(B, Size);
              1 -> messaged(B, Size)
          end,
    batches(B + 1, Batches, Size, (Acc * 7 + Sum) band 16#FFFFFFF).

%% Size processes that exit with {done, K}; collect K from their 'DOWN' messages.
monitored(B, Size) ->
    [spawn_monitor(fun() -> exit({done, (B * Size + I) rem 1009}) end) || I <- lists:seq(1, Size)],
    collect_down(Size, 0).

collect_down(0, Acc) -> Acc;
collect_down(N, Acc) ->
    receive {'DOWN', _, process, _, {done, K}} -> collect_down(N - 1, Acc + K) end.

%% Size processes that send {done, K} and return normally.
messaged(B, Size) ->
    Me = self(),
    [spawn(fun() -> Me ! {done, (B * Size + I) rem 1013} end) || I <- lists:seq(1, Size)],
    collect_done(Size, 0).

collect_done(0, Acc) -> Acc;
collect_done(N, Acc) ->
    receive {done, K} -> collect_done(N - 1, Acc + K) end.
