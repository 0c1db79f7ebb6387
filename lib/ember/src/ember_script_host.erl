%% The guest side of ember::ScriptHost (include/ember/script.hpp, docs/scripts.md): the host spawns
%% compile/3 once per distinct source, then run/3 for every run, and reads the tuple each returns.
-module(ember_script_host).
-export([compile/3, run/3, unload/1]).

%% {ok, Module} | {compile_error, [{Line, Message :: binary()}]}
compile(Source, Name, DefaultModule) ->
    case ember_script_source:load(Source, Name, DefaultModule) of
        {ok, Mod} -> {ok, Mod};
        {error, Errors} -> {compile_error, [{Line, unicode:characters_to_binary(Message)} || {_, Line, Message} <- Errors]}
    end.

%% Runs Module:main(Args) as a script. Options: a proplist of ember_script:run/2's options.
%% -> {Outcome, [{Pid, Output :: binary()}], [OsProcessHandle]} with Outcome = {ok, Value} |
%% {error, Reason} | {deadlock, Edges} | time_limit | memory_limit.
run(Module, Args, Options) ->
    #{outcome := Outcome, output := Output, os_processes := OsProcesses} =
        ember_script:run(fun() -> Module:main(Args) end, maps:from_list(Options)),
    {Outcome, Output, OsProcesses}.

%% Removes a module the host no longer keeps (its old code purged first, then the current made old and
%% purged): no process runs it any more.
unload(Module) ->
    code:purge(Module),
    code:delete(Module),
    code:purge(Module),
    ok.
