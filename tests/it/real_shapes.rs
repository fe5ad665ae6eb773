//! `import-1c` on files shaped like the real 1C exchange files of issue 11
//! (fixtures of our own in `fixtures/1c/real-*`): a UTF-8 file that declares
//! windows-1251, a catalog instead of counterparties, an empty exchange file,
//! orders with a nested representative and a counterparty repeated across
//! documents, and a `--map` naming a heading the file lacks.

use crate::common::*;
use serde_json::Value;

fn fixture(name: &str) -> String {
    format!("{}/fixtures/1c/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs an import with `--json`: (exit code, summary or null, stderr).
fn import(env: &Env, args: &[&str]) -> (i32, Value, String) {
    let (code, out, err) = env.run(&[&["import-1c"], args, &["--json"]].concat());
    let summary = serde_json::from_str(&out).unwrap_or(Value::Null);
    (code, summary, err)
}

fn cards(env: &Env) -> Vec<Value> {
    env.json(&["subscriber", "list", "--all", "--limit", "0"])
        .as_array()
        .expect("a list")
        .clone()
}

#[test]
fn utf8_bytes_declared_windows_1251_are_read_as_utf8_with_a_warning() {
    let env = Env::new();
    let f = fixture("real-orders-utf8-declared-1251.xml");
    // The warning is shown even with --quiet.
    let (code, s, err) = import(&env, &["-q", &f]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["encoding"], "utf-8");
    assert_eq!(s["created"], 1, "{s}");
    assert_eq!(s["warnings"], 1, "the declaration's warning counts: {s}");
    assert!(
        err.contains("warning")
            && err.contains("declares encoding=\"windows-1251\" but its bytes are UTF-8"),
        "{err}"
    );
    // One person; the nested representative is no card.
    let all = cards(&env);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["type"], "person");
    assert_eq!(all[0]["last_name"], "Иволгина");
    assert_eq!(all[0]["onec"]["id"], "3#ivolga#Иволгина Мария");
}

#[test]
fn a_catalog_file_is_refused_saying_what_it_is() {
    let env = Env::new();
    let (code, _, err) = import(&env, &[&fixture("real-catalog-owner.xml")]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("holds a catalog of goods"), "{err}");
    assert!(
        err.contains("orders.xml: <Документ> with <Контрагенты>"),
        "{err}"
    );
    // The catalog's owner, INN and all, did not become a card.
    assert!(cards(&env).is_empty());
}

#[test]
fn an_empty_exchange_file_is_an_empty_import_with_a_note() {
    let env = Env::new();
    let (code, s, err) = import(&env, &["-v", &fixture("real-empty-exchange.cp1251.xml")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["rows"], 0);
    assert_eq!(s["encoding"], "windows-1251");
    assert!(err.contains("holds no counterparties"), "{err}");
    // With --json into a pipe (cron), notes are asked for only by --verbose.
    let (_, _, piped) = import(&env, &[&fixture("real-empty-exchange.cp1251.xml")]);
    assert!(piped.is_empty(), "{piped}");
    let (_, _, quiet) = import(&env, &["-q", &fixture("real-empty-exchange.cp1251.xml")]);
    assert!(!quiet.contains("holds no counterparties"), "{quiet}");
}

#[test]
fn a_counterparty_repeated_across_documents_is_one_card() {
    let env = Env::new();
    let f = fixture("real-documents-repeated.xml");
    let (code, s, err) = import(&env, &[&f]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["rows"], 2, "{s}");
    assert_eq!(s["created"], 1, "{s}");
    assert_eq!(s["rejected"], 0, "{s}");
    let all = cards(&env);
    assert_eq!(all.len(), 1, "the representative is no card: {all:?}");
    assert_eq!(all[0]["inn"], "7707083893");
    // Importing again changes nothing.
    let (code, s, err) = import(&env, &[&f]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["unchanged"], 2, "{s}");
}

#[test]
fn map_naming_a_missing_heading_is_an_error_before_anything_is_imported() {
    let env = Env::new();
    let f = fixture("real-list-country.csv");
    let (code, _, err) = import(&env, &["-q", &f, "--map", "Доп. телефон=phone"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("--map Доп. телефон=phone"), "{err}");
    assert!(
        err.contains("«Наименование», «ИНН», «КПП», «Юр. / физ. лицо», «Страна регистрации»"),
        "{err}"
    );
    assert!(cards(&env).is_empty());
    // A column the file has: the import runs (country and legal form are
    // read and, for now, left to the core).
    let (code, s, err) = import(&env, &[&f, "--map", "Страна регистрации=country"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["created"], 1, "{s}");
}

/// Writes a CSV list export (UTF-8, `;`) into the test's folder.
fn list_csv(env: &Env, name: &str, rows: &[&str]) -> String {
    let path = env.dir.path().join(name);
    let text = rows.join("\r\n") + "\r\n";
    std::fs::write(&path, text).expect("write csv");
    path.to_str().expect("utf-8 path").to_string()
}

#[test]
fn a_contact_that_cannot_be_read_is_left_out_and_the_card_imported() {
    let env = Env::new();
    let f = list_csv(
        &env,
        "contacts.csv",
        &[
            "Наименование;ИНН;КПП;Телефон;Электронная почта",
            // 121 is garbage; the St Petersburg number and its extension stay.
            "ООО «Нева»;7707083893;773601001;121, +7 (812) 309-09-09 доб. 139;\"ok@neva.ru, bad..dots@neva.ru\"",
        ],
    );
    let rejects = env.dir.path().join("rejects.csv");
    let (code, s, err) = import(&env, &[&f, "--rejects", rejects.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["created"], 1, "{s}");
    assert_eq!(s["rejected"], 0, "{s}");
    assert_eq!(s["warnings"], 2, "{s} {err}");
    // The warning names the row, the column and the value.
    assert!(
        err.contains("line 2: phone (column «Телефон») `121`"),
        "{err}"
    );
    assert!(
        err.contains("email (column «Электронная почта») `bad..dots@neva.ru`"),
        "{err}"
    );
    let card = env.json(&["subscriber", "show", "inn:7707083893"]);
    assert_eq!(
        card["phones"],
        serde_json::json!([{"value": "+78123090909", "extension": "139", "confirmed": true}])
    );
    assert_eq!(card["emails"][0]["value"], "ok@neva.ru");
    assert_eq!(card["emails"].as_array().map(Vec::len), Some(1));
    // Both are warning rows of the rejects file, with the row's cells.
    let text = std::fs::read_to_string(&rejects).expect("rejects");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[1].starts_with("2,7707083893,phone,\"warning: phone (column «Телефон») `121`"),
        "{text}"
    );
    assert!(lines[1].ends_with(",ООО «Нева»,7707083893,773601001,\"121, +7 (812) 309-09-09 доб. 139\",\"ok@neva.ru, bad..dots@neva.ru\""), "{text}");
    assert!(
        lines[2]
            .contains(",email,\"warning: email (column «Электронная почта») `bad..dots@neva.ru`"),
        "{text}"
    );
}

#[test]
fn subscriber_add_still_refuses_a_contact_that_cannot_be_read() {
    let env = Env::new();
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Петрова",
        "--first-name",
        "Анна",
        "--phone",
        "8 912 345-67-89, 121",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("phone") && err.contains("`121`"), "{err}");
}

#[test]
fn a_counterparty_registered_abroad_is_a_non_resident() {
    let env = Env::new();
    let f = list_csv(
        &env,
        "foreign.csv",
        &[
            "Наименование;ИНН;Страна регистрации",
            // A Kazakh company's BIN in the ИНН column: kept as its tax number.
            "ТОО \"Алтай\";990540002276;Казахстан",
            // The ОКСМ code and the alpha-2 code read the same way.
            "Минский завод;100000001;112",
            "Kikinda LLC;12345;RS",
            // Our own country: the INN checks apply, and this one fails.
            "ООО «Свои»;7707083894;Российская Федерация",
        ],
    );
    let (code, s, err) = import(&env, &[&f]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        (s["created"].as_u64(), s["rejected"].as_u64()),
        (Some(3), Some(1)),
        "{s} {err}"
    );
    let by_name = |name: &str| -> Value {
        cards(&env)
            .into_iter()
            .find(|c| c["display_name"] == name)
            .unwrap_or_else(|| panic!("no card {name}"))
    };
    let kz = by_name("ТОО \"Алтай\"");
    assert_eq!(kz["type"], "legal");
    assert_eq!(kz["country"], "KZ");
    assert_eq!(kz["tax_id"], "990540002276");
    assert_eq!(kz["inn"], Value::Null);
    assert_eq!(by_name("Минский завод")["country"], "BY");
    assert_eq!(by_name("Kikinda LLC")["country"], "RS");
    assert!(err.contains("7707083894"), "{err}");

    // By hand: no INN needed of a non-resident, and a country we do not know is refused.
    let (code, out, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "Астана Телеком",
        "--country",
        "Республика Казахстан",
        "--tax-id",
        "BIN 123",
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let card: Value = serde_json::from_str(&out).expect("card json");
    assert_eq!(
        (card["country"].as_str(), card["tax_id"].as_str()),
        (Some("KZ"), Some("BIN 123"))
    );
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "Нарния",
        "--country",
        "Нарния",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("country") && err.contains("`Нарния` is not a country"),
        "{err}"
    );
    // Our own country written out is a resident: the INN is asked for again.
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "Свои",
        "--country",
        "RU",
        "--inn",
        "7707083894",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("inn"), "{err}");
}

/// A CommerceML 2.x counterparty list of our own with the given bodies.
fn commerceml(env: &Env, name: &str, counterparties: &str) -> String {
    let path = env.dir.path().join(name);
    let text = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"2.05\">\n<Контрагенты>\n{counterparties}</Контрагенты>\n</КоммерческаяИнформация>\n"
    );
    std::fs::write(&path, text).expect("write xml");
    path.to_str().expect("utf-8 path").to_string()
}

#[test]
fn reject_reasons_speak_of_the_file_not_of_flags() {
    let env = Env::new();
    let xml = commerceml(
        &env,
        "no-inn.xml",
        "<Контрагент><Ид>a1</Ид><Наименование>Нева</Наименование>\
         <ОфициальноеНаименование>ООО «Нева»</ОфициальноеНаименование>\
         <АдресРегистрации><Представление>Санкт-Петербург, Невский, 1</Представление></АдресРегистрации>\
         </Контрагент>\n\
         <Контрагент><Ид>a2</Ид><Наименование>Ладога</Наименование>\
         <ОфициальноеНаименование>ООО «Ладога»</ОфициальноеНаименование><ИНН>7707083893</ИНН>\
         <АдресРегистрации><Представление>Санкт-Петербург, Садовая, 2</Представление></АдресРегистрации>\
         </Контрагент>\n",
    );
    let rejects = env.dir.path().join("rejects.csv");
    let (code, s, err) = import(&env, &[&xml, "--rejects", rejects.to_str().unwrap()]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        (s["created"].as_u64(), s["rejected"].as_u64()),
        (Some(1), Some(1)),
        "{s}"
    );
    let text = std::fs::read_to_string(&rejects).expect("rejects");
    assert!(
        text.contains("required for legal cards but missing; fill in ИНН (element <ИНН>) in 1C and export again"),
        "{text}"
    );
    assert!(!text.contains("give --"), "{text}");
    // A company's registration address is its legal address.
    let card = env.json(&["subscriber", "show", "inn:7707083893"]);
    assert_eq!(card["addresses"][0]["kind"], "legal", "{card}");
    assert_eq!(card["addresses"][0]["text"], "Санкт-Петербург, Садовая, 2");

    // A CSV names the column as the file heads it.
    let csv = list_csv(
        &env,
        "bad-inn.csv",
        &["Наименование;Инн", "ООО «Свои»;7707083894"],
    );
    let (code, _, err) = import(&env, &[&csv, "--rejects", rejects.to_str().unwrap()]);
    assert_eq!(code, 3, "{err}");
    let text = std::fs::read_to_string(&rejects).expect("rejects");
    assert!(text.contains("ИНН (column «Инн»): "), "{text}");
    let csv = list_csv(
        &env,
        "no-inn.csv",
        &["Наименование;КПП", "ООО «Без ИНН»;773601001"],
    );
    let (code, _, err) = import(&env, &[&csv, "--rejects", rejects.to_str().unwrap()]);
    assert_eq!(code, 3, "{err}");
    let text = std::fs::read_to_string(&rejects).expect("rejects");
    assert!(
        text.contains("fill in ИНН (the file has no column for it) in 1C"),
        "{text}"
    );
}
