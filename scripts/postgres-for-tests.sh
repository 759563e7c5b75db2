#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the tests (Debian's packages), or stops it.
#   eval "$(scripts/postgres-for-tests.sh start)"   # exports FEEDBACK_TEST_POSTGRES and PGTEST_DIR
#   scripts/postgres-for-tests.sh stop "$PGTEST_DIR"
# Fails (never skips) when PostgreSQL cannot be started.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$bin/initdb" ]] || { echo "PostgreSQL is not installed (run scripts/bootstrap.sh)" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/pgtest.XXXXXX)
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
    port=${PGTEST_PORT:-$(( 40000 + RANDOM % 20000 ))}
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on -c synchronous_commit=on" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "export FEEDBACK_TEST_POSTGRES=postgres://postgres@127.0.0.1:$port/postgres PGTEST_DIR=$dir"
    ;;
stop)
    dir=${2:?give the directory printed by start}
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
