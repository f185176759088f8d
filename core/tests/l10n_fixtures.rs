//! The checker against deliberately broken translations: `tests/fixtures/l10n/<case>/`
//! holds a source (`en/`), an Arabic translation broken in one way (`ar/`), and in
//! `expected.json` exactly the problems the checker must report. The same folders are
//! what `tests/l10n-compare.sh` gives compare-locales.

use std::fs;
use std::path::{Path, PathBuf};

use salama_core::l10n::check::{self, FtlFile, ParsedLocale, Problem};
use serde_json::Value;

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/l10n");
    let mut cases: Vec<PathBuf> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
}

fn read_locale(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn check_case(case: &Path) -> Vec<Problem> {
    let en = read_locale(&case.join("en"));
    let ar = read_locale(&case.join("ar"));
    let en_files: Vec<FtlFile> = en
        .iter()
        .map(|(n, s)| FtlFile { name: n, source: s })
        .collect();
    let ar_files: Vec<FtlFile> = ar
        .iter()
        .map(|(n, s)| FtlFile { name: n, source: s })
        .collect();
    let source = ParsedLocale::parse("en", &en_files);
    let locale = ParsedLocale::parse("ar", &ar_files);
    let mut problems = check::check_source(&source);
    problems.extend(check::check_translation(&source, &locale));
    problems
}

/// Whether every field of `expected` has the same value in `found`.
fn matches(expected: &Value, found: &Value) -> bool {
    expected
        .as_object()
        .unwrap()
        .iter()
        .all(|(key, value)| found.get(key) == Some(value))
}

#[test]
fn the_checker_finds_exactly_what_each_fixture_breaks() {
    let cases = cases();
    assert!(cases.len() >= 20, "fixtures missing: {cases:?}");
    let mut kinds_covered = std::collections::BTreeSet::new();
    for case in &cases {
        let expected: Value =
            serde_json::from_str(&fs::read_to_string(case.join("expected.json")).unwrap()).unwrap();
        let expected = expected["problems"].as_array().unwrap();
        let found: Vec<Value> = check_case(case)
            .iter()
            .map(|p| serde_json::to_value(p).unwrap())
            .collect();
        let mut unmatched = found.clone();
        for want in expected {
            let position = unmatched.iter().position(|got| matches(want, got));
            let Some(position) = position else {
                panic!("{}: expected {want}\nfound {found:#?}", case.display());
            };
            kinds_covered.insert(
                unmatched.remove(position)["kind"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            );
        }
        assert!(
            unmatched.is_empty(),
            "{}: unexpected {unmatched:#?}",
            case.display()
        );
    }
    // One fixture per kind of problem the checker knows.
    let all = [
        "syntax-error",
        "duplicate-id",
        "duplicate-attribute",
        "missing-message",
        "obsolete-message",
        "missing-value",
        "obsolete-value",
        "missing-attribute",
        "obsolete-attribute",
        "missing-variable",
        "unknown-variable",
        "missing-plural-categories",
        "unknown-reference",
        "unknown-function",
        "empty-value",
        "bidi-control",
        "bidi-mark",
        "identical-to-source",
        "bare-phone-number",
    ];
    for kind in all {
        assert!(kinds_covered.contains(kind), "no fixture finds {kind}");
    }
}
