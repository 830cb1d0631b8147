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

# Tests never touch the user's data: each one works in its own temporary folder.
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --test-dir build --output-on-failure -j2
