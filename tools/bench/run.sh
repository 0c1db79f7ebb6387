#!/bin/sh
# Ember benchmark harness: runs every bench/*.erl program on real erl and on ember, side by
# side, checks that both print the same checksum line, and prints each time ratio
# (ember / erl) and their geometric mean. See docs/benchmarks.md.
#
#   tools/bench/run.sh [--ember PATH] [--erl PATH] [--out DIR] [--runs N]
#                      [--save FILE] [--baseline FILE] [--gc-stress] [NAME...]
#
# NAME is a benchmark module such as bench_calls (default: all of bench/*.erl).
# Times are wall-clock seconds for the whole command (VM start included), best of N runs.
# Never used as a pass/fail test: numbers only.
set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$script_dir/../.." && pwd)
ember="$root/build/bin/ember"
erl_cmd=erl
out=""
runs=1
save=""
baseline=""
gc_stress=0
names=""

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --ember) ember=$2; shift 2 ;;
    --erl) erl_cmd=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --save) save=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    --gc-stress) gc_stress=1; shift ;;
    -h|--help) usage ;;
    -*) echo "unknown option $1" >&2; usage ;;
    *) names="$names $1"; shift ;;
  esac
done

case "$runs" in ''|*[!0-9]*) echo "--runs needs a number" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] || runs=1

if [ -z "$names" ]; then
  for f in "$root"/bench/*.erl; do
    names="$names $(basename "$f" .erl)"
  done
fi

# Compile the benchmarks with erlc (the same beams run on both VMs).
if [ -z "$out" ]; then
  out=$(mktemp -d "${TMPDIR:-/tmp}/ember-bench.XXXXXX") || exit 1
  cleanup_out=1
else
  mkdir -p "$out" || exit 1
  cleanup_out=0
fi
for n in $names; do
  src="$root/bench/$n.erl"
  if [ ! -f "$src" ]; then echo "no such benchmark: $src" >&2; exit 2; fi
  erlc -o "$out" "$src" || { echo "erlc failed for $src" >&2; exit 1; }
done

now_ns() { date +%s%N; }

# run_best VM MOD: runs the program $runs times; sets best_s (seconds, or "fail") and
# last_out (the checksum line of the last run).
run_best() {
  vm=$1; mod=$2
  best_ns=""
  last_out=""
  i=0
  while [ $i -lt "$runs" ]; do
    i=$((i + 1))
    t0=$(now_ns)
    if [ "$vm" = erl ]; then
      res=$("$erl_cmd" -noshell -pa "$out" -run "$mod" main 2>/dev/null)
    elif [ "$gc_stress" = 1 ]; then
      res=$(EMBER_GC_STRESS=1 "$ember" -pa "$out" -run "$mod" main 2>/dev/null)
    else
      res=$("$ember" -pa "$out" -run "$mod" main 2>/dev/null)
    fi
    rc=$?
    t1=$(now_ns)
    last_out=$(printf '%s\n' "$res" | grep "checksum" | tail -n 1)
    if [ $rc -ne 0 ] || [ -z "$last_out" ]; then
      best_s=fail
      return
    fi
    dt=$((t1 - t0))
    if [ -z "$best_ns" ] || [ "$dt" -lt "$best_ns" ]; then best_ns=$dt; fi
  done
  best_s=$(awk -v ns="$best_ns" 'BEGIN { printf "%.3f", ns / 1e9 }')
}

have_ember=1
if [ ! -x "$ember" ]; then
  echo "note: $ember not found or not executable; erl times only" >&2
  have_ember=0
fi

printf '%-16s %10s %10s %8s  %s\n' benchmark "erl s" "ember s" ratio checksum
ratios=""
[ -n "$save" ] && : > "$save"
for n in $names; do
  run_best erl "$n"; erl_s=$best_s; erl_out=$last_out
  ember_s=n/a; ember_out=""; ratio=n/a; check=""
  if [ "$have_ember" = 1 ]; then
    run_best ember "$n"; ember_s=$best_s; ember_out=$last_out
  fi
  if [ "$erl_s" = fail ]; then
    check="erl failed"
  elif [ "$have_ember" = 0 ]; then
    check="(erl) $erl_out"
  elif [ "$ember_s" = fail ]; then
    check="ember failed"
  elif [ "$ember_out" != "$erl_out" ]; then
    check="MISMATCH: erl '$erl_out' ember '$ember_out'"
  else
    check=ok
    ratio=$(awk -v a="$ember_s" -v b="$erl_s" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    [ "$ratio" != n/a ] && ratios="$ratios $ratio"
  fi
  if [ -n "$baseline" ] && [ -f "$baseline" ] && [ "$ember_s" != n/a ] && [ "$ember_s" != fail ]; then
    base=$(awk -v k="$n" '$1 == k { print $2 }' "$baseline")
    [ -n "$base" ] && check="$check (baseline $base s, x$(awk -v a="$ember_s" -v b="$base" 'BEGIN { printf "%.2f", a / b }'))"
  fi
  [ -n "$save" ] && [ "$ember_s" != n/a ] && [ "$ember_s" != fail ] && printf '%s %s\n' "$n" "$ember_s" >> "$save"
  printf '%-16s %10s %10s %8s  %s\n' "$n" "$erl_s" "$ember_s" "$ratio" "$check"
done

if [ -n "$ratios" ]; then
  echo "$ratios" | awk '{ s = 0; for (i = 1; i <= NF; i++) s += log($i); printf "geometric mean ratio (ember / erl): %.2f over %d benchmarks\n", exp(s / NF), NF }'
else
  echo "geometric mean ratio (ember / erl): n/a"
fi

[ "$cleanup_out" = 1 ] && rm -rf "$out"
exit 0
