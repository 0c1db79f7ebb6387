%% The client side of the distribution scenario (erts_tests/dist/dist_accept.sh): run with
%% `-sname` on erl or Ember against a server node on erl or Ember; the printed lines must be the same
%% for every pairing.
-module(dist_client).
-export([main/1]).

main([NodeS]) ->
    N = list_to_atom(NodeS),
    ok = net_kernel:monitor_nodes(true, [nodedown_reason]),
    io:format("alive ~p ~p~n", [is_alive(), node() =/= nonode@nohost]),
    io:format("ping ~p~n", [net_adm:ping(N)]),
    receive {nodeup, N, Info} -> io:format("nodeup ~p~n", [Info]) after 3000 -> io:format("no nodeup~n") end,
    io:format("nodes ~p~n", [nodes() =:= [N]]),
    %% global: both nodes' lockers agree on one lock (pids of two nodes sort the same way on both)
    ok = global:sync(),
    yes = global:register_name(dist_client_name, self()),
    io:format("global ~p~n", [rpc:call(N, global, whereis_name, [dist_client_name]) =:= self()]),
    %% rpc and erpc, results and errors
    io:format("rpc ~p~n", [rpc:call(N, lists, seq, [1, 5])]),
    io:format("rpc node ~p~n", [rpc:call(N, erlang, node, []) =:= N]),
    io:format("rpc badrpc ~p~n", [rpc:call(N, erlang, error, [oops])]),
    io:format("erpc exit ~p~n", [catch erpc:call(N, erlang, exit, [x])]),
    io:format("erpc throw ~p~n", [catch erpc:call(N, erlang, throw, [t])]),
    io:format("block_call ~p~n", [rpc:block_call(N, erlang, node, []) =:= N]),  % rex sets the caller as group leader
    io:format("rpc undef ~p~n", [element(1, element(2, rpc:call(N, no_such_module, f, [])))]),
    %% messages: registered names, pids, large and structured terms
    Echo = rpc:call(N, erlang, spawn, [fun echo/0]),
    Big = binary:copy(<<"0123456789">>, 100000),
    Terms = [atom, 42, 1 bsl 100, 3.5, "str", <<1,2,3>>, Big, {t, [1 | 2]}, #{k => v, 1 => [2]},
             self(), make_ref(), fun lists:sum/1, fun(X) -> X + 1 end],
    [begin Echo ! {self(), T}, receive {echo, R} -> io:format("echo ~p~n", [echo_ok(T, R)]) after 3000 -> io:format("echo lost~n") end end
     || T <- Terms],
    %% links and monitors, both ways
    process_flag(trap_exit, true),
    P = spawn_link(N, timer, sleep, [200]),
    io:format("node(P) ~p~n", [node(P) =:= N]),
    receive {'EXIT', P, R} -> io:format("exit ~p~n", [R]) after 3000 -> io:format("no exit~n") end,
    {P2, M2} = spawn_monitor(N, erlang, exit, [boom]),
    receive {'DOWN', M2, process, P2, R2} -> io:format("down ~p~n", [R2]) after 3000 -> io:format("no down~n") end,
    P3 = spawn(N, timer, sleep, [infinity]),
    M3 = monitor(process, P3),
    io:format("demonitor ~p~n", [demonitor(M3, [info])]),
    link(P3), unlink(P3),
    exit(P3, kill),
    M4 = monitor(process, P3),
    receive {'DOWN', M4, process, P3, R4} -> io:format("down2 ~p~n", [R4]) after 3000 -> io:format("no down2~n") end,
    Self = self(),
    P5 = spawn(N, fun() -> link(Self), receive go -> exit(from_remote) end end),
    timer:sleep(100),
    P5 ! go,
    receive {'EXIT', P5, R5} -> io:format("remote link ~p~n", [R5]) after 3000 -> io:format("no remote link~n") end,
    P6 = spawn(N, fun() -> M = monitor(process, Self), receive {'DOWN', M, _, _, Why} -> Self ! {seen, Why} end end),
    timer:sleep(100),
    io:format("remote monitor count ~p~n", [length(element(2, process_info(self(), monitored_by))) >= 1]),
    Ref6 = spawn_request(N, erlang, apply, [fun() -> ok end, []], [{reply_tag, mytag}, monitor]),
    receive {mytag, Ref6, ok, Pid6} -> io:format("spawn_request ~p~n", [node(Pid6) =:= N]) after 3000 -> io:format("no reply~n") end,
    receive {'DOWN', Ref6, process, _, R6} -> io:format("spawn_request down ~p~n", [R6]) after 3000 -> io:format("no down6~n") end,
    %% A boxed reply tag, and a child that exits at once.
    Ref20 = spawn_request(N, erlang, exit, [gone], [{reply_tag, {a, tag}}, monitor]),
    receive {{a, tag}, Ref20, ok, _} -> io:format("spawn_request tuple tag ok~n") after 3000 -> io:format("no reply20~n") end,
    receive {'DOWN', Ref20, process, _, R20} -> io:format("spawn_request down ~p~n", [R20]) after 3000 -> io:format("no down20~n") end,
    exit(P6, kill),
    %% gen_server across nodes (aliases carry the reply)
    {ok, Gs} = rpc:call(N, gen_server, start, [{local, kv}, dist_gs, [], []]),
    io:format("gs ~p~n", [node(Gs) =:= N]),
    io:format("call ~p~n", [catch gen_server:call({kv, N}, ping)]),
    M7 = monitor(process, {kv, N}),
    gen_server:stop({kv, N}),
    receive {'DOWN', M7, process, Who, R7} -> io:format("down3 ~p ~p~n", [Who =:= {kv, N}, R7]) after 3000 -> io:format("no down3~n") end,
    M8 = monitor(process, {no_such_name, N}),
    receive {'DOWN', M8, process, W8, R8} -> io:format("down4 ~p ~p~n", [W8 =:= {no_such_name, N}, R8]) after 3000 -> io:format("no down4~n") end,
    %% a node that does not exist
    io:format("ping ghost ~p~n", [net_adm:ping(ghost_node@nohost_ember)]),
    Mg = monitor(process, {foo, ghost_node@nohost_ember}),
    receive {'DOWN', Mg, process, _, Rg} -> io:format("ghost down ~p~n", [Rg]) after 10000 -> io:format("no ghost down~n") end,
    io:format("rpc ghost ~p~n", [rpc:call(ghost_node@nohost_ember, erlang, node, [])]),
    %% a pid of an old incarnation of this node (its name, another creation) is a dead process
    [Cr | Rest] = lists:reverse(binary_to_list(term_to_binary(self()))),
    Old = binary_to_term(list_to_binary(lists:reverse([(Cr + 1) rem 256 | Rest]))),
    Mo = monitor(process, Old),
    receive {'DOWN', Mo, process, _, Ro} -> io:format("old incarnation ~p ~p~n", [Old =:= self(), Ro]) after 3000 -> io:format("no old down~n") end,
    %% spawn options the spawning node rejects are badopt
    Bad = [begin BR = spawn_request(N, erlang, apply, [fun() -> ok end, []], O),
                 receive {spawn_reply, BR, BA, BB} -> {BA, BB} after 3000 -> none end end
           || O <- [[{reply, nahh}], [{monitor, [{alias, alias}]}], [{monitors, []}]]],
    io:format("bad spawn options ~p~n", [Bad]),
    io:format("creation ~p~n", [erlang:system_info(creation) =:= erts_internal:get_creation()]),
    %% another node's identifiers printed and read back (list_to_* take the connected node's creation)
    RPid = rpc:call(N, erlang, self, []),
    RPort = hd(rpc:call(N, erlang, ports, [])),
    RRef = rpc:call(N, erlang, make_ref, []),
    io:format("list_to ~p~n", [[list_to_pid(pid_to_list(RPid)) =:= RPid, list_to_port(port_to_list(RPort)) =:= RPort,
                                list_to_ref(ref_to_list(RRef)) =:= RRef,
                                rpc:call(N, erlang, '=:=', [RPid, list_to_pid(pid_to_list(RPid))])]]),
    %% a fun of a module the other node has not loaded: it arrives, and loads the module when called
    io:format("remote fun ~p~n", [rpc:call(N, erlang, apply, [dist_fun:make(1), [2]]) =:= {1, 2, N}]),
    %% the other node goes away
    io:format("monitor_node ~p~n", [monitor_node(N, true)]),
    rpc:cast(N, init, stop, []),
    receive {nodedown, N} -> io:format("nodedown~n") after 10000 -> io:format("no nodedown~n") end,
    receive {nodedown, N, DInfo} -> io:format("nodedown info ~p~n", [DInfo]) after 10000 -> io:format("no nodedown info~n") end,
    io:format("nodes after ~p~n", [nodes()]),
    halt().

echo() ->
    receive {From, T} -> From ! {echo, T}, echo() end.

echo_ok(T, R) when is_function(T) -> is_function(R);
echo_ok(T, R) -> T =:= R.
