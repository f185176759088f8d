//! The locale catalog (`translations/locales.json`): each language's native name, text
//! direction and honest review status, which the app shows beside the language.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The direction a text is laid out in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "lowercase")]
pub enum TextDirection {
    /// Left to right (English, French, Amharic…).
    Ltr,
    /// Right to left (Arabic, Persian, Pashto, Urdu, Sorani).
    Rtl,
}

/// How far a translation has been checked by people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, uniffi::Enum)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewState {
    /// The source language the others are translated from.
    Source,
    /// Machine-assisted draft: nobody who speaks the language has checked it yet.
    MachineDraft,
    /// Checked by a native speaker.
    NativeReviewed,
    /// Checked by a native speaker with legal knowledge.
    LegallyReviewed,
}

/// A locale's review status: what was checked, by whom and when.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, uniffi::Record)]
pub struct ReviewStatus {
    /// How far the translation has been checked.
    pub status: ReviewState,
    /// Who reviewed it (a person or an organisation), if anyone did.
    #[serde(default)]
    pub by: Option<String>,
    /// When it was reviewed (YYYY-MM-DD), if it was.
    #[serde(default)]
    pub date: Option<String>,
}

/// A locale as a language picker shows it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LocaleInfo {
    /// BCP 47 code, e.g. `fa`.
    pub code: String,
    /// The language's name in itself, e.g. `فارسی`.
    pub native_name: String,
    /// The direction the language is written in.
    pub direction: TextDirection,
    /// Share of the source messages translated, 0–100.
    pub completeness: f64,
    /// Who checked the translation, and how far. Show a notice for machine drafts.
    pub review: ReviewStatus,
}

#[derive(Debug, Deserialize)]
pub(super) struct LocaleMeta {
    pub code: String,
    pub name: String,
    pub direction: TextDirection,
    pub review: ReviewStatus,
}

impl LocaleMeta {
    pub fn info(&self, completeness: f64) -> LocaleInfo {
        LocaleInfo {
            code: self.code.clone(),
            native_name: self.name.clone(),
            direction: self.direction,
            completeness,
            review: self.review.clone(),
        }
    }
}

#[derive(Deserialize)]
struct Catalog {
    locales: Vec<LocaleMeta>,
}

/// The compiled-in locale catalog, parsed once.
pub(super) fn all() -> &'static [LocaleMeta] {
    static CATALOG: OnceLock<Vec<LocaleMeta>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let catalog: Catalog = serde_json::from_str(super::embedded::LOCALES_JSON)
            .expect("translations/locales.json is checked by tests");
        catalog.locales
    })
}

/// The language identifier whose CLDR data (plural rules, number symbols) a locale uses.
/// Salama's codes follow ISO 639-3 where translators do (`kmr`, as Pontoon and Weblate
/// name Northern Kurdish); CLDR files that language under `ku`. Unparsable codes get the
/// root locale.
pub fn intl_langid(code: &str) -> LanguageIdentifier {
    let cldr = match code {
        "kmr" => "ku",
        other => other,
    };
    cldr.parse().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_parses_and_lists_the_source_locale_first() {
        let all = all();
        assert_eq!(all[0].code, super::super::SOURCE_LOCALE);
        assert_eq!(all[0].review.status, ReviewState::Source);
    }

    #[test]
    fn no_review_is_claimed_without_who_and_when() {
        for locale in all().iter().chain(&full_catalog()) {
            if matches!(
                locale.review.status,
                ReviewState::NativeReviewed | ReviewState::LegallyReviewed
            ) {
                assert!(
                    locale.review.by.is_some(),
                    "{} review has no reviewer",
                    locale.code
                );
                assert!(
                    locale.review.date.is_some(),
                    "{} review has no date",
                    locale.code
                );
            }
        }
    }

    /// The catalog as a fresh parse, independent of the cached one.
    fn full_catalog() -> Vec<LocaleMeta> {
        let catalog: Catalog =
            serde_json::from_str(include_str!("../../../translations/locales.json")).unwrap();
        catalog.locales
    }

    #[test]
    fn the_full_catalog_has_every_language_with_its_direction_and_honest_status() {
        let full = full_catalog();
        let codes: Vec<&str> = full.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "en", "ar", "fa", "ps", "ur", "bn", "ckb", "kmr", "ti", "am", "so", "fr", "es",
                "uk", "tr"
            ]
        );
        for locale in &full {
            let rtl = matches!(locale.code.as_str(), "ar" | "fa" | "ps" | "ur" | "ckb");
            assert_eq!(
                locale.direction == TextDirection::Rtl,
                rtl,
                "{}",
                locale.code
            );
            assert!(!locale.name.is_empty());
            assert_eq!(
                locale.code == "en",
                locale.review.status == ReviewState::Source
            );
            if locale.review.status != ReviewState::MachineDraft {
                continue;
            }
            assert!(locale.review.by.is_none() && locale.review.date.is_none());
        }
        // The shipped catalog is the full one, restricted to the locales with files.
        for locale in all() {
            let same = full.iter().find(|l| l.code == locale.code).unwrap();
            assert_eq!(
                (&same.name, same.direction, &same.review),
                (&locale.name, locale.direction, &locale.review)
            );
        }
    }

    #[test]
    fn pontoon_knows_every_locale_but_the_source() {
        let toml = include_str!("../../../translations/l10n.toml");
        for locale in full_catalog() {
            let listed = toml.contains(&format!("\"{}\"", locale.code));
            assert_eq!(
                listed,
                locale.code != super::super::SOURCE_LOCALE,
                "{}",
                locale.code
            );
        }
    }

    #[test]
    fn every_catalog_locale_has_cldr_plural_rules() {
        use intl_pluralrules::{PluralRuleType, PluralRules};
        for locale in all().iter().chain(&full_catalog()) {
            assert!(
                PluralRules::create(intl_langid(&locale.code), PluralRuleType::CARDINAL).is_ok(),
                "{} has no CLDR plural rules",
                locale.code
            );
        }
        assert!(PluralRules::create(intl_langid("kmr"), PluralRuleType::CARDINAL).is_ok());
    }

    #[test]
    fn every_catalog_locale_has_translations() {
        for locale in all() {
            assert!(
                super::super::embedded_sources(&locale.code)
                    .next()
                    .is_some(),
                "{} has no .ftl files",
                locale.code
            );
        }
    }
}
