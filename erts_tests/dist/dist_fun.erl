%% A module the server node of dist_client.erl has on its path but not loaded: a fun of it arrives
%% there and loads it when first called.
-module(dist_fun).
-export([make/1]).

make(X) -> fun(Y) -> {X, Y, node()} end.
