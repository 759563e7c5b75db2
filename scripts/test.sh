#!/usr/bin/env bash
# Runs every test: native unit and integration tests, wasm component tests in headless
# Chromium, and end-to-end tests of the built site in headless Chromium. Sets up what is
# missing first (scripts/bootstrap.sh). Prints each phase and its duration.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
export PATH="${CARGO_INSTALL_ROOT:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

started=$(date +%s)
phase_start=0
phase() { phase_start=$(date +%s); printf '\n==> %s\n' "$1"; }
done_phase() { printf '    done (%ss)\n' "$(( $(date +%s) - phase_start ))"; }

phase "formatting and lints (scripts/lint.sh)"
scripts/lint.sh
done_phase

phase "throwaway PostgreSQL on 127.0.0.1 (the feedback service is tested on SQLite and PostgreSQL)"
eval "$(scripts/postgres-for-tests.sh start)"
trap 'scripts/postgres-for-tests.sh stop "$PGTEST_DIR"' EXIT
echo "    $FEEDBACK_TEST_POSTGRES"
done_phase

phase "native tests (model, data tool, feedback service on both databases, app logic)"
cargo test --workspace --locked
# The later phases run the native tools `cargo test` has just built for the integration tests.
# `cargo run -p X` or `cargo build -p X` would resolve X's features alone, differently from the
# whole workspace's, and compile some 70 crates again for each tool.
bin_dir="${CARGO_TARGET_DIR:-$PWD/target}/debug"
export DATA_TOOL_BIN="$bin_dir/data-tool" SITE_BUILD_BIN="$bin_dir/site-build" FEEDBACK_BIN="$bin_dir/feedback"
for bin in "$DATA_TOOL_BIN" "$SITE_BUILD_BIN" "$FEEDBACK_BIN"; do
    [[ -x $bin ]] || { echo "$bin was not built by cargo test --workspace" >&2; exit 1; }
done
done_phase

phase "wasm component tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --features hydrate --test components
done_phase

phase "build the site (real data) and the synthetic fixture data"
SITE_DEBUG_INFO=1 scripts/assemble-site.sh
"$DATA_TOOL_BIN" --data tests/fixtures/synthetic --strategy data/strategy \
    build --preview --out build/fixture-data
"$DATA_TOOL_BIN" --data tests/fixtures/synthetic/past-end --strategy data/strategy \
    build --preview --out build/fixture-past-end-data
"$DATA_TOOL_BIN" --data tests/fixtures/synthetic/corrected --strategy data/strategy \
    build --preview --out build/fixture-corrected-data
done_phase

phase "validate each snapshot's data package with the Frictionless validator (and a broken package and a tampered copy that must fail)"
scripts/validate-datapackage.sh
done_phase

phase "fuzz the feedback API against openapi.yaml (Schemathesis, both databases, and a broken response that must fail)"
scripts/fuzz-api.sh sqlite postgres broken
done_phase

phase "end-to-end tests in headless Chromium (pages, previews via open-graph-scraper, embeds, print, the Nu HTML checker on every built page)"
node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/*.test.mjs
done_phase

printf '\nall tests passed in %ss\n' "$(( $(date +%s) - started ))"
