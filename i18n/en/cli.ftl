# The command line's own messages (src/cli/*, not send and the form).

# A text made elsewhere (the system's error, or a note or warning the core
# already took from the catalogue), said as it is.
cli-said = { $text }
cli-nothing-changed = nothing changed
# The question before a step that deletes data (a group's memberships, an extra field's values).
confirm-delete = { $question }. Go on and delete?
db-no-default-place = no default place for it: HOME is unset, empty or relative and XDG_DATA_HOME is not an absolute path; name the file with --db or ABONENT_DB
config-none-read = no configuration file read; `abonent config --help` shows one
docs-cannot-create-folder = cannot create the folder ({ $reason }); check the path and its permissions

group-added = group `{ $name }` added
group-removed = group `{ $name }` removed
manager-added = manager `{ $name }` added
manager-removed = manager `{ $name }` removed
setting-set = { $key } = { $value }
setting-unset = { $key } back to its default: { $value }
contract-added = contract { $number } added
contract-orphans = { $n ->
    [one] { $n } contract belongs to cards without a personal manager (manager: null); give them one with `abonent subscriber edit REF --manager NAME`
   *[other] { $n } contracts belong to cards without a personal manager (manager: null); give them one with `abonent subscriber edit REF --manager NAME`
}
employee-added = employee { $id } added
employee-removed = employee { $id } ({ $name }) removed
extra-defined = extra field `{ $name }` defined
extra-removed = { $n ->
    [one] extra field `{ $name }` removed ({ $n } value deleted)
   *[other] extra field `{ $name }` removed ({ $n } values deleted)
}
extra-unset-nothing = nothing changed: the field was not set

card-extra-flag-form = `{ $flag }`: use NAME=VALUE, NAME an extra field (see `abonent extra-field list`)
card-address-flag-form = `{ $flag }`: use KIND=TEXT, KIND one of { $kinds }

password-matches = password matches
password-no-match = does not match the password of `{ $login }`
password-stdin-too-long = longer than { $max } bytes on stdin; pipe the password alone
password-stdin-not-utf8 = is not UTF-8 text; pipe the password as UTF-8
password-stdin-empty = nothing on stdin; pipe the password in, e.g. `printf %s "$PW" | abonent …`
subscriber-created = created card { $id } with login { $login }
# The fields a DaData lookup filled in, after add or edit.
subscriber-filled = from DaData: { $fields }
subscriber-already-archived = already archived
subscriber-not-archived = not archived
subscriber-list-limited = showing { $n } cards, there may be more: --limit 0 shows all, --offset pages
subscriber-export-table = a table shows a few columns; without --format, export writes every field as JSON lines

lookup-many-records = { $n } records (head office and branches); --kpp or --branch picks one
# Said in place of an INN in lookup-more-branches when the record has none.
lookup-head-office = the head office
lookup-more-branches = { $who }: DaData counts { $count } branches, { $listed } listed here; look one up with --kpp KPP
# `abonent config`: a secret no layer of this host names.
config-secret-not-here-setting = nothing on this host; the registry's setting { $key } is used if set
config-secret-not-here = nothing on this host
config-db-postgres = { $url } (PostgreSQL)
# The rows of the config files looked at.
config-file-system = system file
config-file-user = user file
# `db check`'s table and CSV (its JSON keeps its keys): one item per count,
# counter, interrupted import and rule. In English a count's item is its
# JSON key, as it always was.
db-count-cards = cards
db-count-active = active
db-count-archived = archived
db-count-passwords = passwords
db-count-history = history
db-count-search-rows = search_rows
db-count-contacts = contacts
db-count-employees = employees
db-count-contracts = contracts
db-item-counter = counter { $name }
db-item-import-run = import run { $file }
db-import-run-progress = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} done (started { $started }, last batch { $updated })
db-item-check = check { $name }
db-check-ok = ok
db-check-differs = differs: { $disagreements }
# A card's employees and contracts in its table and CSV.
card-employee = { $name } (id { $id })
card-employee-with-position = { $name } ({ $position }, id { $id })
card-contract-closed = { $number } (closed { $date })
card-contract-to = { $number } (to { $date })
# `abonent validate`'s warnings. $warning is bik-not-russian.
validate-bik-warning = bik { $warning }
validate-key-needs-bik = format only: the control key needs the bank's bik; give --bik to check it
validate-okpo-padded = { $value } padded to { $fixed } (leading zeros were lost; the check digit confirms it)
db-copy-no-source = { $path }: no such registry file; name the database to copy from
db-copy-counts-differ = the counts of { $from } and { $to } differ after the copy; see the table, and run `abonent db check` on both
db-granted-portal = role { $role } may now read portal_accounts in { $db }, and nothing else of the registry
status-checked = { $checked ->
    [one] { $checked } card checked: { $not_active } not active, { $archived } archived
   *[other] { $checked } cards checked: { $not_active } not active, { $archived } archived
}
status-stopped = the check stopped after { $checked } of { $due } cards (their statuses are recorded); run it again once DaData answers: the cards not reached are checked first
duplicates-found = { $n ->
    [0] no probable duplicates among the active cards
    [one] { $n } group of probable duplicates
   *[other] { $n } groups of probable duplicates
}
merge-needs-force = merging cards changes both and archives one: pass --force to merge without a terminal (--yes only means never ask)
merge-confirm = Merge card { $other } ({ $other_name }) into card { $keep } ({ $keep_name }) and archive { $other }?
merge-done = card { $other } merged into card { $keep }: { $contracts } contracts, { $employees } employees and { $history } history entries moved
forget-needs-force = destroying personal data cannot be undone: pass --force to destroy without a terminal (--yes only means never ask)
forget-confirm = Destroy the personal data of card { $id } ({ $name })? This cannot be undone.
forget-done = card { $id }: personal data destroyed, act No. { $act } kept (`abonent privacy acts { $act }`)
forget-dry-run = card { $id }: nothing destroyed (--dry-run)
forget-due-listed = { $n ->
    [one] { $n } card past privacy.retention_days; `abonent subscriber forget --due --force` destroys its personal data
   *[other] { $n } cards past privacy.retention_days; `abonent subscriber forget --due --force` destroys their personal data
}
privacy-act-not-found = no act No. { $id }; `abonent privacy acts` lists them
act-pdf-failed = the act's PDF could not be made: { $reason }
