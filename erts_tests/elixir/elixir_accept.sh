#!/bin/sh
# Elixir on Ember (Debian's elixir package, built for OTP 25): Elixir's launcher runs `erl` from PATH,
# so a directory whose `erl` is ember goes first on PATH. Each scenario runs on erl and on Ember; the
# output (seeds and timings removed) and the exit status must match.
# Usage: elixir_accept.sh EMBER
set -u
ember=$1
if ! command -v elixir >/dev/null 2>&1 || ! command -v mix >/dev/null 2>&1; then
    echo "SKIP: elixir/mix not installed (apt-get install elixir)"
    exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ember-elixir.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/dropin"
ln -s "$ember" "$work/dropin/erl"
cd "$work" || exit 1
cat > script.exs <<'EXS'
defmodule Greeter do
  def hello(name), do: "Hello, #{name}!"
end
IO.puts Greeter.hello("world")
IO.inspect Enum.map(1..5, &(&1 * &1))
IO.inspect %{a: 1, b: [1, 2], c: {:ok, "x"}}
IO.inspect Task.await_many(for i <- 1..4, do: Task.async(fn -> i * 10 end))
{:ok, pid} = Agent.start_link(fn -> 0 end)
Agent.update(pid, &(&1 + 5))
IO.inspect Agent.get(pid, & &1)
IO.inspect String.split("a,b,,c", ",") |> Enum.reject(&(&1 == ""))
System.halt(3)
EXS
cat > unit_test.exs <<'EXS'
ExUnit.start(seed: 0)
defmodule UnitTest do
  use ExUnit.Case
  test "adds" do
    assert 1 + 1 == 2
  end
  test "fails" do
    assert String.upcase("a") == "B"
  end
  test "raises" do
    assert_raise ArithmeticError, fn -> 1 / Enum.count([]) end
  end
end
EXS

pass=0
fail=0
# scenario NAME COMMAND...: runs COMMAND (a shell command line) with each VM first on PATH.
scenario() {
    name=$1; shift
    for vm in erl ember; do
        rm -rf "home_$vm"; mkdir -p "home_$vm"
        p=$PATH
        [ $vm = ember ] && p="$work/dropin:$PATH"
        (export PATH="$p" HOME="$work/home_$vm" MIX_HOME="$work/home_$vm/.mix"; cd "$work/home_$vm" && sh -c "$*") \
            >"$vm.out" 2>&1 </dev/null
        echo "status $?" >>"$vm.out"
        sed -e 's/[0-9.]* seconds/N seconds/; s/seed [0-9]*/seed N/; s/proj_[a-z]*/proj/g' -e '/^Finished in/d' \
            "$vm.out" >"$vm.n"
    done
    if cmp -s erl.n ember.n; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $name"
        diff erl.n ember.n | head -30
    fi
}

scenario eval "elixir -e 'IO.puts(Enum.sum(1..10))'"
scenario script "elixir $work/script.exs"
scenario exunit "elixir $work/unit_test.exs"
scenario mix_new_test "mix new proj >/dev/null && cd proj && mix test --seed 0"
echo "elixir_accept: $pass passed, $fail failed"
[ $fail -eq 0 ]
