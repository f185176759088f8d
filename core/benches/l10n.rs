//! Switching the reader's language at run time (budget: 5 ms), and the translation
//! checker on every compiled-in locale.
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
    })
    .unwrap()
}

fn switching_locale(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    // Index both languages once, as a phone that has used them before has.
    drop(open(dir.path(), "fa"));
    let app = open(dir.path(), "ar");
    app.set_locales(vec!["fa".into()]).unwrap();

    let mut group = c.benchmark_group("set_locales");
    group.bench_function("to a language used in this session (cached)", |b| {
        let mut next = ["ar", "fa"].iter().cycle();
        b.iter(|| {
            app.set_locales(vec![next.next().unwrap().to_string()])
                .unwrap()
        })
    });
    group.bench_function("to a language not used since start (parsed now)", |b| {
        b.iter_batched(
            || open(dir.path(), "ar"),
            |app| app.set_locales(vec!["fa".into()]).unwrap(),
            BatchSize::PerIteration,
        )
    });
    group.sample_size(10);
    group.bench_function(
        "to a language never used on this phone (parsed and indexed)",
        |b| {
            b.iter_batched(
                || {
                    let fresh = tempfile::tempdir().unwrap();
                    let app = open(fresh.path(), "ar");
                    (fresh, app)
                },
                |(_fresh, app)| app.set_locales(vec!["fa".into()]).unwrap(),
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
