//! The settings catalog: every key the operator can set, its default and
//! its type; its one-line description is the catalogue's message
//! `setting-about-<key>` (`i18n/*/settings.ftl`, see [`SettingDef::about`]).
//! Values live in the database so every admin and every cron job on a
//! server follows the same rules. The
//! settings in force also carry the operator's extra field definitions,
//! which are rules of the same kind (types, required, which cards).

use super::password;
use super::template::Template;
use crate::error::{Error, Result};
use crate::model::extra::ExtraDef;
use crate::model::fields;
use crate::model::values::parse_bool;
use crate::model::Kind;
use crate::requisites;
use std::collections::HashMap;
use std::sync::Arc;

mod check;
pub use check::{check_set, check_unset, check_value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingType {
    Text,
    Bool,
    /// A whole number in the inclusive range.
    Int(i64, i64),
    Choice(&'static [&'static str]),
    /// A comma list of field names from the catalog.
    Fields,
    /// A comma list of field names, and `extra` for every extra field.
    OwnedFields,
    /// A comma list of names from a fixed set.
    Flags(&'static [&'static str]),
    Regex,
    /// A secret: stored, never printed.
    Secret,
}

pub struct SettingDef {
    pub key: &'static str,
    pub default: &'static str,
    pub ty: SettingType,
}

impl SettingDef {
    /// What the setting is for, in the process's language: the catalogue's
    /// `setting-about-<key>` (dots and underscores as dashes).
    pub fn about(&self) -> String {
        self.about_in(crate::i18n::lang())
    }

    /// [`SettingDef::about`] in `lang`.
    pub fn about_in(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::tr_keyed_in(lang, "setting-about-", self.key, &[]).into_string()
    }
}

macro_rules! s {
    ($key:literal, $default:literal, $ty:expr) => {
        SettingDef {
            key: $key,
            default: $default,
            ty: $ty,
        }
    };
}

use SettingType::*;

pub const CATALOG: &[SettingDef] = &[
    s!("country", "RU", Text),
    s!(
        "validation.checksums",
        "strict",
        Choice(&["strict", "warn"])
    ),
    s!("required.legal", "name,inn", Fields),
    s!("required.ip", "last_name,first_name,inn", Fields),
    s!("required.person", "last_name,first_name", Fields),
    s!("login.template", "u{seq:6}", Text),
    s!("login.pattern", "^[A-Za-z0-9][A-Za-z0-9_.-]{2,31}$", Regex),
    s!("password.generate", "true", Bool),
    s!("password.length", "10", Int(6, 128)),
    s!(
        "password.alphabet",
        "lower,upper,digits",
        Flags(&["lower", "upper", "digits", "symbols"])
    ),
    s!("password.exclude", "0O1lI", Text),
    s!("password.min_length", "8", Int(1, 1024)),
    s!("groups.default.legal", "", Text),
    s!("groups.default.ip", "", Text),
    s!("groups.default.person", "", Text),
    s!("invoice.deliverers", "false", Bool),
    s!("db.busy_timeout_ms", "5000", Int(0, 600_000)),
    s!("dadata.enabled", "false", Bool),
    s!(
        "dadata.url",
        "https://suggestions.dadata.ru/suggestions/api/4_1/rs",
        Text
    ),
    s!("dadata.token", "", Secret),
    s!("dadata.timeout", "10", Int(1, 300)),
    s!("dadata.max_answer_bytes", "4194304", Int(1024, 268_435_456)),
    s!("dadata.cache_days", "30", Int(0, 3650)),
    s!("dadata.rate", "10", Int(1, 100)),
    s!("contract.template", "{yyyy}-{seq:5}", Text),
    s!("notify.days", "14", Int(0, 3650)),
    s!("cabinet.url", "", Text),
    s!("operator.name", "", Text),
    s!("operator.address", "", Text),
    s!("privacy.retention_days", "1095", Int(0, 36500)),
    s!("privacy.backup_days", "30", Int(0, 36500)),
    s!("privacy.log_reads", "false", Bool),
    s!("operator.phone", "", Text),
    s!("smtp.url", "", Text),
    s!("smtp.user", "", Text),
    s!("smtp.from", "", Text),
    s!("smtp.timeout", "30", Int(1, 600)),
    s!("smtp.tls", "required", Choice(&["required", "none"])),
    s!("sms.command", "", Text),
    s!("sms.timeout", "30", Int(1, 600)),
    s!("send.confirm_contacts", "true", Bool),
    s!("letter.lang", "ru", Choice(&["ru", "en"])),
    s!("letter.credentials.subject", "", Text),
    s!("letter.credentials.template", "", Text),
    s!("letter.credentials.sms", "", Text),
    s!(
        "import.admin_fields",
        "login,password,group,manager,extra,comment,delivery,delivery_address,edo_id",
        OwnedFields
    ),
];

pub fn lookup(key: &str) -> Option<&'static SettingDef> {
    CATALOG.iter().find(|s| s.key == key)
}

fn unknown_key(key: &str) -> Error {
    Error::not_found(key, crate::t!("setting-unknown"))
}

pub fn split_list(v: &str) -> Vec<String> {
    v.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The settings in force: the stored values over the defaults, and the
/// extra field definitions.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    stored: HashMap<String, String>,
    extra: Arc<Vec<ExtraDef>>,
}

/// The fields setting `import.admin_fields` leaves to the admin.
pub struct AdminFields<'a>(Vec<&'a str>);

impl AdminFields<'_> {
    /// Whether `field` is one of them (`extra` stands for every extra field).
    pub fn owns(&self, field: &str) -> bool {
        self.0
            .iter()
            .any(|&item| item == field || (item == "extra" && field.starts_with("extra.")))
    }
}

impl Settings {
    /// The same extra fields over other stored values.
    fn replaced(&self, stored: HashMap<String, String>) -> Settings {
        Settings {
            stored,
            extra: Arc::clone(&self.extra),
        }
    }

    pub fn from_stored(stored: HashMap<String, String>) -> Settings {
        Settings {
            stored,
            extra: Arc::default(),
        }
    }

    /// The same settings with these extra field definitions in force.
    pub fn with_extra_fields(mut self, defs: Vec<ExtraDef>) -> Settings {
        self.extra = Arc::new(defs);
        self
    }

    /// The same settings with no field required (`required.*` empty, no
    /// extra field required): what a form checks a card by while fields
    /// are still to be asked.
    pub fn without_required(&self) -> Settings {
        let mut stored = self.stored.clone();
        for kind in [Kind::Legal, Kind::Ip, Kind::Person] {
            stored.insert(format!("required.{kind}"), String::new());
        }
        let extra = self
            .extra
            .iter()
            .map(|d| ExtraDef {
                required: false,
                ..d.clone()
            })
            .collect();
        Settings {
            stored,
            extra: Arc::new(extra),
        }
    }

    /// Every extra field definition, by name.
    pub fn extra_fields(&self) -> &[ExtraDef] {
        &self.extra
    }

    pub fn extra_field(&self, name: &str) -> Option<&ExtraDef> {
        self.extra.iter().find(|d| d.name == name)
    }

    pub fn stored(&self, key: &str) -> Option<&str> {
        self.stored.get(key).map(String::as_str)
    }

    pub fn get(&self, key: &str) -> &str {
        match self.stored.get(key) {
            Some(v) => v,
            None => lookup(key).map(|d| d.default).unwrap_or(""),
        }
    }

    /// The fields the import leaves to the admin (setting
    /// `import.admin_fields`): it never overwrites such a field once the
    /// card has a value. Read once for the many fields of a row.
    pub fn admin_fields(&self) -> AdminFields<'_> {
        AdminFields(
            self.get("import.admin_fields")
                .split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .collect(),
        )
    }

    pub fn bool(&self, key: &str) -> bool {
        parse_bool(self.get(key)).unwrap_or(false)
    }

    pub fn int(&self, key: &str) -> i64 {
        self.get(key)
            .parse()
            .or_else(|_| lookup(key).map(|d| d.default).unwrap_or("0").parse())
            .unwrap_or(0)
    }

    pub fn list(&self, key: &str) -> Vec<String> {
        split_list(self.get(key))
    }

    pub fn is_russia(&self) -> bool {
        self.get("country").eq_ignore_ascii_case("RU")
    }

    pub fn strict_checksums(&self) -> bool {
        self.get("validation.checksums") != "warn"
    }

    /// `required.<kind>`, then every extra field defined `--required` for
    /// this kind that the setting does not already name.
    pub fn required(&self, kind: Kind) -> Vec<String> {
        let mut names = self.list(&format!("required.{kind}"));
        for def in self.extra.iter() {
            let name = format!("extra.{}", def.name);
            if def.required && def.applies_to(kind) && !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }
}

#[cfg(test)]
mod tests {
    /// The delivery settings take only what a send can use: an SMTP URL
    /// with a host and nothing else (a login in it would be printed by
    /// `settings list`), an e-mail as From, an http(s) cabinet URL.
    #[test]
    fn delivery_settings_take_only_what_a_send_can_use() {
        for (key, good) in [
            ("smtp.url", "smtp://mail.example.ru:587"),
            ("smtp.url", "smtps://mail.example.ru"),
            ("smtp.url", ""),
            ("smtp.from", "noreply@example.ru"),
            ("cabinet.url", "https://lk.example.ru/"),
        ] {
            assert!(super::check_value(key, good).is_ok(), "{key}={good}");
        }
        for (key, bad) in [
            ("smtp.url", "http://mail.example.ru"),
            ("smtp.url", "smtp://user:secret@mail.example.ru"),
            ("smtp.url", "smtp://"),
            ("smtp.url", "smtp://mail.example.ru/x"),
            ("smtp.from", "not an address"),
            ("cabinet.url", "lk.example.ru"),
            ("smtp.tls", "off"),
        ] {
            let e = super::check_value(key, bad).unwrap_err();
            assert_eq!(e.subject, key, "{bad}");
            assert!(!e.message.contains("secret"), "{e:?}");
        }
    }
    use super::*;

    /// The default list, a list with spaces and an empty item, and `extra`
    /// standing for every extra field.
    #[test]
    fn admin_fields_are_the_listed_ones_and_extra_covers_every_extra_field() {
        let default = Settings::default();
        let owned = default.admin_fields();
        for field in [
            "login",
            "password",
            "group",
            "manager",
            "comment",
            "extra.vlan",
        ] {
            assert!(owned.owns(field), "{field}");
        }
        for field in ["name", "inn", "email", "groups", "extras.x", ""] {
            assert!(!owned.owns(field), "{field}");
        }
        let mut stored = HashMap::new();
        stored.insert(
            "import.admin_fields".to_string(),
            " email , ,phone".to_string(),
        );
        let set = default.replaced(stored);
        let owned = set.admin_fields();
        assert!(owned.owns("email") && owned.owns("phone"));
        assert!(!owned.owns("login") && !owned.owns("") && !owned.owns("extra.vlan"));
    }

    /// Every key of the catalog has its description in both languages
    /// (a missing message would show its bare id).
    #[test]
    fn every_setting_is_described_in_both_languages() {
        use crate::i18n::Lang;
        for def in CATALOG {
            let id = format!("setting-about-{}", def.key.replace(['.', '_'], "-"));
            for lang in [Lang::En, Lang::Ru] {
                let text = def.about_in(lang);
                assert!(!text.is_empty() && text != id, "{} in {lang:?}", def.key);
            }
            assert_ne!(
                def.about_in(Lang::En),
                def.about_in(Lang::Ru),
                "{}",
                def.key
            );
        }
    }

    #[test]
    fn defaults_pass_their_own_checks() {
        for def in CATALOG {
            if def.default.is_empty() && matches!(def.ty, Flags(_)) {
                continue;
            }
            assert_eq!(
                check_value(def.key, def.default).unwrap(),
                def.default,
                "{}",
                def.key
            );
        }
    }

    fn with(pairs: &[(&str, &str)]) -> Settings {
        Settings::from_stored(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn combinations_are_checked_as_they_would_be_after_the_change() {
        let s = with(&[]);
        assert!(check_set(&s, "password.exclude", "abcdefghijklmnopqrstuvwxyz").is_ok());
        let no_letters = with(&[("password.exclude", "abcdefghijklmnopqrstuvwxyz")]);
        let e = check_set(&no_letters, "password.alphabet", "lower").unwrap_err();
        assert_eq!(e.subject, "password.alphabet");
        assert!(check_set(&no_letters, "password.alphabet", "lower,digits").is_ok());
        assert!(check_set(&s, "password.min_length", "10").is_ok());
        assert!(check_set(&s, "password.min_length", "11").is_err());
        let twelve = with(&[("password.length", "12"), ("password.min_length", "12")]);
        assert!(check_unset(&twelve, "password.length").is_err());
        assert!(check_unset(&twelve, "password.min_length").is_ok());
        // An unrelated key is not refused for a combination it is no part of.
        assert!(check_set(&twelve, "notify.days", "7").is_ok());
    }

    #[test]
    fn required_extra_fields_must_exist_for_that_type() {
        use crate::core::extra::{tests_def, ExtraDefInput};
        use crate::model::extra::ExtraType;
        let def = tests_def(ExtraDefInput {
            name: "zone".into(),
            ty: ExtraType::String,
            label: None,
            values: vec![],
            required: false,
            personal: false,
            kinds: vec![Kind::Legal],
            pattern: None,
        });
        let s = with(&[]).with_extra_fields(vec![def]);
        assert!(check_set(&s, "required.legal", "name,extra.zone").is_ok());
        assert!(check_set(&s, "required.ip", "inn,extra.zone").is_err());
        assert!(check_set(&s, "required.legal", "extra.nope").is_err());
    }

    #[test]
    fn templates_must_give_a_new_text_each_time() {
        assert!(check_value("login.template", "").is_ok());
        assert!(check_value("login.template", "{inn}").is_ok());
        assert!(check_value("login.template", "c{rand:8}").is_ok());
        assert!(check_value("login.template", "{type}{yyyy}").is_err());
        assert!(check_value("contract.template", "{inn}").is_err());
        assert!(check_value("contract.template", "{yy}-{seq:4}").is_ok());
    }

    #[test]
    fn values_are_checked() {
        assert!(check_value("required.legal", "name,inn,kpp,email").is_ok());
        assert!(check_value("required.legal", "name,nope").is_err());
        assert!(check_value("password.length", "3").is_err());
        assert_eq!(check_value("invoice.deliverers", "да").unwrap(), "true");
        assert_eq!(
            check_value("nope", "1").unwrap_err().kind,
            crate::error::ErrorKind::NotFound
        );
    }
}
