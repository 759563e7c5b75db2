#!/usr/bin/env bash
# Builds the published data and the release app, puts them together in dist/, and renders every
# page with the app's own components (crates/site-build), so each page is whole before any
# script runs and the browser app adopts it. The moderators' page is built apart
# (crates/moderation) and written per language by site-build.
#   scripts/assemble-site.sh [--preview-data DIR]   (DIR: a data directory with drafts/synthetic, for tests)
#   SITE_DEBUG_INFO=1 scripts/assemble-site.sh       (for tests: hydration mismatches reported; not for measuring)
# The deployment's settings come from the environment (see README, "Deploying"): SITE_URL,
# DATA_BASE_URL, FEEDBACK_API_URL, SITE_INSTANCE (default local), PRIVACY_CONTACT, BUILD_DATE,
# and the open data's terms, which `data-tool build` reads for each snapshot's data package:
# DATA_LICENSE, DATA_LICENSE_URL, DATA_PUBLISHER, DATA_PUBLISHER_URL (each left out when unset).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_INSTALL_ROOT:-$HOME/.cargo}/bin:$PATH"
data_dir=data
preview=()
if [[ "${1:-}" == "--preview-data" ]]; then data_dir="$2"; preview=(--preview); fi
# The native tools: the binaries named by DATA_TOOL_BIN and SITE_BUILD_BIN when the caller has
# them already (scripts/test.sh passes the ones `cargo test --workspace` built), else built here.
if [[ -n "${DATA_TOOL_BIN:-}" ]]; then data_tool=("$DATA_TOOL_BIN"); else data_tool=(cargo run --quiet --locked -p data-tool --); fi
if [[ -n "${SITE_BUILD_BIN:-}" ]]; then site_build=("$SITE_BUILD_BIN"); else site_build=(cargo run --quiet --locked -p site-build --); fi
tool=("${data_tool[@]}" --data "$data_dir" --strategy data/strategy)
"${tool[@]}" validate
"${tool[@]}" build --out build/data "${preview[@]}"
# SITE_DEBUG_INFO=1 (the tests) builds the app with Leptos's debug info, so a page the app cannot
# adopt exactly says so in the console (a release build passes over it silently). Only the wasm
# build gets the flag (with the project's own cfg, which RUSTFLAGS would otherwise replace).
# Such a build is never measured (scripts/measurable-build.mjs refuses it), so it also skips the
# whole-program optimisation of the wasm (LTO, one codegen unit), which costs minutes on 2 cores.
# Both browser builds get the same flags, so the second reuses every dependency the first compiled.
wasm_build=(trunk build --release)
if [[ "${SITE_DEBUG_INFO:-}" == 1 ]]; then
    export CARGO_PROFILE_WASM_RELEASE_LTO=false CARGO_PROFILE_WASM_RELEASE_CODEGEN_UNITS=16
    wasm_build=(env RUSTFLAGS="--cfg erase_components --cfg leptos_debuginfo" trunk build --release)
fi
"${wasm_build[@]}"
if [[ "${SITE_DEBUG_INFO:-}" == 1 ]]; then touch dist/.debug-info; fi
# The moderators' page: its own HTML and wasm in dist/moderation/ (after the app: trunk empties dist/).
"${wasm_build[@]}" --config crates/moderation/Trunk.toml
rm -rf dist/data
cp -r build/data dist/data
"${site_build[@]}" --dist dist
node scripts/precompress.mjs dist
echo "site assembled in dist/ (data from $data_dir)"
