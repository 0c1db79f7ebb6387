%% Benchmark: ETS insert, lookup and select on a set and an ordered_set of 100,000 keys, plus
%% ets:update_counter from 8 processes on one public table. In-VM time of the work is printed.
-module(bench_ets).
-export([main/0, main/1]).

-define(KEYS, 100000).

main(_) -> main().
main() ->
    T0 = erlang:monotonic_time(millisecond),
    A = table(set),
    B = table(ordered_set),
    C = counters(8, 50000),
    T1 = erlang:monotonic_time(millisecond),
    io:format("bench_ets work_ms ~w~n", [T1 - T0]),
    io:format("bench_ets checksum ~w~n", [(A + B + C) rem 1000000007]),
    erlang:halt(0).

table(Type) ->
    T = ets:new(bench, [Type, public]),
    [ets:insert(T, {K, K * 2, <<"value">>}) || K <- keys()],
    Hits = lists:foldl(fun(K, Acc) -> [{_, V, _}] = ets:lookup(T, K), Acc + V end, 0, keys()),
    Sel = length(ets:select(T, [{{'$1', '$2', '_'}, [{'<', '$1', 20000}], ['$2']}])),
    Cnt = ets:select_count(T, [{{'$1', '_', '_'}, [{'>', '$1', 50000}], [true]}]),
    Iter = walk(T, ets:first(T), 0),
    ets:delete(T),
    Hits + Sel + Cnt + Iter.

%% A pseudo-random permutation of 1..KEYS (so ordered_set inserts are not in order).
keys() -> [(K * 7919) rem ?KEYS + 1 || K <- lists:seq(1, ?KEYS)].

walk(_, '$end_of_table', N) -> N;
walk(T, K, N) -> walk(T, ets:next(T, K), N + 1).

counters(Procs, Incrs) ->
    T = ets:new(counters, [set, public, {write_concurrency, true}]),
    ets:insert(T, [{I, 0} || I <- lists:seq(1, 16)]),
    Self = self(),
    Pids = [spawn_link(fun() ->
                               [ets:update_counter(T, (I + P) rem 16 + 1, 1) || I <- lists:seq(1, Incrs)],
                               Self ! {done, self()}
                       end) || P <- lists:seq(1, Procs)],
    [receive {done, Pid} -> ok end || Pid <- Pids],
    Total = lists:sum([V || {_, V} <- ets:tab2list(T)]),
    ets:delete(T),
    Total.
