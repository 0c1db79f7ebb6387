#!/usr/bin/env bash
# Installs what is missing (Debian packages), configures and builds Ember, then:
#   tools/setup.sh demo   runs the demo program (fixtures/demo.erl) on Ember and on erl
#   tools/setup.sh test   runs every test (ctest)
#   tools/setup.sh asan   builds with AddressSanitizer/UBSan into build-asan and runs every test
#   tools/setup.sh tsan   builds with ThreadSanitizer into build-tsan and runs the multi-threaded tests
#                         (scheduler stress, host API, conformance at +S 2)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-demo}

packages=(build-essential cmake pkg-config zlib1g-dev libjemalloc-dev libgmp-dev libgtest-dev libgmock-dev
          libbenchmark-dev libasio-dev libffi-dev nettle-dev libpcre2-dev erlang-base erlang-dev erlang-src erlang
          nlohmann-json3-dev)
# NIF libraries built for erl that the tests load unmodified (fixtures/nif_libs_tests.erl).
packages+=(erlang-crypto erlang-asn1 erlang-jiffy erlang-bitcask erlang-p1-xml erlang-p1-yaml erlang-p1-zlib
           erlang-p1-stringprep erlang-p1-iconv erlang-p1-tls openssl)
packages+=(elixir)  # Elixir's launcher, ExUnit and mix on Ember (erts_tests/elixir/elixir_accept.sh)
packages+=(erlang-p1-sqlite3)  # sqlite3_drv, a real port driver (fixtures/sqlite3_drv_tests.erl, docs/drivers.md)
packages+=(libsqlite3-dev)  # the workflow history store (nif/workflow_store_sqlite.cpp, docs/workflows.md)
packages+=(tmux)  # the interactive shell test drives ember under tmux (erts_tests/shell_tmux_test.sh)
packages+=(rebar3)  # an archive escript run on Ember's drop-in escript (tools/escript_acceptance.sh)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

jobs=$(nproc)
case "$mode" in
  demo)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build -j"$jobs" --target ember fixtures >/dev/null
    echo "== ember =="
    ./build/bin/ember -noshell -pa build/fixtures -run demo main
    echo "== erl =="
    erl -noshell -pa build/fixtures -run demo main
    ;;
  test)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build -j"$jobs"
    ctest --test-dir build --output-on-failure -j"$jobs"
    ;;
  asan)
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Asan >/dev/null
    cmake --build build-asan -j"$jobs"
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
    ;;
  tsan)
    cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Tsan >/dev/null
    cmake --build build-tsan -j"$jobs"
    TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
      ctest --test-dir build-tsan --output-on-failure -j"$jobs" -R '^(stress\.|conformance\.)|Runtime'
    ;;
  *)
    echo "usage: tools/setup.sh demo|test|asan|tsan" >&2
    exit 2
    ;;
esac
