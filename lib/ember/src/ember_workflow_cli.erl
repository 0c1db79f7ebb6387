%% `ember workflow COMMAND --store FILE ...` (docs/workflows.md): durable workflows from the command line.
%% Started by tools/ember/cmd_workflow.cpp on the minimal boot as `-run ember_workflow_cli main -extra ...`.
%%
%%   worker  --store FILE                    runs an engine on the store until killed (resuming what was
%%                                           open) and serves the other commands' requests
%%   start   --store FILE ID MODULE [INPUT]  starts MODULE:run(INPUT) as workflow ID (INPUT: an Erlang
%%                                           term, default [])
%%   signal  --store FILE ID NAME [PAYLOAD]
%%   cancel  --store FILE ID
%%   query   --store FILE ID NAME [ARGS]
%%   result  --store FILE ID [--timeout MS]  waits for the outcome (default 60,000 ms)
%%   list    --store FILE                    the open runs (read from the store)
%%   history --store FILE ID                 the latest run's events (read from the store)
%%
%% The worker and the commands talk through a spool directory beside the store (FILE.requests): a
%% command writes REQ.req (term_to_binary, renamed into place whole), the worker answers REQ.rep.
%% Requests wait there while no worker runs (a command gives up after its timeout, 10 s by default);
%% list and history need no worker. Exit status 0, 1 for an error answer (printed), 2 for a usage
%% error, 3 when no worker answered.
-module(ember_workflow_cli).
-export([main/0]).

-define(POLL_MS, 50).

main() ->
    Status = try run(init:get_plain_arguments())
             catch throw:{usage, Message} ->
                 err("ember workflow: ~ts~nusage: ember workflow [-pa DIR...] worker|start|signal|cancel|query|"
                     "result|list|history --store FILE ...~n", [Message]),
                 2
             end,
    halt(Status).

run([Command | Rest]) ->
    {Store, Args, Opts} = options(Rest, undefined, [], #{}),
    Store =:= undefined andalso throw({usage, "--store FILE is required"}),
    command(Command, Store, Args, Opts);
run([]) ->
    throw({usage, "missing command"}).

options(["--store", F | Rest], _, Args, Opts) -> options(Rest, F, Args, Opts);
options(["--timeout", Ms | Rest], S, Args, Opts) ->
    case catch list_to_integer(Ms) of
        N when is_integer(N), N >= 0 -> options(Rest, S, Args, Opts#{timeout => N});
        _ -> throw({usage, "--timeout takes milliseconds"})
    end;
options([A | Rest], S, Args, Opts) -> options(Rest, S, [A | Args], Opts);
options([], S, Args, Opts) -> {S, lists:reverse(Args), Opts}.

command("worker", Store, [], _) -> worker(Store);
command("start", Store, [Id, Module | Input], Opts) ->
    request(Store, {start, bin(Id), list_to_atom(Module), term(Input, [])}, Opts);
command("signal", Store, [Id, Name | Payload], Opts) ->
    request(Store, {signal, bin(Id), term([Name], x), term(Payload, [])}, Opts);
command("cancel", Store, [Id], Opts) -> request(Store, {cancel, bin(Id)}, Opts);
command("query", Store, [Id, Name | Args], Opts) ->
    request(Store, {query, bin(Id), term([Name], x), term(Args, [])}, Opts);
command("result", Store, [Id], Opts) ->
    Timeout = maps:get(timeout, Opts, 60000),
    request(Store, {result, bin(Id), Timeout}, Opts#{timeout => Timeout + 10000});
command("list", Store, [], _) ->
    S = open(Store),
    {ok, Runs} = ember_workflow_store:open_runs(S),
    [io:format("~ts ~ts ~ts~n", [W, R, T]) || #{workflow_id := W, run_id := R, type := T} <- Runs],
    0;
command("history", Store, [Id], _) ->
    S = open(Store),
    case ember_workflow_store:runs_of(S, bin(Id)) of
        {ok, []} ->
            err("ember workflow: no workflow ~ts~n", [Id]),
            1;
        {ok, Runs} ->
            #{run_id := RunId, status := Status} = lists:last(Runs),
            io:format("run ~ts ~p~n", [RunId, Status]),
            {ok, Events} = ember_workflow_store:history(S, RunId, 1),
            [io:format("~p ~ts ~0p~n", [Seq, Type, binary_to_term(P)]) || {Seq, Type, P, _} <- Events],
            0
    end;
command(Other, _, _, _) ->
    throw({usage, "unknown command or arguments: " ++ Other}).

bin(S) -> unicode:characters_to_binary(S).

%% An Erlang term from the words of the command line ("{order, 1}"); a bare word is an atom.
term([], Default) -> Default;
term(Words, _) ->
    Text = lists:flatten(lists:join(" ", Words)),
    case erl_scan:string(Text ++ ".") of
        {ok, Tokens, _} ->
            case erl_parse:parse_term(Tokens) of
                {ok, T} -> T;
                {error, _} -> throw({usage, "not an Erlang term: " ++ Text})
            end;
        _ -> throw({usage, "not an Erlang term: " ++ Text})
    end.

open(Store) ->
    case ember_workflow_store:open(Store) of
        {error, Reason} -> err("ember workflow: cannot open ~ts: ~p~n", [Store, Reason]), halt(1);
        S -> S
    end.

spool(Store) -> Store ++ ".requests".

%% ---- a command: one request through the spool ----------------------------------------------------------

request(Store, Request, Opts) ->
    Dir = spool(Store),
    _ = prim_file:make_dir(Dir),
    Name = integer_to_list(erlang:system_time(microsecond)) ++ "-" ++ os:getpid(),
    Tmp = filename:join(Dir, Name ++ ".tmp"),
    ok = prim_file:write_file(Tmp, term_to_binary(Request)),
    ok = prim_file:rename(Tmp, filename:join(Dir, Name ++ ".req")),
    Rep = filename:join(Dir, Name ++ ".rep"),
    Deadline = erlang:monotonic_time(millisecond) + maps:get(timeout, Opts, 10000),
    case wait_reply(Rep, Deadline) of
        {ok, Reply} ->
            _ = prim_file:delete(Rep),
            answer(Reply);
        timeout ->
            _ = prim_file:delete(filename:join(Dir, Name ++ ".req")),
            err("ember workflow: no worker answered (is `ember workflow worker --store ~ts` running?)~n", [Store]),
            3
    end.

wait_reply(Rep, Deadline) ->
    case prim_file:read_file(Rep) of
        {ok, Bin} -> {ok, binary_to_term(Bin)};
        _ ->
            case erlang:monotonic_time(millisecond) >= Deadline of
                true -> timeout;
                false -> receive after ?POLL_MS -> wait_reply(Rep, Deadline) end
            end
    end.

answer(ok) -> io:format("ok~n"), 0;
answer({ok, V}) when is_binary(V) -> io:format("~ts~n", [V]), 0;
answer({ok, V}) -> io:format("~0p~n", [V]), 0;
answer({error, Reason}) -> err("ember workflow: ~0p~n", [Reason]), 1.

%% ---- the worker -----------------------------------------------------------------------------------------

worker(Store) ->
    {ok, E} = case ember_workflow:start_engine(Store) of
                  {ok, _} = Ok -> Ok;
                  {error, Reason} -> err("ember workflow: cannot open ~ts: ~p~n", [Store, Reason]), halt(1)
              end,
    Dir = spool(Store),
    _ = prim_file:make_dir(Dir),
    io:format("worker on ~ts~n", [Store]),
    serve(E, Dir).

%% Every request found is answered by a process of its own (result/3 may wait long).
serve(E, Dir) ->
    {ok, Names} = prim_file:list_dir(Dir),
    [begin
         Req = filename:join(Dir, N),
         Taken = Req ++ ".taken",
         case prim_file:rename(Req, Taken) of
             ok -> spawn(fun() -> handle(E, Taken, filename:rootname(Req) ++ ".rep") end);
             _ -> ok
         end
     end || N <- Names, filename:extension(N) =:= ".req"],
    receive after ?POLL_MS -> serve(E, Dir) end.

handle(E, Taken, Rep) ->
    {ok, Bin} = prim_file:read_file(Taken),
    Reply = case catch binary_to_term(Bin) of
                {start, Id, M, I} -> ember_workflow:start(E, Id, M, I);
                {signal, Id, N, P} -> ember_workflow:signal(E, Id, N, P);
                {cancel, Id} -> ember_workflow:cancel(E, Id);
                {query, Id, N, A} -> ember_workflow:query(E, Id, N, A);
                {result, Id, T} -> ember_workflow:result(E, Id, T);
                _ -> {error, bad_request}
            end,
    Tmp = Rep ++ ".tmp",
    ok = prim_file:write_file(Tmp, term_to_binary(Reply)),
    ok = prim_file:rename(Tmp, Rep),
    _ = prim_file:delete(Taken).

err(Format, Args) ->
    ember_io:write(2, unicode:characters_to_binary(io_lib:format(Format, Args))).
