%% The hosted-script API (docs/scripts.md): structured concurrency for scripts a host runs.
%%
%%   ember_script:run(fun() ->
%%       H = ember_script:spawn(fun() -> ember_script:sleep(10), 21 end),
%%       2 * ember_script:await(H)
%%   end, #{})
%%   %% -> #{outcome => {ok, 42}, output => []}
%%
%% A script runs under a coordinator process (ember_script_coord) that is the group leader of every
%% process of the script: it captures each process's output, keeps the handles' results, ends what a
%% scope leaves behind and detects deadlocks. Every process spawned here runs its function as a scope:
%% when the function returns, the children it did not await are awaited (a failure propagates), when
%% it raises they are cancelled. Nothing outlives the script.
-module(ember_script).
-export([run/2, spawn/1, await/1, await/2, cancel/1, scope/1, sleep/1, println/1, deadline/2,
         receive_message/1]).
-export([read_file/1, write_file/2, list_dir/1, http_get/1, now/0]).
-export([run_scope/1, enter/2]).  % for ember_script_coord's root process
-export_type([handle/0]).

-opaque handle() :: {ember_script_handle, pid(), reference()}.

-define(SCOPES, '$ember_script_scopes').
-define(IO_CONTEXT, '$ember_script_io').

%% ---- running a script ---------------------------------------------------------------------------------

%% Runs Fun as the root process of a new script and waits for the script to end. Options:
%%   capabilities => [atom()]  the root's capability set (docs/capabilities.md); default: the caller's
%%   time_limit_ms => integer() the whole script's limit; default: none
%%   echo => boolean()         also write each line of output to the caller's group leader
%%   fs_root => file:name()    the root directory of read_file/write_file/list_dir (a thread-pool
%%                             backend, include/ember/script.hpp); without it they answer
%%                             {error, no_fs_root}
%%   virtual_time => boolean() sleep/1 on a virtual clock that moves when the script is idle
%%   mock => #{files => #{Path => iodata()}, http => #{Url => {Status, Body} | {error, Reason}}}
%%                             the mock backend (in-memory files, canned HTTP answers, virtual time)
%%   backend => Id             a backend a C++ host registered (ember::ScriptHost)
%%   max_heap_words => integer() the largest heap of a process of the script (words); a process
%%                             past it is killed and the outcome is memory_limit
%% Result: #{outcome => {ok, Value} | {error, Reason} | {deadlock, [Edge]} | time_limit | memory_limit,
%%           output => [{pid(), binary()}],  (output per process, in order of first output)
%%           os_processes => [Handle]}  (ember_os_process handles the script started, all ended), where
%% Edge = {pid(), {await, pid()} | 'receive'}.
-spec run(fun(() -> term()), map()) -> map().
run(Fun, Options) when is_function(Fun, 0), is_map(Options) ->
    Caller = self(),
    Ref = make_ref(),
    Echo = case maps:get(echo, Options, false) of true -> group_leader(); false -> none end,
    {Coord, MRef} = erlang:spawn_monitor(ember_script_coord, start, [Caller, Ref, Fun, Options#{echo => Echo}]),
    receive
        {Ref, Result} ->
            erlang:demonitor(MRef, [flush]),
            Result;
        {'DOWN', MRef, process, Coord, Reason} ->
            error({script_coordinator_failed, Reason})
    end.

%% ---- processes ----------------------------------------------------------------------------------------

%% A new process of the script running Fun (as a scope); its value is read with await/1,2.
-spec spawn(fun(() -> term())) -> handle().
spawn(Fun) when is_function(Fun, 0) ->
    Coord = coordinator(),
    Ref = make_ref(),
    Scope = current_scope(),
    Context = context(),
    Limit = erlang:get('$ember_script_heap_limit'),
    Body = fun() -> child(Coord, Ref, Fun, Context, Limit) end,
    Pid = case Context of
              none -> erlang:spawn(Body);  % not in a script with a backend: needs the process capability
              _ -> ember_script_io:spawn(Context, Body)
          end,
    Coord ! {ember_script, spawned, Ref, Pid, self(), Scope},
    {ember_script_handle, Pid, Ref}.

child(Coord, Ref, Fun, Context, Limit) ->
    put('$ember_script_self', Ref),
    enter(Context, Limit),
    Coord ! {ember_script, done, Ref, run_scope(Fun)}.

%% Sets up a process of the script: its I/O context and its heap limit.
enter(Context, Limit) ->
    Context =:= undefined orelse put(?IO_CONTEXT, Context),
    case Limit of
        Words when is_integer(Words), Words > 0 ->
            put('$ember_script_heap_limit', Words),
            process_flag(max_heap_size, #{size => Words, kill => true, error_logger => false});
        _ ->
            ok
    end.

%% Fun run as a scope: {ok, Value}, or {failed, Reason} with Reason as the exit reason the process
%% would have had ({Error, Stack}, the exit reason, {{nocatch, Value}, Stack}). For children and the root.
run_scope(Fun) ->
    try {ok, scope(Fun)}
    catch
        error:Reason:Stack -> {failed, {Reason, Stack}};
        exit:Reason -> {failed, Reason};
        throw:Value:Stack -> {failed, {{nocatch, Value}, Stack}}
    end.

%% The child's value. Raises error({child_failed, Handle, Reason}) if it failed (Reason as an exit
%% reason: {Error, Stack}, the exit reason, {{nocatch, Value}, Stack} or cancelled),
%% error({already_awaited, Handle}) on a second await of the same handle.
-spec await(handle()) -> term().
await(Handle) ->
    await(Handle, infinity).

%% As await/1, but raises error({await_timeout, Handle}) after TimeoutMs; the handle stays awaitable.
-spec await(handle(), timeout()) -> term().
await({ember_script_handle, _, Ref} = Handle, Timeout) ->
    Coord = coordinator(),
    Coord ! {ember_script, await, self(), Ref},
    Me = my_ref(),
    Reply = receive
                {ember_script_await, Ref, R} -> R;
                {ember_script_cancel, Me} ->
                    Coord ! {ember_script, await_abandon, self(), Ref},
                    exit(cancelled)
            after Timeout ->
                Coord ! {ember_script, await_abandon, self(), Ref},
                receive {ember_script_await, Ref, R} -> R after 0 -> timeout end
            end,
    case Reply of
        {ok, Value} -> Value;
        {failed, Reason} -> error({child_failed, Handle, Reason});
        already_awaited -> error({already_awaited, Handle});
        unknown -> error({unknown_handle, Handle});
        timeout -> error({await_timeout, Handle})
    end;
await(Handle, _) ->
    error(badarg, [Handle]).

%% Asks the child to stop: at its next suspension point (await, sleep, receive_message, deadline) it
%% exits with `cancelled` (its `after` clauses run); a child blocked elsewhere for a second is stopped
%% with an exit signal. Awaiting a cancelled child raises error({child_failed, Handle, cancelled}).
-spec cancel(handle()) -> ok.
cancel({ember_script_handle, _, Ref}) ->
    coordinator() ! {ember_script, cancel, Ref},
    ok.

%% Runs Fun; the children spawned inside (by this process) are awaited when it returns (the first
%% failure is raised and cancels the rest) or cancelled when it raises.
-spec scope(fun(() -> T)) -> T.
scope(Fun) when is_function(Fun, 0) ->
    Id = make_ref(),
    Outer = case get(?SCOPES) of undefined -> []; S -> S end,
    put(?SCOPES, [Id | Outer]),
    try Fun() of
        Value ->
            await_scope(Id),
            Value
    catch
        Class:Reason:Stack ->
            cancel_scope(Id),
            erlang:raise(Class, Reason, Stack)
    after
        put(?SCOPES, Outer)
    end.

await_scope(Id) ->
    Handles = scope_handles(Id, leave),
    try [await(H) || H <- Handles], ok
    catch Class:Reason:Stack ->
        cancel_scope(Id),
        erlang:raise(Class, Reason, Stack)
    end.

cancel_scope(Id) ->
    Handles = scope_handles(Id, cancel),
    [catch await(H) || H <- Handles],
    ok.

scope_handles(Id, How) ->
    Coord = coordinator(),
    Coord ! {ember_script, scope_end, self(), Id, How},
    receive {ember_script_scope, Id, Handles} -> Handles end.

current_scope() ->
    case get(?SCOPES) of
        [Id | _] -> Id;
        _ -> none
    end.

%% ---- time, output, messages ---------------------------------------------------------------------------

%% Sleeps Ms on the backend's clock (virtual time on the mock backend: the clock moves when every
%% process of the script is idle). A suspension point.
-spec sleep(non_neg_integer()) -> ok.
sleep(Ms) when is_integer(Ms), Ms >= 0 ->
    case context() of
        none ->
            Me = my_ref(),
            receive {ember_script_cancel, Me} -> exit(cancelled) after Ms -> ok end;
        Context ->
            io_wait(ember_script_io:sleep(Context, Ms))
    end.

%% Milliseconds on the backend's clock since the script's backend was made.
-spec now() -> integer().
now() ->
    case context() of
        none -> erlang:monotonic_time(millisecond);
        Context -> ember_script_io:now(Context)
    end.

%% ---- I/O through the host's backend (include/ember/script.hpp) ------------------------------------------
%% Paths are relative to the backend's root directory; a path that leaves it (absolute, `..` above the
%% root, a symlink out) is {error, outside_root}. Errors are otherwise those of the file module
%% (enoent, eacces, eisdir, ...). Each call is a suspension point. Capabilities: file_read (read_file,
%% list_dir), file_write (write_file), network (http_get).

-spec read_file(file:name()) -> {ok, binary()} | {error, atom()}.
read_file(Path) ->
    io_wait(ember_script_io:read_file(io_context(), Path)).

-spec write_file(file:name(), iodata()) -> ok | {error, atom()}.
write_file(Path, Data) ->
    io_wait(ember_script_io:write_file(io_context(), Path, Data)).

-spec list_dir(file:name()) -> {ok, [string()]} | {error, atom()}.
list_dir(Path) ->
    io_wait(ember_script_io:list_dir(io_context(), Path)).

%% {ok, #{status => integer(), headers => [{binary(), binary()}], body => binary()}} or
%% {error, Reason} (http_disabled when the host gave no HTTP client).
-spec http_get(iodata()) -> {ok, map()} | {error, atom()}.
http_get(Url) ->
    io_wait(ember_script_io:http_get(io_context(), Url)).

io_wait(Ref) ->
    Me = my_ref(),
    receive
        {ember_script_io, Ref, Result} -> Result;
        {ember_script_cancel, Me} -> exit(cancelled)
    end.

io_context() ->
    case context() of
        none -> error(no_script_backend);
        Context -> Context
    end.

%% The script's I/O context: kept in the dictionary of the processes ember_script made, asked of the
%% coordinator (an io request, so that another group leader answers {error, request}) by others.
context() ->
    case get(?IO_CONTEXT) of
        undefined ->
            Ref = make_ref(),
            GL = group_leader(),
            MRef = erlang:monitor(process, GL),
            GL ! {io_request, self(), Ref, ember_script_context},
            receive
                {io_reply, Ref, {ok, Context}} ->
                    erlang:demonitor(MRef, [flush]),
                    put(?IO_CONTEXT, Context),
                    Context;
                {io_reply, Ref, _} ->
                    erlang:demonitor(MRef, [flush]),
                    none;
                {'DOWN', MRef, _, _, _} ->
                    none
            end;
        Context ->
            Context
    end.

%% Writes IoData and a newline to the script's output for this process.
-spec println(iodata()) -> ok.
println(IoData) ->
    io:put_chars(group_leader(), [IoData, $\n]).

%% Fun() if it returns within Ms, else error({deadline_exceeded, Ms}) (Fun runs in a child that is
%% cancelled).
-spec deadline(non_neg_integer(), fun(() -> T)) -> T.
deadline(Ms, Fun) when is_integer(Ms), Ms >= 0, is_function(Fun, 0) ->
    H = ?MODULE:spawn(Fun),
    try await(H, Ms)
    catch error:{await_timeout, H} ->
        cancel(H),
        catch await(H),
        error({deadline_exceeded, Ms})
    end.

%% A receive that is a suspension point: the next message, or `timeout` after TimeoutMs (`infinity`
%% waits for ever).
-spec receive_message(timeout()) -> term().
receive_message(Timeout) when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    Me = my_ref(),
    receive
        {ember_script_cancel, Me} -> exit(cancelled);
        M -> M
    after Timeout -> timeout
    end.

%% ---- internals ----------------------------------------------------------------------------------------

coordinator() ->
    group_leader().

%% The reference a cancellation of this process carries (a fresh one, which nothing sends, for the root).
my_ref() ->
    case get('$ember_script_self') of
        undefined -> make_ref();
        Ref -> Ref
    end.
