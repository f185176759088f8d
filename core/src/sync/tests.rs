//! The sync protocol against a scripted server: what an update fetches, and every attack
//! of DESIGN.md's list, each leaving the previous data intact with an error that says
//! what happened. (The same protocol against real nginx, a stalling socket and redirect
//! loops is tested end to end in `cli/tests/`.)

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use jiff::{SignedDuration, Timestamp};

use super::index::{self, Index, MAX_INDEX_BYTES};
use super::publish::{self, ReleaseOptions};
use super::signatures::{self, SigningKey};
use super::*;
use crate::app::SalamaConfig;
use crate::helplines::model::tests::entry_json;
use crate::helplines::{HelplineOrigin, HelplineQuery};

const BASE: &str = "https://updates.example.org/salama/";

fn now() -> Timestamp {
    "2026-05-04T10:00:00Z".parse().unwrap()
}

fn days(n: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * n)
}

/// A publisher with a key and a source directory, publishing into `out`.
struct Publisher {
    pkcs8: Vec<u8>,
    key: SigningKey,
    source: tempfile::TempDir,
    out: tempfile::TempDir,
}

impl Publisher {
    fn new() -> Self {
        let (key, pkcs8) = SigningKey::generate().unwrap();
        Publisher {
            pkcs8: pkcs8.to_vec(),
            key,
            source: tempfile::tempdir().unwrap(),
            out: tempfile::tempdir().unwrap(),
        }
    }

    /// Another source and output directory, signing with the same key.
    fn sharing_key(&self) -> Self {
        Publisher {
            pkcs8: self.pkcs8.clone(),
            key: SigningKey::from_pkcs8(&self.pkcs8).unwrap(),
            source: tempfile::tempdir().unwrap(),
            out: tempfile::tempdir().unwrap(),
        }
    }

    fn trusted_key(&self) -> String {
        self.key.public_key().to_text()
    }

    /// Writes the source of `code` with `n` entries, each named with `tag`.
    fn set(&self, code: &str, n: usize, tag: &str) {
        let entries: Vec<_> = (1..=n)
            .map(|i| {
                let mut e = entry_json(code, i);
                e["name"]["en"] = format!("{tag} line {i}").into();
                e
            })
            .collect();
        let json = serde_json::json!({"format": 1, "country": code, "helplines": entries});
        let dir = self.source.path().join("helplines");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join(format!("{code}.json")),
            serde_json::to_vec_pretty(&json).unwrap(),
        )
        .unwrap();
    }

    fn publish(&self) -> publish::ReleaseSummary {
        self.publish_with(None, now() - days(1), now() + days(90))
    }

    fn publish_with(
        &self,
        serial: Option<u64>,
        issued: Timestamp,
        expires: Timestamp,
    ) -> publish::ReleaseSummary {
        publish::publish(
            self.source.path(),
            std::slice::from_ref(&self.key),
            self.out.path(),
            &ReleaseOptions {
                serial,
                issued,
                expires,
                publisher: Some("Test Outreach".into()),
                allow_empty: false,
            },
        )
        .unwrap()
    }

    /// Writes `source` as the translation file `name` of `locale`.
    fn set_translation(&self, locale: &str, name: &str, source: &str) {
        let dir = self.source.path().join("translations").join(locale);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), source).unwrap();
    }

    /// A publisher's hand-made collection: written at `name`'s path, pinned by the index
    /// (added to it if new) and re-signed, as a compromised or careless tool might.
    fn hand_edit(&self, name: &str, bytes: &[u8]) {
        std::fs::create_dir_all(self.out.path().join(name).parent().unwrap()).unwrap();
        self.write(&format!("{name}.json"), bytes);
        let mut index: Index = serde_json::from_slice(&self.read("index.json")).unwrap();
        let entry = match index.collections.iter().position(|c| c.name == name) {
            Some(i) => &mut index.collections[i],
            None => {
                index.collections.push(index::IndexEntry {
                    name: name.into(),
                    version: 1,
                    size: 0,
                    sha256: String::new(),
                });
                index.collections.sort_by(|a, b| a.name.cmp(&b.name));
                index
                    .collections
                    .iter_mut()
                    .find(|c| c.name == name)
                    .unwrap()
            }
        };
        entry.size = bytes.len() as u64;
        entry.sha256 = signatures::sha256_hex(bytes);
        self.write("index.json", &index::to_bytes(&index));
        self.resign();
    }

    fn read(&self, path: &str) -> Vec<u8> {
        std::fs::read(self.out.path().join(path)).unwrap()
    }

    fn write(&self, path: &str, bytes: &[u8]) {
        std::fs::write(self.out.path().join(path), bytes).unwrap();
    }

    /// Re-signs whatever index.json now holds (a publisher's own edit).
    fn resign(&self) {
        let index = self.read("index.json");
        self.write(
            "index.json.sig",
            &signatures::sign(&index, std::slice::from_ref(&self.key)),
        );
    }
}

/// What a scripted server did with one request.
#[derive(Debug, Clone)]
struct Logged {
    path: String,
    status: u16,
    body_bytes: usize,
    max_bytes: u64,
}

/// Serves a publisher's output directory like a static web server (ETags, 304, 404),
/// honouring the request's byte cap like a real client, with per-path overrides.
struct Server {
    root: PathBuf,
    log: Mutex<Vec<Logged>>,
    overrides: Mutex<HashMap<String, Result<HttpResponse, HttpError>>>,
}

impl Server {
    fn new(root: &Path) -> Arc<Self> {
        Arc::new(Server {
            root: root.to_owned(),
            log: Mutex::new(vec![]),
            overrides: Mutex::new(HashMap::new()),
        })
    }

    fn respond(&self, path: &str, response: Result<HttpResponse, HttpError>) {
        self.overrides
            .lock()
            .unwrap()
            .insert(path.to_owned(), response);
    }

    fn take_log(&self) -> Vec<Logged> {
        std::mem::take(&mut *self.log.lock().unwrap())
    }

    fn paths(log: &[Logged]) -> Vec<String> {
        log.iter()
            .map(|l| format!("{} {}", l.status, l.path))
            .collect()
    }
}

fn response(status: u16, body: Vec<u8>) -> Result<HttpResponse, HttpError> {
    Ok(HttpResponse {
        status,
        headers: vec![],
        body,
    })
}

impl HttpClient for Server {
    fn get(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let path = request
            .url
            .strip_prefix(BASE)
            .expect("only the release is fetched");
        let mut result = match self.overrides.lock().unwrap().get(path) {
            Some(overridden) => overridden.clone(),
            None => match std::fs::read(self.root.join(path)) {
                Err(_) => response(404, b"<html>Not Found</html>".to_vec()),
                Ok(body) => {
                    let etag = format!("\"{}\"", &signatures::sha256_hex(&body)[..16]);
                    let matches = request
                        .headers
                        .iter()
                        .any(|h| h.name.eq_ignore_ascii_case("if-none-match") && h.value == etag);
                    let status = if matches { 304 } else { 200 };
                    Ok(HttpResponse {
                        status,
                        headers: vec![HttpHeader {
                            name: "ETag".into(),
                            value: etag,
                        }],
                        body: if matches { vec![] } else { body },
                    })
                }
            },
        };
        // A real client stops reading at the cap.
        if let Ok(r) = &result
            && r.body.len() as u64 > request.max_bytes
        {
            result = Err(HttpError::TooLarge);
        }
        self.log.lock().unwrap().push(Logged {
            path: path.to_owned(),
            status: result.as_ref().map_or(0, |r| r.status),
            body_bytes: result.as_ref().map_or(0, |r| r.body.len()),
            max_bytes: request.max_bytes,
        });
        result
    }
}

fn open(dir: &Path, publisher: &Publisher) -> Arc<Salama> {
    Salama::open(SalamaConfig {
        data_dir: dir.to_string_lossy().into_owned(),
        locales: vec!["en".into()],
        trusted_keys: vec![publisher.trusted_key()],
    })
    .unwrap()
}

fn sync(app: &Salama, server: &Server) -> Result<SyncReport, SalamaError> {
    Ok(app.sync_at(BASE, server, &SyncOptions::default(), None, now())?)
}

fn ids(app: &Salama, code: &str) -> Vec<String> {
    app.helplines_at(
        &HelplineQuery {
            country: Some(code.into()),
            ..Default::default()
        },
        now(),
    )
    .unwrap()
    .into_iter()
    .map(|h| format!("{} {}", h.id, h.name.text))
    .collect()
}

/// Everything a person sees of the installed data.
fn snapshot(app: &Salama) -> (Option<u64>, Vec<String>, Vec<String>) {
    let status = app.sync_status_at(now()).unwrap();
    (status.serial, ids(app, "GR"), ids(app, "IT"))
}

/// A phone that synced release 1 (GR and IT, "v1") from a fresh publisher.
struct Synced {
    publisher: Publisher,
    server: Arc<Server>,
    app: Arc<Salama>,
    _dir: tempfile::TempDir,
    before: (Option<u64>, Vec<String>, Vec<String>),
}

fn synced() -> Synced {
    let publisher = Publisher::new();
    publisher.set("GR", 2, "v1");
    publisher.set("IT", 3, "v1");
    publisher.publish();
    let server = Server::new(publisher.out.path());
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &publisher);
    sync(&app, &server).unwrap();
    server.take_log();
    let before = snapshot(&app);
    assert!(before.1.iter().any(|l| l.contains("v1 line 2")));
    Synced {
        publisher,
        server,
        app,
        _dir: dir,
        before,
    }
}

impl Synced {
    /// The attack failed with `expected`, the data is as before, and the status says so.
    fn assert_refused(
        &self,
        result: Result<SyncReport, SalamaError>,
        expected: &str,
    ) -> SalamaError {
        let error = result.expect_err("the attack must fail");
        assert_eq!(error.message_id(), expected, "{error:?}");
        assert_eq!(
            snapshot(&self.app),
            self.before,
            "the previous data must be intact"
        );
        let status = self.app.sync_status_at(now()).unwrap();
        let last = status.last_error.expect("the failure is recorded");
        assert_eq!(last.message_id, expected);
        assert!(status.last_success_at.is_some(), "the last success is kept");
        error
    }

    /// Publishes release 2 with GR changed to "v2".
    fn publish_v2(&self) {
        self.publisher.set("GR", 2, "v2");
        self.publisher.publish();
    }
}

#[test]
fn first_sync_fetches_everything_then_one_304_then_only_what_changed() {
    let publisher = Publisher::new();
    publisher.set("GR", 2, "v1");
    publisher.set("IT", 3, "v1");
    publisher.publish();
    let server = Server::new(publisher.out.path());
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &publisher);
    // Before any sync: the seed.
    assert!(ids(&app, "GR").iter().any(|l| l.starts_with("gr-a21-1109")));

    let report = sync(&app, &server).unwrap();
    let mut paths = Server::paths(&server.take_log());
    paths.sort();
    assert_eq!(
        paths,
        [
            "200 helplines/GR.json",
            "200 helplines/IT.json",
            "200 index.json",
            "200 index.json.sig"
        ]
    );
    assert!(report.updated && report.requests == 4);
    assert_eq!(report.collections_updated, ["helplines/GR", "helplines/IT"]);
    let gr = ids(&app, "GR");
    assert!(gr.iter().any(|l| l == "gr-line-1 v1 line 1"), "{gr:?}");
    assert!(
        !gr.iter().any(|l| l.starts_with("gr-a21-1109")),
        "the seed for GR is replaced"
    );
    assert!(
        gr[0].starts_with("eu-112"),
        "the EU seed still applies to GR: {gr:?}"
    );
    let line = app.helpline("gr-line-1".into()).unwrap();
    assert_eq!(line.origin, HelplineOrigin::Update);

    // Nothing changed: one conditional request, no body.
    let report = sync(&app, &server).unwrap();
    let log = server.take_log();
    assert_eq!(Server::paths(&log), ["304 index.json"]);
    assert_eq!(log[0].body_bytes, 0);
    assert!(!report.updated && report.requests == 1 && report.bytes_downloaded == 0);

    // One country changes: the index, its signature and that country only.
    publisher.set("GR", 2, "v2");
    let summary = publisher.publish();
    assert!(
        summary
            .collections
            .iter()
            .any(|c| c.name == "helplines/GR" && c.changed && c.version == 2)
    );
    assert!(
        summary
            .collections
            .iter()
            .any(|c| c.name == "helplines/IT" && !c.changed && c.version == 1)
    );
    let report = sync(&app, &server).unwrap();
    let log = server.take_log();
    assert_eq!(
        Server::paths(&log),
        [
            "200 index.json",
            "200 index.json.sig",
            "200 helplines/GR.json"
        ]
    );
    let gr_size = publisher.read("helplines/GR.json").len();
    let index_size = publisher.read("index.json").len() + publisher.read("index.json.sig").len();
    assert_eq!(report.bytes_downloaded as usize, index_size + gr_size);
    assert!(ids(&app, "GR").iter().any(|l| l == "gr-line-1 v2 line 1"));
    assert_eq!(report.collections_updated, ["helplines/GR"]);

    // A fresh start loads the installed collections from content.db.
    drop(app);
    let app = open(dir.path(), &publisher);
    assert!(ids(&app, "GR").iter().any(|l| l == "gr-line-1 v2 line 1"));
    let status = app.sync_status_at(now()).unwrap();
    assert_eq!(status.serial, Some(summary.serial));
    assert_eq!(status.source.as_deref(), Some(BASE));
    assert_eq!(status.publisher.as_deref(), Some("Test Outreach"));
    assert_eq!(status.key_id, Some(publisher.key.public_key().id()));
    assert_eq!(status.data_age_s, Some(86_400));
    assert!(!status.stale && status.last_error.is_none());
    assert!(status.collections.iter().all(|c| c.current));
}

#[test]
fn the_download_size_is_known_before_fetching_and_the_plan_is_reused() {
    let publisher = Publisher::new();
    publisher.set("GR", 2, "v1");
    publisher.set("IT", 40, "v1");
    publisher.publish();
    let server = Server::new(publisher.out.path());
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &publisher);
    let plan = app
        .check_for_update_at(BASE, server.as_ref(), &SyncOptions::default(), now())
        .unwrap();
    let expected =
        publisher.read("helplines/GR.json").len() + publisher.read("helplines/IT.json").len();
    assert_eq!(plan.download_bytes as usize, expected);
    assert!(!plan.up_to_date);
    assert_eq!(plan.collections, ["helplines/GR", "helplines/IT"]);
    assert_eq!(
        Server::paths(&server.take_log()),
        ["200 index.json", "200 index.json.sig"]
    );

    let progress = Arc::new(Recorder::default());
    let report = app
        .sync_at(
            BASE,
            server.as_ref(),
            &SyncOptions::default(),
            Some(progress.as_ref()),
            now(),
        )
        .unwrap();
    // The index the plan fetched is not fetched again.
    assert_eq!(
        Server::paths(&server.take_log()),
        ["200 helplines/GR.json", "200 helplines/IT.json"]
    );
    assert_eq!(report.bytes_downloaded as usize, expected);
    let events = progress.events.lock().unwrap();
    let downloads: Vec<_> = events
        .iter()
        .filter(|e| e.phase == SyncPhase::Downloading)
        .collect();
    assert_eq!(downloads.first().unwrap().bytes_done, 0);
    assert_eq!(downloads.last().unwrap().bytes_done as usize, expected);
    assert!(downloads.iter().all(|e| e.bytes_total as usize == expected));
    assert!(
        events
            .iter()
            .any(|e| e.phase == SyncPhase::Applying && e.collections_done == 2)
    );

    let plan = app
        .check_for_update_at(BASE, server.as_ref(), &SyncOptions::default(), now())
        .unwrap();
    assert!(plan.up_to_date && plan.download_bytes == 0);
}

#[derive(Default)]
struct Recorder {
    events: Mutex<Vec<SyncProgress>>,
}

impl SyncListener for Recorder {
    fn on_progress(&self, progress: SyncProgress) {
        self.events.lock().unwrap().push(progress);
    }
}

// ---- Attacks (DESIGN.md, "Sync and trust") ----

#[test]
fn attack_tampered_index() {
    let s = synced();
    s.publish_v2();
    let mut index = s.publisher.read("index.json");
    let at = index.iter().position(|&b| b == b'"').unwrap();
    index.insert(at, b' ');
    s.publisher.write("index.json", &index);
    let err = s.assert_refused(sync(&s.app, &s.server), "error-bad-signature");
    assert!(format!("{err}").contains("does not match"), "{err}");
}

#[test]
fn attack_tampered_collection() {
    let s = synced();
    s.publish_v2();
    let mut gr = s.publisher.read("helplines/GR.json");
    let at = gr.windows(2).position(|w| w == b"v2").unwrap();
    gr[at + 1] = b'9';
    s.publisher.write("helplines/GR.json", &gr);
    let err = s.assert_refused(sync(&s.app, &s.server), "error-bad-signature");
    assert!(format!("{err}").contains("SHA-256"), "{err}");
}

#[test]
fn attack_signature_by_an_unknown_key() {
    let s = synced();
    s.publish_v2();
    let stranger = SigningKey::generate().unwrap().0;
    let index = s.publisher.read("index.json");
    s.publisher
        .write("index.json.sig", &signatures::sign(&index, &[stranger]));
    let err = s.assert_refused(sync(&s.app, &s.server), "error-bad-signature");
    assert!(format!("{err}").contains("unknown key"), "{err}");
}

#[test]
fn attack_lower_serial() {
    let s = synced();
    let installed = s.before.0.unwrap();
    // A validly signed release with a lower serial (e.g. an old key, or a mirror that
    // fell behind), published from another output directory.
    let old = s.publisher.sharing_key();
    old.set("GR", 1, "old");
    old.publish_with(Some(installed - 1), now() - days(2), now() + days(90));
    let server = Server::new(old.out.path());
    let err = s.assert_refused(sync(&s.app, &server), "error-rollback");
    assert_eq!(
        err,
        SalamaError::Rollback {
            offered: installed - 1,
            installed
        }
    );
}

#[test]
fn attack_an_old_index_replayed() {
    let s = synced();
    let old_index = s.publisher.read("index.json");
    let old_sig = s.publisher.read("index.json.sig");
    let old_gr = s.publisher.read("helplines/GR.json");
    s.publish_v2();
    sync(&s.app, &s.server).unwrap();
    let before = snapshot(&s.app);
    assert!(before.1.iter().any(|l| l.contains("v2")));
    // A man in the middle replays release 1, validly signed and not expired.
    s.server.respond("index.json", response(200, old_index));
    s.server.respond("index.json.sig", response(200, old_sig));
    s.server.respond("helplines/GR.json", response(200, old_gr));
    let err = sync(&s.app, &s.server).unwrap_err();
    assert!(matches!(err, SalamaError::Rollback { .. }), "{err:?}");
    assert_eq!(snapshot(&s.app), before);
}

#[test]
fn attack_same_serial_different_index() {
    let s = synced();
    // The same serial with other content: a forgery or a replay, never a real release.
    let mut index: Index = serde_json::from_slice(&s.publisher.read("index.json")).unwrap();
    index.publisher = Some("Someone else".into());
    s.publisher.write("index.json", &index::to_bytes(&index));
    s.publisher.resign();
    s.assert_refused(sync(&s.app, &s.server), "error-rollback");
}

#[test]
fn attack_expired_index() {
    let s = synced();
    s.publisher.set("GR", 2, "v2");
    s.publisher
        .publish_with(None, now() - days(100), now() - days(10));
    s.assert_refused(sync(&s.app, &s.server), "error-expired");
}

#[test]
fn attack_index_larger_than_its_cap() {
    let s = synced();
    s.publish_v2();
    s.publisher
        .write("index.json", &vec![b' '; MAX_INDEX_BYTES as usize + 10]);
    let err = s.assert_refused(sync(&s.app, &s.server), "error-network");
    assert!(format!("{err}").contains("cap"), "{err}");
    let log = s.server.take_log();
    assert_eq!(
        log[0].max_bytes, MAX_INDEX_BYTES,
        "the cap is passed to the client"
    );
    // Reading stops at the cap even with a client that ignores it.
    let body = vec![b'x'; MAX_INDEX_BYTES as usize + 1];
    s.server.respond("index.json", response(200, body));
    let server = Arc::new(Ignoring(s.server.clone()));
    let result = s
        .app
        .sync_at(BASE, server.as_ref(), &SyncOptions::default(), None, now());
    s.assert_refused(result.map_err(Into::into), "error-network");
}

/// A client that does not honour `max_bytes`.
struct Ignoring(Arc<Server>);

impl HttpClient for Ignoring {
    fn get(&self, mut request: HttpRequest) -> Result<HttpResponse, HttpError> {
        request.max_bytes = u64::MAX;
        self.0.get(request)
    }
}

#[test]
fn attack_collection_larger_than_its_cap() {
    let s = synced();
    s.publish_v2();
    // The server sends more than the signed index's size: reading stops there.
    let mut gr = s.publisher.read("helplines/GR.json");
    gr.extend(std::iter::repeat_n(b' ', 100_000));
    s.publisher.write("helplines/GR.json", &gr);
    let err = s.assert_refused(sync(&s.app, &s.server), "error-network");
    assert!(format!("{err}").contains("cap"), "{err}");
    let log = s.server.take_log();
    let gr_request = log.iter().find(|l| l.path == "helplines/GR.json").unwrap();
    let signed: Index = serde_json::from_slice(&s.publisher.read("index.json")).unwrap();
    let size = signed
        .collections
        .iter()
        .find(|c| c.name == "helplines/GR")
        .unwrap()
        .size;
    assert_eq!(gr_request.max_bytes, size);

    // A signed index that lists a collection above the cap is refused before fetching.
    let mut index = signed.clone();
    index.collections[0].size = collection::MAX_COLLECTION_BYTES + 1;
    s.publisher.write("index.json", &index::to_bytes(&index));
    s.publisher.resign();
    let err = s.assert_refused(sync(&s.app, &s.server), "error-invalid-input");
    assert!(format!("{err}").contains("cap"), "{err}");
    assert!(
        !s.server
            .take_log()
            .iter()
            .any(|l| l.path.starts_with("helplines/"))
    );
}

#[test]
fn attack_collection_that_does_not_match_the_index_hash() {
    let s = synced();
    // Mix and match: release 2's index with release 1's GR file (same size, valid
    // content, signed once by the same publisher).
    let old_gr = s.publisher.read("helplines/GR.json");
    s.publish_v2();
    assert_eq!(old_gr.len(), s.publisher.read("helplines/GR.json").len());
    s.publisher.write("helplines/GR.json", &old_gr);
    let err = s.assert_refused(sync(&s.app, &s.server), "error-bad-signature");
    assert!(format!("{err}").contains("SHA-256"), "{err}");
}

#[test]
fn attack_a_server_that_stalls() {
    let s = synced();
    s.publish_v2();
    s.server
        .respond("helplines/GR.json", Err(HttpError::Timeout));
    let err = s.assert_refused(sync(&s.app, &s.server), "error-network");
    assert!(format!("{err}").contains("in time"), "{err}");
}

#[test]
fn attack_html_garbage_and_truncated_bodies() {
    let html = b"<!DOCTYPE html><html><body>Please log in to the Wi-Fi</body></html>".to_vec();
    type Body<'a> = Box<dyn Fn(&Synced) -> Vec<u8> + 'a>;
    let cases: Vec<(&str, Body, &str)> = vec![
        (
            "index.json",
            Box::new(|_| html.clone()),
            "error-bad-signature",
        ),
        (
            "index.json.sig",
            Box::new(|_| html.clone()),
            "error-bad-signature",
        ),
        (
            "index.json",
            Box::new(|_| vec![0xff, 0x00, 0x13, 0x37]),
            "error-bad-signature",
        ),
        (
            "index.json",
            Box::new(|s| {
                let i = s.publisher.read("index.json");
                i[..i.len() / 2].to_vec()
            }),
            "error-bad-signature",
        ),
        (
            "helplines/GR.json",
            Box::new(|_| html.clone()),
            "error-bad-signature",
        ),
        (
            "helplines/GR.json",
            Box::new(|s| {
                let c = s.publisher.read("helplines/GR.json");
                c[..c.len() - 7].to_vec()
            }),
            "error-bad-signature",
        ),
        (
            "helplines/GR.json",
            Box::new(|_| vec![]),
            "error-bad-signature",
        ),
    ];
    for (path, body, expected) in cases {
        let s = synced();
        s.publish_v2();
        let body = body(&s);
        s.server.respond(path, response(200, body));
        s.assert_refused(sync(&s.app, &s.server), expected);
    }
}

#[test]
fn attack_404_500_and_redirect_loops() {
    for (path, status, expected) in [
        ("index.json", 404, "HTTP 404"),
        ("index.json", 500, "HTTP 500"),
        ("index.json.sig", 404, "HTTP 404"),
        ("helplines/GR.json", 404, "HTTP 404"),
        ("helplines/GR.json", 503, "HTTP 503"),
        // A stack that stops following a redirect loop hands back the redirect.
        ("index.json", 302, "redirect"),
        ("helplines/GR.json", 301, "redirect"),
    ] {
        let s = synced();
        s.publish_v2();
        s.server
            .respond(path, response(status, b"<html>error</html>".to_vec()));
        let err = s.assert_refused(sync(&s.app, &s.server), "error-network");
        assert!(format!("{err}").contains(expected), "{err}");
    }
    let s = synced();
    s.publish_v2();
    s.server.respond(
        "index.json",
        Err(HttpError::Transport {
            reason: "too many redirects".into(),
        }),
    );
    s.assert_refused(sync(&s.app, &s.server), "error-network");
}

#[test]
fn a_signed_release_with_an_invalid_entry_is_rejected_whole() {
    let s = synced();
    s.publish_v2();
    // The publisher tool would refuse this; a hand-made release must not get through.
    let mut gr: serde_json::Value =
        serde_json::from_slice(&s.publisher.read("helplines/GR.json")).unwrap();
    gr["helplines"][1]["channels"][0]["address"] = "call us!".into();
    let gr = serde_json::to_vec(&gr).unwrap();
    s.publisher.write("helplines/GR.json", &gr);
    let mut index: Index = serde_json::from_slice(&s.publisher.read("index.json")).unwrap();
    let entry = index
        .collections
        .iter_mut()
        .find(|c| c.name == "helplines/GR")
        .unwrap();
    entry.size = gr.len() as u64;
    entry.sha256 = signatures::sha256_hex(&gr);
    s.publisher.write("index.json", &index::to_bytes(&index));
    s.publisher.resign();
    let err = s.assert_refused(sync(&s.app, &s.server), "error-invalid-input");
    assert!(format!("{err}").contains("E.164"), "{err}");
}

#[test]
fn expired_data_is_kept_and_reported_stale() {
    let s = synced();
    let later = now() + days(120);
    let status = s.app.sync_status_at(later).unwrap();
    assert!(status.stale);
    assert_eq!(status.data_age_s, Some(121 * 86_400));
    // The server has nothing newer: a 304, the data stays, the report says it is stale.
    let report = s
        .app
        .sync_at(
            BASE,
            s.server.as_ref(),
            &SyncOptions::default(),
            None,
            later,
        )
        .unwrap();
    assert!(report.stale && !report.updated);
    assert_eq!(snapshot(&s.app), s.before);
}

#[test]
fn a_withdrawn_country_falls_back_to_the_seed_and_unknown_kinds_are_ignored() {
    let s = synced();
    std::fs::remove_file(s.publisher.source.path().join("helplines/GR.json")).unwrap();
    s.publisher.publish();
    assert!(!s.publisher.out.path().join("helplines/GR.json").exists());
    // A newer publisher adds a kind this build does not know.
    let mut index: Index = serde_json::from_slice(&s.publisher.read("index.json")).unwrap();
    index.collections.push(index::IndexEntry {
        name: "ringtones/ar".into(),
        version: 1,
        size: 10,
        sha256: "00".repeat(32),
    });
    s.publisher.write("index.json", &index::to_bytes(&index));
    s.publisher.resign();
    let report = sync(&s.app, &s.server).unwrap();
    assert_eq!(report.collections_removed, ["helplines/GR"]);
    assert!(
        !s.server
            .take_log()
            .iter()
            .any(|l| l.path.starts_with("ringtones"))
    );
    assert!(
        ids(&s.app, "GR")
            .iter()
            .any(|l| l.starts_with("gr-a21-1109"))
    );
    assert_eq!(ids(&s.app, "IT"), s.before.2);
}

#[test]
fn an_empty_helpline_collection_is_published_only_when_asked_for() {
    let s = synced();
    let index_before = s.publisher.read("index.json");
    s.publisher.set("GR", 0, "none");
    let options = |allow_empty| ReleaseOptions {
        serial: None,
        issued: now() - days(1),
        expires: now() + days(90),
        publisher: None,
        allow_empty,
    };
    let sources = publish::Sources::read(s.publisher.source.path()).unwrap();
    assert_eq!(sources.empty_helplines(), ["helplines/GR"]);
    let keys = std::slice::from_ref(&s.publisher.key);
    let err = publish::publish_sources(&sources, keys, s.publisher.out.path(), &options(false))
        .unwrap_err();
    assert!(
        err.to_string().contains("helplines/GR has no helplines"),
        "{err}"
    );
    assert_eq!(
        s.publisher.read("index.json"),
        index_before,
        "nothing written"
    );
    // Asked for, it is published, and it does what the refusal warns of: the phone no
    // longer shows Greece's compiled-in lines, only the EU-wide ones.
    publish::publish_sources(&sources, keys, s.publisher.out.path(), &options(true)).unwrap();
    sync(&s.app, &s.server).unwrap();
    let greece = ids(&s.app, "GR");
    assert!(greece.iter().all(|l| l.starts_with("eu-")), "{greece:?}");
}

#[test]
fn bad_release_urls_and_keys_are_clear_errors() {
    let s = synced();
    for url in ["ftp://example.org/", "not a url", "https://x/?a=b"] {
        let err = s
            .app
            .sync_at(url, s.server.as_ref(), &SyncOptions::default(), None, now())
            .unwrap_err();
        assert!(matches!(
            SalamaError::from(err),
            SalamaError::InvalidInput { .. }
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let err = Salama::open(SalamaConfig {
        data_dir: dir.path().to_string_lossy().into_owned(),
        locales: vec![],
        trusted_keys: vec!["ed25519:nothex".into()],
    });
    assert!(matches!(err, Err(SalamaError::InvalidInput { .. })));
}

// ---- Offline packs ----

#[test]
fn a_pack_carries_chosen_countries_and_their_regions_phone_to_phone() {
    let publisher = Publisher::new();
    publisher.set("GR", 2, "v1");
    publisher.set("IT", 3, "v1");
    publisher.set("EU", 1, "v1");
    publisher.set("TR", 1, "v1");
    publisher.publish();
    let server = Server::new(publisher.out.path());
    let first_dir = tempfile::tempdir().unwrap();
    let first = open(first_dir.path(), &publisher);
    sync(&first, &server).unwrap();
    server.take_log();

    let pack_dir = tempfile::tempdir().unwrap();
    let pack = pack_dir.path().join("greece.salamapack");
    let summary = first.export_pack_at(&pack, &["gr".into()], now()).unwrap();
    assert_eq!(summary.collections, ["helplines/EU", "helplines/GR"]);
    assert_eq!(summary.bytes, std::fs::metadata(&pack).unwrap().len());

    // The second phone has never been online.
    let second_dir = tempfile::tempdir().unwrap();
    let second = open(second_dir.path(), &publisher);
    let report = second.import_pack_at(&pack, None, now()).unwrap();
    assert_eq!(report.collections_updated, ["helplines/EU", "helplines/GR"]);
    assert_eq!(ids(&second, "GR"), ids(&first, "GR"));
    // Italy was not in the pack: the seed still shows there.
    assert!(
        ids(&second, "IT")
            .iter()
            .any(|l| l.starts_with("it-numero-verde"))
    );
    let status = second.sync_status_at(now()).unwrap();
    assert_eq!(status.source.as_deref(), Some("pack"));
    // The same pack again changes nothing; a later sync fetches only what is missing.
    assert!(!second.import_pack_at(&pack, None, now()).unwrap().updated);
    sync(&second, &server).unwrap();
    let mut fetched = Server::paths(&server.take_log());
    fetched.retain(|p| p.contains("helplines/"));
    assert_eq!(fetched, ["200 helplines/IT.json", "200 helplines/TR.json"]);
    assert_eq!(ids(&second, "IT"), ids(&first, "IT"));

    // A country the release does not cover, or an unknown code, is a clear error.
    assert!(first.export_pack_at(&pack, &["JP".into()], now()).is_err());
    assert!(first.export_pack_at(&pack, &["XX".into()], now()).is_err());
    // Nothing to pass on before the first sync.
    let third_dir = tempfile::tempdir().unwrap();
    let third = open(third_dir.path(), &publisher);
    assert!(third.export_pack_at(&pack, &["GR".into()], now()).is_err());
    // An expired release is not passed on.
    assert!(matches!(
        first.export_pack_at(&pack, &["GR".into()], now() + days(100)),
        Err(Error::Public(SalamaError::Expired))
    ));
}

#[test]
fn hostile_packs_are_refused_and_change_nothing() {
    let s = synced();
    let pack_dir = tempfile::tempdir().unwrap();
    let good = pack_dir.path().join("good.pack");
    s.app
        .export_pack_at(&good, &["GR".into(), "IT".into()], now())
        .unwrap();
    let bytes = std::fs::read(&good).unwrap();
    let fresh_dir = tempfile::tempdir().unwrap();
    let fresh = open(fresh_dir.path(), &s.publisher);
    let seed = snapshot(&fresh);

    let flip = |at: usize| {
        let mut b = bytes.clone();
        b[at] ^= 0x20;
        b
    };
    let index_start = 9 + 1 + "index.json".len() + 4;
    let mut unlisted = bytes[..bytes.len() - 1].to_vec();
    unlisted.push(b"helplines/TR".len() as u8);
    unlisted.extend_from_slice(b"helplines/TR");
    unlisted.extend_from_slice(&3u32.to_be_bytes());
    unlisted.extend_from_slice(b"{}\n");
    unlisted.push(0);
    let mut oversized = bytes[..9].to_vec();
    oversized.push(10);
    oversized.extend_from_slice(b"index.json");
    oversized.extend_from_slice(&u32::MAX.to_be_bytes());
    let mut trailing = bytes.clone();
    trailing.extend_from_slice(b"junk");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", vec![], "truncated"),
        (
            "not a pack",
            b"PK\x03\x04 a zip file".to_vec(),
            "not a Salama pack",
        ),
        (
            "newer version",
            [&b"SALAMAPK\x02"[..], &bytes[9..]].concat(),
            "newer version",
        ),
        ("tampered index", flip(index_start + 3), "does not match"),
        ("tampered collection", flip(bytes.len() - 30), "SHA-256"),
        ("truncated", bytes[..bytes.len() - 40].to_vec(), "truncated"),
        ("unlisted collection", unlisted, "not in its signed index"),
        ("oversized entry", oversized, "larger than allowed"),
        ("trailing data", trailing, "after its end"),
    ];
    for (what, pack, expected) in cases {
        let path = pack_dir.path().join("hostile.pack");
        std::fs::write(&path, &pack).unwrap();
        let err = fresh.import_pack_at(&path, None, now()).expect_err(what);
        assert!(err.to_string().contains(expected), "{what}: {err}");
        assert_eq!(snapshot(&fresh), seed, "{what}");
    }
    // A pack signed by a key this phone does not trust.
    let stranger_dir = tempfile::tempdir().unwrap();
    let stranger = Salama::open(SalamaConfig {
        data_dir: stranger_dir.path().to_string_lossy().into_owned(),
        locales: vec![],
        trusted_keys: vec![],
    })
    .unwrap();
    let err = stranger.import_pack_at(&good, None, now()).unwrap_err();
    assert!(err.to_string().contains("unknown key"), "{err}");
    // And the good pack still works.
    assert!(fresh.import_pack_at(&good, None, now()).unwrap().updated);
}

#[test]
fn publishing_validates_everything_and_verify_matches_the_phone() {
    let publisher = Publisher::new();
    publisher.set("GR", 1, "v1");
    let first = publisher.publish();
    assert!(
        first.serial >= now().as_second() as u64 - 86_400,
        "serial follows the issue time"
    );
    let trusted = signatures::TrustedKeys::only(vec![publisher.key.public_key()]);
    let verified = publish::verify(publisher.out.path(), &trusted, now()).unwrap();
    assert_eq!(verified.serial, first.serial);
    assert_eq!(verified.collections[0].entries, Some(1));
    // Republishing unchanged content still raises the serial; versions stay.
    let second = publisher.publish();
    assert_eq!(second.serial, first.serial + 1);
    assert_eq!(second.collections[0].version, 1);
    // A lower explicit serial is refused.
    let err = publish::publish(
        publisher.source.path(),
        std::slice::from_ref(&publisher.key),
        publisher.out.path(),
        &ReleaseOptions {
            serial: Some(3),
            issued: now(),
            expires: now() + days(1),
            publisher: None,
            allow_empty: false,
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("not above"), "{err}");
    // One bad entry fails the whole release, and nothing is written.
    let index_before = publisher.read("index.json");
    let bad = serde_json::json!({"format": 1, "country": "IT", "helplines": [
        {"id": "it-x", "country": "IT"}
    ]});
    std::fs::write(
        publisher.source.path().join("helplines/IT.json"),
        bad.to_string(),
    )
    .unwrap();
    assert!(std::panic::catch_unwind(|| publisher.publish()).is_err());
    assert_eq!(publisher.read("index.json"), index_before);
    assert!(!publisher.out.path().join("helplines/IT.json").exists());
    // A time zone the publishing machine does not know (here a typo) fails the release too.
    let mut typo = entry_json("IT", 1);
    typo["hours"] = serde_json::json!({"type": "weekly", "time_zone": "Europe/Rom",
        "open": [{"days": ["mon"], "from": "09:00", "to": "17:00"}]});
    let typo = serde_json::json!({"format": 1, "country": "IT", "helplines": [typo]});
    std::fs::write(
        publisher.source.path().join("helplines/IT.json"),
        typo.to_string(),
    )
    .unwrap();
    let err = publish::publish(
        publisher.source.path(),
        std::slice::from_ref(&publisher.key),
        publisher.out.path(),
        &ReleaseOptions {
            serial: None,
            issued: now(),
            expires: now() + days(1),
            publisher: None,
            allow_empty: false,
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("Europe/Rom"), "{err}");
    assert_eq!(publisher.read("index.json"), index_before);
    // Verification fails closed on tampering, unknown keys and expiry.
    publisher.set("IT", 1, "v1");
    publisher.publish();
    assert!(publish::verify(publisher.out.path(), &trusted, now()).is_ok());
    let stranger =
        signatures::TrustedKeys::only(vec![SigningKey::generate().unwrap().0.public_key()]);
    assert!(publish::verify(publisher.out.path(), &stranger, now()).is_err());
    assert!(publish::verify(publisher.out.path(), &trusted, now() + days(200)).is_err());
    let mut it = publisher.read("helplines/IT.json");
    it[20] ^= 1;
    publisher.write("helplines/IT.json", &it);
    assert!(publish::verify(publisher.out.path(), &trusted, now()).is_err());
}

#[test]
fn the_sync_schema_converges() {
    crate::store::assert_migrations_converge(crate::store::CONTENT_MIGRATIONS);
}

// ---- Translations ----

/// The interface text `id` as the app shows it.
fn text(app: &Salama, id: &str) -> String {
    app.text(id.into(), HashMap::new()).unwrap().text
}

/// The compiled-in Arabic "Back", and the publisher's fix of it.
const COMPILED_BACK: &str = "رجوع";
const FIXED_BACK: &str = "عودة";

/// A phone reading Arabic that synced release 1 and then a release fixing `app-back`.
fn synced_with_fixed_arabic() -> Synced {
    let mut s = synced();
    s.app.set_locales(vec!["ar".into()]).unwrap();
    assert_eq!(text(&s.app, "app-back"), COMPILED_BACK);
    s.publisher
        .set_translation("ar", "app.ftl", &format!("app-back = {FIXED_BACK}\n"));
    let summary = s.publisher.publish();
    let published = summary
        .collections
        .iter()
        .find(|c| c.name == "translations/ar")
        .expect("the source's translations are published");
    assert_eq!(published.entries, Some(1));
    let report = sync(&s.app, &s.server).unwrap();
    assert_eq!(report.collections_updated, ["translations/ar"]);
    // Shown at once, without a restart.
    assert_eq!(text(&s.app, "app-back"), FIXED_BACK);
    s.server.take_log();
    s.before = snapshot(&s.app);
    s
}

#[test]
fn a_fixed_arabic_string_arrives_with_a_release_and_shows_without_restart() {
    let s = synced_with_fixed_arabic();
    // Kept across a restart.
    let reopened = open(s._dir.path(), &s.publisher);
    reopened.set_locales(vec!["ar".into()]).unwrap();
    assert_eq!(text(&reopened, "app-back"), FIXED_BACK);
    drop(reopened);
    // The status lists it like any collection.
    let status = s.app.sync_status_at(now()).unwrap();
    assert!(
        status
            .collections
            .iter()
            .any(|c| c.name == "translations/ar" && c.current)
    );
    assert!(status.last_error.is_none());

    // An offline pack carries it to a phone that was never online.
    let pack_dir = tempfile::tempdir().unwrap();
    let pack = pack_dir.path().join("greece.salamapack");
    let summary = s.app.export_pack_at(&pack, &["GR".into()], now()).unwrap();
    assert_eq!(summary.collections, ["helplines/GR", "translations/ar"]);
    let second_dir = tempfile::tempdir().unwrap();
    let second = open(second_dir.path(), &s.publisher);
    second.set_locales(vec!["ar".into()]).unwrap();
    assert_eq!(text(&second, "app-back"), COMPILED_BACK);
    let report = second.import_pack_at(&pack, None, now()).unwrap();
    assert!(
        report
            .collections_updated
            .contains(&"translations/ar".into())
    );
    assert_eq!(text(&second, "app-back"), FIXED_BACK);

    // Withdrawn by the publisher: the compiled-in string shows again, at once.
    std::fs::remove_dir_all(s.publisher.source.path().join("translations")).unwrap();
    s.publisher.publish();
    assert!(!s.publisher.out.path().join("translations/ar.json").exists());
    let report = sync(&s.app, &s.server).unwrap();
    assert_eq!(report.collections_removed, ["translations/ar"]);
    assert_eq!(text(&s.app, "app-back"), COMPILED_BACK);
}

/// A release whose translation is broken is refused whole: the helplines it also
/// changes stay as they were, the fixed string stays, and the status says why.
#[test]
fn a_broken_translation_rejects_the_whole_release() {
    let s = synced_with_fixed_arabic();
    let collection = |locale: &str, name: &str, source: &str| {
        serde_json::to_vec(&serde_json::json!({
            "format": 1, "locale": locale, "files": [{"name": name, "source": source}],
        }))
        .unwrap()
    };
    let cases = [
        (
            "translations/ar",
            collection("ar", "app.ftl", "app-back = { $x !\n"),
            "translation update for ar rejected: app.ftl:1:17: syntax-error",
        ),
        (
            "translations/ar",
            collection("ar", "errors.ftl", "error-locked-out = انتظر قليلا\n"),
            "missing-variable in error-locked-out, variable seconds",
        ),
        (
            "translations/ar",
            b"{\"format\":1,\"locale\":\"ar\",\"files\":[".to_vec(),
            "not a translation collection",
        ),
        (
            "translations/xx",
            collection("xx", "app.ftl", "app-back = x\n"),
            "a locale this app does not know",
        ),
    ];
    for (name, bytes, expected) in cases {
        // The publisher tool refuses such a source; a hand-made release must not get
        // through either.
        s.publish_v2();
        s.publisher.hand_edit(name, &bytes);
        let err = s.assert_refused(sync(&s.app, &s.server), "error-invalid-input");
        assert!(format!("{err}").contains(expected), "{err}");
        assert_eq!(text(&s.app, "app-back"), FIXED_BACK);
        let status = s.app.sync_status_at(now()).unwrap();
        assert!(
            status.last_error.unwrap().reason.contains(expected),
            "the status says what happened"
        );
        let _ = std::fs::remove_file(s.publisher.out.path().join("translations/xx.json"));
    }
}

#[test]
fn the_publisher_refuses_broken_translations_and_writes_nothing() {
    let publisher = Publisher::new();
    publisher.set("GR", 1, "v1");
    let cases: [(&str, &str, &str); 4] = [
        ("ar", "app.ftl", "app-back = { $x !\n"),
        ("ar", "errors.ftl", "error-locked-out = انتظر قليلا\n"),
        ("xx", "app.ftl", "app-back = x\n"),
        ("ar", "app.txt", "app-back = x\n"),
    ];
    for (locale, name, source) in cases {
        let _ = std::fs::remove_dir_all(publisher.source.path().join("translations"));
        publisher.set_translation(locale, name, source);
        let result = publish::publish(
            publisher.source.path(),
            std::slice::from_ref(&publisher.key),
            publisher.out.path(),
            &ReleaseOptions {
                serial: None,
                issued: now(),
                expires: now() + days(90),
                publisher: None,
                allow_empty: false,
            },
        );
        assert!(
            matches!(result, Err(Error::InvalidInput(_))),
            "{locale}/{name}: {result:?}"
        );
        assert!(!publisher.out.path().join("index.json").exists());
    }
    // A file where a locale's directory belongs is refused too.
    let _ = std::fs::remove_dir_all(publisher.source.path().join("translations"));
    std::fs::create_dir_all(publisher.source.path().join("translations")).unwrap();
    std::fs::write(publisher.source.path().join("translations/ar.ftl"), "x").unwrap();
    assert!(
        publish::publish(
            publisher.source.path(),
            std::slice::from_ref(&publisher.key),
            publisher.out.path(),
            &ReleaseOptions {
                serial: None,
                issued: now(),
                expires: now() + days(90),
                publisher: None,
                allow_empty: false,
            },
        )
        .is_err()
    );
}
