//! The locale catalog (`translations/locales.json`): each language's native name, text
//! direction and honest review status, which the app shows beside the language.

use std::sync::OnceLock;

use serde::Deserialize;

/// The direction a text is laid out in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, uniffi::Enum)]
#[serde(rename_all = "lowercase")]
pub enum TextDirection {
    Ltr,
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
    pub direction: TextDirection,
    /// Share of the source messages translated, 0–100.
    pub completeness: f64,
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
        for locale in all() {
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
