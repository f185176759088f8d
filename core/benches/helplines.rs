//! Budget: a query on a directory of 5,000 helplines in 200 countries, p99 ≤ 1 ms.
//!
//! `cargo bench -p salama-core --bench helplines` prints the p50/p99/max of 20,000 timed
//! queries first, then criterion's figures.

mod common;

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group};
use salama_core::helplines::model::{self, Origin};
use salama_core::helplines::{Directory, HelplineQuery};
use salama_core::{Need, Salama, SalamaConfig, SyncOptions};

use common::{countries, now};

const COUNTRIES: usize = 200;
const PER_COUNTRY: usize = 25;

fn directory() -> Directory {
    let mut directory = Directory::empty();
    for code in countries(COUNTRIES) {
        let bytes = common::collection(code, PER_COUNTRY, "v1");
        let lines = model::parse_collection(&bytes, code, Origin::Published).unwrap();
        directory.install(code, lines);
    }
    directory
}

/// What a person typically asks: their country, a need, their languages, open now.
fn query(code: &str) -> HelplineQuery {
    HelplineQuery {
        country: Some(code.to_owned()),
        needs: vec![Need::Trafficking],
        languages: vec!["ar".into(), "en".into()],
        open_now: true,
        ..Default::default()
    }
}

/// A Salama instance with the same 5,000 lines installed from a signed release.
fn salama_with_release(dir: &std::path::Path) -> std::sync::Arc<Salama> {
    let collections: Vec<(&str, usize)> = countries(COUNTRIES)
        .into_iter()
        .map(|c| (c, PER_COUNTRY))
        .collect();
    let (key, out) = common::publish_release(dir, &collections);
    let app = Salama::open(SalamaConfig {
        data_dir: dir.join("data").to_string_lossy().into_owned(),
        locales: vec!["ar".into()],
        trusted_keys: vec![key.public_key().to_text()],
    })
    .unwrap();
    app.sync_at(
        common::BASE,
        &common::DirClient(out),
        &SyncOptions::default(),
        None,
        now(),
    )
    .unwrap();
    app
}

fn print_percentiles() {
    let directory = directory();
    let codes = countries(COUNTRIES);
    let queries: Vec<HelplineQuery> = codes.iter().map(|c| query(c)).collect();
    let mut samples = Vec::with_capacity(20_000);
    for i in 0..20_000 {
        let q = &queries[i % queries.len()];
        let start = Instant::now();
        black_box(directory.query(q, now()).unwrap().len());
        samples.push(start.elapsed());
    }
    let (p50, p99, max) = common::percentiles(samples);
    println!(
        "helplines/query (directory, country+need+languages+open-now): p50 {p50:.1} µs, p99 {p99:.1} µs, max {max:.1} µs"
    );

    let tmp = tempfile::tempdir().unwrap();
    let app = salama_with_release(tmp.path());
    let mut samples = Vec::with_capacity(20_000);
    for i in 0..20_000 {
        let q = &queries[i % queries.len()];
        let start = Instant::now();
        black_box(app.helplines_at(q, now()).unwrap().len());
        samples.push(start.elapsed());
    }
    let (p50, p99, max) = common::percentiles(samples);
    println!(
        "helplines/query (Salama, rendered in Arabic): p50 {p50:.1} µs, p99 {p99:.1} µs, max {max:.1} µs"
    );
}

fn bench(c: &mut Criterion) {
    let directory = directory();
    let queries: Vec<HelplineQuery> = countries(COUNTRIES).iter().map(|c| query(c)).collect();
    let mut i = 0;
    c.bench_function("helplines/query_country", |b| {
        b.iter(|| {
            i = (i + 1) % queries.len();
            black_box(directory.query(&queries[i], now()).unwrap().len())
        })
    });
    let everywhere = HelplineQuery {
        needs: vec![Need::Trafficking],
        languages: vec!["ar".into()],
        open_now: true,
        ..Default::default()
    };
    c.bench_function("helplines/query_all_200_countries", |b| {
        b.iter(|| black_box(directory.query(&everywhere, now()).unwrap().len()))
    });
    let tmp = tempfile::tempdir().unwrap();
    let app = salama_with_release(tmp.path());
    let mut i = 0;
    c.bench_function("helplines/query_country_rendered", |b| {
        b.iter(|| {
            i = (i + 1) % queries.len();
            black_box(app.helplines_at(&queries[i], now()).unwrap().len())
        })
    });
}

criterion_group!(benches, bench);

fn main() {
    print_percentiles();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
