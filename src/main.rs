//! The `abonent` binary: parse the arguments, run the command, map the
//! outcome to an exit code and print errors in one place.

use abonent::cli::{self, output::Format, Cli};
use abonent::i18n::Lang;
use abonent::{Error, ErrorKind};
use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;

/// mimalloc: the import's threads (the read-ahead, the whole-file check,
/// the password hashes) allocate per row; glibc's malloc spent about a
/// tenth of the import in its arena locks (issue 16's profile).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The language is known before the arguments are parsed, so that
    // `--help` and clap's own refusals can speak it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    abonent::i18n::init(Lang::from_args(&args).unwrap_or_else(cli::host::Host::language));
    if let Some(outcome) = cli::docs::man_from_args(&args) {
        return match outcome {
            Ok(code) => ExitCode::from(code),
            Err(err) => report(&err, false),
        };
    }
    // The plain tree parses; only when it refuses the line (or `--help`,
    // `--version` are asked) is the tree in the admin's language built, its
    // texts read from the catalogue, and the line parsed again to say so.
    // Building that tree was a third of a `subscriber show`'s instructions.
    let matches = Cli::command()
        .try_get_matches_from(&args)
        .unwrap_or_else(|_| {
            match cli::help::command(abonent::i18n::lang()).try_get_matches_from(&args) {
                Ok(matches) => matches,
                Err(e) => usage_exit(e),
            }
        });
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| usage_exit(e));
    let json = cli.global.format() == Format::Json || cli.global.format() == Format::Jsonl;
    match cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => report(&err, json),
    }
}

/// Leaves on a refusal of the command line (exit 2), written from the
/// catalogue; `--help` and `--version` print as clap writes them.
fn usage_exit(e: clap::Error) -> ! {
    use clap::error::ErrorKind as Kind;
    match e.kind() {
        Kind::DisplayHelp
        | Kind::DisplayVersion
        | Kind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
        _ => e.apply::<cli::usage::Catalogue>().exit(),
    }
}

/// Prints `abonent: <subject>: <problem>` (and a JSON object with --format
/// json) and picks the exit code from the error's kind.
fn report(err: &anyhow::Error, json: bool) -> ExitCode {
    if let Some(io) = err.downcast_ref::<std::io::Error>() {
        if io.kind() == std::io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
    }
    let lib = err.downcast_ref::<Error>().cloned().unwrap_or_else(|| {
        // Not one of ours (a JSON or I/O failure): its own text.
        Error::new(
            ErrorKind::Internal,
            "error",
            abonent::t!("cli-said", text = format!("{err:#}")),
        )
    });
    if lib.is_broken_pipe() {
        return ExitCode::SUCCESS;
    }
    let line = lib.to_string().replace('\n', " ");
    eprintln!("abonent: {}", cli::output::visible(&line));
    if json {
        let obj = serde_json::json!({"error": {
            "code": lib.kind.exit_code(),
            "kind": lib.kind.as_str(),
            "field": lib.subject,
            "message": lib.message,
        }});
        eprintln!("{obj}");
    }
    ExitCode::from(lib.kind.exit_code())
}
