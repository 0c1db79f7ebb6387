%% Measurement (not a timing): memory per idle process. Spawns N processes (default
%% 50,000) that block in receive, and prints the growth of erlang:memory(processes) per
%% process and process_info(P, memory) of one of them. Between phases it prints
%% "bench_idle_memory phase base|spawned" and pauses, so that tools/bench/run.sh can read
%% the OS process's VmRSS (/proc/PID/status; PID from the "os_pid" line) at each phase.
%%     -run bench_idle_memory main [N [PauseMs]]
-module(bench_idle_memory).
-export([main/0, main/1, run/2]).

main() -> main([]).
main(Args) ->
    Ints = [list_to_integer(A) || A <- Args],
    {N, Pause} = case Ints of
                     [] -> {50000, 1000};
                     [N0] -> {N0, 1000};
                     [N0, P0 | _] -> {N0, P0}
                 end,
    run(N, Pause),
    erlang:halt(0).

run(N, Pause) ->
    io:format("bench_idle_memory os_pid ~s~n", [os:getpid()]),
    garbage_collect(),
    M0 = erlang:memory(processes),
    io:format("bench_idle_memory phase base~n"),
    timer:sleep(Pause),
    Me = self(),
    One = spawn(fun() -> Me ! ready, idle() end),
    spawn_idle(N - 1, Me),
    Ready = wait_ready(N, 0),
    garbage_collect(),
    M1 = erlang:memory(processes),
    {memory, PInfo} = process_info(One, memory),
    io:format("bench_idle_memory phase spawned~n"),
    timer:sleep(Pause),
    io:format("bench_idle_memory bytes_per_process memory ~w process_info ~w~n",
              [(M1 - M0) div N, PInfo]),
    io:format("bench_idle_memory checksum ~w~n", [Ready]).

%% No list of pids is kept: it would be counted in our own heap.
spawn_idle(0, _) -> ok;
spawn_idle(K, Me) ->
    spawn(fun() -> Me ! ready, idle() end),
    spawn_idle(K - 1, Me).

idle() ->
    receive stop -> ok end.

wait_ready(0, Acc) -> Acc;
wait_ready(K, Acc) -> receive ready -> wait_ready(K - 1, Acc + 1) end.
