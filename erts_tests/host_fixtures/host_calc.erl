%% Guest functions for the host API tests (erts_tests/runtime_test.cpp). Each returns a value the host
%% reads from the process's outcome.
-module(host_calc).
-export([add/2, crash/1, echo/0, wait_exit/0, wait_stop/0, double_then_add/1, is_trapping/0,
         self_pid/0, register_and_echo/1, big_result/1, hello/1, halt_with/1, link_then_wait/1,
         collect/1]).

add(A, B) -> A + B.

%% Exits with {{boom, X}, Stacktrace}.
crash(X) -> erlang:error({boom, X}).

%% The first message it gets.
echo() -> receive M -> M end.

%% Waits for an exit signal turned message: {got_exit, From, Reason}.
wait_exit() ->
    receive {'EXIT', From, Reason} -> {got_exit, From, Reason} end.

%% Waits for `stop` (ignoring everything else); returns stopped.
wait_stop() ->
    receive stop -> stopped; _ -> wait_stop() end.

double_then_add(X) ->
    receive {add, Y} -> 2 * X + Y end.

is_trapping() ->
    {trap_exit, T} = process_info(self(), trap_exit),
    T.

self_pid() -> self().

register_and_echo(Name) ->
    true = register(Name, self()),
    echo().

%% A result with a refc binary, a bignum, a float and nested terms, built in a process that then exits.
big_result(N) ->
    Bin = binary:copy(<<"x">>, N),
    garbage_collect(),
    {Bin, 1 bsl 100, 2.5, [a, "str", {nested, [1, 2, 3]}]}.

hello(Name) ->
    io:format("hello ~s~n", [Name]),
    ok.

halt_with(Status) -> erlang:halt(Status).

%% Links to Pid from inside the guest, then waits for `stop`.
link_then_wait(Pid) ->
    true = link(Pid),
    wait_stop().

%% Collects N messages in arrival order.
collect(N) -> collect(N, []).
collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) -> receive M -> collect(N - 1, [M | Acc]) end.
