#!/bin/sh
# Crash trials of the workflow engine (docs/workflows.md): each trial starts workflows (activities, one
# of them inside all/1 beside a timer, durable timers, a recorded time, a signal) on a fresh
# store (workflow_crash.erl `start`), kills the VM with SIGKILL after a random delay, restarts it on
# the same store (`finish`) and checks that every workflow completes with the expected result, that
# no completed activity is lost or used twice, that each activity ran at most once more than its
# recorded attempts and that each timer fired once. Usage: workflow_crash.sh EMBER [TRIALS] [SEED]
set -u
ember=$1
trials=${2:-50}
seed=${3:-$(date +%s)}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-wfcrash.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
erlc -o "$work" "$here/workflow_crash.erl" "$here/workflow_tests.erl" || exit 1
echo "seed $seed"
ok=0
resumed=0
i=0
while [ $i -lt "$trials" ]; do
    i=$((i + 1))
    dir="$work/t$i"
    mkdir -p "$dir"
    # a delay of 0-60 ms from the seed and the trial number (the workflows take about 50 ms)
    delay=$(awk -v s="$seed" -v i="$i" 'BEGIN { srand(s + i); printf "%.3f", rand() * 0.06 }')
    "$ember" -boot ember -pa "$work" -run workflow_crash start "$dir" >"$dir/start.out" 2>&1 </dev/null &
    pid=$!
    # the delay counts from when the workflows are started, whatever the machine's load
    n=0
    until grep -q started "$dir/start.out" 2>/dev/null || [ $n -ge 500 ]; do n=$((n + 1)); sleep 0.01; done
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    out=$("$ember" -boot ember -pa "$work" -run workflow_crash finish "$dir" 2>&1 </dev/null)
    case "$out" in
        *"trial ok"*)
            ok=$((ok + 1))
            resumed=$((resumed + $(echo "$out" | sed -n 's/.*resumed \([0-9]*\).*/\1/p')))
            ;;
        *) echo "trial $i (delay ${delay}s) failed: $out" | head -20 ;;
    esac
done
echo "($resumed workflows were resumed after the kill, the others had finished or not started)"
echo "crash trials $trials, workflows completed $((ok * 5)) of $((trials * 5))"
[ "$ok" = "$trials" ]
