//! Budgets: verifying a release index ≤ 1 ms; applying a 5,000-entry collection ≤ 100 ms.
//!
//! `cargo bench -p salama-core --bench sync`. The release has 200 collections (one per
//! country) plus one of 5,000 entries, like a large real directory.

mod common;

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group};
use rusqlite::Connection;
use salama_core::helplines::Directory;
use salama_core::store;
use salama_core::sync::apply::{self, ApplySource, Checked};
use salama_core::sync::release::{self, VerifiedIndex};
use salama_core::sync::signatures::TrustedKeys;

use common::now;

const BIG: &str = "US";
const BIG_ENTRIES: usize = 5_000;

struct Release {
    _tmp: tempfile::TempDir,
    index: Vec<u8>,
    signature: Vec<u8>,
    big: Vec<u8>,
    trusted: TrustedKeys,
}

fn release() -> Release {
    let tmp = tempfile::tempdir().unwrap();
    let mut collections: Vec<(&str, usize)> = common::countries(200)
        .into_iter()
        .filter(|c| *c != BIG)
        .map(|c| (c, 25))
        .collect();
    collections.push((BIG, BIG_ENTRIES));
    let (key, out) = common::publish_release(tmp.path(), &collections);
    let read = |p: &str| std::fs::read(out.join(p)).unwrap();
    Release {
        index: read("index.json"),
        signature: read("index.json.sig"),
        big: read(&format!("helplines/{BIG}.json")),
        trusted: TrustedKeys::only(vec![key.public_key()]),
        _tmp: tmp,
    }
}

fn verified(r: &Release) -> VerifiedIndex {
    release::verify_index(r.index.clone(), r.signature.clone(), &r.trusted, now()).unwrap()
}

/// Checks (size, SHA-256, every entry's rules) and applies the big collection in one
/// transaction on a file database, then installs it in the running directory.
fn apply_big(r: &Release, v: &VerifiedIndex, conn: &mut Connection, directory: &mut Directory) {
    let entry = v
        .checked
        .entry(&format!("helplines/{BIG}"))
        .unwrap()
        .clone();
    let validated = release::check_collection(v, &entry, &r.big).unwrap();
    let checked = Checked {
        entry,
        bytes: r.big.clone(),
        validated,
    };
    apply::apply(
        conn,
        directory,
        v,
        vec![checked],
        ApplySource {
            source: common::BASE,
            etag: None,
        },
        now(),
        None,
    )
    .unwrap();
}

fn bench(c: &mut Criterion) {
    let r = release();
    println!(
        "release: index {} bytes ({} collections), signature {} bytes, {BIG} collection {} bytes ({BIG_ENTRIES} entries)",
        r.index.len(),
        verified(&r).checked.index.collections.len(),
        r.signature.len(),
        r.big.len()
    );
    c.bench_function("sync/verify_index_200_collections", |b| {
        b.iter_batched(
            || (r.index.clone(), r.signature.clone()),
            |(index, signature)| {
                black_box(release::verify_index(index, signature, &r.trusted, now()).unwrap())
            },
            BatchSize::SmallInput,
        )
    });

    let tmp = tempfile::tempdir().unwrap();
    let mut conn = store::open(
        &tmp.path().join("content.db"),
        store::Kind::Content,
        store::CONTENT_MIGRATIONS,
    )
    .unwrap();
    let mut directory = Directory::empty();
    let v = verified(&r);
    let mut group = c.benchmark_group("sync");
    group.sample_size(20);
    group.bench_function("apply_5000_entry_collection", |b| {
        b.iter(|| apply_big(&r, &v, &mut conn, &mut directory))
    });
    group.finish();
}

criterion_group!(benches, bench);

fn main() {
    benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}
