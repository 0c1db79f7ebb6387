#!/bin/sh
# What happens when an application's top supervisor ends, for each start type (docs/otp_applications.md):
# runs fixtures/otp_app_exit.erl on erl and on Ember and compares the output (time stamps, pids
# and the process sizes of crash reports removed; the "Crash dump is being written" line and CRs
# dropped: erl's erts_printf ends the halt text's lines with CR LF) and the exit status.
# Usage: app_exit_compare.sh EMBER FIXTURES_DIR WORKDIR
ember=$1 fixtures=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
export ERL_CRASH_DUMP="$work/erl_crash.dump"  # not in the ctest directory
norm() {
    tr -d '\r' <"$1" | sed -E 's/^(=[A-Z ]+REPORT)==== .* ===$/\1====/; s/<[0-9]+\.[0-9]+\.[0-9]+>/<pid>/g' |
        grep -v -E '^ +(heap_size|stack_size|reductions):|^Crash dump is being written|^$'
}
fail=0
for case in "permanent kill" "transient kill" "transient normal" "temporary kill" "permanent normal"; do
    name=$(echo "$case" | tr ' ' _)
    TMPDIR=$work erl -noshell -pa "$fixtures" -run otp_app_exit main $case </dev/null >"$work/erl_$name.out" 2>&1
    es=$?
    TMPDIR=$work "$ember" -noshell -pa "$fixtures" -run otp_app_exit main $case </dev/null >"$work/ember_$name.out" 2>&1
    ms=$?
    norm "$work/erl_$name.out" >"$work/erl_$name.norm"
    norm "$work/ember_$name.out" >"$work/ember_$name.norm"
    if [ "$es" != "$ms" ] || ! cmp -s "$work/erl_$name.norm" "$work/ember_$name.norm"; then
        echo "FAIL $case: exit erl $es, ember $ms"
        diff "$work/erl_$name.norm" "$work/ember_$name.norm"
        fail=1
    else
        echo "ok $case: exit $es, $(tail -n 1 "$work/erl_$name.norm")"
    fi
done
exit $fail
