%% Benchmark: erlang-p1-sqlite3's sqlite3_drv port driver (docs/drivers.md): 20,000 inserts through a
%% prepared statement (bind/next/reset: three port_control round trips each, answered from the
%% driver's async thread) in one transaction of an in-memory database, then a query over them.
%% In-VM time of the work is printed.
-module(bench_sqlite3_drv).
-export([main/0, main/1]).

main(_) -> main().
main() ->
    {ok, Db} = sqlite3:open(anonymous, [in_memory]),
    ok = sqlite3:sql_exec(Db, "create table t (i integer primary key, s text, f real)"),
    {ok, S} = sqlite3:prepare(Db, "insert into t values (?, ?, ?)"),
    T0 = erlang:monotonic_time(millisecond),
    ok = sqlite3:sql_exec(Db, "begin"),
    insert(Db, S, 1, 20000),
    ok = sqlite3:sql_exec(Db, "commit"),
    [{columns, _}, {rows, [{Count, Sum, Len}]}] =
        sqlite3:sql_exec(Db, "select count(*), sum(i), sum(length(s)) from t"),
    T1 = erlang:monotonic_time(millisecond),
    ok = sqlite3:finalize(Db, S),
    sqlite3:close(Db),
    io:format("bench_sqlite3_drv work_ms ~w~n", [T1 - T0]),
    io:format("bench_sqlite3_drv checksum ~w~n", [Count + Sum + Len]),
    erlang:halt(0).

insert(_, _, I, N) when I > N -> ok;
insert(Db, S, I, N) ->
    ok = sqlite3:bind(Db, S, [I, integer_to_list(I * 7919), I / 4]),
    done = sqlite3:next(Db, S),
    ok = sqlite3:reset(Db, S),
    insert(Db, S, I + 1, N).
