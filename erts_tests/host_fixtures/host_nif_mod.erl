%% A module whose add/2 is a NIF stub the host replaces with install_nifs (runtime_services_test.cpp).
-module(host_nif_mod).
-export([add/2, remote_add/2, local_add/2, plain/0]).

add(_A, _B) -> erlang:nif_error(not_loaded).

%% Through the export: reaches the host native.
remote_add(A, B) -> ?MODULE:add(A, B).

%% A local call: the beam's own body (the stub).
local_add(A, B) -> add(A, B).

plain() -> plain.
