//! Completions and man pages, both generated from the clap definition so
//! they cannot drift from `--help`. The committed copies in `completions/`
//! and `man/` are checked by a test.

use super::{files, Cli, Outcome};
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Directory to write abonent.1, abonent-subscriber-add.1, … into
    pub dir: PathBuf,
}

pub fn completions(args: CompletionsArgs) -> Outcome {
    let mut out = std::io::stdout().lock();
    out.write_all(&completion_script(args.shell))?;
    Ok(0)
}

pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "abonent", &mut buf);
    buf
}

/// The file name each shell expects.
pub fn completion_file(shell: Shell) -> String {
    match shell {
        Shell::Bash => "abonent.bash".into(),
        Shell::Zsh => "_abonent".into(),
        Shell::Fish => "abonent.fish".into(),
        Shell::PowerShell => "_abonent.ps1".into(),
        Shell::Elvish => "abonent.elv".into(),
        other => format!("abonent.{other}"),
    }
}

pub fn man(args: ManArgs) -> Outcome {
    write_man_pages(&args.dir)?;
    Ok(0)
}

const EXIT_STATUS: &str = "\
.SH \"EXIT STATUS\"
.TP
0
success
.TP
1
internal or I/O failure
.TP
2
usage error
.TP
3
invalid data: a rule, a checksum or a required field failed; nothing was written
.TP
4
not found
.TP
5
conflict: duplicate login, INN+KPP already registered, ambiguous reference
.TP
6
lookup service failed or is switched off
.TP
7
database busy or locked past the timeout
";

const ENVIRONMENT: &str = "\
.SH ENVIRONMENT
.TP
ABONENT_DB
the database file or a postgres:// URL (as \\-\\-db; over the config files)
.TP
ABONENT_LANG
ru or en (as \\-\\-lang; over the config files and the locale)
.TP
ABONENT_FORMAT
table, json, jsonl or csv (as \\-\\-format)
.TP
ABONENT_ACTOR
who is recorded in the history (as \\-\\-actor; default $USER)
.TP
ABONENT_DADATA_TOKEN
the DaData API key for lookup\\-inn, lookup\\-bik, \\-\\-from\\-inn and \\-\\-bik (over the config files and setting dadata.token); never printed
.TP
ABONENT_SMTP_PASSWORD
the password for setting smtp.user (over the config files); never printed
.TP
ABONENT_SYSTEM_CONFIG
another path for the system config file /etc/abonent/abonent.toml (for tests and packagers)
.TP
XDG_CONFIG_HOME
the user's config file is $XDG_CONFIG_HOME/abonent/abonent.toml (an absolute path), else ~/.config/abonent/abonent.toml
.TP
XDG_DATA_HOME
the default database lives in $XDG_DATA_HOME/abonent/abonent.db (an absolute path; a relative one is ignored)
.TP
HOME
without XDG_DATA_HOME the default database is ~/.local/share/abonent/abonent.db; with no absolute HOME either, \\-\\-db or ABONENT_DB is required (exit 3)
.TP
NO_COLOR
when set, no colour
.SH FILES
.TP
/etc/abonent/abonent.toml
the host's configuration: db, lang, and [secrets] dadata_token_env, dadata_token_file, smtp_password_env, smtp_password_file; see abonent\\-config(1)
.TP
~/.config/abonent/abonent.toml
the user's, over the system's; the environment and the flags are over both
";

fn examples(name: &str) -> &'static str {
    match name {
        "abonent-subscriber-add" => "abonent subscriber add \\-\\-type legal \\-\\-name 'ПАО Сбербанк' \\-\\-inn 7707083893 \\-\\-kpp 773601001\n.br\nabonent subscriber add \\-\\-type legal \\-\\-from\\-inn 7707083893 \\-\\-kpp 773601001 \\-\\-bik 044525225 \\-\\-email info@example.ru\n.br\nprintf %s \"$PW\" | abonent subscriber add \\-\\-type person \\-\\-last\\-name Иванов \\-\\-first\\-name Иван \\-\\-password\\-stdin",
        "abonent-lookup-inn" => "abonent settings set dadata.enabled true\n.br\nexport ABONENT_DADATA_TOKEN=KEY\n.br\nabonent lookup\\-inn 7707083893 \\-\\-branch main\n.br\nabonent lookup\\-inn 7707083893 \\-\\-kpp 773601001 \\-\\-json",
        "abonent-config" => "abonent config\n.br\nabonent config \\-\\-json\n.br\nABONENT_SYSTEM_CONFIG=./test.toml abonent config",
        "abonent-lookup-bik" => "abonent lookup\\-bik 044525225\n.br\nabonent lookup\\-bik 044525225 \\-\\-json \\-\\-no\\-cache",
        "abonent-subscriber-list" => "abonent subscriber list \\-\\-search иванов\n.br\nabonent subscriber list \\-\\-type legal \\-\\-format csv > legal.csv",
        "abonent-subscriber-edit" => "abonent subscriber edit u000001 \\-\\-kpp 773601002 \\-\\-clear address.postal\n.br\nabonent subscriber edit inn:7707083893/773601001 \\-\\-from\\-inn",
        "abonent-validate" => "abonent validate inn 7707083893\n.br\nabonent validate account 40702810900000002851 \\-\\-bik 044030827",
        "abonent-settings" => "abonent settings set required.legal name,inn,kpp,email\n.br\nabonent settings set login.template '{type}{seq:5}'",
        "abonent-extra-field" | "abonent-extra-field-define" => "abonent extra\\-field define tariff_zone \\-\\-type enum \\-\\-values a,b\n.br\nabonent extra\\-field define contract_ref \\-\\-type string \\-\\-required \\-\\-for legal\n.br\nabonent subscriber edit u000001 \\-\\-extra tariff_zone=a\n.br\nabonent subscriber list \\-\\-extra tariff_zone=a",
        "abonent-employee" | "abonent-employee-add" => "abonent employee add u000001 \\-\\-last\\-name Петров \\-\\-first\\-name Пётр \\-\\-position бухгалтер \\-\\-email buh@example.ru\n.br\nabonent employee list u000001 \\-\\-json",
        "abonent-contract" | "abonent-contract-add" | "abonent-contract-list" => "abonent contract add u000001 \\-\\-valid\\-to 31.12.2026\n.br\nabonent contract list \\-\\-ending\\-within 30",
        "abonent-notify" | "abonent-notify-contracts-ending" => "0 7 * * * abonent notify contracts\\-ending \\-\\-mark\\-sent \\-\\-format jsonl | notify\\-managers",
        _ => "abonent subscriber add \\-\\-type person \\-\\-last\\-name Иванов \\-\\-first\\-name Иван\n.br\nabonent subscriber show u000001 \\-\\-json",
    }
}

/// Writes one page per command and subcommand into `dir`, each through
/// [`files::write_atomic`] (never through a symlink or onto a device; an
/// existing page is replaced in one step; mode 0644: pages are for everyone).
pub fn write_man_pages(dir: &Path) -> crate::error::Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        crate::error::Error::internal(
            dir.display().to_string(),
            format!("cannot create the folder ({e}); check the path and its permissions"),
        )
    })?;
    let mut cmd = Cli::command();
    cmd.build();
    write_page(dir, &cmd, "abonent")
}

fn write_page(dir: &Path, cmd: &clap::Command, name: &str) -> crate::error::Result<()> {
    let page_cmd = cmd.clone().name(name.to_string());
    let man = clap_mangen::Man::new(page_cmd)
        .date("")
        .source("abonent")
        .manual("abonent manual");
    let mut buf = Vec::new();
    man.render(&mut buf)
        .map_err(|e| crate::error::Error::internal("man", e.to_string()))?;
    buf.extend_from_slice(EXIT_STATUS.as_bytes());
    buf.extend_from_slice(ENVIRONMENT.as_bytes());
    buf.extend_from_slice(format!(".SH EXAMPLES\n{}\n", examples(name)).as_bytes());
    files::write_atomic(
        &dir.join(format!("{name}.1")),
        &buf,
        0o644,
        &files::Protected::new(),
    )?;
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        write_page(dir, sub, &format!("{name}-{}", sub.get_name()))?;
    }
    Ok(())
}
