%% The distribution's helper for funs of modules that are not loaded (scheduler/dist.cpp): a fun
%% that arrives from another node while its module is not loaded holds the connection's input until
%% the module is loaded through the code server, as erl's stub fun entries load it on the first call.
%% ember_dist:resume_input/1 is native (bifs/distribution.cpp): the connection to Node decodes its
%% held input again.
-module(ember_dist).
-export([load_fun_module/2]).

-spec load_fun_module(module(), node()) -> ok.
load_fun_module(Module, Node) ->
    _ = code:ensure_loaded(Module),
    ember_dist:resume_input(Node).
