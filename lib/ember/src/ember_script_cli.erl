%% `ember script [--caps LIST] [--time-limit MS] FILE [ARG...]` (docs/scripts.md): runs main(Args) of
%% an escript-style source file as a script (ember_script:run/2), its output going to standard output
%% as it is written. Exit status: 0 when main returns, 1 when the script fails (the outcome is printed
%% to standard error), 3 on a deadlock (standard error names `deadlock`), 2 for a usage error.
%% Started by tools/ember/cmd_script.cpp as `-run ember_script_cli main -extra ...`.
-module(ember_script_cli).
-export([main/0]).

main() ->
    Status = try run(init:get_plain_arguments())
             catch throw:{usage, Message} ->
                 io:put_chars(standard_error, ["ember script: ", Message, "\n",
                                               "usage: ember script [--caps LIST] [--time-limit MS] FILE [ARG...]\n"]),
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
            io:format(standard_error, "ember script: deadlock: ~p~n", [Edges]),
            3;
        time_limit ->
            io:format(standard_error, "ember script: the time limit passed~n", []),
            1;
        {error, Reason} ->
            io:format(standard_error, "ember script: ~ts failed: ~tp~n", [File, Reason]),
            1
    end.

options(["--caps", List | Rest], Opts) ->
    Caps = [list_to_atom(C) || C <- string:lexemes(List, ","), C =/= "none"],
    Known = [capability_name(C) || C <- Caps],
    options(Rest, Opts#{capabilities => Known});
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

%% Compiles and loads the file as escript does a source script: a first line starting with #! and a
%% %%! line are skipped, the rest goes through the preprocessor (macros, includes, records), a missing
%% -module gets one named after the file, and main/1 is exported.
load(File) ->
    Fd = case file:open(File, [read]) of
             {ok, F} -> F;
             {error, Reason} -> throw({usage, io_lib:format("cannot read ~ts: ~ts", [File, file:format_error(Reason)])})
         end,
    StartLine = skip_header(Fd, 1, [shebang, emu_args]),
    {ok, Epp} = epp:open([{fd, Fd}, {name, File}, {location, StartLine}]),
    Forms = epp:parse_file(Epp),
    epp:close(Epp),
    ok = file:close(Fd),
    case [E || {error, E} <- Forms] of
        [] -> ok;
        Errors ->
            [io:format(standard_error, "~ts:~p: ~ts~n", [File, line(Loc), M:format_error(D)]) || {Loc, M, D} <- Errors],
            halt(1)
    end,
    Mod = case [M || {attribute, _, module, M} <- Forms] of
              [M | _] -> M;
              [] -> list_to_atom(filename:basename(File, filename:extension(File)))
          end,
    Forms1 = case [M || {attribute, _, module, M} <- Forms] of
                 [] -> [{attribute, StartLine, module, Mod}, {attribute, StartLine, export, [{main, 1}]} | Forms];
                 _ -> Forms
             end,
    case compile:forms(Forms1, [binary, return_errors, {source, File}]) of
        {ok, Mod, Beam} ->
            {module, Mod} = code:load_binary(Mod, File, Beam),
            Mod;
        {error, CompileErrors, _Warnings} ->
            [io:format(standard_error, "~ts:~p: ~ts~n", [F, line(Loc), M:format_error(D)])
             || {F, Es} <- CompileErrors, {Loc, M, D} <- Es],
            halt(1)
    end.

line({Line, _Col}) -> Line;
line(Line) -> Line.

%% Skips a first line starting with #! and then a %%! line (escript's header); the line number the
%% source goes on at.
skip_header(_Fd, Line, []) ->
    Line;
skip_header(Fd, Line, [Kind | Kinds]) ->
    {ok, Pos} = file:position(Fd, cur),
    Prefix = case Kind of shebang -> "#!"; emu_args -> "%%!" end,
    case io:get_line(Fd, '') of
        Text when is_list(Text) ->
            case lists:prefix(Prefix, Text) of
                true -> skip_header(Fd, Line + 1, Kinds);
                false -> {ok, _} = file:position(Fd, Pos), Line
            end;
        _ ->
            {ok, _} = file:position(Fd, Pos),
            Line
    end.
