//! The desktop app as a user or a script drives it: a fresh data directory, no network.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn salama(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_salama"))
        .args(args)
        .env("SALAMA_DATA_DIR", data_dir)
        .env_remove("LANGUAGE")
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn json(output: &Output) -> serde_json::Value {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn rights_list_prints_every_article_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let list = json(&salama(dir.path(), &["rights", "list", "--json"]));
    let list = list.as_array().unwrap();
    assert!(list.len() >= 9);
    for item in list {
        assert!(!item["id"].as_str().unwrap().is_empty());
        assert!(!item["title"].as_str().unwrap().is_empty());
    }
    assert!(
        dir.path().join("content.db").exists(),
        "SALAMA_DATA_DIR is used"
    );
}

#[test]
fn rights_show_in_arabic_has_text_sources_and_direction() {
    let dir = tempfile::tempdir().unwrap();
    let shown = json(&salama(
        dir.path(),
        &[
            "rights",
            "show",
            "non-refoulement",
            "--lang",
            "ar",
            "--json",
        ],
    ));
    assert_eq!(shown["id"], "non-refoulement");
    assert_eq!(shown["locale"], "ar");
    assert_eq!(shown["direction"], "rtl");
    assert!(shown["text"].as_str().unwrap().len() > 500);
    let sources = shown["sources"].as_array().unwrap();
    assert!(
        sources
            .iter()
            .any(|s| s["instrument"] == "refugee-convention" && s["article"] == "33(1)")
    );
}

#[test]
fn unknown_article_fails_with_a_message_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = salama(dir.path(), &["rights", "show", "no-such", "--lang", "fa"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{stderr}"
    );
    // Only the message: the English detail comes with --verbose.
    assert!(!stderr.contains("not found"), "{stderr}");
    let verbose = salama(
        dir.path(),
        &["rights", "show", "no-such", "--lang", "fa", "--verbose"],
    );
    assert!(String::from_utf8_lossy(&verbose.stderr).contains("(not found)"));
}

#[test]
fn a_machine_drafted_language_carries_a_notice_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let drafted = salama(dir.path(), &["rights", "show", "asylum", "--lang", "ar"]);
    let notice = String::from_utf8_lossy(&drafted.stderr);
    assert!(notice.contains('\u{200F}'), "an Arabic notice: {notice}");
    let source = salama(dir.path(), &["rights", "show", "asylum", "--lang", "en"]);
    assert!(source.stderr.is_empty());
    let json = salama(
        dir.path(),
        &["rights", "show", "asylum", "--lang", "ar", "--json"],
    );
    assert!(json.stderr.is_empty());
}

#[test]
fn search_prints_hits_with_highlights() {
    let dir = tempfile::tempdir().unwrap();
    let hits = json(&salama(dir.path(), &["search", "--json", "interpreter"]));
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty());
    for hit in hits {
        let snippet: Vec<char> = hit["snippet"].as_str().unwrap().chars().collect();
        let range = &hit["highlights"][0];
        let (start, end) = (
            range[0].as_u64().unwrap() as usize,
            range[1].as_u64().unwrap() as usize,
        );
        let word: String = snippet[start..end].iter().collect();
        assert_eq!(word.to_lowercase(), "interpreter");
    }
    let nothing = json(&salama(
        dir.path(),
        &["search", "--json", "\"*) (", "🙂", "--"],
    ));
    assert_eq!(nothing.as_array().unwrap().len(), 0);
}

/// The interactive reader, fed `input`; `args` go before (e.g. `--lang`).
fn interactive(data_dir: &Path, args: &[&str], input: &[u8]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_salama"))
        .args(args)
        .env("SALAMA_DATA_DIR", data_dir)
        .env_remove("LANGUAGE")
        .env("LANG", "C")
        .env("COLUMNS", "80")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn interactive_reader_picks_a_language_by_native_name_and_reads() {
    let dir = tempfile::tempdir().unwrap();
    // The first start asks for the language: the locale listed second; then rights, the
    // first article, back, a number not in the menu, quit.
    let stdout = interactive(dir.path(), &[], b"2\n1\n1\n\n9\n5\n");
    assert!(stdout.contains("العربية"), "native names are listed");
    assert!(
        stdout.contains('\u{200F}'),
        "Arabic lines are marked right-to-left"
    );
    assert!(stdout.contains("1951"), "an article was shown");
}

#[test]
fn the_first_start_asks_for_the_language_and_later_starts_remember_it() {
    let dir = tempfile::tempdir().unwrap();
    // First start: the picker before anything else; Persian is listed third. Then quit.
    let first = interactive(dir.path(), &[], b"3\n5\n");
    let picker = first.find("فارسی").expect(&first);
    let menu = first.find("سلامه").expect("the menu, in Persian");
    assert!(picker < menu, "the picker comes first: {first}");
    assert!(!first[..picker].contains("Salama —"), "{first}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("language")).unwrap(),
        "fa\n"
    );
    // Later starts open in Persian, with no picker; the invalid-choice line and the
    // prompt are right-aligned like the menu items.
    let later = interactive(dir.path(), &[], b"9\n5\n");
    assert!(!later.contains("العربية"), "no picker: {later}");
    for needle in ["لطفاً یکی از عددهایی", "یک عدد بنویسید"] {
        let line = later.lines().find(|l| l.contains(needle)).expect(needle);
        let line = line.strip_prefix("> ").unwrap_or(line);
        assert!(
            line.starts_with(' ') && line.contains('\u{200F}'),
            "{line:?}"
        );
    }
    // Scripts follow the remembered language too, unless --lang says otherwise.
    let listed = json(&salama(dir.path(), &["rights", "list", "--json"]));
    assert_eq!(listed[0]["locale"], "fa");
    let listed = json(&salama(
        dir.path(),
        &["rights", "list", "--json", "--lang", "en"],
    ));
    assert_eq!(listed[0]["locale"], "en");
    let english = interactive(dir.path(), &["--lang", "en"], b"5\n");
    assert!(english.contains("Salama —"), "{english}");
    // Changing the language in the menu is remembered as well.
    interactive(dir.path(), &[], b"4\n2\n5\n");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("language")).unwrap(),
        "ar\n"
    );
}

#[test]
fn search_takes_any_words_even_with_a_leading_hyphen() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["search", "-asylum", "--json"][..],
        &["search", "--json", "-asylum"],
        &["search", "--json", "--", "-asylum"],
        &["--json", "search", "-asylum", "--lang", "en"],
    ] {
        let hits = json(&salama(dir.path(), args));
        assert!(
            hits.as_array().unwrap().iter().any(|h| h["id"] == "asylum"),
            "{args:?}: {hits}"
        );
    }
    for odd in ["-", "--x", "-rf", "---"] {
        let hits = json(&salama(dir.path(), &["search", "--json", odd]));
        assert!(hits.is_array(), "{odd}");
    }
}

#[test]
fn a_data_dir_that_is_a_file_is_explained_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let path = file.to_str().unwrap();
    let out = salama(
        dir.path(),
        &["--data-dir", path, "--lang", "ar", "rights", "list"],
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("لا يستطيع تطبيق سلامة"), "{stderr}");
    assert!(stderr.contains(path), "{stderr}");
    assert!(!stderr.contains("exists"), "no English detail: {stderr}");
    let verbose = salama(
        dir.path(),
        &[
            "--data-dir",
            path,
            "--lang",
            "ar",
            "--verbose",
            "rights",
            "list",
        ],
    );
    assert!(String::from_utf8_lossy(&verbose.stderr).contains("(storage error:"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_salama"))
        .args(["rights", "show", "asylum"])
        .env("SALAMA_DATA_DIR", dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}
