#!/bin/sh
# The workflow history store's natives (ember_workflow_store, docs/workflows.md) on Ember:
# erts_tests/workflow_store/workflow_store_tests.erl on OTP's boot, on the minimal boot, and on the minimal
# boot with a GC before every allocation (EMBER_GC_STRESS), each with a scratch directory for its
# database files. Usage: workflow_store_tests.sh EMBER
set -u
ember=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-wfstore.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
erlc -o "$work" "$here/workflow_store_tests.erl" || exit 1
status=0
for mode in "-noshell" "-boot ember" "gc_stress -boot ember"; do
    mkdir -p "$work/db" && rm -f "$work"/db/*
    stress=0
    case $mode in gc_stress*) stress=1 args=${mode#gc_stress } ;; *) args=$mode ;; esac
    # shellcheck disable=SC2086
    out=$(EMBER_GC_STRESS=$stress "$ember" $args -pa "$work" -run workflow_store_tests main "$work/db" 2>&1 </dev/null)
    echo "$out" | tail -20
    echo "$out" | grep -q "workflow_store_tests: [0-9]* passed, 0 failed" || { echo "FAILED in mode: $mode"; status=1; }
done
[ $status = 0 ] && echo "workflow_store_tests: all modes passed"
exit $status
