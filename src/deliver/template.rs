//! The texts of a delivery: the letter's subject and body, the SMS and the
//! printed memo, rendered by minijinja from built-in defaults (Russian or
//! English, setting `letter.lang`) or an admin's override. Plain text
//! throughout: auto-escaping is off (an HTML escape would turn a password's `&` into `&amp;`), undefined variables are
//! an error when rendered (a misspelt `{{ pasword }}` must not send a letter
//! without a password), and `{% %}` tags eat their own line (`trim_blocks`,
//! `lstrip_blocks`), so `{% if %}` lines leave no blank lines behind.

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::t;
use minijinja::{Environment, UndefinedBehavior, Value};
use std::fmt;

mod defaults;
pub use defaults::{Defaults, EN, RU};

/// The variables every template sees. Empty strings are allowed (an unset
/// `cabinet.url` is `""`, and the defaults skip its line); a name not in
/// this list is an error at render.
#[derive(Clone, Default)]
pub struct Vars {
    /// The card's display name: «ООО "Ромашка"», «Иванов Иван Иванович».
    pub display_name: String,
    pub login: String,
    /// The plaintext password, made a moment ago; it exists nowhere else.
    pub password: String,
    /// The personal account's address (setting `cabinet.url`).
    pub cabinet_url: String,
    /// The operator's name (setting `operator.name`).
    pub operator_name: String,
    /// The support phone (setting `operator.phone`).
    pub operator_phone: String,
}

/// The names a template may use, in the order the docs list them.
pub const VARIABLES: [&str; 6] = [
    "display_name",
    "login",
    "password",
    "cabinet_url",
    "operator_name",
    "operator_phone",
];

impl fmt::Debug for Vars {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vars")
            .field("display_name", &self.display_name)
            .field("login", &self.login)
            .field("password", &"<redacted>")
            .field("cabinet_url", &self.cabinet_url)
            .field("operator_name", &self.operator_name)
            .field("operator_phone", &self.operator_phone)
            .finish()
    }
}

impl Vars {
    /// These values with a sample card and password in place of a real
    /// one: what a template is checked with before anything is sent.
    pub fn with_sample_card(&self) -> Vars {
        self.with_sample_card_in(Lang::Ru)
    }

    /// The sample card and password in the letter's language (`letter
    /// preview` shows the placeholder password in the letter).
    pub fn with_sample_card_in(&self, lang: Lang) -> Vars {
        let (display_name, password) = match lang {
            Lang::Ru => ("Иванов Иван", "(пароль)"),
            Lang::En => ("Ivan Ivanov", "(password)"),
        };
        Vars {
            display_name: display_name.into(),
            login: "u000001".into(),
            password: password.into(),
            ..self.clone()
        }
    }

    fn context(&self) -> Value {
        minijinja::context! {
            display_name => self.display_name.clone(),
            login => self.login.clone(),
            password => self.password.clone(),
            cabinet_url => self.cabinet_url.clone(),
            operator_name => self.operator_name.clone(),
            operator_phone => self.operator_phone.clone(),
        }
    }
}

/// A rendered letter: one-line subject, plain text body. It remembers the
/// password it carries so that a failed send can cut it out of whatever
/// the server answered.
#[derive(Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
    secret: String,
}

impl Letter {
    /// A letter written elsewhere; `secret` (the password in it) is kept
    /// out of every error about it.
    pub fn new(subject: String, body: String, secret: String) -> Letter {
        Letter {
            subject,
            body,
            secret,
        }
    }

    pub fn secret(&self) -> &str {
        &self.secret
    }
}

impl fmt::Debug for Letter {
    // The body holds the password: a `{:?}` in a log or a panic must not.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Letter")
            .field("subject", &self.subject)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

/// The setting names of the templates; each also names its template in
/// error messages.
pub const SUBJECT: &str = "letter.credentials.subject";
pub const BODY: &str = "letter.credentials.template";
pub const SMS: &str = "letter.credentials.sms";
pub const MEMO: &str = "letter.credentials.memo";

/// The setting that picks the language of the built-in texts: a letter
/// goes to a subscriber, so it follows the operator's choice, not the
/// admin's terminal.
pub const LANG: &str = "letter.lang";

/// `letter.lang`: `ru` (the default, also for an empty value) or `en`.
pub fn letter_lang(value: &str) -> Result<Lang> {
    if value.trim().is_empty() {
        return Ok(Lang::Ru);
    }
    Lang::parse(value).ok_or_else(|| {
        Error::invalid(
            LANG,
            t!(
                "deliver-letter-lang-unknown",
                value = format!("{:?}", value.trim())
            ),
        )
    })
}

/// The four templates, each either the built-in default or an admin's
/// override, syntax-checked when made: a broken override fails at
/// [`Templates::new`], an undefined variable at the first render (which is
/// what `letter preview` is for).
#[derive(Debug, Clone)]
pub struct Templates {
    lang: Lang,
    subject: String,
    body: String,
    sms: String,
    memo: String,
}

impl Default for Templates {
    /// The Russian built-in texts.
    fn default() -> Self {
        Templates::of(Lang::Ru)
    }
}

/// The overrides an admin set (the caller reads the settings and files);
/// `None` keeps the default of `lang` (setting `letter.lang`).
#[derive(Debug, Clone)]
pub struct Overrides {
    pub lang: Lang,
    pub subject: Option<String>,
    pub body: Option<String>,
    pub sms: Option<String>,
    pub memo: Option<String>,
}

impl Default for Overrides {
    /// None: the Russian built-in texts.
    fn default() -> Self {
        Overrides {
            lang: Lang::Ru,
            subject: None,
            body: None,
            sms: None,
            memo: None,
        }
    }
}

impl Templates {
    /// The defaults with `overrides` in their place; each override is
    /// parsed now, so a syntax error is reported before anything is sent.
    pub fn new(overrides: Overrides) -> Result<Templates> {
        let d = Templates::of(overrides.lang);
        let t = Templates {
            lang: overrides.lang,
            subject: overrides.subject.unwrap_or(d.subject),
            body: overrides.body.unwrap_or(d.body),
            sms: overrides.sms.unwrap_or(d.sms),
            memo: overrides.memo.unwrap_or(d.memo),
        };
        let env = environment();
        for (name, source) in t.sources() {
            env.template_from_named_str(name, source)
                .map_err(|e| template_error(name, &e, ""))?;
        }
        Ok(t)
    }

    /// The built-in texts of `lang`.
    pub fn of(lang: Lang) -> Templates {
        let d = Defaults::of(lang);
        Templates {
            lang,
            subject: d.subject.to_string(),
            body: d.body.to_string(),
            sms: d.sms.to_string(),
            memo: d.memo.to_string(),
        }
    }

    /// The language of the built-in texts (an override is whatever the
    /// admin wrote).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn sources(&self) -> [(&'static str, &str); 4] {
        [
            (SUBJECT, &self.subject),
            (BODY, &self.body),
            (SMS, &self.sms),
            (MEMO, &self.memo),
        ]
    }

    /// The letter: the subject on one line (line breaks become spaces, as a
    /// header must), the body as rendered.
    pub fn letter(&self, vars: &Vars) -> Result<Letter> {
        let subject = render(SUBJECT, &self.subject, vars)?;
        let subject = subject.split_whitespace().collect::<Vec<_>>().join(" ");
        if subject.is_empty() {
            return Err(Error::invalid(SUBJECT, t!("letter-subject-empty")));
        }
        let body = render(BODY, &self.body, vars)?;
        Ok(Letter::new(subject, body, vars.password.clone()))
    }

    /// The SMS text, trimmed (a template file's last newline is not sent).
    /// Renders the text `via` sends, to find a template that fails
    /// (an unknown variable) before a password is made.
    pub fn render_check(&self, via: super::Via, vars: &Vars) -> Result<()> {
        match via {
            super::Via::Email => self.letter(vars).map(drop),
            super::Via::Sms => self.sms(vars).map(drop),
            super::Via::Print => self.memo(vars).map(drop),
        }
    }

    pub fn sms(&self, vars: &Vars) -> Result<String> {
        let text = render(SMS, &self.sms, vars)?.trim().to_string();
        if text.is_empty() {
            return Err(Error::invalid(SMS, t!("letter-sms-empty")));
        }
        Ok(text)
    }

    /// The printed memo (`--via print`), one page of plain text.
    pub fn memo(&self, vars: &Vars) -> Result<String> {
        render(MEMO, &self.memo, vars)
    }
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    // The default delimiters with these three switches cannot fail to build.
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env
}

fn render(name: &str, source: &str, vars: &Vars) -> Result<String> {
    let env = environment();
    env.template_from_named_str(name, source)
        .and_then(|t| t.render(vars.context()))
        .map_err(|e| template_error(name, &e, &vars.password))
}

/// One line: "NAME: line N: what is wrong; the fix". The password is cut
/// out in case a filter's message quoted the value it failed on.
fn template_error(name: &str, e: &minijinja::Error, password: &str) -> Error {
    // minijinja's own words (its kind, then the detail), on one line.
    let what = match e.detail() {
        Some(detail) => format!("{}: {detail}", e.kind()),
        None => e.kind().to_string(),
    };
    let mut what = what.replace(['\r', '\n'], " ");
    if !password.is_empty() {
        what = what.replace(password, "<password>");
    }
    // Line 0 (none) is the message without a line.
    let line = e.line().unwrap_or(0);
    let problem = t!("letter-template-problem", line = line, what = what);
    if e.kind() == minijinja::ErrorKind::UndefinedError {
        return Error::invalid(
            name,
            t!(
                "letter-template-undefined",
                problem = problem.into_string(),
                variables = VARIABLES.join(", ")
            ),
        );
    }
    Error::invalid(name, problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> Vars {
        Vars {
            display_name: "Иванов Иван Иванович".into(),
            login: "ivanov".into(),
            password: "s3cr&t<P>w0rd".into(),
            cabinet_url: "https://lk.example.ru".into(),
            operator_name: "ООО «Связь»".into(),
            operator_phone: "+7 (495) 123-45-67".into(),
        }
    }

    #[test]
    fn default_letter_carries_every_variable_in_russian() {
        let letter = Templates::default().letter(&sample()).unwrap();
        assert_eq!(letter.subject, "Данные для входа в личный кабинет");
        for needle in [
            "Здравствуйте, Иванов Иван Иванович!",
            "Логин:  ivanov",
            "Пароль: s3cr&t<P>w0rd",
            "https://lk.example.ru",
            "ООО «Связь»",
            "+7 (495) 123-45-67",
        ] {
            assert!(
                letter.body.contains(needle),
                "{needle:?} in {}",
                letter.body
            );
        }
    }

    #[test]
    fn plain_text_is_not_html_escaped() {
        let body = Templates::default().letter(&sample()).unwrap().body;
        assert!(!body.contains("&amp;") && !body.contains("&lt;"), "{body}");
        let sms = Templates::default().sms(&sample()).unwrap();
        assert!(sms.contains("s3cr&t<P>w0rd"), "{sms}");
    }

    #[test]
    fn empty_settings_leave_no_dangling_lines() {
        let vars = Vars {
            cabinet_url: String::new(),
            operator_name: String::new(),
            operator_phone: String::new(),
            ..sample()
        };
        let body = Templates::default().letter(&vars).unwrap().body;
        assert!(!body.contains("Войти в личный кабинет:"), "{body}");
        assert!(!body.contains("Служба поддержки:"), "{body}");
        assert!(!body.contains("\n\n\n"), "three newlines in {body:?}");
        let sms = Templates::default().sms(&vars).unwrap();
        assert_eq!(sms, "логин ivanov, пароль s3cr&t<P>w0rd");
        let memo = Templates::default().memo(&vars).unwrap();
        assert!(!memo.contains("Адрес:"), "{memo}");
    }

    #[test]
    fn overrides_replace_defaults_and_subject_is_one_line() {
        let t = Templates::new(Overrides {
            subject: Some("Доступ\nдля {{ login }}\n".into()),
            body: Some("Пароль {{ password }}, {{ display_name|upper }}".into()),
            ..Overrides::default()
        })
        .unwrap();
        let letter = t.letter(&sample()).unwrap();
        assert_eq!(letter.subject, "Доступ для ivanov");
        assert_eq!(letter.body, "Пароль s3cr&t<P>w0rd, ИВАНОВ ИВАН ИВАНОВИЧ");
    }

    #[test]
    fn undefined_variable_is_an_error_naming_template_and_line() {
        let t = Templates::new(Overrides {
            body: Some("Здравствуйте!\nЛогин {{ login }}\nПароль {{ pasword }}\n".into()),
            ..Overrides::default()
        })
        .expect("syntax is fine; the variable is checked at render");
        let e = t.letter(&sample()).unwrap_err();
        assert_eq!(e.subject, BODY);
        assert!(e.message.starts_with("line 3: "), "{}", e.message);
        assert!(e.message.contains("undefined"), "{}", e.message);
        assert!(e.message.contains("password, cabinet_url"), "{}", e.message);
        assert!(!e.message.contains('\n'));
        // An attribute of an undefined name, a test of one: the same error.
        for src in ["{{ user.name }}", "{% if phone %}x{% endif %}"] {
            let t = Templates::new(Overrides {
                sms: Some(src.into()),
                ..Overrides::default()
            })
            .unwrap();
            assert_eq!(t.sms(&sample()).unwrap_err().subject, SMS, "{src}");
        }
    }

    #[test]
    fn syntax_error_is_reported_when_made_with_line() {
        let e = Templates::new(Overrides {
            memo: Some("ok\n\n{% if login %}no end".into()),
            ..Overrides::default()
        })
        .unwrap_err();
        assert_eq!(e.subject, MEMO);
        assert!(
            e.message.starts_with("line 3: syntax error"),
            "{}",
            e.message
        );
        assert!(!e.message.contains('\n'), "{}", e.message);
    }

    #[test]
    fn render_error_never_quotes_the_password() {
        // `int` fails on the value; whatever minijinja says, no password.
        for src in [
            "{{ password|int }}",
            "{{ password + 1 }}",
            "{{ password() }}",
            "{{ password[10:1:0] }}",
        ] {
            let t = Templates::new(Overrides {
                sms: Some(src.into()),
                ..Overrides::default()
            })
            .unwrap();
            let vars = Vars {
                password: "Zq9-unique-pw".into(),
                ..sample()
            };
            if let Err(e) = t.sms(&vars) {
                assert!(!e.to_string().contains("Zq9-unique-pw"), "{src}: {e}");
            }
        }
        let mut vars = sample();
        vars.password = "Zq9-unique-pw".into();
        assert!(!format!("{vars:?}").contains("Zq9-unique-pw"));
        let letter = Templates::default().letter(&vars).unwrap();
        assert!(!format!("{letter:?}").contains("Zq9-unique-pw"));
    }

    #[test]
    fn memo_is_one_page_of_plain_text() {
        let vars = Vars {
            display_name: "Общество с ограниченной ответственностью «Ромашка и партнёры»".into(),
            ..sample()
        };
        let memo = Templates::default().memo(&vars).unwrap();
        for needle in [
            "ПАМЯТКА АБОНЕНТА",
            "ООО «Связь»",
            "Логин:  ivanov",
            "Пароль: s3cr&t<P>w0rd",
            "Адрес:  https://lk.example.ru",
            "Служба поддержки: +7 (495) 123-45-67",
        ] {
            assert!(memo.contains(needle), "{needle:?} in {memo}");
        }
        let lines: Vec<&str> = memo.lines().collect();
        assert!(lines.len() <= 60, "{} lines", lines.len());
        let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= 80, "a line of {widest} characters");
        assert!(!memo.contains('\u{c}') && !memo.contains('\t'));
    }

    #[test]
    fn letter_lang_picks_the_english_defaults_and_refuses_other_values() {
        assert_eq!(letter_lang("").unwrap(), Lang::Ru);
        assert_eq!(letter_lang("ru").unwrap(), Lang::Ru);
        assert_eq!(letter_lang(" en ").unwrap(), Lang::En);
        assert_eq!(letter_lang("de").unwrap_err().subject, LANG);
        let t = Templates::new(Overrides {
            lang: Lang::En,
            ..Overrides::default()
        })
        .unwrap();
        assert_eq!(t.lang(), Lang::En);
        let letter = t.letter(&sample()).unwrap();
        assert_eq!(letter.subject, "Login details for your personal account");
        for needle in [
            "Hello, Иванов Иван Иванович!",
            "Login:    ivanov",
            "Password: s3cr&t<P>w0rd",
            "https://lk.example.ru",
            "+7 (495) 123-45-67",
        ] {
            assert!(
                letter.body.contains(needle),
                "{needle:?} in {}",
                letter.body
            );
        }
        assert_eq!(
            t.sms(&sample()).unwrap(),
            "ООО «Связь»: login ivanov, password s3cr&t<P>w0rd, sign in: https://lk.example.ru"
        );
        let memo = t.memo(&sample()).unwrap();
        assert!(memo.starts_with("SUBSCRIBER MEMO\n"), "{memo}");
        assert!(!memo.contains("Пароль"), "{memo}");
        // An override stays what the admin wrote, whatever the language.
        let t = Templates::new(Overrides {
            lang: Lang::En,
            subject: Some("Доступ {{ login }}".into()),
            ..Overrides::default()
        })
        .unwrap();
        assert_eq!(t.letter(&sample()).unwrap().subject, "Доступ ivanov");
        let sample = Vars::default().with_sample_card_in(Lang::En);
        assert_eq!(sample.password, "(password)");
    }
}
