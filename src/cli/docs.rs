//! Completions and man pages, both generated from the clap definition so
//! they cannot drift from `--help`. The committed copies in `completions/`
//! and `man/` are checked by a test.

use super::{files, Cli, Outcome};
use crate::i18n::{tr_in, tr_keyed_in, Lang};
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

/// The variables the program reads, each with its text `man-env-…`.
const ENVIRONMENT: &[&str] = &[
    "ABONENT_DB",
    "ABONENT_LANG",
    "ABONENT_FORMAT",
    "ABONENT_ACTOR",
    "ABONENT_DADATA_TOKEN",
    "ABONENT_SMTP_PASSWORD",
    "ABONENT_SYSTEM_CONFIG",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "HOME",
    "LC_ALL",
    "NO_COLOR",
];

/// A section heading of the page in `lang`.
fn section(lang: Lang, id: &str) -> String {
    let title = tr_keyed_in(lang, "man-section-", id, &[]).into_string();
    if title.contains(' ') {
        format!(".SH \"{title}\"\n")
    } else {
        format!(".SH {title}\n")
    }
}

/// EXIT STATUS, ENVIRONMENT, FILES and EXAMPLES of the page `name`.
fn closing_sections(lang: Lang, name: &str) -> String {
    let mut page = section(lang, "exit-status");
    for code in 0..=7u8 {
        let meaning = tr_keyed_in(lang, "exit-code-", &code.to_string(), &[]);
        page.push_str(&format!(".TP\n{code}\n{}\n", roff_escape(meaning.as_str())));
    }
    page.push_str(&section(lang, "environment"));
    for var in ENVIRONMENT {
        let text = tr_keyed_in(lang, "man-env-", &var.to_lowercase(), &[]);
        page.push_str(&format!(
            ".TP\n{}\n{}\n",
            roff_escape(var),
            roff_escape(text.as_str())
        ));
    }
    page.push_str(&section(lang, "files"));
    for (path, text) in [
        (
            "/etc/abonent/abonent.toml",
            tr_in(lang, "man-file-system", &[]),
        ),
        (
            "~/.config/abonent/abonent.toml",
            tr_in(lang, "man-file-user", &[]),
        ),
    ] {
        page.push_str(&format!(".TP\n{path}\n{}\n", roff_escape(text.as_str())));
    }
    let examples = super::examples::of(name);
    if !examples.is_empty() {
        page.push_str(&section(lang, "examples"));
        // No filling: each example stays on its lines, as in --help.
        page.push_str(".nf\n");
        for e in examples {
            for line in e.lines() {
                // `\&` first, so a line starting with a dot or a quote is text.
                page.push_str(&format!("\\&{}\n", roff_escape(line)));
            }
        }
        page.push_str(".fi\n");
    }
    page
}

/// clap_mangen writes its own section headings in English.
fn headings_in(lang: Lang, page: String) -> String {
    if lang == Lang::En {
        return page;
    }
    let mut page = page;
    for (en, id) in [
        (".SH NAME\n", "name"),
        (".SH SYNOPSIS\n", "synopsis"),
        (".SH DESCRIPTION\n", "description"),
        (".SH OPTIONS\n", "options"),
        (".SH SUBCOMMANDS\n", "subcommands"),
        (".SH VERSION\n", "version"),
    ] {
        page = page.replace(en, &section(lang, id));
    }
    page
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
    let lang = crate::i18n::lang();
    let cmd = super::help::pages(lang);
    write_page(dir, &cmd, "abonent", lang)
}

/// roff text: backslashes and dashes escaped, so `--db` is not a hyphen pair.
fn roff_escape(t: &str) -> String {
    t.replace('\\', "\\e").replace('-', "\\-")
}

/// The SYNOPSIS: the command's own options with their arguments
/// (`[--type TYPE]`), the global ones as `[GLOBAL OPTIONS]`, then the
/// positional arguments and the subcommand.
fn synopsis(cmd: &clap::Command, name: &str, lang: Lang) -> String {
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
        line.push_str(&format!(
            " [\\fI{}\\fR]",
            tr_in(lang, "man-global-options", &[])
        ));
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
        line.push_str(&format!(" \\fI{}\\fR", tr_in(lang, "man-command", &[])));
    }
    format!("{}{line}\n", section(lang, "synopsis"))
}

fn write_page(dir: &Path, cmd: &clap::Command, name: &str, lang: Lang) -> crate::error::Result<()> {
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
    buf.extend_from_slice(synopsis(cmd, name, lang).as_bytes());
    man.render_description_section(&mut buf).map_err(failed)?;
    // The note --help shows below the options (the root's is EXIT STATUS).
    if let Some(note) = super::help::note(lang, name).filter(|_| name != "abonent") {
        buf.extend_from_slice(format!(".PP\n{}\n", roff_escape(&note)).as_bytes());
    }
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
    let page = format!("{PREAMBLE}{}", text.replace(PREAMBLE, ""));
    let mut buf = headings_in(lang, page).into_bytes();
    buf.extend_from_slice(closing_sections(lang, name).as_bytes());
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
        write_page(dir, sub, &format!("{name}-{}", sub.get_name()), lang)?;
    }
    Ok(())
}
