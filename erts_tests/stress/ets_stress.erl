%% ETS under concurrent traffic (bifs/ets_table.hpp locking): 16 writers and 16 readers on one table per
%% type, the owner dying while others use the table, and heir hand-over during traffic. Each test prints
%% "NAME: ok" or crashes with the reason; run with +S 1, 2 and 4 by CMake.
-module(ets_stress).
-export([main/1]).

main([Test]) ->
    Name = list_to_atom(Test),
    Result = run(Name),
    io:format("~s: ~p~n", [Test, Result]),
    erlang:halt(case Result of ok -> 0; _ -> 1 end).

run(traffic_set) -> traffic(set);
run(traffic_ordered_set) -> traffic(ordered_set);
run(traffic_bag) -> traffic(bag);
run(owner_death) -> repeat(4, fun owner_death/0);
run(heir) -> repeat(10, fun heir/0).

repeat(0, _) -> ok;
repeat(N, F) -> ok = F(), repeat(N - 1, F).

-define(WRITERS, 16).
-define(READERS, 16).
-define(OPS, 2000).

%% Writer W: inserts {{W, I}, I} for I in 1..OPS, deletes every third, bumps a shared counter each time
%% (set/ordered_set) or adds {shared, W, I} objects (bag). Readers walk, select and look up meanwhile.
traffic(Type) ->
    T = ets:new(stress, [Type, public, {write_concurrency, true}, {read_concurrency, true}]),
    case Type of bag -> ok; _ -> ets:insert(T, {counter, 0}) end,
    Me = self(),
    Writers = [spawn_link(fun() -> writer(T, Type, W), Me ! {done, self()} end) || W <- lists:seq(1, ?WRITERS)],
    Stop = make_ref(),
    Readers = [spawn_link(fun() -> reader(T, Type, Stop, 0), Me ! {done, self()} end) || _ <- lists:seq(1, ?READERS)],
    [receive {done, P} -> ok end || P <- Writers],
    [P ! Stop || P <- Readers],
    [receive {done, P} -> ok end || P <- Readers],
    Kept = ?OPS - ?OPS div 3,
    ok = check_writers(T, Type, Kept),
    ets:delete(T),
    ok.

writer(T, Type, W) ->
    lists:foreach(fun(I) ->
                          ets:insert(T, {{W, I}, I}),
                          case Type of
                              bag -> ets:insert(T, {{shared, W}, I});
                              _ -> ets:update_counter(T, counter, 1)
                          end,
                          case I rem 3 of 0 -> ets:delete(T, {W, I}); _ -> ok end
                  end, lists:seq(1, ?OPS)).

reader(T, Type, Stop, N) ->
    receive Stop -> ok
    after 0 ->
        case N rem 4 of
            0 -> [] = [X || {{_, _}, I} = X <- ets:lookup(T, {1, N rem ?OPS + 1}), I =/= N rem ?OPS + 1];
            1 when N rem 64 =:= 1 -> true = is_integer(ets:select_count(T, [{{{'_', '_'}, '$1'}, [{'>', '$1', 10}], [true]}]));
            1 -> [] = ets:select(T, [{{{0, N}, '_'}, [], ['$_']}]);
            2 -> ets:safe_fixtable(T, true), walk(T, ets:first(T), 0), ets:safe_fixtable(T, false);
            3 -> case Type of bag -> ok; _ -> [{counter, C}] = ets:lookup(T, counter), true = is_integer(C) end
        end,
        reader(T, Type, Stop, N + 1)
    end.

walk(_, '$end_of_table', N) -> N;
walk(T, K, N) when N < 200 -> walk(T, ets:next(T, K), N + 1);
walk(_, _, N) -> N.

check_writers(T, Type, Kept) ->
    Counts = [length(ets:select(T, [{{{W, '_'}, '_'}, [], [true]}])) || W <- lists:seq(1, ?WRITERS)],
    Expected = lists:duplicate(?WRITERS, Kept),
    Counts = Expected,
    case Type of
        bag ->
            Shared = [length(ets:lookup(T, {shared, W})) || W <- lists:seq(1, ?WRITERS)],
            Shared = lists:duplicate(?WRITERS, ?OPS);
        _ ->
            [{counter, C}] = ets:lookup(T, counter),
            C = ?WRITERS * ?OPS
    end,
    Size = ets:info(T, size),
    Size = ?WRITERS * Kept + case Type of bag -> ?WRITERS * ?OPS; _ -> 1 end,
    ok.

%% The owner dies while 16 processes use the table: each sees results, then badarg; the table is gone.
owner_death() ->
    Me = self(),
    Owner = spawn(fun() -> T = ets:new(stress, [set, public]), Me ! {tab, T}, receive die -> exit(die) end end),
    T = receive {tab, Tab} -> Tab end,
    Users = [spawn_link(fun() -> Me ! {used, self(), use_until_gone(T, U, 0, Me)} end) || U <- lists:seq(1, 16)],
    [receive {busy, P} -> ok end || P <- Users],
    Ref = monitor(process, Owner),
    Owner ! die,
    receive {'DOWN', Ref, _, _, die} -> ok end,
    undefined = ets:info(T, size),
    [receive {used, P, gone} -> ok end || P <- Users],
    ok.

use_until_gone(T, U, N, Parent) ->
    try
        ets:insert(T, {{U, N}, N}),
        [_] = ets:lookup(T, {U, N}),
        [N] = ets:select(T, [{{{U, N}, '$1'}, [], ['$1']}]),
        case N of 50 -> Parent ! {busy, self()}; _ -> ok end,
        case N rem 500 of 0 -> ets:select_count(T, [{{{U, '_'}, '_'}, [], [true]}]); _ -> ok end,
        use_until_gone(T, U, N + 1, Parent)
    catch error:badarg -> gone
    end.

%% Heir hand-over while writers insert: A (heir B) dies, B (heir C, set on transfer) dies, C owns the
%% table with every object the writers put in.
heir() ->
    Me = self(),
    C = spawn(fun() -> heir_proc(Me, none) end),
    B = spawn(fun() -> heir_proc(Me, C) end),
    A = spawn(fun() -> T = ets:new(stress, [ordered_set, public, {heir, B, from_a}]), Me ! {tab, T}, receive die -> ok end end),
    T = receive {tab, Tab} -> Tab end,
    Writers = [spawn_link(fun() -> [ets:insert(T, {{W, I}}) || I <- lists:seq(1, 500)], Me ! {written, self()} end) || W <- lists:seq(1, 16)],
    A ! die,
    receive {got, B, T, from_a} -> ok end,
    B ! die,
    receive {got, C, T, from_b} -> ok end,
    [receive {written, P} -> ok end || P <- Writers],
    true = ets:info(T, owner) =:= C,
    Size = ets:info(T, size),
    Size = 16 * 500,
    C ! die,
    wait_gone(T, 100).

heir_proc(Parent, Next) ->
    receive
        {'ETS-TRANSFER', T, _From, Data} ->
            case Next of none -> ok; _ -> ets:setopts(T, {heir, Next, from_b}) end,
            Parent ! {got, self(), T, Data},
            receive die -> ok end
    end.

wait_gone(_, 0) -> table_survived_owner;
wait_gone(T, N) ->
    case ets:info(T, size) of
        undefined -> ok;
        _ -> timer:sleep(5), wait_gone(T, N - 1)
    end.
