#!/bin/bash
# Start-up and idle-memory benchmark (docs/benchmarks.md): whole-process wall time of
#   erl   -noshell -eval 'halt().'                    (OTP's full boot)
#   ember -noshell -eval 'halt().'                    (the same boot on Ember)
#   ember -boot ember -run erlang halt                (Ember's minimal boot, no kernel application)
# best of N runs each, and the resident memory (VmRSS) of a booted idle node on each VM. Each time includes
# starting a process from this shell; the "/bin/true" line measures that cost alone.
# Usage: tools/bench/startup.sh [--ember PATH] [--erl PATH] [--runs N]
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
ember="$root/build/bin/ember"
erl=erl
runs=10
while [ $# -gt 0 ]; do
  case "$1" in
    --ember) ember=$2; shift 2 ;;
    --erl) erl=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--ember PATH] [--erl PATH] [--runs N]" >&2; exit 2 ;;
  esac
done

# Times come from bash's clock variable EPOCHREALTIME: no process is started to read the time
# (`date` would add its own fork and exec, about 10 ms on a small VM, to every measurement).

# best_ms CMD...: the best wall time of $runs runs, in milliseconds with one decimal.
best_ms() {
  local best="" i=0 t0 t1 us
  while [ $i -lt "$runs" ]; do
    t0=${EPOCHREALTIME/./}
    "$@" >/dev/null 2>&1 </dev/null
    t1=${EPOCHREALTIME/./}
    us=$(( t1 - t0 ))
    if [ -z "$best" ] || [ "$us" -lt "$best" ]; then best=$us; fi
    i=$((i + 1))
  done
  awk -v us="$best" 'BEGIN { printf "%.1f", us / 1000 }'
}

# idle_rss_kb CMD...: VmRSS of the node once it has booted (it prints "ready") and sits idle.
idle_rss_kb() {
  f=$(mktemp)
  "$@" -noshell -eval 'io:format("ready~n"), timer:sleep(infinity).' >"$f" 2>/dev/null </dev/null &
  pid=$!
  k=0
  while [ $k -lt 100 ] && ! grep -q ready "$f"; do sleep 0.1; k=$((k + 1)); done
  sleep 2  # idle: past jemalloc's 1 s decay of the pages the boot freed (tools/ember/main.cpp)
  rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rm -f "$f"
  echo "${rss:-n/a}"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else print "n/a" }'; }

true_ms=$(best_ms /bin/true)
erl_boot=$(best_ms "$erl" -noshell -eval 'halt().')
ember_boot=$(best_ms "$ember" -noshell -eval 'halt().')
ember_min=$(best_ms "$ember" -boot ember -run erlang halt)
erl_rss=$(idle_rss_kb "$erl")
ember_rss=$(idle_rss_kb "$ember")
printf '%-34s %10s %10s %8s\n' measure erl ember ratio
printf '%-34s %10s %10s %8s\n' "starting /bin/true (ms)" "$true_ms" "$true_ms" "-"
printf '%-34s %10s %10s %8s\n' "full boot + halt (ms, best of $runs)" "$erl_boot" "$ember_boot" "$(ratio "$ember_boot" "$erl_boot")"
printf '%-34s %10s %10s %8s\n' "-boot ember + halt (ms)" "-" "$ember_min" "$(ratio "$ember_min" "$erl_boot")"
printf '%-34s %10s %10s %8s\n' "idle booted node RSS (KiB)" "$erl_rss" "$ember_rss" "$(ratio "$ember_rss" "$erl_rss")"
