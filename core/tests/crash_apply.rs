//! A crash in the middle of applying an update: a child process starts applying release 2
//! and is killed with SIGKILL while its transaction is open, after some collections were
//! written. Release 1 must be intact afterwards, and the next update must succeed.
//!
//! Runs as its own test binary (`harness = false`): the same executable is the child when
//! `SALAMA_CRASH_CHILD` is set.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use salama_core::sync::publish::{self, ReleaseOptions};
use salama_core::sync::signatures::SigningKey;
use salama_core::{
    HelplineQuery, HttpClient, HttpError, HttpHeader, HttpRequest, HttpResponse, Salama,
    SalamaConfig, SyncListener, SyncOptions, SyncPhase, SyncProgress,
};

const BASE: &str = "https://updates.example.org/";
const COUNTRIES: [&str; 3] = ["GR", "IT", "TR"];

/// Serves a release directory as a static web server would.
struct DirClient(PathBuf);

impl HttpClient for DirClient {
    fn get(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let path = request.url.strip_prefix(BASE).expect("only the release");
        match std::fs::read(self.0.join(path)) {
            Ok(body) if body.len() as u64 > request.max_bytes => Err(HttpError::TooLarge),
            Ok(body) => Ok(HttpResponse {
                status: 200,
                headers: vec![HttpHeader {
                    name: "ETag".into(),
                    value: format!("\"{}\"", body.len()),
                }],
                body,
            }),
            Err(_) => Ok(HttpResponse {
                status: 404,
                headers: vec![],
                body: vec![],
            }),
        }
    }
}

fn now() -> Timestamp {
    Timestamp::now()
}

fn open(data: &Path, key: &str) -> Arc<Salama> {
    Salama::open(SalamaConfig {
        data_dir: data.to_string_lossy().into_owned(),
        locales: vec!["en".into()],
        trusted_keys: vec![key.to_owned()],
    })
    .unwrap()
}

fn write_sources(source: &Path, tag: &str) {
    let dir = source.join("helplines");
    std::fs::create_dir_all(&dir).unwrap();
    for code in COUNTRIES {
        let entries: Vec<_> = (1..=1500)
            .map(|i| {
                serde_json::json!({
                    "id": format!("{}-line-{i}", code.to_ascii_lowercase()),
                    "country": code,
                    "name": {"en": format!("{tag} line {i}")},
                    "description": {"en": "Help for people who were trafficked."},
                    "needs": ["trafficking"],
                    "channels": [{"type": "phone", "address": "+390800290290"}],
                    "languages": ["en"],
                    "free": true,
                    "hours": {"type": "always"},
                    "status": "verified",
                    "sources": [{"url": "https://example.org/source"}],
                    "verified": "2026-01-16"
                })
            })
            .collect();
        let file = serde_json::json!({"format": 1, "country": code, "helplines": entries});
        std::fs::write(dir.join(format!("{code}.json")), file.to_string()).unwrap();
    }
}

fn publish_release(source: &Path, key: &SigningKey, out: &Path) -> u64 {
    publish::publish(
        source,
        std::slice::from_ref(key),
        out,
        &ReleaseOptions {
            serial: None,
            issued: now() - SignedDuration::from_hours(1),
            expires: now() + SignedDuration::from_hours(24 * 30),
            publisher: None,
            allow_empty: false,
        },
    )
    .unwrap()
    .serial
}

/// Every line name a person sees in the three countries.
fn names(app: &Salama) -> Vec<String> {
    let mut out = vec![];
    for code in COUNTRIES {
        let query = HelplineQuery {
            country: Some(code.into()),
            ..Default::default()
        };
        out.extend(
            app.helplines(query)
                .unwrap()
                .into_iter()
                .map(|h| h.name.text),
        );
    }
    out
}

/// Stops the child for good once two collections are written inside the transaction.
struct Freeze(PathBuf);

impl SyncListener for Freeze {
    fn on_progress(&self, progress: SyncProgress) {
        if progress.phase == SyncPhase::Applying && progress.collections_done == 2 {
            std::fs::write(&self.0, b"applying").unwrap();
            std::thread::sleep(Duration::from_secs(120));
        }
    }
}

fn child(data: &str) {
    let release = std::env::var("SALAMA_CRASH_RELEASE").unwrap();
    let key = std::env::var("SALAMA_CRASH_KEY").unwrap();
    let marker = std::env::var("SALAMA_CRASH_MARKER").unwrap();
    let app = open(Path::new(data), &key);
    let listener = Freeze(PathBuf::from(marker));
    let _ = app.sync_at(
        BASE,
        &DirClient(PathBuf::from(release)),
        &SyncOptions::default(),
        Some(&listener),
        now(),
    );
    // Only reached if the freeze never happened: the parent then fails.
}

fn parent() {
    let tmp = tempfile::tempdir().unwrap();
    let (source, out, data) = (
        tmp.path().join("src"),
        tmp.path().join("out"),
        tmp.path().join("data"),
    );
    let key = SigningKey::generate().unwrap().0;
    let public = key.public_key().to_text();

    write_sources(&source, "v1");
    let first = publish_release(&source, &key, &out);
    let app = open(&data, &public);
    app.sync_at(
        BASE,
        &DirClient(out.clone()),
        &SyncOptions::default(),
        None,
        now(),
    )
    .unwrap();
    let before = names(&app);
    assert!(before.iter().any(|n| n == "v1 line 1500"));
    drop(app);

    write_sources(&source, "v2");
    let second = publish_release(&source, &key, &out);
    assert!(second > first);

    let marker = tmp.path().join("marker");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("SALAMA_CRASH_CHILD", &data)
        .env("SALAMA_CRASH_RELEASE", &out)
        .env("SALAMA_CRASH_KEY", &public)
        .env("SALAMA_CRASH_MARKER", &marker)
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !marker.exists() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the child ended ({status}) before it was applying");
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the child never started applying"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // SIGKILL: no destructor, no rollback, no flush runs in the child.
    child.kill().unwrap();
    let status = child.wait().unwrap();
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "{status}");
    }

    // The database is whole and still holds release 1, all of it.
    let db = rusqlite::Connection::open(data.join("content.db")).unwrap();
    let check: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(db);
    let app = open(&data, &public);
    let status = app.sync_status().unwrap();
    assert_eq!(status.serial, Some(first));
    assert_eq!(names(&app), before, "release 1 must be intact");
    assert!(
        status
            .collections
            .iter()
            .all(|c| c.current && c.version == 1)
    );

    // And the next update goes through.
    let report = app
        .sync_at(
            BASE,
            &DirClient(out.clone()),
            &SyncOptions::default(),
            None,
            now(),
        )
        .unwrap();
    assert_eq!(report.serial, second);
    assert!(names(&app).iter().any(|n| n == "v2 line 1500"));
    assert!(!names(&app).iter().any(|n| n.starts_with("v1 ")));
}

fn main() -> ExitCode {
    if let Ok(data) = std::env::var("SALAMA_CRASH_CHILD") {
        child(&data);
        return ExitCode::FAILURE;
    }
    let result = std::panic::catch_unwind(parent);
    match result {
        Ok(()) => {
            println!("test crash_in_the_middle_of_applying ... ok");
            println!("1 passed, 0 failed");
            ExitCode::SUCCESS
        }
        Err(_) => {
            println!("test crash_in_the_middle_of_applying ... FAILED");
            println!("0 passed, 1 failed");
            ExitCode::FAILURE
        }
    }
}
