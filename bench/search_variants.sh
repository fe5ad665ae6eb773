#!/usr/bin/env bash
# Times variants of the search SQL of store::listing::list_ids in the
# sqlite3 shell on bench/work/million.db (made by bench/million.sh), one
# process per run like the CLI. Diagnosis only: nothing here is a test.
#
#   A  current, word of 3+ letters: FTS MATCH joined to subscribers, then a
#      temp B-tree sorts every match by display_name (LIMIT 100 comes last)
#   C  the same MATCH as an IN list, walking subscribers_display_name in
#      order and stopping at the 100th match
#   D  current, word under 3 letters: instr() over every row of the FTS
#      table, then the same sort
#   E  walking subscribers_display_name in order, probing the FTS row by
#      rowid with instr(), stopping at the 100th match
#
# Usage: bench/search_variants.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=bench/work/million.db
[ -s "$DB" ] || { echo "no $DB; run bench/million.sh first" >&2; exit 2; }
RUNS=(--runs 10)
[ "${1:-}" = --runs ] && RUNS=(--runs "$2")

tail_sql="AND s.archived = 0 ORDER BY s.display_name, s.id LIMIT 100 OFFSET 0"
a() { echo "SELECT s.id FROM subscribers s JOIN subscriber_search f ON f.rowid = s.id WHERE f.body MATCH '\"$1\"' $tail_sql"; }
c() { echo "SELECT s.id FROM subscribers s INDEXED BY subscribers_display_name WHERE s.id IN (SELECT rowid FROM subscriber_search WHERE body MATCH '\"$1\"') $tail_sql"; }
d() { echo "SELECT s.id FROM subscribers s JOIN subscriber_search f ON f.rowid = s.id WHERE instr(f.body, '$1') > 0 $tail_sql"; }
e() { echo "SELECT s.id FROM subscribers s INDEXED BY subscribers_display_name CROSS JOIN subscriber_search f ON f.rowid = s.id WHERE instr(f.body, '$1') > 0 $tail_sql"; }

# A rare word: the INN of one card (worst case for C: the whole index is walked).
INN=$(sqlite3 "$DB" "SELECT inn FROM subscribers WHERE id >= (SELECT max(id) / 2 FROM subscribers) AND inn IS NOT NULL ORDER BY id LIMIT 1")

for v in a c d e; do
    echo "-- $v: EXPLAIN QUERY PLAN"
    sqlite3 "$DB" "EXPLAIN QUERY PLAN $($v xyz)" | sed 1d
done

hyperfine -N --warmup 2 "${RUNS[@]}" \
    --export-markdown bench/work/search_variants.md \
    -n "A иванов (current)" "sqlite3 $DB \"$(a иванов)\"" \
    -n "C иванов" "sqlite3 $DB \"$(c иванов)\"" \
    -n "A петр (current)" "sqlite3 $DB \"$(a петр)\"" \
    -n "C петр" "sqlite3 $DB \"$(c петр)\"" \
    -n "A one INN (current)" "sqlite3 $DB \"$(a "$INN")\"" \
    -n "C one INN (worst case)" "sqlite3 $DB \"$(c "$INN")\"" \
    -n "D ив (current)" "sqlite3 $DB \"$(d ив)\"" \
    -n "E ив" "sqlite3 $DB \"$(e ив)\"" \
    -n "D щф, no match (current)" "sqlite3 $DB \"$(d щф)\"" \
    -n "E щф, no match (worst case)" "sqlite3 $DB \"$(e щф)\""
echo "table: bench/work/search_variants.md" >&2
