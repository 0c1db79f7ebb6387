%% Found through RuntimeConfig::code_path (not loaded by the host): erts_tests/runtime_test.cpp.
-module(host_lazy).
-export([answer/0]).

answer() -> 42.
