//! Budgets of the diary (issue 3), measured with criterion:
//!
//! - add an entry with a durable commit, next to a raw sealed insert into SQLite with the
//!   same durability (`synchronous = FULL`, WAL, same file system), in the same run: ≤ 1.5×;
//! - list and decrypt the newest 50 of 10,000 entries: ≤ 5 ms (later lists; the first
//!   after unlock, from the sealed snapshot written at lock; and without that snapshot,
//!   decrypting every head);
//! - decrypt and filter all 10,000 entries by a word: ≤ 100 ms;
//! - seal and store a 20 MiB attachment (durable): ≤ 150 ms;
//! - unlock = the Argon2id time + ≤ 5 ms: the KDF time of the default parameters is
//!   printed and measured, unlock with them is measured, and so is unlock with a KDF that
//!   costs ~0.1 ms, which is everything else unlock does.
//!
//! Run: `cargo bench -p salama-core --bench diary`.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use criterion::{Criterion, criterion_group, criterion_main};
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use salama_core::diary::{DiaryOptions, KdfParams, SystemClock};
use salama_core::{Diary, EntryDraft, EntryFilter, EntryKind, Salama, SalamaConfig};

const PASS: &str = "benchmark passphrase";
/// Cheap key derivation for benchmarks that do not measure it.
const CHEAP: KdfParams = KdfParams {
    memory_kib: 64,
    iterations: 1,
    parallelism: 1,
};

fn open(dir: &Path, kdf: KdfParams) -> (Arc<Salama>, Arc<Diary>) {
    let app = Salama::open(SalamaConfig {
        data_dir: dir.display().to_string(),
        locales: vec!["en".into()],
        trusted_keys: vec![],
    })
    .unwrap();
    let diary = app
        .diary_with(|| DiaryOptions {
            kdf,
            clock: Arc::new(SystemClock::new()),
            allow_weak_kdf: true,
        })
        .unwrap();
    (app, diary)
}

/// A typical entry: a few sentences, a place, two people, a tag.
fn entry(i: usize) -> EntryDraft {
    let words = [
        "farm", "truck", "border", "money", "passport", "night", "boss", "river",
    ];
    let text: Vec<&str> = (0..40)
        .map(|w| words[(i * 7 + w * 3) % words.len()])
        .collect();
    let kind = EntryKind::ALL[i % 7];
    let money = matches!(kind, EntryKind::Debt | EntryKind::Payment);
    EntryDraft {
        kind,
        happened_on: format!("20{:02}-{:02}-{:02}", 10 + i % 15, 1 + i % 12, 1 + i % 28),
        text: format!(
            "{} {}",
            text.join(" "),
            if i.is_multiple_of(100) { "tractor" } else { "" }
        ),
        place: Some("near the old station".into()),
        people: vec!["the driver".into(), "Karim".into()],
        amount: money.then(|| salama_core::Amount {
            value: format!("{}.50", i % 900),
            currency: "EUR".into(),
        }),
        creditor: money.then(|| "Karim".into()),
        tags: vec!["work".into()],
    }
}

/// The baseline: one sealed blob of the same size inserted and committed into SQLite with
/// the same pragmas (the file is made by the same `store::open`).
struct RawSealed {
    conn: rusqlite::Connection,
    key: LessSafeKey,
    rng: SystemRandom,
}

impl RawSealed {
    fn new(dir: &Path) -> Self {
        let conn = salama_core::store::open(
            &dir.join("raw.db"),
            salama_core::store::Kind::Secret,
            &[
                "CREATE TABLE raw (id INTEGER PRIMARY KEY, body BLOB NOT NULL);
                 CREATE TABLE raw_random (id BLOB PRIMARY KEY, body BLOB NOT NULL) WITHOUT ROWID;",
            ],
        )
        .unwrap();
        let rng = SystemRandom::new();
        let mut key = [0u8; 32];
        rng.fill(&mut key).unwrap();
        let key = LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, &key).unwrap());
        RawSealed { conn, key, rng }
    }

    fn insert(&mut self, plaintext: &[u8], random_key: bool) {
        let mut nonce = [0u8; 12];
        self.rng.fill(&mut nonce).unwrap();
        let mut buffer = plaintext.to_vec();
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(b"raw"),
                &mut buffer,
            )
            .unwrap();
        let tx = self.conn.transaction().unwrap();
        if random_key {
            // The diary's layout: a random 16-byte key, so rows land all over the B-tree
            // instead of at its right edge (the diary does this so the file does not tell
            // the order entries were written in).
            let mut id = [0u8; 16];
            self.rng.fill(&mut id).unwrap();
            tx.execute(
                "INSERT INTO raw_random (id, body) VALUES (?1, ?2)",
                rusqlite::params![&id[..], buffer],
            )
            .unwrap();
        } else {
            tx.execute("INSERT INTO raw (body) VALUES (?1)", [buffer])
                .unwrap();
        }
        tx.commit().unwrap();
    }
}

fn add(c: &mut Criterion) {
    // On the real file system: the durability (an fsync per commit) is what is measured.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (_app, diary) = open(&dir.path().join("diary"), CHEAP);
    diary.create(PASS.into(), None).unwrap();
    let mut raw = RawSealed::new(dir.path());
    // The same plaintext size as a stored body: the JSON of the entry padded to 256 bytes.
    let json = serde_json::to_vec(&entry(1)).unwrap();
    let body_len = (json.len() + 60).div_ceil(256) * 256;
    let plaintext = vec![b' '; body_len];

    let mut group = c.benchmark_group("add");
    group.sample_size(50);
    let mut i = 0;
    group.bench_function("raw_sealed_insert_durable", |b| {
        b.iter(|| raw.insert(black_box(&plaintext), false))
    });
    group.bench_function("raw_sealed_insert_random_key_durable", |b| {
        b.iter(|| raw.insert(black_box(&plaintext), true))
    });
    group.bench_function("diary_add_durable", |b| {
        b.iter(|| {
            i += 1;
            diary.add(black_box(entry(i))).unwrap()
        })
    });
    group.finish();
}

/// A diary of 10,000 entries, built on tmpfs so setting it up does not take minutes of
/// fsyncs (reads do not sync, so the file system does not change what is measured).
fn ten_thousand() -> (tempfile::TempDir, Arc<Salama>, Arc<Diary>) {
    let dir = tempfile::tempdir_in("/dev/shm").unwrap_or_else(|_| tempfile::tempdir().unwrap());
    let (app, diary) = open(dir.path(), CHEAP);
    diary.create(PASS.into(), None).unwrap();
    for i in 0..10_000 {
        diary.add(entry(i)).unwrap();
    }
    (dir, app, diary)
}

fn list(c: &mut Criterion) {
    let (dir, _app, diary) = ten_thousand();
    let mut group = c.benchmark_group("list");
    group.bench_function("newest_50_of_10000", |b| {
        b.iter(|| {
            let page = diary.list(EntryFilter::default(), 0, 50).unwrap();
            assert_eq!(page.entries.len(), 50);
            page
        })
    });
    // The first list after unlocking decrypts every head; the KDF here costs ~0.1 ms.
    group.bench_function("newest_50_of_10000_first_after_unlock", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                diary.lock();
                diary.unlock(PASS.into(), None).unwrap();
                let start = Instant::now();
                black_box(diary.list(EntryFilter::default(), 0, 50).unwrap());
                total += start.elapsed();
            }
            total
        })
    });
    // The same without the sealed snapshot that locking writes (a first unlock, or after
    // the app was killed): every head is decrypted.
    let raw = rusqlite::Connection::open(dir.path().join("diary.db")).unwrap();
    group.bench_function(
        "newest_50_of_10000_first_after_unlock_without_snapshot",
        |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    diary.lock();
                    raw.execute("DELETE FROM index_snapshot", []).unwrap();
                    diary.unlock(PASS.into(), None).unwrap();
                    let start = Instant::now();
                    black_box(diary.list(EntryFilter::default(), 0, 50).unwrap());
                    total += start.elapsed();
                }
                total
            })
        },
    );
    drop(raw);
    group.sample_size(20);
    group.bench_function("filter_10000_by_word", |b| {
        b.iter(|| {
            let page = diary
                .list(
                    EntryFilter {
                        words: Some("tractor".into()),
                        ..Default::default()
                    },
                    0,
                    50,
                )
                .unwrap();
            assert_eq!(page.total, 100);
            page
        })
    });
    group.finish();
}

fn attachment(c: &mut Criterion) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (_app, diary) = open(dir.path(), CHEAP);
    diary.create(PASS.into(), None).unwrap();
    let entry = diary.add(entry(0)).unwrap();
    let photo: Vec<u8> = (0..20 * 1024 * 1024u32)
        .map(|i| (i ^ (i >> 9)) as u8)
        .collect();
    let mut group = c.benchmark_group("attachment");
    group.sample_size(10);
    group.bench_function("seal_and_store_20_MiB_durable", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let data = photo.clone();
                let start = Instant::now();
                let info = diary
                    .add_attachment(
                        entry.id.clone(),
                        "photo.jpg".into(),
                        "image/jpeg".into(),
                        data,
                    )
                    .unwrap();
                total += start.elapsed();
                // Not timed: remove it and checkpoint (as locking does), so every
                // iteration starts from the same file and an empty log.
                diary.remove_attachment(info.id).unwrap();
                diary.lock();
                diary.unlock(PASS.into(), None).unwrap();
            }
            total
        })
    });
    // The whole cost including moving the log into the database file, which the diary
    // defers to `lock` (normally when the app goes to the background).
    group.bench_function("seal_and_store_20_MiB_then_lock_with_checkpoint", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let data = photo.clone();
                let start = Instant::now();
                let info = diary
                    .add_attachment(
                        entry.id.clone(),
                        "photo.jpg".into(),
                        "image/jpeg".into(),
                        data,
                    )
                    .unwrap();
                diary.lock();
                total += start.elapsed();
                diary.unlock(PASS.into(), None).unwrap();
                diary.remove_attachment(info.id).unwrap();
                diary.lock();
                diary.unlock(PASS.into(), None).unwrap();
            }
            total
        })
    });
    group.finish();
}

fn kdf(params: KdfParams) -> Duration {
    let argon = Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(
            params.memory_kib,
            params.iterations,
            params.parallelism,
            Some(32),
        )
        .unwrap(),
    );
    let mut out = [0u8; 32];
    let start = Instant::now();
    argon
        .hash_password_into(PASS.as_bytes(), b"sixteen byte slt", &mut out)
        .unwrap();
    start.elapsed()
}

fn unlock(c: &mut Criterion) {
    for (name, params) in [
        ("default", KdfParams::DEFAULT),
        ("minimum", KdfParams::MINIMUM),
    ] {
        let runs: Vec<Duration> = (0..5).map(|_| kdf(params)).collect();
        let best = runs.iter().min().unwrap();
        eprintln!(
            "Argon2id {name} (m = {} MiB, t = {}, p = {}): {:.1} ms on this machine (best of 5)",
            params.memory_kib / 1024,
            params.iterations,
            params.parallelism,
            best.as_secs_f64() * 1e3
        );
    }
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (_app, diary) = open(dir.path(), KdfParams::DEFAULT);
    diary.create(PASS.into(), None).unwrap();
    for i in 0..1_000 {
        diary.add(entry(i)).unwrap();
    }
    let mut group = c.benchmark_group("unlock");
    group.sample_size(10);
    group.bench_function("argon2id_default_params", |b| {
        b.iter(|| kdf(KdfParams::DEFAULT))
    });
    group.bench_function("unlock_default_params", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                diary.lock();
                let start = Instant::now();
                diary.unlock(PASS.into(), None).unwrap();
                total += start.elapsed();
            }
            total
        })
    });
    // Everything unlock does besides the key derivation, measured directly: the same
    // diary size with a derivation that costs ~0.1 ms.
    let cheap_dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (_cheap_app, cheap) = open(cheap_dir.path(), CHEAP);
    cheap.create(PASS.into(), None).unwrap();
    for i in 0..1_000 {
        cheap.add(entry(i)).unwrap();
    }
    group.sample_size(50);
    group.bench_function("unlock_without_kdf_cost", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                cheap.lock();
                let start = Instant::now();
                cheap.unlock(PASS.into(), None).unwrap();
                total += start.elapsed();
            }
            total
        })
    });
    group.finish();
}

criterion_group!(benches, add, list, attachment, unlock);
criterion_main!(benches);
