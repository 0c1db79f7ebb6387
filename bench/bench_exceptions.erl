%% Benchmark: raising and catching exceptions a few calls deep: try/catch that ignores the stack
%% trace (throw, error, exit), try/catch that asks for it, and old-style catch of an error.
-module(bench_exceptions).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(200000),
    io:format("bench_exceptions work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_exceptions checksum ~w~n", [Sum]),
    erlang:halt(0).

run(N) ->
    A = ignoring(N, 0),
    B = with_trace(N div 4, 0),
    C = old_catch(N div 4, 0),
    (A + B + C) rem 1000000007.

%% The handler never looks at the stack trace.
ignoring(0, Acc) -> Acc;
ignoring(N, Acc) ->
    V = try deep(N rem 3, 6, N) of
            R -> R
        catch
            throw:T -> T;
            error:{bad, E} -> E + 1;
            exit:X -> X + 2
        end,
    ignoring(N - 1, Acc + V).

%% The handler takes the stack trace and looks at its depth.
with_trace(0, Acc) -> Acc;
with_trace(N, Acc) ->
    V = try deep(1, 6, N) of
            R -> R
        catch
            error:{bad, E}:St -> E + length(St)
        end,
    with_trace(N - 1, Acc + V).

%% catch Expr of an error builds {'EXIT', {Reason, Trace}}.
old_catch(0, Acc) -> Acc;
old_catch(N, Acc) ->
    {'EXIT', {{bad, E}, St}} = (catch deep(1, 6, N)),
    old_catch(N - 1, Acc + E + length(St)).

deep(Kind, 0, N) -> fail(Kind, N);
deep(Kind, D, N) -> 1 + deep(Kind, D - 1, N).

fail(0, N) -> throw(N band 255);
fail(1, N) -> error({bad, N band 255});
fail(2, N) -> exit(N band 255).
