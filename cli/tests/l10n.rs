//! `salama l10n check` and `salama l10n status` as a translator or CI runs them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn salama(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_salama"))
        .args(args)
        .current_dir(cwd)
        // A data directory the tools must not create.
        .env("SALAMA_DATA_DIR", cwd.join("data"))
        .env_remove("LANGUAGE")
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/l10n")
        .join(case)
}

fn repo_translations() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_repository_translations_have_no_errors() {
    let dir = tempfile::tempdir().unwrap();
    let translations = repo_translations();
    let out = salama(
        dir.path(),
        &["l10n", "check", translations.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !dir.path().join("data").exists(),
        "the data directory was opened"
    );
}

#[test]
fn errors_fail_the_check_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let case = fixture("missing-plural-categories");
    let out = salama(dir.path(), &["l10n", "check", case.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("ar/main.ftl:6:10: error: items: This plural needs a form for each of: zero, two, few, many."),
        "{text}"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("2 languages checked: one error, no warnings.")
    );
}

#[test]
fn warnings_alone_pass() {
    let dir = tempfile::tempdir().unwrap();
    for case in [
        "missing-message",
        "identical-to-source",
        "bidi-mark",
        "clean",
    ] {
        let out = salama(
            dir.path(),
            &["l10n", "check", fixture(case).to_str().unwrap()],
        );
        assert!(out.status.success(), "{case}: {}", stdout(&out));
    }
}

#[test]
fn json_lists_every_problem_with_its_kind() {
    let dir = tempfile::tempdir().unwrap();
    let case = fixture("unknown-reference");
    let out = salama(
        dir.path(),
        &["--json", "l10n", "check", case.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["errors"], 2);
    assert_eq!(report["locales"], 2);
    let problem = &report["problems"][0];
    assert_eq!(problem["kind"], "unknown-reference");
    assert_eq!(problem["severity"], "error");
    assert_eq!(problem["reference"], "-marque");
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(18), Some(15))
    );
    assert!(problem["message"].as_str().unwrap().contains("-marque"));
}

#[test]
fn the_default_folder_is_found_from_inside_the_repository() {
    let translations = repo_translations().canonicalize().unwrap();
    let out = salama(&translations.join("en"), &["--json", "l10n", "check"]);
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let locales = fs::read_dir(&translations)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(report["locales"], locales);
}

#[test]
fn a_folder_without_english_or_with_bad_files_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let out = salama(dir.path(), &["l10n", "check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("has no en folder"));

    let root = dir.path().join("t");
    fs::create_dir_all(root.join("en")).unwrap();
    fs::create_dir_all(root.join("fr")).unwrap();
    fs::write(root.join("en/a.ftl"), "hello = Hello\n").unwrap();
    fs::write(root.join("fr/a.ftl"), b"hello = \xff\xfe\n").unwrap();
    let out = salama(
        dir.path(),
        &["--json", "l10n", "check", root.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<&str> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["syntax-error", "missing-message"]);
}

#[test]
fn status_prints_a_table_and_writes_a_chart() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("coverage.svg");
    let translations = repo_translations();
    let out = salama(
        dir.path(),
        &[
            "l10n",
            "status",
            "--svg",
            svg.to_str().unwrap(),
            translations.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = stdout(&out);
    assert!(table.contains("en   English"), "{table}");
    assert!(table.contains("machine draft"), "{table}");
    let chart = fs::read_to_string(&svg).unwrap();
    assert!(chart.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(chart.contains("العربية") && chart.trim_end().ends_with("</svg>"));

    let out = salama(
        dir.path(),
        &["--json", "l10n", "status", translations.to_str().unwrap()],
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let en = &rows[0];
    assert_eq!(en["code"], "en");
    assert_eq!(en["translated"], en["messages"]);
    assert_eq!(en["percent"], 100.0);
}
