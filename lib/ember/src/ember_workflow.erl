%% Durable workflows (docs/workflows.md): the behaviour, the engine's API and the functions a workflow
%% calls. A workflow is ordinary Erlang code whose side effects go through this module; each is
%% recorded in the run's history (ember_workflow_store) before the workflow goes on, and after a crash
%% or a restart the code is run again from the beginning with the recorded results fed back instead
%% of doing the work again (replay), so it continues where it stopped.
%%
%%   -module(order).
%%   -behaviour(ember_workflow).
%%   -export([run/1]).
%%   run(#{id := Id}) ->
%%       ok = ember_workflow:activity(shop, reserve, [Id], #{maximum_attempts => 5}),
%%       ember_workflow:sleep(60000),                       % a durable timer
%%       {ok, Paid} = ember_workflow:await_signal(paid, 3600000),
%%       {done, Paid, ember_workflow:now()}.
%%
%%   {ok, E} = ember_workflow:start_engine("orders.db"),
%%   {ok, _RunId} = ember_workflow:start(E, <<"order-1">>, order, #{id => 1}),
%%   ok = ember_workflow:signal(E, <<"order-1">>, paid, 42),
%%   {ok, {done, 42, _}} = ember_workflow:result(E, <<"order-1">>, 120000).
%%
%% Inside a workflow: activity/4, sleep/1, await_signal/1,2, now/0, random/0, side_effect/1,
%% get_version/3, set_query_handler/1, continue_as_new/1, all/1, race/1, child/3. Code
%% that takes a different path on replay than the history records gets
%% error({nondeterminism, Cmd, Recorded, Now}), which is recorded and fails the run.
-module(ember_workflow).
-export([start_engine/1, start_engine/2, stop_engine/1, start/4, result/3, signal/4, cancel/2, query/4, describe/2,
         list_open/1, advance/2, engine_time/1]).
-export([activity/4, sleep/1, await_signal/1, await_signal/2, now/0, random/0, side_effect/1,
         get_version/3, set_query_handler/1, continue_as_new/1, all/1, race/1, child/3]).

-callback run(Input :: term()) -> Result :: term().

%% ---- the engine (ember_workflow_engine) ---------------------------------------------------------------

%% Opens the store at Path (created when missing) and starts an engine on it; the open runs found
%% there are resumed (replayed) at once. Needs file_read and file_write.
-spec start_engine(file:name()) -> {ok, pid()} | {error, term()}.
start_engine(Path) -> ember_workflow_engine:start(Path).

%% As start_engine/1 with options: activity_limits => #{{Module, Function} => N} runs at most N attempts
%% of that activity at once across the engine's runs (worker concurrency per activity type);
%% clock => real (default) | virtual | {virtual, StartMs}: with a virtual clock (for tests) every time
%% the runs use (now/0, timers, retry waits, timeouts) is the engine's virtual time, which moves by
%% advance/2 and skips to the next deadline while a caller waits in result/3 and nothing else can
%% happen (no activity running, every run waiting). It starts at StartMs (default: the real time) or
%% at the latest time the store's open runs recorded, whichever is later.
%% Options may also be a proplist.
-spec start_engine(file:name(), map() | [{atom(), term()}]) -> {ok, pid()} | {error, term()}.
start_engine(Path, Options) when is_map(Options) -> ember_workflow_engine:start(Path, Options);
start_engine(Path, Options) when is_list(Options) -> ember_workflow_engine:start(Path, maps:from_list(Options)).

-spec stop_engine(pid()) -> ok.
stop_engine(Engine) -> ember_workflow_engine:stop(Engine).

%% Starts a run of Module:run(Input) under WorkflowId: {error, already_started} while a run of that
%% id is open.
-spec start(pid(), binary() | string(), module(), term()) -> {ok, binary()} | {error, term()}.
start(Engine, WorkflowId, Module, Input) when is_atom(Module) ->
    ember_workflow_engine:call(Engine, {start, iolist_to_binary(WorkflowId), Module, Input}).

%% The outcome of the workflow's latest run, waiting up to TimeoutMs for it: {ok, Value},
%% {error, {failed, Reason}}, {error, not_found}, {error, timeout}.
-spec result(pid(), binary() | string(), timeout()) -> {ok, term()} | {error, term()}.
result(Engine, WorkflowId, Timeout) ->
    ember_workflow_engine:call(Engine, {result, iolist_to_binary(WorkflowId)}, Timeout).

%% Delivers a signal to the workflow's open run; ok once it is recorded in the history.
-spec signal(pid(), binary() | string(), term(), term()) -> ok | {error, not_running}.
signal(Engine, WorkflowId, Name, Payload) ->
    ember_workflow_engine:call(Engine, {signal, iolist_to_binary(WorkflowId), Name, Payload}).

%% Asks the workflow's open run to stop: at its next command (or the wait it is in) the workflow gets
%% exit(cancelled), so its `after` clauses run (compensation, which may use activities); uncaught, the
%% run ends with status cancelled. ok once the request is recorded.
-spec cancel(pid(), binary() | string()) -> ok | {error, not_running}.
cancel(Engine, WorkflowId) ->
    ember_workflow_engine:call(Engine, {cancel, iolist_to_binary(WorkflowId)}).

%% Asks the open run's query handler (set_query_handler/1): {ok, Fun(Name, Args)}, answered from the
%% workflow's state when it is waiting, with nothing recorded; {error, no_query_handler | not_running
%% | timeout}.
-spec query(pid(), binary() | string(), term(), term()) -> {ok, term()} | {error, term()}.
query(Engine, WorkflowId, Name, Args) ->
    ember_workflow_engine:call(Engine, {query, iolist_to_binary(WorkflowId), Name, Args}, 5000).

%% Virtual clock: moves the time Ms forward, stopping at each deadline on the way until the runs
%% have reacted to it (activities may go on running meanwhile); ok once the time is reached.
%% {error, real_clock} on an engine with the real clock.
-spec advance(pid(), non_neg_integer()) -> ok | {error, real_clock}.
advance(Engine, Ms) when is_integer(Ms), Ms >= 0 -> ember_workflow_engine:call(Engine, {advance, Ms}).

%% The engine's time (Unix ms): the virtual clock's, or the real time.
-spec engine_time(pid()) -> integer().
engine_time(Engine) -> ember_workflow_engine:call(Engine, clock_now).

%% The workflow ids with an open run.
-spec list_open(pid()) -> {ok, [binary()]}.
list_open(Engine) -> ember_workflow_engine:call(Engine, list_open).

%% The workflow's runs (oldest first) and the latest run's history: #{runs => [RunInfo],
%% history => [{Seq, Type, Payload :: term(), TimeMs}]}.
-spec describe(pid(), binary() | string()) -> {ok, map()} | {error, not_found}.
describe(Engine, WorkflowId) ->
    ember_workflow_engine:call(Engine, {describe, iolist_to_binary(WorkflowId)}).

%% ---- inside a workflow (ember_workflow_run) -----------------------------------------------------------

%% Runs M:F(A...) as an activity: in a process linked to the workflow, retried on failure. Returns its
%% value, or raises error({activity_failed, Reason}) once no attempt is left. Options:
%% maximum_attempts (default 3; 0 = unlimited), initial_interval_ms (1000), backoff_coefficient (2.0),
%% maximum_interval_ms (100 x initial), non_retryable => [Reason] (an error reason or exit reason that
%% ends the retries at once), start_to_close_ms (infinity: an attempt running longer is killed and
%% counts as failed with `timeout`), schedule_to_close_ms (infinity: all attempts and the waits between
%% them together; past it the activity gives up with schedule_to_close_timeout; an attempt that fails
%% when its retry would come past it gives up then), dirty => cpu | io (M:F a host native: it runs
%% on that dirty scheduler pool; Erlang code runs in its own preemptively scheduled process anyway;
%% anything else raises error({bad_option, {dirty, Value}})).
-spec activity(module(), atom(), [term()], map()) -> term().
activity(M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A), is_map(Opts) ->
    ember_workflow_run:activity(M, F, A, check_options(Opts)).

check_options(#{dirty := Kind}) when Kind =/= cpu, Kind =/= io -> error({bad_option, {dirty, Kind}});
check_options(Opts) -> Opts.

%% Several commands at once: Members are {activity, M, F, Args, Opts} and {sleep, Ms}. all/1 returns
%% every result in order (an activity that gives up raises error({activity_failed, Reason}) and stops
%% the others); race/1 returns {Index, Result} of the first member to complete and stops the others. A
%% replay answers from the history, and race's winner is the member recorded first.
-spec all([tuple()]) -> [term()].
all(Members) when is_list(Members) -> ember_workflow_run:group(all, check_members(Members)).
-spec race([tuple(), ...]) -> {pos_integer(), term()}.
race([_ | _] = Members) -> ember_workflow_run:group(race, check_members(Members)).

check_members(Members) ->
    [case M of
         {activity, Mod, F, A, Opts} when is_atom(Mod), is_atom(F), is_list(A), is_map(Opts) ->
             _ = check_options(Opts),
             M;
         {sleep, Ms} when is_integer(Ms), Ms >= 0 -> M;
         _ -> error(badarg, [Members])
     end || M <- Members].

%% Runs Module:run(Input) as a child workflow with its own run and history (id: Opts' workflow_id, else
%% ParentId/child-N) and returns its value, or raises error({child_failed, ChildId, Reason}).
-spec child(module(), term(), map()) -> term().
child(Module, Input, Opts) when is_atom(Module), is_map(Opts) -> ember_workflow_run:child(Module, Input, Opts).

%% A durable timer: the workflow continues Ms later, also across restarts of the VM.
-spec sleep(non_neg_integer()) -> ok.
sleep(Ms) when is_integer(Ms), Ms >= 0 -> ember_workflow_run:sleep(Ms).

%% The payload of the next signal named Name (signals arrive through signal/4 and are kept until
%% taken), or `timeout` after TimeoutMs (a durable deadline).
-spec await_signal(term()) -> {ok, term()}.
await_signal(Name) -> ember_workflow_run:await_signal(Name, infinity).
-spec await_signal(term(), timeout()) -> {ok, term()} | timeout.
await_signal(Name, Timeout) -> ember_workflow_run:await_signal(Name, Timeout).

%% The time (Unix milliseconds) and a random float in [0, 1), recorded: a replay sees the same values.
-spec now() -> integer().
now() -> ember_workflow_run:marker(now, fun ember_workflow_run:now_ms/0).
-spec random() -> float().
random() -> ember_workflow_run:marker(random, fun rand:uniform/0).

%% Fun() run once and its value recorded (replay returns the value without running Fun).
-spec side_effect(fun(() -> T)) -> T.
side_effect(Fun) when is_function(Fun, 0) -> ember_workflow_run:marker(side_effect, Fun).

%% Versioning code under running workflows: the version of change ChangeId this run takes, Max for a
%% run that reaches the call first, Min for a run whose history was recorded by code without it, the
%% recorded one after that. Branch on it:
%%   case ember_workflow:get_version(new_fraud_check, 0, 1) of 0 -> old_path(); 1 -> new_path() end
-spec get_version(term(), integer(), integer()) -> integer().
get_version(ChangeId, Min, Max) when is_integer(Min), is_integer(Max), Min =< Max ->
    ember_workflow_run:get_version(ChangeId, Min, Max).

%% Ends this run and starts the next run of the same workflow id with Input (a fresh history: for
%% workflows that loop for ever). Does not return.
-spec continue_as_new(term()) -> no_return().
continue_as_new(Input) -> throw({'$ember_workflow_continue_as_new', Input}).

%% Fun(Name, Args) answers query/4 from the state the closure holds; set it again as the state moves.
-spec set_query_handler(fun((term(), term()) -> term())) -> ok.
set_query_handler(Fun) when is_function(Fun, 2) -> ember_workflow_run:set_query_handler(Fun).
