%% erlang:spawn/1 needs the process capability; ember_script:spawn/1 does not.
main(_) ->
    H = ember_script:spawn(fun() -> 1 end),
    io:format("~p~n", [ember_script:await(H)]),
    spawn(fun() -> ok end).
