%% Benchmark: bignum arithmetic (factorials, big Fibonacci numbers, digit sums).
-module(bench_bignum).
-export([main/0, main/1, run/1]).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = run(30),
    io:format("bench_bignum work_ms ~w~n", [erlang:monotonic_time(millisecond) - T0]),
    io:format("bench_bignum checksum ~w~n", [Sum]),
    erlang:halt(0).

run(Rounds) -> run(Rounds, 0).

run(0, Acc) -> Acc;
run(R, Acc) ->
    F = fact(3000 + R),
    B = fib(20000 + R, 0, 1),
    P = pow(7, 4000 + R),
    Q = (F div P) + (B * P) rem (F + 1),
    S = digit_sum(integer_to_list(Q rem (1 bsl 20000))) + digit_sum(integer_to_list(B band (F bsr 100))),
    run(R - 1, (Acc + S + (Q bxor B) rem 1000000007) rem 1000000007).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

pow(_, 0) -> 1;
pow(X, N) when N rem 2 =:= 0 -> H = pow(X, N div 2), H * H;
pow(X, N) -> X * pow(X, N - 1).

digit_sum(L) -> lists:foldl(fun(C, A) -> A + C - $0 end, 0, L).
