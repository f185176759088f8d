//! INTEGRATION POINT between the situation check and the helpline directory.
//!
//! The check says which kinds of help a person may need ([`super::NEEDS`]); the helpline
//! directory (`core/src/helplines/`, built separately) knows which helplines meet a need
//! in a country. This trait is the whole contract between them: to plug the directory
//! in, implement [`HelplineFinder`] for it and return it from `helpline_finder` in
//! `guide/api.rs` (marked `MERGE(helplines)`). Until then [`NoDirectory`] is used and
//! results list needs without helplines.

use crate::error::{Error, Result};

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
