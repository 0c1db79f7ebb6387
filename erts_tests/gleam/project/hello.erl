%% A Gleam program in the compiler's output shape (src/hello.gleam) for Ember's acceptance test:
%% argv from init:get_plain_arguments/0, printing through gleam_stdlib, a supervised actor,
%% and the panics the entry module reports.
-module(hello).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/hello.gleam").
-export([main/0]).

-file("src/hello.gleam", 10).
-spec main() -> nil.
main() ->
    Args = gleam@list:map(init:get_plain_arguments(), fun unicode:characters_to_binary/1),
    case Args of
        [<<"panic"/utf8>> | _] ->
            erlang:error(#{gleam_error => panic,
                    message => <<"asked to panic"/utf8>>,
                    file => <<?FILEPATH/utf8>>,
                    module => <<"hello"/utf8>>,
                    function => <<"main"/utf8>>,
                    line => 16});

        [<<"let_assert"/utf8>>, N] ->
            {ok, Value} = case gleam@int:parse(N) of
                {ok, _} = _assert_subject -> _assert_subject;
                _assert_fail ->
                    erlang:error(#{gleam_error => let_assert,
                            message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                            file => <<?FILEPATH/utf8>>,
                            module => <<"hello"/utf8>>,
                            function => <<"main"/utf8>>,
                            line => 24,
                            value => _assert_fail})
            end,
            gleam_stdlib:println(gleam@int:to_string(Value));

        [<<"badarith"/utf8>>] ->
            gleam_stdlib:println(gleam@int:to_string(erlang:length(Args) + gleam_stdlib:identity(nil)));

        _ ->
            greet(Args)
    end.

-file("src/hello.gleam", 40).
-spec greet(list(binary())) -> nil.
greet(Args) ->
    gleam_stdlib:println(<<"Hello from Gleam on "/utf8, (gleam@string:inspect(Args))/binary>>),
    gleam_stdlib:println(gleam@string:join(gleam@list:map(Args, fun gleam@string:reverse/1), <<" | "/utf8>>)),
    {ok, Sup} = gleam@otp@static_supervisor:start_link(
        gleam@otp@static_supervisor:add(gleam@otp@static_supervisor:new(one_for_one),
            gleam@otp@static_supervisor:worker_child(<<"counter"/utf8>>, fun hello@counter:start/0))),
    hello@counter:add(5),
    hello@counter:add(gleam@list:length(Args)),
    gleam_stdlib:println(<<"count: "/utf8, (gleam@int:to_string(hello@counter:get()))/binary>>),
    gleam_stdlib:println(gleam@string:inspect(supervisor:count_children(Sup))),
    gleam_stdlib:println(gleam@string:inspect(lists:sort(gleam@dict:to_list(
        gleam@list:group(gleam@list:range(1, 10), fun gleam@int:is_even/1))))),
    gleam_stdlib:print_error(<<"a line on stderr\n"/utf8>>),
    nil.
