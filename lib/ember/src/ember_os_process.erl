%% The OS-process registry of the hosted-script layer (docs/os_process.md): OS processes started through
%% Ember's spawn ports, kept in a bounded table of at most 64 entries that a script polls, waits on,
%% kills and releases by handle.
%%
%% Who does what:
%% - The API functions run in the caller. Each hands its request to the registry through the native
%%   request/1 (bifs/ember_os_process.cpp), which needs the os_process capability: a process without it
%%   gets error:{capability_denied, os_process, {ember_os_process, request, 1}} from every function.
%% - The registry is one process (registered as ember_os_process), started by request/1 when there is
%%   none, holding os_process, process, clock and entropy whatever its first caller holds. It reads a
%%   request back with take_request/1 (the native keeps it, and the caller's pid, so a message any
%%   process can send carries none), opens the port ({spawn_executable, _} with Ember's ember_collect
%%   and ember_stdin options, docs/ports.md) and owns it.
%% - Port messages, timer messages and 'DOWN's are only hints here: the registry acts on what the port
%%   (port_output/1), the clock and is_process_alive/1 say, so a forged tuple changes nothing.
%% - An entry remembers the process that spawned it; when that process ends, its running OS processes
%%   are killed (kill_all/0 kills every running one).
-module(ember_os_process).
-export([spawn/1, poll/1, wait/1, wait/2, kill/1, release/1, count/0, kill_all/0, end_group/1,
         group_running/1]).
-export([registry_init/0]).
-export([request/1, take_request/1, signal/2, port_output/1]).

-define(MAX_ENTRIES, 64).
-define(MAX_OUTPUT, 1048576).  % bytes kept per stream (stdout, stderr); more sets truncated
-define(KILL_GRACE_MS, 2000).  % after SIGKILL, the port is closed if its pipes are still open

-type handle() :: pos_integer().
-type result() :: #{handle := handle(), status := running | exited | killed | timed_out,
                    running := boolean(), timed_out := boolean(), stdout := binary(),
                    stderr := binary(), truncated := boolean(), os_pid := non_neg_integer(),
                    exit_code => non_neg_integer(), signal => pos_integer()}.

-record(entry, {handle, port, owner, os_pid,
                group,                      % the owner's group leader when it spawned (a script)
                state = running,            % running | exited | killed | timed_out
                kill = none,                % none | killed | timed_out: why the registry signalled it
                exit,                       % {exit_code, N} | {signal, N} | undefined
                out = <<>>, err = <<>>, truncated = false,
                deadline = infinity,        % timeout_ms: when it is killed (monotonic ms)
                kill_deadline = infinity,   % after a kill: when its port is closed regardless
                waiters = []}).             % [{Pid, Ref, Secret, Deadline}]
-record(st, {entries = #{}, ports = #{}, owners = #{}, timer = none}).

%% ---- API (runs in the caller) ----

-spec spawn(#{argv => [iodata()], command => iodata(), cwd => iodata(), env => map() | list(),
              stdin => iodata(), timeout_ms => non_neg_integer() | infinity}) ->
          #{handle := handle(), status := running} | {error, term()}.
spawn(Opts) ->
    Spec = try spawn_spec(Opts) catch throw:badarg -> erlang:error(badarg, [Opts]) end,
    call({spawn, Spec}).

-spec poll(handle()) -> result() | {error, unknown_handle}.
poll(H) -> call({poll, H}).

-spec wait(handle()) -> result() | {error, unknown_handle}.
wait(H) -> call({wait, H, infinity}).

-spec wait(handle(), non_neg_integer() | infinity) -> result() | {error, unknown_handle}.
wait(H, Timeout) when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 -> call({wait, H, Timeout});
wait(H, Timeout) -> erlang:error(badarg, [H, Timeout]).

-spec kill(handle()) -> result() | {error, unknown_handle}.
kill(H) -> call({kill, H}).

-spec release(handle()) -> #{released := boolean()}.
release(H) -> call({release, H}).

-spec count() -> non_neg_integer().
count() -> call(count).

-spec kill_all() -> #{killed := non_neg_integer()}.
kill_all() -> call(kill_all).

%% The handles of every entry spawned by a process whose group leader was GroupLeader (a hosted
%% script's coordinator, docs/scripts.md), oldest first; the running ones are killed.
-spec end_group(pid()) -> [handle()].
end_group(GroupLeader) when is_pid(GroupLeader) -> call({end_group, GroupLeader}).

%% How many entries spawned under GroupLeader are still running (a script's coordinator asks before
%% it calls the script deadlocked: a running OS process can still wake a waiter).
-spec group_running(pid()) -> non_neg_integer().
group_running(GroupLeader) when is_pid(GroupLeader) -> call({group_running, GroupLeader}).

call(Request) ->
    {Ref, Registry, Secret} = ember_os_process:request(Request),
    MRef = erlang:monitor(process, Registry),
    receive
        {'$ember_os_process_reply', Ref, Secret, Reply} ->
            erlang:demonitor(MRef, [flush]),
            Reply;
        {'DOWN', MRef, process, _, Reason} ->
            erlang:error({ember_os_process, Reason})
    end.

%% {Executable, open_port settings, TimeoutMs}; throws badarg.
spawn_spec(Opts) when is_map(Opts) ->
    Known = [argv, command, cwd, env, stdin, timeout_ms],
    [throw(badarg) || K <- maps:keys(Opts), not lists:member(K, Known)],
    {Exe, Args} = case Opts of
                      #{argv := _, command := _} -> throw(badarg);
                      #{argv := [Prog | Rest]} -> program(nonempty(text(Prog)), [text(A) || A <- list(Rest)]);
                      #{command := Cmd} -> {"/bin/sh", [<<"-c">>, text(Cmd)]};
                      _ -> throw(badarg)
                  end,
    Cd = case Opts of #{cwd := Dir} -> [{cd, nonempty(text(Dir))}]; _ -> [] end,
    Env = case Opts of #{env := E} -> [{env, env(E)}]; _ -> [] end,
    Stdin = case Opts of
                #{stdin := In} -> [{ember_stdin, try iolist_to_binary(In) catch _:_ -> throw(badarg) end}];
                _ -> []
            end,
    Timeout = case maps:get(timeout_ms, Opts, infinity) of
                  infinity -> infinity;
                  T when is_integer(T), T >= 0 -> T;
                  _ -> throw(badarg)
              end,
    Settings = [in, binary, exit_status, eof, hide, {ember_collect, ?MAX_OUTPUT}, {args, Args}] ++ Cd ++ Env ++ Stdin,
    {Exe, Settings, Timeout};
spawn_spec(_) ->
    throw(badarg).

%% A program with a slash runs as it is; a bare name is looked up in PATH by the shell's exec (the
%% child's PATH, env included), which exits 127 when there is no such program.
program(Prog, Args) ->
    case binary:match(Prog, <<"/">>) of
        nomatch -> {"/bin/sh", [<<"-c">>, <<"exec \"$0\" \"$@\"">>, Prog | Args]};
        _ -> {Prog, Args}
    end.

%% Text as a binary (UTF-8), without NUL bytes (they cannot reach a C string).
text(T) when is_binary(T); is_list(T) ->
    case catch unicode:characters_to_binary(T) of
        B when is_binary(B) ->
            case binary:match(B, <<0>>) of nomatch -> B; _ -> throw(badarg) end;
        _ -> throw(badarg)
    end;
text(_) ->
    throw(badarg).

nonempty(<<>>) -> throw(badarg);
nonempty(B) -> B.

list(L) when is_list(L) ->
    case catch length(L) of N when is_integer(N) -> L; _ -> throw(badarg) end;
list(_) -> throw(badarg).

env(E) when is_map(E) -> env(maps:to_list(E));
env(E) when is_list(E) ->
    [case Pair of
         {Name, false} -> {env_name(Name), false};
         {Name, Value} -> {env_name(Name), env_value(Value)};
         _ -> throw(badarg)
     end || Pair <- list(E)];
env(_) -> throw(badarg).

env_name(Name) ->
    B = nonempty(text(Name)),
    case binary:match(B, <<"=">>) of nomatch -> B; _ -> throw(badarg) end.

env_value(V) -> text(V).

%% ---- natives (bifs/ember_os_process.cpp replaces these bodies) ----

request(_Request) -> erlang:nif_error(not_loaded).
take_request(_Ref) -> erlang:nif_error(not_loaded).
signal(_Port, _Signal) -> erlang:nif_error(not_loaded).
port_output(_Port) -> erlang:nif_error(not_loaded).

%% ---- the registry ----

registry_init() ->
    _ = (catch register(ember_os_process, self())),
    process_flag(trap_exit, true),  % a port's end arrives as a message
    loop(#st{}).

loop(St0) ->
    St = receive
             {'$ember_os_process', Ref} ->
                 case ember_os_process:take_request(Ref) of
                     {From, Request, Secret} -> safe_request(Request, {From, Ref, Secret}, St0);
                     false -> St0
                 end;
             {Port, _} when is_port(Port) -> port_event(Port, St0);
             {'EXIT', Port, _} when is_port(Port) -> port_event(Port, St0);
             {timeout, _, tick} -> expire(St0#st{timer = none});
             {'DOWN', MRef, process, Pid, _} -> owner_down(MRef, Pid, St0);
             _ -> St0  % anything else (a stray or forged message) is dropped
         end,
    loop(rearm(St)).

%% request/1 takes any term from any process holding os_process: a malformed one is answered
%% {error, badarg} and leaves the registry as it was.
safe_request(Request, Caller, St) ->
    try
        request(Request, Caller, St)
    catch
        _:_ ->
            reply(Caller, {error, badarg}),
            St
    end.

reply({From, Ref, Secret}, Reply) ->
    From ! {'$ember_os_process_reply', Ref, Secret, Reply},
    ok.

request({spawn, Spec}, Caller, St) -> do_spawn(Spec, Caller, St);
request({poll, H}, Caller, St) ->
    with_entry(H, Caller, St, fun(E) -> reply(Caller, result(refresh(E))), St end);
request({wait, H, Timeout}, Caller, St) when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    with_entry(H, Caller, St, fun(E) -> add_waiter(E, Caller, deadline(Timeout), St) end);
request({kill, H}, Caller, St) ->
    with_entry(H, Caller, St, fun(E) -> add_waiter(signal_kill(E, killed), Caller, infinity, St) end);
request({release, H}, Caller, #st{entries = Es} = St) ->
    case Es of
        #{H := E} ->
            reply(Caller, #{released => true}),
            drop(E, St);
        _ ->
            reply(Caller, #{released => false}),
            St
    end;
request(count, Caller, #st{entries = Es} = St) ->
    reply(Caller, map_size(Es)),
    St;
request(kill_all, Caller, #st{entries = Es} = St) ->
    Running = [E || E <- maps:values(Es), E#entry.state =:= running],
    reply(Caller, #{killed => length(Running)}),
    lists:foldl(fun(E, S) -> store(signal_kill(E, killed), S) end, St, Running);
request({group_running, GL}, Caller, #st{entries = Es} = St) when is_pid(GL) ->
    Running = [E || E <- maps:values(Es), E#entry.group =:= GL, (refresh(E))#entry.state =:= running],
    reply(Caller, length(Running)),
    St;
request({end_group, GL}, Caller, #st{entries = Es} = St) when is_pid(GL) ->
    Mine = lists:keysort(#entry.handle, [E || E <- maps:values(Es), E#entry.group =:= GL]),
    reply(Caller, [E#entry.handle || E <- Mine]),
    lists:foldl(fun(E, S) -> store(signal_kill(E, killed), S) end, St, Mine);
request(_, Caller, St) ->
    reply(Caller, {error, badarg}),
    St.

with_entry(H, Caller, #st{entries = Es} = St, Fun) ->
    case Es of
        #{H := E} -> Fun(E);
        _ -> reply(Caller, {error, unknown_handle}), St
    end.

%% A full table makes room by evicting the oldest finished entry; a running one is never dropped.
do_spawn({Exe, Settings, Timeout}, {Owner, _, _} = Caller, #st{entries = Es} = St0)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    case room(Es) of
        full ->
            reply(Caller, {error, registry_full}),
            St0;
        Evict ->
            try erlang:open_port({spawn_executable, Exe}, Settings) of
                Port ->
                    St1 = case Evict of none -> St0; H0 -> drop(maps:get(H0, Es), St0) end,
                    H = erlang:unique_integer([positive, monotonic]),
                    OsPid = case erlang:port_info(Port, os_pid) of {os_pid, N} -> N; _ -> undefined end,
                    Group = case process_info(Owner, group_leader) of {group_leader, G} -> G; _ -> undefined end,
                    E = #entry{handle = H, port = Port, owner = Owner, os_pid = OsPid, group = Group,
                               deadline = deadline(Timeout)},
                    reply(Caller, #{handle => H, status => running}),
                    St2 = watch_owner(Owner, St1),
                    store(E, St2#st{ports = maps:put(Port, H, St2#st.ports)})
            catch
                error:Reason ->
                    reply(Caller, {error, Reason}),
                    St0
            end
    end.

room(Es) when map_size(Es) < ?MAX_ENTRIES -> none;
room(Es) ->
    case [H || #entry{handle = H, state = S} <- maps:values(Es), S =/= running] of
        [] -> full;
        Done -> lists:min(Done)  % handles grow with time: the smallest is the oldest
    end.

watch_owner(Pid, #st{owners = Os} = St) ->
    case Os of
        #{Pid := _} -> St;
        _ -> St#st{owners = Os#{Pid => erlang:monitor(process, Pid)}}
    end.

owner_down(MRef, Pid, #st{owners = Os, entries = Es} = St) ->
    case Os of
        #{Pid := MRef} ->
            case is_process_alive(Pid) of
                true -> St;  % not a real 'DOWN'
                false ->
                    Mine = [E || E <- maps:values(Es), E#entry.owner =:= Pid, E#entry.state =:= running],
                    lists:foldl(fun(E, S) -> store(signal_kill(E, killed), S) end,
                                St#st{owners = maps:remove(Pid, Os)}, Mine)
            end;
        _ ->
            St
    end.

store(#entry{handle = H} = E, #st{entries = Es} = St) -> St#st{entries = Es#{H => E}}.

%% Removes an entry; a running one is killed first and its waiters hear it as killed.
drop(#entry{handle = H, state = running} = E0, St) ->
    E = finish(close(signal_kill(refresh(E0), killed)), St),
    drop(E, St#st{entries = maps:put(H, E, St#st.entries)});
drop(#entry{handle = H, port = Port}, #st{entries = Es, ports = Ps} = St) ->
    St#st{entries = maps:remove(H, Es), ports = maps:remove(Port, Ps)}.

%% SIGKILL to the process group of a running entry (once); `Why` becomes its status if it dies of it.
signal_kill(#entry{state = running, kill = none, port = Port} = E, Why) ->
    _ = ember_os_process:signal(Port, kill),
    E#entry{kill = Why, kill_deadline = now_ms() + ?KILL_GRACE_MS};
signal_kill(E, _) ->
    E.

%% The port's current output and end; a finished port is closed and the entry becomes terminal.
refresh(#entry{state = running, port = Port} = E) ->
    case ember_os_process:port_output(Port) of
        {Out, Err, Truncated, Finished, Exit} ->
            E1 = E#entry{out = Out, err = Err, truncated = Truncated,
                         exit = case Exit of running -> undefined; _ -> Exit end},
            case Finished of
                true -> close(E1);
                false -> E1
            end;
        false ->  % the port is gone (closed by a process that may act on it)
            close(E)
    end;
refresh(E) ->
    E.

%% Makes a running entry terminal with what it has, closing its port.
close(#entry{state = running, port = Port, kill = Kill, exit = Exit} = E) ->
    catch erlang:port_close(Port),
    State = case {Exit, Kill} of
                {{exit_code, _}, _} -> exited;
                {_, timed_out} -> timed_out;
                {_, _} -> killed
            end,
    E#entry{state = State, deadline = infinity, kill_deadline = infinity};
close(E) ->
    E.

%% A terminal entry answers its waiters.
finish(#entry{state = running} = E, _St) -> E;
finish(#entry{waiters = Ws} = E, _St) ->
    R = result(E),
    [reply({P, Ref, Secret}, R) || {P, Ref, Secret, _} <- Ws],
    E#entry{waiters = []}.

port_event(Port, #st{ports = Ps, entries = Es} = St) ->
    case Ps of
        #{Port := H} -> update(maps:get(H, Es), St);
        _ -> St
    end.

update(E0, St) ->
    E = finish(refresh(E0), St),
    store(E, St).

add_waiter(E0, {P, Ref, Secret} = Caller, Deadline, St) ->
    case refresh(E0) of
        #entry{state = running} = E ->
            store(E#entry{waiters = [{P, Ref, Secret, Deadline} | E#entry.waiters]}, St);
        E ->
            reply(Caller, result(E)),
            store(finish(E, St), St)
    end.

%% Deadlines that passed: timeouts kill, kills that did not end the pipes close the port, waits answer
%% timed_out with the process still running.
expire(#st{entries = Es} = St) ->
    Now = now_ms(),
    lists:foldl(fun(E, S) -> store(expire_entry(E, Now, S), S) end, St, maps:values(Es)).

expire_entry(#entry{state = running} = E0, Now, St) ->
    E1 = case E0 of
             #entry{kill = none, deadline = D} when D =/= infinity, D =< Now -> signal_kill(E0, timed_out);
             _ -> E0
         end,
    E2 = case E1 of
             #entry{kill_deadline = K} when K =/= infinity, K =< Now -> close(refresh(E1));
             _ -> E1
         end,
    case E2 of
        #entry{state = running, waiters = Ws} ->
            case lists:partition(fun({_, _, _, D}) -> D =/= infinity andalso D =< Now end, Ws) of
                {[], _} ->
                    E2;
                {Due, Later} ->
                    case refresh(E2) of
                        #entry{state = running} = E3 ->
                            R = (result(E3))#{timed_out => true},
                            [reply({P, Ref, Secret}, R) || {P, Ref, Secret, _} <- Due],
                            E3#entry{waiters = Later};
                        E3 ->
                            finish(E3, St)
                    end
            end;
        _ ->
            finish(E2, St)
    end;
expire_entry(E, _Now, _St) ->
    E.

%% One timer, for the earliest deadline of any entry or waiter.
rearm(#st{entries = Es, timer = Timer} = St) ->
    Next = lists:min([infinity | [D || E <- maps:values(Es), E#entry.state =:= running,
                                       D <- [E#entry.deadline, E#entry.kill_deadline |
                                             [W || {_, _, _, W} <- E#entry.waiters]],
                                       D =/= infinity]]),
    case {Next, Timer} of
        {infinity, none} -> St;
        {infinity, {TRef, _}} -> _ = erlang:cancel_timer(TRef), St#st{timer = none};
        {_, {_, Next}} -> St;
        _ ->
            case Timer of {Old, _} -> erlang:cancel_timer(Old); none -> ok end,
            TRef = erlang:start_timer(max(0, Next - now_ms()), self(), tick),
            St#st{timer = {TRef, Next}}
    end.

deadline(infinity) -> infinity;
deadline(Ms) -> now_ms() + Ms.

now_ms() -> erlang:monotonic_time(millisecond).

result(#entry{handle = H, state = State, exit = Exit, out = Out, err = Err, truncated = T, os_pid = OsPid}) ->
    R = #{handle => H, status => State, running => State =:= running, timed_out => State =:= timed_out,
          stdout => Out, stderr => Err, truncated => T, os_pid => OsPid},
    case Exit of
        {exit_code, N} when State =/= running -> R#{exit_code => N};
        {signal, N} when State =/= running -> R#{signal => N};
        _ -> R
    end.
