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

#[test]
fn man_pages_are_current_and_complete() {
    let env = Env::new();
    let dir = env.dir.path().join("man");
    env.cmd().arg("man").arg(&dir).assert().success();
    let mut generated: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let mut committed: Vec<_> = std::fs::read_dir("man")
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    generated.sort();
    committed.sort();
    assert_eq!(
        generated, committed,
        "man/ is stale; run scripts/gen-docs.sh"
    );
    for name in &generated {
        let a = std::fs::read(dir.join(name)).unwrap();
        let b = std::fs::read(Path::new("man").join(name)).unwrap();
        assert!(
            a == b,
            "man/{} is stale; run scripts/gen-docs.sh",
            name.to_string_lossy()
        );
        let text = String::from_utf8_lossy(&a);
        for section in ["EXIT STATUS", "ENVIRONMENT", "EXAMPLES"] {
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
