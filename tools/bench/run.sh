#!/bin/sh
# Ember benchmark harness: runs every bench/*.erl program on real erl and on ember, side by
# side, checks that both print the same checksum line, and prints each time ratio
# (ember / erl) and their geometric mean. See docs/benchmarks.md.
#
#   tools/bench/run.sh [--ember PATH] [--erl PATH] [--out DIR] [--runs N] [--sched N]
#                      [--cpus LIST] [--save FILE] [--baseline FILE] [--gc-stress] [--scaling]
#                      [--idle-procs N] [NAME...]
#
# NAME is a benchmark module such as bench_calls (default: all of bench/*.erl).
# Times are wall-clock seconds for the whole command (VM start included), best of N runs, and, for
# programs that print "NAME work_ms N" (their own timing of the work, measured inside the VM), the
# best in-VM milliseconds; the ratio then compares the in-VM times.
# --sched N passes +S N (scheduler threads) to both VMs. --scaling runs NAMEs (default
# bench_parallel) at +S 1 and +S 2 on both VMs and prints the speedups instead.
# --cpus LIST runs both VMs under `taskset -c LIST` (e.g. 1): on a machine whose CPUs differ in
# speed (a VM's vCPUs), unpinned runs land on either and single timings move by up to 2x.
# bench_idle_memory is a memory measurement (bytes per idle process), not a timing.
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
sched=""
pin=""
scaling=0
idle_procs=50000

usage() {
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
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
    --sched) sched=$2; shift 2 ;;
    --cpus) pin="taskset -c $2"; shift 2 ;;
    --scaling) scaling=1; shift ;;
    --idle-procs) idle_procs=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "unknown option $1" >&2; usage ;;
    *) names="$names $1"; shift ;;
  esac
done

case "$runs" in ''|*[!0-9]*) echo "--runs needs a number" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] || runs=1
case "$sched" in *[!0-9]*) echo "--sched needs a number" >&2; exit 2 ;; esac
case "$idle_procs" in ''|*[!0-9]*|0) echo "--idle-procs needs a positive number" >&2; exit 2 ;; esac

if [ -z "$names" ]; then
  if [ "$scaling" = 1 ]; then
    names=" bench_parallel"
  else
    for f in "$root"/bench/*.erl; do
      names="$names $(basename "$f" .erl)"
    done
  fi
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
  # A benchmark with a NIF library (bench/nifs/NAME.c) gets NAME.so next to its beam, built against
  # the installed OTP's erl_nif.h: the same library then runs on both VMs.
  if [ -f "$root/bench/nifs/$n.c" ]; then
    nif_inc=$(erl -noshell -eval 'io:format("~s/usr/include", [code:root_dir()]), halt().')
    cc -O2 -shared -fPIC -I "$nif_inc" -o "$out/$n.so" "$root/bench/nifs/$n.c" ||
      { echo "cc failed for bench/nifs/$n.c" >&2; exit 1; }
  fi
done

now_ns() { date +%s%N; }

# vm_flags: the emulator flags for the current scheduler count ($sched, may be empty).
vm_flags() {
  [ -n "$sched" ] && printf '+S %s' "$sched"
}

# run_best VM MOD: runs the program $runs times; sets best_s (seconds, or "fail"), last_out
# (the checksum line of the last run) and best_work (the least "MOD work_ms N" a program
# printed for its own timed part, or empty).
run_best() {
  vm=$1; mod=$2
  best_ns=""
  best_work=""
  last_out=""
  flags=$(vm_flags)
  i=0
  while [ $i -lt "$runs" ]; do
    i=$((i + 1))
    t0=$(now_ns)
    # $flags and $pin are unquoted on purpose: empty, or "+S N" / "taskset -c LIST" as words.
    if [ "$vm" = erl ]; then
      res=$($pin "$erl_cmd" $flags -noshell -pa "$out" -run "$mod" main 2>/dev/null)
    elif [ "$gc_stress" = 1 ]; then
      res=$(EMBER_GC_STRESS=1 $pin "$ember" $flags -noshell -pa "$out" -run "$mod" main 2>/dev/null)
    else
      res=$($pin "$ember" $flags -noshell -pa "$out" -run "$mod" main 2>/dev/null)
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
    work=$(printf '%s\n' "$res" | awk -v m="$mod" '$1 == m && $2 == "work_ms" { print $3 }' | tail -n 1)
    if [ -n "$work" ] && { [ -z "$best_work" ] || [ "$work" -lt "$best_work" ]; }; then best_work=$work; fi
  done
  best_s=$(awk -v ns="$best_ns" 'BEGIN { printf "%.3f", ns / 1e9 }')
}

# rss_kb PID: the resident set size of PID in kB (from /proc), or empty.
rss_kb() {
  awk '$1 == "VmRSS:" { print $2 }' "/proc/$1/status" 2>/dev/null
}

# wait_for FILE PATTERN JOB: waits (up to 120 s) until FILE has a line containing PATTERN;
# fails early if background job JOB has ended without printing it.
wait_for() {
  k=0
  while [ $k -lt 1200 ]; do
    grep -q "$2" "$1" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || { grep -q "$2" "$1" 2>/dev/null; return $?; }
    sleep 0.1
    k=$((k + 1))
  done
  return 1
}

# run_memory VM: one run of bench_idle_memory with $idle_procs processes, output to a file.
# While the program pauses after each phase, reads the OS process's VmRSS. Sets mem_b
# (erlang:memory(processes) growth per process), pinfo_b (process_info(P, memory) of one
# idle process), rss_b (VmRSS growth per process, bytes) and mem_out (the checksum line);
# mem_b=fail if the run failed.
run_memory() {
  vm=$1
  f="$out/bench_idle_memory.$vm.out"
  : > "$f"
  flags=$(vm_flags)
  if [ "$vm" = erl ]; then
    "$erl_cmd" $flags -noshell -pa "$out" -run bench_idle_memory main "$idle_procs" 1000 > "$f" 2>/dev/null &
  else
    "$ember" $flags -noshell -pa "$out" -run bench_idle_memory main "$idle_procs" 1000 > "$f" 2>/dev/null &
  fi
  job=$!
  rss0=""; rss1=""
  if wait_for "$f" "phase base" "$job"; then
    pid=$(awk '$2 == "os_pid" { print $3 }' "$f")
    rss0=$(rss_kb "$pid")
    if wait_for "$f" "phase spawned" "$job"; then rss1=$(rss_kb "$pid"); fi
  fi
  wait "$job"
  rc=$?
  mem_out=$(grep "checksum" "$f" | tail -n 1)
  line=$(grep "bytes_per_process" "$f" | tail -n 1)
  if [ $rc -ne 0 ] || [ -z "$mem_out" ] || [ -z "$line" ]; then
    mem_b=fail; pinfo_b=n/a; rss_b=n/a
    return
  fi
  mem_b=$(printf '%s\n' "$line" | awk '{ print $4 }')
  pinfo_b=$(printf '%s\n' "$line" | awk '{ print $6 }')
  if [ -n "$rss0" ] && [ -n "$rss1" ]; then
    rss_b=$(awk -v a="$rss0" -v b="$rss1" -v n="$idle_procs" 'BEGIN { printf "%d", (b - a) * 1024 / n }')
  else
    rss_b=n/a
  fi
}

have_ember=1
if [ ! -x "$ember" ]; then
  echo "note: $ember not found or not executable; erl times only" >&2
  have_ember=0
fi

# speedup A B: A / B with two decimals, or n/a.
speedup() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "n/a" }'
}

# --scaling: each NAME at +S 1 and +S 2 on both VMs. Speedup is time(+S 1) / time(+S 2), from
# wall-clock time (VM start-up included) and, if the program prints "NAME work_ms N", from
# its own timing of the parallel part.
if [ "$scaling" = 1 ]; then
  printf '%-16s %-6s %9s %9s %8s %10s %10s %8s  %s\n' benchmark vm "+S1 s" "+S2 s" speedup "+S1 ms" "+S2 ms" speedup checksum
  vms=erl
  [ "$have_ember" = 1 ] && vms="erl ember"
  for n in $names; do
    ref_out=""
    for vm in $vms; do
      sched=1; run_best "$vm" "$n"; s1=$best_s; w1=$best_work; o1=$last_out
      sched=2; run_best "$vm" "$n"; s2=$best_s; w2=$best_work; o2=$last_out
      [ -z "$ref_out" ] && ref_out=$o1
      if [ "$s1" = fail ] || [ "$s2" = fail ]; then
        check="$vm failed"
      elif [ "$o1" != "$ref_out" ] || [ "$o2" != "$ref_out" ]; then
        check="MISMATCH: +S1 '$o1' +S2 '$o2' (erl '$ref_out')"
      else
        check=ok
      fi
      printf '%-16s %-6s %9s %9s %8s %10s %10s %8s  %s\n' "$n" "$vm" "$s1" "$s2" "$(speedup "$s1" "$s2")" \
        "${w1:-n/a}" "${w2:-n/a}" "$(speedup "${w1:-0}" "${w2:-0}")" "$check"
    done
  done
  [ "$cleanup_out" = 1 ] && rm -rf "$out"
  exit 0
fi

[ -n "$sched" ] && echo "schedulers: +S $sched on both VMs"
[ -n "$pin" ] && echo "pinned: $pin on both VMs"
timed=0
for n in $names; do [ "$n" != bench_idle_memory ] && timed=1; done
[ "$timed" = 1 ] && printf '%-16s %10s %10s %10s %10s %8s  %s\n' benchmark "erl s" "ember s" "erl ms" "ember ms" ratio checksum
ratios=""
memory_line=""
[ -n "$save" ] && : > "$save"
for n in $names; do
  if [ "$n" = bench_idle_memory ]; then
    # A measurement, not a timing: printed after the table.
    run_memory erl; erl_mem=$mem_b; erl_pinfo=$pinfo_b; erl_rss=$rss_b; erl_out=$mem_out
    ember_mem=n/a; ember_pinfo=n/a; ember_rss=n/a; ember_out=""
    if [ "$have_ember" = 1 ]; then
      run_memory ember; ember_mem=$mem_b; ember_pinfo=$pinfo_b; ember_rss=$rss_b; ember_out=$mem_out
    fi
    check=""
    if [ "$have_ember" = 1 ] && [ "$ember_mem" != fail ] && [ "$erl_mem" != fail ] && [ "$ember_out" != "$erl_out" ]; then
      check=" MISMATCH: erl '$erl_out' ember '$ember_out'"
    fi
    memory_line="bench_idle_memory ($idle_procs idle processes)$check
  bytes/process ember $ember_mem erl $erl_mem     (erlang:memory(processes) growth / N)
  bytes/process ember $ember_rss erl $erl_rss     (OS VmRSS growth / N)
  bytes/process ember $ember_pinfo erl $erl_pinfo     (process_info(P, memory) of one)"
    continue
  fi
  run_best erl "$n"; erl_s=$best_s; erl_out=$last_out; erl_work=$best_work
  ember_s=n/a; ember_out=""; ratio=n/a; check=""; ember_work=""
  if [ "$have_ember" = 1 ]; then
    run_best ember "$n"; ember_s=$best_s; ember_out=$last_out; ember_work=$best_work
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
    # In-VM times when both printed them (a 0 ms time counts as 1 ms), else whole-process times.
    if [ -n "$erl_work" ] && [ -n "$ember_work" ]; then
      ratio=$(awk -v a="$ember_work" -v b="$erl_work" 'BEGIN { if (a < 1) a = 1; if (b < 1) b = 1; printf "%.2f", a / b }')
    else
      ratio=$(awk -v a="$ember_s" -v b="$erl_s" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    fi
    [ "$ratio" != n/a ] && ratios="$ratios $ratio"
  fi
  if [ -n "$baseline" ] && [ -f "$baseline" ] && [ "$ember_s" != n/a ] && [ "$ember_s" != fail ]; then
    base=$(awk -v k="$n" '$1 == k { print $2 }' "$baseline")
    [ -n "$base" ] && check="$check (baseline $base s, x$(awk -v a="$ember_s" -v b="$base" 'BEGIN { printf "%.2f", a / b }'))"
  fi
  [ -n "$save" ] && [ "$ember_s" != n/a ] && [ "$ember_s" != fail ] && printf '%s %s\n' "$n" "$ember_s" >> "$save"
  printf '%-16s %10s %10s %10s %10s %8s  %s\n' "$n" "$erl_s" "$ember_s" "${erl_work:-n/a}" "${ember_work:-n/a}" "$ratio" "$check"
done

if [ "$timed" = 0 ]; then
  :
elif [ -n "$ratios" ]; then
  echo "$ratios" | awk '{ s = 0; for (i = 1; i <= NF; i++) s += log($i); printf "geometric mean ratio (ember / erl): %.2f over %d benchmarks\n", exp(s / NF), NF }'
else
  echo "geometric mean ratio (ember / erl): n/a"
fi
[ -n "$memory_line" ] && printf '%s\n' "$memory_line"

[ "$cleanup_out" = 1 ] && rm -rf "$out"
exit 0
