#!/usr/bin/env bash
# Builds the data and the site and serves them on http://127.0.0.1:8080 (Ctrl+C stops).
# Sets up what is missing first (scripts/bootstrap.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/assemble-site.sh
exec node scripts/serve.mjs --dir dist --port "${PORT:-8080}"
