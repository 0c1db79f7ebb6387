%% ember script --fs-root files readfile.erl: reads under the root, is refused outside it.
main(_) ->
    {ok, Text} = ember_script:read_file("greeting.txt"),
    io:format("~s", [Text]),
    io:format("~p~n", [ember_script:read_file("../hello.erl")]),
    io:format("~p~n", [ember_script:list_dir(".")]).
