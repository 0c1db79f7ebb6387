#!/bin/sh
# erl's command line, differentially: each case runs on real erl and on ember with the same arguments;
# stdout, stderr and the exit status must match (logger timestamps normalized; erl_crash.dump removed).
# Usage: cli_diff.sh EMBER [ERL]
set -u
ember=$1
erl=${2:-erl}
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v "$erl" >/dev/null 2>&1; then echo "SKIP: no erl"; exit 0; fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-cli.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
erlc -o "$work" "$here/cli_fix.erl" || exit 1
cd "$work" || exit 1
cat > app.config <<'CFG'
[{kernel, [{cli_key, from_config}]}, {stdlib, [{cfg_key, 17}]}].
CFG
printf '%s\n' '# a comment' '-foo from_file  # trailing comment' '-bar "quoted arg"' > args.txt

# Pid numbers are not compared: Ember numbers its processes from 1 (pid 0 means "none" to the host
# API and the tombstones), erl from 0.
normalize() {
    sed -e 's/==== [0-9]*-[A-Za-z]*-[0-9]*::[0-9:.]* ===/==== DATE ===/' \
        -e 's/<0\.[0-9]*\.0>/<0.N.0>/g' "$1"
}

pass=0
FIRST_LINE=
PIN=  # a command put before the VM (taskset), empty for most cases
fail=0
# run NAME ENVIRONMENT -- ARGS...
run() {
    name=$1; shift
    envs=""
    while [ "$1" != "--" ]; do envs="$envs $1"; shift; done
    shift
    for vm in erl ember; do
        bin=$erl; [ $vm = ember ] && bin=$ember
        rm -f erl_crash.dump
        env $envs $PIN "$bin" "$@" </dev/null >"$vm.out" 2>"$vm.err"
        echo $? >"$vm.rc"
        [ -f erl_crash.dump ] && echo dump >>"$vm.rc"
        normalize "$vm.out" >"$vm.out.n"
        if [ -n "$FIRST_LINE" ]; then normalize "$vm.err" | head -1 >"$vm.err.n"; else normalize "$vm.err" >"$vm.err.n"; fi
    done
    if cmp -s erl.out.n ember.out.n && cmp -s erl.err.n ember.err.n && cmp -s erl.rc ember.rc; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $name: $*"
        for f in out.n err.n rc; do
            cmp -s erl.$f ember.$f || { echo "  --- erl.$f / ember.$f"; diff erl.$f ember.$f | head -20; }
        done
    fi
}

run s_run_order -- -noshell -pa . -s cli_fix -s cli_fix start a b -run cli_fix start x y -s init stop
run plain_extra -- -noshell -pa . -foo 1 2 -run cli_fix args -s erlang halt -extra p q
run run_args -- -noshell -pa . -run cli_fix args a1 a2 -s init stop -extra z
run app_env -- -noshell -pa . -kernel cli_key '"v"' -myapp k 42 -s cli_fix env -s init stop
run config -- -noshell -pa . -config app.config -s cli_fix env -s init stop
run config_ext -- -noshell -pa . -config app -s cli_fix env -s init stop
run do_boot_crash -- -noshell -pa . -s cli_fix crash
run do_boot_undef -- -noshell -s no_such_module
run eval_halt_status -- -noshell -eval 'io:format("x~n"), halt(7).'
run eval_syntax_error -- -noshell -eval 'foo(.'
run eval_sequence -- -noshell -eval 'io:format("a~n").' -eval 'io:format("b~n")' -s erlang halt
run stop_status -- -noshell -pa . -eval 'cli_fix:slow_stop().'
run get_status -- -noshell -pa . -s cli_fix status -s init stop
run restart -- -noshell -pa . -s cli_fix restart_once
run crash_report -- -noshell -eval 'spawn(fun() -> error(foo) end), timer:sleep(200), halt().'
run system_logger_off -- -noshell -eval 'erlang:system_flag(system_logger, undefined), spawn(fun() -> error(foo) end), timer:sleep(200), halt().'
run halt_string -- -noshell -eval 'halt("bye").'
run halt_string_nodump ERL_CRASH_DUMP_SECONDS=0 -- -noshell -eval 'halt("bye").'
run missing_boot -- -noshell -boot no_such_boot
run start_sasl -- -noshell -boot start_sasl -eval 'io:format("~p~n", [application:which_applications()]), halt().'
run start_clean -- -noshell -boot start_clean -eval 'io:format("~p~n", [application:which_applications()]), halt().'
run registered -- -noshell -eval 'io:format("~p~n", [[{N, is_pid(whereis(N))} || N <- lists:sort(registered())]]), halt().'
run code_path -- -noshell -pa /tmp -pz /usr -pa . -s cli_fix path -s init stop
run erl_flags ERL_FLAGS=-foo_from_env -- -noshell -pa . -eval 'io:format("~p~n", [init:get_argument(foo_from_env)]), halt().'
run erl_aflags_extra ERL_AFLAGS=-extra_ignored ERL_ZFLAGS='-bar z -extra tail' -- -noshell -pa . -run cli_fix args -s init stop -extra head
run args_file -- -noshell -pa . -args_file args.txt -run cli_fix args -s init stop
run env_flag -- -noshell -pa . -env CLI_ENV_VAR hello +S 1 -s cli_fix flags -s init stop
run emu_flags -- +sbtu +A1 +K true -noshell -eval 'halt(0).'
run max_heap_flags -- +hmax 2000000 +hmaxk false +hmaxel false -noshell -eval 'io:format("~p~n", [erlang:system_info(max_heap_size)]), halt().'
run max_heap_attached -- +hmax3000000 -noshell -eval 'io:format("~p~n", [erlang:system_info(max_heap_size)]), halt().'
run printable_unicode -- +pc unicode -noshell -eval 'io:format("~p~n", [io:printable_range()]), halt().'
run printable_latin1 -- +pclatin1 -noshell -eval 'io:format("~p~n", [io:printable_range()]), halt().'
run time_warp_default -- -noshell -pa . -s cli_fix time_warp -s init stop
run time_warp_single -- +C single_time_warp -noshell -pa . -s cli_fix time_warp -s init stop
run time_warp_multi -- +C multi_time_warp -noshell -pa . -s cli_fix time_warp -s init stop
run time_correction_off -- +c false -noshell -eval 'io:format("~p~n", [erlang:system_info(time_correction)]), halt().'
run time_correction_attached -- +ctrue -noshell -eval 'io:format("~p~n", [erlang:system_info(time_correction)]), halt().'
run time_correction_bare -- +c maybe -noshell -eval 'io:format("~p ~p~n", [erlang:system_info(time_correction), init:get_plain_arguments()]), halt().'
SCHED='io:format("~p~n", [[erlang:system_info(K) || K <- [schedulers, schedulers_online, logical_processors_available]]]), halt().'
run schedulers_split -- +S 2:1 -noshell -eval "$SCHED"
run schedulers_online_only -- +S :1 -noshell -eval "$SCHED"
run schedulers_relative -- +S -1 -noshell -eval "$SCHED"
run schedulers_online_junk -- +S 2:x -noshell -eval "$SCHED"
run schedulers_zero_default -- +S 0:0 -noshell -eval "$SCHED"
FIRST_LINE=1  # the usage text after the first line is erl's own
run bad_schedulers -- +S x -noshell -eval 'halt(0).'
run bad_schedulers_online -- +S 1:2 -noshell -eval 'halt(0).'
run bad_schedulers_relative -- +S -5 -noshell -eval 'halt(0).'
run bad_schedulers_online_relative -- +S 2:-5 -noshell -eval 'halt(0).'
run bad_time_warp_mode -- +C sometimes -noshell -eval 'halt(0).'
run bad_printable_range -- +pc bad -noshell -eval 'halt(0).'
run bad_emu_flag -- +P 100 -noshell -eval 'halt(0).'
run bad_max_heap_kill -- +hmaxk maybe -noshell -eval 'halt(0).'
run bad_max_heap_size -- +hmax -5 -noshell -eval 'halt(0).'
FIRST_LINE=
run version -- -version -noshell -eval 'halt().'
run hidden -- -hidden -noshell -eval 'io:format("~p~n", [init:get_argument(hidden)]), halt().'
run mode_embedded -- -mode embedded -noshell -eval 'io:format("~p~n", [code:get_mode()]), halt().'
run detached -- -detached -eval 'halt().'
# On fewer CPUs than the machine has, erl prints nothing extra (Ember's allocator had a notice).
if command -v taskset >/dev/null 2>&1; then
    PIN="taskset -c 0"
    # erl puts online as many schedulers as the CPUs the process may run on.
    run pinned_cpu -- -noshell -eval "$SCHED"
    run pinned_cpu_all_online -- +S 2:2 -noshell -eval "$SCHED"
    PIN=
fi
run noinput -- -noinput -eval 'io:format("~p~n", [init:get_argument(noinput)]), halt().'

echo "cli_diff: $pass passed, $fail failed"
[ $fail -eq 0 ]
