# Sourced by the bench scripts: `need_tools hyperfine sqlite3 python3`
# installs what is missing with apt-get when run as root, else says what
# to install and exits 2.
need_tools() {
    local missing=() t
    for t in "$@"; do
        command -v "$t" >/dev/null || missing+=("$t")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        printf '\n== installing %s\n' "${missing[*]}" >&2
        apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
            { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
    else
        echo "missing: ${missing[*]}; install them (apt-get install -y ${missing[*]})" >&2
        exit 2
    fi
}
