#!/bin/sh
# Runs erts_tests/common_test/ember_sample_SUITE.erl with Common Test on erl (`ct_run -noshell
# -dir D -logdir L`) and on Ember, then compares the summary: the "TEST COMPLETE" line, the
# failed test case and the exit status. Ember is started as ct_run (erts/etc/common/ct_run.c)
# starts erl in its normal mode: `-sname NAME -s ct_run script_start -s erlang halt` followed by
# ct_run's own arguments.
# Usage: ct_run_compare.sh EMBER SRCDIR WORKDIR. Exit 77 (ctest's skip code) without ct_run.
ember=$1 src=$2 work=$3
if ! command -v ct_run >/dev/null 2>&1 || ! erl -noshell -eval \
     'case code:lib_dir(common_test) of {error, _} -> halt(1); _ -> halt(0) end.' </dev/null; then
    echo "SKIP: ct_run or OTP's common_test is not installed"
    exit 77
fi
rm -rf "$work" && mkdir -p "$work/suite" "$work/logs_erl" "$work/logs_ember" || exit 1
cp "$src/ember_sample_SUITE.erl" "$work/suite/" || exit 1
cd "$work" || exit 1

# A node name of its own: ct_run starts erl as ct@host, which another ct_run running at the same time
# (tools/otp_tests/run.sh) may hold.
ct_run -noshell -sname "ct_compare_$$" -dir suite -logdir logs_erl </dev/null >erl.out 2>&1
erl_status=$?
rm -f suite/*.beam  # Ember compiles the suite again, as ct_run does
"$ember" -noshell -sname "ct_compare_ember_$$" -s ct_run script_start -s erlang halt -dir suite -logdir logs_ember </dev/null >ember.out 2>&1
ember_status=$?

summary() {
    grep -E 'TEST COMPLETE|FAILED test case|Reason: |TEST INFO' "$1"
}
summary erl.out >erl.sum
summary ember.out >ember.sum
echo "erl (exit $erl_status):"; cat erl.sum
echo "ember (exit $ember_status):"; cat ember.sum
if ! grep -q 'TEST COMPLETE, 2 ok, 1 failed of 3 test cases' erl.sum; then
    echo "FAIL: erl's run did not give the expected summary"; cat erl.out; exit 1
fi
if ! cmp -s erl.sum ember.sum; then
    echo "FAIL: summaries differ"; cat ember.out; exit 1
fi
if [ "$erl_status" != "$ember_status" ]; then
    echo "FAIL: exit status erl $erl_status, ember $ember_status"; exit 1
fi
echo "PASS: same summary and exit status ($ember_status)"
