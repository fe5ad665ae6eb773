# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_abonent_global_optspecs
    string join \n db= lang= format= json raw actor= color= q/quiet v/verbose y/yes h/help V/version
end

function __fish_abonent_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_abonent_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_abonent_using_subcommand
    set -l cmd (__fish_abonent_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c abonent -n "__fish_abonent_needs_command" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_needs_command" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_needs_command" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_needs_command" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_needs_command" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_needs_command" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_needs_command" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_needs_command" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_needs_command" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_needs_command" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_needs_command" -s V -l version -d 'Print version'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "init" -d 'Create or migrate the database and print its path'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "subscriber" -d 'Add, edit, show, list, archive subscriber cards'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "import-1c" -d 'Import the counterparty base exported from 1C (CSV list, CommerceML, EnterpriseData)'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "lookup-inn" -d 'Requisites of a company or sole trader by INN, from DaData'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "lookup-bik" -d 'A bank\'s name, correspondent account, SWIFT and city by BIK, from DaData'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "validate" -d 'Check requisites (INN, OGRN, KPP, BIK, accounts, SNILS, …) without saving anything'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "group" -d 'Groups subscribers belong to'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "manager" -d 'Personal managers of subscribers'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "extra-field" -d 'The operator\'s own card fields: define, list, remove; set, unset, get on a card'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "employee" -d 'Employees of legal and ip subscribers'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "contract" -d 'Subscribers\' contracts: add, list, edit, close'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "notify" -d 'Notices for personal managers (contracts ending soon)'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "settings" -d 'The operator\'s rules: required fields, login template, passwords, …'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "history" -d 'Who changed what and when'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "db" -d 'The database itself: check that its tables agree'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "letter" -d 'The credentials letter, SMS and memo: preview them for a card'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "privacy" -d 'Personal data: the acts of destruction (`subscriber forget` destroys)'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "config" -d 'The host\'s configuration: database, language, secrets, and where each came from'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c abonent -n "__fish_abonent_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand init" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand init" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand init" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand init" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand init" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand init" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand init" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand init" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand init" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand init" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "add" -d 'Add a card; prints it with the generated login and password'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "edit" -d 'Change fields of a card; --clear FIELD empties one'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "show" -d 'Show one card'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "list" -d 'List cards (active ones unless --archived or --all; 100 unless --limit)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "archive" -d 'Archive a card (it keeps its login and history)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "restore" -d 'Bring an archived card back'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "reset-password" -d 'Set a new password: generated and printed once, or read with --password-stdin'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "verify-password" -d 'Check a password read from stdin: exit 0 when it matches, 3 when not'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "export" -d 'Every card, every field: a backup (JSON lines unless --format)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "send-credentials" -d 'Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "check-status" -d 'Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "duplicates" -d 'Groups of active cards that are probably one subscriber twice, with the reasons'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "merge" -d 'Join two cards of one subscriber: OTHER\'s data onto KEEP, OTHER archived (asks first; --force in scripts)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "forget" -d 'Destroy an archived person\'s or sole trader\'s personal data (152-ФЗ) and write the act'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and not __fish_seen_subcommand_from add edit show list archive restore reset-password verify-password export send-credentials check-status duplicates merge forget help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l type -d 'legal (юрлицо), ip (ИП) or person (физлицо); asked by --interactive when not given' -r -f -a "legal\t''
ip\t''
person\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l category -d 'subscriber (default), operator, agent or dealer' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l name -d 'Short name of a legal entity (shown in lists)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l full-name -d 'Full official name of a legal entity' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l last-name -d 'Surname (ip, person)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l first-name -d 'Given name (ip, person)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l middle-name -d 'Patronymic (ip, person)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l inn -d 'INN: 10 digits for legal, 12 for ip and person; check digits verified' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l kpp -d 'KPP, 9 characters (legal only; branches differ by KPP)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l ogrn -d 'OGRN, 13 digits (legal)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l ogrnip -d 'OGRNIP, 15 digits (ip)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l okpo -d 'OKPO, 8 digits (legal) or 10 (ip)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l okato -d 'OKATO, 2 to 11 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l oktmo -d 'OKTMO, 8 or 11 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l okved -d 'Main OKVED code, e.g. 61.10' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l country -d 'Country of registration of a non-resident: ISO code (KZ), ОКСМ code (398) or name (Казахстан); the Russian requisite checks do not apply' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l tax-id -d 'A non-resident\'s foreign tax number, kept as written (with --country)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l director -d 'Director\'s full name (legal)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l director-post -d 'Director\'s post (legal)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l login -d 'Login; without it a new card is numbered from login.template' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l address -d 'KIND=TEXT, KIND one of legal, actual, postal, registration; repeatable' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l delivery -d 'How invoices are delivered: email, post, courier, edo, pickup (or почта, курьер, эдо, самовывоз)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l delivery-address -d 'Where post or courier invoices go' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l edo-id -d 'EDO participant id (for --delivery edo)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l group -d 'Group name; repeatable; replaces the card\'s groups' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l manager -d 'Personal manager\'s name (see `abonent manager add`)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l email -d 'E-mail(s), comma-separated or repeated; replaces the card\'s e-mails' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l phone -d 'Phone(s), comma-separated or repeated; stored as E.164' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l bank-name -d 'Bank name' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l bik -d 'Bank BIK, 9 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l account -d 'Settlement account, 20 digits (key checked with --bik)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l corr-account -d 'Correspondent account, 20 digits (key checked with --bik)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l doc-type -d 'passport, foreign-passport or other' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l doc-series -d 'Passport series, 4 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l doc-number -d 'Passport number, 6 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l doc-issued-by -d 'Issuing authority' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l doc-issued-on -d 'Issue date, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l doc-division-code -d 'Division code, NNN-NNN' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l birth-date -d 'Birth date, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l birth-place -d 'Birth place' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l consent-on -d 'The day the subscriber consented to the processing of personal data, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l extra -d 'NAME=VALUE for an extra field (see `abonent extra-field list`); repeatable' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l comment -d 'Free-text comment' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l from-inn -d 'Fill the requisites from DaData by this INN; flags given win' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l send-credentials -d 'Send the new card its login and password (email, sms) or print a memo (print) instead of printing the password' -r -f -a "email\t''
sms\t''
print\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l to -d 'With --send-credentials: one of the card\'s own e-mails or phones to send to' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l no-password -d 'No password (add), or remove the password (edit)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l no-cache -d 'With --from-inn or --bik: ask DaData even when the database holds a recent answer'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l interactive -d 'Ask for the whole card at the terminal, section by section (flags given are kept)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l type -d 'Change the card\'s type' -r -f -a "legal\t''
ip\t''
person\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l category -d 'subscriber (default), operator, agent or dealer' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l name -d 'Short name of a legal entity (shown in lists)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l full-name -d 'Full official name of a legal entity' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l last-name -d 'Surname (ip, person)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l first-name -d 'Given name (ip, person)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l middle-name -d 'Patronymic (ip, person)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l inn -d 'INN: 10 digits for legal, 12 for ip and person; check digits verified' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l kpp -d 'KPP, 9 characters (legal only; branches differ by KPP)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l ogrn -d 'OGRN, 13 digits (legal)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l ogrnip -d 'OGRNIP, 15 digits (ip)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l okpo -d 'OKPO, 8 digits (legal) or 10 (ip)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l okato -d 'OKATO, 2 to 11 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l oktmo -d 'OKTMO, 8 or 11 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l okved -d 'Main OKVED code, e.g. 61.10' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l country -d 'Country of registration of a non-resident: ISO code (KZ), ОКСМ code (398) or name (Казахстан); the Russian requisite checks do not apply' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l tax-id -d 'A non-resident\'s foreign tax number, kept as written (with --country)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l director -d 'Director\'s full name (legal)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l director-post -d 'Director\'s post (legal)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l login -d 'Login; without it a new card is numbered from login.template' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l address -d 'KIND=TEXT, KIND one of legal, actual, postal, registration; repeatable' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l delivery -d 'How invoices are delivered: email, post, courier, edo, pickup (or почта, курьер, эдо, самовывоз)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l delivery-address -d 'Where post or courier invoices go' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l edo-id -d 'EDO participant id (for --delivery edo)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l group -d 'Group name; repeatable; replaces the card\'s groups' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l manager -d 'Personal manager\'s name (see `abonent manager add`)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l email -d 'E-mail(s), comma-separated or repeated; replaces the card\'s e-mails' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l phone -d 'Phone(s), comma-separated or repeated; stored as E.164' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l bank-name -d 'Bank name' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l bik -d 'Bank BIK, 9 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l account -d 'Settlement account, 20 digits (key checked with --bik)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l corr-account -d 'Correspondent account, 20 digits (key checked with --bik)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l doc-type -d 'passport, foreign-passport or other' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l doc-series -d 'Passport series, 4 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l doc-number -d 'Passport number, 6 digits' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l doc-issued-by -d 'Issuing authority' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l doc-issued-on -d 'Issue date, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l doc-division-code -d 'Division code, NNN-NNN' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l birth-date -d 'Birth date, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l birth-place -d 'Birth place' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l consent-on -d 'The day the subscriber consented to the processing of personal data, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l extra -d 'NAME=VALUE for an extra field (see `abonent extra-field list`); repeatable' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l comment -d 'Free-text comment' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l clear -d 'Empty a field (name from the field catalog, e.g. kpp, address.postal, email); repeatable' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l no-password -d 'No password (add), or remove the password (edit)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l from-inn -d 'Refresh the requisites from DaData by the card\'s own INN and KPP; flags given win'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l no-cache -d 'With --from-inn or --bik: ask DaData even when the database holds a recent answer'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l interactive -d 'Ask for every field at the terminal, the current values offered (Enter keeps one, «-» clears it)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l type -d 'legal, ip or person' -r -f -a "legal\t''
ip\t''
person\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l category -d 'Only this category (subscriber, operator, agent, dealer)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l group -d 'Only members of this group' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l manager -d 'Only cards of this personal manager' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l search -d 'Case-insensitive text in name, full name, INN, login, e-mail or phone (ё = е)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l inn -d 'Only cards with this INN (branches included)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l extra -d 'Only cards whose extra field NAME has VALUE (compared normalised); repeatable' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l limit -d 'At most N cards (0 = no limit)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N cards (for paging)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l sort -d 'Order by display name, creation or login' -r -f -a "name\t''
created\t''
login\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l archived -d 'Only archived cards'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l all -d 'Active and archived cards'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l credentials-pending -d 'Only cards whose new password has not reached the subscriber (a failed or interrupted send)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -l password-stdin -d 'Read the new password from the first line of stdin instead of generating one'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from verify-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -l excel -d 'CSV for Excel: start with a UTF-8 byte order mark so Cyrillic opens correctly'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l via -d 'How: email, sms, or print (a memo on stdout or in --output)' -r -f -a "email\t''
sms\t''
print\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l to -d 'One of the card\'s own e-mails or phones (default: the first e-mail, or the first mobile for sms)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l output -d 'With --via print: write the memo to this new file (mode 0600) instead of stdout' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l pending -d 'Every card whose credentials are pending delivery (a failed or interrupted send), each by its own channel unless --via'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l force -d 'Make the new password without asking (needed when not at a terminal; --yes is not enough)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from send-credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l older-than -d 'Only cards last checked more than DAYS days ago (and those never checked)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l limit -d 'Check at most N cards this run (0: all)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l archive-liquidated -d 'Archive the cards DaData gives as LIQUIDATED (a history entry names its date)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from check-status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -l by -d 'Compare by these, separated by commas: inn, passport, phone, email, name' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from duplicates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -l prefer -d 'Whose value wins where both cards have one' -r -f -a "keep\t''
other\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -l force -d 'Merge without asking (needed when not at a terminal; --yes is not enough)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l why -d 'Why sooner: the reason the act names (a withdrawn consent, a request)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l signer -d '«ФИО, должность» of one who destroys the data, for the act (repeatable)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l act -d 'Also write the act to this new file (mode 0600); a name ending in .pdf gets a PDF' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l due -d 'Every archived card past privacy.retention_days: listed, or with --force destroyed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l dry-run -d 'Say what would be destroyed, destroy nothing'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l early -d 'Sooner than privacy.retention_days (needs --why)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l include-legal-contacts -d 'A legal card: erase its employees\' personal data (the card itself stays)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l force -d 'Destroy without asking (needed when not at a terminal; --yes is not enough)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a card; prints it with the generated login and password'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a card; --clear FIELD empties one'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one card'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "list" -d 'List cards (active ones unless --archived or --all; 100 unless --limit)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a card (it keeps its login and history)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Bring an archived card back'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "reset-password" -d 'Set a new password: generated and printed once, or read with --password-stdin'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "verify-password" -d 'Check a password read from stdin: exit 0 when it matches, 3 when not'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "export" -d 'Every card, every field: a backup (JSON lines unless --format)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "send-credentials" -d 'Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "check-status" -d 'Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "duplicates" -d 'Groups of active cards that are probably one subscriber twice, with the reasons'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Join two cards of one subscriber: OTHER\'s data onto KEEP, OTHER archived (asks first; --force in scripts)'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "forget" -d 'Destroy an archived person\'s or sole trader\'s personal data (152-ФЗ) and write the act'
complete -c abonent -n "__fish_abonent_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l kind -d 'The file\'s format (auto: sniffed from its first bytes)' -r -f -a "auto\t''
csv\t''
commerceml\t''
enterprisedata\t''"
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l encoding -d 'The file\'s encoding (auto: BOM, XML declaration, valid UTF-8, else windows-1251)' -r -f -a "auto\t''
utf-8\t''
windows-1251\t''"
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l delimiter -d 'CSV separator (auto: ; or , from the heading line)' -r
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l map -d 'Read column HEADER into FIELD (a field name, e.g. comment or address.postal); repeatable' -r
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l rejects -d 'Write rejected rows here (CSV: line, key, field, reason, then the row\'s cells; mode 0600)' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l send-credentials -d 'Send each new card its login and password (email or sms) once the import is committed; their credentials stay pending until sent' -r -f -a "email\t''
sms\t''
print\t''"
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l max-sends -d 'With --send-credentials: refuse (nothing imported) a run that would send more letters than this' -r
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l credentials -d 'Generate passwords for new cards and write them here (CSV: login, password, uid, display name; mode 0600; never overwritten)' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l type-default -d 'Type of rows whose type nothing in the file tells' -r -f -a "legal\t''
ip\t''
person\t''"
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l dry-run -d 'Do everything, report it, write nothing'
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l atomic -d 'Commit nothing if any row is rejected'
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l archive-missing -d 'Archive cards imported from 1C earlier that this file (a full snapshot) lacks'
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand import-1c" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l kpp -d 'Only the record with this KPP (the head office or one branch)' -r
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l branch -d 'Only the head office (main) or only the branches (branch)' -r -f -a "main\t'The head office'
branch\t'Branches only'"
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l no-cache -d 'Ask DaData even when the database holds a recent answer, and store the new one'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-inn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -l no-cache -d 'Ask DaData even when the database holds a recent answer, and store the new one'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand lookup-bik" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand validate" -l bik -d 'The bank\'s BIK, needed for account and corr-account' -r
complete -c abonent -n "__fish_abonent_using_subcommand validate" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand validate" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand validate" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand validate" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand validate" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand validate" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand validate" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand validate" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand validate" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand validate" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Create a group'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List groups with their member counts'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -l description -d 'What the group is for' -r
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -l force -d 'Remove it even with members, dropping their memberships'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a group'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List groups with their member counts'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)'
complete -c abonent -n "__fish_abonent_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Add a personal manager'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List managers with the number of subscribers each manages'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove a manager who manages nobody'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -l email -d 'Where contract-end notices go' -r
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -l phone -d 'Phone, stored as E.164' -r
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a personal manager'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from help" -f -a "list" -d 'List managers with the number of subscribers each manages'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a manager who manages nobody'
complete -c abonent -n "__fish_abonent_using_subcommand manager; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -f -a "define" -d 'Define an extra field (again: change it; stored values must pass the new definition)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -f -a "list" -d 'List the extra fields with their types and rules'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -f -a "remove" -d 'Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -f -a "set" -d 'Set one extra field of a card (checked by its type)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -f -a "unset" -d 'Clear one extra field of a card'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -f -a "get" -d 'Show a card\'s extra fields, or one of them (table: the bare value)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and not __fish_seen_subcommand_from define list remove set unset get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l type -d 'The value type' -r -f -a "string\t''
integer\t''
decimal\t''
date\t''
bool\t''
enum\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l label -d 'Human-readable label' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l values -d 'The allowed values of an enum, comma-separated' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l for -d 'Card types it applies to, comma-separated (default: all)' -r -f -a "legal\t''
ip\t''
person\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l pattern -d 'Regular expression the (normalised) value must match' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l required -d 'Cards of the types it applies to cannot be saved without it'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l personal -d 'Personal data (152-ФЗ): `subscriber forget` erases its values'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from define" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -l force -d 'Remove it even with values on cards, deleting them'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from help" -f -a "define" -d 'Define an extra field (again: change it; stored values must pass the new definition)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the extra fields with their types and rules'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one extra field of a card (checked by its type)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Clear one extra field of a card'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a card\'s extra fields, or one of them (table: the bare value)'
complete -c abonent -n "__fish_abonent_using_subcommand extra-field; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Add an employee to a legal or ip card; prints it with its id'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List a card\'s employees'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove an employee by id (from `employee list`)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l last-name -d 'Surname' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l first-name -d 'Given name' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l middle-name -d 'Patronymic' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l position -d 'Position, e.g. «главный бухгалтер»' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l email -d 'E-mail, checked as on the card' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l phone -d 'Phone, stored as E.164' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an employee to a legal or ip card; prints it with its id'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a card\'s employees'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an employee by id (from `employee list`)'
complete -c abonent -n "__fish_abonent_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -f -a "add" -d 'Add a contract to a card; the number comes from contract.template unless --number'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -f -a "list" -d 'List contracts (all, one card\'s, or the open ones ending soon)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -f -a "edit" -d 'Change a contract\'s dates; a new --valid-to re-arms its end notice'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -f -a "close" -d 'Close a contract (today unless --on)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and not __fish_seen_subcommand_from add list edit close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l number -d 'The number; must be unique (exit 5 when taken). Default: from contract.template' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l signed-on -d 'Signing date, YYYY-MM-DD or DD.MM.YYYY (default: today)' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l valid-to -d 'Last day of the contract, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -l subscriber -d 'Only this card\'s contracts (id, login, uid or inn:NNNN[/KPP])' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -l ending-within -d 'Only open contracts whose valid_to is from today to today + DAYS' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -l signed-on -d 'New signing date, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -l valid-to -d 'New last day, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -l on -d 'Closing date, YYYY-MM-DD or DD.MM.YYYY (default: today)' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a contract to a card; the number comes from contract.template unless --number'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "list" -d 'List contracts (all, one card\'s, or the open ones ending soon)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a contract\'s dates; a new --valid-to re-arms its end notice'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a contract (today unless --on)'
complete -c abonent -n "__fish_abonent_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -f -a "contracts-ending" -d 'Open contracts ending within N days, with the subscriber\'s personal manager'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and not __fish_seen_subcommand_from contracts-ending help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -l days -d 'The window in days (default: setting notify.days)' -r
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -l mark-sent -d 'List each contract once per valid_to, and remember it was sent'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from contracts-ending" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "contracts-ending" -d 'Open contracts ending within N days, with the subscriber\'s personal manager'
complete -c abonent -n "__fish_abonent_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -f -a "list" -d 'Every key with its value, default and description'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -f -a "get" -d 'One key\'s value'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -f -a "set" -d 'Set a key (checked before it is stored)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -f -a "unset" -d 'Return a key to its default'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and not __fish_seen_subcommand_from list get set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every key with its value, default and description'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "get" -d 'One key\'s value'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key (checked before it is stored)'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Return a key to its default'
complete -c abonent -n "__fish_abonent_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand history" -l limit -d 'Newest N entries (0 = all); with --since, the first N after ID [default: 50; with --since, all]' -r
complete -c abonent -n "__fish_abonent_using_subcommand history" -l since -d 'The change feed: every entry after entry ID, oldest first (a sync job passes the last id it saw; ids increase in commit order and are never reused)' -r
complete -c abonent -n "__fish_abonent_using_subcommand history" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand history" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand history" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand history" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand history" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand history" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand history" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand history" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand history" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand history" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -f -a "check" -d 'Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -f -a "copy" -d 'Copy a whole registry into an empty database: SQLite to PostgreSQL or back'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -f -a "grant-portal" -d 'Let a PostgreSQL role read the portal\'s view of logins and nothing else'
complete -c abonent -n "__fish_abonent_using_subcommand db; and not __fish_seen_subcommand_from check copy grant-portal help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from grant-portal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole registry into an empty database: SQLite to PostgreSQL or back'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "grant-portal" -d 'Let a PostgreSQL role read the portal\'s view of logins and nothing else'
complete -c abonent -n "__fish_abonent_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -f -a "preview" -d 'Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and not __fish_seen_subcommand_from preview help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -l via -d 'Which text: email (subject and body), sms, or print (the memo)' -r -f -a "email\t''
sms\t''
print\t''"
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template'
complete -c abonent -n "__fish_abonent_using_subcommand letter; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -f -a "log" -d 'The read log (setting privacy.log_reads): who read which person\'s or sole trader\'s full card, and when'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -f -a "acts" -d 'The acts of destruction of personal data, newest first; with ID, that act\'s text'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and not __fish_seen_subcommand_from log acts help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -l since -d 'From this day on, YYYY-MM-DD or DD.MM.YYYY' -r
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -l output -d 'Write act ID to this new file (mode 0600) instead of stdout; a name ending in .pdf gets a PDF' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from acts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "log" -d 'The read log (setting privacy.log_reads): who read which person\'s or sole trader\'s full card, and when'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "acts" -d 'The acts of destruction of personal data, newest first; with ID, that act\'s text'
complete -c abonent -n "__fish_abonent_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand config" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand config" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand config" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand config" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand config" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand config" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand config" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand config" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand config" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand config" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand completions" -l db -d 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]' -r -F
complete -c abonent -n "__fish_abonent_using_subcommand completions" -l lang -d 'Language of the messages: ru or en [env: ABONENT_LANG]' -r -f -a "ru\t''
en\t''"
complete -c abonent -n "__fish_abonent_using_subcommand completions" -l format -d 'Output format: table, json, jsonl, csv [default: table]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c abonent -n "__fish_abonent_using_subcommand completions" -l actor -d 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid\'s login name)' -r
complete -c abonent -n "__fish_abonent_using_subcommand completions" -l color -d 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c abonent -n "__fish_abonent_using_subcommand completions" -l json -d 'Short for --format json'
complete -c abonent -n "__fish_abonent_using_subcommand completions" -l raw -d 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
complete -c abonent -n "__fish_abonent_using_subcommand completions" -s q -l quiet -d 'No notes or progress on stderr (warnings and errors still show)'
complete -c abonent -n "__fish_abonent_using_subcommand completions" -s v -l verbose -d 'Notes on stderr also into a pipe and with --json, jsonl or csv'
complete -c abonent -n "__fish_abonent_using_subcommand completions" -s y -l yes -d 'Never prompt: fail where a prompt would be needed'
complete -c abonent -n "__fish_abonent_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "init" -d 'Create or migrate the database and print its path'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "subscriber" -d 'Add, edit, show, list, archive subscriber cards'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "import-1c" -d 'Import the counterparty base exported from 1C (CSV list, CommerceML, EnterpriseData)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "lookup-inn" -d 'Requisites of a company or sole trader by INN, from DaData'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "lookup-bik" -d 'A bank\'s name, correspondent account, SWIFT and city by BIK, from DaData'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "validate" -d 'Check requisites (INN, OGRN, KPP, BIK, accounts, SNILS, …) without saving anything'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "group" -d 'Groups subscribers belong to'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "manager" -d 'Personal managers of subscribers'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "extra-field" -d 'The operator\'s own card fields: define, list, remove; set, unset, get on a card'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "employee" -d 'Employees of legal and ip subscribers'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "contract" -d 'Subscribers\' contracts: add, list, edit, close'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "notify" -d 'Notices for personal managers (contracts ending soon)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "settings" -d 'The operator\'s rules: required fields, login template, passwords, …'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "history" -d 'Who changed what and when'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "db" -d 'The database itself: check that its tables agree'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "letter" -d 'The credentials letter, SMS and memo: preview them for a card'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "privacy" -d 'Personal data: the acts of destruction (`subscriber forget` destroys)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "config" -d 'The host\'s configuration: database, language, secrets, and where each came from'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c abonent -n "__fish_abonent_using_subcommand help; and not __fish_seen_subcommand_from init subscriber import-1c lookup-inn lookup-bik validate group manager extra-field employee contract notify settings history db letter privacy config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "add" -d 'Add a card; prints it with the generated login and password'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "edit" -d 'Change fields of a card; --clear FIELD empties one'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "show" -d 'Show one card'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "list" -d 'List cards (active ones unless --archived or --all; 100 unless --limit)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "archive" -d 'Archive a card (it keeps its login and history)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "restore" -d 'Bring an archived card back'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "reset-password" -d 'Set a new password: generated and printed once, or read with --password-stdin'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "verify-password" -d 'Check a password read from stdin: exit 0 when it matches, 3 when not'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "export" -d 'Every card, every field: a backup (JSON lines unless --format)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "send-credentials" -d 'Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "check-status" -d 'Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "duplicates" -d 'Groups of active cards that are probably one subscriber twice, with the reasons'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "merge" -d 'Join two cards of one subscriber: OTHER\'s data onto KEEP, OTHER archived (asks first; --force in scripts)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "forget" -d 'Destroy an archived person\'s or sole trader\'s personal data (152-ФЗ) and write the act'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "add" -d 'Create a group'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List groups with their member counts'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "remove" -d 'Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from manager" -f -a "add" -d 'Add a personal manager'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from manager" -f -a "list" -d 'List managers with the number of subscribers each manages'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from manager" -f -a "remove" -d 'Remove a manager who manages nobody'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from extra-field" -f -a "define" -d 'Define an extra field (again: change it; stored values must pass the new definition)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from extra-field" -f -a "list" -d 'List the extra fields with their types and rules'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from extra-field" -f -a "remove" -d 'Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from extra-field" -f -a "set" -d 'Set one extra field of a card (checked by its type)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from extra-field" -f -a "unset" -d 'Clear one extra field of a card'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from extra-field" -f -a "get" -d 'Show a card\'s extra fields, or one of them (table: the bare value)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "add" -d 'Add an employee to a legal or ip card; prints it with its id'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "list" -d 'List a card\'s employees'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "remove" -d 'Remove an employee by id (from `employee list`)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "add" -d 'Add a contract to a card; the number comes from contract.template unless --number'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "list" -d 'List contracts (all, one card\'s, or the open ones ending soon)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "edit" -d 'Change a contract\'s dates; a new --valid-to re-arms its end notice'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "close" -d 'Close a contract (today unless --on)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "contracts-ending" -d 'Open contracts ending within N days, with the subscriber\'s personal manager'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "list" -d 'Every key with its value, default and description'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "get" -d 'One key\'s value'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Set a key (checked before it is stored)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "unset" -d 'Return a key to its default'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy a whole registry into an empty database: SQLite to PostgreSQL or back'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "grant-portal" -d 'Let a PostgreSQL role read the portal\'s view of logins and nothing else'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from letter" -f -a "preview" -d 'Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from privacy" -f -a "log" -d 'The read log (setting privacy.log_reads): who read which person\'s or sole trader\'s full card, and when'
complete -c abonent -n "__fish_abonent_using_subcommand help; and __fish_seen_subcommand_from privacy" -f -a "acts" -d 'The acts of destruction of personal data, newest first; with ID, that act\'s text'
