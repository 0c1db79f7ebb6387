#!/bin/sh
# Workflow benchmarks (docs/workflows.md, docs/benchmarks.md): tools/bench/workflow_bench.erl on Ember
# with its stores in a scratch directory. Numbers only, never a test.
# Usage: tools/bench/workflow.sh [--ember PATH]
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
ember="$root/build/bin/ember"
[ "${1:-}" = "--ember" ] && ember=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-wfbench.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
erlc -o "$work" "$root/tools/bench/workflow_bench.erl" || exit 1
"$ember" -boot ember -pa "$work" -run workflow_bench main "$work"
