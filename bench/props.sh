#!/usr/bin/env bash
# The property tests of the 1C readers (CSV, CommerceML, EnterpriseData)
# and of every requisite check, run long: CI runs 256 cases each, this
# runs $CASES (default 20,000) on a release build and reports the time.
# Usage: bench/props.sh [CASES]
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-20000}
mkdir -p bench/work
start=$(date +%s)
PROPTEST_CASES=$CASES PROPTEST_MAX_SHRINK_TIME=60000 \
  cargo test -q --release --lib -- never_panics no_check_panics passes phone_output contact_values 2>&1 \
  | grep -E "test result|panicked|minimal failing" | tee bench/work/props.txt
echo "$CASES cases per property: $(( $(date +%s) - start )) s" | tee -a bench/work/props.txt
