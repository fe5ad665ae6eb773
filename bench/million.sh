#!/usr/bin/env bash
# The DESIGN §8 budget for lookups on 1,000,000 cards, measured side by side
# with the sqlite3 shell in one hyperfine run:
#
#   subscriber show inn:…          within 2× `sqlite3` answering the same indexed query
#   subscriber list --search иванов  under 100 ms (anchor: a plain LIKE scan in sqlite3)
#
# Usage: bench/million.sh [--fresh] [--cards N] [--runs N]
#   --fresh     regenerate bench/work/million.db even if it exists
#   --cards N   cards to generate (default 1000000; the file name stays million.db)
#   --runs N    hyperfine runs per command (default: hyperfine's own choice)
#
# Not a test: it takes minutes (release build, generation) and needs
# hyperfine, sqlite3 and python3 (installed with apt-get when run as root).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$ROOT/bench/work
DB=$WORK/million.db
CARDS=1000000
FRESH=0
RUNS=()

while [ $# -gt 0 ]; do
    case "$1" in
        --fresh) FRESH=1 ;;
        --cards) CARDS=$2; shift ;;
        --runs) RUNS=(--runs "$2"); shift ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

say() { printf '\n== %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------
. bench/tools.sh
need_tools hyperfine sqlite3 python3

# --- build -------------------------------------------------------------------
say "building the release binary and the generator"
# Two commands: built together, the binary would get the dev-dependency
# feature unification that only the example needs.
cargo build --release --example gen_cards
cargo build --release --bin abonent
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
ABONENT=$TARGET/release/abonent
GEN=$TARGET/release/examples/gen_cards

# --- data --------------------------------------------------------------------
mkdir -p "$WORK"
if [ "$FRESH" = 1 ] || [ ! -s "$DB" ]; then
    rm -f "$DB" "$DB-wal" "$DB-shm"
    say "generating $CARDS cards into ${DB#"$ROOT"/} (log: bench/work/gen.log)"
    start=$(date +%s%N)
    "$GEN" "$DB" "$CARDS" 2>&1 | tee "$WORK/gen.log" >&2
    ms=$((($(date +%s%N) - start) / 1000000))
    printf 'generation wall time: %d.%03d s\n' $((ms / 1000)) $((ms % 1000)) | tee -a "$WORK/gen.log" >&2
else
    say "reusing ${DB#"$ROOT"/} (--fresh to regenerate)"
fi

count=$(sqlite3 "$DB" "SELECT count(*) FROM subscribers")
size=$(du -h "$DB" | cut -f1)
INN=$(sqlite3 "$DB" "SELECT inn FROM subscribers
    WHERE id >= (SELECT max(id) / 2 FROM subscribers) AND inn IS NOT NULL ORDER BY id LIMIT 1")
[ -n "$INN" ] || { echo "no card with an INN in $DB" >&2; exit 1; }
fts_count() { sqlite3 "$DB" "SELECT count(*) FROM subscriber_search WHERE body MATCH '\"$1\"'"; }
sub_count() { sqlite3 "$DB" "SELECT count(*) FROM subscriber_search WHERE instr(body, '$1') > 0"; }

say "database"
echo "cards:            $count"
echo "file size:        $size ($(stat -c %s "$DB") bytes)"
echo "INN looked up:    $INN ($(sqlite3 "$DB" "SELECT id || ' ' || display_name FROM subscribers WHERE inn = '$INN'"))"
echo "cards matching:   иванов $(fts_count иванов), петр $(fts_count петр), ив $(sub_count ив)"

# --- sanity: the commands work and answer what they should --------------------
"$ABONENT" --db "$DB" subscriber show "inn:$INN" >/dev/null
"$ABONENT" --db "$DB" subscriber list --search иванов | grep -q 'Иванов' ||
    { echo "--search иванов found no «Иванов»" >&2; exit 1; }
"$ABONENT" --db "$DB" subscriber list --search петр --limit 0 | grep -q 'Пётр' ||
    { echo "--search петр found no «Пётр»" >&2; exit 1; }
"$ABONENT" --db "$DB" subscriber list --search ив >/dev/null

# --- measure -----------------------------------------------------------------
say "hyperfine (one run, --warmup 3; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
A="$ABONENT --db $DB"
S="sqlite3 $DB"
like() { echo "$S \"SELECT id, display_name FROM subscribers WHERE display_name LIKE '%$1%' LIMIT 100\""; }
# -N: no intermediate shell, so a ~1 ms shell spawn does not blur the 3 ms
# lookups; hyperfine sends every command's output to /dev/null.
hyperfine -N --warmup 3 "${RUNS[@]}" \
    --export-markdown "$WORK/million.md" \
    --export-json "$WORK/million.json" \
    -n "abonent show inn" "$A subscriber show inn:$INN" \
    -n "sqlite3 show inn" "$S \"SELECT * FROM subscribers WHERE inn='$INN'\"" \
    -n "abonent search иванов" "$A subscriber list --search иванов" \
    -n "sqlite3 like иванов" "$(like иванов)" \
    -n "abonent search петр" "$A subscriber list --search петр" \
    -n "sqlite3 like петр" "$(like петр)" \
    -n "abonent search ив" "$A subscriber list --search ив" \
    -n "sqlite3 like ив" "$(like ив)"

# --- summary -----------------------------------------------------------------
say "summary ($count cards, $size; load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
python3 - "$WORK/million.json" <<'EOF'
import json, sys
res = {r["command"]: r["mean"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
rows = [
    # work, abonent, sqlite3 anchor, budget kind
    ("show inn:…", "abonent show inn", "sqlite3 show inn", "ratio"),
    ("list --search иванов", "abonent search иванов", "sqlite3 like иванов", "100ms"),
    ("list --search петр", "abonent search петр", "sqlite3 like петр", "100ms"),
    ("list --search ив", "abonent search ив", "sqlite3 like ив", "100ms"),
]
head = ("work", "abonent ms", "sqlite3 ms", "ratio", "budget", "verdict")
out = [head]
missed = 0
for work, a, s, kind in rows:
    am, sm = (res.get(a) if a else None), res.get(s)
    ratio = f"{am / sm:.2f}×" if am and sm else ""
    if kind == "ratio":
        budget, ok = "≤ 2× sqlite3", am <= 2 * sm
    elif kind == "100ms":
        budget, ok = "< 100 ms", am < 100
    else:
        budget, ok = "", None
    verdict = "" if ok is None else ("ok" if ok else "MISSED")
    missed += ok is False
    out.append((work, f"{am:.1f}" if am else "", f"{sm:.1f}", ratio, budget, verdict))
w = [max(len(r[i]) for r in out) for i in range(len(head))]
for i, r in enumerate(out):
    print("| " + " | ".join(c.ljust(w[j]) for j, c in enumerate(r)) + " |")
    if i == 0:
        print("|" + "|".join("-" * (x + 2) for x in w) + "|")
print(f"\n{missed} row(s) over budget" if missed else "\nall within budget")
EOF
echo "hyperfine tables: bench/work/million.md, bench/work/million.json" >&2
