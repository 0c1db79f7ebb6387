%% The workflow history store's natives (ember_workflow_store, docs/workflows.md) on Ember: one
%% function per behaviour, each returns ok or fails. Ember-only (erl has no ember_workflow_store). Run
%% by workflow_store_tests.sh with a scratch directory, on OTP's boot and on the minimal boot (no file
%% server: files are handled with prim_file).
-module(workflow_store_tests).
-export([main/1]).
-compile([export_all, nowarn_export_all]).  % each test is called by name

-define(EQ(Want, Got), (fun() -> case Got of Want -> ok; __Other -> error({expected, ??Want, got, __Other}) end end)()).
-define(BADARG(Expr), ?EQ({'EXIT', {badarg, _}}, catch Expr)).

tests() ->
    [round_trip, seq_conflict, one_open_run_per_workflow, closed_run_refuses_appends, not_found,
     close_and_reopen, thousand_events, concurrent_writers, racing_writers_one_wins, strings_and_atoms, bad_arguments,
     capability_denied, corrupt_file, unopenable_path, store_released_by_gc].

main([Dir]) ->
    put(dir, Dir),
    Results = [{T, catch ?MODULE:T()} || T <- tests()],
    Failed = [R || {_, Res} = R <- Results, Res =/= ok],
    [io:format("FAIL ~p: ~P~n", [T, Res, 30]) || {T, Res} <- Failed],
    io:format("workflow_store_tests: ~p passed, ~p failed~n", [length(Results) - length(Failed), length(Failed)]),
    halt(case Failed of [] -> 0; _ -> 1 end).

%% A fresh store file per test.
path(Name) -> filename:join(get(dir), atom_to_list(Name) ++ ".db").
fresh(Name) ->
    [prim_file:delete(path(Name) ++ Ext) || Ext <- ["", "-wal", "-shm"]],
    S = ember_workflow_store:open(path(Name)),
    true = is_reference(S),
    S.

run(S, Wf, Id) ->
    ember_workflow_store:create_run(S, #{workflow_id => Wf, run_id => Id, type => order_flow,
                                         input => term_to_binary({order, Id})}).

ev(Type, Term) -> {Type, term_to_binary(Term)}.

round_trip() ->
    S = fresh(round_trip),
    {ok, #{workflow_id := <<"wf">>, run_id := <<"r1">>, type := <<"order_flow">>, status := running,
           next_seq := 1, closed_ms := undefined, result := <<>>, created_ms := C}} = run(S, <<"wf">>, <<"r1">>),
    true = is_integer(C) andalso C > 0,
    ?EQ({ok, 4}, ember_workflow_store:append(S, <<"r1">>, 1,
                                             [ev(workflow_started, #{}), ev(<<"activity_scheduled">>, {a, 1}),
                                              {timer_started, <<>>}])),
    {ok, [{1, <<"workflow_started">>, P1, T1}, {2, <<"activity_scheduled">>, P2, _}, {3, <<"timer_started">>, <<>>, _}]} =
        ember_workflow_store:history(S, <<"r1">>, 1),
    ?EQ(#{}, binary_to_term(P1)),
    ?EQ({a, 1}, binary_to_term(P2)),
    true = is_integer(T1),
    ?EQ({ok, [{3, <<"timer_started">>, <<>>, _}]}, ember_workflow_store:history(S, <<"r1">>, 3)),
    ?EQ({ok, []}, ember_workflow_store:history(S, <<"r1">>, 4)),
    {ok, #{next_seq := 4, input := In}} = ember_workflow_store:describe(S, <<"r1">>),
    ?EQ({order, <<"r1">>}, binary_to_term(In)),
    ?EQ({ok, 4}, ember_workflow_store:append(S, <<"r1">>, 4, [])),
    %% A sub-binary that does not start on a byte boundary, and a refc binary of 100 kB.
    <<0:1, Unaligned/bitstring>> = <<0:1, "abc">>,
    Big = binary:copy(<<"0123456789">>, 10000),
    ?EQ({ok, 6}, ember_workflow_store:append(S, <<"r1">>, 4, [{unaligned, Unaligned}, {big, Big}])),
    ?EQ({ok, [{4, <<"unaligned">>, <<"abc">>, _}, {5, <<"big">>, Big, _}]}, ember_workflow_store:history(S, <<"r1">>, 4)),
    ok.

seq_conflict() ->
    S = fresh(seq_conflict),
    {ok, _} = run(S, <<"wf">>, <<"r">>),
    {ok, 3} = ember_workflow_store:append(S, <<"r">>, 1, [ev(a, 1), ev(b, 2)]),
    ?EQ({error, conflict}, ember_workflow_store:append(S, <<"r">>, 1, [ev(stale, 1)])),
    ?EQ({error, conflict}, ember_workflow_store:append(S, <<"r">>, 9, [ev(ahead, 1)])),
    {ok, Events} = ember_workflow_store:history(S, <<"r">>, 1),
    ?EQ(2, length(Events)),
    ?EQ({ok, 4}, ember_workflow_store:append(S, <<"r">>, 3, [ev(c, 3)])),
    ok.

one_open_run_per_workflow() ->
    S = fresh(one_open_run_per_workflow),
    {ok, _} = run(S, <<"wf">>, <<"r1">>),
    ?EQ({error, duplicate}, run(S, <<"wf">>, <<"r2">>)),
    ?EQ({error, duplicate}, run(S, <<"other">>, <<"r1">>)),
    ok = ember_workflow_store:close_run(S, <<"r1">>, continued_as_new, term_to_binary(next)),
    {ok, _} = run(S, <<"wf">>, <<"r2">>),
    {ok, [#{run_id := <<"r1">>, status := continued_as_new}, #{run_id := <<"r2">>, status := running}]} =
        ember_workflow_store:runs_of(S, <<"wf">>),
    {ok, [#{run_id := <<"r2">>}]} = ember_workflow_store:open_runs(S),
    ?EQ({ok, []}, ember_workflow_store:runs_of(S, <<"nobody">>)),
    ok.

closed_run_refuses_appends() ->
    S = fresh(closed_run_refuses_appends),
    {ok, _} = run(S, <<"wf">>, <<"r">>),
    {ok, 2} = ember_workflow_store:append(S, <<"r">>, 1, [ev(a, 1)]),
    ok = ember_workflow_store:close_run(S, <<"r">>, completed, term_to_binary(done)),
    ?EQ({error, closed}, ember_workflow_store:append(S, <<"r">>, 2, [ev(b, 2)])),
    ?EQ({error, closed}, ember_workflow_store:close_run(S, <<"r">>, failed, <<>>)),
    {ok, #{status := completed, result := R, closed_ms := Cl, next_seq := 2}} = ember_workflow_store:describe(S, <<"r">>),
    ?EQ(done, binary_to_term(R)),
    true = is_integer(Cl),
    ?EQ({ok, []}, ember_workflow_store:open_runs(S)),
    ok.

not_found() ->
    S = fresh(not_found),
    ?EQ({error, not_found}, ember_workflow_store:describe(S, <<"nope">>)),
    ?EQ({error, not_found}, ember_workflow_store:history(S, <<"nope">>, 1)),
    ?EQ({error, not_found}, ember_workflow_store:append(S, <<"nope">>, 1, [ev(a, 1)])),
    ?EQ({error, not_found}, ember_workflow_store:close_run(S, <<"nope">>, terminated, <<>>)),
    ok.

close_and_reopen() ->
    S = fresh(close_and_reopen),
    {ok, _} = run(S, <<"wf">>, <<"r">>),
    {ok, 6} = ember_workflow_store:append(S, <<"r">>, 1, [ev(N, N) || N <- [a, b, c, d, e]]),
    ok = ember_workflow_store:close(S),
    ok = ember_workflow_store:close(S),
    ?EQ({error, store_closed}, ember_workflow_store:history(S, <<"r">>, 1)),
    ?EQ({error, store_closed}, ember_workflow_store:open_runs(S)),
    S2 = ember_workflow_store:open(path(close_and_reopen)),
    {ok, Events} = ember_workflow_store:history(S2, <<"r">>, 1),
    [1, 2, 3, 4, 5] = [Seq || {Seq, _, _, _} <- Events],
    ?EQ({ok, 7}, ember_workflow_store:append(S2, <<"r">>, 6, [ev(f, f)])),
    ok.

thousand_events() ->
    S = fresh(thousand_events),
    {ok, _} = run(S, <<"wf">>, <<"r">>),
    lists:foldl(fun(B, Seq) ->
                        {ok, Next} = ember_workflow_store:append(S, <<"r">>, Seq, [ev(step, {B, I}) || I <- lists:seq(1, 100)]),
                        Next
                end, 1, lists:seq(1, 10)),
    {ok, Events} = ember_workflow_store:history(S, <<"r">>, 1),
    ?EQ(1000, length(Events)),
    Want = lists:seq(1, 1000),
    Want = [Seq || {Seq, _, _, _} <- Events],
    {1000, _, Last, _} = lists:last(Events),
    ?EQ({10, 100}, binary_to_term(Last)),
    ok.

%% Processes sharing one store, each appending to its own run one event at a time.
concurrent_writers() ->
    S = fresh(concurrent_writers),
    Me = self(),
    Ids = [integer_to_binary(N) || N <- lists:seq(1, 4)],
    [{ok, _} = run(S, <<"wf", Id/binary>>, Id) || Id <- Ids],
    [spawn_link(fun() ->
                        [{ok, _} = ember_workflow_store:append(S, Id, N, [ev(e, N)]) || N <- lists:seq(1, 50)],
                        Me ! {done, Id}
                end) || Id <- Ids],
    [receive {done, Id} -> ok after 20000 -> error({timeout, Id}) end || Id <- Ids],
    [begin
         {ok, Es} = ember_workflow_store:history(S, Id, 1),
         Want = lists:seq(1, 50),
         Want = [binary_to_term(P) || {_, _, P, _} <- Es]
     end || Id <- Ids],
    ok.

%% Eight processes race to append seq 1 of one run: exactly one wins, the others get conflict.
racing_writers_one_wins() ->
    S = fresh(racing_writers_one_wins),
    {ok, _} = run(S, <<"wf">>, <<"r">>),
    Me = self(),
    [spawn_link(fun() -> Me ! {raced, ember_workflow_store:append(S, <<"r">>, 1, [ev(me, N), ev(too, N)])} end)
     || N <- lists:seq(1, 8)],
    Results = [receive {raced, R} -> R after 20000 -> timeout end || _ <- lists:seq(1, 8)],
    [{ok, 3}] = [R || {ok, _} = R <- Results],
    7 = length([R || {error, conflict} = R <- Results]),
    {ok, [{1, _, P1, _}, {2, _, P2, _}]} = ember_workflow_store:history(S, <<"r">>, 1),
    ?EQ(true, binary_to_term(P1) =:= binary_to_term(P2)),  % both events of the one winner
    ok.

%% Atoms are accepted for ids and types; everything comes back as binaries.
strings_and_atoms() ->
    S = fresh(strings_and_atoms),
    {ok, #{workflow_id := <<"wf">>, run_id := <<"r">>}} = run(S, wf, r),
    {ok, 2} = ember_workflow_store:append(S, r, 1, [ev('unicode_ä', 1)]),
    {ok, [{1, <<"unicode_ä"/utf8>>, _, _}]} = ember_workflow_store:history(S, <<"r">>, 1),
    {ok, [#{run_id := <<"r">>}]} = ember_workflow_store:runs_of(S, wf),
    ok.

bad_arguments() ->
    S = fresh(bad_arguments),
    {ok, _} = run(S, <<"wf">>, <<"r">>),
    ?BADARG(ember_workflow_store:open(123)),
    ?BADARG(ember_workflow_store:open(<<>>)),
    ?BADARG(ember_workflow_store:open(<<"a", 0, "b">>)),
    ?BADARG(ember_workflow_store:create_run(S, not_a_map)),
    ?BADARG(ember_workflow_store:create_run(S, #{workflow_id => <<"w">>, run_id => <<"x">>, type => t})),  % no input
    ?BADARG(ember_workflow_store:create_run(S, #{workflow_id => 1, run_id => <<"x">>, type => t, input => <<>>})),
    ?BADARG(ember_workflow_store:create_run(S, #{workflow_id => <<>>, run_id => <<"x">>, type => t, input => <<>>})),
    ?BADARG(ember_workflow_store:create_run(S, #{workflow_id => <<255>>, run_id => <<"x">>, type => t, input => <<>>})),
    ?BADARG(ember_workflow_store:create_run(S, #{workflow_id => <<"w">>, run_id => <<"x">>, type => t, input => [1]})),
    ?BADARG(ember_workflow_store:create_run(S, #{workflow_id => <<"w">>, run_id => <<"x">>, type => t, input => <<1:3>>})),
    ?BADARG(ember_workflow_store:create_run(make_ref(), #{workflow_id => <<"w">>, run_id => <<"x">>, type => t, input => <<>>})),
    ?BADARG(ember_workflow_store:append(S, <<"r">>, 1, not_a_list)),
    ?BADARG(ember_workflow_store:append(S, <<"r">>, 1, [ev(a, 1) | improper])),
    ?BADARG(ember_workflow_store:append(S, <<"r">>, 1, [{a, <<>>, extra}])),
    ?BADARG(ember_workflow_store:append(S, <<"r">>, 1, [{a, not_binary}])),
    ?BADARG(ember_workflow_store:append(S, <<"r">>, 1, [{"list", <<>>}])),
    ?BADARG(ember_workflow_store:append(S, <<"r">>, 1, [{<<>>, <<>>}])),
    ?BADARG(ember_workflow_store:append(S, <<"r">>, 0, [ev(a, 1)])),
    ?BADARG(ember_workflow_store:append(S, <<"r">>, one, [ev(a, 1)])),
    ?BADARG(ember_workflow_store:append(S, <<"r">>, 1 bsl 70, [ev(a, 1)])),
    ?BADARG(ember_workflow_store:append(self(), <<"r">>, 1, [ev(a, 1)])),
    ?BADARG(ember_workflow_store:history(S, <<"r">>, 1.0)),
    ?BADARG(ember_workflow_store:close_run(S, <<"r">>, running, <<>>)),
    ?BADARG(ember_workflow_store:close_run(S, <<"r">>, finished, <<>>)),
    ?BADARG(ember_workflow_store:close_run(S, <<"r">>, completed, done)),
    ?BADARG(ember_workflow_store:open_runs(not_a_store)),
    ?BADARG(ember_workflow_store:runs_of(S, 42)),
    ?BADARG(ember_workflow_store:describe(S, [])),
    ?BADARG(ember_workflow_store:close(make_ref())),
    %% Nothing was written by any of them.
    ?EQ({ok, []}, ember_workflow_store:history(S, <<"r">>, 1)),
    {ok, [_]} = ember_workflow_store:open_runs(S),
    ok.

%% Both file_read and file_write: a process holding one of them, or neither, is denied every native.
capability_denied() ->
    S = fresh(capability_denied),
    Me = self(),
    Try = fun(Caps, F) ->
                  spawn_opt(fun() -> Me ! {caps, catch F()} end, [{capabilities, Caps}]),
                  receive {caps, R} -> R after 10000 -> timeout end
          end,
    P = path(capability_denied),
    {'EXIT', {{capability_denied, file_write, {ember_workflow_store, open, 1}}, _}} =
        Try([file_read], fun() -> ember_workflow_store:open(P) end),
    {'EXIT', {{capability_denied, file_read, {ember_workflow_store, history, 3}}, _}} =
        Try([file_write], fun() -> ember_workflow_store:history(S, <<"r">>, 1) end),
    {'EXIT', {{capability_denied, file_read, {ember_workflow_store, append, 4}}, _}} =
        Try([], fun() -> ember_workflow_store:append(S, <<"r">>, 1, []) end),
    {'EXIT', {{capability_denied, file_read, {ember_workflow_store, create_run, 2}}, _}} =
        Try([clock], fun() -> run(S, <<"wf">>, <<"r">>) end),
    ?EQ({error, not_found}, Try([file_read, file_write], fun() -> ember_workflow_store:describe(S, <<"r">>) end)),
    ?EQ({ok, []}, ember_workflow_store:open_runs(S)),
    ok.

corrupt_file() ->
    P = path(corrupt_file),
    ok = prim_file:write_file(P, binary:copy(<<"this is not a database ">>, 1000)),
    ?EQ({error, corrupt}, ember_workflow_store:open(P)),
    ?EQ({error, corrupt}, ember_workflow_store:open(P)),  % and again: nothing was changed
    ok.

unopenable_path() ->
    ?EQ({error, io_error}, ember_workflow_store:open(filename:join([get(dir), "no", "such", "dir", "x.db"]))),
    ok.

%% A store opened by a process that exits is closed when its last reference is collected; the file
%% opens again and nothing is lost.
store_released_by_gc() ->
    P = path(store_released_by_gc),
    [prim_file:delete(P ++ Ext) || Ext <- ["", "-wal", "-shm"]],
    {Pid, Ref} = spawn_monitor(fun() ->
                                       S = ember_workflow_store:open(P),
                                       {ok, _} = run(S, <<"wf">>, <<"r">>),
                                       {ok, 2} = ember_workflow_store:append(S, <<"r">>, 1, [ev(a, 1)]),
                                       exit(done)
                               end),
    receive {'DOWN', Ref, process, Pid, done} -> ok after 10000 -> error(timeout) end,
    %% The last connection's close checkpoints the write-ahead log and deletes it.
    ok = wait_until(fun() -> prim_file:read_file_info(P ++ "-wal") =:= {error, enoent} end, 200),
    S = ember_workflow_store:open(P),
    ?EQ({ok, 3}, ember_workflow_store:append(S, <<"r">>, 2, [ev(b, 2)])),
    ok.

wait_until(_, 0) -> timeout;
wait_until(F, N) ->
    case F() of
        true -> ok;
        false -> receive after 10 -> wait_until(F, N - 1) end
    end.
