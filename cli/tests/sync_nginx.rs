//! End to end against real servers on 127.0.0.1: the desktop app publishes a release,
//! nginx serves it, and the app syncs it. What went over the wire is read from nginx's
//! access log. Then a server that accepts and never answers, and a redirect loop.

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// nginx on a free port of 127.0.0.1, stopped when dropped (also when a test fails).
struct Nginx {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Nginx {
    fn start(dir: &Path, root: &Path) -> Nginx {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let log = dir.join("access.log");
        let d = dir.display();
        let conf = format!(
            r#"daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 64; }}
http {{
    log_format salama '$request_method $uri $status $body_bytes_sent $bytes_sent $request_length';
    access_log {log} salama;
    client_body_temp_path {d}/client_body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    types {{ application/json json; }}
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        etag on;
    }}
}}
"#,
            log = log.display(),
            root = root.display(),
        );
        let conf_path = dir.join("nginx.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let child = Command::new("nginx")
            .arg("-p")
            .arg(dir)
            .arg("-e")
            .arg(dir.join("error.log"))
            .arg("-c")
            .arg(&conf_path)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("nginx is installed (tests/run.sh installs it)");
        let mut nginx = Nginx { child, port, log };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = nginx.child.try_wait().unwrap() {
                let mut err = String::new();
                nginx
                    .child
                    .stderr
                    .take()
                    .unwrap()
                    .read_to_string(&mut err)
                    .unwrap();
                panic!("nginx exited ({status}): {err}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "nginx did not start"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        nginx
    }

    /// Access-log lines written since the last call.
    fn new_requests(&self, seen: &mut usize) -> Vec<Logged> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<Logged> = text.lines().map(Logged::parse).collect();
        let new = lines[*seen..].to_vec();
        *seen = lines.len();
        new
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug, Clone)]
struct Logged {
    path: String,
    status: u16,
    body_bytes: u64,
    /// Response bytes, headers included.
    bytes_sent: u64,
    /// Request bytes, headers included.
    request_length: u64,
}

impl Logged {
    fn parse(line: &str) -> Logged {
        let f: Vec<&str> = line.split(' ').collect();
        assert_eq!(f.len(), 6, "{line}");
        assert_eq!(f[0], "GET");
        Logged {
            path: f[1].to_owned(),
            status: f[2].parse().unwrap(),
            body_bytes: f[3].parse().unwrap(),
            bytes_sent: f[4].parse().unwrap(),
            request_length: f[5].parse().unwrap(),
        }
    }
}

fn summary(requests: &[Logged]) -> Vec<String> {
    let mut out: Vec<String> = requests
        .iter()
        .map(|r| format!("{} {}", r.status, r.path))
        .collect();
    out.sort();
    out
}

fn salama(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_salama"))
        .args(args)
        .env("SALAMA_DATA_DIR", data)
        .env_remove("LANGUAGE")
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn ok(output: Output) -> Output {
    assert!(
        output.status.success(),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn json(output: Output) -> serde_json::Value {
    serde_json::from_slice(&ok(output).stdout).unwrap()
}

fn write_source(source: &Path, code: &str, tag: &str, n: usize) {
    let entries: Vec<_> = (1..=n)
        .map(|i| {
            serde_json::json!({
                "id": format!("{}-line-{i}", code.to_ascii_lowercase()),
                "country": code,
                "name": {"en": format!("{tag} line {i}"), "ar": format!("خط {i}")},
                "description": {"en": "Help for people who were trafficked or exploited."},
                "needs": ["trafficking", "labour-rights"],
                "channels": [{"type": "phone", "address": "+390800290290"}],
                "languages": ["en", "ar"],
                "free": true,
                "hours": {"type": "weekly", "time_zone": "Europe/Rome",
                          "open": [{"days": ["mon", "tue", "wed", "thu", "fri"], "from": "09:00", "to": "17:00"}]},
                "operator": "Example NGO",
                "status": "verified",
                "sources": [{"url": "https://example.org/helplines", "date": "2026-01-16"}],
                "verified": "2026-01-16",
                "verified_by": "Example NGO"
            })
        })
        .collect();
    let dir = source.join("helplines");
    std::fs::create_dir_all(&dir).unwrap();
    let file = serde_json::json!({"format": 1, "country": code, "helplines": entries});
    std::fs::write(
        dir.join(format!("{code}.json")),
        serde_json::to_vec_pretty(&file).unwrap(),
    )
    .unwrap();
}

/// A publisher's key and sources, a release directory served by nginx, and a phone.
struct Setup {
    tmp: tempfile::TempDir,
    key: PathBuf,
    trust: String,
}

impl Setup {
    fn new() -> Setup {
        let tmp = tempfile::tempdir().unwrap();
        let key = tmp.path().join("publisher.key");
        let out = json(salama(
            &tmp.path().join("publisher-data"),
            &[
                "publish",
                "keygen",
                "--out",
                key.to_str().unwrap(),
                "--json",
            ],
        ));
        assert_eq!(out["key_id"].as_str().unwrap().len(), 16);
        let trust = format!("{}.pub", key.display());
        Setup { tmp, key, trust }
    }

    fn source(&self) -> PathBuf {
        self.tmp.path().join("src")
    }

    fn release_dir(&self) -> PathBuf {
        self.tmp.path().join("www/release")
    }

    fn phone(&self) -> PathBuf {
        self.tmp.path().join("phone")
    }

    fn publish(&self) -> serde_json::Value {
        json(salama(
            &self.tmp.path().join("publisher-data"),
            &[
                "publish",
                "release",
                self.source().to_str().unwrap(),
                "--key",
                self.key.to_str().unwrap(),
                "--out",
                self.release_dir().to_str().unwrap(),
                "--publisher",
                "Test Outreach",
                "--json",
            ],
        ))
    }

    fn sync(&self, url: &str) -> Output {
        salama(
            &self.phone(),
            &[
                "--trust",
                &self.trust,
                "sync",
                url,
                "--json",
                "--timeout",
                "2",
            ],
        )
    }

    fn status(&self) -> serde_json::Value {
        json(salama(&self.phone(), &["sync", "status", "--json"]))
    }

    fn names(&self, country: &str) -> Vec<String> {
        let lines = json(salama(
            &self.phone(),
            &["helplines", "--country", country, "--json"],
        ));
        lines
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["name"].as_str().unwrap().to_owned())
            .collect()
    }

    fn file_size(&self, path: &str) -> u64 {
        std::fs::metadata(self.release_dir().join(path))
            .unwrap()
            .len()
    }
}

#[test]
fn sync_against_nginx_fetches_only_what_changed() {
    let s = Setup::new();
    write_source(&s.source(), "GR", "v1", 20);
    write_source(&s.source(), "IT", "v1", 30);
    write_source(&s.source(), "TR", "v1", 10);
    let release = s.publish();
    assert_eq!(release["collections"].as_array().unwrap().len(), 3);
    let verified = json(salama(
        &s.phone(),
        &[
            "--trust",
            &s.trust,
            "release",
            "verify",
            s.release_dir().to_str().unwrap(),
            "--json",
        ],
    ));
    assert_eq!(verified["serial"], release["serial"]);

    let nginx_dir = s.tmp.path().join("nginx");
    std::fs::create_dir_all(&nginx_dir).unwrap();
    let nginx = Nginx::start(&nginx_dir, &s.tmp.path().join("www"));
    let url = format!("http://127.0.0.1:{}/release/", nginx.port);
    let mut seen = 0;

    // Before any sync the phone shows the built-in seed for Greece.
    assert!(s.names("GR").iter().any(|n| n.contains("1109")));

    // 1. The first sync downloads everything.
    let report = json(s.sync(&url));
    assert_eq!(report["updated"], true);
    let first = nginx.new_requests(&mut seen);
    assert_eq!(
        summary(&first),
        [
            "200 /release/helplines/GR.json",
            "200 /release/helplines/IT.json",
            "200 /release/helplines/TR.json",
            "200 /release/index.json",
            "200 /release/index.json.sig",
        ]
    );
    let body: u64 = first.iter().map(|r| r.body_bytes).sum();
    assert_eq!(report["bytes_downloaded"].as_u64().unwrap(), body);
    assert!(s.names("GR").iter().any(|n| n == "v1 line 20"));

    // 2. Nothing changed: one request, no body bytes (304 via ETag / If-None-Match).
    let report = json(s.sync(&url));
    assert_eq!(report["updated"], false);
    let unchanged = nginx.new_requests(&mut seen);
    assert_eq!(summary(&unchanged), ["304 /release/index.json"]);
    assert_eq!(unchanged[0].body_bytes, 0);
    let over_the_air = unchanged[0].bytes_sent + unchanged[0].request_length;
    eprintln!(
        "unchanged sync: 1 request, {} bytes request + {} bytes response = {over_the_air} bytes",
        unchanged[0].request_length, unchanged[0].bytes_sent
    );
    assert!(
        over_the_air <= 1024,
        "an unchanged sync costs {over_the_air} bytes"
    );

    // 3. One country republished: only the index (with its signature) and that country.
    write_source(&s.source(), "GR", "v2", 20);
    let release = s.publish();
    let changed: Vec<&str> = release["collections"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["changed"] == true)
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(changed, ["helplines/GR"]);
    let report = json(s.sync(&url));
    assert_eq!(
        report["collections_updated"],
        serde_json::json!(["helplines/GR"])
    );
    let one_country = nginx.new_requests(&mut seen);
    assert_eq!(
        summary(&one_country),
        [
            "200 /release/helplines/GR.json",
            "200 /release/index.json",
            "200 /release/index.json.sig",
        ]
    );
    let body: u64 = one_country.iter().map(|r| r.body_bytes).sum();
    let budget = s.file_size("index.json")
        + s.file_size("index.json.sig")
        + s.file_size("helplines/GR.json");
    assert_eq!(body, budget, "exactly the index, its signature and GR");
    let total: u64 = one_country
        .iter()
        .map(|r| r.bytes_sent + r.request_length)
        .sum();
    eprintln!(
        "one-country sync: {} requests, body {body} bytes (index {} + signature {} + GR {}), {total} bytes with headers",
        one_country.len(),
        s.file_size("index.json"),
        s.file_size("index.json.sig"),
        s.file_size("helplines/GR.json"),
    );
    assert!(s.names("GR").iter().any(|n| n == "v2 line 20"));
    assert!(s.names("IT").iter().any(|n| n == "v1 line 30"));

    let status = s.status();
    assert_eq!(status["serial"], release["serial"]);
    assert_eq!(status["source"], url.as_str());
    assert_eq!(status["publisher"], "Test Outreach");
    assert_eq!(status["stale"], false);
    assert!(status["last_error"].is_null());
    assert_eq!(status["collections"].as_array().unwrap().len(), 3);

    // 4. A server that accepts and never answers: a timeout, the data stays.
    let stalling = TcpListener::bind("127.0.0.1:0").unwrap();
    let stall_url = format!(
        "http://127.0.0.1:{}/release/",
        stalling.local_addr().unwrap().port()
    );
    let hold = std::thread::spawn(move || {
        let (connection, _) = stalling.accept().unwrap();
        std::thread::sleep(Duration::from_secs(4));
        drop(connection);
    });
    let started = Instant::now();
    let out = s.sync(&stall_url);
    assert!(!out.status.success());
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("did not answer in time"), "{stderr}");
    hold.join().unwrap();
    let status = s.status();
    assert_eq!(status["serial"], release["serial"], "the data is intact");
    assert_eq!(status["last_error"]["message_id"], "error-network");
    assert!(s.names("GR").iter().any(|n| n == "v2 line 20"));

    // 5. A redirect loop: an error after a few hops, not a hang.
    let looping = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = looping.local_addr().unwrap().port();
    let loop_url = format!("http://127.0.0.1:{port}/release/");
    let server = std::thread::spawn(move || {
        for stream in looping.incoming().take(6) {
            let mut stream = stream.unwrap();
            let mut buf = [0u8; 2048];
            let _ = stream.read(&mut buf);
            let reply = format!(
                "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{port}/release/index.json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            let _ = std::io::Write::write_all(&mut stream, reply.as_bytes());
        }
    });
    let out = s.sync(&loop_url);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("redirect"));
    server.join().unwrap();
    assert_eq!(s.status()["serial"], release["serial"]);

    // 6. Nothing from those servers reached nginx, and the next sync is a 304 again.
    assert!(nginx.new_requests(&mut seen).is_empty());
    ok(s.sync(&url));
    assert_eq!(
        summary(&nginx.new_requests(&mut seen)),
        ["304 /release/index.json"]
    );
}

#[test]
fn an_unknown_key_is_refused_and_packs_pass_helplines_on() {
    let s = Setup::new();
    write_source(&s.source(), "GR", "v1", 5);
    write_source(&s.source(), "IT", "v1", 5);
    s.publish();
    let nginx_dir = s.tmp.path().join("nginx");
    std::fs::create_dir_all(&nginx_dir).unwrap();
    let nginx = Nginx::start(&nginx_dir, &s.tmp.path().join("www"));
    let url = format!("http://127.0.0.1:{}/release/", nginx.port);

    // Without --trust, only the built-in keys are trusted: this test key is not one.
    let out = salama(&s.phone(), &["sync", &url]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown key"));
    let out = salama(
        &s.phone(),
        &["release", "verify", s.release_dir().to_str().unwrap()],
    );
    assert!(!out.status.success());

    ok(s.sync(&url));
    let pack = s.tmp.path().join("greece.pack");
    let exported = json(salama(
        &s.phone(),
        &[
            "pack",
            "export",
            "--countries",
            "GR",
            "--out",
            pack.to_str().unwrap(),
            "--json",
        ],
    ));
    assert_eq!(exported["collections"], serde_json::json!(["helplines/GR"]));
    let verified = json(salama(
        &s.phone(),
        &[
            "--trust",
            &s.trust,
            "release",
            "verify",
            pack.to_str().unwrap(),
            "--json",
        ],
    ));
    assert_eq!(verified["collections"][0]["entries"], 5);

    // A phone that was never online.
    let offline = s.tmp.path().join("offline-phone");
    let report = json(salama(
        &offline,
        &[
            "--trust",
            &s.trust,
            "pack",
            "import",
            pack.to_str().unwrap(),
            "--json",
        ],
    ));
    assert_eq!(
        report["collections_updated"],
        serde_json::json!(["helplines/GR"])
    );
    let lines = json(salama(
        &offline,
        &["helplines", "--country", "GR", "--lang", "ar", "--json"],
    ));
    let names: Vec<&str> = lines
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"خط 5"), "{names:?}");
    let status = json(salama(&offline, &["sync", "status", "--json"]));
    assert_eq!(status["source"], "pack");

    // Who checked a published line and when, in the reader's digits.
    let text = String::from_utf8(ok(salama(&offline, &["helplines", "--country", "GR"])).stdout)
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        text.contains("Checked by Example NGO on 2026-01-16"),
        "{text}"
    );
    let text = String::from_utf8(
        ok(salama(
            &offline,
            &["--lang", "ar", "helplines", "--country", "GR"],
        ))
        .stdout,
    )
    .unwrap()
    .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        text.contains("تحقّق منه Example NGO بتاريخ ٢٠٢٦-٠١-١٦"),
        "{text}"
    );
    // The sync status in Persian: dates, serial and sizes in Persian digits, the serial
    // not grouped, the expiry with the days left.
    let text = String::from_utf8(ok(salama(&offline, &["--lang", "fa", "sync", "status"])).stdout)
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    let key_id = status["key_id"].as_str().unwrap();
    let numbers = text.replace(key_id, "");
    assert!(!numbers.chars().any(|c| c.is_ascii_digit()), "{text}");
    assert!(!text.contains('٬'), "a serial is not grouped: {text}");
    assert!(text.contains("روز مانده"), "{text}");

    // `pack export` without --out names the file after the countries, in the current
    // directory, never over an existing file, and says where it went.
    let here = s.tmp.path().join("outreach");
    std::fs::create_dir_all(&here).unwrap();
    for expected in ["salama-GR.pack", "salama-GR-2.pack"] {
        let out = ok(Command::new(env!("CARGO_BIN_EXE_salama"))
            .args(["pack", "export", "--countries", "gr"])
            .env("SALAMA_DATA_DIR", &offline)
            .env("LANG", "C")
            .current_dir(&here)
            .output()
            .unwrap());
        let text = String::from_utf8(out.stdout).unwrap();
        let path = here.join(expected);
        assert!(text.contains(&path.display().to_string()), "{text}");
        assert!(std::fs::metadata(&path).unwrap().len() > 100);
    }
    assert!(!here.join("salama-GR.partial").exists());
}
