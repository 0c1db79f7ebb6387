%% The guest module of tools/host_example: loaded by the host from bytes.
-module(host_greeter).
-export([accumulate/1, supervise/0, divide/2, ask_host/2, use_native/1, try_spawn/0]).

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

%% Asks the host (through its mailbox pid) and returns the host's answer.
ask_host(Host, Question) ->
    Host ! {self(), Question},
    receive {answer, A} -> A after 5000 -> no_answer end.

%% Calls the host's native host_crypto:checksum/1.
use_native(Bin) -> host_crypto:checksum(Bin).

%% Run sandboxed: spawning needs the process capability.
try_spawn() ->
    try spawn(fun() -> ok end) of _ -> spawned
    catch error:Reason -> {refused, Reason}
    end.
