//! Where the situation check meets the helpline directory.
//!
//! The check says which kinds of help a person may need ([`super::NEEDS`]); the helpline
//! directory (`core/src/helplines/`) knows which helplines meet a need in a country. This
//! trait is the whole contract between them, so the check can be tested without the
//! directory and the directory can change without the check.

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::helplines::Need;

/// Finds the helplines that meet a need in a country.
pub trait HelplineFinder {
    /// Ids of the helplines in `country` (ISO 3166-1 alpha-2, upper case) that meet
    /// `need` (one of [`super::NEEDS`]), best first; empty when none is known.
    fn helplines_for(&self, country: &str, need: &str) -> Vec<String>;
}

/// No directory: finds nothing.
pub struct NoDirectory;

impl HelplineFinder for NoDirectory {
    fn helplines_for(&self, _country: &str, _need: &str) -> Vec<String> {
        Vec::new()
    }
}

/// The directory's answers for one country, looked up before the check is rendered (the
/// directory and the check live behind the same lock).
pub struct CountryHelplines {
    pub country: String,
    pub by_need: HashMap<String, Vec<String>>,
}

impl HelplineFinder for CountryHelplines {
    fn helplines_for(&self, country: &str, need: &str) -> Vec<String> {
        if country != self.country {
            return Vec::new();
        }
        self.by_need.get(need).cloned().unwrap_or_default()
    }
}

/// The directory's need for one of the check's needs. Two are named more briefly in the
/// check's data and messages than in the directory's.
pub fn directory_need(guide_need: &str) -> Option<Need> {
    let key = match guide_need {
        "asylum-legal" => "asylum-legal-aid",
        "gender-violence" => "gender-based-violence",
        other => other,
    };
    Need::ALL.into_iter().find(|need| need.key() == key)
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
    fn every_need_of_the_check_is_a_need_of_the_directory() {
        for need in super::super::NEEDS {
            assert!(directory_need(need).is_some(), "{need}");
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
