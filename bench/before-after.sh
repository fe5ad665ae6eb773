#!/usr/bin/env bash
# Two builds of abonent side by side on the import benchmark's files, in
# one hyperfine run: the first import into an empty database, the re-run
# of the same file, the re-run with 1% of the rows changed. Each build's
# re-runs start from a database its own first import filled (the row
# fingerprints differ between versions).
#
# Usage: bench/before-after.sh BEFORE_BINARY [AFTER_BINARY] [--runs N] [--rows N]
#   AFTER_BINARY defaults to target/release/abonent; --runs to 3; --rows to
#   100000. Run bench/import.sh first: it makes the files
#   (bench/work/list-N.csv, list-N-1pc.csv). A binary of an earlier commit:
#   git worktree add /tmp/before COMMIT &&
#   (cd /tmp/before && cargo build --release --bin abonent)
set -euo pipefail
cd "$(dirname "$0")/.."
W=bench/work
BEFORE= AFTER=target/release/abonent RUNS=3 ROWS=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --rows) ROWS=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    *) if [ -z "$BEFORE" ]; then BEFORE=$1; else AFTER=$1; fi; shift ;;
  esac
done
[ -n "$BEFORE" ] || { echo "usage: $0 BEFORE_BINARY [AFTER_BINARY] [--runs N] [--rows N]" >&2; exit 2; }
for b in "$BEFORE" "$AFTER"; do
  [ -x "$b" ] || { echo "not an executable: $b" >&2; exit 2; }
done
CSV=$W/list-$ROWS.csv
PC=$W/list-$ROWS-1pc.csv
[ -f "$CSV" ] && [ -f "$PC" ] || { echo "no $CSV or $PC: run bench/import.sh --rows $ROWS first" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (bench/import.sh installs it)" >&2; exit 2; }

# A database each build's first import filled, checkpointed.
for side in before after; do
  bin=$BEFORE; [ "$side" = after ] && bin=$AFTER
  rm -f $W/ba-$side-filled.db*
  "$bin" --db $W/ba-$side-filled.db -q import-1c "$CSV" >/dev/null
  sqlite3 $W/ba-$side-filled.db 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
done
clean() { echo "rm -f $W/ba-$1.db $W/ba-$1.db-wal $W/ba-$1.db-shm"; }
refill() { echo "$(clean "$1") && cp $W/ba-$1-filled.db $W/ba-$1.db && sync"; }
hyperfine --runs "$RUNS" --export-markdown $W/before-after.md --export-json $W/before-after.json \
  --prepare "$(clean before)" -n "before: first run" "$BEFORE --db $W/ba-before.db -q import-1c $CSV" \
  --prepare "$(clean after)" -n "after: first run" "$AFTER --db $W/ba-after.db -q import-1c $CSV" \
  --prepare "$(refill before)" -n "before: re-run, all unchanged" "$BEFORE --db $W/ba-before.db -q import-1c $CSV" \
  --prepare "$(refill after)" -n "after: re-run, all unchanged" "$AFTER --db $W/ba-after.db -q import-1c $CSV" \
  --prepare "$(refill before)" -n "before: re-run, 1% changed" "$BEFORE --db $W/ba-before.db -q import-1c $PC" \
  --prepare "$(refill after)" -n "after: re-run, 1% changed" "$AFTER --db $W/ba-after.db -q import-1c $PC"

echo
echo "== after / before (means of the one run) =="
python3 - $W/before-after.json <<'EOF'
import json, sys
m = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
print("| work | before | after | after / before |")
print("|---|---|---|---|")
for work in ["first run", "re-run, all unchanged", "re-run, 1% changed"]:
    b, a = m[f"before: {work}"], m[f"after: {work}"]
    print(f"| {work} | {b:.3f} s | {a:.3f} s | {a / b:.2f}× |")
EOF
for side in before after; do
  printf '%s: %s bytes per card\n' "$side" \
    "$(( $(stat -c %s $W/ba-$side-filled.db) / ROWS ))"
done
rm -f $W/ba-*.db $W/ba-*.db-wal $W/ba-*.db-shm
