#!/usr/bin/env bash
# Regenerates completions/ and man/ from the clap definition.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/abonent
mkdir -p completions
for pair in bash:abonent.bash zsh:_abonent fish:abonent.fish powershell:_abonent.ps1 elvish:abonent.elv; do
  "$bin" completions "${pair%%:*}" > "completions/${pair#*:}"
done
rm -rf man && "$bin" man man && ABONENT_LANG=ru "$bin" man man/ru
echo "completions/ and man/ regenerated"
