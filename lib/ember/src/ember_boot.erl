%% The first process of Ember's minimal boot (`ember -boot ember`, docs/cli.md): calls each -run/-s
%% function in order, like erl's init does for -noshell -run/-s. A crash ends Ember with status 1 (erl
%% prints "init terminating in do_boot").
%%
%% It starts none of the kernel application's services (file_server_2, application_controller,
%% inet_db, logger): that is what keeps this boot at a few milliseconds. Programs that need them use
%% OTP's boot, the default.
-module(ember_boot).
-export([start/1]).
%% No line information, as erl's preloaded init: a do_boot crash shows {ember_boot, run, 1, []}.
-compile([no_line_info]).

start(Calls) ->
    run(Calls).

run([]) ->
    ok;
run([{M, F, Args} | Calls]) ->
    apply(M, F, Args),
    run(Calls).
