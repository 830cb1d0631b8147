#!/usr/bin/env bash
# A throw-away WordPress (Debian 12's package) for the integration tests.
#
#   scripts/wordpress.sh start   start MariaDB and WordPress, install the site, write the env file
#   scripts/wordpress.sh stop    stop both and delete everything start created (idempotent)
#   scripts/wordpress.sh env     print the env file (KEY=value lines, for `set -a; source`)
#   scripts/wordpress.sh check   prove the site works: credentials, capabilities, media, posts
#
# State lives in $QALAM_WP_DIR (default build/wordpress). The database lives in
# a temporary folder of its own (short socket path; writable by the unprivileged
# user MariaDB runs as when this script runs as root). Nothing outside these two
# folders is written: WordPress runs from /usr/share/wordpress through a folder
# of symbolic links whose wp-config.php is ours (ABSPATH is defined before
# WordPress starts), so Debian's /etc/wordpress/config-<host>.php is not needed
# and no root rights are needed either.
#
# The env file holds QALAM_WP_URL, QALAM_WP_LOGIN, QALAM_WP_APP_PASSWORD (an
# administrator), QALAM_WP_READER_LOGIN, QALAM_WP_READER_APP_PASSWORD (a
# contributor: may write drafts, may not publish or upload) and
# QALAM_WP_CATEGORY_IDS (a JSON object, category name -> id). The passwords are
# written nowhere else and never printed, except by `env`.
# PHP code is written in single quotes on purpose.
# shellcheck disable=SC2016
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
state=$(realpath -m "${QALAM_WP_DIR:-$root/build/wordpress}")
wp_src=/usr/share/wordpress
marker=.qalam-wordpress

die() {
    echo "wordpress.sh: $*" >&2
    exit 1
}

free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0", $no, $err) or exit(1);
            echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1), "\n";'
}

random_hex() {
    od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'
}

# Waits up to $1 seconds for the command after it to succeed; fails early when
# the process whose id is in file $2 has gone.
wait_for() {
    local seconds=$1 pidfile=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            return 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            return 1
        fi
        sleep 0.2
    done
}

# stop_pids PIDFILE...: terminates the processes (each with its process group:
# they were started with setsid), waits up to 10 s, then kills what is left.
stop_pids() {
    local pidfile pid pids=()
    for pidfile in "$@"; do
        [ -f "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        rm -f "$pidfile"
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            pids+=("$pid")
            kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        fi
    done
    local _
    for _ in $(seq 50); do
        for pid in "${pids[@]}"; do
            if kill -0 "$pid" 2>/dev/null; then
                sleep 0.2
                continue 2
            fi
        done
        return 0
    done
    for pid in "${pids[@]}"; do
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    done
}

cmd_stop() {
    if [ ! -e "$state" ]; then
        return 0
    fi
    if [ ! -f "$state/$marker" ]; then
        rmdir "$state" 2>/dev/null ||
            die "$state exists but was not made by this script; not touching it"
        return 0
    fi
    local dbdir=
    if [ -f "$state/dbdir" ]; then dbdir=$(cat "$state/dbdir"); fi
    stop_pids "$state/php.pid" ${dbdir:+"$dbdir/mariadbd.pid-launcher"}
    if [ -n "$dbdir" ] && [ -f "$dbdir/$marker" ]; then rm -rf "$dbdir"; fi
    rm -rf "$state"
}

db_log_tail() {
    local dbdir=$1
    if [ -f "$dbdir/mariadbd.err" ]; then tail -n 30 "$dbdir/mariadbd.err" >&2; fi
}

cmd_start() {
    local t0=$SECONDS
    for tool in php mariadbd mariadb-install-db mariadb curl; do
        command -v "$tool" >/dev/null || die "$tool is missing; run: source scripts/deps.sh && qalam_install_deps"
    done
    [ -f "$wp_src/wp-settings.php" ] || die "$wp_src is missing; install Debian's wordpress package (scripts/deps.sh)"
    php -r 'exit(function_exists("mysqli_connect") && function_exists("imagecreatetruecolor") ? 0 : 1);' ||
        die "PHP lacks mysqli or gd; install php-mysql and php-gd (scripts/deps.sh)"

    cmd_stop
    if [ -e "$state" ]; then die "could not remove $state"; fi
    # A start that fails half-way leaves nothing running (its logs are shown first).
    trap cmd_stop EXIT
    mkdir -p "$state"
    touch "$state/$marker"
    chmod 700 "$state"

    # --- MariaDB -------------------------------------------------------------
    local dbuser=() runas=
    if [ "$(id -u)" -eq 0 ]; then
        # MariaDB will not run as root; use its own account if there is one.
        if id mysql >/dev/null 2>&1; then runas=mysql; else runas=nobody; fi
        dbuser=(--user="$runas")
    fi
    local tmpbase=${TMPDIR:-/tmp}
    if [ -n "$runas" ]; then tmpbase=/tmp; fi
    local dbdir
    # The socket's path must stay short (a Unix socket path has at most 107 bytes).
    if [ ${#tmpbase} -gt 60 ]; then tmpbase=/tmp; fi
    dbdir=$(mktemp -d "$tmpbase/qalam-wp-db.XXXXXX")
    echo "$dbdir" >"$state/dbdir"
    touch "$dbdir/$marker"
    mkdir "$dbdir/data"
    if [ -n "$runas" ]; then chown -R "$runas:" "$dbdir"; fi

    local dbport httpport
    dbport=$(free_port)
    httpport=$(free_port)
    while [ "$httpport" = "$dbport" ]; do httpport=$(free_port); done
    local sock=$dbdir/mysqld.sock
    local dbopts=(
        --no-defaults --datadir="$dbdir/data" "${dbuser[@]}"
        --innodb-log-file-size=16M --innodb-buffer-pool-size=64M
    )
    if ! mariadb-install-db "${dbopts[@]}" --auth-root-authentication-method=socket \
            --skip-test-db >"$state/install-db.log" 2>&1; then
        tail -n 30 "$state/install-db.log" >&2
        die "mariadb-install-db failed"
    fi
    setsid mariadbd "${dbopts[@]}" --socket="$sock" --port="$dbport" --bind-address=127.0.0.1 \
        --skip-name-resolve --pid-file="$dbdir/mariadbd.pid" --log-error="$dbdir/mariadbd.err" \
        --innodb-flush-log-at-trx-commit=0 --innodb-fast-shutdown=2 \
        --innodb-buffer-pool-dump-at-shutdown=0 --skip-log-bin --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_unicode_ci </dev/null >/dev/null 2>&1 &
    echo $! >"$dbdir/mariadbd.pid-launcher"
    # The OS account running this script is a MariaDB account over the socket
    # (unix_socket authentication): root as root, otherwise the user's own name.
    local dbadmin=(mariadb --no-defaults --socket="$sock" --user="$(id -un)")
    if ! wait_for 30 "$dbdir/mariadbd.pid-launcher" "${dbadmin[@]}" -e 'SELECT 1'; then
        db_log_tail "$dbdir"
        die "MariaDB did not start (log above)"
    fi
    local dbpass
    dbpass=$(random_hex 16)
    "${dbadmin[@]}" <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '$dbpass';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'127.0.0.1';
SQL

    # --- WordPress files -----------------------------------------------------
    local url=http://127.0.0.1:$httpport
    local www=$state/www
    mkdir -p "$www/wp-content/uploads"
    local entry name
    for entry in "$wp_src"/* "$wp_src"/.htaccess; do
        name=$(basename "$entry")
        case $name in wp-config.php | wp-content) continue ;; esac
        ln -s "$entry" "$www/$name"
    done
    for name in themes plugins languages; do
        if [ -d "/var/lib/wordpress/wp-content/$name" ]; then
            ln -s "/var/lib/wordpress/wp-content/$name" "$www/wp-content/$name"
        else
            ln -s "$wp_src/wp-content/$name" "$www/wp-content/$name"
        fi
    done
    cat >"$state/prepend.php" <<PHP
<?php
// WordPress's own files resolve symbolic links, so they would find Debian's
// wp-config.php; with ABSPATH set first they use the one in this folder.
define('ABSPATH', '$www/');
PHP
    local salts='' key
    for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
        salts+="define('$key', '$(random_hex 32)');"$'\n'
    done
    (
        umask 077
        cat >"$www/wp-config.php" <<PHP
<?php
// Written by scripts/wordpress.sh for a throw-away test site.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$dbpass');
define('DB_HOST', '127.0.0.1:$dbport');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$salts
\$table_prefix = 'wp_';
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', '$www/wp-content');
define('WP_CONTENT_URL', '$url/wp-content');
// Application passwords over plain http need a local environment.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
require_once ABSPATH . 'wp-settings.php';
PHP
    )

    # --- Install the site ------------------------------------------------------
    cat >"$state/install.php" <<'PHP'
<?php
// Usage: php install.php URL ENVFILE — installs the site, creates the users,
// their application passwords and the categories, and writes the env file.
[$script, $url, $envfile] = $argv;
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['SERVER_PORT'] = $parts['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
define('WP_INSTALLING', true);
// No mail server here: the pluggable notification must not try to send one.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

function fail($what, $error) {
    fwrite(STDERR, "install.php: $what: " . (is_wp_error($error) ? $error->get_error_message() : print_r($error, true)) . "\n");
    exit(1);
}

$result = wp_install('Qalam test site', 'qalam', 'qalam@example.invalid', false, '', wp_generate_password(24));
if (is_wp_error($result)) {
    fail('wp_install', $result);
}
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'Asia/Almaty');
update_option('blogdescription', '');
flush_rewrite_rules();

$admin = get_user_by('login', 'qalam');
$reader = wp_insert_user([
    'user_login' => 'reader',
    'user_pass' => wp_generate_password(24),
    'user_email' => 'reader@example.invalid',
    'display_name' => 'Reader',
    'role' => 'contributor',
]);
if (is_wp_error($reader)) {
    fail('reader', $reader);
}
$passwords = [];
foreach (['qalam' => $admin->ID, 'reader' => $reader] as $login => $id) {
    $created = WP_Application_Passwords::create_new_application_password($id, ['name' => 'qalam-tests']);
    if (is_wp_error($created)) {
        fail("application password for $login", $created);
    }
    $passwords[$login] = $created[0];
}
$categories = [];
foreach (['Регионы', 'Политика'] as $name) {
    $term = wp_insert_term($name, 'category');
    if (is_wp_error($term)) {
        fail("category $name", $term);
    }
    $categories[$name] = (int) $term['term_id'];
}

$quote = fn($v) => "'" . str_replace("'", "'\\''", (string) $v) . "'";
$env = [
    'QALAM_WP_URL' => $url,
    'QALAM_WP_LOGIN' => 'qalam',
    'QALAM_WP_APP_PASSWORD' => $passwords['qalam'],
    'QALAM_WP_READER_LOGIN' => 'reader',
    'QALAM_WP_READER_APP_PASSWORD' => $passwords['reader'],
    'QALAM_WP_CATEGORY_IDS' => json_encode($categories, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
];
$text = '';
foreach ($env as $key => $value) {
    $text .= $key . '=' . $quote($value) . "\n";
}
umask(077);
file_put_contents($envfile, $text) !== false or fail('env file', $envfile);
PHP
    local phpini=(
        -d auto_prepend_file="$state/prepend.php"
        -d memory_limit=512M -d post_max_size=512M -d upload_max_filesize=512M
        -d max_execution_time=0 -d display_errors=0 -d log_errors=1
        -d error_log="$state/php-error.log"
        -d opcache.enable_cli=1
    )
    if ! php "${phpini[@]}" "$state/install.php" "$url" "$state/env" >"$state/install.log" 2>&1; then
        tail -n 30 "$state/install.log" "$state/php-error.log" >&2 2>/dev/null || true
        die "installing WordPress failed"
    fi

    # --- Serve it ------------------------------------------------------------
    # Several workers, so that concurrent uploads are not serialised.
    PHP_CLI_SERVER_WORKERS=4 setsid php "${phpini[@]}" -S "127.0.0.1:$httpport" -t "$www" \
        </dev/null >"$state/php-server.log" 2>&1 &
    echo $! >"$state/php.pid"
    if ! wait_for 20 "$state/php.pid" curl -fsS -o /dev/null "$url/?rest_route=/"; then
        tail -n 30 "$state/php-server.log" "$state/php-error.log" >&2 2>/dev/null || true
        die "WordPress did not answer on $url"
    fi
    trap - EXIT
    echo "wordpress.sh: WordPress $(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;') at $url, ready in $((SECONDS - t0)) s (env: $state/env)"
}

cmd_env() {
    [ -f "$state/env" ] || die "not running (no $state/env); run: scripts/wordpress.sh start"
    cat "$state/env"
}

# --- check ---------------------------------------------------------------------

# json FILE PHP-EXPRESSION: evaluates the expression with $d = the decoded file.
json() {
    php -r '$d = json_decode(file_get_contents($argv[1]), true); echo '"$2"';' "$1"
}

# request LOGIN PASSWORD METHOD URL OUT [curl args...]: prints "status content-type".
# The credentials reach curl through its standard input, not its arguments.
request() {
    local login=$1 password=$2 method=$3 url=$4 out=$5
    shift 5
    printf 'user = "%s:%s"\n' "$login" "$password" |
        curl -sS -K - -X "$method" -o "$out" -w '%{http_code} %{content_type}' "$@" "$url"
}

expect() {
    # expect WHAT ACTUAL WANTED [BODYFILE]
    if [ "$2" != "$3" ]; then
        echo "FAIL $1: got '$2', wanted '$3'" >&2
        if [ -n "${4:-}" ] && [ -f "$4" ]; then head -c 600 "$4" >&2; echo >&2; fi
        exit 1
    fi
    echo "OK   $1"
}

cmd_check() {
    [ -f "$state/env" ] || die "not running (no $state/env); run: scripts/wordpress.sh start"
    local QALAM_WP_URL QALAM_WP_LOGIN QALAM_WP_APP_PASSWORD QALAM_WP_READER_LOGIN \
        QALAM_WP_READER_APP_PASSWORD QALAM_WP_CATEGORY_IDS
    # shellcheck disable=SC1091
    source "$state/env"
    local api="$QALAM_WP_URL/?rest_route="
    local tmp
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' RETURN
    local r

    r=$(request "$QALAM_WP_LOGIN" "$QALAM_WP_APP_PASSWORD" GET "$api/wp/v2/users/me&context=edit" "$tmp/me.json")
    expect "users/me as $QALAM_WP_LOGIN answers JSON" "$r" "200 application/json; charset=UTF-8" "$tmp/me.json"
    expect "$QALAM_WP_LOGIN may publish posts" "$(json "$tmp/me.json" 'var_export($d["capabilities"]["publish_posts"] ?? null, true)')" true
    expect "$QALAM_WP_LOGIN may upload files" "$(json "$tmp/me.json" 'var_export($d["capabilities"]["upload_files"] ?? null, true)')" true

    r=$(request "$QALAM_WP_READER_LOGIN" "$QALAM_WP_READER_APP_PASSWORD" GET "$api/wp/v2/users/me&context=edit" "$tmp/reader.json")
    expect "users/me as $QALAM_WP_READER_LOGIN" "${r%% *}" 200 "$tmp/reader.json"
    expect "$QALAM_WP_READER_LOGIN may not publish posts" "$(json "$tmp/reader.json" 'var_export($d["capabilities"]["publish_posts"] ?? false, true)')" false

    r=$(request "$QALAM_WP_LOGIN" "wrong-password-wrong-pass" GET "$api/wp/v2/users/me&context=edit" "$tmp/wrong.json")
    expect "a wrong application password is refused" "${r%% *}" 401 "$tmp/wrong.json"

    # A small JPEG with an IPTC credit, made with PHP's gd and iptcembed.
    local credit='Фото: Акорда: UGC'
    php -r '
        $im = imagecreatetruecolor(64, 48);
        imagefilledrectangle($im, 0, 0, 63, 47, imagecolorallocate($im, 200, 60, 40));
        imagejpeg($im, $argv[1], 85);
        $tag = function ($record, $dataset, $value) {
            return chr(0x1C) . chr($record) . chr($dataset) . pack("n", strlen($value)) . $value;
        };
        $iptc = $tag(1, 90, "\x1B%G") . $tag(2, 110, $argv[2]) . $tag(2, 120, "Проверка qalam") . $tag(2, 80, "Qalam");
        $jpeg = iptcembed($iptc, $argv[1]);
        $jpeg !== false && file_put_contents($argv[1], $jpeg) or exit(1);
    ' "$tmp/photo.jpg" "$credit"
    local fname
    fname=qalam-check-$(random_hex 4).jpg
    r=$(request "$QALAM_WP_LOGIN" "$QALAM_WP_APP_PASSWORD" POST "$api/wp/v2/media" "$tmp/media.json" \
        -H "Content-Type: image/jpeg" -H "Content-Disposition: attachment; filename=$fname" \
        --data-binary "@$tmp/photo.jpg")
    expect "raw-body media upload" "${r%% *}" 201 "$tmp/media.json"
    local media
    media=$(json "$tmp/media.json" '$d["id"]')
    expect "the IPTC credit is read into media_details.image_meta.credit" \
        "$(json "$tmp/media.json" '$d["media_details"]["image_meta"]["credit"] ?? ""')" "$credit"
    expect "the uploaded file is served" \
        "$(curl -sS -o /dev/null -w '%{http_code}' "$(json "$tmp/media.json" '$d["source_url"]')")" 200

    r=$(request "$QALAM_WP_READER_LOGIN" "$QALAM_WP_READER_APP_PASSWORD" POST "$api/wp/v2/posts" "$tmp/denied.json" \
        -H "Content-Type: application/json" --data-binary '{"title":"denied","status":"publish"}')
    expect "$QALAM_WP_READER_LOGIN may not publish a post" "${r%% *}" 403 "$tmp/denied.json"

    local category
    category=$(php -r 'echo json_decode($argv[1], true)["Регионы"];' "$QALAM_WP_CATEGORY_IDS")
    local slug
    slug=qalam-check-$(random_hex 4)
    php -r 'echo json_encode(["title" => "Проверка Qalam", "content" => "<p>«Текст», — сказал он.</p>",
        "status" => "publish", "slug" => $argv[1], "featured_media" => (int) $argv[2],
        "categories" => [(int) $argv[3]]], JSON_UNESCAPED_UNICODE);' "$slug" "$media" "$category" >"$tmp/post-in.json"
    r=$(request "$QALAM_WP_LOGIN" "$QALAM_WP_APP_PASSWORD" POST "$api/wp/v2/posts" "$tmp/post.json" \
        -H "Content-Type: application/json; charset=utf-8" --data-binary "@$tmp/post-in.json")
    expect "post created" "${r%% *}" 201 "$tmp/post.json"
    local post
    post=$(json "$tmp/post.json" '$d["id"]')
    expect "post published with its slug, photo and category" \
        "$(json "$tmp/post.json" '$d["status"] . " " . $d["slug"] . " " . $d["featured_media"] . " " . implode(",", $d["categories"])')" \
        "publish $slug $media $category"
    r=$(request "$QALAM_WP_LOGIN" "$QALAM_WP_APP_PASSWORD" GET "$api/wp/v2/posts&slug=$slug&status=any" "$tmp/found.json")
    expect "post found by slug" "${r%% *} $(json "$tmp/found.json" 'implode(",", array_column($d, "id"))')" "200 $post"
    expect "post page served" "$(curl -sS -o /dev/null -w '%{http_code}' "$(json "$tmp/post.json" '$d["link"]')")" 200

    r=$(request "$QALAM_WP_LOGIN" "$QALAM_WP_APP_PASSWORD" DELETE "$api/wp/v2/posts/$post&force=true" "$tmp/del.json")
    expect "post deleted" "${r%% *} $(json "$tmp/del.json" 'var_export($d["deleted"] ?? null, true)')" "200 true"
    r=$(request "$QALAM_WP_LOGIN" "$QALAM_WP_APP_PASSWORD" DELETE "$api/wp/v2/media/$media&force=true" "$tmp/del.json")
    expect "media deleted" "${r%% *} $(json "$tmp/del.json" 'var_export($d["deleted"] ?? null, true)')" "200 true"
    echo "OK   WordPress at $QALAM_WP_URL works"
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    env) cmd_env ;;
    check) cmd_check ;;
    *)
        echo "usage: $0 start|stop|env|check" >&2
        exit 2
        ;;
esac
