#!/usr/bin/env bash
# Installs what is missing, builds Qalam (Release) and starts it on the sample
# newsroom. Extra arguments go to qalam (e.g. --lang kk, --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
qalam_install_deps

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --target qalam qalam-cli

# The database: QALAM_DB if set, else the per-user data folder. A fresh one
# gets the sample newsroom.
db_args=()
if [ -n "${QALAM_DB:-}" ]; then
    db_args=(--db "$QALAM_DB")
fi
build/bin/qalam-cli "${db_args[@]}" db init --sample

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "error: no display to show Qalam on (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "On a headless machine try: xvfb-run -a scripts/run.sh --screenshot qalam.png" >&2
    exit 1
fi
exec build/bin/qalam "${db_args[@]}" "$@"
