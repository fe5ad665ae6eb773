//! What a 1C row looked like when the import last wrote or compared its
//! card: a hash of the row's mapped fields and of everything else that
//! shapes the result. A row whose fingerprint is the one its card keeps is
//! the row that made the card what it is, under the same rules, so the
//! import counts it unchanged without loading, applying and comparing.
//! The card keeps the fingerprint only while the import is the last to
//! have written it (see `card_write::update`).

use super::ImportOptions;
use crate::core::settings::{SettingType, Settings, CATALOG};
use crate::onec::Record;
use crate::store::subscribers::ImportFp;
use xxhash_rust::xxh3::Xxh3;

/// XXH3-128: the read-ahead hashes every row of every nightly run, and
/// BLAKE2b took 7,000 instructions a row (a tenth of a re-import's).
/// Nothing here needs a cryptographic hash: whoever writes the file
/// chooses the card's values anyway, and 128 bits make a chance
/// collision between one card's two rows negligible.
type Hasher = Xxh3;

/// Raised when what the fingerprint covers, or how, changes: every card's
/// stored fingerprint then stops matching and the next import compares
/// every row in full once.
const VERSION: &[u8] = b"abonent import fingerprint 2";

/// The hash of what an import run's rows are judged by: every setting
/// (secrets aside; a change of any re-checks every row once), the extra
/// field definitions, `--type-default`, and the program's version.
#[derive(Clone)]
pub(super) struct Context(Hasher);

impl Context {
    pub fn new(settings: &Settings, opts: &ImportOptions) -> Context {
        let mut h = Hasher::new();
        put(&mut h, VERSION);
        put(&mut h, env!("CARGO_PKG_VERSION").as_bytes());
        for def in CATALOG.iter().filter(|d| d.ty != SettingType::Secret) {
            put(&mut h, def.key.as_bytes());
            put(&mut h, settings.get(def.key).as_bytes());
        }
        let extra = serde_json::to_string(settings.extra_fields()).unwrap_or_default();
        put(&mut h, extra.as_bytes());
        let default = opts.type_default.map(|k| k.as_str()).unwrap_or("-");
        put(&mut h, default.as_bytes());
        Context(h)
    }

    /// The fingerprint of one row: its stated type, whether 1C marked it
    /// deleted, its INN as repaired, and its mapped fields in file order.
    pub fn of(&self, rec: &Record, inn: Option<&str>) -> ImportFp {
        let mut h = self.0.clone();
        put(
            &mut h,
            rec.kind.map(|k| k.as_str()).unwrap_or("-").as_bytes(),
        );
        put(&mut h, &[u8::from(rec.deleted)]);
        put(&mut h, inn.unwrap_or("\u{0}").as_bytes());
        for (field, value) in &rec.values {
            put(&mut h, field.as_bytes());
            put(&mut h, value.as_bytes());
        }
        h.digest128().to_le_bytes()
    }
}

/// A length before each part, so `ab`+`c` and `a`+`bc` differ.
fn put(h: &mut Hasher, bytes: &[u8]) {
    h.update(&(bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;
    use std::collections::HashMap;

    fn rec(values: &[(&str, &str)]) -> Record {
        Record::of(values)
    }

    #[test]
    fn a_row_the_same_in_every_way_has_the_same_fingerprint_and_any_change_another() {
        let settings = Settings::default();
        let opts = ImportOptions::default();
        let ctx = Context::new(&settings, &opts);
        let base = rec(&[("name", "Нева"), ("inn", "7707083893")]);
        let fp = ctx.of(&base, Some("7707083893"));
        // Another line of the file, the same row.
        let mut moved = base.clone();
        moved.line = 900;
        assert_eq!(ctx.of(&moved, Some("7707083893")), fp);
        let mut others = vec![
            ctx.of(
                &rec(&[("name", "Нева "), ("inn", "7707083893")]),
                Some("7707083893"),
            ),
            ctx.of(
                &rec(&[("name", "Нев"), ("inn", "a7707083893")]),
                Some("7707083893"),
            ),
            ctx.of(
                &rec(&[("full_name", "Нева"), ("inn", "7707083893")]),
                Some("7707083893"),
            ),
            ctx.of(&base, None),
        ];
        let mut deleted = base.clone();
        deleted.deleted = true;
        others.push(ctx.of(&deleted, Some("7707083893")));
        let mut typed = base.clone();
        typed.kind = Some(Kind::Legal);
        others.push(ctx.of(&typed, Some("7707083893")));
        // The same row under other rules or another --type-default.
        let stricter = Settings::from_stored(HashMap::from([(
            "required.legal".to_string(),
            "name,inn,kpp".to_string(),
        )]));
        others.push(Context::new(&stricter, &opts).of(&base, Some("7707083893")));
        let person = ImportOptions {
            type_default: Some(Kind::Person),
            ..ImportOptions::default()
        };
        others.push(Context::new(&settings, &person).of(&base, Some("7707083893")));
        for (i, other) in others.iter().enumerate() {
            assert_ne!(*other, fp, "change {i} kept the fingerprint");
        }
        // A secret is no rule: setting a DaData key re-checks nothing.
        let keyed = Settings::from_stored(HashMap::from([(
            "dadata.token".to_string(),
            "KEY".to_string(),
        )]));
        assert_eq!(
            Context::new(&keyed, &opts).of(&base, Some("7707083893")),
            fp
        );
    }
}
