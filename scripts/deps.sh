#!/usr/bin/env bash
# Installs the Debian 12 packages Qalam needs to build, run and test.
# Idempotent: only missing packages are installed. Sourced by run.sh and test.sh.
set -euo pipefail

QALAM_PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins
    # Team mode: Qt's PostgreSQL driver, and a server for the tests (they run
    # a private one from /usr/lib/postgresql/15/bin, see scripts/postgres.sh).
    libqt6sql6-psql postgresql
    libgl-dev libvulkan-dev libxkbcommon-dev
    sqlite3 libsqlite3-dev
    libbenchmark-dev
    libdtl-dev
    libhunspell-dev libexiv2-dev hunspell-ru hunspell-kk hunspell-en-us
    qtkeychain-qt6-dev
    clang libclang-rt-14-dev
    fonts-dejavu-core
    python3-jsonschema
    libssl-dev  # SHA-256 for the test CMS server (tests/support/fakecms.cpp)
    xvfb xauth
    # A real WordPress for the integration tests (scripts/wordpress.sh), served by
    # `php -S` with a MariaDB of its own. Named so that apt starts no system
    # service: mariadb-server-core (not mariadb-server), php + php8.2-cgi (not
    # apache2's PHP module), and mini-httpd, whose service is installed disabled,
    # to stand for the `httpd` WordPress depends on (otherwise apache2).
    wordpress wordpress-theme-twentytwentythree php php8.2-cgi php-cli php-mysql php-gd
    mariadb-server-core mini-httpd curl
)

qalam_install_deps() {
    local missing=()
    for pkg in "${QALAM_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
