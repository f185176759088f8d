//! Budgets of the rights library (issue: cold start ≤ 50 ms, warm open + article ≤ 5 ms,
//! search p99 ≤ 1 ms and within 2× of the raw FTS5 query on the same index).
//!
//! Criterion measures means; the p99 figures are measured here over many runs and printed,
//! since a percentile is what the budget names.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use salama_core::{Salama, SalamaConfig};

fn config(dir: &std::path::Path, locale: &str) -> SalamaConfig {
    SalamaConfig {
        data_dir: dir.to_string_lossy().into_owned(),
        locales: vec![locale.to_owned()],
        trusted_keys: vec![],
    }
}

fn startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(30);
    group.bench_function("cold: empty dir -> open(ar) -> article", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let app = Salama::open(config(dir.path(), "ar")).unwrap();
                black_box(app.article("asylum".into()).unwrap());
                dir
            },
            BatchSize::PerIteration,
        )
    });
    let dir = tempfile::tempdir().unwrap();
    drop(Salama::open(config(dir.path(), "ar")).unwrap());
    group.bench_function("warm: open(ar) -> article", |b| {
        b.iter(|| {
            let app = Salama::open(config(dir.path(), "ar")).unwrap();
            black_box(app.article("asylum".into()).unwrap())
        })
    });
    group.finish();
}

/// Queries in the scripts readers use; each finds something.
const QUERIES: &[(&str, &str)] = &[
    ("ar", "اللجوء"),
    ("ar", "الاتجار"),
    ("ar", "طفل"),
    ("fa", "پناهندگی"),
    ("fa", "قاچاق"),
    ("en", "asylum"),
    ("en", "trafficking victims"),
    ("en", "interpreter"),
];

/// The FTS5 query the search runs for these locales, without Salama's normalization,
/// ranking and snippets.
fn raw_query(locales: &[String]) -> String {
    let placeholders = (1..=locales.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "SELECT article, locale, unit, original FROM search_fts \
         WHERE locale IN ({placeholders}) AND search_fts MATCH ?{} LIMIT 5000",
        locales.len() + 1
    )
}

fn search(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("search");
    for locale in ["ar", "fa", "en"] {
        let app = Salama::open(config(dir.path(), locale)).unwrap();
        let raw = rusqlite::Connection::open(dir.path().join("content.db")).unwrap();
        let locales = app.active_locales();
        let raw_sql = raw_query(&locales);
        for (_, query) in QUERIES.iter().filter(|(l, _)| *l == locale) {
            assert!(
                !app.search(query.to_string()).unwrap().is_empty(),
                "{query}"
            );
            let phrase = salama_core::rights::normalize::query_terms(query)
                .iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(" ");
            let run_raw = || {
                let mut stmt = raw.prepare_cached(&raw_sql).unwrap();
                let rows: Vec<(String, String, String)> = stmt
                    .query_map(
                        rusqlite::params_from_iter(locales.iter().chain([&phrase])),
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                rows
            };
            group.bench_function(format!("salama {locale} {query}"), |b| {
                b.iter(|| black_box(app.search(query.to_string()).unwrap()))
            });
            group.bench_function(format!("raw fts5 {locale} {query}"), |b| {
                b.iter(|| black_box(run_raw()))
            });
            let ours = p99(|| {
                black_box(app.search(query.to_string()).unwrap());
            });
            let fts = p99(|| {
                black_box(run_raw());
            });
            println!(
                "search p99 {locale} {query:<20} salama {:>7.1} µs   raw fts5 {:>7.1} µs   ratio {:.2}",
                micros(ours),
                micros(fts),
                micros(ours) / micros(fts)
            );
        }
    }
    group.finish();
}

/// The 99th percentile of 5,000 runs of `f`, after 200 warm-up runs.
fn p99(mut f: impl FnMut()) -> Duration {
    for _ in 0..200 {
        f();
    }
    let mut times: Vec<Duration> = (0..5_000)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[times.len() * 99 / 100]
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

criterion_group!(benches, startup, search);
criterion_main!(benches);
