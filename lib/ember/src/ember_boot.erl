%% The first process `ember` runs: calls each -run/-s function in order, like erl's init does for
%% -noshell -run/-s. A crash ends Ember with status 1 (erl prints "init terminating in do_boot").
%% Needs no OTP module, so Ember runs OTP-free programs without an OTP installation (file_server_2 is
%% started only when OTP's kernel is there).
-module(ember_boot).
-export([start/1]).
%% No line information, as erl's preloaded init: a do_boot crash shows {ember_boot, run, 1, []}.
-compile([no_line_info]).

start(Calls) ->
    start_prim_loader(),
    start_file_server(),
    start_application_controller(),
    start_inet_db(),
    settle(100),
    run(Calls).

%% A helper process of the services (the resolver's run-once process) may still be exiting: the calls
%% start once such processes are gone, so that processes() holds only live ones (at most ~100 ms).
settle(0) ->
    ok;
settle(N) ->
    case [P || P <- processes(), not is_process_alive(P)] of
        [] -> ok;
        _ -> receive after 1 -> settle(N - 1) end
    end.

run([]) ->
    ok;
run([{M, F, Args} | Calls]) ->
    apply(M, F, Args),
    run(Calls).

%% kernel's file_server_2, which kernel_sup starts in erl: the server behind file:read_file/1,
%% file:open/2 (non-raw) and the other file functions that take a name. It keeps its table of open
%% files in ETS, so it is started only where ETS and OTP's kernel are present (docs/files.md).
start_file_server() ->
    case erlang:function_exported(ets, new, 2) andalso code:which(file_server) =/= non_existing of
        true ->
            %% A failure must not stop the -run calls: the file functions then exit with noproc.
            case catch file_server:start() of
                {ok, _} -> ok;
                Other -> io:format(user, "=ERROR REPORT====~nfile_server_2 not started: ~p~n~n", [Other])
            end;
        false ->
            ok
    end.

%% kernel's inet_db, which kernel_sup starts in erl: the table of socket modules, resolver settings and
%% hosts that gen_tcp, gen_udp and inet consult (docs/sockets.md). Started unlinked (the boot process
%% ends before the programs it runs), then configured as inet_db:start_link/0 does.
start_inet_db() ->
    case erlang:function_exported(ets, new, 2) andalso code:which(inet_db) =/= non_existing of
        true ->
            case catch gen_server:start({local, inet_db}, inet_db, [], []) of
                {ok, _} ->
                    case catch inet_config:init() of
                        ok -> ok;
                        Error -> io:format(user, "=ERROR REPORT====~ninet_config: ~p~n~n", [Error])
                    end;
                Other ->
                    io:format(user, "=ERROR REPORT====~ninet_db not started: ~p~n~n", [Other])
            end;
        false ->
            ok
    end.

%% OTP's application_controller with the kernel application loaded, as erl's boot script starts it:
%% application:get_env/2 and the crash reports of proc_lib read its ac_tab table.
start_application_controller() ->
    case code:which(kernel) of
        Path when is_list(Path) ->
            AppFile = filename:join(filename:dirname(Path), "kernel.app"),
            case catch file:consult(AppFile) of
                {ok, [{application, kernel, _} = App]} ->
                    case catch application_controller:start(App) of
                        {ok, _} -> ok;
                        Other -> io:format(user, "=ERROR REPORT====~napplication_controller not started: ~p~n~n", [Other])
                    end;
                Other ->
                    io:format(user, "=ERROR REPORT====~ncannot read ~ts: ~p~n~n", [AppFile, Other])
            end;
        _ ->
            ok
    end.

%% OTP's erl_prim_loader process, which erl's init starts first: inet_db reads the hosts and resolver
%% files through it. Ember loads code natively, so only its file services are used. It is linked to
%% its starter, so a holder process that never ends starts it.
start_prim_loader() ->
    case code:which(erl_prim_loader) =/= non_existing of
        true ->
            Self = self(),
            spawn(fun() ->
                          Self ! {prim_loader, catch erl_prim_loader:start()},
                          receive after infinity -> ok end
                  end),
            receive
                {prim_loader, {ok, _}} -> ok;
                {prim_loader, Other} ->
                    io:format(user, "=ERROR REPORT====~nerl_prim_loader not started: ~p~n~n", [Other])
            end;
        false ->
            ok
    end.
