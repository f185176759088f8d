//! The situation check: from what has happened to a person to every protection that may
//! apply to them at once, instead of asking them to pick a legal category first.
//!
//! The questionnaire and its rules are data (`core/content/guide.json`, see [`spec`]),
//! so content editors can change them and a signed release can replace them; every
//! sentence is a Fluent message in `translations/<locale>/guide.ftl`. The engine is
//! stateless: callers pass all answers given so far and get the next question or the
//! result, so answers live only in the caller's memory.
//!
//! Results are clues, not verdicts: they list what *may* apply and never say that a
//! person is not a victim or not a refugee.
//!
//! ```
//! use salama_core::{GuideAnswer, GuideChoice, GuideStep, Salama, SalamaConfig};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let salama = Salama::open(SalamaConfig {
//!     data_dir: dir.path().to_string_lossy().into_owned(),
//!     locales: vec!["en".into()],
//!     trusted_keys: vec![],
//! })
//! .unwrap();
//! let mut answers = Vec::new();
//! while let GuideStep::Question { question, .. } = salama.guide_next(answers.clone()).unwrap() {
//!     // A person who is not in danger now and would rather not say anything else.
//!     let choice = if question.id == "danger" { GuideChoice::No } else { GuideChoice::PreferNotToSay };
//!     answers.push(GuideAnswer { question_id: question.id, choice });
//! }
//! let result = salama.guide_result(answers, Some("RS".into())).unwrap();
//! assert!(result.notes.iter().any(|n| n.id == "skipped"));
//! assert_eq!(result.notes.last().unwrap().id, "clues");
//! ```

mod answers;
mod api;
pub mod helplines;
mod render;
pub mod spec;
pub mod validate;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

pub use answers::parse_answers;
pub use api::{ENTRY_TAG, country_message};
pub use helplines::{HelplineFinder, NoDirectory, normalize_country};
pub use validate::{GuideDataError, Problem};

use crate::error::{Error, Result};
use crate::helplines::Channel;
use crate::l10n::{SOURCE_LOCALE, TextDirection, Translations};
use crate::rights::Catalog;

/// The compiled-in questionnaire.
pub const GUIDE_JSON: &str = include_str!("../../content/guide.json");

/// Helpline needs, most urgent first: the order results list them in, so that
/// emergency help always comes first. They are the keys of the helpline directory's
/// [`Need`](crate::helplines::Need)s (`salama helplines --need` takes the same words), so
/// the check, the articles and the directory speak one vocabulary.
pub const NEEDS: [&str; 9] = [
    "emergency",
    "child-protection",
    "trafficking",
    "gender-based-violence",
    "medical",
    "shelter",
    "asylum-legal-aid",
    "labour-rights",
    "missing-persons",
];

/// An answer to a question. "Not sure" and "prefer not to say" are always offered, and
/// neither ever blocks a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "kebab-case")]
pub enum GuideChoice {
    Yes,
    No,
    NotSure,
    PreferNotToSay,
}

impl GuideChoice {
    /// Every choice, in the order they are offered.
    pub const ALL: [GuideChoice; 4] = [
        GuideChoice::Yes,
        GuideChoice::No,
        GuideChoice::NotSure,
        GuideChoice::PreferNotToSay,
    ];

    /// The choice as written in data and answer files (`not-sure`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            GuideChoice::Yes => "yes",
            GuideChoice::No => "no",
            GuideChoice::NotSure => "not-sure",
            GuideChoice::PreferNotToSay => "prefer-not-to-say",
        }
    }

    /// Parses `yes`, `no`, `not-sure` or `prefer-not-to-say`.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One answered question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct GuideAnswer {
    /// The question's id, as [`GuideQuestion::id`] gives it.
    pub question_id: String,
    pub choice: GuideChoice,
}

/// One of the answers a question offers, with its label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct GuideOption {
    pub choice: GuideChoice,
    /// "Yes", "Not sure", … in the reader's language.
    pub label: String,
}

/// A question of the situation check, in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct GuideQuestion {
    /// Stable id, to send back in a [`GuideAnswer`].
    pub id: String,
    pub text: String,
    /// An explanation or examples to show under the question, if it has one.
    pub hint: Option<String>,
    /// The answers to offer, in order: yes, no, not sure, prefer not to say.
    pub options: Vec<GuideOption>,
    /// The locale the question came out in (the reader's, or a fallback).
    pub locale: String,
    pub direction: TextDirection,
}

/// What comes next in the situation check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Enum)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum GuideStep {
    /// Ask this question next.
    Question {
        question: GuideQuestion,
        /// How many questions on the person's path are answered.
        answered: u32,
        /// The most questions that may still come, this one included (for a progress
        /// bar; the actual number depends on the answers).
        remaining_at_most: u32,
    },
    /// Every question on the person's path is answered: ask for the result.
    Finished { answered: u32 },
}

/// An article that may apply, with the reason in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct GuideArticle {
    /// The article id, for `Salama::article`.
    pub id: String,
    pub title: String,
    /// Why it may apply to this situation.
    pub why: String,
    /// 1 is most urgent.
    pub urgency: u8,
}

/// A kind of help the person may need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct GuideNeed {
    /// One of the fixed need ids, the helpline directory's need keys (`emergency`,
    /// `trafficking`, `asylum-legal-aid`, …).
    pub id: String,
    /// The need in the reader's language.
    pub label: String,
    /// Helplines in the chosen country (and its region, e.g. the EU-wide numbers) that
    /// meet this need, best first, with what it takes to call them, so the app need not
    /// look them up. Empty when no country was given or none is known.
    pub helplines: Vec<GuideHelpline>,
}

/// A helpline for a need of the result: enough to show it and call it. The full entry
/// (hours, languages, sources) is `Salama::helpline(id)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct GuideHelpline {
    /// The helpline's id in the directory.
    pub id: String,
    /// Its name in the reader's language, or the best translation there is.
    pub name: String,
    /// An emergency number (police, ambulance, fire).
    pub emergency: bool,
    /// Ways to reach it (numbers, messaging, web), in the directory's order.
    pub channels: Vec<Channel>,
}

/// A country the situation check can list helplines for, for a country picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct GuideCountry {
    /// ISO 3166-1 alpha-2 code, upper case: pass it to `Salama::guide_result`.
    pub code: String,
    /// The country's name in the reader's language (the code if no language has a name
    /// for it, e.g. a country that only a signed update brought).
    pub name: String,
}

/// A note to show with the result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct GuideNote {
    /// `emergency-now`, `both-together`, `clues`, …
    pub id: String,
    pub text: String,
}

/// The result of the situation check. It holds no answer, only what follows from them,
/// and serializes (serde) so the person can choose to keep it in the encrypted diary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct GuideResult {
    /// Notes to show first, in order. When the person is in danger the emergency note
    /// comes first.
    pub notes: Vec<GuideNote>,
    /// Every article that may apply, most urgent first.
    pub articles: Vec<GuideArticle>,
    /// The help that may be needed, most urgent first.
    pub needs: Vec<GuideNeed>,
    /// Emergency help comes before everything else: show it at the top.
    pub emergency_first: bool,
    /// The country the helplines are for (ISO 3166-1 alpha-2, upper case), if one was
    /// given.
    pub country: Option<String>,
    /// The revision of the questionnaire that produced this result.
    pub revision: u32,
    /// The reader's first locale and its direction, for laying the result out.
    pub locale: String,
    pub direction: TextDirection,
    /// How many texts came from a fallback locale. Zero for a complete translation.
    pub fallbacks: u32,
}

/// A checked questionnaire, ready to run. Build it with [`Questionnaire::embedded`] or
/// [`Questionnaire::from_bytes`].
#[derive(Debug)]
pub struct Questionnaire {
    revision: u32,
    start: usize,
    questions: Vec<Question>,
    by_id: HashMap<String, usize>,
    signals: Vec<Condition>,
    rules: Vec<Rule>,
    /// For each question, the most questions that may still come from it.
    longest: Vec<u32>,
}

#[derive(Debug)]
struct Question {
    id: String,
    hint: bool,
    ilo: Vec<String>,
    /// Where each choice leads, indexed by [`GuideChoice::index`].
    next: [Target; 4],
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    Question(usize),
    End,
}

#[derive(Debug)]
enum Condition {
    Answer {
        question: usize,
        accepted: [bool; 4],
    },
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Signal(usize),
}

#[derive(Debug)]
struct Rule {
    id: String,
    when: Condition,
    /// Article ids with their urgency from the catalog.
    articles: Vec<(String, u8)>,
    needs: Vec<String>,
    notes: Vec<String>,
}

/// What follows from a finished set of answers, before it is put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// (article id, id of the rule whose sentence explains it), most urgent first.
    pub articles: Vec<(String, String)>,
    /// Need ids in [`NEEDS`] order.
    pub needs: Vec<String>,
    /// Note ids, in the order to show them.
    pub notes: Vec<String>,
}

/// Where a set of answers has got to.
struct Walk {
    /// The answered questions on the person's path, in order.
    path: Vec<(usize, GuideChoice)>,
    /// The next question, or `None` when the path has reached the end.
    next: Option<usize>,
}

impl Questionnaire {
    /// The compiled-in questionnaire, checked against the compiled-in articles and
    /// English messages once per process.
    pub fn embedded() -> Result<Arc<Questionnaire>> {
        static EMBEDDED: OnceLock<std::result::Result<Arc<Questionnaire>, GuideDataError>> =
            OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                let messages = Translations::embedded().message_ids(SOURCE_LOCALE);
                validate::parse(GUIDE_JSON.as_bytes(), Catalog::embedded(), &messages).map(Arc::new)
            })
            .clone()
            .map_err(|e| Error::Content(format!("core/content/guide.json: {e}")))
    }

    /// Parses and validates questionnaire data (e.g. from a signed release) against the
    /// article catalog and the ids of the source locale's messages.
    pub fn from_bytes(
        bytes: &[u8],
        catalog: &Catalog,
        messages: &HashSet<String>,
    ) -> std::result::Result<Questionnaire, GuideDataError> {
        validate::parse(bytes, catalog, messages)
    }

    /// The revision of the content.
    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// The question ids, in the order the data lists them.
    pub fn question_ids(&self) -> impl Iterator<Item = &str> {
        self.questions.iter().map(|q| q.id.as_str())
    }

    /// The ILO indicators a question is tagged with.
    pub fn ilo_indicators(&self, question_id: &str) -> &[String] {
        self.by_id
            .get(question_id)
            .map_or(&[], |&i| self.questions[i].ilo.as_slice())
    }

    /// The next question for these answers, or `None` when the check is finished.
    /// Returns the question id and how many questions are answered on the path.
    pub fn next(&self, answers: &[GuideAnswer]) -> Result<(Option<&str>, usize)> {
        let walk = self.walk(answers)?;
        Ok((
            walk.next.map(|i| self.questions[i].id.as_str()),
            walk.path.len(),
        ))
    }

    /// Follows the answers from the start question. Answers to questions off the path
    /// (left over after the person went back and changed an earlier answer) are ignored.
    /// Errors name the answer's position, never its content.
    fn walk(&self, answers: &[GuideAnswer]) -> Result<Walk> {
        let mut given = HashMap::with_capacity(answers.len().min(self.questions.len()));
        for (n, answer) in answers.iter().enumerate() {
            let Some(&question) = self.by_id.get(&answer.question_id) else {
                return Err(Error::InvalidInput(format!(
                    "answer {}: unknown question id",
                    n + 1
                )));
            };
            if given.insert(question, answer.choice).is_some() {
                return Err(Error::InvalidInput(format!(
                    "answer {}: this question was already answered",
                    n + 1
                )));
            }
        }
        let mut path = Vec::new();
        let mut at = Some(self.start);
        // Validation guarantees there are no cycles, so this ends within
        // `questions.len()` steps.
        while let Some(question) = at {
            let Some(&choice) = given.get(&question) else {
                break;
            };
            path.push((question, choice));
            at = match self.questions[question].next[choice.index()] {
                Target::Question(next) => Some(next),
                Target::End => None,
            };
        }
        Ok(Walk { path, next: at })
    }

    /// What follows from a finished set of answers. Unfinished answers are an error:
    /// every question can be answered "prefer not to say".
    pub fn outcome(&self, answers: &[GuideAnswer]) -> Result<Outcome> {
        let walk = self.walk(answers)?;
        if let Some(next) = walk.next {
            // The id comes from the questionnaire, not from the answers: safe to name.
            return Err(Error::InvalidInput(format!(
                "the check is not finished: the next question is `{}` (any question can be answered prefer-not-to-say)",
                self.questions[next].id
            )));
        }
        let mut chosen = vec![None; self.questions.len()];
        for &(question, choice) in &walk.path {
            chosen[question] = Some(choice);
        }
        let signals: Vec<bool> = self.signals.iter().map(|s| s.holds(&chosen, &[])).collect();

        // Articles keep the order rules give them, then a stable sort by urgency: among
        // equally urgent articles the earlier rule (e.g. "a child") comes first, and the
        // first rule that gives an article also gives its reason.
        let mut articles: Vec<(u8, &str, &str)> = Vec::new();
        let mut needs = HashSet::new();
        let mut notes: Vec<String> = Vec::new();
        for rule in self
            .rules
            .iter()
            .filter(|r| r.when.holds(&chosen, &signals))
        {
            for (article, urgency) in &rule.articles {
                if !articles.iter().any(|(_, a, _)| a == article) {
                    articles.push((*urgency, article, &rule.id));
                }
            }
            needs.extend(rule.needs.iter().map(String::as_str));
            for note in &rule.notes {
                if !notes.contains(note) {
                    notes.push(note.clone());
                }
            }
        }
        articles.sort_by_key(|&(urgency, _, _)| urgency);
        let needs: Vec<String> = NEEDS
            .iter()
            .filter(|n| needs.contains(*n))
            .map(|n| (*n).to_owned())
            .collect();
        if walk
            .path
            .iter()
            .any(|&(_, c)| c == GuideChoice::PreferNotToSay)
        {
            notes.push("skipped".into());
        }
        if articles.is_empty() && needs.is_empty() {
            notes.push("nothing-specific".into());
        }
        notes.push("clues".into());
        Ok(Outcome {
            articles: articles
                .into_iter()
                .map(|(_, a, r)| (a.to_owned(), r.to_owned()))
                .collect(),
            needs,
            notes,
        })
    }
}

impl Condition {
    fn holds(&self, chosen: &[Option<GuideChoice>], signals: &[bool]) -> bool {
        match self {
            Condition::Answer { question, accepted } => {
                chosen[*question].is_some_and(|c| accepted[c.index()])
            }
            Condition::All(parts) => parts.iter().all(|p| p.holds(chosen, signals)),
            Condition::Any(parts) => parts.iter().any(|p| p.holds(chosen, signals)),
            Condition::Signal(i) => signals.get(*i).copied().unwrap_or(false),
        }
    }
}

#[cfg(test)]
mod tests;
