//! SMS through the admin's own program (setting `sms.command`): any
//! gateway's script or a `curl` call. The program is run directly, never
//! through a shell, with the phone number as its last argument and the text
//! on its standard input, so nothing in a card can become a shell word.

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::t;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The setting's name, which its parse errors name.
pub const SETTING: &str = "sms.command";

/// The most of the program's stderr kept for the error message.
const STDERR_KEEP: usize = 4096;
/// The most characters of its first line shown.
const STDERR_SHOW: usize = 200;

/// The program and its fixed arguments, parsed from setting `sms.command`.
///
/// Syntax, either:
/// - a JSON array of strings, for a path or an argument with spaces:
///   `["/opt/sms gw/send", "--sender", "My ISP"]`;
/// - or words separated by whitespace, taken literally, with no quoting,
///   escapes, variables, globs or pipes: `/usr/local/bin/sms-send --route 2`.
///   A word holding a quote or a backslash is refused (use the JSON form),
///   so no one is misled into thinking shell quoting works here.
///
/// The first word is the program (a path, or a name looked up in `PATH`);
/// the phone number is appended as the last argument when it runs; the
/// text goes to its standard input, UTF-8, without a trailing newline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmsCommand {
    pub program: String,
    pub args: Vec<String>,
}

impl SmsCommand {
    pub fn parse(setting: &str) -> Result<SmsCommand> {
        let s = setting.trim();
        let words: Vec<String> = if s.starts_with('[') {
            serde_json::from_str::<Vec<String>>(s).map_err(|e| {
                Error::invalid(SETTING, t!("sms-not-json-array", reason = e.to_string()))
            })?
        } else {
            let words: Vec<String> = s.split_whitespace().map(str::to_string).collect();
            if words.iter().any(|w| w.contains(['"', '\'', '\\'])) {
                return Err(Error::invalid(SETTING, t!("sms-quote")));
            }
            words
        };
        let mut words = words.into_iter();
        let program = match words.next() {
            Some(p) if !p.is_empty() => p,
            _ => return Err(Error::invalid(SETTING, t!("sms-empty"))),
        };
        Ok(SmsCommand {
            program,
            args: words.collect(),
        })
    }
}

impl SmsCommand {
    /// Runs the program with `phone` as its last argument and `text` on
    /// stdin; exit status 0 means sent. The program (and whatever it
    /// started in its process group) is killed once `timeout` has passed.
    /// A failure is one line naming the program and the reason, with the
    /// first line of its stderr (bounded, control characters escaped,
    /// `text` cut out of it: a script that echoes its input must not put
    /// the password into an error). A phone that is empty or starts with
    /// `-` (it would read as an option) is refused before anything runs.
    pub fn send(&self, phone: &str, text: &str, timeout: Duration) -> Result<()> {
        run(self, phone, text, timeout)
    }
}

fn run(command: &SmsCommand, phone: &str, text: &str, timeout: Duration) -> Result<()> {
    if phone.trim().is_empty() || phone.starts_with('-') {
        return Err(Error::invalid("phone", t!("sms-phone-bad")));
    }
    let fail = |reason: Msg| {
        Error::lookup(
            "sms",
            t!(
                "sms-program-failed",
                program = command.program.as_str(),
                reason = reason.into_string()
            ),
        )
    };
    let mut cmd = Command::new(&command.program);
    cmd.args(&command.args)
        .arg(phone)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Its own process group, so the timeout kills a script's children too.
        cmd.process_group(0);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| fail(t!("sms-cannot-run", reason = e.to_string().to_lowercase())))?;

    // Stdin and stderr in threads: a program that neither reads its input
    // nor ends must still be stopped by the clock below.
    let mut stdin = child.stdin.take();
    let input = text.as_bytes().to_vec();
    std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            // A program that exits without reading is judged by its status.
            let _ = stdin.write_all(&input);
        }
    });
    let (tx, rx) = mpsc::channel();
    if let Some(mut stderr) = child.stderr.take() {
        std::thread::spawn(move || {
            let mut kept = Vec::new();
            let mut buf = [0u8; 4096];
            loop {
                match stderr.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let room = STDERR_KEEP.saturating_sub(kept.len());
                        kept.extend_from_slice(&buf[..n.min(room)]);
                    }
                }
            }
            let _ = tx.send(kept);
        });
    }

    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                kill(&mut child);
                return Err(fail(t!(
                    "sms-timeout",
                    secs = timeout.as_secs_f64().to_string()
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => {
                kill(&mut child);
                return Err(fail(t!("sms-wait-failed", reason = e.to_string())));
            }
        }
    };
    if status.success() {
        return Ok(());
    }
    // A child it left behind may hold stderr open: wait a moment, no more.
    let stderr = rx
        .recv_timeout(Duration::from_millis(500))
        .unwrap_or_default();
    let line = first_line(&stderr, text);
    let how = match status.code() {
        Some(code) => t!("sms-exited", code = code.to_string()),
        None => t!("sms-killed"),
    };
    Err(fail(if line.is_empty() {
        how
    } else {
        t!("sms-ended-saying", how = how.into_string(), said = line)
    }))
}

fn kill(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        // The group we made at spawn; its id is the child's pid.
        if let Ok(pid) = i32::try_from(child.id()) {
            // SAFETY: kill(2) with a negative pid signals a process group;
            // it touches no memory of ours.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// The first non-empty line of `stderr`, lossy UTF-8, `secret` cut out,
/// control characters escaped, at most [`STDERR_SHOW`] characters.
fn first_line(stderr: &[u8], secret: &str) -> String {
    let text = String::from_utf8_lossy(stderr);
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let line = if secret.is_empty() {
        line.to_string()
    } else {
        line.replace(secret, "<text>")
    };
    let mut out = String::new();
    for (i, c) in line.chars().enumerate() {
        if i == STDERR_SHOW {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::path::{Path, PathBuf};

    /// A script in `dir` that records its arguments (one a line) and stdin
    /// and then runs `tail` (shell code of the test's own).
    fn script(dir: &Path, tail: &str) -> PathBuf {
        let path = dir.join("sms-gw");
        let body = format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{0}/args'\ncat > '{0}/stdin'\n{tail}\n",
            dir.display()
        );
        std::fs::write(&path, body).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    fn cmd(path: &Path, args: &[&str]) -> SmsCommand {
        SmsCommand {
            program: path.display().to_string(),
            args: args.iter().map(|s| s.to_string()).collect(),
        }
    }

    const T: Duration = Duration::from_secs(10);

    #[test]
    fn phone_is_last_argument_and_text_is_stdin() {
        let dir = tempfile::tempdir().unwrap();
        let c = cmd(&script(dir.path(), "exit 0"), &["--route", "2"]);
        c.send("+79123456789", "логин ivanov, пароль p@ss", T)
            .unwrap();
        let args = std::fs::read_to_string(dir.path().join("args")).unwrap();
        assert_eq!(args, "--route\n2\n+79123456789\n");
        let stdin = std::fs::read_to_string(dir.path().join("stdin")).unwrap();
        assert_eq!(stdin, "логин ivanov, пароль p@ss");
    }

    #[test]
    fn shell_syntax_in_phone_or_text_stays_literal() {
        let dir = tempfile::tempdir().unwrap();
        let c = cmd(&script(dir.path(), "exit 0"), &[]);
        let canary = dir.path().join("canary");
        std::fs::write(&canary, "alive").unwrap();
        let phone = format!("+7912; rm -rf {0} $(rm {0}) `rm {0}`", canary.display());
        let text = format!("$(rm {0}); rm -rf {0} | sh\n`rm {0}`", canary.display());
        c.send(&phone, &text, T).unwrap();
        assert!(canary.exists(), "a shell ran the phone or the text");
        let args = std::fs::read_to_string(dir.path().join("args")).unwrap();
        assert_eq!(args, format!("{phone}\n"), "one argument, unchanged");
        let stdin = std::fs::read_to_string(dir.path().join("stdin")).unwrap();
        assert_eq!(stdin, text);
    }

    #[test]
    fn nonzero_exit_is_a_lookup_error_with_first_stderr_line() {
        let dir = tempfile::tempdir().unwrap();
        let c = cmd(
            &script(
                dir.path(),
                "printf '\\n  gateway said: no\\033[31m credit for %s\\n second line\\n' \"$(cat '{d}/stdin')\" >&2; exit 3"
                    .replace("{d}", &dir.path().display().to_string())
                    .as_str(),
            ),
            &[],
        );
        let e = c.send("+79123456789", "pw-Zq9", T).unwrap_err();
        assert_eq!(e.kind, crate::ErrorKind::Lookup);
        assert_eq!(e.subject, "sms");
        assert!(e.message.contains("exited with status 3"), "{}", e.message);
        assert!(
            e.message
                .contains("gateway said: no\\u{1b}[31m credit for <text>"),
            "{}",
            e.message
        );
        assert!(!e.message.contains("second line"), "{}", e.message);
        assert!(!e.message.contains("pw-Zq9"), "{}", e.message);
        assert!(!e.message.contains('\n') && !e.message.contains('\u{1b}'));
    }

    #[test]
    fn long_stderr_is_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let c = cmd(
            &script(
                dir.path(),
                "head -c 100000 /dev/zero | tr '\\0' x >&2; exit 1",
            ),
            &[],
        );
        let e = c.send("1", "t", T).unwrap_err();
        assert!(
            e.message.len() < 400 + c.program.len(),
            "{}",
            e.message.len()
        );
        assert!(e.message.ends_with('…'));
    }

    #[test]
    fn hung_program_is_killed_after_timeout() {
        let dir = tempfile::tempdir().unwrap();
        // The script's child (sleep) holds stderr open: it must die too.
        let pidfile = dir.path().join("bg.pid");
        let tail = format!(
            "sleep 30 & echo $! > '{}'; sleep 30; exit 0",
            pidfile.display()
        );
        let c = cmd(&script(dir.path(), &tail), &[]);
        let start = Instant::now();
        let e = c.send("1", "t", Duration::from_millis(500)).unwrap_err();
        let took = start.elapsed();
        assert!(took < Duration::from_secs(5), "took {took:?}");
        assert!(
            e.message.contains("did not finish within 0.5 s"),
            "{}",
            e.message
        );
        let pid = std::fs::read_to_string(&pidfile).unwrap();
        let stat = format!("/proc/{}/stat", pid.trim());
        let gone = || match std::fs::read_to_string(&stat) {
            Err(_) => true,
            // A zombie waiting for init to reap it is dead too.
            Ok(s) => s
                .rsplit(')')
                .next()
                .is_some_and(|r| r.trim_start().starts_with('Z')),
        };
        let until = Instant::now() + Duration::from_secs(3);
        while !gone() && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(gone(), "the script's own child outlived the timeout");
    }

    #[test]
    fn missing_program_is_a_lookup_error() {
        let e = SmsCommand::parse("/nonexistent/sms-send")
            .unwrap()
            .send("1", "t", T)
            .unwrap_err();
        assert_eq!(
            (e.kind, e.subject.as_str()),
            (crate::ErrorKind::Lookup, "sms")
        );
        assert!(
            e.message
                .starts_with("/nonexistent/sms-send: cannot run it"),
            "{}",
            e.message
        );
    }

    #[test]
    fn phone_that_reads_as_an_option_is_refused_before_running() {
        let dir = tempfile::tempdir().unwrap();
        let c = cmd(&script(dir.path(), "exit 0"), &[]);
        for phone in ["-rf", "--help", "", "  "] {
            let e = c.send(phone, "t", T).unwrap_err();
            assert_eq!(
                (e.kind, e.subject.as_str()),
                (crate::ErrorKind::Invalid, "phone")
            );
        }
        assert!(!dir.path().join("args").exists(), "the program ran");
    }

    #[test]
    fn setting_syntax_words_or_json_array() {
        assert_eq!(
            SmsCommand::parse("  /usr/bin/sms  --route 2 ").unwrap(),
            SmsCommand {
                program: "/usr/bin/sms".into(),
                args: vec!["--route".into(), "2".into()]
            }
        );
        assert_eq!(
            SmsCommand::parse(r#"["/opt/sms gw/send", "--from", "My ISP"]"#).unwrap(),
            SmsCommand {
                program: "/opt/sms gw/send".into(),
                args: vec!["--from".into(), "My ISP".into()]
            }
        );
        for bad in [
            "",
            "   ",
            "[]",
            "[\"\"]",
            "[1, 2]",
            "[\"a\"",
            "send 'My ISP'",
            "a\\ b",
        ] {
            let e = SmsCommand::parse(bad).unwrap_err();
            assert_eq!(
                (e.kind, e.subject.as_str()),
                (crate::ErrorKind::Invalid, SETTING),
                "{bad}"
            );
        }
    }
}
