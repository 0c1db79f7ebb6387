%% Guest side of the ember_ffi tests (erts_tests/ffi_test.cpp). Every exported function takes the path
%% of the test C library (erts_tests/ffi/ffi_testlib.c) and returns ok; a check that fails is a
%% badmatch naming the value it got. Not a differential fixture: erl has no ember_ffi.
-module(ffi_guest).

-export([libc/1, libm/1, int_edges/1, floats/1, many_args/1, strings/1, binaries/1, pointers/1,
         buffers/1, void_return/1, signature_errors/1, call_errors/1, closed_library/1, dirty/1,
         handles/1, owner_exit/1, sizes/1, fuzz/1, denied/1]).

lib(Path) ->
    {ok, Lib} = ember_ffi:open(Path),
    Lib.

fn(Lib, Name, Args, Ret) ->
    {ok, Fn} = ember_ffi:fn(Lib, Name, Args, Ret),
    Fn.

err(F) ->
    try F() of
        V -> {returned, V}
    catch
        error:R -> R
    end.

libc(_) ->
    {ok, Libc} = ember_ffi:open(default),
    true = is_reference(Libc),
    Strlen = fn(Libc, strlen, [string], size_t),
    5 = ember_ffi:call(Strlen, [<<"hello">>]),
    0 = ember_ffi:call(Strlen, [""]),
    11 = ember_ffi:call(Strlen, [["hello", $\s, [<<"wor">>, "ld"]]]),
    Abs = fn(Libc, "abs", [int], int),
    [7, 7, 0, 2147483647] = [ember_ffi:call(Abs, [V]) || V <- [-7, 7, 0, -2147483647]],
    Labs = fn(Libc, <<"labs">>, [long], long),
    1099511627776 = ember_ffi:call(Labs, [-1099511627776]),
    9223372036854775807 = ember_ffi:call(Labs, [-9223372036854775807]),
    %% snprintf: variadic, into an out-buffer.
    Snprintf = fn(Libc, snprintf, [buffer, size_t, string, '...', int, double, string], int),
    Buf = ember_ffi:alloc(64),
    Len = ember_ffi:call(Snprintf, [Buf, 64, "%d|%.3f|%s", -42, 2.5, <<"ok">>]),
    Expected = <<"-42|2.500|ok">>,
    Len = byte_size(Expected),
    <<Expected:Len/binary, 0>> = ember_ffi:read(Buf, 0, Len + 1),
    %% truncated to the size given, as C says; the return value is the untruncated length
    Small = ember_ffi:alloc(4),
    Len = ember_ffi:call(Snprintf, [Small, 4, "%d|%.3f|%s", -42, 2.5, <<"ok">>]),
    <<"-42", 0>> = ember_ffi:read(Small, 0, 4),
    ok.

libm(_) ->
    Libm = lib("libm.so.6"),
    Cos = fn(Libm, cos, [double], double),
    1.0 = ember_ffi:call(Cos, [0.0]),
    1.0 = ember_ffi:call(Cos, [0]),  % an integer argument converts to double
    true = ember_ffi:call(Cos, [math:pi()]) == math:cos(math:pi()),
    Pow = fn(Libm, pow, [double, double], double),
    1024.0 = ember_ffi:call(Pow, [2.0, 10.0]),
    0.125 = ember_ffi:call(Pow, [2, -3]),
    true = ember_ffi:call(Pow, [1.5, 2.5]) == math:pow(1.5, 2.5),
    infinity = ember_ffi:call(Pow, [10.0, 400.0]),
    neg_infinity = ember_ffi:call(Pow, [-10.0, 401.0]),
    Sqrt = fn(Libm, sqrt, [double], double),
    nan = ember_ffi:call(Sqrt, [-1.0]),
    nan = ember_ffi:call(Sqrt, [nan]),
    infinity = ember_ffi:call(Sqrt, [infinity]),
    Cosf = fn(Libm, cosf, [float], float),
    1.0 = ember_ffi:call(Cosf, [0.0]),
    ok = ember_ffi:close(Libm).

%% {Type, Min, Max} per integer type; the C side negates (signed) or complements (unsigned).
int_edges(Path) ->
    Lib = lib(Path),
    Types = [{int8, 8}, {int16, 16}, {int32, 32}, {int64, 64}],
    UTypes = [{uint8, 8}, {uint16, 16}, {uint32, 32}, {uint64, 64}],
    [check_signed(Lib, T, Bits) || {T, Bits} <- Types],
    [check_unsigned(Lib, T, Bits) || {T, Bits} <- UTypes],
    ok.

suffix(int8) -> "i8"; suffix(int16) -> "i16"; suffix(int32) -> "i32"; suffix(int64) -> "i64";
suffix(uint8) -> "u8"; suffix(uint16) -> "u16"; suffix(uint32) -> "u32"; suffix(uint64) -> "u64".

check_signed(Lib, T, Bits) ->
    Id = fn(Lib, "ffit_id_" ++ suffix(T), [T], T),
    Neg = fn(Lib, "ffit_neg_" ++ suffix(T), [T], T),
    Min = -(1 bsl (Bits - 1)),
    Max = (1 bsl (Bits - 1)) - 1,
    Values = [Min, Min + 1, -1, 0, 1, Max - 1, Max],
    Values = [ember_ffi:call(Id, [V]) || V <- Values],
    %% -Min wraps to Min in two's complement
    Negated = [Min, Max, 1, 0, -1, -(Max - 1), -Max],
    Negated = [ember_ffi:call(Neg, [V]) || V <- Values],
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Id, [Max + 1]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Id, [Min - 1]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Id, [1 bsl 70]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Id, [1.0]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Id, [<<1>>]) end),
    ok.

check_unsigned(Lib, T, Bits) ->
    Id = fn(Lib, "ffit_id_" ++ suffix(T), [T], T),
    Not = fn(Lib, "ffit_not_" ++ suffix(T), [T], T),
    Max = (1 bsl Bits) - 1,
    Values = [0, 1, 1 bsl (Bits - 1), Max - 1, Max],
    Values = [ember_ffi:call(Id, [V]) || V <- Values],
    Complemented = [Max, Max - 1, (1 bsl (Bits - 1)) - 1, 1, 0],
    Complemented = [ember_ffi:call(Not, [V]) || V <- Values],
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Id, [Max + 1]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Id, [-1]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Id, [null]) end),
    ok.

floats(Path) ->
    Lib = lib(Path),
    HalfF = fn(Lib, ffit_half_f, [float], float),
    HalfD = fn(Lib, ffit_half_d, [double], double),
    1.5 = ember_ffi:call(HalfF, [3.0]),
    1.5 = ember_ffi:call(HalfD, [3]),
    %% a float argument is rounded to single precision
    <<Single:32/float>> = <<0.1:32/float>>,
    true = ember_ffi:call(HalfF, [0.1]) == Single / 2,
    true = ember_ffi:call(HalfF, [0.1]) /= 0.05,
    0.05 = ember_ffi:call(HalfD, [0.1]),
    true = ember_ffi:call(HalfD, [1.7976931348623157e308]) == 1.7976931348623157e308 / 2,
    true = ember_ffi:call(HalfD, [5.0e-324]) == 0.0,
    infinity = ember_ffi:call(HalfD, [infinity]),
    neg_infinity = ember_ffi:call(HalfF, [neg_infinity]),
    nan = ember_ffi:call(HalfF, [nan]),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(HalfF, [1.0e39]) end),  % beyond FLT_MAX
    {bad_arg, 1} = err(fun() -> ember_ffi:call(HalfD, [1 bsl 1024]) end),  % no double
    {bad_arg, 1} = err(fun() -> ember_ffi:call(HalfD, ["1.0"]) end),
    ok.

many_args(Path) ->
    Lib = lib(Path),
    Types = [int8, uint16, int32, int64, float, double, uint8, int16, uint32, uint64, double, float,
             double, double, double, double, double],
    Mix = fn(Lib, ffit_mix, Types, double),
    Args = [-5, 60000, -100000, 1 bsl 40, 0.5, 0.25, 200, -300, 4000000000, 1 bsl 50, 1.0, 2.0, 3.0,
            4.0, 5.0, 6.0, 7.0],
    Sum = lists:sum(Args),
    Sum = ember_ffi:call(Mix, Args),
    {bad_arg, 17} = err(fun() -> ember_ffi:call(Mix, lists:droplast(Args) ++ [x]) end),
    {bad_arg, 2} = err(fun() -> ember_ffi:call(Mix, [-5, -1 | tl(tl(Args))]) end),
    ok.

strings(Path) ->
    Lib = lib(Path),
    Len = fn(Lib, ffit_len, [string], size_t),
    3 = ember_ffi:call(Len, [<<"abc">>]),
    3 = ember_ffi:call(Len, ["abc"]),
    6 = ember_ffi:call(Len, [[<<"ab">>, $c | <<"def">>]]),
    2 = ember_ffi:call(Len, [<<"h", 233>>]),  % bytes, not characters
    0 = ember_ffi:call(Len, [<<>>]),
    Big = binary:copy(<<"x">>, 100000),
    100000 = ember_ffi:call(Len, [Big]),
    <<_:3, Unaligned:10/binary, _:5>> = binary:copy(<<"y">>, 11),
    10 = ember_ffi:call(Len, [Unaligned]),
    18446744073709551615 = ember_ffi:call(Len, [null]),  % (size_t)-1 from the C side
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Len, [<<"a", 0, "b">>]) end),  % C would cut it
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Len, [[1000]]) end),  % not a byte
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Len, [abc]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Len, [<<1:7>>]) end),
    Greeting = fn(Lib, ffit_greeting, [], string),
    <<"hello from C">> = ember_ffi:call(Greeting, []),
    null = ember_ffi:call(fn(Lib, ffit_null_string, [], string), []),
    ok.

binaries(Path) ->
    Lib = lib(Path),
    Sum = fn(Lib, ffit_sum_bytes, [binary, size_t], int),
    6 = ember_ffi:call(Sum, [<<1, 2, 3>>, 3]),
    0 = ember_ffi:call(Sum, [<<>>, 0]),
    255000 = ember_ffi:call(Sum, [binary:copy(<<255>>, 1000), 1000]),  % a refc binary
    <<_:1, Sub:3/binary, _:7>> = <<0:1, 10, 20, 30, 0:7>>,
    60 = ember_ffi:call(Sum, [Sub, 3]),  % not byte-aligned: copied
    <<_:2/binary, Part:2/binary, _/binary>> = <<1, 2, 3, 4, 5>>,
    7 = ember_ffi:call(Sum, [Part, 2]),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Sum, ["abc", 3]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Sum, [<<1:9>>, 1]) end),
    ok.

pointers(Path) ->
    Lib = lib(Path),
    AddressOf = fn(Lib, ffit_address_of, [pointer], uint64),
    12345 = ember_ffi:call(AddressOf, [12345]),
    0 = ember_ffi:call(AddressOf, [null]),
    18446744073709551615 = ember_ffi:call(AddressOf, [18446744073709551615]),
    Buf = ember_ffi:alloc(8),
    Address = ember_ffi:address(Buf),
    true = Address > 0,
    Address = ember_ffi:call(AddressOf, [Buf]),
    0 = ember_ffi:call(fn(Lib, ffit_null_pointer, [], pointer), []),
    %% a returned pointer goes back in as an integer
    Greeting = ember_ffi:call(fn(Lib, ffit_greeting, [], pointer), []),
    Len = fn(Lib, ffit_len, [pointer], size_t),
    12 = ember_ffi:call(Len, [Greeting]),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(AddressOf, [-1]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(AddressOf, [1 bsl 64]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(AddressOf, [make_ref()]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(AddressOf, [<<"bytes">>]) end),
    ok.

buffers(Path) ->
    Lib = lib(Path),
    Fill = fn(Lib, ffit_fill, [buffer, size_t, uint8], void),
    Buf = ember_ffi:alloc(16),
    16 = ember_ffi:size(Buf),
    <<0:128>> = ember_ffi:read(Buf, 0, 16),  % zeroed
    ok = ember_ffi:call(Fill, [Buf, 16, 3]),
    Filled = list_to_binary([(K * 3) band 255 || K <- lists:seq(0, 15)]),
    Filled = ember_ffi:read(Buf, 0, 16),
    <<9, 12>> = ember_ffi:read(Buf, 3, 2),
    <<>> = ember_ffi:read(Buf, 16, 0),
    ok = ember_ffi:write(Buf, 14, [1, <<2>>]),
    <<36, 39, 1, 2>> = ember_ffi:read(Buf, 12, 4),
    ok = ember_ffi:write(Buf, 16, <<>>),
    Store = fn(Lib, ffit_store_i64, [pointer, int64], int),
    0 = ember_ffi:call(Store, [Buf, -2]),
    <<-2:64/signed-native>> = ember_ffi:read(Buf, 0, 8),
    -1 = ember_ffi:call(Store, [null, 1]),
    %% bounds
    badarg = err(fun() -> ember_ffi:read(Buf, 0, 17) end),
    badarg = err(fun() -> ember_ffi:read(Buf, 17, 0) end),
    badarg = err(fun() -> ember_ffi:read(Buf, 8, 9) end),
    badarg = err(fun() -> ember_ffi:read(Buf, -1, 1) end),
    badarg = err(fun() -> ember_ffi:read(Buf, 1, 18446744073709551615) end),
    badarg = err(fun() -> ember_ffi:write(Buf, 15, <<1, 2>>) end),
    badarg = err(fun() -> ember_ffi:write(Buf, 0, [256]) end),
    badarg = err(fun() -> ember_ffi:write(Buf, 0, abc) end),
    badarg = err(fun() -> ember_ffi:read(make_ref(), 0, 0) end),
    %% sizes
    Empty = ember_ffi:alloc(0),
    0 = ember_ffi:size(Empty),
    <<>> = ember_ffi:read(Empty, 0, 0),
    badarg = err(fun() -> ember_ffi:alloc(-1) end),
    badarg = err(fun() -> ember_ffi:alloc(1.0) end),
    badarg = err(fun() -> ember_ffi:alloc(-(1 bsl 70)) end),
    system_limit = err(fun() -> ember_ffi:alloc(1 bsl 40) end),
    system_limit = err(fun() -> ember_ffi:alloc(1 bsl 70) end),
    %% free: the handle is gone
    ok = ember_ffi:free(Buf),
    badarg = err(fun() -> ember_ffi:read(Buf, 0, 1) end),
    badarg = err(fun() -> ember_ffi:free(Buf) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Fill, [Buf, 0, 0]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Store, [Buf, 0]) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Fill, [12345, 0, 0]) end),  % buffer takes no address
    ok.

void_return(Path) ->
    Lib = lib(Path),
    Bump = fn(Lib, ffit_bump, [int], void),
    Counter = fn(Lib, ffit_counter, [], int),
    Before = ember_ffi:call(Counter, []),
    ok = ember_ffi:call(Bump, [5]),
    ok = ember_ffi:call(Bump, [-2]),
    true = ember_ffi:call(Counter, []) == Before + 3,
    ok.

signature_errors(Path) ->
    Lib = lib(Path),
    {error, {bad_type, foo}} = ember_ffi:fn(Lib, ffit_len, [foo], size_t),
    {error, {bad_type, void}} = ember_ffi:fn(Lib, ffit_len, [void], size_t),
    {error, {bad_type, "int"}} = ember_ffi:fn(Lib, ffit_len, ["int"], size_t),
    {error, {bad_type, bar}} = ember_ffi:fn(Lib, ffit_len, [string], bar),
    {error, {bad_type, binary}} = ember_ffi:fn(Lib, ffit_len, [string], binary),
    {error, {bad_type, buffer}} = ember_ffi:fn(Lib, ffit_len, [string], buffer),
    {error, {bad_type, '...'}} = ember_ffi:fn(Lib, ffit_len, [string, '...', int, '...'], int),
    {error, {bad_type, float}} = ember_ffi:fn(Lib, ffit_len, [string, '...', float], int),
    {error, {bad_type, int8}} = ember_ffi:fn(Lib, ffit_len, [string, '...', int8], int),
    {error, {bad_type, ushort}} = ember_ffi:fn(Lib, ffit_len, [string, '...', ushort], int),
    {error, {undefined_symbol, no_such_function}} = ember_ffi:fn(Lib, no_such_function, [], void),
    {error, {undefined_symbol, "ffit_"}} = ember_ffi:fn(Lib, "ffit_", [], void),
    {error, {open_failed, Why}} = ember_ffi:open("/nonexistent/libnothing.so"),
    true = is_list(Why) andalso Why =/= [],
    {error, {open_failed, _}} = ember_ffi:open(<<"libnothing_at_all.so">>),
    {error, {open_failed, _}} = ember_ffi:open(["/nonexistent/", [$d, 233], "jà.so"]),
    {error, {open_failed, _}} = ember_ffi:open([$/, 16#10000, $x]),
    badarg = err(fun() -> ember_ffi:open([-1]) end),
    badarg = err(fun() -> ember_ffi:open(libm) end),
    badarg = err(fun() -> ember_ffi:open(123) end),
    badarg = err(fun() -> ember_ffi:open("") end),
    badarg = err(fun() -> ember_ffi:open(<<"a", 0, "b">>) end),
    badarg = err(fun() -> ember_ffi:fn(make_ref(), ffit_len, [string], size_t) end),
    badarg = err(fun() -> ember_ffi:fn(Lib, 42, [string], size_t) end),
    badarg = err(fun() -> ember_ffi:fn(Lib, "", [string], size_t) end),
    badarg = err(fun() -> ember_ffi:fn(Lib, ffit_len, string, size_t) end),
    badarg = err(fun() -> ember_ffi:fn(Lib, ffit_len, [string | int], size_t) end),
    badarg = err(fun() -> ember_ffi:sizeof(nonsense) end),
    ok.

call_errors(Path) ->
    Lib = lib(Path),
    Len = fn(Lib, ffit_len, [string], size_t),
    {bad_arg_count, 1, 0} = err(fun() -> ember_ffi:call(Len, []) end),
    {bad_arg_count, 1, 2} = err(fun() -> ember_ffi:call(Len, ["a", "b"]) end),
    badarg = err(fun() -> ember_ffi:call(Len, "ab" ++ x) end),
    badarg = err(fun() -> ember_ffi:call(Len, <<"a">>) end),
    badarg = err(fun() -> ember_ffi:call(make_ref(), []) end),
    badarg = err(fun() -> ember_ffi:call(Lib, []) end),  % a library is not a function
    badarg = err(fun() -> ember_ffi:call(ember_ffi:alloc(1), []) end),
    badarg = err(fun() -> ember_ffi:call(Len, ["a"], #{dirty => maybe}) end),
    badarg = err(fun() -> ember_ffi:call(Len, ["a"], #{other => 1}) end),
    badarg = err(fun() -> ember_ffi:call(Len, ["a"], [dirty]) end),
    1 = ember_ffi:call(Len, ["a"], #{}),
    1 = ember_ffi:call(Len, ["a"], #{dirty => false}),
    %% the exception's stack trace starts at the native with its arguments
    try ember_ffi:call(Len, [x]) catch error:{bad_arg, 1}:St -> [{ember_ffi, call, [Len, [x]], _} | _] = St end,
    ok.

closed_library(Path) ->
    Lib = lib(Path),
    Len = fn(Lib, ffit_len, [string], size_t),
    2 = ember_ffi:call(Len, ["ab"]),
    ok = ember_ffi:close(Lib),
    closed = err(fun() -> ember_ffi:call(Len, ["ab"]) end),
    closed = err(fun() -> ember_ffi:call(Len, ["ab"], #{dirty => io}) end),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Len, [x]) end),  % arguments are checked first
    badarg = err(fun() -> ember_ffi:fn(Lib, ffit_len, [string], size_t) end),
    badarg = err(fun() -> ember_ffi:close(Lib) end),
    %% opening again gives a new, working handle
    Lib2 = lib(Path),
    true = Lib2 =/= Lib,
    3 = ember_ffi:call(fn(Lib2, ffit_len, [string], size_t), ["abc"]),
    ok.

dirty(Path) ->
    Lib = lib(Path),
    Sleep = fn(Lib, ffit_sleep_ms, [int], int),
    Len = fn(Lib, ffit_len, [string], size_t),
    20 = ember_ffi:call(Sleep, [20], #{dirty => io}),
    20 = ember_ffi:call(Sleep, [20], #{dirty => cpu}),
    4 = ember_ffi:call(Len, [<<"four">>], #{dirty => cpu}),
    {bad_arg, 1} = err(fun() -> ember_ffi:call(Sleep, [1 bsl 40], #{dirty => io}) end),
    {bad_arg_count, 1, 0} = err(fun() -> ember_ffi:call(Sleep, [], #{dirty => cpu}) end),
    %% processes calling at once all get their own answers
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), ember_ffi:call(Sleep, [N], #{dirty => io})} end)
            || N <- lists:seq(1, 8)],
    [N = receive {P, V} -> V end || {P, N} <- lists:zip(Pids, lists:seq(1, 8))],
    ok.

handles(Path) ->
    Lib = lib(Path),
    Len = fn(Lib, ffit_len, [string], size_t),
    Buf = ember_ffi:alloc(4),
    [true, true, true] = [is_reference(H) || H <- [Lib, Len, Buf]],
    %% another process may use handles it was given
    Self = self(),
    spawn(fun() -> Self ! {used, ember_ffi:call(Len, ["xyz"]), ember_ffi:write(Buf, 0, <<7>>)} end),
    {used, 3, ok} = receive M -> M end,
    <<7, 0, 0, 0>> = ember_ffi:read(Buf, 0, 4),
    %% a handle of one kind is not a handle of another
    badarg = err(fun() -> ember_ffi:read(Len, 0, 0) end),
    badarg = err(fun() -> ember_ffi:close(Buf) end),
    badarg = err(fun() -> ember_ffi:free(Lib) end),
    badarg = err(fun() -> ember_ffi:size(Len) end),
    %% a copy of the handle (through term_to_binary) still names the object
    Copy = binary_to_term(term_to_binary(Buf)),
    <<7>> = ember_ffi:read(Copy, 0, 1),
    ok.

%% A process's handles are released when it exits; a function keeps its library loaded.
owner_exit(Path) ->
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() ->
                                      Lib = lib(Path),
                                      Self ! {handles, ember_ffi:alloc(8), fn(Lib, ffit_len, [string], size_t)}
                              end),
    {Buf, Len} = receive {handles, B, L} -> {B, L} end,
    receive {'DOWN', Ref, process, Pid, normal} -> ok end,
    badarg = err(fun() -> ember_ffi:read(Buf, 0, 1) end),
    badarg = err(fun() -> ember_ffi:call(Len, ["abc"]) end),
    ok.

sizes(_) ->
    [1, 2, 4, 8, 1, 2, 4, 8, 4, 8, 8, 8, 8, 8, 0] =
        [ember_ffi:sizeof(T) || T <- [int8, int16, int32, int64, uint8, uint16, uint32, uint64, float, double,
                                      pointer, string, binary, buffer, void]],
    [1, 2, 4, 8, 8, 8] = [ember_ffi:sizeof(T) || T <- [char, short, int, long, size_t, ssize_t]],
    ok.

%% Random terms to every function where any term is safe (no function that dereferences a pointer
%% argument, whose validity cannot be checked): each answer is a value or one of the documented errors.
fuzz(Path) ->
    rand:seed(exsss, {17, 29, 31}),
    Lib = lib(Path),
    Buf = ember_ffi:alloc(32),
    Safe = [fn(Lib, ffit_len, [string], size_t),
            fn(Lib, ffit_mix, [int8, uint16, int32, int64, float, double, uint8, int16, uint32, uint64,
                               double, float, double, double, double, double, double], double)
            | [fn(Lib, "ffit_id_" ++ suffix(T), [T], T) || T <- [int8, int16, int32, int64, uint8, uint16, uint32, uint64]]],
    Handles = [Lib, Buf, make_ref() | Safe],
    Types = [int8, int16, int32, int64, uint8, uint16, uint32, uint64, char, short, int, long, size_t, float,
             double, pointer, string, binary, buffer, void, '...', foo],
    Ok = fun(_) -> true end,
    Errors = fun(badarg) -> true; (closed) -> true; (system_limit) -> true;
                ({bad_arg, N}) -> is_integer(N); ({bad_arg_count, _, _}) -> true; (_) -> false end,
    Check = fun(F) ->
                    try F() of V -> Ok(V)
                    catch error:R:St -> Errors(R) orelse erlang:error({unexpected, R, St})
                    end
            end,
    Rounds = lists:seq(1, 2000),
    [true = Check(C) || _ <- Rounds,
                        C <- [fun() -> ember_ffi:call(pick(Safe), random_list(Handles)) end,
                              fun() -> ember_ffi:call(pick(Safe), [random_term(Handles)]) end,
                              fun() -> ember_ffi:call(pick(Safe ++ Handles), random_term(Handles), random_term(Handles)) end,
                              fun() -> ember_ffi:read(pick(Handles), random_int(), random_int()) end,
                              fun() -> ember_ffi:write(pick(Handles), random_int(), random_term(Handles)) end,
                              fun() -> ember_ffi:size(random_term(Handles)) end,
                              fun() -> ember_ffi:address(random_term(Handles)) end,
                              fun() -> ember_ffi:sizeof(random_term(Handles)) end,
                              fun() -> ember_ffi:free(ember_ffi:alloc(small_size(random_term(Handles)))) end]],
    %% fn/4 answers {ok, _} or {error, _} for any list of known or unknown type atoms
    [case ember_ffi:fn(Lib, ffit_id_i8, [pick(Types) || _ <- lists:seq(1, rand:uniform(6) - 1)], pick(Types)) of
         {ok, F} -> true = is_reference(F);
         {error, {bad_type, _}} -> ok;
         {error, bad_signature} -> ok
     end || _ <- Rounds],
    [true = Check(fun() -> ember_ffi:fn(random_term(Handles), random_term(Handles), random_list(Handles),
                                        random_term(Handles)) end) || _ <- Rounds],
    ok.

%% Sizes alloc/1 accepts are made small (a 4 GiB calloc is real memory under ASan).
small_size(N) when is_integer(N), N >= 0, N =< 1 bsl 32 -> N rem 4096;
small_size(T) -> T.

pick(L) -> lists:nth(rand:uniform(length(L)), L).

random_int() ->
    case rand:uniform(4) of
        1 -> rand:uniform(40) - 5;
        2 -> rand:uniform(1 bsl 70) - (1 bsl 69);
        3 -> pick([0, -1, 255, 256, 65535, 1 bsl 31, 1 bsl 32, 1 bsl 63, 1 bsl 64, -(1 bsl 63)]);
        4 -> rand:uniform(1000) * 1.5
    end.

random_term(Handles) ->
    case rand:uniform(10) of
        1 -> random_int();
        2 -> pick([null, nan, infinity, neg_infinity, undefined, true, '...', default]);
        3 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(8) - 1)]);
        4 -> <<(rand:uniform(1000)):(rand:uniform(20))>>;
        5 -> [rand:uniform(300) - 1 || _ <- lists:seq(1, rand:uniform(5) - 1)];
        6 -> pick(Handles);
        7 -> {pick(Handles), random_int()};
        8 -> #{dirty => pick([cpu, io, false, yes])};
        9 -> [<<"ab">>, [$c | <<"d">>] | pick([[], <<"e">>, x])];
        10 -> rand:uniform() * 1.0e40
    end.

random_list(Handles) -> [random_term(Handles) || _ <- lists:seq(1, rand:uniform(18) - 1)].

%% Run by a process whose native_code capability the host removes before sending `go`. ember_ffi is
%% loaded first: its on_load function (erlang:load_nif/2) needs native_code too.
denied(_) ->
    {module, ember_ffi} = code:ensure_loaded(ember_ffi),
    receive go -> ok end,
    Calls = [fun() -> ember_ffi:open(default) end,
             fun() -> ember_ffi:alloc(1) end,
             fun() -> ember_ffi:sizeof(int) end,
             fun() -> ember_ffi:call(make_ref(), []) end,
             fun() -> ember_ffi:call(make_ref(), [], #{dirty => io}) end],
    [err(C) || C <- Calls].
