%% Benchmark: function calls and returns (naive fib, mutual recursion, tail-recursive loops).
-module(bench_calls).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(35),
    io:format("bench_calls work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_calls checksum ~w~n", [Sum]),
    erlang:halt(0).

run(N) ->
    A = fib(N),
    B = loop(40000000, 0),
    C = even(3000001),
    (A + B + bool(C)) rem 1000000007.

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, add(Acc, N band 7)).

add(A, B) -> A + B.

even(0) -> true;
even(N) -> odd(N - 1).
odd(0) -> false;
odd(N) -> even(N - 1).

bool(true) -> 1;
bool(false) -> 0.
