//! Two writers at once: every card lands and no login is handed out twice.

mod common;
use common::*;
use std::collections::HashSet;

#[test]
fn two_processes_adding_200_cards_each() {
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    let db = env.db();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let db = db.clone();
            std::thread::spawn(move || {
                // One shell process per writer running 200 adds back to back.
                let script = format!(
                    "for i in $(seq 1 200); do \"$BIN\" subscriber add --type person --last-name W{w} \
                     --first-name N$i --no-password -q >/dev/null || exit 1; done"
                );
                std::process::Command::new("sh")
                    .arg("-c")
                    .arg(script)
                    .env("BIN", assert_cmd::cargo::cargo_bin("abonent"))
                    .env("ABONENT_DB", &db)
                    .env("ABONENT_ACTOR", "writer")
                    .stdin(std::process::Stdio::null())
                    .output()
                    .expect("writer")
            })
        })
        .collect();
    for w in writers {
        let out = w.join().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let cards = env.json(&["subscriber", "list", "--limit", "0"]);
    let cards = cards.as_array().unwrap();
    assert_eq!(cards.len(), 400);
    let logins: HashSet<&str> = cards.iter().map(|c| c["login"].as_str().unwrap()).collect();
    assert_eq!(logins.len(), 400);
}
