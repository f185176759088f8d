//! Where the situation check meets the helpline directory.
//!
//! The check says which kinds of help a person may need ([`super::NEEDS`]); the helpline
//! directory (`core/src/helplines/`) knows which helplines meet a need in a country. This
//! trait is the whole contract between them, so the check can be tested without the
//! directory and the directory can change without the check.

use std::collections::HashMap;

use super::GuideHelpline;
use crate::error::{Error, Result};
use crate::helplines::Need;

/// Finds the helplines that meet a need in a country.
pub trait HelplineFinder {
    /// The helplines in `country` (ISO 3166-1 alpha-2, upper case) that meet `need` (one
    /// of [`super::NEEDS`]), best first; empty when none is known.
    fn helplines_for(&self, country: &str, need: &str) -> Vec<GuideHelpline>;
}

/// No directory: finds nothing.
pub struct NoDirectory;

impl HelplineFinder for NoDirectory {
    fn helplines_for(&self, _country: &str, _need: &str) -> Vec<GuideHelpline> {
        Vec::new()
    }
}

/// The directory's answers for one country, looked up before the check is rendered (the
/// directory and the check live behind the same lock).
pub struct CountryHelplines {
    pub country: String,
    pub by_need: HashMap<String, Vec<GuideHelpline>>,
}

impl HelplineFinder for CountryHelplines {
    fn helplines_for(&self, country: &str, need: &str) -> Vec<GuideHelpline> {
        if country != self.country {
            return Vec::new();
        }
        self.by_need.get(need).cloned().unwrap_or_default()
    }
}

/// The directory's need for one of the check's needs: the check uses the directory's keys.
pub fn directory_need(guide_need: &str) -> Option<Need> {
    Need::from_key(guide_need)
}

/// Checks a country code (two ASCII letters, any case) and upper-cases it.
pub fn normalize_country(code: &str) -> Result<String> {
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(code.to_ascii_uppercase())
    } else {
        Err(Error::InvalidInput(
            "country: use a two-letter ISO 3166-1 code, such as RS".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_and_the_directory_have_the_same_needs() {
        for need in super::super::NEEDS {
            assert!(directory_need(need).is_some(), "{need}");
        }
        for need in Need::ALL {
            assert!(super::super::NEEDS.contains(&need.key()), "{need:?}");
        }
    }

    #[test]
    fn every_need_of_an_article_is_a_need_of_the_directory() {
        for article in &crate::rights::Catalog::embedded().articles {
            for need in &article.needs {
                assert!(directory_need(need).is_some(), "{}: {need}", article.id);
            }
        }
    }

    #[test]
    fn country_codes_are_two_letters() {
        assert_eq!(normalize_country("rs").unwrap(), "RS");
        assert_eq!(normalize_country("DE").unwrap(), "DE");
        for bad in ["", "R", "SRB", "r1", "ΣΣ", "R ", "12"] {
            assert!(
                matches!(normalize_country(bad), Err(Error::InvalidInput(_))),
                "{bad:?}"
            );
        }
    }
}
