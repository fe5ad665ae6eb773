//! The command line: clap definitions, global options and dispatch. Each
//! command group has its own file that reads its arguments, calls the core
//! and renders the result through [`output::Out`].

mod act_pdf;
mod admin;
mod card_flags;
mod card_view;
mod config;
mod contract;
mod csv_out;
mod db;
pub mod docs;
mod employee;
pub mod examples;
mod extra;
mod files;
mod form;
pub mod help;
pub mod host;
mod import;
mod lookup;
pub mod output;
mod privacy;
mod send;
mod subscriber;
mod upkeep;
pub mod usage;
mod validate;

use crate::core::Registry;
use crate::error::{Error, ErrorKind, Result};
use crate::store::Location;
use crate::t;
use clap::{Args, Parser, Subcommand};
use output::{ColorChoice, Format, Out};
use std::path::PathBuf;

/// What a command run ends with: an exit code (0, or 3 for "some values
/// were invalid" style results that are not errors).
pub type Outcome = anyhow::Result<u8>;

#[derive(Debug, Parser)]
#[command(
    name = "abonent",
    version,
    about = "Registry of an ISP's subscribers: legal entities, sole traders and persons, in SQLite",
    long_about = "abonent keeps an ISP's subscriber cards (legal entities, sole traders, private persons) \
in SQLite. It enforces the operator's required-field rules, checks requisites, numbers logins from a \
template, generates passwords and prints tables or JSON for scripts."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// The database: an SQLite file (created mode 0600) or a postgres:// URL; migrated on first use [env: ABONENT_DB]
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        help_heading = "Global options",
        long_help = "The database: an SQLite file or a PostgreSQL server; over ABONENT_DB, over `db` in the host configuration \
(see `abonent config`). Default: $XDG_DATA_HOME/abonent/abonent.db when \
XDG_DATA_HOME is an absolute path, else ~/.local/share/abonent/abonent.db; with no usable \
HOME either, --db is required. It is created with mode 0600 (folders it makes: 0700) and \
migrated on first use; an existing database, -wal or -shm of yours that others can read is \
made owner-only. A postgres:// or postgresql:// URL, or a key=value string (host=… \
dbname=…), selects PostgreSQL: what it leaves out comes from PGHOST, PGPORT, PGUSER, \
PGDATABASE, PGSSLMODE, the password from PGPASSWORD or ~/.pgpass; the database must exist \
and `abonent init` creates the schema in it. A password is never shown."
    )]
    pub db: Option<PathBuf>,

    /// Language of the messages: ru or en [env: ABONENT_LANG]
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "LANG",
        help_heading = "Global options",
        long_help = "Language of the messages: ru or en; over ABONENT_LANG, over `lang` in the \
host configuration, over the locale (LC_ALL, LC_MESSAGES, LANG: ru* is Russian)."
    )]
    pub lang: Option<host::Lang>,

    /// Output format: table, json, jsonl, csv [default: table]
    #[arg(
        long,
        global = true,
        env = "ABONENT_FORMAT",
        hide_env_values = true,
        value_enum,
        value_name = "FORMAT",
        help_heading = "Global options",
        long_help = "Output format (default: table; for subscriber export, jsonl). table: boxes on a \
terminal, tab-separated lines without a header into a pipe; json: one document; jsonl: one \
object per line; csv: a header row, then rows."
    )]
    pub format: Option<Format>,

    /// Short for --format json
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,

    /// CSV for programs: no spreadsheet guard (cells starting with = + - @ are left as they are)
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        long_help = "CSV for programs: leave every cell as it is. By default a CSV cell \
starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet \
shows it as text instead of running it as a formula (a phone +7… becomes '+7…). This holds for \
every CSV abonent writes: --format csv, subscriber export, and import-1c's --rejects and \
--credentials files."
    )]
    pub raw: bool,

    /// Who is recorded in the history (default: $USER, $LOGNAME, else the uid's login name)
    #[arg(
        long,
        global = true,
        env = "ABONENT_ACTOR",
        hide_env_values = true,
        value_name = "NAME",
        help_heading = "Global options"
    )]
    pub actor: Option<String>,

    /// Colour on stderr: auto (terminal, NO_COLOR unset), always, never
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        help_heading = "Global options"
    )]
    pub color: ColorChoice,

    /// No notes or progress on stderr (warnings and errors still show)
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,

    /// Notes on stderr also into a pipe and with --json, jsonl or csv
    #[arg(
        short,
        long,
        global = true,
        conflicts_with = "quiet",
        help_heading = "Global options",
        long_help = "Write notes (\"group `x` added\", \"nothing changed\") to stderr even when it is \
not a terminal or the format is json, jsonl or csv. Without it notes reach only a person: a \
table run on a terminal. A cron job's successful write prints nothing; warnings and errors \
always show."
    )]
    pub verbose: bool,

    /// Never prompt: fail where a prompt would be needed
    #[arg(short = 'y', long, global = true, help_heading = "Global options")]
    pub yes: bool,
}

impl Global {
    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.format.unwrap_or(Format::Table)
        }
    }

    /// True when a format was asked for (`--format`, ABONENT_FORMAT,
    /// `--json`), so a command with its own default keeps to it otherwise.
    pub fn format_given(&self) -> bool {
        self.json || self.format.is_some()
    }

    /// Who the history names: `--actor` (or ABONENT_ACTOR), else USER,
    /// else LOGNAME, else the name of the process's uid in the password
    /// database (cron may set neither variable); `unknown` only when none
    /// of these is known.
    fn actor(&self) -> String {
        let given = |v: Option<String>| v.filter(|a| !a.trim().is_empty());
        given(self.actor.clone())
            .or_else(|| given(std::env::var("USER").ok()))
            .or_else(|| given(std::env::var("LOGNAME").ok()))
            .or_else(|| given(uid_name()))
            .unwrap_or_else(|| "unknown".into())
    }
}

/// The login name of the process's real uid, from the password database.
#[cfg(unix)]
fn uid_name() -> Option<String> {
    // SAFETY: getuid has no preconditions and cannot fail.
    crate::store::location::passwd_of(unsafe { libc::getuid() }).map(|(name, _)| name)
}

#[cfg(not(unix))]
fn uid_name() -> Option<String> {
    None
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create or migrate the database and print its path
    Init,
    /// Add, edit, show, list, archive subscriber cards
    #[command(subcommand)]
    Subscriber(Box<subscriber::SubscriberCmd>),
    /// Import the counterparty base exported from 1C (CSV list, CommerceML, EnterpriseData)
    #[command(name = "import-1c")]
    Import1c(Box<import::ImportArgs>),
    /// Requisites of a company or sole trader by INN, from DaData
    #[command(name = "lookup-inn")]
    LookupInn(lookup::LookupInnArgs),
    /// A bank's name, correspondent account, SWIFT and city by BIK, from DaData
    #[command(name = "lookup-bik")]
    LookupBik(lookup::LookupBikArgs),
    /// Check requisites (INN, OGRN, KPP, BIK, accounts, SNILS, …) without saving anything
    Validate(validate::ValidateArgs),
    /// Groups subscribers belong to
    #[command(subcommand)]
    Group(admin::GroupCmd),
    /// Personal managers of subscribers
    #[command(subcommand)]
    Manager(admin::ManagerCmd),
    /// The operator's own card fields: define, list, remove; set, unset, get on a card
    #[command(subcommand, name = "extra-field")]
    ExtraField(extra::ExtraFieldCmd),
    /// Employees of legal and ip subscribers
    #[command(subcommand)]
    Employee(employee::EmployeeCmd),
    /// Subscribers' contracts: add, list, edit, close
    #[command(subcommand)]
    Contract(contract::ContractCmd),
    /// Notices for personal managers (contracts ending soon)
    #[command(subcommand)]
    Notify(contract::NotifyCmd),
    /// The operator's rules: required fields, login template, passwords, …
    #[command(subcommand)]
    Settings(admin::SettingsCmd),
    /// Who changed what and when
    History(admin::HistoryArgs),
    /// The database itself: check that its tables agree
    #[command(subcommand)]
    Db(db::DbCmd),
    /// The credentials letter, SMS and memo: preview them for a card
    #[command(subcommand)]
    Letter(send::LetterCmd),
    /// Personal data: the acts of destruction (`subscriber forget` destroys)
    #[command(subcommand)]
    Privacy(privacy::PrivacyCmd),
    /// The host's configuration: database, language, secrets, and where each came from
    #[command(long_about = config::ABOUT)]
    Config,
    /// Print a shell completion script
    Completions(docs::CompletionsArgs),
}

/// The XDG default database: `$XDG_DATA_HOME/abonent/abonent.db` when
/// XDG_DATA_HOME is an absolute path (the XDG rules ignore a relative one),
/// else `$HOME/.local/share/abonent/abonent.db` when HOME is an absolute
/// path. Without either there is no place to guess: exit 3 asking for
/// --db, never a database in the current folder.
pub fn default_db_path() -> crate::Result<PathBuf> {
    let absolute = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let base = absolute("XDG_DATA_HOME")
        .or_else(|| absolute("HOME").map(|h| h.join(".local/share")))
        .ok_or_else(|| crate::Error::invalid("database", t!("db-no-default-place")))?;
    Ok(base.join("abonent").join("abonent.db"))
}

/// Everything a command needs: the output, the host's configuration and,
/// opened on demand, the registry.
pub struct Ctx {
    pub global: Global,
    pub out: Out,
    pub host: host::Host,
}

impl Ctx {
    /// The database: the host's layers (`--db`, ABONENT_DB, the config
    /// files), else the XDG default file. A PostgreSQL target is filled
    /// from the `PG*` variables and the password file here.
    pub(crate) fn location(&self) -> crate::Result<Location> {
        match &self.host.db {
            Some(host::Sourced {
                value: host::Db::File(p),
                ..
            }) => Ok(Location::Sqlite(p.clone())),
            Some(host::Sourced {
                value: host::Db::Postgres(text),
                ..
            }) => Location::from_process(text),
            None => default_db_path().map(Location::Sqlite),
        }
    }

    /// The database file, when the database is one.
    pub(crate) fn db_file(&self) -> crate::Result<Option<PathBuf>> {
        Ok(match self.location()? {
            Location::Sqlite(p) => Some(p),
            Location::Postgres(_) => None,
        })
    }

    pub fn open(&self) -> anyhow::Result<Registry> {
        let location = self.location()?;
        let mut reg = Registry::open_at(&location, &self.global.actor())?;
        for w in reg.take_warnings() {
            self.out.warn(t!("cli-said", text = w.to_string()));
        }
        // Read only when a lookup needs the key: a bad secret file fails
        // that lookup, not every command.
        let host = self.host.clone();
        reg.set_dadata_token_source(Box::new(move || host.dadata_token()));
        Ok(reg)
    }

    /// True when a prompt may be shown.
    pub fn can_prompt(&self) -> bool {
        use std::io::IsTerminal;
        !self.global.yes && std::io::stdin().is_terminal()
    }

    /// Asks a yes/no question at the terminal; no is the default.
    pub fn confirm(&self, question: &str) -> Result<bool> {
        dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(|err| Error::internal("prompt", t!("cli-said", text = err.to_string())))
    }

    /// A step that destroys data when `forced` (a group's memberships, an
    /// extra field's values): tried unforced first; when the core refuses
    /// for what would be lost, the admin at a terminal is asked, and
    /// elsewhere the refusal stands until `--force`. `--yes` only means
    /// "never prompt", so a cron job's `-y` never forces a deletion.
    pub fn destructive<T>(
        &self,
        force: bool,
        mut step: impl FnMut(bool) -> Result<T>,
    ) -> Result<T> {
        match step(force) {
            Err(e) if !force && e.kind == ErrorKind::Conflict && self.can_prompt() => {
                let question = e
                    .message
                    .split("; ")
                    .next()
                    .unwrap_or(&e.message)
                    .to_string();
                if self.confirm(t!("confirm-delete", question = question).as_str())? {
                    step(true)
                } else {
                    Err(e)
                }
            }
            other => other,
        }
    }
}

pub fn run(cli: Cli) -> Outcome {
    let out = Out::new(
        cli.global.format(),
        cli.global.quiet,
        cli.global.verbose,
        cli.global.raw,
        cli.global.color,
    );
    // Printing completions or man pages needs no configuration, so a
    // broken one never blocks them.
    let host = match cli.command {
        Command::Completions(_) => host::Host::unread(),
        _ => host::Host::load(&host::Flags {
            db: cli.global.db.clone(),
            lang: cli.global.lang,
        })?,
    };
    let ctx = Ctx {
        global: cli.global,
        out,
        host,
    };
    match cli.command {
        Command::Init => admin::init(&ctx),
        Command::Subscriber(cmd) => subscriber::run(&ctx, *cmd),
        Command::Import1c(args) => import::run(&ctx, *args),
        Command::LookupInn(args) => lookup::inn(&ctx, args),
        Command::LookupBik(args) => lookup::bik(&ctx, args),
        Command::Validate(args) => validate::run(&ctx, args),
        Command::Group(cmd) => admin::group(&ctx, cmd),
        Command::Manager(cmd) => admin::manager(&ctx, cmd),
        Command::ExtraField(cmd) => extra::run(&ctx, cmd),
        Command::Employee(cmd) => employee::run(&ctx, cmd),
        Command::Contract(cmd) => contract::run(&ctx, cmd),
        Command::Notify(cmd) => contract::notify(&ctx, cmd),
        Command::Settings(cmd) => admin::settings(&ctx, cmd),
        Command::History(args) => admin::history(&ctx, args),
        Command::Db(cmd) => db::run(&ctx, cmd),
        Command::Letter(cmd) => send::letter(&ctx, cmd),
        Command::Privacy(cmd) => privacy::run(&ctx, cmd),
        Command::Config => config::run(&ctx),
        Command::Completions(args) => docs::completions(args),
    }
}

/// `--limit`/`--offset`: a count SQLite can take (a larger one was cast to a
/// negative number, and `--offset 18446744073709551615` listed every card).
pub(crate) fn counts() -> clap::builder::RangedU64ValueParser<u64> {
    clap::value_parser!(u64).range(0..=i64::MAX as u64)
}
