#!/usr/bin/env bash
# Runs abonent against the real public files of ../shared/real/ (issue 11,
# «Proof») and prints one markdown table: file or vector, expected, got,
# agrees. Exit 0 when every row agrees (the source errors that
# $REAL/README.md lists excepted), 1 otherwise, 2 when it cannot run.
#
#   scripts/real-data.sh                      # builds target/release/abonent
#   ABONENT_BIN=target/debug/abonent scripts/real-data.sh
#   REAL=/elsewhere/real scripts/real-data.sh
#
# Not part of `cargo test`: it reads files that must not enter the project.
# This file prepares a sealed environment (the binary, a fresh temporary
# folder for every database, no user settings); scripts/real-data.py holds
# the expectations (what $REAL/README.md says each file should give), runs
# the binary and judges what it got.
set -euo pipefail

repo_root() {
    cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd
}

die() {
    echo "real-data: $*" >&2
    exit 2
}

# The binary under test: $ABONENT_BIN as given, else a fresh release build
# (the real files are small, but release is what an admin runs).
resolve_binary() {
    local root=$1
    if [[ -n "${ABONENT_BIN:-}" ]]; then
        [[ -x "$ABONENT_BIN" ]] || die "ABONENT_BIN=$ABONENT_BIN is not an executable file"
        # An absolute path: the helper runs every command from the work folder.
        echo "$(cd "$(dirname "$ABONENT_BIN")" && pwd)/$(basename "$ABONENT_BIN")"
        return
    fi
    (cd "$root" && cargo build --release --quiet) >&2 || die "cargo build --release failed"
    echo "$root/target/release/abonent"
}

main() {
    local root real bin work
    root=$(repo_root)
    real=${REAL:-$root/../shared/real}
    [[ -d "$real/1c" && -d "$real/vectors" && -d "$real/dadata" ]] ||
        die "REAL=$real lacks 1c/, vectors/ or dadata/; point REAL at the real-data folder"
    real=$(cd "$real" && pwd)
    command -v python3 >/dev/null || die "python3 is needed (the helper and DaData's stand-in)"
    bin=$(resolve_binary "$root")

    # Every database, rejects file and the stand-in's port file live here,
    # and nowhere else: the trap removes it however the run ends.
    work=$(mktemp -d "${TMPDIR:-/tmp}/abonent-real-data.XXXXXX")
    # shellcheck disable=SC2064  # expand $work now: it is local to main
    trap "rm -rf -- '$work'" EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    mkdir -p "$work/home" "$work/xdg"

    # A sealed environment: no ABONENT_* from the caller's shell (a stray
    # ABONENT_DB or ABONENT_FORMAT would change what is measured), a HOME
    # and XDG_DATA_HOME inside $work so ~/.local/share is never touched even
    # if a command forgot --db, and a dummy DaData key (only the local
    # stand-in is ever asked).
    env -i \
        PATH="$PATH" \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        HOME="$work/home" \
        XDG_DATA_HOME="$work/xdg" \
        TMPDIR="$work" \
        NO_COLOR=1 \
        ABONENT_ACTOR=real-data \
        ABONENT_DADATA_TOKEN=dummy-real-data-key \
        python3 "$root/scripts/real-data.py" --bin "$bin" --real "$real" --work "$work"
}

main "$@"
