%% One workflow run (docs/workflows.md): the process that runs Module:run(Input), records every side
%% effect in the run's history before going on, and on a resumed run replays the history: each
%% command the code issues gets the next command number, and a command the history already completed
%% returns the recorded result instead of doing the work again.
%%
%% Events (type, then the payload map; `cmd` numbers the workflow's commands from 1):
%%   workflow_started    #{input}
%%   marker              #{cmd, kind => now | random | side_effect, value}
%%   activity_scheduled  #{cmd, mfa => {M, F, Arity}, scheduled_at}
%%   activity_failed     #{cmd, attempt, reason, retry_at}    one per failed attempt that is retried
%%   activity_completed  #{cmd, result}
%%   activity_gave_up    #{cmd, reason}                       no attempt left: the call raises
%%   timer_started       #{cmd, fire_at}                      sleep/1 and await_signal/2's deadline
%%   timer_fired         #{cmd}
%%   signal_received     #{name, payload}                     recorded when it arrives
%%   signal_consumed     #{cmd, name, value => {ok, Payload} | timeout}
%%   nondeterminism      #{cmd, recorded, now}                the run then fails
%%   version             #{change_id, version}                get_version/3 (no command number)
%%   cancel_requested    #{}                                  recorded when the request arrives
%%   cancel_delivered    #{cmd}                               exit(cancelled) raised at that command
%%   child_started       #{cmd, workflow_id, module}          a child workflow (started through the engine)
%%   child_completed     #{cmd, result => {ok, V} | {error, R}}
%% continue_as_new/1 closes the run as continued_as_new and creates the next run of the workflow id
%% with the new input in one store transaction; the next run starts in this process.
%% A replayed command whose recorded kind or target differs from what the code asks for now raises
%% error({nondeterminism, Cmd, Recorded, Now}).
%%
%% Invariants: this process is the only writer of its run's history (the engine routes signals here);
%% `seq` is the run's next_seq; an event is durable (the store fsyncs) before its effect is used.
%% Time (now/0, timer deadlines, retry times, timeouts) comes from the engine's clock (`clock`): the
%% real one, or the engine's virtual one (ember_workflow_engine, "The virtual clock"), which this
%% process asks for the time and for timers instead of erlang:system_time/1 and erlang:send_after/3.
-module(ember_workflow_run).
-export([start/4]).
-export([activity/4, sleep/1, await_signal/2, marker/2, get_version/3, set_query_handler/1, group/2,
         child/3, now_ms/0]).

-define(KEY, '$ember_workflow_run').

-record(run, {engine, store, workflow_id, run_id, seq,
              clock = real,     % real | virtual (the engine's)
              done = #{},       % Cmd => completing event payload (activity_completed/_gave_up, marker,
                                % timer_fired, signal_consumed)
              started = #{},    % Cmd => {Kind, Detail} from activity_scheduled / timer_started / marker
              failures = #{},   % Cmd => [activity_failed payload], oldest first
              scheduled = #{},  % Cmd => when the activity was scheduled (Unix ms): schedule_to_close
              signals = [],     % {Name, Payload} received and not consumed, in arrival order
              cmd = 0,
              max_cmd = 0,      % the highest command number the history records (replaying below it)
              versions = #{},   % ChangeId => version (get_version/3)
              cancel = none,    % none | requested | {delivered, Cmd}
              query_handler}).

start(Engine, Store, #{workflow_id := WfId, run_id := RunId, type := Type, input := InputBin, next_seq := Seq},
      Clock) ->
    process_flag(trap_exit, true),
    {ok, Events} = ember_workflow_store:history(Store, RunId, 1),
    R0 = replayed(Events, #run{engine = Engine, store = Store, workflow_id = WfId, run_id = RunId, seq = Seq,
                               clock = Clock}),
    Input = binary_to_term(InputBin),
    put(?KEY, R0),
    Events =:= [] andalso record(workflow_started, #{input => Input}),
    Module = binary_to_atom(Type),
    {Status, Result} =
        try Module:run(Input) of
            Value -> {completed, term_to_binary(Value)}
        catch
            error:{nondeterminism, _, _, _} = Why:_ ->
                {failed, term_to_binary(Why)};
            error:{ember_workflow_engine_down, _} ->
                exit(normal);
            exit:cancelled ->
                {cancelled, <<>>};
            throw:{'$ember_workflow_continue_as_new', Next} ->
                {continue, Next};
            Class:Reason:Stack ->
                {failed, term_to_binary({Class, Reason, Stack})}
        end,
    #run{store = S, run_id = Id} = get(?KEY),
    case Status of
        continue ->
            %% The next run is created as this one closes (one transaction) and runs in this process.
            NextId = ember_workflow_engine:run_id(WfId),
            Bin = term_to_binary(Result),
            {ok, Info} = ember_workflow_store:continue_as_new(S, Id, Bin, #{workflow_id => WfId, run_id => NextId,
                                                                             type => Type, input => Bin}),
            erase(?KEY),
            start(Engine, Store, Info, Clock);
        _ ->
            ok = ember_workflow_store:close_run(S, Id, Status, Result)
    end.

%% The state a history leaves: what each command recorded, and the signals still to be taken.
replayed(Events, Run) ->
    lists:foldl(fun({Seq, Type, Payload, _Time}, R) ->
                        P = binary_to_term(Payload),
                        R1 = replay_event(Type, with_seq(Type, P, Seq), R),
                        case P of
                            #{cmd := C} -> R1#run{max_cmd = max(C, R1#run.max_cmd)};
                            _ -> R1
                        end
                end, Run, Events).

%% Completions carry their seq ('$seq'): race/1's winner on replay is the member completed first.
with_seq(Type, P, Seq) when Type =:= <<"activity_completed">>; Type =:= <<"activity_gave_up">>;
                            Type =:= <<"timer_fired">> ->
    P#{'$seq' => Seq};
with_seq(_, P, _) ->
    P.

replay_event(<<"marker">>, #{cmd := C, kind := K} = P, R) ->
    R#run{done = maps:put(C, P, R#run.done), started = maps:put(C, {marker, K}, R#run.started)};
replay_event(<<"activity_scheduled">>, #{cmd := C, mfa := MFA} = P, R) ->
    R#run{started = maps:put(C, {activity, MFA}, R#run.started),
          scheduled = maps:put(C, maps:get(scheduled_at, P, 0), R#run.scheduled)};
replay_event(<<"activity_failed">>, #{cmd := C} = P, R) ->
    R#run{failures = maps:update_with(C, fun(Fs) -> Fs ++ [P] end, [P], R#run.failures)};
replay_event(Done, #{cmd := C} = P, R) when Done =:= <<"activity_completed">>; Done =:= <<"activity_gave_up">>;
                                            Done =:= <<"timer_fired">> ->
    R#run{done = maps:put(C, P, R#run.done)};
replay_event(<<"timer_started">>, #{cmd := C, fire_at := At} = P, R) ->
    R#run{started = maps:put(C, {maps:get(kind, P, timer), At}, R#run.started)};
replay_event(<<"signal_received">>, #{name := N, payload := V}, R) ->
    R#run{signals = R#run.signals ++ [{N, V}]};
replay_event(<<"signal_consumed">>, #{cmd := C, name := N, value := Value} = P, R) ->
    Signals = case Value of
                  {ok, V} -> R#run.signals -- [{N, V}];
                  timeout -> R#run.signals
              end,
    R#run{done = maps:put(C, P, R#run.done), signals = Signals,
          started = maps:put(C, {signal, N}, R#run.started)};
replay_event(<<"child_started">>, #{cmd := C, module := M}, R) ->
    R#run{started = maps:put(C, {child, M}, R#run.started)};
replay_event(<<"child_completed">>, #{cmd := C} = P, R) ->
    R#run{done = maps:put(C, P, R#run.done)};
replay_event(<<"version">>, #{change_id := Id, version := V}, R) ->
    R#run{versions = maps:put(Id, V, R#run.versions)};
replay_event(<<"cancel_requested">>, _, R) ->
    R#run{cancel = requested};
replay_event(<<"cancel_delivered">>, #{cmd := C}, R) ->
    R#run{cancel = {delivered, C}};
replay_event(_, _, R) ->
    R.

%% ---- recording ----------------------------------------------------------------------------------------

record(Type, Payload) ->
    case get('$ember_workflow_helper') of
        undefined -> record_here(Type, Payload);
        Run ->  % a helper of all/race: the run records (it is the only writer), durably, then answers
            Run ! {ember_workflow_record, self(), Type, Payload},
            receive
                {ember_workflow_recorded, Run} -> ok;
                {'EXIT', Run, _} -> exit(kill)
            end
    end.

record_here(Type, Payload) ->
    #run{store = S, run_id = Id, seq = Seq} = R = get(?KEY),
    case ember_workflow_store:append(S, Id, Seq, [{atom_to_binary(Type), term_to_binary(Payload)}]) of
        {ok, Next} -> put(?KEY, R#run{seq = Next});
        {error, Reason} -> error({history_store, Reason})
    end.

%% The next command's number. A cancellation is delivered here: at the command its history recorded,
%% or, live, at the first command after the request (exit(cancelled); the workflow's `after` clauses
%% then run and may issue commands of their own).
next_cmd() ->
    poll_control(),
    #run{cmd = C0} = R = get(?KEY),
    C = C0 + 1,
    put(?KEY, R#run{cmd = C}),
    case R#run.cancel of
        {delivered, C} ->
            exit(cancelled);
        requested when C > R#run.max_cmd ->
            deliver_cancel(C);
        _ ->
            ok
    end,
    C.

deliver_cancel(Cmd) ->
    record(cancel_delivered, #{cmd => Cmd}),
    R = get(?KEY),
    put(?KEY, R#run{cancel = {delivered, Cmd}}),
    exit(cancelled).

%% Signals and cancellations that arrived while the workflow computed (queries wait for a wait point:
%% the handler answers from the state the code reached, not from the middle of a replay).
poll_control() ->
    receive
        {ember_workflow_signal, _, _, _} = M -> control(M), poll_control();
        {ember_workflow_cancel, _} = M -> control(M), poll_control()
    after 0 ->
        ok
    end.

%% A message from the engine: a signal (recorded, then acknowledged), a query (answered from the
%% workflow's handler, nothing recorded) or a cancellation request (recorded, acknowledged; delivered
%% at the next command). Returns signal | query | cancel.
control({ember_workflow_signal, Name, Payload, From}) ->
    signal_arrived(Name, Payload, From),
    signal;
control({ember_workflow_query, Name, Args, {Pid, Tag}}) ->
    Reply = case (get(?KEY))#run.query_handler of
                undefined -> {error, no_query_handler};
                Fun -> try {ok, Fun(Name, Args)} catch Class:Reason -> {error, {Class, Reason}} end
            end,
    Pid ! {Tag, Reply},
    query;
control({ember_workflow_cancel, From}) ->
    #run{engine = Engine} = R = get(?KEY),
    case R#run.cancel of
        none ->
            record(cancel_requested, #{}),
            put(?KEY, (get(?KEY))#run{cancel = requested});
        _ ->
            ok
    end,
    Engine ! {ember_workflow_ack, self(), From},
    cancel.

%% The command's recorded start must be what the code asks for now.
check(Cmd, Want) ->
    #run{started = Started} = get(?KEY),
    case maps:find(Cmd, Started) of
        error -> new;
        {ok, Want} -> replay;
        {ok, {timer, _}} when element(1, Want) =:= timer -> replay;
        {ok, {signal_deadline, _}} when element(1, Want) =:= signal -> replay;
        {ok, Recorded} ->
            record(nondeterminism, #{cmd => Cmd, recorded => Recorded, now => Want}),
            error({nondeterminism, Cmd, Recorded, Want})
    end.

done(Cmd) -> maps:find(Cmd, (get(?KEY))#run.done).

%% ---- markers ------------------------------------------------------------------------------------------

marker(Kind, Fun) ->
    Cmd = next_cmd(),
    _ = check(Cmd, {marker, Kind}),
    case done(Cmd) of
        {ok, #{value := V}} -> V;
        error ->
            V = Fun(),
            record(marker, #{cmd => Cmd, kind => Kind, value => V}),
            V
    end.

%% ---- versions and queries -----------------------------------------------------------------------------

%% The version of a change the code takes: recorded the first time (Max), so a run keeps the version it
%% started with; a run whose history was recorded before the change existed (it is replaying past
%% this point) gets Min, without recording (no command number is used either way).
get_version(ChangeId, Min, Max) ->
    #run{versions = Vs, cmd = C, max_cmd = MaxCmd} = R = get(?KEY),
    case maps:find(ChangeId, Vs) of
        {ok, V} when V >= Min, V =< Max -> V;
        {ok, V} -> error({unsupported_version, ChangeId, V, {Min, Max}});
        error when C < MaxCmd -> Min;
        error ->
            record(version, #{change_id => ChangeId, version => Max}),
            put(?KEY, (get(?KEY))#run{versions = maps:put(ChangeId, Max, R#run.versions)}),
            Max
    end.

set_query_handler(Fun) ->
    put(?KEY, (get(?KEY))#run{query_handler = Fun}),
    ok.

%% ---- timers -------------------------------------------------------------------------------------------

sleep(Ms) ->
    Cmd = next_cmd(),
    case done(Cmd) of
        {ok, _} ->
            _ = check(Cmd, {timer, Ms}),
            ok;
        error ->
            FireAt = case maps:find(Cmd, (get(?KEY))#run.started) of
                         {ok, {timer, At}} -> At;
                         {ok, Other} ->
                             record(nondeterminism, #{cmd => Cmd, recorded => Other, now => {timer, Ms}}),
                             error({nondeterminism, Cmd, Other, {timer, Ms}});
                         error ->
                             At = now_ms() + Ms,
                             record(timer_started, #{cmd => Cmd, fire_at => At}),
                             At
                     end,
            wait_until(FireAt, fun(_) -> false end),
            record(timer_fired, #{cmd => Cmd}),
            ok
    end.

%% ---- signals ------------------------------------------------------------------------------------------

await_signal(Name, Timeout) ->
    Cmd = next_cmd(),
    case done(Cmd) of
        {ok, #{name := Name, value := Value}} ->
            Value;
        {ok, #{name := Other}} ->
            record(nondeterminism, #{cmd => Cmd, recorded => {signal, Other}, now => {signal, Name}}),
            error({nondeterminism, Cmd, {signal, Other}, {signal, Name}});
        error ->
            Deadline = case {Timeout, maps:find(Cmd, (get(?KEY))#run.started)} of
                           {infinity, _} -> infinity;
                           {_, {ok, {signal_deadline, At}}} -> At;
                           {_, _} ->
                               At = now_ms() + Timeout,
                               record(timer_started, #{cmd => Cmd, fire_at => At, kind => signal_deadline}),
                               At
                       end,
            Value = case take_signal(Name) of
                        {ok, V} -> {ok, V};
                        none ->
                            case wait_until(Deadline, fun(_) -> has_signal(Name) end) of
                                true -> {ok, _} = take_signal(Name);
                                timeout -> timeout
                            end
                    end,
            record(signal_consumed, #{cmd => Cmd, name => Name, value => Value}),
            Value
    end.

has_signal(Name) -> lists:keymember(Name, 1, (get(?KEY))#run.signals).

take_signal(Name) ->
    #run{signals = Ss} = R = get(?KEY),
    case lists:keytake(Name, 1, Ss) of
        {value, {Name, V}, Rest} -> put(?KEY, R#run{signals = Rest}), {ok, V};
        false -> none
    end.

%% A signal the engine routed here: recorded, then acknowledged (through the engine, which answers
%% the sender; a signal this process never took is answered not_running when it ends).
signal_arrived(Name, Payload, From) ->
    record(signal_received, #{name => Name, payload => Payload}),
    #run{engine = Engine} = R = get(?KEY),
    put(?KEY, R#run{signals = R#run.signals ++ [{Name, Payload}]}),
    Engine ! {ember_workflow_ack, self(), From}.

%% Waits until Deadline (Unix ms, or infinity) or until Ready(Message) is true for a message handled
%% here (signals are recorded as they come; the engine's exit ends the run process). Returns true or
%% timeout. Other messages (an activity's 'EXIT' handled elsewhere) stay queued.
wait_until(Deadline, Ready) ->
    Tag = make_ref(),
    Timer = clock_timer(Deadline, {ember_workflow_clock, Tag}),
    try wait_loop(Tag, Ready)
    after clock_cancel(Timer, {ember_workflow_clock, Tag})
    end.

wait_loop(Tag, Ready) ->
    #run{engine = Engine} = get(?KEY),
    receive
        {ember_workflow_signal, _, _, _} = M ->
            control(M),
            case Ready(signal) of
                true -> true;
                false -> wait_loop(Tag, Ready)
            end;
        {ember_workflow_query, _, _, _} = M ->
            control(M),
            wait_loop(Tag, Ready);
        {ember_workflow_cancel, _} = M ->
            control(M),
            case get(?KEY) of
                #run{cancel = requested, cmd = Cmd} -> deliver_cancel(Cmd);
                _ -> wait_loop(Tag, Ready)  % delivered already: compensation goes on
            end;
        {'EXIT', Engine, Reason} ->
            error({ember_workflow_engine_down, Reason});
        {ember_workflow_clock, Tag} ->
            timeout
    end.

%% ---- the clock ----------------------------------------------------------------------------------------

%% The time (Unix ms) on the engine's clock.
now_ms() ->
    case get(?KEY) of
        #run{clock = virtual} -> engine_call(clock_engine(), clock_now);
        _ -> erlang:system_time(millisecond)
    end.

%% Msg sent to this process at Deadline (Unix ms on the engine's clock; infinity: never). A timer
%% for clock_cancel/2.
clock_timer(infinity, _Msg) ->
    none;
clock_timer(Deadline, Msg) ->
    case get(?KEY) of
        #run{clock = virtual} ->
            Ref = make_ref(),
            clock_engine() ! {ember_workflow_timer, self(), Ref, Deadline, Msg},
            {virtual, Ref};
        _ ->
            {real, erlang:send_after(max(0, Deadline - erlang:system_time(millisecond)), self(), Msg)}
    end.

%% Stops the timer and drops its message if it came (a virtual timer's message may still come later:
%% the waits match their own tag, so it is ignored).
clock_cancel(none, _Msg) -> ok;
clock_cancel({real, Ref}, Msg) ->
    _ = erlang:cancel_timer(Ref),
    receive Msg -> ok after 0 -> ok end;
clock_cancel({virtual, Ref}, Msg) ->
    clock_engine() ! {ember_workflow_cancel_timer, Ref},
    receive Msg -> ok after 0 -> ok end.

%% The engine (a helper of all/race has its run in #run.engine).
clock_engine() ->
    case get('$ember_workflow_engine') of
        undefined -> (get(?KEY))#run.engine;
        Engine -> Engine
    end.

%% ---- child workflows ----------------------------------------------------------------------------------

%% Starts Module:run(Input) as a child workflow (its own run and history, id Opts' workflow_id or
%% ParentId/child-Cmd) and waits for its outcome: its value, or error({child_failed, ChildId, Reason}).
%% Starting is idempotent (a resumed parent finds the child already started, or finished).
child(Module, Input, Opts) ->
    Cmd = next_cmd(),
    Mode = check(Cmd, {child, Module}),
    #run{workflow_id = WfId, engine = Engine} = get(?KEY),
    ChildId = iolist_to_binary(maps:get(workflow_id, Opts, [WfId, "/child-", integer_to_binary(Cmd)])),
    case done(Cmd) of
        {ok, #{result := Result}} ->
            child_value(ChildId, Result);
        error ->
            Mode =:= new andalso record(child_started, #{cmd => Cmd, workflow_id => ChildId, module => Module}),
            case engine_call(Engine, {start, ChildId, Module, Input}) of
                {ok, _} -> ok;
                {error, already_started} -> ok;
                {error, Reason} -> error({child_start_failed, ChildId, Reason})
            end,
            ok = engine_call(Engine, {watch, ChildId, self()}),
            Result = child_wait(ChildId),
            record(child_completed, #{cmd => Cmd, result => Result}),
            child_value(ChildId, Result)
    end.

child_value(_, {ok, V}) -> V;
child_value(ChildId, {error, Reason}) -> error({child_failed, ChildId, Reason}).

child_wait(ChildId) ->
    #run{engine = Engine} = get(?KEY),
    receive
        {ember_workflow_child_done, ChildId, Result} -> Result;
        {ember_workflow_signal, _, _, _} = M -> control(M), child_wait(ChildId);
        {ember_workflow_query, _, _, _} = M -> control(M), child_wait(ChildId);
        {ember_workflow_cancel, _} = M ->
            control(M),
            case get(?KEY) of
                #run{cancel = requested, cmd = Cmd} -> deliver_cancel(Cmd);
                _ -> child_wait(ChildId)
            end;
        {'EXIT', Engine, Reason} -> error({ember_workflow_engine_down, Reason})
    end.

%% ---- all/1 and race/1 ----------------------------------------------------------------------------------
%% Members are {activity, M, F, A, Opts} or {sleep, Ms}, numbered in order. Activities run at once, each
%% in a helper process that does the retries and asks this process to record its events (the run stays
%% the only writer); timers are the VM's. all: every result, in order (the first activity that gives up
%% raises, the others are stopped); race: {Index, Result} of the first member to complete, the others
%% stopped. On replay the recorded completions answer, and race's winner is the member whose completion
%% the history recorded first.

group(Mode, Members) ->
    Numbered = [{next_cmd(), M} || M <- Members],
    [check(Cmd, member_kind(M)) || {Cmd, M} <- Numbered],
    Done = [{Cmd, D} || {Cmd, _} <- Numbered, {ok, D} <- [done(Cmd)]],
    case Mode of
        race when Done =/= [] ->
            {Cmd, D} = hd(lists:sort(fun({_, A}, {_, B}) -> maps:get('$seq', A) =< maps:get('$seq', B) end, Done)),
            {index_of(Cmd, Numbered), completion_value(D)};
        _ ->
            Pending = [{Cmd, M} || {Cmd, M} <- Numbered, not lists:keymember(Cmd, 1, Done)],
            Started = [start_member(Cmd, M) || {Cmd, M} <- Pending],
            Known = maps:from_list([{Cmd, {ok, completion_value(D)}} || {Cmd, D} <- Done]),
            gather(Mode, Numbered, Started, Known)
    end.

member_kind({activity, M, F, A, _}) -> {activity, {M, F, length(A)}};
member_kind({sleep, Ms}) -> {timer, Ms}.

index_of(Cmd, Numbered) -> length(lists:takewhile(fun({C, _}) -> C =/= Cmd end, Numbered)) + 1.

completion_value(#{result := V}) -> V;
completion_value(#{reason := R}) -> error({activity_failed, R});
completion_value(#{}) -> ok.  % timer_fired

%% A pending member started: {Cmd, {helper, Pid} | {timer, TimerRef}}.
start_member(Cmd, {activity, M, F, A, Opts}) ->
    case maps:is_key(Cmd, (get(?KEY))#run.started) of
        true -> ok;
        false -> schedule(Cmd, {M, F, length(A)})
    end,
    Run = self(),
    State = get(?KEY),
    Failures = maps:get(Cmd, State#run.failures, []),
    Pid = spawn_link(fun() ->
                             %% The run stands where the engine does: if it ends, the helper's waits
                             %% end too (the attempt is killed).
                             put(?KEY, State#run{engine = Run}),
                             put('$ember_workflow_engine', State#run.engine),
                             put('$ember_workflow_helper', Run),
                             process_flag(trap_exit, true),
                             case Failures of
                                 [] -> ok;
                                 _ -> helper_sleep_until(maps:get(retry_at, lists:last(Failures)))
                             end,
                             Outcome = try {ok, attempt(Cmd, M, F, A, with_deadline(Cmd, Opts, State),
                                                        length(Failures) + 1)}
                                       catch error:{activity_failed, R} -> {gave_up, R}
                                       end,
                             Run ! {ember_workflow_member, self(), Cmd, Outcome}
                     end),
    State#run.clock =:= virtual andalso (State#run.engine ! {ember_workflow_helper, Pid}),  % the clock watches it
    {Cmd, {helper, Pid}};
start_member(Cmd, {sleep, Ms}) ->
    FireAt = case maps:find(Cmd, (get(?KEY))#run.started) of
                 {ok, {timer, At}} -> At;
                 _ ->
                     At = now_ms() + Ms,
                     record(timer_started, #{cmd => Cmd, fire_at => At}),
                     At
             end,
    {Cmd, {timer, clock_timer(FireAt, {ember_workflow_member_timer, Cmd})}}.

helper_sleep_until(At) ->
    Tag = make_ref(),
    _ = clock_timer(At, {ember_workflow_clock, Tag}),
    receive {ember_workflow_clock, Tag} -> ok end.

%% Waits for the members; Results: Cmd => {ok, Value} | {gave_up, Reason}.
gather(Mode, Numbered, [], Results) ->
    finish_group(Mode, Numbered, Results, []);
gather(Mode, Numbered, Started, Results) ->
    #run{engine = Engine} = get(?KEY),
    receive
        {ember_workflow_record, Helper, Type, Payload} ->
            record(Type, Payload),
            Helper ! {ember_workflow_recorded, self()},
            gather(Mode, Numbered, Started, Results);
        {ember_workflow_member, Helper, Cmd, Outcome} ->
            unlink(Helper),
            receive {'EXIT', Helper, _} -> ok after 0 -> ok end,
            member_done(Mode, Numbered, lists:keydelete(Cmd, 1, Started), Cmd, Outcome, Results);
        {ember_workflow_member_timer, Cmd} ->
            record(timer_fired, #{cmd => Cmd}),
            member_done(Mode, Numbered, lists:keydelete(Cmd, 1, Started), Cmd, {ok, ok}, Results);
        {ember_workflow_signal, _, _, _} = M ->
            control(M),
            gather(Mode, Numbered, Started, Results);
        {ember_workflow_query, _, _, _} = M ->
            control(M),
            gather(Mode, Numbered, Started, Results);
        {ember_workflow_cancel, _} = M ->
            control(M),
            case get(?KEY) of
                #run{cancel = requested, cmd = Cmd} ->
                    stop_members(Started),
                    deliver_cancel(Cmd);
                _ ->
                    gather(Mode, Numbered, Started, Results)
            end;
        {'EXIT', Engine, Reason} ->
            stop_members(Started),
            error({ember_workflow_engine_down, Reason});
        {'EXIT', _Helper, {{ember_workflow_engine_down, Reason}, _}} ->
            stop_members(Started),
            error({ember_workflow_engine_down, Reason});
        {'EXIT', Helper, Reason} when Reason =/= normal ->
            stop_members(Started),
            error({activity_helper_failed, Helper, Reason})
    end.

member_done(race, Numbered, Started, Cmd, Outcome, Results) ->
    stop_members(Started),
    finish_group(race, Numbered, maps:put(Cmd, Outcome, Results), [Cmd]);
member_done(all, _Numbered, Started, _Cmd, {gave_up, R}, _Results) ->
    stop_members(Started),
    error({activity_failed, R});
member_done(all, Numbered, Started, Cmd, Outcome, Results) ->
    gather(all, Numbered, Started, maps:put(Cmd, Outcome, Results)).

finish_group(all, Numbered, Results, _) ->
    [value_of(maps:get(Cmd, Results)) || {Cmd, _} <- Numbered];
finish_group(race, Numbered, Results, [Winner]) ->
    {index_of(Winner, Numbered), value_of(maps:get(Winner, Results))}.

value_of({ok, V}) -> V;
value_of({gave_up, R}) -> error({activity_failed, R}).

stop_members(Started) ->
    [case What of
         {helper, Pid} -> unlink(Pid), exit(Pid, kill);
         {timer, Timer} -> clock_cancel(Timer, {ember_workflow_member_timer, Cmd})
     end || {Cmd, What} <- Started],
    ok.

%% ---- activities ---------------------------------------------------------------------------------------

activity(M, F, A, Opts) ->
    Cmd = next_cmd(),
    MFA = {M, F, length(A)},
    Mode = check(Cmd, {activity, MFA}),
    case done(Cmd) of
        {ok, #{result := Result}} -> Result;
        {ok, #{reason := Reason}} -> error({activity_failed, Reason});
        error ->
            Mode =:= new andalso schedule(Cmd, MFA),
            Failures = maps:get(Cmd, (get(?KEY))#run.failures, []),
            case Failures of
                [] -> ok;
                _ -> wait_until(maps:get(retry_at, lists:last(Failures)), fun(_) -> false end)
            end,
            attempt(Cmd, M, F, A, with_deadline(Cmd, Opts, get(?KEY)), length(Failures) + 1)
    end.

schedule(Cmd, MFA) ->
    At = now_ms(),
    record(activity_scheduled, #{cmd => Cmd, mfa => MFA, scheduled_at => At}),
    R = get(?KEY),
    put(?KEY, R#run{scheduled = maps:put(Cmd, At, R#run.scheduled)}).

%% schedule_to_close_ms as an absolute deadline ('$deadline', Unix ms or infinity) from the recorded
%% scheduling time.
with_deadline(Cmd, Opts, #run{scheduled = Scheduled}) ->
    case maps:find(schedule_to_close_ms, Opts) of
        {ok, Ms} when is_integer(Ms) -> Opts#{'$deadline' => maps:get(Cmd, Scheduled, now_ms()) + Ms};
        _ -> Opts#{'$deadline' => infinity}
    end.

attempt(Cmd, M, F, A, Opts, N) ->
    Max = maps:get(maximum_attempts, Opts, 3),
    Deadline = maps:get('$deadline', Opts, infinity),
    Now = now_ms(),
    case Deadline =/= infinity andalso Now >= Deadline of
        true ->
            record(activity_gave_up, #{cmd => Cmd, reason => schedule_to_close_timeout}),
            error({activity_failed, schedule_to_close_timeout});
        false ->
            attempt(Cmd, M, F, A, Opts, N, Max, Deadline, Now)
    end.

attempt(Cmd, M, F, A, Opts, N, Max, Deadline, Now) ->
    Timeout = case {maps:get(start_to_close_ms, Opts, infinity), Deadline} of
                  {T, infinity} -> T;
                  {infinity, D} -> D - Now;
                  {T, D} -> min(T, D - Now)
              end,
    Outcome = with_slot({M, F}, fun() -> run_attempt(M, F, A, maps:get(dirty, Opts, none), Timeout) end),
    case Outcome of
        {ok, Value} ->
            record(activity_completed, #{cmd => Cmd, result => Value}),
            Value;
        {failed, Reason} ->
            NonRetryable = lists:member(Reason, maps:get(non_retryable, Opts, [])) orelse
                           (is_tuple(Reason) andalso lists:member(element(1, Reason), maps:get(non_retryable, Opts, []))),
            case NonRetryable orelse (Max > 0 andalso N >= Max) of
                true ->
                    record(activity_gave_up, #{cmd => Cmd, reason => Reason}),
                    error({activity_failed, Reason});
                false ->
                    RetryAt = now_ms() + backoff(N, Opts),
                    case Deadline =/= infinity andalso RetryAt >= Deadline of
                        true ->  % the next attempt would start past schedule_to_close
                            record(activity_gave_up, #{cmd => Cmd, reason => schedule_to_close_timeout}),
                            error({activity_failed, schedule_to_close_timeout});
                        false ->
                            record(activity_failed, #{cmd => Cmd, attempt => N, reason => Reason,
                                                      retry_at => RetryAt}),
                            wait_until(RetryAt, fun(_) -> false end),
                            attempt(Cmd, M, F, A, Opts, N + 1)
                    end
            end
    end.

%% Runs Fun holding one of the engine's slots for activity Key (activity_limits), waiting for one.
with_slot(Key, Fun) ->
    #run{engine = Engine} = get(?KEY),
    Engine1 = case get('$ember_workflow_helper') of
                  undefined -> Engine;
                  _ -> (get('$ember_workflow_engine'))
              end,
    case engine_call(Engine1, {acquire, Key}) of
        unlimited -> Fun();
        ok -> try Fun() after Engine1 ! {ember_workflow_release, Key, self()} end
    end.

%% A call to the engine; its death stops the run where it is (as the 'EXIT' would), never fails it.
engine_call(Engine, Request) ->
    case ember_workflow_engine:call(Engine, Request) of
        {error, {engine_down, Reason}} -> error({ember_workflow_engine_down, Reason});
        Reply -> Reply
    end.

backoff(N, Opts) ->
    Initial = maps:get(initial_interval_ms, Opts, 1000),
    Coefficient = maps:get(backoff_coefficient, Opts, 2.0),
    Max = maps:get(maximum_interval_ms, Opts, 100 * Initial),
    min(Max, round(Initial * math:pow(Coefficient, N - 1))).

%% The activity's call. dirty => cpu | io: a host native (Runtime::install_nifs) runs on that dirty
%% pool (ember_dirty:apply/4, nif/host_natives.cpp), whatever pool it was installed for. Erlang code
%% never runs on a dirty scheduler (as in erl); it needs none: the attempt is a process of its own,
%% preempted by reductions, so a long Erlang activity never holds a scheduler (what dirty schedulers
%% are for natives, which cannot be preempted).
apply_activity(M, F, A, none) ->
    apply(M, F, A);
apply_activity(M, F, A, Kind) ->
    case ember_dirty:is_host_native(M, F, length(A)) of
        true -> ember_dirty:apply(Kind, M, F, A);
        false -> apply(M, F, A)
    end.

%% One attempt in a linked process: {ok, Value} or {failed, Reason} (the error reason, exit reason,
%% {nocatch, Value} for a throw, or timeout). Signals that arrive meanwhile are recorded.
run_attempt(M, F, A, Dirty, Timeout) ->
    Pid = spawn_link(fun() ->
                             exit(try {ember_activity_ok, apply_activity(M, F, A, Dirty)}
                                  catch error:R -> {ember_activity_failed, R};
                                        exit:R -> {ember_activity_failed, R};
                                        throw:V -> {ember_activity_failed, {nocatch, V}}
                                  end)
                     end),
    Deadline = case Timeout of
                   infinity -> infinity;
                   _ -> now_ms() + Timeout
               end,
    Tag = make_ref(),
    Timer = clock_timer(Deadline, {ember_workflow_clock, Tag}),
    try attempt_wait(Pid, Tag)
    after clock_cancel(Timer, {ember_workflow_clock, Tag})
    end.

attempt_wait(Pid, Tag) ->
    #run{engine = Engine} = get(?KEY),
    receive
        {'EXIT', Pid, {ember_activity_ok, V}} -> {ok, V};
        {'EXIT', Pid, {ember_activity_failed, R}} -> {failed, R};
        {'EXIT', Pid, R} -> {failed, R};
        {ember_workflow_signal, _, _, _} = M ->
            control(M),
            attempt_wait(Pid, Tag);
        {ember_workflow_query, _, _, _} = M ->
            control(M),
            attempt_wait(Pid, Tag);
        {ember_workflow_cancel, _} = M ->
            control(M),
            case get(?KEY) of
                #run{cancel = requested, cmd = Cmd} ->
                    unlink(Pid),
                    exit(Pid, kill),
                    deliver_cancel(Cmd);
                _ ->
                    attempt_wait(Pid, Tag)
            end;
        {'EXIT', Engine, Reason} ->
            exit(Pid, kill),
            error({ember_workflow_engine_down, Reason});
        {ember_workflow_clock, Tag} ->
            unlink(Pid),
            exit(Pid, kill),
            {failed, timeout}
    end.
