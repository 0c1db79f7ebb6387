%% ember_ffi: calls C functions of shared libraries through libffi (Ember only; erl has no such
%% module). The natives live in Ember's static NIF library ember_ffi (nif/ffi.cpp), bound by the
%% -on_load function; every one needs the native_code capability. Full description: docs/ffi.md.
%%
%%   {ok, Lib} = ember_ffi:open(default),                 % the program: libc, libm, ...
%%   {ok, Strlen} = ember_ffi:fn(Lib, strlen, [string], size_t),
%%   5 = ember_ffi:call(Strlen, [<<"hello">>]),
%%   Buf = ember_ffi:alloc(64),                           % zeroed bytes for out-parameters
%%   {ok, Snprintf} = ember_ffi:fn(Lib, snprintf, [buffer, size_t, string, '...', int], int),
%%   2 = ember_ffi:call(Snprintf, [Buf, 64, "%d", 42]),
%%   <<"42">> = ember_ffi:read(Buf, 0, 2).
%%
%% Types: int8 int16 int32 int64 uint8 uint16 uint32 uint64, char short ushort int uint long ulong
%% size_t ssize_t (this platform's widths), float double, pointer (integer address, buffer or null),
%% string (iodata copied with a NUL; null), binary (a binary's bytes, read-only), buffer (a buffer's
%% bytes); return types also void, and string (copied into a binary, or null) and pointer (an integer).
%%
%% Errors: open/1 and fn/4 answer {error, Reason} for what the system decides (a library that does not
%% load, a missing symbol, an unknown type); call/2,3 raise error:{bad_arg_count, Expected, Given},
%% error:{bad_arg, N} (argument N, from 1, does not fit its type) or error:closed (the function's
%% library was closed); a term that is not a live handle of the right kind is badarg everywhere, as
%% are buffer reads and writes out of bounds. Calling a function with a signature that is not its C
%% signature cannot be checked and is undefined behaviour, as in C.
-module(ember_ffi).

-export([open/1, close/1, fn/4, call/2, call/3]).
-export([alloc/1, free/1, read/3, write/3, size/1, address/1, sizeof/1]).

-compile({no_auto_import, [size/1]}).
-on_load(init/0).

-type library() :: reference().
-type function_handle() :: reference().
-type buffer() :: reference().
-type type() :: atom().
-type value() :: integer() | float() | binary() | iodata() | buffer() | null | infinity | neg_infinity | nan.
-export_type([library/0, function_handle/0, buffer/0, type/0, value/0]).

init() ->
    erlang:load_nif("ember_ffi", 0).

%% dlopen(Path, RTLD_NOW | RTLD_LOCAL); `default' is the program itself (libc, libm and every library
%% loaded globally). Path is a string (deep list of code points, UTF-8) or binary (raw bytes); a name
%% without a slash is searched as dlopen does.
-spec open(default | file:filename_all()) -> {ok, library()} | {error, {open_failed, string()}}.
open(_Path) ->
    erlang:nif_error(undef).

%% Closes the library: Lib is no longer a handle (badarg), its functions raise error:closed; calls
%% already running finish first (dlclose waits for the last of them).
-spec close(library()) -> ok.
close(_Lib) ->
    erlang:nif_error(undef).

%% Looks Symbol up and prepares the call interface. ArgTypes may hold '...' once: the types after it
%% are variadic (no float, char, short or their unsigned forms there: C promotes those).
-spec fn(library(), atom() | string() | binary(), [type() | '...'], type()) ->
          {ok, function_handle()} | {error, {bad_type, term()} | {undefined_symbol, term()} | closed | bad_signature}.
fn(_Lib, _Symbol, _ArgTypes, _RetType) ->
    erlang:nif_error(undef).

%% Calls the function on this scheduler: keep it short (a long call stalls every process queued on
%% the same scheduler); use call/3 with dirty for long ones.
-spec call(function_handle(), [value()]) -> value() | ok.
call(_Fn, _Args) ->
    erlang:nif_error(undef).

%% Options: #{dirty => cpu | io | false}: run the call on the dirty CPU or dirty IO pool, the process
%% parked meanwhile (erl_nif's dirty NIFs).
-spec call(function_handle(), [value()], #{dirty => cpu | io | false}) -> value() | ok.
call(Fn, Args, Opts) when is_map(Opts) ->
    case {maps:keys(Opts) -- [dirty], maps:get(dirty, Opts, false)} of
        {[], false} -> call(Fn, Args);
        {[], cpu} -> call_dirty_cpu(Fn, Args);
        {[], io} -> call_dirty_io(Fn, Args);
        _ -> erlang:error(badarg, [Fn, Args, Opts])
    end;
call(Fn, Args, Opts) ->
    erlang:error(badarg, [Fn, Args, Opts]).

call_dirty_cpu(_Fn, _Args) ->
    erlang:nif_error(undef).

call_dirty_io(_Fn, _Args) ->
    erlang:nif_error(undef).

%% Size bytes of zeroed native memory (at most 4 GiB: system_limit above), owned by the calling
%% process: freed by free/1 or when the owner exits. Pass it as a buffer or pointer argument.
-spec alloc(non_neg_integer()) -> buffer().
alloc(_Size) ->
    erlang:nif_error(undef).

-spec free(buffer()) -> ok.
free(_Buf) ->
    erlang:nif_error(undef).

%% Len bytes from Offset, copied into a binary; badarg outside the buffer.
-spec read(buffer(), non_neg_integer(), non_neg_integer()) -> binary().
read(_Buf, _Offset, _Len) ->
    erlang:nif_error(undef).

%% Copies iodata at Offset; badarg if it does not fit.
-spec write(buffer(), non_neg_integer(), iodata()) -> ok.
write(_Buf, _Offset, _Data) ->
    erlang:nif_error(undef).

-spec size(buffer()) -> non_neg_integer().
size(_Buf) ->
    erlang:nif_error(undef).

%% The buffer's native address (for C structures that hold pointers).
-spec address(buffer()) -> non_neg_integer().
address(_Buf) ->
    erlang:nif_error(undef).

%% The size in bytes of a type on this platform (pointer-sized for pointer, string, binary, buffer).
-spec sizeof(type()) -> non_neg_integer().
sizeof(_Type) ->
    erlang:nif_error(undef).
