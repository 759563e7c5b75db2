#!/usr/bin/env bash
# Formatting and lints: cargo fmt --check, clippy with -D warnings natively (every crate; the app
# with its build-time `ssr` feature, which site-build turns on) and for wasm32 (the app with its
# browser `hydrate` feature, and the shared model; the moderators' page with its `csr` feature).
# `ssr`, `hydrate` and `csr` exclude each other, so each build names its feature.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p strategy-site -p strategy-model --all-targets --locked --target wasm32-unknown-unknown \
    --features strategy-site/hydrate -- -D warnings
cargo clippy -p moderation --all-targets --locked --target wasm32-unknown-unknown --features moderation/csr -- -D warnings
echo "lints clean"
