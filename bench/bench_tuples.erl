%% Benchmark: tuple construction and matching: a small expression interpreter over
%% tuple-encoded syntax trees plus record-like state updates.
-module(bench_tuples).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(8000000),
    io:format("bench_tuples work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_tuples checksum ~w~n", [Sum]),
    erlang:halt(0).

run(N) ->
    Expr = {add, {mul, {var, x}, {const, 3}}, {sub, {var, y}, {neg, {const, 2}}}},
    loop(N, Expr, {state, 0, 0, []}, 0).

loop(0, _, _, Acc) -> Acc;
loop(N, Expr, {state, X, Y, _} = S, Acc) ->
    V = eval(Expr, [{x, X}, {y, Y}]),
    S2 = step(S, V),
    loop(N - 1, Expr, S2, (Acc + V) rem 1000000007).

eval({const, C}, _) -> C;
eval({var, Name}, Env) -> lookup(Name, Env);
eval({add, A, B}, Env) -> eval(A, Env) + eval(B, Env);
eval({sub, A, B}, Env) -> eval(A, Env) - eval(B, Env);
eval({mul, A, B}, Env) -> eval(A, Env) * eval(B, Env);
eval({neg, A}, Env) -> -eval(A, Env).

lookup(K, [{K, V} | _]) -> V;
lookup(K, [_ | T]) -> lookup(K, T).

step({state, X, Y, Hist}, V) ->
    Hist2 = case Hist of
                [_, _, _, _ | _] -> [V];
                _ -> [V | Hist]
            end,
    {state, (X + 1) band 1023, (Y + V) band 4095, Hist2}.
