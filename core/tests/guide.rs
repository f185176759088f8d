//! The situation check end to end, through the exported API: the scenario table of
//! issue 5 (`fixtures/guide-scenarios.json`), errors, and replacing the questionnaire.

use std::sync::Arc;

use salama_core::diary::{DiaryOptions, KdfParams};
use salama_core::guide::{GUIDE_JSON, parse_answers};
use salama_core::{
    EntryFilter, EntryKind, GuideAnswer, GuideChoice, GuideResult, GuideStep, Salama, SalamaConfig,
    SalamaError, TextDirection,
};
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixtures {
    scenarios: Vec<Scenario>,
}

#[derive(Deserialize)]
struct Scenario {
    name: String,
    answers: serde_json::Value,
    articles: Vec<String>,
    needs: Vec<String>,
    notes: Vec<String>,
}

fn open(locales: &[&str]) -> (tempfile::TempDir, Arc<Salama>) {
    let dir = tempfile::tempdir().unwrap();
    let app = Salama::open(SalamaConfig {
        data_dir: dir.path().to_string_lossy().into_owned(),
        locales: locales.iter().map(|l| l.to_string()).collect(),
        trusted_keys: vec![],
    })
    .unwrap();
    (dir, app)
}

fn scenarios() -> Vec<(Scenario, Vec<GuideAnswer>)> {
    let fixtures: Fixtures =
        serde_json::from_str(include_str!("fixtures/guide-scenarios.json")).unwrap();
    fixtures
        .scenarios
        .into_iter()
        .map(|s| {
            // The answers go through the same parser as `salama guide --answers`.
            let answers = parse_answers(&serde_json::to_vec(&s.answers).unwrap()).unwrap();
            (s, answers)
        })
        .collect()
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|i| id(i).to_owned()).collect()
}

#[test]
fn scenario_table() {
    let (_dir, app) = open(&["en"]);
    let all = scenarios();
    assert!(all.len() >= 5);
    for (scenario, answers) in all {
        let name = &scenario.name;
        // Every answer in the fixture is on the path, so none is silently ignored.
        assert_eq!(
            app.guide_next(answers.clone()).unwrap(),
            GuideStep::Finished {
                answered: answers.len() as u32
            },
            "{name}"
        );
        let result = app.guide_result(answers, None).unwrap();
        assert_eq!(
            ids(&result.articles, |a| &a.id),
            scenario.articles,
            "{name}: articles"
        );
        assert_eq!(
            ids(&result.needs, |n| &n.id),
            scenario.needs,
            "{name}: needs"
        );
        assert_eq!(
            ids(&result.notes, |n| &n.id),
            scenario.notes,
            "{name}: notes"
        );
        for article in &result.articles {
            assert!(!article.why.is_empty() && !article.why.starts_with("guide-"));
            assert_eq!(
                article.title,
                app.article(article.id.clone()).unwrap().title
            );
        }
    }
}

#[test]
fn what_the_issue_requires_of_each_scenario() {
    let (_dir, app) = open(&["en"]);
    let result = |name: &str| -> GuideResult {
        let (_, answers) = scenarios()
            .into_iter()
            .find(|(s, _)| s.name == name)
            .unwrap();
        app.guide_result(answers, Some("rs".into())).unwrap()
    };
    let has = |r: &GuideResult, article: &str| r.articles.iter().any(|a| a.id == article);
    let note = |r: &GuideResult, note: &str| r.notes.iter().any(|n| n.id == note);

    let syrian = result("syrian-family");
    for article in ["asylum", "non-refoulement", "smuggled-not-criminal"] {
        assert!(has(&syrian, article), "syrian family: {article}");
    }
    assert!(!note(&syrian, "both-together"));
    assert!(!has(&syrian, "trafficking-protection"));

    let woman = result("domestic-worker-to-serbia");
    for article in [
        "asylum",
        "non-refoulement",
        "trafficking-protection",
        "non-punishment",
    ] {
        assert!(has(&woman, article), "woman: {article}");
    }
    assert!(note(&woman, "both-together"));

    let child = result("sixteen-alone-repaying-smuggler");
    assert_eq!(child.articles[0].id, "children");
    assert!(has(&child, "trafficking-protection") && has(&child, "asylum"));

    let man = result("forced-cannabis-grower-arrested");
    for article in ["non-punishment", "trafficking-protection", "detention"] {
        assert!(has(&man, article), "man: {article}");
    }

    let danger = result("immediate-danger");
    assert!(danger.emergency_first);
    assert_eq!(danger.notes[0].id, "emergency-now");
    assert_eq!(danger.needs[0].id, "emergency");
    assert!(danger.articles.is_empty());
    assert_eq!(danger.country.as_deref(), Some("RS"));
    for other in [&syrian, &woman, &child, &man] {
        assert!(!other.emergency_first);
    }
}

#[test]
fn a_check_from_start_to_result_one_question_at_a_time() {
    let (_dir, app) = open(&["ar"]);
    let questions = app.guide_questions();
    assert_eq!(questions.len(), 19);
    let mut answers: Vec<GuideAnswer> = Vec::new();
    let mut previous_remaining = u32::MAX;
    loop {
        match app.guide_next(answers.clone()).unwrap() {
            GuideStep::Question {
                question,
                answered,
                remaining_at_most,
            } => {
                assert_eq!(answered as usize, answers.len());
                assert!(remaining_at_most >= 1 && remaining_at_most < previous_remaining);
                previous_remaining = remaining_at_most;
                assert_eq!(question.options.len(), 4);
                assert!(questions.iter().any(|q| q.id == question.id));
                let choice = if question.id == "danger" {
                    GuideChoice::No
                } else {
                    GuideChoice::NotSure
                };
                answers.push(GuideAnswer {
                    question_id: question.id,
                    choice,
                });
            }
            GuideStep::Finished { answered } => {
                assert_eq!(answered as usize, answers.len());
                break;
            }
        }
    }
    let result = app.guide_result(answers, None).unwrap();
    assert!(result.notes.iter().any(|n| n.id == "both-together"));
    assert_eq!(result.locale, "ar");
}

#[test]
fn bad_requests_are_invalid_input_with_a_clear_reason() {
    let (_dir, app) = open(&["en"]);
    let answer = |q: &str, choice| GuideAnswer {
        question_id: q.to_owned(),
        choice,
    };
    let reason = |e: SalamaError| match e {
        SalamaError::InvalidInput { reason } => reason,
        other => panic!("{other:?}"),
    };
    let e = app
        .guide_next(vec![answer("where-i-sleep-tonight", GuideChoice::Yes)])
        .unwrap_err();
    assert_eq!(reason(e), "answer 1: unknown question id");
    let e = app
        .guide_result(vec![answer("danger", GuideChoice::No)], None)
        .unwrap_err();
    let e = reason(e);
    assert!(e.contains("not finished"), "{e}");
    // It names the question to answer next, which comes from the questionnaire.
    assert!(e.contains("`fear-return`"), "{e}");
    let e = app
        .guide_result(
            vec![answer("danger", GuideChoice::Yes)],
            Some("Serbia".into()),
        )
        .unwrap_err();
    assert!(reason(e).contains("two-letter"));
    let e = parse_answers(br#"{"danger": "maybe"}"#).unwrap_err();
    assert!(reason(e).contains("answer 1: unknown answer"));
}

#[test]
fn a_released_questionnaire_replaces_the_built_in_one_only_when_valid() {
    let (_dir, app) = open(&["en"]);
    assert_eq!(app.guide_revision(), 1);

    let mut data: serde_json::Value = serde_json::from_str(GUIDE_JSON).unwrap();
    data["questions"][18]["next"] = serde_json::json!({ "otherwise": "danger" });
    let err = app
        .install_guide(&serde_json::to_vec(&data).unwrap())
        .unwrap_err();
    assert!(
        matches!(&err, SalamaError::InvalidInput { reason } if reason.contains("circle")),
        "{err:?}"
    );
    assert!(app.install_guide(b"{ truncated").is_err());
    assert_eq!(
        app.guide_revision(),
        1,
        "a bad update leaves the check in force"
    );

    // A valid update: revision 2, which drops the question about paying someone.
    let mut data: serde_json::Value = serde_json::from_str(GUIDE_JSON).unwrap();
    data["revision"] = 2.into();
    data["questions"][2]["next"] = serde_json::json!({ "otherwise": "owe-money" });
    let questions = data["questions"].as_array_mut().unwrap();
    questions.retain(|q| q["id"] != "paid-crossing");
    let signals = data["signals"].as_array_mut().unwrap();
    signals.retain(|s| s["id"] != "smuggled");
    let rules = data["rules"].as_array_mut().unwrap();
    rules.retain(|r| !["smuggled", "smuggled-exploited"].contains(&r["id"].as_str().unwrap()));
    app.install_guide(&serde_json::to_vec(&data).unwrap())
        .unwrap();
    assert_eq!(app.guide_revision(), 2);
    assert_eq!(app.guide_questions().len(), 18);
    let err = app
        .guide_next(vec![GuideAnswer {
            question_id: "paid-crossing".into(),
            choice: GuideChoice::Yes,
        }])
        .unwrap_err();
    assert!(matches!(err, SalamaError::InvalidInput { .. }));
}

/// With a country, each need of the result lists that country's helplines from the
/// directory (its own and its region's), emergency numbers first.
#[test]
fn a_country_brings_its_helplines_to_each_need() {
    let (_dir, app) = open(&["en"]);
    let (_, answers) = scenarios()
        .into_iter()
        .find(|(s, _)| s.name.contains("cannabis"))
        .expect("the forced-cannabis scenario");
    let result = app
        .guide_result(answers.clone(), Some("it".into()))
        .unwrap();
    assert_eq!(result.country.as_deref(), Some("IT"));
    let trafficking = result.needs.iter().find(|n| n.id == "trafficking").unwrap();
    let line = trafficking
        .helplines
        .iter()
        .find(|h| h.id == "it-numero-verde-antitratta")
        .unwrap_or_else(|| panic!("{trafficking:?}"));
    // The result carries what it takes to call, so the app need not look it up.
    let full = app.helpline(line.id.clone()).unwrap();
    assert_eq!(line.name, full.name.text);
    assert_eq!(line.channels, full.channels);
    assert!(line.channels.iter().any(|c| c.address == "+39800290290"));
    for need in &result.needs {
        for helpline in &need.helplines {
            let full = app.helpline(helpline.id.clone());
            assert!(full.is_ok(), "{} is in the directory", helpline.id);
            assert!(full.unwrap().needs.iter().any(|n| n.key() == need.id));
        }
    }
    let without = app.guide_result(answers.clone(), None).unwrap();
    assert!(without.needs.iter().all(|n| n.helplines.is_empty()));
    assert!(matches!(
        app.guide_result(answers, Some("ZZ".into())),
        Err(SalamaError::InvalidInput { .. })
    ));
}

/// The countries to pick from are those the directory has lines for, by name in the
/// reader's language, in alphabetical order; regions such as the EU are not countries.
#[test]
fn countries_to_pick_from_are_named_in_the_readers_language() {
    let (_dir, app) = open(&["en"]);
    let countries = app.guide_countries();
    let codes: Vec<&str> = countries.iter().map(|c| c.code.as_str()).collect();
    assert!(codes.contains(&"RS") && codes.contains(&"IT"), "{codes:?}");
    assert!(!codes.contains(&"EU"));
    let serbia = countries.iter().find(|c| c.code == "RS").unwrap();
    assert_eq!(serbia.name, "Serbia");
    let names: Vec<&str> = countries.iter().map(|c| c.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted);

    app.set_locales(vec!["fa".into()]).unwrap();
    let countries = app.guide_countries();
    assert_eq!(countries.len(), codes.len());
    for country in &countries {
        // Every listed country has a Persian name, not its code or an English fallback.
        assert!(
            country
                .name
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{country:?}"
        );
    }
}

/// The result the person chooses to keep becomes a note in the encrypted diary, in
/// their language, with every article, why it may apply, and the helplines' numbers.
#[test]
fn a_result_is_kept_in_the_diary_as_a_note() {
    let (_dir, app) = open(&["fa"]);
    let (_, answers) = scenarios()
        .into_iter()
        .find(|(s, _)| s.name.contains("cannabis"))
        .expect("the forced-cannabis scenario");
    let result = app.guide_result(answers, Some("it".into())).unwrap();
    assert_eq!(result.direction, TextDirection::Rtl);
    let draft = app.guide_result_entry(result.clone());
    assert_eq!(draft.kind, EntryKind::Note);
    assert_eq!(draft.tags, [salama_core::guide::ENTRY_TAG]);
    assert_eq!(draft.happened_on, jiff::Zoned::now().date().to_string());
    for article in &result.articles {
        assert!(draft.text.contains(&article.title), "{}", article.id);
        assert!(draft.text.contains(&article.why), "{}", article.id);
    }
    for note in &result.notes {
        assert!(draft.text.contains(&note.text), "{}", note.id);
    }
    for need in &result.needs {
        assert!(draft.text.contains(&need.label), "{}", need.id);
    }
    let trafficking = result.needs.iter().find(|n| n.id == "trafficking").unwrap();
    let line = &trafficking.helplines[0];
    assert!(draft.text.contains(&line.name));
    // Numbers in right-to-left text are isolated left to right.
    let number = format!("\u{2066}{}\u{2069}", line.channels[0].address);
    assert!(draft.text.contains(&number), "{}", draft.text);
    assert!(draft.text.contains("ایتالیا"), "the country, in Persian");

    let diary = app
        .diary_with(|| DiaryOptions {
            kdf: KdfParams::MINIMUM,
            ..DiaryOptions::default()
        })
        .unwrap();
    diary.create("a long passphrase".into(), None).unwrap();
    let added = diary.add(draft.clone()).unwrap();
    diary.lock();
    diary.unlock("a long passphrase".into(), None).unwrap();
    assert_eq!(diary.get(added.id).unwrap().content, draft);
    let filter = EntryFilter {
        kind: Some(EntryKind::Note),
        from: None,
        to: None,
        words: None,
    };
    assert_eq!(diary.list(filter, 0, 10).unwrap().total, 1);
}

/// An English result gives the helplines' numbers as they are, without left-to-right
/// isolation, and a country with no lines in the directory says so instead of listing nothing.
#[test]
fn a_kept_result_says_when_the_country_has_no_helplines() {
    let (_dir, app) = open(&["en"]);
    let answers = vec![GuideAnswer {
        question_id: "danger".into(),
        choice: GuideChoice::Yes,
    }];
    let with = app.guide_result_entry(
        app.guide_result(answers.clone(), Some("gr".into()))
            .unwrap(),
    );
    // The country's name is a placeable, isolated as every placeable is.
    assert!(
        with.text.contains("Helplines in \u{2068}Greece\u{2069}"),
        "{}",
        with.text
    );
    assert!(
        with.text
            .contains("    Phone (short number, only inside the country): 112"),
        "{}",
        with.text
    );
    assert!(!with.text.contains('\u{2066}'));
    let none = app.guide_result_entry(app.guide_result(answers, Some("sy".into())).unwrap());
    assert!(!none.text.contains("Helplines in"), "{}", none.text);
    assert!(none.text.contains("SY"), "{}", none.text);
}
