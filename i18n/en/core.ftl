# Messages of the registry's core (src/core): cards, contracts, settings, imports.

# A card's id that names no card.
card-id-not-found = no card with id { $id }
card-archived = card { $id } is archived; restore it first
# A value quoted before what is wrong with it.
value-problem = `{ $value }`: { $problem }
date-unreadable = `{ $value }` is not a date; use YYYY-MM-DD or DD.MM.YYYY
# $from: flags (add) or file (an import).
login-numbering-off = required: automatic numbering is off (setting login.template is empty); { $from ->
    [file] set login.template (`abonent settings set login.template …`)
   *[flags] give --login
}
# Phones: a warning about words after the number, and the refusal of them.
phone-warning = phone `{ $value }`: { $problem }
phone-words-left-out = «{ $words }» is not part of the number and is left out; put names and notes in the comment
phone-words-refused = `{ $value }`: holds words after the number; give the number alone
# Contracts.
contract-before-signing = { $date } is before the signing date { $signed }; give a later date
contract-not-found = no contract numbered `{ $number }`; see `abonent contract list`
days-past-calendar = { $days } days reaches past the calendar
days-negative = must be 0 or more
contract-number-shape = a contract number is 1 to 64 printable characters
contract-numbering-off = required: automatic numbering is off (setting contract.template is empty); give --number
contract-number-taken = number `{ $number }` is already taken (card { $card }); give another --number or leave it to contract.template
contract-already-closed = `{ $number }` was already closed on { $closed }
contract-nothing-to-change = nothing to change; give --signed-on or --valid-to
contract-after-closing = { $signed } is after the closing date { $closed }; give an earlier date

# Extra fields (extra-field define, --extra NAME=VALUE).
field-too-long = is { $n } characters long; the limit is { $max } (README, Fields); shorten it
extra-not-integer = `{ $value }` is not a whole number; use digits, e.g. 42
extra-not-decimal = `{ $value }` is not a decimal number; use digits with , or . (e.g. 12,5)
extra-not-bool = `{ $value }` is not a yes/no value; use true, false, yes, no, да, нет, 1 or 0
extra-not-allowed = `{ $value }` is not one of the allowed values: { $allowed }
extra-no-match = `{ $value }` does not match the pattern { $pattern }
extra-bad-regex = `{ $pattern }` is not a valid regular expression: { $reason }
extra-regex-syntax = syntax error
extra-not-for-kind = not used on { $kind } cards (only { $kinds }); clear it with --clear { $field }
extra-unknown-type = `{ $name }` has unknown type { $ty } in the database
extra-name-shape = name `{ $name }` must be lowercase latin letters, digits and _, starting with a letter (at most 64)
extra-enum-needs-values = an enum needs its allowed values; give --values a,b,c
extra-values-only-enum = only an enum has allowed values; drop --values or use --type enum
extra-not-defined = no extra field named `{ $name }`; see `abonent extra-field list`
extra-card-holds-bad = card { $id } holds { $problem }; fix or unset that value first
extra-card-kind-holds = card { $id } is a { $kind } card and holds `{ $value }`; unset it first or include { $kind } in --for
extra-named-in-setting = `{ $name }` is named in setting { $key }; take it out of that list first
extra-has-values = `{ $name }` has values on { $n } { $n ->
    [one] card
   *[other] cards
}; repeat with --force to delete them with the field
# Employees of legal and ip cards.
employee-needs = an employee needs one; give --{ $flag }
employee-person-card = card { $id } ({ $name }) is a person card; only legal and ip cards have employees
employee-not-found = no employee with id { $id }; see `abonent employee list REF`

# Templates of logins and contract numbers (login.template, contract.template).
template-unclosed = unclosed `{"{"}` in template `{ $template }`
template-bad-width = `{"{"}{ $token }{"}"}`: width must be a number from 1 to 32
template-unknown-placeholder = unknown placeholder `{"{"}{ $token }{"}"}`; use seq, seq:N, type, inn, yyyy, yy, mm, rand:N
template-needs-inn = { $setting } uses {"{"}inn{"}"} but the card has no INN; { $fix }
template-all-taken = every { $field } { $setting } produced is taken; change { $setting } or { $fix }
# The fix named when a template cannot give a value.
contract-fix-number = give --number
login-fix-flag = give --login
login-fix-file = give the row a login in the file or change login.template
# Checks of a card before it is written.
setting-bad-regex = not a valid regular expression: { $reason }
gate-group-no-id = a checked group has no id
login-pattern-mismatch = `{ $login }` does not match { $pattern }; { $drawn ->
    [yes] login.template draws logins that setting login.pattern refuses; change one of them
   *[no] give a login that does (setting login.pattern)
}
login-taken = `{ $login }` is already taken
# $what is inn-with-kpp or inn-alone.
inn-with-kpp = inn { $inn } with kpp { $kpp }
inn-alone = inn { $inn }
inn-taken-in-batch = { $what } is already held by another card of this batch
inn-taken = { $what } is already registered to card { $id } ({ $name }); edit that card or archive it first
manager-not-found-add = no manager named `{ $name }`; add it with `abonent manager add`
group-not-found-add = no group named `{ $name }`; add it with `abonent group add` first
import-inn-branches = inn { $inn } matches { $n } cards (branches); add the КПП column so the row names one
# Settings, groups and managers.
setting-unknown = unknown setting; `abonent settings list` shows every key
name-exists = `{ $name }` already exists
name-empty = name must not be empty
group-not-found = no group named `{ $name }`; see `abonent group list`
group-has-members = `{ $name }` has { $n } { $n ->
    [one] subscriber
   *[other] subscribers
}; move them first or repeat with --force
manager-not-found = no manager named `{ $name }`; see `abonent manager list`
manager-has-cards = `{ $name }` manages { $n } { $n ->
    [one] subscriber
   *[other] subscribers
}; give them another manager first
# Passwords.
password-alphabet-empty = no characters left after password.exclude; widen the alphabet
password-alphabet-no-first = only = + - @ left after password.exclude, and a password cannot start with one (a spreadsheet would run it as a formula); widen the alphabet
password-too-short = too short: at least { $min } characters (setting password.min_length)
password-control-chars = contains control characters
password-hash-failed = hashing failed: { $reason }
# Finding cards (REF) and listing them.
card-ref-not-found = no card matches `{ $reference }`; use an id, a login, a uid or inn:NNNN[/KPP]
card-ref-ambiguous = `{ $reference }` matches { $n } cards: { $cards }; add /KPP or use the id
card-type-required = required for a new card; give --type legal, ip or person
card-type-unknown = `{ $value }` is not legal, ip or person
search-empty = empty search text; give at least one character
search-too-many-words = at most { $max } different words, got { $got }; search by fewer

# One of the cards a REF matches.
card-ref-listed = { $id } ({ $name }, kpp { $kpp }{ $archived ->
    [yes] , archived
   *[no] { "" }
})

# A reason already in the user's language (a check's, a lookup's, an extra field's), carried into an error as it is.
reason = { $reason }
# A field's name before what is wrong with it, in a warning.
field-problem = { $field }: { $problem }
# The checks of a whole card (add, edit, import).
checksum-saved-anyway = { $field }: { $reason } (saved anyway: validation.checksums = warn)
# A 1C field's name, when the file has no column for it.
ask-no-column = { $label } (the file has no column for it)
# What to fill in: flags on the command line, or 1C fields for an import.
ask-give-flags = give { $names }
ask-give-file = fill in { $names } in 1C and export again
field-fix-flags = remove { $flag } or clear it with --clear { $field }
field-fix-file = empty { $field } in 1C or correct the counterparty's type
field-not-for-kind = not used on { $kind } cards; { $fix }
person-has-employees = a person card has no employees, and this card has { $n }; remove them first with `abonent employee remove ID`
value-not-one-of = `{ $value }` is not one of { $allowed }
delivery-address-required = required for invoices sent by post or courier; { $give } (setting invoice.deliverers)
# $extra: yes when an extra field's --required is among the reasons.
required-missing = required for { $kind } cards but missing; { $give } (setting required.{ $kind }{ $extra ->
    [yes] { " " }or `abonent extra-field define … --required`
   *[no] { "" }
})
tax-id-needs-country = is a non-resident's foreign tax number; { $give } (a resident has an INN)
country-unknown = `{ $value }` is not a country; give its ISO code (KZ), ОКСМ code (398) or name (Казахстан)
# Several problems of one card in one line.
errors-also = { $first }; also { $rest }
inn-legal-12-digits = { $inn } has 12 digits, an organisation's INN has 10; if it is registered abroad, give its country in { $field }
account-needs-bik = needs the bank's BIK to check its key; { $give }

# Settings (settings set, settings unset).
setting-no-default = cannot go back to its default: { $reason }
setting-not-bool = `{ $value }` is not true or false
setting-int-range = `{ $value }` must be a whole number from { $lo } to { $hi }
setting-unknown-fields = unknown field { $n ->
    [one] name
   *[other] names
}: { $names }; see the field catalog in the README
setting-flags-empty = give at least one of { $allowed }
setting-country-unknown = `{ $value }` is not a country the ОКСМ table knows; give its two-letter code, e.g. RU or KZ
# $inn: yes for login.template, which may use {inn}.
setting-template-constant = `{ $value }` gives the same text every time, so only its first one would be free; add { $inn ->
    [yes] {"{"}seq{"}"}, {"{"}rand:N{"}"} or {"{"}inn{"}"}
   *[no] {"{"}seq{"}"} or {"{"}rand:N{"}"}
}, or set it empty to turn numbering off
setting-not-email = `{ $value }` is not an e-mail address: { $reason }
setting-token-chars = holds characters an HTTP header cannot carry (spaces, non-ASCII, control characters); paste the key alone
setting-too-many-groups = names { $n } groups, and a card holds at most { $max }; give fewer
setting-no-card-type = setting of no card type
setting-required-foreign = { $fields } not used on { $kind } cards, so no { $kind } card could be saved; leave { $n ->
    [one] it
   *[other] them
} out
# $why is one of the url-… messages.
setting-url-bad = `{ $value }` { $why }; give an http(s) URL with a host, e.g. { $example }
settings-smtp-url-bad = `{ $value }` { $why }; give smtp://host:587 (STARTTLS), smtps://host:465 or smtp://host:25
url-unreadable = is not a URL ({ $reason })
url-not-http = is not an http(s) URL
url-not-smtp = is not an smtp:// or smtps:// URL
url-no-host = has no host
url-query = has a query or fragment, which the appended method path would land in
url-holds-login = holds a login; set smtp.user and ABONENT_SMTP_PASSWORD instead
url-more-than-host = has more than a host and a port
setting-password-alphabet-empty = with password.alphabet `{ $alphabet }` and password.exclude `{ $exclude }` no character is left to generate passwords from; exclude fewer characters or widen the alphabet
setting-password-length = generated passwords would have { $length } characters (password.length), fewer than the { $min } a typed one needs (password.min_length); password.length must be at least password.min_length
setting-required-undefined-extra = no extra field named `{ $extra }`, so no { $kind } card could be saved; define it first with `abonent extra-field define { $extra } --type …`
setting-required-extra-kind = extra field `{ $extra }` is not used on { $kind } cards, so no { $kind } card could be saved; leave it out

# DaData lookups (lookup, --from-inn, refresh).
lookup-no-kpp = no kpp
lookup-branch-no-kpp = no kpp ({ $branch })
# A card type in words: $kind is legal, ip or person.
lookup-kind = { $kind ->
    [legal] legal entity (legal)
    [ip] sole trader (ip)
   *[person] person
}
lookup-not-russia = DaData lookups work only for country RU, this registry is set to `{ $country }`; change it with `abonent settings set country RU`
lookup-off = DaData lookups are switched off; turn them on with `abonent settings set dadata.enabled true`
lookup-with-kpp =  with kpp { $kpp }
lookup-branch-only =  ({ $branch } only)
lookup-party-not-found = { $what } not found in DaData; check the number (a company registered in the last days may not be there yet)
lookup-bank-not-found = { $bik } not found in DaData; check the BIK, or give --bank-name and --corr-account
lookup-type-required = required with --from-inn; give --type legal or ip
lookup-card-no-inn = the card has no INN to look up; give --inn with --from-inn
lookup-person = fills legal and ip cards only: a private person has no record in DaData
lookup-kpp-kept = kpp: DaData has { $inn } with kpp { $theirs }; the card keeps the kpp given, { $kpp }
lookup-kpp-taken = kpp: DaData has { $inn } with kpp { $theirs } now, not { $kpp }; the card takes { $theirs }
lookup-fill-not-found = { $inn } not found in DaData; check the number, or fill the card with flags instead of --from-inn
lookup-kpp-none-matches = no record of { $inn } in DaData has kpp { $kpp }; it has { $n }, kpp { $kpps }; give one of them with --kpp
lookup-many-kpps = { $inn } has { $n } records in DaData, kpp { $kpps }; choose one with --kpp
lookup-kind-differs = { $inn } is a { $theirs } in DaData, not a { $ours }; use --type { $kind }
# $code: inn or bik.
lookup-answer-unasked = the answer from { $url } lists { $n } { $n ->
    [one] record
   *[other] records
}, none of them the { $code ->
    [bik] BIK
   *[inn] INN
} { $query } asked for{ $filters }; not used, check setting dadata.url
lookup-answer-not-json = the answer from { $url } is not DaData's JSON ({ $reason }); check setting dadata.url
lookup-no-token = no DaData API key; export ABONENT_DADATA_TOKEN=KEY, name it in the host configuration ([secrets] dadata_token_env or dadata_token_file, see `abonent config`), or run `abonent settings set dadata.token KEY`

# Imports (import-1c).
import-reader-stopped = the thread reading the file to its end stopped unexpectedly; nothing was imported
# $n: rows already imported.
import-file-broken = { $label }: { $reason }; { $n ->
    [0] nothing was imported
   *[other] the first { $n } rows were imported; fix the file and import it again
}
import-card-vanished = card { $id } vanished
import-write-failed = writing a row failed after its checks passed ({ $reason }); nothing was imported
import-inn-excel = `{ $value }` was turned into a number by Excel; format the ИНН column as text and export again
import-inn-unpaddable = { $inn } has { $n } digits and padding it with a zero fails the checksum; fix the INN in 1C
import-kind-unknown = cannot tell legal, ip or person: the counterparty has no { $kind_field } and no { $inn_field }; fill one in in 1C, or pass --type-default
import-unknown-field = reader produced unknown field { $field }
# Card fields (--set, --clear, the field catalog).
field-unknown = unknown field; use a name from the field catalog (README, Fields), e.g. kpp, address.postal, email
field-not-list = takes one value, not a list
field-too-many-values = at most { $max } values on one card; give fewer
field-password = is not a field to set or clear: type one with --password-stdin, remove it with --no-password, or use reset-password
address-kind-unknown = unknown kind `{ $kind }`; use one of { $allowed }

# A reject reason naming where the file keeps the field: «ИНН (column «ИНН»): …».
import-reason-in-file = { $label } ({ $source }): { $reason }

extra-undefined-on-card = no extra field named `{ $name }`; define it with `abonent extra-field define { $name } --type …` (see `abonent extra-field list`)
import-lookahead-stopped = the thread checking rows ahead stopped unexpectedly
# Warnings about what DaData sent.
lookup-the-party = the party
lookup-the-bank = the bank
lookup-party-status = status: { $name } ({ $label }) is { $status } in DaData, not ACTIVE
lookup-bank-status = bank.bik: { $name } ({ $bik }) is { $status } in DaData, not ACTIVE
lookup-label-kpp = , kpp { $kpp }
lookup-give-flag = , give { $flag } to fill it
lookup-refused-dropped = { $field }: DaData sent `{ $value }` for { $whose }, which the card's check refuses ({ $reason }); left out{ $flag }
lookup-refused-kept = { $field }: DaData sent `{ $value }` for { $whose }, which fails the check ({ $reason }); kept: validation.checksums = warn
lookup-contact-not-filled = { $field }: DaData's `{ $value }` is not filled: { $reason }

import-too-many-contacts = holds { $n } values, and a card keeps at most { $max }
core-grant-no-role = name the PostgreSQL role the portal logs in as
core-grant-unknown-role = there is no PostgreSQL role { $role }; create it first (CREATE ROLE { $role } LOGIN PASSWORD '…'), then grant again
duplicates-by-unknown = cannot compare by «{ $value }»: give --by one or more of inn, passport, phone, email, name, separated by commas
merge-same-card = { $keep } and { $other } are the same card ({ $id }): name two cards
merge-keep-archived = card { $id } is archived: restore it first (`abonent subscriber restore { $id }`), or keep the other card
merge-already = card { $id } was already merged into card { $into }
forget-already = card { $id }'s personal data was destroyed on { $on } already
forget-legal = card { $id } is a legal entity: its requisites are not personal data; --include-legal-contacts erases its employees' personal data
forget-active = card { $id } is active: archive it first (`abonent subscriber archive { $id }`); personal data is destroyed only on archived cards
forget-too-soon = card { $id } was archived on { $since }, { $days } days ago: privacy.retention_days is { $retention }, so { $left } days are left; --early --why "…" destroys it sooner
forget-edit-refused = card { $id }'s personal data was destroyed on { $on }: the card is kept for accounting and is not edited again
forget-marker = Deleted { $date }
forget-act-reason-retention = the retention period ran out ({ $days } days after the card was archived on { $since })
forget-act-reason-early = { $why }
read-log-not-written = the read log was not written ({ $n } cards read; setting privacy.log_reads): { $reason }
