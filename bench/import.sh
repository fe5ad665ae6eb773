#!/usr/bin/env bash
# import-1c against its anchors (DESIGN §8), in one run on this machine:
#   abonent import-1c of a 100,000-row Windows-1251 list export: first run,
#   re-run of the same file, re-run with 1% of the rows changed; sqlite3's .import of the same rows in UTF-8; the floor:
#   sqlite3 writing the same rows into abonent's schema with no checks
#   (bench/floor.sql); sqlite-utils insert --csv of the Windows-1251 file;
#   then peak memory of abonent on 1,000,000 rows as CSV and as CommerceML.
# Usage: bench/import.sh [--rows N] [--big N] [--runs N]   (--big 0: no memory runs)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=100000 BIG=1000000 RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS=$2; shift 2 ;;
    --big) BIG=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "usage: $0 [--rows N] [--big N] [--runs N]" >&2; exit 2 ;;
  esac
done
need() { command -v "$1" >/dev/null 2>&1; }
if [ "$(id -u)" = 0 ]; then
  need hyperfine && need sqlite3 || { apt-get update -qq && apt-get install -y -qq hyperfine sqlite3 time >/dev/null; }
  need sqlite-utils || pip install -q sqlite-utils
fi
W=bench/work; mkdir -p $W
cargo build --release -q
cargo build --release -q --example gen_1c
BIN=$PWD/target/release/abonent
[ -f $W/list-$ROWS.csv ] || target/release/examples/gen_1c $W/list-$ROWS.csv "$ROWS"
iconv -f cp1251 -t utf-8 $W/list-$ROWS.csv > $W/list-$ROWS-utf8.csv

# The floor starts from an empty database with abonent's schema, made and
# migrated by abonent itself; floor.sql gets the file paths filled in.
rm -f $W/floor-template.db $W/floor-template.db-wal $W/floor-template.db-shm
$BIN --db $W/floor-template.db -q subscriber list >/dev/null
[ "$(sqlite3 $W/floor-template.db "SELECT count(*) FROM sqlite_master WHERE name IN
  ('subscribers', 'contacts', 'addresses', 'history', 'subscriber_search')")" = 5 ] ||
  { echo "$W/floor-template.db lacks abonent's tables" >&2; exit 1; }
sed -e "/^--/!s|@CSV@|$W/list-$ROWS-utf8.csv|" -e "/^--/!s|@NOTE@|$W/list-$ROWS.csv|" bench/floor.sql > $W/floor.sql

# The nightly re-imports start from a database holding the file already
# (its cards carry their rows' fingerprints), copied afresh for each run;
# the 1%-changed file differs from the first in the e-mail of every 100th
# row (those that have one).
rm -f $W/imp.db $W/imp.db-wal $W/imp.db-shm
$BIN --db $W/imp.db -q import-1c $W/list-$ROWS.csv >/dev/null
sqlite3 $W/imp.db 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
cp $W/imp.db $W/filled.db
BYTES=$(stat -c %s $W/filled.db)
LC_ALL=C awk 'NR > 1 && NR % 100 == 1 { sub(/@example\.ru/, "@example.org") } { print }' \
  $W/list-$ROWS.csv > $W/list-$ROWS-1pc.csv
CHANGED=$(LC_ALL=C grep -c '@example\.org' $W/list-$ROWS-1pc.csv || true)
[ "$CHANGED" -ge $(( ROWS / 200 )) ] || { echo "the 1% file changed only $CHANGED rows" >&2; exit 1; }
# sync: the copy's 100 MB are written out before the run, not during it.
REFILL="rm -f $W/re.db $W/re.db-wal $W/re.db-shm && cp $W/filled.db $W/re.db && sync"

# One hyperfine run for all six, so every ratio is taken on the same day.
# One --prepare per command, in order: each empties (or refills)
# abonent's database; the floor's also starts it from a fresh copy of the
# template.
CLEAN="rm -f $W/imp.db $W/imp.db-wal $W/imp.db-shm"
hyperfine --runs "$RUNS" --export-markdown $W/import.md --export-json $W/import.json \
  --prepare "$CLEAN" -n "abonent import-1c (first run)" "$BIN --db $W/imp.db -q import-1c $W/list-$ROWS.csv" \
  --prepare "$REFILL" -n "abonent import-1c (re-run, all unchanged)" "$BIN --db $W/re.db -q import-1c $W/list-$ROWS.csv" \
  --prepare "$REFILL" -n "abonent import-1c (re-run, 1% changed)" "$BIN --db $W/re.db -q import-1c $W/list-$ROWS-1pc.csv" \
  --prepare "$CLEAN" -n "sqlite3 .import (UTF-8, no checks)" "rm -f $W/anchor.db && sqlite3 $W/anchor.db -cmd '.mode csv' -cmd '.separator ;' '.import $W/list-$ROWS-utf8.csv t'" \
  --prepare "$CLEAN && rm -f $W/floor.db-wal $W/floor.db-shm && cp $W/floor-template.db $W/floor.db" \
  -n "sqlite3 INSERT…SELECT into abonent's schema (floor, no checks)" "sqlite3 -bail $W/floor.db < $W/floor.sql" \
  --prepare "$CLEAN" -n "sqlite-utils insert --csv" "rm -f $W/su.db && sqlite-utils insert $W/su.db t $W/list-$ROWS.csv --csv --delimiter ';' --encoding cp1251"
# The floor must have written what abonent wrote.
rm -f $W/imp.db*; $BIN --db $W/imp.db -q import-1c $W/list-$ROWS.csv >/dev/null
count() { sqlite3 "$1" "SELECT (SELECT count(*) FROM subscribers), (SELECT count(*) FROM contacts),
  (SELECT count(*) FROM addresses), (SELECT count(*) FROM history), (SELECT count(*) FROM subscriber_search)"; }
[ "$(count $W/imp.db)" = "$(count $W/floor.db)" ] ||
  { echo "floor wrote $(count $W/floor.db) rows, abonent $(count $W/imp.db)" >&2; exit 1; }
# And the 1% run must have updated 1% of the cards.
cp $W/filled.db $W/re.db; rm -f $W/re.db-wal $W/re.db-shm
UPDATED=$($BIN --db $W/re.db --json import-1c $W/list-$ROWS-1pc.csv | python3 -c 'import json,sys; print(json.load(sys.stdin)["updated"])')
[ "$UPDATED" = "$CHANGED" ] || { echo "the 1% run updated $UPDATED cards, not $CHANGED" >&2; exit 1; }

echo; echo "== ratios (means of one hyperfine run) =="
python3 - "$W/import.json" "$BYTES" "$ROWS" <<'PY' | tee $W/ratios.md
import json, sys
runs = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
first = runs["abonent import-1c (first run)"]
def row(name, anchor, label):
    print(f"| {name} | {runs[name]:.3f} s | {label} | {runs[name] / anchor:.2f}× |")
print("| work | time | against | ratio |")
print("|---|---|---|---|")
row("abonent import-1c (first run)", runs["sqlite3 .import (UTF-8, no checks)"], "`sqlite3 .import`")
row("abonent import-1c (first run)", runs["sqlite3 INSERT…SELECT into abonent's schema (floor, no checks)"], "the floor")
row("abonent import-1c (first run)", runs["sqlite-utils insert --csv"], "sqlite-utils")
row("abonent import-1c (re-run, all unchanged)", first, "the first run")
row("abonent import-1c (re-run, 1% changed)", first, "the first run")
print(f"| database size | {int(sys.argv[2]) / int(sys.argv[3]):,.0f} bytes per card | | |")
PY

if [ "$BIG" -gt 0 ]; then
  echo; echo "== peak memory at $BIG rows =="
  [ -f $W/list-$BIG.csv ] || target/release/examples/gen_1c $W/list-$BIG.csv "$BIG"
  [ -f $W/cml-$BIG.xml ] || python3 bench/gen_commerceml.py "$BIG" > $W/cml-$BIG.xml
  for f in list-$BIG.csv cml-$BIG.xml; do
    rm -f $W/big.db*
    /usr/bin/time -f "$f: %e s, peak RSS %M KiB" $BIN --db $W/big.db -q import-1c $W/$f >/dev/null
  done 2>&1 | tee $W/memory.txt
fi
cat $W/import.md
