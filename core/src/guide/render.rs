//! Puts questions and outcomes into the reader's words, message by message with
//! fallback, counting texts that did not come out in the reader's first locale; and a
//! result into the plain text of a diary entry.

use super::spec;
use super::{
    GuideArticle, GuideChoice, GuideNeed, GuideNote, GuideOption, GuideQuestion, GuideResult,
    HelplineFinder, Outcome, Questionnaire,
};
use crate::l10n::{Localizer, TextDirection, fluent_args, isolate_phone};
use crate::rights::Catalog;

/// Renders messages, counting fallbacks. A message missing in every locale shows as its
/// id, so the gap is visible instead of hidden (validation prevents it for English).
struct Texts<'a> {
    l10n: &'a Localizer,
    fallbacks: u32,
    missing: u32,
}

impl<'a> Texts<'a> {
    fn new(l10n: &'a Localizer) -> Self {
        Texts {
            l10n,
            fallbacks: 0,
            missing: 0,
        }
    }

    fn text(&mut self, id: &str) -> String {
        match self.l10n.format(id, None) {
            Some(text) => {
                if text.locale != self.l10n.primary() {
                    self.fallbacks += 1;
                }
                text.text
            }
            None => {
                self.missing += 1;
                id.to_owned()
            }
        }
    }
}

impl Questionnaire {
    /// Every question in data order, in the reader's language.
    pub fn render_questions(&self, l10n: &Localizer) -> Vec<GuideQuestion> {
        self.question_ids()
            .map(|id| self.render_question(l10n, id))
            .collect()
    }

    /// One question in the reader's language. `id` must be a question of this
    /// questionnaire.
    pub fn render_question(&self, l10n: &Localizer, id: &str) -> GuideQuestion {
        let message = spec::question_message(id);
        let (locale, direction) = l10n
            .format(&message, None)
            .map_or((l10n.primary().to_owned(), l10n.direction()), |t| {
                (t.locale, t.direction)
            });
        let mut texts = Texts::new(l10n);
        let has_hint = self.by_id.get(id).is_some_and(|&i| self.questions[i].hint);
        GuideQuestion {
            id: id.to_owned(),
            text: texts.text(&message),
            hint: has_hint.then(|| texts.text(&spec::hint_message(id))),
            options: GuideChoice::ALL
                .into_iter()
                .map(|choice| GuideOption {
                    choice,
                    label: texts.text(spec::choice_message(choice)),
                })
                .collect(),
            locale,
            direction,
        }
    }

    /// An outcome in the reader's language, with helplines for `country` if given.
    pub fn render_result(
        &self,
        l10n: &Localizer,
        outcome: &Outcome,
        country: Option<String>,
        helplines: &dyn HelplineFinder,
    ) -> GuideResult {
        self.render_result_counting(l10n, outcome, country, helplines)
            .0
    }

    /// [`Questionnaire::render_result`], plus how many messages were missing in every
    /// locale (for tests).
    pub(crate) fn render_result_counting(
        &self,
        l10n: &Localizer,
        outcome: &Outcome,
        country: Option<String>,
        helplines: &dyn HelplineFinder,
    ) -> (GuideResult, u32) {
        let catalog = Catalog::embedded();
        let mut texts = Texts::new(l10n);
        let notes = outcome
            .notes
            .iter()
            .map(|id| GuideNote {
                id: id.clone(),
                text: texts.text(&spec::note_message(id)),
            })
            .collect();
        let articles = outcome
            .articles
            .iter()
            .map(|(article, rule)| GuideArticle {
                id: article.clone(),
                title: texts.text(&format!("rights-{article}-title")),
                why: texts.text(&spec::why_message(rule, article)),
                urgency: catalog.get(article).map_or(u8::MAX, |a| a.urgency),
            })
            .collect();
        let needs = outcome
            .needs
            .iter()
            .map(|need| GuideNeed {
                id: need.clone(),
                label: texts.text(&spec::need_message(need)),
                helplines: country
                    .as_deref()
                    .map(|c| helplines.helplines_for(c, need))
                    .unwrap_or_default(),
            })
            .collect();
        let result = GuideResult {
            notes,
            articles,
            emergency_first: outcome.needs.first().is_some_and(|n| n == "emergency"),
            needs,
            country,
            revision: self.revision,
            locale: l10n.primary().to_owned(),
            direction: l10n.direction(),
            fallbacks: texts.fallbacks,
        };
        (result, texts.missing)
    }
}

/// A result as the plain text of a diary entry, in the reader's language: the title, the
/// notes, the articles with why each may apply, and the help to ask for with each
/// helpline's name and ways to reach it. The entry must make sense when read on its own,
/// months later, by the person or their lawyer, so it says everything the screen said.
pub fn entry_text(l10n: &Localizer, result: &GuideResult) -> String {
    let t = |id: &str| l10n.text_or_id(id, None);
    // In right-to-left text a number such as +30 210 … would be laid out backwards.
    let ltr = |text: &str| match result.direction {
        TextDirection::Rtl => isolate_phone(text),
        TextDirection::Ltr => text.to_owned(),
    };
    let mut out = vec![t("guide-result-title")];
    out.push(String::new());
    out.push(t("guide-result-notes"));
    for note in &result.notes {
        out.push(format!("- {}", note.text));
    }
    if !result.articles.is_empty() {
        out.push(String::new());
        out.push(t("guide-result-articles"));
        for (n, article) in result.articles.iter().enumerate() {
            out.push(format!("{}. {}", n + 1, article.title));
            out.push(format!("   {}", article.why));
        }
    }
    if !result.needs.is_empty() {
        out.push(String::new());
        out.push(t("guide-result-needs"));
        if let Some(country) = &result.country {
            out.push(country_line(l10n, result, country));
        }
        for need in &result.needs {
            out.push(format!("- {}", need.label));
            for helpline in &need.helplines {
                out.push(format!("  {}", helpline.name));
                for channel in &helpline.channels {
                    let kind = t(&format!("helplines-channel-{}", channel.kind.key()));
                    out.push(format!("    {kind}: {}", ltr(&channel.address)));
                }
            }
        }
    }
    out.join("\n")
}

/// "Helplines in Serbia", or that Salama lists none there yet, with the country's name in
/// the reader's language.
fn country_line(l10n: &Localizer, result: &GuideResult, code: &str) -> String {
    let name = l10n
        .format(&super::api::country_message(code), None)
        .map_or_else(|| code.to_owned(), |t| t.text);
    let args = std::collections::HashMap::from([(
        "country".to_owned(),
        crate::l10n::ArgValue::Text { value: name },
    )]);
    let id = if result.needs.iter().any(|n| !n.helplines.is_empty()) {
        "guide-result-helplines-in"
    } else {
        "guide-result-no-helplines"
    };
    l10n.text_or_id(id, Some(&fluent_args(&args)))
}
