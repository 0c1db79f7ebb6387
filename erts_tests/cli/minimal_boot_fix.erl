%% Calls run by erts_tests/cli/minimal_boot.sh under `ember -boot ember`.
-module(minimal_boot_fix).
-export([hello/0, files/0, crash/0, spawn_idle/0, args/1, halt_with/1]).
hello() -> io:format("hello ~p~n", [lists:seq(1, 3)]).
files() ->
    io:format("~p~n", [prim_file:read_file("/etc/hostname") =/= {error, enoent}]),
    io:format("~p~n", [catch file:read_file("/etc/hostname")]),
    {ok, F} = file:open("mb_out.txt", [write, raw]), ok = file:write(F, "x"), ok = file:close(F),
    io:format("~p~n", [prim_file:read_file("mb_out.txt")]).
crash() -> error(boom).
spawn_idle() -> spawn(fun() -> receive after 50 -> io:format("late~n") end end).
args(A) -> io:format("~p ~p~n", [A, init:get_plain_arguments()]).
halt_with([S]) -> erlang:halt(list_to_integer(S)).
