#!/usr/bin/env bash
# Installs what is missing, builds Qalam with its tests and benchmarks, and
# runs the whole CTest suite. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
qalam_install_deps

# House style: the committed .clang-format, checked before anything is built.
mapfile -t sources < <(find app ui tests bench -name '*.cpp' -o -name '*.h' | sort)
clang-format --dry-run --Werror "${sources[@]}"

werror=OFF
if [ -n "${CI:-}" ]; then werror=ON; fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DQALAM_BUILD_TESTS=ON -DQALAM_BUILD_BENCH=ON -DQALAM_WERROR="$werror"
cmake --build build

# libFuzzer over the text passes (quote analysis, typography, sanitiser):
# a clang build of its own, a bounded number of inputs.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DQALAM_FUZZ=ON -DQALAM_BUILD_TESTS=OFF
cmake --build build-fuzz --target qalam_fuzz_text
corpus=$(mktemp -d)
cp tests/fuzz/corpus/* "$corpus/"
if ! build-fuzz/bin/qalam_fuzz_text -runs=20000 -max_len=2048 -max_total_time=180 "$corpus" \
        > build-fuzz/fuzz.log 2>&1; then
    tail -n 60 build-fuzz/fuzz.log
    echo "fuzz: the text passes failed on an input (above; the input is saved as crash-* here)" >&2
    exit 1
fi
rm -rf "$corpus"
grep -E "^Done [0-9]+ runs" build-fuzz/fuzz.log || true
echo "fuzz: no crash, no broken promise"

# Tests never touch the user's data: each one works in its own temporary folder.
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

# A real WordPress on 127.0.0.1 for the publishing tests (QALAM_WP_URL and the
# rest come from its env file); stopped and deleted however this script ends.
# If it does not start, the script fails here rather than skip those tests.
trap 'scripts/postgres.sh stop || true; scripts/wordpress.sh stop' EXIT
scripts/wordpress.sh start
wp_env=$(scripts/wordpress.sh env)
set -a
eval "$wp_env"
set +a

# A private PostgreSQL on 127.0.0.1 (throw-away data in build/postgres): the
# storage, workflow, people and publishing suites run on it a second time (the
# *_pg tests; QALAM_TEST_PG_URL and PGPASSFILE come from its env file).
# Stopped and deleted by the trap above.
scripts/postgres.sh start
eval "$(scripts/postgres.sh env)"

ctest --test-dir build --output-on-failure -j2
