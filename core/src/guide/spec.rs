//! The questionnaire as content editors write it (`core/content/guide.json`): questions,
//! branching, named signals and rules, all by id. Nothing here is trusted: it is only
//! parsed, and [`super::validate`] turns it into a checked [`super::Questionnaire`].

use serde::Deserialize;

use super::GuideChoice;

/// The only data format this build understands.
pub const FORMAT: u32 = 1;

/// The id that ends a branch: "show the result".
pub const END: &str = "end";

/// The ILO indicators of forced labour (ILO, 2012), which trafficking questions are
/// tagged with so editors can see that each one is covered.
pub const ILO_INDICATORS: [&str; 11] = [
    "abuse-of-vulnerability",
    "deception",
    "restriction-of-movement",
    "isolation",
    "physical-and-sexual-violence",
    "intimidation-and-threats",
    "retention-of-identity-documents",
    "withholding-of-wages",
    "debt-bondage",
    "abusive-working-and-living-conditions",
    "excessive-overtime",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideSpec {
    pub format: u32,
    /// The content's own version, carried into results so a saved result says which
    /// rules produced it.
    pub revision: u32,
    pub start: String,
    pub questions: Vec<QuestionSpec>,
    #[serde(default)]
    pub signals: Vec<SignalSpec>,
    pub rules: Vec<RuleSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSpec {
    pub id: String,
    /// Whether the question has an explanatory line (`guide-question-<id>-hint`).
    #[serde(default)]
    pub hint: bool,
    /// The ILO indicators this question asks about, if it is a trafficking question.
    #[serde(default)]
    pub ilo: Vec<String>,
    pub next: NextSpec,
}

/// Where each answer leads: a question id or [`END`]. `otherwise` covers every answer
/// not named.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NextSpec {
    pub yes: Option<String>,
    pub no: Option<String>,
    pub not_sure: Option<String>,
    pub prefer_not_to_say: Option<String>,
    pub otherwise: Option<String>,
}

impl NextSpec {
    /// The target of `choice`, if the data names one.
    pub fn target(&self, choice: GuideChoice) -> Option<&str> {
        let explicit = match choice {
            GuideChoice::Yes => &self.yes,
            GuideChoice::No => &self.no,
            GuideChoice::NotSure => &self.not_sure,
            GuideChoice::PreferNotToSay => &self.prefer_not_to_say,
        };
        explicit.as_deref().or(self.otherwise.as_deref())
    }
}

/// A named condition that rules share, such as "there are trafficking indicators".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalSpec {
    pub id: String,
    pub when: ConditionSpec,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub enum ConditionSpec {
    /// The question was answered (on the person's path) with one of `is`.
    Answer {
        question: String,
        is: Vec<GuideChoice>,
    },
    All(Vec<ConditionSpec>),
    Any(Vec<ConditionSpec>),
    /// A named signal holds. Only rules may use signals; signals test answers.
    Signal(String),
}

/// What applies when `when` holds: articles (each explained by the message
/// `guide-why-<rule>-<article>`), helpline needs and notes (`guide-note-<note>`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: String,
    pub when: ConditionSpec,
    #[serde(default)]
    pub articles: Vec<String>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub notes: Vec<String>,
}

/// Message ids, derived from the data so the structure cannot drift from the text.
pub fn question_message(question: &str) -> String {
    format!("guide-question-{question}")
}

pub fn hint_message(question: &str) -> String {
    format!("guide-question-{question}-hint")
}

pub fn why_message(rule: &str, article: &str) -> String {
    format!("guide-why-{rule}-{article}")
}

pub fn note_message(note: &str) -> String {
    format!("guide-note-{note}")
}

pub fn need_message(need: &str) -> String {
    format!("guide-need-{need}")
}

pub fn choice_message(choice: GuideChoice) -> &'static str {
    match choice {
        GuideChoice::Yes => "guide-answer-yes",
        GuideChoice::No => "guide-answer-no",
        GuideChoice::NotSure => "guide-answer-not-sure",
        GuideChoice::PreferNotToSay => "guide-answer-prefer-not-to-say",
    }
}
