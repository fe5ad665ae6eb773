#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a fresh cluster in a
# temporary folder, run as an unprivileged user (as root: nobody), reached
# through a Unix socket in that folder and on 127.0.0.1, with trust
# authentication and a superuser `abonent`. Nothing outside the folder is
# touched, and `stop` removes it.
#
#   eval "$(scripts/pg-test-server.sh start)"   # exports ABONENT_TEST_PG, ABONENT_TEST_PG_DIR and (with openssl: TLS on) ABONENT_TEST_PG_CA
#   scripts/pg-test-server.sh stop "$ABONENT_TEST_PG_DIR"
#
# start prints the two export lines on stdout (all else goes to stderr) and
# exits 0, or exits 1 saying why (no PostgreSQL binaries, initdb or the
# server failed: the server's log is printed). Needs PostgreSQL 15 or newer
# with contrib (pg_trgm). PG_BINDIR overrides where the binaries are looked for;
# PG_SERVER_OPTS is added to the server's options, after the test defaults
# (bench/postgres.sh turns fsync back on with it: "-c fsync=on").
set -euo pipefail

say() { printf 'pg-test-server: %s\n' "$*" >&2; }

bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
    if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir; return
    fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    [ -n "$d" ] && [ -x "$d/initdb" ] && { echo "$d"; return; }
    return 1
}

# Runs a command as the server's user: nobody when we are root.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin dir port
    bin=$(bindir) || { say "no PostgreSQL binaries (initdb) found; set PG_BINDIR"; exit 1; }
    dir=$(mktemp -d /tmp/abonent-pg.XXXXXX)
    chmod 0700 "$dir"
    [ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir"
    # A free port on 127.0.0.1, chosen by the kernel.
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if ! as_owner "$bin/initdb" -D "$dir/data" -U abonent --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        say "initdb failed (log above)"
        rm -rf "$dir"
        exit 1
    fi
    # TLS, when openssl is there: a throwaway CA and a certificate for
    # localhost signed by it (ABONENT_TEST_PG_CA names the CA's file).
    local tls=""
    if command -v openssl >/dev/null; then
        mkdir "$dir/tls"
        (
            cd "$dir/tls"
            openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=abonent-test-ca \
                -keyout ca.key -out ca.crt
            openssl req -newkey rsa:2048 -nodes -subj /CN=localhost \
                -keyout server.key -out server.csr
            printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n' > ext.cnf
            openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
                -days 2 -extfile ext.cnf -out server.crt
        ) >"$dir/tls.log" 2>&1 || { cat "$dir/tls.log" >&2; say "openssl failed (log above)"; rm -rf "$dir"; exit 1; }
        chmod 0600 "$dir/tls/server.key"
        [ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$dir/tls"
        tls="-c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key"
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100 $tls ${PG_SERVER_OPTS:-}" \
        start >&2; then
        cat "$dir/server.log" >&2 || true
        say "the server did not start (log above)"
        rm -rf "$dir"
        exit 1
    fi
    # contrib must be there: the search index needs pg_trgm.
    if ! as_owner "$bin/psql" -h "$dir" -p "$port" -U abonent -d postgres -v ON_ERROR_STOP=1 -qAt \
        -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm' -c 'SELECT 1' >/dev/null; then
        say "the server answers, but pg_trgm (PostgreSQL contrib) is missing"
        stop "$dir"
        exit 1
    fi
    say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port and $dir"
    echo "export ABONENT_TEST_PG='postgres://abonent@127.0.0.1:$port/postgres'"
    [ -n "$tls" ] && echo "export ABONENT_TEST_PG_CA='$dir/tls/ca.crt'"
    echo "export ABONENT_TEST_PG_DIR='$dir'"
}

stop() {
    local dir=${1:-}
    case "$dir" in
        /tmp/abonent-pg.*) ;;
        *) say "stop: not a folder this script made: '$dir'"; exit 1 ;;
    esac
    local bin
    bin=$(bindir) || true
    if [ -n "$bin" ] && [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || say "pg_ctl stop failed"
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
