%% The first process `ember` runs: calls each -run/-s function in order, like erl's init does for
%% -noshell -run/-s. A crash ends Ember with status 1 (erl prints "init terminating in do_boot").
%% Needs no OTP module, so Ember runs OTP-free programs without an OTP installation (file_server_2 is
%% started only when OTP's kernel is there).
-module(ember_boot).
-export([start/1]).

start(Calls) ->
    start_file_server(),
    run(Calls).

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
