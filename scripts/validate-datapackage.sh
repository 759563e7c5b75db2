#!/usr/bin/env bash
# Validates each snapshot's data package with the Frictionless reference validator
# (.tools/frictionless, installed by scripts/bootstrap.sh): the descriptor and every row, the
# folder and its zip, of the real data built afresh by the data tool. Then shows the validator
# is not checking nothing: the broken fixture (tests/fixtures/broken-datapackage: a wrong field
# type, a status outside the taxonomy) and a copy of the real package with one cell changed
# (its hash no longer matches) must both fail.
#   scripts/validate-datapackage.sh [DATA_DIR]   (default: data; DATA_LICENSE etc. as for the build;
#   DATA_TOOL_BIN: a data-tool binary to run instead of building one)
set -euo pipefail
cd "$(dirname "$0")/.."
frictionless=.tools/frictionless/bin/frictionless
data_dir=${1:-data}
out=build/datapackage-check
[[ -x "$frictionless" ]] || { echo "frictionless is missing: run scripts/bootstrap.sh" >&2; exit 1; }

if [[ -n "${DATA_TOOL_BIN:-}" ]]; then data_tool=("$DATA_TOOL_BIN"); else data_tool=(cargo run --quiet --locked -p data-tool --); fi
"${data_tool[@]}" --data "$data_dir" --strategy data/strategy build --out "$out" >/dev/null
shopt -s nullglob
packages=("$out"/packages/*/)
(( ${#packages[@]} > 0 )) || { echo "no data package was built in $out/packages" >&2; exit 1; }
for folder in "${packages[@]}"; do
    echo "--- $folder"
    "$frictionless" validate "${folder}datapackage.json"
    "$frictionless" validate "${folder}"*.zip
done

must_fail() {
    local what=$1 descriptor=$2
    if "$frictionless" validate "$descriptor" >"$out/must-fail.log" 2>&1; then
        cat "$out/must-fail.log"
        echo "FAIL: the validator accepted $what" >&2
        exit 1
    fi
    grep -E 'INVALID|error' "$out/must-fail.log" | head -8
    echo "ok: the validator refuses $what"
}
must_fail "the broken fixture" tests/fixtures/broken-datapackage/datapackage.json
tampered="$out/tampered"
rm -rf "$tampered"
cp -r "${packages[0]}" "$tampered"
# One cell changed to another valid value: only the declared hash and size can tell.
sed -i '2s/^\([^,]*\),\([^,]*\),/\1,2026-01-01,/' "$tampered/measures.csv"
must_fail "a package whose table differs from its declared hash" "$tampered/datapackage.json"
echo "data packages valid"
