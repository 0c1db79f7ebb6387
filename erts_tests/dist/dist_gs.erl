-module(dist_gs).
-behaviour(gen_server).
-export([init/1, handle_call/3, handle_cast/2]).
init([]) -> {ok, #{}}.
handle_call(ping, _From, S) -> {reply, {pong, node()}, S}.
handle_cast(_, S) -> {noreply, S}.
