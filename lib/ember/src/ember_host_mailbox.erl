%% The process behind a host mailbox (include/ember/runtime.hpp Runtime::open_mailbox): every message
%% it receives goes to the host's queue for mailbox Id through deliver/2, a native the Runtime
%% registers at boot (nif/host_mailbox.cpp). It traps exits, so a linked process's exit arrives as an
%% {'EXIT', From, Reason} message. deliver/2 answers `closed` once the host closed the mailbox.
-module(ember_host_mailbox).
-export([run/1, deliver/2]).

run(Id) ->
    process_flag(trap_exit, true),
    loop(Id).

loop(Id) ->
    receive
        Msg ->
            case ember_host_mailbox:deliver(Id, Msg) of
                ok -> loop(Id);
                closed -> ok
            end
    end.

%% Replaced by the host's native (an export with a native takes precedence over this body).
deliver(_Id, _Msg) ->
    erlang:nif_error(not_loaded).
