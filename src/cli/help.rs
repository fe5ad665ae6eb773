//! `--help` and the man pages in the admin's language. The English text
//! is the clap definition's own (doc comments and `help` attributes); the
//! Russian is `i18n/ru/help.ftl`, one message per command (`help-abonent-
//! subscriber-add`) and per argument (`help-abonent-subscriber-add--inn`),
//! laid over the definition here. The tests hold every command and every
//! argument to a Russian text and every Russian text to a command or an
//! argument that exists.

use super::Cli;
use crate::i18n::{self, Lang};
use clap::{Arg, ArgAction, Command, CommandFactory};

/// The command tree in `lang`.
pub fn command(lang: Lang) -> Command {
    tree(Cli::command(), lang)
}

/// The command tree of the man pages in `lang`: no `help` subcommand,
/// which would be a page that does not exist.
pub fn pages(lang: Lang) -> Command {
    let mut cmd = tree(Cli::command().disable_help_subcommand(true), lang);
    cmd.build();
    cmd
}

fn tree(cmd: Command, lang: Lang) -> Command {
    let cmd = match lang {
        Lang::En => cmd,
        Lang::Ru => localize(cmd, "abonent", true),
    };
    let mut cmd = finish(cmd, lang, "abonent");
    if lang == Lang::Ru {
        // clap adds its `help` subcommand when the tree is built; its text
        // is laid over after that.
        cmd.build();
        cmd = help_subcommand(cmd);
    }
    cmd
}

/// The `help` subcommand clap added, in Russian, in every command that has it.
fn help_subcommand(cmd: Command) -> Command {
    each_subcommand(cmd, "", |s, _| {
        if s.get_name() == "help" {
            s.about("Показать эту справку или справку команды")
                .help_template(TEMPLATE)
                .subcommand_help_heading("Команды")
        } else {
            help_subcommand(s)
        }
    })
}

/// What follows the options in `--help`, in both languages: a note, and
/// the examples (in the template, which clap does not wrap, so a long
/// example is never broken inside a command or a quote).
fn finish(mut cmd: Command, lang: Lang, path: &str) -> Command {
    if let Some(note) = note(lang, path) {
        cmd = cmd.after_help(note);
    }
    let mut template = match lang {
        Lang::En => EN_TEMPLATE.to_string(),
        Lang::Ru => TEMPLATE.to_string(),
    };
    let examples = super::examples::of(path);
    if !examples.is_empty() {
        template.push_str("\n\n");
        template.push_str(i18n::tr_in(lang, "help-examples", &[]).as_str());
        for e in examples {
            template.push_str("\n  ");
            template.push_str(e);
        }
    }
    cmd = cmd.help_template(template);
    each_subcommand(cmd, path, |s, sub| finish(s, lang, sub))
}

/// `cmd` with `f` applied to each of its subcommands, given the
/// subcommand's path (`abonent-subscriber-add`).
fn each_subcommand(mut cmd: Command, path: &str, f: impl Fn(Command, &str) -> Command) -> Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name, |s| f(s, &sub));
    }
    cmd
}

/// The note below a command's options, if it has one.
pub(crate) fn note(lang: Lang, path: &str) -> Option<String> {
    let text = match path {
        "abonent" => {
            let mut t = i18n::tr_in(lang, "help-exit-heading", &[]).into_string();
            for code in 0..=7u8 {
                let meaning = i18n::tr_keyed_in(lang, "exit-code-", &code.to_string(), &[]);
                t.push_str(&format!("\n  {code}  {meaning}"));
            }
            t
        }
        "abonent-import-1c" => i18n::tr_in(lang, "help-note-import", &[]).into_string(),
        "abonent-lookup-inn" | "abonent-lookup-bik" => {
            i18n::tr_in(lang, "help-note-dadata", &[]).into_string()
        }
        "abonent-notify-contracts-ending" => i18n::tr_in(lang, "help-note-cron", &[]).into_string(),
        _ => return None,
    };
    Some(text)
}

/// The Russian text of a command or an argument, if the catalogue has it.
fn text(key: &str) -> Option<String> {
    i18n::help_text(Lang::Ru, key)
}

/// The headings clap writes itself, and ours (`help_heading`).
fn heading(h: &str) -> String {
    match h {
        "Global options" => "Общие параметры",
        "Kind" => "Тип",
        "Names" => "Наименование",
        "Requisites" => "Реквизиты",
        "Login" => "Логин",
        "Addresses" => "Адреса",
        "Delivery" => "Доставка счетов",
        "Groups" => "Группы",
        "Contacts" => "Контакты",
        "Bank" => "Банк",
        "Document" => "Документ",
        "DaData" => "DaData",
        "Extra fields" => "Дополнительные поля",
        "Groups and manager" => "Группы и менеджер",
        "Invoices" => "Счета",
        "Other" => "Прочее",
        other => other,
    }
    .to_string()
}

/// clap's own template, which the examples are added to.
const EN_TEMPLATE: &str =
    "{before-help}{about-with-newline}\n{usage-heading} {usage}\n\n{all-args}{after-help}";

const TEMPLATE: &str = "{before-help}{about-with-newline}\n\
\u{0418}\u{0441}\u{043f}\u{043e}\u{043b}\u{044c}\u{0437}\u{043e}\u{0432}\u{0430}\u{043d}\u{0438}\u{0435}: {usage}\n\n{all-args}{after-help}";

/// clap writes an argument's values, default and variable itself, in
/// English (`[possible values: …]`, `[default: …]`, `[env: …]`); in
/// Russian they are hidden from clap and written into the text instead.
fn values_in_russian(mut a: Arg) -> Arg {
    let takes = a.get_action().takes_values();
    let mut tail = Vec::new();
    if takes && !a.is_hide_possible_values_set() {
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() {
            tail.push(format!("значения: {}", values.join(", ")));
            a = a.hide_possible_values(true);
        }
    }
    if takes && !a.is_hide_default_value_set() && !a.get_default_values().is_empty() {
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        tail.push(format!("по умолчанию: {}", defaults.join(", ")));
        a = a.hide_default_value(true);
    }
    if let Some(env) = a.get_env().map(|e| e.to_string_lossy().into_owned()) {
        if !a.is_hide_env_set() {
            tail.push(format!("переменная окружения: {env}"));
            a = a.hide_env(true);
        }
    }
    if tail.is_empty() {
        return a;
    }
    let text = a
        .get_long_help()
        .or(a.get_help())
        .map(ToString::to_string)
        .unwrap_or_default();
    let text = format!("{text} [{}]", tail.join("; "));
    a.help(text.clone()).long_help(text)
}

fn localize(mut cmd: Command, path: &str, root: bool) -> Command {
    if let Some(t) = text(path) {
        cmd = cmd.about(t.clone()).long_about(t);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    for id in ids {
        if let Some(t) = text(&format!("{path}--{id}")) {
            cmd = cmd.mut_arg(id, |a| a.help(t.clone()).long_help(t));
        }
    }
    cmd = cmd.mut_args(|a| {
        let h = match (a.get_help_heading(), a.is_positional()) {
            (Some(h), _) => heading(h),
            (None, true) => "Аргументы".to_string(),
            (None, false) => "Параметры".to_string(),
        };
        values_in_russian(a.help_heading(h))
    });
    cmd = cmd
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Показать справку")
                .help_heading("Параметры"),
        )
        .subcommand_help_heading("Команды");
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Показать версию")
                .help_heading("Параметры"),
        );
    }
    each_subcommand(cmd, path, |s, sub| localize(s, sub, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument a user sees, as its catalogue key, with
    /// the English text.
    fn keys(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
        let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
        out.push((path.to_string(), about));
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = a.get_id().as_str();
            if matches!(id, "help" | "version") {
                continue;
            }
            let help = a.get_help().map(ToString::to_string).unwrap_or_default();
            out.push((format!("{path}--{id}"), help));
        }
        for s in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            keys(s, &format!("{path}-{}", s.get_name()), out);
        }
    }

    fn all() -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut cmd = Cli::command();
        cmd.build();
        keys(&cmd, "abonent", &mut out);
        out
    }

    /// A Russian text for a command or an argument that does not exist
    /// (renamed, removed) fails here.
    #[test]
    fn every_russian_help_names_a_command_or_an_argument() {
        let known: std::collections::BTreeSet<String> = all().into_iter().map(|(k, _)| k).collect();
        let stale: Vec<String> = i18n::help_keys(Lang::Ru)
            .into_iter()
            .filter(|k| !known.contains(k))
            .collect();
        assert!(
            stale.is_empty(),
            "help.ftl names nothing that exists: {stale:?}"
        );
    }

    /// A command or an argument without its Russian text fails here.
    #[test]
    fn every_command_and_argument_has_its_russian_help() {
        let missing: Vec<String> = all()
            .into_iter()
            .filter(|(k, _)| text(k).is_none())
            .map(|(k, en)| format!("help-{k} = {en}"))
            .collect();
        assert!(
            missing.is_empty(),
            "{} without Russian help in i18n/ru/help.ftl:\n{}",
            missing.len(),
            missing.join("\n")
        );
    }

    #[test]
    fn the_russian_tree_builds_and_speaks_russian() {
        let mut cmd = command(Lang::Ru);
        cmd.build();
        let help = cmd.render_help().to_string();
        assert!(help.contains("Использование:"), "{help}");
        assert!(help.contains("Команды"), "{help}");
        assert!(!help.contains('\u{2068}'), "{help}");
    }

    /// Every command and its path (`abonent-subscriber-add`), as the pages name them.
    fn commands(cmd: &Command, path: &str, out: &mut Vec<(String, Command)>) {
        out.push((path.to_string(), cmd.clone()));
        for s in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            commands(s, &format!("{path}-{}", s.get_name()), out);
        }
    }

    fn tree_of(lang: Lang) -> Vec<(String, Command)> {
        let mut out = Vec::new();
        commands(&command(lang), "abonent", &mut out);
        out
    }

    #[test]
    fn every_command_has_examples_and_every_example_a_command() {
        let paths: Vec<String> = tree_of(Lang::En).into_iter().map(|(p, _)| p).collect();
        let without: Vec<&String> = paths
            .iter()
            .filter(|p| super::super::examples::of(p).is_empty())
            .collect();
        assert!(without.is_empty(), "commands without examples: {without:?}");
        let stray: Vec<&str> = super::super::examples::paths()
            .filter(|p| !paths.iter().any(|q| q == p))
            .collect();
        assert!(stray.is_empty(), "examples of no command: {stray:?}");
    }

    /// The `abonent …` commands of an example line: a cron schedule, a
    /// variable, a pipe and a redirection are the shell's.
    fn invocations(example: &str) -> Vec<Vec<String>> {
        let joined = example.replace(" \\\n", " ");
        let words = shell_words::split(&joined).expect("an example splits as the shell would");
        let mut out = Vec::new();
        for segment in words.split(|w| w == "|") {
            let mut it = segment.iter().skip_while(|w| *w != "abonent");
            let Some(first) = it.next() else { continue };
            let mut line = vec![first.clone()];
            line.extend(it.take_while(|w| !w.starts_with('>')).cloned());
            out.push(line);
        }
        out
    }

    /// An example naming a flag, a value or a command that is not there
    /// (renamed, removed) fails here, as does one that would wrap at 80
    /// columns or that --help does not show whole.
    #[test]
    fn every_example_parses_fits_and_is_shown_whole() {
        for (path, cmd) in tree_of(Lang::En) {
            let mut cmd = cmd;
            let help = cmd.render_long_help().to_string();
            for example in super::super::examples::of(&path) {
                for line in example.lines() {
                    assert!(
                        line.chars().count() <= 76,
                        "{path}: too long for 80 columns: {line}"
                    );
                    assert!(
                        help.contains(line),
                        "{path}: --help does not show {line:?}:\n{help}"
                    );
                }
                let found = invocations(example);
                assert!(
                    !found.is_empty(),
                    "{path}: no abonent command in {example:?}"
                );
                for words in found {
                    let parsed = command(Lang::En).try_get_matches_from(&words);
                    assert!(
                        parsed.is_ok(),
                        "{path}: {words:?}: {}",
                        parsed.err().map(|e| e.to_string()).unwrap_or_default()
                    );
                }
            }
        }
    }

    /// clap's own English (`[possible values: …]`, the `help` command's
    /// text, headings) does not reach the Russian help.
    #[test]
    fn the_russian_help_holds_none_of_claps_english() {
        let english = [
            "possible values",
            "[default:",
            "[env:",
            "Print this",
            "Print help",
            "Print version",
            "Examples:",
            "Exit status",
            "Options:",
            "Commands:",
            "Arguments:",
            "Usage:",
            "Needs `",
        ];
        for (path, mut cmd) in tree_of(Lang::Ru) {
            for help in [
                cmd.render_help().to_string(),
                cmd.render_long_help().to_string(),
            ] {
                for e in english {
                    assert!(
                        !help.contains(e),
                        "{path}: {e:?} in the Russian help:\n{help}"
                    );
                }
            }
        }
    }

    /// A heading of ours (`help_heading`) without its Russian fails here.
    #[test]
    fn every_heading_is_russian() {
        for (path, cmd) in tree_of(Lang::En) {
            for a in cmd.get_arguments() {
                if let Some(h) = a.get_help_heading() {
                    assert!(
                        h == "DaData" || heading(h) != h,
                        "{path}: heading {h:?} has no Russian in cli::help::heading"
                    );
                }
            }
        }
    }
}
