#!/usr/bin/env bash
# Builds the data and the site and serves everything on http://127.0.0.1:8080 with the feedback
# service in serve mode (the site, its data and the API; feedback stored in SQLite,
# ./feedback.db, created on first start). Ctrl+C stops. Sets up what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
scripts/bootstrap.sh
scripts/assemble-site.sh
cargo build --quiet --locked --release -p feedback
echo "moderator token: $target_dir/release/feedback --database feedback.db token create <name>"
exec "$target_dir/release/feedback" --database "${DATABASE_URL:-feedback.db}" serve --site dist \
    --listen "127.0.0.1:${PORT:-8080}" --allowed-origin "http://127.0.0.1:${PORT:-8080}"
