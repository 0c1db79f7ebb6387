%% The guest module of tools/host_example: loaded by the host from bytes.
-module(host_greeter).
-export([accumulate/1, supervise/0, divide/2]).

%% Adds up {add, N} messages until `done`, then returns {total, Sum}.
accumulate(Total) ->
    receive
        {add, N} -> accumulate(Total + N);
        done -> {total, Total}
    end.

%% Traps exits (the host spawns it trapping) and reports the first exit signal it gets.
supervise() ->
    receive {'EXIT', From, Reason} -> {child_exited, From, Reason} end.

divide(A, B) -> A div B.
