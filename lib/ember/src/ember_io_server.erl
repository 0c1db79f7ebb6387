%% Ember's standard I/O server: the group leader of every process the `ember` command starts. It speaks
%% the Erlang I/O protocol (OTP stdlib doc "The Erlang I/O Protocol"): {io_request, From, ReplyAs,
%% Request} in, {io_reply, ReplyAs, Reply} out. Output goes to the OS's stdout through ember_io:write/2.
-module(ember_io_server).
-export([start/0, init/0]).

start() ->
    spawn(?MODULE, init, []).

init() ->
    loop(unicode).

loop(Encoding) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Encoding1} = request(Request, Encoding),
            From ! {io_reply, ReplyAs, Reply},
            loop(Encoding1);
        _Other ->
            loop(Encoding)
    end.

request({put_chars, Enc, Chars}, Encoding) ->
    {put_chars(Enc, Chars), Encoding};
request({put_chars, Enc, M, F, A}, Encoding) ->
    try apply(M, F, A) of
        Chars -> {put_chars(Enc, Chars), Encoding}
    catch
        _:_ -> {{error, F}, Encoding}
    end;
request({put_chars, Chars}, Encoding) ->
    {put_chars(latin1, Chars), Encoding};
request({put_chars, M, F, A}, Encoding) ->
    request({put_chars, latin1, M, F, A}, Encoding);
request({requests, Requests}, Encoding) ->
    requests(Requests, {ok, Encoding});
request({setopts, Opts}, Encoding) ->
    case proplists:get_value(encoding, Opts) of
        undefined -> {ok, Encoding};
        Enc -> {ok, Enc}
    end;
request(getopts, Encoding) ->
    {[{binary, false}, {encoding, Encoding}], Encoding};
request({get_geometry, _}, Encoding) ->
    {{error, enotsup}, Encoding};
request({get_chars, _Enc, _Prompt, _N}, Encoding) ->
    {eof, Encoding};
request({get_line, _Enc, _Prompt}, Encoding) ->
    {eof, Encoding};
request({get_until, _Enc, _Prompt, _M, _F, _A}, Encoding) ->
    {eof, Encoding};
request(_Other, Encoding) ->
    {{error, request}, Encoding}.

requests([], {Reply, Encoding}) ->
    {Reply, Encoding};
requests([R | Rs], {ok, Encoding}) ->
    requests(Rs, request(R, Encoding));
requests(_, Result) ->
    Result.

put_chars(unicode, Chars) ->
    case unicode:characters_to_binary(Chars, unicode, unicode) of
        Bin when is_binary(Bin) -> ember_io:write(1, Bin);
        _ -> {error, badarg}
    end;
put_chars(latin1, Chars) ->
    case catch unicode:characters_to_binary(Chars, latin1, unicode) of
        Bin when is_binary(Bin) -> ember_io:write(1, Bin);
        _ -> {error, badarg}
    end.
