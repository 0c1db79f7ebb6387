%% The workflow engine (docs/workflows.md): one process per store. It starts runs, resumes the open
%% ones found in the store when it starts, routes signals to runs, and answers result/describe from
%% the runs it knows and from the store. Each run is a process (ember_workflow_run) linked to the
%% engine; the run is the only writer of its history. The engine is also its runs' clock: the real
%% one, or (clock => virtual) a virtual one that moves only by advance and by skipping idle time
%% (below, "The virtual clock").
-module(ember_workflow_engine).
-export([start/1, start/2, stop/1, call/2, call/3, run_id/1]).
-export([init/3]).

-record(st, {store, runs = #{}, pids = #{}, waiters = #{}, signals = #{}, watchers = #{},
             limits = #{}, slots = #{},
             clock = real, now = 0, timers = gb_sets:empty(), timer_keys = #{}, advances = [], helpers = #{}}).
%% runs: WorkflowId => {RunId, Pid} of the open runs; pids: Pid => WorkflowId;
%% waiters: WorkflowId => [From] waiting for its result; signals: Pid => [From] of signals and
%% cancellations sent to the run and not yet recorded by it; watchers: WorkflowId => [Pid] of parent
%% runs waiting for a child, told {ember_workflow_child_done, WorkflowId, Result} when it ends;
%% limits: {M, F} => N, the most attempts of that activity running at once; slots: {M, F} =>
%% {[{Pid, MRef}] holding a slot, queue of From waiting for one}.
%% The virtual clock (clock = virtual): now, the time (Unix ms); timers: {Deadline, Ref, Pid, Msg} to
%% send at Deadline; timer_keys: Ref => that element; advances: [{Target, From}] of advance calls not
%% yet answered, sorted; helpers: Pid => MRef of the runs' all/race helper processes. With the real
%% clock they stay empty.

start(Path) -> start(Path, #{}).

%% Options: activity_limits => #{{Module, Function} => N}: at most N attempts of that activity run at
%% once (across all runs of the engine); the others wait for a slot. clock => real (the default) |
%% virtual | {virtual, StartMs}: the runs' time (see "The virtual clock" below).
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
        Engine ! {call_abandoned, MRef},  % a result/3 waiter no longer keeps the virtual clock skipping
        {error, timeout}
    end.

init(Path, Options, {Caller, Ref}) ->
    process_flag(trap_exit, true),
    case clock_option(maps:get(clock, Options, real)) of
        error ->
            Caller ! {Ref, {error, {bad_option, {clock, maps:get(clock, Options)}}}};
        {Clock, Start} ->
            case ember_workflow_store:open(Path) of
                {error, _} = Error ->
                    Caller ! {Ref, Error};
                Store ->
                    {ok, Open} = ember_workflow_store:open_runs(Store),
                    Limits = maps:get(activity_limits, Options, #{}),
                    Now = case Clock of
                              real -> 0;
                              virtual -> lists:foldl(fun(Run, T) -> max(T, latest_time(Store, Run)) end, Start, Open)
                          end,
                    St0 = #st{store = Store, limits = Limits, clock = Clock, now = Now},
                    St = lists:foldl(fun(Run, S) -> resume(Run, S) end, St0, Open),
                    Caller ! {Ref, ok},
                    loop(St)
            end
    end.

clock_option(real) -> {real, 0};
clock_option(virtual) -> {virtual, erlang:system_time(millisecond)};
clock_option({virtual, Start}) when is_integer(Start) -> {virtual, Start};
clock_option(_) -> error.

resume(#{workflow_id := WfId, run_id := RunId} = Run, #st{store = Store} = St) ->
    Pid = spawn_link(ember_workflow_run, start, [self(), Store, Run, St#st.clock]),
    St#st{runs = maps:put(WfId, {RunId, Pid}, St#st.runs), pids = maps:put(Pid, WfId, St#st.pids)}.

loop(St) ->
    receive
        {call, From, Request} -> loop(handle(Request, From, St));
        {ember_workflow_timer, Pid, Ref, Deadline, Msg} -> loop(add_timer(Pid, Ref, Deadline, Msg, St));
        {ember_workflow_cancel_timer, Ref} -> loop(cancel_timer(Ref, St));
        {call_abandoned, Tag} ->
            Waiters = maps:map(fun(_, Fs) -> [F || {_, T} = F <- Fs, T =/= Tag] end, St#st.waiters),
            loop(St#st{waiters = maps:filter(fun(_, Fs) -> Fs =/= [] end, Waiters)});
        {ember_workflow_ack, Pid, From} ->
            reply(From, ok),
            loop(St#st{signals = maps:update_with(Pid, fun(Fs) -> lists:delete(From, Fs) end, [], St#st.signals)});
        {'EXIT', Pid, _Reason} -> loop(run_ended(Pid, St));
        {ember_workflow_release, Key, Pid} -> loop(release(Key, Pid, St));
        {ember_workflow_helper, Pid} ->
            loop(St#st{helpers = maps:put(Pid, erlang:monitor(process, Pid), St#st.helpers)});
        {'DOWN', MRef, process, Pid, _} ->
            loop(holder_down(MRef, Pid, St#st{helpers = maps:remove(Pid, St#st.helpers)}));
        stop ->
            %% The runs stop where they are, as in a crash: the next engine on the store resumes them.
            MRefs = [begin unlink(P), M = erlang:monitor(process, P), exit(P, kill), M end
                     || P <- maps:keys(St#st.pids)],
            [receive {'DOWN', M, _, _, _} -> ok end || M <- MRefs],
            ember_workflow_store:close(St#st.store);
        _ -> loop(St)
    after poll_interval(St) ->
        loop(step(St))
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
    %% With the virtual clock every attempt holds a slot (without a limit), so the clock knows whether
    %% an activity is running.
    Limit = case {maps:find(Key, Limits), St#st.clock} of
                {{ok, N}, _} -> N;
                {error, virtual} -> infinity;
                {error, real} -> none
            end,
    case Limit of
        none ->
            reply(From, unlimited),
            St;
        _ ->
            {Holders, Queue} = maps:get(Key, Slots, {[], queue:new()}),
            case length(Holders) < Limit of  % a number is less than infinity
                true ->
                    reply(From, ok),
                    St#st{slots = maps:put(Key, {[{Pid, erlang:monitor(process, Pid)} | Holders], Queue}, Slots)};
                false ->
                    St#st{slots = maps:put(Key, {Holders, queue:in(From, Queue)}, Slots)}
            end
    end;
handle(clock_now, From, St) ->
    reply(From, now(St)),
    St;
handle({advance, Ms}, From, #st{clock = virtual, now = Now, advances = As} = St) when is_integer(Ms), Ms >= 0 ->
    St#st{advances = lists:keymerge(1, As, [{Now + Ms, From}])};
handle({advance, _}, From, #st{clock = real} = St) ->
    reply(From, {error, real_clock}),
    St;
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

%% ---- the virtual clock -------------------------------------------------------------------------------
%% With clock => virtual the runs ask the engine for the time (clock_now) and for timers
%% ({ember_workflow_timer, Pid, Ref, Deadline, Msg}: Pid ! Msg once the time reaches Deadline), so
%% nothing waits for real time. The time moves only forward and only in two ways:
%%   - advance/2: the time moves to Now + Ms through every due time on the way, in order: at each
%%     one the timers due then fire, and the next step waits until the workflows have reacted (every
%%     run and its helpers waits again); activities may be running meanwhile (their start_to_close
%%     timers fire on the way);
%%   - time skipping: while a caller waits in result/3, no activity attempt is running and every run
%%     and its helpers waits, the time jumps to the next timer's deadline (Temporal's test server does
%%     the same).
%% "Waits" is checked as process_info reports it: three snapshots of every run process and helper
%% (of all/race: a run names its helpers to the engine) with status waiting and no work done between
%% them (idle/1), and nothing in the engine's own mailbox (every timer asked for is known). So the moves depend
%% only on what the workflows do, never on how long it takes.

now(#st{clock = real}) -> erlang:system_time(millisecond);
now(#st{now = Now}) -> Now.

add_timer(Pid, _Ref, Deadline, Msg, #st{now = Now} = St) when Deadline =< Now ->
    Pid ! Msg,
    St;
add_timer(Pid, Ref, Deadline, Msg, #st{timers = Ts, timer_keys = Keys} = St) ->
    Timer = {Deadline, Ref, Pid, Msg},
    St#st{timers = gb_sets:add(Timer, Ts), timer_keys = maps:put(Ref, Timer, Keys)}.

cancel_timer(Ref, #st{timers = Ts, timer_keys = Keys} = St) ->
    case maps:take(Ref, Keys) of
        {Timer, Keys1} -> St#st{timers = gb_sets:delete_any(Timer, Ts), timer_keys = Keys1};
        error -> St
    end.

%% How long the loop waits for a message before it tries to move the clock: 1 ms while it has
%% reason to (an advance call, or a result/3 waiter and a timer), else for ever.
poll_interval(#st{clock = virtual, advances = [_ | _]}) -> 1;
poll_interval(#st{clock = virtual, waiters = Ws, timers = Ts}) when map_size(Ws) > 0 ->
    case gb_sets:is_empty(Ts) of
        true -> infinity;
        false -> 1
    end;
poll_interval(_) -> infinity.

step(#st{advances = [{Target, _} | _]} = St0) ->
    St = drop_dead_timers(St0),
    case quiet(St) of
        false -> St;
        true ->
            case next_deadline(St) of
                D when D =< Target -> fire_due(St#st{now = max(St#st.now, D)});
                _ -> answer_advances(St#st{now = max(St#st.now, Target)})
            end
    end;
step(St0) ->
    St = drop_dead_timers(St0),
    case next_deadline(St) =/= infinity andalso no_attempt_running(St) andalso quiet(St) of
        true -> fire_due(St#st{now = max(St#st.now, next_deadline(St))});
        false -> St
    end.

next_deadline(#st{timers = Ts}) ->
    case gb_sets:is_empty(Ts) of
        true -> infinity;
        false -> element(1, gb_sets:smallest(Ts))
    end.

%% Sends every timer due at the current time (in deadline order).
fire_due(#st{now = Now, timers = Ts} = St) ->
    case gb_sets:is_empty(Ts) of
        false ->
            {Deadline, Ref, Pid, Msg} = Timer = gb_sets:smallest(Ts),
            case Deadline =< Now of
                true ->
                    Pid ! Msg,
                    fire_due(St#st{timers = gb_sets:delete(Timer, Ts),
                                   timer_keys = maps:remove(Ref, St#st.timer_keys)});
                false ->
                    St
            end;
        true ->
            St
    end.

answer_advances(#st{now = Now, advances = As} = St) ->
    {Done, Rest} = lists:partition(fun({Target, _}) -> Target =< Now end, As),
    [reply(From, ok) || {_, From} <- Done],
    St#st{advances = Rest}.

%% The timers of processes that ended (a run that was stopped, a helper of all/race that lost).
drop_dead_timers(#st{timers = Ts} = St) ->
    Dead = [T || {_, _, Pid, _} = T <- gb_sets:to_list(Ts), not is_process_alive(Pid)],
    lists:foldl(fun({_, Ref, _, _}, S) -> cancel_timer(Ref, S) end, St, Dead).

no_attempt_running(#st{slots = Slots}) ->
    lists:all(fun({Holders, _}) -> Holders =:= [] end, maps:values(Slots)).

quiet(#st{pids = Runs, helpers = Helpers}) ->
    Ps = maps:keys(Runs) ++ maps:keys(Helpers),
    S1 = snapshot(Ps),
    S2 = snapshot(Ps),
    S3 = snapshot(Ps),
    lists:all(fun idle/1, lists:zip3(S1, S2, S3)) andalso
        process_info(self(), message_queue_len) =:= {message_queue_len, 0}.

snapshot(Ps) -> [process_info(P, [status, reductions]) || P <- Ps].

%% Waiting at three snapshots and nothing run in between. Ember has the waiting process answer a
%% process_info request itself and counts that in its reductions (erl does not): the same number
%% for every request to one process, so between snapshots an idle process's count grows by equal
%% steps, and anything it does besides makes the steps differ.
idle({undefined, _, _}) -> true;  % ended
idle({_, undefined, _}) -> true;
idle({_, _, undefined}) -> true;
idle({[{status, waiting}, {reductions, R1}], [{status, waiting}, {reductions, R2}],
      [{status, waiting}, {reductions, R3}]}) ->
    R2 - R1 =:= R3 - R2;
idle(_) -> false.

%% The latest time an open run's history shows had come: scheduling times, recorded now() values,
%% the deadlines of timers that fired and of retries that happened. A virtual clock restarted on the
%% store starts no earlier, so a resumed run never sees the time go back.
latest_time(Store, #{run_id := RunId}) ->
    {ok, Events} = ember_workflow_store:history(Store, RunId, 1),
    {Latest, _} = lists:foldl(fun({_, Type, Payload, _}, Acc) -> latest(Type, binary_to_term(Payload), Acc) end,
                              {0, #{}}, Events),
    Latest.

latest(<<"activity_scheduled">>, #{scheduled_at := At}, {T, Due}) -> {max(T, At), Due};
latest(<<"marker">>, #{kind := now, value := V}, {T, Due}) -> {max(T, V), Due};
latest(<<"timer_started">>, #{cmd := C, fire_at := At}, {T, Due}) -> {T, maps:put(C, At, Due)};
latest(<<"activity_failed">>, #{cmd := C, retry_at := At}, {T, Due}) ->
    {max(T, maps:get(C, Due, 0)), maps:put(C, At, Due)};
latest(<<"signal_consumed">>, #{value := {ok, _}, cmd := C}, {T, Due}) -> {T, maps:remove(C, Due)};
latest(Type, #{cmd := C}, {T, Due}) when Type =:= <<"activity_completed">>; Type =:= <<"activity_gave_up">>;
                                         Type =:= <<"timer_fired">>; Type =:= <<"signal_consumed">> ->
    {max(T, maps:get(C, Due, 0)), maps:remove(C, Due)};
latest(_, _, Acc) -> Acc.
