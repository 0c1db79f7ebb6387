%% Ember's `init` process: answers the requests of OTP's init module (init:get_argument/1,
%% get_arguments/0, get_plain_arguments/0, get_status/0, script_id/0, stop/0,1) for a system that
%% Ember started without OTP's boot script. Registered as `init`. Protocol as OTP's init.erl:
%% {From, Request} in, {init, Reply} out; {stop, How} to stop the system.
-module(ember_init).
-export([start/2]).

%% Flags: [{Flag :: atom(), [Value :: string()]}], as init:get_arguments/0 returns them.
%% Registered as `init` by the boot (nif/boot.cpp) before any process runs.
%% Plain: the arguments after -extra (init:get_plain_arguments/0).
start(Flags, Plain) ->
    loop(Flags, Plain).

loop(Flags, Plain) ->
    receive
        {From, Request} when is_pid(From) ->
            From ! {init, reply(Request, Flags, Plain)},
            loop(Flags, Plain);
        {stop, How} when How =:= stop; element(1, How) =:= stop ->
            %% Anyone may send this (init:stop/0,1 is a message): only a sender that may halt the
            %% system itself is obeyed, so a sandbox cannot stop it through init.
            case lists:member(system, ember:sender_capabilities()) of
                true when How =:= stop -> erlang:halt(0);
                true -> erlang:halt(element(2, How));
                false -> ok
            end,
            loop(Flags, Plain);
        _ ->
            loop(Flags, Plain)
    end.

reply(get_arguments, Flags, _) -> Flags;
reply(get_plain_arguments, _, Plain) -> Plain;
reply({get_argument, Flag}, Flags, _) ->
    case [V || {F, V} <- Flags, F =:= Flag] of
        [] -> error;
        Values -> {ok, Values}
    end;
reply(get_status, _, _) -> {started, started};
reply(script_id, _, _) -> {"Ember", "1"};
reply(_, _, _) -> {error, unknown_request}.
