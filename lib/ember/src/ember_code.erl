%% -on_load for Ember's native code loading (docs/nif.md). erl's code_server runs a module's on_load
%% function in a process of its own (code_server.erl handle_on_load) and answers every caller once it
%% has finished; Ember loads modules natively, so the natives that find a module whose on_load function
%% has not run yet (code:ensure_loaded/1, code:load_file/1, a call to one of its functions) continue
%% here. The native ember_code:join_on_load/1 registers the caller as a waiter; the first one starts the
%% runner. The runner's result, as code_server's: ok keeps the module, anything else (another value, an
%% exception, an exit) drops it and every waiter gets {error, on_load_failure}.
-module(ember_code).
-export([ensure_loaded/1, undefined_function/3]).

-spec ensure_loaded(module()) -> {module, module()} | {error, term()}.
ensure_loaded(Mod) ->
    case ember_code:join_on_load(Mod) of
        run ->
            _ = spawn(fun() -> run_on_load(Mod) end),
            wait(Mod);
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
