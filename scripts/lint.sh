#!/usr/bin/env bash
# Formatting and lints: cargo fmt --check, clippy with -D warnings natively (every crate) and for
# wasm32 (the app and the shared model).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p strategy-site -p strategy-model --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
echo "lints clean"
