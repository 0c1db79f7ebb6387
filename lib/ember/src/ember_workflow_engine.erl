%% The workflow engine (docs/workflows.md): one process per store. It starts runs, resumes the open
%% ones found in the store when it starts, routes signals to runs, and answers result/describe from
%% the runs it knows and from the store. Each run is a process (ember_workflow_run) linked to the
%% engine; the run is the only writer of its history.
-module(ember_workflow_engine).
-export([start/1, start/2, stop/1, call/2, call/3, run_id/1]).
-export([init/3]).

-record(st, {store, runs = #{}, pids = #{}, waiters = #{}, signals = #{}, watchers = #{},
             limits = #{}, slots = #{}}).
%% runs: WorkflowId => {RunId, Pid} of the open runs; pids: Pid => WorkflowId;
%% waiters: WorkflowId => [From] waiting for its result; signals: Pid => [From] of signals and
%% cancellations sent to the run and not yet recorded by it; watchers: WorkflowId => [Pid] of parent
%% runs waiting for a child, told {ember_workflow_child_done, WorkflowId, Result} when it ends;
%% limits: {M, F} => N, the most attempts of that activity running at once; slots: {M, F} =>
%% {[{Pid, MRef}] holding a slot, queue of From waiting for one}.

start(Path) -> start(Path, #{}).

%% Options: activity_limits => #{{Module, Function} => N}: at most N attempts of that activity run at
%% once (across all runs of the engine); the others wait for a slot.
start(Path, Options) ->
    Ref = make_ref(),
    Caller = self(),
    Pid = spawn(?MODULE, init, [Path, Options, {Caller, Ref}]),
    MRef = erlang:monitor(process, Pid),
    receive
        {Ref, ok} -> erlang:demonitor(MRef, [flush]), {ok, Pid};
        {Ref, Error} -> erlang:demonitor(MRef, [flush]), Error;
        {'DOWN', MRef, process, Pid, Reason} -> {error, Reason}
    end.

stop(Engine) ->
    MRef = erlang:monitor(process, Engine),
    Engine ! stop,
    receive {'DOWN', MRef, process, Engine, _} -> ok end.

call(Engine, Request) -> call(Engine, Request, infinity).

call(Engine, Request, Timeout) ->
    MRef = erlang:monitor(process, Engine),
    Engine ! {call, {self(), MRef}, Request},
    receive
        {MRef, Reply} -> erlang:demonitor(MRef, [flush]), Reply;
        {'DOWN', MRef, process, Engine, Reason} -> {error, {engine_down, Reason}}
    after Timeout ->
        erlang:demonitor(MRef, [flush]),
        {error, timeout}
    end.

init(Path, Options, {Caller, Ref}) ->
    process_flag(trap_exit, true),
    case ember_workflow_store:open(Path) of
        {error, _} = Error ->
            Caller ! {Ref, Error};
        Store ->
            {ok, Open} = ember_workflow_store:open_runs(Store),
            Limits = maps:get(activity_limits, Options, #{}),
            St = lists:foldl(fun(Run, S) -> resume(Run, S) end, #st{store = Store, limits = Limits}, Open),
            Caller ! {Ref, ok},
            loop(St)
    end.

resume(#{workflow_id := WfId, run_id := RunId} = Run, #st{store = Store} = St) ->
    Pid = spawn_link(ember_workflow_run, start, [self(), Store, Run]),
    St#st{runs = maps:put(WfId, {RunId, Pid}, St#st.runs), pids = maps:put(Pid, WfId, St#st.pids)}.

loop(St) ->
    receive
        {call, From, Request} -> loop(handle(Request, From, St));
        {ember_workflow_ack, Pid, From} ->
            reply(From, ok),
            loop(St#st{signals = maps:update_with(Pid, fun(Fs) -> lists:delete(From, Fs) end, [], St#st.signals)});
        {'EXIT', Pid, _Reason} -> loop(run_ended(Pid, St));
        {ember_workflow_release, Key, Pid} -> loop(release(Key, Pid, St));
        {'DOWN', MRef, process, Pid, _} -> loop(holder_down(MRef, Pid, St));
        stop ->
            %% The runs stop where they are, as in a crash: the next engine on the store resumes them.
            MRefs = [begin unlink(P), M = erlang:monitor(process, P), exit(P, kill), M end
                     || P <- maps:keys(St#st.pids)],
            [receive {'DOWN', M, _, _, _} -> ok end || M <- MRefs],
            ember_workflow_store:close(St#st.store);
        _ -> loop(St)
    end.

reply({Pid, Tag}, Reply) -> Pid ! {Tag, Reply}.

%% A new run id of the workflow: unique in the store (the time and a number unique in this VM).
run_id(WfId) ->
    iolist_to_binary([WfId, $/, integer_to_binary(erlang:system_time(microsecond)), $-,
                      integer_to_binary(erlang:unique_integer([positive]))]).

handle({start, WfId, Module, Input}, From, #st{store = Store} = St) ->
    RunId = run_id(WfId),
    Run = #{workflow_id => WfId, run_id => RunId, type => atom_to_binary(Module),
            input => term_to_binary(Input)},
    case ember_workflow_store:create_run(Store, Run) of
        {ok, Info} ->
            reply(From, {ok, RunId}),
            resume(Info, St);
        {error, duplicate} ->
            reply(From, {error, already_started}),
            St;
        {error, _} = Error ->
            reply(From, Error),
            St
    end;
handle({result, WfId}, From, St) ->
    case maps:is_key(WfId, St#st.runs) of
        true -> St#st{waiters = maps:update_with(WfId, fun(Ws) -> [From | Ws] end, [From], St#st.waiters)};
        false -> reply(From, stored_result(WfId, St)), St
    end;
handle({signal, WfId, Name, Payload}, From, St) ->
    case maps:find(WfId, St#st.runs) of
        {ok, {_, Pid}} ->
            Pid ! {ember_workflow_signal, Name, Payload, From},  % acknowledged once recorded
            St#st{signals = maps:update_with(Pid, fun(Fs) -> [From | Fs] end, [From], St#st.signals)};
        error ->
            reply(From, {error, not_running}),
            St
    end;
handle({watch, WfId, Pid}, From, St) ->
    reply(From, ok),
    case maps:is_key(WfId, St#st.runs) of
        true -> St#st{watchers = maps:update_with(WfId, fun(Ps) -> [Pid | Ps] end, [Pid], St#st.watchers)};
        false -> Pid ! {ember_workflow_child_done, WfId, stored_result(WfId, St)}, St
    end;
handle({cancel, WfId}, From, St) ->
    case maps:find(WfId, St#st.runs) of
        {ok, {_, Pid}} ->
            Pid ! {ember_workflow_cancel, From},  % acknowledged once recorded
            St#st{signals = maps:update_with(Pid, fun(Fs) -> [From | Fs] end, [From], St#st.signals)};
        error ->
            reply(From, {error, not_running}),
            St
    end;
handle({query, WfId, Name, Args}, From, St) ->
    case maps:find(WfId, St#st.runs) of
        {ok, {_, Pid}} -> Pid ! {ember_workflow_query, Name, Args, From};  % the run answers
        error -> reply(From, {error, not_running})
    end,
    St;
handle({describe, WfId}, From, #st{store = Store} = St) ->
    case ember_workflow_store:runs_of(Store, WfId) of
        {ok, []} ->
            reply(From, {error, not_found});
        {ok, Runs} ->
            #{run_id := Last} = lists:last(Runs),
            {ok, Events} = ember_workflow_store:history(Store, Last, 1),
            History = [{Seq, Type, binary_to_term(P), T} || {Seq, Type, P, T} <- Events],
            reply(From, {ok, #{runs => Runs, history => History}});
        {error, _} = Error ->
            reply(From, Error)
    end,
    St;
handle({acquire, Key}, {Pid, _} = From, #st{limits = Limits, slots = Slots} = St) ->
    case maps:find(Key, Limits) of
        error ->
            reply(From, unlimited),
            St;
        {ok, Limit} ->
            {Holders, Queue} = maps:get(Key, Slots, {[], queue:new()}),
            case length(Holders) < Limit of
                true ->
                    reply(From, ok),
                    St#st{slots = maps:put(Key, {[{Pid, erlang:monitor(process, Pid)} | Holders], Queue}, Slots)};
                false ->
                    St#st{slots = maps:put(Key, {Holders, queue:in(From, Queue)}, Slots)}
            end
    end;
handle(list_open, From, St) ->
    reply(From, {ok, lists:sort(maps:keys(St#st.runs))}),
    St;
handle(_, From, St) ->
    reply(From, {error, badarg}),
    St.

run_ended(Pid, St) ->
    case maps:take(Pid, St#st.pids) of
        {WfId, Pids} ->
            {Unacked, Signals} = case maps:take(Pid, St#st.signals) of
                                     error -> {[], St#st.signals};
                                     Found0 -> Found0
                                 end,
            [reply(F, {error, not_running}) || F <- Unacked],
            St1 = St#st{pids = Pids, runs = maps:remove(WfId, St#st.runs), signals = Signals},
            {Waiters, Ws} = case maps:take(WfId, St1#st.waiters) of
                                error -> {[], St1#st.waiters};
                                Found -> Found
                            end,
            Result = stored_result(WfId, St1),
            [reply(W, Result) || W <- Waiters],
            {Watchers, Wt} = case maps:take(WfId, St1#st.watchers) of
                                 error -> {[], St1#st.watchers};
                                 Found1 -> Found1
                             end,
            [P ! {ember_workflow_child_done, WfId, Result} || P <- Watchers],
            St1#st{waiters = Ws, watchers = Wt};
        error ->
            St
    end.

%% A slot of activity Key freed by Pid (or by its exit): the next waiter gets it.
release(Key, Pid, #st{slots = Slots} = St) ->
    case maps:find(Key, Slots) of
        {ok, {Holders, Queue}} ->
            case lists:keytake(Pid, 1, Holders) of
                {value, {Pid, MRef}, Rest} ->
                    erlang:demonitor(MRef, [flush]),
                    St#st{slots = maps:put(Key, serve(Rest, Queue), Slots)};
                false ->
                    St
            end;
        error ->
            St
    end.

serve(Holders, Queue) ->
    case queue:out(Queue) of
        {{value, {Pid, _} = From}, Rest} ->
            case is_process_alive(Pid) of
                true ->
                    reply(From, ok),
                    {[{Pid, erlang:monitor(process, Pid)} | Holders], Rest};
                false ->
                    serve(Holders, Rest)
            end;
        {empty, _} ->
            {Holders, Queue}
    end.

holder_down(MRef, Pid, #st{slots = Slots} = St) ->
    case [Key || {Key, {Holders, _}} <- maps:to_list(Slots), lists:member({Pid, MRef}, Holders)] of
        [Key | _] -> release(Key, Pid, St);
        [] -> St
    end.

%% The latest run's outcome as the store has it.
stored_result(WfId, #st{store = Store}) ->
    case ember_workflow_store:runs_of(Store, WfId) of
        {ok, []} -> {error, not_found};
        {ok, Runs} ->
            case lists:last(Runs) of
                #{status := completed, result := R} -> {ok, binary_to_term(R)};
                #{status := running} -> {error, running};
                #{status := Status, result := <<>>} -> {error, Status};
                #{status := Status, result := R} -> {error, {Status, binary_to_term(R)}}
            end;
        {error, _} = Error -> Error
    end.
