//! Localization: which languages Salama speaks, which of them a reader gets, and each
//! message in the best language available for it.
//!
//! Translations are compiled in (see `build.rs`), so every locale works offline; signed
//! updates add resources on top of the compiled ones at run time. A message missing in the
//! reader's language falls back, message by message, through their other languages and
//! then English, and every text says which locale and direction it came out in.

pub mod check;
pub mod coverage;
mod functions;
mod locales;
pub mod numbers;
pub mod updates;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use functions::{FUNCTIONS, is_bidi_control, isolate_phone};
pub use locales::{LocaleInfo, ReviewState, ReviewStatus, TextDirection, intl_langid};

use crate::error::{Error, Result};

mod embedded;

/// The source locale: every message exists in it, and every chain ends with it.
pub const SOURCE_LOCALE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// A locale's bundle, parsed the first time a message is asked of it: a reader whose
/// language is complete never pays for parsing the fallback.
struct LazyBundle {
    code: String,
    sources: Vec<String>,
    parsed: OnceLock<Bundle>,
}

impl LazyBundle {
    fn get(&self) -> &Bundle {
        self.parsed.get_or_init(|| {
            let mut bundle = Bundle::new_concurrent(vec![intl_langid(&self.code)]);
            functions::install(&mut bundle);
            // Each placeable is wrapped in FSI…PDI so a Latin name or number inside
            // Arabic text (or the reverse) cannot reorder the sentence around it.
            bundle.set_use_isolating(true);
            for source in &self.sources {
                // Compiled-in files are checked by tests and updates are validated before
                // they are stored; should a junk entry still slip in, the parsed rest of the
                // file is used rather than losing the whole language.
                let resource = FluentResource::try_new(source.clone()).unwrap_or_else(|(r, _)| r);
                bundle.add_resource_overriding(resource);
            }
            bundle
        })
    }
}

/// An argument to a message: a string or a number.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum ArgValue {
    /// A string, inserted as it is (and bidi-isolated).
    Text { value: String },
    /// A number, which plural rules select on.
    Number { value: f64 },
}

/// A message rendered for the reader.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LocalizedText {
    /// The text, with placeables wrapped in Unicode bidi isolation marks.
    pub text: String,
    /// The locale the text came from (the reader's, or a fallback).
    pub locale: String,
    /// The direction to lay the text out in.
    pub direction: TextDirection,
}

/// Every language Salama knows: the compiled-in ones plus the signed updates applied
/// on top, with their parsed bundles cached so switching language is cheap.
pub struct Translations {
    locales: &'static [locales::LocaleMeta],
    /// Fluent sources from signed updates, per locale, applied over the compiled ones.
    updates: HashMap<String, Vec<String>>,
    bundles: Mutex<HashMap<String, Arc<LazyBundle>>>,
}

impl Translations {
    /// The compiled-in translations.
    pub fn embedded() -> Self {
        Translations {
            locales: locales::all(),
            updates: HashMap::new(),
            bundles: Mutex::new(HashMap::new()),
        }
    }

    /// Replaces the over-the-air translation sources, which must already be validated.
    pub fn set_updates(&mut self, updates: HashMap<String, Vec<String>>) {
        self.updates = updates;
        self.bundles
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    /// The locales Salama can show, in catalog order.
    pub fn available(&self) -> impl Iterator<Item = &'static str> {
        self.locales.iter().map(|l| l.code.as_str())
    }

    /// Whether `code` is one of the compiled-in locales.
    pub fn knows(&self, code: &str) -> bool {
        self.locales.iter().any(|l| l.code == code)
    }

    /// Describes every available locale for a language picker.
    pub fn describe(&self) -> Vec<LocaleInfo> {
        self.locales
            .iter()
            .map(|meta| meta.info(self.completeness(&meta.code)))
            .collect()
    }

    /// The text direction of a locale (unknown locales are left-to-right).
    pub fn direction(&self, code: &str) -> TextDirection {
        self.locales
            .iter()
            .find(|l| l.code == code)
            .map_or(TextDirection::Ltr, |l| l.direction)
    }

    /// Picks, in the reader's order of preference, the locales Salama has, always including
    /// the source locale (last, unless the reader put it earlier). `fa-AF` gets `fa`; unknown or malformed tags are skipped.
    pub fn negotiate(&self, requested: &[String]) -> Vec<String> {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|tag| tag.parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = self
            .available()
            .map(|code| code.parse().expect("catalog locale codes are valid"))
            .collect();
        let source: LanguageIdentifier = SOURCE_LOCALE.parse().unwrap();
        let mut chosen: Vec<String> = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&source),
            fluent_langneg::NegotiationStrategy::Filtering,
        )
        .into_iter()
        .map(|l| l.to_string())
        .collect();
        chosen.dedup();
        if !chosen.iter().any(|l| l == SOURCE_LOCALE) {
            chosen.push(SOURCE_LOCALE.to_owned());
        }
        chosen
    }

    /// A localizer for `locales`, which must come from [`Translations::negotiate`].
    pub fn localizer(&self, locales: Vec<String>) -> Localizer {
        let chain = locales
            .iter()
            .map(|code| (code.clone(), self.direction(code), self.bundle(code)))
            .collect();
        Localizer { chain }
    }

    fn bundle(&self, code: &str) -> Arc<LazyBundle> {
        let mut cache = self.bundles.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(code.to_owned())
            .or_insert_with(|| {
                Arc::new(LazyBundle {
                    code: code.to_owned(),
                    sources: self.sources(code).map(str::to_owned).collect(),
                    parsed: OnceLock::new(),
                })
            })
            .clone()
    }

    /// A locale's Fluent sources: compiled-in first, then updates, which override them.
    pub fn sources<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let updates = self
            .updates
            .get(code)
            .into_iter()
            .flatten()
            .map(String::as_str);
        let embedded = embedded_sources(code).map(|source| -> &'a str { source });
        embedded.chain(updates)
    }

    /// A hash of everything a locale's text is made of (the article catalog, its compiled
    /// and updated sources), which changes whenever anything shown in it may have changed.
    pub fn fingerprint(&self, code: &str) -> String {
        let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
        ctx.update(crate::rights::ARTICLES_JSON.as_bytes());
        for source in self.sources(code) {
            ctx.update(&(source.len() as u64).to_le_bytes());
            ctx.update(source.as_bytes());
        }
        ctx.finish()
            .as_ref()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The share (0–100) of the source locale's messages that `code` translates.
    pub fn completeness(&self, code: &str) -> f64 {
        let source = self.message_ids(SOURCE_LOCALE);
        if source.is_empty() {
            return 0.0;
        }
        let translated = self.message_ids(code);
        let present = source.iter().filter(|id| translated.contains(*id)).count();
        100.0 * present as f64 / source.len() as f64
    }

    /// The message ids a locale defines, from its compiled and updated sources.
    pub fn message_ids(&self, code: &str) -> std::collections::HashSet<String> {
        self.sources(code)
            .flat_map(message_ids_in)
            .map(str::to_owned)
            .collect()
    }
}

/// The compiled-in Fluent sources of one locale.
pub fn embedded_sources(code: &str) -> impl Iterator<Item = &'static str> + '_ {
    embedded::sources(code)
}

/// The compiled-in Fluent files: (locale, file name, source).
pub fn embedded_files() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::files()
}

/// Message ids defined at the start of a line (`id = …`); terms (`-term`) are not
/// messages. A cheap scan, used only for completeness figures.
fn message_ids_in(source: &str) -> impl Iterator<Item = &str> {
    source.lines().filter_map(|line| {
        let (id, _) = line.split_once('=')?;
        let id = id.trim_end();
        let valid = id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        valid.then_some(id)
    })
}

/// Renders messages for one reader: their negotiated locales, in order, ending with the
/// source locale.
pub struct Localizer {
    chain: Vec<(String, TextDirection, Arc<LazyBundle>)>,
}

impl Localizer {
    /// The negotiated locales, best first.
    pub fn locales(&self) -> Vec<String> {
        self.chain.iter().map(|(code, _, _)| code.clone()).collect()
    }

    /// The reader's first locale.
    pub fn primary(&self) -> &str {
        &self.chain[0].0
    }

    /// The direction of the reader's first locale, for laying out the whole screen.
    pub fn direction(&self) -> TextDirection {
        self.chain[0].1
    }

    /// The direction of one of the negotiated locales.
    pub fn direction_of(&self, code: &str) -> TextDirection {
        self.chain
            .iter()
            .find(|(c, _, _)| c == code)
            .map_or(TextDirection::Ltr, |(_, d, _)| *d)
    }

    /// Renders `id` in the first locale that has it, or `None` if no locale does.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<LocalizedText> {
        self.chain.iter().find_map(|(code, direction, bundle)| {
            let bundle = bundle.get();
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, args, &mut errors);
            Some(LocalizedText {
                text: text.into_owned(),
                locale: code.clone(),
                direction: *direction,
            })
        })
    }

    /// Like [`Localizer::format`], but a missing message is an error.
    pub fn text(&self, id: &str, args: Option<&FluentArgs>) -> Result<LocalizedText> {
        self.format(id, args)
            .ok_or_else(|| Error::NotFound(format!("message {id}")))
    }

    /// Renders `id` or, if no locale has it, the id itself, so a missing string shows up
    /// in the interface instead of hiding it.
    pub fn text_or_id(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.format(id, args)
            .map_or_else(|| id.to_owned(), |t| t.text)
    }
}

/// Converts API arguments into Fluent arguments.
pub fn fluent_args(args: &HashMap<String, ArgValue>) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            ArgValue::Text { value } => FluentValue::String(Cow::Borrowed(value.as_str())),
            ArgValue::Number { value } => FluentValue::from(*value),
        };
        out.set(name.as_str(), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translations() -> Translations {
        Translations::embedded()
    }

    /// Every compiled-in file parses without a single junk entry, every locale passes the
    /// translation check without an error (plural forms, variables, references…), and
    /// every locale defines every message of the source locale, except in a file it has
    /// not started yet: a new feature's strings reach translators as a new source file,
    /// and fall back to English until they translate it.
    #[test]
    fn every_locale_parses_and_has_every_source_message() {
        for (locale, file, source) in embedded_files() {
            if let Err((_, errors)) = fluent_syntax::parser::parse(*source) {
                panic!("{locale}/{file}: {errors:?}");
            }
        }
        let files = |code: &str| -> Vec<check::FtlFile<'static>> {
            embedded_files()
                .iter()
                .filter(|(l, _, _)| *l == code)
                .map(|(_, name, source)| check::FtlFile { name, source })
                .collect()
        };
        let source_files = files(SOURCE_LOCALE);
        let source = check::ParsedLocale::parse(SOURCE_LOCALE, &source_files);
        let errors: Vec<_> = check::check_source(&source)
            .into_iter()
            .filter(|p| p.severity == check::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        for code in translations().available() {
            if code == SOURCE_LOCALE {
                continue;
            }
            // Missing strings fall back at run time, but every shipped locale is complete:
            // a new English message lands with its translations.
            let locale = check::ParsedLocale::parse(code, &files(code));
            let problems: Vec<_> = check::check_translation(&source, &locale)
                .into_iter()
                .filter(|p| {
                    p.severity == check::Severity::Error
                        || matches!(
                            p.kind,
                            check::ProblemKind::MissingMessage
                                | check::ProblemKind::MissingAttribute { .. }
                        )
                })
                .collect();
            assert!(problems.is_empty(), "{code}: {problems:#?}");
        }
    }

    #[test]
    fn a_missing_message_falls_back_to_the_next_locale_message_by_message() {
        let mut t = translations();
        let partial = "rights-notice = Partial locale notice\n".to_owned();
        t.set_updates(HashMap::from([("xx".to_owned(), vec![partial])]));
        let l10n = t.localizer(vec!["xx".into(), "ar".into(), SOURCE_LOCALE.into()]);
        let own = l10n.text("rights-notice", None).unwrap();
        assert_eq!(
            (own.text.as_str(), own.locale.as_str()),
            ("Partial locale notice", "xx")
        );
        let fallback = l10n.text("rights-asylum-title", None).unwrap();
        assert_eq!(fallback.locale, "ar");
        assert_eq!(fallback.direction, TextDirection::Rtl);
        assert!(matches!(
            l10n.text("no-such-id", None),
            Err(Error::NotFound(_))
        ));
    }

    #[test]
    fn placeables_are_bidi_isolated() {
        let t = translations();
        let l10n = t.localizer(t.negotiate(&["ar".into()]));
        let mut args = FluentArgs::new();
        args.set("date", "2026-11-22");
        let text = l10n.text("rights-reviewed", Some(&args)).unwrap().text;
        assert!(text.contains("\u{2068}2026-11-22\u{2069}"), "{text}");
    }

    #[test]
    fn negotiation_falls_back_to_english_and_ends_with_it() {
        let t = translations();
        assert_eq!(t.negotiate(&["fa-AF".into()]), ["fa", "en"]);
        assert_eq!(t.negotiate(&["xx".into(), "ar".into()]), ["ar", "en"]);
        assert_eq!(t.negotiate(&["not a tag!".into()]), ["en"]);
        assert_eq!(t.negotiate(&[]), ["en"]);
        assert_eq!(t.negotiate(&["en".into(), "ar".into()]), ["en", "ar"]);
    }
}
