%% -on_load for Ember's native code loading (docs/nif.md). erl's code_server runs a module's on_load
%% function in a process of its own (code_server.erl handle_on_load) and answers every caller once it
%% has finished; Ember loads modules natively, so the natives that find a module whose on_load function
%% has not run yet (code:ensure_loaded/1, code:load_file/1, a call to one of its functions) continue
%% here. The native ember_code:join_on_load/1 registers the caller as a waiter; for the first one it also
%% spawns the runner, run_on_load/1, holding every capability (docs/capabilities.md). The runner's
%% result, as code_server's: ok keeps the module, anything else (another value, an exception, an exit)
%% drops it and every waiter gets {error, on_load_failure}.
-module(ember_code).
-export([ensure_loaded/1, undefined_function/3, load_binary/3, purge_module/1, purge/1, soft_purge/1,
         delete/1, run_on_load/1]).

-spec ensure_loaded(module()) -> {module, module()} | {error, term()}.
ensure_loaded(Mod) ->
    case ember_code:join_on_load(Mod) of
        wait ->
            wait(Mod);
        Result ->
            Result
    end.

wait(Mod) ->
    receive
        {'$ember_on_load', Mod, Result} -> Result
    end.

%% The runner: a process of its own, monitored by nobody, so that the caller's exit does not leave the
%% module pending for ever.
run_on_load(Mod) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit(erlang:call_on_load_function(Mod)) end),
    Res = receive {'DOWN', Ref, process, Pid, R} -> R end,
    Keep = Res =:= ok,
    erlang:finish_after_on_load(Mod, Keep),
    case Keep orelse is_atom(Res) of   % code_server reports no atoms
        true ->
            ok;
        false ->
            io:format(user, "=ERROR REPORT====~nThe on_load function for module ~s returned:~n~P~n~n",
                      [Mod, Res, 10])
    end.

%% A call to Mod:F(Args...) while Mod's on_load function has not finished (erl: error_handler waits
%% in code_server).
-spec undefined_function(module(), atom(), list()) -> term().
undefined_function(Mod, F, Args) ->
    case ensure_loaded(Mod) of
        {module, Mod} ->
            case erlang:function_exported(Mod, F, length(Args)) of
                true -> apply(Mod, F, Args);
                false -> undef(Mod, F, Args)
            end;
        _ ->
            undef(Mod, F, Args)
    end.

%% error:undef with the caller's stack, as if the call itself had failed.
undef(Mod, F, Args) ->
    Stack = try error(undef) catch error:undef:St -> St end,
    erlang:raise(error, undef, [{Mod, F, Args, []} | tl(Stack)]).

%% code:load_binary/3 as code_server does it (code_server.erl do_load_binary, try_load_module_1,2):
%% a module that resides in a sticky directory (kernel, stdlib, compiler, or Ember's pre-loaded
%% modules) is refused; a loaded module is purged first, then erlang:load_module/2 loads the binary
%% and an on_load function runs as for any other load. The code:load_binary/3 native traps here.
-spec load_binary(module(), file:filename() | atom(), binary()) -> {module, module()} | {error, term()}.
load_binary(Mod, File, Bin) when is_atom(Mod), (is_list(File) orelse is_atom(File)), is_binary(Bin) ->
    case modp(File) of
        false ->
            {error, badarg};
        true ->
            case is_sticky(Mod) of
                true ->
                    {error, sticky_directory};
                false ->
                    _ = erlang:module_loaded(Mod) andalso (catch erlang:purge_module(Mod)),
                    case erlang:load_module(Mod, Bin) of
                        {error, on_load} -> ensure_loaded(Mod);
                        Result -> Result
                    end
            end
    end;
load_binary(Mod, File, Bin) ->
    erlang:error(function_clause, [Mod, File, Bin]).

modp(Atom) when is_atom(Atom) -> true;
modp(List) -> lists:all(fun erlang:is_integer/1, List).

is_sticky(Mod) ->
    erlang:module_loaded(Mod) andalso
        (lists:member(Mod, erlang:pre_loaded()) orelse sticky_file(code:which(Mod))).

sticky_file(File) when is_list(File) ->
    App = filename:basename(filename:dirname(filename:dirname(File))),
    lists:any(fun(Prefix) -> lists:prefix(Prefix, App) end, ["kernel-", "stdlib-", "compiler-"]);
sticky_file(_) ->
    false.

%% erlang:purge_module/1 (the native traps here once it has checked that Mod has old code).
-spec purge_module(module()) -> true.
purge_module(Mod) ->
    case hard_purge(Mod) of
        {true, _} -> true;
        {false, _} -> erlang:error(badarg, [Mod])  % purged meanwhile by another process
    end.

%% code:purge/1, code:soft_purge/1 and code:delete/1 as code_server answers them.
-spec purge(module()) -> boolean().
purge(Mod) when is_atom(Mod) ->
    {_WasOld, DidKill} = hard_purge(Mod),
    DidKill.

-spec soft_purge(module()) -> boolean().
soft_purge(Mod) when is_atom(Mod) ->
    case lists:any(fun(P) -> runs_old_code(P, Mod) end, processes()) of
        true -> false;
        false -> _ = ember_code:purge_old(Mod), true
    end.

-spec delete(module()) -> boolean().
delete(Mod) when is_atom(Mod) ->
    case catch erlang:delete_module(Mod) of
        true -> true;
        _ -> false
    end.

%% {WasOld, DidKill} as erts_code_purger:purge/1 answers: the hard purge. Every process that executes
%% the old code, or will return into it, is killed and gone before the code is dropped. The caller
%% itself is killed too if it is one of them (in erl, by the purger process before it replies).
hard_purge(Mod) ->
    Self = self(),
    Users = [P || P <- processes(), P =/= Self, runs_old_code(P, Mod)],
    Refs = [erlang:monitor(process, P) || P <- Users],
    _ = [exit(P, kill) || P <- Users],
    _ = [receive {'DOWN', R, process, _, _} -> ok end || R <- Refs],
    SelfRuns = runs_old_code(Self, Mod),
    Purged = ember_code:purge_old(Mod),
    _ = SelfRuns andalso exit(Self, kill),
    {Purged, Users =/= []}.

runs_old_code(Pid, Mod) ->
    case ember_code:process_runs_old_code(Pid, Mod) of
        busy ->
            erlang:yield(),
            runs_old_code(Pid, Mod);
        Runs ->
            Runs
    end.
