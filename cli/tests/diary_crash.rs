//! Crash safety: a child `salama diary batch` adds, edits and deletes entries and prints
//! an acknowledgement after each commit; the test kills it with SIGKILL at random moments,
//! at least 100 times. After every kill the diary must open, every acknowledged write must
//! be there and decrypt, and nothing half-written may appear: the only write allowed to be
//! either present or absent is the one in flight when the child died.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use salama_core::{EntryFilter, Salama, SalamaConfig};

const PASS: &str = "crash test passphrase";
const KILLS: u32 = 100;
const OPS_PER_ROUND: usize = 60;

/// xorshift64*: a small, seedable generator, so a failure can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[derive(Debug, Clone)]
enum Op {
    Add { text: String },
    Edit { id: String, text: String },
    Delete { id: String },
}

impl Op {
    fn line(&self) -> String {
        let entry = |text: &str| serde_json::json!({ "kind": "note", "happened_on": "2024-01-01", "text": text });
        let value = match self {
            Op::Add { text } => serde_json::json!({ "op": "add", "entry": entry(text) }),
            Op::Edit { id, text } => {
                serde_json::json!({ "op": "edit", "id": id, "entry": entry(text) })
            }
            Op::Delete { id } => serde_json::json!({ "op": "delete", "id": id }),
        };
        format!("{value}\n")
    }
}

fn salama(data: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_salama"));
    command
        .args(["--lang", "en", "--data-dir"])
        .arg(data)
        .args(args)
        .env("SALAMA_PASSPHRASE", PASS)
        .env("SALAMA_NEW_PASSPHRASE", PASS);
    command
}

/// Opens the diary as a new process would, and reads every entry: id -> text. The
/// entries named in `touched` are also read one by one (which checks each head against its
/// body).
fn read_back(data: &Path, touched: &[String]) -> BTreeMap<String, String> {
    let app = Salama::open(SalamaConfig {
        data_dir: data.display().to_string(),
        locales: vec!["en".into()],
        trusted_keys: vec![],
    })
    .expect("the data directory opens after a kill");
    let diary = app.diary().expect("the diary opens after a kill");
    diary
        .unlock(PASS.into(), None)
        .expect("unlocks after a kill");
    let mut entries = BTreeMap::new();
    let mut offset = 0;
    loop {
        let page = diary.list(EntryFilter::default(), offset, 1_000).unwrap();
        assert!(
            page.damaged.is_empty(),
            "damaged entries: {:?}",
            page.damaged
        );
        for entry in &page.entries {
            entries.insert(entry.id.clone(), entry.content.text.clone());
        }
        offset += page.entries.len() as u32;
        if offset >= page.total {
            break;
        }
    }
    for id in touched {
        match diary.get(id.clone()) {
            Ok(entry) => assert_eq!(Some(&entry.content.text), entries.get(id)),
            Err(e) => assert!(
                !entries.contains_key(id),
                "{id} is listed but reads as {e:?}"
            ),
        }
    }
    entries
}

fn apply(model: &mut BTreeMap<String, String>, op: &Op, id: Option<&str>) {
    match op {
        Op::Add { text } => {
            model.insert(id.expect("an add has an id").to_owned(), text.clone());
        }
        Op::Edit { id, text } => {
            model.insert(id.clone(), text.clone());
        }
        Op::Delete { id } => {
            model.remove(id);
        }
    }
}

#[test]
fn acknowledged_writes_survive_sigkill_at_random_moments() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let init = salama(&data, &["diary", "init", "--kdf-memory-mib", "19"])
        .output()
        .unwrap();
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );

    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("crash test seed: {seed}");
    let mut rng = Rng(seed);
    let mut model: BTreeMap<String, String> = BTreeMap::new();
    let (mut kills, mut rounds, mut acked_total, mut in_flight_kept) = (0u32, 0u32, 0usize, 0u32);

    while kills < KILLS {
        rounds += 1;
        assert!(
            rounds < 400,
            "the child finished too often before it could be killed"
        );
        // Plan the round: edits and deletes only touch entries known to exist, each at
        // most once, so the expected state is exact.
        let mut targets: Vec<String> = model.keys().cloned().collect();
        let mut ops = vec![];
        for i in 0..OPS_PER_ROUND {
            let filler = "x".repeat(rng.below(3_000) as usize);
            let text = format!("round {rounds} op {i} {filler}");
            let choice = rng.below(10);
            let op = if choice < 3 && !targets.is_empty() {
                let id = targets.swap_remove(rng.below(targets.len() as u64) as usize);
                Op::Edit { id, text }
            } else if choice < 5 && !targets.is_empty() {
                let id = targets.swap_remove(rng.below(targets.len() as u64) as usize);
                Op::Delete { id }
            } else {
                Op::Add { text }
            };
            ops.push(op);
        }

        let mut child = salama(&data, &["diary", "batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input: String = ops.iter().map(Op::line).collect();
        let writer = std::thread::spawn(move || {
            // Fails with a broken pipe once the child is killed; that is expected.
            let _ = stdin.write_all(input.as_bytes());
        });
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel::<serde_json::Value>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                // A line cut by the kill is not an acknowledgement.
                if let Ok(value) = serde_json::from_str(&line) {
                    let _ = tx.send(value);
                }
            }
        });
        let ready = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the child unlocks the diary");
        assert_eq!(ready["ready"], true);
        std::thread::sleep(Duration::from_micros(rng.below(60_000)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            kills += 1;
        }
        child.wait().unwrap();
        writer.join().unwrap();
        reader.join().unwrap();
        let acks: Vec<serde_json::Value> = rx.try_iter().collect();

        // What the acknowledgements promise.
        let mut expected = model.clone();
        for (n, ack) in acks.iter().enumerate() {
            assert_eq!(ack["ok"], true, "operation {n} failed: {ack}");
            assert_eq!(ack["line"], n + 1);
            apply(&mut expected, &ops[n], ack["id"].as_str());
        }
        acked_total += acks.len();

        let mut touched: Vec<String> = acks
            .iter()
            .filter_map(|ack| ack["id"].as_str().map(str::to_owned))
            .collect();
        touched.extend(ops.iter().filter_map(|op| match op {
            Op::Edit { id, .. } | Op::Delete { id } => Some(id.clone()),
            Op::Add { .. } => None,
        }));
        let actual = read_back(&data, &touched);
        if actual != expected {
            // Only the operation in flight at the kill may also have been committed; every
            // later one was never started.
            let in_flight = ops
                .get(acks.len())
                .unwrap_or_else(|| panic!("round {rounds}: state differs with nothing in flight"));
            let new_id = match in_flight {
                Op::Add { .. } => {
                    let extra: Vec<&String> = actual
                        .keys()
                        .filter(|id| !expected.contains_key(*id))
                        .collect();
                    assert_eq!(
                        extra.len(),
                        1,
                        "round {rounds}: unexpected entries {extra:?}"
                    );
                    Some(extra[0].clone())
                }
                _ => None,
            };
            let mut with_in_flight = expected.clone();
            apply(&mut with_in_flight, in_flight, new_id.as_deref());
            assert_eq!(
                actual, with_in_flight,
                "round {rounds}: the diary is neither before nor after the write in flight"
            );
            in_flight_kept += 1;
        }
        model = actual;
    }
    eprintln!(
        "{kills} kills in {rounds} rounds, {acked_total} acknowledged writes, \
         {in_flight_kept} unacknowledged writes found committed, {} entries, {:.1} s",
        model.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        acked_total > 0,
        "no write was ever acknowledged before a kill"
    );
}
