%% Guest functions for the host API services tests (erts_tests/runtime_services_test.cpp).
-module(host_services).
-export([echo_server/0, ask/2, call/3, call_local_add/2, wait_stop/0, label_then_wait/1,
         try_spawn/0, try_native/2, send_to/2, send_many/2, crash_with/1, get_label/0,
         hold/0, wait_exit/0, wait_states/0]).

%% ember:wait_state/1 of processes blocked in different ways (reductions left out), ember:group_members/1,
%% and bad arguments.
wait_states() ->
    A = spawn(fun() -> receive stop -> ok end end),
    B = spawn(fun() -> receive stop -> ok after 60000 -> ok end end),
    C = spawn(fun() -> receive stop -> ok end end),
    erlang:send_after(60000, C, hello),
    D = spawn(fun() -> receive stop -> ok end end),
    erlang:suspend_process(D),
    E = spawn(fun() -> ok end),
    Busy = spawn(fun Spin() -> Spin() end),
    timer:sleep(50),
    Strip = fun({waiting, T, R, N}) when is_integer(R) -> {waiting, T, N}; (X) -> X end,
    States = [Strip(ember:wait_state(P)) || P <- [A, B, C, D, E, self()]],
    BusyState = ember:wait_state(Busy),
    [exit(P, kill) || P <- [A, B, C, D, Busy]],
    Gl = spawn(fun() -> receive stop -> ok end end),
    Members = [spawn(fun() -> group_leader(Gl, self()), receive stop -> ok end end) || _ <- [1, 2]],
    timer:sleep(20),
    SameMembers = lists:sort(ember:group_members(Gl)) =:= lists:sort(Members),
    [P ! stop || P <- [Gl | Members]],
    {States, lists:member(BusyState, [running, runnable]),
     try ember:wait_state(foo) catch error:badarg -> badarg end,
     SameMembers, try ember:group_members(foo) catch error:badarg -> badarg end}.

%% Answers {From, Req} with From ! {self(), {reply, Req}} until `stop`.
echo_server() ->
    receive
        stop -> stopped;
        {From, Req} when is_pid(From) ->
            From ! {self(), {reply, Req}},
            echo_server()
    end.

%% Asks Server with {self(), Req} and returns the answer (or timeout).
ask(Server, Req) ->
    Server ! {self(), Req},
    receive Reply -> Reply after 10000 -> timeout end.

%% M:F(Args...) with what it raised as {caught, Class, Reason}.
call(M, F, Args) ->
    try apply(M, F, Args) catch Class:Reason -> {caught, Class, Reason} end.

%% host_nif_mod:local_add/2 calls add/2 locally (the beam's body).
call_local_add(A, B) ->
    try host_nif_mod:local_add(A, B) catch Class:Reason -> {caught, Class, Reason} end.

wait_stop() ->
    receive stop -> stopped; _ -> wait_stop() end.

label_then_wait(Label) ->
    put('$process_label', Label),
    wait_stop().

get_label() ->
    receive {From, label} -> From ! {label, get('$process_label')}, get_label(); stop -> ok end.

%% Spawning needs the process capability.
try_spawn() ->
    try spawn(fun() -> ok end) of
        Pid when is_pid(Pid) -> spawned
    catch error:Reason -> {denied, Reason}
    end.

%% Calls a native and reports a denial.
try_native(M, Args) ->
    try apply(M, secret, Args) catch Class:Reason -> {caught, Class, Reason} end.

send_to(To, Msg) ->
    To ! Msg,
    ok.

%% Sends N messages {I, Tag} to To.
send_many(To, N) ->
    [To ! {I, self()} || I <- lists:seq(1, N)],
    ok.

crash_with(Reason) -> exit(Reason).

%% Never receives anything: messages pile up in its queue.
hold() -> receive '$never_sent' -> ok end.

wait_exit() ->
    receive {'EXIT', From, Reason} -> {got_exit, From, Reason} end.
