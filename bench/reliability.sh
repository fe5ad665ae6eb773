#!/usr/bin/env bash
# The long runs of the reliability harnesses (issue #6), on release builds:
#   - 50 SIGKILLs of a 100,000-row import and a loop of `subscriber edit`s
#     (tests/it/crash.rs, sigkill_during_import_and_edits; cargo test runs 5);
#   - 4 writers x 500 `subscriber add` (every fifth with a contract) beside
#     a running 100,000-row import (tests/it/concurrency.rs; cargo test runs
#     4 x 60 beside 30,000 rows).
# Usage: bench/reliability.sh [--kills N] [--adds N] [--rows N]
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS=50 ADDS=500 ROWS=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) KILLS=$2; shift 2 ;;
    --adds) ADDS=$2; shift 2 ;;
    --rows) ROWS=$2; shift 2 ;;
    *) echo "usage: $0 [--kills N] [--adds N] [--rows N]" >&2; exit 2 ;;
  esac
done
mkdir -p bench/work
{
  echo "== $KILLS kills of an import and edits =="
  ABONENT_KILLS=$KILLS cargo test -q --release --test it crash::sigkill_during_import_and_edits -- --nocapture 2>&1 \
    | grep -E "^kills:|test result|panicked"
  echo "== 4 writers x $ADDS adds beside a $ROWS-row import =="
  ABONENT_STRESS_ADDS=$ADDS ABONENT_STRESS_ROWS=$ROWS cargo test -q --release --test it concurrency::four_writers -- --nocapture 2>&1 \
    | grep -E "^stress:|test result|panicked"
} | tee bench/work/reliability.txt
