%% The workflow of workflow_cli.sh: an activity that appends to a file (so the test can count its
%% runs), a durable timer, a signal.
-module(cli_flow).
-export([run/1, step/2]).

run({Dir, N}) ->
    A = ember_workflow:activity(?MODULE, step, [Dir, N], #{}),
    ember_workflow:sleep(300),
    {ok, V} = ember_workflow:await_signal(go),
    {A, V}.

step(Dir, N) ->
    {ok, Fd} = prim_file:open(filename:join(Dir, "steps.log"), [append]),
    ok = prim_file:write(Fd, [integer_to_list(N), $\n]),
    ok = prim_file:close(Fd),
    N * 10.
