#!/usr/bin/env bash
# import-1c against its anchors (DESIGN §8), in one run on this machine:
#   abonent import-1c, first run and re-run, of a 100,000-row Windows-1251
#   list export; sqlite3's .import of the same rows in UTF-8; the floor:
#   sqlite3 writing the same rows into abonent's schema with no checks
#   (bench/floor.sql); sqlite-utils insert --csv of the Windows-1251 file;
#   then peak memory of abonent on 1,000,000 rows as CSV and as CommerceML.
# Usage: bench/import.sh [--rows N] [--big N] [--runs N]
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

# One --prepare per command, in order: each empties abonent's database;
# the floor's also starts it from a fresh copy of the template.
CLEAN="rm -f $W/imp.db $W/imp.db-wal $W/imp.db-shm"
hyperfine --runs "$RUNS" --export-markdown $W/import.md \
  --prepare "$CLEAN" -n "abonent import-1c (first run)" "$BIN --db $W/imp.db -q import-1c $W/list-$ROWS.csv" \
  --prepare "$CLEAN" -n "sqlite3 .import (UTF-8, no checks)" "rm -f $W/anchor.db && sqlite3 $W/anchor.db -cmd '.mode csv' -cmd '.separator ;' '.import $W/list-$ROWS-utf8.csv t'" \
  --prepare "$CLEAN && rm -f $W/floor.db-wal $W/floor.db-shm && cp $W/floor-template.db $W/floor.db" \
  -n "sqlite3 INSERT…SELECT into abonent's schema (floor, no checks)" "sqlite3 -bail $W/floor.db < $W/floor.sql" \
  --prepare "$CLEAN" -n "sqlite-utils insert --csv" "rm -f $W/su.db && sqlite-utils insert $W/su.db t $W/list-$ROWS.csv --csv --delimiter ';' --encoding cp1251"
# The re-run starts from a database holding the file already.
rm -f $W/imp.db*; $BIN --db $W/imp.db -q import-1c $W/list-$ROWS.csv >/dev/null
# The floor must have written what abonent wrote.
count() { sqlite3 "$1" "SELECT (SELECT count(*) FROM subscribers), (SELECT count(*) FROM contacts),
  (SELECT count(*) FROM addresses), (SELECT count(*) FROM history), (SELECT count(*) FROM subscriber_search)"; }
[ "$(count $W/imp.db)" = "$(count $W/floor.db)" ] ||
  { echo "floor wrote $(count $W/floor.db) rows, abonent $(count $W/imp.db)" >&2; exit 1; }
hyperfine --runs "$RUNS" --export-markdown $W/reimport.md \
  -n "abonent import-1c (re-run, all unchanged)" "$BIN --db $W/imp.db -q import-1c $W/list-$ROWS.csv"

echo; echo "== peak memory at $BIG rows =="
[ -f $W/list-$BIG.csv ] || target/release/examples/gen_1c $W/list-$BIG.csv "$BIG"
[ -f $W/cml-$BIG.xml ] || python3 bench/gen_commerceml.py "$BIG" > $W/cml-$BIG.xml
for f in list-$BIG.csv cml-$BIG.xml; do
  rm -f $W/big.db*
  /usr/bin/time -f "$f: %e s, peak RSS %M KiB" $BIN --db $W/big.db -q import-1c $W/$f >/dev/null
done 2>&1 | tee $W/memory.txt
cat $W/import.md $W/reimport.md
