#!/bin/sh
# Ember's minimal boot (`ember -boot ember`, docs/cli.md): the -run/-s calls run in order without the
# kernel application, ember exits when nothing is left to run, a crashing call ends it with status 1.
# Ember-only (erl has no such boot), so each case has its expected output here.
# Usage: minimal_boot.sh EMBER
set -u
ember=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-minboot.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
(cd "$here" && erlc -o "$work" minimal_boot_fix.erl) || exit 1
cd "$work" || exit 1
pass=0
fail=0
# check NAME EXPECTED_STATUS EXPECTED_STDOUT EXPECTED_STDERR_FIRST_LINE -- ARGS...
check() {
    name=$1 want_rc=$2 want_out=$3 want_err=$4
    shift 5
    "$ember" -boot ember -pa . "$@" </dev/null >out.txt 2>err.txt
    rc=$?
    out=$(cat out.txt)
    err=$(head -1 err.txt)
    if [ "$rc" = "$want_rc" ] && [ "$out" = "$want_out" ] && [ "$err" = "$want_err" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $name: status $rc (want $want_rc)"
        echo "  stdout: $out"; echo "  want:   $want_out"
        echo "  stderr: $err"; echo "  want:   $want_err"
    fi
}
nl='
'
check hello 0 "hello [1,2,3]" "" -- -run minimal_boot_fix hello
check order_and_args 0 "hello [1,2,3]$nl[\"x\",\"y\"] []" "" -- -run minimal_boot_fix hello -run minimal_boot_fix args x y
check no_file_server 0 "true$nl{'EXIT',{noproc,{gen_server,call,$nl                            [file_server_2,$nl                             {read_file,\"/etc/hostname\"},$nl                             infinity]}}}$nl{ok,<<\"x\">>}" "" -- -run minimal_boot_fix files
check exits_when_idle 0 "late" "" -- -s minimal_boot_fix spawn_idle
check crash 1 "" '{"init terminating in do_boot",{boom,[{minimal_boot_fix,crash,0,[{file,"minimal_boot_fix.erl"},{line,10}]},{ember_boot,run,1,[]}]}}' -- -run minimal_boot_fix crash
check halt_status 3 "" "" -- -run minimal_boot_fix halt_with 3
check env_boot 0 "hello [1,2,3]" "" -- -run minimal_boot_fix hello
EMBER_BOOT=ember "$ember" -pa . -run minimal_boot_fix hello </dev/null >out.txt 2>&1
if [ "$(cat out.txt)" = "hello [1,2,3]" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL EMBER_BOOT=ember: $(cat out.txt)"; fi
echo "minimal_boot: $pass passed, $fail failed"
[ "$fail" = 0 ]
