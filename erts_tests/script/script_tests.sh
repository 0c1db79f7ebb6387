#!/bin/sh
# The hosted-script API (ember_script) on Ember: erts_tests/script/script_tests.erl on OTP's boot, on
# one scheduler, and on the minimal boot. Usage: script_tests.sh EMBER
set -u
ember=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-script.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
(cd "$here" && erlc -o "$work" script_tests.erl) || exit 1
status=0
for mode in "-noshell" "+S 1 -noshell" "-boot ember"; do
    # shellcheck disable=SC2086
    out=$("$ember" $mode -pa "$work" -run script_tests main 2>&1 </dev/null)
    echo "$out" | tail -20
    echo "$out" | grep -q "script_tests: [0-9]* passed, 0 failed" || { echo "FAILED in mode: $mode"; status=1; }
done

# `ember script FILE ARGS`: output, exit statuses (0 done, 1 failed, 2 usage, 3 deadlock), stderr.
cli() {  # NAME WANT_STATUS WANT_STDOUT STDERR_PATTERN -- ARGS...
    name=$1 want_rc=$2 want_out=$3 err_pat=$4
    shift 5
    (cd "$here/cli" && "$ember" script "$@" </dev/null >"$work/out" 2>"$work/err")
    rc=$?
    if [ "$rc" != "$want_rc" ] || [ "$(cat "$work/out")" != "$want_out" ] || { [ -n "$err_pat" ] && ! grep -q -e "$err_pat" "$work/err"; }; then
        echo "FAIL cli $name: status $rc (want $want_rc)"; cat "$work/out" "$work/err" | head -10; status=1
    fi
}
nl='
'
cli hello 0 "hello a b${nl}sum 14" "" -- hello.erl a b
cli deadlock 3 "" "deadlock: \[{<0\.[0-9]*\.0>,{await," -- dead.erl
cli failure 1 "before" "fail.erl failed: {boom," -- fail.erl
cli syntax_error 1 "" "bad.erl:1: syntax error before: '.'" -- bad.erl
cli no_file 2 "" "cannot read nofile.erl" -- nofile.erl
cli usage 2 "" "missing file name" --
cli caps_script_spawn 0 "hello x${nl}sum 14" "" -- --caps clock hello.erl x
cli caps_deny_plain_spawn 1 "1" "capability_denied,process" -- --caps clock plain_spawn.erl
cli time_limit 1 "hello " "the time limit passed" -- --time-limit 20 hello.erl
cli fs_root 0 "from the root${nl}{error,outside_root}${nl}{ok,[\"greeting.txt\"]}" "" -- --fs-root files readfile.erl
cli no_fs_root 1 "" "no_fs_root" -- readfile.erl
cli mock_time 0 "[1000]" "" -- --mock-time sleepers.erl
cli bad_fs_root 2 "" "is not a directory" -- --fs-root nowhere readfile.erl
[ $status = 0 ] && echo "script_tests: all modes passed"
exit $status
