%% Escript-style source text to a loaded module, for `ember script` (ember_script_cli) and
%% ember::ScriptHost (docs/scripts.md). As escript does for a source script: a first line starting with
%% #! and then a %%! line are skipped, the rest goes through the preprocessor (macros, records,
%% includes relative to the file's directory), a missing -module gets the default name and main/1 is
%% exported, and OTP's compiler (running on Ember) compiles it.
%%
%% The text is read by epp through a small I/O device process holding it (string_device/1), so source
%% that is not in a file needs no temporary file.
-module(ember_script_source).
-export([load/3, compile/3]).

%% Compiles and loads Text. Name is the file name used in messages and for includes.
-spec load(binary(), file:filename(), atom()) -> {ok, module()} | {error, [{string(), integer(), string()}]}.
load(Text, Name, DefaultModule) ->
    case compile(Text, Name, DefaultModule) of
        {ok, Mod, Beam} ->
            case code:load_binary(Mod, Name, Beam) of
                {module, Mod} -> {ok, Mod};
                {error, Reason} -> {error, [{Name, 0, io_lib:format("cannot load ~p: ~p", [Mod, Reason])}]}
            end;
        Error ->
            Error
    end.

%% {ok, Module, Beam} or {error, [{File, Line, Message}]} (the preprocessor's and compiler's errors).
-spec compile(binary(), file:filename(), atom()) ->
          {ok, module(), binary()} | {error, [{string(), integer(), string()}]}.
compile(Text, Name, DefaultModule) when is_binary(Text) ->
    {Body, StartLine} = skip_header(Text, 1, [<<"#!">>, <<"%%!">>]),
    Device = string_device(Body),
    try
        {ok, Epp} = epp:open([{fd, Device}, {name, Name}, {location, StartLine},
                              {includes, [filename:dirname(Name)]}]),
        Forms = epp:parse_file(Epp),
        epp:close(Epp),
        case [{Name, line(Loc), lists:flatten(M:format_error(D))} || {error, {Loc, M, D}} <- Forms] of
            [] -> compile_forms(Forms, Name, DefaultModule, StartLine);
            Errors -> {error, Errors}
        end
    after
        unlink(Device),
        exit(Device, kill)
    end.

compile_forms(Forms, Name, DefaultModule, StartLine) ->
    {Mod, Forms1} = case [M || {attribute, _, module, M} <- Forms] of
                        [M | _] -> {M, Forms};
                        [] -> {DefaultModule, [{attribute, StartLine, module, DefaultModule},
                                               {attribute, StartLine, export, [{main, 1}]} | Forms]}
                    end,
    %% No source name: the compiler would ask the file server for the current directory (there is none
    %% on the minimal boot) to record the source's absolute name. Errors name the file here.
    case compile:forms(Forms1, [binary, return_errors, {source, ""}]) of
        {ok, Mod, Beam} ->
            {ok, Mod, Beam};
        error ->
            {error, [{Name, 0, "internal compiler error"}]};
        {error, Errors, _Warnings} ->
            {error, [{Name, line(Loc), lists:flatten(M:format_error(D))} || {_, Es} <- Errors, {Loc, M, D} <- Es]}
    end.

line({Line, _Col}) -> Line;
line(Line) when is_integer(Line) -> Line;
line(_) -> 0.

%% Drops a first line starting with #! and then a %%! line; the line number the text goes on at.
skip_header(Text, Line, []) ->
    {Text, Line};
skip_header(Text, Line, [Prefix | Prefixes]) ->
    case binary:longest_common_prefix([Text, Prefix]) =:= byte_size(Prefix) of
        true ->
            Rest = case binary:split(Text, <<"\n">>) of
                       [_, After] -> After;
                       [_] -> <<>>
                   end,
            skip_header(Rest, Line + 1, Prefixes);
        false ->
            {Text, Line}
    end.

%% ---- an I/O device over a binary (what epp reads) ---------------------------------------------------
%% Serves the io requests epp makes (get_until with erl_scan, get_chars, get_line, getopts, setopts)
%% and file:position/2. The text is UTF-8; positions count bytes.

string_device(Text) ->
    spawn_link(fun() -> device_loop(Text, 0, unicode, false) end).

device_loop(Text, Pos, Enc, Binary) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Pos1, Enc1, Binary1} = io_request(Request, Text, Pos, Enc, Binary),
            From ! {io_reply, ReplyAs, Reply},
            device_loop(Text, Pos1, Enc1, Binary1);
        {file_request, From, ReplyAs, {position, At}} ->
            {Reply, Pos1} = position(At, Pos, byte_size(Text)),
            From ! {file_reply, ReplyAs, Reply},
            device_loop(Text, Pos1, Enc, Binary);
        {file_request, From, ReplyAs, close} ->
            From ! {file_reply, ReplyAs, ok};
        {file_request, From, ReplyAs, _} ->
            From ! {file_reply, ReplyAs, {error, enotsup}},
            device_loop(Text, Pos, Enc, Binary)
    end.

position(cur, Pos, _) -> {{ok, Pos}, Pos};
position(bof, _, _) -> {{ok, 0}, 0};
position(eof, _, Size) -> {{ok, Size}, Size};
position(N, _, Size) when is_integer(N), N >= 0 -> {{ok, min(N, Size)}, min(N, Size)};
position({bof, N}, Pos, Size) -> position(N, Pos, Size);
position({cur, N}, Pos, Size) -> position(Pos + N, Pos, Size);
position(_, Pos, _) -> {{error, einval}, Pos}.

io_request({get_until, _Enc, _Prompt, M, F, A}, Text, Pos, Enc, Bin) ->
    Rest = rest(Text, Pos, Enc),
    {Result, Left} = case apply(M, F, [[], chars(Rest, Enc) | A]) of
                         {done, R, Left0} -> {R, Left0};
                         {more, Cont} ->
                             case apply(M, F, [Cont, eof | A]) of
                                 {done, R, Left0} -> {R, Left0};
                                 _ -> {eof, []}
                             end
                     end,
    LeftBytes = byte_size(encode(Left, Enc)),
    {Result, byte_size(Text) - LeftBytes, Enc, Bin};
io_request({get_chars, _Enc, _Prompt, N}, Text, Pos, Enc, Bin) ->
    case rest(Text, Pos, Enc) of
        <<>> -> {eof, Pos, Enc, Bin};
        Rest ->
            Take = binary:part(Rest, 0, min(N, byte_size(Rest))),
            {result(Take, Enc, Bin), Pos + byte_size(Take), Enc, Bin}
    end;
io_request({get_line, _Enc, _Prompt}, Text, Pos, Enc, Bin) ->
    case rest(Text, Pos, Enc) of
        <<>> -> {eof, Pos, Enc, Bin};
        Rest ->
            Line = case binary:match(Rest, <<"\n">>) of
                       {At, 1} -> binary:part(Rest, 0, At + 1);
                       nomatch -> Rest
                   end,
            {result(Line, Enc, Bin), Pos + byte_size(Line), Enc, Bin}
    end;
io_request(getopts, _Text, Pos, Enc, Bin) ->
    {[{binary, Bin}, {encoding, Enc}], Pos, Enc, Bin};
io_request({setopts, Opts}, _Text, Pos, Enc, Bin) ->
    Enc1 = proplists:get_value(encoding, Opts, Enc),
    Bin1 = case {proplists:get_bool(binary, Opts), proplists:get_bool(list, Opts)} of
               {true, _} -> true;
               {_, true} -> false;
               _ -> Bin
           end,
    {ok, Pos, Enc1, Bin1};
io_request(_, _Text, Pos, Enc, Bin) ->
    {{error, request}, Pos, Enc, Bin}.

rest(Text, Pos, _Enc) -> binary:part(Text, Pos, byte_size(Text) - Pos).

chars(Bytes, latin1) -> binary_to_list(Bytes);
chars(Bytes, _) ->
    case unicode:characters_to_list(Bytes, utf8) of
        L when is_list(L) -> L;
        _ -> binary_to_list(Bytes)
    end.

encode(Chars, latin1) when is_list(Chars) -> list_to_binary([C band 255 || C <- Chars]);
encode(Chars, _) when is_list(Chars) ->
    case unicode:characters_to_binary(Chars) of
        B when is_binary(B) -> B;
        _ -> <<>>
    end;
encode(_, _) -> <<>>.

result(Bytes, _Enc, true) -> Bytes;
result(Bytes, Enc, false) -> chars(Bytes, Enc).
