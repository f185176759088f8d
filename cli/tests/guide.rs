//! `salama guide` as a process: answer files, standard input, the interactive check, and
//! errors that say what is wrong without repeating what the file holds.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const SCENARIOS: &str = include_str!("../../core/tests/fixtures/guide-scenarios.json");

const PASS: &str = "a long passphrase for tests";

fn salama(data_dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    salama_in("en", data_dir, args, stdin, &[])
}

fn salama_in(
    lang: &str,
    data_dir: &Path,
    args: &[&str],
    stdin: &[u8],
    env: &[(&str, &str)],
) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_salama"))
        .args(["--lang", lang])
        .args(args)
        .env("SALAMA_DATA_DIR", data_dir)
        .env("COLUMNS", "100")
        .env_remove("SALAMA_PASSPHRASE")
        .envs(env.iter().copied())
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
            "it",
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
    assert_eq!(result["country"], "IT");
    assert_eq!(result["emergency_first"], false);
    // Each need carries its helplines with their names and ways to reach them.
    let asylum = result["needs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "asylum-legal-aid")
        .expect("the directory's need name");
    let line = &asylum["helplines"][0];
    assert!(!line["name"].as_str().unwrap().is_empty(), "{asylum}");
    assert!(line["channels"][0]["address"].is_string(), "{asylum}");
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
        (
            br#"{"danger": "no"}"#,
            "next question: \u{2068}fear-return\u{2069}.",
        ),
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
        assert!(
            err.contains("This cannot be used") || err.contains("stop before the end"),
            "{err}"
        );
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

/// The interactive check asks which country the person is in, from the countries the
/// directory has, and lists that country's helplines by name with their numbers.
#[test]
fn the_interactive_check_asks_the_country_and_lists_its_helplines() {
    let dir = tempfile::tempdir().unwrap();
    // Yes to danger; Serbia (7th by English name); then "do not keep it".
    let out = salama(dir.path(), &["guide"], b"1\n7\n2\n");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Which country are you in now?"), "{text}");
    assert!(text.contains("7. Serbia\n"), "{text}");
    assert!(text.contains("12. Another country, or skip this question"));
    let result = &text[text.find("WHAT MAY APPLY TO YOU").expect(&text)..];
    assert!(
        result.contains("Helplines in \u{2068}Serbia\u{2069}"),
        "{result}"
    );
    assert!(result.contains("      Phone (short number, only inside the country): 112\n"));
    assert!(!result.contains("rs-"), "no raw helpline ids: {result}");
    assert!(result.contains("Do you want to keep this result"));
}

/// In a right-to-left language the lines are right-aligned, prompts as well as menu items,
/// and the numbers are isolated left to right.
#[test]
fn right_to_left_results_keep_numbers_left_to_right() {
    let dir = tempfile::tempdir().unwrap();
    let (answers, _) = scenario("domestic-worker-to-serbia");
    let out = salama_in(
        "fa",
        dir.path(),
        &["guide", "--country", "rs", "--answers", "-"],
        answers.to_string().as_bytes(),
        &[],
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\u{2066}+381117850000\u{2069}"), "{text}");
    assert!(text.contains("صربستان"), "the country's name in Persian");

    // The progress line and the prompt are laid out like the menu items.
    let out = salama_in("fa", dir.path(), &["guide"], b"2\n", &[]);
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in ["از حداکثر", "یک عدد بنویسید"] {
        let line = text.lines().find(|l| l.contains(needle)).expect(needle);
        let line = line.strip_prefix("> ").unwrap_or(line);
        assert!(
            line.starts_with(' ') && line.contains('\u{200F}'),
            "right-aligned and marked: {line:?}"
        );
    }
}

fn init_diary(dir: &Path) {
    let out = salama_in(
        "en",
        dir,
        &["diary", "init", "--kdf-memory-mib", "19"],
        b"",
        &[("SALAMA_NEW_PASSPHRASE", PASS)],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn notes(dir: &Path) -> Vec<serde_json::Value> {
    let out = salama_in(
        "en",
        dir,
        &["--json", "diary", "list", "--kind", "note"],
        b"",
        &[("SALAMA_PASSPHRASE", PASS)],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    page["entries"].as_array().unwrap().clone()
}

/// `--save` keeps the result, not the answers, in the encrypted diary as a note.
#[test]
fn save_keeps_the_result_in_the_diary() {
    let dir = tempfile::tempdir().unwrap();
    let (answers, _) = scenario("syrian-family");
    let args = ["guide", "--answers", "-", "--country", "it", "--save"];
    // No diary yet: said clearly, and nothing is kept.
    let out = salama(dir.path(), &args, answers.to_string().as_bytes());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("salama diary init"));

    init_diary(dir.path());
    let out = salama_in(
        "en",
        dir.path(),
        &args,
        answers.to_string().as_bytes(),
        &[("SALAMA_PASSPHRASE", "wrong passphrase")],
    );
    assert!(!out.status.success());
    assert!(notes(dir.path()).is_empty());

    let out = salama_in(
        "en",
        dir.path(),
        &args,
        answers.to_string().as_bytes(),
        &[("SALAMA_PASSPHRASE", PASS)],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("The result is saved in your diary."));
    let notes = notes(dir.path());
    assert_eq!(notes.len(), 1);
    let content = &notes[0]["content"];
    assert_eq!(content["tags"], serde_json::json!(["situation-check"]));
    let text = content["text"].as_str().unwrap();
    assert!(text.starts_with("What may apply to you\n"), "{text}");
    assert!(text.contains("The right to ask for asylum"), "{text}");
    assert!(text.contains("Helplines in"), "{text}");
    // No answer is in it.
    assert!(
        !text.contains("paid-crossing") && !text.contains("not-sure"),
        "{text}"
    );
}

/// After an interactive check the reader is offered to keep the result.
#[test]
fn the_interactive_check_offers_to_keep_the_result() {
    let dir = tempfile::tempdir().unwrap();
    init_diary(dir.path());
    // Yes to danger, another country, keep it.
    let out = salama_in(
        "en",
        dir.path(),
        &["guide"],
        b"1\n12\n1\n",
        &[("SALAMA_PASSPHRASE", PASS)],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("The result is saved"));
    let kept = notes(dir.path());
    assert_eq!(kept.len(), 1);
    assert!(
        kept[0]["content"]["text"]
            .as_str()
            .unwrap()
            .contains("Get help now")
    );
    // "No" keeps nothing.
    let out = salama_in(
        "en",
        dir.path(),
        &["guide"],
        b"1\n12\n2\n",
        &[("SALAMA_PASSPHRASE", PASS)],
    );
    assert!(out.status.success());
    assert_eq!(notes(dir.path()).len(), 1);
}
