//! Tests of the questionnaire data, its validation (with malformed and hostile data),
//! the engine and the rendering in every locale.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::spec::{GuideSpec, ILO_INDICATORS};
use super::validate::{MAX_BYTES, required_messages};
use super::*;
use crate::l10n::Translations;

fn embedded() -> Arc<Questionnaire> {
    Questionnaire::embedded().expect("the compiled-in questionnaire is valid")
}

fn en_messages() -> HashSet<String> {
    Translations::embedded().message_ids(SOURCE_LOCALE)
}

fn embedded_value() -> Value {
    serde_json::from_str(GUIDE_JSON).unwrap()
}

fn answers(pairs: &[(&str, GuideChoice)]) -> Vec<GuideAnswer> {
    pairs
        .iter()
        .map(|&(q, choice)| GuideAnswer {
            question_id: q.to_owned(),
            choice,
        })
        .collect()
}

/// Answers every question on the path with `choose(question id)` until the end.
fn complete(
    guide: &Questionnaire,
    mut choose: impl FnMut(&str) -> GuideChoice,
) -> Vec<GuideAnswer> {
    let mut given = Vec::new();
    for _ in 0..=guide.questions.len() {
        match guide.next(&given).unwrap() {
            (Some(id), _) => given.push(GuideAnswer {
                question_id: id.to_owned(),
                choice: choose(id),
            }),
            (None, _) => return given,
        }
    }
    panic!("the path did not end within the number of questions");
}

/// A small deterministic generator, so sampled paths are the same on every run.
struct Lcg(u64);

impl Lcg {
    fn choice(&mut self) -> GuideChoice {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        GuideChoice::ALL[(self.0 >> 33) as usize % 4]
    }
}

// ---- the compiled-in data ----

#[test]
fn the_compiled_in_questionnaire_is_complete_and_consistent() {
    let spec: GuideSpec = serde_json::from_str(GUIDE_JSON).unwrap();
    // Validation checks: every branch ends in a result, no cycles, no unreachable
    // question, every article, need, signal and message exists.
    if let Err(e) = validate::validate(&spec, Catalog::embedded(), &en_messages()) {
        panic!("core/content/guide.json: {e}");
    }
    let guide = embedded();
    // Immediate danger is asked first, always, and "yes" goes straight to the result.
    assert_eq!(guide.next(&[]).unwrap(), (Some("danger"), 0));
    let danger = answers(&[("danger", GuideChoice::Yes)]);
    assert_eq!(guide.next(&danger).unwrap(), (None, 1));
}

#[test]
fn the_questions_cover_what_the_issue_asks_for() {
    let guide = embedded();
    let ids: Vec<&str> = guide.question_ids().collect();
    for required in [
        "danger",
        "fear-return",
        "crossed-border",
        "paid-crossing",
        "owe-money",
        "debt-control",
        "documents-taken",
        "movement",
        "job-deception",
        "threats",
        "forced-crime",
        "violence",
        "under-18",
        "alone",
        "detained",
    ] {
        assert!(ids.contains(&required), "no question {required}");
    }
}

#[test]
fn trafficking_questions_cover_every_ilo_indicator_and_feed_the_indicator_signal() {
    let guide = embedded();
    let tagged: HashSet<&str> = guide
        .question_ids()
        .flat_map(|q| guide.ilo_indicators(q).iter().map(String::as_str))
        .collect();
    for indicator in ILO_INDICATORS {
        assert!(
            tagged.contains(indicator),
            "no question for ILO indicator {indicator}"
        );
    }
    // Each tagged question must be able to raise the trafficking indicators on its own:
    // with "no" everywhere and "prefer not to say" on the gates (debts, work) there are
    // none; answering the question "yes" (and, where the indicator is about a job,
    // "yes" to work) brings the note that both protections apply.
    let answer = |question: &str, id: &str| {
        let needs_work = id == "work" && ["owe-money", "violence"].contains(&question);
        if id == question || needs_work {
            GuideChoice::Yes
        } else if ["owe-money", "work"].contains(&id) {
            GuideChoice::PreferNotToSay
        } else {
            GuideChoice::No
        }
    };
    let baseline = guide
        .outcome(&complete(&guide, |id| answer("", id)))
        .unwrap();
    assert!(!baseline.notes.contains(&"both-together".to_owned()));
    for question in guide
        .question_ids()
        .filter(|q| !guide.ilo_indicators(q).is_empty())
    {
        let given = complete(&guide, |id| answer(question, id));
        assert!(
            given.iter().any(|a| a.question_id == question),
            "{question} is not on the path"
        );
        let outcome = guide.outcome(&given).unwrap();
        assert!(
            outcome.notes.contains(&"both-together".to_owned()),
            "{question}: yes does not raise trafficking indicators"
        );
    }
}

#[test]
fn english_has_exactly_the_guide_messages_the_data_uses() {
    let spec: GuideSpec = serde_json::from_str(GUIDE_JSON).unwrap();
    let required: HashSet<String> = required_messages(&spec).into_iter().collect();
    let defined = en_messages();
    for id in &required {
        assert!(defined.contains(id), "en lacks {id}");
    }
    // Messages the apps show around the check (the country picker, keeping the result,
    // errors) and the names of countries, which the directory's data decides.
    let around = [
        "guide-country-question",
        "guide-country-other",
        "guide-result-helplines-in",
        "guide-result-no-helplines",
        "guide-save-offer",
        "guide-save-yes",
        "guide-save-no",
        "guide-saved",
        "guide-save-no-diary",
        "guide-error-unfinished",
    ];
    for id in defined.iter().filter(|id| id.starts_with("guide-")) {
        assert!(
            required.contains(id)
                || around.contains(&id.as_str())
                || id.starts_with("guide-country-"),
            "en has {id}, which the guide never uses"
        );
    }
}

#[test]
fn no_guide_text_gives_a_verdict() {
    let translations = Translations::embedded();
    let l10n = translations.localizer(vec![SOURCE_LOCALE.to_owned()]);
    let spec: GuideSpec = serde_json::from_str(GUIDE_JSON).unwrap();
    for id in required_messages(&spec) {
        let text = l10n.format(&id, None).unwrap().text.to_lowercase();
        for verdict in [
            "not a victim",
            "not a refugee",
            "no victim",
            "not trafficked",
            "not eligible",
            "do not qualify",
            "does not apply",
            "you are a victim",
            "you are a refugee",
        ] {
            assert!(!text.contains(verdict), "{id} says {verdict:?}");
        }
    }
}

// ---- validation of malformed and hostile data ----

/// Validates `data` (after `edit`) against the embedded catalog and English messages.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut data = embedded_value();
    edit(&mut data);
    let bytes = serde_json::to_vec(&data).unwrap();
    match Questionnaire::from_bytes(&bytes, Catalog::embedded(), &en_messages()) {
        Ok(_) => vec![],
        Err(GuideDataError(problems)) => problems,
    }
}

fn question_mut<'a>(data: &'a mut Value, id: &str) -> &'a mut Value {
    data["questions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|q| q["id"] == id)
        .unwrap()
}

fn rule_mut<'a>(data: &'a mut Value, id: &str) -> &'a mut Value {
    data["rules"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["id"] == id)
        .unwrap()
}

#[test]
fn unchanged_data_has_no_problems() {
    assert_eq!(problems_after(|_| {}), vec![]);
}

#[test]
fn unknown_articles_and_needs_are_refused() {
    let problems = problems_after(|d| {
        rule_mut(d, "fear-return")["articles"] = json!(["asylum", "right-to-fly"]);
        rule_mut(d, "violence")["needs"] = json!(["medical", "tea"]);
    });
    assert!(problems.contains(&Problem::UnknownArticle {
        rule: "fear-return".into(),
        article: "`right-to-fly`".into()
    }));
    assert!(problems.contains(&Problem::UnknownNeed {
        rule: "violence".into(),
        need: "`tea`".into()
    }));
}

#[test]
fn an_unreachable_question_is_refused() {
    let problems = problems_after(|d| {
        d["questions"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "id": "orphan", "next": { "otherwise": "end" } }));
    });
    assert_eq!(problems, vec![Problem::Unreachable("orphan".into())]);
}

#[test]
fn a_cycle_is_refused_and_shown() {
    let problems = problems_after(|d| {
        question_mut(d, "detained")["next"] = json!({ "yes": "fear-return", "otherwise": "end" });
    });
    assert_eq!(problems.len(), 1, "{problems:?}");
    let Problem::Cycle(path) = &problems[0] else {
        panic!("{problems:?}")
    };
    assert!(path.starts_with("fear-return -> "), "{path}");
    assert!(path.ends_with("detained -> fear-return"), "{path}");

    let problems = problems_after(|d| {
        question_mut(d, "alone")["next"] = json!({ "otherwise": "alone" });
    });
    assert_eq!(problems, vec![Problem::Cycle("alone -> alone".into())]);
}

#[test]
fn a_branch_that_does_not_end_in_a_result_is_refused() {
    let problems = problems_after(|d| {
        question_mut(d, "work")["next"] =
            json!({ "yes": "job-deception", "no": "movement", "not-sure": "job-deception" });
    });
    assert_eq!(
        problems,
        vec![Problem::DeadEnd {
            question: "work".into(),
            answer: "prefer-not-to-say"
        }]
    );
    let problems = problems_after(|d| {
        question_mut(d, "work")["next"] = json!({ "no": "nowhere", "otherwise": "job-deception" });
    });
    assert_eq!(
        problems,
        vec![Problem::UnknownTarget {
            question: "work".into(),
            answer: "no",
            target: "`nowhere`".into()
        }]
    );
    let problems = problems_after(|d| d["start"] = json!("nowhere"));
    assert_eq!(problems, vec![Problem::UnknownStart("`nowhere`".into())]);
}

#[test]
fn missing_messages_are_refused() {
    let problems = problems_after(|d| {
        rule_mut(d, "trafficking")["notes"] = json!(["both-together", "brand-new-note"]);
        question_mut(d, "alone")["hint"] = json!(true);
        rule_mut(d, "detained")["articles"] = json!(["detention", "children"]);
    });
    assert_eq!(
        problems,
        vec![
            Problem::MissingMessage("guide-question-alone-hint".into()),
            Problem::MissingMessage("guide-why-detained-children".into()),
            Problem::MissingMessage("guide-note-brand-new-note".into()),
        ]
    );
    let mut messages = en_messages();
    messages.remove("guide-question-danger");
    messages.remove("guide-note-clues");
    let err = Questionnaire::from_bytes(GUIDE_JSON.as_bytes(), Catalog::embedded(), &messages)
        .unwrap_err();
    assert_eq!(
        err.0,
        vec![
            Problem::MissingMessage("guide-note-clues".into()),
            Problem::MissingMessage("guide-question-danger".into()),
        ]
    );
}

#[test]
fn bad_and_duplicate_ids_are_refused() {
    for bad in ["End", "end", "a b", "a--b", "-a", "a-", "", "ü", "a_b"] {
        let problems = problems_after(|d| question_mut(d, "alone")["id"] = json!(bad));
        assert!(
            problems.contains(&Problem::BadId {
                what: "question",
                index: 17
            }),
            "{bad:?}: {problems:?}"
        );
    }
    let long = "a".repeat(49);
    let problems = problems_after(|d| rule_mut(d, "violence")["id"] = json!(long));
    assert!(matches!(problems[0], Problem::BadId { what: "rule", .. }));
    let problems = problems_after(|d| question_mut(d, "alone")["id"] = json!("detained"));
    assert_eq!(
        problems,
        vec![Problem::DuplicateId {
            what: "question",
            id: "detained".into()
        }]
    );
}

#[test]
fn bad_conditions_are_refused() {
    let problems = problems_after(|d| {
        rule_mut(d, "violence")["when"] =
            json!({ "answer": { "question": "nobody", "is": ["yes"] } });
        rule_mut(d, "smuggled")["when"] = json!({ "signal": "no-such-signal" });
        rule_mut(d, "detained")["when"] = json!({ "any": [] });
        rule_mut(d, "child")["when"] = json!({ "answer": { "question": "under-18", "is": [] } });
        d["signals"][0]["when"] = json!({ "signal": "child" });
    });
    assert!(problems.contains(&Problem::UnknownQuestion {
        owner: "rule `violence`".into(),
        question: "`nobody`".into()
    }));
    assert!(problems.contains(&Problem::UnknownSignal {
        owner: "rule `smuggled`".into(),
        signal: "`no-such-signal`".into()
    }));
    assert!(problems.contains(&Problem::EmptyCondition {
        owner: "rule `detained`".into()
    }));
    assert!(problems.contains(&Problem::EmptyCondition {
        owner: "rule `child`".into()
    }));
    assert!(problems.contains(&Problem::NestedSignal("signal `fear`".into())));
}

#[test]
fn conditions_nested_too_deep_are_refused_and_hostile_depth_cannot_crash() {
    let mut when = json!({ "answer": { "question": "danger", "is": ["yes"] } });
    for _ in 0..8 {
        when = json!({ "any": [when] });
    }
    let problems = problems_after(|d| rule_mut(d, "in-danger")["when"] = when);
    assert_eq!(
        problems,
        vec![Problem::TooDeep {
            owner: "rule `in-danger`".into()
        }]
    );
    // Far deeper than any stack could take if parsing recursed without a limit.
    let deep = format!(
        r#"{{"format":1,"revision":1,"start":"a","questions":[],"rules":[{{"id":"r","when":{}1{}}}]}}"#,
        r#"{"any":["#.repeat(100_000),
        "]}".repeat(100_000)
    );
    assert!(deep.len() < MAX_BYTES * 10);
    let err = validate::parse(deep.as_bytes(), Catalog::embedded(), &en_messages()).unwrap_err();
    assert!(matches!(err.0[..], [Problem::TooLarge { .. }]));
    let deep = format!(
        r#"{{"format":1,"revision":1,"start":"a","questions":[],"rules":[{{"id":"r","when":{}1{}}}]}}"#,
        r#"{"any":["#.repeat(1_000),
        "]}".repeat(1_000)
    );
    let err = validate::parse(deep.as_bytes(), Catalog::embedded(), &en_messages()).unwrap_err();
    assert!(
        matches!(&err.0[..], [Problem::Malformed(m)] if m.contains("recursion")),
        "{err}"
    );
}

#[test]
fn bad_rules_are_refused() {
    let problems = problems_after(|d| {
        rule_mut(d, "violence")["needs"] = json!([]);
        rule_mut(d, "fear-return")["articles"] = json!(["asylum", "asylum"]);
        rule_mut(d, "trafficking")["notes"] = json!(["Both Together"]);
        question_mut(d, "threats")["ilo"] = json!(["being-sad"]);
    });
    assert!(problems.contains(&Problem::EmptyRule("violence".into())));
    assert!(problems.contains(&Problem::DuplicateItem {
        rule: "fear-return".into(),
        item: "`asylum`".into()
    }));
    assert!(problems.contains(&Problem::BadNote {
        rule: "trafficking".into(),
        note: "(not a valid id)".into()
    }));
    assert!(problems.contains(&Problem::UnknownIndicator {
        question: "threats".into(),
        indicator: "`being-sad`".into()
    }));
}

#[test]
fn malformed_truncated_oversized_and_foreign_data_is_refused() {
    let check = |bytes: &[u8]| {
        validate::parse(bytes, Catalog::embedded(), &en_messages())
            .unwrap_err()
            .0
    };
    let bytes = GUIDE_JSON.as_bytes();
    for cut in [0, 1, bytes.len() / 3, bytes.len() / 2, bytes.len() - 2] {
        assert!(
            matches!(check(&bytes[..cut])[..], [Problem::Malformed(_)]),
            "cut at {cut}"
        );
    }
    assert!(matches!(
        check(b"\xff\xfe\x00{")[..],
        [Problem::Malformed(_)]
    ));
    assert!(matches!(check(b"[]")[..], [Problem::Malformed(_)]));
    assert!(matches!(
        check(&vec![b' '; MAX_BYTES + 1])[..],
        [Problem::TooLarge { .. }]
    ));
    let mut data = embedded_value();
    data["format"] = json!(2);
    assert_eq!(
        check(&serde_json::to_vec(&data).unwrap()),
        vec![Problem::UnsupportedFormat {
            found: 2,
            supported: 1
        }]
    );
    let mut data = embedded_value();
    data["questions"][0]["script"] = json!("rm -rf /");
    assert!(matches!(
        &check(&serde_json::to_vec(&data).unwrap())[..],
        [Problem::Malformed(m)] if m.contains("unknown field")
    ));
    let mut data = embedded_value();
    data["questions"][0]["next"]["maybe"] = json!("end");
    assert!(matches!(
        check(&serde_json::to_vec(&data).unwrap())[..],
        [Problem::Malformed(_)]
    ));
    let mut data = embedded_value();
    data["rules"][0]["when"] = json!({ "answer": { "question": "danger", "is": ["perhaps"] } });
    assert!(matches!(
        check(&serde_json::to_vec(&data).unwrap())[..],
        [Problem::Malformed(_)]
    ));
}

#[test]
fn too_many_questions_are_refused() {
    let problems = problems_after(|d| {
        let questions = d["questions"].as_array_mut().unwrap();
        for n in 0..100 {
            questions.push(json!({ "id": format!("extra-{n}"), "next": { "otherwise": "end" } }));
        }
    });
    assert_eq!(
        problems,
        vec![Problem::TooMany {
            what: "questions",
            count: 119,
            max: 100
        }]
    );
}

#[test]
fn hostile_references_are_not_echoed_and_errors_stay_short() {
    let huge = "x".repeat(100_000);
    let problems = problems_after(|d| {
        rule_mut(d, "fear-return")["articles"] = json!(["asylum", huge.clone()]);
        question_mut(d, "work")["next"]["no"] = json!(huge.clone());
    });
    let message = GuideDataError(problems).to_string();
    assert!(!message.contains("xxxx"), "the error quotes the hostile id");
    assert!(message.len() < 1_000, "{message}");

    let problems = problems_after(|d| {
        for rule in d["rules"].as_array_mut().unwrap() {
            rule["needs"] = json!(["nope"]);
        }
    });
    assert_eq!(problems.len(), 14);
    let message = GuideDataError(problems).to_string();
    assert!(message.len() < 4_000);
    let many: Vec<Problem> = (0..30)
        .map(|n| Problem::Unreachable(format!("q{n}")))
        .collect();
    assert!(GuideDataError(many).to_string().ends_with("; and 10 more"));
}

// ---- the engine ----

#[test]
fn unknown_or_repeated_questions_are_clear_errors_that_do_not_echo_the_input() {
    let guide = embedded();
    let err = guide
        .next(&answers(&[
            ("danger", GuideChoice::No),
            ("my-secret-place", GuideChoice::Yes),
        ]))
        .unwrap_err();
    let Error::InvalidInput(reason) = err else {
        panic!("{err:?}")
    };
    assert_eq!(reason, "answer 2: unknown question id");
    let err = guide
        .outcome(&answers(&[
            ("danger", GuideChoice::No),
            ("danger", GuideChoice::Yes),
        ]))
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidInput(r) if r == "answer 2: this question was already answered")
    );
}

#[test]
fn an_unfinished_check_has_no_result_yet() {
    let guide = embedded();
    let err = guide
        .outcome(&answers(&[("danger", GuideChoice::No)]))
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput(r) if r.contains("not finished")));
    assert!(matches!(guide.outcome(&[]), Err(Error::InvalidInput(_))));
}

#[test]
fn branching_skips_questions_that_do_not_apply() {
    let guide = embedded();
    let given = complete(&guide, |_| GuideChoice::No);
    let asked: Vec<&str> = given.iter().map(|a| a.question_id.as_str()).collect();
    for skipped in [
        "debt-control",
        "job-deception",
        "pay-withheld",
        "conditions",
        "alone",
    ] {
        assert!(!asked.contains(&skipped), "{skipped} was asked after no");
    }
    let given = complete(&guide, |_| GuideChoice::Yes);
    assert_eq!(given.len(), 1, "danger yes goes straight to the result");
    let given = complete(&guide, |id| {
        if id == "danger" {
            GuideChoice::No
        } else {
            GuideChoice::Yes
        }
    });
    assert_eq!(
        given.len(),
        guide.questions.len(),
        "every question on the longest path"
    );
}

#[test]
fn answers_left_off_the_path_are_ignored() {
    let guide = embedded();
    // The person said they are under 18 and alone, then went back and changed their age.
    let mut given = complete(&guide, |id| match id {
        "under-18" | "alone" => GuideChoice::Yes,
        _ => GuideChoice::No,
    });
    assert!(guide.outcome(&given).unwrap().articles[0].0 == "children");
    given
        .iter_mut()
        .find(|a| a.question_id == "under-18")
        .unwrap()
        .choice = GuideChoice::No;
    let outcome = guide.outcome(&given).unwrap();
    assert!(outcome.articles.is_empty(), "{outcome:?}");
    assert!(!outcome.needs.contains(&"missing-persons".to_owned()));
}

#[test]
fn prefer_not_to_say_never_blocks_a_result() {
    let guide = embedded();
    let given = complete(&guide, |_| GuideChoice::PreferNotToSay);
    let outcome = guide.outcome(&given).unwrap();
    assert!(outcome.notes.contains(&"skipped".to_owned()));
    assert_eq!(outcome.notes.last().unwrap(), "clues");
    // Not knowing if they are in danger, they are still shown the emergency number.
    assert_eq!(outcome.needs, ["emergency"]);
    assert_eq!(outcome.notes[0], "emergency-if-needed");

    // "Prefer not to say" on any single question, whatever the other answers are.
    for question in guide.question_ids() {
        for other in GuideChoice::ALL {
            let given = complete(&guide, |id| {
                if id == question {
                    GuideChoice::PreferNotToSay
                } else if id == "danger" {
                    GuideChoice::No
                } else {
                    other
                }
            });
            let outcome = guide.outcome(&given).unwrap();
            if given.iter().any(|a| a.question_id == question) {
                assert!(outcome.notes.contains(&"skipped".to_owned()), "{question}");
            }
        }
    }
}

#[test]
fn every_sampled_path_ends_in_a_well_ordered_result() {
    let guide = embedded();
    let catalog = Catalog::embedded();
    let mut rng = Lcg(5);
    let mut seen_articles = HashSet::new();
    for _ in 0..3_000 {
        let given = complete(&guide, |_| rng.choice());
        let outcome = guide.outcome(&given).unwrap();
        let urgencies: Vec<u8> = outcome
            .articles
            .iter()
            .map(|(a, _)| catalog.get(a).unwrap().urgency)
            .collect();
        assert!(urgencies.is_sorted(), "{outcome:?}");
        let order: Vec<usize> = outcome
            .needs
            .iter()
            .map(|n| NEEDS.iter().position(|k| k == n).unwrap())
            .collect();
        assert!(order.is_sorted(), "{outcome:?}");
        let in_danger = given[0].choice == GuideChoice::Yes;
        if in_danger {
            assert_eq!(outcome.needs, ["emergency"]);
            assert_eq!(outcome.notes[0], "emergency-now");
            assert!(outcome.articles.is_empty());
        }
        // Any ILO indicator answered yes brings the note that both protections apply.
        let indicator_yes = given.iter().any(|a| {
            a.choice == GuideChoice::Yes
                && !guide.ilo_indicators(&a.question_id).is_empty()
                && !["owe-money", "violence"].contains(&a.question_id.as_str())
        });
        if indicator_yes {
            assert!(outcome.notes.contains(&"both-together".to_owned()));
            assert!(
                outcome
                    .articles
                    .iter()
                    .any(|(a, _)| a == "trafficking-protection")
            );
        }
        assert_eq!(outcome.notes.last().unwrap(), "clues");
        seen_articles.extend(outcome.articles.into_iter().map(|(a, _)| a));
    }
    // The sample reaches every article the rules can give.
    let given_by_rules: HashSet<String> = guide
        .rules
        .iter()
        .flat_map(|r| r.articles.iter().map(|(a, _)| a.clone()))
        .collect();
    assert_eq!(seen_articles, given_by_rules);
}

// ---- rendering in every locale ----

#[test]
fn every_question_and_result_text_renders_in_every_locale() {
    let translations = Translations::embedded();
    let guide = embedded();
    let spec: GuideSpec = serde_json::from_str(GUIDE_JSON).unwrap();
    let required = required_messages(&spec);
    let mut rng = Lcg(11);
    let paths: Vec<Vec<GuideAnswer>> = (0..300)
        .map(|_| complete(&guide, |_| rng.choice()))
        .collect();
    for code in translations.available() {
        let l10n = translations.localizer(translations.negotiate(&[code.to_owned()]));
        // Every message exists in the locale or falls back to one that has it; English
        // has every one itself.
        for id in &required {
            let text = l10n
                .format(id, None)
                .unwrap_or_else(|| panic!("{code}: {id} is missing"));
            assert!(!text.text.trim().is_empty(), "{code}: {id} is empty");
            if code == SOURCE_LOCALE {
                assert_eq!(text.locale, SOURCE_LOCALE);
            }
        }
        for question in guide.render_questions(&l10n) {
            assert!(
                !question.text.starts_with("guide-"),
                "{code}: {}",
                question.id
            );
            assert_eq!(question.options.len(), 4);
        }
        for given in &paths {
            let outcome = guide.outcome(given).unwrap();
            let (result, missing) =
                guide.render_result_counting(&l10n, &outcome, None, &NoDirectory);
            assert_eq!(missing, 0, "{code}: {outcome:?}");
            assert_eq!(result.locale, code);
            if code == SOURCE_LOCALE {
                assert_eq!(result.fallbacks, 0);
            }
        }
    }
}

#[test]
fn results_serialize_and_come_back_unchanged() {
    let translations = Translations::embedded();
    let l10n = translations.localizer(translations.negotiate(&["fa".to_owned()]));
    let guide = embedded();
    let given = complete(&guide, |id| match id {
        "danger" => GuideChoice::No,
        _ => GuideChoice::NotSure,
    });
    let outcome = guide.outcome(&given).unwrap();
    let result = guide.render_result(&l10n, &outcome, Some("RS".into()), &NoDirectory);
    let json = serde_json::to_string(&result).unwrap();
    let back: GuideResult = serde_json::from_str(&json).unwrap();
    assert_eq!(back, result);
    assert_eq!(result.direction, TextDirection::Rtl);
    // No answer is carried in the result.
    assert!(
        !json.contains("not-sure") && !json.contains("question_id"),
        "{json}"
    );
}

struct FakeDirectory;

impl HelplineFinder for FakeDirectory {
    fn helplines_for(&self, country: &str, need: &str) -> Vec<GuideHelpline> {
        vec![GuideHelpline {
            id: format!("{country}/{need}"),
            name: format!("{need} line"),
            emergency: need == "emergency",
            channels: vec![],
        }]
    }
}

#[test]
fn helplines_are_asked_per_need_only_when_a_country_is_given() {
    let translations = Translations::embedded();
    let l10n = translations.localizer(vec![SOURCE_LOCALE.to_owned()]);
    let guide = embedded();
    let outcome = guide
        .outcome(&answers(&[("danger", GuideChoice::Yes)]))
        .unwrap();
    let with = guide.render_result(&l10n, &outcome, Some("RS".into()), &FakeDirectory);
    let ids: Vec<&str> = with.needs[0]
        .helplines
        .iter()
        .map(|h| h.id.as_str())
        .collect();
    assert_eq!(ids, ["RS/emergency"]);
    assert!(with.emergency_first);
    let without = guide.render_result(&l10n, &outcome, None, &FakeDirectory);
    assert!(without.needs[0].helplines.is_empty());
}
