%% The first process `ember` runs: calls each -run/-s function in order, like erl's init does for
%% -noshell -run/-s. A crash ends Ember with status 1 (erl prints "init terminating in do_boot").
%% Needs no OTP module, so Ember runs OTP-free programs without an OTP installation.
-module(ember_boot).
-export([start/1]).

start([]) ->
    ok;
start([{M, F, Args} | Calls]) ->
    apply(M, F, Args),
    start(Calls).
