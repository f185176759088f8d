//! Translation collections (`translations/<locale>` in a release) and the Fluent update
//! checker behind them: any bytes give validated files or an error, never a panic, and
//! whatever validates also renders at run time. The first byte picks how the rest is
//! used: odd, as the Fluent source of one file, wrapped in a well-formed collection so
//! the fuzzer spends its time in the Fluent parser and the checker; even, as the
//! collection's JSON itself. Bit 1 picks the locale (Arabic, six plural forms, or Persian).
//! Bit 2 skips the collection and the compiled-in files (slow to parse on every input)
//! and runs the pure checker on the Fluent source against a small English one, so the
//! checker's own rules (plurals, references, bidi, phone numbers, nesting) get many more
//! inputs per second.
#![no_main]

use std::collections::HashMap;

use libfuzzer_sys::fuzz_target;
use salama_core::l10n::Translations;
use salama_core::l10n::check::{self, FtlFile, ParsedLocale};

/// The English source of the checker's fixtures: one of each construct it looks at.
const ENGLISH: &str = include_str!("../../core/tests/fixtures/l10n/clean/en/main.ftl");
use salama_core::sync::collection::parse_translations;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let locale = if mode & 2 == 0 { "ar" } else { "fa" };
    if mode & 4 != 0 {
        let source = String::from_utf8_lossy(rest);
        let english = [FtlFile {
            name: "main.ftl",
            source: ENGLISH,
        }];
        let translated = [FtlFile {
            name: "main.ftl",
            source: &source,
        }];
        let english = ParsedLocale::parse("en", &english);
        let translated = ParsedLocale::parse(locale, &translated);
        for problem in check::check_translation(&english, &translated) {
            assert!(problem.line.is_none_or(|l| l >= 1));
            assert!(problem.column.is_none_or(|c| c >= 1));
        }
        let _ = check::check_update(&english, &english, &translated);
        return;
    }
    let collection = if mode % 2 == 1 {
        let source = String::from_utf8_lossy(rest);
        serde_json::to_vec(&serde_json::json!({
            "format": 1,
            "locale": locale,
            "files": [{"name": "app.ftl", "source": source}],
        }))
        .unwrap()
    } else {
        rest.to_vec()
    };
    let Ok(files) = parse_translations(&collection, locale) else {
        return;
    };
    // Accepted: the app lays it over the compiled-in strings and shows every message the
    // update defines (the compiled-in ones are checked by the tests).
    let shown: Vec<FtlFile> = files
        .iter()
        .map(|(name, source)| FtlFile { name, source })
        .collect();
    let ids: Vec<String> = ParsedLocale::parse(locale, &shown)
        .message_ids()
        .map(str::to_owned)
        .collect();
    let mut translations = Translations::embedded();
    let sources: Vec<String> = files.iter().map(|(_, source)| source.clone()).collect();
    translations.set_updates(HashMap::from([(locale.to_owned(), sources)]));
    let l10n = translations.localizer(vec![locale.to_owned(), "en".to_owned()]);
    let mut args = fluent_bundle::FluentArgs::new();
    for name in ["count", "n", "days", "seconds", "name", "date", "phone"] {
        args.set(name, 3);
    }
    for id in ids {
        let _ = l10n.format(&id, Some(&args));
        let _ = l10n.format(&id, None);
    }
});
