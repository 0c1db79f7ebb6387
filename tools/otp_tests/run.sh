#!/usr/bin/env bash
# OTP's own test suites on Ember and on erl (docs/otp_tests.md). The suites of OTP 25.2.3
# (erts/emulator, stdlib, compiler, with the compiler's *_no_opt_SUITE variants) are taken from
# Debian's erlang source package at run time (never committed), compiled with erlc as OTP's test
# Makefiles compile them, and run with common_test's ct_run on erl and, through
# `ember -noshell -s ct_run script_start` (what OTP's ct_run program starts), on Ember.
#
# Usage: tools/otp_tests/run.sh [--ember PATH] [--work DIR] [--timeout SEC] [--vm erl|ember|none]
#                               [--reuse-erl] [--quick | SUITE...]
#   --quick      the fixed quick subset (tools/otp_tests/quick_suites.txt), run by the test command
#   SUITE...     suite names (lists_SUITE, or compiler:float_SUITE where two apps have one) or app
#                names (stdlib, compiler, emulator); default: all
#                but the suites in tools/otp_tests/skipped_suites.txt (named explicitly, they run)
#   --vm erl     run erl's side only (results kept in WORK/results/erl.APP.SUITE); --vm ember: Ember's only;
#                --vm none: run nothing, compare the results kept from earlier runs
#   --reuse-erl  take erl's side from an earlier run when there is one
# Prints, per suite and in total, the cases that pass on erl and on Ember. Exits 1 if a case that
# passes on erl fails on Ember and is not listed in tools/otp_tests/known_failures.txt (a list that
# only shrinks: listed cases that now pass are reported too). An entry is SUITE:CASE REASON, or
# APP:SUITE:CASE REASON for a suite name that two applications have (float_SUITE, ...).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ember="$root/build/bin/ember"
work="$root/build/otp_tests"
timeout_s=900
quick=0
only=both
reuse_erl=0
want=()
while [ $# -gt 0 ]; do
  case "$1" in
    --ember) ember=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    --vm) only=$2; shift 2 ;;
    --reuse-erl) reuse_erl=1; shift ;;
    -*) echo "usage: $0 [--ember PATH] [--work DIR] [--timeout SEC] [--vm erl|ember|none] [--reuse-erl] [--quick | SUITE...]" >&2; exit 2 ;;
    *) want+=("$1"); shift ;;
  esac
done
known="$here/known_failures.txt"
skipped="$here/skipped_suites.txt"
version=25.2.3
src="$work/otp-OTP-$version"
mkdir -p "$work"

# ---- sources: Debian's erlang source package, with deb-src entries derived from the machine's lists ----
fetch_sources() {
  [ -d "$src/lib/stdlib/test" ] && return 0
  local apt="$work/apt"
  mkdir -p "$apt/parts" "$apt/lists/partial"
  : > "$apt/parts/src.sources"
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && sed 's/^Types: deb$/Types: deb-src/' "$f" >> "$apt/parts/src.sources" && echo >> "$apt/parts/src.sources"
  done
  if [ -f /etc/apt/sources.list ]; then
    grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > "$apt/parts/src.list"
  fi
  local opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt/parts" -o "Dir::State::Lists=$apt/lists")
  apt-get "${opts[@]}" update >/dev/null 2>&1 || { echo "apt-get update (deb-src) failed" >&2; return 1; }
  (cd "$work" && apt-get "${opts[@]}" source --download-only erlang >/dev/null 2>&1) ||
    { echo "apt-get source erlang failed" >&2; return 1; }
  local tarball
  tarball=$(ls "$work"/erlang_*.orig.tar.xz 2>/dev/null | head -1)
  [ -n "$tarball" ] || { echo "no erlang orig tarball in $work" >&2; return 1; }
  tar xJf "$tarball" -C "$work" --wildcards "otp-OTP-$version/erts/emulator/test/*" \
      "otp-OTP-$version/lib/stdlib/test/*" "otp-OTP-$version/lib/compiler/test/*" \
      "otp-OTP-$version/lib/common_test/test_server/*"
}

# ---- build: each app's test directory compiled into its own ebin, as its Makefile does ----
build_app() {  # APP DIR
  local app=$1 dir=$2 out="$work/ebin/$1"
  [ -f "$out/.built" ] && return 0
  mkdir -p "$out"
  local ts="$src/lib/common_test/test_server"
  local flags=(+nowarn_export_all +nowarn_unused_vars -I "$ts" -I "$dir" -I "$src/lib/stdlib/include" -I "$src/erts/emulator/test")
  erlc -o "$out" -I "$ts" "$ts/ts_install_cth.erl" "$ts/ts_lib.erl" 2>/dev/null
  local f
  for f in "$dir"/*.erl; do
    erlc "${flags[@]}" -o "$out" "$f" >/dev/null 2>&1 || echo "$app: $(basename "$f") does not compile with erlc; skipped" >&2
  done
  if [ "$app" = compiler ]; then
    # compiler/test/Makefile: NO_OPT suites again as *_no_opt_SUITE with the optimizations off.
    local m
    for m in $(awk '/^NO_OPT=/ {on=1; next} on && /^[A-Z_]+ *=/ {on=0} on {gsub(/\\/, ""); print}' "$dir/Makefile"); do
      [ -f "$dir/${m}_SUITE.erl" ] || continue
      sed -e "s;-module(${m}_SUITE);-module(${m}_no_opt_SUITE);" "$dir/${m}_SUITE.erl" > "$out/${m}_no_opt_SUITE.erl"
      erlc "${flags[@]}" +no_copt +no_bool_opt +no_share_opt +no_bsm_opt +no_fun_opt +no_ssa_opt +no_recv_opt \
           +no_postopt -o "$out" "$out/${m}_no_opt_SUITE.erl" >/dev/null 2>&1 ||
        echo "compiler: ${m}_no_opt_SUITE does not compile; skipped" >&2
      # data directories are looked up next to the suite's beam
      [ -d "$dir/${m}_SUITE_data" ] && ln -sfn "$dir/${m}_SUITE_data" "$out/${m}_no_opt_SUITE_data"
    done
  fi
  for f in "$dir"/*_SUITE_data; do [ -d "$f" ] && ln -sfn "$f" "$out/$(basename "$f")"; done
  touch "$out/.built"
}

# build_quick: only the quick subset's suites and the helper modules listed after them.
build_quick() {
  local app dir out ts="$src/lib/common_test/test_server" s m
  while read -r s rest; do
    case "$s" in ''|\#*) continue ;; esac
    for app in emulator stdlib compiler; do
      case $app in emulator) dir="$src/erts/emulator/test" ;; *) dir="$src/lib/$app/test" ;; esac
      [ -f "$dir/$s.erl" ] || continue
      out="$work/ebin/$app"; mkdir -p "$out"
      [ -f "$out/ts_lib.beam" ] || erlc -o "$out" -I "$ts" "$ts/ts_install_cth.erl" "$ts/ts_lib.erl" 2>/dev/null
      for m in "$s" $rest; do
        [ -f "$out/$m.beam" ] || erlc +nowarn_export_all -I "$ts" -I "$dir" -o "$out" "$dir/$m.erl" >/dev/null 2>&1 ||
          echo "$app: $m does not compile with erlc; skipped" >&2
      done
      [ -d "$dir/${s}_data" ] && ln -sfn "$dir/${s}_data" "$out/${s}_data"
    done
  done < "$here/quick_suites.txt"
}

fetch_sources || exit 1
if [ $quick = 1 ]; then
  build_quick
else
  build_app emulator "$src/erts/emulator/test"
  build_app stdlib "$src/lib/stdlib/test"
  build_app compiler "$src/lib/compiler/test"
fi

# ---- which suites ----
suites=()
add_app_suites() {  # APP: its suites, less the skipped ones
  local f s
  for f in "$work/ebin/$1"/*_SUITE.beam; do
    [ -f "$f" ] || continue
    s=$(basename "$f" .beam)
    grep -q "^$s " "$skipped" 2>/dev/null && continue
    suites+=("$1:$s")
  done
}
app_of() { local a; for a in emulator stdlib compiler; do [ -f "$work/ebin/$a/$1.beam" ] && { echo "$a"; return; }; done; }
if [ $quick = 1 ]; then
  while read -r s _; do
    case "$s" in ''|\#*) continue ;; esac
    a=$(app_of "$s"); [ -n "$a" ] && suites+=("$a:$s")
  done < "$here/quick_suites.txt"
elif [ ${#want[@]} -eq 0 ]; then
  add_app_suites emulator; add_app_suites stdlib; add_app_suites compiler
else
  for w in "${want[@]}"; do
    case "$w" in
      emulator|stdlib|compiler) add_app_suites "$w" ;;
      *:*) suites+=("$w") ;;  # APP:SUITE, for a name two applications have (float_SUITE, ...)
      *) a=$(app_of "$w"); [ -n "$a" ] && suites+=("$a:$w") || echo "no suite $w" >&2 ;;
    esac
  done
fi

# ---- run: one ct_run per suite and VM; per-case results from ct's suite.log ----
results="$work/results"
mkdir -p "$results"
# Both VMs run with the maybe expression enabled (OTP 25 needs it at load time for the suites that use
# it: erl_eval_SUITE, maybe_SUITE).
# Results and logs are kept per application: emulator and compiler have suites of the same name.
run_suite() {  # VM APP SUITE -> $results/VM.APP.SUITE (lines "case result")
  local vm=$1 app=$2 suite=$3 logs="$work/logs/$1/$2/$3" dir="$work/ebin/$2"
  rm -rf "$logs"; mkdir -p "$logs"
  if [ "$vm" = erl ]; then
    (cd "$logs" && timeout "$timeout_s" ct_run -noshell -sname "ct_otp_tests_$$" -enable-feature maybe_expr -no_auto_compile -pa "$dir" -dir "$dir" -suite "$suite" -logdir "$logs" \
       >"$logs/out.txt" 2>&1 </dev/null)
  else
    # Distributed, as ct_run runs erl; the peer and slave nodes cases start run `erl` from PATH, which
    # is Ember's drop-in (build/dropin/erl) here.
    local dropin
    dropin=$(cd "$(dirname "$ember")/../dropin" 2>/dev/null && pwd)
    (cd "$logs" && PATH="${dropin:+$dropin:}$PATH" timeout "$timeout_s" "$ember" -noshell -sname "ct_otp_tests_ember_$$" -enable-feature maybe_expr -pa "$dir" \
       -s ct_run script_start -no_auto_compile -dir "$dir" -suite "$suite" -logdir "$logs" >"$logs/out.txt" 2>&1 </dev/null)
  fi
  local log
  log=$(find "$logs" -name suite.log 2>/dev/null | head -1)
  if [ -z "$log" ]; then : > "$results/$vm.$app.$suite"; return; fi
  awk '/^=case/ {c=$2} /^=result/ {r=$2; sub(/:$/, "", r); if (c != "" && c !~ /:(init|end)_per_/) print c, r; c=""}' \
    "$log" > "$results/$vm.$app.$suite"
}

total_erl=0; total_both=0; unexpected=0; fixed=0
printf '%-40s %8s %8s\n' suite erl ember
for entry in "${suites[@]}"; do
  app=${entry%%:*}; suite=${entry#*:}
  r_erl="$results/erl.$app.$suite"; r_ember="$results/ember.$app.$suite"
  # The two VMs run the suite at the same time (most cases use one core; the test command's CI
  # machine has two).
  if [ "$only" = erl ] || [ "$only" = both ] && { [ $reuse_erl = 0 ] || [ ! -f "$r_erl" ]; }; then
    run_suite erl "$app" "$suite" &
  fi
  [ "$only" = ember ] || [ "$only" = both ] && run_suite ember "$app" "$suite"
  wait
  if [ ! -f "$r_erl" ] || [ ! -f "$r_ember" ]; then
    for vm in erl ember; do
      [ -f "$results/$vm.$app.$suite" ] && printf '%-40s %s %d ok\n' "$suite" "$vm" "$(awk '$2 == "ok"' "$results/$vm.$app.$suite" | wc -l)"
    done
    continue
  fi
  erl_ok=$(awk '$2 == "ok"' "$r_erl" | wc -l)
  both=$(awk 'NR == FNR { if ($2 == "ok") ok[$1] = 1; next } ($1 in ok) && $2 == "ok"' \
           "$r_erl" "$r_ember" | wc -l)
  printf '%-40s %8d %8d\n' "$suite" "$erl_ok" "$both"
  total_erl=$((total_erl + erl_ok)); total_both=$((total_both + both))
  # cases ok on erl but not on Ember, against the known list
  while read -r c; do
    if grep -q -e "^$c " -e "^$app:$c " "$known" 2>/dev/null; then continue; fi
    echo "  NEW FAILURE: $c ($(awk -v c="$c" '$1 == c {print $2}' "$r_ember"))"
    unexpected=$((unexpected + 1))
  done < <(awk 'NR == FNR { if ($2 == "ok") ok[$1] = 1; next } { seen[$1] = $2 } END { for (c in ok) if (seen[c] != "ok") print c }' \
             "$r_erl" "$r_ember" | sort)
  # an entry is SUITE:CASE, or APP:SUITE:CASE for a suite name two applications have
  while read -r c _; do
    case "$c" in "$app:$suite":*) c=${c#"$app:"} ;; "$suite":*) ;; *) continue ;; esac
    if awk -v c="$c" '$1 == c && $2 == "ok" {f=1} END {exit !f}' "$r_ember"; then
      echo "  NOW PASSES (remove from known_failures.txt): $c"; fixed=$((fixed + 1))
    fi
  done < <(grep -v '^#' "$known" 2>/dev/null)
done
pct=$(awk -v a="$total_both" -v b="$total_erl" 'BEGIN { if (b > 0) printf "%.1f", 100 * a / b; else print "n/a" }')
echo "otp_tests: $total_erl cases pass on erl, $total_both of them on Ember ($pct%); $unexpected new failures; $fixed known failures now pass"
[ $unexpected -eq 0 ]
