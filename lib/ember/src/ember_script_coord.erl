%% The coordinator of one script run (ember_script:run/2, docs/scripts.md). It is the group leader of
%% every process of the script, so it
%%   - captures output per process (io requests carry the sender),
%%   - finds the script's processes (those whose group leader it is),
%% and it keeps the handles (who spawned what, results, who awaits what), ends scopes, escalates
%% cancellations, enforces the time limit and detects deadlocks with ember:wait_state/1.
-module(ember_script_coord).
-export([start/4]).

-record(handle, {pid, owner, scope, result, awaited = false, waiter, cancelled = false, mref}).
%% pending: what the coordinator itself will still do to the script's processes (escalations of
%% cancellations): while it is not zero the script is not deadlocked.
%% io: the script's I/O context (ember_script_io) or none; limit_kill: a process of the script was
%% killed while a heap limit was set (the limit is the likely killer).
-record(st, {caller, ref, root, root_mref, echo, handles = #{}, scopes = #{}, output = #{}, order = [],
             idle = 10, pending = 0, io = none, heap_limit = none, limit_kill = false}).

%% A deadlock is declared when every process of the script is blocked for good twice, this far apart,
%% with no reductions in between. The coordinator looks after this much silence, backing off.
-define(CONFIRM_MS, 5).
-define(IDLE_MIN_MS, 10).
-define(IDLE_MAX_MS, 200).
%% On virtual time, after the clock moved: the next look comes this soon.
-define(IDLE_VIRTUAL_MS, 1).
%% A cancelled child that has not stopped at a suspension point by then gets an exit signal.
-define(CANCEL_GRACE_MS, 1000).

start(Caller, Ref, Fun, Options) ->
    process_flag(trap_exit, true),
    Self = self(),
    SpawnOpts = case maps:find(capabilities, Options) of
                    {ok, Caps} -> [monitor, {capabilities, Caps}];
                    error -> [monitor]
                end,
    Io = open_io(Options),
    Limit = case maps:find(max_heap_words, Options) of
                {ok, W} when is_integer(W), W > 0 -> W;
                _ -> none
            end,
    {Root, MRef} = erlang:spawn_opt(fun() -> root(Self, Fun, Io, Limit) end, SpawnOpts),
    group_leader(Self, Root),
    Root ! {ember_script, go},
    case maps:find(time_limit_ms, Options) of
        {ok, Ms} when is_integer(Ms), Ms >= 0 -> erlang:send_after(Ms, Self, {ember_script, time_limit});
        _ -> ok
    end,
    loop(#st{caller = Caller, ref = Ref, root = Root, root_mref = MRef, echo = maps:get(echo, Options, none),
             io = Io, heap_limit = Limit}).

%% The script's I/O context: the backend the options name, else a thread-pool backend without a root
%% directory (sleep on the real clock, file requests answer no_fs_root). none when the caller may not
%% open one (it lacks the system capability) and asked for nothing in particular.
open_io(Options) ->
    IoOptions = maps:with([backend, fs_root, virtual_time, mock], Options),
    try ember_script_io:open(IoOptions)
    catch error:_ when map_size(IoOptions) =:= 0 -> none
    end.

root(Coord, Fun, Io, Limit) ->
    receive {ember_script, go} -> ok end,
    ember_script:enter(case Io of none -> undefined; _ -> Io end, Limit),
    Result = case ember_script:run_scope(Fun) of
                 {ok, Value} -> {ok, Value};
                 {failed, Reason} -> {error, Reason}
             end,
    Coord ! {ember_script, root_done, Result},
    receive after infinity -> ok end.

loop(#st{idle = Idle} = St) ->
    receive
        Msg -> loop(handle(Msg, St#st{idle = ?IDLE_MIN_MS}))
    after Idle ->
        case deadlock(St) of
            {deadlock, Edges} -> finish({deadlock, Edges}, St);
            advanced -> loop(St#st{idle = ?IDLE_VIRTUAL_MS});
            no -> loop(St#st{idle = min(Idle * 2, ?IDLE_MAX_MS)})
        end
    end.

handle({ember_script, spawned, Ref, Pid, Owner, Scope}, St) ->
    %% Tagged with the handle, so that a child killed before it could send its result is found at once.
    MRef = erlang:monitor(process, Pid, [{tag, {ember_script_down, Ref}}]),
    H0 = maps:get(Ref, St#st.handles, #handle{}),
    H = H0#handle{pid = Pid, owner = Owner, scope = Scope, mref = MRef},
    Scopes = maps:update_with({Owner, Scope}, fun(Refs) -> [Ref | Refs] end, [Ref], St#st.scopes),
    St1 = St#st{handles = maps:put(Ref, H, St#st.handles), scopes = Scopes},
    case H#handle.cancelled of
        true -> cancel(Ref, St1);
        false -> St1
    end;
handle({ember_script, done, Ref, Result}, St) ->
    complete(Ref, Result, St);
handle({'DOWN', MRef, process, _Pid, Reason}, #st{root_mref = MRef} = St) ->
    %% The root was killed (its result would have come first): the script failed.
    case Reason =:= killed andalso St#st.heap_limit =/= none of
        true -> finish(memory_limit, St);
        false -> finish({error, root_killed}, St)
    end;
handle({{ember_script_down, Ref}, _MRef, process, _Pid, Reason}, St) ->
    St1 = case Reason =:= killed andalso St#st.heap_limit =/= none of
              true -> St#st{limit_kill = true};
              false -> St
          end,
    complete(Ref, {failed, Reason}, St1);
handle({ember_script, await, From, Ref}, St) ->
    case maps:find(Ref, St#st.handles) of
        error ->
            From ! {ember_script_await, Ref, unknown},
            St;
        {ok, #handle{awaited = true}} ->
            From ! {ember_script_await, Ref, already_awaited},
            St;
        {ok, #handle{result = undefined} = H} ->
            put_handle(Ref, H#handle{waiter = From}, St);
        {ok, #handle{result = Result} = H} ->
            From ! {ember_script_await, Ref, Result},
            put_handle(Ref, H#handle{awaited = true}, St)
    end;
handle({ember_script, await_abandon, From, Ref}, St) ->
    case maps:find(Ref, St#st.handles) of
        {ok, #handle{waiter = From} = H} -> put_handle(Ref, H#handle{waiter = undefined}, St);
        _ -> St
    end;
handle({ember_script, cancel, Ref}, St) ->
    cancel(Ref, St);
handle({ember_script, escalate, Ref}, St) ->
    case maps:find(Ref, St#st.handles) of
        {ok, #handle{result = undefined, pid = Pid}} when is_pid(Pid) -> exit(Pid, cancelled);
        _ -> ok
    end,
    St#st{pending = St#st.pending - 1};
handle({ember_script, scope_end, From, Id, How}, St) ->
    Refs = lists:reverse(maps:get({From, Id}, St#st.scopes, [])),
    St1 = case How of
              cancel -> lists:foldl(fun cancel/2, St, Refs);
              leave -> St
          end,
    Handles = [{ember_script_handle, H#handle.pid, Ref}
               || Ref <- Refs, #handle{awaited = false} = H <- [maps:get(Ref, St1#st.handles)]],
    From ! {ember_script_scope, Id, Handles},
    St1#st{scopes = maps:remove({From, Id}, St1#st.scopes)};
handle({ember_script, root_done, {error, _}}, #st{limit_kill = true} = St) ->
    finish(memory_limit, St);
handle({ember_script, root_done, Result}, St) ->
    finish(Result, St);
handle({ember_script, time_limit}, St) ->
    finish(time_limit, St);
handle({io_request, From, ReplyAs, Request}, St) ->
    {Reply, St1} = io_request(From, Request, St),
    From ! {io_reply, ReplyAs, Reply},
    St1;
handle(_Other, St) ->
    St.

put_handle(Ref, H, St) ->
    St#st{handles = maps:put(Ref, H, St#st.handles)}.

%% A child's result arrived (from the child, or from its monitor): the waiter, if any, gets it.
complete(Ref, Result, St) ->
    H0 = maps:get(Ref, St#st.handles, #handle{}),
    case H0#handle.result of
        undefined ->
            H0#handle.mref =:= undefined orelse erlang:demonitor(H0#handle.mref, [flush]),
            H = case H0#handle.waiter of
                    undefined -> H0#handle{result = Result};
                    Waiter ->
                        Waiter ! {ember_script_await, Ref, Result},
                        H0#handle{result = Result, awaited = true, waiter = undefined}
                end,
            put_handle(Ref, H, St);
        _ ->
            St
    end.

cancel(Ref, St) ->
    case maps:get(Ref, St#st.handles, #handle{}) of
        #handle{result = undefined, pid = Pid} = H when is_pid(Pid) ->
            Pid ! {ember_script_cancel, Ref},
            erlang:send_after(?CANCEL_GRACE_MS, self(), {ember_script, escalate, Ref}),
            put_handle(Ref, H#handle{cancelled = true}, St#st{pending = St#st.pending + 1});
        #handle{result = undefined} = H ->
            %% Its `spawned` message is still on the way: cancelled when it arrives.
            put_handle(Ref, H#handle{cancelled = true}, St);
        _ ->
            St
    end.

%% ---- output -------------------------------------------------------------------------------------------

io_request(From, {put_chars, Encoding, Chars}, St) ->
    case catch unicode:characters_to_binary(Chars, Encoding, unicode) of
        Bin when is_binary(Bin) -> {ok, output(From, Bin, St)};
        _ -> {{error, put_chars}, St}
    end;
io_request(From, {put_chars, Encoding, M, F, A}, St) ->
    case catch apply(M, F, A) of
        {'EXIT', _} -> {{error, put_chars}, St};
        Chars -> io_request(From, {put_chars, Encoding, Chars}, St)
    end;
io_request(From, {put_chars, Chars}, St) ->
    io_request(From, {put_chars, latin1, Chars}, St);
io_request(From, {put_chars, M, F, A}, St) ->
    io_request(From, {put_chars, latin1, M, F, A}, St);
io_request(From, {requests, Requests}, St) ->
    lists:foldl(fun(R, {ok, S}) -> io_request(From, R, S);
                   (_, Error) -> Error
                end, {ok, St}, Requests);
io_request(_From, ember_script_context, St) ->
    {{ok, St#st.io}, St};
io_request(_From, getopts, St) ->
    {[{binary, false}, {encoding, unicode}], St};
io_request(_From, {setopts, _}, St) ->
    {ok, St};
io_request(_From, {get_geometry, _}, St) ->
    {{error, enotsup}, St};
io_request(_From, Request, St) when element(1, Request) =:= get_line; element(1, Request) =:= get_chars;
                                    element(1, Request) =:= get_until ->
    {eof, St};
io_request(_From, _Request, St) ->
    {{error, request}, St}.

output(From, Bin, #st{output = Out, order = Order, echo = Echo} = St) ->
    case Echo of
        none -> ok;
        _ -> io:put_chars(Echo, Bin)
    end,
    case maps:find(From, Out) of
        {ok, Chunks} -> St#st{output = maps:put(From, [Bin | Chunks], Out)};
        error -> St#st{output = maps:put(From, [Bin], Out), order = [From | Order]}
    end.

%% ---- deadlocks ----------------------------------------------------------------------------------------

%% Every process of the script blocked in a receive that nothing can end: no receive timeout, no timer
%% aimed at it, nothing queued for the coordinator or pending in it or in the I/O backend, no OS
%% process of the script running, the same reductions ?CONFIRM_MS later. When only the backend's requests are pending, a backend on virtual
%% time moves its clock (`advanced`).
deadlock(#st{pending = Pending}) when Pending > 0 ->
    no;
deadlock(St) ->
    case blocked_sample() of
        none ->
            no;
        Sample ->
            receive after ?CONFIRM_MS -> ok end,
            case process_info(self(), message_queue_len) =:= {message_queue_len, 0} andalso
                 blocked_sample() =:= Sample of
                true ->
                    case os_processes_running() + io_pending(St#st.io) of
                        0 -> {deadlock, edges(Sample, St)};
                        _ when St#st.io =/= none ->
                            case ember_script_io:advance(St#st.io) of
                                true -> advanced;
                                false -> no
                            end;
                        _ ->
                            no
                    end;
                false -> no
            end
    end.

io_pending(none) -> 0;
io_pending(Io) -> ember_script_io:pending(Io).

%% OS processes of the script still running (ember_os_process): one can still wake a waiter.
os_processes_running() ->
    case whereis(ember_os_process) of
        undefined -> 0;
        _ -> try ember_os_process:group_running(self()) catch _:_ -> 0 end
    end.

blocked_sample() ->
    case ember:group_members(self()) of
        busy ->
            none;
        [] ->
            none;
        Procs ->
            States = [{P, ember:wait_state(P)} || P <- Procs],
            case lists:all(fun({_, {waiting, infinity, _, 0}}) -> true; (_) -> false end, States) of
                true -> States;
                false -> none
            end
    end.

edges(Sample, #st{handles = Handles}) ->
    Awaits = maps:from_list([{W, P} || #handle{waiter = W, pid = P} <- maps:values(Handles), is_pid(W)]),
    [{P, case maps:find(P, Awaits) of {ok, Child} -> {await, Child}; error -> 'receive' end}
     || {P, _} <- Sample].

%% The live processes of the script (a running one is waited for: group_members/1 reads a process only
%% when it is not running).
script_processes(Coord) ->
    case ember:group_members(Coord) of
        busy -> receive after 1 -> script_processes(Coord) end;
        Procs -> Procs
    end.

%% ---- the end ------------------------------------------------------------------------------------------

%% Ends every process of the script, answers the caller and ends the coordinator.
finish(Outcome, #st{caller = Caller, ref = Ref} = St) ->
    Self = self(),
    Reason = case Outcome of {deadlock, Edges} -> {deadlock, Edges}; _ -> kill end,
    Procs = script_processes(Self),
    OsProcesses = end_os_processes(),
    [exit(P, Reason) || P <- Procs],
    [exit(P, kill) || P <- Procs],
    Output = [{P, iolist_to_binary(lists:reverse(maps:get(P, St#st.output)))} || P <- lists:reverse(St#st.order)],
    Caller ! {Ref, #{outcome => Outcome, output => Output, os_processes => OsProcesses}},
    exit(normal).

%% The OS processes the script started (ember_os_process handles), the running ones killed. The
%% registry is not started for this, and a coordinator without os_process leaves them to the registry
%% (which kills an entry when the process that spawned it ends).
end_os_processes() ->
    case whereis(ember_os_process) of
        undefined -> [];
        _ -> try ember_os_process:end_group(self()) catch _:_ -> [] end
    end.
