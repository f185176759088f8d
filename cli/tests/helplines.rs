//! `salama helplines` and the publisher tools as a person or a script uses them: a fresh
//! data directory, no network.

use std::path::Path;
use std::process::{Command, Output};

fn salama(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_salama"))
        .args(args)
        .env("SALAMA_DATA_DIR", data_dir)
        .env_remove("LANGUAGE")
        .env("LANG", "C")
        .output()
        .unwrap()
}

/// Standard output, without the bidi isolation marks Fluent puts around placeables.
fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// Standard error of a failure, without the bidi isolation marks.
fn stderr(output: &Output) -> String {
    assert!(!output.status.success(), "expected a failure");
    String::from_utf8_lossy(&output.stderr).replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn helplines_work_offline_with_emergency_numbers_first() {
    let dir = tempfile::tempdir().unwrap();
    let text = stdout(&salama(dir.path(), &["helplines", "--country", "gr"]));
    assert!(
        text.starts_with("EMERGENCY  Emergency number 112"),
        "{text}"
    );
    assert!(text.contains("tel:1109"), "{text}");
    assert!(text.contains("Source: "), "{text}");

    let json: serde_json::Value = serde_json::from_str(&stdout(&salama(
        dir.path(),
        &[
            "helplines",
            "--country",
            "IT",
            "--need",
            "trafficking",
            "--json",
        ],
    )))
    .unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["eu-112", "it-numero-verde-antitratta"]);
    let line = &json[1];
    assert_eq!(line["channels"][0]["uri"], "tel:+39800290290");
    assert_eq!(line["open"]["state"], "always");
    assert_eq!(line["origin"], "seed");
    assert!(
        line["sources"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );

    // Filters by the language given with --lang, and by channel.
    let json: serde_json::Value = serde_json::from_str(&stdout(&salama(
        dir.path(),
        &["helplines", "--country", "TR", "--lang", "ps", "--json"],
    )))
    .unwrap();
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .any(|h| h["id"] == "tr-yimer-157")
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&salama(
        dir.path(),
        &["helplines", "--channel", "whatsapp", "--json"],
    )))
    .unwrap();
    assert_eq!(json[0]["id"], "mx-linea-contra-la-trata");
}

/// The order a reader sees `text` in, by the Unicode bidi algorithm, as a terminal that
/// applies it lays out a line that starts with right-to-left words.
fn visual(text: &str) -> String {
    let info = unicode_bidi::BidiInfo::new(text, None);
    let paragraph = &info.paragraphs[0];
    info.reorder_line(paragraph, paragraph.range.clone())
        .into_owned()
}

#[test]
fn right_to_left_output_keeps_numbers_in_order_and_in_the_readers_digits() {
    let dir = tempfile::tempdir().unwrap();
    let output = salama(
        dir.path(),
        &["--lang", "ar", "helplines", "--country", "LY"],
    );
    let text = String::from_utf8(output.stdout).unwrap();
    // "الهاتف: +218910354839" shows as "218910354839+" unless the number is isolated.
    let phone = text.lines().find(|l| l.contains("218910354839")).unwrap();
    assert!(
        visual(phone).contains("+218910354839"),
        "{:?}",
        visual(phone)
    );
    assert!(visual(phone).contains("tel:+218910354839"));
    // The source's own date in Arabic digits, labelled as what it is.
    assert!(
        text.contains("تاريخ المصدر: \u{2068}٢٠٢٠-٠٣\u{2069}"),
        "{text}"
    );
    assert!(!text.contains("2020"), "{text}");
    // Wrapped notes keep their indent on every line.
    let dir_en = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_salama"))
        .args(["--lang", "en", "helplines", "--country", "IT"])
        .env("SALAMA_DATA_DIR", dir_en.path())
        .env("COLUMNS", "40")
        .output()
        .unwrap();
    let text = stdout(&output);
    let note = text
        .lines()
        .skip_while(|l| !l.contains("Cultural mediators"))
        .take(2)
        .collect::<Vec<_>>();
    assert!(note.iter().all(|l| l.starts_with("  ")), "{note:?}");
    assert!(text.contains("The source has no date"), "{text}");
    assert!(!text.contains("Last checked"), "{text}");

    // Hours in the reader's digits; the JSON keeps the wall-clock times for scripts.
    let fa = stdout(&salama(
        dir.path(),
        &["--lang", "fa", "helplines", "--country", "IT"],
    ));
    let hours = fa.lines().find(|l| l.contains("Europe/Rome")).unwrap();
    assert!(
        hours.contains("۰۹:۳۰") || hours.contains("۱۷:۳۰") || hours.contains("۱۳:۰۰"),
        "{hours}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&salama(
        dir.path(),
        &["helplines", "--country", "IT", "--json"],
    )))
    .unwrap();
    let arci = json
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "it-arci-asylum")
        .unwrap();
    let open = &arci["open"];
    let local = if open["state"] == "open" {
        &open["closes_local"]
    } else {
        &open["next_opens_local"]
    };
    assert_eq!(local["time_zone"], "Europe/Rome", "{open}");
    assert!(local["time"].as_str().unwrap().is_ascii());
}

#[test]
fn dates_hours_and_notes_come_in_each_locales_digits() {
    let dir = tempfile::tempdir().unwrap();
    // UNHCR Libya: its source is dated 2020-03, and its note gives 09:00 to 17:00.
    let cases = [
        ("ar", "٢٠٢٠-٠٣", "٠٩:٠٠"),
        ("fa", "۲۰۲۰-۰۳", "۰۹:۰۰"),
        ("bn", "২০২০-০৩", "০৯:০০"),
        ("en", "2020-03", "09:00"),
    ];
    for (locale, date, hour) in cases {
        let text = stdout(&salama(
            dir.path(),
            &["--lang", locale, "helplines", "--country", "LY"],
        ));
        assert!(
            text.contains(date) && text.contains(hour),
            "{locale}: {text}"
        );
        if locale != "en" {
            assert!(
                !text.contains("2020") && !text.contains("09:00"),
                "{locale}: {text}"
            );
        }
    }
}

#[test]
fn release_verify_names_a_wrong_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-release");
    let err = stderr(&salama(
        dir.path(),
        &["release", "verify", missing.to_str().unwrap()],
    ));
    assert!(
        err.contains(&format!("{} does not exist", missing.display())),
        "{err}"
    );
    assert!(!err.contains("free space"), "{err}");
    let not_a_pack = dir.path().join("notes.txt");
    std::fs::write(&not_a_pack, "hello").unwrap();
    for path in [dir.path(), not_a_pack.as_path()] {
        let err = stderr(&salama(
            dir.path(),
            &["release", "verify", path.to_str().unwrap()],
        ));
        assert!(
            err.contains(&format!(
                "{} is neither a release nor an offline pack",
                path.display()
            )),
            "{err}"
        );
    }
}

#[test]
fn publishing_counts_translation_files_refuses_empty_collections_and_dates_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k");
    let key_arg = key.to_str().unwrap();
    stdout(&salama(
        dir.path(),
        &["publish", "keygen", "--out", key_arg],
    ));
    let source = dir.path().join("src");
    std::fs::create_dir_all(source.join("helplines")).unwrap();
    std::fs::create_dir_all(source.join("translations/ar")).unwrap();
    std::fs::write(source.join("translations/ar/app.ftl"), "app-back = رجوع\n").unwrap();
    std::fs::write(
        source.join("translations/ar/errors.ftl"),
        "error-locked = مقفل\n",
    )
    .unwrap();
    let entry = serde_json::json!({
        "id": "gr-x", "country": "GR",
        "name": {"en": "X"}, "description": {"en": "Y"},
        "needs": ["trafficking"],
        "channels": [{"type": "phone", "address": "+302101234567"}],
        "free": true, "hours": {"type": "always"}, "status": "verified",
        "sources": [{"url": "https://example.org"}], "verified": "2026-01-16",
        "verified_by": "Example NGO"
    });
    let file = serde_json::json!({"format": 1, "country": "GR", "helplines": [entry]});
    std::fs::write(source.join("helplines/GR.json"), file.to_string()).unwrap();
    // An empty collection would hide Italy's built-in lines on every phone.
    std::fs::write(
        source.join("helplines/IT.json"),
        r#"{"format":1,"country":"IT","helplines":[]}"#,
    )
    .unwrap();
    let out = dir.path().join("out");
    let args = [
        "publish",
        "release",
        source.to_str().unwrap(),
        "--key",
        key_arg,
        "--out",
        out.to_str().unwrap(),
    ];
    let err = stderr(&salama(dir.path(), &args));
    assert!(
        err.contains("helplines/IT has no helplines") && err.contains("--allow-empty"),
        "{err}"
    );
    assert!(!out.join("index.json").exists(), "nothing is written");
    let text = stdout(&salama(
        dir.path(),
        &[&args[..], &["--allow-empty"]].concat(),
    ));
    assert!(
        text.contains("helplines/IT: version 1, 0 helplines"),
        "{text}"
    );
    assert!(
        text.contains("translations/ar: version 1, 2 translation files, "),
        "{text}"
    );
    assert!(
        !text.contains("helplines/ar") && !text.contains("2 helplines"),
        "{text}"
    );

    // Verified in Arabic: the serial in Arabic digits, never grouped; a readable expiry
    // with the days left, not RFC 3339 with nanoseconds.
    let trust = format!("{key_arg}.pub");
    let verify = [
        "--trust",
        &trust,
        "release",
        "verify",
        out.to_str().unwrap(),
    ];
    let text = stdout(&salama(dir.path(), &verify));
    assert!(
        text.contains("translations/ar: version 1, 2 translation files, "),
        "{text}"
    );
    assert!(
        text.contains(" UTC (89 days left)") || text.contains(" UTC (90 days left)"),
        "{text}"
    );
    let ar = stdout(&salama(
        dir.path(),
        &[&["--lang", "ar"][..], &verify].concat(),
    ));
    let first = ar.lines().next().unwrap();
    let serial: String = first
        .chars()
        .skip_while(|c| !('٠'..='٩').contains(c))
        .take_while(|c| ('٠'..='٩').contains(c) || *c == '٬' || *c == ',')
        .collect();
    assert!(
        serial.chars().count() >= 10 && serial.chars().all(|c| ('٠'..='٩').contains(&c)),
        "{first}"
    );
    assert!(!first.contains('Z') && !first.contains("202"), "{first}");
    assert!(first.contains("UTC (بقي"), "{first}");
}

#[test]
fn unknown_codes_and_words_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let err = stderr(&salama(dir.path(), &["helplines", "--country", "XX"]));
    assert!(err.contains("unknown country code"), "{err}");
    let err = stderr(&salama(dir.path(), &["helplines", "--need", "food"]));
    assert!(
        err.contains("Unknown need") && err.contains("trafficking"),
        "{err}"
    );
    let err = stderr(&salama(dir.path(), &["helplines", "--channel", "fax"]));
    assert!(err.contains("whatsapp"), "{err}");
    // A country with no lines of its own and no region: nothing found, said plainly.
    let text = stdout(&salama(dir.path(), &["helplines", "--country", "JP"]));
    assert!(text.contains("No helpline was found"), "{text}");
    let text = stdout(&salama(dir.path(), &["sync", "status"]));
    assert!(text.contains("No update installed yet"), "{text}");
    let err = stderr(&salama(dir.path(), &["sync", "ftp://example.org/"]));
    assert!(err.contains("https://"), "{err}");
}

#[test]
fn publishing_refuses_invalid_entries_and_never_overwrites_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k");
    let key_arg = key.to_str().unwrap();
    stdout(&salama(
        dir.path(),
        &["publish", "keygen", "--out", key_arg],
    ));
    let public = std::fs::read_to_string(dir.path().join("k.pub")).unwrap();
    assert!(public.starts_with("ed25519:"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the private key is readable by its owner only"
        );
    }
    let before = std::fs::read(&key).unwrap();
    let err = stderr(&salama(
        dir.path(),
        &["publish", "keygen", "--out", key_arg],
    ));
    assert!(err.contains("never overwritten"), "{err}");
    assert_eq!(std::fs::read(&key).unwrap(), before);

    let src = dir.path().join("src/helplines");
    std::fs::create_dir_all(&src).unwrap();
    let entry = serde_json::json!({
        "id": "gr-x", "country": "GR",
        "name": {"en": "X"}, "description": {"en": "Y"},
        "needs": ["trafficking"],
        "channels": [{"type": "phone", "address": "210 1234567"}],
        "free": true, "hours": {"type": "always"}, "status": "verified",
        "sources": [{"url": "https://example.org"}], "verified": "2026-01-01"
    });
    let file = serde_json::json!({"format": 1, "country": "GR", "helplines": [entry]});
    std::fs::write(src.join("GR.json"), file.to_string()).unwrap();
    let out = dir.path().join("out");
    let source = dir.path().join("src");
    let args = [
        "publish",
        "release",
        source.to_str().unwrap(),
        "--key",
        key_arg,
        "--out",
        out.to_str().unwrap(),
    ];
    let err = stderr(&salama(dir.path(), &args));
    assert!(err.contains("E.164") && err.contains("gr-x"), "{err}");
    assert!(!out.join("index.json").exists(), "nothing is written");

    let fixed = file.to_string().replace("210 1234567", "+302101234567");
    std::fs::write(src.join("GR.json"), fixed).unwrap();
    let text = stdout(&salama(dir.path(), &args));
    assert!(
        text.contains("helplines/GR: version 1, one helpline, "),
        "{text}"
    );
    let trust = format!("{key_arg}.pub");
    let text = stdout(&salama(
        dir.path(),
        &[
            "--trust",
            &trust,
            "release",
            "verify",
            out.to_str().unwrap(),
        ],
    ));
    assert!(text.contains("is valid"), "{text}");
}
