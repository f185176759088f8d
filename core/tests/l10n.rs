//! Languages end to end, through `Salama`: numbers in each locale's digits, and
//! over-the-air translation updates applied at run time, rejected whole when broken, and
//! kept across restarts.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use salama_core::{ArgValue, Salama, SalamaConfig, SalamaError};

fn open(dir: &Path, locale: &str) -> Arc<Salama> {
    Salama::open(SalamaConfig {
        data_dir: dir.to_string_lossy().into_owned(),
        locales: vec![locale.to_owned()],
        trusted_keys: vec![],
    })
    .unwrap()
}

fn text(app: &Salama, id: &str, args: &[(&str, f64)]) -> String {
    let args: HashMap<String, ArgValue> = args
        .iter()
        .map(|(k, v)| (k.to_string(), ArgValue::Number { value: *v }))
        .collect();
    app.text(id.into(), args).unwrap().text
}

fn files(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(name, source)| (name.to_string(), source.to_string()))
        .collect()
}

#[test]
fn numbers_come_out_in_each_locales_digits() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), "ar");
    let ar = text(&app, "error-locked-out", &[("seconds", 30.0)]);
    assert!(ar.contains("٣٠") && !ar.contains("30"), "{ar}");
    app.set_locales(vec!["fa".into()]).unwrap();
    let fa = text(&app, "app-search-results", &[("count", 1234.0)]);
    assert!(fa.contains("۱٬۲۳۴"), "{fa}");
    app.set_locales(vec!["en".into()]).unwrap();
    let en = text(&app, "app-search-results", &[("count", 1234.0)]);
    assert!(en.contains("1,234"), "{en}");
}

#[test]
fn a_fixed_string_shows_at_once_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), "ar");
    assert_eq!(text(&app, "app-back", &[]), "رجوع");

    app.apply_translation_update("ar", files(&[("app.ftl", "app-back = عودة\n")]))
        .unwrap();
    let shown = app.text("app-back".into(), HashMap::new()).unwrap();
    assert_eq!((shown.text.as_str(), shown.locale.as_str()), ("عودة", "ar"));
    // Other messages of the locale are still the compiled ones.
    assert_eq!(
        text(&app, "app-menu-search", &[]),
        text(
            &open(tempfile::tempdir().unwrap().path(), "ar"),
            "app-menu-search",
            &[]
        )
    );

    drop(app);
    let reopened = open(dir.path(), "ar");
    assert_eq!(text(&reopened, "app-back", &[]), "عودة");

    // An empty update goes back to the compiled-in translation.
    reopened.apply_translation_update("ar", vec![]).unwrap();
    assert_eq!(text(&reopened, "app-back", &[]), "رجوع");
}

#[test]
fn a_broken_update_is_rejected_whole_and_the_old_strings_stay() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), "ar");
    app.apply_translation_update("ar", files(&[("app.ftl", "app-back = عودة\n")]))
        .unwrap();

    let broken = [
        // Does not parse (the good file beside it is not applied either).
        (
            "ar",
            files(&[
                ("app.ftl", "app-back = رجوع\n"),
                ("errors.ftl", "error-locked = {\n"),
            ]),
        ),
        // Changes a message's variables.
        (
            "ar",
            files(&[(
                "errors.ftl",
                "error-locked-out = انتظر { $minutes } دقيقة\n",
            )]),
        ),
        // Names a locale the app does not know.
        ("xx", files(&[("app.ftl", "app-back = back\n")])),
    ];
    for (locale, update) in broken {
        let error = app.apply_translation_update(locale, update).unwrap_err();
        let SalamaError::InvalidInput { reason } = &error else {
            panic!("{error:?}");
        };
        assert!(reason.starts_with("translation update"), "{reason}");
        assert!(!app.describe_error(&error).starts_with("error-"));
        assert_eq!(text(&app, "app-back", &[]), "عودة");
        assert!(
            text(&app, "error-locked", &[])
                .chars()
                .any(|c| ('\u{600}'..='\u{6FF}').contains(&c))
        );
    }
    drop(app);
    assert_eq!(text(&open(dir.path(), "ar"), "app-back", &[]), "عودة");
}

#[test]
fn search_finds_the_updated_text_without_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), "ar");
    assert!(app.search("كلمةجديدةتماما".into()).unwrap().is_empty());
    app.apply_translation_update(
        "ar",
        files(&[(
            "rights.ftl",
            "rights-asylum-title = حق طلب اللجوء كلمةجديدةتماما\n",
        )]),
    )
    .unwrap();
    let hits = app.search("كلمةجديدةتماما".into()).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].article_id, "asylum");
}
