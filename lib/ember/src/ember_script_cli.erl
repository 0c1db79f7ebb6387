%% `ember script [--fs-root DIR] [--mock-time] [--caps LIST] [--time-limit MS] FILE [ARG...]` (docs/scripts.md): runs main(Args) of
%% an escript-style source file as a script (ember_script:run/2), its output going to standard output
%% as it is written. Exit status: 0 when main returns, 1 when the script fails (the outcome is printed
%% to standard error), 3 on a deadlock (standard error names `deadlock`), 2 for a usage error.
%% Started by tools/ember/cmd_script.cpp on the minimal boot as `-run ember_script_cli main -extra ...`
%% (there is no standard_error process there: messages go to the OS's stderr through ember_io).
-module(ember_script_cli).
-export([main/0]).

main() ->
    Status = try run(init:get_plain_arguments())
             catch throw:{usage, Message} ->
                 err("ember script: ~ts~nusage: ember script [--fs-root DIR] [--mock-time] [--caps LIST] "
                     "[--time-limit MS] FILE [ARG...]~n", [Message]),
                 2
             end,
    halt(Status).

run(Argv) ->
    {Options, File, Args} = options(Argv, #{}),
    Mod = load(File),
    Outcome = ember_script:run(fun() -> Mod:main(Args) end, Options#{echo => true}),
    case maps:get(outcome, Outcome) of
        {ok, _} ->
            0;
        {deadlock, Edges} ->
            err("ember script: deadlock: ~p~n", [Edges]),
            3;
        time_limit ->
            err("ember script: the time limit passed~n", []),
            1;
        memory_limit ->
            err("ember script: a process passed the memory limit~n", []),
            1;
        {error, Reason} ->
            err("ember script: ~ts failed: ~tp~n", [File, Reason]),
            1
    end.

options(["--caps", List | Rest], Opts) ->
    Caps = [list_to_atom(C) || C <- string:lexemes(List, ","), C =/= "none"],
    Known = [capability_name(C) || C <- Caps],
    options(Rest, Opts#{capabilities => Known});
options(["--fs-root", Dir | Rest], Opts) ->
    case prim_file:read_file_info(Dir) of
        {ok, {file_info, _, directory, _, _, _, _, _, _, _, _, _, _, _}} -> options(Rest, Opts#{fs_root => Dir});
        _ -> throw({usage, "--fs-root " ++ Dir ++ " is not a directory"})
    end;
options(["--mock-time" | Rest], Opts) ->
    options(Rest, Opts#{virtual_time => true});
options(["--time-limit", Ms | Rest], Opts) ->
    case catch list_to_integer(Ms) of
        N when is_integer(N), N >= 0 -> options(Rest, Opts#{time_limit_ms => N});
        _ -> throw({usage, "--time-limit takes milliseconds"})
    end;
options(["--" ++ _ = Flag | _], _Opts) ->
    throw({usage, "unknown option " ++ Flag});
options([File | Args], Opts) ->
    {Opts, File, Args};
options([], _Opts) ->
    throw({usage, "missing file name"}).

capability_name(C) ->
    case lists:member(C, [process, clock, entropy, file_read, network, os_process, native_code, code_load,
                          system, io, file_write, ets_shared]) of
        true -> C;
        false -> throw({usage, "unknown capability " ++ atom_to_list(C)})
    end.

%% Compiles and loads the file (ember_script_source): the module is named after the file when the
%% source has no -module.
load(File) ->
    Text = case prim_file:read_file(File) of  % no file server on the minimal boot
               {ok, T} -> T;
               {error, Reason} -> throw({usage, io_lib:format("cannot read ~ts: ~ts", [File, file:format_error(Reason)])})
           end,
    Default = list_to_atom(filename:basename(File, filename:extension(File))),
    case ember_script_source:load(Text, File, Default) of
        {ok, Mod} ->
            Mod;
        {error, Errors} ->
            [err("~ts:~p: ~ts~n", [F, Line, Message]) || {F, Line, Message} <- Errors],
            halt(1)
    end.

err(Format, Args) ->
    ember_io:write(2, unicode:characters_to_binary(io_lib:format(Format, Args))).
