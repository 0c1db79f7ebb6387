%% Guest side of the capability tests (erts_tests/capabilities_test.cpp, docs/capabilities.md). The
%% host hands in the registry's rows; these functions call each native from processes that lack its
%% capability and report what happened as plain terms the host checks.
-module(caps_probe).
-export([bif_op/0, all/0, sweep/1, row_child/2, direct/0, direct_child/1, dynamic/0, fuzz/2, fuzz_child/3,
         capabilities_of_child/2]).
-include_lib("kernel/include/file.hrl").

all() ->
    [process, clock, entropy, file_read, network, os_process, native_code, code_load, system, io,
     file_write, ets_shared].

%% The outcome of a call caught with catch, with a denial reduced to {denied, Cap, MFA}.
outcome({'EXIT', {{capability_denied, Cap, MFA}, _Trace}}) -> {denied, Cap, MFA};
outcome({'EXIT', {Reason, _Trace}}) -> {error, Reason};
outcome({'EXIT', Reason}) -> {exit, Reason};
outcome(Value) -> {value, Value}.

%% ---- the registry sweep ----------------------------------------------------------------------------

%% Rows: [{M, F, A, Cap, Kind}], Kind = export (an exported BIF) | nif (reached through the public
%% function that calls it). For each row a child without Cap calls the native through apply/3, an export
%% fun and (exported rows) a spawn of the MFA itself. Returns {Failures, DenialDeltas}: every result that
%% is not {denied, Cap, {M, F, A}}, and the growth of ember:capability_denials() over the sweep.
sweep(Rows) ->
    Path = scratch_file(),
    ok = prim_file:write_file(Path, <<"caps_probe">>),
    {ok, Fd} = prim_file:open(Path, [read, write, binary]),
    Before = ember:capability_denials(),
    Failures = lists:flatmap(fun(Row) -> run_row(Row, Fd, Path) end, Rows),
    After = ember:capability_denials(),
    _ = prim_file:close(Fd),
    _ = prim_file:delete(Path),
    Delta = lists:sort([{K, V - maps:get(K, Before)} || {K, V} <- maps:to_list(After)]),
    {Failures, Delta}.

run_row({M, F, A, Cap, Kind} = Row, Fd, Path) ->
    Caps = all() -- [Cap],
    Expected = {denied, Cap, {M, F, A}},
    Before = maps:get(Cap, ember:capability_denials()),
    {Pid, Ref} = spawn_opt(?MODULE, row_child, [Row, {Fd, Path}], [monitor, {capabilities, Caps}]),
    Child = receive
                {'DOWN', Ref, process, Pid, {results, Results}} ->
                    [{Row, Mode, Got} || {Mode, Got} <- Results, Got =/= Expected, not wrapped(Kind, Got)];
                {'DOWN', Ref, process, Pid, Other} -> [{Row, crashed, Other}]
            after 10000 -> [{Row, timeout}]
            end,
    Spawned = case Kind of
                  export ->
                      %% The spawned process runs the native as its first call.
                      Args = lists:duplicate(A, probe_arg),
                      {P2, R2} = spawn_opt(M, F, Args, [monitor, {capabilities, Caps}]),
                      receive
                          {'DOWN', R2, process, P2, {{capability_denied, Cap, {M, F, A}}, _}} -> [];
                          {'DOWN', R2, process, P2, Other2} -> [{Row, spawn, Other2}]
                      after 10000 -> [{Row, spawn, timeout}]
                      end;
                  nif -> []
              end,
    %% Exactly one denial per call path, counted against Cap.
    Count = maps:get(Cap, ember:capability_denials()) - Before,
    Want = case Kind of export -> 3; nif -> 1 end,
    Child ++ Spawned ++ [{Row, denials, Count} || Count =/= Want].

%% prim_file's public functions turn any error of their NIF into {error, badarg} (try ... catch in
%% prim_file.erl): the denial happened (the count says so), the caller sees the wrapper's answer.
wrapped(nif, {value, {error, badarg}}) -> true;
wrapped(_, _) -> false.

row_child({M, F, A, _Cap, export}, _) ->
    Args = lists:duplicate(A, probe_arg),
    Apply = outcome(catch erlang:apply(M, F, Args)),
    Fun = outcome(catch erlang:apply(erlang:make_fun(M, F, A), Args)),
    exit({results, [{apply, Apply}, {'fun', Fun}]});
row_child({M, F, A, _Cap, nif}, {{file_descriptor, prim_file, Data}, Path}) ->
    %% The handle's Erlang side names its controlling process; this child takes it over so that
    %% prim_file's wrapper goes on to the NIF (where the check is).
    Fd = {file_descriptor, prim_file, Data#{owner => self()}},
    case lists:keyfind({M, F, A}, 1, nif_paths(Fd, Path)) of
        {_, Call} -> exit({results, [{wrapper, outcome(catch Call())}]});
        false -> exit({results, [{wrapper, no_guest_path}]})
    end.

%% The public prim_file function that reaches each file NIF (OTP 25 prim_file.erl). delayed_close_nif/1
%% is only called by prim_file's own helper process.
nif_paths(Fd, Path) ->
    Dir = Path ++ ".d",
    [{{prim_file, open_nif, 2}, fun() -> prim_file:open(Path, [read]) end},
     {{prim_file, close_nif, 1}, fun() -> prim_file:close(Fd) end},
     {{prim_file, read_nif, 2}, fun() -> prim_file:read(Fd, 1) end},
     {{prim_file, write_nif, 2}, fun() -> prim_file:write(Fd, <<"x">>) end},
     {{prim_file, pread_nif, 3}, fun() -> prim_file:pread(Fd, 0, 1) end},
     {{prim_file, pwrite_nif, 3}, fun() -> prim_file:pwrite(Fd, 0, <<"x">>) end},
     {{prim_file, seek_nif, 3}, fun() -> prim_file:position(Fd, 0) end},
     {{prim_file, sync_nif, 2}, fun() -> prim_file:sync(Fd) end},
     {{prim_file, truncate_nif, 1}, fun() -> prim_file:truncate(Fd) end},
     {{prim_file, allocate_nif, 3}, fun() -> prim_file:allocate(Fd, 0, 1) end},
     {{prim_file, advise_nif, 4}, fun() -> prim_file:advise(Fd, 0, 1, normal) end},
     {{prim_file, read_handle_info_nif, 1}, fun() -> prim_file:read_handle_info(Fd) end},
     {{prim_file, ipread_s32bu_p32bu_nif, 3}, fun() -> prim_file:ipread_s32bu_p32bu(Fd, 0, 1) end},
     {{prim_file, read_file_nif, 1}, fun() -> prim_file:read_file(Path) end},
     {{prim_file, get_handle_nif, 1}, fun() -> prim_file:get_handle(Fd) end},
     {{prim_file, file_desc_to_ref_nif, 1}, fun() -> prim_file:file_desc_to_ref(0, [read]) end},
     {{prim_file, read_info_nif, 2}, fun() -> prim_file:read_file_info(Path) end},
     {{prim_file, set_permissions_nif, 2}, fun() -> prim_file:write_file_info(Path, #file_info{mode = 8#644}) end},
     {{prim_file, set_owner_nif, 3}, fun() -> prim_file:write_file_info(Path, #file_info{uid = 0, gid = 0}) end},
     {{prim_file, set_time_nif, 4},
      fun() -> T = {{2020, 1, 1}, {0, 0, 0}}, prim_file:write_file_info(Path, #file_info{atime = T, mtime = T, ctime = T}) end},
     {{prim_file, read_link_nif, 1}, fun() -> prim_file:read_link(Path) end},
     {{prim_file, list_dir_nif, 1}, fun() -> prim_file:list_dir("/") end},
     {{prim_file, rename_nif, 2}, fun() -> prim_file:rename(Dir, Dir ++ "x") end},
     {{prim_file, make_hard_link_nif, 2}, fun() -> prim_file:make_link(Path, Dir) end},
     {{prim_file, make_soft_link_nif, 2}, fun() -> prim_file:make_symlink(Path, Dir) end},
     {{prim_file, make_dir_nif, 1}, fun() -> prim_file:make_dir(Dir) end},
     {{prim_file, del_file_nif, 1}, fun() -> prim_file:delete(Dir) end},
     {{prim_file, del_dir_nif, 1}, fun() -> prim_file:del_dir(Dir) end},
     {{prim_file, get_device_cwd_nif, 1}, fun() -> prim_file:get_cwd("a:") end},
     {{prim_file, set_cwd_nif, 1}, fun() -> prim_file:set_cwd("/") end},
     {{prim_file, get_cwd_nif, 0}, fun() -> prim_file:get_cwd() end},
     {{prim_file, altname_nif, 1}, fun() -> prim_file:altname(Path) end}]
    ++ ffi_paths().

%% ember_ffi's natives are its exported functions themselves (the check comes before the arguments).
ffi_paths() ->
    H = make_ref(),
    [{{ember_ffi, open, 1}, fun() -> ember_ffi:open(default) end},
     {{ember_ffi, close, 1}, fun() -> ember_ffi:close(H) end},
     {{ember_ffi, fn, 4}, fun() -> ember_ffi:fn(H, "strlen", [string], size_t) end},
     {{ember_ffi, call, 2}, fun() -> ember_ffi:call(H, []) end},
     {{ember_ffi, call_dirty_cpu, 2}, fun() -> ember_ffi:call(H, [], #{dirty => cpu}) end},
     {{ember_ffi, call_dirty_io, 2}, fun() -> ember_ffi:call(H, [], #{dirty => io}) end},
     {{ember_ffi, alloc, 1}, fun() -> ember_ffi:alloc(8) end},
     {{ember_ffi, free, 1}, fun() -> ember_ffi:free(H) end},
     {{ember_ffi, read, 3}, fun() -> ember_ffi:read(H, 0, 1) end},
     {{ember_ffi, write, 3}, fun() -> ember_ffi:write(H, 0, <<"x">>) end},
     {{ember_ffi, size, 1}, fun() -> ember_ffi:size(H) end},
     {{ember_ffi, address, 1}, fun() -> ember_ffi:address(H) end},
     {{ember_ffi, sizeof, 1}, fun() -> ember_ffi:sizeof(int) end}].

%% A file in the current directory (the host runtime has no file server: prim_file directly).
scratch_file() ->
    {ok, Cwd} = prim_file:get_cwd(),
    filename:join(Cwd, "caps_probe_" ++ os:getpid() ++ ".tmp").

%% ---- direct call paths ------------------------------------------------------------------------------

%% Calls that the loader turns into call_bif, call_ext, call_ext_only (tail calls), export funs,
%% erlang:apply/2,3, erlang:hibernate/3 and spawn of a fun, each in a process without capabilities.
%% Returns [{Name, Outcome}] for the host to compare.
direct() ->
    Cases = [call_bif, call_ext_tail, export_fun, apply_3, apply_2, hibernate, spawn_fun_child,
             call_bif_entropy, nif_local_call, autoload_with_on_load],
    [{Case, run_direct(Case)} || Case <- Cases].

run_direct(Case) ->
    {Pid, Ref} = spawn_opt(?MODULE, direct_child, [Case], [monitor, {capabilities, []}]),
    receive {'DOWN', Ref, process, Pid, Reason} -> reduce(Reason)
    after 10000 -> timeout
    end.

reduce({result, R}) -> R;
reduce({{capability_denied, Cap, MFA}, _}) -> {denied, Cap, MFA};
reduce(Other) -> {exit, Other}.

direct_child(call_bif) -> exit({result, outcome(catch erlang:system_time())});
direct_child(call_ext_tail) -> exit({result, outcome(catch tail_getenv())});
direct_child(export_fun) -> exit({result, outcome(catch (fun erlang:halt/0)())});
direct_child(apply_3) -> exit({result, outcome(catch erlang:apply(erlang, halt, []))});
direct_child(apply_2) -> exit({result, outcome(catch erlang:apply(fun os:getpid/0, []))});
direct_child(hibernate) ->
    self() ! wake,
    erlang:hibernate(erlang, halt, []);
direct_child(spawn_fun_child) -> exit({result, outcome(catch spawn(fun() -> ok end))});
direct_child(call_bif_entropy) -> exit({result, outcome(catch unique())});
direct_child(nif_local_call) -> exit({result, outcome(catch prim_file:read_file("/"))});
direct_child(autoload_with_on_load) ->
    %% zlib is loaded on this first call; its on_load (erlang:load_nif/2) runs outside the sandbox.
    exit({result, outcome(catch zlib:uncompress(zlib:compress(<<"abc">>)))}).

tail_getenv() -> os:getenv("HOME").
unique() -> erlang:unique_integer([positive]).

%% ---- a direct BIF op on a gated BIF -------------------------------------------------------------------

%% erlc emits bif0/1/2 and gc_bif only for pure BIFs; this module, assembled here, has a bif0 of
%% erlang:system_time/0 (erl's loader refuses it; Ember's loads any BIF and puts i_caps_check before a
%% gated one). Returns what caps_bifop:f/0 gives a process without clock, and with it.
bif_op() ->
    Asm = {caps_bifop, [{f, 0}, {module_info, 0}, {module_info, 1}], [],
           [{function, f, 0, 2,
             [{label, 1}, {line, []}, {func_info, {atom, caps_bifop}, {atom, f}, 0},
              {label, 2}, {bif, system_time, {f, 0}, [], {x, 0}}, return]},
            {function, module_info, 0, 4,
             [{label, 3}, {func_info, {atom, caps_bifop}, {atom, module_info}, 0},
              {label, 4}, {move, {atom, caps_bifop}, {x, 0}},
              {call_ext_only, 1, {extfunc, erlang, get_module_info, 1}}]},
            {function, module_info, 1, 6,
             [{label, 5}, {func_info, {atom, caps_bifop}, {atom, module_info}, 1},
              {label, 6}, {move, {x, 0}, {x, 1}}, {move, {atom, caps_bifop}, {x, 0}},
              {call_ext_only, 2, {extfunc, erlang, get_module_info, 2}}]}],
           7},
    {ok, caps_bifop, Beam} = compile:forms(Asm, [from_asm, binary, return_errors]),
    {module, caps_bifop} = code:load_binary(caps_bifop, "caps_bifop.beam", Beam),
    [in_sandbox([], fun caps_bifop:f/0),
     case in_sandbox([clock], fun caps_bifop:f/0) of {value, T} when is_integer(T) -> clock_ok; Other -> Other end].

%% ---- argument-dependent checks ----------------------------------------------------------------------

%% Each case: {Name, Outcome} computed in a sandboxed child; the host compares with the documented
%% expectation.
dynamic() ->
    Parent = self(),
    Public = ets:new(caps_public, [public]),
    true = ets:insert(Public, {k, v}),
    Port = open_port({spawn, "cat"}, []),
    {ok, Cwd} = prim_file:get_cwd(),
    Path = filename:join(Cwd, "caps_probe_dyn_" ++ os:getpid() ++ ".tmp"),
    ok = prim_file:write_file(Path, <<"x">>),
    %% A narrow service: a process holding file_read answers {read, From} with the file's bytes.
    Service = spawn_opt(fun() -> serve_file(Path) end, [{capabilities, [file_read]}]),
    Cases =
        [{ets_lookup_other, [], fun() -> ets:lookup(Public, k) end},
         {ets_insert_other, [], fun() -> ets:insert(Public, {k, w}) end},
         {ets_new_public, [], fun() -> ets:new(t, [public]) end},
         {ets_new_named, [], fun() -> ets:new(caps_named, [named_table]) end},
         {ets_own_private, [], fun() -> T = ets:new(t, [private]), ets:insert(T, {a, 1}), ets:lookup(T, a) end},
         {ets_all, [], fun() -> ets:all() end},
         {port_command_other_no_process, [], fun() -> erlang:port_command(Port, "x") end},
         {port_command_other_process_only, [process], fun() -> erlang:port_command(Port, "x") end},
         {port_info_other, [], fun() -> erlang:port_info(Port, id) end},
         {port_message_command, [], fun() -> Port ! {Parent, {command, "x"}} end},
         {port_message_junk, [process], fun() -> Port ! junk end},
         {port_close_other, [process], fun() -> erlang:port_close(Port) end},
         {open_port_spawn, [], fun() -> open_port({spawn, "true"}, []) end},
         {open_port_fd, [], fun() -> open_port({fd, 0, 1}, []) end},
         {process_info_self, [], fun() -> element(1, process_info(self(), status)) end},
         {process_info_other, [], fun() -> process_info(Parent, status) end},
         {open_read_only, [file_read], fun() -> element(1, prim_file:open(Path, [read])) end},
         {open_write, [file_read], fun() -> prim_file:open(Path, [write]) end},
         {file_read_direct, [], fun() -> prim_file:read_file(Path) end},
         {file_read_service, [], fun() -> Service ! {read, self()}, receive {file, B} -> B end end},
         {send_to_parent, [], fun() -> Parent ! {caps_probe_hello, self()}, sent end},
         {monitor_allowed, [], fun() -> R = monitor(process, Parent), demonitor(R) end}],
    Results = [{Name, in_sandbox(Caps, Fun)} || {Name, Caps, Fun} <- Cases],
    Left = ets:lookup(Public, k),
    PortAlive = erlang:port_info(Port) =/= undefined,
    port_close(Port),
    ets:delete(Public),
    exit(Service, kill),
    _ = prim_file:delete(Path),
    flush_hello(),
    [{table_unchanged, Left =:= [{k, v}]}, {port_alive, PortAlive} | Results].

serve_file(Path) ->
    receive {read, From} -> {ok, Bin} = prim_file:read_file(Path), From ! {file, Bin} end,
    serve_file(Path).

flush_hello() ->
    receive {caps_probe_hello, _} -> flush_hello() after 0 -> ok end.

in_sandbox(Caps, Fun) ->
    {Pid, Ref} = spawn_opt(fun() -> exit({result, outcome(catch Fun())}) end,
                           [monitor, {capabilities, Caps}]),
    receive {'DOWN', Ref, process, Pid, Reason} -> reduce(Reason)
    after 10000 -> timeout
    end.

%% A child spawned with Opts (spawn_opt or spawn_request) from a parent holding ParentCaps: returns the
%% grandchild's ember:capabilities().
capabilities_of_child(ParentCaps, {How, Opts}) ->
    Top = self(),
    spawn_opt(fun() ->
                      Me = self(),
                      Body = fun() -> Me ! {caps, ember:capabilities()} end,
                      R = case How of
                              spawn_opt -> catch spawn_opt(Body, Opts);
                              spawn_request -> catch spawn_request(Body, Opts);
                              spawn -> catch spawn(Body)
                          end,
                      Top ! {child_result, receive {caps, C} -> C after 500 -> outcome(R) end}
              end, [{capabilities, ParentCaps}]),
    receive {child_result, C} -> C after 5000 -> timeout end.

%% ---- fuzz ---------------------------------------------------------------------------------------------

%% Calls every {M, F, A, Caps} row N times with pseudo-random arguments from a process holding no
%% capabilities. Returns {Escapes, Integrity}: rows needing a capability that answered anything but the
%% denial, and whether the parent's public table and port survived.
fuzz(Rows, N) ->
    Public = ets:new(caps_fuzz, [public]),
    true = ets:insert(Public, {k, v}),
    Port = open_port({spawn, "cat"}, []),
    Pool = pool(Public, Port),
    Escapes = lists:flatmap(fun(Row) -> fuzz_row(Row, N, Pool) end, Rows),
    Integrity = [{table, ets:lookup(Public, k) =:= [{k, v}]}, {port, erlang:port_info(Port) =/= undefined}],
    port_close(Port),
    ets:delete(Public),
    {Escapes, Integrity}.

fuzz_row(Row, N, Pool) ->
    Top = self(),
    {Pid, Ref} = spawn_opt(?MODULE, fuzz_child, [Row, N, {Top, Pool}], [monitor, {capabilities, []}]),
    receive
        {'DOWN', Ref, process, Pid, _} -> ok
    after 2000 ->
        %% erlang:hibernate/3 with a well-formed MFA sleeps: that is not an escape.
        exit(Pid, kill),
        receive {'DOWN', Ref, process, Pid, _} -> ok end
    end,
    escapes_of(Pid).

escapes_of(Pid) ->
    receive {escape, Pid, E} -> [E | escapes_of(Pid)] after 0 -> [] end.

fuzz_child({M, F, A, Gated}, N, {Top, Pool}) ->
    put(seed, erlang:phash2({M, F, A})),
    lists:foreach(fun(_) ->
                          Args = [arg(Pool) || _ <- lists:seq(1, A)],
                          R = (catch erlang:apply(M, F, Args)),
                          case Gated andalso not is_denial(R) of
                              true -> Top ! {escape, self(), {{M, F, A}, Args, R}};
                              false -> ok
                          end
                  end, lists:seq(1, N)).

is_denial({'EXIT', {{capability_denied, _, _}, _}}) -> true;
%% A NIF is not exported: apply answers undef without reaching it.
is_denial({'EXIT', {undef, _}}) -> true;
is_denial(_) -> false.

%% A linear congruential generator: deterministic, and no clock or entropy capability needed.
next() ->
    S = (get(seed) * 1103515245 + 12345) band 16#7FFFFFFF,
    put(seed, S),
    S.

pool(Public, Port) ->
    {[0, 1, -1, 255, 256, 65536, 1.5, -0.0, 16#FFFFFFFFFFFFFFFFF, ok, true, false, undefined, erlang,
      lists, ets, halt, self, infinity, read, write, binary, [], "abc", <<>>, <<1, 2, 3>>,
      <<0:3>>, {}, {a, b}, #{}, #{a => 1}, [a | b], [{a, 1}, {b, 2}], self(), make_ref(),
      fun erlang:halt/0, fun() -> ok end, Public, Port, caps_fuzz, [public, named_table],
      {spawn, "true"}, {fd, 0, 1}, [read, write], "/tmp", <<"/tmp">>, {erlang, halt, []}],
     Public}.

arg({Pool, _}) ->
    case next() rem 4 of
        0 -> [lists:nth(next() rem length(Pool) + 1, Pool)];
        1 -> {lists:nth(next() rem length(Pool) + 1, Pool), lists:nth(next() rem length(Pool) + 1, Pool)};
        _ -> lists:nth(next() rem length(Pool) + 1, Pool)
    end.
