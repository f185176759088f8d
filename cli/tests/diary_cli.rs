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
    // The message is in the reader's language and counts the tries left (with no bidi
    // isolation marks in the terminal); the English detail in brackets comes only with
    // --verbose.
    assert!(
        stderr(&wrong).contains("Wrong passphrase. 4 tries left"),
        "{}",
        stderr(&wrong)
    );
    assert!(!stderr(&wrong).contains("(4 attempts left"));

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

/// The raw diary file, as someone with the data directory sees it.
fn raw(desk: &Desk) -> rusqlite::Connection {
    rusqlite::Connection::open(desk.data().join("diary.db")).unwrap()
}

fn wipe_after(desk: &Desk) -> Option<u32> {
    raw(desk)
        .query_row("SELECT wipe_after FROM vault", [], |r| r.get(0))
        .unwrap()
}

/// Fluent's isolation marks, which a terminal shows as boxes or nothing.
fn has_marks(text: &str) -> bool {
    text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'])
}

#[test]
fn init_checks_every_option_before_creating_anything() {
    let desk = Desk {
        dir: tempfile::tempdir().unwrap(),
    };
    let new = [("SALAMA_NEW_PASSPHRASE", PASS)];
    for (args, says) in [
        (
            &["--kdf-memory-mib", "5000000"][..],
            "must be from 19 to 1,024 MiB",
        ),
        (
            &["--kdf-memory-mib", "4194304"][..],
            "must be from 19 to 1,024 MiB",
        ),
        (
            &["--kdf-memory-mib", "18"][..],
            "must be from 19 to 1,024 MiB",
        ),
        (&["--kdf-iterations", "1"][..], "must be from 2 to 32"),
        (
            &["--wipe-after", "101"][..],
            "from 1 to 100, or 0 for never",
        ),
    ] {
        let out = desk.run_env(&[&["diary", "init"][..], args].concat(), &new);
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert!(!has_marks(&stderr(&out)), "{}", stderr(&out));
        assert!(
            !desk.data().join("diary.db").exists(),
            "{args:?} created a diary"
        );
    }
    // 0 is "never", as for passwd.
    let out = desk.run_env(
        &[
            "diary",
            "init",
            "--kdf-memory-mib",
            "19",
            "--wipe-after",
            "0",
        ],
        &new,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(wipe_after(&desk), None);
    desk.ok(&["diary", "wipe", "--yes"]);
    let out = desk.run_env(
        &[
            "diary",
            "init",
            "--kdf-memory-mib",
            "19",
            "--wipe-after",
            "3",
        ],
        &new,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(wipe_after(&desk), Some(3));
    let out = desk.run_env(&["diary", "passwd", "--wipe-after", "500"], &[]);
    assert!(stderr(&out).contains("from 1 to 100"), "{}", stderr(&out));
    assert_eq!(wipe_after(&desk), Some(3));
    desk.ok(&["diary", "passwd", "--wipe-after", "0"]);
    assert_eq!(wipe_after(&desk), None);
}

#[test]
fn a_backup_made_before_a_passphrase_change_still_merges() {
    let desk = Desk::new();
    desk.ok(&["diary", "add", "--text", "before", "--date", "2024-01-01"]);
    let backup = desk.dir.path().join("old.backup");
    let backup = backup.to_str().unwrap();
    desk.ok(&["diary", "backup", "--out", backup]);
    let old_id = desk.json(&["diary", "list"])["entries"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    desk.ok(&["diary", "delete", &old_id, "--yes"]);
    let new = "the passphrase of today";
    let out = desk.run_env(&["diary", "passwd"], &[("SALAMA_NEW_PASSPHRASE", new)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let now = [("SALAMA_PASSPHRASE", new)];
    let out = desk.run_env(
        &["diary", "add", "--text", "after", "--date", "2024-02-01"],
        &now,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // A script that does not say otherwise tries the diary's passphrase on the backup.
    let out = desk.run_env(&["diary", "restore", backup, "--merge"], &now);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("Wrong passphrase"),
        "{}",
        stderr(&out)
    );
    let out = desk.run_env(
        &["--json", "diary", "restore", backup, "--merge"],
        &[
            ("SALAMA_PASSPHRASE", new),
            ("SALAMA_BACKUP_PASSPHRASE", PASS),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["entries_added"], 1);
    let out = desk.run_env(&["--json", "diary", "list"], &now);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list["total"], 2);
}

/// In a terminal, restoring into a diary with entries asks merge or replace. `script`
/// (util-linux) gives the command a terminal; the answer is typed on it.
#[test]
fn restoring_into_entries_in_a_terminal_asks_merge_or_replace() {
    assert!(have("script"), "util-linux script is needed");
    let desk = Desk::new();
    desk.ok(&["diary", "add", "--text", "one", "--date", "2024-01-01"]);
    let backup = desk.dir.path().join("b.backup");
    desk.ok(&["diary", "backup", "--out", backup.to_str().unwrap()]);
    desk.ok(&["diary", "add", "--text", "two", "--date", "2024-01-02"]);
    let in_terminal = |answer: &str| {
        let command = format!(
            "{} --lang en --data-dir {} diary restore {}",
            env!("CARGO_BIN_EXE_salama"),
            desk.data().display(),
            backup.display()
        );
        let mut child = Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .env("SALAMA_PASSPHRASE", PASS)
            .env("SALAMA_BACKUP_PASSPHRASE", PASS)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{answer}\n").as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (ok, shown) = in_terminal("no thanks");
    assert!(!ok, "{shown}");
    assert!(shown.contains("Type merge"), "{shown}");
    assert_eq!(desk.json(&["diary", "list"])["total"], 2);
    let (ok, shown) = in_terminal("merge");
    assert!(ok, "{shown}");
    assert!(shown.contains("Restored"), "{shown}");
    assert!(!has_marks(&shown), "{shown}");
    assert_eq!(desk.json(&["diary", "list"])["total"], 2);
    let (ok, shown) = in_terminal("replace");
    assert!(ok, "{shown}");
    assert_eq!(desk.json(&["diary", "list"])["total"], 1);
}

#[test]
fn edit_can_clear_fields() {
    let desk = Desk::new();
    let id = desk.ok(&[
        "diary",
        "add",
        "--text",
        "full",
        "--date",
        "2024-01-01",
        "--place",
        "Tripoli",
        "--person",
        "Karim",
        "--amount",
        "50",
        "--currency",
        "EUR",
        "--creditor",
        "Boss",
        "--tag",
        "work",
    ]);
    let id = id.trim();
    let refused = desk.run_env(
        &["diary", "edit", id, "--clear", "place", "--place", "Sabha"],
        &[],
    );
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("cannot be cleared and given"),
        "{}",
        stderr(&refused)
    );
    desk.ok(&[
        "diary",
        "edit",
        id,
        "--clear",
        "place,amount,creditor",
        "--clear",
        "people,tags",
    ]);
    let shown = desk.json(&["diary", "show", id, "--history"]);
    let content = &shown["content"];
    assert_eq!(content["place"], serde_json::Value::Null);
    assert_eq!(content["amount"], serde_json::Value::Null);
    assert_eq!(content["creditor"], serde_json::Value::Null);
    assert_eq!(content["people"], serde_json::json!([]));
    assert_eq!(content["tags"], serde_json::json!([]));
    assert_eq!(content["text"], "full");
    assert_eq!(shown["history"][0]["content"]["place"], "Tripoli");
}

#[test]
fn terminal_text_has_no_isolation_marks() {
    let desk = Desk::new();
    desk.ok(&["diary", "add", "--text", "x", "--date", "2024-01-01"]);
    let list = desk.run_env(&["diary", "list"], &[]);
    assert!(
        stderr(&list).contains("1 of 1 entries."),
        "{}",
        stderr(&list)
    );
    let wrong = desk.run_env(&["diary", "list"], &[("SALAMA_PASSPHRASE", "not this one")]);
    assert!(
        stderr(&wrong).contains("4 tries left before you have to wait"),
        "{}",
        stderr(&wrong)
    );
    for out in [&list, &wrong] {
        assert!(!has_marks(&stderr(out)), "{:?}", stderr(out));
        assert!(!has_marks(&String::from_utf8_lossy(&out.stdout)));
    }
}

#[test]
fn after_a_wipe_every_command_says_how_to_make_a_diary() {
    let desk = Desk::new();
    desk.ok(&["diary", "wipe", "--yes"]);
    let out_file = desk.dir.path().join("x");
    let out_file = out_file.to_str().unwrap();
    for args in [
        &["diary", "list"][..],
        &["diary", "add", "--text", "x"],
        &["diary", "show", "00000000000000000000000000000000"],
        &["diary", "ledger"],
        &["diary", "passwd"],
        &["diary", "backup", "--out", out_file],
        &["diary", "export", "--passphrase", "--out", out_file],
    ] {
        let out = desk.run_env(args, &[("SALAMA_EXPORT_PASSPHRASE", "long enough here")]);
        assert!(!out.status.success(), "{args:?}");
        assert!(
            stderr(&out).contains("There is no diary here yet. Create one with: salama diary init"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

/// Each command locks the diary before it ends: the key is dropped and the list snapshot
/// is written, so the next `list` reads it instead of decrypting every entry.
#[test]
fn every_command_leaves_the_diary_locked_with_a_list_snapshot() {
    let desk = Desk::new();
    let snapshots = || -> i64 {
        raw(&desk)
            .query_row("SELECT count(*) FROM index_snapshot", [], |r| r.get(0))
            .unwrap()
    };
    desk.ok(&["diary", "add", "--text", "x", "--date", "2024-01-01"]);
    assert_eq!(snapshots(), 1, "after add");
    let id = desk.json(&["diary", "list"])["entries"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    desk.ok(&["diary", "edit", &id, "--text", "y"]);
    assert_eq!(snapshots(), 1, "after edit");
    // Even a command that fails half way locks.
    let failed = desk.run_env(&["diary", "edit", &id, "--date", "not a date"], &[]);
    assert!(!failed.status.success());
    assert_eq!(snapshots(), 1, "after a failed edit");
}
