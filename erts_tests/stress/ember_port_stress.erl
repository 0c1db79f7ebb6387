%% Port stress programs (docs/ports.md), run by ctest at +S 1, 2 and 4 (erts_tests/stress/CMakeLists.txt).
%% Each prints one line ending in "ok" and halts 0, or crashes (non-zero exit); a hang fails by timeout.
-module(ember_port_stress).
-export([main/1]).

main([Test]) ->
    T0 = erlang:monotonic_time(millisecond),
    Result = run(list_to_atom(Test)),
    Ms = erlang:monotonic_time(millisecond) - T0,
    io:format("~s: ~p in ~p ms: ok~n", [Test, Result, Ms]),
    erlang:halt(0).

run(ports_200) -> ports_at_once(200, 50);
run(killed_mid_stream) -> killed_mid_stream(20).

%% N cat ports open at once, each echoing Rounds messages of its own; then every port is closed,
%% the table is back to where it was and no child is left a zombie.
ports_at_once(N, Rounds) ->
    Base = erlang:ports(),
    Ports = [{I, open_port({spawn_executable, "/bin/cat"}, [binary, {packet, 4}])} || I <- lists:seq(1, N)],
    N = length(erlang:ports() -- Base),
    lists:foreach(
      fun(R) ->
              [port_command(P, term_to_binary({I, R})) || {I, P} <- Ports],
              [receive {P, {data, B}} -> {I, R} = binary_to_term(B) after 30000 -> exit({lost, I, R}) end
               || {I, P} <- Ports]
      end, lists:seq(1, Rounds)),
    [true = port_close(P) || {_, P} <- Ports],
    [] = erlang:ports() -- Base,
    ok = no_zombies(50),
    {N, Rounds}.

%% N programs streaming without end (`yes`), each killed with SIGKILL mid-stream by another port:
%% every owner gets data, then {exit_status, 137}, then {'EXIT', Port, normal}; nothing leaks.
killed_mid_stream(N) ->
    process_flag(trap_exit, true),
    Base = erlang:ports(),
    Ports = [open_port({spawn, "yes stress"}, [exit_status, binary]) || _ <- lists:seq(1, N)],
    [receive {P, {data, _}} -> ok after 30000 -> exit(no_data) end || P <- Ports],
    [begin
         {os_pid, Os} = erlang:port_info(P, os_pid),
         K = open_port({spawn, "kill -9 " ++ integer_to_list(Os)}, [exit_status]),
         receive {K, {exit_status, 0}} -> ok after 30000 -> exit(kill_failed) end
     end || P <- Ports],
    [[{exit_status, 137}, {'EXIT', normal}] = drain(P) || P <- Ports],
    [] = erlang:ports() -- Base,
    ok = no_zombies(50),
    N.

drain(P) ->
    receive
        {P, {data, _}} -> drain(P);
        {P, {exit_status, S}} -> [{exit_status, S} | drain(P)];
        {'EXIT', P, R} -> [{'EXIT', R}]
    after 30000 -> [timeout]
    end.

%% None of the VM's children is a zombie (retried a few times: a child that just ended is reaped
%% by the I/O thread an instant later).
no_zombies(0) -> zombies_left;
no_zombies(Tries) ->
    Ps = open_port({spawn, "ps -o stat= --ppid " ++ os:getpid()}, [{line, 100}, exit_status]),
    case [S || S <- ps_lines(Ps), hd(S) =:= $Z] of
        [] -> ok;
        _ -> timer:sleep(100), no_zombies(Tries - 1)
    end.

ps_lines(P) ->
    receive
        {P, {data, {eol, L}}} -> [string:trim(L) | ps_lines(P)];
        {P, {exit_status, _}} -> []
    after 30000 -> exit(ps_timeout)
    end.
