//! Speed of the situation check: loading and validating questionnaire data (done at
//! start-up and for every released update), and the per-tap calls an app makes.
//!
//! Run with `cargo bench -p salama-core --bench guide`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use salama_core::guide::{GUIDE_JSON, Questionnaire, parse_answers};
use salama_core::l10n::{SOURCE_LOCALE, Translations};
use salama_core::rights::Catalog;
use salama_core::{Salama, SalamaConfig};

/// The longest path: every question asked (the 16-year-old scenario of the tests).
const ANSWERS: &str = r#"{"danger":"no","fear-return":"not-sure","crossed-border":"yes",
"paid-crossing":"yes","owe-money":"yes","debt-control":"not-sure","documents-taken":"no",
"work":"yes","job-deception":"no","pay-withheld":"yes","conditions":"not-sure",
"movement":"no","vulnerability":"not-sure","threats":"no","violence":"no",
"forced-crime":"no","under-18":"yes","alone":"yes","detained":"no"}"#;

fn guide(c: &mut Criterion) {
    let messages = Translations::embedded().message_ids(SOURCE_LOCALE);
    c.bench_function("guide/parse_and_validate", |b| {
        b.iter(|| {
            Questionnaire::from_bytes(
                black_box(GUIDE_JSON.as_bytes()),
                Catalog::embedded(),
                &messages,
            )
            .unwrap()
        })
    });

    let dir = tempfile::tempdir().unwrap();
    let app = Salama::open(SalamaConfig {
        data_dir: dir.path().to_string_lossy().into_owned(),
        locales: vec!["fa".into()],
        trusted_keys: vec![],
    })
    .unwrap();
    let answers = parse_answers(ANSWERS.as_bytes()).unwrap();
    let halfway = answers[..9].to_vec();
    c.bench_function("guide/next_halfway_fa", |b| {
        b.iter(|| app.guide_next(black_box(halfway.clone())).unwrap())
    });
    c.bench_function("guide/result_longest_path_fa", |b| {
        b.iter(|| {
            app.guide_result(black_box(answers.clone()), Some("RS".into()))
                .unwrap()
        })
    });
    c.bench_function("guide/questions_fa", |b| b.iter(|| app.guide_questions()));
}

criterion_group!(benches, guide);
criterion_main!(benches);
