#!/usr/bin/env bash
# A private, throw-away PostgreSQL server for Qalam's team-mode tests.
#
#   scripts/postgres.sh start   initdb + start on 127.0.0.1 (a free port), write the env file
#   scripts/postgres.sh env     print the env file (export QALAM_TEST_PG_URL=…, PGPASSFILE=…)
#   scripts/postgres.sh stop    stop the server and delete its data
#   scripts/postgres.sh pause [fast|immediate]
#                               stop the server but keep its data, port and password
#                               (immediate: as if it crashed); for connection-loss tests
#   scripts/postgres.sh resume  start a paused server again on the same port
#
# The state lives in $QALAM_PG_DIR (default build/postgres). The server runs as
# a non-root user: as root, the Debian `postgres` account (the data directory
# is owned by it); otherwise the calling user. It listens on 127.0.0.1 only,
# with its unix socket in the state folder, and admits the superuser role
# `qalam` with a random SCRAM password kept in a 0600 pgpass file (libpq reads
# it through PGPASSFILE, so no password appears in URLs or logs).
# QALAM_TEST_PG_URL names the server's maintenance database; every test
# creates a database of its own there.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN="${QALAM_PG_BIN:-/usr/lib/postgresql/15/bin}"
STATE="${QALAM_PG_DIR:-$PWD/build/postgres}"
ENV_FILE="$STATE/env"
PASS_FILE="$STATE/pgpass"

die() {
    echo "postgres.sh: $*" >&2
    exit 1
}

# The server's account and how to run a command as it.
as_server=()
server_user="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    server_user=postgres
    getent passwd "$server_user" >/dev/null ||
        die "running as root needs the 'postgres' account (Debian package postgresql)"
    if command -v runuser >/dev/null; then
        as_server=(runuser -u "$server_user" --)
    else
        as_server=(setpriv --reuid="$server_user" --regid="$(id -g "$server_user")" --init-groups --)
    fi
fi

# Where the running server's files are (recorded at start).
current_root() {
    if [ -f "$STATE/data-root" ]; then
        cat "$STATE/data-root"
    else
        echo "$STATE/server"
    fi
}

# A new place for the server's files. The data directory must be reachable by
# the server's account; when the checkout is not (a home folder closed to
# others), it goes to /tmp.
new_root() {
    if [ ${#as_server[@]} -gt 0 ] && ! "${as_server[@]}" test -x "$STATE"; then
        mktemp -d "${TMPDIR:-/tmp}/qalam-postgres.XXXXXX"
    else
        echo "$STATE/server"
    fi
}

as_server_owns() {
    if [ ${#as_server[@]} -gt 0 ]; then
        chown "$server_user" "$@"
    fi
}

pg_ctl_cmd() {
    "${as_server[@]}" "$PG_BIN/pg_ctl" "$@"
}

is_running() {
    local root="$1"
    [ -f "$root/data/postmaster.pid" ] && pg_ctl_cmd status -D "$root/data" >/dev/null 2>&1
}

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Starts the server of $1 on port $2.
start_server() {
    local root="$1" port="$2"
    # Throw-away data: durability settings off for speed.
    pg_ctl_cmd start -D "$root/data" -w -t 60 -l "$root/server.log" \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$root/socket \
            -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >/dev/null
}

cmd_start() {
    [ -x "$PG_BIN/initdb" ] || die "no PostgreSQL in $PG_BIN (install the Debian package postgresql)"
    mkdir -p "$STATE"
    local root
    root="$(current_root)"
    if is_running "$root" && [ -f "$ENV_FILE" ]; then
        echo "postgres.sh: already running ($(grep -o '127.0.0.1:[0-9]*' "$ENV_FILE"))"
        return 0
    fi
    cmd_stop quiet
    mkdir -p "$STATE"
    chmod 0755 "$STATE"
    root="$(new_root)"
    echo "$root" >"$STATE/data-root"
    mkdir -p "$root"
    as_server_owns "$root"
    chmod 0700 "$root"

    local password
    password="$(head -c 24 /dev/urandom | base64 | tr -d '/+=\n')"
    # The password file for initdb: readable by the server's account only.
    local pwfile="$root/initdb-password"
    (umask 077 && printf '%s\n' "$password" >"$pwfile")
    as_server_owns "$pwfile"
    "${as_server[@]}" "$PG_BIN/initdb" -D "$root/data" -U qalam --pwfile="$pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$STATE/initdb.log" 2>&1 ||
        { cat "$STATE/initdb.log" >&2; rm -f "$pwfile"; die "initdb failed"; }
    rm -f "$pwfile"

    mkdir -p "$root/socket"
    as_server_owns "$root/socket"
    local port started=0
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        port_is_free "$port" || continue
        if start_server "$root" "$port"; then
            started=1
            break
        fi
        # Another process may have taken the port meanwhile: try another one.
        grep -q "could not bind\|could not create listen socket" "$root/server.log" 2>/dev/null ||
            { tail -n 20 "$root/server.log" >&2 || true; die "the server did not start"; }
    done
    [ "$started" -eq 1 ] || die "found no free port for the server"

    (umask 077 && printf '127.0.0.1:%s:*:qalam:%s\n' "$port" "$password" >"$PASS_FILE")
    {
        echo "export QALAM_TEST_PG_URL=postgresql://qalam@127.0.0.1:$port/postgres"
        echo "export PGPASSFILE=$PASS_FILE"
    } >"$ENV_FILE"
    echo "postgres.sh: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $root)"
}

cmd_stop() {
    local root
    root="$(current_root)"
    if is_running "$root"; then
        pg_ctl_cmd stop -D "$root/data" -m fast -w -t 60 >/dev/null || die "the server did not stop"
    fi
    # Everything was throw-away.
    rm -rf "$root"
    rm -f "$ENV_FILE" "$PASS_FILE" "$STATE/data-root" "$STATE/initdb.log"
    if [ "${1:-}" != quiet ]; then
        echo "postgres.sh: stopped"
    fi
}

cmd_pause() {
    local mode="${1:-fast}" root
    case "$mode" in fast | immediate) ;; *) die "pause takes fast or immediate, not '$mode'" ;; esac
    root="$(current_root)"
    is_running "$root" || die "no server is running (scripts/postgres.sh start)"
    pg_ctl_cmd stop -D "$root/data" -m "$mode" -w -t 60 >/dev/null || die "the server did not stop"
    echo "postgres.sh: paused ($mode)"
}

cmd_resume() {
    local root port
    root="$(current_root)"
    [ -f "$ENV_FILE" ] || die "no server was started (scripts/postgres.sh start)"
    if is_running "$root"; then
        echo "postgres.sh: already running"
        return 0
    fi
    port="$(grep -o '127.0.0.1:[0-9]*' "$ENV_FILE" | head -n 1 | cut -d: -f2)"
    start_server "$root" "$port" ||
        { tail -n 20 "$root/server.log" >&2 || true; die "the server did not start again on port $port"; }
    echo "postgres.sh: resumed on 127.0.0.1:$port"
}

cmd_env() {
    [ -f "$ENV_FILE" ] || die "no server is running (scripts/postgres.sh start)"
    cat "$ENV_FILE"
}

case "${1:-}" in
start) cmd_start ;;
pause) cmd_pause "${2:-fast}" ;;
resume) cmd_resume ;;
stop) cmd_stop ;;
env) cmd_env ;;
*)
    echo "usage: scripts/postgres.sh start|stop|env|pause [fast|immediate]|resume" >&2
    exit 2
    ;;
esac
