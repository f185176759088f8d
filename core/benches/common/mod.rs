//! Shared fixtures for the helpline and sync benchmarks: realistic published collections,
//! a release published into a temporary directory, and a client that serves it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Timestamp};
use salama_core::sync::publish::{self, ReleaseOptions};
use salama_core::sync::signatures::SigningKey;
use salama_core::{HttpClient, HttpError, HttpHeader, HttpRequest, HttpResponse};

pub const BASE: &str = "https://updates.example.org/";

const ZONES: &[&str] = &[
    "Europe/Rome",
    "Europe/Athens",
    "Africa/Tripoli",
    "Europe/Istanbul",
    "America/Mexico_City",
    "Asia/Kabul",
    "Africa/Lagos",
    "Asia/Dhaka",
    "Europe/Berlin",
    "America/New_York",
];
const LANGUAGES: &[&str] = &["en", "ar", "fa", "ps", "fr", "es", "ti", "so", "ur", "tr"];
const NEEDS: &[&str] = &[
    "trafficking",
    "asylum-legal-aid",
    "child-protection",
    "gender-based-violence",
    "medical",
    "shelter",
    "labour-rights",
    "missing-persons",
];

/// The first `n` ISO country codes.
pub fn countries(n: usize) -> Vec<&'static str> {
    salama_core::helplines::countries::all()[..n].to_vec()
}

/// A published collection for `code` with `n` varied entries, as bytes.
pub fn collection(code: &str, n: usize, tag: &str) -> Vec<u8> {
    let entries: Vec<_> = (0..n)
        .map(|i| {
            let hours = match i % 3 {
                0 => serde_json::json!({"type": "always"}),
                1 => serde_json::json!({"type": "weekly", "time_zone": ZONES[i % ZONES.len()],
                    "open": [{"days": ["mon", "tue", "wed", "thu", "fri"], "from": "09:00", "to": "17:30"},
                             {"days": ["sat"], "from": "10:00", "to": "14:00"}]}),
                _ => serde_json::json!({"type": "unknown"}),
            };
            serde_json::json!({
                "id": format!("{}-line-{i}", code.to_ascii_lowercase()),
                "country": code,
                "name": {"en": format!("{tag} helpline {i}"), "ar": format!("خط المساعدة {i}")},
                "description": {"en": "Confidential help for people who were trafficked, exploited or threatened, and for those who want to report it.",
                                "ar": "مساعدة سرية للأشخاص الذين تعرضوا للاتجار أو الاستغلال أو التهديد."},
                "needs": [NEEDS[i % NEEDS.len()], NEEDS[(i + 3) % NEEDS.len()]],
                "channels": [
                    {"type": "phone", "address": format!("+3980029{:04}", i % 10_000)},
                    {"type": "whatsapp", "address": "+393511376335"}
                ],
                "languages": [LANGUAGES[i % LANGUAGES.len()], LANGUAGES[(i + 1) % LANGUAGES.len()]],
                "more_languages": i % 4 == 0,
                "free": i % 5 != 0,
                "hours": hours,
                "operator": "Example NGO",
                "status": "verified",
                "sources": [{"url": "https://example.org/helplines", "date": "2026-01-16"}],
                "verified": "2026-01-16"
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({"format": 1, "country": code, "helplines": entries}))
        .unwrap()
}

/// A fixed "now" on a weekday afternoon in Europe.
pub fn now() -> Timestamp {
    "2026-05-06T13:00:00Z".parse().unwrap()
}

/// A release published into `dir/out` from `collections` (code, entries).
pub fn publish_release(dir: &Path, collections: &[(&str, usize)]) -> (SigningKey, PathBuf) {
    let key = SigningKey::generate().unwrap().0;
    let out = republish(dir, &key, collections, "v1");
    (key, out)
}

/// Writes `collections` with names tagged `tag` and publishes the next release into
/// `dir/out`, signed with `key`.
pub fn republish(
    dir: &Path,
    key: &SigningKey,
    collections: &[(&str, usize)],
    tag: &str,
) -> PathBuf {
    let source = dir.join("src/helplines");
    std::fs::create_dir_all(&source).unwrap();
    for (code, n) in collections {
        std::fs::write(
            source.join(format!("{code}.json")),
            collection(code, *n, tag),
        )
        .unwrap();
    }
    let out = dir.join("out");
    publish::publish(
        &dir.join("src"),
        std::slice::from_ref(key),
        &out,
        &ReleaseOptions {
            serial: None,
            issued: now() - SignedDuration::from_hours(1),
            expires: now() + SignedDuration::from_hours(24 * 90),
            publisher: Some("Benchmark".into()),
            allow_empty: false,
        },
    )
    .unwrap();
    out
}

/// Serves a release directory from disk.
pub struct DirClient(pub PathBuf);

impl HttpClient for DirClient {
    fn get(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let path = request.url.strip_prefix(BASE).unwrap();
        let body = std::fs::read(self.0.join(path)).map_err(|e| HttpError::Transport {
            reason: e.to_string(),
        })?;
        Ok(HttpResponse {
            status: 200,
            headers: vec![HttpHeader {
                name: "ETag".into(),
                value: format!("\"{}\"", body.len()),
            }],
            body,
        })
    }
}

/// Percentiles of a sample of durations, in microseconds.
pub fn percentiles(mut samples: Vec<std::time::Duration>) -> (f64, f64, f64) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
    let us = |d: std::time::Duration| d.as_secs_f64() * 1e6;
    (us(at(0.5)), us(at(0.99)), us(*samples.last().unwrap()))
}
