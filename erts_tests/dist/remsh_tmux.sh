#!/bin/sh
# `ember -remsh NODE` under tmux (docs/distribution.md): the shell runs on the other node, with and
# without a name of its own (-sname, or the dynamic name OTP's user_drv asks for). The same script
# passes on erl (REMSH_TEST_ERL=erl). Skipped (exit 77) without tmux.
# Usage: remsh_tmux.sh EMBER
set -u
vm=${REMSH_TEST_ERL:-$1}
command -v tmux >/dev/null 2>&1 || { echo "SKIP: no tmux"; exit 77; }
sock="ember-remsh-$$"
t() { tmux -L "$sock" "$@"; }
srv="remsh_srv_$$"
"$vm" -sname "$srv" -noshell -eval 'register(remsh_marker, self()), timer:sleep(60000), halt().' >/dev/null 2>&1 &
spid=$!
trap 't kill-server >/dev/null 2>&1; kill $spid 2>/dev/null' EXIT
i=0
while [ $i -lt 100 ] && ! epmd -names 2>/dev/null | grep -q "name $srv "; do sleep 0.1; i=$((i + 1)); done
passed=0
failed=0
for how in "-sname remsh_cli_$$" ""; do
    t kill-session -t sh >/dev/null 2>&1
    t new-session -d -s sh -x 120 -y 30 "$vm $how -remsh $srv"
    ok=0
    for _ in $(seq 1 100); do
        t capture-pane -p -t sh | grep -q "^($srv@[^)]*)1>" && { ok=1; break; }
        sleep 0.1
    done
    t send-keys -t sh -l 'is_pid(whereis(remsh_marker)).'
    t send-keys -t sh Enter
    for _ in $(seq 1 50); do
        t capture-pane -p -t sh | grep -q '^true$' && break
        sleep 0.1
    done
    if [ $ok = 1 ] && t capture-pane -p -t sh | grep -q '^true$'; then
        passed=$((passed + 1)); echo "ok   -remsh ${how:-without a name}: the prompt and the evaluation are the other node's"
    else
        failed=$((failed + 1)); echo "FAIL -remsh ${how:-without a name}:"; t capture-pane -p -t sh | head -15
    fi
    t send-keys -t sh C-g
    sleep 0.3
    t send-keys -t sh -l 'q'
    t send-keys -t sh Enter
    sleep 0.5
done
echo "remsh_tmux: $passed passed, $failed failed"
[ $failed -eq 0 ]
