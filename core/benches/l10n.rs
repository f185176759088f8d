//! Switching the reader's language at run time (budget: 5 ms), the one-time indexing of
//! a language at its first search, and the translation checker on every compiled-in
//! locale.
//!
//! `cargo bench -p salama-core --bench l10n`

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use salama_core::l10n::check::{self, FtlFile, ParsedLocale};
use salama_core::l10n::{SOURCE_LOCALE, embedded_files};
use salama_core::{Salama, SalamaConfig};

fn open(dir: &Path, locale: &str) -> Arc<Salama> {
    Salama::open(SalamaConfig {
        data_dir: dir.to_string_lossy().into_owned(),
        locales: vec![locale.to_owned()],
        trusted_keys: vec![],
    })
    .unwrap()
}

/// Switching language as a reader does it: pick a language, see the list of articles in it.
fn switch(app: &Salama, locale: &str) {
    app.set_locales(vec![locale.to_owned()]).unwrap();
    black_box(app.topics());
}

fn switching_locale(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    // Index both languages once, as a phone that has used them before has.
    drop(open(dir.path(), "fa"));
    let app = open(dir.path(), "ar");
    switch(&app, "fa");

    let mut group = c.benchmark_group("switch language and show the articles");
    group.bench_function("to a language shown earlier in this session", |b| {
        let mut next = ["ar", "fa"].iter().cycle();
        b.iter(|| switch(&app, next.next().unwrap()))
    });
    group.bench_function("to a language not shown since start (parsed now)", |b| {
        b.iter_batched(
            || open(dir.path(), "ar"),
            |app| switch(&app, "fa"),
            BatchSize::PerIteration,
        )
    });
    group.finish();

    let mut group = c.benchmark_group("first search after switching");
    group.sample_size(10);
    group.bench_function(
        "in a language never searched on this phone (indexed now)",
        |b| {
            b.iter_batched(
                || {
                    let fresh = tempfile::tempdir().unwrap();
                    let app = open(fresh.path(), "ar");
                    switch(&app, "fa");
                    (fresh, app)
                },
                |(_fresh, app)| black_box(app.search("پناهندگی".into()).unwrap()),
                BatchSize::PerIteration,
            )
        },
    );
    group.finish();
}

fn checking_every_locale(c: &mut Criterion) {
    let files = |code: &str| -> Vec<FtlFile<'static>> {
        embedded_files()
            .iter()
            .filter(|(l, _, _)| *l == code)
            .map(|(_, name, source)| FtlFile { name, source })
            .collect()
    };
    let mut locales: Vec<&str> = embedded_files().iter().map(|(l, _, _)| *l).collect();
    locales.dedup();
    c.bench_function("check every compiled-in locale", |b| {
        b.iter(|| {
            let source_files = files(SOURCE_LOCALE);
            let source = ParsedLocale::parse(SOURCE_LOCALE, &source_files);
            let mut problems = check::check_source(&source);
            for code in &locales {
                if *code != SOURCE_LOCALE {
                    let locale_files = files(code);
                    let locale = ParsedLocale::parse(code, &locale_files);
                    problems.extend(check::check_translation(&source, &locale));
                }
            }
            black_box(problems)
        })
    });
}

criterion_group!(benches, switching_locale, checking_every_locale);
criterion_main!(benches);
