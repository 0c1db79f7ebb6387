%% Helper module of cli_diff.sh: each function prints what erl's command line gave it.
-module(cli_fix).
-export([start/0, start/1, args/0, args/1, env/0, crash/0, slow_stop/0, restart_once/0, path/0,
         status/0, flags/0, time_warp/0]).

start() -> io:format("start/0~n").
start(Args) -> io:format("start/1 ~p~n", [Args]).

args() ->
    io:format("plain ~p~n", [init:get_plain_arguments()]),
    io:format("foo ~p~n", [init:get_argument(foo)]),
    io:format("bar ~p~n", [init:get_argument(bar)]).
args(L) -> io:format("args ~p ~p~n", [L, init:get_plain_arguments()]).

env() ->
    io:format("env ~p ~p ~p~n", [application:get_env(kernel, cli_key), application:get_env(myapp, k),
                                 application:get_env(stdlib, cfg_key)]).

crash() -> erlang:error({boom, 1}).

%% init:stop/1 waits for the applications and then ends all processes: "late" is printed first.
slow_stop() ->
    spawn(fun() -> timer:sleep(50), io:format("late~n") end),
    init:stop(4).

%% init:restart/0 boots again in the same OS process; the environment survives.
restart_once() ->
    case os:getenv("CLI_FIX_RESTARTED") of
        false ->
            os:putenv("CLI_FIX_RESTARTED", "1"),
            io:format("restarting~n"),
            init:restart();
        _ ->
            io:format("restarted ~p~n", [[A || {A, _, _} <- application:which_applications()]]),
            halt(3)
    end.

%% The code path as erl builds it (the same OTP root on both).
path() ->
    io:format("~p~n", [lists:sublist(code:get_path(), 4)]),
    io:format("~p~n", [lists:member(code:lib_dir(stdlib) ++ "/ebin", code:get_path())]).

status() ->
    io:format("~p ~p~n", [init:get_status(), [whereis(N) =/= undefined || N <- registered_kernel()]]).

registered_kernel() ->
    [init, erl_prim_loader, logger, application_controller, kernel_sup, code_server, inet_db, rex,
     global_name_server, global_group, file_server_2, erl_signal_server, standard_error_sup,
     standard_error, user, kernel_refc, kernel_safe_sup, logger_sup, logger_handler_watcher,
     logger_proxy, logger_std_h_default, erts_code_purger].

flags() ->
    io:format("~p ~p~n", [erlang:system_info(schedulers), os:getenv("CLI_ENV_VAR")]).

%% The time warp mode (+C) and time correction (+c), the time offset monitors and finalize: each
%% remaining monitor hears of a finalized offset once; demonitor(M, [flush]) takes its 'CHANGE' away.
time_warp() ->
    Self = self(),
    Others = [spawn(fun() ->
                            M = erlang:monitor(time_offset, clock_service),
                            Self ! {ready, self()},
                            receive {'CHANGE', M, time_offset, clock_service, _} -> Self ! {heard, self(), yes}
                            after 500 -> Self ! {heard, self(), no}
                            end
                    end) || _ <- lists:seq(1, 50)],
    [receive {ready, O} -> ok end || O <- Others],
    [M1, M2, M3] = [erlang:monitor(time_offset, clock_service) || _ <- [1, 2, 3]],
    true = erlang:demonitor(M2, [info]),
    Before = {erlang:system_info(time_warp_mode), erlang:system_info(time_offset),
              erlang:system_info(time_correction)},
    R1 = erlang:system_flag(time_offset, finalize),
    R2 = erlang:system_flag(time_offset, finalize),
    After = erlang:system_info(time_offset),
    TO = erlang:time_offset(),
    receive after 200 -> ok end,
    true = erlang:demonitor(M3, [flush, info]),
    Msgs = changes(),
    Heard = lists:usort([receive {heard, O, H} -> H end || O <- Others]),
    Consistent = abs(erlang:system_time() - erlang:monotonic_time() - TO) < 1000000,
    io:format("~p~n", [{Before, R1, R2, After, Consistent, Heard,
                        [{M =:= M1, Off =:= TO} || {'CHANGE', M, time_offset, clock_service, Off} <- Msgs],
                        lists:sort([Item || {monitors, L} <- [process_info(self(), monitors)], Item <- L])}]).

changes() ->
    receive {'CHANGE', _, _, _, _} = M -> [M | changes()] after 0 -> [] end.
