//! Turns untrusted guide data into a [`Questionnaire`] the engine can run without
//! further checks, or says everything that is wrong with it.
//!
//! The same checks run on the compiled-in data (by tests and at start-up) and on data a
//! signed release brings later: a questionnaire that could strand a person mid-way, loop,
//! or point at an article, need or message that does not exist is refused whole.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;

use super::spec::{self, ConditionSpec, END, GuideSpec, ILO_INDICATORS, QuestionSpec};
use super::{Condition, GuideChoice, NEEDS, Question, Questionnaire, Rule, Target};
use crate::rights::Catalog;

/// Data larger than this is refused before it is parsed.
pub const MAX_BYTES: usize = 256 * 1024;
const MAX_QUESTIONS: usize = 100;
const MAX_SIGNALS: usize = 100;
const MAX_RULES: usize = 200;
const MAX_DEPTH: usize = 8;
const MAX_ID_LEN: usize = 48;
/// Problems shown in one error message; the rest are counted.
const MAX_SHOWN: usize = 20;

/// Messages every questionnaire needs, whatever its questions and rules.
pub const FIXED_MESSAGES: &[&str] = &[
    "guide-title",
    "guide-intro",
    "guide-privacy",
    "guide-result-title",
    "guide-result-articles",
    "guide-result-needs",
    "guide-result-notes",
    "guide-progress",
    "guide-note-skipped",
    "guide-note-nothing-specific",
    "guide-note-clues",
];

/// One thing wrong with guide data. Ids from the data are quoted only once they have
/// the shape of an id, so hostile data cannot fill an error message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("the data is larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("the data is not valid guide JSON: {0}")]
    Malformed(String),
    #[error("format {found} is not supported (this build reads format {supported})")]
    UnsupportedFormat { found: u32, supported: u32 },
    #[error("too many {what}: {count} (at most {max})")]
    TooMany {
        what: &'static str,
        count: usize,
        max: usize,
    },
    #[error(
        "{what} #{index} has an invalid id (use up to {MAX_ID_LEN} lower-case letters and digits in words joined by single hyphens; `end` is reserved)"
    )]
    BadId { what: &'static str, index: usize },
    #[error("{what} `{id}` is defined twice")]
    DuplicateId { what: &'static str, id: String },
    #[error("there are no questions")]
    NoQuestions,
    #[error("the start question {0} does not exist")]
    UnknownStart(String),
    #[error("question `{question}`: the answer `{answer}` leads to unknown question {target}")]
    UnknownTarget {
        question: String,
        answer: &'static str,
        target: String,
    },
    #[error(
        "question `{question}`: the answer `{answer}` leads nowhere, so that branch never reaches a result (name it or add `otherwise`)"
    )]
    DeadEnd {
        question: String,
        answer: &'static str,
    },
    #[error("question `{0}` cannot be reached from the start question")]
    Unreachable(String),
    #[error("the questions go round in a circle: {0}")]
    Cycle(String),
    #[error("{owner}: unknown question {question}")]
    UnknownQuestion { owner: String, question: String },
    #[error("{owner}: unknown signal {signal}")]
    UnknownSignal { owner: String, signal: String },
    #[error("{0} uses a signal; signals may only test answers")]
    NestedSignal(String),
    #[error("{owner}: empty condition (`any` or `all` with nothing in it, or `is` with no answer)")]
    EmptyCondition { owner: String },
    #[error("{owner}: the condition is nested more than {MAX_DEPTH} levels deep")]
    TooDeep { owner: String },
    #[error("rule `{rule}`: unknown article {article}")]
    UnknownArticle { rule: String, article: String },
    #[error("rule `{rule}`: unknown need {need} (known: {known})", known = NEEDS.join(", "))]
    UnknownNeed { rule: String, need: String },
    #[error("rule `{rule}`: bad note id {note}")]
    BadNote { rule: String, note: String },
    #[error("rule `{0}` gives nothing: no article, need or note")]
    EmptyRule(String),
    #[error("rule `{rule}` lists {item} twice")]
    DuplicateItem { rule: String, item: String },
    #[error("question `{question}`: unknown ILO indicator {indicator}")]
    UnknownIndicator { question: String, indicator: String },
    #[error("the source locale lacks the message `{0}`")]
    MissingMessage(String),
}

/// Everything wrong with a piece of guide data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideDataError(pub Vec<Problem>);

impl fmt::Display for GuideDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, problem) in self.0.iter().take(MAX_SHOWN).enumerate() {
            if n > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{problem}")?;
        }
        if self.0.len() > MAX_SHOWN {
            write!(f, "; and {} more", self.0.len() - MAX_SHOWN)?;
        }
        Ok(())
    }
}

impl std::error::Error for GuideDataError {}

impl GuideDataError {
    fn one(problem: Problem) -> Self {
        GuideDataError(vec![problem])
    }
}

/// Parses guide data from bytes (size-capped before parsing) and validates it.
pub fn parse(
    bytes: &[u8],
    catalog: &Catalog,
    messages: &HashSet<String>,
) -> Result<Questionnaire, GuideDataError> {
    if bytes.len() > MAX_BYTES {
        return Err(GuideDataError::one(Problem::TooLarge { max: MAX_BYTES }));
    }
    // serde_json stops at 128 levels of nesting, so hostile depth cannot overflow the
    // stack here; `MAX_DEPTH` then keeps conditions readable.
    let spec: GuideSpec = serde_json::from_slice(bytes)
        .map_err(|e| GuideDataError::one(Problem::Malformed(e.to_string())))?;
    validate(&spec, catalog, messages)
}

/// Checks parsed guide data against the article catalog and the source locale's
/// message ids, and compiles it. Reports every problem found, not only the first.
pub fn validate(
    spec: &GuideSpec,
    catalog: &Catalog,
    messages: &HashSet<String>,
) -> Result<Questionnaire, GuideDataError> {
    if spec.format != spec::FORMAT {
        return Err(GuideDataError::one(Problem::UnsupportedFormat {
            found: spec.format,
            supported: spec::FORMAT,
        }));
    }
    let mut v = Validator {
        problems: Vec::new(),
    };
    v.count("questions", spec.questions.len(), MAX_QUESTIONS);
    v.count("signals", spec.signals.len(), MAX_SIGNALS);
    v.count("rules", spec.rules.len(), MAX_RULES);
    if spec.questions.is_empty() {
        v.problems.push(Problem::NoQuestions);
    }
    if !v.problems.is_empty() {
        return Err(GuideDataError(v.problems));
    }

    let questions = v.ids("question", spec.questions.iter().map(|q| q.id.as_str()));
    let signals = v.ids("signal", spec.signals.iter().map(|s| s.id.as_str()));
    v.ids("rule", spec.rules.iter().map(|r| r.id.as_str()));
    if !v.problems.is_empty() {
        // Everything below refers to these ids; checking references to broken ids would
        // only repeat the same problem.
        return Err(GuideDataError(v.problems));
    }

    let start = match questions.get(spec.start.as_str()) {
        Some(&i) => i,
        None => {
            v.problems.push(Problem::UnknownStart(shown(&spec.start)));
            0
        }
    };
    let compiled: Vec<Question> = spec
        .questions
        .iter()
        .map(|q| v.question(q, &questions))
        .collect();
    if v.problems.is_empty() {
        v.graph(&compiled, start);
    }

    let compiled_signals: Vec<Condition> = spec
        .signals
        .iter()
        .map(|s| {
            let owner = format!("signal `{}`", s.id);
            v.condition(&s.when, &owner, &questions, None, 1)
        })
        .collect();
    let urgency: HashMap<&str, u8> = catalog
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.urgency))
        .collect();
    let mut rules = Vec::with_capacity(spec.rules.len());
    let mut why_ids = HashSet::new();
    for r in &spec.rules {
        let owner = format!("rule `{}`", r.id);
        let when = v.condition(&r.when, &owner, &questions, Some(&signals), 1);
        if r.articles.is_empty() && r.needs.is_empty() && r.notes.is_empty() {
            v.problems.push(Problem::EmptyRule(r.id.clone()));
        }
        for list in [&r.articles, &r.needs, &r.notes] {
            let mut seen = HashSet::new();
            for item in list {
                if !seen.insert(item) {
                    v.problems.push(Problem::DuplicateItem {
                        rule: r.id.clone(),
                        item: shown(item),
                    });
                }
            }
        }
        for article in &r.articles {
            if !urgency.contains_key(article.as_str()) {
                v.problems.push(Problem::UnknownArticle {
                    rule: r.id.clone(),
                    article: shown(article),
                });
            } else if !why_ids.insert(spec::why_message(&r.id, article)) {
                v.problems.push(Problem::DuplicateId {
                    what: "message",
                    id: spec::why_message(&r.id, article),
                });
            }
        }
        for need in &r.needs {
            if !NEEDS.contains(&need.as_str()) {
                v.problems.push(Problem::UnknownNeed {
                    rule: r.id.clone(),
                    need: shown(need),
                });
            }
        }
        for note in &r.notes {
            if !is_id(note) {
                v.problems.push(Problem::BadNote {
                    rule: r.id.clone(),
                    note: shown(note),
                });
            }
        }
        rules.push(Rule {
            id: r.id.clone(),
            when,
            articles: r
                .articles
                .iter()
                .map(|a| {
                    (
                        a.clone(),
                        urgency.get(a.as_str()).copied().unwrap_or(u8::MAX),
                    )
                })
                .collect(),
            needs: r.needs.clone(),
            notes: r.notes.clone(),
        });
    }
    if !v.problems.is_empty() {
        return Err(GuideDataError(v.problems));
    }

    v.messages(spec, messages);
    if !v.problems.is_empty() {
        return Err(GuideDataError(v.problems));
    }

    let longest = longest_paths(&compiled);
    Ok(Questionnaire {
        revision: spec.revision,
        start,
        by_id: questions
            .into_iter()
            .map(|(id, i)| (id.to_owned(), i))
            .collect(),
        questions: compiled,
        signals: compiled_signals,
        rules,
        longest,
    })
}

struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn count(&mut self, what: &'static str, count: usize, max: usize) {
        if count > max {
            self.problems.push(Problem::TooMany { what, count, max });
        }
    }

    /// Checks the shape and uniqueness of ids, and maps each to its index.
    fn ids<'a>(
        &mut self,
        what: &'static str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashMap<&'a str, usize> {
        let mut map = HashMap::new();
        for (index, id) in ids.enumerate() {
            if !is_id(id) || (what == "question" && id == END) {
                self.problems.push(Problem::BadId { what, index });
            } else if map.insert(id, index).is_some() {
                self.problems.push(Problem::DuplicateId {
                    what,
                    id: id.to_owned(),
                });
            }
        }
        map
    }

    fn question(&mut self, q: &QuestionSpec, ids: &HashMap<&str, usize>) -> Question {
        for indicator in &q.ilo {
            if !ILO_INDICATORS.contains(&indicator.as_str()) {
                self.problems.push(Problem::UnknownIndicator {
                    question: q.id.clone(),
                    indicator: shown(indicator),
                });
            }
        }
        let next = GuideChoice::ALL.map(|choice| match q.next.target(choice) {
            None => {
                self.problems.push(Problem::DeadEnd {
                    question: q.id.clone(),
                    answer: choice.as_str(),
                });
                Target::End
            }
            Some(END) => Target::End,
            Some(target) => match ids.get(target) {
                Some(&i) => Target::Question(i),
                None => {
                    self.problems.push(Problem::UnknownTarget {
                        question: q.id.clone(),
                        answer: choice.as_str(),
                        target: shown(target),
                    });
                    Target::End
                }
            },
        });
        Question {
            id: q.id.clone(),
            hint: q.hint,
            ilo: q.ilo.clone(),
            next,
        }
    }

    /// Every question must be reachable, and no branch may come back to a question it
    /// already passed. Together with "every answer leads somewhere" (checked while
    /// compiling), this means every branch ends in a result.
    fn graph(&mut self, questions: &[Question], start: usize) {
        let mut reached = vec![false; questions.len()];
        let mut queue = VecDeque::from([start]);
        reached[start] = true;
        while let Some(i) = queue.pop_front() {
            for target in &questions[i].next {
                if let Target::Question(j) = *target
                    && !reached[j]
                {
                    reached[j] = true;
                    queue.push_back(j);
                }
            }
        }
        for (i, q) in questions.iter().enumerate() {
            if !reached[i] {
                self.problems.push(Problem::Unreachable(q.id.clone()));
            }
        }
        if let Some(cycle) = find_cycle(questions) {
            let path: Vec<&str> = cycle.iter().map(|&i| questions[i].id.as_str()).collect();
            self.problems.push(Problem::Cycle(path.join(" -> ")));
        }
    }

    fn condition(
        &mut self,
        spec: &ConditionSpec,
        owner: &str,
        questions: &HashMap<&str, usize>,
        signals: Option<&HashMap<&str, usize>>,
        depth: usize,
    ) -> Condition {
        if depth > MAX_DEPTH {
            self.problems.push(Problem::TooDeep {
                owner: owner.to_owned(),
            });
            return Condition::Any(vec![]);
        }
        match spec {
            ConditionSpec::Answer { question, is } => {
                if is.is_empty() {
                    self.empty(owner);
                }
                let question = match questions.get(question.as_str()) {
                    Some(&i) => i,
                    None => {
                        self.problems.push(Problem::UnknownQuestion {
                            owner: owner.to_owned(),
                            question: shown(question),
                        });
                        0
                    }
                };
                let mut accepted = [false; 4];
                for choice in is {
                    accepted[choice.index()] = true;
                }
                Condition::Answer { question, accepted }
            }
            ConditionSpec::All(parts) | ConditionSpec::Any(parts) => {
                if parts.is_empty() {
                    self.empty(owner);
                }
                let parts = parts
                    .iter()
                    .map(|p| self.condition(p, owner, questions, signals, depth + 1))
                    .collect();
                if matches!(spec, ConditionSpec::All(_)) {
                    Condition::All(parts)
                } else {
                    Condition::Any(parts)
                }
            }
            ConditionSpec::Signal(name) => match signals {
                None => {
                    self.problems.push(Problem::NestedSignal(owner.to_owned()));
                    Condition::Any(vec![])
                }
                Some(signals) => match signals.get(name.as_str()) {
                    Some(&i) => Condition::Signal(i),
                    None => {
                        self.problems.push(Problem::UnknownSignal {
                            owner: owner.to_owned(),
                            signal: shown(name),
                        });
                        Condition::Any(vec![])
                    }
                },
            },
        }
    }

    fn empty(&mut self, owner: &str) {
        self.problems.push(Problem::EmptyCondition {
            owner: owner.to_owned(),
        });
    }

    fn messages(&mut self, spec: &GuideSpec, messages: &HashSet<String>) {
        let mut seen = HashSet::new();
        for id in required_messages(spec) {
            if !messages.contains(&id) && seen.insert(id.clone()) {
                self.problems.push(Problem::MissingMessage(id));
            }
        }
    }
}

/// Every message id the questionnaire needs in the source locale.
pub fn required_messages(spec: &GuideSpec) -> Vec<String> {
    let mut required: Vec<String> = FIXED_MESSAGES.iter().map(|&m| m.to_owned()).collect();
    required.extend(GuideChoice::ALL.map(|c| spec::choice_message(c).to_owned()));
    required.extend(NEEDS.iter().map(|n| spec::need_message(n)));
    for q in &spec.questions {
        required.push(spec::question_message(&q.id));
        if q.hint {
            required.push(spec::hint_message(&q.id));
        }
    }
    for r in &spec.rules {
        required.extend(r.articles.iter().map(|a| spec::why_message(&r.id, a)));
        required.extend(r.notes.iter().map(|n| spec::note_message(n)));
    }
    required
}

/// Kebab-case ids of bounded length: safe inside Fluent message ids and error messages.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// An id from the data as it may appear in an error: quoted if it looks like an id.
fn shown(id: &str) -> String {
    if is_id(id) {
        format!("`{id}`")
    } else {
        "(not a valid id)".to_owned()
    }
}

/// A cycle among the questions, as the list of questions on it (first repeated last).
fn find_cycle(questions: &[Question]) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut marks = vec![Mark::New; questions.len()];
    for root in 0..questions.len() {
        if marks[root] != Mark::New {
            continue;
        }
        // Iterative depth-first search: (question, next answer to follow).
        let mut stack = vec![(root, 0usize)];
        marks[root] = Mark::OnPath;
        while let Some(&mut (node, ref mut edge)) = stack.last_mut() {
            if *edge == GuideChoice::ALL.len() {
                marks[node] = Mark::Done;
                stack.pop();
                continue;
            }
            let target = questions[node].next[*edge];
            *edge += 1;
            if let Target::Question(next) = target {
                match marks[next] {
                    Mark::OnPath => {
                        let from = stack.iter().position(|&(n, _)| n == next).unwrap_or(0);
                        let mut cycle: Vec<usize> = stack[from..].iter().map(|&(n, _)| n).collect();
                        cycle.push(next);
                        return Some(cycle);
                    }
                    Mark::New => {
                        marks[next] = Mark::OnPath;
                        stack.push((next, 0));
                    }
                    Mark::Done => {}
                }
            }
        }
    }
    None
}

/// For each question, the most questions a person can still be asked from it, itself
/// included. Needs an acyclic graph.
fn longest_paths(questions: &[Question]) -> Vec<u32> {
    fn visit(i: usize, questions: &[Question], memo: &mut [Option<u32>]) -> u32 {
        if let Some(n) = memo[i] {
            return n;
        }
        let mut best = 0;
        for target in questions[i].next {
            if let Target::Question(j) = target {
                best = best.max(visit(j, questions, memo));
            }
        }
        memo[i] = Some(best + 1);
        best + 1
    }
    let mut memo = vec![None; questions.len()];
    (0..questions.len())
        .map(|i| visit(i, questions, &mut memo))
        .collect()
}
