%% A registered counter actor (src/hello/counter.gleam in the compiler's output shape).
-module(hello@counter).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/hello/counter.gleam").
-export([start/0, add/1, get/0]).

-file("src/hello/counter.gleam", 8).
-spec start() -> {ok, pid()} | {error, any()}.
start() ->
    Result = gleam@otp@actor:start(0, fun handle/2),
    case Result of
        {ok, Subject} ->
            persistent_term:put(hello_counter, Subject),
            {ok, erlang:element(2, Subject)};

        {error, E} ->
            {error, E}
    end.

handle(Msg, State) ->
    case Msg of
        {add, N} ->
            gleam@otp@actor:continue(State + N);

        {get, Reply} ->
            gleam@erlang@process:send(Reply, State),
            gleam@otp@actor:continue(State)
    end.

-file("src/hello/counter.gleam", 30).
-spec add(integer()) -> nil.
add(N) ->
    gleam@otp@actor:send(persistent_term:get(hello_counter), {add, N}).

-file("src/hello/counter.gleam", 35).
-spec get() -> integer().
get() ->
    gleam@otp@actor:call(persistent_term:get(hello_counter), fun(R) -> {get, R} end, 1000).
