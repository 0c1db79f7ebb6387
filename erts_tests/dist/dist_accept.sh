#!/bin/sh
# Distribution between erl and Ember (docs/distribution.md): a server node and a client node started
# with -sname, every pairing of the two VMs; dist_client.erl's output must be the same as with erl on
# both sides. Also `-sname` on its own (node/0, is_alive/0, the creation).
# Usage: dist_accept.sh EMBER
set -u
ember=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-dist.XXXXXX") || exit 1
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
erlc -o "$work" "$here/dist_client.erl" "$here/dist_gs.erl" "$here/dist_bad_input.erl" "$here/dist_fun.erl" || exit 1
host=$(erl -noshell -eval 'io:format("~s", [tl(lists:dropwhile(fun(C) -> C =/= $@ end, atom_to_list(node())))]), halt().' -sname probe$$)
pass=0
fail=0
vm() { if [ "$1" = ember ]; then echo "$ember"; else echo erl; fi; }
run_pair() {  # SERVER_VM CLIENT_VM OUT
    tag=$$_$1_$2
    timeout 60 $(vm "$1") -sname "s$tag" -pa "$work" -noshell >"$work/server.log" 2>&1 &
    spid=$!
    # the server is up when epmd knows it
    i=0
    while [ $i -lt 100 ] && ! epmd -names 2>/dev/null | grep -q "name s$tag "; do sleep 0.1; i=$((i + 1)); done
    timeout 60 $(vm "$2") -sname "c$tag" -pa "$work" -noshell -run dist_client main "s$tag@$host" 2>&1 |
        sed -e "s/s$tag/SERVER/g" -e '/^=WARNING REPORT/,/^$/d' >"$3"
    wait $spid 2>/dev/null
}
run_pair erl erl "$work/expected"
if ! grep -q '^ping pong$' "$work/expected"; then
    # erl itself cannot connect two nodes here (no epmd, or the host name does not resolve).
    echo "SKIP: two erl nodes cannot connect on this machine:"; head -5 "$work/expected"
    exit 77
fi
# Counts a pass when EXPECTED and GOT are the same, else reports the difference and LOG's start.
check() {  # WHAT EXPECTED GOT LOG
    if cmp -s "$2" "$3"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $1"
        diff "$2" "$3" | head -40
        sed -n '1,20p' "$4"
    fi
}
for pair in "erl ember" "ember erl" "ember ember"; do
    set -- $pair
    run_pair "$1" "$2" "$work/got"
    check "server on $1, client on $2" "$work/expected" "$work/got" "$work/server.log"
done
# Bad packets on a connection (dist_bad_input.erl, run on erl): each closes its connection only, on
# an Ember target as on an erl one.
bad_input() {  # TARGET_VM OUT
    tag=$$_bad_$1
    timeout 60 $(vm "$1") -sname "t$tag" -noshell -eval 'timer:sleep(40000), halt().' >"$work/target.log" 2>&1 &
    tpid=$!
    i=0
    while [ $i -lt 100 ] && ! epmd -names 2>/dev/null | grep -q "name t$tag "; do sleep 0.1; i=$((i + 1)); done
    timeout 60 erl -sname "b$tag" -pa "$work" -noshell -run dist_bad_input main "t$tag@$host" >"$2" 2>&1
    kill $tpid 2>/dev/null
    wait $tpid 2>/dev/null
}
bad_input erl "$work/bad_expected"
bad_input ember "$work/bad_got"
if grep -q 'rpc still answers: true' "$work/bad_expected"; then
    check "bad input on a connection" "$work/bad_expected" "$work/bad_got" "$work/target.log"
else
    fail=$((fail + 1))
    echo "FAIL: bad input on a connection: erl's own run did not answer rpc afterwards"
    head -20 "$work/bad_expected"
fi
# -sname alone
out=$($ember -sname solo$$ -noshell -eval 'io:format("~p ~p ~p~n", [is_alive(), node() =:= list_to_atom("solo'$$'@'$host'"), is_integer(erts_internal:get_creation())]), halt().' 2>&1)
if [ "$out" = "true true true" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: -sname alone: $out"; fi
echo "dist_accept: $pass passed, $fail failed"
[ $fail -eq 0 ]
