//! The texts of a delivery: the letter's subject and body, the SMS and the
//! printed memo, rendered by minijinja from built-in Russian defaults or an
//! admin's override. Plain text throughout: auto-escaping is off (an HTML
//! escape would turn a password's `&` into `&amp;`), undefined variables are
//! an error when rendered (a misspelt `{{ pasword }}` must not send a letter
//! without a password), and `{% %}` tags eat their own line (`trim_blocks`,
//! `lstrip_blocks`), so `{% if %}` lines leave no blank lines behind.

use crate::error::{Error, Result};
use minijinja::{Environment, UndefinedBehavior, Value};
use std::fmt;

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
        Vars {
            display_name: "Иванов Иван".into(),
            login: "u000001".into(),
            password: "(пароль)".into(),
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

pub const DEFAULT_SUBJECT: &str = "Данные для входа в личный кабинет";

pub const DEFAULT_BODY: &str = "\
Здравствуйте, {{ display_name }}!

{% if operator_name %}
Ваши данные для входа в личный кабинет абонента {{ operator_name }}:
{% else %}
Ваши данные для входа в личный кабинет абонента:
{% endif %}

    Логин:  {{ login }}
    Пароль: {{ password }}
{% if cabinet_url %}

Войти в личный кабинет: {{ cabinet_url }}
{% endif %}

Никому не сообщайте пароль; сменить его можно в личном кабинете.
{% if operator_phone %}
Служба поддержки: {{ operator_phone }}
{% endif %}

С уважением,
{{ operator_name or \"служба поддержки\" }}
";

pub const DEFAULT_SMS: &str = "\
{% if operator_name %}{{ operator_name }}: {% endif %}\
логин {{ login }}, пароль {{ password }}\
{% if cabinet_url %}, вход: {{ cabinet_url }}{% endif %}";

pub const DEFAULT_MEMO: &str = "\
ПАМЯТКА АБОНЕНТА
{% if operator_name %}
{{ operator_name }}
{% endif %}
================================================================

Абонент: {{ display_name }}

Данные для входа в личный кабинет

    Логин:  {{ login }}
    Пароль: {{ password }}
{% if cabinet_url %}

    Адрес:  {{ cabinet_url }}
{% endif %}

Храните памятку так, чтобы её не видели посторонние, и никому
не сообщайте пароль. Сменить пароль можно в личном кабинете.
{% if operator_phone %}

Служба поддержки: {{ operator_phone }}
{% endif %}
";

/// The four templates, each either the built-in default or an admin's
/// override, syntax-checked when made: a broken override fails at
/// [`Templates::new`], an undefined variable at the first render (which is
/// what `letter preview` is for).
#[derive(Debug, Clone)]
pub struct Templates {
    subject: String,
    body: String,
    sms: String,
    memo: String,
}

impl Default for Templates {
    fn default() -> Self {
        Templates {
            subject: DEFAULT_SUBJECT.to_string(),
            body: DEFAULT_BODY.to_string(),
            sms: DEFAULT_SMS.to_string(),
            memo: DEFAULT_MEMO.to_string(),
        }
    }
}

/// The overrides an admin set (the caller reads the settings and files);
/// `None` keeps the default.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub subject: Option<String>,
    pub body: Option<String>,
    pub sms: Option<String>,
    pub memo: Option<String>,
}

impl Templates {
    /// The defaults with `overrides` in their place; each override is
    /// parsed now, so a syntax error is reported before anything is sent.
    pub fn new(overrides: Overrides) -> Result<Templates> {
        let d = Templates::default();
        let t = Templates {
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
            return Err(Error::invalid(
                SUBJECT,
                "the subject renders empty; set a subject or unset the setting to use the default",
            ));
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
            return Err(Error::invalid(SMS, "the SMS text renders empty"));
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
    let what = match e.detail() {
        Some(detail) => format!("{}: {detail}", e.kind()),
        None => e.kind().to_string(),
    };
    let mut message = match e.line() {
        Some(line) => format!("line {line}: {what}"),
        None => what,
    };
    if e.kind() == minijinja::ErrorKind::UndefinedError {
        message.push_str(&format!("; the variables are {}", VARIABLES.join(", ")));
    }
    let mut message = message.replace(['\r', '\n'], " ");
    if !password.is_empty() {
        message = message.replace(password, "<password>");
    }
    Error::invalid(name, message)
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
}
