%% A NIF module as usually written: -on_load loads the library, stubs raise not_loaded. The host installs
%% mul/2 with install_nifs before loading it (runtime_services_test.cpp): load_nif then succeeds.
-module(host_nif_onload).
-export([mul/2, square/1]).
-on_load(init/0).

init() -> erlang:load_nif("./host_nif_onload", 0).

mul(_A, _B) -> erlang:nif_error(not_loaded).

square(X) -> ?MODULE:mul(X, X).
