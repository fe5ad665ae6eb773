#!/usr/bin/env bash
# abonent on PostgreSQL against its anchors, in one run on this machine
# (the budgets of the issue «PostgreSQL: one registry for several hosts»):
#
#   import-1c of the 100,000-row list export into PostgreSQL
#       against psql's \copy of the same rows into a plain table (the floor),
#       against psql loading what the import wrote (pg_dump's COPY of every
#       table) into abonent's empty schema: the server's own cost of those
#       rows with their indexes, foreign keys and trigram index
#       and against abonent's own import into SQLite   budget: ≤ 1.5× SQLite
#   the re-run of the same file, on both backends       (reported)
#   subscriber show inn:… on 1,000,000 cards
#       against psql answering the same indexed query   budget: ≤ 2× psql
#   subscriber list --search иванов (петр, ив) on 1,000,000 cards
#       beside psql running the same trigram query      budget: < 100 ms
#
# Usage: bench/postgres.sh [--rows N] [--cards N] [--runs N] [--url URL]
#   --rows N    rows of the import file (default 100000)
#   --cards N   cards for the lookups (default 1000000; 0: no lookups); the
#               cards come from bench/work/million.db (bench/cards-N.db for
#               another N), made by gen_cards as bench/million.sh does when
#               missing, and are moved to PostgreSQL with `abonent db copy`
#   --runs N    hyperfine runs per import command (default 3)
#   --url URL   a server to use, postgres://USER@HOST:PORT (a superuser: the
#               script creates and drops databases abonent_bench_*); by
#               default a throwaway server is started with
#               scripts/pg-test-server.sh, with fsync on, and removed at the end
#
# Not a test: it takes minutes and needs hyperfine, sqlite3, python3 and
# PostgreSQL 15 with contrib (hyperfine and sqlite3 installed with apt-get
# when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
W=$ROOT/bench/work
ROWS=100000 CARDS=1000000 RUNS=3 URL=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) ROWS=$2; shift 2 ;;
        --cards) CARDS=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --url) URL=${2%/}; shift 2 ;;
        -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
say() { printf '\n== %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------
. bench/tools.sh
need_tools hyperfine sqlite3 python3
PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1 || true)
[ -x "$PSQL" ] || { echo "no psql found (PostgreSQL client)" >&2; exit 2; }

# --- build -------------------------------------------------------------------
say "building the release binary and the generators"
# Separate commands: built together, the binary would get the features
# only the examples' dev-dependencies ask for.
cargo build --release -q --example gen_1c
cargo build --release -q --example gen_cards
cargo build --release -q --bin abonent
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=$TARGET/release/abonent

# --- the server ----------------------------------------------------------------
if [ -z "$URL" ]; then
    say "starting a throwaway PostgreSQL server (fsync on)"
    eval "$(PG_SERVER_OPTS="-c fsync=on" scripts/pg-test-server.sh start)"
    trap 'scripts/pg-test-server.sh stop "$ABONENT_TEST_PG_DIR"' EXIT
    URL=${ABONENT_TEST_PG%/*}
fi
# psql's NOTICEs («does not exist, skipping») are not news here.
export PGOPTIONS="-c client_min_messages=warning"
q() { "$PSQL" -X -qAt -v ON_ERROR_STOP=1 "$URL/$1" -c "$2"; }
fresh() { q postgres "DROP DATABASE IF EXISTS $1" && q postgres "CREATE DATABASE $1"; }
q postgres 'SELECT 1' >/dev/null
SERVER=$(q postgres 'SHOW server_version')
echo "server: PostgreSQL $SERVER at ${URL#*@}, fsync $(q postgres 'SHOW fsync'), ssl $(q postgres 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')" >&2

# --- the import ----------------------------------------------------------------
mkdir -p "$W"
F=$W/list-$ROWS.csv
[ -s "$F" ] || "$TARGET/release/examples/gen_1c" "$F" "$ROWS"
iconv -f cp1251 -t utf-8 "$F" > "$W/list-$ROWS-utf8.csv"
DBS=abonent_bench

# Filled databases for the re-runs: PostgreSQL's copied with CREATE
# DATABASE … TEMPLATE, SQLite's with cp, afresh before each run.
say "filling the databases the re-runs start from"
fresh ${DBS}_filled
"$BIN" --db "$URL/${DBS}_filled" -q import-1c "$F" >/dev/null
rm -f "$W/pg-sq.db" "$W/pg-sq.db-wal" "$W/pg-sq.db-shm"
"$BIN" --db "$W/pg-sq.db" -q import-1c "$F" >/dev/null
sqlite3 "$W/pg-sq.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
cp "$W/pg-sq.db" "$W/pg-sq-filled.db"
# What the first run wrote, as pg_dump writes it: the schema, and every
# table's rows as COPY in the order of their foreign keys.
PGDUMP=$(dirname "$PSQL")/pg_dump
[ -x "$PGDUMP" ] || PGDUMP=pg_dump
"$PGDUMP" --schema-only -d "$URL/${DBS}_filled" -f "$W/pg-schema.sql"
"$PGDUMP" --data-only -d "$URL/${DBS}_filled" -f "$W/pg-data.sql"
COLS="name text, full_name text, code text, inn text, kpp text, form text, address text, phone text, email text"

PQ="$PSQL -X -qAt -v ON_ERROR_STOP=1"
say "hyperfine: the import ($ROWS rows, $RUNS runs; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
hyperfine --runs "$RUNS" --export-markdown "$W/pg-import.md" --export-json "$W/pg-import.json" \
    --prepare "$PQ $URL/postgres -c 'DROP DATABASE IF EXISTS ${DBS}_imp' -c 'CREATE DATABASE ${DBS}_imp'" \
    -n "abonent import-1c, PostgreSQL (first run)" "$BIN --db $URL/${DBS}_imp -q import-1c $F" \
    --prepare "$PQ $URL/postgres -c 'DROP DATABASE IF EXISTS ${DBS}_re' -c 'CREATE DATABASE ${DBS}_re TEMPLATE ${DBS}_filled'" \
    -n "abonent import-1c, PostgreSQL (re-run, all unchanged)" "$BIN --db $URL/${DBS}_re -q import-1c $F" \
    --prepare "rm -f $W/pg-sq-imp.db $W/pg-sq-imp.db-wal $W/pg-sq-imp.db-shm" \
    -n "abonent import-1c, SQLite (first run)" "$BIN --db $W/pg-sq-imp.db -q import-1c $F" \
    --prepare "rm -f $W/pg-sq-re.db* && cp $W/pg-sq-filled.db $W/pg-sq-re.db && sync" \
    -n "abonent import-1c, SQLite (re-run, all unchanged)" "$BIN --db $W/pg-sq-re.db -q import-1c $F" \
    --prepare "$PQ $URL/postgres -c 'DROP DATABASE IF EXISTS ${DBS}_floor' -c 'CREATE DATABASE ${DBS}_floor' && $PQ $URL/${DBS}_floor -c 'CREATE TABLE t ($COLS)'" \
    -n "psql \\copy into a plain table (floor, no checks)" \
    "$PQ $URL/${DBS}_floor -c \"\\copy t FROM '$W/list-$ROWS-utf8.csv' WITH (FORMAT csv, DELIMITER ';', HEADER true)\"" \
    --prepare "$PQ $URL/postgres -c 'DROP DATABASE IF EXISTS ${DBS}_schema' -c 'CREATE DATABASE ${DBS}_schema' && $PQ $URL/${DBS}_schema -f $W/pg-schema.sql >/dev/null" \
    -n "psql COPY of the imported cards into abonent's schema (one transaction)" \
    "$PQ -1 $URL/${DBS}_schema -f $W/pg-data.sql"

# Both backends must have written the same: the counts of `db check`.
counts() { "$BIN" --db "$1" --json db check | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(json.dumps(d.get("counts", d), sort_keys=True))'; }
[ "$(counts "$URL/${DBS}_imp")" = "$(counts "$W/pg-sq-imp.db")" ] || {
    echo "PostgreSQL and SQLite imports differ:" >&2
    counts "$URL/${DBS}_imp" >&2; counts "$W/pg-sq-imp.db" >&2; exit 1; }
FLOOR_ROWS=$(q ${DBS}_floor 'SELECT count(*) FROM t')
[ "$FLOOR_ROWS" = "$ROWS" ] || { echo "the floor copied $FLOOR_ROWS rows, not $ROWS" >&2; exit 1; }
[ "$(counts "$URL/${DBS}_schema")" = "$(counts "$URL/${DBS}_imp")" ] || {
    echo "the COPY into the schema holds other counts than the import" >&2; exit 1; }

# --- the lookups on a million cards ------------------------------------------------
if [ "$CARDS" != 0 ]; then
    # bench/million.sh's database, or a smaller one of its own.
    M=$W/million.db
    [ "$CARDS" = 1000000 ] || M=$W/cards-$CARDS.db
    if [ ! -s "$M" ]; then
        say "generating $CARDS cards into ${M#"$ROOT"/} (gen_cards, as bench/million.sh; minutes)"
        rm -f "$M" "$M-wal" "$M-shm"
        "$TARGET/release/examples/gen_cards" "$M" "$CARDS" >&2
    fi
    fresh ${DBS}_million
    say "abonent db copy ${M#"$ROOT"/} → PostgreSQL"
    start=$(date +%s%N)
    "$BIN" --db "$URL/${DBS}_million" -q db copy "$M" "$URL/${DBS}_million" >&2
    COPY_MS=$((($(date +%s%N) - start) / 1000000))
    echo "db copy of $CARDS cards: $((COPY_MS / 1000)).$(printf %03d $((COPY_MS % 1000))) s" >&2
    # As autovacuum would soon do; done now so the first plans are the
    # steady ones.
    q ${DBS}_million 'VACUUM ANALYZE'
    INN=$(sqlite3 "$M" "SELECT inn FROM subscribers
        WHERE id >= (SELECT max(id) / 2 FROM subscribers) AND inn IS NOT NULL ORDER BY id LIMIT 1")
    A="$BIN --db $URL/${DBS}_million"
    P="$PQ $URL/${DBS}_million"
    # The queries abonent sends (store/listing.rs on PostgreSQL): the card
    # by its indexed INN; the folded text's LIKE, answered by the trigram
    # index, in name order, the first 100 active cards.
    search() { echo "$P -c \"SELECT s.id, s.display_name FROM subscribers s JOIN subscriber_search f ON f.rowid = s.id WHERE f.body LIKE '%$1%' AND s.archived = 0 ORDER BY s.display_name, s.id LIMIT 100\""; }
    $A subscriber show "inn:$INN" >/dev/null
    $A subscriber list --search иванов | grep -q 'Иванов' || { echo "--search иванов found no «Иванов»" >&2; exit 1; }
    $A subscriber list --search петр | grep -q 'Пётр' || { echo "--search петр found no «Пётр»" >&2; exit 1; }
    # The anchor must be the same query: the same cards in the same order.
    for w in иванов ив; do
        [ "$($A subscriber list --search $w --json | python3 -c 'import json,sys; print(" ".join(str(c["id"]) for c in json.load(sys.stdin)))')" = \
          "$($P -c "SELECT string_agg(id::text, ' ') FROM ($(search $w | sed -e 's/^[^"]*"//' -e 's/"$//')) x")" ] ||
            { echo "abonent and psql found different cards for «$w»" >&2; exit 1; }
    done
    say "hyperfine: the lookups ($CARDS cards; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    hyperfine -N --warmup 3 --export-markdown "$W/pg-million.md" --export-json "$W/pg-million.json" \
        -n "abonent show inn" "$A subscriber show inn:$INN" \
        -n "psql show inn" "$P -c \"SELECT * FROM subscribers WHERE inn = '$INN'\"" \
        -n "abonent search иванов" "$A subscriber list --search иванов" \
        -n "psql search иванов" "$(search иванов)" \
        -n "abonent search петр" "$A subscriber list --search петр" \
        -n "psql search петр" "$(search петр)" \
        -n "abonent search ив" "$A subscriber list --search ив" \
        -n "psql search ив" "$(search ив)"
fi

# --- summary -----------------------------------------------------------------
say "summary (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
python3 - "$W/pg-import.json" "$W/pg-million.json" "$CARDS" "$ROWS" <<'EOF' | tee "$W/pg-summary.md"
import json, os, sys
def load(p):
    return {r["command"]: r for r in json.load(open(p))["results"]} if os.path.exists(p) else {}
imp, mil = load(sys.argv[1]), load(sys.argv[2]) if sys.argv[3] != "0" else {}
rows = int(sys.argv[4])
def ms(r, k): return r[k]["mean"] * 1000
out = [("work", "abonent on PostgreSQL", "anchor", "ratio", "budget", "verdict")]
missed = 0
def add(work, a, anchor, budget, ok):
    global missed
    missed += ok is False
    out.append((work, a, anchor, budget[0], budget[1], "" if ok is None else ("ok" if ok else "MISSED")))
pg = ms(imp, "abonent import-1c, PostgreSQL (first run)")
sq = ms(imp, "abonent import-1c, SQLite (first run)")
fl = ms(imp, "psql \\copy into a plain table (floor, no checks)")
sc = ms(imp, "psql COPY of the imported cards into abonent's schema (one transaction)")
pgr = ms(imp, "abonent import-1c, PostgreSQL (re-run, all unchanged)")
sqr = ms(imp, "abonent import-1c, SQLite (re-run, all unchanged)")
add(f"import-1c, {rows:,} rows", f"{pg/1000:.2f} s", f"SQLite {sq/1000:.2f} s", (f"{pg/sq:.2f}×", "≤ 1.5× SQLite"), pg <= 1.5 * sq)
add(f"import-1c, {rows:,} rows", f"{pg/1000:.2f} s", f"psql \\copy {fl/1000:.2f} s", (f"{pg/fl:.1f}×", "(floor)"), None)
add(f"import-1c, {rows:,} rows", f"{pg/1000:.2f} s", f"psql COPY into the schema {sc/1000:.2f} s", (f"{pg/sc:.2f}×", f"(= {sc/sq:.2f}× SQLite's import)"), None)
add("re-run, all unchanged", f"{pgr/1000:.2f} s", f"SQLite {sqr/1000:.2f} s", (f"{pgr/sqr:.2f}×", ""), None)
if mil:
    a, p = ms(mil, "abonent show inn"), ms(mil, "psql show inn")
    add("show inn:…", f"{a:.1f} ms", f"psql {p:.1f} ms", (f"{a/p:.2f}×", "≤ 2× psql"), a <= 2 * p)
    for w in ("иванов", "петр", "ив"):
        a, p = ms(mil, f"abonent search {w}"), ms(mil, f"psql search {w}")
        add(f"list --search {w}", f"{a:.1f} ms", f"psql {p:.1f} ms", (f"{a/p:.2f}×", "< 100 ms"), a < 100)
w = [max(len(r[i]) for r in out) for i in range(len(out[0]))]
for i, r in enumerate(out):
    print("| " + " | ".join(c.ljust(w[j]) for j, c in enumerate(r)) + " |")
    if i == 0:
        print("|" + "|".join("-" * (x + 2) for x in w) + "|")
print(f"\n{missed} row(s) over budget" if missed else "\nall within budget")
EOF
for d in imp re floor schema filled million; do q postgres "DROP DATABASE IF EXISTS ${DBS}_$d"; done
echo "hyperfine tables: bench/work/pg-import.md, bench/work/pg-million.md; summary: bench/work/pg-summary.md" >&2
