%% Crash trials of the workflow engine (docs/workflows.md), driven by workflow_crash.sh:
%%   start DIR   starts an engine on DIR/store.db and 5 workflows, signals each, and runs until the
%%               shell kills the VM with SIGKILL at a random moment
%%   finish DIR  starts an engine on the same store (it resumes what was open), signals any workflow
%%               whose signal is not in its history yet, waits for every result and checks:
%%               each result is the expected one, each activity completed once in the history and ran
%%               at most once more than its recorded attempts (DIR/calls.log, one line per run of an
%%               activity), each timer fired once. Prints "trial ok M of M" or what is wrong.
-module(workflow_crash).
-export([start/1, finish/1, run/1, step/3]).

-define(WORKFLOWS, 5).

keys() -> [integer_to_binary(N) || N <- lists:seq(1, ?WORKFLOWS)].

%% The workflow: three activities (one beside a timer in all/1), two durable timers, a recorded time and
%% a signal.
run({Dir, Key}) ->
    A = ember_workflow:activity(?MODULE, step, [Dir, Key, a], #{}),
    ember_workflow:sleep(20),
    [B, ok] = ember_workflow:all([{activity, ?MODULE, step, [Dir, Key, b], #{}}, {sleep, 10}]),
    _ = ember_workflow:now(),
    {ok, S} = ember_workflow:await_signal(go),
    C = ember_workflow:activity(?MODULE, step, [Dir, Key, c], #{}),
    {A, B, S, C}.

%% An activity: one line per run in DIR/calls.log, a little work, its value.
step(Dir, Key, Step) ->
    {ok, Fd} = prim_file:open(filename:join(Dir, "calls.log"), [append]),
    ok = prim_file:write(Fd, [Key, $\s, atom_to_list(Step), $\n]),
    ok = prim_file:close(Fd),
    receive after 5 -> ok end,
    {Key, Step}.

expected(Key) -> {{Key, a}, {Key, b}, Key, {Key, c}}.

start([Dir]) ->
    {ok, E} = ember_workflow:start_engine(filename:join(Dir, "store.db")),
    [{ok, _} = ember_workflow:start(E, K, ?MODULE, {Dir, K}) || K <- keys()],
    io:format("started~n"),  % the shell kills the VM a random moment after this line
    [ok = ember_workflow:signal(E, K, go, K) || K <- keys()],
    receive after infinity -> ok end.

finish([Dir]) ->
    {ok, E} = ember_workflow:start_engine(filename:join(Dir, "store.db")),
    Started = [K || K <- keys(), ember_workflow:describe(E, K) =/= {error, not_found}],
    Open = length([K || K <- Started, {ok, #{runs := Runs}} <- [ember_workflow:describe(E, K)],
                        maps:get(status, lists:last(Runs)) =:= running]),
    [{ok, _} = ember_workflow:start(E, K, ?MODULE, {Dir, K}) || K <- keys() -- Started],
    [signal_if_missing(E, K) || K <- keys()],
    Problems = lists:append([check(E, Dir, K) || K <- keys()]),
    case Problems of
        [] -> io:format("trial ok ~p of ~p, resumed ~p, not started ~p~n",
                        [?WORKFLOWS, ?WORKFLOWS, Open, ?WORKFLOWS - length(Started)]);
        _ -> io:format("trial FAILED: ~p~n", [Problems])
    end,
    halt(0).

signal_if_missing(E, K) ->
    {ok, #{history := H}} = ember_workflow:describe(E, K),
    case [x || {_, <<"signal_received">>, _, _} <- H] of
        [] -> ok = ember_workflow:signal(E, K, go, K);
        _ -> ok
    end.

check(E, Dir, K) ->
    Result = ember_workflow:result(E, K, 10000),
    {ok, #{history := H}} = ember_workflow:describe(E, K),
    {ok, Log} = prim_file:read_file(filename:join(Dir, "calls.log")),
    Lines = binary:split(Log, <<"\n">>, [global, trim_all]),
    [{K, result, Result} || Result =/= {ok, expected(K)}] ++
    lists:append(
      [begin
           Completed = length([x || {_, <<"activity_completed">>, #{cmd := C}, _} <- H, C =:= Cmd]),
           Failed = length([x || {_, <<"activity_failed">>, #{cmd := C}, _} <- H, C =:= Cmd]),
           Runs = length([x || L <- Lines, L =:= <<K/binary, " ", (atom_to_binary(Step))/binary>>]),
           [{K, Step, completed, Completed} || Completed =/= 1] ++
           [{K, Step, runs, Runs, recorded_attempts, Failed + 1} || Runs < 1 orelse Runs > Failed + 2]
       end || {Cmd, Step} <- activity_cmds(H)]) ++
    [{K, timer, Cmd, Fired}
     || Cmd <- [C || {_, <<"timer_started">>, #{cmd := C}, _} <- H],
        Fired <- [length([x || {_, <<"timer_fired">>, #{cmd := C}, _} <- H, C =:= Cmd])], Fired =/= 1] ++
    [{K, timers_started, N} || N <- [length([x || {_, <<"timer_started">>, _, _} <- H])], N =/= 2].

%% The command numbers of the activities, with their step (from activity_scheduled and the calls).
activity_cmds(H) ->
    Cmds = [C || {_, <<"activity_scheduled">>, #{cmd := C}, _} <- H],
    lists:zip(Cmds, lists:sublist([a, b, c], length(Cmds))).
