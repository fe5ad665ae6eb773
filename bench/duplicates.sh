#!/usr/bin/env bash
# `subscriber duplicates` on 1,000,000 cards (the budget of the issue
# «What no peer does»: under 10 s), in one hyperfine run beside its anchor:
# the sqlite3 shell running the same four groupings (INN, passport, phone,
# e-mail) as plain GROUP BY queries, which abonent runs too before it
# compares every card's folded name.
#
# Usage: bench/duplicates.sh [--runs N]
#   --runs N    hyperfine runs per command (default 3)
#
# Uses bench/work/million.db (made by bench/million.sh when missing). Not a
# test: it needs hyperfine, sqlite3 and python3 (apt-get when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DB=$ROOT/bench/work/million.db
RUNS=3
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
. bench/tools.sh
need_tools hyperfine sqlite3 python3
[ -s "$DB" ] || bench/million.sh --runs 1
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
cargo build --release -q --bin abonent
BIN=$TARGET/release/abonent
# Migrated once before measuring, so no run pays for it.
"$BIN" --db "$DB" -q subscriber duplicates --by inn --json >/dev/null
W=$ROOT/bench/work
cat > "$W/duplicates-anchor.sql" <<'SQL'
SELECT inn, count(*) FROM subscribers WHERE archived = 0 AND inn IS NOT NULL GROUP BY inn HAVING count(*) > 1;
SELECT replace(coalesce(doc_series, ''), ' ', '') || ' ' || replace(doc_number, ' ', '') AS v, count(*)
  FROM subscribers WHERE archived = 0 AND doc_number IS NOT NULL GROUP BY v HAVING count(*) > 1;
SELECT c.value, count(DISTINCT c.subscriber_id) FROM contacts c JOIN subscribers s ON s.id = c.subscriber_id
  WHERE s.archived = 0 AND c.kind = 'phone' GROUP BY c.value HAVING count(DISTINCT c.subscriber_id) > 1;
SELECT lower(c.value), count(DISTINCT c.subscriber_id) FROM contacts c JOIN subscribers s ON s.id = c.subscriber_id
  WHERE s.archived = 0 AND c.kind = 'email' GROUP BY lower(c.value) HAVING count(DISTINCT c.subscriber_id) > 1;
SQL
FOUND=$("$BIN" --db "$DB" subscriber duplicates --json | python3 -c 'import json,sys; g=json.load(sys.stdin); print(len(g), sum(len(x["cards"]) for x in g))')
echo "cards: $(sqlite3 "$DB" 'SELECT count(*) FROM subscribers'); groups found, cards in them: $FOUND" >&2
hyperfine --runs "$RUNS" --export-markdown "$W/duplicates.md" \
    -n "abonent subscriber duplicates (all five)" "$BIN --db $DB subscriber duplicates --json" \
    -n "abonent subscriber duplicates --by inn,passport,phone,email" "$BIN --db $DB subscriber duplicates --by inn,passport,phone,email --json" \
    -n "sqlite3: the four GROUP BY queries" "sqlite3 $DB < $W/duplicates-anchor.sql" \
    --output null
cat "$W/duplicates.md"
