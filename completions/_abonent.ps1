
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'abonent' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'abonent'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'abonent' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database and print its path')
            [CompletionResult]::new('subscriber', 'subscriber', [CompletionResultType]::ParameterValue, 'Add, edit, show, list, archive subscriber cards')
            [CompletionResult]::new('import-1c', 'import-1c', [CompletionResultType]::ParameterValue, 'Import the counterparty base exported from 1C (CSV list, CommerceML, EnterpriseData)')
            [CompletionResult]::new('lookup-inn', 'lookup-inn', [CompletionResultType]::ParameterValue, 'Requisites of a company or sole trader by INN, from DaData')
            [CompletionResult]::new('lookup-bik', 'lookup-bik', [CompletionResultType]::ParameterValue, 'A bank''s name, correspondent account, SWIFT and city by BIK, from DaData')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check requisites (INN, OGRN, KPP, BIK, accounts, SNILS, …) without saving anything')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Groups subscribers belong to')
            [CompletionResult]::new('manager', 'manager', [CompletionResultType]::ParameterValue, 'Personal managers of subscribers')
            [CompletionResult]::new('extra-field', 'extra-field', [CompletionResultType]::ParameterValue, 'The operator''s own card fields: define, list, remove; set, unset, get on a card')
            [CompletionResult]::new('employee', 'employee', [CompletionResultType]::ParameterValue, 'Employees of legal and ip subscribers')
            [CompletionResult]::new('contract', 'contract', [CompletionResultType]::ParameterValue, 'Subscribers'' contracts: add, list, edit, close')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Notices for personal managers (contracts ending soon)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'The operator''s rules: required fields, login template, passwords, …')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who changed what and when')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The database itself: check that its tables agree')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'The credentials letter, SMS and memo: preview them for a card')
            [CompletionResult]::new('privacy', 'privacy', [CompletionResultType]::ParameterValue, 'Personal data: the acts of destruction (`subscriber forget` destroys)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The host''s configuration: database, language, secrets, and where each came from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card; prints it with the generated login and password')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a card; --clear FIELD empties one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one card')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cards (active ones unless --archived or --all; 100 unless --limit)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a card (it keeps its login and history)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring an archived card back')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password: generated and printed once, or read with --password-stdin')
            [CompletionResult]::new('verify-password', 'verify-password', [CompletionResultType]::ParameterValue, 'Check a password read from stdin: exit 0 when it matches, 3 when not')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every card, every field: a backup (JSON lines unless --format)')
            [CompletionResult]::new('send-credentials', 'send-credentials', [CompletionResultType]::ParameterValue, 'Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)')
            [CompletionResult]::new('check-status', 'check-status', [CompletionResultType]::ParameterValue, 'Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'Groups of active cards that are probably one subscriber twice, with the reasons')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Join two cards of one subscriber: OTHER''s data onto KEEP, OTHER archived (asks first; --force in scripts)')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Destroy an archived person''s or sole trader''s personal data (152-ФЗ) and write the act')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;subscriber;add' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'legal (юрлицо), ip (ИП) or person (физлицо); asked by --interactive when not given')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'subscriber (default), operator, agent or dealer')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Short name of a legal entity (shown in lists)')
            [CompletionResult]::new('--full-name', '--full-name', [CompletionResultType]::ParameterName, 'Full official name of a legal entity')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Surname (ip, person)')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'Given name (ip, person)')
            [CompletionResult]::new('--middle-name', '--middle-name', [CompletionResultType]::ParameterName, 'Patronymic (ip, person)')
            [CompletionResult]::new('--inn', '--inn', [CompletionResultType]::ParameterName, 'INN: 10 digits for legal, 12 for ip and person; check digits verified')
            [CompletionResult]::new('--kpp', '--kpp', [CompletionResultType]::ParameterName, 'KPP, 9 characters (legal only; branches differ by KPP)')
            [CompletionResult]::new('--ogrn', '--ogrn', [CompletionResultType]::ParameterName, 'OGRN, 13 digits (legal)')
            [CompletionResult]::new('--ogrnip', '--ogrnip', [CompletionResultType]::ParameterName, 'OGRNIP, 15 digits (ip)')
            [CompletionResult]::new('--okpo', '--okpo', [CompletionResultType]::ParameterName, 'OKPO, 8 digits (legal) or 10 (ip)')
            [CompletionResult]::new('--okato', '--okato', [CompletionResultType]::ParameterName, 'OKATO, 2 to 11 digits')
            [CompletionResult]::new('--oktmo', '--oktmo', [CompletionResultType]::ParameterName, 'OKTMO, 8 or 11 digits')
            [CompletionResult]::new('--okved', '--okved', [CompletionResultType]::ParameterName, 'Main OKVED code, e.g. 61.10')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country of registration of a non-resident: ISO code (KZ), ОКСМ code (398) or name (Казахстан); the Russian requisite checks do not apply')
            [CompletionResult]::new('--tax-id', '--tax-id', [CompletionResultType]::ParameterName, 'A non-resident''s foreign tax number, kept as written (with --country)')
            [CompletionResult]::new('--director', '--director', [CompletionResultType]::ParameterName, 'Director''s full name (legal)')
            [CompletionResult]::new('--director-post', '--director-post', [CompletionResultType]::ParameterName, 'Director''s post (legal)')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Login; without it a new card is numbered from login.template')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'KIND=TEXT, KIND one of legal, actual, postal, registration; repeatable')
            [CompletionResult]::new('--delivery', '--delivery', [CompletionResultType]::ParameterName, 'How invoices are delivered: email, post, courier, edo, pickup (or почта, курьер, эдо, самовывоз)')
            [CompletionResult]::new('--delivery-address', '--delivery-address', [CompletionResultType]::ParameterName, 'Where post or courier invoices go')
            [CompletionResult]::new('--edo-id', '--edo-id', [CompletionResultType]::ParameterName, 'EDO participant id (for --delivery edo)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Group name; repeatable; replaces the card''s groups')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'Personal manager''s name (see `abonent manager add`)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail(s), comma-separated or repeated; replaces the card''s e-mails')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone(s), comma-separated or repeated; stored as E.164')
            [CompletionResult]::new('--bank-name', '--bank-name', [CompletionResultType]::ParameterName, 'Bank name')
            [CompletionResult]::new('--bik', '--bik', [CompletionResultType]::ParameterName, 'Bank BIK, 9 digits')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Settlement account, 20 digits (key checked with --bik)')
            [CompletionResult]::new('--corr-account', '--corr-account', [CompletionResultType]::ParameterName, 'Correspondent account, 20 digits (key checked with --bik)')
            [CompletionResult]::new('--doc-type', '--doc-type', [CompletionResultType]::ParameterName, 'passport, foreign-passport or other')
            [CompletionResult]::new('--doc-series', '--doc-series', [CompletionResultType]::ParameterName, 'Passport series, 4 digits')
            [CompletionResult]::new('--doc-number', '--doc-number', [CompletionResultType]::ParameterName, 'Passport number, 6 digits')
            [CompletionResult]::new('--doc-issued-by', '--doc-issued-by', [CompletionResultType]::ParameterName, 'Issuing authority')
            [CompletionResult]::new('--doc-issued-on', '--doc-issued-on', [CompletionResultType]::ParameterName, 'Issue date, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--doc-division-code', '--doc-division-code', [CompletionResultType]::ParameterName, 'Division code, NNN-NNN')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'Birth date, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--birth-place', '--birth-place', [CompletionResultType]::ParameterName, 'Birth place')
            [CompletionResult]::new('--consent-on', '--consent-on', [CompletionResultType]::ParameterName, 'The day the subscriber consented to the processing of personal data, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--extra', '--extra', [CompletionResultType]::ParameterName, 'NAME=VALUE for an extra field (see `abonent extra-field list`); repeatable')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Free-text comment')
            [CompletionResult]::new('--from-inn', '--from-inn', [CompletionResultType]::ParameterName, 'Fill the requisites from DaData by this INN; flags given win')
            [CompletionResult]::new('--send-credentials', '--send-credentials', [CompletionResultType]::ParameterName, 'Send the new card its login and password (email, sms) or print a memo (print) instead of printing the password')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'With --send-credentials: one of the card''s own e-mails or phones to send to')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'No password (add), or remove the password (edit)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'With --from-inn or --bik: ask DaData even when the database holds a recent answer')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Ask for the whole card at the terminal, section by section (flags given are kept)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;edit' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Change the card''s type')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'subscriber (default), operator, agent or dealer')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Short name of a legal entity (shown in lists)')
            [CompletionResult]::new('--full-name', '--full-name', [CompletionResultType]::ParameterName, 'Full official name of a legal entity')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Surname (ip, person)')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'Given name (ip, person)')
            [CompletionResult]::new('--middle-name', '--middle-name', [CompletionResultType]::ParameterName, 'Patronymic (ip, person)')
            [CompletionResult]::new('--inn', '--inn', [CompletionResultType]::ParameterName, 'INN: 10 digits for legal, 12 for ip and person; check digits verified')
            [CompletionResult]::new('--kpp', '--kpp', [CompletionResultType]::ParameterName, 'KPP, 9 characters (legal only; branches differ by KPP)')
            [CompletionResult]::new('--ogrn', '--ogrn', [CompletionResultType]::ParameterName, 'OGRN, 13 digits (legal)')
            [CompletionResult]::new('--ogrnip', '--ogrnip', [CompletionResultType]::ParameterName, 'OGRNIP, 15 digits (ip)')
            [CompletionResult]::new('--okpo', '--okpo', [CompletionResultType]::ParameterName, 'OKPO, 8 digits (legal) or 10 (ip)')
            [CompletionResult]::new('--okato', '--okato', [CompletionResultType]::ParameterName, 'OKATO, 2 to 11 digits')
            [CompletionResult]::new('--oktmo', '--oktmo', [CompletionResultType]::ParameterName, 'OKTMO, 8 or 11 digits')
            [CompletionResult]::new('--okved', '--okved', [CompletionResultType]::ParameterName, 'Main OKVED code, e.g. 61.10')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country of registration of a non-resident: ISO code (KZ), ОКСМ code (398) or name (Казахстан); the Russian requisite checks do not apply')
            [CompletionResult]::new('--tax-id', '--tax-id', [CompletionResultType]::ParameterName, 'A non-resident''s foreign tax number, kept as written (with --country)')
            [CompletionResult]::new('--director', '--director', [CompletionResultType]::ParameterName, 'Director''s full name (legal)')
            [CompletionResult]::new('--director-post', '--director-post', [CompletionResultType]::ParameterName, 'Director''s post (legal)')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Login; without it a new card is numbered from login.template')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'KIND=TEXT, KIND one of legal, actual, postal, registration; repeatable')
            [CompletionResult]::new('--delivery', '--delivery', [CompletionResultType]::ParameterName, 'How invoices are delivered: email, post, courier, edo, pickup (or почта, курьер, эдо, самовывоз)')
            [CompletionResult]::new('--delivery-address', '--delivery-address', [CompletionResultType]::ParameterName, 'Where post or courier invoices go')
            [CompletionResult]::new('--edo-id', '--edo-id', [CompletionResultType]::ParameterName, 'EDO participant id (for --delivery edo)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Group name; repeatable; replaces the card''s groups')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'Personal manager''s name (see `abonent manager add`)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail(s), comma-separated or repeated; replaces the card''s e-mails')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone(s), comma-separated or repeated; stored as E.164')
            [CompletionResult]::new('--bank-name', '--bank-name', [CompletionResultType]::ParameterName, 'Bank name')
            [CompletionResult]::new('--bik', '--bik', [CompletionResultType]::ParameterName, 'Bank BIK, 9 digits')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Settlement account, 20 digits (key checked with --bik)')
            [CompletionResult]::new('--corr-account', '--corr-account', [CompletionResultType]::ParameterName, 'Correspondent account, 20 digits (key checked with --bik)')
            [CompletionResult]::new('--doc-type', '--doc-type', [CompletionResultType]::ParameterName, 'passport, foreign-passport or other')
            [CompletionResult]::new('--doc-series', '--doc-series', [CompletionResultType]::ParameterName, 'Passport series, 4 digits')
            [CompletionResult]::new('--doc-number', '--doc-number', [CompletionResultType]::ParameterName, 'Passport number, 6 digits')
            [CompletionResult]::new('--doc-issued-by', '--doc-issued-by', [CompletionResultType]::ParameterName, 'Issuing authority')
            [CompletionResult]::new('--doc-issued-on', '--doc-issued-on', [CompletionResultType]::ParameterName, 'Issue date, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--doc-division-code', '--doc-division-code', [CompletionResultType]::ParameterName, 'Division code, NNN-NNN')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'Birth date, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--birth-place', '--birth-place', [CompletionResultType]::ParameterName, 'Birth place')
            [CompletionResult]::new('--consent-on', '--consent-on', [CompletionResultType]::ParameterName, 'The day the subscriber consented to the processing of personal data, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--extra', '--extra', [CompletionResultType]::ParameterName, 'NAME=VALUE for an extra field (see `abonent extra-field list`); repeatable')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Free-text comment')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Empty a field (name from the field catalog, e.g. kpp, address.postal, email); repeatable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'No password (add), or remove the password (edit)')
            [CompletionResult]::new('--from-inn', '--from-inn', [CompletionResultType]::ParameterName, 'Refresh the requisites from DaData by the card''s own INN and KPP; flags given win')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'With --from-inn or --bik: ask DaData even when the database holds a recent answer')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Ask for every field at the terminal, the current values offered (Enter keeps one, «-» clears it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'legal, ip or person')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (subscriber, operator, agent, dealer)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'Only cards of this personal manager')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Case-insensitive text in name, full name, INN, login, e-mail or phone (ё = е)')
            [CompletionResult]::new('--inn', '--inn', [CompletionResultType]::ParameterName, 'Only cards with this INN (branches included)')
            [CompletionResult]::new('--extra', '--extra', [CompletionResultType]::ParameterName, 'Only cards whose extra field NAME has VALUE (compared normalised); repeatable')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N cards (0 = no limit)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N cards (for paging)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by display name, creation or login')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Only archived cards')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Active and archived cards')
            [CompletionResult]::new('--credentials-pending', '--credentials-pending', [CompletionResultType]::ParameterName, 'Only cards whose new password has not reached the subscriber (a failed or interrupted send)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;reset-password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the first line of stdin instead of generating one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;verify-password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: start with a UTF-8 byte order mark so Cyrillic opens correctly')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;send-credentials' {
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'How: email, sms, or print (a memo on stdout or in --output)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'One of the card''s own e-mails or phones (default: the first e-mail, or the first mobile for sms)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --via print: write the memo to this new file (mode 0600) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Every card whose credentials are pending delivery (a failed or interrupted send), each by its own channel unless --via')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Make the new password without asking (needed when not at a terminal; --yes is not enough)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;check-status' {
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Only cards last checked more than DAYS days ago (and those never checked)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Check at most N cards this run (0: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--archive-liquidated', '--archive-liquidated', [CompletionResultType]::ParameterName, 'Archive the cards DaData gives as LIQUIDATED (a history entry names its date)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;duplicates' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Compare by these, separated by commas: inn, passport, phone, email, name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;merge' {
            [CompletionResult]::new('--prefer', '--prefer', [CompletionResultType]::ParameterName, 'Whose value wins where both cards have one')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Merge without asking (needed when not at a terminal; --yes is not enough)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;forget' {
            [CompletionResult]::new('--why', '--why', [CompletionResultType]::ParameterName, 'Why sooner: the reason the act names (a withdrawn consent, a request)')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, '«ФИО, должность» of one who destroys the data, for the act (repeatable)')
            [CompletionResult]::new('--act', '--act', [CompletionResultType]::ParameterName, 'Also write the act to this new file (mode 0600); a name ending in .pdf gets a PDF')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Every archived card past privacy.retention_days: listed, or with --force destroyed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be destroyed, destroy nothing')
            [CompletionResult]::new('--early', '--early', [CompletionResultType]::ParameterName, 'Sooner than privacy.retention_days (needs --why)')
            [CompletionResult]::new('--include-legal-contacts', '--include-legal-contacts', [CompletionResultType]::ParameterName, 'A legal card: erase its employees'' personal data (the card itself stays)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Destroy without asking (needed when not at a terminal; --yes is not enough)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;subscriber;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card; prints it with the generated login and password')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a card; --clear FIELD empties one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one card')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cards (active ones unless --archived or --all; 100 unless --limit)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a card (it keeps its login and history)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring an archived card back')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password: generated and printed once, or read with --password-stdin')
            [CompletionResult]::new('verify-password', 'verify-password', [CompletionResultType]::ParameterValue, 'Check a password read from stdin: exit 0 when it matches, 3 when not')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every card, every field: a backup (JSON lines unless --format)')
            [CompletionResult]::new('send-credentials', 'send-credentials', [CompletionResultType]::ParameterValue, 'Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)')
            [CompletionResult]::new('check-status', 'check-status', [CompletionResultType]::ParameterValue, 'Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'Groups of active cards that are probably one subscriber twice, with the reasons')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Join two cards of one subscriber: OTHER''s data onto KEEP, OTHER archived (asks first; --force in scripts)')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Destroy an archived person''s or sole trader''s personal data (152-ФЗ) and write the act')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;subscriber;help;add' {
            break
        }
        'abonent;subscriber;help;edit' {
            break
        }
        'abonent;subscriber;help;show' {
            break
        }
        'abonent;subscriber;help;list' {
            break
        }
        'abonent;subscriber;help;archive' {
            break
        }
        'abonent;subscriber;help;restore' {
            break
        }
        'abonent;subscriber;help;reset-password' {
            break
        }
        'abonent;subscriber;help;verify-password' {
            break
        }
        'abonent;subscriber;help;export' {
            break
        }
        'abonent;subscriber;help;send-credentials' {
            break
        }
        'abonent;subscriber;help;check-status' {
            break
        }
        'abonent;subscriber;help;duplicates' {
            break
        }
        'abonent;subscriber;help;merge' {
            break
        }
        'abonent;subscriber;help;forget' {
            break
        }
        'abonent;subscriber;help;help' {
            break
        }
        'abonent;import-1c' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The file''s format (auto: sniffed from its first bytes)')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding (auto: BOM, XML declaration, valid UTF-8, else windows-1251)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'CSV separator (auto: ; or , from the heading line)')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read column HEADER into FIELD (a field name, e.g. comment or address.postal); repeatable')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write rejected rows here (CSV: line, key, field, reason, then the row''s cells; mode 0600)')
            [CompletionResult]::new('--send-credentials', '--send-credentials', [CompletionResultType]::ParameterName, 'Send each new card its login and password (email or sms) once the import is committed; their credentials stay pending until sent')
            [CompletionResult]::new('--max-sends', '--max-sends', [CompletionResultType]::ParameterName, 'With --send-credentials: refuse (nothing imported) a run that would send more letters than this')
            [CompletionResult]::new('--credentials', '--credentials', [CompletionResultType]::ParameterName, 'Generate passwords for new cards and write them here (CSV: login, password, uid, display name; mode 0600; never overwritten)')
            [CompletionResult]::new('--type-default', '--type-default', [CompletionResultType]::ParameterName, 'Type of rows whose type nothing in the file tells')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, report it, write nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'Commit nothing if any row is rejected')
            [CompletionResult]::new('--archive-missing', '--archive-missing', [CompletionResultType]::ParameterName, 'Archive cards imported from 1C earlier that this file (a full snapshot) lacks')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;lookup-inn' {
            [CompletionResult]::new('--kpp', '--kpp', [CompletionResultType]::ParameterName, 'Only the record with this KPP (the head office or one branch)')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Only the head office (main) or only the branches (branch)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Ask DaData even when the database holds a recent answer, and store the new one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;lookup-bik' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Ask DaData even when the database holds a recent answer, and store the new one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;validate' {
            [CompletionResult]::new('--bik', '--bik', [CompletionResultType]::ParameterName, 'The bank''s BIK, needed for account and corr-account')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;group' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups with their member counts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;group;add' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the group is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;group;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;group;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove it even with members, dropping their memberships')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;group;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups with their member counts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;group;help;add' {
            break
        }
        'abonent;group;help;list' {
            break
        }
        'abonent;group;help;remove' {
            break
        }
        'abonent;group;help;help' {
            break
        }
        'abonent;manager' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a personal manager')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List managers with the number of subscribers each manages')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a manager who manages nobody')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;manager;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Where contract-end notices go')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone, stored as E.164')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;manager;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;manager;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;manager;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a personal manager')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List managers with the number of subscribers each manages')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a manager who manages nobody')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;manager;help;add' {
            break
        }
        'abonent;manager;help;list' {
            break
        }
        'abonent;manager;help;remove' {
            break
        }
        'abonent;manager;help;help' {
            break
        }
        'abonent;extra-field' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Define an extra field (again: change it; stored values must pass the new definition)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the extra fields with their types and rules')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one extra field of a card (checked by its type)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Clear one extra field of a card')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a card''s extra fields, or one of them (table: the bare value)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;extra-field;define' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The value type')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Human-readable label')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'The allowed values of an enum, comma-separated')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Card types it applies to, comma-separated (default: all)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'Regular expression the (normalised) value must match')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--required', '--required', [CompletionResultType]::ParameterName, 'Cards of the types it applies to cannot be saved without it')
            [CompletionResult]::new('--personal', '--personal', [CompletionResultType]::ParameterName, 'Personal data (152-ФЗ): `subscriber forget` erases its values')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;extra-field;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;extra-field;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove it even with values on cards, deleting them')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;extra-field;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;extra-field;unset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;extra-field;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;extra-field;help' {
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Define an extra field (again: change it; stored values must pass the new definition)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the extra fields with their types and rules')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one extra field of a card (checked by its type)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Clear one extra field of a card')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a card''s extra fields, or one of them (table: the bare value)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;extra-field;help;define' {
            break
        }
        'abonent;extra-field;help;list' {
            break
        }
        'abonent;extra-field;help;remove' {
            break
        }
        'abonent;extra-field;help;set' {
            break
        }
        'abonent;extra-field;help;unset' {
            break
        }
        'abonent;extra-field;help;get' {
            break
        }
        'abonent;extra-field;help;help' {
            break
        }
        'abonent;employee' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an employee to a legal or ip card; prints it with its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a card''s employees')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an employee by id (from `employee list`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;employee;add' {
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Surname')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'Given name')
            [CompletionResult]::new('--middle-name', '--middle-name', [CompletionResultType]::ParameterName, 'Patronymic')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Position, e.g. «главный бухгалтер»')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail, checked as on the card')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone, stored as E.164')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;employee;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;employee;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;employee;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an employee to a legal or ip card; prints it with its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a card''s employees')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an employee by id (from `employee list`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;employee;help;add' {
            break
        }
        'abonent;employee;help;list' {
            break
        }
        'abonent;employee;help;remove' {
            break
        }
        'abonent;employee;help;help' {
            break
        }
        'abonent;contract' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contract to a card; the number comes from contract.template unless --number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contracts (all, one card''s, or the open ones ending soon)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a contract''s dates; a new --valid-to re-arms its end notice')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a contract (today unless --on)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;contract;add' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The number; must be unique (exit 5 when taken). Default: from contract.template')
            [CompletionResult]::new('--signed-on', '--signed-on', [CompletionResultType]::ParameterName, 'Signing date, YYYY-MM-DD or DD.MM.YYYY (default: today)')
            [CompletionResult]::new('--valid-to', '--valid-to', [CompletionResultType]::ParameterName, 'Last day of the contract, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;contract;list' {
            [CompletionResult]::new('--subscriber', '--subscriber', [CompletionResultType]::ParameterName, 'Only this card''s contracts (id, login, uid or inn:NNNN[/KPP])')
            [CompletionResult]::new('--ending-within', '--ending-within', [CompletionResultType]::ParameterName, 'Only open contracts whose valid_to is from today to today + DAYS')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;contract;edit' {
            [CompletionResult]::new('--signed-on', '--signed-on', [CompletionResultType]::ParameterName, 'New signing date, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--valid-to', '--valid-to', [CompletionResultType]::ParameterName, 'New last day, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;contract;close' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Closing date, YYYY-MM-DD or DD.MM.YYYY (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;contract;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contract to a card; the number comes from contract.template unless --number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contracts (all, one card''s, or the open ones ending soon)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a contract''s dates; a new --valid-to re-arms its end notice')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a contract (today unless --on)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;contract;help;add' {
            break
        }
        'abonent;contract;help;list' {
            break
        }
        'abonent;contract;help;edit' {
            break
        }
        'abonent;contract;help;close' {
            break
        }
        'abonent;contract;help;help' {
            break
        }
        'abonent;notify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('contracts-ending', 'contracts-ending', [CompletionResultType]::ParameterValue, 'Open contracts ending within N days, with the subscriber''s personal manager')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;notify;contracts-ending' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'The window in days (default: setting notify.days)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--mark-sent', '--mark-sent', [CompletionResultType]::ParameterName, 'List each contract once per valid_to, and remember it was sent')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;notify;help' {
            [CompletionResult]::new('contracts-ending', 'contracts-ending', [CompletionResultType]::ParameterValue, 'Open contracts ending within N days, with the subscriber''s personal manager')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;notify;help;contracts-ending' {
            break
        }
        'abonent;notify;help;help' {
            break
        }
        'abonent;settings' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every key with its value, default and description')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One key''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key (checked before it is stored)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Return a key to its default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;settings;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;settings;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;settings;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;settings;unset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;settings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every key with its value, default and description')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One key''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key (checked before it is stored)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Return a key to its default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;settings;help;list' {
            break
        }
        'abonent;settings;help;get' {
            break
        }
        'abonent;settings;help;set' {
            break
        }
        'abonent;settings;help;unset' {
            break
        }
        'abonent;settings;help;help' {
            break
        }
        'abonent;history' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Newest N entries (0 = all); with --since, the first N after ID [default: 50; with --since, all]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The change feed: every entry after entry ID, oldest first (a sync job passes the last id it saw; ids increase in commit order and are never reused)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole registry into an empty database: SQLite to PostgreSQL or back')
            [CompletionResult]::new('grant-portal', 'grant-portal', [CompletionResultType]::ParameterValue, 'Let a PostgreSQL role read the portal''s view of logins and nothing else')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;db;copy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;db;grant-portal' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;db;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole registry into an empty database: SQLite to PostgreSQL or back')
            [CompletionResult]::new('grant-portal', 'grant-portal', [CompletionResultType]::ParameterValue, 'Let a PostgreSQL role read the portal''s view of logins and nothing else')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;db;help;check' {
            break
        }
        'abonent;db;help;copy' {
            break
        }
        'abonent;db;help;grant-portal' {
            break
        }
        'abonent;db;help;help' {
            break
        }
        'abonent;letter' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;letter;preview' {
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Which text: email (subject and body), sms, or print (the memo)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;letter;help' {
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;letter;help;preview' {
            break
        }
        'abonent;letter;help;help' {
            break
        }
        'abonent;privacy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The read log (setting privacy.log_reads): who read which person''s or sole trader''s full card, and when')
            [CompletionResult]::new('acts', 'acts', [CompletionResultType]::ParameterValue, 'The acts of destruction of personal data, newest first; with ID, that act''s text')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;privacy;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this day on, YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;privacy;acts' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write act ID to this new file (mode 0600) instead of stdout; a name ending in .pdf gets a PDF')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;privacy;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The read log (setting privacy.log_reads): who read which person''s or sole trader''s full card, and when')
            [CompletionResult]::new('acts', 'acts', [CompletionResultType]::ParameterValue, 'The acts of destruction of personal data, newest first; with ID, that act''s text')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;privacy;help;log' {
            break
        }
        'abonent;privacy;help;acts' {
            break
        }
        'abonent;privacy;help;help' {
            break
        }
        'abonent;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the messages: ru or en [env: ABONENT_LANG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, csv [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or progress on stderr (warnings and errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Notes on stderr also into a pipe and with --json, jsonl or csv')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt: fail where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'abonent;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database and print its path')
            [CompletionResult]::new('subscriber', 'subscriber', [CompletionResultType]::ParameterValue, 'Add, edit, show, list, archive subscriber cards')
            [CompletionResult]::new('import-1c', 'import-1c', [CompletionResultType]::ParameterValue, 'Import the counterparty base exported from 1C (CSV list, CommerceML, EnterpriseData)')
            [CompletionResult]::new('lookup-inn', 'lookup-inn', [CompletionResultType]::ParameterValue, 'Requisites of a company or sole trader by INN, from DaData')
            [CompletionResult]::new('lookup-bik', 'lookup-bik', [CompletionResultType]::ParameterValue, 'A bank''s name, correspondent account, SWIFT and city by BIK, from DaData')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check requisites (INN, OGRN, KPP, BIK, accounts, SNILS, …) without saving anything')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Groups subscribers belong to')
            [CompletionResult]::new('manager', 'manager', [CompletionResultType]::ParameterValue, 'Personal managers of subscribers')
            [CompletionResult]::new('extra-field', 'extra-field', [CompletionResultType]::ParameterValue, 'The operator''s own card fields: define, list, remove; set, unset, get on a card')
            [CompletionResult]::new('employee', 'employee', [CompletionResultType]::ParameterValue, 'Employees of legal and ip subscribers')
            [CompletionResult]::new('contract', 'contract', [CompletionResultType]::ParameterValue, 'Subscribers'' contracts: add, list, edit, close')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Notices for personal managers (contracts ending soon)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'The operator''s rules: required fields, login template, passwords, …')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who changed what and when')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The database itself: check that its tables agree')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'The credentials letter, SMS and memo: preview them for a card')
            [CompletionResult]::new('privacy', 'privacy', [CompletionResultType]::ParameterValue, 'Personal data: the acts of destruction (`subscriber forget` destroys)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The host''s configuration: database, language, secrets, and where each came from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abonent;help;init' {
            break
        }
        'abonent;help;subscriber' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card; prints it with the generated login and password')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a card; --clear FIELD empties one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one card')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cards (active ones unless --archived or --all; 100 unless --limit)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a card (it keeps its login and history)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring an archived card back')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password: generated and printed once, or read with --password-stdin')
            [CompletionResult]::new('verify-password', 'verify-password', [CompletionResultType]::ParameterValue, 'Check a password read from stdin: exit 0 when it matches, 3 when not')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every card, every field: a backup (JSON lines unless --format)')
            [CompletionResult]::new('send-credentials', 'send-credentials', [CompletionResultType]::ParameterValue, 'Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)')
            [CompletionResult]::new('check-status', 'check-status', [CompletionResultType]::ParameterValue, 'Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'Groups of active cards that are probably one subscriber twice, with the reasons')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Join two cards of one subscriber: OTHER''s data onto KEEP, OTHER archived (asks first; --force in scripts)')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Destroy an archived person''s or sole trader''s personal data (152-ФЗ) and write the act')
            break
        }
        'abonent;help;subscriber;add' {
            break
        }
        'abonent;help;subscriber;edit' {
            break
        }
        'abonent;help;subscriber;show' {
            break
        }
        'abonent;help;subscriber;list' {
            break
        }
        'abonent;help;subscriber;archive' {
            break
        }
        'abonent;help;subscriber;restore' {
            break
        }
        'abonent;help;subscriber;reset-password' {
            break
        }
        'abonent;help;subscriber;verify-password' {
            break
        }
        'abonent;help;subscriber;export' {
            break
        }
        'abonent;help;subscriber;send-credentials' {
            break
        }
        'abonent;help;subscriber;check-status' {
            break
        }
        'abonent;help;subscriber;duplicates' {
            break
        }
        'abonent;help;subscriber;merge' {
            break
        }
        'abonent;help;subscriber;forget' {
            break
        }
        'abonent;help;import-1c' {
            break
        }
        'abonent;help;lookup-inn' {
            break
        }
        'abonent;help;lookup-bik' {
            break
        }
        'abonent;help;validate' {
            break
        }
        'abonent;help;group' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups with their member counts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)')
            break
        }
        'abonent;help;group;add' {
            break
        }
        'abonent;help;group;list' {
            break
        }
        'abonent;help;group;remove' {
            break
        }
        'abonent;help;manager' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a personal manager')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List managers with the number of subscribers each manages')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a manager who manages nobody')
            break
        }
        'abonent;help;manager;add' {
            break
        }
        'abonent;help;manager;list' {
            break
        }
        'abonent;help;manager;remove' {
            break
        }
        'abonent;help;extra-field' {
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Define an extra field (again: change it; stored values must pass the new definition)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the extra fields with their types and rules')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one extra field of a card (checked by its type)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Clear one extra field of a card')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a card''s extra fields, or one of them (table: the bare value)')
            break
        }
        'abonent;help;extra-field;define' {
            break
        }
        'abonent;help;extra-field;list' {
            break
        }
        'abonent;help;extra-field;remove' {
            break
        }
        'abonent;help;extra-field;set' {
            break
        }
        'abonent;help;extra-field;unset' {
            break
        }
        'abonent;help;extra-field;get' {
            break
        }
        'abonent;help;employee' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an employee to a legal or ip card; prints it with its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a card''s employees')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an employee by id (from `employee list`)')
            break
        }
        'abonent;help;employee;add' {
            break
        }
        'abonent;help;employee;list' {
            break
        }
        'abonent;help;employee;remove' {
            break
        }
        'abonent;help;contract' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contract to a card; the number comes from contract.template unless --number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contracts (all, one card''s, or the open ones ending soon)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a contract''s dates; a new --valid-to re-arms its end notice')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a contract (today unless --on)')
            break
        }
        'abonent;help;contract;add' {
            break
        }
        'abonent;help;contract;list' {
            break
        }
        'abonent;help;contract;edit' {
            break
        }
        'abonent;help;contract;close' {
            break
        }
        'abonent;help;notify' {
            [CompletionResult]::new('contracts-ending', 'contracts-ending', [CompletionResultType]::ParameterValue, 'Open contracts ending within N days, with the subscriber''s personal manager')
            break
        }
        'abonent;help;notify;contracts-ending' {
            break
        }
        'abonent;help;settings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every key with its value, default and description')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One key''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key (checked before it is stored)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Return a key to its default')
            break
        }
        'abonent;help;settings;list' {
            break
        }
        'abonent;help;settings;get' {
            break
        }
        'abonent;help;settings;set' {
            break
        }
        'abonent;help;settings;unset' {
            break
        }
        'abonent;help;history' {
            break
        }
        'abonent;help;db' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole registry into an empty database: SQLite to PostgreSQL or back')
            [CompletionResult]::new('grant-portal', 'grant-portal', [CompletionResultType]::ParameterValue, 'Let a PostgreSQL role read the portal''s view of logins and nothing else')
            break
        }
        'abonent;help;db;check' {
            break
        }
        'abonent;help;db;copy' {
            break
        }
        'abonent;help;db;grant-portal' {
            break
        }
        'abonent;help;letter' {
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template')
            break
        }
        'abonent;help;letter;preview' {
            break
        }
        'abonent;help;privacy' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The read log (setting privacy.log_reads): who read which person''s or sole trader''s full card, and when')
            [CompletionResult]::new('acts', 'acts', [CompletionResultType]::ParameterValue, 'The acts of destruction of personal data, newest first; with ID, that act''s text')
            break
        }
        'abonent;help;privacy;log' {
            break
        }
        'abonent;help;privacy;acts' {
            break
        }
        'abonent;help;config' {
            break
        }
        'abonent;help;completions' {
            break
        }
        'abonent;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
