//! Completions and man pages are generated from the clap definition and
//! committed; these tests fail when the committed copies are stale.
//! Regenerate with `scripts/gen-docs.sh`.

use crate::common::*;
use std::path::Path;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "abonent.bash"),
    ("zsh", "_abonent"),
    ("fish", "abonent.fish"),
    ("powershell", "_abonent.ps1"),
    ("elvish", "abonent.elv"),
];

#[test]
fn completions_are_current() {
    let env = Env::new();
    for (shell, file) in SHELLS {
        let out = env.cmd().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        let committed = std::fs::read(Path::new("completions").join(file))
            .unwrap_or_else(|_| panic!("completions/{file} missing; run scripts/gen-docs.sh"));
        assert!(
            out.stdout == committed,
            "completions/{file} is stale; run scripts/gen-docs.sh"
        );
    }
}

/// The pages (not the folders) in `dir`.
fn pages_in(dir: &Path) -> Vec<std::ffi::OsString> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name())
        .collect()
}

/// man/ in English and man/ru/ in Russian, both as `abonent man` makes
/// them today.
#[test]
fn man_pages_are_current_and_complete() {
    man_pages_are_current_in("man", "en");
    man_pages_are_current_in("man/ru", "ru");
}

fn man_pages_are_current_in(folder: &str, lang: &str) {
    let env = Env::new();
    let dir = env.dir.path().join("man");
    env.cmd()
        .env("ABONENT_LANG", lang)
        .arg("man")
        .arg(&dir)
        .assert()
        .success();
    let mut generated = pages_in(&dir);
    let mut committed = pages_in(Path::new(folder));
    generated.sort();
    committed.sort();
    assert_eq!(
        generated, committed,
        "man/ is stale; run scripts/gen-docs.sh"
    );
    for name in &generated {
        let a = std::fs::read(dir.join(name)).unwrap();
        let b = std::fs::read(Path::new(folder).join(name)).unwrap();
        assert!(
            a == b,
            "{folder}/{} is stale; run scripts/gen-docs.sh",
            name.to_string_lossy()
        );
        let text = String::from_utf8_lossy(&a);
        let sections = match lang {
            "ru" => [
                ".SH ИМЯ",
                ".SH ОПИСАНИЕ",
                ".SH \"КОДЫ ВОЗВРАТА\"",
                ".SH ОКРУЖЕНИЕ",
                ".SH ПРИМЕРЫ",
            ],
            _ => [
                ".SH NAME",
                ".SH DESCRIPTION",
                ".SH \"EXIT STATUS\"",
                ".SH ENVIRONMENT",
                ".SH EXAMPLES",
            ],
        };
        for section in sections {
            assert!(
                text.contains(section),
                "{} lacks {section}",
                name.to_string_lossy()
            );
        }
    }
    assert!(generated.iter().any(|n| n == "abonent-subscriber-add.1"));
}

#[test]
fn every_command_is_documented() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str) {
        for sub in cmd.get_subcommands() {
            let name = format!("{path} {}", sub.get_name());
            assert!(sub.get_about().is_some(), "`{name}` has no help text");
            for arg in sub.get_arguments() {
                let documented = arg.get_help().is_some()
                    || arg.get_long_help().is_some()
                    || arg.is_positional();
                assert!(
                    documented || arg.get_id() == "help" || arg.get_id() == "version",
                    "`{name} --{}` has no help",
                    arg.get_id()
                );
            }
            walk(sub, &name);
        }
    }
    walk(&abonent::cli::Cli::command(), "abonent");
}

#[test]
fn readme_documents_every_setting_and_exit_code() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    for def in abonent::core::settings::CATALOG {
        let key = def.key.trim_start_matches("groups.default.");
        assert!(readme.contains(key), "README.md lacks setting {}", def.key);
    }
    for code in 0..=7 {
        assert!(
            readme.contains(&format!("| {code} |")),
            "README.md lacks exit code {code}"
        );
    }
}

/// The ```sh block after `heading` in README.md.
fn readme_block(heading: &str, fence: &str) -> String {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = readme
        .find(heading)
        .unwrap_or_else(|| panic!("README.md lacks {heading}"));
    let open = readme[start..].find(fence).expect("a code block") + start + fence.len();
    let close = readme[open..].find("```\n").expect("the block's end") + open;
    readme[open..close].to_string()
}

/// Runs a README block with bash, stopping at the first failing line,
/// with the binary on PATH and the database in a temporary folder.
pub(crate) fn run_block(env: &Env, script: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("abonent");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let script = script.replace(
        "/var/lib/abonent/abonent.db",
        &env.target().to_string_lossy(),
    );
    std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("set -euo pipefail\nset -x\n{script}"))
        .current_dir(env.dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", env.dir.path())
        .env("USER", "tester")
        .env("PW", "Весна-2026-секрет")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn readme_examples_run_top_to_bottom_on_a_fresh_database() {
    let env = Env::new();
    let block = readme_block("\n## Examples\n", "```sh\n");
    let out = run_block(&env, &block);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "README Examples failed:\n{err}");
    // What the block promises: the cards it made, named as it says.
    let show = env.json(&["subscriber", "show", "inn:7707083893/773601001"]);
    assert_eq!(show["login"], "u000001");
    let backup = std::fs::read_to_string(env.dir.path().join("cards.jsonl")).unwrap();
    assert_eq!(backup.lines().count(), 3, "{backup}");
    assert!(backup.contains("ИП ИВАНОВ Пётр Сергеевич"), "{backup}");
}

#[test]
fn readme_extra_field_examples_run_on_a_fresh_database() {
    let env = Env::new();
    let block = readme_block(
        "\n## Extra fields, employees, contracts, notices\n",
        "```sh\n",
    );
    let out = run_block(&env, &block);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "README Extra fields failed:\n{err}");
}

#[test]
fn readme_cron_lines_write_only_into_folders_it_says_to_make() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let mkdir = readme
        .lines()
        .find(|l| l.starts_with("mkdir -p"))
        .expect("README.md says which folders to make");
    let made: Vec<&str> = mkdir
        .split_whitespace()
        .filter(|w| w.starts_with('/'))
        .collect();
    let mut checked = 0;
    for block in readme.split("```cron\n").skip(1) {
        let block = &block[..block.find("```").unwrap()];
        for line in block
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            assert!(line.contains(" -q "), "a cron line without -q: {line}");
            // Every file it writes (after >, >> or --rejects) lies in a made folder.
            let words: Vec<&str> = line.split_whitespace().collect();
            for pair in words.windows(2) {
                if matches!(pair[0], ">" | ">>" | "--rejects") {
                    let dir = std::path::Path::new(pair[1]).parent().unwrap();
                    assert!(
                        made.iter().any(|m| std::path::Path::new(m) == dir),
                        "{} is not made by `{mkdir}`",
                        dir.display()
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 3, "the cron lines write no files?");
}

#[test]
fn man_pages_refer_only_to_pages_that_exist() {
    let pages: Vec<String> = pages_in(Path::new("man"))
        .into_iter()
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    let refs = regex::Regex::new(r"(abonent(?:\\-[a-z0-9]+(?:\\-[a-z0-9]+)*)?)\(1\)").unwrap();
    for page in &pages {
        let text = std::fs::read_to_string(Path::new("man").join(page)).unwrap();
        for r in refs.captures_iter(&text) {
            let target = format!("{}.1", r[1].replace("\\-", "-"));
            assert!(
                pages.contains(&target),
                "{page} refers to {target}, which does not exist"
            );
        }
        assert_eq!(
            text.matches("EXIT STATUS").count(),
            1,
            "{page}: one EXIT STATUS"
        );
        assert!(!text.contains(".SH EXTRA"), "{page}");
    }
    // Option arguments are in the synopsis.
    let list = std::fs::read_to_string("man/abonent-subscriber-list.1").unwrap();
    let synopsis = list
        .split(".SH SYNOPSIS")
        .nth(1)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap();
    assert!(
        synopsis.contains(r"[\fB\-\-type\fR \fITYPE\fR]"),
        "{synopsis}"
    );
}

#[test]
fn version_only_at_the_top_and_man_hidden_everywhere() {
    let env = Env::new();
    env.cmd().arg("-V").assert().success();
    let (code, _, _) = env.run(&["subscriber", "list", "-V"]);
    assert_eq!(code, 2);
    for (shell, _) in SHELLS {
        let (_, script, _) = env.run(&["completions", shell]);
        assert!(
            !script.contains("Write the man pages") && !script.contains("abonent__man"),
            "{shell} completes `man`"
        );
    }
    let (_, _, err) = env.run(&["mann"]);
    assert!(!err.contains("'man'"), "{err}");
    let (_, help, _) = env.run(&["--help"]);
    assert!(!help.contains("man pages"), "{help}");
    // It still works for packagers.
    let dir = env.dir.path().join("pages");
    env.cmd().arg("man").arg(&dir).assert().success();
    assert!(dir.join("abonent.1").exists());
}

#[test]
fn settings_keys_are_completed() {
    let bash = std::fs::read_to_string("completions/abonent.bash").unwrap();
    let zsh = std::fs::read_to_string("completions/_abonent").unwrap();
    for def in abonent::core::settings::CATALOG {
        assert!(bash.contains(def.key), "bash does not complete {}", def.key);
        assert!(zsh.contains(def.key), "zsh does not complete {}", def.key);
    }
    // Any text still reaches the core, which names the fix.
    let env = Env::new();
    let (code, _, err) = env.run(&["settings", "get", "no.such.key"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("settings list"), "{err}");
}
