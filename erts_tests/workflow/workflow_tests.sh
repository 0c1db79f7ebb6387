#!/bin/sh
# The durable-workflow engine (ember_workflow, docs/workflows.md) on Ember: erts_tests/workflow/
# workflow_tests.erl on OTP's boot and on the minimal boot, each with a scratch directory for its
# stores. Usage: workflow_tests.sh EMBER
set -u
ember=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-workflow.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
erlc -o "$work" "$here/workflow_tests.erl" || exit 1
status=0
for mode in "-noshell" "-boot ember"; do
    rm -rf "$work/db" && mkdir -p "$work/db"
    # shellcheck disable=SC2086
    out=$("$ember" $mode -pa "$work" -run workflow_tests main "$work/db" 2>&1 </dev/null)
    echo "$out" | tail -20
    echo "$out" | grep -q "workflow_tests: [0-9]* passed, 0 failed" || { echo "FAILED in mode: $mode"; status=1; }
done
[ $status = 0 ] && echo "workflow_tests: all modes passed"
exit $status
