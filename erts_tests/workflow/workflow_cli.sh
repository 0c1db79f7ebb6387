#!/bin/sh
# `ember workflow` (docs/workflows.md): a worker runs a workflow started from the command line, is
# killed with SIGKILL after the workflow's activity completed, is restarted on the same store, and the
# workflow completes (signal and result from the command line) with its activity run once.
# Usage: workflow_cli.sh EMBER
set -u
ember=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-wfcli.XXXXXX") || exit 1
trap 'kill -9 $worker 2>/dev/null; rm -rf "$work"' EXIT
erlc -o "$work" "$here/cli_flow.erl" || exit 1
store="$work/store.db"
fail() { echo "FAIL: $*"; exit 1; }
wf() { "$ember" workflow -pa "$work" "$@" </dev/null; }

"$ember" workflow -pa "$work" worker --store "$store" >"$work/worker1.out" 2>&1 </dev/null &
worker=$!
out=$(wf start --store "$store" order-7 cli_flow "{\"$work\", 7}") || fail "start: $out"
wf start --store "$store" order-7 cli_flow "{\"$work\", 7}" 2>"$work/err" && fail "a second start succeeded"
grep -q already_started "$work/err" || fail "second start: $(cat "$work/err")"
i=0
until wf history --store "$store" order-7 | grep -q activity_completed; do
    i=$((i + 1)); [ $i -gt 100 ] && fail "the activity did not complete"; sleep 0.05
done
kill -9 $worker; wait $worker 2>/dev/null
wf list --store "$store" | grep -q "^order-7 " || fail "order-7 is not open after the kill"
wf signal --store "$store" --timeout 500 order-7 go 1 2>/dev/null; [ $? = 3 ] || fail "a signal without a worker did not report it"

"$ember" workflow -pa "$work" worker --store "$store" >"$work/worker2.out" 2>&1 </dev/null &
worker=$!
wf signal --store "$store" order-7 go hello >/dev/null || fail "signal"
out=$(wf result --store "$store" --timeout 10000 order-7) || fail "result: $out"
[ "$out" = "{70,hello}" ] || fail "result: $out"
[ "$(wc -l < "$work/steps.log")" = 1 ] || fail "the activity ran $(wc -l < "$work/steps.log") times"
wf history --store "$store" order-7 | grep -q "^run .* completed" || fail "history: $(wf history --store "$store" order-7)"
wf result --store "$store" nobody 2>&1 | grep -q not_found || fail "result of an unknown workflow"
wf bogus --store "$store" 2>/dev/null; [ $? = 2 ] || fail "an unknown command is not a usage error"
echo "workflow_cli: ok"
