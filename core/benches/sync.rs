//! Budgets: verifying a release index ≤ 1 ms; applying a 5,000-entry collection ≤ 100 ms.
//!
//! `cargo bench -p salama-core --bench sync`. The release has 200 collections (one per
//! country) plus one of 5,000 entries, like a large real directory. Applying is measured
//! as a phone does it: release 1 is installed (and the database closed, as after any
//! earlier session), then release 2 changes the big collection: check its size and
//! SHA-256, validate every entry, write it in one transaction, install it in the running
//! directory (dropping release 1's lines).

mod common;

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group};
use rusqlite::Connection;
use salama_core::helplines::Directory;
use salama_core::helplines::model::{self, Origin};
use salama_core::store;
use salama_core::sync::apply::{self, ApplySource, Checked};
use salama_core::sync::release::{self, VerifiedIndex};
use salama_core::sync::signatures::TrustedKeys;

use common::now;

const BIG: &str = "US";
const BIG_ENTRIES: usize = 5_000;

struct Release {
    index: Vec<u8>,
    signature: Vec<u8>,
    big: Vec<u8>,
}

fn read_release(out: &Path) -> Release {
    let read = |p: &str| std::fs::read(out.join(p)).unwrap();
    Release {
        index: read("index.json"),
        signature: read("index.json.sig"),
        big: read(&format!("helplines/{BIG}.json")),
    }
}

fn verified(r: &Release, trusted: &TrustedKeys) -> VerifiedIndex {
    release::verify_index(r.index.clone(), r.signature.clone(), trusted, now()).unwrap()
}

/// Checks and applies the big collection of `v` the way an update does.
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
    let source = ApplySource {
        source: common::BASE,
        etag: None,
    };
    apply::apply(conn, directory, v, vec![checked], source, now(), None).unwrap();
}

fn open(path: &Path) -> Connection {
    store::open(path, store::Kind::Content, store::CONTENT_MIGRATIONS).unwrap()
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let mut collections: Vec<(&str, usize)> = common::countries(200)
        .into_iter()
        .filter(|c| *c != BIG)
        .map(|c| (c, 25))
        .collect();
    collections.push((BIG, BIG_ENTRIES));
    let (key, out) = common::publish_release(tmp.path(), &collections);
    let trusted = TrustedKeys::only(vec![key.public_key()]);
    let first = read_release(&out);
    println!(
        "release: index {} bytes ({} collections), signature {} bytes, {BIG} collection {} bytes ({BIG_ENTRIES} entries)",
        first.index.len(),
        verified(&first, &trusted).checked.index.collections.len(),
        first.signature.len(),
        first.big.len()
    );
    c.bench_function("sync/verify_index_200_collections", |b| {
        b.iter_batched(
            || (first.index.clone(), first.signature.clone()),
            |(index, signature)| {
                black_box(release::verify_index(index, signature, &trusted, now()).unwrap())
            },
            BatchSize::SmallInput,
        )
    });

    // A phone with release 1 installed, its database closed.
    let template = tmp.path().join("template.db");
    let mut directory = Directory::empty();
    {
        let mut conn = open(&template);
        apply_big(
            &first,
            &verified(&first, &trusted),
            &mut conn,
            &mut directory,
        );
    }
    // Release 2 changes the big collection.
    common::republish(tmp.path(), &key, &[(BIG, BIG_ENTRIES)], "v2");
    let second = read_release(&out);
    let v2 = verified(&second, &trusted);
    let entry = v2
        .checked
        .entry(&format!("helplines/{BIG}"))
        .unwrap()
        .clone();

    let mut group = c.benchmark_group("sync");
    group.sample_size(20);
    group.bench_function("check_5000_entry_collection", |b| {
        b.iter(|| black_box(release::check_collection(&v2, &entry, &second.big).unwrap()))
    });
    let mut run = 0;
    group.bench_function("apply_5000_entry_collection", |b| {
        b.iter_batched(
            || {
                run += 1;
                let path = tmp.path().join(format!("phone-{run}.db"));
                std::fs::copy(&template, &path).unwrap();
                // Release 1's lines, owned by this phone alone, so replacing them frees
                // them inside the measurement, as on a phone.
                let lines = model::parse_collection(&first.big, BIG, Origin::Published).unwrap();
                let mut directory = Directory::empty();
                directory.install(BIG, lines);
                (open(&path), directory, path)
            },
            |(mut conn, mut directory, path)| {
                apply_big(&second, &v2, &mut conn, &mut directory);
                (conn, directory, path)
            },
            BatchSize::PerIteration,
        )
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
