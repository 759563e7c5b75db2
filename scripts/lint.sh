#!/usr/bin/env bash
# Formatting and lints: cargo fmt --check, clippy with -D warnings natively (every crate; the app
# with its build-time `ssr` feature, which site-build turns on) and for wasm32 (the app with its
# browser `hydrate` feature, the shared model, and the moderators' page with its `browser` feature,
# which builds leptos the same way). `ssr` and `hydrate` exclude each other, so each build names
# its feature.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p strategy-site -p strategy-model -p moderation --all-targets --locked --target wasm32-unknown-unknown \
    --features strategy-site/hydrate,moderation/browser -- -D warnings
echo "lints clean"
