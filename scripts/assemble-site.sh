#!/usr/bin/env bash
# Builds the published data and the release app, and puts them together in dist/.
#   scripts/assemble-site.sh [--preview-data DIR]   (DIR: a data directory with drafts/synthetic, for tests)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_INSTALL_ROOT:-$HOME/.cargo}/bin:$PATH"
data_dir=data
preview=()
if [[ "${1:-}" == "--preview-data" ]]; then data_dir="$2"; preview=(--preview); fi
tool=(cargo run --quiet --locked -p data-tool -- --data "$data_dir" --strategy data/strategy)
"${tool[@]}" validate
"${tool[@]}" build --out build/data "${preview[@]}"
trunk build --release
rm -rf dist/data
cp -r build/data dist/data
# One HTML page per route and language (link previews, search engines, no-JavaScript readers).
"${tool[@]}" prerender --dist dist --site-url "${SITE_URL:-http://127.0.0.1:8080}"
node scripts/precompress.mjs dist
echo "site assembled in dist/ (data from $data_dir)"
