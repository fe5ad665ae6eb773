//! Completions and man pages, both generated from the clap definition so
//! they cannot drift from `--help`. The committed copies in `completions/`
//! and `man/` are checked by a test.

use super::{files, Cli, Outcome};
use crate::t;
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

/// `abonent man DIR`: read before the main parser, so this packaging
/// step is in no completion script, no help and no "did you mean" hint.
#[derive(Debug, clap::Parser)]
#[command(
    name = "man",
    bin_name = "abonent man",
    about = "Write the man pages into a directory"
)]
pub struct ManArgs {
    /// Directory to write abonent.1, abonent-subscriber-add.1, … into
    pub dir: PathBuf,
}

/// Runs `abonent man DIR` when the arguments are that command.
pub fn man_from_args(args: &[std::ffi::OsString]) -> Option<Outcome> {
    use clap::Parser;
    if args.get(1).is_none_or(|a| a != "man") {
        return None;
    }
    Some(match ManArgs::try_parse_from(&args[1..]) {
        Ok(a) => man(a),
        Err(e) => e.exit(),
    })
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
            t!("docs-cannot-create-folder", reason = e.to_string()),
        )
    })?;
    // No `help` subcommand in the pages: it would be a page that does not exist.
    let mut cmd = super::help::command(crate::i18n::lang()).disable_help_subcommand(true);
    cmd.build();
    write_page(dir, &cmd, "abonent")
}

/// roff text: backslashes and dashes escaped, so `--db` is not a hyphen pair.
fn roff_escape(t: &str) -> String {
    t.replace('\\', "\\e").replace('-', "\\-")
}

/// The SYNOPSIS: the command's own options with their arguments
/// (`[--type TYPE]`), the global ones as `[GLOBAL OPTIONS]`, then the
/// positional arguments and the subcommand.
fn synopsis(cmd: &clap::Command, name: &str) -> String {
    let mut line = format!("\\fB{}\\fR", roff_escape(&name.replace('-', " ")));
    if name == "abonent" {
        line = "\\fBabonent\\fR".to_string();
    }
    let mut globals = false;
    for arg in cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_positional())
    {
        if arg.is_global_set() && name != "abonent" {
            globals = true;
            continue;
        }
        let flag = match (arg.get_short(), arg.get_long()) {
            (Some(s), Some(l)) => {
                format!("\\fB\\-{s}\\fR|\\fB{}\\fR", roff_escape(&format!("--{l}")))
            }
            (None, Some(l)) => format!("\\fB{}\\fR", roff_escape(&format!("--{l}"))),
            (Some(s), None) => format!("\\fB\\-{s}\\fR"),
            (None, None) => continue,
        };
        let takes = arg.get_num_args().is_some_and(|r| r.takes_values());
        let value = match arg.get_value_names() {
            Some(names) if takes => format!(" \\fI{}\\fR", roff_escape(&names.join(" "))),
            None if takes => format!(" \\fI{}\\fR", arg.get_id().as_str().to_uppercase()),
            _ => String::new(),
        };
        let many = matches!(
            arg.get_action(),
            clap::ArgAction::Append | clap::ArgAction::Count
        );
        let dots = if many { "..." } else { "" };
        if arg.is_required_set() {
            line.push_str(&format!(" {flag}{value}{dots}"));
        } else {
            line.push_str(&format!(" [{flag}{value}]{dots}"));
        }
    }
    if globals {
        line.push_str(" [\\fIGLOBAL OPTIONS\\fR]");
    }
    for arg in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
        let v = arg
            .get_value_names()
            .map(|n| n.join(" "))
            .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
        let many = matches!(arg.get_action(), clap::ArgAction::Append);
        let dots = if many { "..." } else { "" };
        if arg.is_required_set() {
            line.push_str(&format!(" \\fI{}\\fR{dots}", roff_escape(&v)));
        } else {
            line.push_str(&format!(" [\\fI{}\\fR]{dots}", roff_escape(&v)));
        }
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        line.push_str(" \\fICOMMAND\\fR");
    }
    format!(".SH SYNOPSIS\n{line}\n")
}

fn write_page(dir: &Path, cmd: &clap::Command, name: &str) -> crate::error::Result<()> {
    let page_cmd = cmd.clone().name(name.to_string());
    let man = clap_mangen::Man::new(page_cmd)
        .date("")
        .source("abonent")
        .manual("abonent manual");
    let mut buf = Vec::new();
    let failed = |e: std::io::Error| {
        crate::error::Error::internal("man", t!("cli-said", text = e.to_string()))
    };
    // clap_mangen's sections, less its synopsis (no option arguments) and
    // its EXTRA (the help's exit-status line, which EXIT STATUS holds).
    man.render_title(&mut buf).map_err(failed)?;
    man.render_name_section(&mut buf).map_err(failed)?;
    buf.extend_from_slice(synopsis(cmd, name).as_bytes());
    man.render_description_section(&mut buf).map_err(failed)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut buf).map_err(failed)?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut buf).map_err(failed)?;
    }
    if name == "abonent" {
        man.render_version_section(&mut buf).map_err(failed)?;
    }
    // Each part starts with roff's quote preamble; the page needs it once.
    const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    let text = String::from_utf8_lossy(&buf).into_owned();
    let mut buf = format!("{PREAMBLE}{}", text.replace(PREAMBLE, "")).into_bytes();
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
