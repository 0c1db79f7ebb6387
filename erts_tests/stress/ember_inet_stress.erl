%% Socket stress programs for the inet drivers (tcp_inet/udp_inet behind OTP's unmodified
%% gen_tcp/gen_udp), run by ctest at +S 1, 2 and 4 (erts_tests/stress/CMakeLists.txt).
%% Each prints one line "NAME: RESULT in N ms: ok" and halts 0, or crashes (non-zero exit);
%% a hang fails by the ctest timeout. ctest also matches RESULT, so a run that checks nothing
%% cannot pass.
-module(ember_inet_stress).
-export([main/1]).

-define(LO, {127, 0, 0, 1}).
-define(MAGIC, 16#03f1a300).   % prim_inet's ERTS_INET_DRV_CONTROL_MAGIC_NUMBER
-define(T, 60000).

main([Test]) ->
    T0 = erlang:monotonic_time(millisecond),
    Result = run(list_to_atom(Test)),
    Ms = erlang:monotonic_time(millisecond) - T0,
    io:format("~s: ~p in ~p ms: ok~n", [Test, Result, Ms]),
    erlang:halt(0).

run(tcp_1000) -> tcp_echo(1000, 5);
run(udp_burst) -> udp_burst(20, 50);
run(bad_input) -> bad_input(100, 60, 40);
run(raw_option_lengths) -> raw_option_lengths().

%% ---- N concurrent TCP connections, one echo server process per connection ----

%% Message J of client I: its size cycles through small and large, its bytes name I and J.
payload(I, J) ->
    Size = element(1 + (I + J) rem 5, {0, 7, 300, 4096, 20000 + I}),
    Pattern = <<I:32, J:16, "echo">>,
    binary:part(binary:copy(Pattern, Size div byte_size(Pattern) + 1), 0, Size).

tcp_echo(N, Msgs) ->
    Base = erlang:ports(),
    {ok, L} = gen_tcp:listen(0, [binary, {packet, 4}, {active, false}, {backlog, 1024},
                                 {ip, ?LO}, {reuseaddr, true}]),
    {ok, Port} = inet:port(L),
    Main = self(),
    Acceptor = spawn_link(fun() -> Main ! {served, acceptor(L, N)} end),
    Clients = [spawn_monitor(fun() -> exit(client(Port, I, Msgs)) end) || I <- lists:seq(1, N)],
    Done = [receive {'DOWN', Ref, process, Pid, R} -> R after ?T -> exit(client_timeout) end
            || {Pid, Ref} <- Clients],
    Expected = [{ok, Msgs, lists:sum([byte_size(payload(I, J)) || J <- lists:seq(1, Msgs)])}
                || I <- lists:seq(1, N)],
    case Done =:= Expected of
        true -> ok;
        false -> exit({wrong_client_results, [D || {D, E} <- lists:zip(Done, Expected), D =/= E]})
    end,
    Served = receive {served, S} -> S after ?T -> exit({acceptor_timeout, Acceptor}) end,
    ClientBytes = lists:sum([B || {ok, _, B} <- Done]),
    Served =:= {N, N * Msgs, ClientBytes} orelse exit({server_totals, Served}),
    ok = gen_tcp:close(L),
    [] = wait_ports(Base, 100),
    {N, N * Msgs, ClientBytes}.

client(Port, I, Msgs) ->
    {ok, S} = gen_tcp:connect(?LO, Port, [binary, {packet, 4}, {active, false}], ?T),
    Bytes = lists:foldl(fun(J, Acc) ->
                                P = payload(I, J),
                                ok = gen_tcp:send(S, P),
                                case gen_tcp:recv(S, 0, ?T) of
                                    {ok, P} -> Acc + byte_size(P);
                                    Other -> exit({bad_echo, I, J, Other})
                                end
                        end, 0, lists:seq(1, Msgs)),
    ok = gen_tcp:close(S),
    {ok, Msgs, Bytes}.

%% Accepts N connections, hands each to its own server, and returns the servers' totals
%% {Connections, Messages, Bytes} once all have seen their peer close.
acceptor(L, N) ->
    Servers = [begin
                   {ok, S} = gen_tcp:accept(L, ?T),
                   Pid = spawn(fun() -> receive go -> echo(S, 0, 0) end end),
                   ok = gen_tcp:controlling_process(S, Pid),
                   Ref = monitor(process, Pid),
                   Pid ! go,
                   {Pid, Ref}
               end || _ <- lists:seq(1, N)],
    Totals = [receive {'DOWN', Ref, process, Pid, {served, M, B}} -> {M, B};
                      {'DOWN', Ref, process, Pid, R} -> exit({server_failed, R})
              after ?T -> exit(server_timeout)
              end || {Pid, Ref} <- Servers],
    {length(Totals), lists:sum([M || {M, _} <- Totals]), lists:sum([B || {_, B} <- Totals])}.

echo(S, M, B) ->
    case gen_tcp:recv(S, 0, ?T) of
        {ok, P} ->
            ok = gen_tcp:send(S, P),
            echo(S, M + 1, B + byte_size(P));
        {error, closed} ->
            gen_tcp:close(S),
            exit({served, M, B});
        Other ->
            exit({server_recv, Other})
    end.

%% The port table is back to Base (a socket's port may close an instant after its owner
%% saw the close).
wait_ports(Base, 0) -> erlang:ports() -- Base;
wait_ports(Base, Tries) ->
    case erlang:ports() -- Base of
        [] -> [];
        _ -> timer:sleep(50), wait_ports(Base, Tries - 1)
    end.

%% ---- UDP: N senders, each sending Count datagrams to one receiver ----

%% Loopback does not drop datagrams while the receive buffer has room: each sender waits for
%% an acknowledgement every 5 datagrams, so at most 5 * N are queued at any time.
udp_burst(N, Count) ->
    Base = erlang:ports(),
    {ok, R} = gen_udp:open(0, [binary, {ip, ?LO}, {active, false}, {recbuf, 1024 * 1024}]),
    {ok, RPort} = inet:port(R),
    Main = self(),
    Senders = list_to_tuple([spawn_link(fun() -> udp_sender(Main, RPort, I, Count) end)
                             || I <- lists:seq(1, N)]),
    Got = udp_receive(R, N * Count, #{}, Senders),
    [receive {sender_done, Pid} -> ok after ?T -> exit(sender_timeout) end
     || Pid <- tuple_to_list(Senders)],
    Expected = maps:from_list([{I, lists:seq(1, Count)} || I <- lists:seq(1, N)]),
    Sorted = maps:map(fun(_, Js) -> lists:sort(Js) end, Got),
    Sorted =:= Expected orelse exit({udp_lost_or_duplicated, maps:size(Got)}),
    ok = gen_udp:close(R),
    [] = wait_ports(Base, 100),
    {N, N * Count}.

udp_sender(Main, RPort, I, Count) ->
    {ok, S} = gen_udp:open(0, [binary, {ip, ?LO}, {active, false}]),
    [begin
         ok = gen_udp:send(S, ?LO, RPort, <<I:16, J:16, (binary:copy(<<J>>, J))/binary>>),
         J rem 5 =:= 0 andalso (receive {ack, J} -> ok after ?T -> exit(no_ack) end)
     end || J <- lists:seq(1, Count)],
    gen_udp:close(S),
    Main ! {sender_done, self()}.

udp_receive(_R, 0, Acc, _Senders) -> Acc;
udp_receive(R, Left, Acc, Senders) ->
    case gen_udp:recv(R, 0, ?T) of
        {ok, {?LO, _, <<I:16, J:16, Rest/binary>>}} ->
            Rest =:= binary:copy(<<J>>, J) orelse exit({corrupt, I, J}),
            J rem 5 =:= 0 andalso (element(I, Senders) ! {ack, J}),
            udp_receive(R, Left - 1, maps:update_with(I, fun(Js) -> [J | Js] end, [J], Acc), Senders);
        Other -> exit({udp_recv, Other})
    end.

%% ---- bad input: random requests in sequence on live ports, random API arguments ----

pick(L) -> lists:nth(rand:uniform(length(L)), L).
bytes(Max) -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(Max + 1) - 1)].

%% Every request number the drivers know, except the ones with effects outside the port
%% (FDOPEN 13, IFSET 23, SENDFILE 45), plus unknown ones. CONNECT and BIND get loopback
%% addresses or short garbage; option data never holds the raw option (see
%% raw_option_lengths).
request() ->
    Op = pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25,
               26, 27, 28, 29, 30, 42, 43, 44, 60, 0, 99, 200]),
    Data = case Op of
               3 -> pick([[1, 0, 9, 127, 0, 0, 1], [1, 0, 0, 127, 0, 0, 1], bytes(5)]);
               6 -> pick([[1, 0, 0, 127, 0, 0, 1], [2, 0, 0 | lists:duplicate(15, 0) ++ [1]],
                          bytes(5)]);
               7 -> [case B of 34 -> 33; _ -> B end || B <- bytes(24)];
               8 -> [case B of 34 -> 33; _ -> B end || B <- bytes(24)];
               _ -> bytes(24)
           end,
    case rand:uniform(30) of
        1 -> {rand:uniform(1 bsl 33) - (1 bsl 32), Data};
        _ -> {?MAGIC + Op, Data}
    end.

%% One result of port_control on an inet driver: a reply list tagged 0, 1 or 2, or badarg.
check_reply([Tag | _] = R) when Tag =:= 0; Tag =:= 1; Tag =:= 2 -> {reply, Tag, R};
check_reply({raised, error, badarg}) -> badarg;
check_reply(Other) -> exit({unexpected_port_control_result, Other}).

try_call(F) ->
    try F() catch C:R -> {raised, C, R} end.

bad_input(CtlRounds, PerPort, ApiRounds) ->
    %% Random host names are looked up in the hosts file only: no resolver port program, and
    %% no DNS query that takes seconds to fail.
    ok = inet_db:set_lookup([file]),
    Base = erlang:ports(),
    rand:seed(exsss, {erlang:phash2(self()), 1, 2}),
    process_flag(trap_exit, true),
    Ctl = lists:sum([ctl_round(PerPort) || _ <- lists:seq(1, CtlRounds)]),
    Api = lists:sum([api_round() || _ <- lists:seq(1, ApiRounds)]),
    flush(),
    case wait_ports(Base, 100) of
        [] -> ok;
        Left -> exit({ports_left, [erlang:port_info(X) || X <- Left]})
    end,
    %% The drivers still work after all that.
    {ok, L} = gen_tcp:listen(0, [binary, {ip, ?LO}, {active, false}]),
    {ok, C} = gen_tcp:connect(?LO, element(2, inet:port(L)), [binary], ?T),
    {ok, S} = gen_tcp:accept(L, ?T),
    ok = gen_tcp:send(S, <<"still alive">>),
    <<"still alive">> = receive {tcp, C, D} -> D after ?T -> timeout end,
    [gen_tcp:close(X) || X <- [C, S, L]],
    {Ctl, Api}.

%% PerPort random requests (and some port_command data) on one port in whatever state the
%% previous requests left it; returns the number of requests made.
ctl_round(PerPort) ->
    Drv = pick(["tcp_inet", "udp_inet"]),
    P = erlang:open_port({spawn_driver, Drv}, [binary]),
    case rand:uniform(4) of
        1 -> ok;
        _ -> [1 | _] = erlang:port_control(P, ?MAGIC + 1, [pick([1, 2]), case Drv of "tcp_inet" -> 1; _ -> 2 end])
    end,
    lists:foreach(fun(_) ->
                          case rand:uniform(10) of
                              1 -> try_call(fun() -> erlang:port_command(P, bytes(40)) end);
                              _ ->
                                  {Op, Data} = request(),
                                  R = try_call(fun() -> erlang:port_control(P, Op, Data) end),
                                  case erlang:port_info(P, name) of
                                      undefined -> ok;   % a request may close the port
                                      _ -> check_reply(R)
                                  end
                          end
                  end, lists:seq(1, PerPort)),
    catch erlang:port_close(P),
    flush(),
    PerPort.

%% Random terms for the API: options, addresses, ports, data, timeouts.
term() ->
    pick([foo, -1, 0, 1, 65535, 65536, 1 bsl 70, 1.5, "x", <<"y">>, [], [1 | 2], {1, 2},
          ?LO, {0, 0, 0, 0, 0, 0, 0, 1}, {256, 0, 0, 1}, self(), make_ref(), infinity,
          true, false, {active, foo}, {packet, 99}, [{active, 1 bsl 40}],
          [{packet, http}, binary], [{ip, foo}], [{fd, -5}], [{linger, {x, y}}]]).

api_round() ->
    {ok, L} = gen_tcp:listen(0, [{ip, ?LO}, {active, false}]),
    {ok, LP} = inet:port(L),
    {ok, C} = gen_tcp:connect(?LO, LP, [{active, false}], ?T),
    {ok, S} = gen_tcp:accept(L, ?T),
    {ok, U} = gen_udp:open(0, [{ip, ?LO}]),
    Calls = [fun() -> gen_tcp:listen(pick([0, term()]), pick([term(), [{ip, ?LO}, term()]])) end,
             fun() -> gen_tcp:connect(pick([?LO, term()]), pick([LP, term()]), pick([term(), []]), 1000) end,
             fun() -> gen_tcp:send(pick([C, S, term()]), term()) end,
             fun() -> gen_tcp:recv(pick([C, S, L, term()]), pick([0, term()]), pick([0, term()])) end,
             fun() -> inet:setopts(pick([C, S, L, U]), pick([term(), [term()], [{pick([active, packet, mode, header, buffer, linger, send_timeout, nodelay, packet_size, line_delimiter]), term()}]])) end,
             fun() -> inet:getopts(pick([C, S, L, U, term()]), pick([term(), [term()]])) end,
             fun() -> gen_udp:open(pick([0, term()]), pick([term(), [{ip, ?LO}, term()]])) end,
             fun() -> gen_udp:send(pick([U, term()]), pick([?LO, term()]), pick([LP, term()]), term()) end,
             fun() -> gen_udp:recv(pick([U, term()]), pick([0, term()]), 0) end,
             fun() -> gen_tcp:shutdown(pick([C, S, L, term()]), pick([read, write, read_write, term()])) end,
             fun() -> gen_tcp:controlling_process(pick([C, S, U, term()]), term()) end,
             fun() -> inet:peername(pick([C, S, L, U, term()])) end],
    N = 50,
    [begin
         %% Each call in its own process: a call that waits forever (erl does, for some bad
         %% timeouts) is killed after a while instead of hanging the round.
         F = pick(Calls),
         {Pid, Ref} = spawn_monitor(fun() -> exit({result, try_call(F)}) end),
         receive {'DOWN', Ref, process, Pid, _} -> ok
         after 2000 -> exit(Pid, kill), receive {'DOWN', Ref, process, Pid, _} -> ok end
         end
     end || _ <- lists:seq(1, N)],
    [catch gen_tcp:close(X) || X <- [C, S, L]],
    catch gen_udp:close(U),
    flush(),
    N.

flush() -> receive _ -> flush() after 0 -> ok end.

%% ---- the raw option with lengths that do not match its data ----

%% INET_OPT_RAW (34) in setopts is {Level:32, Name:32, Len:32, Value:Len bytes} and in
%% getopts {Level:32, Name:32, Flag:8, Len:32}. OTP 25's inet_drv reads past the request
%% when Len is larger than the data left, and erl dies of SIGSEGV on some of these; the VM
%% under test must return the error reply instead. (Not run on erl for that reason.)
raw_option_lengths() ->
    rand:seed(exsss, {7, 7, 7}),
    Cases = [begin
                 Drv = pick(["tcp_inet", "udp_inet"]),
                 P = erlang:open_port({spawn_driver, Drv}, [binary]),
                 [1 | _] = erlang:port_control(P, ?MAGIC + 1, [pick([1, 2]), case Drv of "tcp_inet" -> 1; _ -> 2 end]),
                 Len = pick([16#7fffffff, 16#ffffffff, 16#a1b9b5eb, 1000, 5, 4, 0, rand:uniform(1 bsl 32) - 1]),
                 Req = pick([7, 8]),
                 Data = case Req of
                            7 -> [34, <<(pick([0, 1, 6, 41])):32, (rand:uniform(64)):32, Len:32>>, bytes(8)];
                            8 -> [34, <<(pick([0, 1, 6, 41])):32, (rand:uniform(64)):32, (rand:uniform(2) - 1), Len:32>>]
                        end,
                 R = check_reply(try_call(fun() -> erlang:port_control(P, ?MAGIC + Req, Data) end)),
                 erlang:port_close(P),
                 R
             end || _ <- lists:seq(1, 2000)],
    length(Cases).
