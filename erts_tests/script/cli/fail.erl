-module(fail).
-export([main/1]).
main(_) -> io:format("before~n"), error(boom).
