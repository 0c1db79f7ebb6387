#!/usr/bin/env bash
# Acceptance of Ember's drop-in erl/escript (docs/cli.md "escript"): every scenario runs twice, once with
# the real erl/escript and once with DROPIN (build/dropin: erl, escript -> ember) first on PATH; exit
# codes and output (ANSI colours and timings removed) must be the same.
#   - escripts: a #!/usr/bin/env escript source script, a compiled-beam and an archive escript (made with
#     escript:create/2), each printing its arguments and exiting with a chosen status; error cases
#     (missing file, syntax error, crash, no main/1, exit/throw, halt codes, %%! flags).
#   - erl's emulator flags (+...) are split as erlexec splits them.
#   - compile:file/1 run on Ember gives a beam that beam_lib:cmp/2 finds equal to erlc's.
#   - Debian's rebar3 (an archive escript with %%! +sbtu +A1): version, new lib, compile, eunit (passing
#     and failing tests). Skipped (status 77) when rebar3 is not installed.
# Usage: escript_acceptance.sh DROPIN_DIR
set -u
dropin=$(cd "$1" && pwd)
for tool in erl escript erlc; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool (real OTP) is not installed"; exit 77; }
done
[ -x "$dropin/escript" ] && [ -x "$dropin/erl" ] || { echo "FAIL: no drop-in links in $dropin"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
real_path=$PATH
ember_path=$dropin:$PATH

# Output normalisation: no ANSI colour codes, no run times, the side's directory as DIR; \r\n is kept
# (erlang:display writes it).
normalise() {
  sed -e 's/\x1b\[[0-9;]*m//g' -e 's/Finished in [0-9.]* seconds/Finished in N seconds/' -e "s|$work/$2|DIR|g" "$1"
}

# compare NAME DIR COMMAND...: runs COMMAND in a fresh copy of DIR (under $work/erl and $work/ember) with
# HOME set to a fresh directory, on erl and on Ember, and compares status, stdout and stderr.
compare() {
  local name=$1 dir=$2
  shift 2
  local side
  for side in erl ember; do
    rm -rf "$work/$side" && mkdir -p "$work/$side/home" && cp -r "$dir/." "$work/$side/"
    local p=$real_path
    [ "$side" = ember ] && p=$ember_path
    (cd "$work/$side" && HOME="$work/$side/home" PATH=$p timeout 300 "$@" >"$work/$side.out" 2>"$work/$side.err" </dev/null
     echo $? >"$work/$side.rc")
    normalise "$work/$side.out" "$side" >"$work/$side.out.n"
    # erl's crash dump notice ("\nCrash dump is being written to: ...") has no Ember counterpart.
    normalise "$work/$side.err" "$side" | awk '/^Crash dump is being written to/ { held = 0; next }
      held { print blank; held = 0 } /^\r?$/ { held = 1; blank = $0; next } { print } END { if (held) print blank }' >"$work/$side.err.n"
  done
  local erl_rc ember_rc
  erl_rc=$(cat "$work/erl.rc")
  ember_rc=$(cat "$work/ember.rc")
  if [ "$erl_rc" = "$ember_rc" ] && cmp -s "$work/erl.out.n" "$work/ember.out.n" &&
     cmp -s "$work/erl.err.n" "$work/ember.err.n"; then
    echo "ok   $name (status $erl_rc)"
    passed=$((passed + 1))
  else
    echo "FAIL $name: status erl $erl_rc, ember $ember_rc"
    diff "$work/erl.out.n" "$work/ember.out.n" | head -20
    diff "$work/erl.err.n" "$work/ember.err.n" | head -20
    failed=$((failed + 1))
  fi
}

# ---- escripts ----
scripts=$work/scripts
mkdir -p "$scripts"
cat >"$scripts/src.escript" <<'EOF'
#!/usr/bin/env escript
%% -*- erlang -*-
%%! -pa /nonexistent -env ESCRIPT_TEST_VAR set
main([Status | Args]) ->
    io:format("source ~p ~s ~s~n", [Args, filename:basename(escript:script_name()), os:getenv("ESCRIPT_TEST_VAR")]),
    halt(list_to_integer(Status)).
EOF
cat >"$scripts/mk.erl" <<'EOF'
-module(mk).
-export([main/1]).
%% Writes beam.escript and archive.escript: module hello, main/1 prints its arguments and halts with
%% the first one as status.
main([Dir]) ->
    Src = "-module(hello).\n-export([main/1]).\n"
          "main([S | Args]) -> io:format(\"hello ~p~n\", [Args]), halt(list_to_integer(S)).\n",
    {ok, Toks, _} = erl_scan:string(Src),
    Forms = [F || T <- split(Toks, []), {ok, F} <- [erl_parse:parse_form(T)]],
    {ok, hello, Beam} = compile:forms(Forms),
    ok = escript:create(Dir ++ "/beam.escript", [shebang, {emu_args, "-pa /x"}, {beam, Beam}]),
    ok = escript:create(Dir ++ "/archive.escript",
                        [shebang, comment, {emu_args, "-escript main hello"}, {archive, [{"hello.beam", Beam}], []}]),
    halt(0).
split([{dot, _} = D | T], Cur) -> [lists:reverse([D | Cur]) | split(T, [])];
split([H | T], Cur) -> split(T, [H | Cur]);
split([], _) -> [].
EOF
(cd "$scripts" && erlc mk.erl && erl -noshell -run mk main "$scripts") || { echo "FAIL: escript:create on erl"; exit 1; }
rm -f "$scripts/mk.erl" "$scripts/mk.beam"
printf '#!/usr/bin/env escript\nmain(_) -> io:format("x~n")\n' >"$scripts/syntax.escript"
printf '#!/usr/bin/env escript\nmain(_) -> erlang:error(boom).\n' >"$scripts/crash.escript"
printf '#!/usr/bin/env escript\nmain(_) -> exit(bye).\n' >"$scripts/exit.escript"
printf '#!/usr/bin/env escript\nmain(_) -> throw(ball).\n' >"$scripts/throw.escript"
printf '#!/usr/bin/env escript\nfoo() -> ok.\n' >"$scripts/nomain.escript"
printf '#!/usr/bin/env escript\nmain(A) -> erlang:display({display, A}), halt(0).\n' >"$scripts/display.escript"
printf '#!/usr/bin/env escript\nmain(_) -> halt(260).\n' >"$scripts/halt260.escript"
printf '#!/usr/bin/env escript\n-mode(compile).\nmain([A]) -> io:format("compiled ~s~n", [A]).\n' >"$scripts/compiled.escript"
printf '#!/usr/bin/env escript\nmain(_) -> X = length(escript:script_name()), X = 0.\n' >"$scripts/badmatch.escript"
printf '#!/usr/bin/env escript\n%%%%! -s no_such_module\nmain(_) -> ok.\n' >"$scripts/badflag.escript"
chmod +x "$scripts"/*.escript

compare "source escript run as ./src.escript" "$scripts" ./src.escript 3 a 'b c'
compare "source escript via escript" "$scripts" escript src.escript 0
compare "beam escript" "$scripts" ./beam.escript 7 x y
compare "archive escript" "$scripts" ./archive.escript 9 z
compare "escript -s (syntax check only)" "$scripts" escript -s src.escript
compare "escript -c (compiled)" "$scripts" escript -c src.escript 2
compare "escript -i (interpreted)" "$scripts" escript -i src.escript 4
compare "-mode(compile)" "$scripts" escript compiled.escript q
compare "missing file" "$scripts" escript missing.escript
compare "missing filename" "$scripts" escript
compare "syntax error" "$scripts" escript syntax.escript
compare "crash (error)" "$scripts" escript crash.escript
compare "crash (exit)" "$scripts" escript exit.escript
compare "crash (throw)" "$scripts" escript throw.escript
compare "crash (badmatch)" "$scripts" escript badmatch.escript
compare "no main/1" "$scripts" escript nomain.escript
compare "halt(260)" "$scripts" escript halt260.escript
compare "erlang:display" "$scripts" escript display.escript d
compare "bad %%! flag" "$scripts" escript badflag.escript

# ---- erl's emulator flags, split as erlexec splits them (the plain arguments show what was taken) ----
flagdir=$work/flags
mkdir -p "$flagdir"
plain='io:format("~p~n", [init:get_plain_arguments()]), halt().'
for flags in "+sbtu +A1 +B" "+A 4 +sbt db x" "+hms 233 +hmqd off_heap +zdbbl 1024" \
             "+c false +c +Bc +pc unicode +rg 2 +r" "+P 5000 +Q 2000 +e 100 +t 2000000 +T 1 +R 24 +W w +K true" \
             "+SP 50:50 +SDPcpu 50:50 +SDio 2 +S1 +IOt 2 +IOPt 50 +JPperf true +fna x +C multi_time_warp"; do
  # shellcheck disable=SC2086
  compare "erl $flags" "$flagdir" erl $flags -noshell -eval "$plain" -extra END
done

# ---- compile:file/1 on Ember: the same beam as erl's compile:file/1, the same behaviour as erlc's ----
src=$work/src
mkdir -p "$src/same" "$src/erlc" "$src/out"
cat >"$src/same/x.erl" <<'EOF'
-module(x).
-export([f/1, g/0]).
-record(r, {a = 1, b = <<"bin">>}).
f(L) when is_list(L) -> [X * 2 || X <- L, X rem 2 =:= 0];
f(#r{a = A, b = <<B:8, _/binary>>}) -> {A, B};
f(M) when is_map(M) -> maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M).
g() -> try f(#r{}) of V -> {ok, V} catch C:R -> {C, R} end.
EOF
cp "$src/same/x.erl" "$src/erlc/"
compile_in_same() {  # compile_in_same PATH OUT: compile:file("x.erl") in $src/same, with erl or Ember
  (cd "$src/same" && rm -f x.beam &&
   PATH=$1 erl -noshell -eval 'case compile:file("x.erl") of {ok, x} -> halt(0); _ -> halt(1) end.' &&
   mkdir -p "$src/out/$2" && mv x.beam "$src/out/$2/x.beam")
}
compile_in_same "$real_path" erl
compile_in_same "$ember_path" ember
(cd "$src/erlc" && erlc x.erl)
behaviour() { erl -noshell -pa "$1" -eval 'io:format("~p~n", [[x:f([1,2,3,4]), x:g(), lists:sort(x:f(#{a => 1, b => 2}))]]), halt().'; }
if cmp -s "$src/out/erl/x.beam" "$src/out/ember/x.beam" &&
   [ "$(behaviour "$src/out/ember")" = "$(behaviour "$src/erlc")" ]; then
  echo "ok   compile:file on Ember: the beam of erl's compile:file, behaving as erlc's"
  passed=$((passed + 1))
else
  echo "FAIL compile:file on Ember: beam differs from erl's compile:file or behaves differently from erlc's"
  failed=$((failed + 1))
fi

# ---- rebar3 ----
if command -v rebar3 >/dev/null; then
  proj=$work/proj
  mkdir -p "$proj"
  compare "rebar3 version" "$proj" rebar3 version
  (cd "$proj" && HOME=$work/rebar_home PATH=$real_path rebar3 new lib mylib >/dev/null 2>&1)
  mkdir -p "$proj/mylib/test"
  cat >"$proj/mylib/test/mylib_tests.erl" <<'EOF'
-module(mylib_tests).
-include_lib("eunit/include/eunit.hrl").
sum_test() -> ?assertEqual(3, 1 + 2).
list_test_() -> [?_assertEqual(N, length(lists:seq(1, N))) || N <- [0, 1, 10]].
EOF
  rm -rf "$proj/mylib/_build"
  compare "rebar3 new lib" "$proj" rebar3 new lib otherlib
  compare "rebar3 compile" "$proj/mylib" rebar3 compile
  compare "rebar3 eunit (passing)" "$proj/mylib" rebar3 eunit
  cat >>"$proj/mylib/test/mylib_tests.erl" <<'EOF'
failing_test() -> ?assertEqual(4, 2 + 1).
EOF
  compare "rebar3 eunit (one failing)" "$proj/mylib" rebar3 eunit
  compare "rebar3 no_such_command" "$proj/mylib" rebar3 no_such_command
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || exit 1
if ! command -v rebar3 >/dev/null; then
  echo "SKIP: rebar3 is not installed (apt-get install rebar3): its scenarios did not run"
  exit 77
fi
