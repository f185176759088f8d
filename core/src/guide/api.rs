//! The situation check as the apps call it: stateless methods on `Salama`. The app keeps
//! the answers in memory and passes them all on every call; the core keeps nothing,
//! writes nothing and logs nothing about them. Only if the person chooses to keep the
//! result does the app turn it into a diary entry ([`Salama::guide_result_entry`]) and
//! add it to the encrypted diary itself.

use super::helplines::{
    CountryHelplines, HelplineFinder, NoDirectory, directory_need, normalize_country,
};
use super::{
    GuideAnswer, GuideCountry, GuideHelpline, GuideQuestion, GuideResult, GuideStep, Questionnaire,
    render,
};
use crate::Salama;
use crate::diary::{EntryDraft, EntryKind};
use crate::helplines::{HelplineQuery, countries};
use std::collections::HashMap;

use crate::error::{Error, Result, SalamaError};
use crate::l10n::SOURCE_LOCALE;
use crate::rights::Catalog;
use crate::rights::normalize::normalize;

/// The tag of diary entries that hold a situation-check result, so an app can find them.
pub const ENTRY_TAG: &str = "situation-check";

#[uniffi::export]
impl Salama {
    /// Every question of the situation check, in the reader's language, with its id and
    /// the four answers to offer. For showing or reviewing the whole questionnaire; to
    /// run the check, follow [`Salama::guide_next`], which skips questions that do not
    /// apply.
    pub fn guide_questions(&self) -> Vec<GuideQuestion> {
        self.with_guide(|guide, l10n| guide.render_questions(l10n))
    }

    /// The next question of the situation check given every answer so far (in any
    /// order), or `Finished` when there is nothing more to ask. Start with no answers.
    ///
    /// Answers to questions that are no longer on the person's path (after they went
    /// back and changed an earlier answer) are ignored. An unknown question id or a
    /// question answered twice is `InvalidInput`.
    pub fn guide_next(&self, answers: Vec<GuideAnswer>) -> Result<GuideStep, SalamaError> {
        Ok(
            self.with_guide(|guide, l10n| -> crate::error::Result<GuideStep> {
                let walk = guide.walk(&answers)?;
                let answered = walk.path.len() as u32;
                Ok(match walk.next {
                    Some(next) => GuideStep::Question {
                        question: guide.render_question(l10n, &guide.questions[next].id),
                        answered,
                        remaining_at_most: guide.longest[next],
                    },
                    None => GuideStep::Finished { answered },
                })
            })?,
        )
    }

    /// The result of a finished situation check: every article that may apply, most
    /// urgent first, each with one sentence saying why; the help that may be needed,
    /// emergency first; and notes (emergency, "asylum and trafficking protection can
    /// both apply", …). With `country` (ISO 3166-1 alpha-2, e.g. `RS`), each need lists
    /// that country's helplines where the directory has them.
    ///
    /// Unfinished answers (the reason names the next question's id), an unknown question
    /// id, a question answered twice or a malformed country are `InvalidInput`. The
    /// result contains no answer; to keep it, see [`Salama::guide_result_entry`].
    pub fn guide_result(
        &self,
        answers: Vec<GuideAnswer>,
        country: Option<String>,
    ) -> Result<GuideResult, SalamaError> {
        let country = country.as_deref().map(normalize_country).transpose()?;
        let finder = self.helpline_finder(country.as_deref())?;
        Ok(
            self.with_guide(|guide, l10n| -> crate::error::Result<GuideResult> {
                let outcome = guide.outcome(&answers)?;
                Ok(guide.render_result(l10n, &outcome, country, finder.as_ref()))
            })?,
        )
    }

    /// The countries whose helplines the situation check can list, by name in the
    /// reader's language, in alphabetical order, for a "which country are you in?"
    /// picker. Offer "another country" as well: a check without a country still gives
    /// every article and need, only no helplines.
    pub fn guide_countries(&self) -> Vec<GuideCountry> {
        let state = self.state();
        let mut list: Vec<GuideCountry> = state
            .directory
            .codes()
            .into_iter()
            // Regions (`EU`) are not where a person is: their lines come with each member.
            .filter(|code| countries::is_country(code))
            .map(|code| GuideCountry {
                code: code.to_owned(),
                name: state
                    .l10n
                    .format(&country_message(code), None)
                    .map_or_else(|| code.to_owned(), |t| t.text),
            })
            .collect();
        // Folded as search folds text, so `Émirats` sorts with `E` and `آ` with `ا`.
        list.sort_by_cached_key(|c| (normalize(&c.name).text, c.code.clone()));
        list
    }

    /// A diary entry that keeps `result`, for when the person chooses to save it: a
    /// `Note` dated today, tagged `situation-check`, whose text is the result in the
    /// reader's language (each article with why it may apply, the help to ask for with
    /// its helplines' names and numbers, and the notes). Pass it to `Diary::add`: the
    /// core writes nothing until then, and the answers themselves are never in it.
    pub fn guide_result_entry(&self, result: GuideResult) -> EntryDraft {
        let text = {
            let state = self.state();
            render::entry_text(&state.l10n, &result)
        };
        EntryDraft {
            kind: EntryKind::Note,
            happened_on: jiff::Zoned::now().date().to_string(),
            text,
            place: None,
            people: Vec::new(),
            amount: None,
            creditor: None,
            tags: vec![ENTRY_TAG.to_owned()],
        }
    }
}

/// The message id of a country's name, e.g. `guide-country-rs`.
pub fn country_message(code: &str) -> String {
    format!("guide-country-{}", code.to_ascii_lowercase())
}

impl Salama {
    /// Replaces the situation check with questionnaire data from a verified release,
    /// after checking it against the articles and the English messages in force. Bad
    /// data is refused whole (`InvalidInput`, saying every problem) and the check in
    /// force stays. Not exported: only the release machinery may call it.
    pub fn install_guide(&self, bytes: &[u8]) -> Result<(), SalamaError> {
        Ok(self.replace_guide(|translations| {
            let messages = translations.message_ids(SOURCE_LOCALE);
            Questionnaire::from_bytes(bytes, Catalog::embedded(), &messages)
                .map_err(|e| Error::InvalidInput(format!("guide data: {e}")))
        })?)
    }

    /// The revision of the situation check in force.
    pub fn guide_revision(&self) -> u32 {
        self.with_guide(|guide, _| guide.revision())
    }

    /// The helplines of `country` for every need the check can show, best first; no
    /// country, no helplines.
    fn helpline_finder(&self, country: Option<&str>) -> Result<Box<dyn HelplineFinder>> {
        let Some(country) = country else {
            return Ok(Box::new(NoDirectory));
        };
        let now = jiff::Timestamp::now();
        let mut by_need = HashMap::new();
        for need in super::NEEDS {
            let Some(directory_need) = directory_need(need) else {
                continue;
            };
            let query = HelplineQuery {
                country: Some(country.to_owned()),
                needs: vec![directory_need],
                languages: self.active_locales(),
                ..HelplineQuery::default()
            };
            // The directory adds the emergency numbers to every query, for a person who
            // searches while in danger; the result lists them once, under the emergency
            // need, instead of under every need.
            let lines = self
                .helplines_at(&query, now)?
                .into_iter()
                .filter(|h| h.needs.contains(&directory_need))
                .map(|h| GuideHelpline {
                    id: h.id,
                    name: h.name.text,
                    emergency: h.emergency,
                    channels: h.channels,
                });
            by_need.insert(need.to_string(), lines.collect());
        }
        Ok(Box::new(CountryHelplines {
            country: country.to_owned(),
            by_need,
        }))
    }
}
