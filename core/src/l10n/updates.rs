//! Over-the-air translation updates: a locale's fixed or new strings, validated whole,
//! stored in `content.db`, and applied over the compiled-in translations without a
//! restart.
//!
//! The signed-release sync calls [`apply`] as the validate-and-apply step of a
//! `translations/<locale>` collection, inside the transaction that applies the release,
//! then reloads the translations once it commits. An update that does not parse, changes
//! a message's variables, or has any other error `salama l10n check` would report is
//! rejected whole, and the previous translations stay.
//!
//! Each stored update records the compiled-in translations it was validated against
//! ([`base`]). After an app upgrade that changed them, the stored update is ignored: it
//! was written for older strings, and would otherwise keep hiding the newer compiled-in
//! ones (fixes the upgrade brought) until the publisher sends a new update.

use std::collections::HashMap;

use rusqlite::{Connection, Transaction, params};

use super::check::{self, FtlFile, ParsedLocale, Problem, Severity};
use super::{SOURCE_LOCALE, embedded_files, locales};
use crate::error::{Error, Result};

/// The most files one locale's update may have.
pub const MAX_FILES: usize = 32;
/// The largest file an update may have, in bytes (the largest compiled-in file is ~40 KB).
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// The largest update of one locale, in bytes.
pub const MAX_TOTAL_BYTES: usize = 1024 * 1024;

/// Validates a locale's update and, if it is sound, makes it the locale's update in
/// `tx`, replacing the previous one (an empty `files` goes back to the compiled-in
/// translations). `files` are (file name, Fluent source), e.g. `("app.ftl", "…")`; the
/// caller decodes the downloaded bytes as UTF-8 and refuses the collection if they are not.
///
/// Nothing is written unless the whole update is valid. The caller commits `tx` and then
/// reloads the translations (`Salama::reload_translations`).
pub fn apply(tx: &Transaction, locale: &str, files: Vec<(String, String)>) -> Result<()> {
    validate(locale, &files)?;
    tx.execute("DELETE FROM l10n_updates WHERE locale = ?1", [locale])?;
    let base = base(locale);
    let mut insert = tx
        .prepare("INSERT INTO l10n_updates (locale, name, source, base) VALUES (?1, ?2, ?3, ?4)")?;
    for (name, source) in &files {
        insert.execute(params![locale, name, source, base])?;
    }
    Ok(())
}

/// The fingerprint of the compiled-in translations an update of `locale` is laid over:
/// SHA-256 of the source locale's and `locale`'s compiled files (names and text). It
/// changes when an app upgrade changes either, and only then.
pub fn base(locale: &str) -> String {
    let mut digest = ring::digest::Context::new(&ring::digest::SHA256);
    for (file_locale, name, source) in embedded_files() {
        if *file_locale == SOURCE_LOCALE || *file_locale == locale {
            // Lengths first, so no two different sets of files hash alike.
            for part in [*file_locale, *name, *source] {
                digest.update(&(part.len() as u64).to_le_bytes());
                digest.update(part.as_bytes());
            }
        }
    }
    digest
        .finish()
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Checks an update without storing it: the locale is one the app knows, the files are
/// few, small and well named, and the Fluent has no error against the source locale.
pub fn validate(locale: &str, files: &[(String, String)]) -> Result<()> {
    if !locales::all().iter().any(|l| l.code == locale) {
        return Err(rejected(format!(
            "translation update for a locale this app does not know: {}",
            shown_locale(locale)
        )));
    }
    if files.len() > MAX_FILES {
        return Err(rejected(format!(
            "translation update for {locale} has {} files, more than {MAX_FILES}",
            files.len()
        )));
    }
    let total: usize = files.iter().map(|(_, source)| source.len()).sum();
    if total > MAX_TOTAL_BYTES {
        return Err(rejected(format!(
            "translation update for {locale} is larger than {MAX_TOTAL_BYTES} bytes"
        )));
    }
    for (index, (name, source)) in files.iter().enumerate() {
        if !is_valid_name(name) {
            return Err(rejected(format!(
                "translation update for {locale} has a file name that is not <name>.ftl"
            )));
        }
        if files[..index].iter().any(|(other, _)| other == name) {
            return Err(rejected(format!(
                "translation update for {locale} has {name} twice"
            )));
        }
        if source.len() > MAX_FILE_BYTES {
            return Err(rejected(format!(
                "translation update for {locale}: {name} is larger than {MAX_FILE_BYTES} bytes"
            )));
        }
    }
    let errors: Vec<Problem> = problems(locale, files)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    match errors.first() {
        None => Ok(()),
        Some(first) => Err(rejected(format!(
            "translation update for {locale} rejected: {}{}",
            describe(first),
            match errors.len() {
                1 => String::new(),
                n => format!(" (+{} more)", n - 1),
            }
        ))),
    }
}

/// What `salama l10n check` finds in an update, laid over the locale's compiled files.
pub fn problems(locale: &str, files: &[(String, String)]) -> Vec<Problem> {
    let compiled_files = |code: &str| -> Vec<FtlFile<'static>> {
        embedded_files()
            .iter()
            .filter(|(l, _, _)| *l == code)
            .map(|(_, name, source)| FtlFile { name, source })
            .collect()
    };
    let source_files = compiled_files(SOURCE_LOCALE);
    let locale_files = compiled_files(locale);
    let update_files: Vec<FtlFile> = files
        .iter()
        .map(|(name, source)| FtlFile { name, source })
        .collect();
    let source = ParsedLocale::parse(SOURCE_LOCALE, &source_files);
    let compiled = ParsedLocale::parse(locale, &locale_files);
    let update = ParsedLocale::parse(locale, &update_files);
    check::check_update(&source, &compiled, &update)
}

/// The stored updates of every locale, in file-name order. An update stored against
/// other compiled-in translations (an older build: see [`base`]), or that no longer
/// validates, is left out, so the compiled-in translations show instead of stale or
/// broken text.
pub fn load(conn: &Connection) -> Result<HashMap<String, Vec<String>>> {
    let mut stmt =
        conn.prepare("SELECT locale, name, source, base FROM l10n_updates ORDER BY locale, name")?;
    let mut by_locale: HashMap<String, (Vec<(String, String)>, bool)> = HashMap::new();
    let mut bases: HashMap<String, String> = HashMap::new();
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (locale, name, source, stored_base) = row?;
        let current = bases.entry(locale.clone()).or_insert_with(|| base(&locale));
        let fits = stored_base == *current;
        let (files, all_fit) = by_locale.entry(locale).or_insert((Vec::new(), true));
        files.push((name, source));
        *all_fit &= fits;
    }
    Ok(by_locale
        .into_iter()
        .filter(|(_, (_, all_fit))| *all_fit)
        .map(|(locale, (files, _))| (locale, files))
        .filter(|(locale, files)| validate(locale, files).is_ok())
        .map(|(locale, files)| (locale, files.into_iter().map(|(_, s)| s).collect()))
        .collect())
}

/// `app.ftl`, `rights-2.ftl`: lowercase letters, digits, `-` and `_`, then `.ftl`.
fn is_valid_name(name: &str) -> bool {
    name.len() <= 64
        && name.strip_suffix(".ftl").is_some_and(|stem| {
            !stem.is_empty()
                && stem
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        })
}

/// A problem in a few words for an error: where and what, never the text itself.
fn describe(problem: &Problem) -> String {
    let mut out = problem.file.clone();
    if let (Some(line), Some(column)) = (problem.line, problem.column) {
        out.push_str(&format!(":{line}:{column}"));
    }
    out.push_str(&format!(": {}", problem.kind.name()));
    if let Some(id) = &problem.id {
        out.push_str(&format!(" in {id}"));
    }
    for (name, value) in problem.kind.details() {
        // The parser's explanation and a number quote the update's text.
        if name != "detail" && name != "number" {
            out.push_str(&format!(", {name} {value}"));
        }
    }
    out
}

/// A locale code from a release, as it may appear in an error: only if it looks like a
/// short BCP 47 tag (a 2–3 letter language, then subtags of 1–8 letters or digits,
/// at most 20 characters in all), else `(invalid)`, so no outside text reaches a log.
fn shown_locale(code: &str) -> &str {
    let mut subtags = code.split('-');
    let language = subtags.next().unwrap_or("");
    let valid = code.len() <= 20
        && (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if valid { code } else { "(invalid)" }
}

fn rejected(reason: String) -> Error {
    Error::InvalidInput(reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;

    fn db() -> Connection {
        store::open_in_memory(store::Kind::Content, store::CONTENT_MIGRATIONS).unwrap()
    }

    fn file(name: &str, source: &str) -> (String, String) {
        (name.to_owned(), source.to_owned())
    }

    fn apply_one(conn: &mut Connection, locale: &str, files: Vec<(String, String)>) -> Result<()> {
        let tx = conn.transaction()?;
        apply(&tx, locale, files)?;
        tx.commit()?;
        Ok(())
    }

    fn reason(result: Result<()>) -> String {
        match result {
            Err(Error::InvalidInput(reason)) => reason,
            other => panic!("expected a rejection, got {other:?}"),
        }
    }

    #[test]
    fn a_sound_update_is_stored_and_replaces_the_previous_one() {
        let mut conn = db();
        apply_one(&mut conn, "ar", vec![file("app.ftl", "app-back = رجوع\n")]).unwrap();
        apply_one(
            &mut conn,
            "ar",
            vec![
                file("errors.ftl", "error-locked = اليوميات مقفلة.\n"),
                file("app.ftl", "app-back = عودة\n"),
            ],
        )
        .unwrap();
        let loaded = load(&conn).unwrap();
        assert_eq!(
            loaded["ar"],
            ["app-back = عودة\n", "error-locked = اليوميات مقفلة.\n"]
        );
        apply_one(&mut conn, "ar", vec![]).unwrap();
        assert!(load(&conn).unwrap().is_empty());
    }

    #[test]
    fn rejections_say_why_and_change_nothing() {
        let mut conn = db();
        apply_one(&mut conn, "ar", vec![file("app.ftl", "app-back = رجوع\n")]).unwrap();
        let cases = [
            (
                "xx",
                vec![file("app.ftl", "app-back = x\n")],
                "does not know",
            ),
            (
                "ar",
                vec![file("app.ftl", "app-back = { $x !\n")],
                "app.ftl:1:17: syntax-error",
            ),
            (
                "ar",
                vec![
                    file("app.ftl", "app-back = رجوع\n"),
                    file("errors.ftl", "error-locked-out = { $secs }\n"),
                ],
                "missing-variable in error-locked-out, variable seconds (+1 more)",
            ),
            (
                "ar",
                vec![file("errors.ftl", "error-locked-out = انتظر قليلا\n")],
                "missing-variable in error-locked-out, variable seconds",
            ),
            (
                "ar",
                vec![file("../app.ftl", "app-back = x\n")],
                "not <name>.ftl",
            ),
            (
                "ar",
                vec![file("app.txt", "app-back = x\n")],
                "not <name>.ftl",
            ),
            (
                "ar",
                vec![file("a.ftl", "a = 1\n"), file("a.ftl", "b = 2\n")],
                "a.ftl twice",
            ),
            (
                "ar",
                vec![file("a.ftl", &"x".repeat(MAX_FILE_BYTES + 1))],
                "larger than",
            ),
            (
                "ar",
                (0..6)
                    .map(|i| file(&format!("f{i}.ftl"), &"# c\n".repeat(MAX_FILE_BYTES / 5)))
                    .collect(),
                "larger than",
            ),
            (
                "ar",
                (0..=MAX_FILES)
                    .map(|i| file(&format!("f{i}.ftl"), ""))
                    .collect(),
                "files",
            ),
            (
                "ar",
                vec![file("app.ftl", "app-back = { app-gone }\n")],
                "unknown-reference",
            ),
            (
                "ar",
                vec![file("app.ftl", "app-back = \u{202E}رجوع\n")],
                "bidi-control",
            ),
            // Truncated in the middle of a plural.
            (
                "ar",
                vec![file(
                    "errors.ftl",
                    "error-locked-out =\n    { $seconds ->\n        [one] ثانية",
                )],
                "syntax-error",
            ),
            // Nested deep enough to overflow the parser's stack.
            (
                "ar",
                vec![file(
                    "app.ftl",
                    &format!(
                        "app-back = {}x{}\n",
                        "{ ".repeat(50_000),
                        " }".repeat(50_000)
                    ),
                )],
                "syntax-error",
            ),
        ];
        for (locale, files, expected) in cases {
            let why = reason(apply_one(&mut conn, locale, files));
            assert!(
                why.contains(expected),
                "{why:?} should mention {expected:?}"
            );
            assert_eq!(load(&conn).unwrap()["ar"], ["app-back = رجوع\n"]);
        }
    }

    #[test]
    fn an_unknown_locale_is_named_only_when_it_looks_like_one() {
        let why = |locale: &str| reason(validate(locale, &[]));
        assert!(why("xx").ends_with("does not know: xx"), "{}", why("xx"));
        assert!(why("sr-Latn-RS").ends_with(": sr-Latn-RS"));
        for hostile in [
            "",
            "x",
            "\u{202E}ar",
            "ar\nforged log line",
            "abcd",
            "ar--x",
            "ar-toolongsubtag",
            "zz-aaaa-bbbb-cccc-dddd",
            "../../etc",
        ] {
            let shown = why(hostile);
            assert!(shown.ends_with(": (invalid)"), "{hostile:?}: {shown:?}");
        }
    }

    #[test]
    fn the_reason_never_quotes_the_text() {
        let why = reason(validate("ar", &[file("app.ftl", "app-back = نص-سري {\n")]));
        assert!(!why.contains("نص-سري"), "{why}");
    }

    #[test]
    fn references_may_use_the_compiled_messages() {
        validate("ar", &[file("x.ftl", "app-back = { app-name }\n")]).unwrap();
    }

    #[test]
    fn stored_updates_that_no_longer_validate_are_left_out() {
        let conn = db();
        conn.execute(
            "INSERT INTO l10n_updates (locale, name, source, base) VALUES ('fa', 'app.ftl', 'app-back = { $gone }', ?1), ('zz', 'app.ftl', 'app-back = x', ?2)",
            [base("fa"), base("zz")],
        )
        .unwrap();
        assert!(load(&conn).unwrap().is_empty());
    }

    #[test]
    fn an_update_stored_by_an_older_build_stops_hiding_the_compiled_strings() {
        let mut conn = db();
        apply_one(
            &mut conn,
            "ar",
            vec![
                file("app.ftl", "app-back = عودة\n"),
                file("errors.ftl", "error-locked = اليوميات مقفلة.\n"),
            ],
        )
        .unwrap();
        apply_one(&mut conn, "fa", vec![file("app.ftl", "app-back = x\n")]).unwrap();
        assert_eq!(load(&conn).unwrap().len(), 2);
        // The same rows as an older build, whose compiled-in strings differed, stored
        // them; one file is enough to set the whole update aside.
        conn.execute(
            "UPDATE l10n_updates SET base = 'an-older-build' WHERE locale = 'ar' AND name = 'app.ftl'",
            [],
        )
        .unwrap();
        let loaded = load(&conn).unwrap();
        assert!(!loaded.contains_key("ar"), "{loaded:?}");
        assert_eq!(loaded["fa"], ["app-back = x\n"]);
        // Rows from before bases were recorded are set aside too.
        conn.execute("UPDATE l10n_updates SET base = ''", [])
            .unwrap();
        assert!(load(&conn).unwrap().is_empty());
    }

    #[test]
    fn the_base_follows_the_source_and_the_locale_only() {
        assert_eq!(base("ar"), base("ar"));
        assert_ne!(base("ar"), base("fa"));
        assert_eq!(base("ar").len(), 64);
    }
}
