#!/usr/bin/env bash
# Crash test of the feedback service, longer than the suite's: clients send with idempotency
# keys and retry until acknowledged while `feedback serve` (release build) is killed with SIGKILL
# CRASH_KILLS times and restarted; prints the figures and fails if any acknowledged submission
# is not stored exactly once (crates/feedback/tests/crash.rs, which the suite runs bounded).
#   scripts/crash-feedback.sh [sqlite|postgres] [KILLS] [SUBMISSIONS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
backend=${1:-sqlite}
export CRASH_KILLS=${2:-10} CRASH_SUBMISSIONS=${3:-3000} CRASH_CLIENTS=${4:-16}
pg_dir=""
trap '[[ -n "$pg_dir" ]] && scripts/postgres-for-tests.sh stop "$pg_dir"' EXIT
if [[ $backend == postgres && -z "${FEEDBACK_TEST_POSTGRES:-}" ]]; then
    eval "$(scripts/postgres-for-tests.sh start)"
    pg_dir=$PGTEST_DIR
fi
case "$backend" in sqlite | postgres) ;; *) echo "usage: $0 [sqlite|postgres] [KILLS] [SUBMISSIONS] [CLIENTS]" >&2; exit 2 ;; esac
cargo test --quiet --locked --release -p feedback --test crash -- --exact "$backend" --nocapture 2>&1 \
    | grep -E "crash test on|acknowledged|test result|panicked"
