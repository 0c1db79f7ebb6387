#!/bin/sh
# A Gleam project's build and run on Ember (docs/gleam.md), without the Gleam compiler: the Erlang
# that the compiler would emit is taken from fixtures/gleam/ (a gleam_stdlib, gleam_erlang and
# gleam_otp in that shape) and project/ (the program, its PACKAGE@@main entry module and the
# gleam@@compile.erl compile server). Each step runs once with the real erl/escript and once with
# ember under those names first on PATH; output and exit status must match:
#   - `gleam build`'s step: escript gleam@@compile.erl reads {Lib, Out, Files} lines on stdin and
#     compiles each package (.erl files, and one module given as an .abstr file of abstract forms)
#     with a worker per scheduler; beam_lib:cmp/2 then finds Ember's beams equal to erl's;
#   - `gleam run`'s step (the shipment entrypoint): erl -pa */ebin -eval "hello@@main:run(hello)"
#     -noshell -extra ARGS, with the ember-built beams on Ember: a normal run starting the
#     application and a supervised actor, and runs ending in panic, let assert and badarith reports.
# Usage: gleam_accept.sh EMBER FIXTURES_SOURCE_DIR
set -u
ember=$1
fixtures=$2
here=$(cd "$(dirname "$0")" && pwd)
for tool in erl escript; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool (real OTP) is not installed"; exit 0; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-gleam.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/dropin" "$work/proj"
ln -s "$ember" "$work/dropin/erl"
ln -s "$ember" "$work/dropin/escript"

# The project tree, as `gleam build` lays it out: src/PKG/*.erl, build/dev/erlang/PKG/ebin/PKG.app.
proj=$work/proj
for pkg in gleam_stdlib gleam_erlang gleam_otp hello; do mkdir -p "$proj/src/$pkg" "$proj/build/dev/erlang/$pkg/ebin"; done
for f in "$fixtures"/gleam/*.erl; do
    case $(basename "$f") in
        gleam_erlang_ffi.erl|gleam@erlang*) cp "$f" "$proj/src/gleam_erlang/" ;;
        gleam_otp_external.erl|gleam@otp@*) cp "$f" "$proj/src/gleam_otp/" ;;
        gleam_stdlib.erl|gleam@*) cp "$f" "$proj/src/gleam_stdlib/" ;;
    esac
done
cp "$here"/project/hello*.erl "$proj/src/hello/"
cp "$here/project/gleam@@compile.erl" "$proj/"
(cd "$proj" && erl -noshell -eval '
    {ok, Forms} = epp:parse_file("src/hello/hello@counter.erl", []),
    ok = file:write_file("src/hello/hello@counter.abstr", term_to_binary(Forms)),
    halt().') || { echo "FAIL: could not write the .abstr file"; exit 1; }
rm "$proj/src/hello/hello@counter.erl"
app() {  # app PKG DEPS...: the .app file gleam writes for a package
    pkg=$1; shift
    deps=""
    for d in "$@"; do deps="$deps, $d"; done
    printf '{application, %s, [{vsn, "1.0.0"}, {description, "%s"}, {modules, []}, {registered, []},\n  {applications, [kernel, stdlib%s]}]}.\n' \
        "$pkg" "$pkg" "$deps" >"$proj/build/dev/erlang/$pkg/ebin/$pkg.app"
}
app gleam_stdlib
app gleam_erlang gleam_stdlib
app gleam_otp gleam_stdlib gleam_erlang
app hello gleam_stdlib gleam_erlang gleam_otp
: >"$proj/compile_input"
for pkg in gleam_stdlib gleam_erlang gleam_otp hello; do
    files=$(cd "$proj" && for f in src/$pkg/*; do printf '"%s", ' "$f"; done)
    printf '{"build/dev/erlang", "build/dev/erlang/%s/ebin", [%s]}.\n' "$pkg" "${files%, }" >>"$proj/compile_input"
done

pass=0
fail=0
# scenario NAME SORT COMMAND: runs COMMAND (a shell command line) in this VM's copy of the project
# with the VM first on PATH; SORT=sort sorts stdout (compile workers finish in any order).
scenario() {
    name=$1; order=$2; shift 2
    for vm in erl ember; do
        p=$PATH
        [ $vm = ember ] && p="$work/dropin:$PATH"
        (cd "$work/$vm" && PATH="$p" HOME="$work/$vm" timeout 300 sh -c "$*") >"$work/$vm.out" 2>"$work/$vm.err" </dev/null
        echo "status $?" >>"$work/$vm.err"
        if [ "$order" = sort ]; then sort "$work/$vm.out" -o "$work/$vm.out"; fi
        sed -e "s|$work/$vm|DIR|g" "$work/$vm.out" >"$work/$vm.out.n"
        sed -e "s|$work/$vm|DIR|g" "$work/$vm.err" >"$work/$vm.err.n"
    done
    if cmp -s "$work/erl.out.n" "$work/ember.out.n" && cmp -s "$work/erl.err.n" "$work/ember.err.n"; then
        echo "ok   $name ($(tail -1 "$work/erl.err.n"))"
        pass=$((pass + 1))
    else
        echo "FAIL $name"
        diff "$work/erl.out.n" "$work/ember.out.n" | head -20
        diff "$work/erl.err.n" "$work/ember.err.n" | head -20
        fail=$((fail + 1))
    fi
}

cp -r "$proj" "$work/erl"
cp -r "$proj" "$work/ember"
scenario build sort 'escript gleam@@compile.erl <compile_input'
# The beams each VM compiled: same code, literals, imports and exports (beam_lib:cmp/2 on erl).
if (cd "$work" && erl -noshell -eval '
      Beams = lists:sort(filelib:wildcard("erl/build/dev/erlang/*/ebin/*.beam")),
      Diff = [{B, R} || B <- Beams, (R = beam_lib:cmp(B, "ember" ++ string:prefix(B, "erl"))) =/= ok],
      io:format("~p beams, differences: ~p~n", [length(Beams), Diff]),
      halt(case {Diff, length(Beams)} of {[], N} when N > 20 -> 0; _ -> 1 end).'); then
    pass=$((pass + 1))
else
    echo "FAIL beams differ"
    fail=$((fail + 1))
fi
run='erl -pa build/dev/erlang/*/ebin -eval "hello@@main:run(hello)" -noshell -extra'
scenario run keep "$run one twö 'three four'"
scenario run_no_args keep "$run"
scenario panic keep "$run panic"
scenario let_assert_ok keep "$run let_assert 42"
scenario let_assert_fail keep "$run let_assert x"
scenario badarith keep "$run badarith"
echo "gleam_accept: $pass passed, $fail failed"
[ $fail -eq 0 ]
