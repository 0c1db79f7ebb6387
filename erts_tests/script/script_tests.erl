%% The hosted-script API (lib/ember/src/ember_script.erl, docs/scripts.md) on Ember: one function per
%% behaviour, each returns ok or fails. Ember-only (erl has no ember_script). Run by script_tests.sh.
-module(script_tests).
-export([main/0]).
-compile([export_all, nowarn_export_all]).  % each test is called by name

-define(EQ(Want, Got), (fun() -> case Got of Want -> ok; __Other -> error({expected, ??Want, got, __Other}) end end)()).

tests() ->
    [value, spawn_await, thousand_processes, send_receive, sleep_real_clock, second_await_fails,
     child_failure, output_per_process, deadlock_alone, deadlock_names_waits, no_deadlock_while_sleeping,
     no_deadlock_while_timer_pending, cancel_runs_after, cancel_plain_receive_escalates,
     scope_awaits_children, scope_failure_propagates, scope_exception_cancels, deadline_exceeded,
     deadline_met, time_limit, nothing_outlives_the_script, await_timeout_keeps_handle, unicode_output,
     bad_arguments, mock_files, mock_http_concurrent, virtual_time_hundred_sleeps, virtual_time_order,
     fs_root_real, fs_root_escapes, no_fs_root, io_capabilities, io_cancel_while_waiting,
     deadlock_not_while_io_pending, deadlock_not_while_os_process_runs, deadlock_after_cancelled_request,
     bad_backend_options, sandbox_cannot_stop_init, sender_capabilities].

main() ->
    Results = [{T, catch ?MODULE:T()} || T <- tests()],
    Failed = [R || {_, Res} = R <- Results, Res =/= ok],
    [io:format("FAIL ~p: ~p~n", [T, Res]) || {T, Res} <- Failed],
    io:format("script_tests: ~p passed, ~p failed~n", [length(Results) - length(Failed), length(Failed)]),
    halt(case Failed of [] -> 0; _ -> 1 end).

run(F) -> run(F, #{}).
run(F, Opts) -> ember_script:run(F, Opts).

value() ->
    ?EQ(#{outcome := {ok, 42}, output := []}, run(fun() -> 42 end)), ok.

spawn_await() ->
    ?EQ(#{outcome := {ok, 42}},
        run(fun() -> H = ember_script:spawn(fun() -> ember_script:sleep(5), 21 end), 2 * ember_script:await(H) end)),
    ok.

thousand_processes() ->
    ?EQ(#{outcome := {ok, 500500}},
        run(fun() ->
                    Hs = [ember_script:spawn(fun() -> N end) || N <- lists:seq(1, 1000)],
                    lists:sum([ember_script:await(H) || H <- Hs])
            end)),
    ok.

send_receive() ->
    ?EQ(#{outcome := {ok, {pong, 7}}},
        run(fun() ->
                    Parent = self(),
                    H = ember_script:spawn(fun() -> receive {ping, N} -> Parent ! {pong, N} end end),
                    {ember_script_handle, Pid, _} = H,
                    Pid ! {ping, 7},
                    R = receive {pong, _} = M -> M end,
                    ember_script:await(H),
                    R
            end)),
    ok.

sleep_real_clock() ->
    #{outcome := {ok, Elapsed}} =
        run(fun() -> T0 = erlang:monotonic_time(millisecond), ember_script:sleep(30),
                     erlang:monotonic_time(millisecond) - T0 end),
    true = Elapsed >= 30,
    ok.

second_await_fails() ->
    #{outcome := {ok, {1, {'EXIT', {{already_awaited, {ember_script_handle, _, _}}, _}}}}} =
        run(fun() -> H = ember_script:spawn(fun() -> 1 end), A = ember_script:await(H), {A, catch ember_script:await(H)} end),
    ok.

child_failure() ->
    #{outcome := {ok, [{boom, true}, {exit, bye}, {thrown, t}]}} =
        run(fun() ->
                    H1 = ember_script:spawn(fun() -> error(boom) end),
                    H2 = ember_script:spawn(fun() -> exit(bye) end),
                    H3 = ember_script:spawn(fun() -> throw(t) end),
                    R1 = try ember_script:await(H1) catch error:{child_failed, H1, {boom, S}} -> {boom, is_list(S)} end,
                    R2 = try ember_script:await(H2) catch error:{child_failed, H2, bye} -> {exit, bye} end,
                    R3 = try ember_script:await(H3) catch error:{child_failed, H3, {{nocatch, t}, _}} -> {thrown, t} end,
                    [R1, R2, R3]
            end),
    ok.

output_per_process() ->
    #{outcome := {ok, Child}, output := [{Root, <<"hello\nx=1\n">>}, {Child, <<"child out\n">>}]} =
        run(fun() ->
                    ember_script:println("hello"),
                    io:format("x=~p~n", [1]),
                    H = ember_script:spawn(fun() -> ember_script:println(["child ", <<"out">>]), self() end),
                    ember_script:await(H)
            end),
    true = is_pid(Root) andalso Root =/= Child,
    ok.

deadlock_alone() ->
    #{outcome := {deadlock, [{Root, 'receive'}]}} = run(fun() -> receive never -> ok end end),
    true = is_pid(Root),
    false = is_process_alive(Root),
    ok.

deadlock_names_waits() ->
    #{outcome := {deadlock, Edges}} =
        run(fun() -> H = ember_script:spawn(fun() -> receive never -> ok end end), ember_script:await(H) end),
    [{A, WA}, {B, WB}] = Edges,
    true = (WA =:= {await, B} andalso WB =:= 'receive') orelse (WB =:= {await, A} andalso WA =:= 'receive'),
    false = is_process_alive(A) orelse is_process_alive(B),
    ok.

no_deadlock_while_sleeping() ->
    ?EQ(#{outcome := {ok, slept}},
        run(fun() -> H = ember_script:spawn(fun() -> ember_script:sleep(200), slept end), ember_script:await(H) end)),
    ok.

no_deadlock_while_timer_pending() ->
    ?EQ(#{outcome := {ok, tick}},
        run(fun() -> erlang:send_after(150, self(), tick), receive tick -> tick end end)),
    ok.

cancel_runs_after() ->
    #{outcome := {ok, {cleaned, cancelled}}} =
        run(fun() ->
                    Parent = self(),
                    H = ember_script:spawn(fun() ->
                                                   try ember_script:sleep(100000)
                                                   after Parent ! cleaned
                                                   end
                                           end),
                    ember_script:sleep(5),
                    ember_script:cancel(H),
                    R = try ember_script:await(H) catch error:{child_failed, H, Why} -> Why end,
                    {receive cleaned -> cleaned after 1000 -> none end, R}
            end),
    ok.

cancel_plain_receive_escalates() ->
    #{outcome := {ok, cancelled}} =
        run(fun() ->
                    Parent = self(),
                    H = ember_script:spawn(fun() -> Parent ! started, receive never -> ok end end),
                    receive started -> ok end,
                    ember_script:cancel(H),
                    try ember_script:await(H) catch error:{child_failed, H, Why} -> Why end
            end),
    ok.

scope_awaits_children() ->
    #{outcome := {ok, {done, [a, b]}}} =
        run(fun() ->
                    Parent = self(),
                    R = ember_script:scope(fun() ->
                                                   ember_script:spawn(fun() -> ember_script:sleep(20), Parent ! a end),
                                                   ember_script:spawn(fun() -> ember_script:sleep(40), Parent ! b end),
                                                   done
                                           end),
                    Got = [receive X -> X after 0 -> missing end, receive Y -> Y after 0 -> missing end],
                    {R, lists:sort(Got)}
            end),
    ok.

scope_failure_propagates() ->
    #{outcome := {ok, in_scope}} =
        run(fun() ->
                    try ember_script:scope(fun() -> ember_script:spawn(fun() -> error(in_scope) end), ok end)
                    catch error:{child_failed, _, {in_scope, _}} -> in_scope
                    end
            end),
    ok.

scope_exception_cancels() ->
    #{outcome := {ok, {oops, cleaned}}} =
        run(fun() ->
                    Parent = self(),
                    R = try ember_script:scope(fun() ->
                                                       ember_script:spawn(fun() ->
                                                                                  try ember_script:sleep(100000)
                                                                                  after Parent ! cleaned
                                                                                  end
                                                                          end),
                                                       ember_script:sleep(5),
                                                       error(oops)
                                               end)
                        catch error:oops -> oops
                        end,
                    {R, receive cleaned -> cleaned after 0 -> not_cleaned end}
            end),
    ok.

deadline_exceeded() ->
    #{outcome := {ok, {'EXIT', {{deadline_exceeded, 20}, _}}}} =
        run(fun() -> catch ember_script:deadline(20, fun() -> ember_script:sleep(100000) end) end),
    ok.

deadline_met() ->
    ?EQ(#{outcome := {ok, fast}}, run(fun() -> ember_script:deadline(1000, fun() -> fast end) end)), ok.

time_limit() ->
    T0 = erlang:monotonic_time(millisecond),
    #{outcome := time_limit} = run(fun() -> Loop = fun L() -> ember_script:sleep(5), L() end, Loop() end,
                                   #{time_limit_ms => 50}),
    true = erlang:monotonic_time(millisecond) - T0 < 2000,
    ok.

nothing_outlives_the_script() ->
    Parent = self(),
    #{outcome := {ok, _}} =
        run(fun() ->
                    P = spawn(fun() -> receive never -> ok end end),   % a plain spawn, never awaited
                    Parent ! {stray, P},
                    ok
            end),
    receive {stray, P} -> timer:sleep(20), false = is_process_alive(P) end,
    ok.

await_timeout_keeps_handle() ->
    #{outcome := {ok, {timed_out, later}}} =
        run(fun() ->
                    H = ember_script:spawn(fun() -> ember_script:sleep(50), later end),
                    First = try ember_script:await(H, 5) catch error:{await_timeout, H} -> timed_out end,
                    {First, ember_script:await(H)}
            end),
    ok.

unicode_output() ->
    #{output := [{_, <<"héllo ✓\n"/utf8>>}]} = run(fun() -> ember_script:println(<<"héllo ✓"/utf8>>) end),
    ok.

bad_arguments() ->
    {'EXIT', {function_clause, _}} = (catch ember_script:spawn(not_a_fun)),
    {'EXIT', {function_clause, _}} = (catch ember_script:sleep(-1)),
    {'EXIT', {function_clause, _}} = (catch ember_script:run(fun(_) -> x end, #{})),
    {'EXIT', {badarg, _}} = (catch ember_script:await(not_a_handle)),
    ok.

%% ---- the I/O backend ----------------------------------------------------------------------------------

mock_files() ->
    Mock = #{mock => #{files => #{"in.txt" => <<"hello">>, "dir/a.txt" => "A", <<"dir/sub/b">> => <<>>}}},
    ?EQ(#{outcome := {ok, [{ok, <<"hello">>}, {error, enoent}, {error, eisdir}, {ok, ["a.txt", "sub"]},
                           {ok, ["dir", "in.txt"]}, ok, {ok, <<"new">>}, {error, enoent}, {error, enotdir},
                           {error, enotdir}]}},
        run(fun() ->
                    [ember_script:read_file("in.txt"), ember_script:read_file("nope"),
                     ember_script:read_file("dir"), ember_script:list_dir("dir"), ember_script:list_dir("."),
                     ember_script:write_file("dir/new", [<<"n">>, "ew"]), ember_script:read_file(<<"dir/./new">>),
                     ember_script:write_file("missing/x", "x"), ember_script:list_dir("in.txt"),
                     ember_script:write_file("in.txt/x", "x")]
            end, Mock)),
    ok.

mock_http_concurrent() ->
    Urls = ["http://example.test/" ++ integer_to_list(N) || N <- lists:seq(1, 20)],
    Http = maps:from_list([{U, {200, U}} || U <- Urls] ++ [{"http://down.test/", {error, econnrefused}}]),
    #{outcome := {ok, {Bodies, Down, Unknown}}} =
        run(fun() ->
                    Hs = [ember_script:spawn(fun() -> ember_script:http_get(U) end) || U <- Urls],
                    {[ember_script:await(H) || H <- Hs], ember_script:http_get("http://down.test/"),
                     ember_script:http_get("http://unknown.test/")}
            end, #{mock => #{http => Http}}),
    ?EQ(true, [B || {ok, #{status := 200, body := B, headers := []}} <- Bodies] =:= [list_to_binary(U) || U <- Urls]),
    ?EQ({error, econnrefused}, Down),
    ?EQ({error, no_response}, Unknown),
    ok.

%% 100 concurrent sleep(1000) on virtual time end together at virtual 1000, in no wall time.
virtual_time_hundred_sleeps() ->
    T0 = erlang:monotonic_time(millisecond),
    #{outcome := {ok, Ends}} =
        run(fun() ->
                    Hs = [ember_script:spawn(fun() -> ember_script:sleep(1000), ember_script:now() end)
                          || _ <- lists:seq(1, 100)],
                    [ember_script:await(H) || H <- Hs]
            end, #{mock => #{}}),
    Wall = erlang:monotonic_time(millisecond) - T0,
    ?EQ(true, Ends =:= lists:duplicate(100, 1000)),
    ?EQ(true, Wall < 900),
    ok.

%% Sleeps of different lengths finish in order of virtual time, whatever order they were asked in.
virtual_time_order() ->
    Ds = [70, 10, 50, 30, 90, 20, 80, 40, 60, 100],
    #{outcome := {ok, {Order, Now}}} =
        run(fun() ->
                    Me = self(),
                    Hs = [ember_script:spawn(fun() -> ember_script:sleep(D), Me ! {woke, D} end) || D <- Ds],
                    [ember_script:await(H) || H <- Hs],
                    {[receive {woke, D} -> D end || _ <- Ds], ember_script:now()}
            end, #{virtual_time => true}),
    ?EQ(true, Order =:= lists:sort(Ds)),
    ?EQ(100, Now),
    ok.

fs_root_real() ->
    Root = temp_dir(),
    ok = prim_file:write_file(filename:join(Root, "data.txt"), <<"on disk">>),
    ok = prim_file:make_dir(filename:join(Root, "sub")),
    try
        ?EQ(#{outcome := {ok, [{ok, <<"on disk">>}, ok, {ok, <<"written">>}, {ok, ["data.txt", "out.txt", "sub"]},
                               {error, enoent}, {error, eisdir}]}},
            run(fun() ->
                        [ember_script:read_file("data.txt"), ember_script:write_file("out.txt", "written"),
                         ember_script:read_file("sub/../out.txt"), ember_script:list_dir(""),
                         ember_script:read_file("none"), ember_script:read_file("sub")]
                end, #{fs_root => Root})),
        ?EQ({ok, <<"written">>}, prim_file:read_file(filename:join(Root, "out.txt")))
    after
        del_tree(Root)
    end,
    ok.

%% Every way out of the root is refused: .., an absolute path, a symlink to a file or a directory out.
fs_root_escapes() ->
    Root = temp_dir(),
    Outside = temp_dir(),
    ok = prim_file:write_file(filename:join(Outside, "secret"), <<"s">>),
    ok = prim_file:make_symlink(filename:join(Outside, "secret"), filename:join(Root, "link")),
    ok = prim_file:make_symlink(Outside, filename:join(Root, "dirlink")),
    ok = prim_file:make_symlink("../" ++ filename:basename(Outside) ++ "/secret", filename:join(Root, "rel")),
    try
        Refused = {error, outside_root},
        #{outcome := {ok, Results}} =
            run(fun() ->
                        [ember_script:read_file("../" ++ filename:basename(Outside) ++ "/secret"),
                         ember_script:read_file(filename:join(Outside, "secret")),
                         ember_script:read_file("/etc/passwd"),
                         ember_script:read_file("link"), ember_script:read_file("dirlink/secret"),
                         ember_script:read_file("rel"), ember_script:list_dir("dirlink"),
                         ember_script:list_dir(".."), ember_script:write_file("dirlink/new", "x"),
                         ember_script:write_file("../escaped", "x"), ember_script:write_file("link", "x")]
                end, #{fs_root => Root}),
        ?EQ(true, lists:all(fun(R) -> R =:= Refused end, Results)),
        ?EQ({ok, <<"s">>}, prim_file:read_file(filename:join(Outside, "secret"))),
        ?EQ({error, enoent}, prim_file:read_file(filename:join(Outside, "new")))
    after
        del_tree(Root),
        del_tree(Outside)
    end,
    ok.

no_fs_root() ->
    ?EQ(#{outcome := {ok, [{error, no_fs_root}, {error, no_fs_root}, {error, http_disabled}]}},
        run(fun() -> [ember_script:read_file("x"), ember_script:list_dir("."), ember_script:http_get("http://x/")] end)),
    ok.

%% A script without file_read / file_write / network cannot reach files or HTTP by the script API or by
%% the natives underneath, and the file module is closed too.
io_capabilities() ->
    Mock = #{mock => #{files => #{"f" => <<"x">>}, http => #{"u" => {200, <<>>}}}},
    Table = [{file_read, fun() -> ember_script:read_file("f") end},
             {file_read, fun() -> ember_script:list_dir(".") end},
             {file_write, fun() -> ember_script:write_file("g", "y") end},
             {network, fun() -> ember_script:http_get("u") end},
             {system, fun() -> ember_script_io:open(#{fs_root => "/"}) end}]
        %% OTP's file server acts with its own capabilities: on OTP's boot the file module reaches
        %% files for anyone (docs/scripts.md, Sandbox); on the minimal boot there is none to ask.
        ++ [{file_read, fun() -> prim_file:read_file("/etc/hostname") end}],
    lists:foreach(
      fun({Cap, F}) ->
              #{outcome := {error, {{capability_denied, Cap, _}, _}}} = run(F, Mock#{capabilities => [clock]}),
              Others = [C || C <- [file_read, file_write, network, system], C =/= Cap],
              #{outcome := {error, {{capability_denied, Cap, _}, _}}} = run(F, Mock#{capabilities => Others})
      end, Table),
    ?EQ(#{outcome := {ok, {ok, <<"x">>}}}, run(fun() -> ember_script:read_file("f") end, Mock#{capabilities => [file_read]})),
    case whereis(file_server_2) of
        undefined ->  % the minimal boot: no server a sandbox could ask to read for it
            ?EQ(#{outcome := {ok, {'EXIT', {noproc, _}}}},
                run(fun() -> catch file:read_file("/etc/hostname") end, #{capabilities => [clock]}));
        _ ->
            ok
    end,
    ok.

%% A sandbox cannot stop the system through init (init:stop/0 is a message anyone may send): Ember's
%% init obeys only a sender holding `system` (ember:sender_capabilities/0).
sandbox_cannot_stop_init() ->
    case whereis(file_server_2) of
        undefined ->
            #{outcome := {ok, ok}} = run(fun() -> init:stop(), init:stop(3), ember_script:sleep(50), ok end,
                                         #{capabilities => [clock]}),
            ok;
        _ ->
            ok  % OTP's init (docs/scripts.md, Sandbox)
    end.

sender_capabilities() ->
    Me = self(),
    spawn_opt(fun() -> Me ! {caps, ember:capabilities()} end, [{capabilities, [clock, file_read]}]),
    receive {caps, _} -> ok end,
    ?EQ([clock, file_read], ember:sender_capabilities()),
    self() ! plain,
    receive plain -> ok end,
    ?EQ(true, length(ember:sender_capabilities()) >= 12),
    ok.

%% A process cancelled while its request is out exits with cancelled; the late answer harms nothing.
io_cancel_while_waiting() ->
    #{outcome := {ok, {cancelled, Elapsed}}} =
        run(fun() ->
                    T0 = erlang:monotonic_time(millisecond),
                    H = ember_script:spawn(fun() -> ember_script:sleep(5000) end),
                    ember_script:sleep(10),
                    ember_script:cancel(H),
                    R = try ember_script:await(H) catch error:{child_failed, H, Why} -> Why end,
                    {R, erlang:monotonic_time(millisecond) - T0}
            end),
    ?EQ(true, Elapsed < 1000),
    ok.

%% A root awaiting a child that waits on a slow backend request is not deadlocked.
deadlock_not_while_io_pending() ->
    ?EQ(#{outcome := {ok, done}},
        run(fun() ->
                    H = ember_script:spawn(fun() -> ember_script:sleep(300), done end),
                    ember_script:await(H)
            end)),
    ok.

%% A script process waiting on an OS process it started is not deadlocked while the OS process runs.
deadlock_not_while_os_process_runs() ->
    #{outcome := {ok, #{status := exited, exit_code := 0}}} =
        run(fun() ->
                    #{handle := H} = ember_os_process:spawn(#{argv => ["/bin/sleep", "0.4"]}),
                    ember_os_process:wait(H)
            end),
    ok.

%% A request of a process that is gone (a cancelled sleeper) does not hold off deadlock detection.
deadlock_after_cancelled_request() ->
    T0 = erlang:monotonic_time(millisecond),
    #{outcome := {deadlock, [{_, 'receive'}]}} =
        run(fun() ->
                    H = ember_script:spawn(fun() -> ember_script:sleep(100000) end),
                    ember_script:sleep(5),
                    ember_script:cancel(H),
                    catch ember_script:await(H),
                    receive never -> ok end
            end),
    ?EQ(true, erlang:monotonic_time(millisecond) - T0 < 5000),
    ok.

bad_backend_options() ->
    {'EXIT', {badarg, _}} = (catch ember_script_io:open(#{backend => 999999})),
    {'EXIT', {badarg, _}} = (catch ember_script_io:open(#{mock => #{files => #{"a" => 1}}})),
    {'EXIT', {badarg, _}} = (catch ember_script_io:open(#{virtual_time => maybe})),
    {'EXIT', {badarg, _}} = (catch ember_script_io:read_file(make_ref(), "x")),
    {'EXIT', {badarg, _}} = (catch ember_script_io:sleep(ember_script_io:open(#{}), -1)),
    {'EXIT', {no_script_backend, _}} = (catch ember_script:read_file("x")),  % not in a script
    ok.

temp_dir() ->
    Dir = filename:join(case os:getenv("TMPDIR") of false -> "/tmp"; T -> T end,
                        "ember-script-" ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = prim_file:make_dir(Dir),
    Dir.

del_tree(Dir) ->
    os:cmd("rm -rf '" ++ Dir ++ "'"),
    ok.
