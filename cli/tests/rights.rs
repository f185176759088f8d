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

#[test]
fn interactive_reader_picks_a_language_by_native_name_and_reads() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_salama"))
        .env("SALAMA_DATA_DIR", dir.path())
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // Menu 4 (language), then the locale listed second, then rights, first article, back, quit.
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"4\n2\n1\n1\n\n9\n5\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("العربية"), "native names are listed");
    assert!(
        stdout.contains('\u{200F}'),
        "Arabic lines are marked right-to-left"
    );
    assert!(stdout.contains("1951"), "an article was shown");
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
