%% Benchmark: hosted scripts (docs/scripts.md). The same Erlang on both VMs, timed inside the VM:
%%   compile  a trivial escript-style source compiled, loaded and run as escript's compile mode does
%%            (erl_scan, erl_parse, compile:forms, code:load_binary, main/1), 50 times
%%   eval     the same source run as escript's interpreted mode does (erl_eval of main/1's body), 50 times
%%   fanout   a script that spawns 10,000 children and awaits each (ember_script:spawn/await), 10 times;
%%            on Ember through ember_script:run/2 (the coordinator, handles, scopes), on erl through a
%%            stand-in of spawn_monitor + receive, as an escript on erl would have to write it
%% Prints each time ("bench_script compile_ms N" ...) and their sum as work_ms for tools/bench/run.sh.
-module(bench_script).
-export([main/0, main/1]).

-define(SOURCE, "main(Args) -> length(Args) + lists:sum([N * N || N <- lists:seq(1, 100)]).").

main(_) -> main().
main() ->
    {CompileMs, C1} = timed(fun() -> repeat(50, fun compile_run/0) end),
    {EvalMs, C2} = timed(fun() -> repeat(50, fun eval_run/0) end),
    {FanoutMs, C3} = timed(fun() -> repeat(10, fun fanout/0) end),
    io:format("bench_script compile_ms ~w~nbench_script eval_ms ~w~nbench_script fanout_ms ~w~n",
              [CompileMs, EvalMs, FanoutMs]),
    io:format("bench_script work_ms ~w~n", [CompileMs + EvalMs + FanoutMs]),
    io:format("bench_script checksum ~w~n", [(C1 * 31 + C2 * 7 + C3) band 16#FFFFFFF]),
    erlang:halt(0).

timed(F) ->
    T0 = erlang:monotonic_time(microsecond),
    R = F(),
    {(erlang:monotonic_time(microsecond) - T0) div 1000, R}.

repeat(N, F) -> lists:foldl(fun(_, Acc) -> (Acc + F()) band 16#FFFFFFF end, 0, lists:seq(1, N)).

forms() ->
    {ok, Tokens, _} = erl_scan:string(?SOURCE),
    {ok, Form} = erl_parse:parse_form(Tokens),
    [{attribute, 1, module, bench_script_trivial}, {attribute, 1, export, [{main, 1}]}, Form].

compile_run() ->
    {ok, Mod, Beam} = compile:forms(forms(), [binary]),
    {module, Mod} = code:load_binary(Mod, "bench_script_trivial.erl", Beam),
    R = Mod:main(["a"]),
    code:purge(Mod),
    R.

eval_run() ->
    [_, _, {function, _, main, 1, [{clause, _, [{var, _, 'Args'}], [], Body}]}] = forms(),
    {value, R, _} = erl_eval:exprs(Body, erl_eval:add_binding('Args', ["a"], erl_eval:new_bindings())),
    R.

fanout() ->
    Body = fun() ->
                   Hs = [spawn_child(fun() -> N rem 7 end) || N <- lists:seq(1, 10000)],
                   lists:sum([await_child(H) || H <- Hs])
           end,
    case code:ensure_loaded(ember_script) of
        {module, ember_script} ->
            #{outcome := {ok, V}} = ember_script:run(Body, #{}),
            V;
        _ ->
            Body()
    end.

spawn_child(F) ->
    case erlang:function_exported(ember_script, spawn, 1) of
        true -> ember_script:spawn(F);
        false -> spawn_monitor(fun() -> exit({value, F()}) end)
    end.

await_child({Pid, MRef}) when is_pid(Pid) ->
    receive {'DOWN', MRef, process, Pid, {value, V}} -> V end;
await_child(H) ->
    ember_script:await(H).
