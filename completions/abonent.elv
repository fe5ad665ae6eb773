
use builtin;
use str;

set edit:completion:arg-completer[abonent] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'abonent'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'abonent'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create or migrate the database and print its path'
            cand subscriber 'Add, edit, show, list, archive subscriber cards'
            cand import-1c 'Import the counterparty base exported from 1C (CSV list, CommerceML, EnterpriseData)'
            cand lookup-inn 'Requisites of a company or sole trader by INN, from DaData'
            cand lookup-bik 'A bank''s name, correspondent account, SWIFT and city by BIK, from DaData'
            cand validate 'Check requisites (INN, OGRN, KPP, BIK, accounts, SNILS, …) without saving anything'
            cand group 'Groups subscribers belong to'
            cand manager 'Personal managers of subscribers'
            cand extra-field 'The operator''s own card fields: define, list, remove; set, unset, get on a card'
            cand employee 'Employees of legal and ip subscribers'
            cand contract 'Subscribers'' contracts: add, list, edit, close'
            cand notify 'Notices for personal managers (contracts ending soon)'
            cand settings 'The operator''s rules: required fields, login template, passwords, …'
            cand history 'Who changed what and when'
            cand db 'The database itself: check that its tables agree'
            cand letter 'The credentials letter, SMS and memo: preview them for a card'
            cand privacy 'Personal data: the acts of destruction (`subscriber forget` destroys)'
            cand config 'The host''s configuration: database, language, secrets, and where each came from'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;init'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a card; prints it with the generated login and password'
            cand edit 'Change fields of a card; --clear FIELD empties one'
            cand show 'Show one card'
            cand list 'List cards (active ones unless --archived or --all; 100 unless --limit)'
            cand archive 'Archive a card (it keeps its login and history)'
            cand restore 'Bring an archived card back'
            cand reset-password 'Set a new password: generated and printed once, or read with --password-stdin'
            cand verify-password 'Check a password read from stdin: exit 0 when it matches, 3 when not'
            cand export 'Every card, every field: a backup (JSON lines unless --format)'
            cand send-credentials 'Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)'
            cand check-status 'Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)'
            cand duplicates 'Groups of active cards that are probably one subscriber twice, with the reasons'
            cand merge 'Join two cards of one subscriber: OTHER''s data onto KEEP, OTHER archived (asks first; --force in scripts)'
            cand forget 'Destroy an archived person''s or sole trader''s personal data (152-ФЗ) and write the act'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;subscriber;add'= {
            cand --type 'legal (юрлицо), ip (ИП) or person (физлицо); asked by --interactive when not given'
            cand --category 'subscriber (default), operator, agent or dealer'
            cand --name 'Short name of a legal entity (shown in lists)'
            cand --full-name 'Full official name of a legal entity'
            cand --last-name 'Surname (ip, person)'
            cand --first-name 'Given name (ip, person)'
            cand --middle-name 'Patronymic (ip, person)'
            cand --inn 'INN: 10 digits for legal, 12 for ip and person; check digits verified'
            cand --kpp 'KPP, 9 characters (legal only; branches differ by KPP)'
            cand --ogrn 'OGRN, 13 digits (legal)'
            cand --ogrnip 'OGRNIP, 15 digits (ip)'
            cand --okpo 'OKPO, 8 digits (legal) or 10 (ip)'
            cand --okato 'OKATO, 2 to 11 digits'
            cand --oktmo 'OKTMO, 8 or 11 digits'
            cand --okved 'Main OKVED code, e.g. 61.10'
            cand --country 'Country of registration of a non-resident: ISO code (KZ), ОКСМ code (398) or name (Казахстан); the Russian requisite checks do not apply'
            cand --tax-id 'A non-resident''s foreign tax number, kept as written (with --country)'
            cand --director 'Director''s full name (legal)'
            cand --director-post 'Director''s post (legal)'
            cand --login 'Login; without it a new card is numbered from login.template'
            cand --address 'KIND=TEXT, KIND one of legal, actual, postal, registration; repeatable'
            cand --delivery 'How invoices are delivered: email, post, courier, edo, pickup (or почта, курьер, эдо, самовывоз)'
            cand --delivery-address 'Where post or courier invoices go'
            cand --edo-id 'EDO participant id (for --delivery edo)'
            cand --group 'Group name; repeatable; replaces the card''s groups'
            cand --manager 'Personal manager''s name (see `abonent manager add`)'
            cand --email 'E-mail(s), comma-separated or repeated; replaces the card''s e-mails'
            cand --phone 'Phone(s), comma-separated or repeated; stored as E.164'
            cand --bank-name 'Bank name'
            cand --bik 'Bank BIK, 9 digits'
            cand --account 'Settlement account, 20 digits (key checked with --bik)'
            cand --corr-account 'Correspondent account, 20 digits (key checked with --bik)'
            cand --doc-type 'passport, foreign-passport or other'
            cand --doc-series 'Passport series, 4 digits'
            cand --doc-number 'Passport number, 6 digits'
            cand --doc-issued-by 'Issuing authority'
            cand --doc-issued-on 'Issue date, YYYY-MM-DD or DD.MM.YYYY'
            cand --doc-division-code 'Division code, NNN-NNN'
            cand --birth-date 'Birth date, YYYY-MM-DD or DD.MM.YYYY'
            cand --birth-place 'Birth place'
            cand --consent-on 'The day the subscriber consented to the processing of personal data, YYYY-MM-DD or DD.MM.YYYY'
            cand --extra 'NAME=VALUE for an extra field (see `abonent extra-field list`); repeatable'
            cand --comment 'Free-text comment'
            cand --from-inn 'Fill the requisites from DaData by this INN; flags given win'
            cand --send-credentials 'Send the new card its login and password (email, sms) or print a memo (print) instead of printing the password'
            cand --to 'With --send-credentials: one of the card''s own e-mails or phones to send to'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --no-password 'No password (add), or remove the password (edit)'
            cand --no-cache 'With --from-inn or --bik: ask DaData even when the database holds a recent answer'
            cand --interactive 'Ask for the whole card at the terminal, section by section (flags given are kept)'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;edit'= {
            cand --type 'Change the card''s type'
            cand --category 'subscriber (default), operator, agent or dealer'
            cand --name 'Short name of a legal entity (shown in lists)'
            cand --full-name 'Full official name of a legal entity'
            cand --last-name 'Surname (ip, person)'
            cand --first-name 'Given name (ip, person)'
            cand --middle-name 'Patronymic (ip, person)'
            cand --inn 'INN: 10 digits for legal, 12 for ip and person; check digits verified'
            cand --kpp 'KPP, 9 characters (legal only; branches differ by KPP)'
            cand --ogrn 'OGRN, 13 digits (legal)'
            cand --ogrnip 'OGRNIP, 15 digits (ip)'
            cand --okpo 'OKPO, 8 digits (legal) or 10 (ip)'
            cand --okato 'OKATO, 2 to 11 digits'
            cand --oktmo 'OKTMO, 8 or 11 digits'
            cand --okved 'Main OKVED code, e.g. 61.10'
            cand --country 'Country of registration of a non-resident: ISO code (KZ), ОКСМ code (398) or name (Казахстан); the Russian requisite checks do not apply'
            cand --tax-id 'A non-resident''s foreign tax number, kept as written (with --country)'
            cand --director 'Director''s full name (legal)'
            cand --director-post 'Director''s post (legal)'
            cand --login 'Login; without it a new card is numbered from login.template'
            cand --address 'KIND=TEXT, KIND one of legal, actual, postal, registration; repeatable'
            cand --delivery 'How invoices are delivered: email, post, courier, edo, pickup (or почта, курьер, эдо, самовывоз)'
            cand --delivery-address 'Where post or courier invoices go'
            cand --edo-id 'EDO participant id (for --delivery edo)'
            cand --group 'Group name; repeatable; replaces the card''s groups'
            cand --manager 'Personal manager''s name (see `abonent manager add`)'
            cand --email 'E-mail(s), comma-separated or repeated; replaces the card''s e-mails'
            cand --phone 'Phone(s), comma-separated or repeated; stored as E.164'
            cand --bank-name 'Bank name'
            cand --bik 'Bank BIK, 9 digits'
            cand --account 'Settlement account, 20 digits (key checked with --bik)'
            cand --corr-account 'Correspondent account, 20 digits (key checked with --bik)'
            cand --doc-type 'passport, foreign-passport or other'
            cand --doc-series 'Passport series, 4 digits'
            cand --doc-number 'Passport number, 6 digits'
            cand --doc-issued-by 'Issuing authority'
            cand --doc-issued-on 'Issue date, YYYY-MM-DD or DD.MM.YYYY'
            cand --doc-division-code 'Division code, NNN-NNN'
            cand --birth-date 'Birth date, YYYY-MM-DD or DD.MM.YYYY'
            cand --birth-place 'Birth place'
            cand --consent-on 'The day the subscriber consented to the processing of personal data, YYYY-MM-DD or DD.MM.YYYY'
            cand --extra 'NAME=VALUE for an extra field (see `abonent extra-field list`); repeatable'
            cand --comment 'Free-text comment'
            cand --clear 'Empty a field (name from the field catalog, e.g. kpp, address.postal, email); repeatable'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --no-password 'No password (add), or remove the password (edit)'
            cand --from-inn 'Refresh the requisites from DaData by the card''s own INN and KPP; flags given win'
            cand --no-cache 'With --from-inn or --bik: ask DaData even when the database holds a recent answer'
            cand --interactive 'Ask for every field at the terminal, the current values offered (Enter keeps one, «-» clears it)'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;show'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;list'= {
            cand --type 'legal, ip or person'
            cand --category 'Only this category (subscriber, operator, agent, dealer)'
            cand --group 'Only members of this group'
            cand --manager 'Only cards of this personal manager'
            cand --search 'Case-insensitive text in name, full name, INN, login, e-mail or phone (ё = е)'
            cand --inn 'Only cards with this INN (branches included)'
            cand --extra 'Only cards whose extra field NAME has VALUE (compared normalised); repeatable'
            cand --limit 'At most N cards (0 = no limit)'
            cand --offset 'Skip the first N cards (for paging)'
            cand --sort 'Order by display name, creation or login'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --archived 'Only archived cards'
            cand --all 'Active and archived cards'
            cand --credentials-pending 'Only cards whose new password has not reached the subscriber (a failed or interrupted send)'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;archive'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;restore'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;reset-password'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --password-stdin 'Read the new password from the first line of stdin instead of generating one'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;verify-password'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;export'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --excel 'CSV for Excel: start with a UTF-8 byte order mark so Cyrillic opens correctly'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;send-credentials'= {
            cand --via 'How: email, sms, or print (a memo on stdout or in --output)'
            cand --to 'One of the card''s own e-mails or phones (default: the first e-mail, or the first mobile for sms)'
            cand --output 'With --via print: write the memo to this new file (mode 0600) instead of stdout'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --pending 'Every card whose credentials are pending delivery (a failed or interrupted send), each by its own channel unless --via'
            cand --force 'Make the new password without asking (needed when not at a terminal; --yes is not enough)'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;check-status'= {
            cand --older-than 'Only cards last checked more than DAYS days ago (and those never checked)'
            cand --limit 'Check at most N cards this run (0: all)'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --archive-liquidated 'Archive the cards DaData gives as LIQUIDATED (a history entry names its date)'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;duplicates'= {
            cand --by 'Compare by these, separated by commas: inn, passport, phone, email, name'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;merge'= {
            cand --prefer 'Whose value wins where both cards have one'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --force 'Merge without asking (needed when not at a terminal; --yes is not enough)'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;forget'= {
            cand --why 'Why sooner: the reason the act names (a withdrawn consent, a request)'
            cand --signer '«ФИО, должность» of one who destroys the data, for the act (repeatable)'
            cand --act 'Also write the act to this new file (mode 0600); a name ending in .pdf gets a PDF'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --due 'Every archived card past privacy.retention_days: listed, or with --force destroyed'
            cand --dry-run 'Say what would be destroyed, destroy nothing'
            cand --early 'Sooner than privacy.retention_days (needs --why)'
            cand --include-legal-contacts 'A legal card: erase its employees'' personal data (the card itself stays)'
            cand --force 'Destroy without asking (needed when not at a terminal; --yes is not enough)'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;subscriber;help'= {
            cand add 'Add a card; prints it with the generated login and password'
            cand edit 'Change fields of a card; --clear FIELD empties one'
            cand show 'Show one card'
            cand list 'List cards (active ones unless --archived or --all; 100 unless --limit)'
            cand archive 'Archive a card (it keeps its login and history)'
            cand restore 'Bring an archived card back'
            cand reset-password 'Set a new password: generated and printed once, or read with --password-stdin'
            cand verify-password 'Check a password read from stdin: exit 0 when it matches, 3 when not'
            cand export 'Every card, every field: a backup (JSON lines unless --format)'
            cand send-credentials 'Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)'
            cand check-status 'Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)'
            cand duplicates 'Groups of active cards that are probably one subscriber twice, with the reasons'
            cand merge 'Join two cards of one subscriber: OTHER''s data onto KEEP, OTHER archived (asks first; --force in scripts)'
            cand forget 'Destroy an archived person''s or sole trader''s personal data (152-ФЗ) and write the act'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;subscriber;help;add'= {
        }
        &'abonent;subscriber;help;edit'= {
        }
        &'abonent;subscriber;help;show'= {
        }
        &'abonent;subscriber;help;list'= {
        }
        &'abonent;subscriber;help;archive'= {
        }
        &'abonent;subscriber;help;restore'= {
        }
        &'abonent;subscriber;help;reset-password'= {
        }
        &'abonent;subscriber;help;verify-password'= {
        }
        &'abonent;subscriber;help;export'= {
        }
        &'abonent;subscriber;help;send-credentials'= {
        }
        &'abonent;subscriber;help;check-status'= {
        }
        &'abonent;subscriber;help;duplicates'= {
        }
        &'abonent;subscriber;help;merge'= {
        }
        &'abonent;subscriber;help;forget'= {
        }
        &'abonent;subscriber;help;help'= {
        }
        &'abonent;import-1c'= {
            cand --kind 'The file''s format (auto: sniffed from its first bytes)'
            cand --encoding 'The file''s encoding (auto: BOM, XML declaration, valid UTF-8, else windows-1251)'
            cand --delimiter 'CSV separator (auto: ; or , from the heading line)'
            cand --map 'Read column HEADER into FIELD (a field name, e.g. comment or address.postal); repeatable'
            cand --rejects 'Write rejected rows here (CSV: line, key, field, reason, then the row''s cells; mode 0600)'
            cand --send-credentials 'Send each new card its login and password (email or sms) once the import is committed; their credentials stay pending until sent'
            cand --max-sends 'With --send-credentials: refuse (nothing imported) a run that would send more letters than this'
            cand --credentials 'Generate passwords for new cards and write them here (CSV: login, password, uid, display name; mode 0600; never overwritten)'
            cand --type-default 'Type of rows whose type nothing in the file tells'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --dry-run 'Do everything, report it, write nothing'
            cand --atomic 'Commit nothing if any row is rejected'
            cand --archive-missing 'Archive cards imported from 1C earlier that this file (a full snapshot) lacks'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;lookup-inn'= {
            cand --kpp 'Only the record with this KPP (the head office or one branch)'
            cand --branch 'Only the head office (main) or only the branches (branch)'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --no-cache 'Ask DaData even when the database holds a recent answer, and store the new one'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;lookup-bik'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --no-cache 'Ask DaData even when the database holds a recent answer, and store the new one'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;validate'= {
            cand --bik 'The bank''s BIK, needed for account and corr-account'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;group'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Create a group'
            cand list 'List groups with their member counts'
            cand remove 'Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;group;add'= {
            cand --description 'What the group is for'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;group;list'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;group;remove'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --force 'Remove it even with members, dropping their memberships'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;group;help'= {
            cand add 'Create a group'
            cand list 'List groups with their member counts'
            cand remove 'Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;group;help;add'= {
        }
        &'abonent;group;help;list'= {
        }
        &'abonent;group;help;remove'= {
        }
        &'abonent;group;help;help'= {
        }
        &'abonent;manager'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a personal manager'
            cand list 'List managers with the number of subscribers each manages'
            cand remove 'Remove a manager who manages nobody'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;manager;add'= {
            cand --email 'Where contract-end notices go'
            cand --phone 'Phone, stored as E.164'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;manager;list'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;manager;remove'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;manager;help'= {
            cand add 'Add a personal manager'
            cand list 'List managers with the number of subscribers each manages'
            cand remove 'Remove a manager who manages nobody'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;manager;help;add'= {
        }
        &'abonent;manager;help;list'= {
        }
        &'abonent;manager;help;remove'= {
        }
        &'abonent;manager;help;help'= {
        }
        &'abonent;extra-field'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand define 'Define an extra field (again: change it; stored values must pass the new definition)'
            cand list 'List the extra fields with their types and rules'
            cand remove 'Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)'
            cand set 'Set one extra field of a card (checked by its type)'
            cand unset 'Clear one extra field of a card'
            cand get 'Show a card''s extra fields, or one of them (table: the bare value)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;extra-field;define'= {
            cand --type 'The value type'
            cand --label 'Human-readable label'
            cand --values 'The allowed values of an enum, comma-separated'
            cand --for 'Card types it applies to, comma-separated (default: all)'
            cand --pattern 'Regular expression the (normalised) value must match'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --required 'Cards of the types it applies to cannot be saved without it'
            cand --personal 'Personal data (152-ФЗ): `subscriber forget` erases its values'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;extra-field;list'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;extra-field;remove'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --force 'Remove it even with values on cards, deleting them'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;extra-field;set'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;extra-field;unset'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;extra-field;get'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;extra-field;help'= {
            cand define 'Define an extra field (again: change it; stored values must pass the new definition)'
            cand list 'List the extra fields with their types and rules'
            cand remove 'Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)'
            cand set 'Set one extra field of a card (checked by its type)'
            cand unset 'Clear one extra field of a card'
            cand get 'Show a card''s extra fields, or one of them (table: the bare value)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;extra-field;help;define'= {
        }
        &'abonent;extra-field;help;list'= {
        }
        &'abonent;extra-field;help;remove'= {
        }
        &'abonent;extra-field;help;set'= {
        }
        &'abonent;extra-field;help;unset'= {
        }
        &'abonent;extra-field;help;get'= {
        }
        &'abonent;extra-field;help;help'= {
        }
        &'abonent;employee'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an employee to a legal or ip card; prints it with its id'
            cand list 'List a card''s employees'
            cand remove 'Remove an employee by id (from `employee list`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;employee;add'= {
            cand --last-name 'Surname'
            cand --first-name 'Given name'
            cand --middle-name 'Patronymic'
            cand --position 'Position, e.g. «главный бухгалтер»'
            cand --email 'E-mail, checked as on the card'
            cand --phone 'Phone, stored as E.164'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;employee;list'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;employee;remove'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;employee;help'= {
            cand add 'Add an employee to a legal or ip card; prints it with its id'
            cand list 'List a card''s employees'
            cand remove 'Remove an employee by id (from `employee list`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;employee;help;add'= {
        }
        &'abonent;employee;help;list'= {
        }
        &'abonent;employee;help;remove'= {
        }
        &'abonent;employee;help;help'= {
        }
        &'abonent;contract'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a contract to a card; the number comes from contract.template unless --number'
            cand list 'List contracts (all, one card''s, or the open ones ending soon)'
            cand edit 'Change a contract''s dates; a new --valid-to re-arms its end notice'
            cand close 'Close a contract (today unless --on)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;contract;add'= {
            cand --number 'The number; must be unique (exit 5 when taken). Default: from contract.template'
            cand --signed-on 'Signing date, YYYY-MM-DD or DD.MM.YYYY (default: today)'
            cand --valid-to 'Last day of the contract, YYYY-MM-DD or DD.MM.YYYY'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;contract;list'= {
            cand --subscriber 'Only this card''s contracts (id, login, uid or inn:NNNN[/KPP])'
            cand --ending-within 'Only open contracts whose valid_to is from today to today + DAYS'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;contract;edit'= {
            cand --signed-on 'New signing date, YYYY-MM-DD or DD.MM.YYYY'
            cand --valid-to 'New last day, YYYY-MM-DD or DD.MM.YYYY'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;contract;close'= {
            cand --on 'Closing date, YYYY-MM-DD or DD.MM.YYYY (default: today)'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;contract;help'= {
            cand add 'Add a contract to a card; the number comes from contract.template unless --number'
            cand list 'List contracts (all, one card''s, or the open ones ending soon)'
            cand edit 'Change a contract''s dates; a new --valid-to re-arms its end notice'
            cand close 'Close a contract (today unless --on)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;contract;help;add'= {
        }
        &'abonent;contract;help;list'= {
        }
        &'abonent;contract;help;edit'= {
        }
        &'abonent;contract;help;close'= {
        }
        &'abonent;contract;help;help'= {
        }
        &'abonent;notify'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand contracts-ending 'Open contracts ending within N days, with the subscriber''s personal manager'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;notify;contracts-ending'= {
            cand --days 'The window in days (default: setting notify.days)'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --mark-sent 'List each contract once per valid_to, and remember it was sent'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;notify;help'= {
            cand contracts-ending 'Open contracts ending within N days, with the subscriber''s personal manager'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;notify;help;contracts-ending'= {
        }
        &'abonent;notify;help;help'= {
        }
        &'abonent;settings'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Every key with its value, default and description'
            cand get 'One key''s value'
            cand set 'Set a key (checked before it is stored)'
            cand unset 'Return a key to its default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;settings;list'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;settings;get'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;settings;set'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;settings;unset'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;settings;help'= {
            cand list 'Every key with its value, default and description'
            cand get 'One key''s value'
            cand set 'Set a key (checked before it is stored)'
            cand unset 'Return a key to its default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;settings;help;list'= {
        }
        &'abonent;settings;help;get'= {
        }
        &'abonent;settings;help;set'= {
        }
        &'abonent;settings;help;unset'= {
        }
        &'abonent;settings;help;help'= {
        }
        &'abonent;history'= {
            cand --limit 'Newest N entries (0 = all); with --since, the first N after ID [default: 50; with --since, all]'
            cand --since 'The change feed: every entry after entry ID, oldest first (a sync job passes the last id it saw; ids increase in commit order and are never reused)'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;db'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand check 'Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)'
            cand copy 'Copy a whole registry into an empty database: SQLite to PostgreSQL or back'
            cand grant-portal 'Let a PostgreSQL role read the portal''s view of logins and nothing else'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;db;check'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;db;copy'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;db;grant-portal'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;db;help'= {
            cand check 'Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)'
            cand copy 'Copy a whole registry into an empty database: SQLite to PostgreSQL or back'
            cand grant-portal 'Let a PostgreSQL role read the portal''s view of logins and nothing else'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;db;help;check'= {
        }
        &'abonent;db;help;copy'= {
        }
        &'abonent;db;help;grant-portal'= {
        }
        &'abonent;db;help;help'= {
        }
        &'abonent;letter'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand preview 'Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;letter;preview'= {
            cand --via 'Which text: email (subject and body), sms, or print (the memo)'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;letter;help'= {
            cand preview 'Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;letter;help;preview'= {
        }
        &'abonent;letter;help;help'= {
        }
        &'abonent;privacy'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand log 'The read log (setting privacy.log_reads): who read which person''s or sole trader''s full card, and when'
            cand acts 'The acts of destruction of personal data, newest first; with ID, that act''s text'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;privacy;log'= {
            cand --since 'From this day on, YYYY-MM-DD or DD.MM.YYYY'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;privacy;acts'= {
            cand --output 'Write act ID to this new file (mode 0600) instead of stdout; a name ending in .pdf gets a PDF'
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;privacy;help'= {
            cand log 'The read log (setting privacy.log_reads): who read which person''s or sole trader''s full card, and when'
            cand acts 'The acts of destruction of personal data, newest first; with ID, that act''s text'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;privacy;help;log'= {
        }
        &'abonent;privacy;help;acts'= {
        }
        &'abonent;privacy;help;help'= {
        }
        &'abonent;config'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;completions'= {
            cand --db 'The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]'
            cand --lang 'Language of the messages: ru or en [env: ABONENT_LANG]'
            cand --format 'Output format: table, json, jsonl, csv [default: table]'
            cand --actor 'Who is recorded in the history (default: $USER, $LOGNAME, else the uid''s login name)'
            cand --color 'Colour on stderr: auto (terminal, NO_COLOR unset), always, never'
            cand --json 'Short for --format json'
            cand --raw 'CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)'
            cand -q 'No notes or progress on stderr (warnings and errors still show)'
            cand --quiet 'No notes or progress on stderr (warnings and errors still show)'
            cand -v 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand --verbose 'Notes on stderr also into a pipe and with --json, jsonl or csv'
            cand -y 'Never prompt: fail where a prompt would be needed'
            cand --yes 'Never prompt: fail where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'abonent;help'= {
            cand init 'Create or migrate the database and print its path'
            cand subscriber 'Add, edit, show, list, archive subscriber cards'
            cand import-1c 'Import the counterparty base exported from 1C (CSV list, CommerceML, EnterpriseData)'
            cand lookup-inn 'Requisites of a company or sole trader by INN, from DaData'
            cand lookup-bik 'A bank''s name, correspondent account, SWIFT and city by BIK, from DaData'
            cand validate 'Check requisites (INN, OGRN, KPP, BIK, accounts, SNILS, …) without saving anything'
            cand group 'Groups subscribers belong to'
            cand manager 'Personal managers of subscribers'
            cand extra-field 'The operator''s own card fields: define, list, remove; set, unset, get on a card'
            cand employee 'Employees of legal and ip subscribers'
            cand contract 'Subscribers'' contracts: add, list, edit, close'
            cand notify 'Notices for personal managers (contracts ending soon)'
            cand settings 'The operator''s rules: required fields, login template, passwords, …'
            cand history 'Who changed what and when'
            cand db 'The database itself: check that its tables agree'
            cand letter 'The credentials letter, SMS and memo: preview them for a card'
            cand privacy 'Personal data: the acts of destruction (`subscriber forget` destroys)'
            cand config 'The host''s configuration: database, language, secrets, and where each came from'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abonent;help;init'= {
        }
        &'abonent;help;subscriber'= {
            cand add 'Add a card; prints it with the generated login and password'
            cand edit 'Change fields of a card; --clear FIELD empties one'
            cand show 'Show one card'
            cand list 'List cards (active ones unless --archived or --all; 100 unless --limit)'
            cand archive 'Archive a card (it keeps its login and history)'
            cand restore 'Bring an archived card back'
            cand reset-password 'Set a new password: generated and printed once, or read with --password-stdin'
            cand verify-password 'Check a password read from stdin: exit 0 when it matches, 3 when not'
            cand export 'Every card, every field: a backup (JSON lines unless --format)'
            cand send-credentials 'Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)'
            cand check-status 'Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)'
            cand duplicates 'Groups of active cards that are probably one subscriber twice, with the reasons'
            cand merge 'Join two cards of one subscriber: OTHER''s data onto KEEP, OTHER archived (asks first; --force in scripts)'
            cand forget 'Destroy an archived person''s or sole trader''s personal data (152-ФЗ) and write the act'
        }
        &'abonent;help;subscriber;add'= {
        }
        &'abonent;help;subscriber;edit'= {
        }
        &'abonent;help;subscriber;show'= {
        }
        &'abonent;help;subscriber;list'= {
        }
        &'abonent;help;subscriber;archive'= {
        }
        &'abonent;help;subscriber;restore'= {
        }
        &'abonent;help;subscriber;reset-password'= {
        }
        &'abonent;help;subscriber;verify-password'= {
        }
        &'abonent;help;subscriber;export'= {
        }
        &'abonent;help;subscriber;send-credentials'= {
        }
        &'abonent;help;subscriber;check-status'= {
        }
        &'abonent;help;subscriber;duplicates'= {
        }
        &'abonent;help;subscriber;merge'= {
        }
        &'abonent;help;subscriber;forget'= {
        }
        &'abonent;help;import-1c'= {
        }
        &'abonent;help;lookup-inn'= {
        }
        &'abonent;help;lookup-bik'= {
        }
        &'abonent;help;validate'= {
        }
        &'abonent;help;group'= {
            cand add 'Create a group'
            cand list 'List groups with their member counts'
            cand remove 'Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)'
        }
        &'abonent;help;group;add'= {
        }
        &'abonent;help;group;list'= {
        }
        &'abonent;help;group;remove'= {
        }
        &'abonent;help;manager'= {
            cand add 'Add a personal manager'
            cand list 'List managers with the number of subscribers each manages'
            cand remove 'Remove a manager who manages nobody'
        }
        &'abonent;help;manager;add'= {
        }
        &'abonent;help;manager;list'= {
        }
        &'abonent;help;manager;remove'= {
        }
        &'abonent;help;extra-field'= {
            cand define 'Define an extra field (again: change it; stored values must pass the new definition)'
            cand list 'List the extra fields with their types and rules'
            cand remove 'Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)'
            cand set 'Set one extra field of a card (checked by its type)'
            cand unset 'Clear one extra field of a card'
            cand get 'Show a card''s extra fields, or one of them (table: the bare value)'
        }
        &'abonent;help;extra-field;define'= {
        }
        &'abonent;help;extra-field;list'= {
        }
        &'abonent;help;extra-field;remove'= {
        }
        &'abonent;help;extra-field;set'= {
        }
        &'abonent;help;extra-field;unset'= {
        }
        &'abonent;help;extra-field;get'= {
        }
        &'abonent;help;employee'= {
            cand add 'Add an employee to a legal or ip card; prints it with its id'
            cand list 'List a card''s employees'
            cand remove 'Remove an employee by id (from `employee list`)'
        }
        &'abonent;help;employee;add'= {
        }
        &'abonent;help;employee;list'= {
        }
        &'abonent;help;employee;remove'= {
        }
        &'abonent;help;contract'= {
            cand add 'Add a contract to a card; the number comes from contract.template unless --number'
            cand list 'List contracts (all, one card''s, or the open ones ending soon)'
            cand edit 'Change a contract''s dates; a new --valid-to re-arms its end notice'
            cand close 'Close a contract (today unless --on)'
        }
        &'abonent;help;contract;add'= {
        }
        &'abonent;help;contract;list'= {
        }
        &'abonent;help;contract;edit'= {
        }
        &'abonent;help;contract;close'= {
        }
        &'abonent;help;notify'= {
            cand contracts-ending 'Open contracts ending within N days, with the subscriber''s personal manager'
        }
        &'abonent;help;notify;contracts-ending'= {
        }
        &'abonent;help;settings'= {
            cand list 'Every key with its value, default and description'
            cand get 'One key''s value'
            cand set 'Set a key (checked before it is stored)'
            cand unset 'Return a key to its default'
        }
        &'abonent;help;settings;list'= {
        }
        &'abonent;help;settings;get'= {
        }
        &'abonent;help;settings;set'= {
        }
        &'abonent;help;settings;unset'= {
        }
        &'abonent;help;history'= {
        }
        &'abonent;help;db'= {
            cand check 'Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)'
            cand copy 'Copy a whole registry into an empty database: SQLite to PostgreSQL or back'
            cand grant-portal 'Let a PostgreSQL role read the portal''s view of logins and nothing else'
        }
        &'abonent;help;db;check'= {
        }
        &'abonent;help;db;copy'= {
        }
        &'abonent;help;db;grant-portal'= {
        }
        &'abonent;help;letter'= {
            cand preview 'Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template'
        }
        &'abonent;help;letter;preview'= {
        }
        &'abonent;help;privacy'= {
            cand log 'The read log (setting privacy.log_reads): who read which person''s or sole trader''s full card, and when'
            cand acts 'The acts of destruction of personal data, newest first; with ID, that act''s text'
        }
        &'abonent;help;privacy;log'= {
        }
        &'abonent;help;privacy;acts'= {
        }
        &'abonent;help;config'= {
        }
        &'abonent;help;completions'= {
        }
        &'abonent;help;help'= {
        }
    ]
    $completions[$command]
}
