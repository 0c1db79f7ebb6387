%% Stress programs for the schedulers (issue 3), run by ctest with several +S settings
%% (erts_tests/stress/CMakeLists.txt). Each prints one line ending in "ok" and halts 0, or crashes
%% (non-zero exit). A lost wake-up shows as a hang, which ctest's timeout turns into a failure.
-module(ember_stress).
-export([main/1]).

main([Test]) ->
    T0 = erlang:monotonic_time(millisecond),
    Result = run(list_to_atom(Test)),
    Ms = erlang:monotonic_time(millisecond) - T0,
    io:format("~s: ~p in ~p ms: ok~n", [Test, Result, Ms]),
    erlang:halt(0).

run(spawn_exit) -> spawn_exit(1000000, 20000);
run(message_storm) -> message_storm(8, 50000);
run(link_cascade) -> link_cascade(100000);
run(lost_wakeup) -> lost_wakeup(64, 20000);
run(monitor_storm) -> monitor_storm(200000);
run(overload) -> overload(100, 10000).

%% 1,000,000 processes spawned and exited, Batch alive at a time; each reports by message.
spawn_exit(N, Batch) ->
    Me = self(),
    Before = erlang:processes(),
    spawn_batches(N, Batch, Me),
    %% Every worker has reported; its exit may still be in flight, so wait (bounded) until no
    %% process is alive that was not alive before the first spawn. (Counting processes is not
    %% enough: OTP's boot has short-lived processes that may end during the run.)
    ok = wait_exits(Before, 30000),
    %% The counter system_info(process_count) reads agrees with the table.
    ok = wait_count_agrees(5000),
    N.
spawn_batches(0, _, _) -> ok;
spawn_batches(N, Batch, Me) ->
    K = min(N, Batch),
    [spawn(fun() -> Me ! {done, I} end) || I <- lists:seq(1, K)],
    K = collect_done(K, 0),
    spawn_batches(N - K, Batch, Me).
collect_done(0, Acc) -> Acc;
collect_done(K, Acc) -> receive {done, _} -> collect_done(K - 1, Acc + 1) end.

wait_exits(Before, MsLeft) ->
    case erlang:processes() -- Before of
        [] -> ok;
        New when MsLeft =< 0 ->
            {still_alive, [{P, erlang:process_info(P, [initial_call, current_function])} || P <- New]};
        _ -> receive after 1 -> wait_exits(Before, MsLeft - 1) end
    end.

wait_count_agrees(MsLeft) ->
    case {erlang:system_info(process_count), length(erlang:processes())} of
        {Same, Same} -> ok;
        {Count, Listed} when MsLeft =< 0 -> {process_count, Count, processes, Listed};
        _ -> receive after 1 -> wait_count_agrees(MsLeft - 1) end
    end.

%% Senders on all schedulers send numbered messages to one collector, which checks the order per
%% sender and the total; every sender also storms a neighbour (many-to-many).
message_storm(Senders, PerSender) ->
    Me = self(),
    Collector = spawn_link(fun() -> collect(maps:new(), Senders * PerSender, Me) end),
    Peers = [spawn_link(fun() -> peer(0, PerSender) end) || _ <- lists:seq(1, Senders)],
    [spawn_link(fun() -> storm(Collector, Peer, 1, PerSender) end) || Peer <- Peers],
    Total = receive {collected, T} -> T end,
    [begin Ref = monitor(process, P), P ! {count, self()},
           receive {count, PerSender} -> ok end,
           receive {'DOWN', Ref, process, P, normal} -> ok end end || P <- Peers],
    Total.
storm(_, _, I, N) when I > N -> ok;
storm(Collector, Peer, I, N) ->
    Collector ! {self(), I},
    Peer ! I,
    storm(Collector, Peer, I + 1, N).
collect(Last, 0, Parent) ->
    Parent ! {collected, maps:size(Last)};
collect(Last, Left, Parent) ->
    receive
        {From, I} ->
            Prev = maps:get(From, Last, 0),
            I = Prev + 1,  % per-pair order
            collect(Last#{From => I}, Left - 1, Parent)
    end.
peer(Count, N) ->
    receive
        {count, From} -> From ! {count, Count};
        I when is_integer(I), I =:= Count + 1, Count < N -> peer(Count + 1, N)
    end.

%% A chain of N processes linked head to tail; an exit at the tail kills the whole chain, and the
%% head's monitor sees the tail's reason.
link_cascade(N) ->
    Me = self(),
    Before = erlang:processes(),
    Head = spawn(fun() -> chain(N - 1, Me) end),
    Ref = monitor(process, Head),
    Tail = receive {tail, T} -> T end,
    exit(Tail, cascade),
    receive {'DOWN', Ref, process, Head, cascade} -> ok end,
    %% The head's DOWN can come before the rest of the chain is gone: wait (bounded) for all of it.
    ok = wait_exits(Before, 30000),
    N.
chain(0, Me) -> Me ! {tail, self()}, receive after infinity -> ok end;
chain(K, Me) -> spawn_link(fun() -> chain(K - 1, Me) end), receive after infinity -> ok end.

%% Pairs bounce a counter back and forth with random pauses (busy loops, yields, short sleeps,
%% receive timeouts that race the message): no wake-up may be lost.
lost_wakeup(Pairs, Rounds) ->
    Me = self(),
    [spawn_link(fun() -> pair(Rounds, Me, I) end) || I <- lists:seq(1, Pairs)],
    lists:sum([receive {pair_done, R} -> R end || _ <- lists:seq(1, Pairs)]).
pair(Rounds, Parent, Seed) ->
    rand:seed(exsss, {Seed, Seed * 7, Seed * 13}),
    Self = self(),
    Other = spawn_link(fun() -> bounce(Self) end),
    N = ping(Other, 0, Rounds),
    Other ! stop,
    Parent ! {pair_done, N}.
ping(_, N, 0) -> N;
ping(Other, N, Left) ->
    pause(),
    Other ! {ping, self(), N},
    receive {pong, N} -> ping(Other, N + 1, Left - 1) end.
bounce(Parent) ->
    receive
        {ping, Parent, N} -> pause(), Parent ! {pong, N}, bounce(Parent);
        stop -> ok
    after 1 -> bounce(Parent)  % a timeout racing the next ping
    end.
pause() ->
    case rand:uniform(256) of
        1 -> erlang:yield();
        2 -> receive after 0 -> ok end;
        3 -> spin(rand:uniform(2000));
        4 -> receive nothing_ever -> ok after 1 -> ok end;
        _ -> ok
    end.
spin(0) -> ok;
spin(N) -> spin(N - 1).

%% Monitors and demonitors at a high rate across schedulers, with the targets dying meanwhile.
monitor_storm(N) ->
    Targets = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 100)],
    Count = monitor_loop(N, list_to_tuple(Targets), 0),
    [T ! stop || T <- Targets],
    Count.
monitor_loop(0, _, Downs) -> Downs;
monitor_loop(N, Targets, Downs) ->
    T = element(N rem tuple_size(Targets) + 1, Targets),
    R = monitor(process, T),
    case N rem 1000 of
        0 -> exit(T, kill),
             receive {'DOWN', R, process, T, Why} when Why =:= killed; Why =:= noproc -> ok end,
             New = spawn(fun() -> receive stop -> ok end end),
             monitor_loop(N - 1, setelement(N rem tuple_size(Targets) + 1, Targets, New), Downs + 1);
        _ -> true = demonitor(R, [flush]), monitor_loop(N - 1, Targets, Downs)
    end.

%% Ember's overload protection: beyond Max queued user messages, messages are dropped and counted;
%% exit and monitor signals still get through.
overload(Max, Sent) ->
    Me = self(),
    {P, Ref} = spawn_opt(fun() -> Me ! ready, receive never_sent -> ok end end,
                         [monitor, {max_message_queue_len, Max}]),
    receive ready -> ok end,
    [P ! {junk, I} || I <- lists:seq(1, Sent)],
    {message_queue_len, Max} = process_info(P, message_queue_len),
    Dropped = Sent - Max,
    {dropped_messages, Dropped} = process_info(P, dropped_messages),
    {messages, Queued} = process_info(P, messages),
    Queued = [{junk, I} || I <- lists:seq(1, Max)],  % the first Max arrived, in order
    exit(P, overloaded),
    receive {'DOWN', Ref, process, P, overloaded} -> ok end,
    Dropped.
