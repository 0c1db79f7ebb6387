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
[ $status = 0 ] && echo "script_tests: all modes passed"
exit $status
