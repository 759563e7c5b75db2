#!/usr/bin/env bash
# Fuzzes the feedback API against its contract, crates/feedback/openapi.yaml, with Schemathesis
# (every check, moderator routes with a valid token, a fixed seed, FUZZ_EXAMPLES examples per
# operation and phase, 50 by default), on SQLite and on PostgreSQL; then shows that the same run
# fails on a deliberately wrong response (tests/fuzz/break_contract.py, a proxy that renames a
# field of the public summary).
#   scripts/fuzz-api.sh [sqlite|postgres|both|broken]...   (default: sqlite postgres broken)
# Needs the Schemathesis of scripts/bootstrap.sh (.tools/schemathesis) and a built `feedback`
# (FEEDBACK_BIN, default the debug build); PostgreSQL from FEEDBACK_TEST_POSTGRES, or a
# throwaway one it starts. Prints the examples run per operation and the time each run took.
set -euo pipefail
cd "$(dirname "$0")/.."
st=.tools/schemathesis/bin/st
[[ -x $st ]] || { echo "Schemathesis is missing: run scripts/bootstrap.sh" >&2; exit 1; }
bin=${FEEDBACK_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/debug/feedback}
[[ -x $bin ]] || { echo "$bin is missing: cargo build -p feedback" >&2; exit 1; }
export FUZZ_EXAMPLES=${FUZZ_EXAMPLES:-50}
runs=("$@")
((${#runs[@]})) || runs=(sqlite postgres broken)

work=$(mktemp -d /tmp/feedback-fuzz.XXXXXX)
pids=()
pg_dir=""
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    [[ -n "$pg_dir" ]] && scripts/postgres-for-tests.sh stop "$pg_dir"
    rm -rf "$work"
}
trap cleanup EXIT

# The published data the service reads its topics from: the repository's published strategy.
mkdir -p "$work/data"
strategy=$(ls data/published/strategy.*.json | head -n 1)
cp "$strategy" "$work/data/"
python3 - "$work/data" "$(basename "$strategy")" <<'PY'
import json, os, sys
folder, name = sys.argv[1], sys.argv[2]
size = os.path.getsize(os.path.join(folder, name))
manifest = {"schema_version": "1.0", "latest": "2026-Q3", "snapshots": [],
            "strategies": [{"file": name, "sha256": "0" * 64, "size": size}]}
json.dump(manifest, open(os.path.join(folder, "index.json"), "w"))
PY

# Starts the service on DATABASE_URL; sets `port`.
start_service() {
    local log="$work/service-$1.log"
    FEEDBACK_LOG=info "$bin" --database "$2" serve --listen 127.0.0.1:0 --data "$work/data" \
        --rate-burst 1000000 --rate-per-minute 1000000 --retention-days 0 >/dev/null 2>"$log" &
    pids+=($!)
    for _ in $(seq 200); do
        port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$log" | head -n 1)
        [[ -n "$port" ]] && return 0
        sleep 0.05
    done
    cat "$log" >&2
    return 1
}

# A token, and a few items to find: opted in, answered, published.
prepare() {
    FUZZ_TOKEN=$("$bin" --database "$1" token create "fuzz-$RANDOM" | tail -n 1)
    export FUZZ_TOKEN
    local base="http://127.0.0.1:$port"
    curl -sf -H "Authorization: Bearer $FUZZ_TOKEN" "$base/api/admin/me" >/dev/null \
        || { echo "the token is not accepted" >&2; return 1; }
    local backend=sqlite
    [[ $1 == postgres* ]] && backend=postgres
    curl -sf "$base/api/health" | grep -q "\"database\":\"$backend\"" \
        || { echo "the service does not run on $backend" >&2; return 1; }
    for n in 1 2 3 4 5; do
        curl -sf -H 'content-type: application/json' "$base/api/feedback" -d "{\"topic\":\"8.1.1.1\",
            \"message\":\"Sual $n\",\"organisation_type\":\"citizen\",\"language\":\"az\",\"consent\":true,
            \"publish_consent\":true,\"email\":\"fuzz$n@example.az\",\"idempotency_key\":\"fuzz-seed-000000$n\"}" >/dev/null
        curl -sf -X PUT -H "Authorization: Bearer $FUZZ_TOKEN" -H 'content-type: application/json' \
            "$base/api/admin/feedback/$n/answer" -d '{"answer":"Cavab","version":1}' >/dev/null
    done
    curl -sf -X PUT -H "Authorization: Bearer $FUZZ_TOKEN" -H 'content-type: application/json' \
        "$base/api/admin/feedback/1/publication" -d '{"question":"Sual","version":2}' >/dev/null
}

# Runs Schemathesis against BASE (extra arguments follow); the report goes to $work/NAME.json.
fuzz() {
    local name=$1 base=$2; shift 2
    FUZZ_URL=$base "$st" --config-file tests/fuzz/schemathesis.toml run crates/feedback/openapi.yaml \
        --max-examples "$FUZZ_EXAMPLES" --report ndjson --report-ndjson-path "$work/$name.ndjson" "$@"
}

# Examples run per operation, from the report; fails when an operation that takes parameters or
# a body ran fewer than FUZZ_EXAMPLES (one without inputs has only a few requests to make).
examples_per_operation() {
    .tools/schemathesis/bin/python - "$work/$1.ndjson" "$FUZZ_EXAMPLES" crates/feedback/openapi.yaml <<'PY'
import collections, json, sys, yaml
counts = collections.Counter()
for line in open(sys.argv[1]):
    for kind, data in json.loads(line).items():
        if kind == "ScenarioFinished" and isinstance(data, dict):
            recorder = data.get("recorder") or {}
            label = data.get("label") or recorder.get("label")
            if label:
                counts[label] += len(recorder.get("cases") or {})
document = yaml.safe_load(open(sys.argv[3]))
without_inputs = {
    f"{method.upper()} {path}"
    for path, item in document["paths"].items()
    for method, operation in item.items()
    if not operation.get("parameters") and not operation.get("requestBody")
}
short = []
for label, n in sorted(counts.items()):
    note = " (takes no input)" if label in without_inputs else ""
    print(f"    {n:6d}  {label}{note}")
    if n < int(sys.argv[2]) and label not in without_inputs:
        short.append(label)
least = min((n for label, n in counts.items() if label not in without_inputs), default=0)
print(f"    {len(counts)} operations, {sum(counts.values())} requests, at least {least} per operation with inputs")
if short or len(counts) < 15:
    sys.exit(f"too few examples: {short or 'operations missing'}")
PY
}

for run in "${runs[@]}"; do
    case "$run" in
    sqlite) url="sqlite://$work/fuzz.db" ;;
    postgres)
        if [[ -z "${FEEDBACK_TEST_POSTGRES:-}" ]]; then
            eval "$(scripts/postgres-for-tests.sh start)"
            pg_dir=$PGTEST_DIR
        fi
        db="feedback_fuzz_$$_$RANDOM"
        psql -q "$FEEDBACK_TEST_POSTGRES" -c "CREATE DATABASE $db"
        url="${FEEDBACK_TEST_POSTGRES%/*}/$db"
        ;;
    broken) url="sqlite://$work/broken.db" ;;
    *) echo "usage: $0 [sqlite|postgres|broken]..." >&2; exit 2 ;;
    esac
    started=$(date +%s)
    start_service "$run" "$url"
    prepare "$url"
    if [[ $run == broken ]]; then
        python3 tests/fuzz/break_contract.py "$port" >"$work/proxy.port" &
        pids+=($!)
        for _ in $(seq 100); do [[ -s "$work/proxy.port" ]] && break; sleep 0.05; done
        echo "==> the same fuzzing against a proxy that breaks the summary's shape (must fail)"
        if fuzz broken "http://127.0.0.1:$(cat "$work/proxy.port")" --include-name "GET /api/feedback/summary" \
            >"$work/broken.out" 2>&1; then
            cat "$work/broken.out"; echo "the fuzzing did not notice a response that breaks the contract" >&2; exit 1
        fi
        grep -q "response_schema_conformance\|Response violates schema" "$work/broken.out" \
            || { cat "$work/broken.out"; echo "failed, but not for the broken response" >&2; exit 1; }
        echo "    failed as it must: $(grep -m1 -o 'Response violates schema' "$work/broken.out") ($(( $(date +%s) - started ))s)"
        continue
    fi
    echo "==> Schemathesis on $run: $FUZZ_EXAMPLES examples per operation and phase, seed 20261202"
    if ! fuzz "$run" "http://127.0.0.1:$port" >"$work/$run.out" 2>&1; then
        cat "$work/$run.out"
        exit 1
    fi
    tail -n 3 "$work/$run.out"
    examples_per_operation "$run"
    echo "    $run: $(( $(date +%s) - started ))s"
done
