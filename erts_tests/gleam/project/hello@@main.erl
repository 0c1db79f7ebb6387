%% The shape of the entry module `gleam run` generates (gleam-lang/gleam's PACKAGE@@main template),
%% written for Ember's acceptance test: the shipment's entrypoint runs
%% `erl -pa */ebin -eval "hello@@main:run(hello)" -noshell -extra ARGS`; the package's application
%% is started, Module:main() runs in a linked process, and a crash prints a coloured
%% "runtime error" report on stderr and ends the node with status 1 (a normal end of main/0 is
%% init stopping the node; run/1 just waits for it).
-module('hello@@main').
-export([run/1]).

-define(red, "\e[31;1m").
-define(grey, "\e[90m").
-define(reset, "\e[0m").

run(Module) ->
    io:setopts(standard_io, [binary, {encoding, utf8}]),
    io:setopts(standard_error, [{encoding, utf8}]),
    process_flag(trap_exit, true),
    Pid = spawn_link(fun() -> run_module(Module) end),
    receive
        {'EXIT', Pid, {Reason, StackTrace}} when is_list(StackTrace) ->
            print_error(exit, Reason, StackTrace),
            init:stop(1)
    end.

run_module(Module) ->
    try
        {ok, _} = application:ensure_all_started(Module),
        process_flag(trap_exit, false),
        Module:main(),
        init:stop(0)
    catch
        Class:Reason:StackTrace ->
            print_error(Class, Reason, StackTrace),
            init:stop(1)
    end.

print_error(Class, Error, Stacktrace) ->
    io:put_chars(standard_error,
                 [?red, "runtime error: ", class(Class, Error), ?reset, "\n\n", message(Error), "\n\n",
                  [["  ", frame(F), "\n"] || F <- Stacktrace, keep(F)], "\n"]).

class(_, #{gleam_error := Kind}) -> atom_to_list(Kind);
class(Class, _) -> ["Erlang ", atom_to_list(Class)].

message(#{gleam_error := _, message := M, module := Mod, function := F, line := L} = E) ->
    [M, "\n", ?grey, Mod, ".", F, ":", integer_to_list(L), ?reset,
     case E of
         #{value := V} -> ["\n\nunmatched value:\n  ", io_lib:format("~tp", [V])];
         _ -> []
     end];
message(Other) -> io_lib:format("~tp", [Other]).

keep({M, _, _, _}) -> M =/= 'hello@@main' andalso M =/= proc_lib.

frame({M, F, A, Loc}) ->
    Arity = if is_list(A) -> length(A); true -> A end,
    Where = case {proplists:get_value(file, Loc), proplists:get_value(line, Loc)} of
                {undefined, _} -> "";
                {File, Line} -> [?grey, " ", File, ":", integer_to_list(Line), ?reset]
            end,
    [atom_to_list(M), ".", atom_to_list(F), "/", integer_to_list(Arity), Where].
