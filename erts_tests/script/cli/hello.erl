#!/usr/bin/env escript
%%! -smp enable
-define(GREETING, "hello").
main(Args) ->
    ember_script:println([?GREETING, " ", lists:join(" ", Args)]),
    Hs = [ember_script:spawn(fun() -> ember_script:sleep(10 * N), N * N end) || N <- [1, 2, 3]],
    io:format("sum ~p~n", [lists:sum([ember_script:await(H) || H <- Hs])]).
