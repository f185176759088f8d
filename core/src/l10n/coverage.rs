//! How much of the source each locale translates, in messages and in words, for
//! `salama l10n status` and its chart.

use serde::Serialize;

use super::check::{self, ParsedLocale};

/// A locale's coverage of the source messages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    pub locale: String,
    /// Messages in the source.
    pub messages: usize,
    /// Source messages the locale translates: present with a value, and not simply the
    /// English text (unless the source marks it "do not translate").
    pub translated: usize,
    /// Words of the source messages.
    pub words: usize,
    /// Words of the source messages the locale translates.
    pub translated_words: usize,
}

impl Coverage {
    /// Translated messages as a share of the source's, 0–100.
    pub fn percent(&self) -> f64 {
        if self.messages == 0 {
            return 100.0;
        }
        100.0 * self.translated as f64 / self.messages as f64
    }
}

/// The coverage of `locale` against `source`.
pub fn coverage(source: &ParsedLocale, locale: &ParsedLocale) -> Coverage {
    let mut out = Coverage {
        locale: locale.code.to_owned(),
        messages: 0,
        translated: 0,
        words: 0,
        translated_words: 0,
    };
    for id in source.message_ids() {
        let theirs = source.message(id).expect("listed ids exist");
        let words = check::words(&theirs);
        out.messages += 1;
        out.words += words;
        let translated = locale.message(id).is_some_and(|ours| {
            ours.value.is_some() == theirs.value.is_some()
                && (source.code == locale.code || !check::is_identical(&theirs, &ours))
        });
        if translated {
            out.translated += 1;
            out.translated_words += words;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::check::FtlFile;

    #[test]
    fn counts_messages_and_words_but_not_english_copies() {
        let en = "one = One two three\ntwo = Four five\n# Do not translate.\nname = Salama\n-term = Six\n";
        let fr = "one = Un deux trois\ntwo = Four five\nname = Salama\n";
        let en = ParsedLocale::parse(
            "en",
            &[FtlFile {
                name: "a.ftl",
                source: en,
            }],
        );
        let fr = ParsedLocale::parse(
            "fr",
            &[FtlFile {
                name: "a.ftl",
                source: fr,
            }],
        );
        let c = coverage(&en, &fr);
        assert_eq!(
            (c.messages, c.translated, c.words, c.translated_words),
            (3, 2, 6, 4)
        );
        assert!((c.percent() - 200.0 / 3.0).abs() < 1e-9);
        assert_eq!(coverage(&en, &en).translated, 3);
    }
}
