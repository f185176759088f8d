//! Behaviour of the diary as an app sees it: every test goes through [`Diary`]'s public
//! methods, and reaches under them only to play the attacker (flip bytes, swap rows, read
//! the raw files).

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::keys::tests::TEST_KDF;
use super::*;
use crate::l10n::Translations;

/// A clock the test moves by hand.
pub struct TestClock {
    seconds: AtomicU64,
}

impl TestClock {
    pub fn new() -> Arc<Self> {
        Arc::new(TestClock {
            seconds: AtomicU64::new(1_700_000_000),
        })
    }

    pub fn advance(&self, seconds: u64) {
        self.seconds.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn unix_now(&self) -> u64 {
        self.seconds.load(Ordering::SeqCst)
    }
    fn monotonic(&self) -> Duration {
        Duration::from_secs(self.seconds.load(Ordering::SeqCst))
    }
}

const PASS: &str = "the river is wide at night";

fn open_with(dir: &Path, clock: Arc<TestClock>) -> Diary {
    Diary::open(
        dir,
        Translations::embedded().localizer(vec!["en".into()]),
        DiaryOptions {
            kdf: TEST_KDF,
            clock,
            allow_weak_kdf: true,
        },
    )
    .unwrap()
}

fn open(dir: &Path) -> Diary {
    open_with(dir, TestClock::new())
}

fn created(dir: &Path) -> Diary {
    let diary = open(dir);
    diary.create(PASS.into(), None).unwrap();
    diary
}

fn draft(kind: EntryKind, date: &str, text: &str) -> EntryDraft {
    EntryDraft {
        kind,
        happened_on: date.into(),
        text: text.into(),
        place: None,
        people: vec![],
        amount: None,
        creditor: None,
        tags: vec![],
    }
}

fn debt(kind: EntryKind, creditor: &str, value: &str) -> EntryDraft {
    EntryDraft {
        amount: Some(Amount {
            value: value.into(),
            currency: "EUR".into(),
        }),
        creditor: Some(creditor.into()),
        ..draft(kind, "2024-02-01", "money")
    }
}

fn all(diary: &Diary) -> EntryPage {
    diary.list(EntryFilter::default(), 0, 1_000).unwrap()
}

/// The attacker's view: the file, with no constraints enforced.
fn raw(dir: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(dir.join(DIARY_DB)).unwrap();
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    conn
}

/// Every byte of every file in `dir` (databases, logs, journals, temp files).
fn every_file(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        } else if path.is_dir() {
            out.extend(every_file(&path));
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

fn assert_absent(dir: &Path, needle: &[u8], what: &str) {
    for (name, bytes) in every_file(dir) {
        assert!(!contains(&bytes, needle), "{what} found in {name}");
    }
}

#[test]
fn entries_are_added_read_edited_with_history_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let mut first = draft(
        EntryKind::DocumentTaken,
        "2024-01-15",
        "They took my passport",
    );
    first.place = Some("Farm near the border".into());
    first.people = vec!["Karim".into(), "the driver".into()];
    first.tags = vec!["passport".into()];
    let added = diary.add(first.clone()).unwrap();
    assert_eq!(added.version, 1);
    assert_eq!(added.content, first);
    assert_eq!(added.id.len(), 32);
    assert_eq!(diary.get(added.id.clone()).unwrap(), added);

    let mut second = first.clone();
    second.text = "They took my passport and my phone".into();
    let edited = diary.edit(added.id.clone(), second.clone()).unwrap();
    assert_eq!(edited.version, 2);
    assert_eq!(edited.created_at, added.created_at);
    assert_eq!(diary.get(added.id.clone()).unwrap().content, second);
    let history = diary.history(added.id.clone()).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].content, first);
    assert_eq!(history[0].version, 1);

    diary.delete(added.id.clone()).unwrap();
    assert_eq!(diary.get(added.id.clone()), Err(SalamaError::NotFound));
    assert_eq!(diary.delete(added.id.clone()), Err(SalamaError::NotFound));
    assert_eq!(diary.edit(added.id, second), Err(SalamaError::NotFound));
    assert_eq!(diary.get("not an id".into()), Err(SalamaError::NotFound));
    let raw = raw(dir.path());
    let versions: i64 = raw
        .query_row("SELECT count(*) FROM entry_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(versions, 0, "versions go with their entry");
}

#[cfg(unix)]
#[test]
fn the_diary_files_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let dir_path = |name: &str| dir.path().join(name);
    let mode =
        |name: &str| std::fs::metadata(dir_path(name)).map(|m| m.permissions().mode() & 0o777);
    let diary = created(dir.path());
    diary
        .add(draft(EntryKind::Note, "2024-01-01", "x"))
        .unwrap();
    for name in [DIARY_DB, "diary.db-wal", "diary.db-shm"] {
        assert_eq!(mode(name).unwrap(), 0o600, "{name}");
    }
    drop(diary);
    // A file made by an earlier build with the default mode is tightened when opened.
    std::fs::set_permissions(dir_path(DIARY_DB), std::fs::Permissions::from_mode(0o644)).unwrap();
    let diary = open(dir.path());
    assert!(diary.exists().unwrap());
    assert_eq!(mode(DIARY_DB).unwrap(), 0o600);
}

#[test]
fn invalid_drafts_are_refused_and_store_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    for bad in [
        draft(EntryKind::Note, "2024-02-30", "x"),
        draft(EntryKind::Debt, "2024-01-01", "no amount"),
        debt(EntryKind::Debt, "X", "-5"),
    ] {
        assert!(matches!(
            diary.add(bad),
            Err(SalamaError::InvalidInput { .. })
        ));
    }
    assert_eq!(diary.count().unwrap(), 0);
}

#[test]
fn lists_newest_event_first_with_paging_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let diary = open_with(dir.path(), clock.clone());
    diary.create(PASS.into(), None).unwrap();
    // Written out of order: the list follows the date the thing happened.
    for (date, kind, text) in [
        ("2024-03-01", EntryKind::Event, "threatened at the farm"),
        ("2023-12-24", EntryKind::Note, "Christmas, no pay"),
        (
            "2024-05-10",
            EntryKind::Event,
            "moved to another FARM by truck",
        ),
        ("2024-01-05", EntryKind::Person, "Karim drives the truck"),
        ("2024-03-01", EntryKind::Place, "the farm has a blue gate"),
    ] {
        clock.advance(1);
        diary.add(draft(kind, date, text)).unwrap();
    }
    let page = all(&diary);
    let dates: Vec<&str> = page
        .entries
        .iter()
        .map(|e| e.content.happened_on.as_str())
        .collect();
    assert_eq!(
        dates,
        [
            "2024-05-10",
            "2024-03-01",
            "2024-03-01",
            "2024-01-05",
            "2023-12-24"
        ]
    );
    // Same date: the one written later comes first.
    assert_eq!(page.entries[1].content.kind, EntryKind::Place);
    assert_eq!(page.total, 5);

    let second_page = diary.list(EntryFilter::default(), 2, 2).unwrap();
    assert_eq!(second_page.total, 5);
    assert_eq!(second_page.entries, page.entries[2..4]);

    let events = diary
        .list(
            EntryFilter {
                kind: Some(EntryKind::Event),
                ..Default::default()
            },
            0,
            50,
        )
        .unwrap();
    assert_eq!(events.total, 2);

    let range = diary
        .list(
            EntryFilter {
                from: Some("2024-01-01".into()),
                to: Some("2024-03-01".into()),
                ..Default::default()
            },
            0,
            50,
        )
        .unwrap();
    assert_eq!(range.total, 3);

    let words = |w: &str| {
        diary
            .list(
                EntryFilter {
                    words: Some(w.into()),
                    ..Default::default()
                },
                0,
                50,
            )
            .unwrap()
    };
    assert_eq!(words("farm").total, 3, "case-insensitive");
    assert_eq!(words("truck farm").total, 1, "every word must match");
    assert_eq!(words("truck").entries[0].content.happened_on, "2024-05-10");
    assert_eq!(words("nothing-like-this").total, 0);
    assert!(matches!(
        diary.list(
            EntryFilter {
                from: Some("yesterday".into()),
                ..Default::default()
            },
            0,
            5
        ),
        Err(SalamaError::InvalidInput { .. })
    ));

    // The index survives edits and deletes, and a fresh unlock rebuilds the same order.
    let newest = page.entries[0].id.clone();
    diary
        .edit(
            newest.clone(),
            draft(EntryKind::Event, "2020-01-01", "moved"),
        )
        .unwrap();
    diary.delete(page.entries[4].id.clone()).unwrap();
    let after = all(&diary);
    assert_eq!(after.entries.last().unwrap().id, newest);
    diary.lock();
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(all(&diary), after);
}

#[test]
fn searches_inside_other_scripts_and_fields() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let mut entry = draft(EntryKind::Event, "2024-01-01", "مرا تهدید کرد");
    entry.people = vec!["Ahmed Al-Rashid".into()];
    entry.tags = vec!["Menace".into()];
    diary.add(entry).unwrap();
    diary
        .add(draft(EntryKind::Note, "2024-01-02", "Café crème"))
        .unwrap();
    for (query, hits) in [
        ("تهديد", 1),
        ("al-rashid", 1),
        ("menace", 1),
        ("cafe", 1),
        ("x", 0),
    ] {
        let page = diary
            .list(
                EntryFilter {
                    words: Some(query.into()),
                    ..Default::default()
                },
                0,
                10,
            )
            .unwrap();
        assert_eq!(page.total, hits, "{query}");
    }
}

#[test]
fn the_ledger_is_computed_per_creditor() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    diary.add(debt(EntryKind::Debt, "Karim", "5000")).unwrap();
    let paid = diary
        .add(debt(EntryKind::Payment, "Karim", "1000"))
        .unwrap();
    diary
        .add(debt(EntryKind::Payment, "Karim", "250.50"))
        .unwrap();
    // An edit replaces the amount; only the current version counts.
    diary
        .edit(paid.id, debt(EntryKind::Payment, "Karim", "1200"))
        .unwrap();
    let ledger = diary.ledger().unwrap();
    assert!(ledger.damaged.is_empty());
    let ledger = ledger.lines;
    assert_eq!(ledger.len(), 1);
    assert_eq!(ledger[0].owed, "5000");
    assert_eq!(ledger[0].paid, "1450.5");
    assert_eq!(ledger[0].remaining, "3549.5");
}

#[test]
fn attachments_round_trip_and_are_limited() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let entry = diary
        .add(draft(EntryKind::Event, "2024-01-01", "photo"))
        .unwrap();
    let photo: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let info = diary
        .add_attachment(
            entry.id.clone(),
            "IMG_1.jpg".into(),
            "image/jpeg".into(),
            photo.clone(),
        )
        .unwrap();
    assert_eq!(info.size, photo.len() as u64);
    assert_eq!(diary.attachment(info.id.clone()).unwrap(), photo);
    assert_eq!(
        diary.get(entry.id.clone()).unwrap().attachments,
        std::slice::from_ref(&info)
    );

    let hundred_mib = vec![0u8; 100 * 1024 * 1024];
    assert!(matches!(
        diary.add_attachment(
            entry.id.clone(),
            "big.bin".into(),
            "x/y".into(),
            hundred_mib
        ),
        Err(SalamaError::InvalidInput { .. })
    ));
    let at_limit = vec![1u8; attachments::MAX_ATTACHMENT_BYTES];
    diary
        .add_attachment(entry.id.clone(), "max.bin".into(), "x/y".into(), at_limit)
        .unwrap();
    assert!(matches!(
        diary.add_attachment(entry.id.clone(), "".into(), "x/y".into(), vec![1]),
        Err(SalamaError::InvalidInput { .. })
    ));
    assert_eq!(
        diary.add_attachment("00".repeat(16), "a".into(), "x/y".into(), vec![1]),
        Err(SalamaError::NotFound)
    );
    // Nothing lost by the refusals.
    assert_eq!(diary.get(entry.id.clone()).unwrap().attachments.len(), 2);
    assert_eq!(diary.attachment(info.id.clone()).unwrap(), photo);

    diary.remove_attachment(info.id.clone()).unwrap();
    assert_eq!(diary.attachment(info.id), Err(SalamaError::NotFound));
    diary.delete(entry.id).unwrap();
    let left: i64 = raw(dir.path())
        .query_row("SELECT count(*) FROM attachment", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

#[test]
fn everything_needs_the_diary_unlocked_and_lock_forgets_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let entry = diary
        .add(draft(EntryKind::Note, "2024-01-01", "x"))
        .unwrap();
    diary.lock();
    assert!(!diary.is_unlocked());
    assert_eq!(diary.get(entry.id.clone()), Err(SalamaError::Locked));
    assert_eq!(
        diary.list(EntryFilter::default(), 0, 5),
        Err(SalamaError::Locked)
    );
    assert_eq!(
        diary.add(draft(EntryKind::Note, "2024-01-01", "x")),
        Err(SalamaError::Locked)
    );
    assert_eq!(diary.ledger(), Err(SalamaError::Locked));
    assert_eq!(
        diary.set_wipe_after_failures(Some(3)),
        Err(SalamaError::Locked)
    );
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(diary.get(entry.id).unwrap().content.text, "x");
}

#[test]
fn auto_lock_after_the_idle_time() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let diary = open_with(dir.path(), clock.clone());
    diary.create(PASS.into(), None).unwrap();
    diary.set_auto_lock(Some(60));
    clock.advance(59);
    assert_eq!(diary.count().unwrap(), 0, "each call counts as use");
    clock.advance(59);
    assert!(diary.is_unlocked());
    clock.advance(61);
    assert_eq!(diary.count(), Err(SalamaError::Locked));
    assert!(!diary.is_unlocked());
}

#[test]
fn polling_is_unlocked_does_not_keep_the_diary_open() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let diary = open_with(dir.path(), clock.clone());
    diary.create(PASS.into(), None).unwrap();
    diary.set_auto_lock(Some(60));
    // An app (or anyone holding the phone) asking for the state every 30 s is not use.
    for _ in 0..3 {
        clock.advance(30);
        let _ = diary.is_unlocked();
    }
    assert!(!diary.is_unlocked(), "polling the state kept the key");
    assert_eq!(diary.count(), Err(SalamaError::Locked));
}

#[test]
fn auto_lock_forgets_the_key_without_any_further_call() {
    let dir = tempfile::tempdir().unwrap();
    let diary = Diary::open(
        dir.path(),
        Translations::embedded().localizer(vec!["en".into()]),
        DiaryOptions {
            kdf: TEST_KDF,
            clock: Arc::new(SystemClock::new()),
            allow_weak_kdf: true,
        },
    )
    .unwrap();
    diary.create(PASS.into(), None).unwrap();
    diary.set_auto_lock(Some(1));
    // Looks at the state directly: any public call would itself check the idle time.
    let unlocked = || diary.inner().session.is_some();
    assert!(unlocked());
    let start = std::time::Instant::now();
    while unlocked() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(!unlocked(), "the key is still held after the idle time");
    assert!(start.elapsed() >= Duration::from_secs(1));
    diary.set_auto_lock(None);
}

#[test]
fn wrong_passphrases_count_down_then_lock_out_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    {
        let diary = open_with(dir.path(), clock.clone());
        diary.create(PASS.into(), None).unwrap();
        diary
            .add(draft(EntryKind::Note, "2024-01-01", "kept"))
            .unwrap();
        diary.lock();
        for left in (0..5).rev() {
            assert_eq!(
                diary.unlock("not the passphrase".into(), None),
                Err(SalamaError::WrongPassphrase {
                    attempts_left: left
                })
            );
        }
        assert_eq!(
            diary.unlock(PASS.into(), None),
            Err(SalamaError::LockedOut { retry_after_s: 30 })
        );
    }
    // A restart (a new process) remembers the lockout.
    let diary = open_with(dir.path(), clock.clone());
    clock.advance(10);
    assert_eq!(
        diary.unlock(PASS.into(), None),
        Err(SalamaError::LockedOut { retry_after_s: 20 })
    );
    clock.advance(20);
    assert_eq!(
        diary.unlock("still wrong".into(), None),
        Err(SalamaError::WrongPassphrase { attempts_left: 0 })
    );
    // The delay doubled.
    clock.advance(59);
    assert_eq!(
        diary.unlock(PASS.into(), None),
        Err(SalamaError::LockedOut { retry_after_s: 1 })
    );
    clock.advance(1);
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(all(&diary).entries[0].content.text, "kept");
    // Success resets the count.
    diary.lock();
    assert_eq!(
        diary.unlock("wrong again".into(), None),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 })
    );
}

#[test]
fn unusable_passphrases_are_refused_clearly_and_do_not_count() {
    let dir = tempfile::tempdir().unwrap();
    let diary = open(dir.path());
    let huge = "x".repeat(10_000);
    assert!(matches!(
        diary.create(huge.clone(), None),
        Err(SalamaError::InvalidInput { .. })
    ));
    assert!(!diary.exists().unwrap());
    let unicode = "کلمهٔ عبور 🔐 cafe\u{301} ñ 日本語 \u{202E}rtl";
    let check = diary.create(unicode.into(), None).unwrap();
    assert_eq!(check.warning_id, None);
    diary
        .add(draft(EntryKind::Note, "2024-01-01", "safe"))
        .unwrap();
    diary.lock();
    for _ in 0..10 {
        assert!(matches!(
            diary.unlock(huge.clone(), None),
            Err(SalamaError::InvalidInput { .. })
        ));
    }
    assert!(matches!(
        diary.unlock("abc".into(), None),
        Err(SalamaError::InvalidInput { .. })
    ));
    // The same passphrase typed with a precomposed accent opens it: input is normalized.
    diary
        .unlock("کلمهٔ عبور 🔐 café ñ 日本語 \u{202E}rtl".into(), None)
        .unwrap();
    assert_eq!(diary.count().unwrap(), 1);
    assert!(matches!(
        diary.change_passphrase(unicode.into(), huge, None),
        Err(SalamaError::InvalidInput { .. })
    ));
    diary.lock();
    diary.unlock(unicode.into(), None).unwrap();
    let pin = diary.check_passphrase("2580".into()).unwrap();
    assert!(pin.is_pin);
    assert_eq!(pin.warning_id.as_deref(), Some("diary-warning-pin"));
}

#[test]
fn changing_the_passphrase_keeps_every_entry() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let entry = diary
        .add(draft(EntryKind::Note, "2024-01-01", "intact"))
        .unwrap();
    let info = diary
        .add_attachment(
            entry.id.clone(),
            "a.txt".into(),
            "text/plain".into(),
            b"bytes".to_vec(),
        )
        .unwrap();
    assert_eq!(
        diary.change_passphrase("wrong old one".into(), "new passphrase here".into(), None),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 })
    );
    let check = diary
        .change_passphrase(PASS.into(), "1234".into(), None)
        .unwrap();
    assert!(check.is_pin);
    drop(diary);
    let diary = open(dir.path());
    assert_eq!(
        diary.unlock(PASS.into(), None),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 })
    );
    diary.unlock("1234".into(), None).unwrap();
    assert_eq!(diary.get(entry.id).unwrap().content.text, "intact");
    assert_eq!(diary.attachment(info.id).unwrap(), b"bytes");
}

#[test]
fn wiping_destroys_the_key_first_and_leaves_nothing_to_decrypt() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let entry = diary
        .add(draft(EntryKind::Note, "2024-01-01", "to be wiped"))
        .unwrap();
    diary
        .add_attachment(
            entry.id,
            "scan.png".into(),
            "image/png".into(),
            vec![0x5A; 300_000],
        )
        .unwrap();
    let conn = raw(dir.path());
    let secrets: Vec<Vec<u8>> = conn
        .prepare(
            "SELECT wrapped FROM key_slot UNION ALL SELECT body FROM entry_version
             UNION ALL SELECT head FROM entry UNION ALL SELECT meta FROM attachment
             UNION ALL SELECT substr(data, 1, 64) FROM attachment",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    drop(conn);
    diary.wipe().unwrap();
    assert!(!diary.exists().unwrap());
    assert_eq!(diary.unlock(PASS.into(), None), Err(SalamaError::NotFound));
    for secret in &secrets {
        assert_absent(dir.path(), secret, "a wrapped key or sealed record");
    }
    // A new diary can be made in the same place.
    diary.create("another passphrase".into(), None).unwrap();
    assert_eq!(diary.count().unwrap(), 0);
}

#[test]
fn wipe_after_failures_when_the_user_chose_it() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    diary
        .add(draft(EntryKind::Note, "2024-01-01", "x"))
        .unwrap();
    assert!(matches!(
        diary.set_wipe_after_failures(Some(0)),
        Err(SalamaError::InvalidInput { .. })
    ));
    diary.set_wipe_after_failures(Some(3)).unwrap();
    diary.lock();
    for _ in 0..2 {
        assert!(matches!(
            diary.unlock("wrong wrong".into(), None),
            Err(SalamaError::WrongPassphrase { .. })
        ));
    }
    assert!(diary.exists().unwrap());
    assert!(diary.unlock("wrong wrong".into(), None).is_err());
    assert!(!diary.exists().unwrap());
    assert_eq!(diary.unlock(PASS.into(), None), Err(SalamaError::NotFound));
}

#[test]
fn the_duress_passphrase_wipes_silently_and_opens_an_empty_diary() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let secret = diary
        .add(draft(EntryKind::Event, "2024-01-01", "the real record"))
        .unwrap();
    assert!(matches!(
        diary.set_duress_passphrase(PASS.into(), None),
        Err(SalamaError::InvalidInput { .. })
    ));
    let slot_before: Vec<u8> = raw(dir.path())
        .query_row("SELECT wrapped FROM key_slot WHERE slot = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    diary
        .set_duress_passphrase("birthday 1999".into(), None)
        .unwrap();
    let (real_slot, duress_slot): (Vec<u8>, Vec<u8>) = raw(dir.path())
        .query_row(
            "SELECT (SELECT wrapped FROM key_slot WHERE slot = 0),
                    (SELECT wrapped FROM key_slot WHERE slot = 1)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    // Whether a duress passphrase is set cannot be seen: same length before and after.
    assert_eq!(slot_before.len(), duress_slot.len());
    assert_eq!(real_slot.len(), duress_slot.len());
    let body: Vec<u8> = raw(dir.path())
        .query_row("SELECT body FROM entry_version", [], |r| r.get(0))
        .unwrap();
    diary.lock();

    // The result is exactly what the real passphrase gives.
    assert_eq!(diary.unlock("birthday 1999".into(), None), Ok(()));
    assert!(diary.is_unlocked());
    assert_eq!(all(&diary).total, 0);
    assert_eq!(diary.get(secret.id), Err(SalamaError::NotFound));
    diary
        .add(draft(EntryKind::Note, "2024-02-02", "decoy"))
        .unwrap();
    diary.lock();
    assert_eq!(
        diary.unlock(PASS.into(), None),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 })
    );
    diary.unlock("birthday 1999".into(), None).unwrap();
    assert_eq!(all(&diary).entries[0].content.text, "decoy");
    for secret in [&real_slot, &body] {
        assert_absent(dir.path(), secret, "the real diary");
    }
}

/// A stand-in for Android Keystore: wraps by sealing with its own key.
struct FakeKeystore {
    key: SecretKey,
}

impl KeyWrapper for FakeKeystore {
    fn wrap_key(&self, key: Vec<u8>) -> Result<Vec<u8>, SalamaError> {
        let place = seal::Place {
            vault: &[0; 16],
            kind: seal::RecordKind::KeySlot,
            record: b"hw",
            version: 0,
        };
        Ok(self.key.seal(&place, &key)?)
    }
    fn unwrap_key(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, SalamaError> {
        let place = seal::Place {
            vault: &[0; 16],
            kind: seal::RecordKind::KeySlot,
            record: b"hw",
            version: 0,
        };
        Ok(self.key.open(&place, &wrapped)?.to_vec())
    }
}

#[test]
fn a_hardware_key_wrapper_is_needed_as_well_as_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let keystore: Arc<dyn KeyWrapper> = Arc::new(FakeKeystore {
        key: SecretKey::generate().unwrap(),
    });
    let other: Arc<dyn KeyWrapper> = Arc::new(FakeKeystore {
        key: SecretKey::generate().unwrap(),
    });
    let diary = open(dir.path());
    diary.create(PASS.into(), Some(keystore.clone())).unwrap();
    let entry = diary
        .add(draft(EntryKind::Note, "2024-01-01", "hw"))
        .unwrap();
    diary.lock();
    assert!(matches!(
        diary.unlock(PASS.into(), None),
        Err(SalamaError::InvalidInput { .. })
    ));
    assert_eq!(
        diary.unlock(PASS.into(), Some(other)),
        Err(SalamaError::Corrupted)
    );
    assert_eq!(
        diary.unlock("wrong passphrase".into(), Some(keystore.clone())),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 })
    );
    diary.unlock(PASS.into(), Some(keystore)).unwrap();
    assert_eq!(diary.get(entry.id).unwrap().content.text, "hw");
}

/// Flips one byte of a column in the raw file, as an attacker with the file could.
fn flip(dir: &Path, sql_select: &str, sql_update: &str, position: usize) {
    let conn = raw(dir);
    let mut blob: Vec<u8> = conn.query_row(sql_select, [], |r| r.get(0)).unwrap();
    blob[position] ^= 0x80;
    conn.execute(sql_update, [blob]).unwrap();
}

#[test]
fn any_flipped_byte_makes_only_that_entry_corrupted() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let victim = diary
        .add(draft(EntryKind::Event, "2024-01-01", "victim"))
        .unwrap();
    let bystander = diary
        .add(draft(EntryKind::Event, "2024-01-02", "bystander"))
        .unwrap();
    let victim_id = seal::id_from_hex(&victim.id).unwrap();
    let body_len: usize = raw(dir.path())
        .query_row("SELECT length(body) FROM entry_version", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap() as usize;
    let select_body = format!(
        "SELECT body FROM entry_version WHERE entry_id = x'{}'",
        seal::id_to_hex(&victim_id)
    );
    let update_body = format!(
        "UPDATE entry_version SET body = ?1 WHERE entry_id = x'{}'",
        seal::id_to_hex(&victim_id)
    );
    let select_head = format!("SELECT head FROM entry WHERE id = x'{}'", victim.id);
    let update_head = format!("UPDATE entry SET head = ?1 WHERE id = x'{}'", victim.id);
    for (select, update, len) in [
        (&select_body, &update_body, body_len),
        (&select_head, &update_head, seal::OVERHEAD + 5),
    ] {
        for position in 0..len {
            flip(dir.path(), select, update, position);
            assert_eq!(
                diary.get(victim.id.clone()),
                Err(SalamaError::Corrupted),
                "byte {position}"
            );
            assert_eq!(
                diary.get(bystander.id.clone()).unwrap().content.text,
                "bystander"
            );
            flip(dir.path(), select, update, position);
        }
    }
    // Listing shows every other entry and names the damaged one.
    flip(dir.path(), &select_body, &update_body, 20);
    diary.lock();
    diary.unlock(PASS.into(), None).unwrap();
    let page = all(&diary);
    assert_eq!(page.entries.len(), 1);
    assert_eq!(page.entries[0].id, bystander.id);
    assert_eq!(page.damaged, std::slice::from_ref(&victim.id));
    let searched = diary
        .list(
            EntryFilter {
                words: Some("bystander".into()),
                ..Default::default()
            },
            0,
            10,
        )
        .unwrap();
    assert_eq!(searched.entries.len(), 1);
    assert_eq!(searched.damaged, [victim.id]);
}

#[test]
fn swapped_or_moved_rows_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let a = diary
        .add(draft(EntryKind::Event, "2024-01-01", "entry a"))
        .unwrap();
    let b = diary
        .add(draft(EntryKind::Event, "2024-01-01", "entry b"))
        .unwrap();
    let att_a = diary
        .add_attachment(a.id.clone(), "a".into(), "x/y".into(), b"aaaa".to_vec())
        .unwrap();
    let att_b = diary
        .add_attachment(b.id.clone(), "b".into(), "x/y".into(), b"bbbb".to_vec())
        .unwrap();
    let conn = raw(dir.path());
    // Swap the bodies (same length: padded) of the two entries.
    conn.execute_batch(&format!(
        "UPDATE entry_version SET entry_id = x'00' WHERE entry_id = x'{a}';
         UPDATE entry_version SET entry_id = x'{a}' WHERE entry_id = x'{b}';
         UPDATE entry_version SET entry_id = x'{b}' WHERE entry_id = x'00';",
        a = a.id,
        b = b.id
    ))
    .unwrap();
    assert_eq!(diary.get(a.id.clone()), Err(SalamaError::Corrupted));
    assert_eq!(diary.get(b.id.clone()), Err(SalamaError::Corrupted));
    // Swap the attachments' data.
    conn.execute_batch(&format!(
        "UPDATE attachment SET data = (SELECT data FROM attachment WHERE id = x'{b}')
         WHERE id = x'{a}'",
        a = att_a.id,
        b = att_b.id
    ))
    .unwrap();
    assert_eq!(
        diary.attachment(att_a.id.clone()),
        Err(SalamaError::Corrupted)
    );
    assert_eq!(diary.attachment(att_b.id.clone()).unwrap(), b"bbbb");
    // Move attachment b to entry a.
    conn.execute(
        &format!(
            "UPDATE attachment SET entry_id = x'{}' WHERE id = x'{}'",
            a.id, att_b.id
        ),
        [],
    )
    .unwrap();
    assert_eq!(diary.attachment(att_b.id), Err(SalamaError::Corrupted));
    // Replaying an old version as the current one: the head no longer matches.
    let c = diary
        .add(draft(EntryKind::Event, "2024-01-01", "v1"))
        .unwrap();
    diary
        .edit(c.id.clone(), draft(EntryKind::Note, "2024-06-01", "v2"))
        .unwrap();
    conn.execute(
        &format!("UPDATE entry SET version = 1 WHERE id = x'{}'", c.id),
        [],
    )
    .unwrap();
    assert_eq!(diary.get(c.id), Err(SalamaError::Corrupted));
}

/// A diary with entries of every kind, one edited, and attachments: (diary, entries,
/// (attachment id, bytes)).
type Filled = (Diary, Vec<DiaryEntry>, Vec<(String, Vec<u8>)>);

fn filled(dir: &Path) -> Filled {
    let diary = created(dir);
    let mut entries = vec![];
    let mut files = vec![];
    for i in 0..12 {
        let mut d = draft(
            EntryKind::ALL[i % 7],
            &format!("2024-02-{:02}", i + 1),
            &format!("entry {i}"),
        );
        if matches!(d.kind, EntryKind::Debt | EntryKind::Payment) {
            d = EntryDraft {
                happened_on: d.happened_on,
                text: d.text,
                ..debt(d.kind, "Karim", "100")
            };
        }
        let e = diary.add(d).unwrap();
        if i % 3 == 0 {
            let data: Vec<u8> = (0..(i * 10_000 + 1)).map(|b| (b % 256) as u8).collect();
            let info = diary
                .add_attachment(
                    e.id.clone(),
                    format!("file {i}.bin"),
                    "application/octet-stream".into(),
                    data.clone(),
                )
                .unwrap();
            files.push((info.id, data));
        }
        entries.push(e);
    }
    let edited = diary
        .edit(
            entries[0].id.clone(),
            draft(EntryKind::Note, "2024-03-03", "entry 0 edited"),
        )
        .unwrap();
    entries[0] = edited;
    (diary, entries, files)
}

fn snapshot(diary: &Diary) -> Vec<(DiaryEntry, Vec<DiaryEntry>)> {
    let mut out: Vec<_> = all(diary)
        .entries
        .into_iter()
        .map(|e| {
            let history = diary.history(e.id.clone()).unwrap();
            (e, history)
        })
        .collect();
    out.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    out
}

#[test]
fn a_backup_restores_everything_on_a_new_phone() {
    let old = tempfile::tempdir().unwrap();
    let (diary, _, files) = filled(old.path());
    let path = old.path().join("diary.backup");
    diary
        .backup(path.display().to_string(), PASS.into())
        .unwrap();
    let before = snapshot(&diary);

    let new = tempfile::tempdir().unwrap();
    let fresh = open(new.path());
    assert_eq!(
        fresh.restore(
            path.display().to_string(),
            "wrong passphrase".into(),
            None,
            None
        ),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 })
    );
    assert!(!fresh.exists().unwrap());
    let report = fresh
        .restore(path.display().to_string(), PASS.into(), None, None)
        .unwrap();
    assert_eq!(report.entries_added, 12);
    assert_eq!(report.attachments_added, files.len() as u32);
    assert_eq!(snapshot(&fresh), before);
    for (id, data) in &files {
        assert_eq!(&fresh.attachment(id.clone()).unwrap(), data);
    }
    // The restored diary opens with the backup's passphrase.
    fresh.lock();
    fresh.unlock(PASS.into(), None).unwrap();
    assert_eq!(fresh.count().unwrap(), 12);
}

#[test]
fn restoring_into_a_diary_with_entries_asks_and_never_drops_any() {
    let dir = tempfile::tempdir().unwrap();
    let (diary, entries, _) = filled(dir.path());
    let path = dir.path().join("b.backup").display().to_string();
    diary.backup(path.clone(), PASS.into()).unwrap();
    // After the backup: one entry edited, one added, one deleted.
    diary
        .edit(
            entries[1].id.clone(),
            draft(EntryKind::Note, "2024-04-04", "edited after backup"),
        )
        .unwrap();
    let newer = diary
        .add(draft(EntryKind::Note, "2024-05-05", "after backup"))
        .unwrap();
    diary.delete(entries[2].id.clone()).unwrap();

    assert_eq!(
        diary.restore(path.clone(), PASS.into(), None, None),
        Err(SalamaError::DiaryNotEmpty { entries: 12 })
    );
    assert_eq!(diary.count().unwrap(), 12);

    let report = diary
        .restore(path.clone(), PASS.into(), Some(RestoreMode::Merge), None)
        .unwrap();
    assert_eq!(report.entries_added, 1, "the deleted one comes back");
    assert_eq!(report.entries_unchanged, 11);
    assert_eq!(diary.count().unwrap(), 13);
    // The entry edited after the backup keeps its edit and every earlier version.
    let merged = diary.get(entries[1].id.clone()).unwrap();
    assert_eq!(merged.content.text, "edited after backup");
    assert_eq!(diary.history(entries[1].id.clone()).unwrap().len(), 1);
    assert!(diary.get(newer.id.clone()).is_ok());
    // Merging again changes nothing.
    let again = diary
        .restore(path.clone(), PASS.into(), Some(RestoreMode::Merge), None)
        .unwrap();
    assert_eq!((again.entries_added, again.entries_merged), (0, 0));

    let replaced = diary
        .restore(path, PASS.into(), Some(RestoreMode::Replace), None)
        .unwrap();
    assert_eq!(replaced.entries_replaced, 13);
    assert_eq!(diary.count().unwrap(), 12);
    assert_eq!(diary.get(newer.id), Err(SalamaError::NotFound));
}

#[test]
fn a_merge_keeps_both_sides_of_an_entry_edited_in_two_places() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let diary = open_with(dir.path(), clock.clone());
    diary.create(PASS.into(), None).unwrap();
    let e = diary
        .add(draft(EntryKind::Note, "2024-01-01", "original"))
        .unwrap();
    let path = dir.path().join("x.backup").display().to_string();
    clock.advance(10);
    diary
        .edit(
            e.id.clone(),
            draft(EntryKind::Note, "2024-01-01", "edit in backup"),
        )
        .unwrap();
    diary.backup(path.clone(), PASS.into()).unwrap();
    // Restore the backup into a second diary, edit it differently there.
    let other_dir = tempfile::tempdir().unwrap();
    let other = open_with(other_dir.path(), clock.clone());
    other
        .restore(path.clone(), PASS.into(), None, None)
        .unwrap();
    clock.advance(10);
    other
        .edit(
            e.id.clone(),
            draft(EntryKind::Note, "2024-01-01", "edit elsewhere"),
        )
        .unwrap();
    let other_path = other_dir.path().join("y.backup").display().to_string();
    other.backup(other_path.clone(), PASS.into()).unwrap();
    clock.advance(10);
    diary
        .edit(
            e.id.clone(),
            draft(EntryKind::Note, "2024-01-01", "edit here"),
        )
        .unwrap();

    let report = diary
        .restore(other_path, PASS.into(), Some(RestoreMode::Merge), None)
        .unwrap();
    assert_eq!(report.entries_merged, 1);
    let texts: Vec<String> = diary
        .history(e.id.clone())
        .unwrap()
        .into_iter()
        .chain([diary.get(e.id).unwrap()])
        .map(|v| v.content.text)
        .collect();
    assert_eq!(
        texts,
        ["original", "edit in backup", "edit elsewhere", "edit here"]
    );
}

#[test]
fn bad_backup_files_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (diary, _, _) = filled(dir.path());
    let good = dir.path().join("good.backup");
    diary
        .backup(good.display().to_string(), PASS.into())
        .unwrap();
    let bytes = std::fs::read(&good).unwrap();
    let before = snapshot(&diary);

    let bad_path = dir.path().join("bad.backup");
    let try_restore = |content: &[u8]| {
        std::fs::write(&bad_path, content).unwrap();
        diary.restore(
            bad_path.display().to_string(),
            PASS.into(),
            Some(RestoreMode::Replace),
            None,
        )
    };
    let header = backup::header_len();
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", vec![]),
        ("foreign", b"\x89PNG\r\n\x1a\n not a backup at all".to_vec()),
        ("sqlite", std::fs::read(dir.path().join(DIARY_DB)).unwrap()),
        ("magic only", bytes[..20].to_vec()),
        ("header only", bytes[..header].to_vec()),
        ("cut in a frame", bytes[..header + 100].to_vec()),
        ("last byte missing", bytes[..bytes.len() - 1].to_vec()),
        ("trailing junk", [bytes.clone(), b"junk".to_vec()].concat()),
    ];
    let mut newer = bytes.clone();
    newer[20] = 99;
    cases.push(("newer format", newer));
    let mut huge_frame = bytes[..header].to_vec();
    huge_frame.extend_from_slice(&u32::MAX.to_be_bytes());
    cases.push(("oversized frame", huge_frame));
    let mut absurd_kdf = bytes.clone();
    absurd_kdf[21..25].copy_from_slice(&u32::MAX.to_be_bytes());
    cases.push(("absurd parameters", absurd_kdf));
    let mut flipped = bytes.clone();
    let last = flipped.len() - 5;
    flipped[last] ^= 1;
    cases.push(("flipped byte", flipped));
    for cut in (header..bytes.len()).step_by(997) {
        cases.push(("truncated", bytes[..cut].to_vec()));
    }
    for (what, content) in cases {
        match try_restore(&content) {
            Err(SalamaError::InvalidInput { .. }) => {}
            other => panic!("{what}: {other:?}"),
        }
        assert_eq!(snapshot(&diary), before, "{what} changed the diary");
    }
    assert_eq!(
        diary.restore(
            dir.path().join("missing").display().to_string(),
            PASS.into(),
            None,
            None
        ),
        Err(SalamaError::NotFound)
    );
    // Into an empty data directory, a damaged file leaves no diary behind.
    let fresh_dir = tempfile::tempdir().unwrap();
    let fresh = open(fresh_dir.path());
    std::fs::write(&bad_path, &bytes[..bytes.len() - 1]).unwrap();
    assert!(matches!(
        fresh.restore(bad_path.display().to_string(), PASS.into(), None, None),
        Err(SalamaError::InvalidInput { .. })
    ));
    assert!(!fresh.exists().unwrap());
    // The good file still restores.
    diary
        .restore(
            good.display().to_string(),
            PASS.into(),
            Some(RestoreMode::Merge),
            None,
        )
        .unwrap();
}

#[test]
fn the_export_holds_a_report_json_and_attachments() {
    let dir = tempfile::tempdir().unwrap();
    let (diary, entries, files) = filled(dir.path());
    let identity = age::x25519::Identity::generate();
    let path = dir.path().join("export.age");
    assert!(matches!(
        diary.export(
            ExportTarget::Recipient {
                recipient: "age1notakey".into()
            },
            path.display().to_string()
        ),
        Err(SalamaError::InvalidInput { .. })
    ));
    assert!(!path.exists());
    diary
        .export(
            ExportTarget::Recipient {
                recipient: identity.to_public().to_string(),
            },
            path.display().to_string(),
        )
        .unwrap();
    let encrypted = std::fs::read(&path).unwrap();
    assert!(!contains(&encrypted, b"entry 3"));
    let plain = age::decrypt(&identity, &encrypted).unwrap();
    let files_in = untar(&plain);

    let report = String::from_utf8(files_in["salama-diary/report.md"].clone()).unwrap();
    assert!(report.starts_with("# Diary record"), "{report}");
    assert!(
        report.contains("| Karim | EUR | 200 | 200 | 0 |"),
        "{report}"
    );
    let first = report.find("2024-02-02").unwrap();
    let later = report.find("2024-03-03").unwrap();
    assert!(first < later, "entries by date");
    assert!(report.contains("> entry 0 edited"));

    let json: serde_json::Value =
        serde_json::from_slice(&files_in["salama-diary/diary.json"]).unwrap();
    assert_eq!(json["entries"].as_array().unwrap().len(), entries.len());
    let edited = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == entries[0].id.as_str())
        .unwrap();
    assert_eq!(edited["history"][0]["text"], "entry 0");
    assert_eq!(edited["text"], "entry 0 edited");
    for (id, data) in files {
        let (_, bytes) = files_in
            .iter()
            .find(|(name, _)| name.contains(&id))
            .unwrap();
        assert_eq!(bytes, &data);
    }

    let by_passphrase = dir.path().join("export-pass.age");
    diary
        .export(
            ExportTarget::Passphrase {
                passphrase: "tell the lawyer this".into(),
            },
            by_passphrase.display().to_string(),
        )
        .unwrap();
    let identity = age::scrypt::Identity::new("tell the lawyer this".to_owned().into());
    let plain = age::decrypt(&identity, &std::fs::read(&by_passphrase).unwrap()).unwrap();
    assert!(untar(&plain).contains_key("salama-diary/report.md"));
}

fn untar(bytes: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut archive = tar::Archive::new(bytes);
    archive
        .entries()
        .unwrap()
        .map(|e| {
            let mut e = e.unwrap();
            let name = e.path().unwrap().display().to_string();
            let mut data = vec![];
            std::io::Read::read_to_end(&mut e, &mut data).unwrap();
            (name, data)
        })
        .collect()
}

#[test]
fn attachment_names_cannot_escape_the_export_folder() {
    assert_eq!(export::safe_file_name("../../etc/passwd"), "_.._etc_passwd");
    assert_eq!(export::safe_file_name(".hidden"), "hidden");
    assert_eq!(export::safe_file_name("a\nb\0c"), "a_b_c");
    assert_eq!(export::safe_file_name("   "), "file");
    assert_eq!(export::safe_file_name("صورة.jpg"), "صورة.jpg");
}

/// The forensic check of the issue: after writing, editing, deleting and locking, no file
/// in the data directory holds what the user wrote or their dates. Uses the real Argon2id
/// defaults through `Salama::diary`.
#[test]
fn forensics_no_plaintext_or_user_dates_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let salama = crate::Salama::open(crate::SalamaConfig {
        data_dir: dir.path().display().to_string(),
        locales: vec!["en".into()],
        trusted_keys: vec![],
    })
    .unwrap();
    let diary = salama.diary().unwrap();
    diary.create(PASS.into(), None).unwrap();
    let marker = "Zq7MarkerXq9";
    let dates = ["1987-06-13", "1991-11-29", "2003-08-17"];
    let mut ids = vec![];
    for (i, date) in dates.iter().enumerate() {
        let mut d = draft(EntryKind::Event, date, &format!("{marker} text {i}"));
        d.place = Some(format!("{marker} place"));
        d.people = vec![format!("{marker} person")];
        d.tags = vec![format!("{marker}tag")];
        d.creditor = Some(format!("{marker} creditor"));
        d.amount = Some(Amount {
            value: "98765.4321".into(),
            currency: "EUR".into(),
        });
        let e = diary.add(d).unwrap();
        diary
            .add_attachment(
                e.id.clone(),
                format!("{marker}.txt"),
                "text/plain".into(),
                format!("{marker} attachment").into_bytes(),
            )
            .unwrap();
        ids.push(e);
    }
    let mut edited = draft(EntryKind::Note, dates[0], &format!("{marker} edited"));
    edited.place = Some(format!("{marker} new place"));
    diary.edit(ids[0].id.clone(), edited).unwrap();
    diary.delete(ids[1].id.clone()).unwrap();
    let written_at = diary.get(ids[0].id.clone()).unwrap().written_at;
    diary.lock();
    let scan = || {
        for text in [
            marker,
            "98765.4321",
            "1987-06-13",
            "2003-08-17",
            "1991-11-29",
        ] {
            assert_absent(dir.path(), text.as_bytes(), text);
            assert_absent(dir.path(), &utf16(text, false), text);
            assert_absent(dir.path(), &utf16(text, true), text);
        }
        // The phone-clock time each entry was written, as text or as a binary integer.
        for t in written_at.saturating_sub(5)..=written_at + 5 {
            assert_absent(dir.path(), t.to_string().as_bytes(), "a write time");
            assert_absent(dir.path(), &t.to_be_bytes(), "a write time");
            assert_absent(dir.path(), &t.to_le_bytes(), "a write time");
        }
    };
    // Locked but still open (the write-ahead log holds the recent pages), then closed.
    assert!(dir.path().join("diary.db-wal").exists());
    scan();
    drop(diary);
    drop(salama);
    scan();
}

#[test]
fn every_diary_message_the_core_names_exists_in_english() {
    let l10n = Translations::embedded().localizer(vec!["en".into()]);
    let mut ids: Vec<String> = EntryKind::ALL
        .iter()
        .map(|k| format!("diary-kind-{}", k.name()))
        .collect();
    let named = [
        "diary-warning-pin",
        "diary-warning-short",
        "diary-report-title",
        "diary-report-generated",
        "diary-report-notice",
        "diary-report-ledger",
        "diary-report-ledger-empty",
        "diary-report-creditor",
        "diary-report-currency",
        "diary-report-owed",
        "diary-report-paid",
        "diary-report-remaining",
        "diary-report-entries",
        "diary-report-edited",
        "diary-field-place",
        "diary-field-people",
        "diary-field-amount",
        "diary-field-creditor",
        "diary-field-tags",
        "diary-field-written",
        "diary-field-edited",
        "diary-field-attachment",
        "diary-report-damaged",
        "diary-report-damaged-notice",
        "diary-report-damaged-entry",
        "diary-report-damaged-attachment",
        "error-diary-not-empty",
    ];
    ids.extend(named.iter().map(|s| s.to_string()));
    for id in ids {
        assert!(l10n.format(&id, None).is_some(), "en lacks {id}");
    }
}

#[test]
fn the_list_snapshot_is_only_trusted_where_it_still_matches_the_heads() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let diary = open_with(dir.path(), clock.clone());
    diary.create(PASS.into(), None).unwrap();
    let mut ids = vec![];
    for date in ["2024-01-01", "2024-02-01", "2024-03-01"] {
        clock.advance(1);
        ids.push(diary.add(draft(EntryKind::Note, date, date)).unwrap().id);
    }
    let dates = |d: &Diary| -> Vec<String> {
        all(d)
            .entries
            .into_iter()
            .map(|e| e.content.happened_on)
            .collect()
    };
    assert_eq!(dates(&diary), ["2024-03-01", "2024-02-01", "2024-01-01"]);
    diary.lock();
    let snapshots: i64 = raw(dir.path())
        .query_row("SELECT count(*) FROM index_snapshot", [], |r| r.get(0))
        .unwrap();
    assert_eq!(snapshots, 1);

    // Changed after the snapshot, and the app killed before it could lock again.
    diary.unlock(PASS.into(), None).unwrap();
    diary
        .edit(
            ids[0].clone(),
            draft(EntryKind::Note, "2030-01-01", "moved"),
        )
        .unwrap();
    let snapshots: i64 = raw(dir.path())
        .query_row("SELECT count(*) FROM index_snapshot", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        snapshots, 0,
        "a change deletes the snapshot in its own transaction"
    );
    drop(diary);
    let diary = open_with(dir.path(), clock.clone());
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(dates(&diary), ["2030-01-01", "2024-03-01", "2024-02-01"]);

    // A damaged snapshot is ignored.
    diary.lock();
    flip(
        dir.path(),
        "SELECT sealed FROM index_snapshot",
        "UPDATE index_snapshot SET sealed = ?1",
        30,
    );
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(dates(&diary), ["2030-01-01", "2024-03-01", "2024-02-01"]);

    // A head replaced under a current snapshot (only an attacker can do that) no longer
    // matches its snapshot row's tag: the page notices, every head is decrypted, and that
    // entry is reported damaged.
    diary.lock();
    raw(dir.path())
        .execute(
            &format!(
                "UPDATE entry SET head = (SELECT head FROM entry WHERE id = x'{}') WHERE id = x'{}'",
                ids[1], ids[2]
            ),
            [],
        )
        .unwrap();
    diary.unlock(PASS.into(), None).unwrap();
    let page = all(&diary);
    assert_eq!(page.damaged, [ids[2].clone()]);
    assert_eq!(page.entries.len(), 2);
}

#[test]
fn a_junk_backup_file_neither_counts_as_a_guess_nor_resets_the_count() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    diary
        .add(draft(EntryKind::Note, "2024-01-01", "x"))
        .unwrap();
    let good = dir.path().join("good.backup").display().to_string();
    diary.backup(good.clone(), PASS.into()).unwrap();
    let junk = dir.path().join("junk.backup");
    std::fs::write(&junk, b"junk").unwrap();
    let junk = junk.display().to_string();
    let merge = Some(RestoreMode::Merge);
    assert_eq!(
        diary.restore(good.clone(), "wrong guess 1".into(), merge, None),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 })
    );
    for _ in 0..3 {
        assert!(matches!(
            diary.restore(junk.clone(), "wrong guess 2".into(), merge, None),
            Err(SalamaError::InvalidInput { .. })
        ));
    }
    assert_eq!(
        diary.restore(good, "wrong guess 3".into(), merge, None),
        Err(SalamaError::WrongPassphrase { attempts_left: 3 })
    );
    diary.lock();
    assert_eq!(
        diary.unlock("wrong guess 4".into(), None),
        Err(SalamaError::WrongPassphrase { attempts_left: 2 })
    );
}

#[test]
fn locking_leaves_a_current_snapshot_even_if_nothing_was_listed() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    diary
        .add(draft(EntryKind::Note, "2024-01-01", "a"))
        .unwrap();
    let count = || -> i64 {
        raw(dir.path())
            .query_row("SELECT count(*) FROM index_snapshot", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count(), 0);
    diary.lock();
    assert_eq!(count(), 1);
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(all(&diary).entries[0].content.text, "a");
}

fn words(text: &str) -> EntryFilter {
    EntryFilter {
        words: Some(text.into()),
        ..Default::default()
    }
}

/// The audit's attack: only the text was edited (same date and kind), then someone with
/// the file sets the version back and deletes the newest body, so the old text would read
/// as the current one.
#[test]
fn rolling_the_version_back_and_deleting_the_newest_body_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let victim = diary
        .add(draft(EntryKind::Event, "2024-01-01", "I still owe 900"))
        .unwrap();
    let bystander = diary
        .add(draft(EntryKind::Note, "2024-01-02", "bystander owe"))
        .unwrap();
    diary
        .edit(
            victim.id.clone(),
            draft(EntryKind::Event, "2024-01-01", "I owe nothing now"),
        )
        .unwrap();
    diary.lock();
    let attack = |conn: &rusqlite::Connection| {
        conn.execute_batch(&format!(
            "UPDATE entry SET version = 1 WHERE id = x'{id}';
             DELETE FROM entry_version WHERE entry_id = x'{id}' AND version = 2;",
            id = victim.id
        ))
        .unwrap();
    };
    attack(&raw(dir.path()));
    let check = |diary: &Diary| {
        assert_eq!(diary.get(victim.id.clone()), Err(SalamaError::Corrupted));
        assert_eq!(
            diary.history(victim.id.clone()),
            Err(SalamaError::Corrupted)
        );
        let page = all(diary);
        assert_eq!(page.damaged, std::slice::from_ref(&victim.id));
        let shown: Vec<&str> = page.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(shown, [bystander.id.as_str()]);
        let found = diary.list(words("owe"), 0, 10).unwrap();
        assert_eq!(found.damaged, std::slice::from_ref(&victim.id));
        assert_eq!(found.entries.len(), 1);
        assert_eq!(found.entries[0].id, bystander.id);
        // Nothing can be built on the replayed version either.
        assert_eq!(
            diary.edit(
                victim.id.clone(),
                draft(EntryKind::Event, "2024-01-01", "x")
            ),
            Err(SalamaError::Corrupted)
        );
    };
    // With the list snapshot written at lock, and without it (every head decrypted).
    diary.unlock(PASS.into(), None).unwrap();
    check(&diary);
    diary.lock();
    raw(dir.path())
        .execute("DELETE FROM index_snapshot", [])
        .unwrap();
    diary.unlock(PASS.into(), None).unwrap();
    check(&diary);
}

/// The newest body replaced by an older one copied into its place (same version number,
/// so its own associated data does not catch it; the head must).
#[test]
fn an_older_body_replayed_as_the_current_one_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let path = dir.path().join("b.backup").display().to_string();
    let e = diary
        .add(draft(EntryKind::Note, "2024-01-01", "first words"))
        .unwrap();
    diary.backup(path.clone(), PASS.into()).unwrap();
    // A merge rewrites the versions of an entry: the old version 2 body below is a
    // genuine record of this vault for this entry and this version number.
    diary
        .edit(e.id.clone(), draft(EntryKind::Note, "2024-01-01", "second"))
        .unwrap();
    let old_v2: Vec<u8> = raw(dir.path())
        .query_row(
            &format!(
                "SELECT body FROM entry_version WHERE entry_id = x'{}' AND version = 2",
                e.id
            ),
            [],
            |r| r.get(0),
        )
        .unwrap();
    let other = tempfile::tempdir().unwrap();
    let elsewhere = open(other.path());
    elsewhere.restore(path, PASS.into(), None, None).unwrap();
    elsewhere
        .edit(e.id.clone(), draft(EntryKind::Note, "2024-01-01", "third"))
        .unwrap();
    let path = other.path().join("c.backup").display().to_string();
    elsewhere.backup(path.clone(), PASS.into()).unwrap();
    diary
        .restore(path, PASS.into(), Some(RestoreMode::Merge), None)
        .unwrap();
    let texts = |d: &Diary| -> Vec<String> {
        d.history(e.id.clone())
            .unwrap()
            .into_iter()
            .map(|v| v.content.text)
            .collect()
    };
    assert_eq!(texts(&diary), ["first words", "second"]);
    assert_eq!(diary.get(e.id.clone()).unwrap().content.text, "third");
    diary.lock();
    // Version 3 is now "third"; put the pre-merge version 2 ("second") in as version 3's
    // neighbour and make it the current one.
    raw(dir.path())
        .execute_batch(&format!(
            "DELETE FROM entry_version WHERE entry_id = x'{id}' AND version = 3;
             UPDATE entry SET version = 2 WHERE id = x'{id}';",
            id = e.id
        ))
        .unwrap();
    raw(dir.path())
        .execute(
            &format!(
                "UPDATE entry_version SET body = ?1 WHERE entry_id = x'{}' AND version = 2",
                e.id
            ),
            [&old_v2],
        )
        .unwrap();
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(diary.get(e.id.clone()), Err(SalamaError::Corrupted));
    assert_eq!(all(&diary).damaged, [e.id]);
}

/// A sealed list snapshot from earlier, put back after entries were added, would list only
/// the entries it knew (every one of them still matches its head).
#[test]
fn a_replayed_old_list_snapshot_cannot_hide_entries_added_since() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let diary = open_with(dir.path(), clock.clone());
    diary.create(PASS.into(), None).unwrap();
    let kept = diary
        .add(draft(EntryKind::Note, "2024-01-03", "kept"))
        .unwrap();
    let old = diary
        .add(draft(EntryKind::Note, "2024-01-01", "old"))
        .unwrap();
    diary.lock();
    let snapshot = || -> Vec<u8> {
        raw(dir.path())
            .query_row("SELECT sealed FROM index_snapshot", [], |r| r.get(0))
            .unwrap()
    };
    let replay = |sealed: &[u8]| {
        raw(dir.path())
            .execute("UPDATE index_snapshot SET sealed = ?1", [sealed])
            .unwrap();
    };
    let early = snapshot();
    diary.unlock(PASS.into(), None).unwrap();
    let newest = diary
        .add(draft(EntryKind::Event, "2024-02-01", "added later"))
        .unwrap();
    diary.lock();
    replay(&early);
    diary.unlock(PASS.into(), None).unwrap();
    let page = all(&diary);
    assert_eq!(page.total, 3);
    assert_eq!(page.entries[0].id, newest.id);
    diary.lock();

    // The same count as the old snapshot: an old entry deleted, the new one hidden, and a
    // first page that only shows entries the old snapshot knew.
    raw(dir.path())
        .execute(&format!("DELETE FROM entry WHERE id = x'{}'", old.id), [])
        .unwrap();
    replay(&early);
    diary.unlock(PASS.into(), None).unwrap();
    let first = diary.list(EntryFilter::default(), 0, 1).unwrap();
    assert_eq!(first.total, 2);
    assert_eq!(first.entries[0].id, newest.id);
    let page = all(&diary);
    let ids: Vec<&str> = page.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, [newest.id.as_str(), kept.id.as_str()]);
    // A current snapshot is still used as is.
    diary.lock();
    let current = snapshot();
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(all(&diary).total, 2);
    diary.lock();
    assert_eq!(
        snapshot(),
        current,
        "a snapshot that matched is not rewritten"
    );
}

/// A column whose type was changed (only someone editing the file can do that) damages
/// that one entry, not the list.
#[test]
fn a_value_of_the_wrong_type_damages_only_its_entry() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let bystander = diary
        .add(draft(EntryKind::Note, "2024-01-05", "bystander"))
        .unwrap();
    let cases = [
        "UPDATE entry_version SET body = 'now text' WHERE entry_id = x'{id}'",
        "UPDATE entry_version SET body = CAST(body AS TEXT) WHERE entry_id = x'{id}'",
        "UPDATE entry SET head = 'text' WHERE id = x'{id}'",
        "UPDATE entry SET version = 'two' WHERE id = x'{id}'",
        "UPDATE entry SET version = 99999999999 WHERE id = x'{id}'",
        "UPDATE entry_version SET body = NULL WHERE entry_id = x'{id}'",
        "UPDATE entry_version SET version = 'one' WHERE entry_id = x'{id}'",
    ];
    for (n, sql) in cases.iter().enumerate() {
        let victim = diary
            .add(draft(EntryKind::Note, "2024-01-01", &format!("victim {n}")))
            .unwrap();
        diary.lock();
        let conn = raw(dir.path());
        conn.pragma_update(None, "ignore_check_constraints", true)
            .unwrap();
        // NOT NULL would refuse the NULL body: drop it the way an editor could.
        conn.pragma_update(None, "writable_schema", true).unwrap();
        conn.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, 'body BLOB NOT NULL', 'body BLOB')
             WHERE name = 'entry_version'",
            [],
        )
        .unwrap();
        drop(conn);
        raw(dir.path())
            .execute(&sql.replace("{id}", &victim.id), [])
            .unwrap();
        diary.unlock(PASS.into(), None).unwrap();
        let page = all(&diary);
        assert!(page.damaged.contains(&victim.id), "{sql}: {page:?}");
        assert!(page.entries.iter().any(|e| e.id == bystander.id), "{sql}");
        let found = diary.list(words("bystander"), 0, 10).unwrap();
        assert_eq!(found.entries.len(), 1, "{sql}");
        assert_eq!(
            diary.get(victim.id.clone()),
            Err(SalamaError::Corrupted),
            "{sql}"
        );
        assert_eq!(
            diary.get(bystander.id.clone()).unwrap().content.text,
            "bystander"
        );
        diary.delete(victim.id).unwrap();
    }
}

/// Nothing lost: a damaged entry (and a damaged attachment) are named, and everything else
/// still reaches the ledger, the backup and the export.
#[test]
fn one_damaged_entry_does_not_stop_the_ledger_a_backup_or_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let (diary, entries, files) = filled(dir.path());
    // Entry 9 (a debt with an attachment): its current body. Entry 0 (edited): only its
    // first version. The attachment of entry 3: its bytes.
    let victim = &entries[9];
    let partly = &entries[0];
    let body = |id: &str, version: u32| {
        (
            format!(
                "SELECT body FROM entry_version WHERE entry_id = x'{id}' AND version = {version}"
            ),
            format!(
                "UPDATE entry_version SET body = ?1 WHERE entry_id = x'{id}' AND version = {version}"
            ),
        )
    };
    let (select, update) = body(&victim.id, 1);
    flip(dir.path(), &select, &update, 40);
    let (select, update) = body(&partly.id, 1);
    flip(dir.path(), &select, &update, 40);
    let broken_file = &files[1].0;
    flip(
        dir.path(),
        &format!("SELECT data FROM attachment WHERE id = x'{broken_file}'"),
        &format!("UPDATE attachment SET data = ?1 WHERE id = x'{broken_file}'"),
        30,
    );
    let mut both = vec![partly.id.clone(), victim.id.clone()];
    both.sort();

    let ledger = diary.ledger().unwrap();
    assert_eq!(ledger.damaged, std::slice::from_ref(&victim.id));
    assert_eq!(ledger.lines.len(), 1);
    assert_eq!(
        (ledger.lines[0].owed.as_str(), ledger.lines[0].paid.as_str()),
        ("100", "200"),
        "every other debt and payment is counted"
    );

    let path = dir.path().join("b.backup").display().to_string();
    let report = diary.backup(path.clone(), PASS.into()).unwrap();
    let mut named = report.damaged_entries.clone();
    named.sort();
    assert_eq!(named, both);
    assert_eq!(
        report.damaged_attachments,
        std::slice::from_ref(broken_file)
    );
    assert_eq!(report.entries, 11);
    // The victim's attachment has no entry to go with; the broken one is named.
    assert_eq!(report.attachments as usize, files.len() - 2);
    let fresh_dir = tempfile::tempdir().unwrap();
    let fresh = open(fresh_dir.path());
    let restored = fresh.restore(path, PASS.into(), None, None).unwrap();
    assert_eq!(restored.entries_added, 11);
    assert_eq!(fresh.get(victim.id.clone()), Err(SalamaError::NotFound));
    let kept = fresh.get(partly.id.clone()).unwrap();
    assert_eq!(kept.content.text, "entry 0 edited");
    assert!(fresh.history(partly.id.clone()).unwrap().is_empty());
    for (id, data) in &files[2..3] {
        assert_eq!(&fresh.attachment(id.clone()).unwrap(), data);
    }

    let identity = age::x25519::Identity::generate();
    let path = dir.path().join("e.age");
    let report = diary
        .export(
            ExportTarget::Recipient {
                recipient: identity.to_public().to_string(),
            },
            path.display().to_string(),
        )
        .unwrap();
    let mut named = report.damaged_entries.clone();
    named.sort();
    assert_eq!(named, both);
    assert_eq!(
        report.damaged_attachments,
        std::slice::from_ref(broken_file)
    );
    assert_eq!(report.entries, 11);
    let archive = untar(&age::decrypt(&identity, &std::fs::read(&path).unwrap()).unwrap());
    let text = String::from_utf8(archive["salama-diary/report.md"].clone()).unwrap();
    let section = text.find("## Damaged records").expect("a damaged section");
    for id in [&victim.id, &partly.id, broken_file] {
        assert!(text[section..].contains(id.as_str()), "{id} in {text}");
    }
    assert!(text.contains("> entry 0 edited"));
    let json: serde_json::Value =
        serde_json::from_slice(&archive["salama-diary/diary.json"]).unwrap();
    assert_eq!(json["entries"].as_array().unwrap().len(), 11);
    assert_eq!(json["damaged_attachments"][0], broken_file.as_str());
    // Every readable file is in, the damaged entry's photo too; the broken one is not.
    let has = |id: &str| archive.keys().any(|name| name.contains(id));
    assert!(has(&files[3].0), "the damaged entry's attachment");
    assert!(!has(broken_file));
}

/// Vault format 1 (written before heads pinned the current version and before attachments
/// carried their order) is converted at the first unlock, keeping everything.
#[test]
fn a_diary_of_the_earlier_layout_is_upgraded_when_unlocked_and_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (diary, entries, _) = filled(dir.path());
    let target = &entries[3];
    let mut names = vec![];
    for name in ["second.jpg", "third.pdf"] {
        diary
            .add_attachment(target.id.clone(), name.into(), "x/y".into(), vec![7; 10])
            .unwrap();
    }
    names.extend(
        diary
            .get(target.id.clone())
            .unwrap()
            .attachments
            .iter()
            .map(|a| a.name.clone()),
    );
    assert_eq!(names, ["file 3.bin", "second.jpg", "third.pdf"]);
    let before = snapshot(&diary);
    {
        // Write every record the way format 1 did.
        let inner = diary.inner();
        let vault = &inner.session.as_ref().unwrap().vault;
        let conn = raw(dir.path());
        let mut rowid = 1_000;
        for (entry, _) in &before {
            let id = seal::id_from_hex(&entry.id).unwrap();
            let head = entries::seal_legacy_head(vault, &id, &entry.content, entry.created_at);
            conn.execute(
                &format!("UPDATE entry SET head = ?1 WHERE id = x'{}'", entry.id),
                [head],
            )
            .unwrap();
            for attachment in &entry.attachments {
                rowid += 1;
                let att = seal::id_from_hex(&attachment.id).unwrap();
                let meta = attachments::seal_legacy_meta(vault, &att, &id, attachment);
                conn.execute(
                    &format!(
                        "UPDATE attachment SET meta = ?1, rowid = ?2 WHERE id = x'{}'",
                        attachment.id
                    ),
                    rusqlite::params![meta, rowid],
                )
                .unwrap();
            }
        }
        conn.execute_batch("UPDATE vault SET format = 1; DELETE FROM index_snapshot;")
            .unwrap();
    }
    diary.lock();
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(snapshot(&diary), before);
    assert!(all(&diary).damaged.is_empty());
    let conn = raw(dir.path());
    let (format, legacy_heads, low_rowids): (u32, i64, i64) = conn
        .query_row(
            "SELECT (SELECT format FROM vault),
                    (SELECT count(*) FROM entry WHERE length(head) < 60),
                    (SELECT count(*) FROM attachment WHERE rowid < 4294967296)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((format, legacy_heads, low_rowids), (2, 0, 0));
    // And the result is protected like any new diary.
    diary.lock();
    conn.execute_batch(&format!(
        "UPDATE entry SET version = 1 WHERE id = x'{id}';
         DELETE FROM entry_version WHERE entry_id = x'{id}' AND version = 2;",
        id = entries[0].id
    ))
    .unwrap();
    diary.unlock(PASS.into(), None).unwrap();
    assert_eq!(
        diary.get(entries[0].id.clone()),
        Err(SalamaError::Corrupted)
    );
}

/// The attachment table needs rowids (for writing large blobs piecewise); they are random,
/// so the file does not tell in which order attachments were added, and the order shown
/// comes from the sealed records.
#[test]
fn attachment_rowids_say_nothing_and_their_order_is_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let e = diary
        .add(draft(EntryKind::Note, "2024-01-01", "x"))
        .unwrap();
    let mut ids = vec![];
    for name in ["a", "b", "c", "d", "e"] {
        ids.push(
            diary
                .add_attachment(e.id.clone(), name.into(), "x/y".into(), vec![1; 3])
                .unwrap()
                .id,
        );
    }
    diary.remove_attachment(ids[1].clone()).unwrap();
    diary
        .add_attachment(e.id.clone(), "f".into(), "x/y".into(), vec![1; 3])
        .unwrap();
    let names: Vec<String> = diary
        .get(e.id)
        .unwrap()
        .attachments
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(names, ["a", "c", "d", "e", "f"]);
    let rowids: Vec<i64> = raw(dir.path())
        .prepare("SELECT rowid FROM attachment")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rowids.len(), 5);
    assert!(
        rowids.iter().all(|r| *r > i64::from(u32::MAX)),
        "{rowids:?}"
    );
}

/// Changing the passphrase while forced to, typing the duress passphrase as the "old"
/// one: it must behave as unlocking with it (the real diary wiped silently), and answer
/// exactly as a real change does. Then the new passphrase opens the (now empty) diary and
/// the one typed as "old" stops working, as after any change.
#[test]
fn passwd_with_the_duress_passphrase_wipes_silently_like_unlocking_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    let secret = diary
        .add(draft(EntryKind::Event, "2024-01-01", "the real record"))
        .unwrap();
    diary
        .set_duress_passphrase("birthday 1999".into(), None)
        .unwrap();
    diary.set_wipe_after_failures(Some(7)).unwrap();
    let body: Vec<u8> = raw(dir.path())
        .query_row("SELECT body FROM entry_version", [], |r| r.get(0))
        .unwrap();
    // What a real change answers, on another diary.
    let other_dir = tempfile::tempdir().unwrap();
    let other = created(other_dir.path());
    let real_answer = other.change_passphrase(PASS.into(), "a new long passphrase".into(), None);
    diary.lock();

    let answer =
        diary.change_passphrase("birthday 1999".into(), "a new long passphrase".into(), None);
    assert_eq!(answer, real_answer);
    assert!(diary.is_unlocked());
    assert_eq!(all(&diary).total, 0);
    assert_eq!(diary.get(secret.id), Err(SalamaError::NotFound));
    diary.lock();
    assert_eq!(
        diary.unlock(PASS.into(), None),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 })
    );
    assert_eq!(
        diary.unlock("birthday 1999".into(), None),
        Err(SalamaError::WrongPassphrase { attempts_left: 3 })
    );
    diary.unlock("a new long passphrase".into(), None).unwrap();
    assert_eq!(diary.count().unwrap(), 0);
    let wipe_after: Option<u32> = raw(dir.path())
        .query_row("SELECT wipe_after FROM vault", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        wipe_after,
        Some(7),
        "the user's setting is kept, as after a real change"
    );
    assert_absent(dir.path(), &body, "the real diary");
}

/// A wrong old passphrase in passwd, and a wrong passphrase restoring into a diary, are
/// guesses like any other: counted, delayed, and wiping when the user chose that.
#[test]
fn wrong_passphrases_in_passwd_and_restore_go_through_the_unlock_guard() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let diary = open_with(dir.path(), clock.clone());
    diary.create(PASS.into(), None).unwrap();
    diary
        .add(draft(EntryKind::Note, "2024-01-01", "x"))
        .unwrap();
    diary.lock();
    for left in (0..5).rev() {
        assert_eq!(
            diary.change_passphrase("a guess here".into(), "new one here".into(), None),
            Err(SalamaError::WrongPassphrase {
                attempts_left: left
            })
        );
    }
    // No more guessing through passwd than through unlock, even with the right one.
    assert_eq!(
        diary.change_passphrase(PASS.into(), "new one here".into(), None),
        Err(SalamaError::LockedOut { retry_after_s: 30 })
    );
    assert_eq!(
        diary.unlock(PASS.into(), None),
        Err(SalamaError::LockedOut { retry_after_s: 30 })
    );
    clock.advance(30);
    diary.unlock(PASS.into(), None).unwrap();

    // Wipe after 3 failures, reached through passwd.
    diary.set_wipe_after_failures(Some(3)).unwrap();
    diary.lock();
    for _ in 0..3 {
        assert!(matches!(
            diary.change_passphrase("a guess here".into(), "new one here".into(), None),
            Err(SalamaError::WrongPassphrase { .. })
        ));
    }
    assert!(
        !diary.exists().unwrap(),
        "the third wrong old passphrase wipes"
    );

    // And through restore into an existing diary.
    diary.create(PASS.into(), None).unwrap();
    diary
        .add(draft(EntryKind::Note, "2024-01-01", "y"))
        .unwrap();
    let path = dir.path().join("b.backup").display().to_string();
    diary
        .backup(path.clone(), "the backup passphrase".into())
        .unwrap();
    diary.set_wipe_after_failures(Some(2)).unwrap();
    let merge = Some(RestoreMode::Merge);
    assert_eq!(
        diary.restore(path.clone(), "a guess here".into(), merge, None),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 })
    );
    assert!(diary.exists().unwrap());
    assert!(matches!(
        diary.restore(path, "another guess".into(), merge, None),
        Err(SalamaError::WrongPassphrase { .. })
    ));
    assert!(!diary.exists().unwrap(), "the second wrong guess wipes");
    assert!(!diary.is_unlocked());
}

/// A backup's header says how much memory its key derivation needs. A forged or damaged
/// one must neither make the phone allocate what it cannot (a 1 GB phone dies at far less
/// than the 1 GiB the diary's own parameters may reach on a desktop) nor count as a wrong
/// guess against the diary: it is a damaged file.
#[test]
fn a_backup_header_cannot_demand_huge_memory_and_damage_to_it_is_not_a_guess() {
    let dir = tempfile::tempdir().unwrap();
    let diary = created(dir.path());
    diary
        .add(draft(EntryKind::Note, "2024-01-01", "x"))
        .unwrap();
    let good = dir.path().join("good.backup");
    diary
        .backup(good.display().to_string(), PASS.into())
        .unwrap();
    let bytes = std::fs::read(&good).unwrap();
    let header = backup::header_len();
    let bad = dir.path().join("bad.backup");
    let try_restore = |content: &[u8]| {
        std::fs::write(&bad, content).unwrap();
        diary.restore(
            bad.display().to_string(),
            PASS.into(),
            Some(RestoreMode::Merge),
            None,
        )
    };
    // The header's own checksum, recomputed as a forger would.
    let resum = |mut content: Vec<u8>| {
        let sum = ring::digest::digest(&ring::digest::SHA256, &content[..header - 32]);
        content[header - 32..header].copy_from_slice(sum.as_ref());
        content
    };
    let mut huge = bytes.clone();
    huge[21..25].copy_from_slice(&(300 * 1024u32).to_be_bytes());
    let mut salt = bytes.clone();
    salt[33] ^= 1;
    for (what, content) in [
        ("300 MiB asked", resum(huge.clone())),
        ("300 MiB asked, checksum not updated", huge),
        ("a salt byte changed", salt),
    ] {
        match try_restore(&content) {
            Err(SalamaError::InvalidInput { reason }) => {
                assert!(reason.contains("damaged"), "{what}: {reason}")
            }
            other => panic!("{what}: {other:?}"),
        }
    }
    diary.lock();
    assert_eq!(
        diary.unlock("a wrong one".into(), None),
        Err(SalamaError::WrongPassphrase { attempts_left: 4 }),
        "no damaged header counted as a guess"
    );
    diary.unlock(PASS.into(), None).unwrap();
    // A backup written before headers had a checksum (format 1) still restores.
    let v1 = [
        &bytes[..20],
        &[1u8][..],
        &bytes[21..header - 32],
        &bytes[header..],
    ]
    .concat();
    let report = try_restore(&v1).unwrap();
    assert_eq!(report.entries_unchanged, 1);
}

/// What the wrong-passphrase message says must be true for every count: after the fifth
/// wrong passphrase in a row the wait starts at once.
#[test]
fn the_wrong_passphrase_message_is_true_for_every_count() {
    let l10n = Translations::embedded().localizer(vec!["en".into()]);
    let text = |n: u32| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("attempts", f64::from(n));
        let text = l10n.format("error-wrong-passphrase", Some(&args)).unwrap();
        text.text
            .chars()
            .filter(|c| !crate::l10n::is_bidi_control(*c))
            .collect::<String>()
    };
    assert_eq!(
        text(0),
        "Wrong passphrase. You have to wait before you try again."
    );
    assert_eq!(
        text(1),
        "Wrong passphrase. One try left before you have to wait."
    );
    assert_eq!(
        text(4),
        "Wrong passphrase. 4 tries left before you have to wait."
    );
    // And the guard agrees: no wrong try is free once the count says 0.
    assert_eq!(guard::delay_after(guard::FREE_ATTEMPTS), 30);
    assert!(matches!(
        guard::wrong(guard::FREE_ATTEMPTS),
        Error::Public(SalamaError::WrongPassphrase { attempts_left: 0 })
    ));
}
