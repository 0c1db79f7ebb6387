%% ember script --mock-time sleepers.erl: 100 concurrent sleep(1000) end at virtual time 1000.
main(_) ->
    Hs = [ember_script:spawn(fun() -> ember_script:sleep(1000), ember_script:now() end) || _ <- lists:seq(1, 100)],
    io:format("~p~n", [lists:usort([ember_script:await(H) || H <- Hs])]).
