//! Rights articles: the locale-independent catalog (`core/content/articles.json`) and its
//! rendering into the reader's language.
//!
//! The catalog holds structure and legal sources; every sentence is a Fluent message whose
//! id derives from the catalog (`rights-<article>-<section>-<n>`), so translators see
//! small units and the structure cannot drift between languages.

pub mod normalize;
pub mod search;

use std::sync::OnceLock;

use fluent_bundle::FluentArgs;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::l10n::{Localizer, TextDirection};

/// The compiled-in article catalog.
pub const ARTICLES_JSON: &str = include_str!("../../content/articles.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub format: u32,
    pub articles: Vec<ArticleSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleSpec {
    pub id: String,
    /// 1 is most urgent; orders situation-check results.
    pub urgency: u8,
    /// When the content was last checked against its sources (YYYY-MM-DD).
    pub reviewed: String,
    pub sections: Vec<SectionSpec>,
    pub steps: u32,
    pub sources: Vec<SourceSpec>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSpec {
    pub id: String,
    pub paragraphs: u32,
}

/// One source of an article. Treaties and laws are cited by article; guidance that
/// explains them (UN general comments, UNHCR guidelines) by numbered paragraph where the
/// claim rests on one paragraph, and as a whole where it rests on the document (a set of
/// indicators, a court case). At most one of `article` and `paragraph` is set.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSpec {
    pub instrument: String,
    /// The article (and paragraph) of a treaty or law, e.g. `33(1)`.
    #[serde(default)]
    pub article: Option<String>,
    /// The numbered paragraph of a guidance document, e.g. `31`.
    #[serde(default)]
    pub paragraph: Option<String>,
    pub url: String,
}

impl Catalog {
    /// The compiled-in catalog, parsed once.
    pub fn embedded() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            serde_json::from_str(ARTICLES_JSON)
                .expect("core/content/articles.json is checked by tests")
        })
    }

    pub fn get(&self, id: &str) -> Result<&ArticleSpec> {
        self.articles
            .iter()
            .find(|a| a.id == id)
            .ok_or_else(|| Error::NotFound(format!("article {id}")))
    }
}

impl ArticleSpec {
    pub fn title_id(&self) -> String {
        format!("rights-{}-title", self.id)
    }

    pub fn summary_id(&self) -> String {
        format!("rights-{}-summary", self.id)
    }

    pub fn heading_id(&self, section: &SectionSpec) -> String {
        format!("rights-{}-{}-heading", self.id, section.id)
    }

    pub fn paragraph_ids(&self, section: &SectionSpec) -> impl Iterator<Item = String> + '_ {
        let prefix = format!("rights-{}-{}", self.id, section.id);
        (1..=section.paragraphs).map(move |n| format!("{prefix}-{n}"))
    }

    pub fn step_ids(&self) -> impl Iterator<Item = String> + '_ {
        (1..=self.steps).map(|n| format!("rights-{}-step-{n}", self.id))
    }

    /// Every message id of the article's own text, in reading order.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_id(), self.summary_id()];
        for section in &self.sections {
            ids.push(self.heading_id(section));
            ids.extend(self.paragraph_ids(section));
        }
        ids.extend(self.step_ids());
        ids
    }
}

/// An article in the list of topics.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ArticleSummary {
    /// The stable article id, e.g. `non-refoulement`.
    pub id: String,
    /// The title in the reader's language.
    pub title: String,
    /// One line saying what the article tells.
    pub summary: String,
    /// The locale the title came out in.
    pub locale: String,
    /// The direction of that locale.
    pub direction: TextDirection,
}

/// A section of an article: a heading and short paragraphs.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ArticleSection {
    /// The section heading.
    pub heading: String,
    /// Short paragraphs, in reading order.
    pub paragraphs: Vec<String>,
}

/// A legal source of an article.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LegalSource {
    /// A stable key for the instrument, e.g. `refugee-convention`.
    pub instrument: String,
    /// The instrument's name in the reader's language.
    pub instrument_name: String,
    /// The article (and paragraph) of a treaty or law, e.g. `33(1)`; empty for a
    /// guidance document.
    pub article: String,
    /// The numbered paragraph of a guidance document (a UN general comment, UNHCR
    /// guidelines), e.g. `31`; empty when the source is cited by article or as a whole.
    pub paragraph: String,
    /// The citation as a sentence in the reader's language.
    pub citation: String,
    /// An official text of the instrument.
    pub url: String,
}

/// A rights article rendered in the reader's language.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Article {
    /// The stable article id.
    pub id: String,
    /// The title in the reader's language.
    pub title: String,
    /// One line saying what the article tells.
    pub summary: String,
    /// The body, in sections of short paragraphs.
    pub sections: Vec<ArticleSection>,
    /// The heading of the steps ("What you can do").
    pub steps_heading: String,
    /// Concrete things the reader can do, in order.
    pub steps: Vec<String>,
    /// The heading of the sources ("Legal basis").
    pub sources_heading: String,
    /// The legal basis of the article: instrument and article for each claim.
    pub sources: Vec<LegalSource>,
    /// When the content was last checked against its sources (YYYY-MM-DD).
    pub reviewed: String,
    /// "Last reviewed: …" in the reader's language.
    pub reviewed_text: String,
    /// The standing notice: general information, not legal advice.
    pub notice: String,
    /// The needs this article relates to (helpline needs).
    pub needs: Vec<String>,
    /// Ids of related articles.
    pub related: Vec<String>,
    /// The locale of the title, which decides the layout.
    pub locale: String,
    /// The direction to lay the article out in.
    pub direction: TextDirection,
    /// How many of the article's messages were not in the reader's first locale and came
    /// from a fallback locale instead. Zero for a complete translation.
    pub fallbacks: u32,
}

impl Article {
    /// The article as plain text, paragraphs separated by blank lines.
    pub fn to_plain_text(&self) -> String {
        let mut out = format!("{}\n\n{}\n", self.title, self.summary);
        for section in &self.sections {
            out.push_str(&format!("\n{}\n", section.heading));
            for paragraph in &section.paragraphs {
                out.push_str(&format!("\n{paragraph}\n"));
            }
        }
        out.push_str(&format!("\n{}\n", self.steps_heading));
        for (n, step) in self.steps.iter().enumerate() {
            out.push_str(&format!("{}. {step}\n", n + 1));
        }
        out.push_str(&format!("\n{}\n", self.sources_heading));
        for source in &self.sources {
            out.push_str(&format!("- {} <{}>\n", source.citation, source.url));
        }
        out.push_str(&format!("\n{}\n{}\n", self.reviewed_text, self.notice));
        out
    }
}

/// Renders catalog articles with a localizer, counting fallbacks.
pub struct Renderer<'a> {
    l10n: &'a Localizer,
    fallbacks: u32,
}

impl<'a> Renderer<'a> {
    pub fn new(l10n: &'a Localizer) -> Self {
        Renderer { l10n, fallbacks: 0 }
    }

    fn text(&mut self, id: &str, args: Option<&FluentArgs>) -> String {
        match self.l10n.format(id, args) {
            Some(text) => {
                if text.locale != self.l10n.primary() {
                    self.fallbacks += 1;
                }
                text.text
            }
            None => {
                self.fallbacks += 1;
                id.to_owned()
            }
        }
    }

    pub fn summary(l10n: &Localizer, spec: &ArticleSpec) -> ArticleSummary {
        let title = l10n.format(&spec.title_id(), None);
        let (locale, direction) = title
            .as_ref()
            .map_or((l10n.primary().to_owned(), l10n.direction()), |t| {
                (t.locale.clone(), t.direction)
            });
        ArticleSummary {
            id: spec.id.clone(),
            title: title.map_or_else(|| spec.title_id(), |t| t.text),
            summary: l10n.text_or_id(&spec.summary_id(), None),
            locale,
            direction,
        }
    }

    pub fn article(mut self, spec: &ArticleSpec) -> Article {
        let ArticleSummary {
            locale, direction, ..
        } = Self::summary(self.l10n, spec);
        let sections = spec
            .sections
            .iter()
            .map(|section| ArticleSection {
                heading: self.text(&spec.heading_id(section), None),
                paragraphs: spec
                    .paragraph_ids(section)
                    .map(|id| self.text(&id, None))
                    .collect(),
            })
            .collect();
        let steps = spec.step_ids().map(|id| self.text(&id, None)).collect();
        let sources = spec
            .sources
            .iter()
            .map(|source| {
                let instrument_name =
                    self.text(&format!("rights-instrument-{}", source.instrument), None);
                let mut args = FluentArgs::new();
                args.set("instrument", instrument_name.clone());
                let citation = match (&source.article, &source.paragraph) {
                    (Some(article), _) => {
                        args.set("article", article.clone());
                        self.text("rights-source-article", Some(&args))
                    }
                    (None, Some(paragraph)) => {
                        args.set("paragraph", paragraph.clone());
                        self.text("rights-source-paragraph", Some(&args))
                    }
                    // A document cited as a whole: its name is the citation.
                    (None, None) => instrument_name.clone(),
                };
                LegalSource {
                    instrument: source.instrument.clone(),
                    citation,
                    instrument_name,
                    article: source.article.clone().unwrap_or_default(),
                    paragraph: source.paragraph.clone().unwrap_or_default(),
                    url: source.url.clone(),
                }
            })
            .collect();
        let mut args = FluentArgs::new();
        // The date in the reader's digits (۲۰۲۶ in Persian), like every number shown.
        let digits = crate::l10n::numbers::symbols(self.l10n.primary());
        args.set("date", digits.localize_digits(&spec.reviewed).into_owned());
        Article {
            id: spec.id.clone(),
            title: self.text(&spec.title_id(), None),
            summary: self.text(&spec.summary_id(), None),
            sections,
            steps_heading: self.text("rights-steps-heading", None),
            steps,
            sources_heading: self.text("rights-sources-heading", None),
            sources,
            reviewed: spec.reviewed.clone(),
            reviewed_text: self.text("rights-reviewed", Some(&args)),
            notice: self.text("rights-notice", None),
            needs: spec.needs.clone(),
            related: spec.related.clone(),
            locale,
            direction,
            fallbacks: self.fallbacks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{SOURCE_LOCALE, Translations};

    #[test]
    fn catalog_is_well_formed() {
        let catalog = Catalog::embedded();
        assert_eq!(catalog.format, 1);
        let ids: Vec<&str> = catalog.articles.iter().map(|a| a.id.as_str()).collect();
        for required in [
            "asylum",
            "non-refoulement",
            "smuggled-not-criminal",
            "non-punishment",
            "smuggling-or-trafficking",
            "trafficking-protection",
            "asylum-and-trafficking",
            "children",
            "detention",
        ] {
            assert!(ids.contains(&required), "missing article {required}");
        }
        for article in &catalog.articles {
            assert!(
                !article.sources.is_empty(),
                "{} cites no source",
                article.id
            );
            assert!((1..=3).contains(&article.urgency), "{} urgency", article.id);
            for source in &article.sources {
                assert!(source.url.starts_with("https://"), "{} url", article.id);
                assert!(
                    source.article.is_none() || source.paragraph.is_none(),
                    "{}: {} cites an article and a paragraph",
                    article.id,
                    source.instrument
                );
                for pinpoint in [&source.article, &source.paragraph].into_iter().flatten() {
                    assert!(!pinpoint.trim().is_empty(), "{} pinpoint", article.id);
                }
            }
            for related in &article.related {
                assert!(
                    ids.contains(&related.as_str()),
                    "{} -> {related}",
                    article.id
                );
            }
        }
    }

    #[test]
    fn every_article_renders_in_every_locale_without_missing_messages() {
        let translations = Translations::embedded();
        for code in translations.available() {
            let l10n = translations.localizer(translations.negotiate(&[code.to_owned()]));
            for spec in &Catalog::embedded().articles {
                let article = Renderer::new(&l10n).article(spec);
                assert_eq!(article.fallbacks, 0, "{code}/{} falls back", spec.id);
                assert_eq!(article.locale, code);
                let text = article.to_plain_text();
                for id_prefix in [format!("rights-{}-", spec.id), "rights-instrument-".into()] {
                    assert!(
                        !text.contains(&id_prefix),
                        "{code}/{}: unrendered id",
                        spec.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_source_locale_has_exactly_the_catalog_messages() {
        let translations = Translations::embedded();
        let defined = translations.message_ids(SOURCE_LOCALE);
        let mut expected = std::collections::HashSet::new();
        for spec in &Catalog::embedded().articles {
            expected.extend(spec.message_ids());
        }
        for id in &expected {
            assert!(defined.contains(id), "en lacks {id}");
        }
        let prefixes: Vec<String> = Catalog::embedded()
            .articles
            .iter()
            .map(|a| format!("rights-{}-", a.id))
            .collect();
        for id in &defined {
            if prefixes.iter().any(|p| id.starts_with(p.as_str())) {
                assert!(expected.contains(id), "en has {id}, which no article uses");
            }
        }
    }

    #[test]
    fn the_review_date_is_written_in_the_readers_digits() {
        let translations = Translations::embedded();
        let spec = Catalog::embedded().get("asylum").unwrap();
        let year = &spec.reviewed[..4];
        for (locale, digits) in [
            ("fa", "۰۱۲۳۴۵۶۷۸۹"),
            ("ar", "٠١٢٣٤٥٦٧٨٩"),
            ("en", "0123456789"),
        ] {
            let l10n = translations.localizer(translations.negotiate(&[locale.to_owned()]));
            let article = Renderer::new(&l10n).article(spec);
            let expected: String = year
                .chars()
                .map(|c| {
                    digits
                        .chars()
                        .nth(c.to_digit(10).unwrap() as usize)
                        .unwrap()
                })
                .collect();
            assert!(
                article.reviewed_text.contains(&expected),
                "{locale}: {}",
                article.reviewed_text
            );
            assert_eq!(
                article.reviewed, spec.reviewed,
                "the raw date stays for machines"
            );
        }
    }

    #[test]
    fn sources_are_cited_by_article_by_paragraph_or_as_a_whole() {
        let translations = Translations::embedded();
        let l10n = translations.localizer(translations.negotiate(&["en".to_owned()]));
        let catalog = Catalog::embedded();
        let find = |article: &str, instrument: &str, by_paragraph: bool| {
            let rendered = Renderer::new(&l10n).article(catalog.get(article).unwrap());
            rendered
                .sources
                .into_iter()
                .find(|s| s.instrument == instrument && s.paragraph.is_empty() != by_paragraph)
                .unwrap_or_else(|| panic!("{article} does not cite {instrument}"))
        };
        // Placeables come bidi-isolated; compare the visible text.
        let visible = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
        let treaty = find("non-refoulement", "refugee-convention", false);
        assert_eq!(
            visible(&treaty.citation),
            "1951 Refugee Convention, Article 33(1)"
        );
        let paragraph = find("children", "crc-gc-6", true);
        assert_eq!(paragraph.article, "");
        assert_eq!(paragraph.paragraph, "31");
        assert!(
            visible(&paragraph.citation).ends_with("General Comment No. 6 (2005), paragraph 31"),
            "{}",
            paragraph.citation
        );
        let whole = find(
            "smuggling-or-trafficking",
            "ilo-forced-labour-indicators",
            false,
        );
        assert_eq!((whole.article.as_str(), whole.paragraph.as_str()), ("", ""));
        assert_eq!(whole.citation, whole.instrument_name);
    }

    #[test]
    fn unknown_article_is_not_found() {
        assert!(matches!(
            Catalog::embedded().get("no-such-article"),
            Err(Error::NotFound(_))
        ));
    }
}
