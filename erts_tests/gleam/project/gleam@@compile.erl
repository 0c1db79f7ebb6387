#!/usr/bin/env escript
%% The shape of the Gleam build tool's compile server (gleam-lang/gleam
%% compiler-cli/templates/gleam@@compile.erl), written for Ember's acceptance test: `gleam build` runs
%% it with `escript` and writes one Erlang term per line on its stdin, {LibDir, OutDir, Files}; the
%% files (.erl sources, and .abstr files holding term_to_binary'd abstract forms) are compiled by one
%% worker process per scheduler, and the result is reported as gleam-compile-module:NAME lines and
%% gleam-compile-result-ok | gleam-compile-result-error.
-mode(compile).

main(_) ->
    ok = io:setopts([binary, {encoding, utf8}]),
    loop().

loop() ->
    case io:get_line("") of
        eof -> ok;
        Line ->
            {ok, Tokens, _} = erl_scan:string(unicode:characters_to_list(Line)),
            {ok, {Lib, Out, Files}} = erl_parse:parse_term(Tokens),
            case compile_package(Lib, Out, Files) of
                {ok, Names} ->
                    [io:put_chars(["gleam-compile-module:", atom_to_list(N), "\n"]) || N <- Names],
                    io:put_chars("gleam-compile-result-ok\n");
                error ->
                    io:put_chars("gleam-compile-result-error\n")
            end,
            loop()
    end.

compile_package(Lib, Out, Files) ->
    ok = filelib:ensure_dir([Out, $/]),
    Paths = filelib:wildcard([Lib, "/*/ebin"]),
    ok = code:add_paths(Paths),
    Parent = self(),
    Workers = erlang:system_info(schedulers),
    [spawn_link(fun() -> worker(Parent, Out) end) || _ <- lists:seq(1, Workers)],
    ok = hand_out(Files, Workers),
    Result = collect(true, []),
    [code:del_path(P) || P <- Paths],
    case Result of
        {true, Names} -> {ok, lists:usort(Names)};
        {false, _} -> error
    end.

hand_out([], 0) -> ok;
hand_out([], Workers) ->
    receive {work_please, _} -> hand_out([], Workers - 1) end;
hand_out([File | Files], Workers) ->
    receive {work_please, Worker} -> Worker ! {file, File}, hand_out(Files, Workers) end.

collect(Ok, Names) ->
    receive
        {compiled, Name} -> collect(Ok, [Name | Names]);
        failed -> collect(false, Names)
    after 0 -> {Ok, Names}
    end.

worker(Parent, Out) ->
    Options = [report_errors, report_warnings, debug_info, {outdir, Out}],
    Parent ! {work_please, self()},
    receive
        {file, File} ->
            Parent ! case filename:extension(File) of
                         ".erl" ->
                             case compile:file(File, Options) of
                                 {ok, Name} -> {compiled, Name};
                                 error -> failed
                             end;
                         ".abstr" ->
                             {ok, Bin} = file:read_file(File),
                             case compile:forms(binary_to_term(Bin), Options) of
                                 {ok, Name, Beam} ->
                                     ok = file:write_file(filename:join(Out, atom_to_list(Name) ++ ".beam"), Beam),
                                     {compiled, Name};
                                 error -> failed
                             end
                     end,
            worker(Parent, Out)
    end.
