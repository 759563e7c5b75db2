#!/usr/bin/env bash
# Load benchmark of the feedback service on 127.0.0.1, durability and the rate limit on:
#   scripts/bench-feedback.sh [sqlite|postgres] [REQUESTS] [CONCURRENCY]
# Prints accepted submissions per second, p50/p99 latency, and checks the database holds exactly
# the accepted rows. A script, not a test: the numbers depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
backend=${1:-sqlite}
requests=${2:-20000}
concurrency=${3:-64}
cargo build --quiet --locked --release -p feedback --bin feedback --example load
work=$(mktemp -d /tmp/feedback-bench.XXXXXX)
pg_dir=""
cleanup() {
    [[ -n "${service:-}" ]] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
    [[ -n "$pg_dir" ]] && scripts/postgres-for-tests.sh stop "$pg_dir"
    rm -rf "$work"
}
trap cleanup EXIT
case "$backend" in
sqlite) url="sqlite://$work/feedback.db" ;;
postgres)
    eval "$(scripts/postgres-for-tests.sh start)"
    pg_dir=$PGTEST_DIR
    url=$FEEDBACK_TEST_POSTGRES
    ;;
*) echo "usage: $0 [sqlite|postgres] [REQUESTS] [CONCURRENCY]" >&2; exit 2 ;;
esac
[[ -f dist/data/index.json ]] || scripts/assemble-site.sh >/dev/null
port=$(( 42000 + RANDOM % 10000 ))
"$target_dir/release/feedback" --database "$url" serve --data dist/data --listen "127.0.0.1:$port" \
    --trusted-proxy-header x-forwarded-for --rate-burst 5 --rate-per-minute 10 --retention-days 0 \
    2>"$work/service.log" &
service=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.1; done
echo "== feedback service on $backend: $requests submissions, $concurrency concurrent (its log, one line a request as in production, goes to a file)"
"$target_dir/release/examples/load" "http://127.0.0.1:$port" "$url" "$requests" "$concurrency"
