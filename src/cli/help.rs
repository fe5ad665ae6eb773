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
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        Lang::Ru => localize(cmd, "abonent", true),
    }
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
        other => other,
    }
    .to_string()
}

const TEMPLATE: &str = "{before-help}{about-with-newline}\n\
\u{0418}\u{0441}\u{043f}\u{043e}\u{043b}\u{044c}\u{0437}\u{043e}\u{0432}\u{0430}\u{043d}\u{0438}\u{0435}: {usage}\n\n{all-args}{after-help}";

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
        a.help_heading(h)
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
        .help_template(TEMPLATE)
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
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name, |s| localize(s, &sub, false));
    }
    cmd
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
}
