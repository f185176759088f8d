//! `salama guide` as a process: answer files, standard input, the interactive check, and
//! errors that say what is wrong without repeating what the file holds.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const SCENARIOS: &str = include_str!("../../core/tests/fixtures/guide-scenarios.json");

fn salama(data_dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_salama"))
        .args(["--lang", "en"])
        .args(args)
        .env("SALAMA_DATA_DIR", data_dir)
        .env("COLUMNS", "100")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The process may stop reading early (e.g. at the size cap) and close the pipe.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe);
    }
    child.wait_with_output().unwrap()
}

fn scenario(name: &str) -> (serde_json::Value, serde_json::Value) {
    let fixtures: serde_json::Value = serde_json::from_str(SCENARIOS).unwrap();
    let s = fixtures["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap();
    (s["answers"].clone(), s["articles"].clone())
}

fn article_ids(json: &serde_json::Value) -> serde_json::Value {
    json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].clone())
        .collect()
}

#[test]
fn answers_from_a_file_give_the_result_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let (answers, articles) = scenario("syrian-family");
    let file = dir.path().join("answers.json");
    std::fs::write(&file, answers.to_string()).unwrap();
    let out = salama(
        dir.path(),
        &[
            "--json",
            "guide",
            "--answers",
            file.to_str().unwrap(),
            "--country",
            "rs",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(article_ids(&result), articles);
    assert_eq!(result["country"], "RS");
    assert_eq!(result["emergency_first"], false);
}

#[test]
fn answers_from_standard_input_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let (answers, _) = scenario("sixteen-alone-repaying-smuggler");
    let out = salama(
        dir.path(),
        &["guide", "--answers", "-"],
        answers.to_string().as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let children = text.find("1. Rights of children").expect(&text);
    let trafficking = text.find("Protection for victims of trafficking").unwrap();
    assert!(children < trafficking);
    assert!(text.contains("salama rights show asylum\n"));
    assert!(text.contains("Help to find your family"));
}

#[test]
fn the_interactive_check_puts_emergency_help_first() {
    let dir = tempfile::tempdir().unwrap();
    // "1" = yes to "Are you in danger right now?"
    let out = salama(dir.path(), &["guide"], b"1\n");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Your answers are not saved"));
    let result = &text[text.find("WHAT MAY APPLY TO YOU").expect(&text)..];
    let after_heading = result.split("## Important").nth(1).unwrap().trim_start();
    assert!(
        after_heading.starts_with("Get help now. In Europe, call 112"),
        "{result}"
    );
    assert!(result.contains("- Emergency help now"));
    assert!(
        !result.contains("salama rights show"),
        "nothing in front of the emergency"
    );
    // Nothing was written about the answers.
    assert!(!std::fs::read_dir(dir.path()).unwrap().any(|e| {
        let name = e.unwrap().file_name();
        !name.to_string_lossy().starts_with("content.db")
    }));
}

#[test]
fn the_interactive_check_can_go_back_and_stops_cleanly_at_end_of_input() {
    let dir = tempfile::tempdir().unwrap();
    // No to danger, yes to fear, back, then input ends: no result, no error.
    let out = salama(dir.path(), &["guide"], b"2\n1\n5\n");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.matches("Would you be afraid of serious harm").count(),
        2
    );
    assert!(!text.contains("WHAT MAY APPLY TO YOU"));
}

#[test]
fn listing_the_questions() {
    let dir = tempfile::tempdir().unwrap();
    let out = salama(dir.path(), &["--json", "guide", "--questions"], b"");
    assert!(out.status.success());
    let questions: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let questions = questions.as_array().unwrap();
    assert_eq!(questions.len(), 19);
    assert_eq!(questions[0]["id"], "danger");
    assert_eq!(questions[0]["options"][3]["choice"], "prefer-not-to-say");
}

#[test]
fn bad_answer_files_fail_clearly_without_repeating_their_content() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&[u8], &str); 5] = [
        (
            br#"{"danger": "no", "fear-return": "MY-SECRET"}"#,
            "answer 2: unknown answer",
        ),
        (
            br#"{"danger": "no", "MY-SECRET": "yes"}"#,
            "answer 2: unknown question id",
        ),
        (br#"{"danger": "no"}"#, "not finished"),
        (
            br#"{"danger": "no", "fear-return": "MY-SECRET"#,
            "not a JSON object",
        ),
        (br#""MY-SECRET""#, "not a JSON object"),
    ];
    for (input, expected) in cases {
        let out = salama(dir.path(), &["guide", "--answers", "-"], input);
        assert!(!out.status.success());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(expected), "{err}");
        assert!(err.contains("This cannot be used"), "{err}");
        assert!(!err.contains("MY-SECRET"), "{err}");
    }
    let big = vec![b' '; 70 * 1024];
    let out = salama(dir.path(), &["guide", "--answers", "-"], &big);
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("larger than 64 KiB")
    );
    let out = salama(
        dir.path(),
        &["guide", "--answers", "-", "--country", "Serbia"],
        br#"{"danger": "yes"}"#,
    );
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("two-letter")
    );
}
