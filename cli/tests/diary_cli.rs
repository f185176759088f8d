//! `salama diary …` end to end: the real binary, driven only by flags and environment
//! variables, as a script would drive it; and the export opened by the standard `age` tool.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PASS: &str = "a long passphrase for tests";

struct Desk {
    dir: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        let desk = Desk {
            dir: tempfile::tempdir().unwrap(),
        };
        let out = desk.run_env(
            &["diary", "init", "--kdf-memory-mib", "19"],
            &[("SALAMA_NEW_PASSPHRASE", PASS)],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        desk
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_salama"));
        command
            .args(["--lang", "en", "--data-dir"])
            .arg(self.data())
            .args(args)
            .env("SALAMA_PASSPHRASE", PASS)
            .env_remove("SALAMA_NEW_PASSPHRASE")
            .env_remove("SALAMA_EXPORT_PASSPHRASE")
            .stdin(Stdio::null());
        command
    }

    fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut command = self.command(args);
        for (name, value) in env {
            command.env(name, value);
        }
        command.output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run_env(args, &[]);
        assert!(
            out.status.success(),
            "salama {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut full = vec!["--json"];
        full.extend_from_slice(args);
        serde_json::from_str(&self.ok(&full)).unwrap()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn every_command_works_from_flags() {
    let desk = Desk::new();
    let photo = desk.dir.path().join("passport.jpg");
    std::fs::write(&photo, b"\xFF\xD8 fake jpeg bytes").unwrap();
    let debt = desk.ok(&[
        "diary",
        "add",
        "--kind",
        "debt",
        "--text",
        "The trip: they say I owe this",
        "--amount",
        "5000",
        "--currency",
        "EUR",
        "--creditor",
        "Karim",
        "--date",
        "2024-01-10",
        "--person",
        "Karim",
        "--place",
        "Tripoli",
        "--tag",
        "trip",
    ]);
    let debt = debt.trim();
    assert_eq!(debt.len(), 32);
    desk.ok(&[
        "diary",
        "add",
        "--kind",
        "payment",
        "--text",
        "Paid from wages",
        "--amount",
        "800",
        "--currency",
        "eur",
        "--creditor",
        "Karim",
        "--date",
        "2024-03-01",
    ]);
    let taken = desk.json(&[
        "diary",
        "add",
        "--kind",
        "document-taken",
        "--text",
        "Boss kept my passport",
        "--date",
        "2024-02-01",
        "--attach",
        photo.to_str().unwrap(),
    ]);
    let taken_id = taken["id"].as_str().unwrap().to_owned();
    assert_eq!(taken["attachments"][0]["name"], "passport.jpg");
    assert_eq!(taken["attachments"][0]["media_type"], "image/jpeg");

    let list = desk.json(&["diary", "list"]);
    assert_eq!(list["total"], 3);
    let dates: Vec<&str> = list["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["content"]["happened_on"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2024-03-01", "2024-02-01", "2024-01-10"]);
    let filtered = desk.json(&["diary", "list", "--kind", "debt", "--words", "trip"]);
    assert_eq!(filtered["total"], 1);
    let paged = desk.json(&["diary", "list", "--offset", "1", "--limit", "1"]);
    assert_eq!(paged["entries"][0]["id"], taken_id.as_str());

    let ledger = desk.json(&["diary", "ledger"]);
    assert_eq!(ledger["lines"][0]["creditor"], "Karim");
    assert_eq!(ledger["lines"][0]["remaining"], "4200");
    assert_eq!(ledger["damaged"], serde_json::json!([]));

    desk.ok(&[
        "diary",
        "edit",
        debt,
        "--amount",
        "5500",
        "--currency",
        "EUR",
    ]);
    let shown = desk.json(&["diary", "show", debt, "--history"]);
    assert_eq!(shown["version"], 2);
    assert_eq!(shown["content"]["amount"]["value"], "5500");
    assert_eq!(
        shown["content"]["place"], "Tripoli",
        "fields not given are kept"
    );
    assert_eq!(shown["history"][0]["content"]["amount"]["value"], "5000");
    let text = desk.ok(&["diary", "show", debt]);
    assert!(text.contains("The trip: they say I owe this"), "{text}");

    let saved = desk.dir.path().join("saved");
    desk.ok(&[
        "diary",
        "show",
        &taken_id,
        "--save-attachments",
        saved.to_str().unwrap(),
    ]);
    let saved_file = std::fs::read_dir(&saved)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(
        std::fs::read(saved_file).unwrap(),
        b"\xFF\xD8 fake jpeg bytes"
    );

    // A 100 MiB file (sparse, so the test stays fast) is refused before it is read, and
    // nothing is added.
    let huge = desk.dir.path().join("video.mp4");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let too_big = desk.run_env(
        &[
            "diary",
            "add",
            "--text",
            "with video",
            "--attach",
            huge.to_str().unwrap(),
        ],
        &[],
    );
    assert!(!too_big.status.success());
    assert!(stderr(&too_big).contains("20 MiB"), "{}", stderr(&too_big));
    assert_eq!(desk.json(&["diary", "list"])["total"], 3);

    let refused = desk.run_env(&["diary", "delete", debt], &[]);
    assert!(
        !refused.status.success(),
        "delete without --yes on a pipe must not delete"
    );
    desk.ok(&["diary", "delete", debt, "--yes"]);
    assert_eq!(desk.json(&["diary", "list"])["total"], 2);
    let missing = desk.run_env(&["diary", "show", debt], &[]);
    assert!(
        stderr(&missing).contains("could not be found"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn wrong_passphrase_and_passwd() {
    let desk = Desk::new();
    desk.ok(&[
        "diary",
        "add",
        "--text",
        "kept safe",
        "--date",
        "2024-01-01",
    ]);
    let wrong = desk.run_env(
        &["diary", "list"],
        &[("SALAMA_PASSPHRASE", "not it at all")],
    );
    assert!(!wrong.status.success());
    // The message is in the reader's language; the parenthesis keeps the English detail.
    assert!(
        stderr(&wrong).contains("Wrong passphrase."),
        "{}",
        stderr(&wrong)
    );
    assert!(
        stderr(&wrong).contains("(4 attempts left"),
        "{}",
        stderr(&wrong)
    );

    let new = "a brand new passphrase";
    let changed = desk.run_env(&["diary", "passwd"], &[("SALAMA_NEW_PASSPHRASE", new)]);
    assert!(changed.status.success(), "{}", stderr(&changed));
    let old = desk.run_env(&["diary", "list"], &[]);
    assert!(!old.status.success());
    let list = desk.run_env(&["--json", "diary", "list"], &[("SALAMA_PASSPHRASE", new)]);
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(list["entries"][0]["content"]["text"], "kept safe");
}

#[test]
fn backup_restores_on_an_empty_data_dir_and_wipe_destroys() {
    let desk = Desk::new();
    let file = desk.dir.path().join("note.txt");
    std::fs::write(&file, "attached words").unwrap();
    desk.ok(&[
        "diary",
        "add",
        "--text",
        "first",
        "--date",
        "2024-01-01",
        "--attach",
        file.to_str().unwrap(),
    ]);
    desk.ok(&["diary", "add", "--text", "second", "--date", "2024-01-02"]);
    let backup = desk.dir.path().join("diary.backup");
    desk.ok(&["diary", "backup", "--out", backup.to_str().unwrap()]);
    let before = desk.json(&["diary", "list"]);

    let other = Desk {
        dir: tempfile::tempdir().unwrap(),
    };
    other.ok(&["diary", "restore", backup.to_str().unwrap()]);
    assert_eq!(other.json(&["diary", "list"])["entries"], before["entries"]);

    // Restoring again into a diary with entries asks for a choice and changes nothing.
    let ask = other.run_env(&["diary", "restore", backup.to_str().unwrap()], &[]);
    assert!(!ask.status.success());
    assert!(stderr(&ask).contains("--merge"), "{}", stderr(&ask));
    let merged = other.json(&["diary", "restore", backup.to_str().unwrap(), "--merge"]);
    assert_eq!(merged["entries_unchanged"], 2);

    for junk in [&b""[..], b"SALAMA-DIARY-BACKUP\0", b"PK\x03\x04 a zip file"] {
        let bad = desk.dir.path().join("bad.backup");
        std::fs::write(&bad, junk).unwrap();
        let out = other.run_env(
            &["diary", "restore", bad.to_str().unwrap(), "--replace"],
            &[],
        );
        assert!(!out.status.success());
        assert!(stderr(&out).contains("cannot be used"), "{}", stderr(&out));
    }
    assert_eq!(other.json(&["diary", "list"])["total"], 2);

    other.ok(&["diary", "wipe", "--yes"]);
    let gone = other.run_env(&["diary", "list"], &[]);
    assert!(!gone.status.success());
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn untar(tar: &Path, dir: &Path) {
    let status = Command::new("tar")
        .arg("-xf")
        .arg(tar)
        .arg("-C")
        .arg(dir)
        .status()
        .unwrap();
    assert!(status.success());
}

/// The interop promise: the standard `age` tool (Debian's, installed by tests/run.sh)
/// decrypts an export made to a recipient and one made with a passphrase.
#[test]
fn the_age_tool_decrypts_an_export() {
    assert!(
        have("age") && have("age-keygen"),
        "install age: apt-get install age"
    );
    let desk = Desk::new();
    let scan = desk.dir.path().join("contract.pdf");
    std::fs::write(&scan, b"%PDF-1.4 the contract").unwrap();
    desk.ok(&[
        "diary",
        "add",
        "--kind",
        "debt",
        "--text",
        "Debt for the crossing",
        "--amount",
        "3000",
        "--currency",
        "USD",
        "--creditor",
        "The agency",
        "--date",
        "2023-09-01",
        "--attach",
        scan.to_str().unwrap(),
    ]);
    desk.ok(&[
        "diary",
        "add",
        "--text",
        "They threatened my family",
        "--date",
        "2023-10-05",
    ]);

    let key = desk.dir.path().join("lawyer.key");
    let keygen = Command::new("age-keygen")
        .arg("-o")
        .arg(&key)
        .output()
        .unwrap();
    assert!(keygen.status.success());
    let recipient = String::from_utf8_lossy(&keygen.stderr)
        .split_whitespace()
        .find(|w| w.starts_with("age1"))
        .unwrap()
        .to_owned();
    let export = desk.dir.path().join("export.age");
    desk.ok(&[
        "diary",
        "export",
        "--to",
        &recipient,
        "--out",
        export.to_str().unwrap(),
    ]);

    let tar = desk.dir.path().join("export.tar");
    let age = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&key)
        .arg("-o")
        .arg(&tar)
        .arg(&export)
        .output()
        .unwrap();
    assert!(age.status.success(), "{}", stderr(&age));
    let out = desk.dir.path().join("opened");
    std::fs::create_dir(&out).unwrap();
    untar(&tar, &out);
    let report = std::fs::read_to_string(out.join("salama-diary/report.md")).unwrap();
    assert!(report.contains("They threatened my family"));
    assert!(
        report.contains("| The agency | USD | 3000 | 0 | 3000 |"),
        "{report}"
    );
    assert!(report.find("2023-09-01").unwrap() < report.find("2023-10-05").unwrap());
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("salama-diary/diary.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(json["entries"].as_array().unwrap().len(), 2);
    let attachment = std::fs::read_dir(out.join("salama-diary/attachments"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(std::fs::read(attachment).unwrap(), b"%PDF-1.4 the contract");

    // The wrong key does not open it.
    let other_key = desk.dir.path().join("other.key");
    Command::new("age-keygen")
        .arg("-o")
        .arg(&other_key)
        .output()
        .unwrap();
    let wrong = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&other_key)
        .arg(&export)
        .output()
        .unwrap();
    assert!(!wrong.status.success());

    // A passphrase export: age reads passphrases only from a terminal, which `script`
    // provides (util-linux, present on Debian).
    assert!(
        have("script"),
        "util-linux script is needed for the passphrase check"
    );
    let by_pass = desk.dir.path().join("export-pass.age");
    let made = desk.run_env(
        &[
            "diary",
            "export",
            "--passphrase",
            "--out",
            by_pass.to_str().unwrap(),
        ],
        &[("SALAMA_EXPORT_PASSPHRASE", "lawyer passphrase 42")],
    );
    assert!(made.status.success(), "{}", stderr(&made));
    let tar2 = desk.dir.path().join("export2.tar");
    let mut script = Command::new("script")
        .args(["-qec"])
        .arg(format!(
            "age -d -o {} {}",
            tar2.display(),
            by_pass.display()
        ))
        .arg("/dev/null")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    use std::io::Write;
    script
        .stdin
        .take()
        .unwrap()
        .write_all(b"lawyer passphrase 42\n")
        .unwrap();
    assert!(script.wait().unwrap().success());
    let out2 = desk.dir.path().join("opened2");
    std::fs::create_dir(&out2).unwrap();
    untar(&tar2, &out2);
    assert!(
        std::fs::read_to_string(out2.join("salama-diary/report.md"))
            .unwrap()
            .contains("Debt for the crossing")
    );
}
