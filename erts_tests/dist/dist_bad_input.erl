%% Bad input over the distribution (erts_tests/dist/dist_accept.sh): a node made of gen_tcp does the
%% handshake with the target (erl or Ember, OTP's dist protocol), then sends one bad packet per
%% connection. The target must close that connection and nothing else: a fresh connection still
%% works, and the target still answers rpc from a real node.
-module(dist_bad_input).
-export([main/1]).

main([TargetS]) ->
    Target = list_to_atom(TargetS),
    Cookie = atom_to_list(erlang:get_cookie()),
    [TName, THost] = string:split(TargetS, "@"),
    Bad = [{"garbage byte", <<7>>},
           {"truncated term", <<112, 131, 104, 3, 97>>},
           {"unknown operation", [<<112>>, term_to_binary({99, foo})]},
           {"control message not a tuple", [<<112>>, term_to_binary(hello)]},
           {"send without a message", [<<112>>, term_to_binary({2, '', self_pid})]},
           {"atom cache header", <<131, $D, 0>>}],
    [begin
         S = handshake(TName, THost, Cookie),
         ok = gen_tcp:send(S, Packet),
         Closed = case gen_tcp:recv(S, 0, 5000) of
                      {error, closed} -> closed;
                      {ok, <<>>} -> recv_until_closed(S);
                      Other -> Other
                  end,
         io:format("~s: ~p~n", [What, Closed])
     end || {What, Packet} <- Bad],
    S2 = handshake(TName, THost, Cookie),
    ok = gen_tcp:send(S2, <<>>),  % a tick
    io:format("a good connection after them: ~p~n", [is_port(S2)]),
    gen_tcp:close(S2),
    io:format("rpc still answers: ~p~n", [rpc:call(Target, erlang, node, []) =:= Target]),
    halt().

recv_until_closed(S) ->
    case gen_tcp:recv(S, 0, 5000) of
        {ok, _} -> recv_until_closed(S);
        {error, closed} -> closed;
        Other -> Other
    end.

%% The initiating side of the OTP 23+ handshake, as a hidden node (dist_util).
handshake(TName, THost, Cookie) ->
    {ok, E} = gen_tcp:connect("localhost", 4369, [binary, {active, false}, {packet, 0}]),
    NB = list_to_binary(TName),
    ok = gen_tcp:send(E, <<(1 + byte_size(NB)):16, $z, NB/binary>>),
    {ok, <<$w, 0, Port:16, _/binary>>} = gen_tcp:recv(E, 0, 5000),
    gen_tcp:close(E),
    {ok, S} = gen_tcp:connect(THost, Port, [binary, {active, false}, {packet, 2}]),
    Me = list_to_binary("bad_input_" ++ os:getpid() ++ "_" ++ integer_to_list(erlang:unique_integer([positive])) ++ "@" ++ THost),
    Flags = 16#D075F5FBC,  % erl 25's offer less the atom cache and fragments, not published
    ok = gen_tcp:send(S, [<<$N, Flags:64, 1:32, (byte_size(Me)):16>>, Me]),
    {ok, <<$s, "ok">>} = gen_tcp:recv(S, 0, 5000),
    {ok, <<$N, _:64, Challenge:32, _:32, NL:16, _:NL/binary>>} = gen_tcp:recv(S, 0, 5000),
    ok = gen_tcp:send(S, [<<$r, 42:32>>, erlang:md5([Cookie | integer_to_list(Challenge)])]),
    {ok, <<$a, _:16/binary>>} = gen_tcp:recv(S, 0, 5000),
    ok = inet:setopts(S, [{packet, 4}]),
    S.
