%% Run on erl at build time: writes every BIF (erlang:is_builtin/3) that the beams of OTP's erts,
%% kernel, stdlib and compiler applications import, one "M F A" line each, sorted.
-module(otp_bif_imports).
-export([main/1]).

main([Out]) ->
    Root = code:root_dir(),
    Lib = filename:join(Root, "lib"),
    Dirs = [filename:join([Lib, D, "ebin"])
            || D <- filelib:wildcard("{erts,kernel,stdlib,compiler}-*", Lib)],
    Beams = lists:append([filelib:wildcard(filename:join(D, "*.beam")) || D <- Dirs]),
    Imports = lists:usort(lists:append([imports(B) || B <- Beams])),
    Bifs = [MFA || {M, F, A} = MFA <- Imports, erlang:is_builtin(M, F, A)],
    Text = [io_lib:format("~s ~s ~w~n", [M, F, A]) || {M, F, A} <- Bifs],
    ok = file:write_file(Out, Text),
    halt(0).

imports(Beam) ->
    {ok, {_, [{imports, Imports}]}} = beam_lib:chunks(Beam, [imports]),
    Imports.
