%% Ember's `init` process: answers the requests of OTP's init module (init:get_argument/1,
%% get_arguments/0, get_plain_arguments/0, get_status/0, script_id/0, stop/0,1) for a system that
%% Ember started without OTP's boot script. Registered as `init`. Protocol as OTP's init.erl:
%% {From, Request} in, {init, Reply} out; {stop, How} to stop the system.
-module(ember_init).
-export([start/1]).

%% Flags: [{Flag :: atom(), [Value :: string()]}], as init:get_arguments/0 returns them.
%% Registered as `init` by the boot (nif/boot.cpp) before any process runs.
start(Flags) ->
    loop(Flags).

loop(Flags) ->
    receive
        {From, Request} when is_pid(From) ->
            From ! {init, reply(Request, Flags)},
            loop(Flags);
        {stop, stop} ->
            erlang:halt(0);
        {stop, {stop, Status}} ->
            erlang:halt(Status);
        _ ->
            loop(Flags)
    end.

reply(get_arguments, Flags) -> Flags;
reply(get_plain_arguments, _) -> [];
reply({get_argument, Flag}, Flags) ->
    case [V || {F, V} <- Flags, F =:= Flag] of
        [] -> error;
        Values -> {ok, Values}
    end;
reply(get_status, _) -> {started, started};
reply(script_id, _) -> {"Ember", "1"};
reply(_, _) -> {error, unknown_request}.
