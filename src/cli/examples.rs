//! The examples of every command, in one table: `--help` shows them below
//! the options and each man page has them as its EXAMPLES section. They
//! are commands, the same in both languages. A line ending in ` \` goes
//! on to the next (indented) line, so no example is longer than 76
//! characters and none is wrapped inside a command or a quote on an
//! 80-column terminal. The tests parse every example with the command
//! tree itself, so one that names a removed flag fails.

/// (command path as in the man page names, its examples)
const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "abonent",
        &[
            "abonent subscriber add --type person --last-name Иванов \\\n    --first-name Иван",
            "abonent subscriber list --search иванов",
            "abonent --lang ru import-1c counterparties.csv --rejects rejects.csv",
        ],
    ),
    (
        "abonent-subscriber",
        &[
            "abonent subscriber add --type legal --from-inn 7707083893 \\\n    --kpp 773601001",
            "abonent subscriber show u000001 --json",
        ],
    ),
    (
        "abonent-subscriber-add",
        &[
            "abonent subscriber add --type legal --name 'ПАО Сбербанк' \\\n    --inn 7707083893 --kpp 773601001 --email info@example.ru",
            "abonent subscriber add --type юрлицо --from-inn 7707083893 \\\n    --kpp 773601001 --bik 044525225",
            "printf %s \"$PW\" | abonent subscriber add --type person \\\n    --last-name Иванов --first-name Иван --password-stdin",
            "abonent subscriber add --interactive",
        ],
    ),
    (
        "abonent-subscriber-edit",
        &[
            "abonent subscriber edit u000001 --kpp 773601002 --clear address.postal",
            "abonent subscriber edit inn:7707083893/773601001 --from-inn",
            "abonent subscriber edit u000001 --interactive",
        ],
    ),
    (
        "abonent-subscriber-show",
        &[
            "abonent subscriber show u000001",
            "abonent subscriber show inn:7707083893/773601001 --json",
        ],
    ),
    (
        "abonent-subscriber-list",
        &[
            "abonent subscriber list --search иванов",
            "abonent subscriber list --type legal --format csv > legal.csv",
            "abonent subscriber list --credentials-pending --json",
        ],
    ),
    (
        "abonent-subscriber-export",
        &[
            "abonent subscriber export > subscribers.csv",
            "abonent subscriber export --excel > subscribers.csv",
        ],
    ),
    (
        "abonent-subscriber-archive",
        &["abonent subscriber archive u000001"],
    ),
    (
        "abonent-subscriber-restore",
        &["abonent subscriber restore u000001"],
    ),
    (
        "abonent-subscriber-reset-password",
        &[
            "abonent subscriber reset-password u000001",
            "printf %s \"$PW\" | abonent subscriber reset-password u000001 \\\n    --password-stdin",
        ],
    ),
    (
        "abonent-subscriber-verify-password",
        &["printf %s \"$PW\" | abonent subscriber verify-password u000001"],
    ),
    (
        "abonent-subscriber-send-credentials",
        &[
            "abonent subscriber send-credentials u000001 --via email",
            "abonent subscriber send-credentials --pending -q",
            "abonent subscriber send-credentials u000001 --via print --output memo.txt",
        ],
    ),
    (
        "abonent-subscriber-check-status",
        &[
            "abonent subscriber check-status --older-than 30 --limit 500",
            "abonent subscriber check-status --archive-liquidated --format table",
        ],
    ),
    (
        "abonent-subscriber-duplicates",
        &[
            "abonent subscriber duplicates",
            "abonent subscriber duplicates --by inn,passport --json",
        ],
    ),
    (
        "abonent-subscriber-merge",
        &[
            "abonent subscriber merge u000001 u000002",
            "abonent subscriber merge inn:7718445200/771801001 42 --prefer other --force",
        ],
    ),
    (
        "abonent-subscriber-forget",
        &[
            "abonent subscriber forget u000042 --dry-run",
            "abonent subscriber forget 42 --early --why \"отзыв согласия\" --act act.txt",
            "abonent subscriber forget --due",
        ],
    ),
    (
        "abonent-privacy",
        &["abonent privacy acts"],
    ),
    (
        "abonent-privacy-log",
        &["abonent privacy log u000042", "abonent privacy log --since 01.12.2026 --json"],
    ),
    (
        "abonent-privacy-acts",
        &["abonent privacy acts", "abonent privacy acts 1 > act-1.txt"],
    ),
    (
        "abonent-letter",
        &["abonent letter preview u000001"],
    ),
    (
        "abonent-letter-preview",
        &[
            "abonent letter preview u000001",
            "abonent letter preview u000001 --via sms",
        ],
    ),
    (
        "abonent-import-1c",
        &[
            "abonent import-1c counterparties.csv --rejects rejects.csv",
            "abonent import-1c contragents.xml --dry-run --json",
            "abonent import-1c base.csv --credentials new-logins.csv \\\n    --archive-missing -q",
            "abonent import-1c base.csv --map 'Наименование=name' --type-default legal",
        ],
    ),
    (
        "abonent-lookup-inn",
        &[
            "abonent lookup-inn 7707083893",
            "abonent lookup-inn 7707083893 --kpp 773601001 --json",
            "abonent lookup-inn 7707083893 --branch main",
        ],
    ),
    (
        "abonent-lookup-bik",
        &[
            "abonent lookup-bik 044525225",
            "abonent lookup-bik 044525225 --json --no-cache",
        ],
    ),
    (
        "abonent-validate",
        &[
            "abonent validate inn 7707083893 7707083894",
            "abonent validate account 40702810900000002851 --bik 044030827",
            "cut -d';' -f3 export.csv | abonent validate inn --format jsonl",
        ],
    ),
    (
        "abonent-settings",
        &[
            "abonent settings list",
            "abonent settings set required.legal name,inn,kpp,email",
        ],
    ),
    ("abonent-settings-list", &["abonent settings list --json"]),
    (
        "abonent-settings-get",
        &["abonent settings get login.template"],
    ),
    (
        "abonent-settings-set",
        &[
            "abonent settings set login.template '{type}{seq:5}'",
            "abonent settings set dadata.enabled true",
        ],
    ),
    (
        "abonent-settings-unset",
        &["abonent settings unset login.template"],
    ),
    (
        "abonent-extra-field",
        &[
            "abonent extra-field define speed --type integer --label 'Скорость, Мбит/с'",
            "abonent extra-field set u000001 speed 100",
        ],
    ),
    (
        "abonent-extra-field-define",
        &[
            "abonent extra-field define tariff_zone --type enum --values a,b \\\n    --label 'Тарифная зона'",
            "abonent extra-field define contract_ref --type string --required \\\n    --for legal --pattern '^Д-[0-9]+$'",
        ],
    ),
    ("abonent-extra-field-list", &["abonent extra-field list --json"]),
    (
        "abonent-extra-field-remove",
        &["abonent extra-field remove tariff_zone --force"],
    ),
    (
        "abonent-extra-field-set",
        &["abonent extra-field set u000001 tariff_zone a"],
    ),
    (
        "abonent-extra-field-get",
        &[
            "abonent extra-field get u000001",
            "abonent extra-field get u000001 tariff_zone",
        ],
    ),
    (
        "abonent-extra-field-unset",
        &["abonent extra-field unset u000001 tariff_zone"],
    ),
    (
        "abonent-group",
        &[
            "abonent group add vip --description 'Особые условия'",
            "abonent group list",
        ],
    ),
    (
        "abonent-group-add",
        &["abonent group add vip --description 'Особые условия'"],
    ),
    ("abonent-group-list", &["abonent group list --json"]),
    ("abonent-group-remove", &["abonent group remove vip"]),
    (
        "abonent-manager",
        &[
            "abonent manager add 'Петрова А.' --email petrova@example.ru",
            "abonent manager list",
        ],
    ),
    (
        "abonent-manager-add",
        &["abonent manager add 'Петрова А.' --email petrova@example.ru \\\n    --phone '+7 912 345-67-89'"],
    ),
    ("abonent-manager-list", &["abonent manager list --json"]),
    (
        "abonent-manager-remove",
        &["abonent manager remove 'Петрова А.'"],
    ),
    (
        "abonent-employee",
        &[
            "abonent employee add u000001 --last-name Петров --first-name Пётр",
            "abonent employee list u000001",
        ],
    ),
    (
        "abonent-employee-add",
        &["abonent employee add inn:7707083893 --last-name Петров \\\n    --first-name Пётр --position 'главный бухгалтер' \\\n    --email buh@example.ru --phone '8 912 345-67-89'"],
    ),
    ("abonent-employee-list", &["abonent employee list u000001 --json"]),
    ("abonent-employee-remove", &["abonent employee remove 3"]),
    (
        "abonent-contract",
        &[
            "abonent contract add u000001 --valid-to 31.12.2026",
            "abonent contract list --ending-within 30",
        ],
    ),
    (
        "abonent-contract-add",
        &[
            "abonent contract add u000001 --valid-to 31.12.2026",
            "abonent contract add inn:7707083893 --number Д-17/2026 \\\n    --signed-on 2026-01-15 --valid-to 2027-01-14",
        ],
    ),
    (
        "abonent-contract-list",
        &[
            "abonent contract list --subscriber u000001",
            "abonent contract list --ending-within 30 --json",
        ],
    ),
    (
        "abonent-contract-edit",
        &["abonent contract edit Д-17/2026 --valid-to 2028-01-14"],
    ),
    (
        "abonent-contract-close",
        &["abonent contract close Д-17/2026 --on 2026-06-30"],
    ),
    (
        "abonent-notify",
        &["abonent notify contracts-ending --days 30"],
    ),
    (
        "abonent-notify-contracts-ending",
        &[
            "abonent notify contracts-ending --days 30",
            "0 7 * * * abonent notify contracts-ending --mark-sent --format jsonl \\\n    | /usr/local/bin/notify-managers",
        ],
    ),
    (
        "abonent-history",
        &[
            "abonent history u000001",
            "abonent history --limit 20 --json",
            "abonent history --since 1200 --format jsonl",
        ],
    ),
    ("abonent-db", &["abonent db check"]),
    ("abonent-db-check", &["abonent db check", "abonent db check --json"]),
    (
        "abonent-db-copy",
        &[
            "abonent db copy /var/lib/abonent/abonent.db postgres://abonent@db1/abonent",
            "abonent db copy postgres://abonent@db1/abonent /var/backups/abonent.db",
        ],
    ),
    (
        "abonent-db-grant-portal",
        &["abonent --db postgres://abonent@db1/abonent db grant-portal portal"],
    ),
    ("abonent-init", &["abonent --db /var/lib/abonent/abonent.db init"]),
    (
        "abonent-config",
        &[
            "abonent config",
            "abonent config --json",
            "ABONENT_SYSTEM_CONFIG=./test.toml abonent config",
        ],
    ),
    (
        "abonent-completions",
        &[
            "abonent completions bash > /etc/bash_completion.d/abonent",
            "abonent completions zsh > ~/.zfunc/_abonent",
        ],
    ),
];

/// The examples of the command named `path` (`abonent-subscriber-add`).
pub fn of(path: &str) -> &'static [&'static str] {
    EXAMPLES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, e)| *e)
        .unwrap_or(&[])
}

/// Every command path the table has examples for.
#[cfg(test)]
pub fn paths() -> impl Iterator<Item = &'static str> {
    EXAMPLES.iter().map(|(p, _)| *p)
}
