%% Ember-only tests of the OS-process registry (lib/ember/src/ember_os_process.erl, docs/os_process.md)
%% and of the Ember port options it is built on (ember_stderr, ember_stdin, ember_collect; docs/ports.md).
%% erl has neither, so nothing here is differential. Run by ctest (erts_tests/os_process/os_process.cmake):
%%   ember -noshell -pa DIR -run os_process_tests main
%% prints one line per test and "os_process_tests: N passed, M failed", and halts with 0 when M is 0.
-module(os_process_tests).
-compile([export_all, nowarn_export_all]).  % each test runs as ?MODULE:Test()

-define(SLEEP, "/bin/sleep").
-define(ECHO, "/bin/echo").
-define(SH, "/bin/sh").
-define(CAT, "/bin/cat").

tests() ->
    [spawn_echo_stdout_exit_0, poll_running_then_exited, kill_terminates_running, kill_reaches_process_group,
     kill_of_finished_entry, timeout_ms_auto_kills, wait_timeout_leaves_running, unknown_handles,
     release_frees_entry, release_running_kills, concurrent_spawns_keep_output_apart,
     registry_bounded_after_72_spawns, registry_full_when_all_running, stderr_separate_and_exit_code,
     stdin_is_fed_then_closed, no_stdin_is_empty, cwd_and_env, command_with_shell, bare_name_uses_path,
     missing_executable, output_is_bounded, bad_arguments, handles_are_unique, owner_exit_kills,
     kill_all_kills_running, sandbox_is_denied_everywhere, forged_messages_change_nothing,
     malformed_requests_answer_badarg, port_option_ember_stderr, port_option_ember_stdin,
     port_option_badargs, registry_restarts_after_its_end].

main() -> main([]).

main(Args) ->
    Selected = case Args of [] -> tests(); _ -> [list_to_atom(A) || A <- Args] end,
    Results = [run(T) || T <- Selected],
    Failed = [T || {T, fail} <- Results],
    io:format("os_process_tests: ~p passed, ~p failed~n", [length(Results) - length(Failed), length(Failed)]),
    erlang:halt(case Failed of [] -> 0; _ -> 1 end).

%% For the host API test (erts_tests/os_process_host_test.cpp): every test, quietly; the failures.
failures() ->
    [{T, R} || T <- tests(), R <- [run_one(T)], R =/= ok].

run(T) ->
    Outcome = run_one(T),
    case Outcome of
        ok ->
            io:format("PASS ~p~n", [T]),
            {T, pass};
        Other ->
            io:format("FAIL ~p: ~p~n", [T, Other]),
            {T, fail}
    end.

run_one(T) ->
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() -> Self ! {self(), catch_all(T)} end),
    Outcome = receive
                  {Pid, R} -> R
              after 60000 ->
                  exit(Pid, kill),
                  {error, timeout}
              end,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    Outcome.

catch_all(T) ->
    try
        ok = ?MODULE:T(),
        ok
    catch
        C:R:St -> {C, R, St}
    end.

%% ---- helpers ----

spawn_ok(Opts) ->
    #{handle := H, status := running} = ember_os_process:spawn(Opts),
    H.

%% Polls until the entry is no longer running.
settle(H) -> settle(H, 200).
settle(H, 0) -> error({still_running, H});
settle(H, N) ->
    case ember_os_process:poll(H) of
        #{running := true} ->
            timer_sleep(25),
            settle(H, N - 1);
        R ->
            R
    end.

timer_sleep(Ms) -> receive after Ms -> ok end.

released(H) -> #{released := true} = ember_os_process:release(H), ok.

%% ---- the registry ----

spawn_echo_stdout_exit_0() ->
    H = spawn_ok(#{argv => [?ECHO, "hello", <<"world">>]}),
    #{status := exited, running := false, timed_out := false, exit_code := 0,
      stdout := <<"hello world\n">>, stderr := <<>>, truncated := false} = R = ember_os_process:wait(H),
    false = maps:is_key(signal, R),
    R = ember_os_process:poll(H),
    released(H).

poll_running_then_exited() ->
    H = spawn_ok(#{command => "sleep 0.3; echo done"}),
    #{status := running, running := true, timed_out := false, stdout := <<>>} = R0 = ember_os_process:poll(H),
    false = maps:is_key(exit_code, R0),
    #{status := exited, exit_code := 0, stdout := <<"done\n">>} = settle(H),
    released(H).

kill_terminates_running() ->
    H = spawn_ok(#{argv => [?SLEEP, "30"]}),
    T0 = erlang:monotonic_time(millisecond),
    #{status := killed, running := false, signal := 9} = R = ember_os_process:kill(H),
    false = maps:is_key(exit_code, R),
    true = erlang:monotonic_time(millisecond) - T0 < 5000,
    #{status := killed} = ember_os_process:poll(H),
    released(H).

%% The shell's own child (sleep) holds the pipes too: the kill reaches the whole process group.
kill_reaches_process_group() ->
    H = spawn_ok(#{command => "sleep 30; echo never"}),
    timer_sleep(100),
    T0 = erlang:monotonic_time(millisecond),
    #{status := killed, stdout := <<>>} = ember_os_process:kill(H),
    true = erlang:monotonic_time(millisecond) - T0 < 1500,
    released(H).

kill_of_finished_entry() ->
    H = spawn_ok(#{argv => [?ECHO, "x"]}),
    #{status := exited} = R = ember_os_process:wait(H),
    R = ember_os_process:kill(H),
    released(H).

timeout_ms_auto_kills() ->
    H = spawn_ok(#{argv => [?SLEEP, "30"], timeout_ms => 200}),
    #{status := running} = ember_os_process:poll(H),
    #{status := timed_out, timed_out := true, running := false, signal := 9} = ember_os_process:wait(H),
    #{status := timed_out} = ember_os_process:poll(H),
    released(H).

wait_timeout_leaves_running() ->
    H = spawn_ok(#{command => "sleep 0.5; echo finished"}),
    #{status := running, running := true, timed_out := true} = ember_os_process:wait(H, 50),
    #{status := running, running := true} = ember_os_process:wait(H, 0),
    #{status := running, timed_out := false} = ember_os_process:poll(H),
    #{status := exited, timed_out := false, exit_code := 0, stdout := <<"finished\n">>} = ember_os_process:wait(H),
    %% A wait with a timeout on a finished entry answers at once.
    #{status := exited, timed_out := false} = ember_os_process:wait(H, 10),
    released(H).

unknown_handles() ->
    Unknown = [0, -1, 123456789012, make_ref(), foo, {1}],
    [{error, unknown_handle} = ember_os_process:poll(U) || U <- Unknown],
    [{error, unknown_handle} = ember_os_process:wait(U) || U <- Unknown],
    [{error, unknown_handle} = ember_os_process:wait(U, 10) || U <- Unknown],
    [{error, unknown_handle} = ember_os_process:kill(U) || U <- Unknown],
    [#{released := false} = ember_os_process:release(U) || U <- Unknown],
    ok.

release_frees_entry() ->
    H = spawn_ok(#{argv => [?ECHO, "x"]}),
    #{status := exited} = ember_os_process:wait(H),
    N = ember_os_process:count(),
    #{released := true} = ember_os_process:release(H),
    N1 = N - 1,
    N1 = ember_os_process:count(),
    {error, unknown_handle} = ember_os_process:poll(H),
    #{released := false} = ember_os_process:release(H),
    ok.

%% Releasing a running entry kills its process; a waiter hears it as killed.
release_running_kills() ->
    H = spawn_ok(#{argv => [?SLEEP, "30"]}),
    Self = self(),
    Waiter = spawn(fun() -> Self ! {self(), ember_os_process:wait(H)} end),
    timer_sleep(100),
    released(H),
    receive {Waiter, #{status := killed}} -> ok after 5000 -> error(waiter_not_answered) end,
    {error, unknown_handle} = ember_os_process:poll(H),
    ok.

concurrent_spawns_keep_output_apart() ->
    Self = self(),
    N = 16,
    Pids = [spawn(?MODULE, concurrent_child, [Self, I]) || I <- lists:seq(1, N)],
    Results = [receive {P, R} -> R after 30000 -> {timeout, P} end || P <- Pids],
    [ok = R || R <- Results],
    ok.

concurrent_child(Parent, I) ->
    Tag = integer_to_list(I),
    Cmd = "for k in 1 2 3 4 5; do echo " ++ Tag ++ "-$k; echo e" ++ Tag ++ " >&2; sleep 0.01; done",
    Result = try
                 H = spawn_ok(#{command => Cmd}),
                 Expected = iolist_to_binary([[Tag, $-, integer_to_list(K), $\n] || K <- lists:seq(1, 5)]),
                 ExpectedErr = iolist_to_binary(lists:duplicate(5, ["e", Tag, $\n])),
                 #{status := exited, exit_code := 0, stdout := Expected, stderr := ExpectedErr} =
                     ember_os_process:wait(H),
                 released(H)
             catch C:R:St -> {C, R, St}
             end,
    Parent ! {self(), Result}.

registry_bounded_after_72_spawns() ->
    Hs = [begin
              H = spawn_ok(#{argv => [?ECHO, integer_to_list(I)]}),
              Out = list_to_binary(integer_to_list(I) ++ "\n"),
              #{status := exited, stdout := Out} = ember_os_process:wait(H),
              true = ember_os_process:count() =< 64,
              H
          end || I <- lists:seq(1, 72)],
    64 = ember_os_process:count(),
    %% The oldest went first: the first 8 of these are gone, the last 64 are there.
    {First, Last} = lists:split(8, Hs),
    [{error, unknown_handle} = ember_os_process:poll(H) || H <- First],
    [#{status := exited} = ember_os_process:poll(H) || H <- Last],
    [released(H) || H <- Last],
    ok.

registry_full_when_all_running() ->
    Before = ember_os_process:count(),
    Hs = [spawn_ok(#{argv => [?SLEEP, "30"]}) || _ <- lists:seq(1, 64 - Before)],
    64 = ember_os_process:count(),
    {error, registry_full} = ember_os_process:spawn(#{argv => [?ECHO, "no room"]}),
    [#{status := running} = ember_os_process:poll(H) || H <- Hs],
    %% One finished entry makes room again.
    [H1 | Rest] = Hs,
    #{status := killed} = ember_os_process:kill(H1),
    H2 = spawn_ok(#{argv => [?ECHO, "room"]}),
    {error, unknown_handle} = ember_os_process:poll(H1),
    #{stdout := <<"room\n">>} = ember_os_process:wait(H2),
    [#{status := killed} = ember_os_process:kill(H) || H <- Rest],
    [released(H) || H <- [H2 | Rest]],
    ok.

stderr_separate_and_exit_code() ->
    H = spawn_ok(#{command => "echo out; echo err >&2; exit 3"}),
    #{status := exited, exit_code := 3, stdout := <<"out\n">>, stderr := <<"err\n">>} = ember_os_process:wait(H),
    released(H).

stdin_is_fed_then_closed() ->
    Data = binary:copy(<<"0123456789abcdef">>, 20000),  % 320 KB: more than a pipe holds
    H = spawn_ok(#{argv => [?CAT], stdin => [Data, "tail"]}),
    Expected = <<Data/binary, "tail">>,
    #{status := exited, exit_code := 0, stdout := Expected} = ember_os_process:wait(H),
    released(H).

no_stdin_is_empty() ->
    H = spawn_ok(#{argv => [?CAT]}),
    #{status := exited, exit_code := 0, stdout := <<>>} = ember_os_process:wait(H, 5000),
    released(H).

cwd_and_env() ->
    H = spawn_ok(#{command => "pwd; echo \"$EMBER_T1-$EMBER_T2\"", cwd => "/tmp",
                   env => #{"EMBER_T1" => "one", <<"EMBER_T2">> => <<"two">>}}),
    #{exit_code := 0, stdout := <<"/tmp\none-two\n">>} = ember_os_process:wait(H),
    released(H),
    H2 = spawn_ok(#{argv => [?SH, "-c", "echo \"${HOME-unset}\""], env => [{"HOME", false}]}),
    #{stdout := <<"unset\n">>} = ember_os_process:wait(H2),
    released(H2).

command_with_shell() ->
    H = spawn_ok(#{command => <<"printf '%s|' a b c | tr '|' ,">>}),
    #{exit_code := 0, stdout := <<"a,b,c,">>} = ember_os_process:wait(H),
    released(H).

bare_name_uses_path() ->
    H = spawn_ok(#{argv => ["echo", "via path", "$HOME"]}),
    #{exit_code := 0, stdout := <<"via path $HOME\n">>} = ember_os_process:wait(H),
    released(H),
    H2 = spawn_ok(#{argv => ["ember_no_such_program_here"]}),
    #{status := exited, exit_code := 127} = ember_os_process:wait(H2),
    released(H2).

missing_executable() ->
    {error, enoent} = ember_os_process:spawn(#{argv => ["/nonexistent/ember/prog"]}),
    {error, eacces} = ember_os_process:spawn(#{argv => ["/tmp"]}),  % a directory
    ok.

output_is_bounded() ->
    H = spawn_ok(#{command => "head -c 1200000 /dev/zero; head -c 10 /dev/zero >&2"}),
    #{status := exited, truncated := true, stdout := Out, stderr := Err} = ember_os_process:wait(H),
    1048576 = byte_size(Out),
    10 = byte_size(Err),
    released(H),
    H2 = spawn_ok(#{command => "head -c 1048576 /dev/zero"}),
    #{truncated := false, stdout := Out2} = ember_os_process:wait(H2),
    1048576 = byte_size(Out2),
    released(H2).

bad_arguments() ->
    Bad = [not_a_map, #{}, #{argv => []}, #{argv => [""]}, #{argv => "/bin/echo"}, #{argv => [?ECHO | x]},
           #{argv => [?ECHO], command => "echo"}, #{argv => [?ECHO], unknown => 1}, #{command => 42},
           #{argv => [?ECHO, <<0>>]}, #{argv => [?ECHO], timeout_ms => -1}, #{argv => [?ECHO], timeout_ms => 1.5},
           #{argv => [?ECHO], env => [{"A=B", "x"}]}, #{argv => [?ECHO], env => [{"", "x"}]},
           #{argv => [?ECHO], env => [x]}, #{argv => [?ECHO], env => #{"A" => 1}}, #{argv => [?ECHO], cwd => ""},
           #{argv => [?ECHO], stdin => [256]}, #{argv => [?ECHO], stdin => atom}],
    Before = ember_os_process:count(),
    [{'EXIT', {badarg, _}} = (catch ember_os_process:spawn(B)) || B <- Bad],
    Before = ember_os_process:count(),
    {'EXIT', {badarg, _}} = (catch ember_os_process:wait(1, -5)),
    {'EXIT', {badarg, _}} = (catch ember_os_process:wait(1, soon)),
    ok.

handles_are_unique() ->
    Hs = [spawn_ok(#{argv => [?ECHO]}) || _ <- lists:seq(1, 5)],
    5 = length(lists:usort(Hs)),
    [#{status := exited} = ember_os_process:wait(H) || H <- Hs],
    [released(H) || H <- Hs],
    ok.

%% Entries remember who spawned them: when that process ends, its running OS processes are killed.
owner_exit_kills() ->
    Self = self(),
    {Pid, Ref} = spawn_monitor(?MODULE, owner_child, [Self]),
    H = receive {Pid, Handle} -> Handle after 5000 -> error(no_handle) end,
    #{status := running} = ember_os_process:poll(H),
    Pid ! go,
    receive {'DOWN', Ref, process, Pid, normal} -> ok end,
    #{status := killed, signal := 9} = settle(H),
    released(H).

owner_child(Parent) ->
    H = spawn_ok(#{argv => [?SLEEP, "30"]}),
    Parent ! {self(), H},
    receive go -> ok end.

kill_all_kills_running() ->
    Hs = [spawn_ok(#{argv => [?SLEEP, "30"]}) || _ <- lists:seq(1, 3)],
    Done = spawn_ok(#{argv => [?ECHO]}),
    #{status := exited} = ember_os_process:wait(Done),
    #{killed := 3} = ember_os_process:kill_all(),
    [#{status := killed} = ember_os_process:wait(H) || H <- Hs],
    #{status := exited} = ember_os_process:poll(Done),
    [released(H) || H <- [Done | Hs]],
    ok.

%% ---- the capability ----

all_caps() ->
    [process, clock, entropy, file_read, network, os_process, native_code, code_load, system, io,
     file_write, ets_shared].

%% A process without os_process is denied by every function, called directly, through apply/3, an export
%% fun, and as the first call of a spawned process; it cannot open the port itself either.
sandbox_is_denied_everywhere() ->
    H = spawn_ok(#{argv => [?SLEEP, "30"]}),
    Calls = [{spawn, [#{argv => [?ECHO, "x"]}]}, {poll, [H]}, {wait, [H]}, {wait, [H, 10]}, {kill, [H]},
             {release, [H]}, {count, []}, {kill_all, []}],
    Tagged = [{Path, F, A} || {F, A} <- Calls, Path <- [direct, apply, fun_call]],
    Results = run_sandboxed_raw(all_caps() -- [os_process], Tagged),
    24 = length(Results),
    [{denied, os_process, {ember_os_process, request, 1}} = R || R <- Results],
    %% The natives themselves.
    Natives = run_sandboxed_raw(all_caps() -- [os_process],
                                [{ember_os_process, request, [{poll, H}]},
                                 {ember_os_process, take_request, [make_ref()]},
                                 {ember_os_process, signal, [hd(erlang:ports()), kill]},
                                 {ember_os_process, port_output, [hd(erlang:ports())]},
                                 {erlang, open_port, [{spawn_executable, ?ECHO}, [{ember_collect, 10}]]}]),
    [{denied, os_process, _} = R || R <- Natives],
    %% Spawned as the sandbox's first call.
    {Pid, Ref} = spawn_opt(ember_os_process, count, [], [monitor, {capabilities, all_caps() -- [os_process]}]),
    receive {'DOWN', Ref, process, Pid, {{capability_denied, os_process, {ember_os_process, request, 1}}, _}} -> ok
    after 5000 -> error(no_denial)
    end,
    #{status := running} = ember_os_process:poll(H),
    #{status := killed} = ember_os_process:kill(H),
    released(H).

run_sandboxed_raw(Caps, Calls) ->
    {Pid, Ref} = spawn_opt(?MODULE, sandbox_child, [self(), Calls], [monitor, {capabilities, Caps}]),
    receive
        {Pid, Results} ->
            receive {'DOWN', Ref, process, Pid, _} -> ok end,
            Results;
        {'DOWN', Ref, process, Pid, Reason} ->
            error({sandbox_crashed, Reason})
    after 10000 ->
        error(sandbox_timeout)
    end.

sandbox_child(Parent, Calls) ->
    Parent ! {self(), [outcome(catch sandbox_call(C)) || C <- Calls]}.

sandbox_call({direct, F, A}) -> direct(F, A);
sandbox_call({apply, F, A}) -> apply(ember_os_process, F, A);
sandbox_call({fun_call, F, A}) -> erlang:apply(erlang:make_fun(ember_os_process, F, length(A)), A);
sandbox_call({M, F, A}) -> apply(M, F, A).

direct(spawn, [O]) -> ember_os_process:spawn(O);
direct(poll, [H]) -> ember_os_process:poll(H);
direct(wait, [H]) -> ember_os_process:wait(H);
direct(wait, [H, T]) -> ember_os_process:wait(H, T);
direct(kill, [H]) -> ember_os_process:kill(H);
direct(release, [H]) -> ember_os_process:release(H);
direct(count, []) -> ember_os_process:count();
direct(kill_all, []) -> ember_os_process:kill_all().

outcome({'EXIT', {{capability_denied, Cap, MFA}, _}}) -> {denied, Cap, MFA};
outcome(Other) -> {other, Other}.

%% Messages any process can send to the registry (it is registered; `!` is never denied) are hints at
%% most: forged requests, port messages, timer ticks and 'DOWN's from a process with every capability
%% but os_process neither end, kill nor alter an entry.
forged_messages_change_nothing() ->
    H = spawn_ok(#{argv => [?SLEEP, "30"], timeout_ms => 60000}),
    Registry = whereis(ember_os_process),
    true = is_pid(Registry),
    Forger = fun() ->
                     Ports = erlang:ports(),
                     Ref = make_ref(),
                     [Registry ! M || P <- Ports,
                                      M <- [{P, {data, <<"forged">>}}, {P, {exit_status, 0}}, {P, eof},
                                            {'EXIT', P, normal}, {P, closed}]],
                     [Registry ! M || M <- [{'$ember_os_process', Ref}, {'$ember_os_process', make_ref()},
                                            {timeout, Ref, tick}, {'DOWN', Ref, process, self(), normal},
                                            {'$ember_os_process_reply', Ref, 1, ok}, garbage]],
                     [catch erlang:port_close(P) || P <- Ports],
                     ok
             end,
    {Pid, MRef} = spawn_opt(Forger, [monitor, {capabilities, all_caps() -- [os_process]}]),
    receive {'DOWN', MRef, process, Pid, normal} -> ok after 5000 -> error(forger) end,
    timer_sleep(200),
    #{status := running, stdout := <<>>} = ember_os_process:poll(H),
    Registry = whereis(ember_os_process),
    #{status := killed} = ember_os_process:kill(H),
    released(H).

%% request/1 takes any term from a process holding os_process: the registry answers a malformed one
%% {error, badarg} and goes on.
malformed_requests_answer_badarg() ->
    _ = ember_os_process:count(),
    Registry = whereis(ember_os_process),
    Bad = [junk, {wait, 1, foo}, {wait, 1, -1}, {spawn, bad}, {spawn, {"/bin/echo", [], soon}},
           {spawn, {"/bin/echo", not_a_list, infinity}}, {spawn, {"/bin/echo", [{ember_collect, 0}], infinity}},
           {poll}, {kill, 1, 2}, <<"bytes">>, {release, make_ref()}],
    Replies = [begin
                   {Ref, Registry, Secret} = ember_os_process:request(B),
                   receive {'$ember_os_process_reply', Ref, Secret, R} -> R after 5000 -> timeout end
               end || B <- Bad],
    [{error, badarg}, {error, badarg}, {error, badarg}, {error, badarg}, {error, badarg},
     {error, badarg}, {error, badarg}, {error, badarg}, {error, badarg}, {error, badarg},
     #{released := false}] = Replies,
    Registry = whereis(ember_os_process),
    H = spawn_ok(#{argv => [?ECHO, "still here"]}),
    #{stdout := <<"still here\n">>} = ember_os_process:wait(H),
    released(H).

%% Last: a registry ended by exit(Pid, kill) (the process capability allows it) is replaced by a new,
%% empty one on the next call.
registry_restarts_after_its_end() ->
    H = spawn_ok(#{argv => [?ECHO, "before"]}),
    #{status := exited} = ember_os_process:wait(H),
    Old = whereis(ember_os_process),
    MRef = erlang:monitor(process, Old),
    exit(Old, kill),
    receive {'DOWN', MRef, process, Old, killed} -> ok end,
    0 = ember_os_process:count(),
    New = whereis(ember_os_process),
    true = is_pid(New) andalso New =/= Old,
    {error, unknown_handle} = ember_os_process:poll(H),
    H2 = spawn_ok(#{argv => [?ECHO, "after"]}),
    #{stdout := <<"after\n">>} = ember_os_process:wait(H2),
    released(H2).

%% ---- Ember's port options (docs/ports.md) ----

port_option_ember_stderr() ->
    P = open_port({spawn_executable, ?SH}, [{args, ["-c", "echo out; echo err >&2"]}, binary, exit_status,
                                            ember_stderr]),
    {Out, Err} = collect_port(P, <<>>, <<>>),
    <<"out\n">> = Out,
    <<"err\n">> = Err,
    ok.

collect_port(P, Out, Err) ->
    receive
        {P, {data, D}} -> collect_port(P, <<Out/binary, D/binary>>, Err);
        {P, {stderr, D}} -> collect_port(P, Out, <<Err/binary, D/binary>>);
        {P, {exit_status, 0}} -> {Out, Err}
    after 5000 -> error(port_timeout)
    end.

port_option_ember_stdin() ->
    P = open_port({spawn_executable, ?CAT}, [{ember_stdin, ["ab", <<"cd">>]}, binary, exit_status]),
    {<<"abcd">>, <<>>} = collect_port(P, <<>>, <<>>),
    ok.

port_option_badargs() ->
    Bad = [{{spawn_executable, ?ECHO}, [ember_stderr, stderr_to_stdout]},
           {{spawn_executable, ?ECHO}, [ember_stderr, out]},
           {{spawn_executable, ?ECHO}, [ember_stderr, nouse_stdio]},
           {{spawn_executable, ?ECHO}, [{ember_stdin, "x"}, out]},
           {{spawn_executable, ?ECHO}, [{ember_stdin, atom}]},
           {{spawn_executable, ?ECHO}, [{ember_collect, 0}]},
           {{spawn_executable, ?ECHO}, [{ember_collect, big}]},
           {{fd, 0, 1}, [ember_stderr]},
           {{spawn_driver, "tcp_inet"}, [ember_stderr]}],
    [{'EXIT', {badarg, _}} = (catch open_port(N, S)) || {N, S} <- Bad],
    ok.
